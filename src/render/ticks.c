/* ticks.c - adaptive ticks, one unit per segment.
 *
 * Units run from one day to a millennium.  For each segment the finest unit
 * whose measured labels fit and read well wins, so a ten-day cluster shows
 * days ("2 Sep", each naming its month), a summer of summits months, and
 * the Korean War years.  Day and month ticks lose the year, so a second
 * tier puts it back ("2018") at the segment start and at every new year.
 *
 * A warped segment (dense stretches drawn larger) runs fast in places and
 * slow in others, so a reader cannot count ticks to find a year: there
 * every year that holds events is named first, the unit's other labels
 * fill in where they have room, and every mark stays to show the pace. */
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
    {DAY, 1, 1},        {DAY, 2, 2},         {DAY, 5, 5},
    {DAY, 10, 10},      {DAY, 15, 15},       {MONTH, 1, 30.4},
    {MONTH, 3, 91},     {MONTH, 6, 182},     {YEAR, 1, 365},
    {YEAR, 2, 730},     {YEAR, 5, 1826},     {YEAR, 10, 3652},
    {YEAR, 20, 7305},   {YEAR, 50, 18262},   {YEAR, 100, 36524},
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

/* A day names its month ("20 Sep"): a bare "21" leaves the reader to work
 * the month out from a second tier that may be far away. */
static void tick_text(const unit *u, int32_t y, int m, int d, char *buf,
                      size_t size) {
  if (u->base == DAY)
    snprintf(buf, size, "%d %s", d, tl_month_abbr[m - 1]);
  else if (u->base == MONTH)
    snprintf(buf, size, "%s", tl_month_abbr[m - 1]);
  else
    tl_year_label(y, buf, size);
}

/* Measures k's text; a first-tier label is centred on its tick, a second-
 * tier one starts at its boundary. */
static void measure(const tl_tick_params *p, tl_tick *k, bool centred) {
  tl_text_size sz = {0, 0};
  p->measure->measure(p->measure->ctx, p->font, k->text, strlen(k->text), &sz);
  double extent = p->vertical ? sz.height : sz.width;
  k->size = p->vertical ? sz.width : sz.height;
  k->lo = centred ? k->pos - extent / 2 : k->pos;
  k->hi = k->lo + extent;
}

static int32_t year_of(double day) {
  int32_t y;
  int m, d;
  tl_civil_from_days((int64_t)floor(day), &y, &m, &d);
  return y;
}

/* The events inside segment g: [*first, *last). */
static void events_in(const tl_segment *g, const double *ev, size_t n,
                      size_t *first, size_t *last) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (ev[mid] < g->a)
      lo = mid + 1;
    else
      hi = mid;
  }
  *first = lo;
  while (lo < n && ev[lo] <= g->b)
    lo++;
  *last = lo;
}

typedef struct must {
  int64_t day; /* 1 January */
  unsigned events;
} must;

/* 1 January of each year that holds events and starts inside g, ascending;
 * *out is malloc'd (NULL when there are none). */
static size_t must_years(const tl_segment *g, const tl_tick_params *p,
                         must **out) {
  *out = NULL;
  size_t first, last, n = 0;
  events_in(g, p->events, p->event_count, &first, &last);
  if (first == last)
    return 0;
  *out = malloc((last - first) * sizeof **out);
  if (!*out)
    return 0; /* only fewer names, never a wrong one */
  for (size_t i = first; i < last; i++) {
    int64_t jan1 = tl_days_from_civil(year_of(p->events[i]), 1, 1);
    if (jan1 < (int64_t)ceil(g->a) || jan1 > (int64_t)floor(g->b))
      continue;
    if (n == 0 || (*out)[n - 1].day != jan1)
      (*out)[n++] = (must){jan1, 0};
    (*out)[n - 1].events++;
  }
  return n;
}

static int by_day(const void *x, const void *y) {
  const tl_tick *a = x, *b = y;
  return (a->day > b->day) - (a->day < b->day);
}

/* The nearest labelled tick of ticks[from, to) before i / after i, or
 * NULL. */
static const tl_tick *labelled_before(const tl_tick *k, size_t from, size_t i) {
  while (i-- > from)
    if (k[i].labelled)
      return &k[i];
  return NULL;
}

