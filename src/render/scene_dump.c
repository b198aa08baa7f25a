/* scene_dump.c - a scene as stable JSON, for --dump-layout and tests.
 *
 * Coordinates are rounded to 0.01 px so the text is the same on every
 * machine for the same scene. */
#include "render/scene.h"
#include "core/json.h"

#include "core/strbuf.h"

#include <math.h>
#include <stdlib.h>

static const char *const kind_names[] = {
    "axis",   "tick", "break",  "marker", "bar",  "band", "label",
    "leader", "lane", "legend", "title",  "list", "span"};

static void put_number(tl_strbuf *b, double v) {
  double r = round(v * 100) / 100;
  if (r == 0)
    r = 0; /* no "-0" */
  tl_strbuf_printf(b, "%.2f", r);
}

static void put_item(tl_strbuf *b, const tl_item *it) {
  tl_strbuf_printf(b, "{\"kind\": \"%s\", \"event\": ", kind_names[it->kind]);
  if (it->event < 0)
    tl_strbuf_puts(b, "null");
  else
    tl_strbuf_printf(b, "%lld", (long long)it->event);
  static const char *const names[] = {
      ", \"x\": ", ", \"y\": ", ", \"w\": ", ", \"h\": "};
  const double v[] = {it->x, it->y, it->w, it->h};
  for (int i = 0; i < 4; i++) {
    tl_strbuf_puts(b, names[i]);
    put_number(b, v[i]);
  }
  /* Only where there is one: most events are plain facts. */
  const char *status = it->style & TL_STYLE_PLANNED     ? "planned"
                       : it->style & TL_STYLE_CANCELLED ? "cancelled"
                       : it->style & TL_STYLE_INFERRED  ? "inferred"
                                                        : NULL;
  if (status)
    tl_strbuf_printf(b, ", \"status\": \"%s\"", status);
  tl_strbuf_puts(b, ", \"text\": ");
  if (it->text)
    tl_json_put_string(b, it->text);
  else
    tl_strbuf_puts(b, "null");
  tl_strbuf_putc(b, '}');
}

tl_status tl_scene_dump_json(const tl_scene *s, char **out, size_t *out_len) {
  tl_strbuf b = TL_STRBUF_INIT;
  tl_strbuf_puts(&b, "{\"width\": ");
  put_number(&b, s->width);
  tl_strbuf_puts(&b, ", \"height\": ");
  put_number(&b, s->height);
  tl_strbuf_puts(&b, ", \"items\": [");
  for (size_t i = 0; i < s->count; i++) {
    tl_strbuf_puts(&b, i ? ",\n  " : "\n  ");
    put_item(&b, &s->items[i]);
  }
  tl_strbuf_puts(&b, "\n]}\n");
  if (b.failed) {
    tl_strbuf_free(&b);
    return TL_ERR_NOMEM;
  }
  *out = tl_strbuf_detach(&b, out_len);
  return TL_OK;
}
