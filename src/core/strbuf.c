/* strbuf.c - growable buffer; grows by 1.5x like cmark's strbuf. */
#include "core/strbuf.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tl_strbuf_free(tl_strbuf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
  b->failed = false;
}

static bool grow(tl_strbuf *b, size_t extra) {
  if (b->failed)
    return false;
  if (extra > SIZE_MAX - b->len - 1 ||
      (b->limit && b->len + extra > b->limit)) {
    b->failed = true;
    return false;
  }
  size_t need = b->len + extra + 1;
  if (need <= b->cap)
    return true;
  size_t cap = b->cap ? b->cap + b->cap / 2 : 64;
  if (cap < need)
    cap = need;
  char *p = realloc(b->data, cap);
  if (!p) {
    b->failed = true;
    return false;
  }
  b->data = p;
  b->cap = cap;
  return true;
}

void tl_strbuf_put(tl_strbuf *b, const char *s, size_t len) {
  if (!grow(b, len))
    return;
  if (len)
    memcpy(b->data + b->len, s, len);
  b->len += len;
  b->data[b->len] = '\0';
}

void tl_strbuf_puts(tl_strbuf *b, const char *s) {
  tl_strbuf_put(b, s, strlen(s));
}

void tl_strbuf_putc(tl_strbuf *b, char c) { tl_strbuf_put(b, &c, 1); }

void tl_strbuf_repeat(tl_strbuf *b, char c, size_t n) {
  if (!grow(b, n))
    return;
  memset(b->data + b->len, c, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void tl_strbuf_vprintf(tl_strbuf *b, const char *format, va_list ap) {
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(NULL, 0, format, copy);
  va_end(copy);
  if (n < 0) {
    b->failed = true;
    return;
  }
  if (!grow(b, (size_t)n))
    return;
  vsnprintf(b->data + b->len, (size_t)n + 1, format, ap);
  b->len += (size_t)n;
}

void tl_strbuf_printf(tl_strbuf *b, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  tl_strbuf_vprintf(b, format, ap);
  va_end(ap);
}

char *tl_strbuf_detach(tl_strbuf *b, size_t *len) {
  if (b->failed) {
    tl_strbuf_free(b);
    if (len)
      *len = 0;
    return NULL;
  }
  if (!b->data) {
    if (!grow(b, 0))
      return NULL;
    b->data[0] = '\0';
  }
  char *p = b->data;
  if (len)
    *len = b->len;
  b->data = NULL;
  b->len = b->cap = 0;
  return p;
}
