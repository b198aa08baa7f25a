/* test_render_smoke.c - real files through cairo and Pango, and the CLI.
 *
 *  - each format is written, is that format, has the scene's size and is
 *    not blank (PNG pixels are read back with cairo);
 *  - scenes laid out with the real (Pango) measurer keep every promise on
 *    events.yaml and on generated files of 10, 100 and 1,000 events, read
 *    back from the --dump-layout JSON (10,000 are checked by test_layout
 *    without Pango);
 *  - `timeline render --dump-layout` writes the same JSON as the library;
 *  - bad input: a located message, the documented exit code, no output
 *    file, and the input untouched.
 *
 * Under ASan every `timeline` process spends about a second starting
 * fontconfig, so scenes are laid out in this process with one shared
 * measurer, and the CLI runs only where the CLI itself is under test.
 *
 * Run from tests/ (ctest's working directory) with the binary as argv[1]. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "timeline.h"

#include "render/scene.h"
#include "support/layout_fixtures.h"
#include "support/run.h"
#include "support/scene_check.h"

static const char *binary;
static char dir[] = "/tmp/tl_render_XXXXXX";
static tl_measurer pango; /* one for the whole run: fontconfig starts once */

static void path_in(char *buf, size_t size, const char *name) {
  snprintf(buf, size, "%s/%s", dir, name);
}

static bool exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* strstr for binary files (PDF streams hold NUL bytes). */
static bool contains(const char *buf, size_t len, const char *needle) {
  size_t n = strlen(needle);
  for (size_t i = 0; i + n <= len; i++)
    if (memcmp(buf + i, needle, n) == 0)
      return true;
  return false;
}

/* ---- the library: each format ------------------------------------------ */

static tl_scene *lay_out(const tl_doc *doc, const tl_layout_opts *o) {
  tl_theme theme;
  tl_theme_default(&theme);
  tl_diags d;
  tl_diags_init(&d);
  tl_scene *s = NULL;
  assert_int_equal(tl_layout(doc, &theme, o, &pango, &s, &d), TL_OK);
  tl_diags_free(&d);
  return s;
}

static tl_scene *sample_scene(void) {
  tl_doc *doc = tl_fixture_sample();
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.width = 900;
  tl_scene *s = lay_out(doc, &o);
  tl_doc_free(doc);
  return s;
}

