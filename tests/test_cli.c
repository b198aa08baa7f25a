/* test_cli.c - the `timeline` binary end to end: exact diagnostics for bad
 * events files (golden files), exit codes, and files left untouched.
 *
 * Usage: test_cli PATH/TO/timeline   (run from tests/)
 * TL_UPDATE_GOLDEN=1 writes missing or changed .err files instead of
 * failing; review every such change by hand before committing it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/run.h"

static const char *binary;

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The .yaml files of a directory, sorted. */
static size_t list_cases(const char *dir, char **names, size_t max) {
  DIR *d = opendir(dir);
  assert_non_null(d);
  size_t n = 0;
  struct dirent *e;
  while ((e = readdir(d)) && n < max) {
    size_t len = strlen(e->d_name);
    if (len > 5 && strcmp(e->d_name + len - 5, ".yaml") == 0)
      names[n++] = strdup(e->d_name);
  }
  closedir(d);
  qsort(names, n, sizeof *names, by_name);
  return n;
}

static void golden_dir(const char *dir, int expected_status, size_t min_cases) {
  char *names[128];
  size_t n = list_cases(dir, names, 128);
  assert_true(n >= min_cases);
  bool update = getenv("TL_UPDATE_GOLDEN") != NULL;
  for (size_t i = 0; i < n; i++) {
    char path[512], err_path[512];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    snprintf(err_path, sizeof err_path, "%s/%.*s.err", dir,
             (int)(strlen(names[i]) - 5), names[i]);
    const char *argv[] = {"check", path, NULL};
    run_result r = run_binary(binary, argv, NULL);
    size_t want_len = 0;
    char *want = slurp(err_path, &want_len);
    if (update && (!want || strcmp(want, r.err) != 0)) {
      spit(err_path, r.err, r.err_len);
      print_message("updated %s\n", err_path);
    } else {
      if (!want)
        fail_msg("%s is missing (run with TL_UPDATE_GOLDEN=1)", err_path);
      if (strcmp(want, r.err) != 0)
        fail_msg("%s: stderr differs from %s\n--- expected\n%s--- got\n%s",
                 path, err_path, want, r.err);
    }
    if (r.status != expected_status)
      fail_msg("%s: exit %d, expected %d", path, r.status, expected_status);
    free(want);
    run_result_free(&r);
    free(names[i]);
  }
}

static void test_load_errors(void **state) {
  (void)state;
  golden_dir("data/load-errors", 1, 25);
}

static void test_load_warnings(void **state) {
  (void)state;
  golden_dir("data/load-warnings", 0, 5);
}

/* fmt on every bad file: exit 1, the file untouched, nothing else written;
 * except files named *-fixable, which fmt must turn into valid ones. */
static void test_fmt_writes_nothing_on_errors(void **state) {
  (void)state;
  char *names[128];
  size_t n = list_cases("data/load-errors", names, 128);
  char dir[] = "/tmp/tl-fmt-XXXXXX";
  assert_non_null(mkdtemp(dir));
  for (size_t i = 0; i < n; i++) {
    char src[512], dst[512];
    snprintf(src, sizeof src, "data/load-errors/%s", names[i]);
    snprintf(dst, sizeof dst, "%s/%s", dir, names[i]);
    size_t len;
    char *orig = slurp(src, &len);
    assert_non_null(orig);
    assert_int_equal(spit(dst, orig, len), 0);
    const char *argv[] = {"fmt", dst, NULL};
    run_result r = run_binary(binary, argv, NULL);
    bool fixable = strstr(names[i], "-fixable") != NULL;
    if (r.status != (fixable ? 0 : 1))
      fail_msg("fmt %s: exit %d", names[i], r.status);
    size_t after_len;
    char *after = slurp(dst, &after_len);
    if (fixable) {
      const char *check_argv[] = {"check", dst, NULL};
      run_result c = run_binary(binary, check_argv, NULL);
      if (c.status != 0)
        fail_msg("fmt did not fix %s:\n%s", names[i], c.err);
      run_result_free(&c);
    } else {
      assert_int_equal(after_len, len);
      assert_memory_equal(after, orig, len);
    }
    /* No temporary file left beside it. */
    DIR *d = opendir(dir);
    int files = 0;
    struct dirent *e;
    while ((e = readdir(d)))
      files += e->d_name[0] != '.';
    closedir(d);
    assert_int_equal(files, 1);
    unlink(dst);
    free(after);
    free(orig);
    run_result_free(&r);
    free(names[i]);
  }
  rmdir(dir);
}

typedef struct cli_case {
  const char *args[6];
  const char *input; /* stdin file, or NULL */
  int status;
  const char *out_has; /* substring of stdout, or NULL */
  const char *err_has; /* substring of stderr, or NULL */
} cli_case;

