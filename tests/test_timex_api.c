/* test_timex_api.c - tl_timex_find as a library call: its contract, the
 * writers built on it, and inputs meant to break it (10,000 dates on one
 * line, a megabyte without a line break, invalid UTF-8, NUL bytes, random
 * bytes).  Speed is measured in bench/, not here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/strbuf.h"
#include "extract/timex_format.h"
#include "timeline.h"

static const tl_date dct = {2025, 9, 4, TL_PREC_DAY, 0};

/* Every expression lies inside the text, in order, without overlaps, with
 * a non-empty value. */
static void check_invariants(const char *text, size_t len,
                             const tl_timex_list *list) {
  size_t prev_end = 0;
  for (size_t i = 0; i < list->count; i++) {
    const tl_timex *x = &list->items[i];
    if (x->start >= x->end || x->end > len || x->start < prev_end)
      fail_msg("expression %zu at [%zu,%zu) after %zu in %zu bytes", i,
               x->start, x->end, prev_end, len);
    assert_true(x->value[0] != '\0');
    assert_true(memchr(x->value, '\0', sizeof x->value) != NULL);
    assert_true(memchr(x->mod, '\0', sizeof x->mod) != NULL);
    assert_true(memchr(x->signal, '\0', sizeof x->signal) != NULL);
    assert_true(x->type <= TL_TIMEX_SET);
    prev_end = x->end;
  }
  (void)text;
}

static void test_contract(void **state) {
  (void)state;
  const char *text = "Kim met Xi on Thursday. Talks resume next week.";
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(text, strlen(text), &dct, &list), TL_OK);
  assert_int_equal(list.count, 2);
  assert_int_equal(list.items[0].start, 14);
  assert_int_equal(list.items[0].end, 22);
  assert_string_equal(list.items[0].value, "2025-09-04");
  assert_string_equal(list.items[0].signal, "on");
  assert_int_equal(list.items[0].tense, TL_TENSE_PAST);
  assert_true(list.items[0].relative);
  /* a second call appends */
  assert_int_equal(tl_timex_find(text, strlen(text), NULL, &list), TL_OK);
  assert_int_equal(list.count, 4);
  assert_string_equal(list.items[2].value, "XXXX-WXX-4");
  assert_string_equal(list.items[3].value, "XXXX-WXX");
  tl_timex_list_free(&list);
  assert_null(list.items);
  assert_int_equal(list.count, 0);
  tl_timex_list_free(NULL);
  /* nothing in, nothing out */
  assert_int_equal(tl_timex_find("", 0, &dct, &list), TL_OK);
  assert_int_equal(list.count, 0);
  assert_int_equal(tl_timex_find(NULL, 0, NULL, &list), TL_OK);
  assert_int_equal(list.count, 0);
  tl_timex_list_free(&list);
  assert_string_equal(tl_timex_type_str(TL_TIMEX_DATE), "DATE");
  assert_string_equal(tl_timex_type_str(TL_TIMEX_TIME), "TIME");
  assert_string_equal(tl_timex_type_str(TL_TIMEX_DURATION), "DURATION");
  assert_string_equal(tl_timex_type_str(TL_TIMEX_SET), "SET");
}

/* Offsets count the bytes as given, whatever precedes them. */
static void test_offsets_in_raw_bytes(void **state) {
  (void)state;
  const char text[] = "\xEF\xBB\xBF\xE2\x80\x9CWe met\r\non\xC2\xA0"
                      "Tuesday\xE2\x80\x9D, \xFF\xFE she said \0 in 2019.";
  size_t len = sizeof text - 1;
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(text, len, &dct, &list), TL_OK);
  check_invariants(text, len, &list);
  assert_int_equal(list.count, 2);
  assert_memory_equal(text + list.items[0].start, "Tuesday", 7);
  assert_int_equal(list.items[0].end - list.items[0].start, 7);
  assert_string_equal(list.items[0].value, "2025-09-02");
  assert_memory_equal(text + list.items[1].start, "2019", 4);
  tl_timex_list_free(&list);
}

