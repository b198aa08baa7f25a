/* json.c - JSON string literals that are always valid JSON. */
#include "core/json.h"

#include "core/utf8.h"

#include <string.h>

/* Appends text[0..len) as the inside of a JSON or YAML double-quoted
 * string: quotes, backslashes and control characters escaped, invalid
 * UTF-8 replaced by U+FFFD. */
void tl_json_put_escaped(tl_strbuf *b, const char *text, size_t len) {
  size_t i = 0;
  while (i < len) {
    unsigned char c = (unsigned char)text[i];
    if (c == '"' || c == '\\') {
      tl_strbuf_putc(b, '\\');
      tl_strbuf_putc(b, (char)c);
      i++;
    } else if (c == '\n') {
      tl_strbuf_puts(b, "\\n");
      i++;
    } else if (c == '\r') {
      tl_strbuf_puts(b, "\\r");
      i++;
    } else if (c == '\t') {
      tl_strbuf_puts(b, "\\t");
      i++;
    } else if (c < 0x20 || c == 0x7F) {
      tl_strbuf_printf(b, "\\u%04x", c);
      i++;
    } else if (c < 0x80) {
      tl_strbuf_putc(b, (char)c);
      i++;
    } else {
      uint32_t cp;
      size_t n = tl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
      if (n == 0) {
        tl_strbuf_puts(b, "\xEF\xBF\xBD");
        i++;
      } else {
        tl_strbuf_put(b, text + i, n);
        i += n;
      }
    }
  }
}

void tl_json_put_string(tl_strbuf *b, const char *s) {
  tl_strbuf_putc(b, '"');
  tl_json_put_escaped(b, s, strlen(s));
  tl_strbuf_putc(b, '"');
}
