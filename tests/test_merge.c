/* test_merge.c - appending extracted events to files people wrote.
 *
 * The promise is that not one byte a person wrote changes: every case
 * checks that the original text is the result with one block of new text
 * taken out (only an empty `[]` or `~` value gives way), that the result
 * still loads, and that the new events come last.  One case spells the
 * whole expected file out, worked out by hand. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/yaml_patch.h"
#include "io/ytree.h"

static tl_event make_event(const char *date, const char *title,
                           const char **actors, size_t nactors) {
  tl_event e = {0};
  assert_int_equal(tl_when_parse(date, strlen(date), &e.date, NULL), TL_OK);
  e.title = title;
  e.actors.items = actors;
  e.actors.count = nactors;
  return e;
}

typedef struct merge_case {
  const char *name;
  const char *text;
  tl_append_kind kind;
  size_t old_events;
  const char *removed; /* bytes that give way ("[]"), or "" */
} merge_case;

static const merge_case cases[] = {
    {"canonical layout with blank lines",
     "title: T\nevents:\n  - date: 2019\n    title: A\n\n  - date: 2020\n"
     "    title: B\n",
     TL_APPEND_BLOCK, 2, ""},
    {"comments everywhere, odd quoting, a later key",
     "# header comment\ntitle: 'Quoted'   # trailing\n\nevents:\n"
     "- date: \"2019\"\n  title: A  # why A\n  actors: [X,\n    Y]\n"
     "  # about A\n\n# section: more\ndescription: >-\n  folded\n",
     TL_APPEND_BLOCK, 1, ""},
    {"four-space indentation, no blank lines",
     "events:\n    - date: 2019\n      title: A\n    - date: 2020\n"
     "      title: B\n",
     TL_APPEND_BLOCK, 2, ""},
    {"no final newline", "title: T\nevents:\n  - date: 2019\n    title: A",
     TL_APPEND_BLOCK, 1, ""},
    {"block scalar last",
     "events:\n  - date: 2019\n    title: A\n    summary: |\n      line one\n"
     "      line two\n\n# end of file\n",
     TL_APPEND_BLOCK, 1, ""},
    {"CRLF line ends",
     "title: T\r\nevents:\r\n  - date: 2019\r\n    title: A\r\n",
     TL_APPEND_BLOCK, 1, ""},
    {"empty flow list", "title: T\nevents: []\n", TL_APPEND_EMPTY_FLOW, 0,
     "[]"},
    {"empty flow list with a comment", "title: T\nevents: [] # none yet\n",
     TL_APPEND_EMPTY_FLOW, 0, "[]"},
    {"tilde", "title: T\nevents: ~\n", TL_APPEND_EMPTY_FLOW, 0, "~"},
};

/* result == text[0..at) + inserted + text[at + removed..] */
static void check_preserved(const char *name, const char *text,
                            const char *result, const char *removed) {
  size_t n = strlen(text), m = strlen(result), r = strlen(removed);
  size_t p = 0;
  while (p < n && p < m && text[p] == result[p])
    p++;
  assert_true(m >= n - r);
  size_t tail = n - p - r;
  if (p + r > n || memcmp(text + p, removed, r) != 0 ||
      memcmp(text + p + r, result + m - tail, tail) != 0)
    fail_msg("%s: original bytes not preserved\n--- text\n%s\n--- result\n%s",
             name, text, result);
}

static void test_merge_table(void **state) {
  (void)state;
  const char *a1[] = {"Xi Jinping", "Kim Jong Un"};
  const char *a2[] = {"North Korea", "Russia"};
  tl_event e1 = make_event("2025-09-04", "Xi and Kim hold talks", a1, 2);
  tl_event e2 =
      make_event("2024", "North Korea and Russia sign a defence pact", a2, 2);
  e2.type = "agreement";
  const tl_event *events[] = {&e1, &e2};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const merge_case *c = &cases[i];
    size_t len = strlen(c->text);
    tl_ytree tree;
    tl_diags diags;
    tl_diags_init(&diags);
    assert_int_equal(tl_ytree_parse(c->text, len, c->name, &tree, &diags),
                     TL_OK);
    tl_append_site site;
    tl_append_site_find(&tree, c->text, len, &site);
    tl_ytree_free(&tree);
    if (site.kind != c->kind)
      fail_msg("%s: kind %d, want %d", c->name, site.kind, c->kind);
    char *out;
    size_t out_len;
    assert_int_equal(
        tl_append_events(c->text, len, &site, events, 2, &out, &out_len),
        TL_OK);
    assert_int_equal(strlen(out), out_len);
    check_preserved(c->name, c->text, out, c->removed);
    /* The result loads, with the new events last. */
    tl_doc *doc = NULL;
    tl_status st = tl_doc_parse(out, out_len, c->name, &doc, &diags);
    if (st != TL_OK)
      fail_msg("%s: result does not load:\n%s", c->name, out);
    assert_int_equal(tl_doc_count(doc), c->old_events + 2);
    const tl_event *got = tl_doc_event(doc, c->old_events);
    assert_string_equal(got->title, "Xi and Kim hold talks");
    got = tl_doc_event(doc, c->old_events + 1);
    assert_string_equal(got->title,
                        "North Korea and Russia sign a defence pact");
    assert_string_equal(got->type, "agreement");
    /* CR LF files get CR LF lines. */
    if (site.crlf)
      assert_non_null(strstr(out, "- date: 2025-09-04\r\n"));
    tl_doc_free(doc);
    tl_diags_free(&diags);
    free(out);
  }
}

