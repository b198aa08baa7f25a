/* layout_vertical.c - time runs top to bottom, a news-style timeline.
 *
 * Tick labels sit left of the axis, labels in one column to its right,
 * each as near its date as the others allow (least-squares dodge, so a
 * cluster's labels centre on the cluster).  With an automatic height every
 * segment of the axis is made tall enough for its labels, so nothing goes
 * to the list; with a fixed height labels shrink to one line, then the
 * overflow is listed, spread evenly over the chart. */
#include "render/layout.h"

#include "render/lanes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BAR_GAP 3.0
#define LEADER_ROOM 22.0
#define LANE_SEP 7.0

typedef struct vctx {
  layout *L;
  tl_scene *s;
  tl_scale scale;
  tl_ticks ticks;
  double axis_x, col_x, col_w, r, zone_right;
  /* --group-by: each lane is a column of its own right of the time axis,
   * its markers on a line at lane_x; the labels stay in one column. */
  bool grouped;
  double *lane_x, *lane_w; /* the line, and the width its bars take */
  double names_top;        /* where the lane names start */
  double tier1_right, tier2_x;
  size_t *order; /* events in time order (bands included) */
  double *size;  /* label heights, by place in `order` */
  double *days;  /* tl_layout_event_days */
  size_t day_count;
} vctx;

static tl_status build_scale(vctx *v, double p0, double p1) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  tl_span *spans = malloc((L->n ? L->n : 1) * sizeof *spans);
  if (!spans)
    return TL_ERR_NOMEM;
  size_t k = tl_layout_spans(L, spans);
  tl_scale_params p = {p0,
                       p1,
                       th->break_width,
                       60,
                       th->break_ratio,
                       th->break_min_days,
                       L->o.scale == TL_SCALE_LINEAR};
  tl_scale_free(&v->scale);
  tl_status st = tl_scale_build(spans, k, &p, &v->scale);
  free(spans);
  return st;
}

static void place_along(vctx *v) {
  layout *L = v->L;
  double ms = L->th->marker_size;
  for (size_t i = 0; i < L->n; i++) {
    lev *e = &L->ev[i];
    e->t0 = tl_scale_pos(&v->scale, e->a);
    e->t1 = tl_scale_pos(&v->scale, e->b);
    e->style &= (uint16_t)~TL_STYLE_PERIOD;
    bool bar = e->interval && !e->band && e->t1 - e->t0 >= ms;
    if (bar || e->band) {
      e->t = e->t0 + fmin(3, (e->t1 - e->t0) / 2);
    } else {
      e->t = tl_scale_pos(&v->scale, (e->a + e->b) / 2); /* its middle */
      if (e->t1 - e->t0 >= ms && e->e->date.start.precision < TL_PREC_DAY)
        e->style |= TL_STYLE_PERIOD;
      else
        e->t0 = e->t - ms / 2, e->t1 = e->t + ms / 2;
    }
  }
}

/* Bar tracks by days, so they do not change when the height does. */
static tl_status bar_tracks(vctx *v) {
  layout *L = v->L;
  double *a = malloc((L->n ? L->n : 1) * sizeof *a);
  double *b = malloc((L->n ? L->n : 1) * sizeof *b);
  int *tr = malloc((L->n ? L->n : 1) * sizeof *tr);
  size_t *who = malloc((L->n ? L->n : 1) * sizeof *who);
  if (!a || !b || !tr || !who) {
    free(a), free(b), free(tr), free(who);
    return TL_ERR_NOMEM;
  }
  v->r = L->th->marker_size / 2;
  v->zone_right = v->r;
  for (size_t lane = 0; lane < L->lane_count; lane++) {
    size_t k = 0;
    for (size_t i = 0; i < L->n; i++)
      if (L->ev[i].interval && !L->ev[i].band && L->ev[i].lane == (int)lane) {
        a[k] = L->ev[i].a, b[k] = L->ev[i].b, who[k++] = i;
      }
    size_t used = tl_assign_tracks(a, b, k, 0, tr);
    for (size_t j = 0; j < k; j++)
      L->ev[who[j]].track = tr[j];
    double w =
        fmax(v->r, used ? (double)used * (L->th->bar_height + BAR_GAP) : 0);
    v->zone_right = fmax(v->zone_right, w);
    if (v->grouped)
      v->lane_w[lane] = w;
  }
  free(a), free(b), free(tr), free(who);
  return TL_OK;
}

