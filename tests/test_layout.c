/* test_layout.c - whole scenes from event lists, measured with the fake
 * measurer: the promises of issue 5, checked on every scene.
 *
 *  - no two label boxes overlap; no label covers a marker, a bar, the axis
 *    or a tick label; no leader crosses another label;
 *  - every event has one marker (or bar, or band) and a label or a list
 *    entry;
 *  - tick labels never overlap;
 *  - the same input gives the same scene, byte for byte. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "timeline.h"

#include "support/fake_measure.h"
#include "support/layout_fixtures.h"
#include "support/scene_check.h"

static tl_scene *lay_out(const tl_doc *doc, const tl_layout_opts *opts) {
  tl_theme theme;
  tl_theme_default(&theme);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_diags diags;
  tl_diags_init(&diags);
  tl_scene *scene = NULL;
  tl_status st = tl_layout(doc, &theme, opts, &m, &scene, &diags);
  assert_int_equal(st, TL_OK);
  assert_non_null(scene);
  tl_diags_free(&diags);
  return scene;
}

static void check_scene(const tl_scene *scene, size_t events,
                        const char *what) {
  size_t n;
  tl_item *items = scene_items(scene, &n);
  assert_non_null(items);
  scene_report r;
  scene_check(items, n, events, &r);
  if (!scene_report_ok(&r))
    fail_msg("%s: %s (labels %zu, overlaps %zu/%zu/%zu, ticks %zu, leaders "
             "%zu, missing %zu/%zu)",
             what, r.first_problem, r.labels, r.label_overlaps,
             r.label_marker_overlaps, r.label_tick_overlaps, r.tick_overlaps,
             r.leader_crossings, r.missing_marker, r.missing_label);
  free(items);
}

typedef struct shape {
  const char *name;
  tl_orientation orientation;
  double width, height;
  tl_group_by group;
  tl_time_scale scale;
} shape;

static const shape shapes[] = {
    {"auto", TL_ORIENT_AUTO, 0, 0, TL_GROUP_NONE, TL_SCALE_BROKEN},
    {"horizontal", TL_ORIENT_HORIZONTAL, 0, 0, TL_GROUP_NONE, TL_SCALE_BROKEN},
    {"vertical", TL_ORIENT_VERTICAL, 0, 0, TL_GROUP_NONE, TL_SCALE_BROKEN},
    {"a4 page", TL_ORIENT_HORIZONTAL, 842, 595, TL_GROUP_NONE, TL_SCALE_BROKEN},
    {"vertical page", TL_ORIENT_VERTICAL, 595, 842, TL_GROUP_NONE,
     TL_SCALE_BROKEN},
    {"lanes by type", TL_ORIENT_HORIZONTAL, 0, 0, TL_GROUP_TYPE,
     TL_SCALE_BROKEN},
    {"lanes by actor", TL_ORIENT_HORIZONTAL, 1600, 0, TL_GROUP_ACTOR,
     TL_SCALE_BROKEN},
    {"linear", TL_ORIENT_HORIZONTAL, 0, 0, TL_GROUP_NONE, TL_SCALE_LINEAR},
    {"vertical lanes by actor", TL_ORIENT_VERTICAL, 0, 0, TL_GROUP_ACTOR,
     TL_SCALE_BROKEN},
};

static void check_all_shapes(const tl_doc *doc, const char *name,
                             size_t max_shapes) {
  for (size_t i = 0; i < sizeof shapes / sizeof shapes[0] && i < max_shapes;
       i++) {
    tl_layout_opts o;
    tl_layout_opts_default(&o);
    o.orientation = shapes[i].orientation;
    o.width = shapes[i].width;
    o.height = shapes[i].height;
    o.group_by = shapes[i].group;
    o.scale = shapes[i].scale;
    tl_scene *s = lay_out(doc, &o);
    char what[96];
    snprintf(what, sizeof what, "%s, %s", name, shapes[i].name);
    check_scene(s, tl_doc_count(doc), what);
    tl_scene_free(s);
  }
}

static void test_sample(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_sample();
  check_all_shapes(doc, "sample", 99);
  tl_doc_free(doc);
}

static void test_generated(void **state) {
  (void)state;
  static const size_t sizes[] = {10, 100, 1000};
  for (size_t i = 0; i < 3; i++) {
    tl_doc *doc = tl_fixture_generated(sizes[i], (unsigned)i + 1);
    char name[32];
    snprintf(name, sizeof name, "%zu events", sizes[i]);
    /* A thousand events: the main shapes only (the suite runs twice). */
    check_all_shapes(doc, name, sizes[i] < 1000 ? 99 : 5);
    tl_doc_free(doc);
  }
}

