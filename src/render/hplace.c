/* hplace.c - labels beside a horizontal axis.
 *
 * Events are labelled right to left, so a cluster climbs as a staircase
 * whose leaders stay clear of every box.  Events a few pixels apart share
 * one leader (a stack) and read in file order from top to bottom, above
 * the axis first.  Each label is tried wrapped, then narrower and taller,
 * then on one ellipsized line.  Afterwards each event still without a
 * label gets a second chance: a neighbour makes way, and both are placed
 * again if both fit. */
#include "render/layout_horizontal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Repairs try this many neighbours per unlabelled event. */
#define REPAIR_NEIGHBOURS 6
/* ... in charts up to this many events (each try is a placement) with at
 * most this many left unlabelled. */
#define REPAIR_MAX_EVENTS 600
#define REPAIR_MAX_LEFT 20

static tl_rows rows_for(const hctx *h, const lane_geo *g, int levels) {
  const tl_theme *th = h->L->th;
  tl_rows rows;
  memset(&rows, 0, sizeof rows);
  rows.top_base = -(g->zone_top + 6);
  rows.bottom_base = (h->grouped ? g->zone_bottom : h->ticks_bottom) + 6;
  rows.step = h->row_step;
  rows.top_rows = levels * 2;
  rows.bottom_rows = h->grouped ? 0 : levels * 2;
  rows.inset = 0; /* the leader runs along the box's edge */
  rows.pad = th->label_padding;
  rows.t_min = th->margin_left / 2;
  rows.t_max = h->L->W - th->margin_right / 2;
  return rows;
}

static bool try_label(hctx *h, lev *v, const tl_rows *rows, double max_w,
                      int lines) {
  double w, hh;
  tl_layout_fit(h->L, v, max_w, lines, &w, &hh);
  tl_label_req q = {v->pole, w, hh, v->c0, v->c1};
  tl_label_pos pos;
  if (!tl_place_in_rows(h->lanes[v->lane].placer, rows, &q, &pos))
    return false;
  v->box = pos.box;
  v->lead_c0 = pos.lead_c0;
  v->lead_c1 = pos.lead_c1;
  v->entry = pos.id;
  v->label = LAB_FULL;
  return true;
}

/* The whole label, then narrower and taller (it slips between
 * neighbours' leaders), then on one ellipsized line.  A crowded spot is
 * probed first: if not even a short one-line box fits, no label will, and
 * measuring three versions of it would be wasted. */
static bool label(hctx *h, lev *v, const tl_rows *rows) {
  const tl_theme *th = h->L->th;
  tl_label_req probe = {v->pole, 24, h->L->line_h + 2 * LABEL_PAD_C, v->c0,
                        v->c1};
  if (!tl_rows_have_room(h->lanes[v->lane].placer, rows, &probe))
    return false;
  return try_label(h, v, rows, h->label_w, th->label_max_lines) ||
         try_label(h, v, rows, h->label_w * 0.6, th->label_max_lines + 1) ||
         try_label(h, v, rows, h->label_w, 1);
}

static void unlabel(hctx *h, lev *v) {
  tl_placer *p = h->lanes[v->lane].placer;
  tl_placer_remove(p, v->entry, true);
  tl_placer_remove(p, v->entry + 1, true);
  v->label = LAB_NONE;
}

static int by_value(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

/* The events of one lane, right to left, with where they stand
 * (ascending) for the waiting lists. */
typedef struct lane_events {
  lev **ev;    /* right to left */
  double *pos; /* ascending */
  size_t n;
} lane_events;

static bool lane_events_of(hctx *h, size_t lane, lane_events *le) {
  layout *L = h->L;
  le->ev = malloc((L->n ? L->n : 1) * sizeof *le->ev);
  le->pos = malloc((L->n ? L->n : 1) * sizeof *le->pos);
  le->n = 0;
  if (!le->ev || !le->pos)
    return false;
  for (size_t c = L->n; c-- > 0;) {
    lev *v = &L->ev[L->chrono[c]];
    if (v->lane == (int)lane && !v->band) {
      le->pos[le->n] = v->t;
      le->ev[le->n++] = v;
    }
  }
  qsort(le->pos, le->n, sizeof *le->pos, by_value);
  return true;
}

/* Rows for v, with the events of its lane left of it waiting their turn:
 * a box hanging over them keeps its distance (labels.h). */
static tl_rows rows_waiting(hctx *h, const lane_events *le, const lev *v,
                            int levels) {
  layout *L = h->L;
  tl_rows rows = rows_for(h, &h->lanes[v->lane], levels);
  size_t lo = 0, hi = le->n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (le->pos[mid] < v->pole - 0.5)
      lo = mid + 1;
    else
      hi = mid;
  }
  rows.waiting = le->pos;
  rows.waiting_count = lo;
  /* Room for a two-line label under the box, per event it covers. */
  rows.reserve =
      (2 * L->line_h + 2 * LABEL_PAD_C + L->th->label_padding) / h->row_step;
  return rows;
}

