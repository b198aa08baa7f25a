/* test_timex_text.c - the tagger's reading of raw text: character folding,
 * tokens and their byte offsets, and the consistency of the lexicon with
 * the grammar that reads it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract/holidays.h"
#include "extract/lexicon.h"
#include "extract/normalize.h"
#include "extract/timex_scan.h"
#include "extract/tokens.h"

/* ---- character folding ----------------------------------------------- */

typedef struct canon_case {
  const char *bytes;
  int canon;
  size_t len;
} canon_case;

static const canon_case canon_cases[] = {
    {"a", 'a', 1},
    {"\t", ' ', 1},
    {"\r\n", '\n', 2},
    {"\r", '\n', 1},
    {"\n", '\n', 1},
    {"\xC2\xA0", ' ', 2},               /* NBSP */
    {"\xE2\x80\xAF", ' ', 3},           /* narrow NBSP */
    {"\xE2\x80\x89", ' ', 3},           /* thin space */
    {"\xEF\xBB\xBF", TL_CANON_SKIP, 3}, /* BOM */
    {"\xC2\xAD", TL_CANON_SKIP, 2},     /* soft hyphen */
    {"\xE2\x80\x99", '\'', 3},          /* right single quote */
    {"\xE2\x80\x98", '\'', 3},
    {"\xE2\x80\x9C", '"', 3},
    {"\xE2\x80\x9D", '"', 3},
    {"\xC2\xAB", '"', 2},             /* guillemet */
    {"\xE2\x80\x93", '-', 3},         /* en dash */
    {"\xE2\x80\x94", '-', 3},         /* em dash */
    {"\xE2\x88\x92", '-', 3},         /* minus */
    {"\xE2\x80\xA6", '.', 3},         /* ellipsis */
    {"\xE2\x80\xA8", '\n', 3},        /* line separator */
    {"\xC3\xBC", TL_CANON_LETTER, 2}, /* ü */
    {"\xE4\xB8\xAD", TL_CANON_LETTER, 3},
    {"\xE2\x82\xAC", TL_CANON_SYMBOL, 3}, /* euro sign */
    {"\xFF", ' ', 1},                     /* invalid byte */
    {"\xC3", ' ', 1},                     /* truncated sequence */
    {"\xED\xA0\x80", ' ', 1},             /* surrogate: invalid */
};

static void test_canon_chars(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof canon_cases / sizeof canon_cases[0]; i++) {
    const canon_case *c = &canon_cases[i];
    size_t bytes;
    int got = tl_canon_char(c->bytes, strlen(c->bytes), 0, &bytes);
    if (got != c->canon || bytes != c->len)
      fail_msg("case %zu: canon %d (%zu bytes), expected %d (%zu)", i, got,
               bytes, c->canon, c->len);
  }
  size_t bytes;
  assert_int_equal(tl_canon_char("\0x", 2, 0, &bytes), ' ');
  assert_int_equal(bytes, 1);
}

/* ---- tokens ------------------------------------------------------------ */

typedef struct tok_case {
  const char *text;
  const char *tokens; /* "text@start-end" separated by spaces */
} tok_case;

static const tok_case tok_cases[] = {
    {"Sept. 4, 2025", "sept@0-4 .@4-5 4@6-7 ,@7-8 2025@9-13"},
    {"10:35 a.m. EST", "10:35@0-5 a.m.@6-10 est@11-14"},
    {"the 1990s and '80s", "the@0-3 1990@4-9 and@10-13 80@14-18"},
    {"third-quarter", "third@0-5 -@5-6 quarter@6-13"},
    {"Xi's visit", "xi@0-2 's@2-4 visit@5-10"},
    {"o'clock", "o'clock@0-7"},
    {"1,950 troops", "1950@0-5 troops@6-12"},
    {"2.5 years", "2.5@0-3 years@4-9"},
    {"4th", "4@0-3"},
    {"U.S.-led", "u.s.@0-4 -@4-5 led@5-8"},
    {"Kim\xE2\x80\x99s", "kim@0-3 's@3-7"},
    {"\xEF\xBB\xBFOn Monday", "on@3-5 monday@6-12"},
    {"Sep\xC2\xADtember", "september@0-11"},
    {"2018\xE2\x80\x93"
     "19",
     "2018@0-4 -@4-7 19@7-9"},
    {"a\xFF"
     "b",
     "a@0-1 b@2-3"},
    {"Z\xC3\xBCrich", "z*rich@0-7"},
    {"FY2019", "fy2019@0-6"},
    {"3pm", "3@0-3"},
};

static void test_tokens(void **state) {
  (void)state;
  tl_lexicon lex;
  tl_lexicon_init(&lex);
  for (size_t i = 0; i < sizeof tok_cases / sizeof tok_cases[0]; i++) {
    const tok_case *c = &tok_cases[i];
    tl_tokenizer tz;
    tl_tokenizer_init(&tz, c->text, strlen(c->text), &lex);
    char got[256] = "";
    tl_tok t;
    while (tl_token_next(&tz, &t)) {
      char one[64];
      snprintf(one, sizeof one, "%s%s@%zu-%zu", got[0] ? " " : "", t.text,
               t.start, t.end);
      strncat(got, one, sizeof got - strlen(got) - 1);
    }
    if (strcmp(got, c->tokens) != 0)
      fail_msg("case %zu `%s`:\n  got      %s\n  expected %s", i, c->text, got,
               c->tokens);
  }
}

