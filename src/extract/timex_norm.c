/* timex_norm.c - resolve a spec against the DCT, the tense and the story.
 *
 * Three ways a point gets its value:
 *  - shifted: "last year", "two weeks ago", "the following day": the anchor
 *    (DCT or the story's last date) moved by whole units, written at the
 *    unit's precision (TimeML writes "two weeks ago" as a week);
 *  - placed: "Thursday", "in March", "last summer", "Christmas": a named
 *    day or period without a year, placed before or after the anchor as the
 *    modifier or the clause's tense says;
 *  - absolute: "Sept. 4, 2025", "the 1950s": nothing to resolve.
 * Explicit finer fields are then laid over the result ("the third quarter
 * of last year": last year, then quarter 3). */
#include "extract/timex_norm.h"

#include "extract/holidays.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static void tval_init(tval *v) {
  memset(v, 0, sizeof *v);
  v->hour = v->minute = v->second = -1;
}

static int64_t day_of(const tval *v) {
  return tl_days_from_civil(v->year, v->month, v->day);
}

static void set_day(tval *v, int64_t days) {
  int m, d;
  tl_civil_from_days(days, &v->year, &m, &d);
  v->month = (int8_t)m;
  v->day = (int8_t)d;
  v->week = v->quarter = v->half = v->season = 0;
  v->gran = U_DAY;
}

static bool has_day(const tval *v) { return v->known && v->month && v->day; }

static void from_dct(const tl_date *dct, tval *v) {
  tval_init(v);
  v->known = true;
  v->year = dct->year;
  v->gran = U_YEAR;
  if (dct->precision >= TL_PREC_MONTH && dct->month >= 1 && dct->month <= 12) {
    v->month = (int8_t)dct->month;
    v->gran = U_MONTH;
    if (dct->precision >= TL_PREC_DAY && dct->day >= 1) {
      v->day = (int8_t)dct->day;
      v->gran = U_DAY;
    }
  }
}

/* The point a relative expression counts from.  False when there is none
 * (no DCT, no earlier date). */
static bool anchor_of(const timex_spec *sp, const norm_ctx *ctx, tval *v) {
  if (sp->anchor == ANCHOR_NARRATIVE && ctx->narrative &&
      ctx->narrative->known) {
    *v = *ctx->narrative;
    /* "that evening", "the next day" need a day: after "on Monday ... in
     * February 2022" the most specific point told is the Monday */
    if (sp->rel_unit != U_NONE && sp->rel_unit <= U_DAY &&
        !(v->month && v->day) && ctx->narrative_day)
      *v = *ctx->narrative_day;
    return true;
  }
  if (!ctx->dct)
    return false;
  from_dct(ctx->dct, v);
  return true;
}

static int quarter_of(const tval *v) {
  if (v->quarter)
    return v->quarter;
  return v->month ? (v->month - 1) / 3 + 1 : 0;
}

/* ---- shifting by whole units ------------------------------------------- */

static void to_week(tval *v, int64_t days) {
  int32_t y, wy;
  int m, d, w;
  tl_civil_from_days(days, &y, &m, &d);
  tl_iso_week(y, m, d, &wy, &w);
  v->year = wy;
  v->week = (int8_t)w;
  v->month = v->day = v->quarter = v->half = v->season = 0;
  v->gran = U_WEEK;
}

/* Monday of an ISO week. */
static int64_t week_monday(int32_t week_year, int week) {
  int64_t jan4 = tl_days_from_civil(week_year, 1, 4);
  int wd = tl_weekday(week_year, 1, 4);
  return jan4 - (wd - 1) + 7 * (int64_t)(week - 1);
}

