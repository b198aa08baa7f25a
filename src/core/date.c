/* date.c - EDTF level 0-1 dates: strict parsing, formatting, ranges.
 *
 * The canonical spelling of every date is the EDTF one; tl_when_parse also
 * accepts friendly spellings (date_friendly.c) so people can type what they
 * know, and `timeline fmt` rewrites them. */
#include "core/date.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *const tl_month_names[12] = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

void tl_date_fail(tl_date_parse_info *info, size_t offset, size_t length,
                  const char *format, ...) {
  if (!info)
    return;
  info->error_offset = offset;
  info->error_length = length;
  va_list ap;
  va_start(ap, format);
  vsnprintf(info->message, sizeof info->message, format, ap);
  va_end(ap);
}

static void set_hint(tl_date_parse_info *info, const char *hint) {
  if (info)
    snprintf(info->hint, sizeof info->hint, "%s", hint);
}

bool tl_date_valid(const tl_date *d, tl_date_parse_info *info, size_t offset,
                   size_t length) {
  if (d->year < -9999 || d->year > 9999) {
    tl_date_fail(info, offset, length,
                 "year %ld is outside the supported range -9999..9999",
                 (long)d->year);
    return false;
  }
  if (d->precision == TL_PREC_SEASON) {
    if (d->month < TL_SEASON_SPRING || d->month > TL_SEASON_WINTER) {
      tl_date_fail(info, offset, length, "season %02d does not exist",
                   d->month);
      return false;
    }
    return true;
  }
  if (d->precision >= TL_PREC_MONTH && (d->month < 1 || d->month > 12)) {
    tl_date_fail(info, offset, length, "month %02d does not exist", d->month);
    set_hint(info, "months are 01-12; 21-24 are the seasons spring, summer, "
                   "autumn and winter");
    return false;
  }
  if (d->precision == TL_PREC_DAY) {
    int dim = tl_days_in_month(d->year, d->month);
    if (d->day < 1 || d->day > dim) {
      if (d->day >= 1 && d->day <= 31)
        tl_date_fail(info, offset, length, "%s %ld has %d days, not %d",
                     tl_month_names[d->month - 1], (long)d->year, dim, d->day);
      else
        tl_date_fail(info, offset, length, "day %02d does not exist", d->day);
      return false;
    }
  }
  return true;
}

/* ---- strict EDTF parsing ------------------------------------------------ */

static bool is_digit(char c) { return c >= '0' && c <= '9'; }

static int two_digits(const char *s) { return (s[0] - '0') * 10 + s[1] - '0'; }

/* A date without '/': [-]YYYY[-MM[-DD]][~?%] with X for unspecified digits.
 * `base` is where s starts in the whole input, for error offsets. */
