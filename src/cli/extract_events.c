/* extract_events.c - `timeline extract`: events from news text.
 *
 * Reads articles (files, standard input, or JSON lines), extracts their
 * events with tl_extract, folds the same happening from several articles
 * into one event, and writes an events file (YAML, or JSON lines), or adds
 * the new events to an existing file with --merge.  The `--mentions` mode
 * of the same command lives in cmd_extract.c. */
#include "cli/extract.h"

#include "io/files.h"

#include <stdlib.h>
#include <string.h>

enum {
  OPT_DCT = 1,
  OPT_OUTPUT,
  OPT_MERGE,
  OPT_FORMAT,
  OPT_INPUT_FORMAT,
  OPT_GAZETTEER,
  OPT_TITLE,
  OPT_HELP
};

static const cli_option options[] = {
    {"dct", 0, true, OPT_DCT},
    {"output", 'o', true, OPT_OUTPUT},
    {"merge", 'm', true, OPT_MERGE},
    {"format", 'f', true, OPT_FORMAT},
    {"input-format", 0, true, OPT_INPUT_FORMAT},
    {"gazetteer", 0, true, OPT_GAZETTEER},
    {"title", 0, true, OPT_TITLE},
    {"help", 'h', false, OPT_HELP},
    {NULL, 0, false, 0}};

void cli_extract_usage(FILE *out) {
  fputs(
      "Usage: timeline extract [options] [FILE...|-]\n"
      "       timeline extract --mentions [--dct DATE] [--format FMT] "
      "[FILE...|-]\n"
      "\n"
      "Find the events in English news text and write them as an events\n"
      "file: a dated clause becomes an event with a short title, actors,\n"
      "place, type and the sentence it came from.  The same happening in\n"
      "several sentences or articles becomes one event with several\n"
      "sources.  Each FILE is one article; `-` or no FILE reads standard\n"
      "input.\n"
      "\n"
      "Options:\n"
      "      --dct DATE          the date the articles were written, e.g.\n"
      "                          2025-09-04.  Without it the date comes from\n"
      "                          each text (front matter, a `Published:`\n"
      "                          line, a dateline such as \"SEOUL, Jan. 4\n"
      "                          (Yonhap) --\"); else relative dates are\n"
      "                          anchored on the text's own dates and marked\n"
      "                          `status: inferred`.  The clock is never "
      "used.\n"
      "  -o, --output FILE       write to FILE (atomically), not standard\n"
      "                          output\n"
      "  -m, --merge FILE        add the new events to the events file FILE,\n"
      "                          changing none of its bytes; events already\n"
      "                          in it are skipped; stderr lists both\n"
      "  -f, --format FMT        yaml (default) or jsonl: one JSON object per\n"
      "                          event, with the events file's keys\n"
      "      --input-format FMT  text (default), or jsonl: one article per\n"
      "                          line, {\"id\": ..., \"dct\": ..., \"text\": "
      "...},\n"
      "                          read as a stream in memory bounded by the\n"
      "                          largest article (events are then merged\n"
      "                          within each article, not across them,\n"
      "                          unless --merge is given)\n"
      "      --gazetteer FILE    add or override names (people, countries,\n"
      "                          organizations, places) from a YAML file\n"
      "      --title TEXT        the events file's title (default: the\n"
      "                          article's headline or front matter title,\n"
      "                          else \"Events from FILE\")\n"
      "      --mentions          list temporal expressions instead of events\n"
      "                          (see `timeline extract --mentions --help`)\n"
      "  -h, --help              show this help\n"
      "\n"
      "Exit status: 0 success, 1 invalid input (not UTF-8, a bad JSON line,\n"
      "an invalid --merge file), 2 usage error, 3 a file could not be read\n"
      "or written.\n",
      out);
}

