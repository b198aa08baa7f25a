/* ticks.c - adaptive ticks, one unit per segment.
 *
 * Units run from one day to a millennium.  For each segment the finest unit
 * whose measured labels fit wins, so a ten-day cluster shows days and the
 * Korean War years.  Day and month ticks lose the year, so a second tier
 * puts it back ("Sep 2025", "2018") at the segment start and at every
 * boundary. */
#include "render/ticks.h"

#include "render/date_label.h"
#include "render/text_fit.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef enum base { DAY, MONTH, YEAR } base;

typedef struct unit {
  base base;
  int step;
  double days; /* rough length, to skip hopeless units quickly */
} unit;

static const unit units[] = {
    {DAY, 1, 1},       {DAY, 2, 2},       {DAY, 5, 5},       {DAY, 10, 10},
    {DAY, 15, 15},     {MONTH, 1, 30.4},  {MONTH, 3, 91},    {MONTH, 6, 182},
    {YEAR, 1, 365},    {YEAR, 2, 730},    {YEAR, 5, 1826},   {YEAR, 10, 3652},
    {YEAR, 20, 7305},  {YEAR, 50, 18262}, {YEAR, 100, 36524},
    {YEAR, 200, 73048}, {YEAR, 500, 182621}, {YEAR, 1000, 365242}};

static bool push(tl_ticks *t, const tl_tick *tick) {
  if (t->count == t->capacity) {
    size_t cap = t->capacity ? t->capacity * 2 : 64;
    tl_tick *p = realloc(t->items, cap * sizeof *p);
    if (!p)
      return false;
    t->items = p;
    t->capacity = cap;
  }
  t->items[t->count++] = *tick;
  return true;
}

void tl_ticks_free(tl_ticks *t) {
  free(t->items);
  memset(t, 0, sizeof *t);
}

/* Does this day start a tick of the unit?  Years BCE count back from 1 BCE
 * so their ticks read "500 BCE", not "501 BCE". */
static bool on_tick(const unit *u, int32_t y, int m, int d) {
  switch (u->base) {
  case DAY:
    if (u->step == 1)
      return true;
    if (u->step == 2)
      return d % 2 == 1 && d < 31;
    return (d - 1) % u->step == 0 && d + u->step - 1 <= 31 &&
           !(u->step == 10 && d == 31);
  case MONTH:
    return d == 1 && (m - 1) % u->step == 0;
  case YEAR:
    if (d != 1 || m != 1)
      return false;
    return y > 0 ? y % u->step == 0 : (1 - y) % u->step == 0;
  }
  return false;
}

/* The next candidate day after `day` worth testing (skips whole months or
 * years for coarse units, so a millennium is not walked day by day). */
static int64_t next_day(const unit *u, int64_t day) {
  int32_t y;
  int m, d;
  tl_civil_from_days(day, &y, &m, &d);
  if (u->base == DAY)
    return day + 1;
  if (u->base == MONTH) {
    tl_add_months(&y, &m, &d, 1);
    return tl_days_from_civil(y, m, 1);
  }
  return tl_days_from_civil(y + 1, 1, 1);
}

static void tick_text(const unit *u, int32_t y, int m, int d, char *buf,
                      size_t size) {
  if (u->base == DAY)
    snprintf(buf, size, "%d", d);
  else if (u->base == MONTH)
    snprintf(buf, size, "%s", tl_month_abbr[m - 1]);
  else
    tl_year_label(y, buf, size);
}

/* Generates the first-tier ticks of `u` over segment g into t, labelled and
 * measured; false when they would collide (or on OOM, with *oom set). */
static bool try_unit(const unit *u, const tl_scale *s, const tl_segment *g,
                     const tl_measurer *ms, const tl_font *font,
                     double spacing, bool vertical, tl_ticks *t, bool *oom) {
  double len = g->p1 - g->p0;
  double est = (g->b - g->a) / u->days;
  /* A warped segment (vertical charts) runs fast in places and slow in
   * others: there a unit may drop the labels it has no room for, as long
   * as at least half keep theirs; the marks all stay and show the pace. */
  bool relaxed = g->wn > 0;
  if (relaxed ? est > 400 : est > len / 6 + 1)
    return false; /* could not fit even one-character labels */
  size_t kept = 0, total = 0;
  int64_t first = (int64_t)ceil(g->a), last = (int64_t)floor(g->b);
  int32_t y;
  int m, d;
  /* Start from the unit's own boundary at or before the domain start. */
  tl_civil_from_days(first, &y, &m, &d);
  int64_t day = u->base == DAY     ? first
                : u->base == MONTH ? tl_days_from_civil(y, m, 1)
                                   : tl_days_from_civil(y, 1, 1);
  double prev_hi = -INFINITY, prev_pos = -INFINITY;
  size_t start = t->count;
  for (; day <= last; day = next_day(u, day)) {
    tl_civil_from_days(day, &y, &m, &d);
    if (day < first || !on_tick(u, y, m, d))
      continue;
    /* Ticks closer than the spacing fail whatever their text: no need to
     * measure (a long warped segment would measure thousands). */
    double pos = tl_scale_pos(s, (double)day);
    if (!relaxed && pos - prev_pos < spacing) {
      t->count = start;
      return false;
    }
    prev_pos = pos;
    total++;
    tl_tick k;
    memset(&k, 0, sizeof k);
    k.pos = pos;
    tick_text(u, y, m, d, k.text, sizeof k.text);
    tl_text_size sz = {0, 0};
    ms->measure(ms->ctx, font, k.text, strlen(k.text), &sz);
    double extent = vertical ? sz.height : sz.width;
    k.size = vertical ? sz.width : sz.height;
    k.lo = k.pos - extent / 2;
    k.hi = k.pos + extent / 2;
    k.labelled = true;
    if (k.lo < prev_hi + spacing) {
      if (!relaxed) {
        t->count = start;
        return false;
      }
      k.labelled = false; /* a mark without text */
    } else {
      prev_hi = k.hi;
      kept++;
    }
    if (!push(t, &k)) {
      *oom = true;
      return false;
    }
  }
  if (relaxed && 2 * kept < total) {
    t->count = start;
    return false;
  }
  return true;
}

