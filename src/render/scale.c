/* scale.c - segments and cuts.
 *
 * Diplomatic timelines are clusters separated by decades of nothing: a
 * linear axis spends most of its width on empty years.  So the spans are
 * merged into clusters, and every gap between clusters longer than a
 * threshold (a share of the whole range, and at least a minimum) is cut.
 * Each remaining segment is chronological and linear inside; segments
 * share the axis half by how many events they hold and half by how long
 * they last, so a ten-day cluster of twenty events gets real room. */
#include "render/scale.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int by_start(const void *x, const void *y) {
  const tl_span *a = x, *b = y;
  if (a->a != b->a)
    return a->a < b->a ? -1 : 1;
  return (a->b > b->b) - (a->b < b->b);
}

static int by_size_desc(const void *x, const void *y) {
  double a = *(const double *)x, b = *(const double *)y;
  return (a < b) - (a > b);
}

typedef struct cluster {
  double a, b;
  size_t events;
} cluster;

/* Sorted spans -> clusters of overlapping or touching spans. */
static size_t merge(const tl_span *s, size_t n, cluster *out) {
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    if (k && s[i].a <= out[k - 1].b) {
      if (s[i].b > out[k - 1].b)
        out[k - 1].b = s[i].b;
      out[k - 1].events++;
    } else {
      out[k].a = s[i].a;
      out[k].b = s[i].b;
      out[k].events = 1;
      k++;
    }
  }
  return k;
}

/* How many cuts fit on the axis, each next to a segment of min_segment. */
static size_t max_breaks(const tl_scale_params *p) {
  double len = p->p1 - p->p0;
  double k = floor((len + p->break_width) / (p->min_segment + p->break_width));
  return k < 1 ? 0 : (size_t)k - 1;
}

/* The cut threshold.  The theme's rule, max(ratio * range, min_days), is
 * applied again to what is left when the cuts took over half the range,
 * until it settles: one event in 109 BCE must not make six empty years in
 * 2019-2025 look short.  The threshold only falls, so every cut gap stays
 * longer than the final value and every kept gap is at most it.  If more gaps
 * pass than cuts fit, it is raised to the longest gap that must stay. */
static tl_status choose_threshold(const cluster *c, size_t k,
                                  const tl_scale_params *p, double *out) {
  if (p->linear || k < 2) {
    *out = INFINITY;
    return TL_OK;
  }
  double range = c[k - 1].b - c[0].a;
  double t = fmax(p->ratio * range, p->min_days);
  for (;;) {
    double cut = 0;
    for (size_t i = 0; i + 1 < k; i++) {
      double gap = c[i + 1].a - c[i].b;
      if (gap > t)
        cut += gap;
    }
    /* Judge the rest on its own only when the cuts took most of the range
     * (an outlier); otherwise every two-year pause would become a cut. */
    if (cut <= 0.5 * range)
      break;
    double next = fmax(p->ratio * (range - cut), p->min_days);
    if (next >= t)
      break;
    t = next;
  }
  double *gaps = malloc((k - 1) * sizeof *gaps);
  if (!gaps)
    return TL_ERR_NOMEM;
  size_t g = 0;
  for (size_t i = 0; i + 1 < k; i++)
    if (c[i + 1].a - c[i].b > t)
      gaps[g++] = c[i + 1].a - c[i].b;
  size_t cap = max_breaks(p);
  if (g > cap) {
    qsort(gaps, g, sizeof *gaps, by_size_desc);
    t = gaps[cap]; /* cut only the gaps strictly longer than this */
  }
  free(gaps);
  *out = t;
  return TL_OK;
}

static double pad_for(double span) { return fmax(span * 0.04, 1.0); }

