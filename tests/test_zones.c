/* test_zones.c - the density-aware axis: calendar zones sized by their
 * duration and by the events in them.
 *
 * Worked by hand on one segment, 1 Jan 2000 .. 1 Jan 2010 over 1000 px
 * (3653 days: 2000, 2004 and 2008 are leap years).  Ten years cut into
 * six zones or more only as years, so the zones are the ten years. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/zones.h"

static double day(int y, int m, int d) {
  return (double)tl_days_from_civil(y, m, d);
}

/* A scale of one segment [a, b] over [0, len] px, as tl_scale_build would
 * leave it (the segment array is the scale's to free). */
static void one_segment(tl_scale *sc, double a, double b, double len) {
  memset(sc, 0, sizeof *sc);
  sc->segs = calloc(1, sizeof *sc->segs);
  assert_non_null(sc->segs);
  sc->segs[0].a = sc->segs[0].data_a = a;
  sc->segs[0].b = sc->segs[0].data_b = b;
  sc->segs[0].p1 = len;
  sc->count = 1;
  sc->p1 = len;
}

/* Five events in 2005, half the axis for time: each year gets 500 px *
 * days / 3653, and 2005 the other 500 px on top.  So 1 Jan 2005 sits at
 * 500 * 1827 / 3653 = 250.07 (2000-2004: 366 + 365 + 365 + 365 + 366
 * days), 1 Jan 2006 at 1000 - 500 * 1461 / 3653 = 800.03, and the axis
 * still ends at 1000. */
static void test_busy_year(void **state) {
  (void)state;
  tl_scale sc;
  one_segment(&sc, day(2000, 1, 1), day(2010, 1, 1), 1000);
  double days[5], need[5];
  for (int i = 0; i < 5; i++) {
    days[i] = day(2005, 2 + 2 * i, 10);
    need[i] = 1;
  }
  tl_density d = {0.5, 0};
  assert_int_equal(tl_scale_density(&sc, days, need, 5, &d), TL_OK);
  assert_true(fabs(tl_scale_pos(&sc, day(2005, 1, 1)) - 250.068) < 0.01);
  assert_true(fabs(tl_scale_pos(&sc, day(2006, 1, 1)) - 800.027) < 0.01);
  assert_true(fabs(tl_scale_pos(&sc, day(2010, 1, 1)) - 1000) < 1e-6);
  /* Inside a zone time stays linear: 1 Jul 2005 (181 of 365 days). */
  double x = 250.068 + 181.0 / 365 * (800.027 - 250.068);
  assert_true(fabs(tl_scale_pos(&sc, day(2005, 7, 1)) - x) < 0.01);
  /* 2005 is drawn (549.96 / 365) / (1000 / 3653) = 5.50 times larger
   * than a linear axis would draw it; no other year is over 3 times. */
  tl_stretch z[4];
  assert_int_equal(tl_scale_stretches(&sc, 3, z, 4), 1);
  assert_true(z[0].a == day(2005, 1, 1) && z[0].b == day(2006, 1, 1));
  assert_true(fabs(z[0].zoom - 5.504) < 0.01);
  tl_scale_free(&sc);
}

/* One event in 2001, one in 2005, min_zone 300: by weight each of the two
 * years would get 500 * 365 / 3653 + 500 / 2 = 299.96 px; both are raised
 * to 300 and the other eight years share the remaining 400 px by days. */
static void test_min_zone(void **state) {
  (void)state;
  tl_scale sc;
  one_segment(&sc, day(2000, 1, 1), day(2010, 1, 1), 1000);
  double days[2] = {day(2001, 6, 1), day(2005, 6, 1)}, need[2] = {1, 1};
  tl_density d = {0.5, 300};
  assert_int_equal(tl_scale_density(&sc, days, need, 2, &d), TL_OK);
  double y2001 =
      tl_scale_pos(&sc, day(2002, 1, 1)) - tl_scale_pos(&sc, day(2001, 1, 1));
  double y2005 =
      tl_scale_pos(&sc, day(2006, 1, 1)) - tl_scale_pos(&sc, day(2005, 1, 1));
  assert_true(fabs(y2001 - 300) < 1e-6 && fabs(y2005 - 300) < 1e-6);
  /* 2000 has 366 of the 2923 days left: 400 * 366 / 2923 = 50.09 px. */
  assert_true(fabs(tl_scale_pos(&sc, day(2001, 1, 1)) - 50.086) < 0.01);
  tl_scale_free(&sc);
}

/* Cuts keep their width; each segment is shaped on its own zones and the
 * axis still runs p0 .. p1, monotone, whatever the events. */
static void test_properties(void **state) {
  (void)state;
  unsigned seed = 7;
  for (int round = 0; round < 100; round++) {
    tl_span s[30];
    double days[30], need[30];
    size_t n = 1 + (size_t)(round % 30);
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1664525u + 1013904223u;
      double a = 700000 + (double)(seed >> 12) / 4.0;
      s[i] = (tl_span){a, a + 1};
      days[i] = a + 0.5;
      need[i] = 1 + (double)(seed % 5);
    }
    tl_scale_params p = {0, 1200, 32, 48, 0.08, 365, false};
    tl_scale sc;
    assert_int_equal(tl_scale_build(s, n, &p, &sc), TL_OK);
    double cuts[40];
    for (size_t i = 0; i + 1 < sc.count; i++)
      cuts[i] = sc.segs[i + 1].p0 - sc.segs[i].p1;
    tl_density d = {0.1 + 0.1 * (round % 5), 0};
    assert_int_equal(tl_scale_density(&sc, days, need, n, &d), TL_OK);
    assert_true(fabs(sc.segs[0].p0 - 0) < 1e-6);
    assert_true(fabs(sc.segs[sc.count - 1].p1 - 1200) < 1e-6);
    for (size_t i = 0; i + 1 < sc.count; i++)
      assert_true(fabs(sc.segs[i + 1].p0 - sc.segs[i].p1 - cuts[i]) < 1e-6);
    double prev = -INFINITY;
    double lo = sc.segs[0].a, hi = sc.segs[sc.count - 1].b;
    for (double x = lo; x <= hi; x += (hi - lo) / 997) {
      double pos = tl_scale_pos(&sc, x);
      assert_true(pos >= prev - 1e-9);
      prev = pos;
    }
    tl_scale_free(&sc);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_busy_year),
      cmocka_unit_test(test_min_zone),
      cmocka_unit_test(test_properties),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
