/* pango_text.h - the one place fonts and Pango settings are decided, so
 * measuring (layout) and drawing agree to the pixel. */
#ifndef TL_RENDER_PANGO_TEXT_H
#define TL_RENDER_PANGO_TEXT_H

#include "timeline.h"

#include <pango/pangocairo.h>

/* A Pango context with metric hinting off and unrounded glyph positions:
 * text then measures the same for SVG, PNG and PDF.  NULL on failure. */
PangoContext *tl_pango_context_new(void);

/* A font description for tl_font (size in pixels).  Caller frees it. */
PangoFontDescription *tl_pango_font(const tl_font *font);

#endif
