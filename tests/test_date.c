/* test_date.c - EDTF and friendly dates: every form, valid and invalid.
 *
 * Each row is input -> expected canonical text, or input -> the start of the
 * expected error message.  Expected values were worked out by hand from the
 * EDTF specification (Library of Congress, 2019), not copied from output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "timeline.h"

typedef struct valid_case {
  const char *input;
  const char *canonical;
  bool is_canonical; /* the input is already written canonically */
} valid_case;

static const valid_case valid[] = {
    /* EDTF level 0 */
    {"2025-09-04", "2025-09-04", true},
    {"2025-09", "2025-09", true},
    {"2019", "2019", true},
    {"0000", "0000", true},
    {"0079", "0079", true},
    {"-0490", "-0490", true},
    {"2024-02-29", "2024-02-29", true},
    {"2000-02-29", "2000-02-29", true},
    {"1950/1953", "1950/1953", true},
    {"2019-02-27/2019-02-28", "2019-02-27/2019-02-28", true},
    {"2018-06/2019", "2018-06/2019", true},
    /* EDTF level 1 */
    {"195X", "195X", true},
    {"19XX", "19XX", true},
    {"-049X", "-049X", true},
    {"2018~", "2018~", true},
    {"2019?", "2019?", true},
    {"2018%", "2018%", true},
    {"2025-09-04~", "2025-09-04~", true},
    {"2019-21", "2019-21", true},
    {"2019-24", "2019-24", true},
    {"2019-XX", "2019-XX", true},
    {"2019-02-XX", "2019-02-XX", true},
    {"../2019", "../2019", true},
    {"2019/..", "2019/..", true},
    {"/2019", "/2019", true},
    {"2019/", "2019/", true},
    {"1984~/2004-06", "1984~/2004-06", true},
    {"195X/1960", "195X/1960", true},
    /* friendly: days */
    {"4 September 2025", "2025-09-04", false},
    {"4 Sept 2025", "2025-09-04", false},
    {"4 Sept. 2025", "2025-09-04", false},
    {"4th September 2025", "2025-09-04", false},
    {"4th of September 2025", "2025-09-04", false},
    {"September 4, 2025", "2025-09-04", false},
    {"Sept. 4, 2025", "2025-09-04", false},
    {"Sep 4 2025", "2025-09-04", false},
    {"september 4th, 2025", "2025-09-04", false},
    {"Thursday, 4 September 2025", "2025-09-04", false},
    {"29 February 2024", "2024-02-29", false},
    {"2019-2-3", "2019-02-03", false},
    {"  2019-09-04  ", "2019-09-04", false},
    /* friendly: months, seasons, quarters */
    {"September 2025", "2025-09", false},
    {"Dec. 2019", "2019-12", false},
    {"March of 2019", "2019-03", false},
    {"spring 2019", "2019-21", false},
    {"Summer of 2018", "2018-22", false},
    {"autumn 2017", "2017-23", false},
    {"fall 2017", "2017-23", false},
    {"winter 2019", "2019-24", false},
    {"Q3 2019", "2019-07/2019-09", false},
    {"the first quarter of 2020", "2020-01/2020-03", false},
    /* friendly: years, decades, centuries, eras */
    {"1950s", "195X", false},
    {"the 1950s", "195X", false},
    {"1950's", "195X", false},
    {"the 1950\xE2\x80\x99s", "195X", false},
    {"20th century", "19XX", false},
    {"the twentieth century", "19XX", false},
    {"twenty-first century", "20XX", false},
    {"5th century BC", "-04XX", false},
    {"491 BC", "-0490", false},
    {"491 BCE", "-0490", false},
    {"1 B.C.", "0000", false},
    {"AD 79", "0079", false},
    {"79 AD", "0079", false},
    {"500", "0500", false},
    /* friendly: qualifiers */
    {"c. 2018", "2018~", false},
    {"ca. 2018", "2018~", false},
    {"circa 2018", "2018~", false},
    {"around 2018", "2018~", false},
    {"~2018", "2018~", false},
    {"2018 ?", "2018?", false},
    {"probably 2019", "2019?", false},
    {"about May 2019", "2019-05~", false},
    /* friendly: early / mid / late */
    {"early 2019", "2019-01~/2019-04~", false},
    {"mid-2019", "2019-05~/2019-08~", false},
    {"late 2019", "2019-09~/2019-12~", false},
    {"early 1990s", "1990~/1993~", false},
    {"the late 1950s", "1957~/1959~", false},
    {"mid-1950s", "1954~/1956~", false},
    {"early September 2025", "2025-09-01~/2025-09-10~", false},
    {"late February 2024", "2024-02-21~/2024-02-29~", false},
    /* friendly: intervals */
    {"1950-1953", "1950/1953", false},
    {"1950\xE2\x80\x93"
     "1953",
     "1950/1953", false},
    {"1950-53", "1950/1953", false},
    {"2018-19", "2018/2019", false},
    {"2019-25", "2019/2025", false},
    {"1950 to 1953", "1950/1953", false},
    {"from 1950 to 1953", "1950/1953", false},
    {"between 1950 and 1953", "1950/1953", false},
    {"27-28 February 2019", "2019-02-27/2019-02-28", false},
    {"February 27-28, 2019", "2019-02-27/2019-02-28", false},
    {"Feb 27 - Mar 2, 2019", "2019-02-27/2019-03-02", false},
    {"June 2018 to February 2019", "2018-06/2019-02", false},
    {"since 2019", "2019/..", false},
    {"until 2019", "../2019", false},
    {"2018 to present", "2018/..", false},
    {"2018-present", "2018/..", false},
    {"early 2018 to late 2019", "2018-01~/2019-12~", false},
};

