/* test_dedupe.c - when two mentions are one happening.
 *
 * Rows are pairs of events as the builder would make them from sentences
 * written for the test, with the answer an editor would give. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "extract/dedupe.h"
#include "extract/extraction.h"

typedef struct side {
  const char *date, *title, *type, *place, *quote;
  const char *actors[4];
} side;

typedef struct dedupe_case {
  const char *why;
  side a, b;
  bool same_article; /* the scope compared in */
  bool same;         /* tl_events_same */
  bool merge_same;   /* tl_event_same_happening (--merge) */
} dedupe_case;

static const dedupe_case cases[] = {
    {"the same summit named twice in one article",
     {"2019",
      "Collapse of a summit with Trump in Hanoi",
      "summit",
      "Hanoi",
      "q1",
      {"Kim Jong Un", "Donald Trump"}},
     {"2019",
      "Failed summit",
      "summit",
      NULL,
      "q2",
      {"Donald Trump", "Kim Jong Un"}},
     true,
     true,
     true},
    {"a day and the year that holds it, across articles",
     {"2019-02-28",
      "Trump and Kim cut short their Hanoi summit",
      "summit",
      "Hanoi",
      "q1",
      {"Donald Trump", "Kim Jong Un"}},
     {"2019",
      "Hanoi summit collapses",
      "summit",
      NULL,
      "q2",
      {"Kim Jong Un", "Donald Trump"}},
     false,
     true,
     true},
    {"the same year, different counterparts",
     {"2019",
      "Kim met Trump in Hanoi",
      "meeting",
      "Hanoi",
      "q1",
      {"Kim Jong Un", "Donald Trump"}},
     {"2019",
      "Kim met Putin in Vladivostok",
      "meeting",
      "Vladivostok",
      "q2",
      {"Kim Jong Un", "Vladimir Putin"}},
     true,
     false,
     false},
    {"the same day, different kinds of event",
     {"2018-09-19",
      "Moon and Kim held talks in Pyongyang",
      "talks",
      "Pyongyang",
      "q1",
      {"Moon Jae-in", "Kim Jong Un"}},
     {"2018-09-19",
      "Moon and Kim signed a military agreement",
      "agreement",
      NULL,
      "q2",
      {"Moon Jae-in", "Kim Jong Un"}},
     true,
     false,
     false},
    {"different dates",
     {"2018-06-12",
      "Trump and Kim met in Singapore",
      "summit",
      "Singapore",
      "q1",
      {"Donald Trump", "Kim Jong Un"}},
     {"2019-02-27",
      "Trump and Kim met in Hanoi",
      "summit",
      "Hanoi",
      "q2",
      {"Donald Trump", "Kim Jong Un"}},
     false,
     false,
     false},
    {"the same sentence read again",
     {"2024",
      "North Korea and Russia signed a defence pact",
      "agreement",
      NULL,
      "same quote",
      {"North Korea", "Russia"}},
     {"2024",
      "Pyongyang and Moscow sign a pact",
      "agreement",
      NULL,
      "same quote",
      {"North Korea", "Russia"}},
     false,
     true,
     true},
    {"a hand-corrected date with the same quote and title",
     {"2024-06-19",
      "North Korea and Russia signed a defence pact",
      "agreement",
      NULL,
      "same quote",
      {"North Korea", "Russia"}},
     {"2023",
      "North Korea and Russia signed a defence pact",
      "agreement",
      NULL,
      "same quote",
      {"North Korea", "Russia"}},
     false,
     false,
     true},
    {"a decade holds too much to match on",
     {"195X", "Korean War", "war", NULL, "q1", {"China", "North Korea"}},
     {"1953",
      "China and North Korea signed an armistice",
      "ceasefire",
      NULL,
      "q2",
      {"China", "North Korea"}},
     false,
     false,
     false},
    {"a named war by its decade and by its years",
     {"195X", "Korean War", "war", NULL, "q1", {"China", "North Korea"}},
     {"1950-06-25/1953-07-27",
      "Korean War",
      "war",
      NULL,
      "q2",
      {"North Korea", "South Korea"}},
     false,
     true,
     true},
    {"the same summit across articles, each with a country of its own",
     {"2019-02-28",
      "Trump's second summit with Kim collapsed",
      "summit",
      NULL,
      "q1",
      {"Donald Trump", "Kim Jong Un", "North Korea"}},
     {"2019-02",
      "Trump walked out of his second summit with Kim in Hanoi",
      "summit",
      "Hanoi",
      "q2",
      {"Donald Trump", "Kim Jong Un", "United States"}},
     false,
     true,
     true},
    {"one shared country across articles is not enough",
     {"2025-09-03",
      "China held a military parade in Beijing",
      "parade",
      "Beijing",
      "q1",
      {"China"}},
     {"2025-09-03",
      "China and Russia signed energy deals",
      "agreement",
      NULL,
      "q2",
      {"China", "Russia"}},
     false,
     false,
     false},
    {"an edited file event with fewer actors",
     {"2025-09-04",
      "Xi and Kim meet in Beijing",
      "meeting",
      "Beijing",
      "file quote",
      {"Xi Jinping", "Kim Jong Un"}},
     {"2025-09-04",
      "Xi told Kim China was willing to deepen ties",
      "meeting",
      NULL,
      "new quote",
      {"Xi Jinping", "Kim Jong Un", "China"}},
     false,
     true,
     true},
};

