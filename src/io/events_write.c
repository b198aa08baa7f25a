/* events_write.c - the canonical text of an events file (pure).
 *
 * Written by hand rather than through libyaml's emitter so the layout is
 * exactly what people expect to edit: one key per line in a fixed order,
 * plain scalars unless YAML needs quotes, short name lists in flow style,
 * and single events that can be appended to a file someone else wrote. */
#include "timeline.h"

#include "core/strbuf.h"
#include "core/utf8.h"

#include <string.h>

enum { FLOW_LIST_MAX = 72 }; /* longer actor lists go one per line */

static bool is_space(char c) { return c == ' ' || c == '\t'; }

static bool reserved_word(const char *s) {
  static const char *const words[] = {
      "~",     "null", "Null", "NULL", "true", "True", "TRUE", "false", "False",
      "FALSE", "yes",  "Yes",  "YES",  "no",   "No",   "NO",   "on",    "On",
      "ON",    "off",  "Off",  "OFF",  "y",    "Y",    "n",    "N",     NULL};
  for (const char *const *w = words; *w; w++)
    if (strcmp(*w, s) == 0)
      return true;
  return false;
}

/* Other YAML tools would read these as numbers, not text. */
static bool looks_numeric(const char *s) {
  const char *p = s;
  if (*p == '+' || *p == '-')
    p++;
  if (!*p)
    return false;
  bool digit = false, dot = false;
  for (; *p; p++) {
    if (*p >= '0' && *p <= '9')
      digit = true;
    else if (*p == '.' && !dot)
      dot = true;
    else if ((*p == 'e' || *p == 'E' || *p == '_' || *p == 'x' || *p == 'o') &&
             digit)
      continue;
    else
      return false;
  }
  return digit;
}

/* Can `s` be written without quotes?  Conservative on purpose: a quote
 * too many costs nothing; a missing one changes the meaning. */
static bool plain_ok(const char *s, bool flow, bool may_look_numeric) {
  size_t n = strlen(s);
  if (n == 0 || is_space(s[0]) || is_space(s[n - 1]) || reserved_word(s))
    return false;
  if (!may_look_numeric && looks_numeric(s))
    return false;
  if (strchr("?:,[]{}#&*!|>'\"%@`", s[0]))
    return false;
  if (s[0] == '-' && (n == 1 || s[1] == ' '))
    return false;
  if (s[n - 1] == ':')
    return false;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x20 || c == 0x7F)
      return false;
    if (c == ':' && i + 1 < n && s[i + 1] == ' ')
      return false;
    if (c == '#' && i > 0 && s[i - 1] == ' ')
      return false;
    if (flow && strchr(",[]{}", c))
      return false;
    if (c >= 0x80) { /* NEL, LS, PS and the BOM break lines or hide */
      uint32_t cp;
      size_t k = tl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
      if (!k || cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
          (cp >= 0x80 && cp < 0xA0))
        return false;
      i += k - 1;
    }
  }
  return true;
}

static void put_quoted(tl_strbuf *b, const char *s) {
  size_t n = strlen(s);
  tl_strbuf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    switch (c) {
    case '"':
      tl_strbuf_puts(b, "\\\"");
      continue;
    case '\\':
      tl_strbuf_puts(b, "\\\\");
      continue;
    case '\n':
      tl_strbuf_puts(b, "\\n");
      continue;
    case '\t':
      tl_strbuf_puts(b, "\\t");
      continue;
    case '\r':
      tl_strbuf_puts(b, "\\r");
      continue;
    default:
      break;
    }
    if (c < 0x20 || c == 0x7F) {
      tl_strbuf_printf(b, "\\x%02X", c);
      continue;
    }
    if (c >= 0x80) {
      uint32_t cp;
      size_t k = tl_utf8_decode((const unsigned char *)s + i, n - i, &cp);
      if (!k) { /* not UTF-8: keep the byte visible, never emit it raw */
        tl_strbuf_printf(b, "\\x%02X", c);
        continue;
      }
      if (cp == 0x85 || cp == 0x2028 || cp == 0x2029 || cp == 0xFEFF ||
          cp < 0xA0)
        tl_strbuf_printf(b, "\\u%04X", (unsigned)cp);
      else
        tl_strbuf_put(b, s + i, k);
      i += k - 1;
      continue;
    }
    tl_strbuf_putc(b, (char)c);
  }
  tl_strbuf_putc(b, '"');
}

static void put_scalar(tl_strbuf *b, const char *s, bool flow) {
  if (plain_ok(s, flow, false))
    tl_strbuf_puts(b, s);
  else
    put_quoted(b, s);
}

