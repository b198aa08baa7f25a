/* layout_horizontal.c - time runs left to right.
 *
 * Geometry across the axis is worked out in lane-local coordinates c (the
 * axis at c = 0, up is negative) and only turned into page y at the end,
 * once every lane knows how tall its labels made it.  Labels go into rows
 * above the axis and, without lanes, below the tick labels too; events are
 * labelled right to left so a cluster climbs as a staircase and no leader
 * crosses a box.  A label that cannot be placed wrapped is tried on one
 * ellipsized line, then as a list number beside its marker. */
#include "render/layout_horizontal.h"

#include "render/lanes.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BAR_GAP 3.0 /* between bar tracks */
#define LANE_GAP 10.0
/* A stretch drawn this many times larger than empty time is marked. */
#define MARK_ZOOM 3.0
#define MARK_EVENTS 3
#define NOTE_ROWS 3
/* Rounds of giving the stretches where labels did not fit more room. */
#define MAX_ROUNDS 6

/* ---- along the axis ------------------------------------------------------ */

/* Cuts first; then, unless the axis is to be linear, each calendar zone
 * gets room for the events in it (need[i]: what event i asks for). */
static tl_status build_scale(hctx *h, const double *need) {
  layout *L = h->L;
  const tl_theme *th = L->th;
  tl_span *spans = malloc((L->n ? L->n : 1) * sizeof *spans);
  double *days = malloc((L->n ? L->n : 1) * sizeof *days);
  double *needs = malloc((L->n ? L->n : 1) * sizeof *needs);
  tl_status st = spans && days && needs ? TL_OK : TL_ERR_NOMEM;
  if (st == TL_OK) {
    size_t k = tl_layout_spans(L, spans);
    /* Labels hang right of their dates, so the last ones need room past
     * the axis's end: with dense stretches given room, the axis stops
     * short of the margin by a label's width. */
    double tail = need && L->o.scale != TL_SCALE_LINEAR
                      ? fmin(h->label_w + 12, (h->p1 - h->p0) / 4)
                      : 0;
    tl_scale_params p = {h->p0,
                         h->p1 - tail,
                         th->break_width,
                         48,
                         th->break_ratio,
                         th->break_min_days,
                         L->o.scale == TL_SCALE_LINEAR};
    st = tl_scale_build(spans, k, &p, &h->scale);
  }
  if (st == TL_OK && need && L->o.scale != TL_SCALE_LINEAR) {
    size_t m = 0;
    for (size_t i = 0; i < L->n; i++)
      if (!L->ev[i].band) {
        days[m] = tl_anchor_day(&L->ev[i]);
        needs[m++] = need[i];
      }
    /* A zone holding events is at least wide enough for its year. */
    tl_density d = {h->time_share, 0};
    st = tl_scale_density(&h->scale, days, needs, m, &d);
  }
  free(spans), free(days), free(needs);
  return st;
}

/* Pixel extents along the axis, and which events are points after all. */
static void place_along(hctx *h) {
  layout *L = h->L;
  double ms = L->th->marker_size;
  for (size_t i = 0; i < L->n; i++) {
    lev *v = &L->ev[i];
    v->t0 = tl_scale_pos(&h->scale, v->a);
    v->t1 = tl_scale_pos(&h->scale, v->b);
    v->style &= (uint16_t)~TL_STYLE_PERIOD;
    if (v->interval && !v->band && v->t1 - v->t0 < ms)
      v->interval = false; /* too short to read as a bar */
    if (v->interval || v->band) {
      v->t = v->t0 + fmin(3, (v->t1 - v->t0) / 2);
    } else {
      /* The date's middle, where it sorts: on a warped axis the middle of
       * the box can be months away from it. */
      v->t = tl_scale_pos(&h->scale, (v->a + v->b) / 2);
      /* A year is drawn as the year; a day stays a dot however wide. */
      if (v->t1 - v->t0 >= ms && v->e->date.start.precision < TL_PREC_DAY)
        v->style |= TL_STYLE_PERIOD;
      else
        v->t0 = v->t - ms / 2, v->t1 = v->t + ms / 2;
    }
  }
}

