/* layout.c - tl_layout(): events + theme + size -> scene.
 *
 * This file collects the visible events (dates to day ranges, colours,
 * label texts), draws the header (title, legend) and the numbered list,
 * and picks the orientation: horizontal unless that would leave events
 * unlabelled where a vertical chart would not.  The passes themselves are
 * in layout_horizontal.c and layout_vertical.c. */
#include "render/layout.h"

#include "render/date_label.h"
#include "render/lanes.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void tl_layout_opts_default(tl_layout_opts *o) {
  memset(o, 0, sizeof *o);
  o->scale = TL_SCALE_BROKEN;
  o->orientation = TL_ORIENT_AUTO;
  o->group_by = TL_GROUP_NONE;
}

double tl_text_h(const layout *L, int role) {
  tl_text_size sz = {0, 0};
  L->m->measure(L->m->ctx, &L->th->fonts[role], "Ag", 2, &sz);
  return sz.height;
}

double tl_text_w(const layout *L, int role, const char *s) {
  return tl_text_width(L->m, &L->th->fonts[role], s, strlen(s));
}

/* ---- collecting events --------------------------------------------------- */

static bool qualified(const tl_date *d) {
  return d->flags & (TL_DATE_APPROXIMATE | TL_DATE_UNCERTAIN);
}

/* Eras are backgrounds: the type says so, or the span is a generation. */
static bool is_band(const tl_event *e, double a, double b) {
  if (e->type && strcasecmp(e->type, "era") == 0)
    return true;
  return b - a > 25 * 365.2425;
}

/* Day range of an event; open or unknown ends are set by the caller. */
static void event_days(const tl_event *e, lev *v, bool *open_start,
                       bool *open_end) {
  const tl_when *w = &e->date;
  *open_start = w->interval && w->start_bound != TL_BOUND_DATE;
  *open_end = w->interval && w->end_bound != TL_BOUND_DATE;
  int64_t first = tl_event_first_day(e), last = tl_event_last_day(e);
  v->a = first == INT64_MIN ? NAN : (double)first;
  v->b = last == INT64_MAX ? NAN : (double)last + 1;
  if (*open_start && !*open_end)
    v->a = NAN;
  if (*open_end && !*open_start)
    v->b = NAN;
}

static bool keep(const layout *L, const lev *v) {
  if (L->o.has_from) {
    double from = (double)tl_date_first_day(&L->o.from);
    if (!isnan(v->b) && v->b <= from)
      return false;
    if (isnan(v->b) && !isnan(v->a) && v->a + 1 <= from && !v->interval)
      return false;
  }
  if (L->o.has_to) {
    double to = (double)tl_date_last_day(&L->o.to) + 1;
    if (!isnan(v->a) && v->a >= to)
      return false;
  }
  return true;
}

/* TL_STYLE_PLANNED, _CANCELLED or _INFERRED for the event's status. */
static uint16_t status_style(const tl_event *e) {
  if (!e->status)
    return 0;
  if (strcmp(e->status, "planned") == 0)
    return TL_STYLE_PLANNED;
  if (strcmp(e->status, "cancelled") == 0)
    return TL_STYLE_CANCELLED;
  if (strcmp(e->status, "inferred") == 0)
    return TL_STYLE_INFERRED;
  return 0;
}

/* The status in words after the date: a dashed bar or a crossed dot is
 * easy to miss, and a listed event has no marker style at all. */
static const char *status_tag(uint16_t style) {
  if (style & TL_STYLE_PLANNED)
    return " (planned)";
  if (style & TL_STYLE_CANCELLED)
    return " (cancelled)";
  if (style & TL_STYLE_INFERRED)
    return " (date inferred)";
  return "";
}

/* "24–30 Sep 2018 (planned) Moon is scheduled to meet Trump": the date and
 * its status tag are the label's bold start (em). */
