/* scene_check.h - the renderer's promises, checked on a finished scene.
 *
 * Works on plain item arrays so the same checks run on a tl_scene in memory
 * and on the JSON that `timeline render --dump-layout` writes. */
#ifndef TL_TEST_SCENE_CHECK_H
#define TL_TEST_SCENE_CHECK_H

#include "timeline.h"

typedef struct scene_report {
  size_t labels, markers, listed, breaks, ticks;
  size_t label_overlaps;        /* two label boxes overlap */
  size_t label_marker_overlaps; /* a label covers a marker, bar or axis */
  size_t label_tick_overlaps;   /* a label covers a tick or cut label */
  size_t tick_overlaps;         /* two tick labels overlap */
  size_t leader_crossings;      /* a leader crosses another event's label */
  size_t missing_marker;        /* an event without marker, bar or band */
  size_t missing_label;         /* an event with neither label nor list */
  size_t duplicate_labels;      /* an event with two labels */
  char first_problem[256];
} scene_report;

/* Checks items against every promise; `events` is how many events the
 * scene should show (indices 0..events-1). */
void scene_check(const tl_item *items, size_t n, size_t events,
                 scene_report *report);
bool scene_report_ok(const scene_report *report);

/* A copy of the scene's items (texts borrowed); free() it. */
tl_item *scene_items(const tl_scene *scene, size_t *n);

/* Items from --dump-layout JSON (one item per line, as tl_scene_dump_json
 * writes it); texts are "" or NULL.  NULL on a malformed file. */
tl_item *scene_parse_json(const char *json, size_t *n, double *width,
                          double *height);

#endif
