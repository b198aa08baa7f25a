/* timex_format.c - mentions as JSONL, TimeML (TempEval style) or YAML. */
#include "extract/timex_format.h"

#include "core/json.h"
#include "core/utf8.h"

#include <stdio.h>
#include <string.h>

void tl_mentions_jsonl(tl_strbuf *b, const char *doc, const char *text,
                       const tl_timex_list *list) {
  for (size_t i = 0; i < list->count; i++) {
    const tl_timex *x = &list->items[i];
    tl_strbuf_puts(b, "{\"doc\": \"");
    tl_json_put_escaped(b, doc, strlen(doc));
    tl_strbuf_printf(b, "\", \"start\": %zu, \"end\": %zu, \"text\": \"",
                     x->start, x->end);
    tl_json_put_escaped(b, text + x->start, x->end - x->start);
    tl_strbuf_printf(b, "\", \"type\": \"%s\", \"value\": \"%s\"",
                     tl_timex_type_str(x->type), x->value);
    if (x->mod[0])
      tl_strbuf_printf(b, ", \"mod\": \"%s\"", x->mod);
    tl_strbuf_puts(b, "}\n");
  }
}

/* XML text: &, <, > escaped; characters XML 1.0 forbids (controls other
 * than tab and line ends, invalid UTF-8) replaced so the file parses. */
static void put_xml(tl_strbuf *b, const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    if (c == '&')
      tl_strbuf_puts(b, "&amp;");
    else if (c == '<')
      tl_strbuf_puts(b, "&lt;");
    else if (c == '>')
      tl_strbuf_puts(b, "&gt;");
    else if (c == '"')
      tl_strbuf_puts(b, "&quot;");
    else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
      tl_strbuf_putc(b, ' ');
    else if (c < 0x80)
      tl_strbuf_putc(b, (char)c);
    else {
      uint32_t cp;
      size_t n = tl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
      if (n == 0 || cp == 0xFFFE || cp == 0xFFFF) {
        tl_strbuf_puts(b, "\xEF\xBF\xBD");
        i++;
      } else {
        tl_strbuf_put(b, text + i, n);
        i += n;
      }
      continue;
    }
    i++;
  }
}

void tl_mentions_timeml(tl_strbuf *b, const char *doc, const char *text,
                        size_t len, const tl_date *dct,
                        const tl_timex_list *list) {
  tl_strbuf_puts(b, "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>");
  put_xml(b, doc, strlen(doc));
  tl_strbuf_puts(b, "</DOCID>\n");
  if (dct) {
    char v[TL_WHEN_MAX];
    tl_date_format(dct, v);
    tl_strbuf_printf(b,
                     "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"%s\" "
                     "temporalFunction=\"false\" "
                     "functionInDocument=\"CREATION_TIME\">%s</TIMEX3></DCT>\n",
                     v, v);
  }
  tl_strbuf_puts(b, "<TEXT>");
  size_t pos = 0;
  for (size_t i = 0; i < list->count; i++) {
    const tl_timex *x = &list->items[i];
    if (x->start < pos || x->end > len)
      continue; /* never happens: mentions do not overlap */
    put_xml(b, text + pos, x->start - pos);
    tl_strbuf_printf(b, "<TIMEX3 tid=\"t%zu\" type=\"%s\" value=\"%s\"", i + 1,
                     tl_timex_type_str(x->type), x->value);
    if (x->mod[0])
      tl_strbuf_printf(b, " mod=\"%s\"", x->mod);
    tl_strbuf_puts(b, ">");
    put_xml(b, text + x->start, x->end - x->start);
    tl_strbuf_puts(b, "</TIMEX3>");
    pos = x->end;
  }
  put_xml(b, text + pos, len - pos);
  tl_strbuf_puts(b, "</TEXT>\n</TimeML>\n");
}

void tl_mentions_yaml(tl_strbuf *b, const char *doc, const char *text,
                      const tl_date *dct, const tl_timex_list *list) {
  tl_strbuf_puts(b, "- doc: \"");
  tl_json_put_escaped(b, doc, strlen(doc));
  tl_strbuf_puts(b, "\"\n");
  if (dct) {
    char v[TL_WHEN_MAX];
    tl_strbuf_printf(b, "  dct: %s\n", tl_date_format(dct, v));
  }
  tl_strbuf_puts(b, list->count ? "  mentions:\n" : "  mentions: []\n");
  for (size_t i = 0; i < list->count; i++) {
    const tl_timex *x = &list->items[i];
    tl_strbuf_puts(b, "    - text: \"");
    tl_json_put_escaped(b, text + x->start, x->end - x->start);
    tl_strbuf_printf(b,
                     "\"\n      start: %zu\n      end: %zu\n"
                     "      type: %s\n      value: \"%s\"\n",
                     x->start, x->end, tl_timex_type_str(x->type), x->value);
    if (x->mod[0])
      tl_strbuf_printf(b, "      mod: %s\n", x->mod);
    if (x->signal[0])
      tl_strbuf_printf(b, "      signal: \"%s\"\n", x->signal);
    static const char *const tenses[] = {"unknown", "past", "present",
                                         "future"};
    tl_strbuf_printf(b, "      tense: %s\n", tenses[x->tense]);
    if (x->relative)
      tl_strbuf_puts(b, "      relative: true\n");
    if (x->range_start)
      tl_strbuf_puts(b, "      range: start\n");
    if (x->range_end)
      tl_strbuf_puts(b, "      range: end\n");
  }
}