static tl_status make_text(lev *v) {
  char plain[96], date[128];
  tl_event_date_label(v->e, plain, sizeof plain);
  snprintf(date, sizeof date, "%s%s", plain, status_tag(status_style(v->e)));
  const char *title = v->e->title ? v->e->title : "(untitled)";
  size_t dl = strlen(date), tlen = strlen(title);
  v->text = malloc(dl + 1 + tlen + 1);
  if (!v->text)
    return TL_ERR_NOMEM;
  memcpy(v->text, date, dl);
  v->text[dl] = ' ';
  memcpy(v->text + dl + 1, title, tlen + 1);
  /* Line breaks inside a title would break the label's geometry. */
  for (char *p = v->text; *p; p++)
    if (*p == '\n' || *p == '\r' || *p == '\t')
      *p = ' ';
  v->text_len = dl + 1 + tlen;
  v->em = dl;
  return TL_OK;
}

static uint16_t fuzzy_style(const tl_event *e) {
  const tl_when *w = &e->date;
  uint16_t s = 0;
  if (qualified(&w->start) || w->start_bound == TL_BOUND_UNKNOWN)
    s |= TL_STYLE_FUZZY_START;
  if (w->interval) {
    if (qualified(&w->end) || w->end_bound == TL_BOUND_UNKNOWN)
      s |= TL_STYLE_FUZZY_END;
  } else if (e->has_end) {
    if (qualified(&e->end))
      s |= TL_STYLE_FUZZY_END;
  } else if (s) {
    s |= TL_STYLE_FUZZY_END | TL_STYLE_HOLLOW;
  }
  if (w->interval && w->end_bound == TL_BOUND_OPEN)
    s |= TL_STYLE_OPEN_END;
  return s;
}

typedef struct chrono_key {
  double a;
  size_t index, k;
} chrono_key;

/* Time order; same-date events keep file order. */
static int by_time(const void *x, const void *y) {
  const chrono_key *p = x, *q = y;
  if (p->a != q->a)
    return p->a < q->a ? -1 : 1;
  return (p->index > q->index) - (p->index < q->index);
}

static tl_status sort_chrono(layout *L) {
  chrono_key *keys = malloc((L->n ? L->n : 1) * sizeof *keys);
  if (!keys)
    return TL_ERR_NOMEM;
  /* A point sorts by its middle ("c. 2018" after March 2018), an interval
   * by its start: where its marker and leader go. */
  for (size_t k = 0; k < L->n; k++) {
    const lev *v = &L->ev[k];
    double at = v->interval || v->band ? v->a : (v->a + v->b) / 2;
    keys[k] = (chrono_key){at, v->index, k};
  }
  qsort(keys, L->n, sizeof *keys, by_time);
  for (size_t k = 0; k < L->n; k++)
    L->chrono[k] = keys[k].k;
  free(keys);
  return TL_OK;
}

static tl_status collect(layout *L) {
  size_t total = tl_doc_count(L->doc);
  L->ev = calloc(total ? total : 1, sizeof *L->ev);
  L->chrono = calloc(total ? total : 1, sizeof *L->chrono);
  if (!L->ev || !L->chrono)
    return TL_ERR_NOMEM;
  double lo = INFINITY, hi = -INFINITY;
  for (size_t i = 0; i < total; i++) {
    lev *v = &L->ev[L->n];
    memset(v, 0, sizeof *v);
    v->index = i;
    v->e = tl_doc_event(L->doc, i);
    bool os, oe;
    event_days(v->e, v, &os, &oe);
    v->interval = v->span = v->e->date.interval || v->e->has_end;
    if (!keep(L, v))
      continue;
    if (!isnan(v->a))
      lo = fmin(lo, v->a);
    if (!isnan(v->b))
      hi = fmax(hi, v->b);
    L->n++;
  }
  /* Open ends reach the edge of what is shown. */
  if (!isfinite(lo))
    lo = isfinite(hi) ? hi - 365 : 0;
  if (!isfinite(hi))
    hi = lo + 365;
  if (L->o.has_from)
    lo = fmax(lo, (double)tl_date_first_day(&L->o.from));
  if (L->o.has_to)
    hi = fmin(hi, (double)tl_date_last_day(&L->o.to) + 1);
  for (size_t k = 0; k < L->n; k++) {
    lev *v = &L->ev[k];
    if (isnan(v->a))
      v->a = fmin(lo, isnan(v->b) ? lo : v->b - 1);
    if (isnan(v->b))
      v->b = fmax(hi, v->a + 1);
    /* --from/--to clip what is drawn. */
    if (L->o.has_from)
      v->a = fmin(fmax(v->a, lo), v->b - 1);
    if (L->o.has_to)
      v->b = fmax(fmin(v->b, hi), v->a + 1);
    v->band = v->interval && is_band(v->e, v->a, v->b);
    v->style = fuzzy_style(v->e) | status_style(v->e);
    tl_status st = make_text(v);
    if (st != TL_OK)
      return st;
  }
  return sort_chrono(L);
}

