/* utf8.h - decoding and validation of UTF-8 text. */
#ifndef TL_UTF8_H
#define TL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..len).  Returns the number of bytes used
 * (1..4) and stores the code point, or returns 0 for an invalid or
 * truncated sequence (overlong forms and surrogates are invalid). */
size_t tl_utf8_decode(const unsigned char *s, size_t len, uint32_t *cp);

/* Offset of the first invalid byte, or len when the text is valid. */
size_t tl_utf8_validate(const char *s, size_t len);

/* Number of code points in s[0..len); invalid bytes count one each. */
size_t tl_utf8_count(const char *s, size_t len);

/* Encodes cp into out (4 bytes room); returns bytes written. */
size_t tl_utf8_encode(uint32_t cp, char *out);

/* Columns a code point takes in a terminal: 2 for East Asian wide and
 * full-width characters, 0 for combining marks, else 1. */
int tl_utf8_width(uint32_t cp);

#endif