static const tl_tick *labelled_after(const tl_tick *k, size_t i, size_t to) {
  for (i++; i < to; i++)
    if (k[i].labelled)
      return &k[i];
  return NULL;
}

/* Labels ticks[i] if it keeps `spacing` from its labelled neighbours. */
static bool label_if_clear(tl_tick *k, size_t start, size_t i, size_t end,
                           const tl_tick_params *p) {
  measure(p, &k[i], true);
  const tl_tick *a = labelled_before(k, start, i);
  const tl_tick *b = labelled_after(k, i, end);
  k[i].labelled = (!a || k[i].lo >= a->hi + p->spacing) &&
                  (!b || k[i].hi + p->spacing <= b->lo);
  return k[i].labelled;
}

/* A warped segment's labels: the musts first, busiest year first, then
 * every other tick that fits between its labelled neighbours.  Returns
 * how many are labelled. */
static size_t label_relaxed(const tl_scale *s, tl_ticks *t, size_t start,
                            const tl_tick_params *p) {
  tl_tick *k = t->items;
  size_t kept = 0;
  for (;;) { /* musts by weight: few, so a scan per pick is enough */
    size_t best = t->count;
    for (size_t i = start; i < t->count; i++)
      if (k[i].must && k[i].weight &&
          (best == t->count || k[i].weight > k[best].weight))
        best = i;
    if (best == t->count)
      break;
    label_if_clear(k, start, best, t->count, p);
    k[best].weight = 0; /* done */
  }
  /* The others in order: the labelled tick before one is the last seen,
   * the one after it is the next labelled must (found once per gap).  A
   * year no event falls in is named only clear of the events before it:
   * "2007" just under a dot of October 2006 would be read as its year. */
  const tl_tick *prev = NULL, *next = NULL;
  size_t next_at = start, ev = 0;
  for (size_t i = start; i < t->count; i++) {
    while (ev < p->event_count && p->events[ev] < k[i].day)
      ev++;
    double before = ev ? tl_scale_pos(s, p->events[ev - 1]) : -INFINITY;
    if (k[i].must) {
      if (k[i].labelled) {
        prev = &k[i];
        kept++;
      }
      continue;
    }
    if (next_at <= i) {
      next = labelled_after(k, i, t->count);
      next_at = next ? (size_t)(next - k) : t->count;
    }
    measure(p, &k[i], true);
    k[i].labelled = (!prev || k[i].lo >= prev->hi + p->spacing) &&
                    (!next || k[i].hi + p->spacing <= next->lo) &&
                    k[i].pos - before >= k[i].hi - k[i].lo;
    if (k[i].labelled) {
      prev = &k[i];
      kept++;
    }
  }
  return kept;
}

/* A named year between the unit's ticks: a tick of its own. */
static bool push_must(const tl_scale *s, const must *m, tl_ticks *t) {
  tl_tick k;
  memset(&k, 0, sizeof k);
  k.day = (double)m->day;
  k.pos = tl_scale_pos(s, k.day);
  k.must = true;
  k.weight = m->events;
  tl_year_label(year_of(k.day), k.text, sizeof k.text);
  return push(t, &k);
}

/* Spans holding this many first days of a month get month ticks. */
#define MONTHS_FOR_MONTHS 3
/* More day labels than this on one segment are noise: the event labels
 * give the dates, the ticks only the pace. */
#define MAX_DAY_LABELS 12

/* Would `labels` labels of unit u read well on one segment?  A lone day or
 * month says a date nothing may have happened on ("1 Jan" beside a
 * decade's middle) and gives no pace: the year says enough there. */
static bool reads_well(const unit *u, size_t labels) {
  if (u->base == YEAR)
    return true;
  return labels >= 2 && (u->base != DAY || labels <= MAX_DAY_LABELS);
}

/* How many first days of a month fall in days [first, last], counting no
 * further than MONTHS_FOR_MONTHS. */