typedef struct invalid_case {
  const char *input;
  const char *message; /* expected prefix */
  size_t offset;       /* where the caret goes */
} invalid_case;

static const invalid_case invalid[] = {
    {"2025-02-30", "February 2025 has 28 days, not 30", 8},
    {"2023-02-29", "February 2023 has 28 days, not 29", 8},
    {"1900-02-29", "February 1900 has 28 days, not 29", 8},
    {"2025-04-31", "April 2025 has 30 days, not 31", 8},
    {"2025-13", "month 13 does not exist", 5},
    {"2025-00", "month 00 does not exist", 5},
    {"2025-09-00", "day 00 does not exist", 8},
    {"2025-09-32", "day 32 does not exist", 8},
    {"2030-25", "month 25 does not exist", 5},
    {"2019-21-04", "a season cannot have a day", 7},
    {"19", "write the year with four digits", 0},
    {"20250", "years with more than four digits are not supported", 0},
    {"1XXX", "millennia (1XXX) are not supported", 0},
    {"XXXX", "the year is missing", 0},
    {"19X5", "`X` may only replace the last digits of a year", 0},
    {"195X-03", "a decade or century cannot have a month or day", 4},
    {"-0000", "-0000 is not a year", 0},
    {"2019-XX-04", "a day needs a month", 8},
    {"2019/2018", "the interval ends before it starts", 5},
    {"2019-03-01/2019-02-28", "the interval ends before it starts", 11},
    {"1950/1953/1960", "an interval has exactly one `/`", 4},
    {"../..", "an interval needs at least one date", 0},
    {"..", "`..` is only allowed as an interval end", 0},
    {"2019-09-04T10:00", "times of day are not supported", 10},
    {"2019-1X", "expected a two-digit month after `-`", 5},
    {"", "`` is not a date", 0},
    {"yesterday", "`yesterday` is not a date", 0},
    {"30 February 2025", "February 2025 has 28 days, not 30", 0},
    {"31 April 2025", "April 2025 has 30 days, not 31", 0},
    {"4 September", "the date needs a year", 0},
    {"04/09/2025", "`04/09/2025` is ambiguous", 0},
    {"'50s", "a two-digit year does not say which century", 0},
    {"1955s", "a decade is written like 1950s", 0},
    {"early 4 September 2025", "early, mid and late apply", 0},
    {"Monday, 4 September 2025", "that date was a Thursday, not a Monday", 0},
    {"1953-1950", "the range ends before it starts", 5},
    {"September 4, 2025 at noon", "unexpected words after the date", 18},
    {"Q5 2019", "`Q5 2019` is not a date", 0},
};

static void test_valid_dates(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof valid / sizeof valid[0]; i++) {
    const valid_case *c = &valid[i];
    tl_when w;
    tl_date_parse_info info;
    tl_status st = tl_when_parse(c->input, strlen(c->input), &w, &info);
    if (st != TL_OK)
      fail_msg("`%s` should parse, got: %s", c->input, info.message);
    char buf[TL_WHEN_MAX];
    tl_when_format(&w, buf);
    if (strcmp(buf, c->canonical) != 0)
      fail_msg("`%s` -> `%s`, expected `%s`", c->input, buf, c->canonical);
    if (info.canonical != c->is_canonical)
      fail_msg("`%s`: canonical flag is %d", c->input, info.canonical);
    /* The canonical text parses back to the same value. */
    tl_when again;
    assert_int_equal(tl_when_parse(buf, strlen(buf), &again, &info), TL_OK);
    assert_true(info.canonical);
    assert_true(tl_when_equal(&w, &again));
  }
}

