/* extract_jsonl.c - `--input-format jsonl`: a news archive as a stream.
 *
 * Each line is one article, {"id": ..., "dct": ..., "text": ...}.  Lines
 * are read one at a time into a buffer that grows to the longest line and
 * no further, so memory is bounded by the largest article whatever the
 * size of the archive; with a sink, each article's events are written
 * before the next line is read.  A bad line is reported as FILE:LINE:COL
 * and skipped; the run goes on and exits 1 at the end. */
#include "cli/extract.h"

#include "core/utf8.h"
#include "io/article_json.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* A line longer than this cannot hold an article within the article cap,
 * even with every character escaped. */
#define LINE_MAX_BYTES ((size_t)TL_ARTICLE_MAX_BYTES * 2)

typedef struct line_reader {
  FILE *in;
  char *buf;
  size_t cap;
  size_t len;
  bool too_long;
} line_reader;

/* Reads the next line (without its newline).  Returns false at the end. */
static bool next_line(line_reader *r) {
  r->len = 0;
  r->too_long = false;
  int c = EOF;
  bool any = false;
  while ((c = getc(r->in)) != EOF) {
    any = true;
    if (c == '\n')
      break;
    if (r->len >= LINE_MAX_BYTES) {
      r->too_long = true;
      continue; /* skip the rest of the line */
    }
    if (r->len + 1 >= r->cap) {
      size_t cap = r->cap ? r->cap * 2 : 64 * 1024;
      char *p = realloc(r->buf, cap);
      if (!p) {
        r->too_long = true;
        continue;
      }
      r->buf = p;
      r->cap = cap;
    }
    r->buf[r->len++] = (char)c;
  }
  if (r->len && r->buf[r->len - 1] == '\r')
    r->len--;
  if (r->buf)
    r->buf[r->len] = '\0';
  return any;
}

static bool blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t')
      return false;
  return true;
}

static bool parse_day(const char *s, tl_date *out, char *why, size_t size) {
  tl_when w;
  tl_date_parse_info info;
  if (tl_when_parse(s, strlen(s), &w, &info) != TL_OK) {
    snprintf(why, size, "%s", info.message);
    return false;
  }
  if (w.interval || w.start.precision != TL_PREC_DAY || w.start.flags) {
    snprintf(why, size, "it must be one exact day, such as 2025-09-04");
    return false;
  }
  *out = w.start;
  return true;
}

/* Every 100 articles, a progress line, when stderr is a terminal. */
static void progress(size_t articles, size_t events, bool final) {
  static int tty = -1;
  if (tty < 0)
    tty = isatty(fileno(stderr));
  if (!tty || (!final && articles % 100 != 0))
    return;
  fprintf(stderr, "\rtimeline extract: %zu articles, %zu events%s", articles,
          events, final ? "\n" : "");
}

int read_jsonl(const char *path, tl_extraction *x, const extract_opts *o,
               out_sink *sink, size_t *articles, size_t *undated) {
  bool is_stdin = strcmp(path, "-") == 0;
  const char *name = cli_input_name(path);
  FILE *in = is_stdin ? stdin : fopen(path, "rb");
  if (!in) {
    cli_error("extract", "cannot open %s: %s", path, strerror(errno));
    return EXIT_SYSTEM;
  }
  line_reader r = {in, NULL, 0, 0, false};
  int rc = EXIT_OK;
  size_t lineno = 0;
  while (next_line(&r)) {
    lineno++;
    if (r.too_long) {
      fprintf(stderr,
              "%s:%zu:1: error: line longer than %zu bytes "
              "(articles are limited to %u MiB); skipped\n",
              name, lineno, LINE_MAX_BYTES, TL_ARTICLE_MAX_BYTES >> 20);
      rc = EXIT_INVALID;
      continue;
    }
    if (blank(r.buf ? r.buf : "", r.len))
      continue;
    tl_article a;
    size_t at = 0;
    char why[160];
    tl_status st =
        tl_article_parse_json(r.buf, r.len, &a, &at, why, sizeof why);
    if (st != TL_OK) {
      unsigned col = (unsigned)tl_utf8_count(r.buf, at) + 1;
      fprintf(stderr, "%s:%zu:%u: error: %s; line skipped\n", name, lineno, col,
              why);
      if (st == TL_ERR_NOMEM)
        rc = EXIT_SYSTEM;
      else if (rc == EXIT_OK)
        rc = EXIT_INVALID;
      continue;
    }
    tl_date dct;
    bool have = false;
    if (o->have_dct) {
      dct = o->dct;
      have = true;
    } else if (a.dct) {
      if (!parse_day(a.dct, &dct, why, sizeof why)) {
        fprintf(stderr,
                "%s:%zu:1: error: bad \"dct\" `%s`: %s; line "
                "skipped\n",
                name, lineno, a.dct, why);
        tl_article_free(&a);
        rc = rc == EXIT_OK ? EXIT_INVALID : rc;
        continue;
      }
      have = true;
    }
    char doc[64];
    snprintf(doc, sizeof doc, "%s:%zu", name, lineno);
    tl_extract_options opt = {a.id ? a.id : doc, have ? &dct : NULL,
                              o->gazetteer};
    tl_diags diags;
    tl_diags_init(&diags);
    st = tl_extract(x, a.text, a.text_len, &opt, &diags);
    (*articles)++;
    if (diags.warnings)
      (*undated)++;
    if (diags.errors) {
      for (size_t i = 0; i < diags.count; i++)
        if (diags.items[i].severity == TL_ERROR)
          fprintf(stderr, "%s:%zu: error: %s (in its text)\n", name, lineno,
                  diags.items[i].message);
      rc = rc == EXIT_OK ? EXIT_INVALID : rc;
    } else if (st == TL_ERR_NOMEM) {
      cli_error("extract", "%s:%zu: out of memory", name, lineno);
      rc = EXIT_SYSTEM;
    }
    tl_diags_free(&diags);
    tl_article_free(&a);
    if (sink) {
      if (!stream_events(sink, x, o)) {
        cli_error("extract", "out of memory while writing the events");
        rc = EXIT_SYSTEM;
      }
      tl_extraction_clear(x);
    }
    progress(*articles, sink ? sink->events : tl_extraction_count(x), false);
    if (rc == EXIT_SYSTEM)
      break;
  }
  if (ferror(in)) {
    cli_error("extract", "cannot read %s: %s", name, strerror(errno));
    rc = EXIT_SYSTEM;
  }
  progress(*articles, sink ? sink->events : tl_extraction_count(x), true);
  free(r.buf);
  if (!is_stdin)
    fclose(in);
  return rc;
}