/* The line an event's marker sits on: its lane's, or the time axis. */
static double line_x(const vctx *v, const lev *e) {
  return v->grouped ? v->lane_x[e->lane] : v->axis_x;
}

/* Left of the axis: [second tier] [first tier, right-aligned] | axis. */
static void columns(vctx *v) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  double w1 = 0, w2 = 0;
  for (size_t i = 0; i < v->ticks.count; i++) {
    const tl_tick *k = &v->ticks.items[i];
    if (!k->labelled)
      continue;
    if (k->context)
      w2 = fmax(w2, k->size);
    else
      w1 = fmax(w1, k->size);
  }
  for (size_t i = 0; i + 1 < v->scale.count; i++) {
    char gap[32], text[64];
    tl_gap_label(v->scale.segs[i + 1].data_a - v->scale.segs[i].data_b, gap,
                 sizeof gap);
    snprintf(text, sizeof text, "\xe2\x80\xa6 %s \xe2\x80\xa6", gap);
    w1 = fmax(w1, tl_text_w(L, TL_FONT_SMALL, text));
  }
  v->tier2_x = th->margin_left;
  v->tier1_right = th->margin_left + (w2 > 0 ? w2 + 10 : 0) + w1;
  v->axis_x = v->tier1_right + 10;
  v->col_x = v->axis_x + v->zone_right + LEADER_ROOM;
  if (v->grouped) { /* lane lines right of the axis, a dot's width apart */
    double x = v->axis_x + v->r + LANE_SEP;
    for (size_t i = 0; i < L->lane_count; i++) {
      v->lane_x[i] = x + v->r;
      x = v->lane_x[i] + v->lane_w[i] + LANE_SEP;
    }
    v->col_x = x - LANE_SEP + LEADER_ROOM;
  }
  /* About 90 characters a line: long enough to rarely wrap, short
   * enough to read. */
  v->col_w =
      fmin(L->W - th->margin_right - v->col_x, th->label_max_width * 3.2);
}

static tl_status ticks(vctx *v) {
  layout *L = v->L;
  tl_ticks_free(&v->ticks);
  tl_tick_params tp = {L->m,
                       &L->th->fonts[TL_FONT_TICK],
                       L->th->tick_spacing / 3,
                       true,
                       L->header_bottom,
                       INFINITY,
                       v->days,
                       v->day_count};
  return tl_ticks_build(&v->scale, &tp, &v->ticks);
}

static void fit_all(vctx *v, int lines) {
  layout *L = v->L;
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    double w, h;
    tl_layout_fit(L, e, v->col_w, lines, &w, &h);
    e->box.t0 = 0, e->box.t1 = h; /* along the axis: its height */
    e->box.c0 = v->col_x, e->box.c1 = v->col_x + w;
    v->size[k] = h;
  }
}

/* Room kept on the axis for a year's tick label (see dodge_and_warp): with
 * the padding the dodge adds, two of them keep the ticks' spacing. */
static double slot_size(const vctx *v) {
  const tl_theme *th = v->L->th;
  return fmax(v->L->tick_h + th->tick_spacing / 3 - th->label_padding,
              v->L->tick_h);
}

/* The days in segment i where a year (or month) is named: room is kept
 * there.  *out is malloc'd; returns how many (0 on out of memory). */
static size_t slots_of(const vctx *v, size_t i, double **out) {
  size_t max = v->day_count + 1;
  *out = malloc(max * sizeof **out);
  if (!*out)
    return 0;
  return tl_context_days(&v->scale.segs[i], v->days, v->day_count, *out, max);
}

/* Segment lengths from what their labels need.  Automatic height: each
 * segment gets at least that (1.15x), so labels sit next to their dates.
 * Fixed height (`total` > 0): the axis length is shared in proportion to
 * need, plus any spare room in proportion to duration. */
