/* calendar.c - proleptic Gregorian arithmetic on astronomical years.
 *
 * Day numbers use Howard Hinnant's era-based algorithms ("chrono-compatible
 * low-level date algorithms"): exact for every int32 year, no tables, no
 * loops, and negative years need no special case. */
#include "timeline.h"

bool tl_is_leap_year(int32_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int tl_days_in_month(int32_t year, int month) {
  static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12)
    return 0;
  return month == 2 && tl_is_leap_year(year) ? 29 : days[month - 1];
}

int64_t tl_days_from_civil(int32_t year, int month, int day) {
  int64_t y = (int64_t)year - (month <= 2);
  int64_t era = (y >= 0 ? y : y - 399) / 400;
  int64_t yoe = y - era * 400; /* 0..399 */
  int64_t doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
  int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy; /* 0..146096 */
  return era * 146097 + doe - 719468;
}

void tl_civil_from_days(int64_t days, int32_t *year, int *month, int *day) {
  int64_t z = days + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int d = (int)(doy - (153 * mp + 2) / 5 + 1);
  int m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *year = (int32_t)(yoe + era * 400 + (m <= 2));
  *month = m;
  *day = d;
}

int tl_weekday(int32_t year, int month, int day) {
  int64_t z = tl_days_from_civil(year, month, day);
  /* 1970-01-01 was a Thursday (4). */
  int64_t w = (z % 7 + 7 + 3) % 7; /* 0 = Monday */
  return (int)w + 1;
}

static int iso_weeks_in_year(int32_t year) {
  int jan1 = tl_weekday(year, 1, 1);
  return (jan1 == 4 || (jan1 == 3 && tl_is_leap_year(year))) ? 53 : 52;
}

void tl_iso_week(int32_t year, int month, int day, int32_t *week_year,
                 int *week) {
  int64_t doy =
      tl_days_from_civil(year, month, day) - tl_days_from_civil(year, 1, 1) + 1;
  int wd = tl_weekday(year, month, day);
  int w = (int)((doy - wd + 10) / 7);
  if (w < 1) {
    *week_year = year - 1;
    *week = iso_weeks_in_year(year - 1);
  } else if (w > iso_weeks_in_year(year)) {
    *week_year = year + 1;
    *week = 1;
  } else {
    *week_year = year;
    *week = w;
  }
}

void tl_add_months(int32_t *year, int *month, int *day, int64_t months) {
  int64_t total = (int64_t)*year * 12 + (*month - 1) + months;
  int64_t y = total >= 0 ? total / 12 : -((-total + 11) / 12);
  *year = (int32_t)y;
  *month = (int)(total - y * 12) + 1;
  int dim = tl_days_in_month(*year, *month);
  if (*day > dim)
    *day = dim;
}
