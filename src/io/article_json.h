/* article_json.h - one article per line of JSON: {"id", "dct", "text"}. */
#ifndef TL_ARTICLE_JSON_H
#define TL_ARTICLE_JSON_H

#include "timeline.h"

/* An article read from one JSON line.  Strings are malloc'd and
 * NUL-terminated; id and dct are NULL when absent.  A numeric id is kept
 * as written. */
typedef struct tl_article {
  char *id;
  char *dct;
  char *text;
  size_t text_len; /* the text may hold escaped NULs, so it has a length */
} tl_article;

/* Parses line[0..len) as a JSON object (RFC 8259) with a string "text",
 * optional "id" (string or number) and "dct" (string); other keys are
 * skipped.  On TL_ERR_INVALID, *err_offset is the byte of the problem and
 * err says what it is.  Pure. */
tl_status tl_article_parse_json(const char *line, size_t len, tl_article *out,
                                size_t *err_offset, char *err, size_t err_size);
void tl_article_free(tl_article *a);

#endif
