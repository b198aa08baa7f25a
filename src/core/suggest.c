/* suggest.c - nearest known word, for hints and for `fmt` key fixes. */
#include "core/suggest.h"

#include <ctype.h>
#include <string.h>

enum { MAX_WORD = 64 };

size_t tl_edit_distance(const char *a, size_t alen, const char *b) {
  size_t blen = strlen(b);
  if (alen > MAX_WORD || blen > MAX_WORD)
    return (size_t)-1;
  size_t d[MAX_WORD + 1][MAX_WORD + 1];
  for (size_t i = 0; i <= alen; i++)
    d[i][0] = i;
  for (size_t j = 0; j <= blen; j++)
    d[0][j] = j;
  for (size_t i = 1; i <= alen; i++) {
    for (size_t j = 1; j <= blen; j++) {
      int ca = tolower((unsigned char)a[i - 1]);
      int cb = tolower((unsigned char)b[j - 1]);
      size_t cost = ca != cb;
      size_t best = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < best)
        best = d[i][j - 1] + 1;
      if (d[i - 1][j - 1] + cost < best)
        best = d[i - 1][j - 1] + cost;
      if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) &&
          tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < best)
        best = d[i - 2][j - 2] + 1;
      d[i][j] = best;
    }
  }
  return d[alen][blen];
}

const char *tl_suggest(const char *word, size_t len,
                       const char *const *candidates, int *ties) {
  const char *best = NULL;
  size_t best_d = (size_t)-1;
  int n = 0;
  for (const char *const *c = candidates; *c; c++) {
    size_t d = tl_edit_distance(word, len, *c);
    if (d < best_d) {
      best_d = d;
      best = *c;
      n = 1;
    } else if (d == best_d) {
      n++;
    }
  }
  if (ties)
    *ties = n > 1;
  if (!best || best_d > 2 || best_d * 2 > len)
    return NULL;
  return best;
}
