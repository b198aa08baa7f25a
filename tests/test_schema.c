/* test_schema.c - the events-file schema on node trees built in code.
 *
 * No libyaml here: trees are made with the small builders below, so each
 * rule is checked on exactly the shape it is about. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "io/schema.h"

/* ---- tree builders (one arena per test) --------------------------------- */

static tl_arena arena;
static unsigned next_line;

static tl_ynode *node(tl_ykind kind) {
  tl_ynode *n = tl_arena_alloc(&arena, sizeof *n);
  n->kind = kind;
  n->line = ++next_line;
  n->col = 1;
  return n;
}

static tl_ynode *S(const char *text) {
  tl_ynode *n = node(TL_Y_SCALAR);
  n->text = text;
  n->len = strlen(text);
  return n;
}

/* M("key", value, "key", value, ..., NULL) */
static tl_ynode *M(const char *key, ...) {
  tl_ynode *n = node(TL_Y_MAP);
  tl_ynode *keys[32], *values[32];
  va_list ap;
  va_start(ap, key);
  for (const char *k = key; k; k = va_arg(ap, const char *)) {
    keys[n->count] = S(k);
    values[n->count++] = va_arg(ap, tl_ynode *);
  }
  va_end(ap);
  n->keys = tl_arena_alloc(&arena, n->count * sizeof *n->keys + 1);
  n->values = tl_arena_alloc(&arena, n->count * sizeof *n->values + 1);
  memcpy(n->keys, keys, n->count * sizeof *keys);
  memcpy(n->values, values, n->count * sizeof *values);
  return n;
}

/* L(item, item, ..., NULL) */
static tl_ynode *L(tl_ynode *first, ...) {
  tl_ynode *n = node(TL_Y_SEQ);
  tl_ynode *values[32];
  va_list ap;
  va_start(ap, first);
  for (tl_ynode *v = first; v; v = va_arg(ap, tl_ynode *))
    values[n->count++] = v;
  va_end(ap);
  n->values = tl_arena_alloc(&arena, n->count * sizeof *n->values + 1);
  memcpy(n->values, values, n->count * sizeof *values);
  return n;
}

static tl_ynode *file_with(tl_ynode *event) {
  return M("title", S("T"), "events", L(event, NULL), NULL);
}

static int setup(void **state) {
  (void)state;
  tl_arena_init(&arena);
  next_line = 0;
  return 0;
}

static int teardown(void **state) {
  (void)state;
  tl_arena_free(&arena);
  return 0;
}

/* Runs the schema and checks the first error's message starts with
 * `expected` (NULL: no error at all). */
static tl_doc *check(tl_ynode *root, const char *expected,
                     const char *hint_part) {
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = NULL;
  tl_status st = tl_schema_events(root, "", 0, "t.yaml", &doc, &d, NULL);
  const tl_diag *first = NULL;
  for (size_t i = 0; i < d.count && !first; i++)
    if (d.items[i].severity == TL_ERROR)
      first = &d.items[i];
  if (!expected) {
    if (first)
      fail_msg("unexpected error: %s", first->message);
    assert_int_equal(st, TL_OK);
  } else {
    if (!first)
      fail_msg("expected the error `%s`", expected);
    if (strncmp(first->message, expected, strlen(expected)) != 0)
      fail_msg("error `%s`, expected `%s`", first->message, expected);
    if (hint_part && (!first->hint || !strstr(first->hint, hint_part)))
      fail_msg("hint `%s` lacks `%s`", first->hint ? first->hint : "",
               hint_part);
    assert_int_equal(st, TL_ERR_INVALID);
    assert_null(doc);
  }
  tl_diags_free(&d);
  return doc;
}

static size_t count_warnings(tl_ynode *root, const char *part) {
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = NULL;
  tl_schema_events(root, "", 0, "t.yaml", &doc, &d, NULL);
  size_t n = 0;
  for (size_t i = 0; i < d.count; i++)
    if (d.items[i].severity == TL_WARNING && strstr(d.items[i].message, part))
      n++;
  tl_doc_free(doc);
  tl_diags_free(&d);
  return n;
}

/* ---- tests -------------------------------------------------------------- */

