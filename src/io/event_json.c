/* event_json.c - one event as one line of JSON (pure).
 *
 * The keys and their order are those of the events file, so a JSONL
 * stream and a YAML file carry the same data: date, end, title, id, type,
 * status, actors, place, tags, summary, sources (document, quote, said_by,
 * offset).  Absent values are left out, as in the YAML. */
#include "timeline.h"
#include "core/json.h"

#include "core/strbuf.h"

#include <stdio.h>
#include <string.h>

static void put_key(tl_strbuf *b, bool *first, const char *key) {
  if (!*first)
    tl_strbuf_putc(b, ',');
  *first = false;
  tl_json_put_string(b, key);
  tl_strbuf_putc(b, ':');
}

static void put_text(tl_strbuf *b, bool *first, const char *key,
                     const char *value) {
  if (!value)
    return;
  put_key(b, first, key);
  tl_json_put_string(b, value);
}

static void put_list(tl_strbuf *b, bool *first, const char *key,
                     const tl_strlist *l) {
  if (!l->count)
    return;
  put_key(b, first, key);
  tl_strbuf_putc(b, '[');
  for (size_t i = 0; i < l->count; i++) {
    if (i)
      tl_strbuf_putc(b, ',');
    tl_json_put_string(b, l->items[i]);
  }
  tl_strbuf_putc(b, ']');
}

tl_status tl_event_write_json(const tl_event *e, char **out, size_t *out_len) {
  tl_strbuf b = TL_STRBUF_INIT;
  char date[TL_WHEN_MAX];
  bool first = true;
  tl_strbuf_putc(&b, '{');
  put_text(&b, &first, "date", tl_when_format(&e->date, date));
  if (e->has_end)
    put_text(&b, &first, "end", tl_date_format(&e->end, date));
  put_text(&b, &first, "title", e->title ? e->title : "");
  put_text(&b, &first, "id", e->id);
  put_text(&b, &first, "type", e->type);
  put_text(&b, &first, "status", e->status);
  put_list(&b, &first, "actors", &e->actors);
  put_text(&b, &first, "place", e->place);
  put_list(&b, &first, "tags", &e->tags);
  put_text(&b, &first, "summary", e->summary);
  if (e->source_count) {
    put_key(&b, &first, "sources");
    tl_strbuf_putc(&b, '[');
    for (size_t i = 0; i < e->source_count; i++) {
      const tl_source *s = &e->sources[i];
      bool f = true;
      tl_strbuf_puts(&b, i ? ",{" : "{");
      put_text(&b, &f, "document", s->document);
      put_text(&b, &f, "quote", s->quote);
      put_text(&b, &f, "said_by", s->said_by);
      if (s->offset >= 0) {
        put_key(&b, &f, "offset");
        tl_strbuf_printf(&b, "%lld", (long long)s->offset);
      }
      tl_strbuf_putc(&b, '}');
    }
    tl_strbuf_putc(&b, ']');
  }
  tl_strbuf_putc(&b, '}');
  *out = tl_strbuf_detach(&b, out_len);
  return *out ? TL_OK : TL_ERR_NOMEM;
}