static int month_starts(int64_t first, int64_t last) {
  int32_t y;
  int m, d;
  tl_civil_from_days(first, &y, &m, &d);
  if (d != 1) {
    d = 1;
    tl_add_months(&y, &m, &d, 1);
  }
  int n = 0;
  for (int64_t day = tl_days_from_civil(y, m, 1);
       day <= last && n < MONTHS_FOR_MONTHS;
       day = tl_days_from_civil(y, m, 1)) {
    n++;
    tl_add_months(&y, &m, &d, 1);
  }
  return n;
}

/* Generates the first-tier ticks of `u` over segment g into t, labelled and
 * measured; false when they would collide (or on OOM, with *oom set).
 * `musts` (1 January of years holding events) are named first on a
 * warped segment. */
static bool try_unit(const unit *u, const tl_scale *s, const tl_segment *g,
                     const tl_tick_params *p, const must *musts,
                     size_t must_count, tl_ticks *t, bool *oom) {
  double len = g->p1 - g->p0;
  double est = (g->b - g->a) / u->days;
  /* A warped segment runs fast in places and slow in others: there a unit
   * may drop the labels it has no room for, as long as at least half keep
   * theirs; the marks all stay and show the pace. */
  bool relaxed = g->wn > 0;
  /* Could not fit even one-character labels (half of them, relaxed). */
  double least =
      p->spacing + (p->vertical ? p->font->size : p->font->size * 0.5);
  if (relaxed ? est > 400 || est > 2 * len / least + 2 : est > len / 6 + 1)
    return false;
  /* A warped segment of two years or more counts in years; months appear
   * only inside the years drawn wide enough for them (add_months). */
  if (relaxed && u->base != YEAR && g->b - g->a >= 2 * 365.2425)
    return false;
  int64_t first = (int64_t)ceil(g->a), last = (int64_t)floor(g->b);
  int32_t y;
  int m, d;
  /* A span holding three months or more is read in months: days would
   * crowd the axis with dates the labels already give.  Finer labels come
   * back only where the segment is drawn wide (add_finer). */
  if (u->base == DAY && month_starts(first, last) >= MONTHS_FOR_MONTHS)
    return false;
  /* Start from the unit's own boundary at or before the domain start. */
  tl_civil_from_days(first, &y, &m, &d);
  int64_t day = u->base == DAY     ? first
                : u->base == MONTH ? tl_days_from_civil(y, m, 1)
                                   : tl_days_from_civil(y, 1, 1);
  double prev_hi = -INFINITY, prev_pos = -INFINITY;
  size_t start = t->count, grid = 0, next_must = 0;
  bool named = u->base == YEAR && relaxed;
  for (; day <= last; day = next_day(u, day)) {
    tl_civil_from_days(day, &y, &m, &d);
    if (day < first || !on_tick(u, y, m, d))
      continue;
    /* Ticks closer than the spacing fail whatever their text: no need to
     * measure (a long warped segment would measure thousands). */
    double pos = tl_scale_pos(s, (double)day);
    if (!relaxed && pos - prev_pos < p->spacing) {
      t->count = start;
      return false;
    }
    prev_pos = pos;
    grid++;
    tl_tick k;
    memset(&k, 0, sizeof k);
    k.day = (double)day;
    k.pos = pos;
    tick_text(u, y, m, d, k.text, sizeof k.text);
    if (named) {
      /* Named years between grid ticks become ticks of their own. */
      for (; next_must < must_count && musts[next_must].day <= day;
           next_must++) {
        if (musts[next_must].day == day) {
          k.must = true;
          k.weight = musts[next_must].events;
        } else if (!push_must(s, &musts[next_must], t)) {
          *oom = true;
          return false;
        }
      }
    }
    if (!relaxed) {
      measure(p, &k, true);
      if (k.lo < prev_hi + p->spacing) {
        t->count = start;
        return false;
      }
      k.labelled = true;
      prev_hi = k.hi;
    }
    if (!push(t, &k)) {
      *oom = true;
      return false;
    }
  }
  for (; named && next_must < must_count; next_must++)
    if (!push_must(s, &musts[next_must], t)) {
      *oom = true;
      return false;
    }
  if (!relaxed) {
    if (reads_well(u, grid))
      return true;
    t->count = start;
    return false;
  }
  qsort(t->items + start, t->count - start, sizeof *t->items, by_day);
  size_t kept = label_relaxed(s, t, start, p);
  /* Months whose only labels are Januaries say less than years would
   * ("Jan" beside "1993"): the year unit does it plainly. */
  bool beyond_january = u->base != MONTH;
  for (size_t i = start; i < t->count && !beyond_january; i++) {
    tl_civil_from_days((int64_t)t->items[i].day, &y, &m, &d);
    beyond_january = t->items[i].labelled && m != 1;
  }
  if (2 * kept < grid || !beyond_january || !reads_well(u, kept)) {
    t->count = start;
    return false;
  }
  return true;
}