/* ---- colours, lanes and the legend ----------------------------------------
 */

static tl_status assign_colors(layout *L) {
  const tl_theme *th = L->th;
  size_t next_palette = 0;
  bool any_fuzzy = false;
  uint16_t statuses = 0;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    const char *type = v->e->type;
    any_fuzzy |= (v->style & (TL_STYLE_FUZZY_START | TL_STYLE_FUZZY_END)) != 0;
    statuses |= v->style & TL_STYLE_STATUS;
    size_t k;
    for (k = 0; k < L->legend_count; k++)
      if (type && L->legend[k].text && strcmp(L->legend[k].text, type) == 0)
        break;
    if (!type) {
      v->color = th->event;
      continue;
    }
    if (k < L->legend_count) {
      /* The type's colour, not the swatch's: after an era band, a point
       * of type era took the band's translucent grey and vanished. */
      v->color = L->legend[k].events;
      continue;
    }
    tl_rgba color = th->event;
    bool themed = false;
    for (size_t t = 0; t < th->type_count; t++)
      if (strcmp(th->types[t].type, type) == 0) {
        color = th->types[t].color;
        themed = true;
      }
    if (!themed && th->palette_count)
      color = th->palette[next_palette++ % th->palette_count];
    v->color = color;
    /* Eras are drawn as bands: so is their legend swatch. */
    if (L->legend_count < TL_THEME_MAX_TYPES)
      L->legend[L->legend_count++] =
          (legend_entry){type, v->band ? th->band : color,
                         v->band ? TL_STYLE_PERIOD : 0, color};
  }
  if (any_fuzzy)
    L->legend[L->legend_count++] = (legend_entry){
        "approximate or uncertain date", th->muted,
        TL_STYLE_HOLLOW | TL_STYLE_FUZZY_START | TL_STYLE_FUZZY_END, th->muted};
  /* Only the statuses the chart shows, always in this order. */
  static const struct {
    uint16_t style;
    const char *text;
  } status_keys[] = {{TL_STYLE_PLANNED, "planned"},
                     {TL_STYLE_CANCELLED, "cancelled"},
                     {TL_STYLE_INFERRED, "date inferred, not given"}};
  for (size_t k = 0; k < 3; k++)
    if (statuses & status_keys[k].style)
      L->legend[L->legend_count++] = (legend_entry){
          status_keys[k].text, th->muted, status_keys[k].style, th->muted};
  return TL_OK;
}

static tl_status assign_lanes(layout *L) {
  if (L->o.group_by == TL_GROUP_NONE) {
    L->lane_count = 1;
    return TL_OK;
  }
  L->lanes = calloc(L->n + 1, sizeof *L->lanes);
  if (!L->lanes)
    return TL_ERR_NOMEM;
  bool other = false;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    const char *key = tl_group_key(v->e, L->o.group_by);
    if (!key) {
      other = true;
      continue;
    }
    size_t k;
    for (k = 0; k < L->lane_count; k++)
      if (strcmp(L->lanes[k], key) == 0)
        break;
    if (k == L->lane_count)
      L->lanes[L->lane_count++] = key;
    v->lane = (int)k;
  }
  if (other || L->lane_count == 0) {
    for (size_t c = 0; c < L->n; c++) {
      lev *v = &L->ev[L->chrono[c]];
      if (!tl_group_key(v->e, L->o.group_by))
        v->lane = (int)L->lane_count;
    }
    L->lanes[L->lane_count++] = NULL;
  }
  return TL_OK;
}

