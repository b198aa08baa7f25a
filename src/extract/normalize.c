/* normalize.c - fold every code point to the ASCII character it stands for.
 *
 * Only typography is folded: the shapes a journalist's editor substitutes
 * for plain ASCII (smart quotes, dashes, non-breaking spaces).  Letters
 * outside ASCII are kept as "a letter" so that a word like "Zürich" stays
 * one word and can never be mistaken for an English time word. */
#include "extract/normalize.h"

#include "core/utf8.h"

#include <stdint.h>

static int fold(uint32_t cp) {
  switch (cp) {
  case 0x00A0: /* no-break space */
  case 0x1680:
  case 0x202F: /* narrow no-break space */
  case 0x205F:
  case 0x3000:
    return ' ';
  case 0x00AD: /* soft hyphen */
  case 0x200B: /* zero-width space, joiners */
  case 0x200C:
  case 0x200D:
  case 0x2060:
  case 0xFEFF: /* BOM */
    return TL_CANON_SKIP;
  case 0x0085: /* NEL */
  case 0x2028: /* line separator */
  case 0x2029: /* paragraph separator */
    return '\n';
  case 0x2018:
  case 0x2019:
  case 0x201A:
  case 0x201B:
  case 0x2032: /* prime, as in 80′s */
  case 0x02BC: /* modifier apostrophe */
    return '\'';
  case 0x201C:
  case 0x201D:
  case 0x201E:
  case 0x201F:
  case 0x00AB:
  case 0x00BB:
  case 0x2033:
    return '"';
  case 0x2212: /* minus sign */
  case 0xFE58:
  case 0xFE63:
  case 0xFF0D:
    return '-';
  case 0x2026: /* ellipsis */
    return '.';
  default:
    break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) /* en quad .. hair space */
    return ' ';
  if (cp >= 0x2010 && cp <= 0x2015) /* hyphen .. horizontal bar */
    return '-';
  if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || cp == 0xD7 || cp == 0xF7)
    return TL_CANON_SYMBOL; /* Latin-1 signs, punctuation, arrows, maths */
  return TL_CANON_LETTER;
}

int tl_canon_char(const char *text, size_t len, size_t i, size_t *bytes) {
  unsigned char c = (unsigned char)text[i];
  *bytes = 1;
  if (c < 0x80) {
    if (c == '\r') {
      if (i + 1 < len && text[i + 1] == '\n')
        *bytes = 2;
      return '\n';
    }
    if (c == '\n')
      return '\n';
    if (c < 0x20 || c == 0x7F) /* NUL, tab, other controls */
      return ' ';
    return c;
  }
  uint32_t cp;
  size_t n = tl_utf8_decode((const unsigned char *)text + i, len - i, &cp);
  if (n == 0)
    return ' '; /* an invalid byte separates words and is skipped alone */
  *bytes = n;
  return fold(cp);
}
