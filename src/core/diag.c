/* diag.c - the diagnostics list, and its rendering with source carets. */
#include "timeline.h"

#include "core/srcmap.h"
#include "core/strbuf.h"
#include "core/utf8.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tl_diags_init(tl_diags *diags) { memset(diags, 0, sizeof *diags); }

void tl_diags_free(tl_diags *diags) {
  for (size_t i = 0; i < diags->count; i++) {
    free((char *)diags->items[i].file);
    free((char *)diags->items[i].message);
    free((char *)diags->items[i].hint);
  }
  free(diags->items);
  tl_diags_init(diags);
}

static char *dup_or_null(const char *s, bool *failed) {
  if (!s)
    return NULL;
  size_t n = strlen(s) + 1;
  char *p = malloc(n);
  if (!p)
    *failed = true;
  else
    memcpy(p, s, n);
  return p;
}

void tl_diags_add(tl_diags *diags, tl_severity severity, const char *file,
                  size_t offset, size_t length, unsigned line, unsigned col,
                  const char *hint, const char *format, ...) {
  if (diags->count == diags->capacity) {
    size_t cap = diags->capacity ? diags->capacity * 2 : 8;
    tl_diag *p = realloc(diags->items, cap * sizeof *p);
    if (!p) {
      diags->out_of_memory = true;
      return;
    }
    diags->items = p;
    diags->capacity = cap;
  }
  tl_strbuf msg = TL_STRBUF_INIT;
  va_list ap;
  va_start(ap, format);
  tl_strbuf_vprintf(&msg, format, ap);
  va_end(ap);
  bool failed = false;
  tl_diag d = {
      .severity = severity,
      .file = dup_or_null(file, &failed),
      .offset = offset,
      .length = length,
      .line = line,
      .col = col,
      .message = tl_strbuf_detach(&msg, NULL),
      .hint = dup_or_null(hint, &failed),
  };
  if (failed || !d.message) {
    free((char *)d.file);
    free((char *)d.message);
    free((char *)d.hint);
    diags->out_of_memory = true;
    return;
  }
  diags->items[diags->count++] = d;
  if (severity == TL_ERROR)
    diags->errors++;
  else if (severity == TL_WARNING)
    diags->warnings++;
}

void tl_diags_sort(tl_diags *diags, size_t from) {
  /* Insertion sort: stable, and lists are short and nearly sorted. */
  for (size_t i = from + 1; i < diags->count; i++) {
    tl_diag d = diags->items[i];
    size_t j = i;
    while (j > from && (diags->items[j - 1].line > d.line ||
                        (diags->items[j - 1].line == d.line &&
                         diags->items[j - 1].col > d.col))) {
      diags->items[j] = diags->items[j - 1];
      j--;
    }
    diags->items[j] = d;
  }
}

/* ---- rendering ---------------------------------------------------------- */

enum { SHOW_COLUMNS = 120 }; /* longer lines are shown as a window */

static const char *severity_word(tl_severity s) {
  return s == TL_ERROR ? "error" : s == TL_WARNING ? "warning" : "note";
}

static const char *severity_color(tl_severity s) {
  return s == TL_ERROR     ? "\033[1;31m"
         : s == TL_WARNING ? "\033[1;35m"
                           : "\033[1;36m";
}

/* One code point of the source line as it should be shown: control
 * characters and invalid bytes become '?', so a binary file cannot move the
 * terminal's cursor.  Returns the bytes consumed and the display width. */
static size_t show_char(const char *s, size_t len, tl_strbuf *out, int *width) {
  uint32_t cp;
  size_t n = tl_utf8_decode((const unsigned char *)s, len, &cp);
  if (n == 0) {
    tl_strbuf_putc(out, '?');
    *width = 1;
    return 1;
  }
  if (cp == '\t') {
    tl_strbuf_putc(out, '\t');
    *width = 1;
  } else if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) ||
             cp == 0xFEFF) {
    tl_strbuf_putc(out, '?');
    *width = 1;
  } else {
    tl_strbuf_put(out, s, n);
    *width = tl_utf8_width(cp);
  }
  return n;
}

