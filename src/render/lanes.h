/* lanes.h - interval bars into tracks, events into --group-by lanes. */
#ifndef TL_RENDER_LANES_H
#define TL_RENDER_LANES_H

#include "timeline.h"

/* Gives each interval [t0[i], t1[i]] the lowest track where it keeps `gap`
 * from every other interval, taking them in order of start (ties: index).
 * Writes tracks[i] and returns how many tracks were used (0 when n is 0).
 * Returns SIZE_MAX when memory runs out. */
size_t tl_assign_tracks(const double *t0, const double *t1, size_t n,
                        double gap, int *tracks);

/* Bars stack at most this deep; past it they share the top track (a
 * hundred overlapping intervals must not push the labels off the page). */
#define TL_MAX_TRACKS 4

/* The lane an event belongs to: its type, first actor or first tag; NULL
 * when it has none (the "other" lane). */
const char *tl_group_key(const tl_event *event, tl_group_by by);

#endif