static void size_segments(vctx *v, double total) {
  layout *L = v->L;
  double gap = L->th->label_padding;
  size_t n = v->scale.count;
  double *need = calloc(n, sizeof *need);
  if (!need)
    return;
  for (size_t k = 0; k < L->n; k++) {
    const lev *e = &L->ev[v->order[k]];
    double day = e->interval || e->band ? e->a : (e->a + e->b) / 2;
    size_t seg = n - 1;
    for (size_t i = 0; i < n; i++)
      if (day <= v->scale.segs[i].b) {
        seg = i;
        break;
      }
    need[seg] += v->size[k] + gap;
  }
  for (size_t i = 0; i < n; i++) {
    double *slots;
    need[i] += (double)slots_of(v, i, &slots) * (slot_size(v) + gap);
    free(slots);
  }
  double sum = 0, old = 0;
  for (size_t i = 0; i < n; i++) {
    const tl_segment *g = &v->scale.segs[i];
    if (total <= 0)
      need[i] = fmax(need[i] * 1.15, fmax(g->p1 - g->p0, 60));
    else
      need[i] = fmax(need[i], 40);
    sum += need[i];
    old += g->p1 - g->p0;
  }
  double avail = total > 0 ? total - (double)(n - 1) * L->th->break_width
                           : TL_MAX_AUTO_HEIGHT - v->scale.p0 - 400;
  if (sum > avail) { /* too much: shrink in proportion (labels get thinned) */
    for (size_t i = 0; i < n; i++)
      need[i] *= avail / sum;
  } else if (total > 0) { /* spare room: by duration, as before */
    for (size_t i = 0; i < n; i++) {
      const tl_segment *g = &v->scale.segs[i];
      need[i] += (avail - sum) * (g->p1 - g->p0) / old;
    }
  }
  tl_scale_set_lengths(&v->scale, need, L->th->break_width);
  free(need);
}

/* The day a label stands for: a point's middle, an interval's start. */
static double anchor_day(const lev *e) {
  return e->interval || e->band ? e->a : (e->a + e->b) / 2;
}

/* The segment an event's label belongs to (eras may start in a cut). */
static size_t segment_of(const vctx *v, const lev *e) {
  double d = anchor_day(e);
  for (size_t i = 0; i < v->scale.count; i++)
    if (d <= v->scale.segs[i].b)
      return i;
  return v->scale.count - 1;
}

/* Keeps an evenly spread subset of the labels ks[0..m) whose heights fit
 * in `room`; the others go to the list.  Compacts ks to the kept ones and
 * returns how many there are. */
static size_t thin(vctx *v, size_t *ks, size_t m, double room) {
  layout *L = v->L;
  double gap = L->th->label_padding, total = 0;
  for (size_t j = 0; j < m; j++)
    total += v->size[ks[j]] + gap;
  if (total <= room + gap)
    return m;
  /* The largest evenly spread subset that fits; heights differ, so
   * search for it (the sum grows with the subset). */
  size_t lo = 0, hi = m - 1;
  while (lo < hi) {
    size_t keep = (lo + hi + 1) / 2;
    double sum = 0;
    size_t last = (size_t)-1;
    for (size_t j = 0; j < m; j++)
      if (j * keep / m != last) {
        last = j * keep / m;
        sum += v->size[ks[j]] + gap;
      }
    if (sum <= room + gap)
      lo = keep;
    else
      hi = keep - 1;
  }
  size_t keep = lo;
  size_t k = 0, last = (size_t)-1;
  for (size_t j = 0; j < m; j++) {
    if (keep && j * keep / m != last) {
      last = j * keep / m;
      ks[k++] = ks[j];
    } else {
      L->ev[v->order[ks[j]]].label = LAB_NONE;
    }
  }
  return k;
}

/* One thing the dodge places along a segment: a label, or the room kept
 * for a year's tick label. */
typedef struct item {
  double day, want, size, pos;
  size_t k; /* the label's place in order; SIZE_MAX for a year */
} item;

/* Per segment, labels dodge inside it, then the segment is warped so
 * every labelled date sits level with its label.  Each year holding
 * events gets room of its own just before its first label, at 1
 * January (or at the segment's start for a year that began before it):
 * its tick label is never crowded out, however dense the stretch, and a
 * gap in the labels marks the new year.  Still chronological; the tick
 * labels show where time runs faster. */
