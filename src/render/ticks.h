/* ticks.h - tick positions and labels for each segment of a scale. */
#ifndef TL_RENDER_TICKS_H
#define TL_RENDER_TICKS_H

#include "render/scale.h"

typedef struct tl_tick {
  double pos;      /* along the axis, pixels */
  double lo, hi;   /* the label's extent along the axis */
  double size;     /* the label's extent across the axis (text height) */
  char text[32];
  bool context;    /* second tier: the year (or month) the first tier lacks */
  bool labelled;   /* false: a mark without text */
} tl_tick;

typedef struct tl_ticks {
  tl_tick *items;
  size_t count, capacity;
} tl_ticks;

/* Chooses per segment the finest unit (days, months, years, decades, ...)
 * whose labels, as measured, keep `spacing` pixels apart, and adds a second
 * tier wherever the first tier does not say the year.  Labels never overlap
 * one another (same tier) and stay inside [lo_limit, hi_limit].
 * `vertical`: labels stack along the axis by their height, not width. */
tl_status tl_ticks_build(const tl_scale *scale, const tl_measurer *measure,
                         const tl_font *font, double spacing, bool vertical,
                         double lo_limit, double hi_limit, tl_ticks *out);
void tl_ticks_free(tl_ticks *ticks);

#endif