static void test_invalid_dates(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof invalid / sizeof invalid[0]; i++) {
    const invalid_case *c = &invalid[i];
    tl_when w;
    tl_date_parse_info info;
    tl_status st = tl_when_parse(c->input, strlen(c->input), &w, &info);
    if (st != TL_ERR_INVALID)
      fail_msg("`%s` should be refused", c->input);
    if (strncmp(info.message, c->message, strlen(c->message)) != 0)
      fail_msg("`%s`: message `%s`, expected `%s`", c->input, info.message,
               c->message);
    if (info.error_offset != c->offset)
      fail_msg("`%s`: error at %zu, expected %zu", c->input, info.error_offset,
               c->offset);
  }
}

static void test_hint_for_ambiguous_century(void **state) {
  (void)state;
  tl_when w;
  tl_date_parse_info info;
  assert_int_equal(tl_when_parse("1900s", 5, &w, &info), TL_OK);
  assert_int_equal(w.start.precision, TL_PREC_DECADE);
  assert_non_null(strstr(info.hint, "19XX"));
}

/* first/last day of each precision, as day numbers turned back to dates */
typedef struct range_case {
  const char *input;
  const char *first, *last;
} range_case;

static const range_case ranges[] = {
    {"2025-09-04", "2025-09-04", "2025-09-04"},
    {"2024-02", "2024-02-01", "2024-02-29"},
    {"2019", "2019-01-01", "2019-12-31"},
    {"195X", "1950-01-01", "1959-12-31"},
    {"19XX", "1900-01-01", "1999-12-31"},
    {"-049X", "-0499-01-01", "-0490-12-31"},
    {"2019-21", "2019-03-01", "2019-05-31"},
    {"2019-24", "2019-12-01", "2020-02-29"},
    {"1950/1953", "1950-01-01", "1953-12-31"},
};

static void format_day(int64_t day, char *buf) {
  int32_t y;
  int m, d;
  tl_civil_from_days(day, &y, &m, &d);
  if (y < 0)
    sprintf(buf, "-%04ld-%02d-%02d", -(long)y, m, d);
  else
    sprintf(buf, "%04ld-%02d-%02d", (long)y, m, d);
}

static void test_ranges(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
    tl_when w;
    assert_int_equal(
        tl_when_parse(ranges[i].input, strlen(ranges[i].input), &w, NULL),
        TL_OK);
    char a[32], b[32];
    format_day(tl_when_first_day(&w), a);
    format_day(tl_when_last_day(&w), b);
    if (strcmp(a, ranges[i].first) || strcmp(b, ranges[i].last))
      fail_msg("%s covers %s..%s, expected %s..%s", ranges[i].input, a, b,
               ranges[i].first, ranges[i].last);
  }
}

static void test_open_ranges(void **state) {
  (void)state;
  tl_when w;
  /* Found by fuzz_date: an unknown end left the buffer unterminated. */
  char buf[TL_WHEN_MAX];
  memset(buf, '/', sizeof buf);
  assert_int_equal(tl_when_parse("1959/", 5, &w, NULL), TL_OK);
  assert_string_equal(tl_when_format(&w, buf), "1959/");
  assert_int_equal(tl_when_parse("2019/..", 7, &w, NULL), TL_OK);
  assert_true(tl_when_last_day(&w) == INT64_MAX);
  assert_int_equal(tl_when_parse("../2019", 7, &w, NULL), TL_OK);
  assert_true(tl_when_first_day(&w) == INT64_MIN);
}

static void test_order(void **state) {
  (void)state;
  /* Sorted by first day, then last day: a year before its decade. */
  const char *sorted[] = {"-0490",     "1950",       "195X",
                          "1950-06",   "1950-06-25", "1953",
                          "2018~",     "2019",       "2019-02-27/2019-02-28",
                          "2019-02-28"};
  size_t n = sizeof sorted / sizeof sorted[0];
  for (size_t i = 0; i + 1 < n; i++) {
    tl_when a, b;
    assert_int_equal(tl_when_parse(sorted[i], strlen(sorted[i]), &a, NULL),
                     TL_OK);
    assert_int_equal(
        tl_when_parse(sorted[i + 1], strlen(sorted[i + 1]), &b, NULL), TL_OK);
    if (tl_when_compare(&a, &b) >= 0)
      fail_msg("%s should sort before %s", sorted[i], sorted[i + 1]);
    assert_true(tl_when_compare(&b, &a) > 0);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_valid_dates),
      cmocka_unit_test(test_invalid_dates),
      cmocka_unit_test(test_hint_for_ambiguous_century),
      cmocka_unit_test(test_ranges),
      cmocka_unit_test(test_open_ranges),
      cmocka_unit_test(test_order),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
