/* test_extract_cli.c - `timeline extract` end to end: outputs, exit codes,
 * --merge keeping every byte a person wrote, JSON lines in and out, and
 * bad input refused with its place and no output.
 *
 * Usage: test_extract_cli PATH/TO/timeline   (run from tests/) */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "support/run.h"

static const char *binary;
static char dir[256];

static const char *tmp_path(const char *name) {
  static char paths[8][512];
  static int next;
  char *p = paths[next++ % 8];
  snprintf(p, 512, "%s/%s", dir, name);
  return p;
}

static void write_file(const char *path, const char *text) {
  assert_int_equal(spit(path, text, strlen(text)), 0);
}

/* An article written for this test, Reuters style. */
static const char *article =
    "SEOUL, Oct. 2 (Reuters) - South Korean President Lee Jae-myung met "
    "Japanese Prime Minister Shigeru Ishiba in Busan on Tuesday, their "
    "second summit in a month.\n\n"
    "The two leaders first met in Tokyo in August, Yonhap said.\n";

static void test_yaml_output(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt");
  write_file(in, article);
  const char *argv[] = {"extract", "--dct", "2025-10-02", in, NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "events:\n  - date: 2025-08\n"));
  assert_non_null(strstr(r.out, "  - date: 2025-09-30\n"));
  assert_non_null(strstr(r.out, "place: Busan"));
  assert_non_null(strstr(r.out, "said_by: Yonhap"));
  assert_string_equal(r.err, "");
  run_result_free(&r);
}

static void test_jsonl_output(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt");
  write_file(in, article);
  const char *argv[] = {"extract", "--dct", "2025-10-02", "-f",
                        "jsonl",   in,      NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  /* Two events, one object per line, in date order. */
  assert_true(strncmp(r.out, "{\"date\":\"2025-08\",", 18) == 0);
  char *second = strchr(r.out, '\n');
  assert_non_null(second);
  assert_true(strncmp(second + 1, "{\"date\":\"2025-09-30\",", 21) == 0);
  assert_non_null(strchr(second + 1, '\n'));
  run_result_free(&r);
}

/* The file a person wrote: comments, odd quoting, blank lines, a key
 * after the list, no final newline. */
static const char *hand_written =
    "# Korea-Japan relations, kept by hand\n"
    "title: 'Korea and Japan'   # quoted on purpose\n"
    "\n"
    "events:\n"
    "  # the thaw\n"
    "  - date: \"2023-03-16\"\n"
    "    title: Yoon visits Tokyo\n"
    "    actors: [Yoon Suk Yeol, Fumio Kishida]   # first visit in 12 years\n"
    "\n"
    "  - date: 2025-08\n"
    "    title: Lee and Ishiba meet in Tokyo\n"
    "    actors: [Lee Jae-myung, Shigeru Ishiba]\n"
    "\n"
    "# more to come\n"
    "description: >-\n"
    "  A short history.";

static void test_merge_keeps_every_byte(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt"), *file = tmp_path("events.yaml");
  write_file(in, article);
  write_file(file, hand_written);
  const char *argv[] = {"extract", "--dct", "2025-10-02", "--merge",
                        file,      in,      NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_string_equal(r.out, "");
  /* The August meeting is already there; the Busan summit is new. */
  assert_non_null(strstr(r.err, "skipped 2025-08"));
  assert_non_null(strstr(r.err, "added   2025-09-30"));
  assert_non_null(strstr(r.err, "added 1 event, skipped 1 already there"));
  size_t len;
  char *after = slurp(file, &len);
  assert_non_null(after);
  /* The original is the result with one block of new text taken out. */
  size_t n = strlen(hand_written), p = 0;
  while (p < n && after[p] == hand_written[p])
    p++;
  assert_true(len > n);
  assert_memory_equal(after + len - (n - p), hand_written + p, n - p);
  assert_non_null(strstr(after + p, "- date: 2025-09-30"));
  run_result_free(&r);
  /* The merged file loads, and merging again adds nothing and leaves the
   * file as it is. */
  const char *check[] = {"check", "-q", file, NULL};
  r = run_binary(binary, check, NULL);
  assert_int_equal(r.status, 0);
  run_result_free(&r);
  r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.err, "added 0 events, skipped 2 already there"));
  size_t len2;
  char *again = slurp(file, &len2);
  assert_int_equal(len2, len);
  assert_memory_equal(again, after, len);
  free(again);
  free(after);
  run_result_free(&r);
}

static void test_merge_refuses_invalid_file(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt"), *file = tmp_path("bad.yaml");
  write_file(in, article);
  const char *bad = "events:\n  - date: 2025-02-30\n    title: x\n";
  write_file(file, bad);
  const char *argv[] = {"extract", "--dct", "2025-10-02", "--merge",
                        file,      in,      NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 1);
  assert_non_null(strstr(r.err, "bad.yaml:2:19: error:"));
  assert_non_null(strstr(r.err, "nothing was written"));
  size_t len;
  char *after = slurp(file, &len);
  assert_string_equal(after, bad);
  free(after);
  run_result_free(&r);
}

