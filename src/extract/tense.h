/* tense.h - the tense of the clause governing a time expression. */
#ifndef TL_TENSE_H
#define TL_TENSE_H

#include "extract/tokens.h"
#include "timeline.h"

/* The tense of the clause holding tokens [first, last) of a sentence of n
 * tokens, judged from the nearest tense cue.  *near tells whether that cue
 * is within a few tokens of the expression ("ran from November"), which
 * makes it more trustworthy than one across the clause. */
tl_tense tl_clause_tense(const tl_tok *tok, size_t n, size_t first, size_t last,
                         bool *near);

#endif
