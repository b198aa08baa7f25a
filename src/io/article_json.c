/* article_json.c - a small, strict JSON reader for article lines (pure).
 *
 * News archives arrive as JSON Lines.  Only what an article needs is
 * decoded (strings, with every escape and surrogate pairs); everything
 * else is checked and skipped, nested up to a fixed depth, so a malformed
 * line is reported at its byte rather than read half-way. */
#include "io/article_json.h"

#include "core/strbuf.h"
#include "core/utf8.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 64

typedef struct reader {
  const char *s;
  size_t len, i;
  size_t err_at;
  char *err;
  size_t err_size;
  bool failed;
} reader;

static bool fail(reader *r, size_t at, const char *msg) {
  if (!r->failed) {
    r->failed = true;
    r->err_at = at;
    snprintf(r->err, r->err_size, "%s", msg);
  }
  return false;
}

static void skip_ws(reader *r) {
  while (r->i < r->len && (r->s[r->i] == ' ' || r->s[r->i] == '\t' ||
                           r->s[r->i] == '\n' || r->s[r->i] == '\r'))
    r->i++;
}

static int hex(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

static bool read_hex4(reader *r, size_t at, uint32_t *v) {
  if (at + 4 > r->len)
    return fail(r, at, "truncated \\u escape");
  *v = 0;
  for (size_t k = 0; k < 4; k++) {
    int h = hex(r->s[at + k]);
    if (h < 0)
      return fail(r, at + k, "bad hex digit in \\u escape");
    *v = (*v << 4) | (uint32_t)h;
  }
  return true;
}

/* A string at r->i (the opening quote); decoded into b when b != NULL. */
static bool read_string(reader *r, tl_strbuf *b) {
  size_t start = r->i++;
  while (r->i < r->len) {
    unsigned char c = (unsigned char)r->s[r->i];
    if (c == '"') {
      r->i++;
      return true;
    }
    if (c < 0x20)
      return fail(r, r->i, "control character inside a string (escape it)");
    if (c == '\\') {
      if (r->i + 1 >= r->len)
        break;
      char e = r->s[r->i + 1];
      const char *plain = strchr("\"\\/bfnrt", e);
      if (plain && e) {
        static const char out[] = "\"\\/\b\f\n\r\t";
        if (b)
          tl_strbuf_putc(b, out[plain - "\"\\/bfnrt"]);
        r->i += 2;
        continue;
      }
      if (e != 'u')
        return fail(r, r->i, "unknown escape in a string");
      uint32_t cp;
      if (!read_hex4(r, r->i + 2, &cp))
        return false;
      r->i += 6;
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        uint32_t lo;
        if (r->i + 1 >= r->len || r->s[r->i] != '\\' || r->s[r->i + 1] != 'u')
          return fail(r, r->i, "lone high surrogate in \\u escape");
        if (!read_hex4(r, r->i + 2, &lo))
          return false;
        if (lo < 0xDC00 || lo > 0xDFFF)
          return fail(r, r->i, "bad low surrogate in \\u escape");
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        r->i += 6;
      } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
        return fail(r, r->i - 6, "lone low surrogate in \\u escape");
      }
      if (b) {
        char u[4];
        tl_strbuf_put(b, u, tl_utf8_encode(cp, u));
      }
      continue;
    }
    if (c >= 0x80) {
      uint32_t cp;
      size_t n = tl_utf8_decode((const unsigned char *)r->s + r->i,
                                r->len - r->i, &cp);
      if (n == 0)
        return fail(r, r->i, "invalid UTF-8 inside a string");
      if (b)
        tl_strbuf_put(b, r->s + r->i, n);
      r->i += n;
      continue;
    }
    if (b)
      tl_strbuf_putc(b, (char)c);
    r->i++;
  }
  return fail(r, start, "unterminated string");
}

static bool read_number(reader *r) {
  size_t s = r->i;
  if (r->i < r->len && r->s[r->i] == '-')
    r->i++;
  size_t digits = r->i;
  while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9')
    r->i++;
  if (r->i == digits)
    return fail(r, s, "expected a value");
  if (r->s[digits] == '0' && r->i - digits > 1)
    return fail(r, s, "numbers may not start with 0");
  if (r->i < r->len && r->s[r->i] == '.') {
    size_t f = ++r->i;
    while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9')
      r->i++;
    if (r->i == f)
      return fail(r, r->i, "expected digits after the decimal point");
  }
  if (r->i < r->len && (r->s[r->i] == 'e' || r->s[r->i] == 'E')) {
    r->i++;
    if (r->i < r->len && (r->s[r->i] == '+' || r->s[r->i] == '-'))
      r->i++;
    size_t e = r->i;
    while (r->i < r->len && r->s[r->i] >= '0' && r->s[r->i] <= '9')
      r->i++;
    if (r->i == e)
      return fail(r, r->i, "expected digits in the exponent");
  }
  return true;
}

static bool read_value(reader *r, unsigned depth);

static bool read_container(reader *r, unsigned depth, char close) {
  if (depth > MAX_DEPTH)
    return fail(r, r->i, "nested too deeply");
  r->i++;
  skip_ws(r);
  if (r->i < r->len && r->s[r->i] == close) {
    r->i++;
    return true;
  }
  for (;;) {
    skip_ws(r);
    if (close == '}') {
      if (r->i >= r->len || r->s[r->i] != '"')
        return fail(r, r->i, "expected a key in quotes");
      if (!read_string(r, NULL))
        return false;
      skip_ws(r);
      if (r->i >= r->len || r->s[r->i] != ':')
        return fail(r, r->i, "expected `:` after the key");
      r->i++;
    }
    if (!read_value(r, depth + 1))
      return false;
    skip_ws(r);
    if (r->i < r->len && r->s[r->i] == ',') {
      r->i++;
      continue;
    }
    if (r->i < r->len && r->s[r->i] == close) {
      r->i++;
      return true;
    }
    return fail(r, r->i,
                close == '}' ? "expected `,` or `}`" : "expected `,` or `]`");
  }
}

