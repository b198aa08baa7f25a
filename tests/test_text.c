/* test_text.c - UTF-8, source maps, the string buffer and how diagnostics
 * are drawn (carets, wide characters, hostile bytes, long lines). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "core/json.h"
#include "core/srcmap.h"
#include "core/strbuf.h"
#include "core/suggest.h"
#include "core/utf8.h"
#include "timeline.h"

typedef struct utf8_case {
  const char *bytes;
  size_t len;
  size_t first_bad; /* == len when valid */
} utf8_case;

static const utf8_case utf8_cases[] = {
    {"plain", 5, 5},
    {"caf\xC3\xA9", 5, 5},
    {"\xE6\xBC\xA2\xE5\xAD\x97", 6, 6}, /* two CJK characters */
    {"\xF0\x9F\x98\x80", 4, 4},         /* an emoji, 4 bytes */
    {"caf\xE9", 4, 3},                  /* Latin-1 */
    {"\xC0\xAF", 2, 0},                 /* overlong '/' */
    {"\xE0\x80\xAF", 3, 0},             /* overlong, 3 bytes */
    {"\xED\xA0\x80", 3, 0},             /* a UTF-16 surrogate */
    {"\xF4\x90\x80\x80", 4, 0},         /* beyond U+10FFFF */
    {"ab\xE6\xBC", 4, 2},               /* truncated */
    {"\x80", 1, 0},                     /* lone continuation */
    {"a\0b", 3, 3},                     /* NUL is a character */
};

static void test_utf8(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof utf8_cases / sizeof utf8_cases[0]; i++) {
    const utf8_case *c = &utf8_cases[i];
    if (tl_utf8_validate(c->bytes, c->len) != c->first_bad)
      fail_msg("case %zu: first bad byte %zu, expected %zu", i,
               tl_utf8_validate(c->bytes, c->len), c->first_bad);
  }
  char buf[4];
  uint32_t cp;
  const uint32_t points[] = {0x41, 0xE9, 0x6F22, 0x1F600, 0x10FFFF};
  for (size_t i = 0; i < 5; i++) {
    size_t n = tl_utf8_encode(points[i], buf);
    assert_int_equal(tl_utf8_decode((unsigned char *)buf, n, &cp), n);
    assert_int_equal(cp, points[i]);
  }
  assert_int_equal(tl_utf8_count("caf\xC3\xA9", 5), 4);
  assert_int_equal(tl_utf8_width(0xAE40), 2); /* Hangul */
  assert_int_equal(tl_utf8_width(0x301), 0);  /* combining acute */
  assert_int_equal(tl_utf8_width('a'), 1);
}

static void test_srcmap(void **state) {
  (void)state;
  const char *text = "ab\r\nc\xC3\xA9z\rx\n\nlast";
  tl_srcmap m;
  assert_true(tl_srcmap_init(&m, text, strlen(text)));
  assert_int_equal(m.lines, 5);
  unsigned line, col;
  /* bytes: a0 b1 \r2 \n3 | c4 é5-6 z7 \r8 | x9 \n10 | \n11 | l12 */
  tl_srcmap_locate(&m, 5, &line, &col); /* 'é' */
  assert_int_equal(line, 2);
  assert_int_equal(col, 2);
  tl_srcmap_locate(&m, 7, &line, &col); /* 'z': é is one column */
  assert_int_equal(line, 2);
  assert_int_equal(col, 3);
  tl_srcmap_locate(&m, 9, &line, &col); /* after a lone CR */
  assert_int_equal(line, 3);
  assert_int_equal(col, 1);
  assert_int_equal(tl_srcmap_offset(&m, 2, 3), 7);
  assert_int_equal(tl_srcmap_offset(&m, 2, 99), 8); /* clamped */
  size_t start, len;
  tl_srcmap_line(&m, 5, &start, &len);
  assert_int_equal(len, 4);
  assert_memory_equal(text + start, "last", 4);
  tl_srcmap_line(&m, 4, &start, &len);
  assert_int_equal(len, 0);
  tl_srcmap_free(&m);
}

static void test_strbuf(void **state) {
  (void)state;
  tl_strbuf b = TL_STRBUF_INIT;
  for (int i = 0; i < 1000; i++)
    tl_strbuf_printf(&b, "%d,", i);
  assert_int_equal(b.len, 3890);
  assert_int_equal(strlen(b.data), b.len);
  size_t len;
  char *s = tl_strbuf_detach(&b, &len);
  assert_int_equal(len, 3890);
  assert_null(b.data);
  free(s);
  /* Past the limit every append is refused, and detach says so. */
  tl_strbuf capped = TL_STRBUF_INIT;
  capped.limit = 8;
  tl_strbuf_puts(&capped, "12345");
  tl_strbuf_puts(&capped, "6789");
  assert_true(capped.failed);
  assert_null(tl_strbuf_detach(&capped, &len));
  /* An empty buffer detaches as "", not NULL. */
  tl_strbuf empty = TL_STRBUF_INIT;
  s = tl_strbuf_detach(&empty, &len);
  assert_string_equal(s, "");
  free(s);
}