static bool parse_dct(const char *arg, tl_date *out) {
  tl_when w;
  tl_date_parse_info info;
  if (tl_when_parse(arg, strlen(arg), &w, &info) != TL_OK) {
    cli_error("extract", "bad --dct `%s`: %s", arg, info.message);
    return false;
  }
  if (w.interval || w.start.precision != TL_PREC_DAY || w.start.flags) {
    cli_error("extract",
              "bad --dct `%s`: the document date must be one exact day, "
              "such as 2025-09-04",
              arg);
    return false;
  }
  *out = w.start;
  return true;
}

static const char *base_name(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? slash + 1 : path;
}

/* One text article, read whole. */
static int text_article(const char *path, tl_extraction *x,
                        const extract_opts *o) {
  char *text;
  size_t len;
  int rc = cli_read_input("extract", path, TL_ARTICLE_MAX_BYTES, &text, &len);
  if (rc != EXIT_OK)
    return rc;
  const char *name = strcmp(path, "-") == 0 ? "stdin" : path;
  tl_extract_options opt = {name, o->have_dct ? &o->dct : NULL, o->gazetteer};
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status st = tl_extract(x, text, len, &opt, &diags);
  cli_report(&diags, text, len);
  if (st == TL_ERR_NOMEM)
    cli_error("extract", "%s: out of memory", name);
  tl_diags_free(&diags);
  free(text);
  return cli_exit_code(st);
}

static tl_gazetteer *load_gazetteer(const char *path, int *rc) {
  char *text;
  size_t len;
  *rc = cli_read_input("extract", path, 16u * 1024u * 1024u, &text, &len);
  if (*rc != EXIT_OK)
    return NULL;
  tl_gazetteer *g = tl_gazetteer_new();
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status st =
      g ? tl_gazetteer_parse(g, text, len, cli_input_name(path), &diags)
        : TL_ERR_NOMEM;
  cli_report(&diags, text, len);
  if (st != TL_OK) {
    cli_error("extract", "cannot use the gazetteer %s", cli_input_name(path));
    tl_gazetteer_free(g);
    g = NULL;
    *rc = cli_exit_code(st);
  }
  tl_diags_free(&diags);
  free(text);
  return g;
}

/* One article's events are named by its headline, as a reader would name
 * them; several articles share no headline. */
static const char *default_title(const tl_extraction *x, char **files,
                                 int nfiles, const extract_opts *o) {
  static char title[160];
  const char *headline = tl_extraction_headline(x);
  if (o->jsonl_input || nfiles > 1)
    return "Extracted events";
  if (headline)
    return headline;
  if (strcmp(files[0], "-") == 0)
    return "Extracted events";
  snprintf(title, sizeof title, "Events from %s", base_name(files[0]));
  return title;
}

static int run(char **files, int nfiles, extract_opts *o) {
  static char *stdin_only[] = {"-"};
  if (nfiles == 0) {
    files = stdin_only;
    nfiles = 1;
  }
  tl_extraction *x = tl_extraction_new();
  if (!x) {
    cli_error("extract", "out of memory");
    return EXIT_SYSTEM;
  }
  int worst = EXIT_OK;
  /* JSON lines without --merge stream: each article's events are written
   * before the next is read. */
  bool streaming = o->jsonl_input && !o->merge;
  out_sink sink;
  if (streaming) {
    if ((worst = out_open(&sink, o->output)) != EXIT_OK) {
      tl_extraction_free(x);
      return worst;
    }
    if (!o->title)
      o->title = default_title(x, files, nfiles, o);
    stream_begin(&sink, o);
  }
  size_t articles = 0, undated = 0;
  for (int i = 0; i < nfiles && worst != EXIT_SYSTEM; i++) {
    int rc = o->jsonl_input
                 ? read_jsonl(files[i], x, o, streaming ? &sink : NULL,
                              &articles, &undated)
                 : text_article(files[i], x, o);
    if (rc > worst)
      worst = rc;
  }
  if (o->jsonl_input && undated)
    cli_warning("extract",
                "%zu of %zu articles had no usable date (no \"dct\", "
                "dateline or `Published:` line): their relative dates are "
                "anchored in the text and marked inferred; add \"dct\" to "
                "the lines or pass --dct",
                undated, articles);
  if (!o->title)
    o->title = default_title(x, files, nfiles, o);
  int rc;
  if (streaming) {
    stream_end(&sink, o);
    rc = out_close(&sink, worst != EXIT_SYSTEM);
  } else if (worst != EXIT_OK && !o->jsonl_input) {
    /* A run with an unreadable or invalid article writes nothing: better
     * no output than one that silently lacks an article. */
    cli_error("extract", "nothing was written");
    rc = worst;
  } else if (worst == EXIT_SYSTEM) {
    rc = worst;
  } else if (o->merge) {
    rc = merge_events(x, o);
  } else {
    rc = write_all_events(x, o);
  }
  tl_extraction_free(x);
  return rc > worst ? rc : worst;
}