static tl_event make(const side *s, tl_source *src, tl_strlist *actors) {
  tl_event e = {0};
  assert_int_equal(tl_when_parse(s->date, strlen(s->date), &e.date, NULL),
                   TL_OK);
  e.title = s->title;
  e.type = s->type;
  e.place = s->place;
  size_t n = 0;
  while (n < 4 && s->actors[n])
    n++;
  actors->items = (const char **)s->actors;
  actors->count = n;
  e.actors = *actors;
  *src = (tl_source){"doc", s->quote, NULL, 0};
  e.sources = src;
  e.source_count = 1;
  return e;
}

static void test_dedupe_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const dedupe_case *c = &cases[i];
    tl_source sa, sb;
    tl_strlist la, lb;
    tl_event a = make(&c->a, &sa, &la), b = make(&c->b, &sb, &lb);
    tl_dedupe_scope scope =
        c->same_article ? TL_SAME_ARTICLE : TL_OTHER_ARTICLE;
    if (tl_events_same(&a, &b, scope) != c->same)
      fail_msg("case %zu (%s): same should be %d", i, c->why, c->same);
    if (tl_events_same(&b, &a, scope) != c->same)
      fail_msg("case %zu (%s): not symmetric", i, c->why);
    if (tl_event_same_happening(&a, &b) != c->merge_same)
      fail_msg("case %zu (%s): merge-same should be %d", i, c->why,
               c->merge_same);
  }
}

/* Folding: sources and actors add up, the finer date wins, a plain report
 * outweighs a plan. */
static void test_fold(void **state) {
  (void)state;
  tl_extraction *x = tl_extraction_new();
  side s1 = {"2019", "Hanoi summit collapses",       "summit", NULL,
             "q1",   {"Kim Jong Un", "Donald Trump"}};
  side s2 = {"2019-02-28", "Trump and Kim cut short their Hanoi summit",
             "summit",     "Hanoi",
             "q2",         {"Donald Trump", "Kim Jong Un", "Vietnam"}};
  tl_source a1, a2;
  tl_strlist l1, l2;
  tl_event e1 = make(&s1, &a1, &l1), e2 = make(&s2, &a2, &l2);
  e1.status = "planned";
  assert_int_equal(tl_extraction_add(x, &e1, 1), TL_OK);
  assert_int_equal(tl_extraction_add(x, &e2, 2), TL_OK);
  assert_int_equal(tl_extraction_count(x), 1);
  const tl_event *e = tl_extraction_event(x, 0);
  char buf[TL_WHEN_MAX];
  assert_string_equal(tl_when_format(&e->date, buf), "2019-02-28");
  assert_string_equal(e->title, "Hanoi summit collapses");
  assert_string_equal(e->place, "Hanoi");
  assert_null(e->status);
  assert_int_equal(e->actors.count, 3);
  assert_string_equal(e->actors.items[2], "Vietnam");
  assert_int_equal(e->source_count, 2);
  /* The same source again adds nothing. */
  assert_int_equal(tl_extraction_add(x, &e2, 2), TL_OK);
  assert_int_equal(tl_extraction_event(x, 0)->source_count, 2);
  tl_extraction_clear(x);
  assert_int_equal(tl_extraction_count(x), 0);
  tl_extraction_free(x);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_dedupe_table),
      cmocka_unit_test(test_fold),
  };
  return cmocka_run_group_tests_name("dedupe", tests, NULL, NULL);
}
