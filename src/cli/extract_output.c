/* extract_output.c - extracted events out as YAML or JSON lines.
 *
 * Events are written in date order, earliest first, so the file reads as
 * a timeline; events that start together keep the order they were found
 * in.  A whole run is one events file; a streamed run writes the same
 * file piece by piece. */
#include "cli/extract.h"

#include <stdlib.h>
#include <string.h>

int out_open(out_sink *o, const char *path) {
  memset(o, 0, sizeof *o);
  if (!path || strcmp(path, "-") == 0)
    return EXIT_OK;
  char err[512];
  if (tl_stream_open(&o->stream, path, err, sizeof err) != TL_OK) {
    cli_error("extract", "%s", err);
    return EXIT_SYSTEM;
  }
  o->to_file = true;
  return EXIT_OK;
}

void out_write(out_sink *o, const char *data, size_t len) {
  if (o->to_file)
    tl_stream_write(&o->stream, data, len);
  else if (fwrite(data, 1, len, stdout) != len)
    o->failed = true;
}

int out_close(out_sink *o, bool ok) {
  if (!o->to_file) {
    if (fflush(stdout) != 0 || ferror(stdout) || o->failed) {
      cli_error("extract", "cannot write the output");
      return EXIT_SYSTEM;
    }
    return EXIT_OK;
  }
  if (!ok) {
    tl_stream_abort(&o->stream);
    return EXIT_OK;
  }
  char err[512];
  if (tl_stream_commit(&o->stream, err, sizeof err) != TL_OK) {
    cli_error("extract", "%s", err);
    return EXIT_SYSTEM;
  }
  return EXIT_OK;
}

static const tl_extraction *sort_x;

static int by_date(const void *a, const void *b) {
  size_t i = *(const size_t *)a, j = *(const size_t *)b;
  const tl_event *x = tl_extraction_event(sort_x, i);
  const tl_event *y = tl_extraction_event(sort_x, j);
  int64_t x0 = tl_event_first_day(x), y0 = tl_event_first_day(y);
  if (x0 != y0)
    return x0 < y0 ? -1 : 1;
  int64_t x1 = tl_event_last_day(x), y1 = tl_event_last_day(y);
  if (x1 != y1)
    return x1 < y1 ? -1 : 1;
  return (i > j) - (i < j); /* stable: first found first */
}

size_t *events_in_date_order(const tl_extraction *x, bool *ok) {
  size_t n = tl_extraction_count(x);
  *ok = true;
  if (n == 0)
    return NULL;
  size_t *order = malloc(n * sizeof *order);
  if (!order) {
    *ok = false;
    return NULL;
  }
  for (size_t i = 0; i < n; i++)
    order[i] = i;
  sort_x = x;
  qsort(order, n, sizeof *order, by_date);
  return order;
}

/* Writes `text` as a YAML double-quoted scalar when needed. */
static void put_title_line(out_sink *s, const char *title) {
  tl_doc *doc = tl_doc_new();
  char *out = NULL;
  size_t len = 0;
  /* The canonical writer knows YAML's quoting rules; borrow it. */
  if (doc && tl_doc_set_title(doc, title) == TL_OK &&
      tl_doc_write_yaml(doc, &out, &len) == TL_OK) {
    char *nl = strchr(out, '\n');
    if (nl)
      out_write(s, out, (size_t)(nl - out) + 1);
  }
  free(out);
  tl_doc_free(doc);
}

void stream_begin(out_sink *s, const extract_opts *o) {
  if (o->format == OUT_YAML && o->title)
    put_title_line(s, o->title);
}

bool stream_events(out_sink *s, const tl_extraction *x, const extract_opts *o) {
  bool ok;
  size_t *order = events_in_date_order(x, &ok);
  if (!ok)
    return false;
  for (size_t k = 0; k < tl_extraction_count(x); k++) {
    const tl_event *e = tl_extraction_event(x, order[k]);
    char *text = NULL;
    size_t len = 0;
    tl_status st = o->format == OUT_YAML
                       ? tl_event_write_yaml(e, 2, &text, &len)
                       : tl_event_write_json(e, &text, &len);
    if (st != TL_OK) {
      free(order);
      return false;
    }
    if (o->format == OUT_YAML)
      out_write(s, s->events ? "\n" : "events:\n", s->events ? 1 : 8);
    out_write(s, text, len);
    if (o->format == OUT_JSONL)
      out_write(s, "\n", 1);
    s->events++;
    free(text);
  }
  free(order);
  return true;
}

void stream_end(out_sink *s, const extract_opts *o) {
  if (o->format == OUT_YAML && s->events == 0)
    out_write(s, "events: []\n", 11);
}

int write_all_events(const tl_extraction *x, const extract_opts *o) {
  out_sink s;
  int rc = out_open(&s, o->output);
  if (rc != EXIT_OK)
    return rc;
  stream_begin(&s, o);
  bool ok = stream_events(&s, x, o);
  stream_end(&s, o);
  if (!ok)
    cli_error("extract", "out of memory while writing the events");
  rc = out_close(&s, ok);
  return ok ? rc : EXIT_SYSTEM;
}
