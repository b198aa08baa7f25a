/* scene_check.c - overlap and completeness checks, by sweeping along the
 * time axis so scenes of ten thousand events check in milliseconds. */
#include "support/scene_check.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Coordinates in the JSON are rounded to 0.01; allow for that. */
#define EPS 0.02

typedef struct box {
  double a0, a1, b0, b1; /* a: the sweep axis, b: the other */
  size_t item;
} box;

static bool is_line(const tl_item *it) {
  return it->kind == TL_ITEM_AXIS || it->kind == TL_ITEM_LEADER ||
         (it->kind == TL_ITEM_TICK && !it->text);
}

static box box_of(const tl_item *it, size_t i, bool vertical) {
  double x0 = fmin(it->x, it->x + it->w), x1 = fmax(it->x, it->x + it->w);
  double y0 = fmin(it->y, it->y + it->h), y1 = fmax(it->y, it->y + it->h);
  box b;
  if (vertical)
    b = (box){y0, y1, x0, x1, i};
  else
    b = (box){x0, x1, y0, y1, i};
  return b;
}

static int by_a0(const void *x, const void *y) {
  const box *p = x, *q = y;
  return (p->a0 > q->a0) - (p->a0 < q->a0);
}

static void note(scene_report *r, const char *what, const tl_item *a,
                 const tl_item *b) {
  if (r->first_problem[0])
    return;
  snprintf(r->first_problem, sizeof r->first_problem,
           "%s: event %lld at (%.2f,%.2f %.2fx%.2f) \"%.40s\" and event %lld "
           "at (%.2f,%.2f %.2fx%.2f) \"%.40s\"",
           what, (long long)a->event, a->x, a->y, a->w, a->h,
           a->text ? a->text : "", (long long)b->event, b->x, b->y, b->w,
           b->h, b->text ? b->text : "");
}

typedef bool (*pair_fn)(const tl_item *a, const tl_item *b);

/* Overlap of a box with a line or a box, strictly inside (touching is
 * fine).  A line is tested against the box shrunk by EPS. */
static bool collide(const tl_item *p, const tl_item *q) {
  double ax0 = fmin(p->x, p->x + p->w), ax1 = fmax(p->x, p->x + p->w);
  double ay0 = fmin(p->y, p->y + p->h), ay1 = fmax(p->y, p->y + p->h);
  double bx0 = fmin(q->x, q->x + q->w), bx1 = fmax(q->x, q->x + q->w);
  double by0 = fmin(q->y, q->y + q->h), by1 = fmax(q->y, q->y + q->h);
  if (!is_line(q) || (q->w == 0 || q->h == 0))
    return ax0 + EPS < bx1 && bx0 + EPS < ax1 && ay0 + EPS < by1 &&
           by0 + EPS < ay1;
  /* A slanted line (vertical charts' leaders): sample it. */
  for (int k = 0; k <= 64; k++) {
    double x = q->x + q->w * k / 64.0, y = q->y + q->h * k / 64.0;
    if (x > ax0 + EPS && x < ax1 - EPS && y > ay0 + EPS && y < ay1 - EPS)
      return true;
  }
  return false;
}

/* Counts pairs (a in A, b in B) that collide, sweeping along axis a.
 * With `same`, A and B are one set and each pair is seen once. */