/* The whole expected file, written out by hand.  With a single item the
 * file's spacing is unknown, so the canonical blank line separates items. */
static void test_merge_exact(void **state) {
  (void)state;
  const char *text = "# My timeline\n"
                     "events:\n"
                     "  - date: 2019   # Hanoi\n"
                     "    title: Hanoi summit collapses\n"
                     "\n"
                     "# later: more\n";
  const char *want = "# My timeline\n"
                     "events:\n"
                     "  - date: 2019   # Hanoi\n"
                     "    title: Hanoi summit collapses\n"
                     "\n"
                     "  - date: 2025-09-04\n"
                     "    title: Xi and Kim hold talks\n"
                     "    actors: [Xi Jinping, Kim Jong Un]\n"
                     "\n"
                     "# later: more\n";
  const char *a1[] = {"Xi Jinping", "Kim Jong Un"};
  tl_event e1 = make_event("2025-09-04", "Xi and Kim hold talks", a1, 2);
  const tl_event *events[] = {&e1};
  tl_ytree tree;
  tl_diags diags;
  tl_diags_init(&diags);
  assert_int_equal(tl_ytree_parse(text, strlen(text), "x", &tree, &diags),
                   TL_OK);
  tl_append_site site;
  tl_append_site_find(&tree, text, strlen(text), &site);
  tl_ytree_free(&tree);
  assert_int_equal(site.kind, TL_APPEND_BLOCK);
  assert_int_equal(site.indent, 2);
  char *out;
  size_t out_len;
  assert_int_equal(
      tl_append_events(text, strlen(text), &site, events, 1, &out, &out_len),
      TL_OK);
  assert_string_equal(out, want);
  free(out);
  tl_diags_free(&diags);
}

static void test_merge_refuses_flow_list(void **state) {
  (void)state;
  const char *text = "events: [{date: 2019, title: A}]\n";
  tl_ytree tree;
  tl_diags diags;
  tl_diags_init(&diags);
  assert_int_equal(tl_ytree_parse(text, strlen(text), "x", &tree, &diags),
                   TL_OK);
  tl_append_site site;
  tl_append_site_find(&tree, text, strlen(text), &site);
  tl_ytree_free(&tree);
  assert_int_equal(site.kind, TL_APPEND_REFUSED);
  char *out;
  size_t out_len;
  assert_int_equal(
      tl_append_events(text, strlen(text), &site, NULL, 0, &out, &out_len),
      TL_ERR_USAGE);
  assert_null(out);
  tl_diags_free(&diags);
}

/* Found by fuzz/fuzz_merge.c: a CR ending a file that is not NUL-terminated
 * was looked for with strstr.  Run from an exactly sized buffer. */
static void test_merge_fuzz_regression(void **state) {
  (void)state;
  FILE *f = fopen("data/regressions/merge-cr-at-end.yaml", "rb");
  assert_non_null(f);
  char tmp[8192];
  size_t n = fread(tmp, 1, sizeof tmp, f);
  fclose(f);
  char *text = malloc(n);
  memcpy(text, tmp, n);
  tl_ytree tree;
  tl_diags diags;
  tl_diags_init(&diags);
  if (tl_ytree_parse(text, n, "x", &tree, &diags) == TL_OK) {
    tl_append_site site;
    tl_append_site_find(&tree, text, n, &site);
    tl_ytree_free(&tree);
  }
  tl_diags_free(&diags);
  free(text);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_merge_table),
      cmocka_unit_test(test_merge_exact),
      cmocka_unit_test(test_merge_refuses_flow_list),
      cmocka_unit_test(test_merge_fuzz_regression),
  };
  return cmocka_run_group_tests_name("merge", tests, NULL, NULL);
}