static bool parse_date(const char *s, size_t len, size_t base, tl_date *out,
                       tl_date_parse_info *info, bool *semantic) {
  memset(out, 0, sizeof *out);
  size_t i = 0;
  bool negative = false;
  if (i < len && s[i] == '-') {
    negative = true;
    i++;
  }
  size_t ystart = i;
  while (i < len && (is_digit(s[i]) || s[i] == 'X'))
    i++;
  size_t ylen = i - ystart;
  if (ylen == 0) {
    tl_date_fail(info, base, len ? len : 1, "expected a year");
    return false;
  }
  if (ylen != 4) {
    tl_date_fail(info, base + ystart, ylen,
                 ylen > 4 ? "years with more than four digits are not supported"
                          : "write the year with four digits");
    if (ylen < 4)
      set_hint(info, "pad with zeros: 0079 is the year 79");
    return false;
  }
  const char *y = s + ystart;
  int xs = 0;
  for (int k = 3; k >= 0 && y[k] == 'X'; k--)
    xs++;
  for (int k = 0; k < 4 - xs; k++) {
    if (!is_digit(y[k])) {
      tl_date_fail(info, base + ystart, 4,
                   "`X` may only replace the last digits of a year");
      return false;
    }
  }
  if (xs > 2) {
    tl_date_fail(info, base + ystart, 4,
                 xs == 4 ? "the year is missing"
                         : "millennia (1XXX) are not supported");
    set_hint(info, "use 19XX for a century or 195X for a decade");
    return false;
  }
  long year = 0;
  for (int k = 0; k < 4; k++)
    year = year * 10 + (y[k] == 'X' ? 0 : y[k] - '0');
  if (negative && year == 0) {
    tl_date_fail(info, base, ylen + 1, "-0000 is not a year; 1 BCE is 0000");
    return false;
  }
  out->year = (int32_t)(negative ? -year : year);
  out->precision = xs == 2   ? TL_PREC_CENTURY
                   : xs == 1 ? TL_PREC_DECADE
                             : TL_PREC_YEAR;

  for (int part = 0; part < 2 && i < len && s[i] == '-'; part++) {
    size_t at = i + 1;
    if (at + 2 > len || !((is_digit(s[at]) && is_digit(s[at + 1])) ||
                          (s[at] == 'X' && s[at + 1] == 'X'))) {
      tl_date_fail(info, base + at, at < len ? 1 : 0,
                   part == 0 ? "expected a two-digit month after `-`"
                             : "expected a two-digit day after `-`");
      return false;
    }
    if (at + 2 < len && is_digit(s[at + 2])) {
      tl_date_fail(info, base + at, 2,
                   part == 0 ? "expected a two-digit month after `-`"
                             : "expected a two-digit day after `-`");
      return false;
    }
    if (out->precision < TL_PREC_YEAR) {
      tl_date_fail(info, base + i, 3,
                   "a decade or century cannot have a month or day");
      return false;
    }
    bool unspecified = s[at] == 'X';
    int value = unspecified ? 0 : two_digits(s + at);
    if (part == 0) {
      if (unspecified) {
        out->flags |= TL_DATE_MONTH_UNSPECIFIED;
      } else {
        out->month = (uint8_t)value;
        out->precision =
            value >= 21 && value <= 24 ? TL_PREC_SEASON : TL_PREC_MONTH;
        if (!tl_date_valid(out, info, base + at, 2))
          return *semantic = true, false;
      }
    } else {
      if (out->precision == TL_PREC_SEASON) {
        tl_date_fail(info, base + i, 3, "a season cannot have a day");
        return false;
      }
      if (unspecified) {
        out->flags |= TL_DATE_DAY_UNSPECIFIED;
      } else if (out->flags & TL_DATE_MONTH_UNSPECIFIED) {
        tl_date_fail(info, base + at, 2,
                     "a day needs a month: the month is XX");
        return false;
      } else {
        out->day = (uint8_t)value;
        out->precision = TL_PREC_DAY;
        if (!tl_date_valid(out, info, base + at, 2))
          return *semantic = true, false;
      }
    }
    i = at + 2;
  }
  if (i < len && (s[i] == '~' || s[i] == '?' || s[i] == '%')) {
    out->flags |= s[i] == '~'   ? TL_DATE_APPROXIMATE
                  : s[i] == '?' ? TL_DATE_UNCERTAIN
                                : TL_DATE_APPROXIMATE | TL_DATE_UNCERTAIN;
    i++;
  }
  if (i + 1 < len && s[i] == 'T' && is_digit(s[i + 1])) {
    tl_date_fail(info, base + i, len - i,
                 "times of day are not supported in events files");
    set_hint(info, "keep the date only; put the time in the summary");
    return false;
  }
  if (i != len) {
    tl_date_fail(info, base + i, len - i, "unexpected `%.*s` after the date",
                 (int)(len - i), s + i);
    return false;
  }
  if (!tl_date_valid(out, info, base, len))
    return *semantic = true, false;
  return true;
}

/* One end of an interval: a date, ".." (open) or nothing (unknown). */
static bool parse_bound(const char *s, size_t len, size_t base, tl_date *out,
                        uint8_t *bound, tl_date_parse_info *info,
                        bool *semantic) {
  memset(out, 0, sizeof *out);
  if (len == 0) {
    *bound = TL_BOUND_UNKNOWN;
    return true;
  }
  if (len == 2 && s[0] == '.' && s[1] == '.') {
    *bound = TL_BOUND_OPEN;
    return true;
  }
  *bound = TL_BOUND_DATE;
  return parse_date(s, len, base, out, info, semantic);
}

bool tl_edtf_parse(const char *s, size_t len, tl_when *out,
                   tl_date_parse_info *info, bool *looked_edtf,
                   bool *semantic) {
  memset(out, 0, sizeof *out);
  *semantic = false;
  *looked_edtf = len > 0;
  for (size_t i = 0; i < len; i++)
    if (!strchr("0123456789X-/.~?%T:", s[i]) || s[i] == '\0')
      *looked_edtf = false;
  const char *slash = memchr(s, '/', len);
  if (!slash) {
    if (len == 2 && s[0] == '.' && s[1] == '.') {
      tl_date_fail(info, 0, 2, "`..` is only allowed as an interval end");
      set_hint(info, "write ../2019 for \"until 2019\" or 2019/.. for "
                     "\"since 2019\"");
      return false;
    }
    return parse_date(s, len, 0, &out->start, info, semantic);
  }
  size_t left = (size_t)(slash - s);
  if (memchr(slash + 1, '/', len - left - 1)) {
    tl_date_fail(info, left, 1, "an interval has exactly one `/`");
    return false;
  }
  out->interval = true;
  if (!parse_bound(s, left, 0, &out->start, &out->start_bound, info,
                   semantic) ||
      !parse_bound(slash + 1, len - left - 1, left + 1, &out->end,
                   &out->end_bound, info, semantic))
    return false;
  if (out->start_bound != TL_BOUND_DATE && out->end_bound != TL_BOUND_DATE) {
    tl_date_fail(info, 0, len, "an interval needs at least one date");
    return false;
  }
  if (out->start_bound == TL_BOUND_DATE && out->end_bound == TL_BOUND_DATE &&
      tl_date_last_day(&out->end) < tl_date_first_day(&out->start)) {
    tl_date_fail(info, left + 1, len - left - 1,
                 "the interval ends before it starts");
    *semantic = true;
    return false;
  }
  return true;
}

