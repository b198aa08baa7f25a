/* lanes.c - greedy interval colouring and lane keys.
 *
 * Taking intervals by start and giving each the lowest free track is the
 * classic optimal colouring of an interval graph: no layout uses fewer
 * tracks for the bars. */
#include "render/lanes.h"

#include <stdint.h>
#include <stdlib.h>

typedef struct item {
  double t0, t1;
  size_t i;
} item;

static int by_start(const void *x, const void *y) {
  const item *a = x, *b = y;
  if (a->t0 != b->t0)
    return a->t0 < b->t0 ? -1 : 1;
  return (a->i > b->i) - (a->i < b->i);
}

size_t tl_assign_tracks(const double *t0, const double *t1, size_t n,
                        double gap, int *tracks) {
  if (!n)
    return 0;
  item *it = malloc(n * sizeof *it);
  double *end = malloc(n * sizeof *end); /* last end per track */
  if (!it || !end) {
    free(it), free(end);
    return SIZE_MAX;
  }
  for (size_t i = 0; i < n; i++)
    it[i] = (item){t0[i], t1[i], i};
  qsort(it, n, sizeof *it, by_start);
  size_t used = 0;
  for (size_t k = 0; k < n; k++) {
    size_t tr = 0;
    while (tr < used && end[tr] + gap > it[k].t0)
      tr++;
    if (tr == used)
      used++;
    end[tr] = it[k].t1;
    tracks[it[k].i] = tr < TL_MAX_TRACKS ? (int)tr : TL_MAX_TRACKS - 1;
  }
  free(it);
  free(end);
  return used < TL_MAX_TRACKS ? used : TL_MAX_TRACKS;
}

const char *tl_group_key(const tl_event *e, tl_group_by by) {
  switch (by) {
  case TL_GROUP_TYPE:
    return e->type;
  case TL_GROUP_ACTOR:
    return e->actors.count ? e->actors.items[0] : NULL;
  case TL_GROUP_TAG:
    return e->tags.count ? e->tags.items[0] : NULL;
  default:
    return NULL;
  }
}
