/* strbuf.h - growable NUL-terminated byte buffer with sticky failure. */
#ifndef TL_STRBUF_H
#define TL_STRBUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>

/* Appends never fail loudly: the first failure (out of memory, or growing
 * past `limit` when it is non-zero) sets `failed` and later appends do
 * nothing, so a writer checks once at the end. */
typedef struct tl_strbuf {
  char *data; /* NUL-terminated when non-NULL */
  size_t len;
  size_t cap;
  size_t limit;
  bool failed;
} tl_strbuf;

#define TL_STRBUF_INIT                                                         \
  { NULL, 0, 0, 0, false }

void tl_strbuf_free(tl_strbuf *b);
void tl_strbuf_put(tl_strbuf *b, const char *s, size_t len);
void tl_strbuf_puts(tl_strbuf *b, const char *s);
void tl_strbuf_putc(tl_strbuf *b, char c);
void tl_strbuf_printf(tl_strbuf *b, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void tl_strbuf_vprintf(tl_strbuf *b, const char *format, va_list ap)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 0)))
#endif
    ;
/* Appends `n` copies of c. */
void tl_strbuf_repeat(tl_strbuf *b, char c, size_t n);
/* Hands the buffer to the caller (never NULL unless failed) and resets b. */
char *tl_strbuf_detach(tl_strbuf *b, size_t *len);

#endif