static void put_key_text(tl_strbuf *b, unsigned indent, const char *key,
                         const char *value) {
  if (!value)
    return;
  tl_strbuf_repeat(b, ' ', indent);
  tl_strbuf_printf(b, "%s: ", key);
  put_scalar(b, value, false);
  tl_strbuf_putc(b, '\n');
}

static void put_list(tl_strbuf *b, unsigned indent, const char *key,
                     const tl_strlist *list) {
  if (!list->count)
    return;
  size_t width = 0;
  bool flow = true;
  for (size_t i = 0; i < list->count; i++) {
    width += strlen(list->items[i]) + 2;
    flow &= plain_ok(list->items[i], true, false);
  }
  tl_strbuf_repeat(b, ' ', indent);
  tl_strbuf_printf(b, "%s:", key);
  if (flow && width <= FLOW_LIST_MAX) {
    tl_strbuf_puts(b, " [");
    for (size_t i = 0; i < list->count; i++) {
      if (i)
        tl_strbuf_puts(b, ", ");
      tl_strbuf_puts(b, list->items[i]);
    }
    tl_strbuf_puts(b, "]\n");
    return;
  }
  tl_strbuf_putc(b, '\n');
  for (size_t i = 0; i < list->count; i++) {
    tl_strbuf_repeat(b, ' ', indent + 2);
    tl_strbuf_puts(b, "- ");
    put_scalar(b, list->items[i], false);
    tl_strbuf_putc(b, '\n');
  }
}

static void put_sources(tl_strbuf *b, unsigned indent, const tl_event *e) {
  if (!e->source_count)
    return;
  tl_strbuf_repeat(b, ' ', indent);
  tl_strbuf_puts(b, "sources:\n");
  for (size_t i = 0; i < e->source_count; i++) {
    const tl_source *s = &e->sources[i];
    /* The first key shares the line with the dash. */
    const char *keys[3] = {"document", "quote", "said_by"};
    const char *vals[3] = {s->document, s->quote, s->said_by};
    bool first = true;
    for (int k = 0; k < 3; k++) {
      if (!vals[k])
        continue;
      tl_strbuf_repeat(b, ' ', indent + 2);
      tl_strbuf_puts(b, first ? "- " : "  ");
      tl_strbuf_printf(b, "%s: ", keys[k]);
      put_scalar(b, vals[k], false);
      tl_strbuf_putc(b, '\n');
      first = false;
    }
    if (s->offset >= 0) {
      tl_strbuf_repeat(b, ' ', indent + 2);
      tl_strbuf_printf(b, "%soffset: %lld\n", first ? "- " : "  ",
                       (long long)s->offset);
      first = false;
    }
    if (first) { /* a source with nothing in it still round-trips */
      tl_strbuf_repeat(b, ' ', indent + 2);
      tl_strbuf_puts(b, "- {}\n");
    }
  }
}

static void put_event(tl_strbuf *b, unsigned indent, const tl_event *e) {
  char date[TL_WHEN_MAX];
  unsigned inner = indent + 2;
  tl_strbuf_repeat(b, ' ', indent);
  tl_strbuf_printf(b, "- date: %s\n", tl_when_format(&e->date, date));
  if (e->has_end) {
    tl_strbuf_repeat(b, ' ', inner);
    tl_strbuf_printf(b, "end: %s\n", tl_date_format(&e->end, date));
  }
  put_key_text(b, inner, "title", e->title ? e->title : "");
  put_key_text(b, inner, "id", e->id);
  put_key_text(b, inner, "type", e->type);
  put_key_text(b, inner, "status", e->status);
  put_list(b, inner, "actors", &e->actors);
  put_key_text(b, inner, "place", e->place);
  put_list(b, inner, "tags", &e->tags);
  put_key_text(b, inner, "summary", e->summary);
  put_sources(b, inner, e);
}

tl_status tl_event_write_yaml(const tl_event *event, unsigned indent,
                              char **out, size_t *out_len) {
  tl_strbuf b = TL_STRBUF_INIT;
  put_event(&b, indent, event);
  *out = tl_strbuf_detach(&b, out_len);
  return *out ? TL_OK : TL_ERR_NOMEM;
}

tl_status tl_doc_write_yaml(const tl_doc *doc, char **out, size_t *out_len) {
  tl_strbuf b = TL_STRBUF_INIT;
  put_key_text(&b, 0, "title", tl_doc_title(doc));
  put_key_text(&b, 0, "description", tl_doc_description(doc));
  size_t n = tl_doc_count(doc);
  tl_strbuf_puts(&b, n ? "events:\n" : "events: []\n");
  for (size_t i = 0; i < n; i++) {
    if (i)
      tl_strbuf_putc(&b, '\n');
    put_event(&b, 2, tl_doc_event(doc, i));
  }
  *out = tl_strbuf_detach(&b, out_len);
  return *out ? TL_OK : TL_ERR_NOMEM;
}
