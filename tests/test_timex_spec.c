/* test_timex_spec.c - the temporal tagger against data/timex.spec.
 *
 * The spec file holds sentences written for this project with every time
 * expression a careful reader (and the TimeML 1.2.1 guidelines) finds in
 * them, worked out by hand:
 *
 *   @dct 2025-09-04            creation time for the cases that follow
 *   @dct none                  no creation time: X placeholders
 *   = Kim met Xi on Thursday.  a case: the text after "= "
 *     Thursday | DATE | 2025-09-04 | signal=on tense=past
 *
 * Each expectation gives the exact extent text, the type, the value and
 * optional key=value checks (mod, signal, tense, range, relative).  A case
 * with no expectation lines expects nothing to be found.  Extents are
 * located left to right, so the same text may occur twice.  Every failing
 * case is printed with its line number before the test fails.
 *
 * Usage: test_timex_spec [FILE]   (default data/timex.spec, run from tests/)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"

static const char *spec_path = "data/timex.spec";

enum { MAX_EXPECT = 16 };

typedef struct expect {
  char text[128];
  char type[16];
  char value[48];
  char keys[160]; /* "mod=APPROX signal=from" */
} expect;

typedef struct spec_case {
  unsigned line;
  char text[1024];
  bool has_dct;
  tl_date dct;
  expect want[MAX_EXPECT];
  size_t count;
} spec_case;

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t')
    s++;
  size_t n = strlen(s);
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\n' ||
               s[n - 1] == '\r'))
    s[--n] = '\0';
  return s;
}

/* Splits "a | b | c | d" into at most 4 trimmed fields. */
static size_t fields(char *line, char **out) {
  size_t n = 0;
  char *p = line;
  while (n < 4) {
    char *bar = strchr(p, '|');
    if (bar)
      *bar = '\0';
    out[n++] = trim(p);
    if (!bar)
      break;
    p = bar + 1;
  }
  return n;
}

static const char *tense_name(tl_tense t) {
  static const char *const names[] = {"unknown", "past", "present", "future"};
  return names[t];
}

/* Checks one key=value against a found expression; NULL when it holds. */
static const char *check_key(const char *key, const char *value,
                             const tl_timex *x, char *why, size_t size) {
  const char *got = NULL;
  char buf[32];
  if (strcmp(key, "mod") == 0)
    got = x->mod;
  else if (strcmp(key, "signal") == 0)
    got = x->signal;
  else if (strcmp(key, "tense") == 0)
    got = tense_name(x->tense);
  else if (strcmp(key, "relative") == 0)
    got = x->relative ? "yes" : "no";
  else if (strcmp(key, "range") == 0) {
    snprintf(buf, sizeof buf, "%s",
             x->range_start ? "start"
             : x->range_end ? "end"
                            : "none");
    got = buf;
  } else {
    snprintf(why, size, "unknown key `%s`", key);
    return why;
  }
  if (strcmp(got, value) == 0)
    return NULL;
  snprintf(why, size, "%s is `%s`, expected `%s`", key, got, value);
  return why;
}

