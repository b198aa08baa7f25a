/* cmd_extract.c - `timeline extract`: what a news text says about time.
 *
 * `--mentions` lists every temporal expression with its TIMEX3 value; the
 * default mode, events, lives in extract_events.c and is dispatched to
 * from cmd_extract below. */
#include "cli/cli.h"

#include "cli/extract.h"

#include "core/strbuf.h"
#include "extract/text_check.h"
#include "extract/timex_format.h"

#include <stdlib.h>
#include <string.h>

/* Larger inputs are refused: no news text comes near it. */
#define EXTRACT_MAX_BYTES (64u * 1024u * 1024u)

enum { OPT_MENTIONS = 1, OPT_DCT, OPT_FORMAT, OPT_HELP };

static const cli_option options[] = {{"mentions", 0, false, OPT_MENTIONS},
                                     {"dct", 0, true, OPT_DCT},
                                     {"format", 'f', true, OPT_FORMAT},
                                     {"help", 'h', false, OPT_HELP},
                                     {NULL, 0, false, 0}};

static void usage(FILE *out) {
  fputs(
      "Usage: timeline extract --mentions [--dct DATE] "
      "[--format jsonl|timeml|yaml] [FILE...|-]\n"
      "\n"
      "Find every temporal expression in English news text (\"on Thursday\",\n"
      "\"last year\", \"the 1950s\", \"six years\", \"every week\") and give "
      "its\n"
      "TimeML TIMEX3 type and value.  Files are read whole; `-` or no file\n"
      "reads standard input.  Several files give several documents.\n"
      "\n"
      "Options:\n"
      "  --mentions        list the temporal expressions (this mode)\n"
      "  --dct DATE        the document creation time, a day such as\n"
      "                    2025-09-04 or \"4 September 2025\"; relative\n"
      "                    expressions are resolved against it.  Without\n"
      "                    it they keep X placeholders (XXXX-WXX-4).\n"
      "  -f, --format FMT  jsonl (default): one JSON object per mention with\n"
      "                    doc, start, end (byte offsets), text, type, value\n"
      "                    and mod; timeml: the text with inline TIMEX3 tags;\n"
      "                    yaml: a list of mentions per document\n"
      "  -h, --help        show this help\n"
      "\n"
      "Exit status: 0 success, 1 invalid input (not UTF-8 text, too large),\n"
      "2 usage error, 3 a file could not be read.\n",
      out);
}

/* ---- mentions mode --------------------------------------------------------
 */

typedef enum { FMT_JSONL, FMT_TIMEML, FMT_YAML } mention_format;

typedef struct mentions_opts {
  bool have_dct;
  tl_date dct;
  mention_format format;
} mentions_opts;

static bool mentions_parse_dct(const char *arg, tl_date *out) {
  tl_when when;
  tl_date_parse_info info;
  if (tl_when_parse(arg, strlen(arg), &when, &info) != TL_OK) {
    cli_error("extract", "bad --dct `%s`: %s", arg, info.message);
    return false;
  }
  if (when.interval || when.start.precision != TL_PREC_DAY ||
      when.start.flags) {
    cli_error("extract",
              "bad --dct `%s`: the creation time must be one exact day, "
              "such as 2025-09-04",
              arg);
    return false;
  }
  *out = when.start;
  return true;
}

static bool mentions_parse_format(const char *arg, mention_format *out) {
  if (strcmp(arg, "jsonl") == 0)
    *out = FMT_JSONL;
  else if (strcmp(arg, "timeml") == 0)
    *out = FMT_TIMEML;
  else if (strcmp(arg, "yaml") == 0)
    *out = FMT_YAML;
  else {
    cli_error("extract", "unknown format `%s`; use jsonl, timeml or yaml", arg);
    return false;
  }
  return true;
}

/* One document: read, tag, write to stdout.  Returns an exit code. */
static int mentions_file(const char *path, void *ctx) {
  const mentions_opts *o = ctx;
  char *text;
  size_t len;
  int rc = cli_read_input("extract", path, EXTRACT_MAX_BYTES, &text, &len);
  if (rc != EXIT_OK)
    return rc;
  const char *doc = cli_input_name(path);
  /* Offsets are bytes as read, but a byte that is not UTF-8 would make the
   * JSON and TimeML outputs invalid: refuse it where it is. */
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status checked = tl_text_check(text, len, doc, &diags);
  cli_report(&diags, text, len);
  tl_diags_free(&diags);
  if (checked != TL_OK) {
    free(text);
    return cli_exit_code(checked);
  }
  tl_timex_list list = {NULL, 0, 0};
  const tl_date *dct = o->have_dct ? &o->dct : NULL;
  tl_status st = tl_timex_find(text, len, dct, &list);
  tl_strbuf b = TL_STRBUF_INIT;
  if (st == TL_OK) {
    if (o->format == FMT_JSONL)
      tl_mentions_jsonl(&b, doc, text, &list);
    else if (o->format == FMT_TIMEML)
      tl_mentions_timeml(&b, doc, text, len, dct, &list);
    else
      tl_mentions_yaml(&b, doc, text, dct, &list);
    if (b.failed)
      st = TL_ERR_NOMEM;
  }
  if (st == TL_OK && b.len)
    fwrite(b.data, 1, b.len, stdout);
  if (st != TL_OK)
    cli_error("extract", "%s: %s", doc, tl_status_str(st));
  tl_strbuf_free(&b);
  tl_timex_list_free(&list);
  free(text);
  return cli_exit_code(st);
}

static int mentions_run(const cli_files *files, mentions_opts *o) {
  int worst = cli_files_run(files, "-", mentions_file, o);
  if (fflush(stdout) != 0 || ferror(stdout)) {
    cli_error("extract", "cannot write the output");
    return EXIT_SYSTEM;
  }
  return worst;
}

/* ---- the command -----------------------------------------------------------
 */

int cmd_extract(int argc, char **argv) {
  /* Without --mentions this is the event mode (extract_events.c). */
  bool wants_mentions = false;
  for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++)
    wants_mentions = wants_mentions || strcmp(argv[i], "--mentions") == 0;
  if (!wants_mentions)
    return cli_extract_events(argc, argv);
  cli_args a;
  cli_args_init(&a, "extract", argc, argv);
  mentions_opts opts = {false, {0, 0, 0, 0, 0}, FMT_JSONL};
  cli_files files = {{NULL}, 0};
  const char *value;
  int id;
  while ((id = cli_next(&a, options, &value)) != CLI_END) {
    switch (id) {
    case CLI_ERROR:
      return cli_usage_hint("extract");
    case CLI_POSITIONAL:
      if (!cli_files_add(&files, "extract", value))
        return EXIT_USAGE;
      break;
    case OPT_MENTIONS: /* how we got here */
      break;
    case OPT_DCT:
      if (!mentions_parse_dct(value, &opts.dct))
        return cli_usage_hint("extract");
      opts.have_dct = true;
      break;
    case OPT_FORMAT:
      if (!mentions_parse_format(value, &opts.format))
        return cli_usage_hint("extract");
      break;
    case OPT_HELP:
      usage(stdout);
      return EXIT_OK;
    }
  }
  return mentions_run(&files, &opts);
}
