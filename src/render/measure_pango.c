/* measure_pango.c - the production text measurer.
 *
 * One PangoLayout is reused for every call; the font description is
 * rebuilt only when the font changes, since layout measures thousands of
 * strings in a handful of fonts. */
#include "render/pango_text.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Layout measures the same words, dates and lines again and again (both
 * orientations are tried, labels are refitted): a small open-addressing
 * cache keyed by font and text saves most Pango calls.  When it fills up
 * it is simply emptied. */
#define CACHE_SIZE 65536u /* a power of two */

typedef struct cache_entry {
  char *text; /* NULL: empty slot */
  size_t len;
  tl_font font;
  tl_text_size size;
} cache_entry;

typedef struct pango_measurer {
  PangoContext *ctx;
  PangoLayout *layout;
  tl_font last;
  bool has_last;
  cache_entry *cache;
  size_t used;
} pango_measurer;

static uint64_t hash(const tl_font *font, const char *text, size_t len) {
  uint64_t h = 1469598103934665603u; /* FNV-1a */
  const unsigned char *p = (const unsigned char *)font->family;
  for (; *p; p++)
    h = (h ^ *p) * 1099511628211u;
  h = (h ^ (uint64_t)(font->size * 64)) * 1099511628211u;
  h = (h ^ (uint64_t)(font->bold * 2 + font->italic)) * 1099511628211u;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)text[i]) * 1099511628211u;
  return h;
}

static bool same_font(const tl_font *a, const tl_font *b) {
  return a->size == b->size && a->bold == b->bold && a->italic == b->italic &&
         strcmp(a->family, b->family) == 0;
}

static void cache_clear(pango_measurer *m) {
  for (size_t i = 0; i < CACHE_SIZE; i++) {
    free(m->cache[i].text);
    m->cache[i].text = NULL;
  }
  m->used = 0;
}

static cache_entry *cache_slot(pango_measurer *m, const tl_font *font,
                               const char *text, size_t len, bool *found) {
  size_t i = (size_t)hash(font, text, len) & (CACHE_SIZE - 1);
  for (;;) {
    cache_entry *e = &m->cache[i];
    if (!e->text) {
      *found = false;
      return e;
    }
    if (e->len == len && same_font(&e->font, font) &&
        memcmp(e->text, text, len) == 0) {
      *found = true;
      return e;
    }
    i = (i + 1) & (CACHE_SIZE - 1);
  }
}

static void pango_measure(pango_measurer *m, const tl_font *font,
                          const char *text, size_t len, tl_text_size *out);

static void measure(void *p, const tl_font *font, const char *text, size_t len,
                    tl_text_size *out) {
  pango_measurer *m = p;
  if (!m->cache) {
    pango_measure(m, font, text, len, out);
    return;
  }
  if (m->used > CACHE_SIZE / 2)
    cache_clear(m);
  bool found;
  cache_entry *e = cache_slot(m, font, text, len, &found);
  if (found) {
    *out = e->size;
    return;
  }
  pango_measure(m, font, text, len, out);
  e->text = malloc(len ? len : 1);
  if (!e->text)
    return; /* measured all the same, just not remembered */
  memcpy(e->text, text, len);
  e->len = len;
  e->font = *font;
  e->size = *out;
  m->used++;
}

static void pango_measure(pango_measurer *m, const tl_font *font,
                          const char *text, size_t len, tl_text_size *out) {
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
  m->cache = calloc(CACHE_SIZE, sizeof *m->cache); /* optional */
  out->measure = measure;
  out->ctx = m;
  return TL_OK;
}

void tl_measurer_pango_free(tl_measurer *measurer) {
  pango_measurer *m = measurer ? measurer->ctx : NULL;
  if (!m)
    return;
  if (m->cache) {
    cache_clear(m);
    free(m->cache);
  }
  g_object_unref(m->layout);
  g_object_unref(m->ctx);
  free(m);
  measurer->ctx = NULL;
}
