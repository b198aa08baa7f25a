/* test_events_io.c - events files through libyaml: load, write, round trip,
 * refusals, positions, and `fmt` rewrites that keep every other byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/files.h"
#include "io/ytree.h"
#include "timeline.h"

static tl_doc *load(const char *text, tl_diags *d) {
  tl_doc *doc = NULL;
  tl_status st = tl_doc_parse(text, strlen(text), "t.yaml", &doc, d);
  if (st != TL_OK) {
    char *out = NULL;
    tl_diags_render(d, text, strlen(text), false, &out);
    print_error("%s", out ? out : "");
    free(out);
  }
  return doc;
}

static void assert_docs_equal(const tl_doc *a, const tl_doc *b) {
  assert_int_equal(tl_doc_count(a), tl_doc_count(b));
  if (tl_doc_title(a) || tl_doc_title(b))
    assert_string_equal(tl_doc_title(a), tl_doc_title(b));
  if (tl_doc_description(a) || tl_doc_description(b))
    assert_string_equal(tl_doc_description(a), tl_doc_description(b));
  for (size_t i = 0; i < tl_doc_count(a); i++)
    if (!tl_event_equal(tl_doc_event(a, i), tl_doc_event(b, i)))
      fail_msg("event %zu differs after the round trip", i);
}

/* load -> write -> load gives the same events */
static void round_trip(const tl_doc *doc) {
  char *text;
  size_t len;
  assert_int_equal(tl_doc_write_yaml(doc, &text, &len), TL_OK);
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *again = load(text, &d);
  if (!again)
    fail_msg("the writer's output did not load:\n%s", text);
  assert_int_equal(d.errors, 0);
  assert_docs_equal(doc, again);
  /* Writing is a fixed point: the canonical form of canonical text. */
  char *text2;
  size_t len2;
  assert_int_equal(tl_doc_write_yaml(again, &text2, &len2), TL_OK);
  assert_string_equal(text, text2);
  free(text2);
  tl_doc_free(again);
  tl_diags_free(&d);
  free(text);
}

static void test_sample_round_trip(void **state) {
  (void)state;
  char err[256], *text;
  size_t len;
  assert_int_equal(tl_read_file("../events.yaml", TL_EVENTS_MAX_BYTES, &text,
                                &len, err, sizeof err),
                   TL_OK);
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = load(text, &d);
  assert_non_null(doc);
  assert_int_equal(d.errors, 0);
  assert_int_equal(d.warnings, 0);
  assert_true(tl_doc_count(doc) >= 30);
  round_trip(doc);
  tl_doc_free(doc);
  tl_diags_free(&d);
  free(text);
}

/* Strings that need quoting, escaping or a block list. */
static const char *const tricky[] = {
    "Kim: the summit",
    "# not a comment",
    "- dash first",
    "yes",
    "null",
    "~",
    "2019",
    "3.14",
    " leading space",
    "trailing space ",
    "say \"hi\" \\ back",
    "line\nbreak",
    "tab\there",
    "김정은",
    "Xi–Kim",
    "[bracket",
    "a, b",
    "",
    "bell\x07",
    "nel\xC2\x85",
    "ls\xE2\x80\xA8",
    "ends with colon:",
    "100%",
    "@handle",
    "`tick`",
    "x #y",
    "'single'",
    "{brace}",
    "?question",
    "-",
    "!bang",
    "&amp",
    "*star",
    "|pipe",
    ">fold",
    "%percent",
};

static void test_tricky_strings_round_trip(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  tl_doc_set_title(doc, "Title: with colon");
  tl_doc_set_description(doc, "Two\nlines");
  size_t n = sizeof tricky / sizeof tricky[0];
  for (size_t i = 0; i < n; i++) {
    tl_event e;
    memset(&e, 0, sizeof e);
    tl_when_parse("2019-02-27", 10, &e.date, NULL);
    e.title = tricky[i][0] ? tricky[i] : "empty summary";
    e.summary = tricky[i];
    e.place = tricky[i][0] ? tricky[i] : NULL;
    const char *names[2] = {tricky[i][0] ? tricky[i] : "x", "Kim Jong Un"};
    e.actors.items = names;
    e.actors.count = 2;
    tl_source src = {"doc.txt", tricky[i], "Xinhua", (int64_t)i * 1000};
    e.sources = &src;
    e.source_count = 1;
    assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  }
  round_trip(doc);
  tl_doc_free(doc);
}