/* Bars of one lane into tracks stacked upwards from the axis. */
static tl_status assign_bar_tracks(hctx *h) {
  layout *L = h->L;
  double *t0 = malloc((L->n ? L->n : 1) * sizeof *t0);
  double *t1 = malloc((L->n ? L->n : 1) * sizeof *t1);
  int *tr = malloc((L->n ? L->n : 1) * sizeof *tr);
  size_t *who = malloc((L->n ? L->n : 1) * sizeof *who);
  if (!t0 || !t1 || !tr || !who) {
    free(t0), free(t1), free(tr), free(who);
    return TL_ERR_NOMEM;
  }
  double bh = L->th->bar_height;
  for (size_t lane = 0; lane < L->lane_count; lane++) {
    size_t k = 0;
    for (size_t i = 0; i < L->n; i++) {
      lev *v = &L->ev[i];
      if (v->lane != (int)lane || v->band)
        continue;
      if (!v->interval) {
        v->c0 = -h->r;
        v->c1 = h->r;
        continue;
      }
      t0[k] = v->t0, t1[k] = v->t1, who[k] = i;
      k++;
    }
    tl_assign_tracks(t0, t1, k, BAR_GAP, tr);
    for (size_t j = 0; j < k; j++) {
      lev *v = &L->ev[who[j]];
      v->track = tr[j];
      double mid = -(double)tr[j] * (bh + BAR_GAP);
      v->c0 = mid - bh / 2;
      v->c1 = mid + bh / 2;
    }
  }
  free(t0), free(t1), free(tr), free(who);
  return TL_OK;
}

/* ---- across the axis ------------------------------------------------------
 */

static int place_notes(hctx *h, double top);

/* Where tick labels, second-tier labels and notes sit below the axis. */
static void tick_rows(hctx *h, double zone_bottom) {
  layout *L = h->L;
  h->any_tier2 = false;
  for (size_t i = 0; i < h->ticks.count; i++)
    h->any_tier2 |= h->ticks.items[i].context && h->ticks.items[i].labelled;
  h->tick_top = zone_bottom + TICK_LEN;
  h->tier2_top = h->tick_top + L->tick_h + 1;
  h->break_top = h->any_tier2 ? h->tier2_top + L->tick_h + 2 : h->tier2_top;
  int rows = place_notes(h, h->break_top);
  h->ticks_bottom = h->break_top + rows * (L->small_h + 2);
}

static tl_rect tick_rect(const hctx *h, const tl_tick *k) {
  double top = k->context ? h->tier2_top : h->tick_top;
  return (tl_rect){k->lo, k->hi, top, top + k->size};
}

/* Notes sit in a row under the ticks, centred under what they explain; one
 * that would touch its left neighbour drops a row.  The cuts' notes come
 * first and always get a row; a stretch's note that finds none is left
 * out (the highlighted axis still shows it).  Returns the rows used. */
static int place_notes(hctx *h, double top) {
  layout *L = h->L;
  size_t cuts = h->scale.count ? h->scale.count - 1 : 0, n = 0;
  double *mids = malloc((cuts + h->stretch_count + 1) * sizeof *mids);
  if (!mids) {
    h->s->failed = true;
    return 0;
  }
  for (size_t i = 0; i < cuts; i++) {
    const tl_segment *a = &h->scale.segs[i], *b = &h->scale.segs[i + 1];
    char gap[32];
    tl_gap_label(b->data_a - a->data_b, gap, sizeof gap);
    snprintf(h->note_text[n], sizeof h->note_text[n],
             "\xe2\x80\xa6 %s \xe2\x80\xa6", gap);
    mids[n++] = (a->p1 + b->p0) / 2;
  }
  for (size_t i = 0; i < h->stretch_count; i++) {
    const tl_stretch *z = &h->stretches[i];
    /* One note a segment, under its most enlarged stretch: the others are
     * highlighted the same way, and a row of "enlarged 3×", "enlarged 5×"
     * under a dense chart is noise. */
    int seg = tl_scale_segment(&h->scale, (z->a + z->b) / 2);
    bool most = true;
    for (size_t j = 0; j < h->stretch_count && most; j++) {
      const tl_stretch *o = &h->stretches[j];
      most = j == i || tl_scale_segment(&h->scale, (o->a + o->b) / 2) != seg ||
             o->zoom < z->zoom || (o->zoom == z->zoom && j > i);
    }
    if (!most)
      continue;
    snprintf(h->note_text[n], sizeof h->note_text[n], "enlarged %.0f\xc3\x97",
             z->zoom);
    mids[n++] = (z->p0 + z->p1) / 2;
  }
  double last_end[NOTE_ROWS] = {-INFINITY, -INFINITY, -INFINITY};
  int rows = 0;
  h->note_count = 0;
  for (size_t i = 0; i < n; i++) {
    double w = tl_text_w(L, TL_FONT_SMALL, h->note_text[i]);
    double x0 = fmax(mids[i] - w / 2, L->th->margin_left / 2);
    x0 = fmin(x0, L->W - L->th->margin_right / 2 - w);
    int row = 0;
    while (row < NOTE_ROWS && x0 < last_end[row] + 6)
      row++;
    if (row == NOTE_ROWS) {
      if (i >= cuts)
        continue;
      row = NOTE_ROWS - 1; /* overlaps only if three cuts crowd one spot */
    }
    rows = row + 1 > rows ? row + 1 : rows;
    last_end[row] = x0 + w;
    double y = top + row * (L->small_h + 2);
    memmove(h->note_text[h->note_count], h->note_text[i],
            sizeof h->note_text[i]);
    h->notes[h->note_count++] = (tl_rect){x0, x0 + w, y, y + L->small_h};
  }
  free(mids);
  return rows;
}

