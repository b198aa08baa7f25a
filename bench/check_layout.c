/* check_layout.c - the renderer's promises, checked on --dump-layout JSON.
 *
 *   check_layout LAYOUT.json EVENT-COUNT
 *
 * Prints what test_layout checks (overlaps, leaders, ticks, completeness)
 * as one line and exits 1 when a promise is broken. */
#include "timeline.h"

#include "support/run.h"
#include "support/scene_check.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc != 3) {
    fputs("usage: check_layout LAYOUT.json EVENT-COUNT\n", stderr);
    return 2;
  }
  size_t len, n;
  char *text = slurp(argv[1], &len);
  double w, h;
  tl_item *items = text ? scene_parse_json(text, &n, &w, &h) : NULL;
  if (!items) {
    fprintf(stderr, "check_layout: cannot read %s\n", argv[1]);
    return 3;
  }
  scene_report r;
  scene_check(items, n, strtoul(argv[2], NULL, 10), &r);
  printf("%s: %.0fx%.0f, %zu labels, %zu listed, %zu markers, %zu cuts, "
         "%zu tick labels; overlaps: label/label %zu, label/marker+axis %zu, "
         "label/tick %zu, tick/tick %zu, leader/label %zu; missing: marker "
         "%zu, label-or-list %zu; duplicate labels %zu%s%s\n",
         argv[1], w, h, r.labels, r.listed, r.markers, r.breaks, r.ticks,
         r.label_overlaps, r.label_marker_overlaps, r.label_tick_overlaps,
         r.tick_overlaps, r.leader_crossings, r.missing_marker,
         r.missing_label, r.duplicate_labels, r.first_problem[0] ? "; " : "",
         r.first_problem);
  bool ok = scene_report_ok(&r);
  free(items);
  free(text);
  return ok ? 0 : 1;
}
