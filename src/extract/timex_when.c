/* timex_when.c - from a TIMEX3 value to the date an event carries.
 *
 * The tagger speaks TimeML (2019-SU, 195, 2019-W05); the events file
 * speaks EDTF.  Precision is kept as written: a decade stays a decade, an
 * approximate year stays approximate, and a quarter or a week becomes the
 * interval it covers.  early/mid/late go through the events file's own
 * friendly parser so that extracted and hand-written dates agree. */
#include "extract/timex_when.h"

#include <stdio.h>
#include <string.h>

static bool digits(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9')
      return false;
  return true;
}

static int num(const char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++)
    v = v * 10 + (s[i] - '0');
  return v;
}

static bool parse_edtf(const char *s, tl_when *out) {
  return tl_when_parse(s, strlen(s), out, NULL) == TL_OK;
}

/* The value without its time part: 2025-09-04T10:30 -> 2025-09-04. */
static size_t date_part(const char *v) {
  const char *t = strchr(v, 'T');
  return t ? (size_t)(t - v) : strlen(v);
}

static bool week_interval(int year, int week, bool weekend, tl_when *out) {
  if (week < 1 || week > 53)
    return false;
  /* ISO week 1 holds January 4th. */
  int64_t jan4 = tl_days_from_civil(year, 1, 4);
  int wd = tl_weekday(year, 1, 4);
  int64_t monday = jan4 - (wd - 1) + (int64_t)(week - 1) * 7;
  int64_t first = weekend ? monday + 5 : monday, last = monday + 6;
  int32_t y;
  int m, d;
  memset(out, 0, sizeof *out);
  tl_civil_from_days(first, &y, &m, &d);
  out->start = (tl_date){y, (uint8_t)m, (uint8_t)d, TL_PREC_DAY, 0};
  tl_civil_from_days(last, &y, &m, &d);
  out->end = (tl_date){y, (uint8_t)m, (uint8_t)d, TL_PREC_DAY, 0};
  out->interval = true;
  return true;
}

static bool base_value(const char *v, size_t n, tl_when *out) {
  char buf[32];
  if (n >= sizeof buf)
    return false;
  memcpy(buf, v, n);
  buf[n] = '\0';
  if (n == 2 && digits(v, 2)) { /* century */
    snprintf(buf, sizeof buf, "%.2sXX", v);
    return parse_edtf(buf, out);
  }
  if (n == 3 && digits(v, 3)) { /* decade */
    snprintf(buf, sizeof buf, "%.3sX", v);
    return parse_edtf(buf, out);
  }
  if (n < 4 || !digits(v, 4))
    return false;
  int year = num(v, 4);
  if (n == 4 || (n == 7 && v[4] == '-' && digits(v + 5, 2)) ||
      (n == 10 && v[4] == '-' && v[7] == '-' && digits(v + 5, 2) &&
       digits(v + 8, 2)))
    return parse_edtf(buf, out);
  if (n == 7 && v[4] == '-') {
    static const struct {
      const char *code;
      int month;
    } seasons[] = {{"SP", TL_SEASON_SPRING},
                   {"SU", TL_SEASON_SUMMER},
                   {"FA", TL_SEASON_AUTUMN},
                   {"AU", TL_SEASON_AUTUMN},
                   {"WI", TL_SEASON_WINTER}};
    for (size_t i = 0; i < sizeof seasons / sizeof seasons[0]; i++)
      if (memcmp(v + 5, seasons[i].code, 2) == 0) {
        snprintf(buf, sizeof buf, "%04d-%02d", year, seasons[i].month);
        return parse_edtf(buf, out);
      }
    if (v[5] == 'Q' && v[6] >= '1' && v[6] <= '4') {
      int q = v[6] - '0';
      snprintf(buf, sizeof buf, "%04d-%02d/%04d-%02d", year, 3 * q - 2, year,
               3 * q);
      return parse_edtf(buf, out);
    }
    if (v[5] == 'H' && (v[6] == '1' || v[6] == '2')) {
      int h = v[6] - '0';
      snprintf(buf, sizeof buf, "%04d-%02d/%04d-%02d", year, 6 * h - 5, year,
               6 * h);
      return parse_edtf(buf, out);
    }
  }
  if (n >= 8 && v[4] == '-' && v[5] == 'W' && digits(v + 6, 2) &&
      (n == 8 || (n == 11 && memcmp(v + 8, "-WE", 3) == 0)))
    return week_interval(year, num(v + 6, 2), n == 11, out);
  return false;
}

/* "early 2019", "the late 1950s", "mid-September 2025" as the events file
 * reads them. */
static bool with_part(const tl_when *w, const char *mod, tl_when *out) {
  const char *word = strcmp(mod, "START") == 0 ? "early"
                     : strcmp(mod, "MID") == 0 ? "mid"
                     : strcmp(mod, "END") == 0 ? "late"
                                               : NULL;
  if (!word || w->interval)
    return false;
  const tl_date *d = &w->start;
  char buf[48];
  switch (d->precision) {
  case TL_PREC_DECADE:
    snprintf(buf, sizeof buf, "%s %ds", word, (int)d->year);
    break;
  case TL_PREC_YEAR:
    snprintf(buf, sizeof buf, "%s %d", word, (int)d->year);
    break;
  case TL_PREC_MONTH: {
    static const char *const months[12] = {
        "January", "February", "March",     "April",   "May",      "June",
        "July",    "August",   "September", "October", "November", "December"};
    snprintf(buf, sizeof buf, "%s %s %d", word, months[d->month - 1],
             (int)d->year);
    break;
  }
  default:
    return false;
  }
  return tl_when_parse(buf, strlen(buf), out, NULL) == TL_OK;
}

bool tl_when_from_timex(const char *value, const char *mod, tl_when *out) {
  memset(out, 0, sizeof *out);
  if (!value || !*value || strchr(value, 'X') || strstr(value, "_REF"))
    return false;
  if (mod && (strstr(mod, "BEFORE") || strstr(mod, "AFTER")))
    return false;
  if (!base_value(value, date_part(value), out))
    return false;
  if (!mod || !*mod)
    return true;
  if (strcmp(mod, "APPROX") == 0) {
    out->start.flags |= TL_DATE_APPROXIMATE;
    if (out->interval)
      out->end.flags |= TL_DATE_APPROXIMATE;
    return true;
  }
  tl_when part;
  if (with_part(out, mod, &part))
    *out = part;
  return true;
}