/* Markers, bars and the axis lie inside the zone the rows start beyond, so
 * only the text below the axis needs to be in the index. */
static tl_status lane_obstacles(hctx *h, size_t lane, lane_geo *g) {
  layout *L = h->L;
  bool ok = true;
  g->zone_top = h->r;
  g->zone_bottom = fmax(h->r, L->th->bar_height / 2);
  for (size_t i = 0; i < L->n; i++) {
    lev *v = &L->ev[i];
    if (v->lane == (int)lane && !v->band)
      g->zone_top = fmax(g->zone_top, -v->c0);
  }
  if (!h->grouped) {
    /* Months inside a stretched year give way to leaders (keep_minor). */
    for (size_t i = 0; i < h->ticks.count && ok; i++)
      if (h->ticks.items[i].labelled && !h->ticks.items[i].minor) {
        tl_rect r = tick_rect(h, &h->ticks.items[i]);
        ok = tl_placer_add(g->placer, &r, TL_BLOCK_ALL);
      }
    for (size_t i = 0; i < h->note_count && ok; i++)
      ok = tl_placer_add(g->placer, &h->notes[i], TL_BLOCK_ALL);
  }
  return ok ? TL_OK : TL_ERR_NOMEM;
}

/* Era labels in their own strip above everything, first fit per row. */
static tl_status place_band_labels(hctx *h) {
  layout *L = h->L;
  enum { STRIP_ROWS = 4 };
  double ends[STRIP_ROWS];
  int used = 0;
  double row_h = L->line_h + 2 * LABEL_PAD_C + 2;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    if (!v->band)
      continue;
    double x = fmax(v->t0, h->p0);
    double room = fmax(h->p1 - x, 60);
    double w, hh;
    tl_layout_fit(L, v, fmin(room, L->th->label_max_width * 2), 1, &w, &hh);
    int row = 0;
    while (row < used && ends[row] + L->th->label_padding > x)
      row++;
    if (row == STRIP_ROWS)
      continue; /* no room: the era goes to the list */
    if (row == used)
      used++;
    ends[row] = x + w;
    v->box = (tl_rect){x, x + w, row * row_h, row * row_h + hh};
    v->label = LAB_FULL;
  }
  h->strip_h = used ? used * row_h + 4 : 0;
  return TL_OK;
}

/* ---- emitting ------------------------------------------------------------ */

static void add(tl_scene *s, tl_item_kind kind, int64_t event, double x,
                double y, double w, double hgt, tl_rgba stroke, tl_rgba fill,
                const char *text, int font, uint16_t style) {
  tl_item it = {0};
  it.kind = kind;
  it.event = event;
  it.x = x, it.y = y, it.w = w, it.h = hgt;
  it.stroke = stroke;
  it.fill = fill;
  it.font = (uint8_t)font;
  it.style = style;
  tl_scene_add(s, &it, text, text ? strlen(text) : 0);
}