int cli_extract_events(int argc, char **argv) {
  cli_args a;
  cli_args_init(&a, "extract", argc, argv);
  extract_opts o;
  memset(&o, 0, sizeof o);
  char **files = calloc((size_t)argc + 1, sizeof *files);
  if (!files) {
    cli_error("extract", "out of memory");
    return EXIT_SYSTEM;
  }
  int nfiles = 0, rc = EXIT_OK;
  const char *gazetteer = NULL;
  const char *value;
  int id;
  while (rc == EXIT_OK && (id = cli_next(&a, options, &value)) != CLI_END) {
    switch (id) {
    case CLI_ERROR:
      rc = cli_usage_hint("extract");
      break;
    case CLI_POSITIONAL:
      files[nfiles++] = (char *)value;
      break;
    case OPT_DCT:
      if (!parse_dct(value, &o.dct))
        rc = cli_usage_hint("extract");
      o.have_dct = true;
      break;
    case OPT_OUTPUT:
      o.output = value;
      break;
    case OPT_MERGE:
      o.merge = value;
      break;
    case OPT_FORMAT:
      if (strcmp(value, "yaml") == 0)
        o.format = OUT_YAML;
      else if (strcmp(value, "jsonl") == 0)
        o.format = OUT_JSONL;
      else {
        cli_error("extract", "unknown format `%s`; use yaml or jsonl", value);
        rc = cli_usage_hint("extract");
      }
      break;
    case OPT_INPUT_FORMAT:
      if (strcmp(value, "text") == 0)
        o.jsonl_input = false;
      else if (strcmp(value, "jsonl") == 0)
        o.jsonl_input = true;
      else {
        cli_error("extract", "unknown input format `%s`; use text or jsonl",
                  value);
        rc = cli_usage_hint("extract");
      }
      break;
    case OPT_GAZETTEER:
      gazetteer = value;
      break;
    case OPT_TITLE:
      if (!*value) {
        cli_error("extract", "--title needs a non-empty title");
        rc = cli_usage_hint("extract");
      }
      o.title = value;
      break;
    case OPT_HELP:
      cli_extract_usage(stdout);
      free(files);
      return EXIT_OK;
    }
  }
  if (rc == EXIT_OK && o.merge && o.format == OUT_JSONL) {
    cli_error("extract", "--merge adds to a YAML events file; it cannot be "
                         "used with --format jsonl");
    rc = cli_usage_hint("extract");
  }
  int stdin_uses = 0;
  for (int i = 0; i < nfiles; i++)
    stdin_uses += strcmp(files[i], "-") == 0;
  if (rc == EXIT_OK && stdin_uses > 1) {
    cli_error("extract", "standard input (`-`) can be read only once");
    rc = cli_usage_hint("extract");
  }
  tl_gazetteer *g = NULL;
  if (rc == EXIT_OK && gazetteer) {
    g = load_gazetteer(gazetteer, &rc);
    o.gazetteer = g;
  }
  if (rc == EXIT_OK)
    rc = run(files, nfiles, &o);
  tl_gazetteer_free(g);
  free(files);
  return rc;
}