static void test_valid_event_is_read(void **state) {
  (void)state;
  tl_doc *doc =
      check(file_with(M("date", S("2019-02-27/2019-02-28"), "title", S("Hanoi"),
                        "type", S("summit"), "actors",
                        L(S("Donald Trump"), S("Kim Jong Un"), NULL), "place",
                        S("Hanoi"), "tags", L(S("summitry"), NULL), "sources",
                        L(M("document", S("a.txt"), "quote", S("q"), "offset",
                            S("42"), "said_by", S("Xinhua"), NULL),
                          NULL),
                        "id", S("hanoi"), "status", S("cancelled"), NULL)),
            NULL, NULL);
  assert_non_null(doc);
  assert_string_equal(tl_doc_title(doc), "T");
  assert_int_equal(tl_doc_count(doc), 1);
  const tl_event *e = tl_doc_event(doc, 0);
  assert_true(e->date.interval);
  assert_string_equal(e->title, "Hanoi");
  assert_int_equal(e->actors.count, 2);
  assert_string_equal(e->actors.items[1], "Kim Jong Un");
  assert_int_equal(e->source_count, 1);
  assert_int_equal(e->sources[0].offset, 42);
  assert_string_equal(e->sources[0].said_by, "Xinhua");
  assert_string_equal(e->status, "cancelled");
  tl_doc_free(doc);
}

static void test_friendly_dates_load(void **state) {
  (void)state;
  tl_doc *doc = check(file_with(M("date", S("c. 2018"), "end", S("Feb. 2019"),
                                  "title", S("x"), NULL)),
                      NULL, NULL);
  const tl_event *e = tl_doc_event(doc, 0);
  char buf[TL_WHEN_MAX];
  assert_string_equal(tl_when_format(&e->date, buf), "2018~");
  assert_true(e->has_end);
  assert_string_equal(tl_date_format(&e->end, buf), "2019-02");
  tl_doc_free(doc);
}

typedef struct bad_case {
  const char *name;
  tl_ynode *(*make)(void);
  const char *message;
  const char *hint;
} bad_case;

static tl_ynode *root_is_list(void) { return L(S("x"), NULL); }
static tl_ynode *no_events(void) { return M("title", S("T"), NULL); }
static tl_ynode *events_is_map(void) {
  return M("events", M("date", S("2019"), NULL), NULL);
}
static tl_ynode *unknown_top(void) {
  return M("title", S("T"), "events", L(NULL), "author", S("me"), NULL);
}
static tl_ynode *missing_date(void) {
  return file_with(M("title", S("x"), NULL));
}
static tl_ynode *null_date(void) {
  return file_with(M("date", S("~"), "title", S("x"), NULL));
}
static tl_ynode *missing_title(void) {
  return file_with(M("date", S("2019"), NULL));
}
static tl_ynode *blank_title(void) {
  return file_with(M("date", S("2019"), "title", S("  "), NULL));
}
static tl_ynode *title_list(void) {
  return file_with(M("date", S("2019"), "title", L(S("a"), NULL), NULL));
}
static tl_ynode *bad_day(void) {
  return file_with(M("date", S("2025-02-30"), "title", S("x"), NULL));
}
static tl_ynode *bad_month(void) {
  return file_with(M("date", S("2025-13"), "title", S("x"), NULL));
}
static tl_ynode *date_is_map(void) {
  return file_with(M("date", M("y", S("2019"), NULL), "title", S("x"), NULL));
}
static tl_ynode *end_before(void) {
  return file_with(
      M("date", S("2020"), "end", S("2019"), "title", S("x"), NULL));
}
static tl_ynode *end_interval(void) {
  return file_with(
      M("date", S("2020"), "end", S("2021/2022"), "title", S("x"), NULL));
}
static tl_ynode *interval_and_end(void) {
  return file_with(
      M("date", S("2020/2021"), "end", S("2022"), "title", S("x"), NULL));
}
static tl_ynode *actor_typo(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "actor", L(S("A"), NULL), NULL));
}
static tl_ynode *synonym_key(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "location", S("Hanoi"), NULL));
}
static tl_ynode *stranger_key(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "colour", S("red"), NULL));
}
static tl_ynode *actors_map(void) {
  return file_with(M("date", S("2019"), "title", S("x"), "actors",
                     M("a", S("b"), NULL), NULL));
}
static tl_ynode *actor_is_list(void) {
  return file_with(M("date", S("2019"), "title", S("x"), "actors",
                     L(L(S("a"), NULL), NULL), NULL));
}
static tl_ynode *empty_actor(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "actors", L(S(""), NULL), NULL));
}
static tl_ynode *sources_map(void) {
  return file_with(M("date", S("2019"), "title", S("x"), "sources",
                     M("document", S("a"), NULL), NULL));
}
static tl_ynode *bad_offset(void) {
  return file_with(M("date", S("2019"), "title", S("x"), "sources",
                     L(M("offset", S("-3"), NULL), NULL), NULL));
}
static tl_ynode *source_key(void) {
  return file_with(M("date", S("2019"), "title", S("x"), "sources",
                     L(M("speaker", S("a"), NULL), NULL), NULL));
}
static tl_ynode *bad_status(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "status", S("plannd"), NULL));
}
static tl_ynode *duplicate_id(void) {
  return M("title", S("T"), "events",
           L(M("date", S("2019"), "title", S("a"), "id", S("k"), NULL),
             M("date", S("2020"), "title", S("b"), "id", S("k"), NULL), NULL),
           NULL);
}
static tl_ynode *duplicate_key(void) {
  return file_with(
      M("date", S("2019"), "title", S("x"), "date", S("2020"), NULL));
}
static tl_ynode *event_is_text(void) {
  return M("title", S("T"), "events", L(S("2019: Hanoi"), NULL), NULL);
}
static tl_ynode *key_is_list(void) {
  tl_ynode *m = file_with(M("date", S("2019"), "title", S("x"), NULL));
  tl_ynode *ev = m->values[1]->values[0];
  ev->keys[0] = L(S("date"), NULL);
  return m;
}

