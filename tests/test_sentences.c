/* test_sentences.c - sentence boundaries and tokens on sentences written
 * for these tests in the styles of the main news agencies.
 *
 * Each row is a text and its sentences joined by " | ".  The expected
 * splits were decided by reading the text, not by running the splitter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract/sentences.h"
#include "extract/words.h"

typedef struct split_case {
  const char *text;
  const char *sentences; /* joined by " | " */
} split_case;

static const split_case cases[] = {
    {"The talks ended. Both sides left.",
     "The talks ended. | Both sides left."},
    /* Titles and initials never end a sentence. */
    {"Mr. Moon met Gen. Park. They spoke.",
     "Mr. Moon met Gen. Park. | They spoke."},
    {"George W. Bush arrived. He spoke.",
     "George W. Bush arrived. | He spoke."},
    /* U.S. before a capitalized content word, and at a sentence end. */
    {"U.S. President Biden left. He flew home.",
     "U.S. President Biden left. | He flew home."},
    {"Troops left the U.S. The talks resumed.",
     "Troops left the U.S. | The talks resumed."},
    {"He flew to the U.S. Embassy in Seoul.",
     "He flew to the U.S. Embassy in Seoul."},
    /* Month abbreviations before a day number. */
    {"They met on Sept. 4 in Beijing. Talks went well.",
     "They met on Sept. 4 in Beijing. | Talks went well."},
    {"The vote is due Nov. 5. Turnout is high.",
     "The vote is due Nov. 5. | Turnout is high."},
    {"It ends at 5 p.m. The guests leave early.",
     "It ends at 5 p.m. | The guests leave early."},
    {"It starts at 9 a.m. Tuesday in Hanoi.",
     "It starts at 9 a.m. Tuesday in Hanoi."},
    /* Quotations: a ? or ! before "he said" does not end the sentence. */
    {"\"Why now?\" he asked. Nobody answered.",
     "\"Why now?\" he asked. | Nobody answered."},
    {"She said: \"We are ready.\" The vote followed.",
     "She said: \"We are ready.\" | The vote followed."},
    {"\xe2\x80\x9cWe won,\xe2\x80\x9d he said. \xe2\x80\x9cNow we "
     "rest.\xe2\x80\x9d",
     "\xe2\x80\x9cWe won,\xe2\x80\x9d he said. | "
     "\xe2\x80\x9cNow we rest.\xe2\x80\x9d"},
    {"``It was a bomb,'' an official said. ``We heard it.''",
     "``It was a bomb,'' an official said. | ``We heard it.''"},
    /* An ellipsis inside a quotation, followed by lower case. */
    {"He vowed to \"deepen ties... and cooperate\" with Hanoi.",
     "He vowed to \"deepen ties... and cooperate\" with Hanoi."},
    {"He waited\xe2\x80\xa6 Then he left.",
     "He waited\xe2\x80\xa6 | Then he left."},
    /* Numbers with dots do not end anything. */
    {"Growth was 3.5 percent in 2019. It fell.",
     "Growth was 3.5 percent in 2019. | It fell."},
    /* Blank lines, headings and sign-offs. */
    {"First paragraph\nwraps here.\n\nSecond one.",
     "First paragraph\nwraps here. | Second one."},
    {"Summit diplomacy\n\nThe leaders met.",
     "Summit diplomacy | The leaders met."},
    {"By Jane Roe\nSEOUL, Jan. 4 (Yonhap) -- Talks began.",
     "By Jane Roe | SEOUL, Jan. 4 (Yonhap) -- Talks began."},
    {"The leaders met.\n\n-Agence France-Presse",
     "The leaders met. | -Agence France-Presse"},
    {"  \n\n  ", ""},
    {"No closing punctuation", "No closing punctuation"},
};

static void join(const char *text, const tl_sentences *s, char *buf,
                 size_t size) {
  buf[0] = '\0';
  size_t used = 0;
  for (size_t i = 0; i < s->count; i++) {
    int n = snprintf(buf + used, size - used, "%s%.*s", i ? " | " : "",
                     (int)(s->items[i].end - s->items[i].start),
                     text + s->items[i].start);
    used += (size_t)n;
  }
}

