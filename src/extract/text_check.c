/* text_check.c - an article must be UTF-8 text of a sane size before any
 * rule reads it; what is wrong is reported at its line and column. */
#include "extract/text_check.h"

#include "core/utf8.h"

#include <string.h>

void tl_text_locate(const char *text, size_t offset, unsigned *line,
                    unsigned *col) {
  size_t start = 0;
  *line = 1;
  for (size_t i = 0; i < offset; i++)
    if (text[i] == '\n') {
      ++*line;
      start = i + 1;
    }
  *col = (unsigned)tl_utf8_count(text + start, offset - start) + 1;
}

tl_status tl_text_check(const char *text, size_t len, const char *name,
                        tl_diags *diags) {
  const char *nul = memchr(text, '\0', len);
  size_t bad = tl_utf8_validate(text, len);
  unsigned line, col;
  if (nul && (size_t)(nul - text) <= bad) {
    tl_text_locate(text, (size_t)(nul - text), &line, &col);
    tl_diags_add(diags, TL_ERROR, name, (size_t)(nul - text), 1, line, col,
                 "is this a binary file? extract reads plain text",
                 "NUL byte at offset %zu", (size_t)(nul - text));
    return TL_ERR_INVALID;
  }
  if (bad < len) {
    tl_text_locate(text, bad, &line, &col);
    tl_diags_add(diags, TL_ERROR, name, bad, 1, line, col,
                 "convert the text to UTF-8 first, e.g. with iconv",
                 "invalid UTF-8 byte 0x%02X at offset %zu",
                 (unsigned char)text[bad], bad);
    return TL_ERR_INVALID;
  }
  return TL_OK;
}
