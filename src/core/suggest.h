/* suggest.h - "did you mean ...?" from edit distance. */
#ifndef TL_SUGGEST_H
#define TL_SUGGEST_H

#include <stddef.h>

/* Optimal-string-alignment distance (Damerau: a swap counts once),
 * compared without regard to ASCII case. */
size_t tl_edit_distance(const char *a, size_t alen, const char *b);

/* The candidate closest to `word`, or NULL when none is close enough
 * (at most 2 edits and less than half the word).  *ties tells whether
 * another candidate was just as close, i.e. the guess is ambiguous. */
const char *tl_suggest(const char *word, size_t len,
                       const char *const *candidates, int *ties);

#endif
