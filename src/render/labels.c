/* labels.c - label boxes that never overlap, with leaders that never cross
 * a label.
 *
 * The index buckets rectangles by t, so each test looks only at what is
 * near; layout of ten thousand events stays fast.  Row placement is greedy
 * in the order the caller gives (layout goes right to left, which makes
 * clusters climb as a staircase whose leaders stay clear of every box). */
#include "render/labels.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define BUCKET 24.0

typedef struct entry {
  tl_rect r;
  tl_block block;
  bool removed;
} entry;

typedef struct bucket {
  size_t *ids;
  size_t count, capacity;
} bucket;

struct tl_placer {
  double t_min;
  size_t nb;
  bucket *b;
  entry *e;
  size_t count, capacity;
};

tl_placer *tl_placer_new(double t_min, double t_max) {
  tl_placer *p = calloc(1, sizeof *p);
  if (!p)
    return NULL;
  p->t_min = t_min;
  double span = t_max - t_min;
  p->nb = (size_t)(span > 0 ? span / BUCKET : 0) + 1;
  p->b = calloc(p->nb, sizeof *p->b);
  if (!p->b) {
    free(p);
    return NULL;
  }
  return p;
}

void tl_placer_free(tl_placer *p) {
  if (!p)
    return;
  for (size_t i = 0; i < p->nb; i++)
    free(p->b[i].ids);
  free(p->b);
  free(p->e);
  free(p);
}

static size_t bucket_of(const tl_placer *p, double t) {
  double k = floor((t - p->t_min) / BUCKET);
  if (k < 0)
    return 0;
  if (k >= (double)p->nb)
    return p->nb - 1;
  return (size_t)k;
}

bool tl_placer_add(tl_placer *p, const tl_rect *r, tl_block block) {
  if (p->count == p->capacity) {
    size_t cap = p->capacity ? p->capacity * 2 : 256;
    entry *e = realloc(p->e, cap * sizeof *e);
    if (!e)
      return false;
    p->e = e;
    p->capacity = cap;
  }
  size_t id = p->count++;
  p->e[id].r = *r;
  p->e[id].block = block;
  p->e[id].removed = false;
  for (size_t k = bucket_of(p, r->t0); k <= bucket_of(p, r->t1); k++) {
    bucket *b = &p->b[k];
    if (b->count == b->capacity) {
      size_t cap = b->capacity ? b->capacity * 2 : 8;
      size_t *ids = realloc(b->ids, cap * sizeof *ids);
      if (!ids)
        return false;
      b->ids = ids;
      b->capacity = cap;
    }
    b->ids[b->count++] = id;
  }
  return true;
}

size_t tl_placer_count(const tl_placer *p) { return p->count; }

void tl_placer_remove(tl_placer *p, size_t id, bool removed) {
  if (id < p->count)
    p->e[id].removed = removed;
}

/* Open intervals: touching is not overlapping. */
static bool overlap(double a0, double a1, double b0, double b1) {
  return a0 < b1 && b0 < a1;
}

bool tl_placer_box_free(const tl_placer *p, const tl_rect *r, double pad) {
  size_t k0 = bucket_of(p, r->t0 - pad), k1 = bucket_of(p, r->t1 + pad);
  for (size_t k = k0; k <= k1; k++) {
    const bucket *b = &p->b[k];
    for (size_t i = 0; i < b->count; i++) {
      if (p->e[b->ids[i]].removed)
        continue;
      const tl_rect *o = &p->e[b->ids[i]].r;
      if (overlap(r->t0 - pad, r->t1 + pad, o->t0, o->t1) &&
          overlap(r->c0 - pad, r->c1 + pad, o->c0, o->c1))
        return false;
      /* A zero-width line inside the box counts too. */
      if (o->t0 == o->t1 && o->t0 >= r->t0 - pad && o->t0 <= r->t1 + pad &&
          overlap(r->c0 - pad, r->c1 + pad, o->c0, o->c1))
        return false;
    }
  }
  return true;
}

bool tl_placer_line_free(const tl_placer *p, double t, double c0, double c1) {
  if (c0 > c1) {
    double x = c0;
    c0 = c1;
    c1 = x;
  }
  const bucket *b = &p->b[bucket_of(p, t)];
  for (size_t i = 0; i < b->count; i++) {
    const entry *e = &p->e[b->ids[i]];
    if (e->block != TL_BLOCK_ALL || e->removed)
      continue;
    /* Strictly inside: a leader may run along a box's edge, so labels of
     * one date stack on one pole. */
    if (t > e->r.t0 && t < e->r.t1 && overlap(c0, c1, e->r.c0, e->r.c1))
      return false;
  }
  return true;
}

static bool try_at(tl_placer *p, const tl_rows *rows, const tl_label_req *q,
                   bool top, int row, double t0, tl_label_pos *out,
                   bool commit) {
  tl_rect box;
  box.t0 = t0;
  box.t1 = t0 + q->w;
  if (box.t0 < rows->t_min || box.t1 > rows->t_max)
    return false;
  double near;
  if (top) {
    near = rows->top_base - row * rows->step;
    box.c1 = near;
    box.c0 = near - q->h;
  } else {
    near = rows->bottom_base + row * rows->step;
    box.c0 = near;
    box.c1 = near + q->h;
  }
  double lead0 = top ? q->lead_top : q->lead_bottom;
  if (!tl_placer_box_free(p, &box, rows->pad))
    return false;
  /* The leader stops at the box; it must not cross any other label. */
  double l0 = top ? near : lead0, l1 = top ? lead0 : near;
  if (!tl_placer_line_free(p, q->t, l0 + 0.01, l1 - 0.01))
    return false;
  if (!commit)
    return true;
  out->placed = true;
  out->top = top;
  out->row = row;
  out->box = box;
  out->lead_c0 = lead0;
  out->lead_c1 = near;
  out->id = p->count;
  tl_rect lead = {q->t, q->t, fmin(l0, l1), fmax(l0, l1)};
  return tl_placer_add(p, &box, TL_BLOCK_ALL) &&
         tl_placer_add(p, &lead, TL_BLOCK_LABELS);
}

