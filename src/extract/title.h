/* title.h - a short, readable title from the words of a clause. */
#ifndef TL_EXTRACT_TITLE_H
#define TL_EXTRACT_TITLE_H

#include "timeline.h"

#include "extract/clauses.h"
#include "extract/words.h"

#define TL_TITLE_MAX 80

/* Words [span.first, span.last) replaced by text: "the two countries" ->
 * "North Korea and Russia", "he" -> "Kim". */
typedef struct tl_title_sub {
  tl_span span;
  const char *text;
} tl_title_sub;

typedef struct tl_title_input {
  const char *text;
  size_t len; /* bytes of text that may be read */
  const tl_words *words;
  tl_span span;        /* the clause */
  const tl_span *drop; /* words left out: the date, attributions, asides */
  size_t ndrop;
  const tl_title_sub *subs;
  size_t nsubs;
} tl_title_input;

/* Writes a title of at most TL_TITLE_MAX bytes into buf (which holds at
 * least TL_TITLE_MAX + 1): the clause's words without the dropped ones,
 * without leading connectives ("But", "However,"), cut at a clause or
 * phrase boundary when too long, never ending on a function word, first
 * letter capitalized, quotation marks kept only when balanced.  *used is
 * the span of words the title kept (for its actors); *was_cut (may be
 * NULL) tells whether the clause had to be cut.  Returns the title's
 * length; 0 when nothing readable is left. */
size_t tl_make_title(const tl_title_input *in, char *buf, tl_span *used,
                     bool *was_cut);

#endif
