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
#include <stdlib.h>
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

static tl_status build(const tl_scale *sc, const tl_measurer *m, double lo,
                       double hi, tl_ticks *t) {
  tl_tick_params p = {m, &font12, 14, false, lo, hi, NULL, 0};
  return tl_ticks_build(sc, &p, t);
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
  assert_int_equal(build(&sc, &m, -100, 1100, &t), TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 16);
  assert_string_equal(l[0], "1950");
  assert_string_equal(l[1], "1955");
  assert_string_equal(l[15], "2025");
  assert_int_equal(labels(&t, true, l, 32), 0); /* years need no context */
  tl_ticks_free(&t);
}

/* Ten days over 1000 px, 100 px a day: every day, each naming its month
 * ("1 Sep" is 35 px, "11 Sep" 42: centres need at most 56 px), and the
 * year as context - the days say the month already. */
static void test_days(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2025, 9, 1), day(2025, 9, 11), 1000);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(build(&sc, &m, -100, 1100, &t), TL_OK);
  const char *l[32];
  size_t n = labels(&t, false, l, 32);
  assert_int_equal(n, 11);
  assert_string_equal(l[0], "1 Sep");
  assert_string_equal(l[10], "11 Sep");
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "2025");
  tl_ticks_free(&t);
}

/* Across a month boundary, 25 Sep - 5 Oct 2025 over 1000 px: "30 Sep" is
 * followed by "1 Oct", never by a bare "1" whose month the reader must
 * find elsewhere; one second-tier label, the year. */
static void test_days_cross_month(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2025, 9, 25), day(2025, 10, 5), 1000);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(build(&sc, &m, -100, 1100, &t), TL_OK);
  const char *l[32];
  assert_int_equal(labels(&t, false, l, 32), 11);
  assert_string_equal(l[0], "25 Sep");
  assert_string_equal(l[5], "30 Sep");
  assert_string_equal(l[6], "1 Oct");
  assert_string_equal(l[10], "5 Oct");
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "2025");
  tl_ticks_free(&t);
}

/* The Yonhap chart's span, 20 Apr - 1 Oct 2018 over 900 px (5.49 px a
 * day): it holds six first days of a month, so it reads in months, May to
 * October, 170 px apart, with "2018" at its start.  (Ten-day ticks fit
 * too - "21", "1", "11" needed only 28 px - and were chosen before, as
 * bare day numbers under "Apr 2018", "May 2018".) */
static void test_months_not_days(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2018, 4, 20), day(2018, 10, 1), 900);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(build(&sc, &m, -100, 1000, &t), TL_OK);
  const char *l[32];
  static const char *const want[] = {"May", "Jun", "Jul", "Aug", "Sep", "Oct"};
  assert_int_equal(labels(&t, false, l, 32), 6);
  for (size_t i = 0; i < 6; i++)
    assert_string_equal(l[i], want[i]);
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "2018");
  tl_ticks_free(&t);
}

/* Six weeks, 1 Sep - 13 Oct 2018 over 1200 px (28.6 px a day): two first
 * days of a month, so days.  Daily labels (35 px and more) collide;
 * every other day fits ("11 Sep" and "13 Sep" need 56 px of the 57.1) but
 * makes 22 labels, noise beside event labels that carry their dates; five
 * days make nine: 1, 6, 11, 16, 21, 26 Sep, 1, 6, 11 Oct. */
static void test_days_not_noise(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2018, 9, 1), day(2018, 10, 13), 1200);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(build(&sc, &m, -100, 1300, &t), TL_OK);
  const char *l[32];
  static const char *const want[] = {"1 Sep",  "6 Sep",  "11 Sep",
                                     "16 Sep", "21 Sep", "26 Sep",
                                     "1 Oct",  "6 Oct",  "11 Oct"};
  assert_int_equal(labels(&t, false, l, 32), 9);
  for (size_t i = 0; i < 9; i++)
    assert_string_equal(l[i], want[i]);
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "2018");
  tl_ticks_free(&t);
}

