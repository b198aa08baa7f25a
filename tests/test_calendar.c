/* test_calendar.c - leap years, month lengths, weekdays, ISO weeks, BCE. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "timeline.h"

static void test_leap_years(void **state) {
  (void)state;
  assert_true(tl_is_leap_year(2024));
  assert_true(tl_is_leap_year(2000));
  assert_false(tl_is_leap_year(1900));
  assert_false(tl_is_leap_year(2025));
  assert_true(tl_is_leap_year(0));   /* 1 BCE */
  assert_true(tl_is_leap_year(-4));  /* 5 BCE */
  assert_false(tl_is_leap_year(-1)); /* 2 BCE */
  assert_false(tl_is_leap_year(-100));
  assert_true(tl_is_leap_year(-400));
}

static void test_month_lengths(void **state) {
  (void)state;
  static const int days2025[12] = {31, 28, 31, 30, 31, 30,
                                   31, 31, 30, 31, 30, 31};
  for (int m = 1; m <= 12; m++)
    assert_int_equal(tl_days_in_month(2025, m), days2025[m - 1]);
  assert_int_equal(tl_days_in_month(2024, 2), 29);
  assert_int_equal(tl_days_in_month(1900, 2), 28);
  assert_int_equal(tl_days_in_month(2025, 0), 0);
  assert_int_equal(tl_days_in_month(2025, 13), 0);
}

typedef struct day_case {
  int32_t y;
  int m, d;
  int64_t days; /* since 1970-01-01 */
  int weekday;  /* 1 = Monday */
} day_case;

/* Day numbers and weekdays checked against `date -d ... +%s` / 86400 and
 * against published calendars (2025-09-04 was a Thursday). */
static const day_case days[] = {
    {1970, 1, 1, 0, 4},       {1969, 12, 31, -1, 3},   {2000, 3, 1, 11017, 3},
    {2025, 9, 4, 20335, 4},   {2019, 2, 27, 17954, 3}, {1950, 6, 25, -7130, 7},
    {1, 1, 1, -719162, 1},    /* proleptic Gregorian 0001-01-01: Monday */
    {0, 12, 31, -719163, 7},  /* 1 BCE ends on a Sunday */
    {-490, 1, 1, -898497, 6}, /* 491 years of which 120 leap before 0001 */
};

static void test_day_numbers(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof days / sizeof days[0]; i++) {
    const day_case *c = &days[i];
    assert_int_equal(tl_days_from_civil(c->y, c->m, c->d), c->days);
    int32_t y;
    int m, d;
    tl_civil_from_days(c->days, &y, &m, &d);
    assert_int_equal(y, c->y);
    assert_int_equal(m, c->m);
    assert_int_equal(d, c->d);
    if (c->weekday)
      assert_int_equal(tl_weekday(c->y, c->m, c->d), c->weekday);
  }
  /* Round trip over two thousand years, both sides of year 0. */
  for (int64_t z = -1100000; z <= 20000; z += 17) {
    int32_t y;
    int m, d;
    tl_civil_from_days(z, &y, &m, &d);
    assert_true(m >= 1 && m <= 12);
    assert_true(d >= 1 && d <= tl_days_in_month(y, m));
    assert_int_equal(tl_days_from_civil(y, m, d), z);
  }
}

static void test_iso_weeks(void **state) {
  (void)state;
  int32_t wy;
  int w;
  tl_iso_week(2025, 9, 4, &wy, &w);
  assert_int_equal(wy, 2025);
  assert_int_equal(w, 36);
  tl_iso_week(2021, 1, 1, &wy, &w); /* Friday: still week 53 of 2020 */
  assert_int_equal(wy, 2020);
  assert_int_equal(w, 53);
  tl_iso_week(2024, 12, 30, &wy, &w); /* Monday: week 1 of 2025 */
  assert_int_equal(wy, 2025);
  assert_int_equal(w, 1);
  tl_iso_week(2026, 12, 31, &wy, &w); /* Thursday: week 53 of 2026 */
  assert_int_equal(wy, 2026);
  assert_int_equal(w, 53);
}

static void test_add_months(void **state) {
  (void)state;
  int32_t y = 2025;
  int m = 1, d = 31;
  tl_add_months(&y, &m, &d, 1);
  assert_int_equal(m, 2);
  assert_int_equal(d, 28);
  y = 2024, m = 1, d = 31;
  tl_add_months(&y, &m, &d, 1);
  assert_int_equal(d, 29);
  y = 2025, m = 3, d = 15;
  tl_add_months(&y, &m, &d, -15);
  assert_int_equal(y, 2023);
  assert_int_equal(m, 12);
  y = 0, m = 1, d = 1;
  tl_add_months(&y, &m, &d, -1);
  assert_int_equal(y, -1);
  assert_int_equal(m, 12);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_leap_years),  cmocka_unit_test(test_month_lengths),
      cmocka_unit_test(test_day_numbers), cmocka_unit_test(test_iso_weeks),
      cmocka_unit_test(test_add_months),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
