/* zones.c - calendar zones sized by duration and by the events in them.
 *
 * The zone unit is chosen per segment so a segment holds at least six
 * zones: decades for a century, years for the Korean War to the treaty,
 * months for two years of summits, days for one week in September.  The
 * axis is then shared water-filling style: every zone gets its weight,
 * and a zone holding events that falls under the minimum is raised to it
 * and taken out of the sharing, until nothing changes. */
#include "render/zones.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum zone_unit {
  Z_DAY,
  Z_MONTH,
  Z_YEAR,
  Z_DECADE,
  Z_CENTURY,
  Z_MILLENNIUM
} zone_unit;

static const double unit_days[] = {1,        30.436875, 365.2425,
                                   3652.425, 36524.25,  365242.5};

/* The coarsest unit that still cuts `days` into six zones or more. */
static zone_unit unit_for(double days) {
  for (int u = Z_MILLENNIUM; u > Z_DAY; u--)
    if (days / unit_days[u] >= 6)
      return (zone_unit)u;
  return Z_DAY;
}

/* The first boundary of the unit strictly after `day`. */
static double next_boundary(zone_unit u, double day) {
  int64_t d = (int64_t)floor(day);
  if (u == Z_DAY)
    return (double)(d + 1);
  int32_t y;
  int m, dd;
  tl_civil_from_days(d, &y, &m, &dd);
  if (u == Z_MONTH) {
    tl_add_months(&y, &m, &dd, 1);
    return (double)tl_days_from_civil(y, m, 1);
  }
  int32_t step = u == Z_YEAR      ? 1
                 : u == Z_DECADE  ? 10
                 : u == Z_CENTURY ? 100
                                  : 1000;
  /* Floor division, so years before 0 round the same way. */
  int32_t q = y >= 0 ? y / step : -((-y + step - 1) / step);
  return (double)tl_days_from_civil((q + 1) * step, 1, 1);
}

typedef struct zone {
  double a, b;
  size_t seg;
  double weight, need, len;
  size_t events;
  bool fixed;
} zone;

static bool grow(zone **z, size_t *cap, size_t n) {
  if (n < *cap)
    return true;
  zone *p = realloc(*z, *cap * 2 * sizeof *p);
  if (!p)
    return false;
  *z = p;
  *cap *= 2;
  return true;
}

/* Zones of every segment, in axis order.  NULL on out of memory. */
static zone *make_zones(const tl_scale *s, size_t *count) {
  size_t cap = 64, n = 0;
  zone *z = malloc(cap * sizeof *z);
  for (size_t i = 0; z && i < s->count; i++) {
    const tl_segment *g = &s->segs[i];
    zone_unit u = unit_for(g->b - g->a);
    for (double a = g->a; a < g->b;) {
      double b = fmin(next_boundary(u, a), g->b);
      if (!grow(&z, &cap, n)) {
        free(z);
        return NULL;
      }
      z[n++] = (zone){a, b, i, 0, 0, 0, 0, false};
      a = b;
    }
  }
  *count = n;
  return z;
}

/* The zone holding `day`: the last zone starting at or before it. */
static size_t zone_of(const zone *z, size_t n, double day) {
  size_t lo = 0, hi = n;
  while (hi - lo > 1) {
    size_t mid = (lo + hi) / 2;
    if (z[mid].a <= day)
      lo = mid;
    else
      hi = mid;
  }
  return lo;
}

