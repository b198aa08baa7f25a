/* bench_layout.c - layout and drawing time for 100 ... 10,000 events.
 *
 *   bench_layout [REPS]
 *
 * For each size: layout with the fake measurer (pure layout cost), layout
 * with Pango (what `timeline render` pays), then drawing the scene to SVG
 * and PNG in memory-backed files under /tmp.  Prints medians in ms. */
#include "timeline.h"

#include "support/fake_measure.h"
#include "support/layout_fixtures.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp);
  return v[n / 2];
}

static tl_scene *lay_out(const tl_doc *doc, const tl_measurer *m) {
  tl_theme theme;
  tl_theme_default(&theme);
  tl_layout_opts o;
  tl_layout_opts_default(&o);
  tl_diags d;
  tl_diags_init(&d);
  tl_scene *s = NULL;
  if (tl_layout(doc, &theme, &o, m, &s, &d) != TL_OK)
    exit(1);
  tl_diags_free(&d);
  return s;
}

int main(int argc, char **argv) {
  int reps = argc > 1 ? atoi(argv[1]) : 5;
  if (reps < 1 || reps > 100)
    reps = 5;
  static const size_t sizes[] = {100, 300, 1000, 10000};
  tl_measurer fake = tl_fake_measurer(NULL), pango;
  printf("| events | layout, fake measurer | layout, Pango | draw SVG | "
         "draw PNG | orientation | labelled |\n|---|---|---|---|---|---|---|\n");
  for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
    tl_doc *doc = tl_fixture_generated(sizes[k], 1);
    double t[4][100];
    tl_scene *last = NULL;
    for (int r = 0; r < reps; r++) {
      double t0 = now_ms();
      tl_scene *s = lay_out(doc, &fake);
      double t1 = now_ms(), fake_ms = t1 - t0;
      tl_scene_free(s);
      /* A fresh measurer each time: its cache starts cold, as in a run of
       * `timeline render`. */
      if (tl_measurer_pango_new(&pango) != TL_OK)
        return 1;
      t1 = now_ms();
      s = lay_out(doc, &pango);
      double t2 = now_ms();
      tl_measurer_pango_free(&pango);
      char err[256];
      tl_render_file(s, TL_FORMAT_SVG, 1, "/tmp/bench_layout.svg", err,
                     sizeof err);
      double t3 = now_ms();
      tl_status st = tl_render_file(s, TL_FORMAT_PNG, 1,
                                    "/tmp/bench_layout.png", err, sizeof err);
      double t4 = now_ms();
      t[0][r] = fake_ms, t[1][r] = t2 - t1, t[2][r] = t3 - t2;
      t[3][r] = st == TL_OK ? t4 - t3 : -1;
      tl_scene_free(last);
      last = s;
    }
    size_t labels = 0;
    for (size_t i = 0; i < tl_scene_count(last); i++)
      labels += tl_scene_item(last, i)->kind == TL_ITEM_LABEL;
    printf("| %zu | %.1f ms | %.1f ms | %.1f ms | %.1f ms | %s | %zu |\n",
           sizes[k], median(t[0], reps), median(t[1], reps),
           median(t[2], reps), median(t[3], reps),
           tl_scene_orientation(last) == TL_ORIENT_VERTICAL ? "vertical"
                                                            : "horizontal",
           labels);
    tl_scene_free(last);
    tl_doc_free(doc);
  }
  return 0;
}