static void lane_extents(hctx *h, size_t lane, lane_geo *g) {
  layout *L = h->L;
  g->top = -g->zone_top;
  g->bottom = h->grouped ? g->zone_bottom : h->ticks_bottom;
  for (size_t i = 0; i < L->n; i++) {
    lev *v = &L->ev[i];
    if (v->lane != (int)lane || v->band || v->label == LAB_NONE)
      continue;
    g->top = fmin(g->top, v->box.c0);
    g->bottom = fmax(g->bottom, v->box.c1);
  }
}

/* `ticks`: the axis the ticks hang from, where enlarged stretches are
 * highlighted (with lanes, the shared one below them). */
static void emit_axis(hctx *h, double y, double top, double bottom,
                      bool ticks) {
  layout *L = h->L;
  const tl_theme *th = L->th;
  /* Enlarged stretches: the axis drawn as a broad highlight underneath. */
  for (size_t i = 0; i < h->stretch_count && ticks; i++)
    add(h->s, TL_ITEM_AXIS, -1, h->stretches[i].p0, y,
        h->stretches[i].p1 - h->stretches[i].p0, 0, th->axis, 0, NULL, 0,
        TL_STYLE_MAJOR);
  for (size_t i = 0; i < h->scale.count; i++) {
    const tl_segment *g = &h->scale.segs[i];
    add(h->s, TL_ITEM_AXIS, -1, g->p0, y, g->p1 - g->p0, 0, th->axis, 0, NULL,
        0, 0);
    if (i + 1 < h->scale.count)
      add(h->s, TL_ITEM_BREAK, -1, g->p1, top, h->scale.segs[i + 1].p0 - g->p1,
          bottom - top, th->axis, th->break_fill, NULL, 0, 0);
  }
}

static void emit_ticks(hctx *h, double y) {
  layout *L = h->L;
  const tl_theme *th = L->th;
  double zb = fmax(h->r, th->bar_height / 2);
  for (size_t i = 0; i < h->ticks.count; i++) {
    const tl_tick *k = &h->ticks.items[i];
    if (!k->context)
      add(h->s, TL_ITEM_TICK, -1, k->pos, y + zb, 0, TICK_LEN - 1, th->axis, 0,
          NULL, 0, 0);
    else
      add(h->s, TL_ITEM_TICK, -1, k->pos, y + zb, 0, h->tier2_top - zb + 2,
          th->leader, 0, NULL, 0, TL_STYLE_MAJOR);
    if (!k->labelled)
      continue;
    tl_rect r = tick_rect(h, k);
    add(h->s, TL_ITEM_TICK, -1, r.t0, y + r.c0, r.t1 - r.t0, r.c1 - r.c0,
        k->context ? th->text : th->muted, 0, k->text, TL_FONT_TICK,
        k->context ? TL_STYLE_MAJOR : 0);
  }
  for (size_t i = 0; i < h->note_count; i++) {
    const tl_rect *r = &h->notes[i];
    add(h->s, TL_ITEM_BREAK, -1, r->t0, y + r->c0, r->t1 - r->t0, r->c1 - r->c0,
        th->muted, 0, h->note_text[i], TL_FONT_SMALL, 0);
  }
}

static void emit_label(hctx *h, const lev *v, double y) {
  const tl_theme *th = h->L->th;
  tl_item it = {0};
  it.kind = TL_ITEM_LABEL;
  it.event = (int64_t)v->index;
  it.x = v->box.t0;
  it.y = y + v->box.c0;
  it.w = v->box.t1 - v->box.t0;
  it.h = v->box.c1 - v->box.c0;
  it.stroke = th->text;
  it.fill = v->color;
  it.font = v->label == LAB_NUMBER ? TL_FONT_SMALL : TL_FONT_LABEL;
  it.style = (uint16_t)((v->style & TL_STYLE_STATUS) |
                        (v->label == LAB_NUMBER ? TL_STYLE_NUMBER : 0));
  it.text_em = v->fitted_em;
  if (v->fitted.data)
    tl_scene_add(h->s, &it, v->fitted.data, v->fitted.len);
}