tl_status tl_scale_build(const tl_span *spans, size_t n,
                         const tl_scale_params *p, tl_scale *out) {
  memset(out, 0, sizeof *out);
  out->p0 = p->p0;
  out->p1 = p->p1;
  tl_span *s = malloc((n ? n : 1) * sizeof *s);
  cluster *c = malloc((n ? n : 1) * sizeof *c);
  tl_segment *seg = calloc(n ? n : 1, sizeof *seg);
  if (!s || !c || !seg) {
    free(s), free(c), free(seg);
    return TL_ERR_NOMEM;
  }
  if (n)
    memcpy(s, spans, n * sizeof *s);
  qsort(s, n, sizeof *s, by_start);
  size_t k = merge(s, n, c);
  if (k == 0) { /* nothing to show: one empty year */
    c[0].a = 0, c[0].b = 365, c[0].events = 0;
    k = 1;
  }
  tl_status st = choose_threshold(c, k, p, &out->threshold);
  if (st != TL_OK) {
    free(s), free(c), free(seg);
    return st;
  }
  /* Clusters -> segments, split only at gaps longer than the threshold. */
  size_t m = 0;
  for (size_t i = 0; i < k; i++) {
    if (m && c[i].a - seg[m - 1].data_b <= out->threshold) {
      seg[m - 1].data_b = c[i].b;
      seg[m - 1].events += c[i].events;
      continue;
    }
    seg[m].data_a = c[i].a;
    seg[m].data_b = c[i].b;
    seg[m].events = c[i].events;
    m++;
  }
  for (size_t i = 0; i < m; i++) {
    double pad = pad_for(seg[i].data_b - seg[i].data_a);
    seg[i].a = seg[i].data_a - pad;
    seg[i].b = seg[i].data_b + pad;
  }
  free(s);
  free(c);
  out->segs = seg;
  out->count = m;
  /* Pixels: a floor for each segment, the rest half by events, half by
   * duration. */
  double total_events = 0, total_days = 0;
  for (size_t i = 0; i < m; i++) {
    total_events += (double)seg[i].events;
    total_days += seg[i].b - seg[i].a;
  }
  double avail = (p->p1 - p->p0) - (double)(m - 1) * p->break_width;
  /* The floor is for tick labels; a segment of one or two events gets a
   * smaller one, so twenty-five events elsewhere are not squeezed. */
  double floor_total = 0;
  for (size_t i = 0; i < m; i++)
    floor_total += p->min_segment * fmin(1.0, (double)seg[i].events / 3.0);
  double shrink = floor_total > avail ? avail / floor_total : 1.0;
  double rest = avail - floor_total * shrink;
  double *len = malloc(m * sizeof *len);
  if (!len) {
    tl_scale_free(out);
    return TL_ERR_NOMEM;
  }
  for (size_t i = 0; i < m; i++) {
    double we = total_events > 0 ? (double)seg[i].events / total_events
                                 : 1.0 / (double)m;
    double wd = (seg[i].b - seg[i].a) / total_days;
    double floor_px =
        p->min_segment * fmin(1.0, (double)seg[i].events / 3.0) * shrink;
    len[i] = floor_px + rest * (m == 1 ? 1.0 : 0.5 * we + 0.5 * wd);
  }
  tl_scale_set_lengths(out, len, p->break_width);
  free(len);
  return TL_OK;
}

void tl_scale_set_lengths(tl_scale *s, const double *len, double break_width) {
  double x = s->p0;
  for (size_t i = 0; i < s->count; i++) {
    if (i)
      x += break_width;
    s->segs[i].p0 = x;
    x += len[i];
    s->segs[i].p1 = x;
  }
  s->p1 = x;
}

void tl_scale_free(tl_scale *s) {
  for (size_t i = 0; i < s->count; i++) {
    free(s->segs[i].wd);
    free(s->segs[i].wp);
  }
  free(s->segs);
  memset(s, 0, sizeof *s);
}

static double lerp(double d, double a, double b, double p0, double p1) {
  return b > a ? p0 + (d - a) / (b - a) * (p1 - p0) : (p0 + p1) / 2;
}

tl_status tl_scale_warp(tl_scale *s, size_t i, const double *days,
                        const double *px, size_t n) {
  tl_segment *g = &s->segs[i];
  free(g->wd);
  free(g->wp);
  g->wd = malloc((n + 2) * sizeof *g->wd);
  g->wp = malloc((n + 2) * sizeof *g->wp);
  g->wn = 0;
  if (!g->wd || !g->wp) {
    free(g->wd), free(g->wp);
    g->wd = g->wp = NULL;
    return TL_ERR_NOMEM;
  }
  g->wd[0] = g->a, g->wp[0] = g->p0;
  size_t k = 1;
  for (size_t j = 0; j < n; j++)
    if (days[j] > g->wd[k - 1] && px[j] > g->wp[k - 1] && days[j] < g->b &&
        px[j] < g->p1) {
      g->wd[k] = days[j], g->wp[k] = px[j];
      k++;
    }
  g->wd[k] = g->b, g->wp[k] = g->p1;
  g->wn = k + 1;
  return TL_OK;
}

static double warped(const tl_segment *g, double day) {
  size_t lo = 0, hi = g->wn - 1; /* wd[lo] <= day < wd[hi] */
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (g->wd[mid] <= day)
      lo = mid;
    else
      hi = mid;
  }
  return lerp(day, g->wd[lo], g->wd[hi], g->wp[lo], g->wp[hi]);
}

double tl_scale_pos(const tl_scale *s, double day) {
  if (!s->count)
    return s->p0;
  if (day <= s->segs[0].a)
    return s->segs[0].p0;
  for (size_t i = 0; i < s->count; i++) {
    const tl_segment *g = &s->segs[i];
    if (day <= g->b)
      return g->wn ? warped(g, day) : lerp(day, g->a, g->b, g->p0, g->p1);
    if (i + 1 < s->count && day < s->segs[i + 1].a)
      return lerp(day, g->b, s->segs[i + 1].a, g->p1, s->segs[i + 1].p0);
  }
  return s->segs[s->count - 1].p1;
}

int tl_scale_segment(const tl_scale *s, double day) {
  for (size_t i = 0; i < s->count; i++)
    if (day >= s->segs[i].a && day <= s->segs[i].b)
      return (int)i;
  return -1;
}

void tl_gap_label(double days, char *buf, size_t size) {
  double years = days / 365.2425;
  if (years >= 1.5) {
    snprintf(buf, size, "%.0f years", round(years));
  } else if (days >= 45) {
    double months = round(days / 30.436875);
    snprintf(buf, size, "%.0f month%s", months, months == 1 ? "" : "s");
  } else {
    double d = round(days);
    snprintf(buf, size, "%.0f day%s", d, d == 1 ? "" : "s");
  }
}