/* A stack: events g[0..k) (time order, which is file order on one date)
 * on one leader.  Reading from the top they keep that order: as many as
 * fit go above the axis, the first of them highest, and the rest below,
 * the next nearest the axis.  A first pass above only finds how many fit;
 * if some do not, it is undone and the split made in order. */
static void place_stack(hctx *h, const lane_events *le, lev **g, size_t k,
                        int levels) {
  tl_placer *p = h->lanes[g[0]->lane].placer;
  size_t mark = tl_placer_count(p), above = 0;
  tl_rows rows = rows_waiting(h, le, g[k - 1], levels);
  tl_rows up = rows, down = rows;
  up.top_only = true;
  down.bottom_only = true;
  for (size_t j = k; j-- > 0 && label(h, g[j], &up);)
    above++;
  if (above == k)
    return;
  for (size_t m = above + 1; m-- > 0;) {
    for (size_t id = mark; id < tl_placer_count(p); id++)
      tl_placer_remove(p, id, true);
    for (size_t j = 0; j < k; j++)
      g[j]->label = LAB_NONE;
    bool all = true;
    for (size_t j = m; j-- > 0 && all;)
      all = label(h, g[j], &up);
    if (!all)
      continue;
    for (size_t j = m; j < k; j++)
      label(h, g[j], &down); /* what does not fit is listed, in order */
    return;
  }
}

/* What a repair may have to put back. */
typedef struct saved {
  lev *v;
  tl_rect box;
  double lead_c0, lead_c1;
  size_t entry;
  tl_strbuf fitted;
  size_t fitted_em;
} saved;

static bool save(lev *v, saved *s) {
  s->v = v;
  s->box = v->box;
  s->lead_c0 = v->lead_c0, s->lead_c1 = v->lead_c1;
  s->entry = v->entry;
  s->fitted = (tl_strbuf)TL_STRBUF_INIT;
  s->fitted_em = v->fitted_em;
  tl_strbuf_put(&s->fitted, v->fitted.data, v->fitted.len);
  return s->fitted.data != NULL || v->fitted.len == 0;
}

static void restore(hctx *h, saved *s) {
  lev *v = s->v;
  tl_placer *p = h->lanes[v->lane].placer;
  v->box = s->box;
  v->lead_c0 = s->lead_c0, v->lead_c1 = s->lead_c1;
  v->entry = s->entry;
  tl_strbuf_free(&v->fitted);
  v->fitted = s->fitted;
  s->fitted = (tl_strbuf)TL_STRBUF_INIT;
  v->fitted_em = s->fitted_em;
  tl_placer_remove(p, v->entry, false);
  tl_placer_remove(p, v->entry + 1, false);
  v->label = LAB_FULL;
}

/* Takes n's label away, tries v, then n again; keeps both if both fit,
 * else puts n back as it was.  False only when memory runs out. */
static bool make_way(hctx *h, lev *v, lev *n, const tl_rows *rows, bool *done) {
  saved s;
  if (!save(n, &s)) {
    tl_strbuf_free(&s.fitted);
    return false;
  }
  unlabel(h, n);
  if (label(h, v, rows)) {
    if (label(h, n, rows)) {
      tl_strbuf_free(&s.fitted);
      *done = true;
      return true;
    }
    unlabel(h, v);
  }
  restore(h, &s);
  tl_strbuf_free(&s.fitted);
  return true;
}

/* Event le->ev[i] has no label: labels in its way make way, one at a
 * time - first the boxes right over its date (nearest the axis first:
 * they stop its leader), then its nearest neighbours; if both then fit,
 * both stay. */
