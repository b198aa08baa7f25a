/* test_labels.c - fitting label text, placing boxes in rows, and the 1-D
 * dodge of vertical charts.  Fake measurer: 7 px per code point at 12 px,
 * lines 12 px tall. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "render/labels.h"
#include "render/text_fit.h"
#include "support/fake_measure.h"

static tl_font f12 = {"Fake", 12, false, false};

typedef struct fit_case {
  const char *text;
  size_t em;
  double width;
  int lines;
  const char *expect;
  int expect_lines;
  bool ellipsized;
} fit_case;

/* Worked by hand: "4 Sep 2025 Xi" is 13 code points = 91 px <= 100;
 * adding " and" makes 119.  Line two: "and Kim hold" = 84, "+ talks" 126.
 * With two lines the second ends in "…" (7 px): "and Kim hold" + "…" = 91
 * fits, one more code point would be 98 + ... the space is trimmed. */
static const fit_case fits[] = {
    {"4 Sep 2025 Xi and Kim hold talks", 10, 100, 3,
     "4 Sep 2025 Xi\nand Kim hold\ntalks", 3, false},
    {"4 Sep 2025 Xi and Kim hold talks", 10, 100, 2,
     "4 Sep 2025 Xi\nand Kim hold\xe2\x80\xa6", 2, true},
    {"Short", 0, 100, 3, "Short", 1, false},
    /* A word longer than the line is cut between code points: 10 fit. */
    {"Supercalifragilistic", 0, 70, 3, "Supercalif\nragilistic", 2, false},
    /* One line, too long: as many code points as fit with the ellipsis
     * (70 px: 9 + "…"). */
    {"Supercalifragilistic", 0, 70, 1, "Supercali\xe2\x80\xa6", 1, true},
    /* Multi-byte text is cut at code points, never inside one. */
    {"\xea\xb9\x80\xec\xa0\x95\xec\x9d\x80 \xec\x9c\x84\xec\x9b\x90\xec\x9e"
     "\xa5",
     0, 28, 1, "\xea\xb9\x80\xec\xa0\x95\xec\x9d\x80\xe2\x80\xa6", 1, true},
};

static void test_fit(void **state) {
  (void)state;
  tl_measurer m = tl_fake_measurer(NULL);
  tl_label_fonts f = {&m, &f12, &f12, 0};
  for (size_t i = 0; i < sizeof fits / sizeof fits[0]; i++) {
    tl_strbuf out = TL_STRBUF_INIT;
    tl_fit fit;
    tl_text_fit(&f, fits[i].text, strlen(fits[i].text), fits[i].em,
                fits[i].width, fits[i].lines, &out, &fit);
    assert_non_null(out.data);
    assert_string_equal(out.data, fits[i].expect);
    assert_int_equal(fit.lines, fits[i].expect_lines);
    assert_int_equal(fit.ellipsized, fits[i].ellipsized);
    assert_true(fit.width <= fits[i].width + 1e-9);
    assert_true(fit.height == 12.0 * fit.lines);
    if (fits[i].em)
      assert_int_equal(fit.em, fits[i].em);
    tl_strbuf_free(&out);
  }
}

static tl_rows rows(void) {
  tl_rows r;
  memset(&r, 0, sizeof r);
  r.top_base = -10, r.bottom_base = 30, r.step = 8;
  r.top_rows = r.bottom_rows = 10;
  r.pad = 4, r.t_min = 0, r.t_max = 1000;
  return r;
}

/* Five labels at one date: each gets its own place, none overlaps another
 * or crosses another's leader, and the first placed sits nearest the
 * axis. */
static void test_same_date(void **state) {
  (void)state;
  tl_placer *p = tl_placer_new(0, 1000);
  assert_non_null(p);
  tl_rows r = rows();
  tl_label_pos pos[5];
  for (int i = 0; i < 5; i++) {
    tl_label_req q = {500, 120, 16, -5, 5};
    assert_true(tl_place_in_rows(p, &r, &q, &pos[i]));
  }
  assert_true(pos[0].top && pos[0].row == 0);
  for (int i = 0; i < 5; i++)
    for (int j = i + 1; j < 5; j++) {
      const tl_rect *a = &pos[i].box, *b = &pos[j].box;
      bool apart = a->t1 + 4 <= b->t0 || b->t1 + 4 <= a->t0 ||
                   a->c1 + 4 <= b->c0 || b->c1 + 4 <= a->c0;
      assert_true(apart);
    }
  tl_placer_free(p);
}

/* Rows full: the label is refused rather than overlapped. */
static void test_full(void **state) {
  (void)state;
  tl_placer *p = tl_placer_new(0, 200);
  tl_rows r = rows();
  r.top_rows = r.bottom_rows = 2; /* one 16 px label per side */
  r.t_min = 0, r.t_max = 200;
  tl_label_pos pos;
  size_t placed = 0;
  for (int i = 0; i < 6; i++) {
    tl_label_req q = {100, 150, 16, -5, 5};
    placed += tl_place_in_rows(p, &r, &q, &pos);
  }
  assert_int_equal(placed, 2);
  tl_placer_free(p);
}

/* Three 10 px boxes wanted at 0: least squares centres them on it. */
static void test_dodge(void **state) {
  (void)state;
  double want[] = {0, 0, 0}, size[] = {10, 10, 10}, pos[3];
  assert_true(tl_dodge(want, size, 3, 0, -100, 100, pos));
  assert_true(fabs(pos[0] + 10) < 1e-9 && fabs(pos[1]) < 1e-9 &&
              fabs(pos[2] - 10) < 1e-9);
  /* A floor at 0 pushes the run down, keeping order and gaps. */
  assert_true(tl_dodge(want, size, 3, 2, 0, 100, pos));
  assert_true(pos[0] == 0 && pos[1] == 12 && pos[2] == 24);
  /* Too little room: reported. */
  assert_false(tl_dodge(want, size, 3, 2, 0, 20, pos));
  /* Far apart: untouched. */
  double w2[] = {0, 50, 100};
  assert_true(tl_dodge(w2, size, 3, 2, -100, 200, pos));
  assert_true(pos[0] == 0 && pos[1] == 50 && pos[2] == 100);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_fit),
      cmocka_unit_test(test_same_date),
      cmocka_unit_test(test_full),
      cmocka_unit_test(test_dodge),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
