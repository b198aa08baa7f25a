/* test_ticks.c - tick units and labels, with the fake measurer (7 px per
 * code point at 12 px; the tick font here is 12 px, spacing 14 px).
 *
 * Worked by hand: a label of c code points needs 7c + 14 px from its
 * neighbour's centre... exactly: centres must be at least (w1 + w2) / 2
 * + 14 apart. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "render/ticks.h"
#include "support/fake_measure.h"

static tl_font font12 = {"Fake", 12, false, false};

static void one_segment(tl_scale *sc, tl_segment *g, double a, double b,
                        double len) {
  memset(sc, 0, sizeof *sc);
  memset(g, 0, sizeof *g);
  g->a = a, g->b = b, g->p0 = 0, g->p1 = len;
  sc->segs = g;
  sc->count = 1;
  sc->p0 = 0, sc->p1 = len;
}

static size_t labels(const tl_ticks *t, bool context, const char **out,
                     size_t max) {
  size_t n = 0;
  for (size_t i = 0; i < t->count; i++)
    if (t->items[i].labelled && t->items[i].context == context && n < max)
      out[n++] = t->items[i].text;
  return n;
}

static double day(int y, int m, int d) {
  return (double)tl_days_from_civil(y, m, d);
}

/* 75 years over 1000 px: 13.3 px a year.  "1950" is 28 px, so centres
 * need 42 px: 1 and 2 years fail, 5 years (66.7 px) fit. */
static void test_years(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(1950, 1, 1), day(2025, 1, 1), 1000);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &m, &font12, 14, false, -100, 1100, &t),
                   TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 16);
  assert_string_equal(l[0], "1950");
  assert_string_equal(l[1], "1955");
  assert_string_equal(l[15], "2025");
  assert_int_equal(labels(&t, true, l, 32), 0); /* years need no context */
  tl_ticks_free(&t);
}

/* Ten days over 1000 px: day numbers, with "Sep 2025" as context. */
static void test_days(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2025, 9, 1), day(2025, 9, 11), 1000);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &m, &font12, 14, false, -100, 1100, &t),
                   TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 11);
  assert_string_equal(l[0], "1");
  assert_string_equal(l[10], "11");
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "Sep 2025");
  tl_ticks_free(&t);
}

/* One year over 600 px: months (49 px apart, "Sep" needs 35), and the
 * years as context at both 1 Januaries. */
static void test_months(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2018, 1, 1), day(2019, 1, 1), 600);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &m, &font12, 14, false, -100, 700, &t),
                   TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 13);
  assert_string_equal(l[0], "Jan");
  assert_string_equal(l[8], "Sep");
  assert_int_equal(labels(&t, true, l, 32), 2);
  assert_string_equal(l[0], "2018");
  assert_string_equal(l[1], "2019");
  tl_ticks_free(&t);
}

/* 200 years BCE over 1000 px: "600 BCE" is 49 px, centres need 63 px:
 * 10 years (50 px) fail, 20 (100 px) fit, counted back from 1 BCE so the
 * labels are round: 600 BCE (astronomical -599) ... 420 BCE. */
static void test_bce(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(-600, 1, 1), day(-400, 1, 1), 1000);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &m, &font12, 14, false, -100, 1100, &t),
                   TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 10);
  assert_string_equal(l[0], "600 BCE");
  assert_string_equal(l[1], "580 BCE");
  assert_string_equal(l[9], "420 BCE");
  tl_ticks_free(&t);
}

/* Any span, any width: labels of one tier never overlap. */
static void test_never_overlap(void **state) {
  (void)state;
  tl_measurer m = tl_fake_measurer(NULL);
  static const double spans[] = {1, 3, 10, 45, 200, 400, 1000, 4000, 20000,
                                 100000, 800000};
  static const double widths[] = {40, 90, 300, 1200};
  for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
    for (size_t j = 0; j < 4; j++) {
      tl_scale sc;
      tl_segment g;
      one_segment(&sc, &g, day(1990, 3, 7), day(1990, 3, 7) + spans[i],
                  widths[j]);
      tl_ticks t;
      assert_int_equal(
          tl_ticks_build(&sc, &m, &font12, 14, false, -50, widths[j] + 50, &t),
          TL_OK);
      for (int tier = 0; tier < 2; tier++) {
        double last = -INFINITY;
        size_t count = 0;
        for (size_t k = 0; k < t.count; k++) {
          const tl_tick *x = &t.items[k];
          if (!x->labelled || x->context != (tier == 1))
            continue;
          assert_true(x->lo >= last);
          last = x->hi;
          count++;
        }
        if (tier == 0 && count == 0) /* no first tier: the year remains */
          assert_true(t.count > 0);
      }
      tl_ticks_free(&t);
    }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_years),  cmocka_unit_test(test_days),
      cmocka_unit_test(test_months), cmocka_unit_test(test_bce),
      cmocka_unit_test(test_never_overlap),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
