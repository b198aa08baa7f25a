/* draw_cairo.h - replaying a scene on a cairo context. */
#ifndef TL_RENDER_DRAW_CAIRO_H
#define TL_RENDER_DRAW_CAIRO_H

#include "timeline.h"

#include <cairo.h>

/* Draws every item in order.  Makes no layout decisions; cairo's status is
 * sticky, so the caller checks it once afterwards. */
void tl_draw_scene(cairo_t *cr, const tl_scene *scene);

#endif