/* A segment of three days round a decade's middle, 31 Dec 2014 - 3 Jan
 * 2015 over 40 px: daily ticks are 13.3 px apart (under the 14 px
 * spacing), two-day ticks (1 and 3 Jan) 26.7 px with 49 px needed; five,
 * ten and fifteen days, months, quarters and half years each have one
 * tick, 1 January - a lone "1 Jan" or "Jan" names a date nothing happened
 * on.  Years: "2015", and no second tier. */
static void test_no_lone_day(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2014, 12, 31), day(2015, 1, 3), 40);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_ticks t;
  assert_int_equal(build(&sc, &m, -100, 140, &t), TL_OK);
  const char *l[32];
  assert_int_equal(labels(&t, false, l, 32), 1);
  assert_string_equal(l[0], "2015");
  assert_int_equal(labels(&t, true, l, 32), 0);
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
  assert_int_equal(build(&sc, &m, -100, 700, &t), TL_OK);
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

/* A segment for events of 1952, padded into both neighbouring years: 17
 * Dec 1951 - 15 Jan 1953 over 600 px (1.52 px a day).  Months, "Jan" to
 * "Jan", 47 px apart.  The second tier names 1952 at 1 January and not
 * 1953, whose first fortnight is only padding before a cut (it was named,
 * next to the following segment's year).  "1951" at the start would name
 * padding too. */
static void test_context_only_event_years(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(1951, 12, 17), day(1953, 1, 15), 600);
  double ev[] = {day(1952, 3, 1) + 0.5, day(1952, 11, 20) + 0.5};
  tl_measurer m = tl_fake_measurer(NULL);
  tl_tick_params p = {&m, &font12, 14, false, -100, 700, ev, 2};
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &p, &t), TL_OK);
  const char *l[32];
  assert_int_equal(labels(&t, false, l, 32), 13);
  assert_string_equal(l[0], "Jan");
  assert_string_equal(l[12], "Jan");
  assert_int_equal(labels(&t, true, l, 32), 1);
  assert_string_equal(l[0], "1952");
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
  assert_int_equal(build(&sc, &m, -100, 1100, &t), TL_OK);
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
  static const double spans[] = {1,    3,    10,    45,     200,   400,
                                 1000, 4000, 20000, 100000, 800000};
  static const double widths[] = {40, 90, 300, 1200};
  for (size_t i = 0; i < sizeof spans / sizeof spans[0]; i++)
    for (size_t j = 0; j < 4; j++) {
      tl_scale sc;
      tl_segment g;
      one_segment(&sc, &g, day(1990, 3, 7), day(1990, 3, 7) + spans[i],
                  widths[j]);
      tl_ticks t;
      assert_int_equal(build(&sc, &m, -50, widths[j] + 50, &t), TL_OK);
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

/* A warped segment, 2000-2026 over 600 px with 2018-2019 stretched:
 * 2000-2018 in 200 px, 2018-2020 in 300, 2020-2026 in 100.  Events in
 * 2003, 2018 (five), 2019 (three) and 2025: each of those years is named
 * on the axis, whatever unit the compressed stretches get ("2018" is 28
 * px wide; at 11 px a year around it no unit of 2, 5 or 10 years would
 * put a label on 2018 or 2019 by itself). */
static void test_named_years(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(2000, 1, 1), day(2026, 1, 1), 600);
  double kd[] = {day(2018, 1, 1), day(2020, 1, 1)}, kp[] = {200, 500};
  assert_int_equal(tl_scale_warp(&sc, 0, kd, kp, 2), TL_OK);
  double ev[] = {day(2003, 5, 1),  day(2018, 3, 25), day(2018, 4, 27),
                 day(2018, 6, 12), day(2018, 6, 19), day(2018, 9, 18),
                 day(2019, 2, 27), day(2019, 4, 25), day(2019, 6, 30),
                 day(2025, 9, 3)};
  tl_measurer m = tl_fake_measurer(NULL);
  tl_tick_params p = {&m, &font12, 14, false, -100, 700, ev, 10};
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &p, &t), TL_OK);
  const char *want[] = {"2003", "2018", "2019", "2025"};
  for (size_t w = 0; w < 4; w++) {
    bool found = false;
    for (size_t i = 0; i < t.count; i++)
      found |= t.items[i].labelled && !t.items[i].context &&
               strcmp(t.items[i].text, want[w]) == 0;
    if (!found)
      fail_msg("%s is not named on the axis", want[w]);
  }
  double last = -INFINITY; /* and the labels still keep apart */
  for (size_t i = 0; i < t.count; i++)
    if (t.items[i].labelled && !t.items[i].context) {
      assert_true(t.items[i].lo >= last + 14 - 1e-9);
      last = t.items[i].hi;
    }
  tl_ticks_free(&t);
  free(g.wd), free(g.wp);
}