static void test_suggest(void **state) {
  (void)state;
  static const char *const keys[] = {"date",  "end",  "title", "actors",
                                     "place", "tags", NULL};
  int ties;
  assert_string_equal(tl_suggest("actor", 5, keys, &ties), "actors");
  assert_string_equal(tl_suggest("tilte", 5, keys, &ties), "title");
  assert_string_equal(tl_suggest("DATE", 4, keys, &ties), "date");
  assert_null(tl_suggest("colour", 6, keys, &ties));
  assert_null(tl_suggest("x", 1, keys, &ties)); /* too short to guess */
  assert_int_equal(tl_edit_distance("abcd", 4, "abdc"), 1); /* a swap */
}

/* The rendering lands in a heap buffer the caller owns.  (Returned through
 * the caller's pointer: a local `char *out` returned after `&out` was
 * passed on trips GCC 12's -Wdangling-pointer at -O2.) */
static char *render(const char *text, size_t offset, size_t length,
                    unsigned line, unsigned col) {
  tl_diags d;
  tl_diags_init(&d);
  tl_diags_add(&d, TL_ERROR, "f.yaml", offset, length, line, col, "a hint",
               "bad %s", "thing");
  char **out = calloc(1, sizeof *out);
  assert_non_null(out);
  assert_int_equal(tl_diags_render(&d, text, strlen(text), false, out), TL_OK);
  tl_diags_free(&d);
  char *result = *out;
  free(out);
  return result;
}

static void test_render_caret(void **state) {
  (void)state;
  char *out = render("key: value\n", 5, 5, 1, 6);
  assert_string_equal(out, "f.yaml:1:6: error: bad thing\n"
                           "    1 | key: value\n"
                           "      |      ^~~~~\n"
                           "      = hint: a hint\n");
  free(out);
  /* Tabs are kept so the caret lines up in any terminal. */
  out = render("\tkey: v\n", 6, 1, 1, 7);
  assert_string_equal(out, "f.yaml:1:7: error: bad thing\n"
                           "    1 | \tkey: v\n"
                           "      | \t     ^\n"
                           "      = hint: a hint\n");
  free(out);
}

static void test_render_hostile_bytes(void **state) {
  (void)state;
  /* Escape sequences and invalid bytes never reach the terminal raw. */
  char *out = render("a\x1b[2Jb\xFF"
                     "c\n",
                     7, 1, 1, 8);
  assert_non_null(strstr(out, "| a?[2Jb?c\n"));
  assert_null(strchr(out, '\x1b'));
  free(out);
}

static void test_render_long_line(void **state) {
  (void)state;
  /* A minified or binary line: shown as a window around the caret. */
  char text[5002];
  memset(text, 'x', 5000);
  text[4000] = '!';
  text[5000] = '\n';
  text[5001] = '\0';
  char *out = render(text, 4000, 1, 1, 4001);
  char *src = strstr(out, "| ...");
  assert_non_null(src);
  char *nl = strchr(src, '\n');
  assert_true(nl - src < 140);
  char *caret_line = nl + 1;
  char *caret = strchr(caret_line, '^');
  assert_non_null(caret);
  /* The caret sits under the '!' in the shown window; both lines start
   * with a six-column gutter ("    1 " and "      "). */
  char *bang = strchr(src, '!');
  assert_int_equal(caret - caret_line, bang - (src - 6));
  free(out);
}

static void test_json_strings(void **state) {
  (void)state;
  tl_strbuf b = TL_STRBUF_INIT;
  /* Quotes, controls, a Latin-1 byte, a valid é and a DEL. */
  tl_json_put_string(&b, "a\"b\\c\n\x01 caf\xE9 caf\xC3\xA9\x7F");
  assert_string_equal(b.data, "\"a\\\"b\\\\c\\n\\u0001 caf\xEF\xBF\xBD "
                              "caf\xC3\xA9\\u007f\"");
  tl_strbuf_free(&b);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_utf8),
      cmocka_unit_test(test_srcmap),
      cmocka_unit_test(test_strbuf),
      cmocka_unit_test(test_suggest),
      cmocka_unit_test(test_render_caret),
      cmocka_unit_test(test_render_hostile_bytes),
      cmocka_unit_test(test_render_long_line),
      cmocka_unit_test(test_json_strings),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