static tl_status dodge_and_warp(vctx *v) {
  layout *L = v->L;
  double gap = L->th->label_padding, slot = slot_size(v);
  size_t cap = L->n + v->day_count + 2;
  size_t *ks = malloc(cap * sizeof *ks);
  item *it = malloc(cap * sizeof *it);
  double *want = malloc(cap * sizeof *want);
  double *size = malloc(cap * sizeof *size);
  double *pos = malloc(cap * sizeof *pos);
  double *days = malloc(cap * sizeof *days);
  double *px = malloc(cap * sizeof *px);
  tl_status st =
      ks && it && want && size && pos && days && px ? TL_OK : TL_ERR_NOMEM;
  for (size_t i = 0; i < v->scale.count && st == TL_OK; i++) {
    const tl_segment *g = &v->scale.segs[i];
    double *slots;
    size_t ns = slots_of(v, i, &slots);
    size_t m = 0;
    for (size_t k = 0; k < L->n; k++)
      if (segment_of(v, &L->ev[v->order[k]]) == i)
        ks[m++] = k;
    /* Room for the years only when every label fits beside them: where
     * labels must go to the list (a fixed height, the cap), they come
     * first, and the year ticks take what room is left. */
    double need = (double)ns * (slot + gap);
    for (size_t j = 0; j < m; j++)
      need += v->size[ks[j]] + gap;
    if (need > g->p1 - g->p0 + gap)
      ns = 0;
    m = thin(v, ks, m, g->p1 - g->p0);
    /* Labels and years in time order; a year before a label of its
     * first day. */
    size_t n = 0, a = 0;
    for (size_t j = 0; j <= m; j++) {
      double d = j < m ? anchor_day(&L->ev[v->order[ks[j]]]) : INFINITY;
      for (; a < ns && slots[a] <= d; a++) {
        double c = tl_scale_pos(&v->scale, slots[a]);
        it[n++] = (item){slots[a], c - slot / 2, slot, 0, SIZE_MAX};
      }
      if (j < m) {
        lev *e = &L->ev[v->order[ks[j]]];
        it[n++] =
            (item){d, e->t - v->size[ks[j]] / 2, v->size[ks[j]], 0, ks[j]};
      }
    }
    free(slots);
    for (size_t j = 0; j < n; j++)
      want[j] = it[j].want, size[j] = it[j].size;
    tl_dodge(want, size, n, gap, g->p0, g->p1, pos);
    size_t w = 0;
    double prev = -INFINITY;
    for (size_t j = 0; j < n; j++) {
      if (it[j].k != SIZE_MAX) {
        lev *e = &L->ev[v->order[it[j].k]];
        e->box.t0 = pos[j];
        e->box.t1 = pos[j] + size[j];
      } else if (it[j].day <= g->a) {
        continue; /* the segment's start: room kept, nothing to warp */
      }
      /* Same-day events: distinct moments within the day, in file order. */
      double d = fmax(it[j].day, prev + 1e-4);
      days[w] = prev = d;
      px[w++] = pos[j] + size[j] / 2;
    }
    st = tl_scale_warp(&v->scale, i, days, px, w);
  }
  free(ks), free(it), free(want), free(size), free(pos), free(days), free(px);
  return st;
}

static void add(tl_scene *s, tl_item_kind kind, int64_t event, double x,
                double y, double w, double h, tl_rgba stroke, tl_rgba fill,
                const char *text, int font, uint16_t style) {
  tl_item it = {0};
  it.kind = kind;
  it.event = event;
  it.x = x, it.y = y, it.w = w, it.h = h;
  it.stroke = stroke;
  it.fill = fill;
  it.font = (uint8_t)font;
  it.style = style;
  tl_scene_add(s, &it, text, text ? strlen(text) : 0);
}

/* Where each labelled event meets its leader: level with its label
 * wherever its date allows.  A day drawn tall (a dense cluster) holds its
 * events' dots one under another, each beside its label, instead of one
 * dot with a fan of leaders; a bar or a year's faint span takes its
 * leader where the label is. */
static void attach(vctx *v) {
  layout *L = v->L;
  double ms = L->th->marker_size;
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    if (e->band || e->label != LAB_FULL)
      continue;
    double c = (e->box.t0 + e->box.t1) / 2;
    bool bar = e->interval && e->t1 - e->t0 >= ms;
    if (bar || (e->style & TL_STYLE_PERIOD)) {
      double lo = e->t0 + ms / 2, hi = e->t1 - ms / 2;
      if (hi > lo)
        e->t = fmin(fmax(c, lo), hi);
    } else {
      double lo = tl_scale_pos(&v->scale, e->a);
      double hi = tl_scale_pos(&v->scale, e->b);
      e->t = fmin(fmax(c, lo), hi);
      e->t0 = e->t - ms / 2, e->t1 = e->t + ms / 2;
    }
  }
}

/* Lanes: a thin line each from the top of the axis to its end, alternate
 * ones on a faint strip, and the names above, one row each, stepping
 * right like the lanes so a name's guide line crosses no other name. */