/* ---- shared pieces ------------------------------------------------------- */

void tl_layout_reset(layout *L) {
  for (size_t i = 0; i < L->n; i++) {
    lev *v = &L->ev[i];
    v->label = LAB_NONE;
    v->number = 0;
    v->interval = v->span;
    tl_strbuf_free(&v->fitted);
    v->fitted_em = 0;
    v->track = 0;
  }
}

void tl_layout_fit(layout *L, lev *v, double max_width, int lines, double *w,
                   double *h) {
  tl_strbuf_free(&v->fitted);
  for (size_t i = 0; i < FIT_MEMO; i++) {
    struct fit_memo *m = &v->memo[i];
    if (m->text.data && m->max_width == max_width && m->lines == lines) {
      tl_strbuf_put(&v->fitted, m->text.data, m->text.len);
      v->fitted_em = m->em;
      *w = m->w, *h = m->h;
      return;
    }
  }
  tl_fit fit;
  tl_text_fit(&L->lf, v->text, v->text_len, v->em, max_width - 2 * LABEL_PAD_T,
              lines, &v->fitted, &fit);
  v->fitted_em = fit.em;
  *w = fit.width + 2 * LABEL_PAD_T;
  *h = fit.lines * L->line_h + 2 * LABEL_PAD_C;
  struct fit_memo *m = &v->memo[v->memo_next++ % FIT_MEMO];
  tl_strbuf_free(&m->text);
  tl_strbuf_put(&m->text, v->fitted.data, v->fitted.len);
  *m = (struct fit_memo){max_width, lines, *w, *h, fit.em, m->text};
}

void tl_layout_emit_marker(layout *L, tl_scene *s, const lev *v, double x,
                           double y, double w, double h) {
  tl_item it = {0};
  if (!v->interval && (v->style & TL_STYLE_PERIOD)) {
    /* The year a coarse date stands for, faint, and its dot where the
     * leader meets it: at the date's middle, or level with its label on a
     * vertical chart - not the middle of the box, which on a warped axis
     * can sit beside another event's date. */
    it.kind = TL_ITEM_SPAN;
    it.event = (int64_t)v->index;
    it.x = x, it.y = y, it.w = w, it.h = h;
    it.stroke = it.fill = v->color;
    it.style = v->style & (uint16_t) ~(TL_STYLE_STATUS | TL_STYLE_HOLLOW);
    tl_scene_add(s, &it, NULL, 0);
    double ms = L->th->marker_size;
    if (s->orientation == TL_ORIENT_VERTICAL)
      y = v->t - ms / 2, h = ms;
    else
      x = v->t - ms / 2, w = ms;
  }
  it.kind = v->interval ? TL_ITEM_BAR : TL_ITEM_MARKER;
  it.event = (int64_t)v->index;
  it.x = x, it.y = y, it.w = w, it.h = h;
  /* A cancelled event's cross is in the text colour: it must show on the
   * palest type colour too. */
  it.stroke = v->style & TL_STYLE_CANCELLED ? L->th->text : v->color;
  it.fill = v->color;
  it.style = v->style & (uint16_t)~TL_STYLE_PERIOD;
  tl_scene_add(s, &it, NULL, 0);
}

static void add_text(tl_scene *s, tl_item_kind kind, int64_t event, double x,
                     double y, double w, double h, const char *text,
                     tl_rgba color, int font) {
  tl_item it = {0};
  it.kind = kind;
  it.event = event;
  it.x = x, it.y = y, it.w = w, it.h = h;
  it.stroke = color;
  it.font = (uint8_t)font;
  tl_scene_add(s, &it, text, strlen(text));
}