/* Finer units for the gaps of a warped segment, coarsest first. */
static const unit finer[] = {{YEAR, 1, 365}, {MONTH, 3, 91}, {MONTH, 1, 30.4},
                             {DAY, 10, 10},  {DAY, 5, 5},    {DAY, 1, 1}};
#define FINER_COUNT (sizeof finer / sizeof *finer)

/* Labels the ticks of `u` strictly between days d0 and d1 that fit,
 * left to right, between lo and hi px with the spacing: "2019", "Apr"
 * ("2019" for a January), "2 Sep" (a day names its month: these labels
 * stand between others of any unit).  Appends them to t; returns how many
 * (-1 on OOM). */
/* Index of the first event day >= day (events ascending). */
static size_t first_event_from(const tl_tick_params *p, double day) {
  size_t lo = 0, hi = p->event_count;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (p->events[mid] < day)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

static int fill_unit(const unit *u, const tl_scale *s, const tl_tick_params *p,
                     double d0, double d1, double lo, double hi, tl_ticks *t) {
  size_t start = t->count;
  double prev = lo - p->spacing;
  int32_t y;
  int m, d;
  for (int64_t day = (int64_t)floor(d0) + 1; day < d1; day = next_day(u, day)) {
    tl_civil_from_days(day, &y, &m, &d);
    if (!on_tick(u, y, m, d))
      continue;
    tl_tick k;
    memset(&k, 0, sizeof k);
    k.day = (double)day;
    k.pos = tl_scale_pos(s, k.day);
    if (k.pos - prev < p->spacing)
      continue; /* too close to measure */
    if (u->base == DAY)
      snprintf(k.text, sizeof k.text, "%d %s", d, tl_month_abbr[m - 1]);
    else if (u->base == MONTH && m != 1)
      snprintf(k.text, sizeof k.text, "%s", tl_month_abbr[m - 1]);
    else
      tl_year_label(y, k.text, sizeof k.text);
    measure(p, &k, true);
    if (k.hi > hi)
      break;
    if (k.lo < prev + p->spacing)
      continue;
    /* Not just after an event of the period before: "Oct" under a dot of
     * 4 September would be read as its month. */
    size_t e = first_event_from(p, k.day);
    if (e && k.pos - tl_scale_pos(s, p->events[e - 1]) < k.hi - k.lo)
      continue;
    k.labelled = k.minor = true;
    prev = k.hi;
    if (!push(t, &k))
      return -1;
  }
  return (int)(t->count - start);
}

/* The gap between days d0 and d1, lo to hi px, gets labels of the
 * coarsest unit of finer[from..] that has room for one; then each gap
 * they leave gets a finer unit in turn: quarters in a wide year, months
 * between them, days in a wide month.  False on OOM. */
static bool fill_gap(const tl_scale *s, const tl_tick_params *p, double d0,
                     double d1, double lo, double hi, size_t from,
                     tl_ticks *t) {
  /* Only where events crowd, and never more labels than a third of the events
   * between: the ticks orient, the labels carry the dates.  A gap holding
   * one event says enough with the ticks around it. */
  size_t events = first_event_from(p, d1) - first_event_from(p, d0);
  if (hi - lo < 2 * p->spacing || events < 2)
    return true;
  for (size_t u = from; u < FINER_COUNT; u++) {
    /* Hopeless when even one-character labels would not fit between the
     * ticks: skipped without walking them. */
    double least =
        p->spacing + (p->vertical ? p->font->size : p->font->size * 0.5);
    if ((d1 - d0) / finer[u].days > 4 * (hi - lo) / least + 8)
      continue;
    size_t start = t->count;
    int added = fill_unit(&finer[u], s, p, d0, d1, lo, hi, t);
    if (added < 0)
      return false;
    if (added == 0)
      continue;
    if ((size_t)added > events / 3) {
      t->count = start; /* finer still would only crowd more */
      return true;
    }
    for (size_t i = start; i <= start + (size_t)added; i++) {
      bool first = i == start, last = i == start + (size_t)added;
      double a = first ? d0 : t->items[i - 1].day;
      double b = last ? d1 : t->items[i].day;
      double l = first ? lo : t->items[i - 1].hi + p->spacing;
      double h = last ? hi : t->items[i].lo - p->spacing;
      if (!fill_gap(s, p, a, b, l, h, u + 1, t))
        return false;
    }
    return true;
  }
  return true;
}

/* A warped segment is drawn wide in places: where two labelled ticks (or a
 * tick and the segment's end) leave room, finer labels fill it - months in
 * a stretched year, days in a stretched month - so the pace and the dates
 * show where the events are.  They are `minor`: a horizontal chart drops
 * those a leader runs through.  Ticks t[start..] are the segment's; they
 * end up in order. */
static bool add_finer(const tl_scale *s, const tl_segment *g,
                      const tl_tick_params *p, const unit *chosen, tl_ticks *t,
                      size_t start) {
  size_t end = t->count, from = 0;
  while (from < FINER_COUNT && finer[from].days >= chosen->days)
    from++;
  /* The labelled ticks already there bound the gaps. */
  size_t *lab = malloc((end - start + 1) * sizeof *lab);
  if (!lab)
    return false;
  size_t n = 0;
  for (size_t i = start; i < end; i++)
    if (t->items[i].labelled)
      lab[n++] = i;
  bool ok = true;
  for (size_t j = 0; j <= n && ok; j++) {
    double d0 = j ? t->items[lab[j - 1]].day : g->a;
    double d1 = j < n ? t->items[lab[j]].day : g->b;
    double lo = j ? t->items[lab[j - 1]].hi + p->spacing : g->p0;
    double hi = j < n ? t->items[lab[j]].lo - p->spacing : g->p1;
    ok = fill_gap(s, p, d0, d1, lo, hi, from, t);
  }
  free(lab);
  if (ok && t->count > end)
    qsort(t->items + start, t->count - start, sizeof *t->items, by_day);
  return ok;
}

/* Second tier for day and month units: the year ("2018", "491 BCE") at
 * the segment start and at each 1 January, left-aligned at its boundary.
 * Days and months name themselves ("20 Sep", "Oct"), so the year is all
 * they lack.  Only the years of the segment's events: its padding may
 * reach into the year before or after ("1953" at the end of a 1952
 * segment, just before a cut, names nothing).  Kept from the last
 * backwards, so a boundary label wins over the segment-start label it
 * would collide with. */
static bool add_context(const tl_scale *s, const tl_segment *g,
                        const tl_tick_params *p, tl_ticks *t) {
  tl_tick cand[64];
  size_t n = 0;
  int64_t first = (int64_t)ceil(g->a), last = (int64_t)floor(g->b);
  size_t e0, e1;
  events_in(g, p->events, p->event_count, &e0, &e1);
  if (e0 < e1) {
    int32_t y0 = year_of(p->events[e0]), y1 = year_of(p->events[e1 - 1]);
    if (year_of((double)first) < y0)
      first = tl_days_from_civil(y0, 1, 1);
    last = (int64_t)fmin((double)last,
                         (double)tl_days_from_civil(y1 + 1, 1, 1) - 1);
  }
  for (int64_t day = first; day <= last && n < 64;) {
    int32_t y;
    int m, d;
    tl_civil_from_days(day, &y, &m, &d);
    tl_tick k;
    memset(&k, 0, sizeof k);
    k.day = (double)day;
    k.pos = tl_scale_pos(s, (double)day);
    tl_year_label(y, k.text, sizeof k.text);
    measure(p, &k, false);
    k.context = k.labelled = true;
    cand[n++] = k;
    day = tl_days_from_civil(y + 1, 1, 1);
  }
  double next_lo = INFINITY;
  bool keep[64];
  for (size_t i = n; i-- > 0;) {
    keep[i] = cand[i].hi + p->spacing <= next_lo;
    if (keep[i])
      next_lo = cand[i].lo;
  }
  for (size_t i = 0; i < n; i++)
    if (keep[i] && !push(t, &cand[i]))
      return false;
  return true;
}

/* A warped segment named in years whose first events fall in a year that
 * began before it: that year, at the segment's start (nothing else on the
 * axis could say it). */
static bool add_start_year(const tl_scale *s, const tl_segment *g,
                           const tl_tick_params *p, tl_ticks *t) {
  size_t first, last;
  events_in(g, p->events, p->event_count, &first, &last);
  if (first == last)
    return true;
  int32_t y = year_of(p->events[first]);
  if ((double)tl_days_from_civil(y, 1, 1) >= ceil(g->a))
    return true;
  tl_tick k;
  memset(&k, 0, sizeof k);
  k.day = g->a;
  k.pos = tl_scale_pos(s, g->a);
  tl_year_label(y, k.text, sizeof k.text);
  measure(p, &k, false);
  k.context = k.labelled = k.must = true;
  return push(t, &k);
}

/* Removes labels that cross the limits or a previous label of their tier:
 * neighbouring segments may put labels close to their shared cut.  A
 * label naming a year with events wins over one that does not. */
static void resolve(tl_ticks *t, double spacing, double lo, double hi) {
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
    double gap = tier ? spacing / 2 : spacing;
    for (size_t j = i; j-- > 0;) {
      tl_tick *prev = &t->items[j];
      if (!prev->labelled || prev->context != k->context)
        continue;
      if (k->lo >= prev->hi + gap)
        break;
      if (k->must && !prev->must) {
        prev->labelled = false; /* and look further back */
        continue;
      }
      k->labelled = false; /* keep the mark, drop the text */
      break;
    }
  }
}

