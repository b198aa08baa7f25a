/* pango_text.c - Pango context and fonts shared by measuring and drawing. */
#include "render/pango_text.h"

PangoContext *tl_pango_context_new(void) {
  PangoFontMap *map = pango_cairo_font_map_get_default(); /* not owned */
  PangoContext *ctx = pango_font_map_create_context(map);
  if (!ctx)
    return NULL;
  cairo_font_options_t *fo = cairo_font_options_create();
  /* Hinted metrics snap advances to whole device pixels, which differ
   * between a PNG and a PDF; unhinted ones are the same everywhere. */
  cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
  pango_cairo_context_set_font_options(ctx, fo);
  cairo_font_options_destroy(fo);
  pango_cairo_context_set_resolution(ctx, 96);
#if PANGO_VERSION_CHECK(1, 44, 0)
  pango_context_set_round_glyph_positions(ctx, FALSE);
#endif
  return ctx;
}

PangoFontDescription *tl_pango_font(const tl_font *font) {
  PangoFontDescription *d = pango_font_description_from_string(font->family);
  pango_font_description_set_absolute_size(d, font->size * PANGO_SCALE);
  pango_font_description_set_weight(d, font->bold ? PANGO_WEIGHT_BOLD
                                                  : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(d, font->italic ? PANGO_STYLE_ITALIC
                                                   : PANGO_STYLE_NORMAL);
  return d;
}