static void test_split_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const split_case *c = &cases[i];
    tl_sentences s = {0};
    assert_int_equal(tl_sentences_split(c->text, 0, strlen(c->text), &s),
                     TL_OK);
    char got[512];
    join(c->text, &s, got, sizeof got);
    if (strcmp(got, c->sentences) != 0)
      fail_msg("case %zu: %s\n  want: %s\n  got:  %s", i, c->text, c->sentences,
               got);
    tl_sentences_free(&s);
  }
}

static void test_line_only(void **state) {
  (void)state;
  const char *text = "Kim's trips abroad\n\nKim arrived on Tuesday.\n\n-AFP";
  tl_sentences s = {0};
  assert_int_equal(tl_sentences_split(text, 0, strlen(text), &s), TL_OK);
  assert_int_equal(s.count, 3);
  assert_true(s.items[0].line_only);
  assert_false(s.items[1].line_only);
  assert_true(s.items[2].line_only);
  tl_sentences_free(&s);
}

typedef struct token_case {
  const char *text;
  const char *tokens; /* each token's text, joined by " " */
} token_case;

static const token_case token_cases[] = {
    {"China's ties", "China ties"},
    {"Kim\xe2\x80\x99s train", "Kim train"},
    {"Workers' Party", "Workers Party"},
    {"Moon Jae-in met U.S. envoys", "Moon Jae-in met U.S. envoys"},
    {"Mr. Kim, 41, said: \"no\"", "Mr. Kim , 41 , said : \" no \""},
    {"the 1950-53 war", "the 1950-53 war"},
    {"recently \xe2\x80\x93 the two", "recently \xe2\x80\x93 the two"},
    {"SEOUL (AP) _ Talks", "SEOUL ( AP ) _ Talks"},
    {"BEIJING, Sept 4 (Reuters) - Kim", "BEIJING , Sept 4 ( Reuters ) - Kim"},
    {"Yonhap) -- North", "Yonhap ) -- North"},
    {"``Bomb,'' he said", "`` Bomb , '' he said"},
    {"the DPRK... deepen", "the DPRK ... deepen"},
    {"C\xc3\xb4te d'Ivoire", "C\xc3\xb4te d'Ivoire"},
    {"1,200 troops", "1,200 troops"},
};

static void test_tokens(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof token_cases / sizeof token_cases[0]; i++) {
    const token_case *c = &token_cases[i];
    tl_words t = {0};
    assert_int_equal(tl_words_scan(c->text, 0, strlen(c->text), &t), TL_OK);
    char got[256] = "";
    size_t used = 0;
    for (size_t k = 0; k < t.count; k++)
      used += (size_t)snprintf(
          got + used, sizeof got - used, "%s%.*s", k ? " " : "",
          (int)(t.items[k].end - t.items[k].start), c->text + t.items[k].start);
    if (strcmp(got, c->tokens) != 0)
      fail_msg("case %zu: want [%s] got [%s]", i, c->tokens, got);
    tl_words_free(&t);
  }
}

static void test_token_flags(void **state) {
  (void)state;
  const char *text = "China's NATO allies";
  tl_words t = {0};
  assert_int_equal(tl_words_scan(text, 0, strlen(text), &t), TL_OK);
  assert_int_equal(t.count, 3);
  assert_true(t.items[0].flags & TL_W_POSSESSIVE);
  assert_true(t.items[0].flags & TL_W_CAP);
  assert_false(t.items[0].flags & TL_W_UPPER);
  assert_true(t.items[1].flags & TL_W_UPPER);
  assert_false(t.items[2].flags & TL_W_CAP);
  tl_words_free(&t);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_split_table),
      cmocka_unit_test(test_line_only),
      cmocka_unit_test(test_tokens),
      cmocka_unit_test(test_token_flags),
  };
  return cmocka_run_group_tests_name("sentences", tests, NULL, NULL);
}