static void test_dates_round_trip(void **state) {
  (void)state;
  static const char *const dates[] = {
      "2025-09-04",   "2025-09", "2019",      "195X",
      "19XX",         "2018~",   "2019?",     "2018%",
      "-0490",        "2019-21", "1950/1953", "../2019",
      "2019/..",      "/2019",   "2019-XX",   "2019-02-27/2019-02-28",
      "1984~/2004-06"};
  tl_doc *doc = tl_doc_new();
  for (size_t i = 0; i < sizeof dates / sizeof dates[0]; i++) {
    tl_event e;
    memset(&e, 0, sizeof e);
    assert_int_equal(tl_when_parse(dates[i], strlen(dates[i]), &e.date, NULL),
                     TL_OK);
    e.title = dates[i];
    if (!e.date.interval && e.date.start.precision >= TL_PREC_YEAR &&
        e.date.start.year < 2025) {
      tl_when end;
      tl_when_parse("2025", 4, &end, NULL);
      e.end = end.start;
      e.has_end = true;
    }
    assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  }
  round_trip(doc);
  tl_doc_free(doc);
}

/* The canonical form, checked character by character. */
static void test_canonical_text(void **state) {
  (void)state;
  const char *in = "events:\n"
                   "- title: Hanoi summit\n"
                   "  summary: 'Talks end: no deal'\n"
                   "  date: February 27-28, 2019\n"
                   "  actors: [Donald Trump, Kim Jong Un]\n"
                   "  type: summit\n"
                   "  tags:\n"
                   "  - summitry\n"
                   "  sources: [{document: a.txt, offset: 12}]\n"
                   "title: Demo\n";
  const char *want = "title: Demo\n"
                     "events:\n"
                     "  - date: 2019-02-27/2019-02-28\n"
                     "    title: Hanoi summit\n"
                     "    type: summit\n"
                     "    actors: [Donald Trump, Kim Jong Un]\n"
                     "    tags: [summitry]\n"
                     "    summary: \"Talks end: no deal\"\n"
                     "    sources:\n"
                     "      - document: a.txt\n"
                     "        offset: 12\n";
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = load(in, &d);
  assert_non_null(doc);
  char *text;
  size_t len;
  assert_int_equal(tl_doc_write_yaml(doc, &text, &len), TL_OK);
  assert_string_equal(text, want);
  assert_int_equal(len, strlen(want));
  free(text);

  /* One event for appending to someone's list, at their indentation. */
  const char *item = "    - date: 2019-02-27/2019-02-28\n"
                     "      title: Hanoi summit\n";
  tl_event e = *tl_doc_event(doc, 0);
  e.type = NULL;
  e.actors.count = e.tags.count = e.source_count = 0;
  e.summary = NULL;
  assert_int_equal(tl_event_write_yaml(&e, 4, &text, &len), TL_OK);
  assert_string_equal(text, item);
  free(text);
  tl_doc_free(doc);
  tl_diags_free(&d);
}

static void test_long_actor_lists_go_block(void **state) {
  (void)state;
  tl_event e;
  memset(&e, 0, sizeof e);
  tl_when_parse("2003", 4, &e.date, NULL);
  e.title = "Talks";
  const char *names[] = {"China",         "North Korea", "South Korea",
                         "United States", "Japan",       "Russian Federation"};
  e.actors.items = names;
  e.actors.count = 6;
  char *text;
  size_t len;
  assert_int_equal(tl_event_write_yaml(&e, 0, &text, &len), TL_OK);
  assert_string_equal(text, "- date: 2003\n"
                            "  title: Talks\n"
                            "  actors:\n"
                            "    - China\n"
                            "    - North Korea\n"
                            "    - South Korea\n"
                            "    - United States\n"
                            "    - Japan\n"
                            "    - Russian Federation\n");
  free(text);
}

/* ---- the node tree ------------------------------------------------------ */