/* How many waiting events lie under [t0, t) (t: the current event). */
static size_t covered(const tl_rows *rows, double t0, double t) {
  size_t lo = 0, hi = rows->waiting_count;
  while (lo < hi) { /* first waiting position >= t0 */
    size_t mid = (lo + hi) / 2;
    if (rows->waiting[mid] < t0)
      lo = mid + 1;
    else
      hi = mid;
  }
  size_t n = 0;
  for (size_t i = lo; i < rows->waiting_count && rows->waiting[i] < t - 0.5;
       i++)
    n++;
  return n;
}

static bool search(tl_placer *p, const tl_rows *rows, const tl_label_req *q,
                   tl_label_pos *out, bool commit) {
  memset(out, 0, sizeof *out);
  int max_rows =
      rows->top_rows > rows->bottom_rows ? rows->top_rows : rows->bottom_rows;
  /* Hanging right of the leader, then left of it, then centred on it: a
   * centred box blocks the pole other labels of its date climb. */
  const double starts[3] = {q->t - rows->inset, q->t + rows->inset - q->w,
                            q->t - q->w / 2};
  /* A box hanging right of its leader at any row comes first: one hanging
   * left (or centred) covers dates to the left of its own, and every
   * leader from there would have to cross it - a wall for the stack. */
  for (int a = 0; a < 3; a++) {
    /* A wall is kept as far from the axis as the events it covers need:
     * rows from there outwards first, then the ones nearer, nearest last. */
    int lowest = 0;
    if (a > 0 && rows->waiting_count)
      lowest =
          (int)ceil((double)covered(rows, starts[a], q->t) * rows->reserve);
    if (lowest > max_rows - 1)
      lowest = max_rows - 1;
    for (int k = 0; k < max_rows; k++) {
      int row = k < max_rows - lowest ? lowest + k : max_rows - 1 - k;
      for (int side = 0; side < 2; side++) {
        bool top = (side == 0) != rows->bottom_first;
        if ((!top && rows->top_only) || (top && rows->bottom_only))
          continue;
        int limit = top ? rows->top_rows : rows->bottom_rows;
        /* The whole box must fit within the side's rows. */
        double rows_needed = ceil((q->h - 1e-9) / rows->step);
        if (row + rows_needed > limit)
          continue;
        if (try_at(p, rows, q, top, row, starts[a], out, commit))
          return true;
      }
    }
  }
  return false;
}

bool tl_place_in_rows(tl_placer *p, const tl_rows *rows, const tl_label_req *q,
                      tl_label_pos *out) {
  return search(p, rows, q, out, true);
}

bool tl_rows_have_room(tl_placer *p, const tl_rows *rows,
                       const tl_label_req *q) {
  tl_label_pos unused;
  return search(p, rows, q, &unused, false);
}

/* ---- 1-D dodge: pool adjacent violators ---------------------------------- */

bool tl_dodge(const double *want, const double *size, size_t n, double gap,
              double lo, double hi, double *pos) {
  if (!n)
    return true;
  /* With offset[i] = sum of size[j] + gap for j < i, the starts are
   * pos[i] = z[i] + offset[i] with z non-decreasing: isotonic regression of
   * want[i] - offset[i], solved by pooling adjacent violators in one pass. */
  double *off = malloc(n * sizeof *off);
  double *val = malloc(n * sizeof *val);
  size_t *cnt = malloc(n * sizeof *cnt);
  if (!off || !val || !cnt) {
    free(off), free(val), free(cnt);
    double t = lo;
    for (size_t i = 0; i < n; i++) {
      pos[i] = t;
      t += size[i] + gap;
    }
    return false;
  }
  double o = 0;
  for (size_t i = 0; i < n; i++) {
    off[i] = o;
    o += size[i] + (i + 1 < n ? gap : 0);
  }
  double total = o;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    val[k] = want[i] - off[i];
    cnt[k] = 1;
    k++;
    while (k > 1 && val[k - 2] > val[k - 1]) {
      double v =
          (val[k - 2] * (double)cnt[k - 2] + val[k - 1] * (double)cnt[k - 1]) /
          (double)(cnt[k - 2] + cnt[k - 1]);
      cnt[k - 2] += cnt[k - 1];
      val[k - 2] = v;
      k--;
    }
  }
  /* Box constraints: clamping an isotonic solution keeps it optimal. */
  bool fits = total <= hi - lo + 1e-9;
  double zmax = hi - total;
  size_t i = 0;
  for (size_t b = 0; b < k; b++)
    for (size_t j = 0; j < cnt[b]; j++, i++) {
      double z = val[b];
      if (z > zmax)
        z = zmax;
      if (z < lo)
        z = lo;
      pos[i] = z + off[i];
    }
  free(off), free(val), free(cnt);
  return fits;
}