/* Ten thousand events: the default chart and a fixed page. */
static void test_generated_10000(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_generated(10000, 7);
  /* The horizontal shape; the automatic one (vertical) below. */
  tl_layout_opts h;
  tl_layout_opts_default(&h);
  h.orientation = TL_ORIENT_HORIZONTAL;
  tl_scene *hs = lay_out(doc, &h);
  check_scene(hs, tl_doc_count(doc), "10000 events, horizontal");
  tl_scene_free(hs);
  /* A vertical chart grows to 30,000 px and no further: what did not fit
   * is listed, and the warning says why - not "a larger --height". */
  tl_theme theme;
  tl_theme_default(&theme);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  tl_measurer m = tl_fake_measurer(NULL);
  tl_diags d;
  tl_diags_init(&d);
  tl_scene *s = NULL;
  assert_int_equal(tl_layout(doc, &theme, &o, &m, &s, &d), TL_OK);
  check_scene(s, tl_doc_count(doc), "10000 events, auto");
  assert_int_equal(tl_scene_orientation(s), TL_ORIENT_VERTICAL);
  assert_true(tl_scene_listed(s) > 0);
  bool said = false;
  for (size_t i = 0; i < d.count; i++)
    said |= strstr(d.items[i].message, "grows to at most 30000 px") != NULL &&
            d.items[i].hint && strstr(d.items[i].hint, "--from/--to") != NULL;
  assert_true(said);
  double axis_end = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++)
    if (tl_scene_item(s, i)->kind == TL_ITEM_LABEL)
      axis_end = fmax(axis_end, tl_scene_item(s, i)->y);
  assert_true(axis_end <= 30000);
  tl_scene_free(s);
  tl_diags_free(&d);
  tl_doc_free(doc);
}

/* ---- random small documents: whatever the input, the promises hold ----- */