static const tl_diag *first_error(const char *text, tl_diags *d) {
  tl_ytree tree;
  tl_status st = tl_ytree_parse(text, strlen(text), "t.yaml", &tree, d);
  tl_ytree_free(&tree);
  if (st == TL_OK)
    return NULL;
  return d->count ? &d->items[0] : NULL;
}

typedef struct refusal {
  const char *text;
  const char *message;
  unsigned line, col;
} refusal;

static const refusal refusals[] = {
    {"a: &x 1\nb: *x\n", "YAML anchors (&name) are not supported", 1, 4},
    {"a: *x\n", "YAML aliases (*name) are not supported", 1, 4},
    {"a: !!str 1\n", "YAML tags (!tag, !!str) are not supported", 1, 4},
    {"a: !custom x\n", "YAML tags (!tag, !!str) are not supported", 1, 4},
    {"a: 1\n---\nb: 2\n", "only one YAML document per file", 2, 1},
    {"a: [1, 2\nb: 3\n", "YAML syntax error: did not find expected ','", 2, 2},
    {"a: b: c\n", "YAML syntax error: mapping values are not allowed", 1, 5},
    {"a:\n\t- x\n", "YAML syntax error: found character that cannot start", 2,
     1},
    {"a: \"x\xff\"\n", "YAML syntax error: invalid leading UTF-8 octet", 1, 6},
    {"a: x\x01y\n", "YAML syntax error: control characters are not allowed", 1,
     5},
};

static void test_refusals(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof refusals / sizeof refusals[0]; i++) {
    tl_diags d;
    tl_diags_init(&d);
    const tl_diag *e = first_error(refusals[i].text, &d);
    if (!e)
      fail_msg("`%s` should be refused", refusals[i].text);
    if (strncmp(e->message, refusals[i].message, strlen(refusals[i].message)) !=
        0)
      fail_msg("case %zu: `%s`, expected `%s`", i, e->message,
               refusals[i].message);
    if (e->line != refusals[i].line || e->col != refusals[i].col)
      fail_msg("case %zu at %u:%u, expected %u:%u", i, e->line, e->col,
               refusals[i].line, refusals[i].col);
    tl_diags_free(&d);
  }
}

/* An alias bomb is refused at its first alias, before anything expands. */
static void test_alias_bomb(void **state) {
  (void)state;
  const char *bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\n";
  tl_diags d;
  tl_diags_init(&d);
  assert_non_null(first_error(bomb, &d));
  tl_diags_free(&d);
}

static void test_depth_limit(void **state) {
  (void)state;
  char text[400];
  size_t n = 0;
  for (int i = 0; i < 70; i++)
    text[n++] = '[';
  for (int i = 0; i < 70; i++)
    text[n++] = ']';
  text[n] = '\0';
  tl_diags d;
  tl_diags_init(&d);
  const tl_diag *e = first_error(text, &d);
  assert_non_null(e);
  assert_non_null(strstr(e->message, "nesting is too deep"));
  tl_diags_free(&d);
}

/* Byte offsets survive a BOM, CRLF line ends and multi-byte characters. */
static void test_positions(void **state) {
  (void)state;
  const char *text = "\xEF\xBB\xBF"
                     "k: v\r\n\xC3\xA9t\xC3\xA9: \"\xE6\xBC\xA2\"\r\n";
  tl_ytree tree;
  tl_diags d;
  tl_diags_init(&d);
  assert_int_equal(tl_ytree_parse(text, strlen(text), "t", &tree, &d), TL_OK);
  const tl_ynode *root = tree.root;
  assert_int_equal(root->count, 2);
  const tl_ynode *k2 = root->keys[1], *v2 = root->values[1];
  assert_string_equal(k2->text, "\xC3\xA9t\xC3\xA9");
  assert_int_equal(k2->start, 9); /* BOM 3 + "k: v\r\n" 6 */
  assert_int_equal(k2->end, 14);  /* "été" is 5 bytes */
  assert_int_equal(k2->line, 2);
  assert_int_equal(v2->start, 16);
  assert_int_equal(v2->end, 21); /* "\"漢\"" is 5 bytes */
  assert_int_equal(v2->col, 6);
  assert_int_equal(v2->style, TL_Y_DOUBLE_QUOTED);
  tl_ytree_free(&tree);
  tl_diags_free(&d);
}

