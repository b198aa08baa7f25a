/* srcmap.c - offsets to lines and columns, and back. */
#include "core/srcmap.h"

#include "core/utf8.h"

#include <stdlib.h>

size_t tl_line_break_len(const char *text, size_t len, size_t i) {
  const unsigned char *u = (const unsigned char *)text;
  if (u[i] == '\n')
    return 1;
  if (u[i] == '\r')
    return (i + 1 < len && u[i + 1] == '\n') ? 2 : 1;
  if (u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0x85)
    return 2;
  if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
      (u[i + 2] == 0xA8 || u[i + 2] == 0xA9))
    return 3;
  return 0;
}

bool tl_srcmap_init(tl_srcmap *map, const char *text, size_t len) {
  map->text = text;
  map->len = len;
  map->lines = 1;
  size_t cap = 64;
  map->starts = malloc(cap * sizeof *map->starts);
  if (!map->starts)
    return false;
  map->starts[0] = 0;
  for (size_t i = 0; i < len;) {
    size_t br = tl_line_break_len(text, len, i);
    if (!br) {
      i++;
      continue;
    }
    i += br;
    if (map->lines == cap) {
      cap *= 2;
      size_t *p = realloc(map->starts, cap * sizeof *p);
      if (!p) {
        tl_srcmap_free(map);
        return false;
      }
      map->starts = p;
    }
    map->starts[map->lines++] = i;
  }
  return true;
}

void tl_srcmap_free(tl_srcmap *map) {
  free(map->starts);
  map->starts = NULL;
  map->lines = 0;
}

void tl_srcmap_locate(const tl_srcmap *map, size_t offset, unsigned *line,
                      unsigned *col) {
  if (offset > map->len)
    offset = map->len;
  size_t lo = 0, hi = map->lines; /* last start <= offset */
  while (hi - lo > 1) {
    size_t mid = lo + (hi - lo) / 2;
    if (map->starts[mid] <= offset)
      lo = mid;
    else
      hi = mid;
  }
  *line = (unsigned)(lo + 1);
  *col = (unsigned)(tl_utf8_count(map->text + map->starts[lo],
                                  offset - map->starts[lo]) +
                    1);
}

/* Where a line's content ends: its successor's start minus the break. */
static size_t content_end(const tl_srcmap *map, unsigned line) {
  if (line >= map->lines)
    return map->len;
  const unsigned char *u = (const unsigned char *)map->text;
  size_t stop = map->starts[line];
  if (stop >= 2 && u[stop - 2] == '\r' && u[stop - 1] == '\n')
    return stop - 2;
  if (u[stop - 1] == '\n' || u[stop - 1] == '\r')
    return stop - 1;
  if (stop >= 2 && u[stop - 2] == 0xC2 && u[stop - 1] == 0x85)
    return stop - 2;
  return stop - 3; /* LS or PS */
}

void tl_srcmap_line(const tl_srcmap *map, unsigned line, size_t *start,
                    size_t *len) {
  if (line == 0 || line > map->lines) {
    *start = map->len;
    *len = 0;
    return;
  }
  *start = map->starts[line - 1];
  *len = content_end(map, line) - *start;
}

size_t tl_srcmap_offset(const tl_srcmap *map, unsigned line, unsigned col) {
  if (line == 0 || line > map->lines)
    return map->len;
  /* No scan for the line's end: every YAML node asks (see bench/). */
  size_t i = map->starts[line - 1];
  size_t stop = content_end(map, line);
  const unsigned char *u = (const unsigned char *)map->text;
  for (unsigned c = 1; c < col && i < stop; c++) {
    if (u[i] < 0x80) {
      i++;
      continue;
    }
    uint32_t cp;
    size_t n = tl_utf8_decode(u + i, stop - i, &cp);
    i += n ? n : 1;
  }
  return i;
}