tl_status tl_layout_header(layout *L, tl_scene *s) {
  const tl_theme *th = L->th;
  double y = th->margin_top;
  double x0 = th->margin_left, x1 = L->W - th->margin_right;
  if (L->title && *L->title) {
    /* A title wider than the page is ellipsized like a label. */
    tl_label_fonts f = {L->m, &th->fonts[TL_FONT_TITLE],
                        &th->fonts[TL_FONT_TITLE], 0};
    tl_strbuf b = TL_STRBUF_INIT;
    tl_fit fit;
    tl_text_fit(&f, L->title, strlen(L->title), 0, x1 - x0, 1, &b, &fit);
    if (b.data)
      add_text(s, TL_ITEM_TITLE, -1, x0, y, fit.width, fit.height, b.data,
               th->text, TL_FONT_TITLE);
    tl_strbuf_free(&b);
    y += fit.height + 4;
  }
  const char *about = tl_doc_description(L->doc);
  if (about && *about) {
    /* The file's description as a standfirst: two lines at most, at a
     * readable measure. */
    tl_label_fonts f = {L->m, &th->fonts[TL_FONT_SMALL],
                        &th->fonts[TL_FONT_SMALL], L->small_h};
    tl_strbuf b = TL_STRBUF_INIT;
    tl_fit fit;
    char *flat = malloc(strlen(about) + 1);
    if (flat) {
      size_t n = 0;
      for (const char *p = about; *p; p++)
        flat[n++] = *p == '\n' || *p == '\t' || *p == '\r' ? ' ' : *p;
      flat[n] = '\0';
      tl_text_fit(&f, flat, n, 0, fmin(x1 - x0, 760), 2, &b, &fit);
      free(flat);
      if (b.data)
        add_text(s, TL_ITEM_TITLE, -1, x0, y, fit.width, fit.height, b.data,
                 th->muted, TL_FONT_SMALL);
      tl_strbuf_free(&b);
      y += fit.height + 4;
    } else {
      s->failed = true;
    }
  }
  y += 4;
  if (L->legend_count) {
    double sh = L->small_h, x = x0;
    for (size_t i = 0; i < L->legend_count; i++) {
      const legend_entry *e = &L->legend[i];
      double tw = tl_text_w(L, TL_FONT_SMALL, e->text);
      /* A status shows both shapes it gives: a dot and a bar. */
      double sw = e->style & TL_STYLE_STATUS ? 30 : e->style ? 22 : 10;
      if (x > x0 && x + sw + 4 + tw > x1) {
        x = x0;
        y += sh + 4;
      }
      tl_item sw_it = {0};
      sw_it.kind = TL_ITEM_LEGEND;
      sw_it.event = -1;
      sw_it.x = x, sw_it.y = y + (sh - 10) / 2, sw_it.w = sw, sw_it.h = 10;
      sw_it.stroke = sw_it.fill = e->color;
      sw_it.style = e->style;
      tl_scene_add(s, &sw_it, NULL, 0);
      add_text(s, TL_ITEM_LEGEND, -1, x + sw + 4, y, tw, sh, e->text, th->muted,
               TL_FONT_SMALL);
      x += sw + 4 + tw + 18;
    }
    y += sh + 6;
  }
  L->header_bottom = y + 6;
  return s->failed ? TL_ERR_NOMEM : TL_OK;
}

/* Column width and count of the list, shared by drawing and estimating. */
static void list_columns(const layout *L, double *colw, size_t *cols) {
  const tl_theme *th = L->th;
  double x0 = th->margin_left, x1 = L->W - th->margin_right;
  *colw = fmin(fmax(th->label_max_width * 1.3, 230), x1 - x0);
  *cols = (size_t)floor((x1 - x0 + 16) / (*colw + 16));
  if (*cols < 1)
    *cols = 1;
}

double tl_layout_list_height(const layout *L, size_t count) {
  if (!count)
    return 0;
  double colw;
  size_t cols;
  list_columns(L, &colw, &cols);
  size_t rows = (count + cols - 1) / cols;
  return 14 + L->small_h + 4 + (double)rows * (L->small_h + 2);
}

