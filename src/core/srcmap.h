/* srcmap.h - line starts of a text, for offset <-> line:col conversion. */
#ifndef TL_SRCMAP_H
#define TL_SRCMAP_H

#include <stdbool.h>
#include <stddef.h>

/* Line breaks are those of YAML 1.1 (and so of libyaml): LF, CRLF, CR,
 * NEL, LS and PS.  Columns count code points, as libyaml's marks do. */
typedef struct tl_srcmap {
  const char *text;
  size_t len;
  size_t *starts; /* byte offset of each line's first byte */
  size_t lines;
} tl_srcmap;

bool tl_srcmap_init(tl_srcmap *map, const char *text, size_t len);
void tl_srcmap_free(tl_srcmap *map);

/* 1-based line and code-point column of a byte offset. */
void tl_srcmap_locate(const tl_srcmap *map, size_t offset, unsigned *line,
                      unsigned *col);
/* Byte offset of a 1-based line and column (clamped to the line's end). */
size_t tl_srcmap_offset(const tl_srcmap *map, unsigned line, unsigned col);
/* The bytes of a 1-based line without its break. */
void tl_srcmap_line(const tl_srcmap *map, unsigned line, size_t *start,
                    size_t *len);

/* Length of the line break at text[i] (0 if none). */
size_t tl_line_break_len(const char *text, size_t len, size_t i);

#endif