static const bad_case bad_cases[] = {
    {"root", root_is_list, "expected a mapping with `title` and `events`",
     "`events:`"},
    {"no events", no_events, "missing `events`", NULL},
    {"events map", events_is_map, "`events` must be a list, found a mapping",
     NULL},
    {"unknown top key", unknown_top, "unknown key `author`", "top level"},
    {"missing date", missing_date, "event has no `date`", NULL},
    {"null date", null_date, "event has no `date`", NULL},
    {"missing title", missing_title, "event has no `title`", NULL},
    {"blank title", blank_title, "`title` is empty", NULL},
    {"title list", title_list, "`title` must be text, found a list", NULL},
    {"bad day", bad_day, "invalid `date`: February 2025 has 28 days", NULL},
    {"bad month", bad_month, "invalid `date`: month 13 does not exist",
     "21-24"},
    {"date map", date_is_map, "`date` must be a date, found a mapping", NULL},
    {"end before", end_before, "`end` (2019) is before `date` (2020)", NULL},
    {"end interval", end_interval, "`end` must be a single date", NULL},
    {"interval and end", interval_and_end, "`date` is already an interval",
     NULL},
    {"actor typo", actor_typo, "unknown key `actor`",
     "`actors`? (`timeline fmt"},
    {"synonym", synonym_key, "unknown key `location`", "did you mean `place`?"},
    {"stranger", stranger_key, "unknown key `colour`", "an event may have:"},
    {"actors map", actors_map, "`actors` must be a list of names", "[First"},
    {"actor list", actor_is_list, "each entry of `actors` must be a name",
     NULL},
    {"empty actor", empty_actor, "empty name in `actors`", NULL},
    {"sources map", sources_map, "`sources` must be a list", NULL},
    {"bad offset", bad_offset, "`offset` must be a whole number of bytes",
     NULL},
    {"source key", source_key, "unknown key `speaker`", "`said_by`"},
    {"bad status", bad_status, "unknown status `plannd`", "`planned`"},
    {"duplicate id", duplicate_id, "duplicate id `k`", "first used at line"},
    {"duplicate key", duplicate_key, "duplicate key `date`",
     "first given at line"},
    {"event text", event_is_text, "each event must be a mapping", NULL},
    {"key list", key_is_list, "a key must be a name, not a list", NULL},
};

static void test_bad_files(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    tl_arena_free(&arena);
    tl_arena_init(&arena);
    print_message("case: %s\n", bad_cases[i].name);
    check(bad_cases[i].make(), bad_cases[i].message, bad_cases[i].hint);
  }
}

static void test_empty_document(void **state) {
  (void)state;
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = NULL;
  assert_int_equal(tl_schema_events(NULL, "", 0, "t.yaml", &doc, &d, NULL),
                   TL_ERR_INVALID);
  assert_string_equal(d.items[0].message, "the file is empty");
  tl_diags_free(&d);
}