static size_t sweep(const tl_item *items, box *A, size_t na, box *B,
                    size_t nb, bool same,
                    bool (*skip)(const tl_item *, const tl_item *),
                    scene_report *r, const char *what) {
  qsort(A, na, sizeof *A, by_a0);
  if (!same)
    qsort(B, nb, sizeof *B, by_a0);
  double maxlen = 0;
  for (size_t j = 0; j < nb; j++)
    maxlen = fmax(maxlen, B[j].a1 - B[j].a0);
  size_t count = 0;
  for (size_t i = 0; i < na; i++) {
    const box *a = &A[i];
    size_t j;
    if (same) {
      j = i + 1;
    } else { /* first B that could still reach a: a0 >= a.a0 - maxlen */
      size_t lo = 0, hi = nb;
      while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (B[mid].a0 < a->a0 - maxlen - 1)
          lo = mid + 1;
        else
          hi = mid;
      }
      j = lo;
    }
    for (; j < nb && B[j].a0 < a->a1 + EPS; j++) {
      const box *b = &B[j];
      if (b->a1 < a->a0 - EPS)
        continue;
      const tl_item *p = &items[a->item], *q = &items[b->item];
      if (skip && skip(p, q))
        continue;
      if (collide(p, q)) {
        count++;
        note(r, what, p, q);
      }
    }
  }
  return count;
}

static bool own_leader(const tl_item *label, const tl_item *leader) {
  return label->event == leader->event;
}

static box *collect(const tl_item *items, size_t n, bool vertical,
                    bool (*want)(const tl_item *), size_t *count) {
  box *b = malloc((n ? n : 1) * sizeof *b);
  *count = 0;
  if (!b)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (want(&items[i]))
      b[(*count)++] = box_of(&items[i], i, vertical);
  return b;
}

static bool is_label(const tl_item *it) { return it->kind == TL_ITEM_LABEL; }
static bool is_obstacle(const tl_item *it) {
  return it->kind == TL_ITEM_MARKER || it->kind == TL_ITEM_BAR ||
         it->kind == TL_ITEM_AXIS;
}
static bool is_tick_text(const tl_item *it) {
  return (it->kind == TL_ITEM_TICK || it->kind == TL_ITEM_BREAK) && it->text;
}
static bool is_tick_label(const tl_item *it) {
  return it->kind == TL_ITEM_TICK && it->text;
}
static bool is_leader(const tl_item *it) { return it->kind == TL_ITEM_LEADER; }

static bool is_vertical(const tl_item *items, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (items[i].kind == TL_ITEM_AXIS)
      return items[i].w == 0 && items[i].h != 0;
  return false;
}

static void completeness(const tl_item *items, size_t n, size_t events,
                         scene_report *r) {
  unsigned char *mark = calloc(events ? events : 1, 1);
  unsigned char *lab = calloc(events ? events : 1, 1);
  if (!mark || !lab) {
    free(mark), free(lab);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    const tl_item *it = &items[i];
    if (it->event < 0 || (size_t)it->event >= events)
      continue;
    size_t e = (size_t)it->event;
    if (it->kind == TL_ITEM_MARKER || it->kind == TL_ITEM_BAR ||
        it->kind == TL_ITEM_BAND)
      mark[e]++;
    if (it->kind == TL_ITEM_LABEL) {
      if (lab[e] & 1)
        r->duplicate_labels++;
      lab[e] |= 1;
    }
    if (it->kind == TL_ITEM_LIST)
      lab[e] |= 2;
  }
  for (size_t e = 0; e < events; e++) {
    if (mark[e] != 1) {
      r->missing_marker++;
      if (!r->first_problem[0])
        snprintf(r->first_problem, sizeof r->first_problem,
                 "event %zu has %d markers", e, mark[e]);
    }
    if (!lab[e]) {
      r->missing_label++;
      if (!r->first_problem[0])
        snprintf(r->first_problem, sizeof r->first_problem,
                 "event %zu has neither label nor list entry", e);
    }
  }
  free(mark);
  free(lab);
}