static void test_png(void **state) {
  (void)state;
  tl_scene *s = sample_scene();
  char path[256], err[256];
  path_in(path, sizeof path, "chart.png");
  assert_int_equal(tl_render_file(s, TL_FORMAT_PNG, 2, path, err, sizeof err),
                   TL_OK);
  cairo_surface_t *img = cairo_image_surface_create_from_png(path);
  assert_int_equal(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
  int w = cairo_image_surface_get_width(img);
  int h = cairo_image_surface_get_height(img);
  assert_int_equal(w, (int)(tl_scene_width(s) * 2));
  assert_int_equal(h, (int)(tl_scene_height(s) * 2));
  /* Not blank: a real share of pixels differs from the background. */
  cairo_surface_flush(img);
  const unsigned char *px = cairo_image_surface_get_data(img);
  int stride = cairo_image_surface_get_stride(img);
  uint32_t bg = *(const uint32_t *)px & 0xffffff;
  size_t ink = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      ink += (*(const uint32_t *)(px + y * stride + x * 4) & 0xffffff) != bg;
  assert_true(ink > (size_t)w * (size_t)h / 100);
  cairo_surface_destroy(img);
  tl_scene_free(s);
}

static void test_svg_pdf(void **state) {
  (void)state;
  tl_scene *s = sample_scene();
  char path[256], err[256], want[64];
  size_t len;
  path_in(path, sizeof path, "chart.svg");
  assert_int_equal(tl_render_file(s, TL_FORMAT_SVG, 1, path, err, sizeof err),
                   TL_OK);
  char *svg = slurp(path, &len);
  assert_non_null(svg);
  assert_non_null(strstr(svg, "<svg"));
  snprintf(want, sizeof want, "width=\"%gpx\"", tl_scene_width(s));
  assert_non_null(strstr(svg, want));
  assert_true(len > 10000); /* glyphs, markers, lines */
  free(svg);
  path_in(path, sizeof path, "chart.pdf");
  assert_int_equal(tl_render_file(s, TL_FORMAT_PDF, 1, path, err, sizeof err),
                   TL_OK);
  char *pdf = slurp(path, &len);
  assert_non_null(pdf);
  assert_memory_equal(pdf, "%PDF-", 5);
  snprintf(want, sizeof want, "/MediaBox [ 0 0 %g %g ]", tl_scene_width(s),
           tl_scene_height(s));
  assert_true(contains(pdf, len, want));
  free(pdf);
  tl_scene_free(s);
}

static void test_formats_from_names(void **state) {
  (void)state;
  tl_format f;
  assert_true(tl_format_from_path("a/b.SVG", &f) && f == TL_FORMAT_SVG);
  assert_true(tl_format_from_path("x.png", &f) && f == TL_FORMAT_PNG);
  assert_true(tl_format_from_path("x.pdf", &f) && f == TL_FORMAT_PDF);
  assert_false(tl_format_from_path("x.jpeg", &f));
  assert_false(tl_format_from_path("dir.svg/file", &f));
}

/* ---- real measurements: every promise, through the JSON ----------------- */

static char *dump(const tl_scene *s, size_t *len) {
  char *json;
  assert_int_equal(tl_scene_dump_json(s, &json, len), TL_OK);
  return json;
}

/* Checks the scene as --dump-layout writes it. */
static void check_json(const char *json, size_t count, const char *what) {
  size_t n;
  double w, h;
  tl_item *items = scene_parse_json(json, &n, &w, &h);
  assert_non_null(items);
  scene_report rep;
  scene_check(items, n, count, &rep);
  if (!scene_report_ok(&rep))
    fail_msg("%s: %s", what, rep.first_problem);
  free(items);
}

/* Lays out, checks, and returns how many events went to the list. */
static size_t check_doc(const tl_doc *doc, tl_orientation o, double width,
                        double height, const char *what) {
  tl_layout_opts opts;
  tl_layout_opts_default(&opts);
  opts.orientation = o;
  opts.width = width;
  opts.height = height;
  opts.page = height > 0;
  tl_scene *s = lay_out(doc, &opts);
  size_t len;
  char *json = dump(s, &len);
  check_json(json, tl_doc_count(doc), what);
  free(json);
  size_t listed = tl_scene_listed(s);
  tl_scene_free(s);
  return listed;
}

static tl_doc *load(const char *path) {
  char *text = slurp(path, NULL);
  assert_non_null(text);
  tl_doc *doc = NULL;
  tl_diags d;
  tl_diags_init(&d);
  assert_int_equal(tl_doc_parse(text, strlen(text), path, &doc, &d), TL_OK);
  tl_diags_free(&d);
  free(text);
  return doc;
}

static void test_events_yaml_shapes(void **state) {
  (void)state;
  tl_doc *doc = load("../events.yaml");
  check_doc(doc, TL_ORIENT_AUTO, 0, 0, "events.yaml");
  /* With real fonts: the sample's dense 2018-2019 summits get room, so a
   * 1200 px horizontal chart lists at most five of its 40 events (a
   * linear axis within the cuts listed 19) and a 1600 px one none. */
  size_t listed =
      check_doc(doc, TL_ORIENT_HORIZONTAL, 0, 0, "events.yaml, horizontal");
  if (listed > 5)
    fail_msg("events.yaml at 1200 px lists %zu events", listed);
  listed =
      check_doc(doc, TL_ORIENT_HORIZONTAL, 1600, 0, "events.yaml, 1600 px");
  if (listed > 0)
    fail_msg("events.yaml at 1600 px lists %zu events", listed);
  check_doc(doc, TL_ORIENT_VERTICAL, 0, 0, "events.yaml, vertical");
  check_doc(doc, TL_ORIENT_AUTO, 841.89, 595.28, "events.yaml, A4");
  tl_doc_free(doc);
}

static void test_generated_shapes(void **state) {
  (void)state;
  static const size_t sizes[] = {10, 100, 1000};
  for (size_t i = 0; i < 3; i++) {
    tl_doc *doc = tl_fixture_generated(sizes[i], (unsigned)i + 11);
    char what[64];
    snprintf(what, sizeof what, "%zu generated events", sizes[i]);
    /* A thousand: the chart auto picks (vertical) only; test_layout
     * checks every shape with the fake measurer, and Pango under ASan is
     * slow. */
    check_doc(doc, sizes[i] < 1000 ? TL_ORIENT_AUTO : TL_ORIENT_VERTICAL, 0, 0,
              what);
    snprintf(what, sizeof what, "%zu generated events, horizontal", sizes[i]);
    if (sizes[i] < 1000)
      check_doc(doc, TL_ORIENT_HORIZONTAL, 0, 0, what);
    tl_doc_free(doc);
  }
}

/* ---- event status, drawn in every template and format ------------------ */

static uint32_t *png_pixels(const char *path, int *w, int *h) {
  cairo_surface_t *img = cairo_image_surface_create_from_png(path);
  assert_int_equal(cairo_surface_status(img), CAIRO_STATUS_SUCCESS);
  cairo_surface_flush(img);
  *w = cairo_image_surface_get_width(img);
  *h = cairo_image_surface_get_height(img);
  int stride = cairo_image_surface_get_stride(img);
  uint32_t *px = malloc((size_t)*w * (size_t)*h * sizeof *px);
  assert_non_null(px);
  const unsigned char *data = cairo_image_surface_get_data(img);
  for (int y = 0; y < *h; y++)
    memcpy(px + (size_t)y * (size_t)*w, data + (size_t)y * (size_t)stride,
           (size_t)*w * sizeof *px);
  cairo_surface_destroy(img);
  return px;
}

/* Planned, cancelled and inferred events - a point and a bar each - look
 * different from plain ones in all three templates: the pixels of each
 * marker and bar change when the scene's status bits are cleared, and the
 * label of the cancelled ones too (its title is struck through).  SVG and
 * PDF are drawn by the same code; they are written once per template. */
static void test_status_drawn(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  static const char *const dates[] = {"2018-09-24/2018-09-30", "2018-10-15",
                                      "2018-07-10/2018-07-20", "2018-05-24",
                                      "2018-08-12/2018-08-20", "2018-08-02"};
  static const char *const status[] = {"planned",   "planned",  "cancelled",
                                       "cancelled", "inferred", "inferred"};
  for (size_t i = 0; i < 6; i++) {
    tl_event e;
    memset(&e, 0, sizeof e);
    assert_int_equal(tl_when_parse(dates[i], strlen(dates[i]), &e.date, NULL),
                     TL_OK);
    e.title = "Talks between envoys";
    e.type = "talks";
    e.status = status[i];
    assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  }
  static const char *const names[] = {"default", "dark", "print"};
  for (size_t t = 0; t < 3; t++) {
    char path[64], err[256], a[256], b[256];
    snprintf(path, sizeof path, "../templates/%s.yaml", names[t]);
    char *text = slurp(path, NULL);
    assert_non_null(text);
    tl_theme theme;
    tl_theme_default(&theme);
    tl_diags d;
    tl_diags_init(&d);
    assert_int_equal(tl_theme_parse(text, strlen(text), path, &theme, &d),
                     TL_OK);
    free(text);
    tl_layout_opts o;
    tl_layout_opts_default(&o);
    o.orientation = TL_ORIENT_HORIZONTAL;
    tl_scene *s = NULL;
    assert_int_equal(tl_layout(doc, &theme, &o, &pango, &s, &d), TL_OK);
    tl_diags_free(&d);
    path_in(a, sizeof a, "chart.png");
    path_in(b, sizeof b, "plain.png");
    assert_int_equal(tl_render_file(s, TL_FORMAT_PNG, 1, a, err, sizeof err),
                     TL_OK);
    path_in(path, sizeof path, "chart.svg");
    assert_int_equal(tl_render_file(s, TL_FORMAT_SVG, 1, path, err, sizeof err),
                     TL_OK);
    path_in(path, sizeof path, "chart.pdf");
    assert_int_equal(tl_render_file(s, TL_FORMAT_PDF, 1, path, err, sizeof err),
                     TL_OK);
    for (size_t i = 0; i < s->count; i++)
      s->items[i].style &= (uint16_t)~TL_STYLE_STATUS;
    assert_int_equal(tl_render_file(s, TL_FORMAT_PNG, 1, b, err, sizeof err),
                     TL_OK);
    int w, h, w2, h2;
    uint32_t *pa = png_pixels(a, &w, &h), *pb = png_pixels(b, &w2, &h2);
    assert_true(w == w2 && h == h2);
    size_t changed[6] = {0}, struck = 0;
    for (size_t i = 0; i < s->count; i++) {
      const tl_item *it = &s->items[i];
      bool shape = it->kind == TL_ITEM_MARKER || it->kind == TL_ITEM_BAR;
      bool label = it->kind == TL_ITEM_LABEL && it->event >= 2 && it->event < 4;
      if (it->event < 0 || (!shape && !label))
        continue;
      for (int y = (int)it->y; y < (int)(it->y + it->h) + 1 && y < h; y++)
        for (int x = (int)it->x; x < (int)(it->x + it->w) + 1 && x < w; x++)
          if (x >= 0 && y >= 0 &&
              pa[(size_t)y * (size_t)w + (size_t)x] !=
                  pb[(size_t)y * (size_t)w + (size_t)x]) {
            if (shape)
              changed[it->event]++;
            else
              struck++;
          }
    }
    for (size_t e = 0; e < 6; e++)
      if (changed[e] < 4)
        fail_msg("%s: the %s event %zu looks plain", names[t], status[e], e);
    assert_true(struck > 20);
    free(pa), free(pb);
    tl_scene_free(s);
  }
  tl_doc_free(doc);
}

/* ---- the CLI: one run draws a PNG, dumps the layout, keeps the input ---- */

/* The chart and the --dump-layout JSON of one run; the JSON must be the
 * library's scene byte for byte, and the input is only ever read. */
static void test_cli_render(void **state) {
  (void)state;
  char in[256], out[256], json[256];
  path_in(in, sizeof in, "input.yaml");
  path_in(out, sizeof out, "out.png");
  path_in(json, sizeof json, "layout.json");
  size_t len;
  char *before = slurp("../events.yaml", &len);
  assert_non_null(before);
  assert_int_equal(spit(in, before, len), 0);
  struct stat st0, st1;
  assert_int_equal(stat(in, &st0), 0);
  const char *argv[] = {"render", in, "-o", out, "--dump-layout", json, NULL};
  run_result r = run_binary(binary, argv, NULL);
  if (r.status != 0)
    fail_msg("render: exit %d: %s", r.status, r.err);
  run_result_free(&r);
  char *after = slurp(in, NULL);
  assert_string_equal(before, after);
  assert_int_equal(stat(in, &st1), 0);
  assert_true(st0.st_mtime == st1.st_mtime && st0.st_ino == st1.st_ino);
  char *png = slurp(out, &len);
  assert_non_null(png);
  assert_true(len > 8 && memcmp(png, "\x89PNG", 4) == 0);
  free(png);

  char *text = slurp(json, &len);
  assert_non_null(text);
  tl_doc *doc = load("../events.yaml");
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  tl_scene *s = lay_out(doc, &o);
  size_t want_len;
  char *want = dump(s, &want_len);
  assert_int_equal(len, want_len);
  assert_memory_equal(text, want, len);
  check_json(text, tl_doc_count(doc), "timeline render --dump-layout");
  free(want);
  tl_scene_free(s);
  tl_doc_free(doc);
  free(text);
  free(before), free(after);
}

/* ---- the CLI: bad input -------------------------------------------------- */

typedef struct bad_case {
  const char *why;
  const char *template_text; /* written to bad.yaml when not NULL */
  const char *args[6];
  int status;
  const char *message[4]; /* each expected in stderr */
} bad_case;

/* One template with four mistakes: every one is reported, located, in one
 * run. */
#define BAD_TEMPLATE                                                           \
  "colors:\n  backgound: \"#fff\"\n  text: \"#12345g\"\n"                      \
  "fonts:\n  label:\n    size: [1, 2]\nlabels: {max-lines: 0}\n"

static const bad_case bad[] = {
    {"template with four mistakes",
     BAD_TEMPLATE,
     {"--template", "@T", NULL},
     1,
     {"bad.yaml:2:3: error: unknown template key `colors.backgound`\n"
      "    2 |   backgound: \"#fff\"\n"
      "      |   ^~~~~~~~~\n"
      "      = hint: did you mean `background`?\n",
      "bad.yaml:3:9: error: bad colour `#12345g` for `colors.text`: expected "
      "#rrggbb or #rrggbbaa\n",
      "bad.yaml:6:11: error: `fonts.label.size` is a single value, found a "
      "list",
      "bad.yaml:7:21: error: `labels.max-lines` is 0, outside 1..10"}},
    {"unreadable template",
     NULL,
     {"--template", "/nonexistent/t.yaml", NULL},
     3,
     {"cannot open"}},
    {"unreadable events",
     NULL,
     {"/nonexistent/events.yaml", NULL},
     3,
     {"cannot open"}},
    {"impossible --from",
     NULL,
     {"--from", "2025-02-30", NULL},
     2,
     {"February 2025 has 28 days"}},
    {"--from after --to",
     NULL,
     {"--from", "2020", "--to", "2019", NULL},
     2,
     {"--from is after --to"}},
    {"bad width", NULL, {"--width", "10", NULL}, 2, {"--width"}},
    {"unknown option", NULL, {"--colour", NULL}, 2, {"unknown option"}},
    {"output directory missing",
     NULL,
     {"-o", "/nonexistent/dir/x.svg", NULL},
     3,
     {"no directory /nonexistent/dir"}},
    {"unknown format",
     NULL,
     {"-o", "@D/chart.jpeg", NULL},
     2,
     {"cannot tell the format"}},
};

static void test_bad_input(void **state) {
  (void)state;
  char tpl[256], out[256];
  path_in(tpl, sizeof tpl, "bad.yaml");
  path_in(out, sizeof out, "never.svg");
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    const bad_case *c = &bad[i];
    if (c->template_text)
      assert_int_equal(spit(tpl, c->template_text, strlen(c->template_text)),
                       0);
    const char *argv[12] = {"render"};
    size_t n = 1;
    bool has_output = false;
    char jpeg[256];
    path_in(jpeg, sizeof jpeg, "chart.jpeg");
    for (size_t k = 0; c->args[k]; k++) {
      argv[n++] = strcmp(c->args[k], "@T") == 0              ? tpl
                  : strcmp(c->args[k], "@D/chart.jpeg") == 0 ? jpeg
                                                             : c->args[k];
      has_output |= strcmp(c->args[k], "-o") == 0;
    }
    bool has_input = c->args[0] && c->args[0][0] == '/';
    if (!has_input)
      argv[n++] = "../events.yaml";
    if (!has_output) {
      argv[n++] = "-o";
      argv[n++] = out;
    }
    argv[n] = NULL;
    run_result r = run_binary(binary, argv, NULL);
    bool said = true;
    for (size_t k = 0; k < 4 && c->message[k]; k++)
      said &= strstr(r.err, c->message[k]) != NULL;
    if (r.status != c->status || !said)
      fail_msg("%s: exit %d (want %d), stderr:\n%s", c->why, r.status,
               c->status, r.err);
    assert_false(exists(out)); /* never a partial chart */
    assert_false(exists(jpeg));
    run_result_free(&r);
  }
}

