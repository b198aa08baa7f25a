/* extract_merge.c - `--merge FILE`: new events into a file people edit.
 *
 * The file must load cleanly first; otherwise its own diagnostics are
 * shown and nothing is written.  Events already in it (tl_event_same_
 * happening: a shared quote, or compatible dates with alike titles or a
 * shared actor) are skipped and named on stderr; the rest are appended as
 * text after the last item of `events:` (io/yaml_patch.c), so every byte
 * the author wrote stays where it was.  The write is atomic, and a file
 * with nothing new is not rewritten at all. */
#include "cli/extract.h"

#include "io/files.h"
#include "io/yaml_patch.h"
#include "io/ytree.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The file's events sorted by first day, for a window search. */
typedef struct existing {
  const tl_doc *doc;
  size_t *order;
  size_t count;
} existing;

static const tl_doc *sort_doc;

static int by_first_day(const void *a, const void *b) {
  int64_t x = tl_event_first_day(tl_doc_event(sort_doc, *(const size_t *)a));
  int64_t y = tl_event_first_day(tl_doc_event(sort_doc, *(const size_t *)b));
  return (x > y) - (x < y);
}

/* An event of the file that is the same happening, or NULL.  Only events
 * starting within a year and a half of it are compared, and those with the
 * same quote, so a large file stays fast. */
static const tl_event *find_same(const existing *ex, const tl_event *e) {
  int64_t first = tl_event_first_day(e);
  int64_t lo = first == INT64_MIN ? INT64_MIN : first - 550;
  size_t a = 0, b = ex->count;
  while (a < b) {
    size_t m = a + (b - a) / 2;
    if (tl_event_first_day(tl_doc_event(ex->doc, ex->order[m])) < lo)
      a = m + 1;
    else
      b = m;
  }
  int64_t last = tl_event_last_day(e);
  for (size_t i = a; i < ex->count; i++) {
    const tl_event *o = tl_doc_event(ex->doc, ex->order[i]);
    if (last != INT64_MAX && tl_event_first_day(o) > last + 550)
      break;
    if (tl_event_same_happening(o, e))
      return o;
  }
  /* A long interval or a re-dated event: look for the same sentence. */
  for (size_t i = 0; i < ex->count && e->source_count; i++) {
    const tl_event *o = tl_doc_event(ex->doc, i);
    for (size_t s = 0; s < o->source_count; s++)
      if (o->sources[s].quote && e->sources[0].quote &&
          strcmp(o->sources[s].quote, e->sources[0].quote) == 0 &&
          tl_event_same_happening(o, e))
        return o;
  }
  return NULL;
}

static void say(const char *what, const tl_event *e, const tl_event *like) {
  char date[TL_WHEN_MAX];
  tl_when_format(&e->date, date);
  if (like && like->line)
    fprintf(stderr, "  %s %s  %s  (as line %u: %s)\n", what, date, e->title,
            like->line, like->title);
  else
    fprintf(stderr, "  %s %s  %s\n", what, date, e->title);
}

/* A file that does not exist yet becomes a new events file. */
static int merge_into_new(const tl_extraction *x, const extract_opts *o) {
  extract_opts w = *o;
  w.output = o->output ? o->output : o->merge;
  w.format = OUT_YAML;
  int rc = write_all_events(x, &w);
  if (rc == EXIT_OK)
    fprintf(stderr, "timeline extract: %s: created with %zu event%s\n",
            w.output, tl_extraction_count(x),
            tl_extraction_count(x) == 1 ? "" : "s");
  return rc;
}