/* Second tier for day and month units: "Sep 2025" or "2018" at the segment
 * start and at each new month or year, left-aligned at its boundary.  Kept
 * from the last backwards, so a boundary label wins over the segment-start
 * label it would collide with. */
static bool add_context(const unit *u, const tl_scale *s, const tl_segment *g,
                        const tl_measurer *ms, const tl_font *font,
                        double spacing, bool vertical, tl_ticks *t) {
  tl_tick cand[64];
  size_t n = 0;
  int64_t first = (int64_t)ceil(g->a), last = (int64_t)floor(g->b);
  int32_t y;
  int m, d;
  tl_civil_from_days(first, &y, &m, &d);
  for (int64_t day = first; day <= last && n < 64;) {
    tl_civil_from_days(day, &y, &m, &d);
    tl_tick k;
    memset(&k, 0, sizeof k);
    k.pos = tl_scale_pos(s, (double)day);
    char year[24];
    tl_year_label(y, year, sizeof year);
    if (u->base == DAY)
      snprintf(k.text, sizeof k.text, "%s %s", tl_month_abbr[m - 1], year);
    else
      snprintf(k.text, sizeof k.text, "%s", year);
    tl_text_size sz = {0, 0};
    ms->measure(ms->ctx, font, k.text, strlen(k.text), &sz);
    k.lo = k.pos;
    k.hi = k.pos + (vertical ? sz.height : sz.width);
    k.size = vertical ? sz.width : sz.height;
    k.context = k.labelled = true;
    cand[n++] = k;
    day = u->base == DAY ? tl_days_from_civil(y, m, 1) : tl_days_from_civil(y, 1, 1);
    day = u->base == DAY ? next_day(&(unit){MONTH, 1, 30}, day)
                         : next_day(&(unit){YEAR, 1, 365}, day);
  }
  double next_lo = INFINITY;
  bool keep[64];
  for (size_t i = n; i-- > 0;) {
    keep[i] = cand[i].hi + spacing <= next_lo;
    if (keep[i])
      next_lo = cand[i].lo;
  }
  for (size_t i = 0; i < n; i++)
    if (keep[i] && !push(t, &cand[i]))
      return false;
  return true;
}

/* Removes labels that cross the limits or a previous label of their tier:
 * neighbouring segments may put labels close to their shared cut. */
static void resolve(tl_ticks *t, double spacing, double lo, double hi) {
  double last[2] = {-INFINITY, -INFINITY};
  for (size_t i = 0; i < t->count; i++) {
    tl_tick *k = &t->items[i];
    if (!k->labelled)
      continue;
    int tier = k->context;
    if (k->lo < lo) { /* nudge inside the chart rather than drop */
      k->hi += lo - k->lo;
      k->lo = lo;
    }
    if (k->hi > hi) {
      k->lo -= k->hi - hi;
      k->hi = hi;
    }
    if (k->lo < last[tier] + (tier ? spacing / 2 : spacing))
      k->labelled = false; /* keep the mark, drop the text */
    else
      last[tier] = k->hi;
  }
}

tl_status tl_ticks_build(const tl_scale *s, const tl_measurer *ms,
                         const tl_font *font, double spacing, bool vertical,
                         double lo, double hi, tl_ticks *out) {
  memset(out, 0, sizeof *out);
  tl_ticks tier2 = {0};
  for (size_t i = 0; i < s->count; i++) {
    const tl_segment *g = &s->segs[i];
    bool oom = false;
    const unit *chosen = NULL;
    size_t before = out->count;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
      if (try_unit(&units[u], s, g, ms, font, spacing, vertical, out, &oom)) {
        chosen = &units[u];
        break;
      }
      if (oom)
        goto nomem;
    }
    /* A segment with no first-tier label (too narrow, or no 1 January
     * inside) still gets its year. */
    static const unit year_unit = {MONTH, 1, 30.4};
    const unit *ctx = chosen && chosen->base != YEAR ? chosen
                      : out->count == before      ? &year_unit
                                                  : NULL;
    if (ctx && !add_context(ctx, s, g, ms, font, spacing, vertical, &tier2))
      goto nomem;
  }
  for (size_t i = 0; i < tier2.count; i++)
    if (!push(out, &tier2.items[i]))
      goto nomem;
  tl_ticks_free(&tier2);
  /* Tier by tier, in axis order: first tier items come before the second
   * tier ones already, and both are sorted within themselves. */
  resolve(out, spacing, lo, hi);
  return TL_OK;
nomem:
  tl_ticks_free(&tier2);
  tl_ticks_free(out);
  return TL_ERR_NOMEM;
}
