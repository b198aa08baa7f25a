/* test_dct.c - document dates from front matter, metadata lines and wire
 * datelines, on headers written for these tests in each agency's style.
 * Expected dates were read off the headers by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract/dct.h"

typedef struct dct_case {
  const char *text;
  const char *date; /* "" when none is found */
  bool guessed;     /* the year came from the text */
  const char *body; /* how the prose after the header starts */
} dct_case;

static const dct_case cases[] = {
    /* Yonhap: month and day, no year; the year is the latest in the text. */
    {"SEOUL, Jan. 4 (Yonhap) -- North Korea fired a missile, the first "
     "since its 2023 tests.",
     "2023-01-04", true, "North Korea fired"},
    /* Reuters: no dot after the month, a single hyphen. */
    {"BEIJING, Sept 4 (Reuters) - Talks began in 2025.", "2025-09-04", true,
     "Talks began"},
    /* A dateline with the year written out. */
    {"TOKYO, March 3, 2024 (Kyodo) -- Ministers met.", "2024-03-03", false,
     "Ministers met"},
    /* AP: city and agency only; no date, but the header is still skipped. */
    {"WASHINGTON (AP) \xe2\x80\x94 The envoy left.", "", false, "The envoy"},
    /* Older AP style with a region and an underscore. */
    {"NAIROBI, Kenya (AP) _ Talks resumed.", "", false, "Talks resumed"},
    /* AFP: title-case city with the agency. */
    {"Seoul (AFP) - Kim spoke.", "", false, "Kim spoke"},
    /* Two-word capitals. */
    {"UNITED NATIONS, Oct. 12 (Xinhua) -- The council met in 2019.",
     "2019-10-12", true, "The council"},
    /* Front matter wins over a dateline. */
    {"---\ntitle: x\ndate: 2025-09-04\n---\nSEOUL, Jan. 4 (Yonhap) -- Hi.",
     "2025-09-04", false, "Hi."},
    {"---\ndate: \"4 September 2025\"\n---\nText.", "2025-09-04", false,
     "Text."},
    /* Published lines and bare date lines. */
    {"Kim visits Beijing\nPublished: 4 September 2025 10:32 GMT\n\nKim "
     "arrived.",
     "2025-09-04", false, "Kim arrived"},
    {"Updated Sept. 4, 2025 at 10:32 a.m. EDT\nThe talks ended.", "2025-09-04",
     false, "The talks"},
    {"Thursday, September 4, 2025\n\nThe talks ended.", "2025-09-04", false,
     "The talks"},
    {"By Jane Roe\nPublished 2025-09-04T10:32:00Z\n\nText.", "2025-09-04",
     false, "Text."},
    /* Prose is not a header. */
    {"On Sept. 4, 2025, the two leaders met in Beijing for talks on trade.", "",
     false, "On Sept. 4"},
    {"By 2030, the plan will be complete.", "", false, "By 2030"},
    {"China said the vote \"cannot stop it.\"\n\nMore.", "", false,
     "China said"},
    {"Modi visited Washington on June 22, 2023.", "", false, "Modi visited"},
    /* A dateline without a year and no year in the text: narrative mode. */
    {"SEOUL, Jan. 4 (Yonhap) -- Talks began last week.", "", false,
     "Talks began"},
    /* An impossible date is ignored. */
    {"SEOUL, Feb. 30 (Yonhap) -- Talks began in 2023.", "", false,
     "Talks began"},
    {"", "", false, ""},
};

/* Headlines: the text between the markers, or none. */
typedef struct headline_case {
  const char *text;
  const char *headline; /* "" when the article has none */
} headline_case;

static const headline_case headlines[] = {
    {"Envoys meet in Geneva\n\nGENEVA (AP) \xe2\x80\x94 The envoys met.",
     "Envoys meet in Geneva"},
    /* Front matter's title, without the quotes YAML put around it. */
    {"---\ntitle: \"Talks: round two\"\ndate: 2025-09-04\n---\nText.",
     "Talks: round two"},
    /* A headline above a Published line and a byline. */
    {"Kim visits Beijing  \nPublished: 4 September 2025\nBy Jane Roe\n\nKim "
     "arrived.",
     "Kim visits Beijing"},
    /* The story's first sentence is not a headline. */
    {"The envoys met in Geneva on Tuesday.\n\nThey talked.", ""},
    {"SEOUL, Jan. 4 (Yonhap) -- Talks began in 2023.", ""},
    /* A sentence ending inside quotes is prose, not a headline. */
    {"China said the vote \"cannot stop reunification.\"\n\nMore text.", ""},
    {"Kim asked: \xe2\x80\x9cWho is next?\xe2\x80\x9d\n\nMore text.", ""},
    /* A short line with no story under it is the story. */
    {"Talks resumed on Monday", ""},
    /* A line of dashes or digits names nothing. */
    {"2025\n\nThe envoys met.", ""},
};

static void test_headlines(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof headlines / sizeof headlines[0]; i++) {
    const headline_case *c = &headlines[i];
    tl_dct_info info;
    tl_dct_detect(c->text, strlen(c->text), &info);
    size_t n = info.headline_end - info.headline_start;
    if (n != strlen(c->headline) ||
        memcmp(c->text + info.headline_start, c->headline, n) != 0)
      fail_msg("case %zu: headline want [%s] got [%.*s]", i, c->headline,
               (int)n, c->text + info.headline_start);
  }
}

static void test_dct_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const dct_case *c = &cases[i];
    tl_dct_info info;
    size_t len = strlen(c->text);
    tl_dct_detect(c->text, len, &info);
    char got[TL_WHEN_MAX] = "";
    if (info.source != TL_DCT_NONE)
      tl_date_format(&info.date, got);
    if (strcmp(got, c->date) != 0)
      fail_msg("case %zu: date want [%s] got [%s]", i, c->date, got);
    if (info.year_guessed != c->guessed)
      fail_msg("case %zu: guessed want %d", i, c->guessed);
    if (strncmp(c->text + info.body_start, c->body, strlen(c->body)) != 0)
      fail_msg("case %zu: body starts [%.20s], want [%s]", i,
               c->text + info.body_start, c->body);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dct_table),
      cmocka_unit_test(test_headlines),
  };
  return cmocka_run_group_tests_name("dct", tests, NULL, NULL);
}
