/* test_entities.c - actors and places in sentences written for the tests.
 *
 * Each row is a short text, the DCT year, and the mentions expected in
 * its last sentence as "name:role" (a = actor, p = place, e = named
 * happening, - = found but neither), worked out by hand from the rule the
 * row is named after. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "extract/entities.h"
#include "extract/sentences.h"

typedef struct entity_case {
  const char *rule;
  const char *text;
  int year;
  const char *want; /* "Name:role" joined by ", " for the last sentence */
} entity_case;

static const entity_case cases[] = {
    {"a country and a demonym", "North Korean troops crossed into Russia.",
     2024, "North Korea:a, Russia:a+p"},
    {"title words give the person and the country",
     "South Korean President Moon Jae-in met US President Donald Trump.", 2018,
     "South Korea:a, Moon Jae-in:a, United States:a, Donald Trump:a"},
    {"a capital after `in` is a place; as a speaker it is its country",
     "Beijing welcomed the talks in Hanoi.", 2019, "China:a, Hanoi:p"},
    {"a seat of government speaks for its country",
     "The Kremlin rejected the offer.", 2022, "Russia:a"},
    {"a news agency is a source, never an actor",
     "Xinhua said the visit went well.", 2025, "Xinhua:-"},
    {"a short name after the full one", "Xi Jinping arrived. Xi spoke first.",
     2025, "Xi Jinping:a"},
    {"a short name alone, from the leader in office of a country in the story",
     "Kim's visit to China ended. Kim left by train.", 2025, "Kim Jong Un:a"},
    {"the same short name in another decade",
     "Iraq ignored the deadline. Bush spoke.", 1990, "George H. W. Bush:a"},
    {"a second person sharing the name does not take it over",
     "Kim arrived with his daughter Kim Ju Ae. Kim waved.", 2025,
     "Kim Jong Un:a"},
    {"a name the gazetteer lacks, after a title",
     "Special envoy Mikhail Sytenko left for Damascus.", 1990,
     "Mikhail Sytenko:a, Damascus:p"},
    {"its short name later",
     "Special envoy Mikhail Sytenko left. Sytenko will return.", 1990,
     "Mikhail Sytenko:a"},
    {"an organization the gazetteer lacks",
     "The Korean Workers Solidarity Front protested.", 2025,
     "Korean Workers Solidarity Front:a"},
    {"a generic ministry is no actor of its own",
     "The Chinese Foreign Ministry protested.", 2025, "China:a"},
    {"a named happening", "The Korean War ended in 1953.", 2023,
     "Korean War:e"},
    {"hyphenated pairs", "US-China talks resumed.", 2023,
     "United States:a, China:a"},
    {"a country modifying a noun is no place",
     "Troops fight in the Ukraine war.", 2024, "Ukraine:a"},
    {"a country after `in` is a place and an actor",
     "The leaders met in Vietnam.", 2019, "Vietnam:a+p"},
    {"an unknown place after `in`", "The talks were held in Woodside.", 2023,
     "Woodside:p"},
    {"an international body", "The UN Security Council met on Friday.", 2023,
     "UN Security Council:a"},
    {"a capital used as a place after `visited`", "Modi visited Moscow.", 2024,
     "Narendra Modi:a, Moscow:p"},
    {"a short name of a person out of office is not guessed",
     "Rice prices rose.", 2024, ""},
    {"sentence openers are not names", "However, talks stalled.", 2024, ""},
    {"a place name starting a longer unknown name", "Jordan Peterson spoke.",
     2024, "Jordan Peterson:a"},
};

static void describe(const tl_mention *m, char *buf, size_t size) {
  const char *role = m->kind == TL_MENTION_EVENT ? "e"
                     : m->actor && m->place      ? "a+p"
                     : m->actor                  ? "a"
                     : m->place                  ? "p"
                                                 : "-";
  snprintf(buf, size, "%s:%s",
           m->actor && m->kind != TL_ENTITY_PERSON && !m->place ? m->actor
                                                                : m->name,
           role);
}