static int64_t floor_div(int64_t a, int64_t b) {
  return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* Hours and minutes move the clock, and the day with it. */
static void shift_clock(tval *v, uint8_t unit, int32_t n) {
  if (!has_day(v))
    return;
  if (v->hour < 0) {
    v->gran = U_DAY; /* "three hours later" than a day: that day */
    return;
  }
  int64_t mins =
      day_of(v) * 1440 + v->hour * 60 + (v->minute > 0 ? v->minute : 0);
  mins += unit == U_HOUR ? 60 * (int64_t)n : unit == U_MINUTE ? n : n / 60;
  int64_t days = floor_div(mins, 1440), rest = mins - days * 1440;
  set_day(v, days);
  v->hour = (int8_t)(rest / 60);
  v->minute = (int8_t)(rest % 60);
  v->gran = U_MINUTE;
}

static void shift_weeks(tval *v, int step, int32_t n) {
  int64_t days;
  if (has_day(v)) {
    days = day_of(v);
  } else if (v->week) {
    days = week_monday(v->year, v->week);
  } else {
    v->week = v->month = v->day = 0, v->gran = U_WEEK;
    return;
  }
  to_week(v, days + (int64_t)step * n);
}

static void shift_months(tval *v, int32_t n) {
  int32_t y = v->year;
  int m = v->month, d = 1;
  v->day = v->week = v->quarter = v->half = v->season = 0;
  v->gran = U_MONTH;
  if (!m)
    return;
  tl_add_months(&y, &m, &d, n);
  v->year = y;
  v->month = (int8_t)m;
}

/* Quarters (per = 4) and halves (per = 2) counted across years. */
static void shift_parts(tval *v, int per, int32_t n) {
  int part = per == 4   ? quarter_of(v)
             : v->half  ? v->half
             : v->month ? (v->month <= 6 ? 1 : 2)
                        : 0;
  v->month = v->day = v->week = v->half = v->quarter = v->season = 0;
  v->gran = per == 4 ? U_QUARTER : U_HALF;
  if (!part)
    return;
  int64_t idx = (int64_t)v->year * per + (part - 1) + n;
  v->year = (int32_t)floor_div(idx, per);
  part = (int)(idx - (int64_t)v->year * per + 1);
  if (per == 4)
    v->quarter = (int8_t)part;
  else
    v->half = (int8_t)part;
}

/* Years, decades, centuries: the point becomes that coarse. */
static void shift_years(tval *v, uint8_t unit, int32_t n) {
  int64_t span = unit == U_DECADE       ? 10
                 : unit == U_CENTURY    ? 100
                 : unit == U_MILLENNIUM ? 1000
                                        : 1;
  v->year = (int32_t)((floor_div(v->year, span) + n) * span);
  v->gran = unit;
  v->month = v->day = v->week = v->quarter = v->half = v->season = 0;
  v->hour = v->minute = v->second = -1;
}

/* Moves v by n units and writes it at the unit's precision. */
static void shift(tval *v, uint8_t unit, int32_t n) {
  v->pod = 0;
  switch ((tl_unit)unit) {
  case U_SECOND:
  case U_MINUTE:
  case U_HOUR:
    shift_clock(v, unit, n);
    return;
  case U_POD:
  case U_DAY:
    v->hour = v->minute = v->second = -1;
    if (has_day(v))
      set_day(v, day_of(v) + n);
    else
      v->day = 0, v->gran = U_DAY;
    return;
  case U_WEEKEND:
  case U_WEEK:
    shift_weeks(v, 7, n);
    return;
  case U_FORTNIGHT:
    shift_weeks(v, 14, n);
    return;
  case U_MONTH:
    shift_months(v, n);
    return;
  case U_SEASON:
  case U_QUARTER:
    shift_parts(v, 4, n);
    return;
  case U_HALF:
    shift_parts(v, 2, n);
    return;
  case U_YEAR:
  case U_DECADE:
  case U_CENTURY:
  case U_MILLENNIUM:
    shift_years(v, unit, n);
    return;
  case U_NONE:
    return;
  }
}

/* ---- placing a named day or period ------------------------------------- */

/* First and last day of the period the spec names in `year`; false when the
 * spec names nothing yearly. */
static bool period_in(const timex_spec *sp, int32_t year, int64_t *first,
                      int64_t *last) {
  int m = sp->month, d = sp->day;
  if (sp->holiday) {
    tl_holiday_date(&tl_holidays[sp->holiday - 1], year, &m, &d);
  }
  if (m && d) {
    if (d > tl_days_in_month(year, m))
      return false;
    *first = *last = tl_days_from_civil(year, m, d);
    return true;
  }
  if (m) {
    *first = tl_days_from_civil(year, m, 1);
    *last = tl_days_from_civil(year, m, tl_days_in_month(year, m));
    return true;
  }
  if (sp->season) {
    static const int start[] = {0, 3, 6, 9, 12};
    int sm = start[sp->season];
    *first = tl_days_from_civil(year, sm, 1);
    int32_t ey = year;
    int em = sm, ed = 1;
    tl_add_months(&ey, &em, &ed, 3);
    *last = tl_days_from_civil(ey, em, 1) - 1;
    return true;
  }
  if (sp->quarter) {
    int qm = (sp->quarter - 1) * 3 + 1;
    *first = tl_days_from_civil(year, qm, 1);
    *last = tl_days_from_civil(year, qm + 2, tl_days_in_month(year, qm + 2));
    return true;
  }
  if (sp->half) {
    int hm = sp->half == 1 ? 1 : 7;
    *first = tl_days_from_civil(year, hm, 1);
    *last = tl_days_from_civil(year, hm + 5, hm == 1 ? 30 : 31);
    return true;
  }
  return false;
}

static int64_t distance(int64_t first, int64_t last, int64_t ref) {
  if (ref < first)
    return first - ref;
  if (ref > last)
    return ref - last;
  return 0;
}

/* Placing "March" or "Aug. 7" without a year: the occurrence nearest the
 * reference, where one on the wrong side of the clause's tense counts as
 * this many days further away.  A past clause can still mean last week's
 * "Aug. 7" when the reference is Aug. 18, but not next year's. */
enum { TENSE_PENALTY = 200, NEAR_TENSE_PENALTY = 400, UNKNOWN_PENALTY = 100 };

/* The year in which a named period falls, given the direction. */
static bool place_year(const timex_spec *sp, timex_dir dir, tl_tense tense,
                       bool near, const tval *ref, int32_t *year) {
  /* quarters and halves are reporting periods, mostly completed ones,
   * whatever the tense of the report ("expects to report third-quarter
   * profit") */
  int64_t penalty =
      near && !sp->quarter && !sp->half ? NEAR_TENSE_PENALTY : TENSE_PENALTY;
  int64_t r = has_day(ref) ? day_of(ref)
              : ref->month ? tl_days_from_civil(ref->year, ref->month, 15)
                           : tl_days_from_civil(ref->year, 7, 1);
  int32_t ry = ref->year;
  if (dir == DIR_THIS) {
    *year = ry;
    if (sp->season == SEASON_WI && has_day(ref) && ref->month <= 2)
      *year = ry - 1; /* "this winter" in January: the one begun in Dec */
    return true;
  }
  bool found = false;
  int64_t best = 0;
  bool by_weekday = sp->weekday && sp->month && sp->day;
  for (int32_t y = ry - 6; y <= ry + 6; y++) {
    int64_t f, l;
    if (!period_in(sp, y, &f, &l))
      continue;
    /* "Saturday, April 25": the year in which April 25 is a Saturday */
    if (by_weekday && tl_weekday(y, sp->month, sp->day) != sp->weekday)
      continue;
    if (!by_weekday && (y < ry - 2 || y > ry + 2))
      continue;
    bool ok = true;
    int64_t score = distance(f, l, r);
    if (dir == DIR_LAST) {
      ok = l < r;
      /* "last February" written on March 1: the month just ended would
       * be "last month" or "in February", so the writer means the one a
       * year before; "last December" in January stays last year's. */
      if (sp->month && !sp->day && y == ry && ref->month &&
          sp->month == ref->month - 1)
        ok = false;
    } else if (dir == DIR_NEXT) {
      ok = f > r;
    } else if (tense == TL_TENSE_PAST && f > r) {
      score += penalty; /* a past clause, a future date: unlikely */
    } else if (tense == TL_TENSE_FUTURE && l < r) {
      score += penalty;
    } else if (tense != TL_TENSE_PAST && tense != TL_TENSE_FUTURE && f > r) {
      score += UNKNOWN_PENALTY; /* news reports the past more often */
    }
    if (ok && (!found || score < best)) {
      found = true;
      best = score;
      *year = y;
    }
  }
  return found;
}

/* The day with a given weekday, before or after the reference day. */
static int64_t place_weekday(int weekday, timex_dir dir, tl_tense tense,
                             int64_t ref) {
  int wd = (int)(((ref % 7) + 7 + 3) % 7) + 1; /* 1970-01-01 was Thursday */
  int back = (wd - weekday + 7) % 7;           /* days back to it */
  int ahead = (weekday - wd + 7) % 7;
  switch (dir) {
  case DIR_LAST:
    return ref - (back ? back : 7);
  case DIR_NEXT:
    return ref + (ahead ? ahead : 7);
  case DIR_THIS:
    return ref - (wd - 1) + (weekday - 1);
  case DIR_TENSE:
    break;
  }
  if (tense == TL_TENSE_PAST)
    return ref - back;
  if (tense == TL_TENSE_FUTURE)
    return ref + ahead;
  /* Unknown tense: news mostly reports what has happened, so the past
   * day wins unless the next one is clearly nearer. */
  return back <= ahead + 2 ? ref - back : ref + ahead;
}

/* ---- laying explicit fields over a resolved year ----------------------- */

static void expand_short_year(int32_t *year, const norm_ctx *ctx) {
  int32_t yy = *year % 100;
  if (ctx->dct) {
    int32_t y = ctx->dct->year - ctx->dct->year % 100 + yy;
    *year = y > ctx->dct->year + 10 ? y - 100 : y;
  } else {
    *year = yy <= 30 ? 2000 + yy : 1900 + yy;
  }
}

static void lay_fields(const timex_spec *sp, tval *v) {
  if (sp->quarter) {
    v->quarter = sp->quarter, v->gran = U_QUARTER;
    v->month = v->day = v->week = 0;
  }
  if (sp->half) {
    v->half = sp->half, v->gran = U_HALF;
    v->month = v->day = v->week = 0;
  }
  if (sp->season) {
    v->season = sp->season, v->gran = U_SEASON;
    v->month = v->day = v->week = 0;
  }
  if (sp->month) {
    v->month = sp->month, v->gran = U_MONTH;
    v->day = v->week = 0;
  }
  if (sp->day && v->month) {
    v->day = sp->day, v->gran = U_DAY;
  }
  if (sp->holiday) {
    const holiday *h = &tl_holidays[sp->holiday - 1];
    int m = 0, d = 0;
    if (v->known)
      tl_holiday_date(h, v->year, &m, &d);
    else if (h->rule == H_FIXED)
      m = h->month, d = h->day; /* Christmas: XXXX-12-25 */
    v->month = (int8_t)m, v->day = (int8_t)d, v->gran = U_DAY;
  }
}

static void lay_time(const timex_spec *sp, tval *v) {
  if (sp->hour != NO_FIELD) {
    v->hour = sp->hour;
    v->minute = sp->minute >= 0 ? sp->minute : 0;
    v->second = sp->second;
    v->gran = sp->second >= 0 ? U_SECOND : U_MINUTE;
    v->pod = 0;
  } else if (sp->pod && v->gran <= U_DAY) {
    v->pod = sp->pod;
    v->gran = U_POD;
  }
  if (sp->week_of && has_day(v)) {
    to_week(v, day_of(v));
  }
}

/* ---- points ----------------------------------------------------------------
 */

/* Moves a point by whole units and keeps its precision: "a year earlier"
 * than Aug. 12, 1989 is Aug. 12, 1988, than the third quarter is the third
 * quarter.  Falls back to shift() when the point is coarser than the
 * unit. */
static void shift_keep(tval *v, uint8_t unit, int32_t n) {
  int months = unit == U_YEAR ? 12 : unit == U_QUARTER ? 3 : unit == U_MONTH;
  if (has_day(v) && (months || unit == U_WEEK || unit == U_DAY)) {
    if (months) {
      int32_t y = v->year;
      int m = v->month, d = v->day;
      tl_add_months(&y, &m, &d, (int64_t)months * n);
      v->year = y, v->month = (int8_t)m, v->day = (int8_t)d;
    } else {
      int64_t days = day_of(v) + (unit == U_WEEK ? 7 : 1) * (int64_t)n;
      int8_t pod = v->pod, h = v->hour, mi = v->minute, sec = v->second;
      uint8_t gran = v->gran;
      set_day(v, days);
      v->pod = pod, v->hour = h, v->minute = mi, v->second = sec;
      v->gran = gran;
    }
    return;
  }
  if (v->gran == U_MONTH && months) {
    int32_t y = v->year;
    int m = v->month, d = 1;
    tl_add_months(&y, &m, &d, (int64_t)months * n);
    v->year = y, v->month = (int8_t)m;
    return;
  }
  if ((v->gran == U_QUARTER || v->gran == U_HALF || v->gran == U_SEASON) &&
      unit == U_YEAR) {
    v->year += n;
    return;
  }
  if (v->gran == U_QUARTER && unit == U_QUARTER) {
    shift(v, U_QUARTER, n);
    return;
  }
  shift(v, unit, n);
}

static bool known(const tval *v) { return v && v->known; }

/* The period a financial story is about: the quarter it discussed last. */
static bool reporting_period(const norm_ctx *ctx, tval *v) {
  if (!known(ctx->period))
    return false;
  *v = *ctx->period;
  return true;
}

static bool shifted_point(const timex_spec *sp, const norm_ctx *ctx, tval *v) {
  int32_t n = sp->rel_shift;
  /* "a year ago" in a story about quarterly results is the same quarter a
   * year before; "a year earlier" than Aug. 12 is Aug. 12. */
  bool counted = sp->gran == sp->rel_unit && sp->gran != U_NONE;
  if (counted && sp->rel_unit == U_YEAR && n < 0 &&
      (sp->anchor == ANCHOR_DCT || !known(ctx->narrative)) &&
      reporting_period(ctx, v)) {
    v->year += n;
    return true;
  }
  if (counted && sp->anchor == ANCHOR_NARRATIVE && known(ctx->narrative) &&
      ctx->narrative->gran < sp->rel_unit &&
      (sp->rel_unit < U_YEAR || n == 1 || n == -1)) {
    *v = *ctx->narrative;
    shift_keep(v, sp->rel_unit, n);
    return true;
  }
  /* "the quarter", "that quarter", "the previous quarter": counted from
   * the quarter under discussion, else from the last one completed */
  if (sp->rel_unit == U_QUARTER && sp->anchor == ANCHOR_NARRATIVE) {
    if (reporting_period(ctx, v)) {
      shift(v, U_QUARTER, n);
      return true;
    }
    if (!ctx->dct)
      return false;
    from_dct(ctx->dct, v);
    shift(v, U_QUARTER, n < 0 ? n : -1);
    return true;
  }
  if (!anchor_of(sp, ctx, v))
    return false;
  shift(v, sp->rel_unit, n);
  if (sp->weekend)
    v->weekend = true, v->gran = U_WEEKEND;
  if (sp->gran && sp->gran > v->gran && sp->gran != U_WEEKEND)
    shift(v, sp->gran, 0); /* coarsen: "two weeks ago" is a week */
  return true;
}

/* The second end of "from January to June": the first such period that
 * does not end before the first end begins. */
static bool placed_after(const timex_spec *sp, const tval *start, tval *v) {
  if (!start->known || sp->weekday || sp->weekend)
    return false;
  int64_t from = has_day(start) ? day_of(start)
                 : start->month
                     ? tl_days_from_civil(start->year, start->month, 1)
                     : tl_days_from_civil(start->year, 1, 1);
  for (int32_t y = start->year; y <= start->year + 1; y++) {
    int64_t f, l;
    if (period_in(sp, y, &f, &l) && l >= from) {
      tval_init(v);
      v->known = true;
      v->year = y;
      v->gran = U_YEAR;
      return true;
    }
  }
  return false;
}

static bool placed_point(const timex_spec *sp, const norm_ctx *ctx, tval *v) {
  if (ctx->range_start && placed_after(sp, ctx->range_start, v))
    return true;
  tval ref;
  if (!anchor_of(sp, ctx, &ref))
    return false;
  if (sp->weekday && !sp->month && !sp->day) {
    if (!has_day(&ref))
      return false;
    int64_t day = place_weekday(sp->weekday, (timex_dir)sp->dir, ctx->tense,
                                day_of(&ref));
    tval_init(v);
    v->known = true;
    set_day(v, day);
    return true;
  }
  if (sp->weekend) {
    if (!has_day(&ref))
      return false;
    int64_t sat =
        place_weekday(6, (timex_dir)sp->dir, ctx->tense, day_of(&ref));
    tval_init(v);
    v->known = true;
    to_week(v, sat);
    v->weekend = true;
    v->gran = U_WEEKEND;
    return true;
  }
  int32_t year;
  if (!place_year(sp, (timex_dir)sp->dir, ctx->tense, ctx->tense_near, &ref,
                  &year))
    return false;
  tval_init(v);
  v->known = true;
  v->year = year;
  v->gran = U_YEAR;
  return true;
}

/* Without a DCT: keep what was written, X for the rest. */
static void unknown_point(const timex_spec *sp, tval *v) {
  tval_init(v);
  v->known = false;
  v->gran = U_YEAR;
  if (sp->rel_unit != U_NONE) {
    v->gran = sp->gran ? sp->gran : sp->rel_unit;
    if (v->gran == U_FORTNIGHT)
      v->gran = U_WEEK;
    if (sp->weekend)
      v->gran = U_WEEKEND, v->weekend = true;
  }
  if (sp->weekday && !sp->month) {
    v->weekday = sp->weekday;
    v->gran = U_DAY;
  }
  if (sp->weekend && sp->rel_unit == U_WEEK)
    v->gran = U_WEEKEND, v->weekend = true;
}

static bool resolve_point(const timex_spec *sp, const norm_ctx *ctx, tval *v) {
  bool relative = false;
  tval_init(v);
  if (sp->century != NO_FIELD) {
    v->known = true, v->year = sp->century * 100, v->gran = U_CENTURY;
    return false;
  }
  if (sp->decade != NO_FIELD) {
    int32_t d = sp->decade;
    if (d < 100) { /* the '80s, the fifties: the latest such decade */
      int32_t ref = ctx->dct ? ctx->dct->year : 1999;
      d = ref - ref % 100 + d;
      if (d > ref)
        d -= 100;
      relative = ctx->dct != NULL;
    }
    v->known = true, v->year = d, v->gran = U_DECADE;
    return relative;
  }
  if (sp->has_year) {
    v->known = true;
    v->year = sp->year;
    if (sp->year_short)
      expand_short_year(&v->year, ctx);
    v->gran = U_YEAR;
    tval p;
    if (sp->latest && !sp->quarter && reporting_period(ctx, &p) &&
        p.gran == U_QUARTER) {
      v->quarter = p.quarter; /* "the 1988 period": that year's quarter */
      v->gran = U_QUARTER;
      relative = true;
    }
  } else if (sp->rel_unit != U_NONE) {
    relative = true;
    if (!shifted_point(sp, ctx, v))
      unknown_point(sp, v);
  } else if (sp->weekday || sp->month || sp->season || sp->quarter ||
             sp->half || sp->holiday || sp->weekend) {
    relative = true;
    if (!placed_point(sp, ctx, v))
      unknown_point(sp, v);
  } else if (sp->hour != NO_FIELD || sp->pod) {
    /* a time alone: on the day the story is telling, else the DCT's */
    relative = true;
    const tval *n = ctx->narrative;
    if (n && n->known && !has_day(n) && ctx->narrative_day)
      n = ctx->narrative_day;
    if (n && n->known && has_day(n) && n->gran <= U_DAY) {
      *v = *n;
      v->gran = U_DAY;
      v->hour = v->minute = v->second = -1;
      v->pod = 0;
    } else if (ctx->dct) {
      from_dct(ctx->dct, v);
    } else {
      v->gran = U_DAY;
    }
  }
  if (!(sp->weekday && !sp->month && !sp->day) || sp->has_year)
    lay_fields(sp, v);
  lay_time(sp, v);
  return relative;
}

/* ---- formatting -------------------------------------------------------- */

static const char *const pods[] = {"", "MO", "MI", "AF", "EV", "NI", "DT"};
static const char *const seasons[] = {"", "SP", "SU", "FA", "WI"};

void tl_tval_format(const tval *v, char *out, size_t size) {
  char y[16];
  if (v->known)
    snprintf(y, sizeof y, v->year < 0 ? "%05d" : "%04d", (int)v->year);
  else
    strcpy(y, "XXXX");
  char md[16] = "";
  switch ((tl_unit)v->gran) {
  case U_MILLENNIUM:
    snprintf(out, size, v->known ? "%d" : "X", (int)(v->year / 1000));
    return;
  case U_CENTURY:
    snprintf(out, size, v->known ? "%02d" : "XX", (int)(v->year / 100));
    return;
  case U_DECADE:
    snprintf(out, size, v->known ? "%03d" : "XXX", (int)(v->year / 10));
    return;
  case U_YEAR:
    snprintf(out, size, "%s", y);
    return;
  case U_HALF:
    snprintf(out, size, v->half ? "%s-H%d" : "%s-HX", y, v->half);
    return;
  case U_QUARTER:
    snprintf(out, size, v->quarter ? "%s-Q%d" : "%s-QX", y, v->quarter);
    return;
  case U_SEASON:
    snprintf(out, size, "%s-%s", y, seasons[v->season]);
    return;
  case U_MONTH:
    snprintf(out, size, v->month ? "%s-%02d" : "%s-XX", y, v->month);
    return;
  case U_WEEK:
  case U_WEEKEND:
  case U_FORTNIGHT:
    if (v->week)
      snprintf(out, size, "%s-W%02d%s", y, v->week, v->weekend ? "-WE" : "");
    else
      snprintf(out, size, "%s-WXX%s", y, v->weekend ? "-WE" : "");
    return;
  default:
    break;
  }
  /* a day, with or without a time */
  if (!v->known && v->weekday && !v->month)
    snprintf(md, sizeof md, "WXX-%d", v->weekday);
  else if (v->month && v->day)
    snprintf(md, sizeof md, "%02d-%02d", v->month, v->day);
  else if (v->month)
    snprintf(md, sizeof md, "%02d-XX", v->month);
  else
    strcpy(md, "XX-XX");
  if (v->gran == U_POD && v->pod)
    snprintf(out, size, "%s-%sT%s", y, md, pods[v->pod]);
  else if (v->gran <= U_HOUR && v->hour >= 0 && v->second >= 0)
    snprintf(out, size, "%s-%sT%02d:%02d:%02d", y, md, v->hour, v->minute,
             v->second);
  else if (v->gran <= U_HOUR && v->hour >= 0)
    snprintf(out, size, "%s-%sT%02d:%02d", y, md, v->hour, v->minute);
  else
    snprintf(out, size, "%s-%s", y, md);
}

/* P6Y, PT2H, P2Y6M, PXY */
static void format_amount(double amount, uint8_t unit, bool vague, char *out,
                          size_t size) {
  static const struct {
    uint8_t unit;
    const char *letter;
    bool time;
    double factor; /* to the written unit */
    uint8_t smaller;
    int per;
  } units[] = {
      {U_SECOND, "S", true, 1, U_NONE, 0},
      {U_MINUTE, "M", true, 1, U_SECOND, 60},
      {U_HOUR, "H", true, 1, U_MINUTE, 60},
      {U_DAY, "D", false, 1, U_HOUR, 24},
      {U_WEEK, "W", false, 1, U_DAY, 7},
      {U_FORTNIGHT, "W", false, 2, U_DAY, 14},
      {U_MONTH, "M", false, 1, U_DAY, 30},
      {U_QUARTER, "Q", false, 1, U_MONTH, 3},
      {U_YEAR, "Y", false, 1, U_MONTH, 12},
      {U_DECADE, "Y", false, 10, U_YEAR, 10},
      {U_CENTURY, "Y", false, 100, U_YEAR, 100},
      {U_MILLENNIUM, "Y", false, 1000, U_YEAR, 1000},
  };
  size_t k = 0;
  while (k < sizeof units / sizeof units[0] && units[k].unit != unit)
    k++;
  if (k == sizeof units / sizeof units[0]) {
    snprintf(out, size, "PXX");
    return;
  }
  const char *t = units[k].time ? "T" : "";
  if (vague) {
    const char *big = unit == U_DECADE       ? "DE"
                      : unit == U_CENTURY    ? "CE"
                      : unit == U_MILLENNIUM ? "ML"
                                             : units[k].letter;
    snprintf(out, size, "P%sX%s", t, big);
    return;
  }
  double whole = floor(amount), frac = amount - whole;
  double n = whole * units[k].factor;
  if (frac > 0 && units[k].factor > 1)
    n = amount * units[k].factor, frac = 0; /* half a decade: P5Y */
  if (frac > 0 && units[k].per) {
    double rest = frac * units[k].per;
    size_t s = 0;
    while (s < sizeof units / sizeof units[0] &&
           units[s].unit != units[k].smaller)
      s++;
    if (rest == floor(rest) && s < sizeof units / sizeof units[0]) {
      const char *t2 = units[s].time && !units[k].time ? "T" : "";
      if (whole > 0)
        snprintf(out, size, "P%s%.0f%s%s%.0f%s", t, whole, units[k].letter, t2,
                 rest, units[s].letter);
      else
        snprintf(out, size, "P%s%.0f%s", units[s].time ? "T" : "", rest,
                 units[s].letter);
      return;
    }
  }
  if (n == floor(n))
    snprintf(out, size, "P%s%.0f%s", t, n, units[k].letter);
  else
    snprintf(out, size, "P%s%g%s", t, n, units[k].letter);
}

static void format_set(const timex_spec *sp, char *out, size_t size) {
  if (sp->unit != U_NONE) {
    format_amount(sp->amount > 0 ? sp->amount : 1, sp->unit, false, out, size);
    return;
  }
  if (sp->weekday && sp->pod)
    snprintf(out, size, "XXXX-WXX-%dT%s", sp->weekday, pods[sp->pod]);
  else if (sp->weekday)
    snprintf(out, size, "XXXX-WXX-%d", sp->weekday);
  else if (sp->month)
    snprintf(out, size, "XXXX-%02d", sp->month);
  else if (sp->season)
    snprintf(out, size, "XXXX-%s", seasons[sp->season]);
  else if (sp->pod)
    snprintf(out, size, "XXXX-XX-XXT%s", pods[sp->pod]);
  else
    snprintf(out, size, "P1D");
}

bool tl_timex_value(const timex_spec *sp, const norm_ctx *ctx, char *out,
                    size_t size, tval *point, bool *has_point) {
  *has_point = false;
  switch ((timex_form)sp->form) {
  case FORM_REF:
    snprintf(out, size, "%s", sp->ref ? sp->ref : "PRESENT_REF");
    return false;
  case FORM_DURATION:
    format_amount(sp->amount, sp->unit, sp->vague, out, size);
    return false;
  case FORM_SET:
    format_set(sp, out, size);
    return false;
  case FORM_POINT:
    break;
  }
  tval v;
  bool relative = resolve_point(sp, ctx, &v);
  tl_tval_format(&v, out, size);
  if (v.known) {
    *point = v;
    *has_point = true;
  }
  return relative;
}