static void emit_lanes(vctx *v) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  double top = v->scale.p0, bottom = v->scale.p1;
  double row = L->small_h + 3;
  for (size_t i = 0; i < L->lane_count; i++) {
    double x = v->lane_x[i];
    if (i % 2 == 0)
      add(v->s, TL_ITEM_LANE, -1, x - v->r - LANE_SEP / 2, top,
          v->lane_w[i] + v->r + LANE_SEP, bottom - top, th->muted,
          th->break_fill, NULL, 0, 0);
    double y = v->names_top + (double)i * row;
    add(v->s, TL_ITEM_LANE, -1, x - 0.5, y + L->small_h, 1,
        bottom - y - L->small_h, th->muted, th->leader, NULL, 0, 0);
    const char *name = L->lanes[i] ? L->lanes[i] : "other";
    tl_label_fonts f = {L->m, &th->fonts[TL_FONT_SMALL],
                        &th->fonts[TL_FONT_SMALL], L->small_h};
    tl_strbuf b = TL_STRBUF_INIT;
    tl_fit fit;
    tl_text_fit(&f, name, strlen(name), 0, L->W - th->margin_right - x + 3, 1,
                &b, &fit);
    if (b.data)
      add(v->s, TL_ITEM_LANE, -1, x - 3, y, fit.width, L->small_h, th->text, 0,
          b.data, TL_FONT_SMALL, 0);
    tl_strbuf_free(&b);
  }
}

/* A listed event's dot has no label beside it, and a reader could take
 * the nearest label for its own: its list number goes left of the axis,
 * level with the dot, as a badge (the list numbers events in time order,
 * tl_layout_list), where no tick label, cut note or other badge is. */
static void emit_badges(vctx *v, size_t obstacles_end) {
  layout *L = v->L;
  tl_scene *s = v->s;
  double h = L->small_h + 2 * LABEL_PAD_C;
  double right = v->axis_x - 7, last_bottom = -INFINITY;
  size_t number = 0;
  /* The texts left of the axis, copied once (adding badges may move the
   * items): ten thousand events list thousands, among tens of thousands
   * of items. */
  size_t no = 0;
  tl_item *obst = malloc((obstacles_end + 1) * sizeof *obst);
  if (!obst) {
    s->failed = true;
    return;
  }
  for (size_t i = 0; i < obstacles_end; i++) {
    const tl_item *o = &s->items[i];
    if ((o->kind == TL_ITEM_TICK || o->kind == TL_ITEM_BREAK) && o->text)
      obst[no++] = *o;
  }
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    if (e->label == LAB_FULL)
      continue;
    number++;
    if (e->band)
      continue;
    char num[24];
    snprintf(num, sizeof num, "%zu", number);
    double w = tl_text_w(L, TL_FONT_SMALL, num) + 2 * LABEL_PAD_T;
    tl_item it = {0};
    it.kind = TL_ITEM_LABEL;
    it.event = (int64_t)e->index;
    it.x = right - w, it.y = e->t - h / 2, it.w = w, it.h = h;
    /* Dots in time order sit almost in order down the axis: a badge keeps
     * clear of the one before it. */
    if (it.x < L->th->margin_left / 2 || it.y < L->header_bottom ||
        it.y < last_bottom + 1)
      continue;
    bool clear = true;
    for (size_t i = 0; i < no && clear; i++) {
      const tl_item *o = &obst[i];
      clear = o->x >= it.x + it.w || o->x + o->w <= it.x ||
              o->y >= it.y + it.h || o->y + o->h <= it.y;
    }
    if (!clear)
      continue;
    it.stroke = L->th->text;
    it.fill = e->color;
    it.font = TL_FONT_SMALL;
    it.style = (uint16_t)((e->style & TL_STYLE_STATUS) | TL_STYLE_NUMBER);
    tl_scene_add(s, &it, num, strlen(num));
    last_bottom = it.y + it.h;
  }
  free(obst);
}