static void emit_lane(hctx *h, size_t lane, const lane_geo *g) {
  layout *L = h->L;
  const tl_theme *th = L->th;
  double y = g->axis_y;
  if (h->grouped) {
    const char *name = L->lanes[lane] ? L->lanes[lane] : "other";
    add(h->s, TL_ITEM_LANE, -1, th->margin_left, y + g->top - 4,
        L->W - th->margin_left - th->margin_right, g->bottom - g->top + 8,
        th->muted, lane % 2 ? 0 : th->break_fill, NULL, 0, 0);
    double w =
        fmin(tl_text_w(L, TL_FONT_SMALL, name), h->p0 - th->margin_left - 8);
    add(h->s, TL_ITEM_LANE, -1, th->margin_left + 4, y - L->small_h / 2, w,
        L->small_h, th->text, 0, name, TL_FONT_SMALL, 0);
  }
  emit_axis(h, y, y - g->zone_top, y + g->zone_bottom, !h->grouped);
  if (!h->grouped)
    emit_ticks(h, y);
  for (size_t i = 0; i < L->n; i++) { /* leaders under markers */
    const lev *v = &L->ev[i];
    if (v->lane != (int)lane || v->band || v->label == LAB_NONE)
      continue;
    double c0 = v->lead_c0;
    if (!v->interval && v->pole != v->t) { /* meet the dot's rim */
      double dx = v->pole - v->t, rim = sqrt(fmax(h->r * h->r - dx * dx, 0));
      c0 = c0 < 0 ? -rim : rim;
    }
    add(h->s, TL_ITEM_LEADER, (int64_t)v->index, v->pole, y + c0, 0,
        v->lead_c1 - c0, th->leader, 0, NULL, 0, 0);
  }
  for (size_t c = 0; c < L->n; c++) {
    const lev *v = &L->ev[L->chrono[c]];
    if (v->lane == (int)lane && !v->band)
      tl_layout_emit_marker(L, h->s, v, v->t0, y + v->c0, v->t1 - v->t0,
                            v->c1 - v->c0);
  }
  for (size_t c = 0; c < L->n; c++) {
    const lev *v = &L->ev[L->chrono[c]];
    if (v->lane == (int)lane && !v->band && v->label != LAB_NONE)
      emit_label(h, v, y);
  }
}

static void emit_bands(hctx *h, double top, double bottom) {
  layout *L = h->L;
  size_t k = 0;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    if (!v->band)
      continue;
    uint16_t alternate = k++ % 2 ? TL_STYLE_MAJOR : 0;
    double x0 = fmax(v->t0, h->p0), x1 = fmin(v->t1, h->p1);
    tl_item it = {0};
    it.kind = TL_ITEM_BAND;
    it.event = (int64_t)v->index;
    it.x = x0, it.y = top, it.w = x1 - x0, it.h = bottom - top;
    it.stroke = v->color;
    it.fill = L->th->band;
    it.style = (uint16_t)(v->style | alternate);
    tl_scene_add(h->s, &it, NULL, 0);
  }
}

static void emit_band_labels(hctx *h, double y) {
  layout *L = h->L;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    if (v->band && v->label == LAB_FULL) /* else listed: the strip is full */
      emit_label(h, v, y);
  }
}

static double lane_column(hctx *h) {
  layout *L = h->L;
  if (!h->grouped)
    return 0;
  double w = 0;
  for (size_t i = 0; i < L->lane_count; i++)
    w = fmax(w,
             tl_text_w(L, TL_FONT_SMALL, L->lanes[i] ? L->lanes[i] : "other"));
  return fmin(w + 16, L->W * 0.25);
}

