/* test_examples.c - the example articles of examples/ give exactly the
 * events their .expected.yaml lists (written by reading each article):
 * same dates, titles, types, places and statuses, and at least the
 * listed actors.  Nothing more: an extra event is a silly one. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/run.h"
#include "timeline.h"

#define DIR_ "../examples"

static bool same_str(const char *a, const char *b) {
  return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

static bool has_actor(const tl_event *e, const char *name) {
  for (size_t i = 0; i < e->actors.count; i++)
    if (strcmp(e->actors.items[i], name) == 0)
      return true;
  return false;
}

/* Returns how many expected events were not matched, and prints them. */
static size_t check_example(const char *base) {
  char path[512];
  snprintf(path, sizeof path, "%s/%s.txt", DIR_, base);
  size_t len;
  char *text = slurp(path, &len);
  assert_non_null(text);
  snprintf(path, sizeof path, "%s/%s.dct", DIR_, base);
  size_t dlen;
  char *dct_text = slurp(path, &dlen);
  tl_when dct;
  if (dct_text) {
    while (dlen && (dct_text[dlen - 1] == '\n' || dct_text[dlen - 1] == ' '))
      dlen--;
    assert_int_equal(tl_when_parse(dct_text, dlen, &dct, NULL), TL_OK);
  }
  snprintf(path, sizeof path, "%s/%s.expected.yaml", DIR_, base);
  size_t elen;
  char *expected_text = slurp(path, &elen);
  assert_non_null(expected_text);
  tl_diags diags;
  tl_diags_init(&diags);
  tl_doc *want = NULL;
  assert_int_equal(tl_doc_parse(expected_text, elen, path, &want, &diags),
                   TL_OK);
  tl_extraction *x = tl_extraction_new();
  tl_extract_options opt = {base, dct_text ? &dct.start : NULL, NULL};
  assert_int_equal(tl_extract(x, text, len, &opt, &diags), TL_OK);
  size_t missing = 0;
  bool *used = calloc(tl_extraction_count(x) + 1, sizeof *used);
  for (size_t i = 0; i < tl_doc_count(want); i++) {
    const tl_event *w = tl_doc_event(want, i);
    bool found = false;
    for (size_t k = 0; k < tl_extraction_count(x) && !found; k++) {
      const tl_event *g = tl_extraction_event(x, k);
      if (used[k] || !tl_when_equal(&w->date, &g->date) ||
          strcmp(w->title, g->title) != 0)
        continue;
      found = true;
      used[k] = true;
      bool actors = true;
      for (size_t a = 0; a < w->actors.count; a++)
        actors = actors && has_actor(g, w->actors.items[a]);
      if (!same_str(w->type, g->type) || !same_str(w->place, g->place) ||
          !same_str(w->status, g->status) || !actors) {
        print_error("%s: \"%s\": type %s/%s place %s/%s status %s/%s "
                    "actors %s\n",
                    base, w->title, w->type ? w->type : "-",
                    g->type ? g->type : "-", w->place ? w->place : "-",
                    g->place ? g->place : "-", w->status ? w->status : "-",
                    g->status ? g->status : "-", actors ? "ok" : "missing");
        missing++;
      }
    }
    if (!found) {
      char date[TL_WHEN_MAX];
      print_error("%s: not found: %s %s\n", base,
                  tl_when_format(&w->date, date), w->title);
      missing++;
    }
  }
  for (size_t k = 0; k < tl_extraction_count(x); k++)
    if (!used[k]) {
      const tl_event *g = tl_extraction_event(x, k);
      char date[TL_WHEN_MAX];
      print_error("%s: unexpected: %s %s\n", base,
                  tl_when_format(&g->date, date), g->title);
      missing++;
    }
  free(used);
  tl_extraction_free(x);
  tl_doc_free(want);
  tl_diags_free(&diags);
  free(expected_text);
  free(dct_text);
  free(text);
  return missing;
}

static void test_examples(void **state) {
  (void)state;
  DIR *d = opendir(DIR_);
  assert_non_null(d);
  struct dirent *e;
  size_t examples = 0, problems = 0;
  while ((e = readdir(d))) {
    size_t n = strlen(e->d_name);
    const char *suffix = ".expected.yaml";
    size_t sn = strlen(suffix);
    if (n <= sn || strcmp(e->d_name + n - sn, suffix) != 0)
      continue;
    char base[256];
    snprintf(base, sizeof base, "%.*s", (int)(n - sn), e->d_name);
    problems += check_example(base);
    examples++;
  }
  closedir(d);
  assert_true(examples >= 5);
  assert_int_equal(problems, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_examples),
  };
  return cmocka_run_group_tests_name("examples", tests, NULL, NULL);
}