double tl_layout_list(layout *L, tl_scene *s, double y) {
  const tl_theme *th = L->th;
  size_t count = 0;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    v->number = v->label != LAB_FULL ? ++count : 0;
  }
  if (!count)
    return y;
  double x0 = th->margin_left;
  y += 14;
  char head[96];
  snprintf(head, sizeof head, "Not labelled on the chart (%zu):", count);
  add_text(s, TL_ITEM_LIST, -1, x0, y, tl_text_w(L, TL_FONT_SMALL, head),
           L->small_h, head, th->muted, TL_FONT_SMALL);
  y += L->small_h + 4;
  double colw, gap = 16;
  size_t cols;
  list_columns(L, &colw, &cols);
  size_t rows = (count + cols - 1) / cols;
  double row_h = L->small_h + 2;
  tl_label_fonts f = {L->m, &th->fonts[TL_FONT_SMALL],
                      &th->fonts[TL_FONT_SMALL], L->small_h};
  size_t k = 0;
  for (size_t c = 0; c < L->n; c++) {
    lev *v = &L->ev[L->chrono[c]];
    if (!v->number)
      continue;
    size_t col = k / rows, row = k % rows;
    k++;
    char num[24];
    snprintf(num, sizeof num, "%zu. ", v->number);
    tl_strbuf line = TL_STRBUF_INIT;
    tl_strbuf_puts(&line, num);
    tl_strbuf_put(&line, v->text, v->text_len);
    tl_strbuf out = TL_STRBUF_INIT;
    tl_fit fit;
    if (line.data)
      tl_text_fit(&f, line.data, line.len, 0, colw, 1, &out, &fit);
    else
      memset(&fit, 0, sizeof fit);
    if (out.data) {
      tl_item it = {0};
      it.kind = TL_ITEM_LIST;
      it.event = (int64_t)v->index;
      it.x = x0 + (double)col * (colw + gap);
      it.y = y + (double)row * row_h;
      it.w = fit.width;
      it.h = L->small_h;
      it.stroke = th->text;
      it.font = TL_FONT_SMALL;
      it.style = v->style & TL_STYLE_STATUS;
      it.text_em = strlen(num) + v->em < out.len ? strlen(num) + v->em : 0;
      tl_scene_add(s, &it, out.data, out.len);
    } else {
      s->failed = true;
    }
    tl_strbuf_free(&line);
    tl_strbuf_free(&out);
  }
  return y + (double)rows * row_h;
}

/* What shapes the time axis: every event but the eras, and decades or
 * centuries only by their middle, so "the 2020s" does not stretch a
 * cluster of days in 2025 over ten years.  Only eras if there is nothing
 * else.  Returns how many spans were written (at most L->n). */
size_t tl_layout_spans(const layout *L, tl_span *spans) {
  size_t k = 0;
  for (size_t i = 0; i < L->n; i++) {
    const lev *v = &L->ev[i];
    if (v->band)
      continue;
    uint8_t prec = v->e->date.start.precision;
    if (!v->interval && prec < TL_PREC_YEAR) {
      double mid = (v->a + v->b) / 2;
      spans[k++] = (tl_span){mid - 0.5, mid + 0.5};
    } else {
      spans[k++] = (tl_span){v->a, v->b};
    }
  }
  if (k == 0)
    for (size_t i = 0; i < L->n; i++)
      spans[k++] = (tl_span){L->ev[i].a, L->ev[i].b};
  return k;
}

double tl_anchor_day(const lev *v) {
  return v->span || v->band ? v->a : (v->a + v->b) / 2;
}

static int by_day(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a > b) - (a < b);
}

double *tl_layout_event_days(const layout *L, size_t *count) {
  double *d = malloc((L->n ? L->n : 1) * sizeof *d);
  size_t k = 0;
  for (size_t i = 0; d && i < L->n; i++)
    if (!L->ev[i].band)
      d[k++] = tl_anchor_day(&L->ev[i]);
  if (d)
    qsort(d, k, sizeof *d, by_day);
  *count = k;
  return d;
}