static const cli_case cli_cases[] = {
    {{NULL}, NULL, 2, NULL, "Usage: timeline <command>"},
    {{"--help"}, NULL, 0, "Usage: timeline <command>", NULL},
    {{"-h"}, NULL, 0, "Commands:", NULL},
    {{"--version"}, NULL, 0, "timeline 0.1.0", NULL},
    {{"frobnicate"}, NULL, 2, NULL, "unknown command `frobnicate`"},
    {{"--frobnicate"}, NULL, 2, NULL, "unknown option `--frobnicate`"},
    {{"help", "fmt"}, NULL, 0, "Usage: timeline fmt", NULL},
    {{"check", "--help"}, NULL, 0, "Usage: timeline check", NULL},
    {{"check", "--lst"}, NULL, 2, NULL, "did you mean `--list`?"},
    {{"check", "-x"}, NULL, 2, NULL, "unknown option `-x`"},
    {{"check", "--list=yes"}, NULL, 2, NULL, "takes no value"},
    {{"check", "no-such-file.yaml"},
     NULL,
     3,
     NULL,
     "cannot open no-such-file.yaml: No such file or directory"},
    {{"check", "data"}, NULL, 3, NULL, "it is a directory"},
    {{"check", "../events.yaml"}, NULL, 0, "events, no problems", NULL},
    {{"check", "-"}, "../events.yaml", 0, "<stdin>:", NULL},
    {{"check", "--quiet", "data/load-warnings/02-type-near-miss.yaml"},
     NULL,
     0,
     NULL,
     NULL},
    {{"check", "--strict", "data/load-warnings/02-type-near-miss.yaml"},
     NULL,
     1,
     NULL,
     "unknown type `sumit`"},
    {{"check", "../events.yaml", "data/load-errors/19-month-13.yaml"},
     NULL,
     1,
     "events, no problems",
     "month 13 does not exist"},
    {{"check", "../events.yaml", "no-such-file.yaml"}, NULL, 3, NULL, NULL},
    {{"check", "--list", "../events.yaml"},
     NULL,
     0,
     "2019-02-27/2019-02-28    Hanoi summit",
     NULL},
    {{"fmt", "--help"}, NULL, 0, "Usage: timeline fmt", NULL},
    {{"fmt", "--check", "../events.yaml"}, NULL, 0, NULL, NULL},
    {{"fmt", "--check", "data/fmt/friendly.yaml"},
     NULL,
     1,
     NULL,
     "`4 September 2025` becomes `2025-09-04`"},
    {{"fmt", "-"}, "data/fmt/friendly.yaml", 0, "date: 2025-09-04", NULL},
    {{"fmt", "no-such-file.yaml"}, NULL, 3, NULL, "cannot open"},
};

static void test_exit_codes(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cli_cases / sizeof cli_cases[0]; i++) {
    const cli_case *c = &cli_cases[i];
    run_result r = run_binary(binary, c->args, c->input);
    if (r.status != c->status)
      fail_msg("case %zu (%s %s): exit %d, expected %d\n%s", i,
               c->args[0] ? c->args[0] : "", c->args[1] ? c->args[1] : "",
               r.status, c->status, r.err);
    if (c->out_has && !strstr(r.out, c->out_has))
      fail_msg("case %zu: stdout lacks `%s`:\n%s", i, c->out_has, r.out);
    if (c->err_has && !strstr(r.err, c->err_has))
      fail_msg("case %zu: stderr lacks `%s`:\n%s", i, c->err_has, r.err);
    run_result_free(&r);
  }
}

/* fmt rewrites in place, atomically, keeping the file's permissions. */
static void test_fmt_in_place(void **state) {
  (void)state;
  char dir[] = "/tmp/tl-fmt-XXXXXX";
  assert_non_null(mkdtemp(dir));
  char path[256];
  snprintf(path, sizeof path, "%s/events.yaml", dir);
  size_t len;
  char *orig = slurp("data/fmt/friendly.yaml", &len);
  char *want = slurp("data/fmt/friendly.expected", NULL);
  assert_non_null(orig);
  assert_non_null(want);
  assert_int_equal(spit(path, orig, len), 0);
  chmod(path, 0640);
  const char *argv[] = {"fmt", path, NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.err, "rewrote 4 values"));
  char *got = slurp(path, NULL);
  assert_string_equal(got, want);
  struct stat st;
  assert_int_equal(stat(path, &st), 0);
  assert_int_equal(st.st_mode & 0777, 0640);
  /* Already canonical: nothing to do, nothing said. */
  run_result again = run_binary(binary, argv, NULL);
  assert_int_equal(again.status, 0);
  assert_string_equal(again.err, "");
  run_result_free(&again);
  run_result_free(&r);
  free(got);
  free(want);
  free(orig);
  unlink(path);
  rmdir(dir);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_cli PATH/TO/timeline\n");
    return 2;
  }
  binary = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_load_errors),
      cmocka_unit_test(test_load_warnings),
      cmocka_unit_test(test_fmt_writes_nothing_on_errors),
      cmocka_unit_test(test_exit_codes),
      cmocka_unit_test(test_fmt_in_place),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