static tl_status prepare(hctx *h, const double *need) {
  layout *L = h->L;
  const tl_theme *th = L->th;
  h->grouped = L->o.group_by != TL_GROUP_NONE;
  h->p0 = th->margin_left + lane_column(h);
  h->p1 = L->W - th->margin_right;
  h->r = th->marker_size / 2;
  h->row_step = (L->line_h + 2 * LABEL_PAD_C + th->label_padding) / 2;
  tl_status st = build_scale(h, need);
  if (st != TL_OK)
    return st;
  size_t nd;
  double *days = tl_layout_event_days(L, &nd);
  if (!days)
    return TL_ERR_NOMEM;
  tl_tick_params tp = {L->m,
                       &th->fonts[TL_FONT_TICK],
                       th->tick_spacing,
                       false,
                       th->margin_left / 2,
                       L->W - th->margin_right / 2,
                       days,
                       nd};
  st = tl_ticks_build(&h->scale, &tp, &h->ticks);
  free(days);
  if (st != TL_OK)
    return st;
  place_along(h);
  if ((st = assign_bar_tracks(h)) != TL_OK)
    return st;
  /* Stretches drawn much larger than empty time are marked; a few are
   * enough to say so (the first 64). */
  h->stretches = calloc(64, sizeof *h->stretches);
  if (!h->stretches)
    return TL_ERR_NOMEM;
  size_t found = tl_scale_stretches(&h->scale, MARK_ZOOM, h->stretches, 64);
  /* Only where something happens: a month with one event drawn wide in a
   * short segment is not worth a note. */
  h->stretch_count = 0;
  for (size_t i = 0; i < found && i < 64; i++) {
    size_t events = 0;
    for (size_t k = 0; k < L->n; k++)
      events += !L->ev[k].band && L->ev[k].t >= h->stretches[i].p0 &&
                L->ev[k].t <= h->stretches[i].p1;
    if (events >= MARK_EVENTS)
      h->stretches[h->stretch_count++] = h->stretches[i];
  }
  size_t cuts = h->scale.count ? h->scale.count - 1 : 0;
  h->notes = calloc(cuts + h->stretch_count + 1, sizeof *h->notes);
  h->note_text = calloc(cuts + h->stretch_count + 1, sizeof *h->note_text);
  if (!h->notes || !h->note_text)
    return TL_ERR_NOMEM;
  tick_rows(h, fmax(h->r, th->bar_height / 2));
  h->lanes = calloc(L->lane_count, sizeof *h->lanes);
  if (!h->lanes)
    return TL_ERR_NOMEM;
  for (size_t i = 0; i < L->lane_count; i++) {
    h->lanes[i].placer = tl_placer_new(0, L->W);
    if (!h->lanes[i].placer)
      return TL_ERR_NOMEM;
    if ((st = lane_obstacles(h, i, &h->lanes[i])) != TL_OK)
      return st;
  }
  return TL_OK;
}

/* Once labels are placed, a month label inside a stretched year stays only
 * where no leader runs through it. */
static void keep_minor(hctx *h) {
  if (h->grouped)
    return;
  for (size_t i = 0; i < h->ticks.count; i++) {
    tl_tick *k = &h->ticks.items[i];
    if (!k->minor || !k->labelled)
      continue;
    tl_rect r = tick_rect(h, k);
    k->labelled = tl_placer_box_free(h->lanes[0].placer, &r, 1);
  }
}

static void finish(hctx *h) {
  if (h->lanes)
    for (size_t i = 0; i < h->L->lane_count; i++)
      tl_placer_free(h->lanes[i].placer);
  free(h->lanes);
  free(h->notes);
  free(h->note_text);
  free(h->stretches);
  tl_ticks_free(&h->ticks);
  tl_scale_free(&h->scale);
}

/* How the labels are given room, one attempt of the search below. */
typedef struct trial {
  double time_share; /* of the axis */
  double width;      /* labels wrap at this share of the theme's width */
} trial;

/* Places every label for the room `need` gives each event. */
static tl_status attempt(hctx *h, layout *L, int levels, tl_scene *s,
                         const double *need, const trial *t) {
  memset(h, 0, sizeof *h);
  h->L = L;
  h->s = s;
  tl_layout_reset(L);
  h->time_share = t->time_share;
  h->label_w = L->th->label_max_width * t->width;
  tl_status st = prepare(h, need);
  if (st == TL_OK) {
    tl_hplace_labels(h, levels);
    st = place_band_labels(h);
  }
  return st;
}

/* Tried in this order; the first that lists fewest wins, so the theme's
 * label width and the least warp come first. */
static const trial trials[] = {{0.35, 1},   {0.2, 1},   {0.1, 1},
                               {0.35, 0.8}, {0.2, 0.8}, {0.1, 0.8}};

/* Dense stretches get room in rounds: every event starts asking for the
 * same room, and each round an event that did not fit asks for twice as
 * much.  Rounds run for each trial; the round that lists fewest wins.
 * Writes the winner to need and *best_trial. */