static void test_merge_creates_missing_file(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt"), *file = tmp_path("new.yaml");
  write_file(in, article);
  unlink(file);
  const char *argv[] = {"extract", "--dct", "2025-10-02", "--merge",
                        file,      in,      NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.err, "created with 2 events"));
  run_result_free(&r);
  const char *check[] = {"check", "-q", file, NULL};
  r = run_binary(binary, check, NULL);
  assert_int_equal(r.status, 0);
  run_result_free(&r);
}

typedef struct bad_case {
  const char *what;
  const char *text; /* NULL: the file does not exist */
  size_t len;
  const char *const *args;
  int status;
  const char *err; /* a part of stderr */
} bad_case;

static void test_bad_inputs(void **state) {
  (void)state;
  const char *const bad_dct[] = {"--dct", "2025-13-01", NULL};
  const char *const day_dct[] = {"--dct", "2025-09", NULL};
  const char *const bad_format[] = {"-f", "xml", NULL};
  const char *const merge_jsonl[] = {"-f", "jsonl", "--merge", "x.yaml", NULL};
  const char *const none[] = {NULL};
  static const char binary_text[] = "Talks\0began on Monday.";
  static const char latin1[] = "Talks began in M\xfcnchen.";
  const bad_case cases[] = {
      {"a bad --dct", "Talks.", 6, bad_dct, 2, "month 13 does not exist"},
      {"a --dct that is no day", "Talks.", 6, day_dct, 2,
       "must be one exact day"},
      {"an unknown format", "Talks.", 6, bad_format, 2, "unknown format"},
      {"--merge with jsonl", "Talks.", 6, merge_jsonl, 2, "--merge"},
      {"a missing file", NULL, 0, none, 3, "No such file"},
      {"a binary file", binary_text, sizeof binary_text - 1, none, 1,
       "NUL byte at offset 5"},
      {"invalid UTF-8", latin1, sizeof latin1 - 1, none, 1,
       ":1:17: error: invalid UTF-8 byte 0xFC"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const bad_case *c = &cases[i];
    const char *in = tmp_path("bad-input.txt");
    unlink(in);
    if (c->text)
      assert_int_equal(spit(in, c->text, c->len), 0);
    const char *argv[12] = {"extract"};
    size_t n = 1;
    for (const char *const *a = c->args; *a; a++)
      argv[n++] = *a;
    argv[n++] = in;
    argv[n] = NULL;
    run_result r = run_binary(binary, argv, NULL);
    if (r.status != c->status || !strstr(r.err, c->err))
      fail_msg("%s: status %d, stderr: %s", c->what, r.status, r.err);
    /* Never a half-written output. */
    if (c->status != 0 && r.out_len != 0)
      fail_msg("%s: wrote output: %s", c->what, r.out);
    run_result_free(&r);
  }
}

static void test_jsonl_input(void **state) {
  (void)state;
  const char *in = tmp_path("articles.jsonl");
  const char *lines =
      "{\"id\": \"a1\", \"dct\": \"2025-10-02\", \"text\": \"Lee met Ishiba "
      "in Busan on Tuesday.\"}\n"
      "\n"
      "{\"id\": 2, \"text\": \"Xi met Putin in Moscow on March 21, "
      "2023.\"}\n"
      "{\"id\": 3, \"text\": oops}\n"
      "{\"id\": 4, \"dct\": \"someday\", \"text\": \"x\"}\n"
      "{\"text\": \"Modi visited Washington on \\u201cJune 22, 2023\\u201d"
      ".\"}\n";
  write_file(in, lines);
  const char *out = tmp_path("out.jsonl");
  unlink(out);
  const char *argv[] = {
      "extract", "--input-format", "jsonl", "-f", "jsonl", "-o", out, in, NULL};
  run_result r = run_binary(binary, argv, NULL);
  /* Bad lines are reported with their place and skipped; the run goes
   * on and exits 1. */
  assert_int_equal(r.status, 1);
  assert_non_null(strstr(r.err, "articles.jsonl:4:19: error: `text` must be "
                                "a string; line skipped"));
  assert_non_null(strstr(r.err, "articles.jsonl:5:1: error: bad \"dct\""));
  size_t len;
  char *got = slurp(out, &len);
  assert_non_null(got);
  assert_non_null(strstr(got, "\"date\":\"2025-09-30\""));
  assert_non_null(strstr(got, "\"document\":\"a1\""));
  assert_non_null(strstr(got, "\"date\":\"2023-03-21\""));
  assert_non_null(strstr(got, "\"document\":\"2\""));
  assert_non_null(strstr(got, "\"date\":\"2023-06-22\""));
  free(got);
  run_result_free(&r);
}

static void test_stdin_and_help(void **state) {
  (void)state;
  const char *in = tmp_path("a.txt");
  write_file(in, article);
  const char *argv[] = {"extract", "--dct", "2025-10-02", "-", NULL};
  run_result r = run_binary(binary, argv, in);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "document: stdin"));
  run_result_free(&r);
  const char *help[] = {"extract", "--help", NULL};
  r = run_binary(binary, help, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "--merge FILE"));
  assert_non_null(strstr(r.out, "--input-format"));
  run_result_free(&r);
}