static void repair(hctx *h, const lane_events *le, size_t i, int levels) {
  lev *v = le->ev[i];
  tl_rows rows = rows_for(h, &h->lanes[v->lane], levels);
  if (label(h, v, &rows))
    return;
  lev *cand[2 * REPAIR_NEIGHBOURS];
  size_t nc = 0;
  double reach = h->label_w + 2 * h->L->th->label_padding;
  /* Boxes over its date, nearest the axis first: a few passes by
   * distance are enough for the handful there can be. */
  for (int pass = 0; pass < REPAIR_NEIGHBOURS && nc < REPAIR_NEIGHBOURS;
       pass++) {
    lev *best = NULL;
    for (size_t j = 0; j < le->n; j++) {
      lev *n = le->ev[j];
      if (n->label != LAB_FULL || n->stacked || n->box.t0 >= v->pole ||
          n->box.t1 <= v->pole)
        continue;
      bool seen = false;
      for (size_t k = 0; k < nc; k++)
        seen |= cand[k] == n;
      if (!seen && (!best || fmin(fabs(n->box.c0), fabs(n->box.c1)) <
                                 fmin(fabs(best->box.c0), fabs(best->box.c1))))
        best = n;
    }
    if (!best)
      break;
    cand[nc++] = best;
  }
  /* Then outwards from i: right and left neighbours alternately. */
  for (size_t d = 1; d < le->n && nc < 2 * REPAIR_NEIGHBOURS; d++)
    for (int side = 0; side < 2 && nc < 2 * REPAIR_NEIGHBOURS; side++) {
      if (side == 0 ? d > i : i + d >= le->n)
        continue;
      lev *n = le->ev[side == 0 ? i - d : i + d];
      bool seen = false;
      for (size_t k = 0; k < nc; k++)
        seen |= cand[k] == n;
      if (!seen && n->label == LAB_FULL && !n->stacked &&
          fabs(n->pole - v->pole) <= reach)
        cand[nc++] = n;
    }
  bool done = false;
  for (size_t k = 0; k < nc && !done; k++)
    if (!make_way(h, v, cand[k], &rows, &done))
      h->s->failed = true;
}

void tl_hplace_labels(hctx *h, int levels) {
  layout *L = h->L;
  for (size_t lane = 0; lane < L->lane_count; lane++) {
    lane_events le;
    if (!lane_events_of(h, lane, &le)) {
      free(le.ev), free(le.pos);
      h->s->failed = true;
      return;
    }
    /* Right to left, a stack at a time: events within a marker's radius
     * of the first share its leader. */
    for (size_t i = 0; i < le.n;) {
      size_t k = 1;
      while (i + k < le.n && le.ev[i]->t - le.ev[i + k]->t <= h->r)
        k++;
      lev **g = &le.ev[i];
      for (size_t j = 0; j < k; j++) {
        g[j]->pole = g[0]->t;
        g[j]->stacked = k > 1;
      }
      if (k == 1) {
        tl_rows rows = rows_waiting(h, &le, g[0], levels);
        label(h, g[0], &rows);
      } else {
        /* g runs right to left: the stack wants time order. */
        for (size_t a = 0, b = k - 1; a < b; a++, b--) {
          lev *x = g[a];
          g[a] = g[b];
          g[b] = x;
        }
        place_stack(h, &le, g, k, levels);
        for (size_t a = 0, b = k - 1; a < b; a++, b--) {
          lev *x = g[a];
          g[a] = g[b];
          g[b] = x;
        }
      }
      i += k;
    }
    /* Swaps rescue a few labels; when dozens are left over, they cannot
     * change the picture and would only cost time. */
    size_t left = 0;
    for (size_t i = 0; i < le.n; i++)
      left += le.ev[i]->label != LAB_FULL;
    if (L->n <= REPAIR_MAX_EVENTS && left <= REPAIR_MAX_LEFT && !L->quick)
      for (size_t i = 0; i < le.n; i++)
        if (le.ev[i]->label != LAB_FULL && !le.ev[i]->stacked)
          repair(h, &le, i, levels);
    free(le.ev);
    free(le.pos);
  }
}

void tl_hplace_numbers(hctx *h, int levels) {
  layout *L = h->L;
  size_t count = 0;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    if (v->label != LAB_FULL)
      v->number = ++count;
  }
  for (size_t c = L->n; c-- > 0;) {
    lev *v = &L->ev[L->chrono[c]];
    if (!v->number || v->band)
      continue;
    char num[24];
    snprintf(num, sizeof num, "%zu", v->number);
    tl_strbuf_free(&v->fitted);
    tl_strbuf_puts(&v->fitted, num);
    v->fitted_em = 0;
    double w = tl_text_w(L, TL_FONT_SMALL, num) + 2 * LABEL_PAD_T;
    double hh = L->small_h + 2 * LABEL_PAD_C;
    tl_rows rows = rows_for(h, &h->lanes[v->lane], levels);
    tl_label_req q = {v->t, w, hh, v->c0, v->c1};
    v->pole = v->t;
    tl_label_pos pos;
    if (tl_place_in_rows(h->lanes[v->lane].placer, &rows, &q, &pos)) {
      v->label = LAB_NUMBER;
      v->box = pos.box;
      v->lead_c0 = pos.lead_c0;
      v->lead_c1 = pos.lead_c1;
    }
  }
}