/* One line, 10,000 dates: every one is found, none is cut in two. */
static void test_ten_thousand_dates(void **state) {
  (void)state;
  tl_strbuf b = TL_STRBUF_INIT;
  for (int i = 0; i < 10000; i++)
    tl_strbuf_printf(&b, "%sMarch %d, %d", i ? "; " : "", 1 + i % 28,
                     1990 + i % 30);
  assert_false(b.failed);
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(b.data, b.len, &dct, &list), TL_OK);
  check_invariants(b.data, b.len, &list);
  assert_int_equal(list.count, 10000);
  for (int i = 0; i < 10000; i++) {
    char want[16];
    snprintf(want, sizeof want, "%d-03-%02d", 1990 + i % 30, 1 + i % 28);
    if (strcmp(list.items[i].value, want) != 0)
      fail_msg("date %d: %s, expected %s", i, list.items[i].value, want);
  }
  tl_timex_list_free(&list);
  tl_strbuf_free(&b);
}

/* A megabyte without a line break or a full stop. */
static void test_megabyte_one_line(void **state) {
  (void)state;
  const char *piece = "Kim met Xi on Thursday and ";
  size_t n = (1u << 20) / strlen(piece);
  tl_strbuf b = TL_STRBUF_INIT;
  for (size_t i = 0; i < n; i++)
    tl_strbuf_puts(&b, piece);
  assert_false(b.failed);
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(b.data, b.len, &dct, &list), TL_OK);
  check_invariants(b.data, b.len, &list);
  assert_int_equal(list.count, n);
  assert_string_equal(list.items[n - 1].value, "2025-09-04");
  tl_timex_list_free(&list);
  /* a megabyte of one word, and of one number */
  memset(b.data, 'a', b.len);
  assert_int_equal(tl_timex_find(b.data, b.len, &dct, &list), TL_OK);
  assert_int_equal(list.count, 0);
  memset(b.data, '7', b.len);
  assert_int_equal(tl_timex_find(b.data, b.len, &dct, &list), TL_OK);
  assert_int_equal(list.count, 0);
  tl_timex_list_free(&list);
  tl_strbuf_free(&b);
}

/* Random bytes mixed with time words: never a crash, always valid output.
 * The generator is fixed so a failure can be replayed. */
static void test_random_bytes(void **state) {
  (void)state;
  static const char *const words[] = {
      "May ",  "2019", "-",        "Sept.",        " 4",       ", ",   "last ",
      "year",  "'",    "80s",      "\xE2\x80\x99", "\xC2\xA0", "\xFF", "\0",
      "\r\n",  "the ", "week of ", "10:35",        " p.m.",    "ago ", "from ",
      " to ",  "1/2",  "twenty-",  "first",        "Q3",       "FY",   "..",
      " \n\n", "mid-", "early ",   "Thursday",     "every "};
  uint32_t seed = 12345;
  char buf[4096];
  for (int round = 0; round < 400; round++) {
    size_t len = 0;
    while (len < sizeof buf - 32) {
      seed = seed * 1103515245u + 12345u;
      uint32_t r = seed >> 8;
      if (r % 4 == 0) {
        buf[len++] = (char)(r >> 8);
      } else {
        const char *w = words[(r >> 4) % (sizeof words / sizeof words[0])];
        size_t wl = w[0] ? strlen(w) : 1;
        memcpy(buf + len, w, wl);
        len += wl;
      }
      if ((r >> 20) % 97 == 0)
        break;
    }
    tl_timex_list list = {NULL, 0, 0};
    assert_int_equal(tl_timex_find(buf, len, round % 2 ? &dct : NULL, &list),
                     TL_OK);
    check_invariants(buf, len, &list);
    tl_timex_list_free(&list);
  }
}

/* ---- writers
 * ----------------------------------------------------------------- */