/* The title is --title, else the headline, else the file's name. */
static void test_titles(void **state) {
  (void)state;
  const char *plain = tmp_path("plain.txt"), *headed = tmp_path("h.txt");
  write_file(plain, article);
  char text[1024];
  snprintf(text, sizeof text, "Leaders of Korea and Japan meet in Busan\n\n%s",
           article);
  write_file(headed, text);
  const char *a1[] = {"extract", "--dct", "2025-10-02", plain, NULL};
  run_result r = run_binary(binary, a1, NULL);
  assert_int_equal(r.status, 0);
  assert_true(strncmp(r.out, "title: Events from plain.txt\n", 29) == 0);
  run_result_free(&r);
  const char *a2[] = {"extract", "--dct", "2025-10-02", headed, NULL};
  r = run_binary(binary, a2, NULL);
  assert_int_equal(r.status, 0);
  assert_true(strncmp(r.out,
                      "title: Leaders of Korea and Japan meet in Busan\n",
                      48) == 0);
  /* The headline is not an event's sentence. */
  assert_null(strstr(r.out, "quote: Leaders of"));
  run_result_free(&r);
  const char *a3[] = {"extract",           "--dct", "2025-10-02", "--title",
                      "Busan: summit # 2", headed,  NULL};
  r = run_binary(binary, a3, NULL);
  assert_int_equal(r.status, 0);
  assert_true(strncmp(r.out, "title: \"Busan: summit # 2\"\n", 27) == 0);
  run_result_free(&r);
  const char *a4[] = {"extract", "--title", "", headed, NULL};
  r = run_binary(binary, a4, NULL);
  assert_int_equal(r.status, 2);
  assert_non_null(strstr(r.err, "--title"));
  assert_string_equal(r.out, "");
  run_result_free(&r);
}

/* Without a date, relative dates are anchored in the text, marked
 * inferred, and a warning names --dct. */
static void test_narrative_mode(void **state) {
  (void)state;
  const char *in = tmp_path("n.txt");
  write_file(in, "Kim visited Moscow on April 25, 2019. He returned home two "
                 "days later, and met Putin again the next year.\n");
  const char *argv[] = {"extract", in, NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.err, "warning: no document date found"));
  assert_non_null(strstr(r.err, "--dct"));
  assert_non_null(strstr(r.out, "- date: 2019-04-25\n"));
  assert_null(strstr(r.out, "- date: 2019-04-25\n    title: Kim visited "
                            "Moscow\n    type: visit\n    status:"));
  run_result_free(&r);
}

/* --gazetteer adds names; a bad file is refused with its place. */
static void test_gazetteer_file(void **state) {
  (void)state;
  const char *in = tmp_path("g.txt"), *g = tmp_path("g.yaml");
  write_file(in, "Atlantean envoy Jane Roe met Kim in Pyongyang on Tuesday. "
                 "Roe left the next day.\n");
  write_file(g, "# people the built-in gazetteer lacks\n"
                "- name: Atlantis\n"
                "  kind: country\n"
                "  demonyms: [Atlantean]\n"
                "- name: Jane Roe\n"
                "  country: Atlantis\n"
                "  short_names: [Roe]\n");
  const char *argv[] = {"extract", "--dct", "2025-10-02", "--gazetteer", g,
                        "-f",      "jsonl", in,           NULL};
  run_result r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 0);
  assert_non_null(strstr(r.out, "\"actors\":[\"Jane Roe\",\"Kim Jong Un\","
                                "\"Atlantis\"]"));
  run_result_free(&r);
  write_file(g, "- name: Jane Roe\n  countyr: Atlantis\n");
  r = run_binary(binary, argv, NULL);
  assert_int_equal(r.status, 1);
  assert_non_null(strstr(r.err, "g.yaml:2:3: error: unknown key `countyr`"));
  assert_non_null(strstr(r.err, "did you mean `country`?"));
  assert_int_equal(r.out_len, 0);
  run_result_free(&r);
}

static int setup(void **state) {
  (void)state;
  snprintf(dir, sizeof dir, "/tmp/tl-extract-cli-%ld", (long)getpid());
  mkdir(dir, 0700);
  return 0;
}

static int teardown(void **state) {
  (void)state;
  char cmd[300];
  snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
  return system(cmd) == 0 ? 0 : -1;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: test_extract_cli PATH/TO/timeline\n");
    return 2;
  }
  binary = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_yaml_output),
      cmocka_unit_test(test_jsonl_output),
      cmocka_unit_test(test_merge_keeps_every_byte),
      cmocka_unit_test(test_merge_refuses_invalid_file),
      cmocka_unit_test(test_merge_creates_missing_file),
      cmocka_unit_test(test_bad_inputs),
      cmocka_unit_test(test_jsonl_input),
      cmocka_unit_test(test_stdin_and_help),
      cmocka_unit_test(test_narrative_mode),
      cmocka_unit_test(test_titles),
      cmocka_unit_test(test_gazetteer_file),
  };
  return cmocka_run_group_tests_name("extract_cli", tests, setup, teardown);
}