static void test_warnings(void **state) {
  (void)state;
  /* Legal but suspicious: each gives a warning, not an error. */
  assert_int_equal(count_warnings(M("events", L(NULL), NULL), "no `title`"), 1);
  assert_int_equal(
      count_warnings(file_with(M("date", S("2019"), "title", S("x"), "type",
                                 S("sumit"), NULL)),
                     "unknown type `sumit`"),
      1);
  /* A free word far from every known type is simply a new type. */
  assert_int_equal(
      count_warnings(file_with(M("date", S("2019"), "title", S("x"), "type",
                                 S("referendum"), NULL)),
                     "unknown type"),
      0);
  assert_int_equal(
      count_warnings(file_with(M("date", S("2019"), "title", S("x"), "actors",
                                 S("Xi Jinping, Kim Jong Un"), NULL)),
                     "one name containing a comma"),
      1);
  assert_int_equal(
      count_warnings(M("title", S("T"), "events",
                       L(M("date", S("2019"), "title", S("Same"), NULL),
                         M("date", S("2019"), "title", S("Same"), NULL), NULL),
                       NULL),
                     "repeats the date and title"),
      1);
  assert_int_equal(
      count_warnings(file_with(M("date", S("1900s"), "title", S("x"), NULL)),
                     "ambiguous"),
      1);
  assert_int_equal(
      count_warnings(file_with(M("date", S("2019"), "end", S("2019"), "title",
                                 S("x"), NULL)),
                     "same as `date`"),
      1);
}

static void test_single_actor_is_a_list(void **state) {
  (void)state;
  tl_doc *doc =
      check(file_with(M("date", S("2019"), "title", S("x"), "actors",
                        S("Kim Jong Un"), "sources", L(S("KCNA"), NULL), NULL)),
            NULL, NULL);
  const tl_event *e = tl_doc_event(doc, 0);
  assert_int_equal(e->actors.count, 1);
  assert_string_equal(e->actors.items[0], "Kim Jong Un");
  assert_int_equal(e->source_count, 1);
  assert_string_equal(e->sources[0].document, "KCNA");
  tl_doc_free(doc);
}

static void test_fmt_collects_edits(void **state) {
  (void)state;
  tl_ynode *root = file_with(M("Date", S("4 September 2025"), "title", S("x"),
                               "actor", L(S("A"), NULL), NULL));
  tl_diags d;
  tl_diags_init(&d);
  tl_edits edits = {0};
  assert_int_equal(tl_schema_events(root, "", 0, "t.yaml", NULL, &d, &edits),
                   TL_OK);
  assert_int_equal(d.errors, 0);
  assert_int_equal(edits.count, 3);
  const char *want[] = {"date", "actors", "2025-09-04"}; /* keys first */
  for (size_t i = 0; i < 3; i++)
    assert_string_equal(edits.items[i].text, want[i]);
  tl_edits_free(&edits);
  tl_diags_free(&d);
}

static void test_fmt_will_not_create_duplicates(void **state) {
  (void)state;
  /* `actor` next to `actors` is not a slip fmt can fix. */
  tl_ynode *root =
      file_with(M("date", S("2019"), "title", S("x"), "actors", L(S("A"), NULL),
                  "actor", L(S("B"), NULL), NULL));
  tl_diags d;
  tl_diags_init(&d);
  tl_edits edits = {0};
  assert_int_equal(tl_schema_events(root, "", 0, "t.yaml", NULL, &d, &edits),
                   TL_ERR_INVALID);
  assert_int_equal(edits.count, 0);
  tl_edits_free(&edits);
  tl_diags_free(&d);
}

/* Found by fuzz_events: a second slip for the same key read out of
 * bounds.  Now the first is fixed and the second is an error. */
static void test_two_slips_for_one_key(void **state) {
  (void)state;
  tl_ynode *root =
      M("title", S("T"), "eents", L(NULL), "etents", L(NULL), NULL);
  tl_diags d;
  tl_diags_init(&d);
  tl_edits edits = {0};
  assert_int_equal(tl_schema_events(root, "", 0, "t.yaml", NULL, &d, &edits),
                   TL_ERR_INVALID);
  assert_int_equal(edits.count, 1);
  assert_string_equal(edits.items[0].text, "events");
  assert_int_equal(d.errors, 1);
  tl_edits_free(&edits);
  tl_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_valid_event_is_read, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_friendly_dates_load, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_bad_files, setup, teardown),
      cmocka_unit_test_setup_teardown(test_empty_document, setup, teardown),
      cmocka_unit_test_setup_teardown(test_warnings, setup, teardown),
      cmocka_unit_test_setup_teardown(test_single_actor_is_a_list, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_fmt_collects_edits, setup, teardown),
      cmocka_unit_test_setup_teardown(test_fmt_will_not_create_duplicates,
                                      setup, teardown),
      cmocka_unit_test_setup_teardown(test_two_slips_for_one_key, setup,
                                      teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