/* 04/09/2025: Europe and America read it differently, so refuse it. */
static bool numeric_slash_date(const char *s, size_t len) {
  size_t i = 0, groups = 0, first = 0;
  while (first < len && is_digit(s[first]))
    first++;
  if (first == 0 || first > 2) /* 2019/02/03 is not ambiguous */
    return false;
  while (i < len) {
    size_t start = i;
    while (i < len && is_digit(s[i]))
      i++;
    if (i == start || i - start > 4)
      return false;
    groups++;
    if (i < len && s[i] != '/' && s[i] != '.')
      return false;
    if (i < len)
      i++;
  }
  return groups == 3 && s[len - 1] != '/';
}

tl_status tl_when_parse(const char *text, size_t len, tl_when *out,
                        tl_date_parse_info *info) {
  tl_date_parse_info local;
  if (!info)
    info = &local;
  memset(info, 0, sizeof *info);
  memset(out, 0, sizeof *out);
  if (numeric_slash_date(text, len)) {
    tl_date_fail(info, 0, len, "`%.*s` is ambiguous: day/month or month/day?",
                 (int)len, text);
    set_hint(info, "write it as YYYY-MM-DD");
    return TL_ERR_INVALID;
  }
  bool looked_edtf, strict_semantic, friendly_semantic = false;
  if (tl_edtf_parse(text, len, out, info, &looked_edtf, &strict_semantic)) {
    char buf[TL_WHEN_MAX];
    tl_when_format(out, buf);
    info->canonical = strlen(buf) == len && memcmp(buf, text, len) == 0;
    return TL_OK;
  }
  tl_date_parse_info strict = *info;
  memset(info, 0, sizeof *info);
  if (tl_friendly_parse(text, len, out, info, &friendly_semantic)) {
    info->canonical = false;
    return TL_OK;
  }
  /* Report the strict parser's complaint for text in EDTF's alphabet
   * ("2025-02-30"), the friendly parser's for words ("30 February 2025"),
   * unless only the friendly parser understood the shape and found the date
   * impossible ("1953-1950" is a backwards range, not month 19). */
  if (looked_edtf && (strict_semantic || !friendly_semantic))
    *info = strict;
  if (!info->message[0]) {
    tl_date_fail(info, 0, len, "`%.*s` is not a date", (int)len, text);
    set_hint(info, "write 2025-09-04, 2025-09, 2019, 195X (a decade), 2018~ "
                   "(approximate) or 1950/1953 (an interval)");
  }
  memset(out, 0, sizeof *out);
  return TL_ERR_INVALID;
}

/* ---- formatting --------------------------------------------------------- */

char *tl_date_format(const tl_date *d, char *buf) {
  char *p = buf;
  long y = d->year;
  if (y < 0) {
    *p++ = '-';
    y = -y;
  }
  if (d->precision == TL_PREC_CENTURY)
    p += sprintf(p, "%02ldXX", (y / 100) % 100);
  else if (d->precision == TL_PREC_DECADE)
    p += sprintf(p, "%03ldX", (y / 10) % 1000);
  else
    p += sprintf(p, "%04ld", y % 10000);
  if (d->flags & TL_DATE_MONTH_UNSPECIFIED)
    p += sprintf(p, "-XX");
  else if (d->precision >= TL_PREC_SEASON)
    p += sprintf(p, "-%02d", d->month % 100);
  if (d->flags & TL_DATE_DAY_UNSPECIFIED)
    p += sprintf(p, "-XX");
  else if (d->precision == TL_PREC_DAY)
    p += sprintf(p, "-%02d", d->day % 100);
  unsigned q = d->flags & (TL_DATE_APPROXIMATE | TL_DATE_UNCERTAIN);
  if (q == (TL_DATE_APPROXIMATE | TL_DATE_UNCERTAIN))
    *p++ = '%';
  else if (q == TL_DATE_APPROXIMATE)
    *p++ = '~';
  else if (q == TL_DATE_UNCERTAIN)
    *p++ = '?';
  *p = '\0';
  return buf;
}