/* Returns true when the case passes; prints why when it does not. */
static bool run_case(const spec_case *c) {
  tl_timex_list list = {NULL, 0, 0};
  tl_status st = tl_timex_find(c->text, strlen(c->text),
                               c->has_dct ? &c->dct : NULL, &list);
  bool ok = st == TL_OK;
  char why[256] = "";
  size_t from = 0;
  for (size_t i = 0; ok && i < c->count; i++) {
    const expect *e = &c->want[i];
    const char *at = strstr(c->text + from, e->text);
    if (!at) {
      snprintf(why, sizeof why, "`%s` is not in the sentence", e->text);
      ok = false;
      break;
    }
    size_t start = (size_t)(at - c->text), end = start + strlen(e->text);
    from = start + 1;
    if (i >= list.count) {
      snprintf(why, sizeof why, "`%s` was not found", e->text);
      ok = false;
      break;
    }
    const tl_timex *x = &list.items[i];
    if (x->start != start || x->end != end) {
      snprintf(why, sizeof why, "expected `%s`, found `%.*s`", e->text,
               (int)(x->end - x->start), c->text + x->start);
      ok = false;
      break;
    }
    if (strcmp(tl_timex_type_str(x->type), e->type) != 0 ||
        strcmp(x->value, e->value) != 0) {
      snprintf(why, sizeof why, "`%s`: %s %s, expected %s %s", e->text,
               tl_timex_type_str(x->type), x->value, e->type, e->value);
      ok = false;
      break;
    }
    char keys[160];
    snprintf(keys, sizeof keys, "%s", e->keys);
    for (char *kv = strtok(keys, " "); ok && kv; kv = strtok(NULL, " ")) {
      char *eq = strchr(kv, '=');
      if (!eq) {
        snprintf(why, sizeof why, "bad check `%s`", kv);
        ok = false;
        break;
      }
      *eq = '\0';
      char detail[128];
      const char *bad = check_key(kv, eq + 1, x, detail, sizeof detail);
      if (bad) {
        snprintf(why, sizeof why, "`%s`: %s", e->text, bad);
        ok = false;
      }
    }
    if (!ok)
      break;
  }
  if (ok && list.count > c->count) {
    const tl_timex *x = &list.items[c->count];
    snprintf(why, sizeof why, "unexpected `%.*s` (%s %s)",
             (int)(x->end - x->start), c->text + x->start,
             tl_timex_type_str(x->type), x->value);
    ok = false;
  }
  if (!ok)
    print_message("%s:%u: %s\n    %s\n", spec_path, c->line, why, c->text);
  tl_timex_list_free(&list);
  return ok;
}

static void test_spec_file(void **state) {
  (void)state;
  FILE *f = fopen(spec_path, "r");
  assert_non_null(f);
  char line[1200];
  unsigned lineno = 0;
  spec_case *c = calloc(1, sizeof *c);
  assert_non_null(c);
  bool in_case = false, has_dct = false;
  tl_date dct = {0, 0, 0, 0, 0};
  size_t cases = 0, failures = 0;
  for (;;) {
    char *got = fgets(line, sizeof line, f);
    if (got)
      lineno++;
    char *t = got ? trim(line) : NULL;
    bool case_ends = !got || (t[0] == '=' || t[0] == '@');
    if (in_case && case_ends) {
      cases++;
      failures += !run_case(c);
      in_case = false;
    }
    if (!got)
      break;
    if (t[0] == '\0' || t[0] == '#')
      continue;
    if (strncmp(t, "@dct ", 5) == 0) {
      const char *arg = trim(t + 5);
      has_dct = strcmp(arg, "none") != 0;
      if (has_dct) {
        tl_when w;
        assert_int_equal(tl_when_parse(arg, strlen(arg), &w, NULL), TL_OK);
        dct = w.start;
      }
      continue;
    }
    if (t[0] == '=') {
      memset(c, 0, sizeof *c);
      c->line = lineno;
      snprintf(c->text, sizeof c->text, "%s", trim(t + 1));
      c->has_dct = has_dct;
      c->dct = dct;
      in_case = true;
      continue;
    }
    if (!in_case || c->count == MAX_EXPECT)
      fail_msg("%s:%u: an expectation outside a case", spec_path, lineno);
    char *part[4] = {NULL, NULL, NULL, NULL};
    size_t n = fields(t, part);
    if (n < 3)
      fail_msg("%s:%u: expected `TEXT | TYPE | VALUE [| checks]`", spec_path,
               lineno);
    expect *e = &c->want[c->count++];
    snprintf(e->text, sizeof e->text, "%s", part[0]);
    snprintf(e->type, sizeof e->type, "%s", part[1]);
    snprintf(e->value, sizeof e->value, "%s", part[2]);
    snprintf(e->keys, sizeof e->keys, "%s", n > 3 ? part[3] : "");
  }
  fclose(f);
  free(c);
  print_message("%zu cases, %zu failing\n", cases, failures);
  assert_true(cases >= 300);
  assert_int_equal(failures, 0);
}

int main(int argc, char **argv) {
  if (argc > 1)
    spec_path = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_spec_file),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
