/* zones.h - a density-aware axis: calendar zones sized by what happens in
 * them.
 *
 * A horizontal chart has one strip of room along its axis.  On a linear
 * axis fourteen summits in 2018-2019 get forty pixels while decades of
 * quiet get hundreds, and most of the summits go to the list.  So each
 * segment is divided into calendar zones - years; months or days in a
 * short segment; decades or centuries in a long one - and every zone gets
 * pixels for how long it lasts plus pixels for the events in it.  Inside a
 * zone time stays linear and zone boundaries are round dates, so ticks sit
 * at true dates and a stretched year simply reads as a wider year. */
#ifndef TL_RENDER_ZONES_H
#define TL_RENDER_ZONES_H

#include "render/scale.h"

typedef struct tl_density {
  double time_share; /* (0, 1]: share of the axis that follows time */
  double min_zone;   /* pixels at least for a zone that holds an event */
} tl_density;

/* Shares the axis of `scale` (cuts keep their width) among the zones of
 * its segments: zone z gets time_share of the axis in proportion to its
 * days and the rest in proportion to the `need` of the events whose day
 * falls in it (day[i] outside every segment counts for the nearest).  A
 * zone holding events gets at least min_zone pixels while the axis has
 * room.  Sets scale->base_pace (the pace of a linear axis).  TL_ERR_NOMEM
 * or TL_OK. */
tl_status tl_scale_density(tl_scale *scale, const double *day,
                           const double *need, size_t n,
                           const tl_density *params);

/* A run of zones drawn at least `min_zoom` times larger than a linear axis
 * would draw them, so the chart can say so. */
typedef struct tl_stretch {
  double a, b;   /* days */
  double p0, p1; /* pixels */
  double zoom;   /* how many times larger than on a linear axis */
} tl_stretch;

/* Writes up to `max` stretches in axis order; returns how many there are.
 * None when the scale was not shaped by tl_scale_density. */
size_t tl_scale_stretches(const tl_scale *scale, double min_zoom,
                          tl_stretch *out, size_t max);

#endif