/* ---- the entry point ----------------------------------------------------- */

static void free_layout(layout *L) {
  for (size_t i = 0; i < L->n; i++) {
    free(L->ev[i].text);
    tl_strbuf_free(&L->ev[i].fitted);
    for (size_t k = 0; k < FIT_MEMO; k++)
      tl_strbuf_free(&L->ev[i].memo[k].text);
  }
  free(L->ev);
  free(L->chrono);
  free(L->lanes);
}

static tl_status run_once(layout *L, tl_orientation o, int rows,
                          tl_scene **out) {
  tl_scene *s = tl_scene_new();
  if (!s)
    return TL_ERR_NOMEM;
  s->background = L->th->background;
  memcpy(s->fonts, L->th->fonts, sizeof s->fonts);
  s->orientation = o;
  tl_layout_reset(L);
  tl_status st = tl_layout_header(L, s);
  if (st == TL_OK)
    st = o == TL_ORIENT_VERTICAL ? tl_layout_vertical(L, s)
                                 : tl_layout_horizontal(L, rows, s);
  if (st == TL_OK && s->failed)
    st = TL_ERR_NOMEM;
  if (st != TL_OK) {
    tl_scene_free(s);
    return st;
  }
  *out = s;
  return TL_OK;
}

/* A fixed height limits the label rows: fewer rows until the chart fits. */
static tl_status run(layout *L, tl_orientation o, int rows, tl_scene **out) {
  if (o == TL_ORIENT_VERTICAL || L->H <= 0)
    return run_once(L, o, rows, out);
  /* Rows are probed with one placement each; the search for room runs
   * once, at the row count that fits, and is kept if it still fits. */
  for (int lv = rows; lv >= 1; lv--) {
    tl_scene *s = NULL;
    L->quick = true;
    tl_status st = run_once(L, o, lv, &s);
    L->quick = false;
    if (st != TL_OK)
      return st;
    if (s->height <= L->H || lv == 1) {
      tl_scene *full = NULL;
      if ((st = run_once(L, o, lv, &full)) != TL_OK) {
        tl_scene_free(s);
        return st;
      }
      if (full->height <= L->H || full->height <= s->height) {
        tl_scene_free(s);
        s = full;
      } else {
        tl_scene_free(full);
        /* the probe's placement: lay it out again to leave L matching */
        tl_scene_free(s);
        L->quick = true;
        st = run_once(L, o, lv, &s);
        L->quick = false;
        if (st != TL_OK)
          return st;
      }
      s->height = fmax(s->height, L->H);
      *out = s;
      return TL_OK;
    }
    tl_scene_free(s);
  }
  return TL_ERR_USAGE; /* rows < 1: not reached with a valid theme */
}

static tl_status check_opts(const tl_layout_opts *o, double W, double H,
                            tl_diags *d) {
  if (W < 200 || W > 20000 || (H != 0 && (H < 150 || H > 30000))) {
    tl_diags_add(d, TL_ERROR, NULL, 0, 0, 0, 0,
                 "width is 200..20000 and height 150..30000 or auto",
                 "a chart of %gx%g pixels cannot be drawn", W, H);
    return TL_ERR_USAGE;
  }
  if (o->has_from && o->has_to &&
      tl_date_first_day(&o->from) > tl_date_last_day(&o->to)) {
    tl_diags_add(d, TL_ERROR, NULL, 0, 0, 0, 0, NULL,
                 "--from is after --to: nothing to show");
    return TL_ERR_USAGE;
  }
  return TL_OK;
}