static char *format_bound(const tl_date *d, uint8_t bound, char *p) {
  if (bound == TL_BOUND_OPEN)
    return strcpy(p, "..") + 2;
  if (bound == TL_BOUND_UNKNOWN) {
    *p = '\0'; /* "2019/" ends here */
    return p;
  }
  tl_date_format(d, p);
  return p + strlen(p);
}

char *tl_when_format(const tl_when *w, char *buf) {
  if (!w->interval)
    return tl_date_format(&w->start, buf);
  char *p = format_bound(&w->start, w->start_bound, buf);
  *p++ = '/';
  format_bound(&w->end, w->end_bound, p);
  return buf;
}

tl_when tl_when_from_date(tl_date date) {
  tl_when w;
  memset(&w, 0, sizeof w);
  w.start = date;
  return w;
}

/* ---- ranges and order --------------------------------------------------- */

static int32_t first_year(const tl_date *d) {
  if (d->precision == TL_PREC_CENTURY)
    return d->year >= 0 ? d->year : d->year - 99;
  if (d->precision == TL_PREC_DECADE)
    return d->year >= 0 ? d->year : d->year - 9;
  return d->year;
}

static int32_t last_year(const tl_date *d) {
  if (d->precision == TL_PREC_CENTURY)
    return d->year >= 0 ? d->year + 99 : d->year;
  if (d->precision == TL_PREC_DECADE)
    return d->year >= 0 ? d->year + 9 : d->year;
  return d->year;
}

int64_t tl_date_first_day(const tl_date *d) {
  switch (d->precision) {
  case TL_PREC_NONE:
    return INT64_MIN;
  case TL_PREC_SEASON:
    return tl_days_from_civil(d->year, 3 * (d->month - TL_SEASON_SPRING) + 3,
                              1);
  case TL_PREC_MONTH:
    return tl_days_from_civil(d->year, d->month, 1);
  case TL_PREC_DAY:
    return tl_days_from_civil(d->year, d->month, d->day);
  default:
    return tl_days_from_civil(first_year(d), 1, 1);
  }
}

int64_t tl_date_last_day(const tl_date *d) {
  switch (d->precision) {
  case TL_PREC_NONE:
    return INT64_MAX;
  case TL_PREC_SEASON: {
    /* Spring is Mar-May, ..., winter is Dec to the end of next February. */
    int32_t y = d->year;
    int m = 3 * (d->month - TL_SEASON_SPRING) + 5;
    if (m > 12) {
      m -= 12;
      y++;
    }
    return tl_days_from_civil(y, m, tl_days_in_month(y, m));
  }
  case TL_PREC_MONTH:
    return tl_days_from_civil(d->year, d->month,
                              tl_days_in_month(d->year, d->month));
  case TL_PREC_DAY:
    return tl_days_from_civil(d->year, d->month, d->day);
  default:
    return tl_days_from_civil(last_year(d), 12, 31);
  }
}

int64_t tl_when_first_day(const tl_when *w) {
  if (w->interval && w->start_bound != TL_BOUND_DATE)
    return INT64_MIN;
  return tl_date_first_day(&w->start);
}

int64_t tl_when_last_day(const tl_when *w) {
  if (!w->interval)
    return tl_date_last_day(&w->start);
  if (w->end_bound != TL_BOUND_DATE)
    return INT64_MAX;
  return tl_date_last_day(&w->end);
}

static int cmp64(int64_t a, int64_t b) { return (a > b) - (a < b); }

int tl_date_compare(const tl_date *a, const tl_date *b) {
  int c = cmp64(tl_date_first_day(a), tl_date_first_day(b));
  if (!c)
    c = cmp64(tl_date_last_day(a), tl_date_last_day(b));
  if (!c)
    c = (a->precision > b->precision) - (a->precision < b->precision);
  return c;
}

int tl_when_compare(const tl_when *a, const tl_when *b) {
  int c = cmp64(tl_when_first_day(a), tl_when_first_day(b));
  if (!c)
    c = cmp64(tl_when_last_day(a), tl_when_last_day(b));
  if (!c)
    c = (a->start.precision > b->start.precision) -
        (a->start.precision < b->start.precision);
  return c;
}

static bool date_equal(const tl_date *a, const tl_date *b) {
  return a->year == b->year && a->month == b->month && a->day == b->day &&
         a->precision == b->precision && a->flags == b->flags;
}

bool tl_when_equal(const tl_when *a, const tl_when *b) {
  if (a->interval != b->interval)
    return false;
  if (!a->interval)
    return date_equal(&a->start, &b->start);
  return a->start_bound == b->start_bound && a->end_bound == b->end_bound &&
         (a->start_bound != TL_BOUND_DATE ||
          date_equal(&a->start, &b->start)) &&
         (a->end_bound != TL_BOUND_DATE || date_equal(&a->end, &b->end));
}