/* The source line with a caret (and tildes) under [offset, offset+length). */
static void render_source(tl_strbuf *out, const tl_srcmap *map,
                          const tl_diag *d, bool color) {
  size_t start, len;
  tl_srcmap_line(map, d->line, &start, &len);
  size_t caret = d->offset;
  if (caret < start || caret > start + len)
    caret = tl_srcmap_offset(map, d->line, d->col);
  size_t stop = caret + (d->length ? d->length : 1);
  if (stop > start + len)
    stop = start + len;

  /* Window long lines so the caret stays on screen. */
  size_t from = start, to = start + len;
  size_t caret_col = tl_utf8_count(map->text + start, caret - start);
  bool cut_left = false, cut_right = false;
  if (caret_col > SHOW_COLUMNS - 20) {
    size_t skip = caret_col - (SHOW_COLUMNS / 2);
    for (size_t i = 0; i < skip && from < to; i++) {
      uint32_t cp;
      size_t n = tl_utf8_decode((const unsigned char *)map->text + from,
                                to - from, &cp);
      from += n ? n : 1;
    }
    cut_left = true;
  }
  if (tl_utf8_count(map->text + from, to - from) > SHOW_COLUMNS) {
    size_t i = from;
    for (size_t c = 0; c < SHOW_COLUMNS && i < to; c++) {
      uint32_t cp;
      size_t n =
          tl_utf8_decode((const unsigned char *)map->text + i, to - i, &cp);
      i += n ? n : 1;
    }
    to = i;
    cut_right = true;
  }

  char gutter[32];
  int gw = snprintf(gutter, sizeof gutter, "%5u", d->line);
  tl_strbuf_printf(out, "%s | ", gutter);
  tl_strbuf marks = TL_STRBUF_INIT;
  if (cut_left) {
    tl_strbuf_puts(out, "...");
    tl_strbuf_puts(&marks, "   ");
  }
  bool under = false;
  for (size_t i = from; i < to;) {
    int w;
    size_t n = show_char(map->text + i, to - i, out, &w);
    bool in = i >= caret && i < stop;
    char m = !in ? ' ' : (i == caret ? '^' : '~');
    if (in)
      under = true;
    for (int k = 0; k < w; k++)
      tl_strbuf_putc(&marks, map->text[i] == '\t' && !in ? '\t' : m);
    i += n;
  }
  if (!under) /* the caret points past the end of the line */
    tl_strbuf_putc(&marks, '^');
  if (cut_right)
    tl_strbuf_puts(out, "...");
  while (out->len && out->data[out->len - 1] == ' ') /* "  1 | " empty */
    out->data[--out->len] = '\0';
  tl_strbuf_putc(out, '\n');

  /* Trailing spaces on the caret line would only make golden files fragile. */
  size_t mlen = marks.len;
  while (mlen && (marks.data[mlen - 1] == ' ' || marks.data[mlen - 1] == '\t'))
    mlen--;
  tl_strbuf_repeat(out, ' ', (size_t)gw);
  tl_strbuf_puts(out, " | ");
  if (color)
    tl_strbuf_puts(out, "\033[1;32m");
  tl_strbuf_put(out, marks.data ? marks.data : "", mlen);
  if (color)
    tl_strbuf_puts(out, "\033[0m");
  tl_strbuf_putc(out, '\n');
  tl_strbuf_free(&marks);
}

tl_status tl_diags_render(const tl_diags *diags, const char *text,
                          size_t text_len, bool color, char **out) {
  tl_strbuf b = TL_STRBUF_INIT;
  if (*out) {
    tl_strbuf_puts(&b, *out);
    free(*out);
    *out = NULL;
  }
  tl_srcmap map;
  bool have_map = text && tl_srcmap_init(&map, text, text_len);
  for (size_t i = 0; i < diags->count; i++) {
    const tl_diag *d = &diags->items[i];
    if (color)
      tl_strbuf_puts(&b, "\033[1m");
    if (d->file && d->line)
      tl_strbuf_printf(&b, "%s:%u:%u: ", d->file, d->line, d->col);
    else if (d->file)
      tl_strbuf_printf(&b, "%s: ", d->file);
    if (color)
      tl_strbuf_printf(&b, "%s%s:\033[0;1m %s\033[0m\n",
                       severity_color(d->severity), severity_word(d->severity),
                       d->message);
    else
      tl_strbuf_printf(&b, "%s: %s\n", severity_word(d->severity), d->message);
    if (have_map && d->line && d->line <= map.lines)
      render_source(&b, &map, d, color);
    if (d->hint)
      tl_strbuf_printf(&b, "      = hint: %s\n", d->hint);
  }
  if (diags->out_of_memory)
    tl_strbuf_puts(&b, "note: some diagnostics were lost (out of memory)\n");
  if (have_map)
    tl_srcmap_free(&map);
  *out = tl_strbuf_detach(&b, NULL);
  return *out ? TL_OK : TL_ERR_NOMEM;
}