/* 1993-1995 over 64 px of a vertical warped axis (labels 12 px tall, 4.7
 * px apart): quarters 8 px apart label only 3 of 9 (fail); half years 16
 * px apart label Jan 1993, Jan 1994 and Jan 1995 but never a July - and
 * "Jan" beside the year says less than the year, so years win: "1993",
 * "1994", "1995", 32 px apart, with no second tier. */
static void test_no_january_only(void **state) {
  (void)state;
  tl_scale sc;
  tl_segment g;
  one_segment(&sc, &g, day(1993, 1, 1), day(1995, 1, 1), 64);
  double kd[] = {day(1994, 1, 1)}, kp[] = {32};
  assert_int_equal(tl_scale_warp(&sc, 0, kd, kp, 1), TL_OK);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_tick_params p = {&m, &font12, 4.7, true, -100, 200, NULL, 0};
  tl_ticks t;
  assert_int_equal(tl_ticks_build(&sc, &p, &t), TL_OK);
  const char *l[16];
  assert_int_equal(labels(&t, false, l, 16), 3);
  assert_string_equal(l[0], "1993");
  assert_string_equal(l[1], "1994");
  assert_string_equal(l[2], "1995");
  assert_int_equal(labels(&t, true, l, 16), 0);
  tl_ticks_free(&t);
  free(g.wd), free(g.wp);
}

/* Where a vertical chart keeps room for the year: a segment of two years
 * names 1992 at its start (the year began before it) and 1 January 1994;
 * one of three weeks names its months, August at its start. */
static void test_context_days(void **state) {
  (void)state;
  tl_segment g;
  memset(&g, 0, sizeof g);
  g.a = day(1992, 7, 27), g.b = day(1994, 8, 5);
  double ev[] = {day(1992, 8, 24) + 0.5, day(1994, 7, 8) + 0.5};
  double out[4];
  assert_int_equal(tl_context_days(&g, ev, 2, out, 4), 2);
  assert_true(out[0] == g.a && out[1] == day(1994, 1, 1));
  g.a = day(2025, 8, 20), g.b = day(2025, 9, 12);
  double ev2[] = {day(2025, 8, 25), day(2025, 9, 2), day(2025, 9, 3)};
  assert_int_equal(tl_context_days(&g, ev2, 3, out, 4), 2);
  assert_true(out[0] == g.a && out[1] == day(2025, 9, 1));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_years),
      cmocka_unit_test(test_days),
      cmocka_unit_test(test_days_cross_month),
      cmocka_unit_test(test_months_not_days),
      cmocka_unit_test(test_days_not_noise),
      cmocka_unit_test(test_no_lone_day),
      cmocka_unit_test(test_context_only_event_years),
      cmocka_unit_test(test_months),
      cmocka_unit_test(test_bce),
      cmocka_unit_test(test_never_overlap),
      cmocka_unit_test(test_named_years),
      cmocka_unit_test(test_no_january_only),
      cmocka_unit_test(test_context_days),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