static bool read_word(reader *r, const char *word) {
  size_t n = strlen(word);
  if (r->i + n <= r->len && memcmp(r->s + r->i, word, n) == 0) {
    r->i += n;
    return true;
  }
  return fail(r, r->i, "expected a value");
}

static bool read_value(reader *r, unsigned depth) {
  skip_ws(r);
  if (r->i >= r->len)
    return fail(r, r->i, "expected a value");
  switch (r->s[r->i]) {
  case '"':
    return read_string(r, NULL);
  case '{':
    return read_container(r, depth, '}');
  case '[':
    return read_container(r, depth, ']');
  case 't':
    return read_word(r, "true");
  case 'f':
    return read_word(r, "false");
  case 'n':
    return read_word(r, "null");
  default:
    return read_number(r);
  }
}

static char *detach(tl_strbuf *b, size_t *len) {
  if (b->failed) {
    tl_strbuf_free(b);
    return NULL;
  }
  if (!b->data)
    tl_strbuf_puts(b, "");
  return tl_strbuf_detach(b, len);
}

tl_status tl_article_parse_json(const char *line, size_t len, tl_article *out,
                                size_t *err_offset, char *err,
                                size_t err_size) {
  memset(out, 0, sizeof *out);
  reader r = {line, len, 0, 0, err, err_size, false};
  err[0] = '\0';
  tl_status st = TL_ERR_INVALID;
  skip_ws(&r);
  if (r.i >= len || line[r.i] != '{') {
    fail(&r, r.i, "expected a JSON object `{...}`");
    goto done;
  }
  r.i++;
  skip_ws(&r);
  bool empty = r.i < len && line[r.i] == '}';
  if (empty)
    r.i++;
  while (!empty) {
    skip_ws(&r);
    if (r.i >= len || line[r.i] != '"') {
      fail(&r, r.i, "expected a key in quotes");
      goto done;
    }
    tl_strbuf key = TL_STRBUF_INIT;
    size_t key_at = r.i;
    if (!read_string(&r, &key)) {
      tl_strbuf_free(&key);
      goto done;
    }
    skip_ws(&r);
    if (r.i >= len || line[r.i] != ':') {
      tl_strbuf_free(&key);
      fail(&r, r.i, "expected `:` after the key");
      goto done;
    }
    r.i++;
    skip_ws(&r);
    const char *k = key.data ? key.data : "";
    char **slot = strcmp(k, "text") == 0  ? &out->text
                  : strcmp(k, "id") == 0  ? &out->id
                  : strcmp(k, "dct") == 0 ? &out->dct
                                          : NULL;
    bool is_text = slot == &out->text;
    tl_strbuf_free(&key);
    if (slot && *slot) {
      fail(&r, key_at, "the key appears twice");
      goto done;
    }
    if (slot && r.i < len && line[r.i] == '"') {
      tl_strbuf v = TL_STRBUF_INIT;
      if (!read_string(&r, &v)) {
        tl_strbuf_free(&v);
        goto done;
      }
      size_t vlen;
      *slot = detach(&v, &vlen);
      if (!*slot) {
        st = TL_ERR_NOMEM;
        goto done;
      }
      if (is_text)
        out->text_len = vlen;
    } else if (slot == &out->id && r.i < len &&
               (line[r.i] == '-' || (line[r.i] >= '0' && line[r.i] <= '9'))) {
      size_t s = r.i;
      if (!read_number(&r))
        goto done;
      out->id = malloc(r.i - s + 1);
      if (!out->id) {
        st = TL_ERR_NOMEM;
        goto done;
      }
      memcpy(out->id, line + s, r.i - s);
      out->id[r.i - s] = '\0';
    } else if (slot && !(r.i + 4 <= len && memcmp(line + r.i, "null", 4) == 0 &&
                         slot != &out->text)) {
      fail(&r, r.i,
           is_text ? "`text` must be a string"
                   : "`id` must be a string or a number, `dct` a "
                     "string");
      goto done;
    } else if (!read_value(&r, 1)) {
      goto done;
    }
    skip_ws(&r);
    if (r.i < len && line[r.i] == ',') {
      r.i++;
      continue;
    }
    if (r.i < len && line[r.i] == '}') {
      r.i++;
      break;
    }
    fail(&r, r.i, "expected `,` or `}`");
    goto done;
  }
  skip_ws(&r);
  if (r.i < len) {
    fail(&r, r.i, "unexpected text after the object");
    goto done;
  }
  if (!out->text) {
    fail(&r, 0, "the object has no \"text\"");
    goto done;
  }
  st = TL_OK;
done:
  if (st != TL_OK) {
    *err_offset = r.err_at;
    if (st == TL_ERR_NOMEM)
      snprintf(err, err_size, "out of memory");
    tl_article_free(out);
  }
  return st;
}

void tl_article_free(tl_article *a) {
  free(a->id);
  free(a->dct);
  free(a->text);
  memset(a, 0, sizeof *a);
}