static tl_status find_room(layout *L, int levels, tl_scene *s, double *need,
                           trial *best_trial) {
  double *ask = malloc((L->n ? L->n : 1) * sizeof *ask);
  if (!ask)
    return TL_ERR_NOMEM;
  for (size_t i = 0; i < L->n; i++)
    need[i] = L->ev[i].band ? 0 : 1;
  *best_trial = trials[0];
  /* Each round is a whole placement: fewer of them for big files. */
  int rounds = L->quick ? 1 : L->n > 2000 ? 1 : L->n > 300 ? 2 : MAX_ROUNDS;
  size_t count = L->quick || L->n > 300 ? 1 : sizeof trials / sizeof *trials;
  size_t best = SIZE_MAX;
  tl_status st = TL_OK;
  /* A chart that lists a quarter of its events after the first trial
   * needs more room than any warp can give: no point searching on. */
  for (size_t k = 0;
       k < count && best > 0 && (k == 0 || best <= L->n / 4 + 2) && st == TL_OK;
       k++) {
    for (size_t i = 0; i < L->n; i++)
      ask[i] = L->ev[i].band ? 0 : 1;
    size_t trial_best = SIZE_MAX;
    int stale = 0; /* rounds since this trial last improved */
    for (int r = 0; r < rounds && stale < 3 && st == TL_OK; r++) {
      hctx h;
      st = attempt(&h, L, levels, s, ask, &trials[k]);
      size_t listed = 0;
      for (size_t i = 0; i < L->n && st == TL_OK; i++)
        listed += L->ev[i].label != LAB_FULL;
      finish(&h);
      if (st != TL_OK)
        break;
      if (listed < best) {
        best = listed;
        *best_trial = trials[k];
        memcpy(need, ask, L->n * sizeof *need);
      }
      stale = listed < trial_best ? 0 : stale + 1;
      trial_best = listed < trial_best ? listed : trial_best;
      if (listed == 0)
        break;
      for (size_t i = 0; i < L->n; i++)
        if (!L->ev[i].band && L->ev[i].label != LAB_FULL)
          ask[i] *= 2;
    }
  }
  free(ask);
  return st;
}

tl_status tl_layout_horizontal(layout *L, int levels, tl_scene *s) {
  hctx h;
  double *need = malloc((L->n ? L->n : 1) * sizeof *need);
  if (!need)
    return TL_ERR_NOMEM;
  trial best = {1, 1};
  tl_status st = L->o.scale == TL_SCALE_LINEAR
                     ? TL_OK
                     : find_room(L, levels, s, need, &best);
  if (st == TL_OK)
    st = attempt(&h, L, levels, s, L->o.scale == TL_SCALE_LINEAR ? NULL : need,
                 &best);
  free(need);
  if (st == TL_OK) {
    tl_hplace_numbers(&h, levels);
    keep_minor(&h);
  }
  if (st != TL_OK) {
    finish(&h);
    return st;
  }
  double y = L->header_bottom;
  double band_label_y = y;
  y += h.strip_h;
  double body_top = y;
  for (size_t i = 0; i < L->lane_count; i++) {
    lane_extents(&h, i, &h.lanes[i]);
    h.lanes[i].axis_y = y - h.lanes[i].top + (h.grouped ? 4 : 0);
    y = h.lanes[i].axis_y + h.lanes[i].bottom + (h.grouped ? LANE_GAP : 0);
  }
  double ticks_y = y; /* grouped: the shared axis below the lanes */
  double bottom = h.grouped ? ticks_y + h.ticks_bottom : y;
  emit_bands(&h, body_top - h.strip_h,
             h.grouped ? ticks_y : h.lanes[0].axis_y + h.lanes[0].zone_bottom);
  for (size_t i = 0; i < L->lane_count; i++)
    emit_lane(&h, i, &h.lanes[i]);
  if (h.grouped) {
    emit_axis(&h, ticks_y, ticks_y - 3, ticks_y + 3, true);
    emit_ticks(&h, ticks_y);
  }
  emit_band_labels(&h, band_label_y);
  double end = tl_layout_list(L, s, bottom);
  s->listed = 0;
  for (size_t i = 0; i < L->n; i++)
    s->listed += L->ev[i].number != 0;
  s->width = L->W;
  s->height = ceil(end + L->th->margin_bottom);
  finish(&h);
  return s->failed ? TL_ERR_NOMEM : TL_OK;
}