tl_status tl_layout(const tl_doc *doc, const tl_theme *theme,
                    const tl_layout_opts *opts, const tl_measurer *measure,
                    tl_scene **out, tl_diags *diags) {
  *out = NULL;
  layout L;
  memset(&L, 0, sizeof L);
  L.doc = doc;
  L.th = theme;
  L.m = measure;
  L.diags = diags;
  L.o = *opts;
  L.W = opts->width > 0 ? opts->width : theme->width;
  L.H = opts->height > 0 ? opts->height : theme->height;
  double page_w = L.W, page_h = L.H;
  tl_status st = check_opts(opts, L.W, L.H, diags);
  if (st != TL_OK)
    return st;
  L.title = opts->title ? opts->title : tl_doc_title(doc);
  L.lf = (tl_label_fonts){measure, &theme->fonts[TL_FONT_DATE],
                          &theme->fonts[TL_FONT_LABEL], 0};
  L.line_h = L.lf.line_height = tl_label_line_height(&L.lf);
  L.small_h = tl_text_h(&L, TL_FONT_SMALL);
  L.tick_h = tl_text_h(&L, TL_FONT_TICK);
  if ((st = collect(&L)) != TL_OK || (st = assign_colors(&L)) != TL_OK ||
      (st = assign_lanes(&L)) != TL_OK) {
    free_layout(&L);
    return st;
  }
  tl_orientation o = opts->orientation != TL_ORIENT_AUTO ? opts->orientation
                                                         : theme->orientation;
  tl_scene *best = NULL;
  if (o == TL_ORIENT_VERTICAL && opts->page && L.W > L.H)
    L.W = page_h, L.H = page_w;
  st = run(&L,
           o == TL_ORIENT_VERTICAL ? TL_ORIENT_VERTICAL : TL_ORIENT_HORIZONTAL,
           theme->max_levels, &best);
  /* Too crowded for one row of labels along the axis: a vertical chart,
   * where every label has its own line, usually shows them all. */
  if (st == TL_OK && o == TL_ORIENT_AUTO && best->listed > 0) {
    tl_scene *v = NULL;
    if (opts->page && page_w > page_h) /* portrait for a vertical chart */
      L.W = page_h, L.H = page_w;
    st = run(&L, TL_ORIENT_VERTICAL, 0, &v);
    L.W = page_w, L.H = page_h;
    if (st == TL_OK && v->listed < best->listed) {
      tl_scene_free(best);
      best = v;
    } else {
      tl_scene_free(v);
    }
  }
  /* A fixed height that the list still overflows: the chart grows, and a
   * page-sized PDF continues on further pages. */
  if (st == TL_OK && L.H > 0) {
    double asked =
        best->orientation == TL_ORIENT_VERTICAL && opts->page && page_w > page_h
            ? page_w
            : page_h;
    if (opts->page)
      best->page_height = asked;
    if (best->height > asked + 0.5)
      tl_diags_add(diags, TL_WARNING, NULL, 0, 0, 0, 0,
                   opts->page ? "PDF output continues on further pages"
                              : "try a larger --height, or --height auto",
                   "the chart needs %.0f px, more than the %.0f px asked for",
                   best->height, asked);
  }
  if (st == TL_OK && best->listed && best->capped)
    /* Ten thousand events: no height is enough, and saying "a larger
     * --height" would send people after one. */
    tl_diags_add(diags, TL_WARNING, NULL, 0, 0, 0, 0,
                 "--from/--to draws a part of the timeline with room for every "
                 "label",
                 "%zu of %zu events did not fit as labels: a vertical chart "
                 "grows to at most %.0f px, room for %zu labels spread evenly "
                 "over the timeline; the others are in the numbered list "
                 "below the chart",
                 best->listed, L.n, TL_MAX_AUTO_HEIGHT, L.n - best->listed);
  else if (st == TL_OK && best->listed)
    tl_diags_add(
        diags, TL_WARNING, NULL, 0, 0, 0, 0,
        "a larger --width or --height, or --from/--to, gives them room",
        "%zu of %zu events did not fit as labels; they are in the "
        "numbered list below the chart",
        best->listed, L.n);
  free_layout(&L);
  if (st != TL_OK) {
    tl_scene_free(best);
    return st;
  }
  *out = best;
  return TL_OK;
}
