/* holidays.c - the named days of the year that news writing dates by.
 *
 * Only days whose date follows from the name and the year are listed.
 * Country-specific names whose date differs between countries
 * ("Independence Day") are left out on purpose: a wrong exact date is worse
 * than none.  Longer phrases come first so "Christmas Eve" beats
 * "Christmas". */
#include "extract/holidays.h"

#include "timeline.h"

const holiday tl_holidays[] = {
    {"new year 's eve", H_FIXED, 12, 31, 0},
    {"new year 's day", H_FIXED, 1, 1, 0},
    {"christmas eve", H_FIXED, 12, 24, 0},
    {"christmas day", H_FIXED, 12, 25, 0},
    {"christmas", H_FIXED, 12, 25, 0},
    {"xmas", H_FIXED, 12, 25, 0},
    {"boxing day", H_FIXED, 12, 26, 0},
    {"valentine 's day", H_FIXED, 2, 14, 0},
    {"st . patrick 's day", H_FIXED, 3, 17, 0},
    {"st patrick 's day", H_FIXED, 3, 17, 0},
    {"may day", H_FIXED, 5, 1, 0},
    {"bastille day", H_FIXED, 7, 14, 0},
    {"halloween", H_FIXED, 10, 31, 0},
    {"armistice day", H_FIXED, 11, 11, 0},
    {"remembrance day", H_FIXED, 11, 11, 0},
    {"veterans day", H_FIXED, 11, 11, 0},
    {"veterans ' day", H_FIXED, 11, 11, 0},
    {"easter sunday", H_EASTER, 0, 0, 0},
    {"easter monday", H_EASTER, 0, 0, 1},
    {"good friday", H_EASTER, 0, 0, -2},
    {"easter", H_EASTER, 0, 0, 0},
    {"thanksgiving day", H_NTH_WEEKDAY, 11, 4, 4},
    {"thanksgiving", H_NTH_WEEKDAY, 11, 4, 4},
    {"labor day", H_NTH_WEEKDAY, 9, 1, 1},
    {"memorial day", H_NTH_WEEKDAY, 5, 1, -1},
    {"election day", H_ELECTION, 11, 0, 0},
};

const size_t tl_holiday_count = sizeof tl_holidays / sizeof tl_holidays[0];

/* Anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
static void easter(int32_t y, int *month, int *day) {
  int32_t a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
  int32_t f = (b + 8) / 25, g = (b - f + 1) / 3;
  int32_t h = (19 * a + b - d - g + 15) % 30;
  int32_t i = c / 4, k = c % 4;
  int32_t l = (32 + 2 * e + 2 * i - h - k) % 7;
  int32_t m = (a + 11 * h + 22 * l) / 451;
  *month = (int)((h + l - 7 * m + 114) / 31);
  *day = (int)((h + l - 7 * m + 114) % 31 + 1);
}

static int nth_weekday(int32_t year, int month, int weekday, int n) {
  if (n > 0) {
    int first = tl_weekday(year, month, 1);
    return 1 + (weekday - first + 7) % 7 + 7 * (n - 1);
  }
  int last = tl_days_in_month(year, month);
  int wd = tl_weekday(year, month, last);
  return last - (wd - weekday + 7) % 7;
}

void tl_holiday_date(const holiday *h, int32_t year, int *month, int *day) {
  switch ((holiday_rule)h->rule) {
  case H_FIXED:
    *month = h->month;
    *day = h->day;
    return;
  case H_EASTER: {
    int m, d;
    easter(year, &m, &d);
    int32_t y;
    tl_civil_from_days(tl_days_from_civil(year, m, d) + h->n, &y, month, day);
    return;
  }
  case H_NTH_WEEKDAY:
    *month = h->month;
    *day = nth_weekday(year, h->month, h->day, h->n);
    return;
  case H_ELECTION:
    *month = 11;
    *day = nth_weekday(year, 11, 1, 1) + 1;
    return;
  }
}
