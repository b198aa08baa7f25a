/* test_scale.c - time -> position with cuts.
 *
 * Expected values are worked out by hand from the rule in scale.c: a gap
 * between clusters is cut when it is longer than max(ratio * range,
 * min_days), unless more gaps pass than cuts fit on the axis. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "render/scale.h"

static double day(int y, int m, int d) {
  return (double)tl_days_from_civil(y, m, d);
}

static tl_scale_params params(bool linear) {
  tl_scale_params p = {0, 1000, 40, 90, 0.08, 365, linear};
  return p;
}

/* The sample's clusters: the Korean War, the treaty, 2018, Hanoi, Sept
 * 2025.  Range: 1950-06-25 .. 2025-09-05 = 27466 days; 8% = 2197.3 days.
 * Gaps: 1953-07-28 -> 1961-07-11 = 2905 (cut), 1961-07-12 -> 2018-03-25
 * = 20710 (cut), 2018-03-29 -> 2019-02-27 = 335 (kept: under 365 and
 * 2197), 2019-03-01 -> 2025-09-02 = 2377 (cut).  The cuts take 25992
 * days, over half the range, so the rule is applied again to what is left
 * (1474 days: 8% = 118): the minimum, 365 days, is the final threshold,
 * and the 335-day gap still stays. */
static void test_sample_cuts(void **state) {
  (void)state;
  tl_span s[] = {{day(1950, 6, 25), day(1953, 7, 28)},
                 {day(1961, 7, 11), day(1961, 7, 12)},
                 {day(2018, 3, 25), day(2018, 3, 29)},
                 {day(2019, 2, 27), day(2019, 3, 1)},
                 {day(2025, 9, 2), day(2025, 9, 5)}};
  tl_scale_params p = params(false);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 5, &p, &sc), TL_OK);
  assert_true(sc.threshold == 365);
  assert_int_equal(sc.count, 4);
  assert_true(sc.segs[0].data_a == s[0].a && sc.segs[0].data_b == s[0].b);
  assert_true(sc.segs[1].data_a == s[1].a && sc.segs[1].data_b == s[1].b);
  assert_true(sc.segs[2].data_a == s[2].a && sc.segs[2].data_b == s[3].b);
  assert_true(sc.segs[3].data_a == s[4].a);
  /* Segments tile the axis with a 40 px cut between neighbours. */
  assert_true(sc.segs[0].p0 == 0);
  for (size_t i = 0; i + 1 < sc.count; i++)
    assert_true(fabs(sc.segs[i + 1].p0 - sc.segs[i].p1 - 40) < 1e-9);
  assert_true(fabs(sc.segs[3].p1 - 1000) < 1e-9);
  tl_scale_free(&sc);
}

/* One event in 109 BCE: the first pass (8% of ~2134 years) cuts only the
 * gap after it; what is left, 2018-03-25 .. 2025-09-05 (2721 days), makes
 * the threshold 365 days, so the 2019 -> 2025 gap (2377 days) is cut too. */
static void test_ancient_outlier(void **state) {
  (void)state;
  tl_span s[] = {{day(-108, 1, 1), day(-107, 1, 1)},
                 {day(2018, 3, 25), day(2018, 3, 29)},
                 {day(2019, 2, 27), day(2019, 3, 1)},
                 {day(2025, 9, 2), day(2025, 9, 5)}};
  tl_scale_params p = params(false);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 4, &p, &sc), TL_OK);
  assert_true(sc.threshold == 365);
  assert_int_equal(sc.count, 3);
  tl_scale_free(&sc);
}

/* Cuts under half the range: the first threshold stands.  Range 0..10000
 * (800 days); gaps 3000 (cut: 30%) and 500 (kept); cut total 30% < 50%. */
static void test_no_second_pass(void **state) {
  (void)state;
  tl_span s[] = {{0, 10}, {3010, 6000}, {6500, 10000}};
  tl_scale_params p = params(false);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 3, &p, &sc), TL_OK);
  assert_true(sc.threshold == 800);
  assert_int_equal(sc.count, 2);
  tl_scale_free(&sc);
}

/* Short range: the minimum (365 days) wins over 8% of 300 days. */
static void test_min_days(void **state) {
  (void)state;
  tl_span s[] = {{0, 1}, {100, 101}, {299, 300}};
  tl_scale_params p = params(false);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 3, &p, &sc), TL_OK);
  assert_true(sc.threshold == 365);
  assert_int_equal(sc.count, 1);
  tl_scale_free(&sc);
}

