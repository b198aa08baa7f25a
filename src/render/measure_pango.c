/* measure_pango.c - the production text measurer.
 *
 * One PangoLayout is reused for every call; the font description is
 * rebuilt only when the font changes, since layout measures thousands of
 * strings in a handful of fonts. */
#include "render/pango_text.h"

#include <stdlib.h>
#include <string.h>

typedef struct pango_measurer {
  PangoContext *ctx;
  PangoLayout *layout;
  tl_font last;
  bool has_last;
} pango_measurer;

static void measure(void *p, const tl_font *font, const char *text,
                    size_t len, tl_text_size *out) {
  pango_measurer *m = p;
  if (!m->has_last || memcmp(&m->last, font, sizeof *font) != 0) {
    PangoFontDescription *d = tl_pango_font(font);
    pango_layout_set_font_description(m->layout, d);
    pango_font_description_free(d);
    m->last = *font;
    m->has_last = true;
  }
  pango_layout_set_text(m->layout, text, (int)len);
  PangoRectangle logical;
  pango_layout_get_extents(m->layout, NULL, &logical);
  out->width = (double)logical.width / PANGO_SCALE;
  out->height = (double)logical.height / PANGO_SCALE;
}

tl_status tl_measurer_pango_new(tl_measurer *out) {
  memset(out, 0, sizeof *out);
  pango_measurer *m = calloc(1, sizeof *m);
  if (!m)
    return TL_ERR_NOMEM;
  m->ctx = tl_pango_context_new();
  m->layout = m->ctx ? pango_layout_new(m->ctx) : NULL;
  if (!m->layout) {
    if (m->ctx)
      g_object_unref(m->ctx);
    free(m);
    return TL_ERR_NOMEM;
  }
  out->measure = measure;
  out->ctx = m;
  return TL_OK;
}

void tl_measurer_pango_free(tl_measurer *measurer) {
  pango_measurer *m = measurer ? measurer->ctx : NULL;
  if (!m)
    return;
  g_object_unref(m->layout);
  g_object_unref(m->ctx);
  free(m);
  measurer->ctx = NULL;
}
