/* normalize.h - the characters the tagger sees, whatever bytes it is given.
 *
 * News text arrives with curly quotes, NBSPs, en dashes, a BOM, CRLF line
 * ends, and sometimes invalid UTF-8 or NUL bytes.  Rather than copying the
 * text into a cleaned buffer (and keeping a map back to the original
 * offsets), the tokenizer reads it through tl_canon_char, which folds each
 * code point to one ASCII character in place.  Offsets therefore always
 * refer to the bytes as given. */
#ifndef TL_NORMALIZE_H
#define TL_NORMALIZE_H

#include <stddef.h>

enum {
  TL_CANON_SKIP = 0,      /* zero-width: BOM, ZWSP, soft hyphen; ignore */
  TL_CANON_LETTER = 0x80, /* a non-ASCII letter: part of a word */
  TL_CANON_SYMBOL = 0x81  /* a non-ASCII symbol (currency, bullet, ...) */
};

/* The canonical character of the code point at text[i]: printable ASCII
 * stays itself; every space (tab, NBSP, thin space, ...) is ' '; CR, LF,
 * CRLF, NEL, LS and PS are '\n'; curly single quotes and primes are '\'';
 * curly double quotes and guillemets are '"'; hyphens and dashes are '-';
 * the ellipsis is '.'.  NUL, control characters and invalid UTF-8 bytes are
 * ' ' (a separator).  *bytes receives how many input bytes were read
 * (at least 1). */
int tl_canon_char(const char *text, size_t len, size_t i, size_t *bytes);

#endif