static void test_linear(void **state) {
  (void)state;
  tl_span s[] = {{0, 1}, {30000, 30001}};
  tl_scale_params p = params(true);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 2, &p, &sc), TL_OK);
  assert_int_equal(sc.count, 1);
  assert_true(isinf(sc.threshold));
  tl_scale_free(&sc);
}

/* Twenty one-day clusters with gaps of 3650 + 10 k days (k = 0..18), a
 * range of about 71,000 days: with ratio 0.01 (710 days) all pass, but (1000 +
 * 40) / (90 + 40) = 8 segments fit, so 7 cuts: the 7 longest gaps (k = 12..18),
 * i.e. gaps longer than the 8th longest (k = 11). */
static void test_cut_cap(void **state) {
  (void)state;
  tl_span s[20];
  double t = 0;
  for (int i = 0; i < 20; i++) {
    s[i] = (tl_span){t, t + 1};
    t += 1 + 3650 + 10 * i;
  }
  tl_scale_params p = params(false);
  p.ratio = 0.01;
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 20, &p, &sc), TL_OK);
  assert_int_equal(sc.count, 8);
  assert_true(sc.threshold == 3650 + 10 * 11);
  tl_scale_free(&sc);
}

/* Whatever the data: cut exactly where a gap exceeds the threshold,
 * positions never go backwards, every span lands inside the axis. */
static void test_properties(void **state) {
  (void)state;
  unsigned seed = 12345;
  for (int round = 0; round < 200; round++) {
    tl_span s[40];
    size_t n = 1 + (size_t)(round % 40);
    for (size_t i = 0; i < n; i++) {
      seed = seed * 1664525u + 1013904223u;
      double a = (double)(seed >> 12) / 8.0;
      seed = seed * 1664525u + 1013904223u;
      s[i] = (tl_span){a, a + 1 + (double)((seed >> 20) % 400)};
    }
    tl_scale_params p = params(round % 7 == 0);
    tl_scale sc;
    assert_int_equal(tl_scale_build(s, n, &p, &sc), TL_OK);
    /* Sort spans by start and merge, as the scale does, then compare. */
    for (size_t i = 1; i < n; i++)
      for (size_t j = i; j > 0 && s[j - 1].a > s[j].a; j--) {
        tl_span x = s[j];
        s[j] = s[j - 1];
        s[j - 1] = x;
      }
    size_t cuts = 0;
    double end = s[0].b;
    for (size_t i = 1; i < n; i++) {
      if (s[i].a > end && s[i].a - end > sc.threshold)
        cuts++;
      end = fmax(end, s[i].b);
    }
    assert_int_equal(sc.count, cuts + 1);
    double prev = -INFINITY;
    for (double d = s[0].a - 10; d < end + 10; d += (end - s[0].a) / 500 + 1) {
      double x = tl_scale_pos(&sc, d);
      assert_true(x >= prev - 1e-9);
      assert_true(x >= 0 && x <= 1000 + 1e-9);
      prev = x;
    }
    tl_scale_free(&sc);
  }
}

static void test_gap_labels(void **state) {
  (void)state;
  static const struct {
    double days;
    const char *text;
  } cases[] = {{20710, "57 years"}, {2905, "8 years"}, {548, "2 years"},
               {400, "13 months"},  {60, "2 months"},  {44, "44 days"},
               {1, "1 day"}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char buf[32];
    tl_gap_label(cases[i].days, buf, sizeof buf);
    assert_string_equal(buf, cases[i].text);
  }
}

/* A warp passes through its points and stays monotone between them. */
static void test_warp(void **state) {
  (void)state;
  tl_span s[] = {{0, 100}};
  tl_scale_params p = params(false);
  tl_scale sc;
  assert_int_equal(tl_scale_build(s, 1, &p, &sc), TL_OK);
  double a = sc.segs[0].a;
  double days[] = {10, 11, 12}, px[] = {100, 500, 900};
  assert_int_equal(tl_scale_warp(&sc, 0, days, px, 3), TL_OK);
  assert_true(fabs(tl_scale_pos(&sc, 11) - 500) < 1e-9);
  assert_true(fabs(tl_scale_pos(&sc, 11.5) - 700) < 1e-9);
  assert_true(fabs(tl_scale_pos(&sc, a) - 0) < 1e-9);
  tl_scale_free(&sc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sample_cuts),
      cmocka_unit_test(test_min_days),
      cmocka_unit_test(test_ancient_outlier),
      cmocka_unit_test(test_no_second_pass),
      cmocka_unit_test(test_linear),
      cmocka_unit_test(test_cut_cap),
      cmocka_unit_test(test_properties),
      cmocka_unit_test(test_gap_labels),
      cmocka_unit_test(test_warp),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