static void emit(vctx *v) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  tl_scene *s = v->s;
  double right = L->W - th->margin_right;
  size_t bands = 0;
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    if (e->band)
      add(s, TL_ITEM_BAND, (int64_t)e->index, v->col_x - 6, e->t0,
          right - v->col_x + 6, e->t1 - e->t0, e->color, th->band, NULL, 0,
          (uint16_t)(e->style | (bands++ % 2 ? TL_STYLE_MAJOR : 0)));
  }
  if (v->grouped)
    emit_lanes(v);
  for (size_t i = 0; i < v->scale.count; i++) {
    const tl_segment *g = &v->scale.segs[i];
    add(s, TL_ITEM_AXIS, -1, v->axis_x, g->p0, 0, g->p1 - g->p0, th->axis, 0,
        NULL, 0, 0);
    if (i + 1 >= v->scale.count)
      continue;
    const tl_segment *n = &v->scale.segs[i + 1];
    add(s, TL_ITEM_BREAK, -1, v->axis_x - v->r, g->p1, 2 * v->r, n->p0 - g->p1,
        th->axis, th->break_fill, NULL, 0, 0);
    char gap[32], text[64];
    tl_gap_label(n->data_a - g->data_b, gap, sizeof gap);
    snprintf(text, sizeof text, "\xe2\x80\xa6 %s \xe2\x80\xa6", gap);
    double w = tl_text_w(L, TL_FONT_SMALL, text);
    add(s, TL_ITEM_BREAK, -1, v->tier1_right - w,
        (g->p1 + n->p0 - L->small_h) / 2, w, L->small_h, th->muted, 0, text,
        TL_FONT_SMALL, 0);
  }
  for (size_t i = 0; i < v->ticks.count; i++) {
    const tl_tick *k = &v->ticks.items[i];
    add(s, TL_ITEM_TICK, -1, v->axis_x - 5, k->pos, 5, 0, th->axis, 0, NULL, 0,
        k->context ? TL_STYLE_MAJOR : 0);
    if (!k->labelled)
      continue;
    double x = k->context ? v->tier2_x : v->tier1_right - k->size;
    add(s, TL_ITEM_TICK, -1, x, k->lo, k->size, k->hi - k->lo,
        k->context ? th->text : th->muted, 0, k->text, TL_FONT_TICK,
        k->context ? TL_STYLE_MAJOR : 0);
  }
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    if (e->label != LAB_FULL)
      continue;
    bool bar = e->interval && !e->band && e->t1 - e->t0 >= th->marker_size;
    double x0 = line_x(v, e) +
                (bar ? (e->track + 0.5) * (th->bar_height + BAR_GAP) : v->r);
    add(s, TL_ITEM_LEADER, (int64_t)e->index, x0, e->t, v->col_x - x0,
        (e->box.t0 + e->box.t1) / 2 - e->t, th->leader, 0, NULL, 0, 0);
  }
  /* Bars first, dots over them: a dot on the axis is never hidden. */
  for (int pass = 0; pass < 2; pass++)
    for (size_t k = 0; k < L->n; k++) {
      lev *e = &L->ev[v->order[k]];
      if (e->band)
        continue;
      bool bar = e->interval && e->t1 - e->t0 >= th->marker_size;
      if (bar != (pass == 0))
        continue;
      if (bar) {
        double x = line_x(v, e) + e->track * (th->bar_height + BAR_GAP) -
                   th->bar_height / 2;
        tl_layout_emit_marker(L, s, e, x, e->t0, th->bar_height, e->t1 - e->t0);
      } else {
        lev p = *e;
        p.interval = false;
        tl_layout_emit_marker(L, s, &p, line_x(v, e) - v->r, e->t0, 2 * v->r,
                              e->t1 - e->t0);
      }
    }
  for (size_t k = 0; k < L->n; k++) {
    lev *e = &L->ev[v->order[k]];
    if (e->label != LAB_FULL || !e->fitted.data)
      continue;
    tl_item it = {0};
    it.kind = TL_ITEM_LABEL;
    it.event = (int64_t)e->index;
    it.x = e->box.c0, it.y = e->box.t0;
    it.w = e->box.c1 - e->box.c0, it.h = e->box.t1 - e->box.t0;
    it.stroke = th->text;
    it.fill = e->color;
    it.font = TL_FONT_LABEL;
    it.style = e->style & TL_STYLE_STATUS;
    it.text_em = e->fitted_em;
    tl_scene_add(s, &it, e->fitted.data, e->fitted.len);
  }
  emit_badges(v, s->count);
}

/* Scale, columns, label sizes and positions for an axis from p0 to p1
 * (p1 is only a starting point with an automatic height). */
