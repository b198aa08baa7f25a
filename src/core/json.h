/* json.h - writing JSON strings (for JSONL output and layout dumps). */
#ifndef TL_JSON_H
#define TL_JSON_H

#include "core/strbuf.h"

#include <stddef.h>

/* Appends text[0..len) as the inside of a JSON (or YAML double-quoted)
 * string: quotes, backslashes and control characters escaped, invalid
 * UTF-8 replaced by U+FFFD, so the result is valid whatever the input. */
void tl_json_put_escaped(tl_strbuf *b, const char *text, size_t len);

/* The same with the surrounding quotes, for a NUL-terminated string. */
void tl_json_put_string(tl_strbuf *b, const char *s);

#endif
