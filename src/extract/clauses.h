/* clauses.h - clauses, asides and attributions inside a sentence. */
#ifndef TL_EXTRACT_CLAUSES_H
#define TL_EXTRACT_CLAUSES_H

#include "timeline.h"

#include "extract/words.h"

/* Words [first, last). */
typedef struct tl_span {
  size_t first, last;
} tl_span;

#define TL_MAX_CUTS 8

/* A clause: a span and the asides inside it that are not part of it
 * (a parenthesis, a clause between dashes, an attribution). */
typedef struct tl_clause {
  tl_span span;
  tl_span cuts[TL_MAX_CUTS];
  size_t ncuts;
  bool subordinate; /* began with after/when/while/...: the word is cut */
  bool relative;    /* a relative clause after a comma: ", which ..."; the
                       span starts at the relative word */
} tl_clause;

/* "..., Xinhua said", "according to Yonhap", "Officials said that ...":
 * words to leave out of a title, and who said it. */
typedef struct tl_attribution {
  tl_span span;   /* the whole attribution, comma included */
  tl_span source; /* the noun phrase naming the source */
  bool leading;   /* a frame before the content: "X said that" */
} tl_attribution;

#define TL_MAX_ATTRIBUTIONS 4

/* Finds the attributions of sentence [first, last).  `generic_source`
 * tells whether a span names a source rather than an actor (an agency,
 * "officials", "the ministry"); leading frames are only attributions when
 * it says so.  Returns how many were written (at most `max`). */
typedef bool (*tl_source_test)(void *ctx, size_t first, size_t last);
size_t tl_find_attributions(const char *text, const tl_words *words,
                            size_t first, size_t last, tl_source_test generic,
                            void *ctx, tl_attribution *out, size_t max);

/* The clause of sentence [first, last) that holds word i. */
void tl_clause_around(const char *text, const tl_words *words, size_t first,
                      size_t last, size_t i, tl_clause *out);

/* Verbs that report speech: said, told, added, reported, ... */
bool tl_is_speech_verb(const char *text, const tl_word *w);

/* Whether word i lies in one of the clause's cuts. */
bool tl_clause_cut(const tl_clause *c, size_t i);

#endif