static void test_jsonl(void **state) {
  (void)state;
  const char text[] = "He said \"on Thursday\"\xFF.";
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(text, sizeof text - 1, &dct, &list), TL_OK);
  tl_strbuf b = TL_STRBUF_INIT;
  tl_mentions_jsonl(&b, "a\"b.txt", text, &list);
  assert_string_equal(b.data,
                      "{\"doc\": \"a\\\"b.txt\", \"start\": 12, \"end\": 20, "
                      "\"text\": \"Thursday\", \"type\": \"DATE\", \"value\": "
                      "\"2025-09-04\"}\n");
  tl_strbuf_free(&b);
  tl_timex_list_free(&list);
  /* the extent itself may hold odd bytes: escaped, replaced, valid JSON */
  tl_timex x = {0, 6, TL_TIMEX_DATE, "2019", "APPROX", "", 0, 0, 0, 0};
  tl_timex_list one = {&x, 1, 1};
  tl_strbuf c = TL_STRBUF_INIT;
  tl_mentions_jsonl(&c, "d", "a\"\\\n\x01\xFF", &one);
  assert_string_equal(c.data, "{\"doc\": \"d\", \"start\": 0, \"end\": 6, "
                              "\"text\": \"a\\\"\\\\\\n\\u0001\xEF\xBF\xBD\", "
                              "\"type\": \"DATE\", \"value\": \"2019\", "
                              "\"mod\": \"APPROX\"}\n");
  tl_strbuf_free(&c);
}

static void test_timeml(void **state) {
  (void)state;
  const char *text = "R&D <b> began in early 2019.";
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(text, strlen(text), &dct, &list), TL_OK);
  tl_strbuf b = TL_STRBUF_INIT;
  tl_mentions_timeml(&b, "doc1", text, strlen(text), &dct, &list);
  assert_string_equal(
      b.data,
      "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>doc1</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2025-09-04\" "
      "temporalFunction=\"false\" functionInDocument=\"CREATION_TIME\">"
      "2025-09-04</TIMEX3></DCT>\n"
      "<TEXT>R&amp;D &lt;b&gt; began in <TIMEX3 tid=\"t1\" type=\"DATE\" "
      "value=\"2019\" mod=\"START\">early 2019</TIMEX3>.</TEXT>\n"
      "</TimeML>\n");
  tl_strbuf_free(&b);
  tl_strbuf c = TL_STRBUF_INIT;
  tl_mentions_timeml(&c, "doc2", text, strlen(text), NULL, &list);
  assert_null(strstr(c.data, "<DCT>"));
  tl_strbuf_free(&c);
  tl_timex_list_free(&list);
}

static void test_yaml(void **state) {
  (void)state;
  const char *text = "Since 2019, nothing.";
  tl_timex_list list = {NULL, 0, 0};
  assert_int_equal(tl_timex_find(text, strlen(text), &dct, &list), TL_OK);
  tl_strbuf b = TL_STRBUF_INIT;
  tl_mentions_yaml(&b, "x.txt", text, &dct, &list);
  assert_string_equal(b.data, "- doc: \"x.txt\"\n"
                              "  dct: 2025-09-04\n"
                              "  mentions:\n"
                              "    - text: \"2019\"\n"
                              "      start: 6\n"
                              "      end: 10\n"
                              "      type: DATE\n"
                              "      value: \"2019\"\n"
                              "      signal: \"since\"\n"
                              "      tense: unknown\n");
  tl_strbuf_free(&b);
  tl_timex_list_free(&list);
  tl_timex_list none = {NULL, 0, 0};
  tl_strbuf c = TL_STRBUF_INIT;
  tl_mentions_yaml(&c, "y", "", NULL, &none);
  assert_string_equal(c.data, "- doc: \"y\"\n  mentions: []\n");
  tl_strbuf_free(&c);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_contract),
      cmocka_unit_test(test_offsets_in_raw_bytes),
      cmocka_unit_test(test_ten_thousand_dates),
      cmocka_unit_test(test_megabyte_one_line),
      cmocka_unit_test(test_random_bytes),
      cmocka_unit_test(test_jsonl),
      cmocka_unit_test(test_timeml),
      cmocka_unit_test(test_yaml),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
