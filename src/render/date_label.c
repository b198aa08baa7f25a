/* date_label.c - readable dates that keep their precision.
 *
 * A year-precise event reads "2019", never "1 Jan 2019"; ranges share
 * what their ends have in common ("27–28 Feb 2019"). */
#include "render/date_label.h"

#include <stdio.h>
#include <string.h>

const char *const tl_month_abbr[12] = {"Jan", "Feb", "Mar", "Apr",
                                       "May", "Jun", "Jul", "Aug",
                                       "Sep", "Oct", "Nov", "Dec"};

static const char *const seasons[4] = {"spring", "summer", "autumn", "winter"};

#define EN_DASH "\xe2\x80\x93"

void tl_year_label(int32_t year, char *buf, size_t size) {
  if (year > 0)
    snprintf(buf, size, "%ld", (long)year);
  else
    snprintf(buf, size, "%ld BCE", (long)(1 - (long)year));
}

/* The date without qualifiers. */
static void plain(const tl_date *d, char *buf, size_t size) {
  char year[24];
  tl_year_label(d->year, year, sizeof year);
  switch (d->precision) {
  case TL_PREC_DAY:
    snprintf(buf, size, "%d %s %s", d->day, tl_month_abbr[d->month - 1], year);
    break;
  case TL_PREC_MONTH:
    snprintf(buf, size, "%s %s", tl_month_abbr[d->month - 1], year);
    break;
  case TL_PREC_SEASON:
    snprintf(buf, size, "%s %s", seasons[(d->month - 21) & 3], year);
    break;
  case TL_PREC_DECADE:
  case TL_PREC_CENTURY:
    if (d->year > 0) {
      snprintf(buf, size, "%lds", (long)d->year);
    } else {
      /* -049X holds -490: the years 491..500 BCE, read as "the 490s BCE". */
      long y = 1 - (long)d->year;
      long step = d->precision == TL_PREC_DECADE ? 10 : 100;
      snprintf(buf, size, "%lds BCE", (y / step) * step);
    }
    break;
  default:
    snprintf(buf, size, "%s", year);
    break;
  }
}

void tl_date_label(const tl_date *d, char *buf, size_t size) {
  char core[48];
  plain(d, core, sizeof core);
  bool approx = d->flags & TL_DATE_APPROXIMATE;
  bool unsure = d->flags & TL_DATE_UNCERTAIN;
  snprintf(buf, size, "%s%s%s", approx ? "c. " : "", core, unsure ? "?" : "");
}

static bool qualified(const tl_date *d) {
  return d->flags & (TL_DATE_APPROXIMATE | TL_DATE_UNCERTAIN);
}

/* "27–28 Feb 2019", "Mar–Jun 2018": only for two plain dates of the same
 * precision sharing the year (and month for days). */
static bool compact_range(const tl_date *a, const tl_date *b, char *buf,
                          size_t size) {
  if (qualified(a) || qualified(b) || a->precision != b->precision ||
      a->year != b->year || a->year <= 0)
    return false;
  if (a->precision == TL_PREC_DAY && a->month == b->month) {
    snprintf(buf, size, "%d" EN_DASH "%d %s %ld", a->day, b->day,
             tl_month_abbr[a->month - 1], (long)a->year);
    return true;
  }
  if (a->precision == TL_PREC_MONTH) {
    snprintf(buf, size, "%s" EN_DASH "%s %ld", tl_month_abbr[a->month - 1],
             tl_month_abbr[b->month - 1], (long)a->year);
    return true;
  }
  if (a->precision == TL_PREC_DAY) {
    snprintf(buf, size, "%d %s " EN_DASH " %d %s %ld", a->day,
             tl_month_abbr[a->month - 1], b->day, tl_month_abbr[b->month - 1],
             (long)a->year);
    return true;
  }
  return false;
}

static void range(const tl_date *a, int a_bound, const tl_date *b, int b_bound,
                  char *buf, size_t size) {
  char x[56], y[56];
  if (a_bound == TL_BOUND_DATE)
    tl_date_label(a, x, sizeof x);
  if (b_bound == TL_BOUND_DATE)
    tl_date_label(b, y, sizeof y);
  if (a_bound != TL_BOUND_DATE && b_bound != TL_BOUND_DATE)
    snprintf(buf, size, "?");
  else if (a_bound == TL_BOUND_OPEN)
    snprintf(buf, size, "until %s", y);
  else if (a_bound == TL_BOUND_UNKNOWN)
    snprintf(buf, size, "? " EN_DASH " %s", y);
  else if (b_bound == TL_BOUND_OPEN)
    snprintf(buf, size, "since %s", x);
  else if (b_bound == TL_BOUND_UNKNOWN)
    snprintf(buf, size, "%s " EN_DASH " ?", x);
  else if (compact_range(a, b, buf, size))
    return;
  else if (a->precision <= TL_PREC_YEAR && b->precision <= TL_PREC_YEAR &&
           !qualified(a) && !qualified(b) && a->year > 0)
    snprintf(buf, size, "%s" EN_DASH "%s", x, y); /* 1950–1953 */
  else
    snprintf(buf, size, "%s " EN_DASH " %s", x, y);
}

void tl_event_date_label(const tl_event *e, char *buf, size_t size) {
  const tl_when *w = &e->date;
  if (w->interval)
    range(&w->start, w->start_bound, &w->end, w->end_bound, buf, size);
  else if (e->has_end)
    range(&w->start, TL_BOUND_DATE, &e->end, TL_BOUND_DATE, buf, size);
  else
    tl_date_label(&w->start, buf, size);
}