static void test_entities_table(void **state) {
  (void)state;
  tl_gazetteer *g = tl_gazetteer_new();
  assert_non_null(g);
  size_t failures = 0;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const entity_case *c = &cases[i];
    size_t len = strlen(c->text);
    tl_words words = {0};
    tl_sentences sentences = {0};
    assert_int_equal(tl_words_scan(c->text, 0, len, &words), TL_OK);
    assert_int_equal(tl_sentences_split(c->text, 0, len, &sentences), TL_OK);
    tl_entity_doc *doc = tl_entity_doc_new(g, c->year);
    assert_non_null(doc);
    assert_int_equal(tl_entity_doc_prescan(doc, c->text, &words), TL_OK);
    char got[512] = "";
    size_t w = 0;
    for (size_t s = 0; s < sentences.count; s++) {
      size_t first = w;
      while (first < words.count &&
             words.items[first].start < sentences.items[s].start)
        first++;
      size_t last = first;
      while (last < words.count &&
             words.items[last].end <= sentences.items[s].end)
        last++;
      w = last;
      tl_mentions m = {0};
      assert_int_equal(tl_entities_find(doc, c->text, &words, first, last, &m),
                       TL_OK);
      if (s + 1 == sentences.count) {
        size_t used = 0;
        for (size_t k = 0; k < m.count; k++) {
          char one[128];
          describe(&m.items[k], one, sizeof one);
          used += (size_t)snprintf(got + used, sizeof got - used, "%s%s",
                                   k ? ", " : "", one);
        }
      }
      tl_mentions_free(&m);
    }
    if (strcmp(got, c->want) != 0) {
      print_error("case %zu (%s):\n  want: %s\n  got:  %s\n", i, c->rule,
                  c->want, got);
      failures++;
    }
    tl_entity_doc_free(doc);
    tl_sentences_free(&sentences);
    tl_words_free(&words);
  }
  tl_gazetteer_free(g);
  assert_int_equal(failures, 0);
}

/* A user's entry adds a person and an alias and overrides a country. */
static void test_gazetteer_add(void **state) {
  (void)state;
  tl_gazetteer *g = tl_gazetteer_new();
  const char *aliases[] = {"Jane Q. Roe"};
  const char *shorts[] = {"Roe"};
  tl_gazetteer_entry e = {0};
  e.name = "Jane Roe";
  e.kind = TL_ENTITY_PERSON;
  e.country = "Atlantis";
  e.aliases = (tl_strlist){aliases, 1};
  e.short_names = (tl_strlist){shorts, 1};
  assert_int_equal(tl_gazetteer_add(g, &e), TL_OK);
  tl_gazetteer_entry atl = {0};
  atl.name = "Atlantis";
  atl.kind = TL_ENTITY_COUNTRY;
  const char *dem[] = {"Atlantean"};
  atl.demonyms = (tl_strlist){dem, 1};
  assert_int_equal(tl_gazetteer_add(g, &atl), TL_OK);
  int32_t id = tl_gazetteer_find(g, "Jane Roe");
  assert_true(id >= 0);
  /* The country named before it existed is linked once it does. */
  const tl_entity *p = tl_gazetteer_entity(g, id);
  assert_int_equal(p->country, tl_gazetteer_find(g, "Atlantis"));
  /* An override keeps the entry and changes its kind. */
  tl_gazetteer_entry again = {0};
  again.name = "Hanoi";
  again.kind = TL_ENTITY_ORGANIZATION;
  size_t before = tl_gazetteer_size(g);
  assert_int_equal(tl_gazetteer_add(g, &again), TL_OK);
  assert_int_equal(tl_gazetteer_size(g), before);
  assert_int_equal(tl_gazetteer_entity(g, tl_gazetteer_find(g, "Hanoi"))->kind,
                   TL_ENTITY_ORGANIZATION);
  tl_gazetteer_entry empty = {0};
  assert_int_equal(tl_gazetteer_add(g, &empty), TL_ERR_USAGE);
  tl_gazetteer_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_entities_table),
      cmocka_unit_test(test_gazetteer_add),
  };
  return cmocka_run_group_tests_name("entities", tests, NULL, NULL);
}
