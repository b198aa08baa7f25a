/* timex_format.h - writing found mentions as JSONL, TimeML or YAML.
 *
 * Pure formatting into a strbuf; the CLI decides where it goes. */
#ifndef TL_TIMEX_FORMAT_H
#define TL_TIMEX_FORMAT_H

#include "core/strbuf.h"
#include "timeline.h"

/* One JSON object per line: {"doc", "start", "end", "text", "type",
 * "value"[, "mod"]}.  `text` holds the bytes at start..end; bytes that are
 * not UTF-8 are written as U+FFFD, since JSON cannot carry them. */
void tl_mentions_jsonl(tl_strbuf *b, const char *doc, const char *text,
                       const tl_timex_list *list);

/* A TimeML document: the text with inline TIMEX3 tags and the DCT as the
 * creation-time TIMEX3 (omitted when dct is NULL). */
void tl_mentions_timeml(tl_strbuf *b, const char *doc, const char *text,
                        size_t len, const tl_date *dct,
                        const tl_timex_list *list);

/* A YAML document: doc, dct and a list of mentions. */
void tl_mentions_yaml(tl_strbuf *b, const char *doc, const char *text,
                      const tl_date *dct, const tl_timex_list *list);

#endif