static void test_size_limit(void **state) {
  (void)state;
  size_t len = TL_EVENTS_MAX_BYTES + 1;
  char *big = calloc(len + 1, 1);
  assert_non_null(big);
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = NULL;
  assert_int_equal(tl_doc_parse(big, len, "big.yaml", &doc, &d), TL_ERR_LIMIT);
  assert_null(doc);
  assert_non_null(strstr(d.items[0].message, "limited to 64 MiB"));
  tl_diags_free(&d);
  free(big);
}

/* ---- fmt ---------------------------------------------------------------- */

static const char *const messy =
    "# Written by hand.  Keep every byte of me!\r\n"
    "title:    \"Demo\"     # odd spacing\r\n"
    "\r\n"
    "\r\n"
    "events:\r\n"
    "    # the first event\r\n"
    "    -   Date:    4 Sept. 2025   # friendly\r\n"
    "        title: Xi and Kim meet   \r\n"
    "        Actors: [ Xi Jinping ,Kim Jong Un ]\r\n"
    "    - date: 'c. 2018'\r\n"
    "      title: 'Summit diplomacy'   # quoted\r\n"
    "      end: \"Feb. 2019\"\r\n"
    "\r\n"
    "    - {date: the 1950s, title: Korean War}\r\n";

static const char *const messy_fixed =
    "# Written by hand.  Keep every byte of me!\r\n"
    "title:    \"Demo\"     # odd spacing\r\n"
    "\r\n"
    "\r\n"
    "events:\r\n"
    "    # the first event\r\n"
    "    -   date:    2025-09-04   # friendly\r\n"
    "        title: Xi and Kim meet   \r\n"
    "        actors: [ Xi Jinping ,Kim Jong Un ]\r\n"
    "    - date: '2018~'\r\n"
    "      title: 'Summit diplomacy'   # quoted\r\n"
    "      end: \"2019-02\"\r\n"
    "\r\n"
    "    - {date: 195X, title: Korean War}\r\n";

static void test_fmt_touches_only_scalars(void **state) {
  (void)state;
  tl_diags d;
  tl_diags_init(&d);
  char *out;
  size_t len, changes;
  assert_int_equal(tl_doc_canonicalize(messy, strlen(messy), "m.yaml", &out,
                                       &len, &changes, &d),
                   TL_OK);
  assert_int_equal(changes, 6);
  assert_string_equal(out, messy_fixed);
  /* A second run has nothing left to do. */
  char *again;
  size_t len2, changes2;
  assert_int_equal(
      tl_doc_canonicalize(out, len, "m.yaml", &again, &len2, &changes2, &d),
      TL_OK);
  assert_int_equal(changes2, 0);
  assert_memory_equal(again, out, len);
  free(again);
  free(out);
  tl_diags_free(&d);
}

static void test_fmt_refuses_invalid(void **state) {
  (void)state;
  const char *bad = "title: x\nevents:\n  - date: 4 Sept 2025\n"
                    "    title: ok\n  - date: 2025-02-30\n    title: bad\n";
  tl_diags d;
  tl_diags_init(&d);
  char *out = (char *)1;
  size_t len, changes;
  assert_int_equal(
      tl_doc_canonicalize(bad, strlen(bad), "b.yaml", &out, &len, &changes, &d),
      TL_ERR_INVALID);
  assert_null(out);
  assert_int_equal(d.errors, 1);
  assert_int_equal(d.items[0].line, 5);
  tl_diags_free(&d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sample_round_trip),
      cmocka_unit_test(test_tricky_strings_round_trip),
      cmocka_unit_test(test_dates_round_trip),
      cmocka_unit_test(test_canonical_text),
      cmocka_unit_test(test_long_actor_lists_go_block),
      cmocka_unit_test(test_refusals),
      cmocka_unit_test(test_alias_bomb),
      cmocka_unit_test(test_depth_limit),
      cmocka_unit_test(test_positions),
      cmocka_unit_test(test_size_limit),
      cmocka_unit_test(test_fmt_touches_only_scalars),
      cmocka_unit_test(test_fmt_refuses_invalid),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