tl_status tl_ticks_build(const tl_scale *s, const tl_tick_params *p,
                         tl_ticks *out) {
  memset(out, 0, sizeof *out);
  tl_ticks tier2 = {0};
  for (size_t i = 0; i < s->count; i++) {
    const tl_segment *g = &s->segs[i];
    bool oom = false;
    const unit *chosen = NULL;
    size_t before = out->count;
    must *musts = NULL;
    size_t must_count = g->wn ? must_years(g, p, &musts) : 0;
    for (size_t u = 0; u < sizeof units / sizeof units[0]; u++) {
      if (try_unit(&units[u], s, g, p, musts, must_count, out, &oom)) {
        chosen = &units[u];
        break;
      }
      if (oom)
        break;
    }
    free(musts);
    if (oom)
      goto nomem;
    /* A segment with no first-tier label (too narrow, or no 1 January
     * inside) still gets its year. */
    bool ctx = (chosen && chosen->base != YEAR) || out->count == before;
    if (ctx && !add_context(s, g, p, &tier2))
      goto nomem;
    /* A warped segment: finer labels where it is drawn wide. */
    if (chosen && g->wn && !add_finer(s, g, p, chosen, out, before))
      goto nomem;
    if (!ctx && g->wn && !add_start_year(s, g, p, &tier2))
      goto nomem;
  }
  for (size_t i = 0; i < tier2.count; i++)
    if (!push(out, &tier2.items[i]))
      goto nomem;
  tl_ticks_free(&tier2);
  /* Tier by tier, in axis order: first tier items come before the second
   * tier ones already, and both are sorted within themselves. */
  resolve(out, p->spacing, p->lo, p->hi);
  return TL_OK;
nomem:
  tl_ticks_free(&tier2);
  tl_ticks_free(out);
  return TL_ERR_NOMEM;
}

size_t tl_context_days(const tl_segment *g, const double *events, size_t n,
                       double *out, size_t max) {
  size_t first, last, k = 0;
  events_in(g, events, n, &first, &last);
  bool years = g->b - g->a > 400;
  for (size_t i = first; i < last && k < max; i++) {
    int32_t y;
    int m, d;
    tl_civil_from_days((int64_t)floor(events[i]), &y, &m, &d);
    double start = (double)tl_days_from_civil(y, years ? 1 : m, 1);
    double day = start < ceil(g->a) ? g->a : start;
    if (k == 0 || out[k - 1] != day)
      out[k++] = day;
  }
  return k;
}