tl_status tl_scale_density(tl_scale *s, const double *day, const double *need,
                           size_t n, const tl_density *p) {
  size_t nz;
  zone *z = make_zones(s, &nz);
  if (!z)
    return TL_ERR_NOMEM;
  double *seglen = calloc(s->count ? s->count : 1, sizeof *seglen);
  if (!seglen) {
    free(z);
    return TL_ERR_NOMEM;
  }
  double total_days = 0, total_need = 0;
  for (size_t k = 0; k < nz; k++)
    total_days += z[k].b - z[k].a;
  for (size_t i = 0; i < n && nz; i++) {
    zone *h = &z[zone_of(z, nz, day[i])];
    h->need += need[i];
    h->events++;
    total_need += need[i];
  }
  double ts = total_need > 0 ? fmin(fmax(p->time_share, 0.01), 1) : 1;
  for (size_t k = 0; k < nz; k++)
    z[k].weight = ts * (z[k].b - z[k].a) / total_days +
                  (total_need > 0 ? (1 - ts) * z[k].need / total_need : 0);
  /* The cuts keep the width they have now. */
  double cuts = 0;
  for (size_t i = 0; i + 1 < s->count; i++)
    cuts += s->segs[i + 1].p0 - s->segs[i].p1;
  double axis = s->p1 - s->p0 - cuts;
  double per_weight = axis;
  for (int round = 0; round < 16; round++) {
    double fixed_len = 0, free_weight = 0;
    for (size_t k = 0; k < nz; k++) {
      if (z[k].fixed)
        fixed_len += z[k].len;
      else
        free_weight += z[k].weight;
    }
    if (free_weight <= 0 || fixed_len >= axis)
      break;
    per_weight = (axis - fixed_len) / free_weight;
    bool changed = false;
    for (size_t k = 0; k < nz; k++) {
      if (z[k].fixed)
        continue;
      z[k].len = z[k].weight * per_weight;
      if (z[k].events && z[k].len < p->min_zone) {
        z[k].len = p->min_zone;
        z[k].fixed = changed = true;
      }
    }
    if (!changed)
      break;
  }
  /* Minimums that do not fit: back to plain weights. */
  double sum = 0;
  for (size_t k = 0; k < nz; k++)
    sum += z[k].len;
  if (sum > axis + 1e-6 || sum <= 0) {
    for (size_t k = 0; k < nz; k++)
      z[k].len = z[k].weight * axis;
    per_weight = axis;
  }
  for (size_t k = 0; k < nz; k++)
    seglen[z[k].seg] += z[k].len;
  double break_width = s->count > 1 ? s->segs[1].p0 - s->segs[0].p1 : 0;
  tl_scale_set_lengths(s, seglen, break_width);
  tl_status st = TL_OK;
  double *days = malloc((nz ? nz : 1) * sizeof *days);
  double *px = malloc((nz ? nz : 1) * sizeof *px);
  if (!days || !px)
    st = TL_ERR_NOMEM;
  for (size_t i = 0, k = 0; i < s->count && st == TL_OK; i++) {
    size_t m = 0;
    double x = s->segs[i].p0;
    for (; k < nz && z[k].seg == i; k++) {
      x += z[k].len;
      if (z[k].b < s->segs[i].b) { /* inner boundaries only */
        days[m] = z[k].b;
        px[m++] = x;
      }
    }
    st = tl_scale_warp(s, i, days, px, m);
  }
  s->base_pace = axis / total_days; /* as if the axis were linear */
  free(days), free(px), free(seglen), free(z);
  return st;
}

size_t tl_scale_stretches(const tl_scale *s, double min_zoom, tl_stretch *out,
                          size_t max) {
  if (s->base_pace <= 0)
    return 0;
  size_t n = 0;
  for (size_t i = 0; i < s->count; i++) {
    const tl_segment *g = &s->segs[i];
    bool open = false; /* the last zone was zoomed: extend its stretch */
    for (size_t k = 0; k + 1 < g->wn; k++) {
      double days = g->wd[k + 1] - g->wd[k], px = g->wp[k + 1] - g->wp[k];
      if (days <= 0 || px / days < min_zoom * s->base_pace) {
        open = false;
        continue;
      }
      if (open) {
        out[n - 1].b = g->wd[k + 1];
        out[n - 1].p1 = g->wp[k + 1];
      } else if (n < max) {
        out[n++] =
            (tl_stretch){g->wd[k], g->wd[k + 1], g->wp[k], g->wp[k + 1], 0};
        open = true;
      }
    }
  }
  for (size_t k = 0; k < n; k++)
    out[k].zoom =
        (out[k].p1 - out[k].p0) / (out[k].b - out[k].a) / s->base_pace;
  return n;
}