static unsigned rnd(unsigned *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

static const char *const titles[] = {
    "Talks",
    "Kim and Xi hold talks and pledge closer exchanges",
    "\xea\xb9\x80\xec\xa0\x95\xec\x9d\x80 \xeb\xb0\xa9\xec\xa4\x91",
    "\xe4\xb9\xa0\xe8\xbf\x91\xe5\xb9\xb3\xe8\xae\xbf\xe9\x97\xae"
    "\xe5\xb9\xb3\xe5\xa3\xa4\xe4\xb8\xad\xe5\x9b\xbd\xe4\xba\xba",
    "Supercalifragilisticexpialidociousandthensomemoreletterswithoutspaces",
    "A",
    "Treaty of friendship, cooperation and mutual assistance between the "
    "People's Republic of China and the Democratic People's Republic of Korea"};

static void random_date(unsigned *s, char *buf, size_t size) {
  int y = (int)(rnd(s) % 2) ? 1900 + (int)(rnd(s) % 130)
                            : -500 + (int)(rnd(s) % 3000);
  int m = 1 + (int)(rnd(s) % 12), d = 1 + (int)(rnd(s) % 28);
  char ys[16];
  if (y < 0)
    snprintf(ys, sizeof ys, "-%04d", -y);
  else
    snprintf(ys, sizeof ys, "%04d", y);
  switch (rnd(s) % 10) {
  case 0:
    snprintf(buf, size, "%s", ys);
    break;
  case 1:
    snprintf(buf, size, "%s-%02d", ys, m);
    break;
  case 2:
    snprintf(buf, size, "%.3sX", ys[0] == '-' ? ys + 1 : ys);
    break;
  case 3:
    snprintf(buf, size, "%s~", ys);
    break;
  case 4:
    snprintf(buf, size, "%s-%02d-%02d/..", ys, m, d);
    break;
  case 5:
    snprintf(buf, size, "%s/%04d", ys, y < 0 ? 1 : y + (int)(rnd(s) % 40));
    break;
  default:
    snprintf(buf, size, "%s-%02d-%02d", ys, m, d);
  }
}

static void test_random_docs(void **state) {
  (void)state;
  unsigned seed = 2025;
  for (int round = 0; round < 150; round++) {
    tl_doc *doc = tl_doc_new();
    size_t n = 1 + rnd(&seed) % 30;
    for (size_t i = 0; i < n; i++) {
      tl_event e;
      memset(&e, 0, sizeof e);
      char date[64];
      random_date(&seed, date, sizeof date);
      if (rnd(&seed) % 4 == 0 && i > 0) /* same date as the previous */
        e.date = tl_doc_event(doc, i - 1)->date;
      else if (tl_when_parse(date, strlen(date), &e.date, NULL) != TL_OK)
        fail_msg("generated date `%s` does not parse", date);
      e.title = titles[rnd(&seed) % 7];
      e.type = rnd(&seed) % 9 == 0 ? "era" : "summit";
      assert_int_equal(tl_doc_add(doc, &e), TL_OK);
    }
    tl_layout_opts o;
    tl_layout_opts_default(&o);
    o.width = 200 + rnd(&seed) % 1800;
    o.height = rnd(&seed) % 3 == 0 ? 150 + rnd(&seed) % 900 : 0;
    o.orientation = (tl_orientation)(rnd(&seed) % 3);
    o.group_by = rnd(&seed) % 4 == 0 ? TL_GROUP_TYPE : TL_GROUP_NONE;
    o.scale = rnd(&seed) % 5 == 0 ? TL_SCALE_LINEAR : TL_SCALE_BROKEN;
    tl_scene *sc = lay_out(doc, &o);
    char what[64];
    snprintf(what, sizeof what, "random document %d", round);
    check_scene(sc, n, what);
    tl_scene_free(sc);
    tl_doc_free(doc);
  }
}

/* ---- the fixes of the polish pass, each one checked -------------------- */

/* Eight events on one date, with rows for two one-line labels a side
 * (max-levels 2: four half rows; a 16 px box takes two): the stack keeps
 * file order reading down - events 0 and 1 above the axis, 2 and 3 below
 * it, the rest listed. */
static void test_same_date_order(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  for (int i = 0; i < 8; i++) {
    tl_event e;
    memset(&e, 0, sizeof e);
    assert_int_equal(tl_when_parse("2020-05-05", 10, &e.date, NULL), TL_OK);
    e.title = "A";
    assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  }
  tl_theme theme;
  tl_theme_default(&theme);
  theme.max_levels = 2;
  for (int o = 0; o < 2; o++) {
    tl_layout_opts opts;
    tl_layout_opts_default(&opts);
    opts.width = 800;
    opts.orientation = o ? TL_ORIENT_VERTICAL : TL_ORIENT_HORIZONTAL;
    tl_measurer m = tl_fake_measurer(NULL);
    tl_diags d;
    tl_diags_init(&d);
    tl_scene *sc = NULL;
    assert_int_equal(tl_layout(doc, &theme, &opts, &m, &sc, &d), TL_OK);
    tl_diags_free(&d);
    double axis_y = NAN, last_y = -INFINITY;
    int64_t last = -1;
    size_t above = 0, below = 0;
    for (size_t i = 0; i < tl_scene_count(sc); i++) {
      const tl_item *it = tl_scene_item(sc, i);
      if (it->kind == TL_ITEM_AXIS && isnan(axis_y))
        axis_y = it->y;
    }
    /* Labels come in time order; reading down they must too. */
    for (size_t i = 0; i < tl_scene_count(sc); i++) {
      const tl_item *it = tl_scene_item(sc, i);
      if (it->kind != TL_ITEM_LABEL || strncmp(it->text, "5 May", 5) != 0)
        continue;
      assert_true(it->event > last);
      assert_true(it->y > last_y);
      last = it->event;
      last_y = it->y;
      above += it->y < axis_y;
      below += it->y > axis_y;
    }
    if (!o) {
      assert_int_equal(above, 2);
      assert_int_equal(below, 2);
      assert_int_equal(tl_scene_listed(sc), 4);
    } else {
      assert_int_equal(tl_scene_listed(sc), 0);
    }
    tl_scene_free(sc);
  }
  tl_doc_free(doc);
}

/* Vertical charts: every year holding events is named by a tick label
 * between the labels of the years before and its own first label (the
 * sample's nine events of 2018 used to have none), and a day's events
 * each have a dot level with their label (eight on one day used to share
 * one dot and a fan of leaders).  Day-precision points only: a decade's
 * label stands at its middle. */
static void check_years_named(const tl_doc *doc, const tl_scene *sc,
                              const char *what) {
  size_t n = tl_scene_count(sc);
  for (size_t i = 0; i < n; i++) {
    const tl_item *lab = tl_scene_item(sc, i);
    if (lab->kind != TL_ITEM_LABEL)
      continue;
    const tl_event *e = tl_doc_event(doc, (size_t)lab->event);
    if (e->date.interval || e->has_end ||
        e->date.start.precision != TL_PREC_DAY)
      continue;
    int32_t y = e->date.start.year;
    /* The first label of its year, and the last of the years before. */
    double first = INFINITY, before = -INFINITY;
    for (size_t j = 0; j < n; j++) {
      const tl_item *o = tl_scene_item(sc, j);
      if (o->kind != TL_ITEM_LABEL)
        continue;
      const tl_event *f = tl_doc_event(doc, (size_t)o->event);
      if (f->date.interval || f->has_end ||
          f->date.start.precision != TL_PREC_DAY)
        continue;
      double c = o->y + o->h / 2;
      if (f->date.start.year == y)
        first = fmin(first, c);
      else if (f->date.start.year < y)
        before = fmax(before, c);
    }
    char year[16];
    snprintf(year, sizeof year, "%d", (int)y);
    bool named = false;
    for (size_t j = 0; j < n && !named; j++) {
      const tl_item *k = tl_scene_item(sc, j);
      double c = k->y + k->h / 2;
      /* "1961", or "Jul 1961" at the start of a short segment. */
      size_t tl = k->text ? strlen(k->text) : 0, yl = strlen(year);
      named = k->kind == TL_ITEM_TICK && tl >= yl &&
              strcmp(k->text + tl - yl, year) == 0 &&
              (tl == yl || k->text[tl - yl - 1] == ' ') && c > before &&
              c <= first;
    }
    if (!named)
      fail_msg("%s: %s is not named beside its first event", what, year);
    /* Its dot: level with the label. */
    for (size_t j = 0; j < n; j++) {
      const tl_item *m = tl_scene_item(sc, j);
      if (m->kind == TL_ITEM_MARKER && m->event == lab->event &&
          fabs(m->y + m->h / 2 - (lab->y + lab->h / 2)) > 0.5)
        fail_msg("%s: the dot of event %lld is not beside its label", what,
                 (long long)lab->event);
    }
  }
}

static void test_vertical_years(void **state) {
  (void)state;
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_VERTICAL;
  tl_doc *doc = tl_fixture_sample();
  tl_scene *s = lay_out(doc, &o);
  check_years_named(doc, s, "sample");
  tl_scene_free(s);
  tl_doc_free(doc);
  doc = tl_fixture_generated(100, 5);
  s = lay_out(doc, &o);
  check_years_named(doc, s, "100 events");
  tl_scene_free(s);
  tl_doc_free(doc);
  /* Eight events on one day. */
  doc = tl_doc_new();
  for (int i = 0; i < 8; i++) {
    tl_event e;
    memset(&e, 0, sizeof e);
    assert_int_equal(tl_when_parse("2020-05-05", 10, &e.date, NULL), TL_OK);
    e.title = "Talks";
    assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  }
  s = lay_out(doc, &o);
  check_years_named(doc, s, "one day");
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* Lanes on a vertical chart: each event's marker on its lane's line, one
 * line per first actor (events without one share "other", last), the
 * lines in order of first appearance left to right, every lane named. */
static void test_vertical_lanes(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_sample();
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_VERTICAL;
  o.group_by = TL_GROUP_ACTOR;
  tl_scene *s = lay_out(doc, &o);
  check_scene(s, tl_doc_count(doc), "vertical lanes");
  /* The sample's first actors, in time order of first appearance. */
  const char *lanes[] = {"Kim Il Sung",  "North Korea",    "China",
                         "Kim Jong Un",  "Moon Jae-in",    "Xi Jinping",
                         "Donald Trump", "Vladimir Putin", "other"};
  size_t nl = sizeof lanes / sizeof *lanes;
  double x[16];
  for (size_t k = 0; k < nl; k++) {
    x[k] = NAN;
    bool named = false;
    for (size_t i = 0; i < tl_scene_count(s); i++) {
      const tl_item *it = tl_scene_item(s, i);
      named |= it->kind == TL_ITEM_LANE && it->text &&
               strcmp(it->text, lanes[k]) == 0;
    }
    if (!named)
      fail_msg("lane %s is not named", lanes[k]);
  }
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *it = tl_scene_item(s, i);
    if (it->kind != TL_ITEM_MARKER && it->kind != TL_ITEM_BAR)
      continue;
    const tl_event *e = tl_doc_event(doc, (size_t)it->event);
    const char *actor = e->actors.count ? e->actors.items[0] : "other";
    size_t k = 0;
    while (k < nl && strcmp(lanes[k], actor) != 0)
      k++;
    assert_true(k < nl);
    /* A dot is centred on the line; a bar of track 0 too. */
    double cx = it->x + it->w / 2;
    if (isnan(x[k]))
      x[k] = cx;
    else if (it->kind == TL_ITEM_MARKER || fabs(cx - x[k]) < 1)
      assert_true(fabs(cx - x[k]) < 0.01);
  }
  for (size_t k = 1; k < nl; k++)
    if (!isnan(x[k]) && !isnan(x[k - 1]))
      assert_true(x[k] > x[k - 1]);
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* A page-sized vertical chart: labels before room for the years.  Forty
 * generated events (seed 1) on a portrait A4 page: keeping room for each
 * busy year first listed 23 of them; labels first, at most half are
 * listed (15 with the fake measurer, as before years got room). */
static void test_vertical_page_labels_first(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_generated(40, 1);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_VERTICAL;
  o.width = 595, o.height = 842, o.page = true;
  tl_scene *s = lay_out(doc, &o);
  check_scene(s, tl_doc_count(doc), "40 events, vertical A4");
  assert_true(tl_scene_listed(s) <= tl_doc_count(doc) / 2);
  tl_scene_free(s);
  tl_doc_free(doc);
  /* A hundred: the list cannot fit beside any useful axis, so it goes on
   * past the page and the axis keeps the page (it used to shrink to 60
   * px and label 4 events). */
  doc = tl_fixture_generated(100, 1);
  s = lay_out(doc, &o);
  check_scene(s, tl_doc_count(doc), "100 events, vertical A4");
  size_t full = 0;
  double axis = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *it = tl_scene_item(s, i);
    full += it->kind == TL_ITEM_LABEL && !(it->style & TL_STYLE_NUMBER);
    axis += it->kind == TL_ITEM_AXIS ? it->h : 0;
  }
  assert_true(axis > 842 / 2.0); /* 601 px: the page less header, margin */
  assert_true(full >= 20);       /* 28 */
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* The sample's 2018-2019 summits on a horizontal chart: with dense
 * stretches given room, 1000 and 1200 px label every event (a linear axis
 * within the cuts listed 6 and 5 of 21). */
static void test_dense_stretch_room(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_sample();
  for (double w = 1000; w <= 1200; w += 200) {
    tl_layout_opts o;
    tl_layout_opts_default(&o);
    o.orientation = TL_ORIENT_HORIZONTAL;
    o.width = w;
    tl_scene *s = lay_out(doc, &o);
    assert_int_equal(tl_scene_listed(s), 0);
    /* ... and the axis says where it is drawn larger. */
    size_t marked = 0, notes = 0;
    for (size_t i = 0; i < tl_scene_count(s); i++) {
      const tl_item *it = tl_scene_item(s, i);
      marked += it->kind == TL_ITEM_AXIS && (it->style & TL_STYLE_MAJOR);
      notes += it->kind == TL_ITEM_BREAK && it->text &&
               strncmp(it->text, "enlarged ", 9) == 0;
    }
    assert_true(marked >= 1 && notes >= 1);
    tl_scene_free(s);
  }
  tl_doc_free(doc);
}

/* ---- event status: drawn, worded, explained, dumped --------------------- */

static void add_event(tl_doc *doc, const char *date, const char *title,
                      const char *status) {
  tl_event e;
  memset(&e, 0, sizeof e);
  assert_int_equal(tl_when_parse(date, strlen(date), &e.date, NULL), TL_OK);
  e.title = title;
  e.type = "summit";
  e.status = status;
  assert_int_equal(tl_doc_add(doc, &e), TL_OK);
}

static tl_doc *status_doc(void) {
  tl_doc *doc = tl_doc_new();
  add_event(doc, "2018-09-19", "Joint Declaration", NULL);
  add_event(doc, "2018-09-24/2018-09-30", "Moon meets Trump", "planned");
  add_event(doc, "2018-06-12", "Singapore summit", "cancelled");
  add_event(doc, "2018-08-02", "Pompeo visits", "inferred");
  return doc;
}

/* The style bits each event's marker or bar and label must carry. */
static const uint16_t status_bits[] = {0, TL_STYLE_PLANNED, TL_STYLE_CANCELLED,
                                       TL_STYLE_INFERRED};

/* Each status is on the event's marker (or bar) and label, and on nothing
 * of a plain event; labels say it after the date, in the bold part: "24–30
 * Sep 2018 (planned)" is 26 bytes (the dash takes 3), "12 Jun 2018
 * (cancelled)" 23, "2 Aug 2018 (date inferred)" 26.  The legend explains
 * the three statuses after the types, in a fixed order. */
static void test_status(void **state) {
  (void)state;
  tl_doc *doc = status_doc();
  static const char *const starts[] = {
      "19 Sep 2018 Joint Declaration",
      "24\xe2\x80\x93"
      "30 Sep 2018 (planned) Moon meets Trump",
      "12 Jun 2018 (cancelled) Singapore summit",
      "2 Aug 2018 (date inferred) Pompeo visits"};
  static const size_t ems[] = {11, 26, 23, 26};
  for (int o = 0; o < 2; o++) {
    tl_layout_opts opts;
    tl_layout_opts_default(&opts);
    opts.orientation = o ? TL_ORIENT_VERTICAL : TL_ORIENT_HORIZONTAL;
    tl_scene *s = lay_out(doc, &opts);
    check_scene(s, 4, o ? "status, vertical" : "status, horizontal");
    size_t drawn[4] = {0}, labels[4] = {0};
    const char *legend[8];
    size_t nl = 0;
    for (size_t i = 0; i < tl_scene_count(s); i++) {
      const tl_item *it = tl_scene_item(s, i);
      if (it->kind == TL_ITEM_LEGEND && it->text && nl < 8)
        legend[nl++] = it->text;
      if (it->event < 0)
        continue;
      size_t e = (size_t)it->event;
      uint16_t bits = it->style & TL_STYLE_STATUS;
      if (it->kind == TL_ITEM_MARKER || it->kind == TL_ITEM_BAR) {
        assert_int_equal(bits, status_bits[e]);
        drawn[e]++;
      } else if (it->kind == TL_ITEM_LABEL) {
        assert_int_equal(bits, status_bits[e]);
        char flat[96];
        snprintf(flat, sizeof flat, "%s", it->text);
        for (char *c = flat; *c; c++)
          *c = *c == '\n' ? ' ' : *c; /* wrapped on the horizontal chart */
        if (strcmp(flat, starts[e]) != 0)
          fail_msg("label %zu reads \"%s\"", e, it->text);
        assert_int_equal(it->text_em, ems[e]);
        labels[e]++;
      }
    }
    for (size_t e = 0; e < 4; e++)
      assert_true(drawn[e] == 1 && labels[e] == 1);
    assert_int_equal(nl, 4);
    assert_string_equal(legend[0], "summit");
    assert_string_equal(legend[1], "planned");
    assert_string_equal(legend[2], "cancelled");
    assert_string_equal(legend[3], "date inferred, not given");
    tl_scene_free(s);
  }
  tl_doc_free(doc);
}

/* --dump-layout names the status on the event's items, and only there;
 * a chart with only planned events explains only "planned". */
static void test_status_dump(void **state) {
  (void)state;
  tl_doc *doc = status_doc();
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_HORIZONTAL;
  tl_scene *s = lay_out(doc, &o);
  char *json;
  size_t len;
  assert_int_equal(tl_scene_dump_json(s, &json, &len), TL_OK);
  static const char *const names[] = {NULL, "planned", "cancelled", "inferred"};
  size_t seen[4] = {0};
  for (char *line = strtok(json, "\n"); line; line = strtok(NULL, "\n")) {
    const char *ev = strstr(line, "\"event\": ");
    if (!ev || strncmp(ev + 9, "null", 4) == 0)
      continue;
    size_t e = strtoul(ev + 9, NULL, 10);
    assert_true(e < 4);
    const char *st = strstr(line, "\"status\": ");
    bool drawn = strstr(line, "\"kind\": \"marker\"") ||
                 strstr(line, "\"kind\": \"bar\"") ||
                 strstr(line, "\"kind\": \"label\"");
    if (!names[e]) {
      assert_null(st);
      continue;
    }
    if (!drawn)
      continue;
    char want[48];
    snprintf(want, sizeof want, "\"status\": \"%s\", \"text\"", names[e]);
    assert_non_null(st);
    assert_memory_equal(st, want, strlen(want));
    seen[e]++;
  }
  for (size_t e = 1; e < 4; e++)
    assert_int_equal(seen[e], 2); /* its marker or bar, and its label */
  free(json);
  tl_scene_free(s);
  tl_doc_free(doc);

  doc = tl_doc_new();
  add_event(doc, "2018-09-19", "Joint Declaration", NULL);
  add_event(doc, "2018-10-15", "Kim to visit Seoul", "planned");
  s = lay_out(doc, &o);
  size_t keys = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *it = tl_scene_item(s, i);
    if (it->kind == TL_ITEM_LEGEND && it->text) {
      assert_true(strcmp(it->text, "cancelled") != 0 &&
                  strncmp(it->text, "date inferred", 13) != 0);
      keys += strcmp(it->text, "planned") == 0;
    }
  }
  assert_int_equal(keys, 1);
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* Listed events keep their status: the list entry says it in words
 * (eight planned events on one day, rows for one label a side: the rest
 * are listed). */
static void test_status_listed(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  for (int i = 0; i < 8; i++)
    add_event(doc, "2020-05-05", "Talks", "planned");
  tl_theme theme;
  tl_theme_default(&theme);
  theme.max_levels = 1;
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_HORIZONTAL;
  tl_measurer m = tl_fake_measurer(NULL);
  tl_diags d;
  tl_diags_init(&d);
  tl_scene *s = NULL;
  assert_int_equal(tl_layout(doc, &theme, &o, &m, &s, &d), TL_OK);
  tl_diags_free(&d);
  size_t listed = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *it = tl_scene_item(s, i);
    if (it->kind != TL_ITEM_LIST || it->event < 0)
      continue;
    listed++;
    assert_int_equal(it->style & TL_STYLE_STATUS, TL_STYLE_PLANNED);
    assert_non_null(strstr(it->text, "5 May 2020 (planned) Talks"));
  }
  assert_true(listed > 0);
  assert_int_equal(listed, tl_scene_listed(s));
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* A listed event's number beside its marker is a badge (TL_STYLE_NUMBER),
 * so "12" by the axis is not read as a tick, and it is the number of the
 * event's list entry; full labels are not badges.  On a vertical chart the
 * badge is level with the dot, left of the axis.  Returns how many. */
static size_t check_badges(const tl_scene *s, bool vertical) {
  size_t badges = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *it = tl_scene_item(s, i);
    if (it->kind != TL_ITEM_LABEL)
      continue;
    bool number = it->text[strspn(it->text, "0123456789")] == '\0';
    assert_int_equal(number, (it->style & TL_STYLE_NUMBER) != 0);
    if (!number)
      continue;
    badges++;
    bool listed = false, level = !vertical;
    for (size_t j = 0; j < tl_scene_count(s); j++) {
      const tl_item *l = tl_scene_item(s, j);
      if (l->event != it->event)
        continue;
      listed |= l->kind == TL_ITEM_LIST &&
                strncmp(l->text, it->text, strlen(it->text)) == 0 &&
                l->text[strlen(it->text)] == '.';
      level |= (l->kind == TL_ITEM_MARKER || l->kind == TL_ITEM_BAR) &&
               it->x + it->w < l->x && it->y <= l->y + l->h / 2 &&
               l->y + l->h / 2 <= it->y + it->h;
    }
    if (!listed || !level)
      fail_msg("badge %s of event %lld: %s", it->text, (long long)it->event,
               listed ? "not beside its dot" : "not its list number");
  }
  return badges;
}

/* Dozens listed: a hundred generated events on a horizontal chart, forty
 * on a portrait A4 page. */
static void test_number_badges(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_generated(100, 5);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_HORIZONTAL;
  tl_scene *s = lay_out(doc, &o);
  assert_true(check_badges(s, false) > 0);
  tl_scene_free(s);
  tl_doc_free(doc);
  doc = tl_fixture_generated(40, 1);
  o.orientation = TL_ORIENT_VERTICAL;
  o.width = 595, o.height = 842, o.page = true;
  s = lay_out(doc, &o);
  check_scene(s, tl_doc_count(doc), "40 events, vertical A4, badges");
  assert_true(check_badges(s, true) > 0);
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* ---- coarse dates: the dot at the date, its period a span ---------------- */

/* The reuters-xi-moscow example read without a document date: a year, two
 * months and three days of March 2022.  The horizontal axis gives March
 * most of its room, so the middle of the year's box fell between 18 and
 * 21 March: the year's dot sat there, and 21 March's label took its
 * leader.  Now every dot stands at its date's middle - the dots are in
 * time order along the axis - each leader ends at its own dot, and each
 * coarse date has one span, its period, under the dot.  On a vertical
 * chart every dot is level with its own label (the ring of "c. 2018"
 * stood beside the label of 12 June). */
static void test_coarse_dots(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  static const char *const dates[] = {"2022",       "2022-02",    "2022-02",
                                      "2022-03-15", "2022-03-18", "2022-03-21"};
  for (size_t i = 0; i < 6; i++)
    add_event(doc, dates[i], "Xi and Putin", NULL);
  for (int o = 0; o < 2; o++) {
    tl_layout_opts opts;
    tl_layout_opts_default(&opts);
    opts.orientation = o ? TL_ORIENT_VERTICAL : TL_ORIENT_HORIZONTAL;
    tl_scene *s = lay_out(doc, &opts);
    check_scene(s, 6, o ? "coarse dates, vertical" : "coarse dates");
    double at[6], lead[6], label[6];
    size_t spans[6] = {0};
    for (size_t e = 0; e < 6; e++)
      at[e] = lead[e] = label[e] = NAN;
    for (size_t i = 0; i < tl_scene_count(s); i++) {
      const tl_item *it = tl_scene_item(s, i);
      if (it->event < 0)
        continue;
      size_t e = (size_t)it->event;
      double along = o ? it->y + it->h / 2 : it->x + it->w / 2;
      if (it->kind == TL_ITEM_MARKER) {
        assert_true(fabs(it->w - it->h) < 0.01); /* a dot, not a period */
        at[e] = along;
      } else if (it->kind == TL_ITEM_SPAN) {
        spans[e]++;
      } else if (it->kind == TL_ITEM_LEADER) {
        lead[e] = o ? it->y : it->x;
      } else if (it->kind == TL_ITEM_LABEL) {
        label[e] = it->y + it->h / 2;
      }
    }
    /* The year's middle is 2 July, after every other date. */
    static const size_t order[] = {1, 3, 4, 5, 0};
    for (size_t k = 1; k < 5; k++)
      if (!(at[order[k]] > at[order[k - 1]]))
        fail_msg("%s: dot %zu at %.2f, not after dot %zu at %.2f",
                 o ? "vertical" : "horizontal", order[k], at[order[k]],
                 order[k - 1], at[order[k - 1]]);
    for (size_t e = 0; e < 6; e++) {
      assert_int_equal(spans[e], e < 3 ? 1 : 0);
      assert_true(fabs(lead[e] - at[e]) <= 4.5); /* its own dot's rim */
      if (o)
        assert_true(fabs(label[e] - at[e]) < 0.5);
    }
    tl_scene_free(s);
  }
  tl_doc_free(doc);
}

/* A dense chart enlarges many stretches; each segment notes only its most
 * enlarged one ("enlarged 3×", "enlarged 5×" and "enlarged 21×" under one
 * segment of three hundred events were a row of noise), and every note
 * still stands under a highlighted stretch. */
static void test_one_note_a_segment(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_generated(300, 1);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  o.orientation = TL_ORIENT_HORIZONTAL;
  tl_scene *s = lay_out(doc, &o);
  size_t notes = 0;
  for (size_t i = 0; i < tl_scene_count(s); i++) {
    const tl_item *seg = tl_scene_item(s, i);
    if (seg->kind != TL_ITEM_AXIS || (seg->style & TL_STYLE_MAJOR))
      continue;
    size_t in_seg = 0;
    for (size_t j = 0; j < tl_scene_count(s); j++) {
      const tl_item *n = tl_scene_item(s, j);
      if (n->kind != TL_ITEM_BREAK || !n->text ||
          strncmp(n->text, "enlarged ", 9) != 0)
        continue;
      double mid = n->x + n->w / 2;
      if (mid < seg->x || mid > seg->x + seg->w)
        continue;
      in_seg++;
      bool under = false;
      for (size_t k = 0; k < tl_scene_count(s); k++) {
        const tl_item *z = tl_scene_item(s, k);
        under |= z->kind == TL_ITEM_AXIS && (z->style & TL_STYLE_MAJOR) &&
                 z->x - 1 <= mid && mid <= z->x + z->w + 1;
      }
      assert_true(under);
    }
    assert_true(in_seg <= 1);
    notes += in_seg;
  }
  assert_true(notes >= 2);
  tl_scene_free(s);
  tl_doc_free(doc);
}

/* events.yaml's "1960s" is a point of type era after an era band: it took
 * the legend swatch's colour, the band's translucent grey, and its dot
 * vanished.  Its dot has the type's colour; the band keeps the band's. */
static void test_era_point_visible(void **state) {
  (void)state;
  tl_doc *doc = tl_doc_new();
  tl_event e;
  memset(&e, 0, sizeof e);
  assert_int_equal(tl_when_parse("1948-09-09/1994-07-08", 21, &e.date, NULL),
                   TL_OK);
  e.title = "Kim Il Sung leads North Korea";
  e.type = "era";
  assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  assert_int_equal(tl_when_parse("196X", 4, &e.date, NULL), TL_OK);
  e.title = "Pyongyang balances between Beijing and Moscow";
  assert_int_equal(tl_doc_add(doc, &e), TL_OK);
  tl_theme theme;
  tl_theme_default(&theme);
  for (int o = 0; o < 2; o++) {
    tl_layout_opts opts;
    tl_layout_opts_default(&opts);
    opts.orientation = o ? TL_ORIENT_VERTICAL : TL_ORIENT_HORIZONTAL;
    tl_scene *s = lay_out(doc, &opts);
    size_t dots = 0;
    for (size_t i = 0; i < tl_scene_count(s); i++) {
      const tl_item *it = tl_scene_item(s, i);
      if (it->kind == TL_ITEM_MARKER && it->event == 1) {
        /* The built-in theme has no colour for era: the palette's first. */
        assert_true(it->fill == theme.palette[0]);
        assert_true((it->fill & 0xff) == 0xff); /* opaque */
        dots++;
      }
      if (it->kind == TL_ITEM_BAND)
        assert_true(it->fill == theme.band);
    }
    assert_int_equal(dots, 1);
    tl_scene_free(s);
  }
  tl_doc_free(doc);
}

static char *dump(const tl_scene *s) {
  char *json;
  size_t len;
  assert_int_equal(tl_scene_dump_json(s, &json, &len), TL_OK);
  return json;
}

static void test_deterministic(void **state) {
  (void)state;
  tl_doc *doc = tl_fixture_generated(300, 3);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  tl_scene *a = lay_out(doc, &o), *b = lay_out(doc, &o);
  char *ja = dump(a), *jb = dump(b);
  assert_string_equal(ja, jb);
  free(ja), free(jb);
  tl_scene_free(a), tl_scene_free(b);
  tl_doc_free(doc);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_sample),
      cmocka_unit_test(test_generated),
      cmocka_unit_test(test_generated_10000),
      cmocka_unit_test(test_deterministic),
      cmocka_unit_test(test_random_docs),
      cmocka_unit_test(test_same_date_order),
      cmocka_unit_test(test_dense_stretch_room),
      cmocka_unit_test(test_vertical_years),
      cmocka_unit_test(test_vertical_lanes),
      cmocka_unit_test(test_vertical_page_labels_first),
      cmocka_unit_test(test_status),
      cmocka_unit_test(test_status_dump),
      cmocka_unit_test(test_status_listed),
      cmocka_unit_test(test_coarse_dots),
      cmocka_unit_test(test_number_badges),
      cmocka_unit_test(test_one_note_a_segment),
      cmocka_unit_test(test_era_point_visible),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
