/* ticks.h - tick positions and labels for each segment of a scale. */
#ifndef TL_RENDER_TICKS_H
#define TL_RENDER_TICKS_H

#include "render/scale.h"

typedef struct tl_tick {
  double day;    /* the date it marks */
  double pos;    /* along the axis, pixels */
  double lo, hi; /* the label's extent along the axis */
  double size;   /* the label's extent across the axis (text height) */
  char text[32];
  bool context;    /* second tier: the year (or month) the first tier lacks */
  bool labelled;   /* false: a mark without text */
  bool must;       /* names a year that holds events: labelled before any
                      other tick of a warped segment */
  unsigned weight; /* a must's events: the busier year is named first */
  bool minor;      /* a month inside a stretched year: dropped first */
} tl_tick;

typedef struct tl_ticks {
  tl_tick *items;
  size_t count, capacity;
} tl_ticks;

typedef struct tl_tick_params {
  const tl_measurer *measure;
  const tl_font *font;
  double spacing; /* least gap between two labels of a tier */
  bool vertical;  /* labels stack along the axis by height, not width */
  double lo, hi;  /* labels stay inside [lo, hi] */
  /* Days of the events (ascending; may be NULL).  On a warped segment,
   * where a reader cannot count ticks to find a year, every year holding
   * one of them is named on the axis. */
  const double *events;
  size_t event_count;
} tl_tick_params;

/* Chooses per segment the finest unit (days, months, years, decades, ...)
 * whose labels, as measured, keep `spacing` pixels apart, and adds a second
 * tier wherever the first tier does not say the year.  Labels never overlap
 * one another (same tier) and stay inside [lo, hi]. */
tl_status tl_ticks_build(const tl_scale *scale, const tl_tick_params *params,
                         tl_ticks *out);
void tl_ticks_free(tl_ticks *ticks);

/* Where a segment names the periods its events fall in: 1 January of each
 * year holding one of `events` (the 1st of each month, for a segment
 * shorter than about a year), or the segment's start for a period that
 * began before it.  Vertical charts keep room for a tick label there.
 * Writes up to `max` days, ascending; returns how many there are. */
size_t tl_context_days(const tl_segment *segment, const double *events,
                       size_t count, double *out, size_t max);

#endif