static void test_templates_valid(void **state) {
  (void)state;
  static const char *const names[] = {"default", "dark", "print"};
  for (size_t i = 0; i < 3; i++) {
    char path[64];
    snprintf(path, sizeof path, "../templates/%s.yaml", names[i]);
    char *text = slurp(path, NULL);
    assert_non_null(text);
    tl_theme t;
    tl_theme_default(&t);
    tl_diags d;
    tl_diags_init(&d);
    tl_status st = tl_theme_parse(text, strlen(text), path, &t, &d);
    if (st != TL_OK)
      fail_msg("%s: %s", path, d.count ? d.items[0].message : "?");
    tl_diags_free(&d);
    free(text);
  }
  /* default.yaml restates the built-in theme. */
  char *text = slurp("../templates/default.yaml", NULL);
  tl_theme a, b;
  tl_theme_default(&a);
  tl_theme_default(&b);
  b.type_count = 0;
  tl_diags d;
  tl_diags_init(&d);
  assert_int_equal(tl_theme_parse(text, strlen(text), "default", &b, &d),
                   TL_OK);
  assert_true(a.background == b.background && a.text == b.text &&
              a.max_levels == b.max_levels && a.break_ratio == b.break_ratio &&
              a.label_max_width == b.label_max_width &&
              a.fonts[TL_FONT_LABEL].size == b.fonts[TL_FONT_LABEL].size);
  tl_diags_free(&d);
  free(text);
}

static int setup(void **state) {
  (void)state;
  if (tl_measurer_pango_new(&pango) != TL_OK)
    return -1;
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  static const char *const files[] = {
      "chart.png", "chart.svg",  "chart.pdf", "layout.json", "plain.png",
      "bad.yaml",  "input.yaml", "out.png",   "never.svg",   "chart.jpeg"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    char p[256];
    path_in(p, sizeof p, files[i]);
    unlink(p);
  }
  rmdir(dir);
  tl_measurer_pango_free(&pango);
  return 0;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: test_render_smoke TIMELINE-BINARY\n", stderr);
    return 2;
  }
  binary = argv[1];
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_png),
      cmocka_unit_test(test_svg_pdf),
      cmocka_unit_test(test_formats_from_names),
      cmocka_unit_test(test_events_yaml_shapes),
      cmocka_unit_test(test_generated_shapes),
      cmocka_unit_test(test_status_drawn),
      cmocka_unit_test(test_cli_render),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_templates_valid),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