static void test_token_details(void **state) {
  (void)state;
  tl_lexicon lex;
  tl_lexicon_init(&lex);
  tl_tokenizer tz;
  const char *text = "'89 1990s 4th 10:35:20 3pm 1,950 Q3 U.S.\n\nNext";
  tl_tokenizer_init(&tz, text, strlen(text), &lex);
  tl_tok t;
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_APOS);
  assert_int_equal(t.num, 89);
  assert_true(tl_token_next(&tz, &t));
  assert_string_equal(t.suffix, "s");
  assert_int_equal(t.num, 1990);
  assert_true(tl_token_next(&tz, &t));
  assert_string_equal(t.suffix, "th");
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_CLOCK);
  assert_int_equal(t.num, 10);
  assert_int_equal(t.minute, 35);
  assert_int_equal(t.second, 20);
  assert_true(tl_token_next(&tz, &t));
  assert_string_equal(t.suffix, "pm");
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_GROUPED);
  assert_int_equal(t.num, 1950);
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_ALNUM);
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_DOTTED);
  assert_true(tl_token_next(&tz, &t));
  assert_true(t.flags & TF_PARA);
  assert_true(t.flags & TF_CAP);
  assert_non_null(t.lex);
  assert_false(tl_token_next(&tz, &t));
}

/* ---- the lexicon and the grammar agree ------------------------------------
 */

static void test_lexicon_unique(void **state) {
  (void)state;
  tl_lexicon lex;
  tl_lexicon_init(&lex);
  for (size_t i = 0; i < tl_lex_count; i++) {
    const char *w = tl_lex_words[i].word;
    const lex_word *found = tl_lexicon_find(&lex, w, strlen(w));
    if (found != &tl_lex_words[i])
      fail_msg("`%s` has two rows in the lexicon", w);
    for (const char *p = w; *p; p++)
      if (*p >= 'A' && *p <= 'Z')
        fail_msg("`%s` is not lower case", w);
  }
  assert_null(tl_lexicon_find(&lex, "thursdayx", 9));
  assert_non_null(tl_lexicon_find(&lex, "thursday", 8));
}

/* Each word of `words` (split at `sep`) must be in the lexicon, or the
 * scanner would never start a match on it. */
static size_t missing;

static void check_words(const tl_lexicon *lex, const char *words, char sep,
                        const char *where) {
  const char *p = words;
  while (*p) {
    const char *end = strchr(p, sep);
    size_t n = end ? (size_t)(end - p) : strlen(p);
    bool word = n > 0 && ((p[0] >= 'a' && p[0] <= 'z') || p[0] == '\'');
    if (word && strncmp(p, "'s", n) != 0 && !tl_lexicon_find(lex, p, n)) {
      print_message("`%.*s` (%s) is not in the lexicon\n", (int)n, p, where);
      missing++;
    }
    if (!end)
      break;
    p = end + 1;
  }
}

static void test_grammar_words_in_lexicon(void **state) {
  (void)state;
  tl_lexicon lex;
  tl_lexicon_init(&lex);
  for (size_t r = 0; r < tl_timex_rule_count; r++) {
    const rule *ru = &tl_timex_rules[r];
    bool ended = false;
    for (size_t e = 0; e < RULE_MAX; e++) {
      if (ru->pat[e].kind == E_END) {
        ended = true;
        break;
      }
      if (ru->pat[e].kind == E_WORD)
        check_words(&lex, ru->pat[e].words, '|', ru->name);
    }
    if (!ended)
      fail_msg("rule `%s` has no room for its terminator", ru->name);
    if (!ru->build)
      fail_msg("rule `%s` has no build function", ru->name);
  }
  for (const affix *a = tl_timex_prefixes; a->phrase; a++)
    check_words(&lex, a->phrase, ' ', "prefix");
  for (const affix *a = tl_timex_suffixes; a->phrase; a++)
    check_words(&lex, a->phrase, ' ', "suffix");
  for (size_t h = 0; h < tl_holiday_count; h++)
    check_words(&lex, tl_holidays[h].phrase, ' ', "holiday");
  assert_int_equal(missing, 0);
}

/* ---- holidays --------------------------------------------------------------
 */

typedef struct holiday_case {
  const char *phrase;
  int32_t year;
  int month, day;
} holiday_case;

/* Checked against published calendars. */
static const holiday_case holiday_cases[] = {
    {"easter", 2019, 4, 21},        {"easter", 2024, 3, 31},
    {"easter", 2025, 4, 20},        {"easter", 2000, 4, 23},
    {"good friday", 2025, 4, 18},   {"easter monday", 2025, 4, 21},
    {"thanksgiving", 2025, 11, 27}, {"thanksgiving", 1999, 11, 25},
    {"labor day", 2025, 9, 1},      {"memorial day", 2025, 5, 26},
    {"election day", 2024, 11, 5},  {"election day", 1998, 11, 3},
    {"christmas", 2025, 12, 25},    {"new year 's eve", 2025, 12, 31},
};

static void test_holidays(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof holiday_cases / sizeof holiday_cases[0]; i++) {
    const holiday_case *c = &holiday_cases[i];
    const holiday *h = NULL;
    for (size_t k = 0; k < tl_holiday_count; k++)
      if (strcmp(tl_holidays[k].phrase, c->phrase) == 0)
        h = &tl_holidays[k];
    assert_non_null(h);
    int m, d;
    tl_holiday_date(h, c->year, &m, &d);
    if (m != c->month || d != c->day)
      fail_msg("%s %d: %d-%d, expected %d-%d", c->phrase, (int)c->year, m, d,
               c->month, c->day);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_canon_chars),
      cmocka_unit_test(test_tokens),
      cmocka_unit_test(test_token_details),
      cmocka_unit_test(test_lexicon_unique),
      cmocka_unit_test(test_grammar_words_in_lexicon),
      cmocka_unit_test(test_holidays),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