static tl_status arrange(vctx *v, double p0, double p1, bool auto_h) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  tl_status st;
  if ((st = build_scale(v, p0, p1)) != TL_OK || (st = bar_tracks(v)) != TL_OK ||
      (st = ticks(v)) != TL_OK)
    return st;
  columns(v);
  for (size_t k = 0; k < L->n; k++)
    L->ev[v->order[k]].label = LAB_FULL;
  fit_all(v, th->label_max_lines);
  /* Short labels before listing any: with a fixed height, or when even an
   * automatic one would pass its cap (ten thousand events). */
  double total = 0;
  for (size_t k = 0; k < L->n; k++)
    total += v->size[k] + th->label_padding;
  double room = auto_h ? TL_MAX_AUTO_HEIGHT - p0 - 400 : p1 - p0;
  if (total > room)
    fit_all(v, 1);
  v->s->capped = auto_h && total * 1.15 > room;
  size_segments(v, auto_h ? 0 : p1 - p0);
  place_along(v);
  if ((st = dodge_and_warp(v)) != TL_OK || (st = ticks(v)) != TL_OK)
    return st;
  place_along(v); /* through the warp */
  return TL_OK;
}

static tl_status run(vctx *v) {
  layout *L = v->L;
  const tl_theme *th = L->th;
  bool auto_h = L->H <= 0;
  v->names_top = L->header_bottom;
  double p0 = L->header_bottom + 8 +
              (v->grouped ? (double)L->lane_count * (L->small_h + 3) : 0);
  double p1 = auto_h ? p0 + 600 : L->H - th->margin_bottom;
  if (p1 < p0 + 60)
    p1 = p0 + 60;
  tl_status st = arrange(v, p0, p1, auto_h);
  /* A fixed height holds the list too: shorten the axis until the list of
   * what did not fit fits below it (the list grows as the axis shrinks) -
   * if that leaves the axis half the page.  A hundred events on A4 shrank
   * it to 60 px, four labels above a page of list: a list that long
   * continues past the page (further PDF pages) beside a whole axis. */
  double floor_p1 = p0 + fmax(60, (p1 - p0) / 2);
  for (int round = 0; st == TL_OK && !auto_h && round < 4; round++) {
    size_t listed = 0;
    for (size_t k = 0; k < L->n; k++)
      listed += L->ev[k].label != LAB_FULL;
    double bottom = v->scale.p1;
    for (size_t k = 0; k < L->n; k++)
      if (L->ev[k].label == LAB_FULL)
        bottom = fmax(bottom, L->ev[k].box.t1);
    double over =
        bottom + tl_layout_list_height(L, listed) - (L->H - th->margin_bottom);
    if (over <= 0.5 || p1 - over < floor_p1)
      break;
    p1 -= over;
    st = arrange(v, p0, p1, false);
  }
  if (st != TL_OK)
    return st;
  attach(v);
  emit(v);
  double bottom = v->scale.p1;
  for (size_t k = 0; k < L->n; k++)
    if (L->ev[k].label == LAB_FULL)
      bottom = fmax(bottom, L->ev[k].box.t1);
  double end = tl_layout_list(L, v->s, bottom);
  v->s->listed = 0;
  for (size_t i = 0; i < L->n; i++)
    v->s->listed += L->ev[i].number != 0;
  v->s->width = L->W;
  v->s->height = auto_h ? ceil(end + th->margin_bottom)
                        : fmax(L->H, ceil(end + th->margin_bottom));
  return v->s->failed ? TL_ERR_NOMEM : TL_OK;
}

tl_status tl_layout_vertical(layout *L, tl_scene *s) {
  vctx v;
  memset(&v, 0, sizeof v);
  v.L = L;
  v.s = s;
  size_t n = L->n ? L->n : 1;
  v.order = L->chrono;
  v.size = malloc(n * sizeof *v.size);
  v.days = tl_layout_event_days(L, &v.day_count);
  v.grouped = L->o.group_by != TL_GROUP_NONE;
  v.lane_x = calloc(L->lane_count + 1, sizeof *v.lane_x);
  v.lane_w = calloc(L->lane_count + 1, sizeof *v.lane_w);
  tl_status st =
      v.size && v.days && v.lane_x && v.lane_w ? run(&v) : TL_ERR_NOMEM;
  free(v.size);
  free(v.days);
  free(v.lane_x);
  free(v.lane_w);
  tl_ticks_free(&v.ticks);
  tl_scale_free(&v.scale);
  return st;
}