void scene_check(const tl_item *items, size_t n, size_t events,
                 scene_report *r) {
  memset(r, 0, sizeof *r);
  bool v = is_vertical(items, n);
  for (size_t i = 0; i < n; i++) {
    r->labels += items[i].kind == TL_ITEM_LABEL;
    r->markers += items[i].kind == TL_ITEM_MARKER ||
                  items[i].kind == TL_ITEM_BAR || items[i].kind == TL_ITEM_BAND;
    r->listed += items[i].kind == TL_ITEM_LIST && items[i].event >= 0;
    r->breaks += items[i].kind == TL_ITEM_BREAK && items[i].text;
    r->ticks += is_tick_label(&items[i]);
  }
  size_t nl, no, nt, nk, nd;
  box *L = collect(items, n, v, is_label, &nl);
  box *O = collect(items, n, v, is_obstacle, &no);
  box *T = collect(items, n, v, is_tick_text, &nt);
  box *K = collect(items, n, v, is_tick_label, &nk);
  box *D = collect(items, n, v, is_leader, &nd);
  if (L && O && T && K && D) {
    r->label_overlaps = sweep(items, L, nl, L, nl, true, NULL, r,
                              "labels overlap");
    r->label_marker_overlaps = sweep(items, L, nl, O, no, false, NULL, r,
                                     "label covers a marker or the axis");
    r->label_tick_overlaps = sweep(items, L, nl, T, nt, false, NULL, r,
                                   "label covers a tick label");
    r->tick_overlaps = sweep(items, K, nk, K, nk, true, NULL, r,
                             "tick labels overlap");
    r->leader_crossings = sweep(items, L, nl, D, nd, false, own_leader, r,
                                "leader crosses a label");
  }
  free(L), free(O), free(T), free(K), free(D);
  completeness(items, n, events, r);
}

bool scene_report_ok(const scene_report *r) {
  return !r->label_overlaps && !r->label_marker_overlaps &&
         !r->label_tick_overlaps && !r->tick_overlaps &&
         !r->leader_crossings && !r->missing_marker && !r->missing_label &&
         !r->duplicate_labels;
}

tl_item *scene_items(const tl_scene *s, size_t *n) {
  *n = tl_scene_count(s);
  tl_item *items = malloc((*n ? *n : 1) * sizeof *items);
  if (items)
    for (size_t i = 0; i < *n; i++)
      items[i] = *tl_scene_item(s, i);
  return items;
}

static const char *const kinds[] = {
    "axis",   "tick", "break",  "marker", "bar",  "band", "label",
    "leader", "lane", "legend", "title",  "list", "span"};

tl_item *scene_parse_json(const char *json, size_t *n, double *w, double *h) {
  *n = 0;
  if (sscanf(json, "{\"width\": %lf, \"height\": %lf", w, h) != 2)
    return NULL;
  size_t cap = 256;
  tl_item *items = malloc(cap * sizeof *items);
  const char *p = json;
  while (items && (p = strstr(p, "{\"kind\": \"")) != NULL) {
    p += 10;
    tl_item it;
    memset(&it, 0, sizeof it);
    size_t k;
    for (k = 0; k < 13; k++)
      if (strncmp(p, kinds[k], strlen(kinds[k])) == 0 &&
          p[strlen(kinds[k])] == '"')
        break;
    if (k == 13) {
      free(items);
      return NULL;
    }
    it.kind = (tl_item_kind)k;
    const char *ev = strstr(p, "\"event\": ");
    if (!ev)
      break;
    ev += 9;
    long long e = -1;
    if (strncmp(ev, "null", 4) != 0)
      e = strtoll(ev, NULL, 10);
    it.event = e;
    const char *xy = strstr(p, "\"x\": ");
    if (!xy || sscanf(xy, "\"x\": %lf, \"y\": %lf, \"w\": %lf, \"h\": %lf",
                      &it.x, &it.y, &it.w, &it.h) != 4) {
      free(items);
      return NULL;
    }
    const char *t = strstr(xy, "\"text\": ");
    it.text = t && t[8] == '"' ? "" : NULL;
    if (*n == cap) {
      cap *= 2;
      tl_item *q = realloc(items, cap * sizeof *q);
      if (!q) {
        free(items);
        return NULL;
      }
      items = q;
    }
    items[(*n)++] = it;
  }
  return items;
}