int merge_events(const tl_extraction *x, const extract_opts *o) {
  struct stat st;
  if (stat(o->merge, &st) != 0 && errno == ENOENT)
    return merge_into_new(x, o);
  char *text;
  size_t len;
  int rc =
      cli_read_input("extract", o->merge, TL_EVENTS_MAX_BYTES, &text, &len);
  if (rc != EXIT_OK)
    return rc;
  const char *name = cli_input_name(o->merge);
  tl_diags diags;
  tl_diags_init(&diags);
  tl_doc *doc = NULL;
  tl_ytree tree = {0};
  size_t *order = NULL;
  const tl_event **added = NULL;
  char *out = NULL;
  size_t out_len = 0;
  tl_status s = tl_doc_parse(text, len, name, &doc, &diags);
  if (s != TL_OK) {
    cli_report_min(&diags, text, len, TL_ERROR);
    cli_error("extract", "%s is not a valid events file; nothing was written",
              name);
    rc = cli_exit_code(s);
    goto done;
  }
  if ((s = tl_ytree_parse(text, len, name, &tree, &diags)) != TL_OK) {
    rc = cli_exit_code(s);
    goto done;
  }
  tl_append_site site;
  tl_append_site_find(&tree, text, len, &site);
  if (site.kind == TL_APPEND_REFUSED) {
    cli_error("extract",
              "%s:%u: `events:` is written as a flow list `[...]`; new events "
              "can only be added to a block list (one `- date: ...` per "
              "item), so nothing was written",
              name, site.line);
    rc = EXIT_INVALID;
    goto done;
  }
  existing ex = {doc, NULL, tl_doc_count(doc)};
  ex.order = malloc((ex.count + 1) * sizeof *ex.order);
  bool ok;
  order = events_in_date_order(x, &ok);
  added = malloc((tl_extraction_count(x) + 1) * sizeof *added);
  if (!ex.order || !ok || !added) {
    cli_error("extract", "out of memory");
    free(ex.order);
    rc = EXIT_SYSTEM;
    goto done;
  }
  for (size_t i = 0; i < ex.count; i++)
    ex.order[i] = i;
  sort_doc = doc;
  qsort(ex.order, ex.count, sizeof *ex.order, by_first_day);
  size_t nadded = 0, skipped = 0;
  for (size_t k = 0; k < tl_extraction_count(x); k++) {
    const tl_event *e = tl_extraction_event(x, order[k]);
    const tl_event *same = find_same(&ex, e);
    if (same) {
      skipped++;
      say("skipped", e, same);
    } else {
      added[nadded++] = e;
      say("added  ", e, NULL);
    }
  }
  free(ex.order);
  fprintf(stderr,
          "timeline extract: %s: added %zu event%s, skipped %zu "
          "already there\n",
          name, nadded, nadded == 1 ? "" : "s", skipped);
  const char *target = o->output ? o->output : o->merge;
  if (nadded == 0 && !o->output)
    goto done; /* nothing new: the file is left alone */
  if ((s = tl_append_events(text, len, &site, added, nadded, &out, &out_len)) !=
      TL_OK) {
    cli_error("extract", "%s", tl_status_str(s));
    rc = cli_exit_code(s);
    goto done;
  }
  if (site.kind == TL_APPEND_EMPTY_FLOW && nadded)
    fprintf(stderr,
            "timeline extract: %s:%u: the empty value of `events:` "
            "gave way to the list\n",
            name, site.line);
  /* The result must load: never write a file the tools cannot read. */
  tl_doc *check = NULL;
  tl_diags again;
  tl_diags_init(&again);
  s = tl_doc_parse(out, out_len, target, &check, &again);
  tl_doc_free(check);
  if (s != TL_OK) {
    cli_report_min(&again, out, out_len, TL_ERROR);
    cli_error("extract", "internal error: the merged file would not load; "
                         "nothing was written");
    tl_diags_free(&again);
    rc = EXIT_SYSTEM;
    goto done;
  }
  tl_diags_free(&again);
  char err[512];
  if (tl_write_file_atomic(target, out, out_len, err, sizeof err) != TL_OK) {
    cli_error("extract", "%s", err);
    rc = EXIT_SYSTEM;
  }
done:
  free(out);
  free(added);
  free(order);
  tl_ytree_free(&tree);
  tl_doc_free(doc);
  tl_diags_free(&diags);
  free(text);
  return rc;
}
