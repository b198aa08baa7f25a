/* test_timex_cli.c - `timeline extract --mentions` end to end: output
 * formats, the DCT option, and clear failures for bad input.
 *
 * Usage: test_timex_cli PATH/TO/timeline   (run from tests/)
 * data/extract/article.jsonl was written by hand for article.txt. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "support/run.h"

static const char *binary;

static run_result run(const char *const *argv, const char *stdin_path) {
  return run_binary(binary, argv, stdin_path);
}

static void test_help(void **state) {
  (void)state;
  const char *argv[] = {"extract", "--help", NULL};
  run_result r = run(argv, NULL);
  assert_int_equal(r.status, 0);
  /* `extract --help` covers both modes; --mentions is the second line. */
  assert_non_null(strstr(r.out, "timeline extract --mentions"));
  assert_non_null(strstr(r.out, "--dct DATE"));
  assert_non_null(strstr(r.out, "jsonl"));
  run_result_free(&r);
  const char *top[] = {"--help", NULL};
  r = run(top, NULL);
  assert_non_null(strstr(r.out, "extract"));
  run_result_free(&r);
}

static void test_jsonl_golden(void **state) {
  (void)state;
  const char *argv[] = {"extract",
                        "--mentions",
                        "--dct",
                        "2025-09-04",
                        "data/extract/article.txt",
                        NULL};
  run_result r = run(argv, NULL);
  assert_int_equal(r.status, 0);
  char *want = slurp("data/extract/article.jsonl", NULL);
  assert_non_null(want);
  assert_string_equal(r.out, want);
  assert_string_equal(r.err, "");
  free(want);
  run_result_free(&r);
}

/* A friendly spelling of the DCT gives the same values. */
static void test_friendly_dct_and_stdin(void **state) {
  (void)state;
  const char *argv[] = {"extract", "--mentions", "--dct=4 September 2025", "-",
                        NULL};
  run_result r = run(argv, "data/extract/article.txt");
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "\"doc\": \"<stdin>\""));
  assert_non_null(strstr(r.out, "\"value\": \"2025-09-02\""));
  run_result_free(&r);
}

/* Without a DCT nothing is guessed from the clock. */
static void test_no_dct(void **state) {
  (void)state;
  const char *argv[] = {"extract", "--mentions", "data/extract/article.txt",
                        NULL};
  run_result r = run(argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "\"value\": \"XXXX-WXX-2\""));
  assert_non_null(strstr(r.out, "\"value\": \"XXXX-XX\""));
  assert_non_null(strstr(r.out, "\"value\": \"2017\""));
  run_result_free(&r);
}

static void test_formats(void **state) {
  (void)state;
  const char *timeml[] = {"extract",
                          "--mentions",
                          "--dct",
                          "2025-09-04",
                          "--format",
                          "timeml",
                          "data/extract/article.txt",
                          NULL};
  run_result r = run(timeml, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "functionInDocument=\"CREATION_TIME\""));
  assert_non_null(strstr(r.out, "<TIMEX3 tid=\"t1\" type=\"DATE\" "
                                "value=\"2025-09-02\">Tuesday</TIMEX3>"));
  run_result_free(&r);
  const char *yaml[] = {"extract",
                        "--mentions",
                        "--dct",
                        "2025-09-04",
                        "-f",
                        "yaml",
                        "data/extract/article.txt",
                        "data/extract/article.txt",
                        NULL};
  r = run(yaml, NULL);
  assert_int_equal(r.status, 0);
  const char *first = strstr(r.out, "- doc: \"data/extract/article.txt\"");
  assert_non_null(first);
  assert_non_null(strstr(first + 1, "- doc: \"data/extract/article.txt\""));
  assert_non_null(strstr(r.out, "      value: \"P6Y\"\n"));
  run_result_free(&r);
}

typedef struct bad_case {
  const char *argv[8];
  int status;
  const char *message;
} bad_case;

static const bad_case bad_cases[] = {
    /* Without --mentions, extract finds events (cli/extract_events.c). */
    {{"extract", "--format", "xml", "data/extract/article.txt", NULL},
     2,
     "unknown format `xml`"},
    {{"extract", "--mentions", "--dct", "2025-13-01", NULL},
     2,
     "bad --dct `2025-13-01`"},
    {{"extract", "--mentions", "--dct", "2025", NULL}, 2, "one exact day"},
    {{"extract", "--mentions", "--dct", "2019/2020", NULL}, 2, "one exact day"},
    {{"extract", "--mentions", "--dct", NULL}, 2, "needs a value"},
    {{"extract", "--mentions", "--format", "xml", NULL},
     2,
     "unknown format `xml`"},
    {{"extract", "--mentions", "--dtc", "2025-09-04", NULL},
     2,
     "did you mean `--dct`"},
    {{"extract", "--mentions", "data/extract/missing.txt", NULL},
     3,
     "data/extract/missing.txt"},
    {{"extract", "--mentions", "data/extract", NULL}, 3, "directory"},
    {{"extract", "--mentions", "data/extract/binary.bin", NULL},
     1,
     "binary file"},
    /* Latin-1 text: the first non-UTF-8 byte is named where it is. */
    {{"extract", "--mentions", "data/extract/latin1.txt", NULL},
     1,
     "data/extract/latin1.txt:1:28: error: invalid UTF-8 byte 0xE0"},
};

static void test_bad_input(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof bad_cases / sizeof bad_cases[0]; i++) {
    const bad_case *c = &bad_cases[i];
    run_result r = run(c->argv, NULL);
    if (r.status != c->status || !strstr(r.err, c->message))
      fail_msg("case %zu: exit %d (expected %d), stderr:\n%s", i, r.status,
               c->status, r.err);
    run_result_free(&r);
  }
}

/* A bad file among good ones: the good ones are still tagged. */
static void test_worst_status_wins(void **state) {
  (void)state;
  const char *argv[] = {"extract",
                        "--mentions",
                        "--dct",
                        "2025-09-04",
                        "data/extract/missing.txt",
                        "data/extract/article.txt",
                        NULL};
  run_result r = run(argv, NULL);
  assert_int_equal(r.status, 3);
  assert_non_null(strstr(r.out, "\"text\": \"Tuesday\""));
  run_result_free(&r);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s PATH/TO/timeline\n", argv[0]);
    return 2;
  }
  binary = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_help),
      cmocka_unit_test(test_jsonl_golden),
      cmocka_unit_test(test_friendly_dct_and_stdin),
      cmocka_unit_test(test_no_dct),
      cmocka_unit_test(test_formats),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_worst_status_wins),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
