/* cmd_check.c - `timeline check`: load and validate events files. */
#include "cli/cli.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_HELP = 1, OPT_LIST, OPT_QUIET, OPT_STRICT };

static const cli_option options[] = {{"help", 'h', false, OPT_HELP},
                                     {"list", 'l', false, OPT_LIST},
                                     {"quiet", 'q', false, OPT_QUIET},
                                     {"strict", 0, false, OPT_STRICT},
                                     {NULL, 0, false, 0}};

static void usage(FILE *out) {
  fputs("Usage: timeline check [options] [FILE...]\n"
        "\n"
        "Load and validate events files (default: events.yaml) and print\n"
        "every problem found, each with its file:line:col.\n"
        "\n"
        "Options:\n"
        "  -l, --list     also print the events, one per line\n"
        "  -q, --quiet    print errors only (no warnings, no summary)\n"
        "      --strict   treat warnings as errors\n"
        "  -h, --help     show this help\n"
        "\n"
        "Exit status: 0 valid, 1 invalid, 2 usage error, 3 unreadable file.\n",
        out);
}

static void list_events(const tl_doc *doc) {
  for (size_t i = 0; i < tl_doc_count(doc); i++) {
    const tl_event *e = tl_doc_event(doc, i);
    char date[TL_WHEN_MAX], end[TL_WHEN_MAX];
    tl_when_format(&e->date, date);
    if (e->has_end) {
      size_t n = strlen(date);
      snprintf(date + n, sizeof date - n, "/%s", tl_date_format(&e->end, end));
    }
    printf("  %-24s %s%s%s%s\n", date, e->title, e->type ? "  (" : "",
           e->type ? e->type : "", e->type ? ")" : "");
  }
}

typedef struct check_opts {
  bool list, quiet, strict;
} check_opts;

/* Returns the exit code for one file. */
static int check_one(const char *path, void *ctx) {
  const check_opts *o = ctx;
  bool list = o->list, quiet = o->quiet, strict = o->strict;
  char *text;
  size_t len;
  int read = cli_read_input("check", path, TL_EVENTS_MAX_BYTES, &text, &len);
  if (read != EXIT_OK)
    return read;
  const char *name = cli_input_name(path);
  tl_diags diags;
  tl_diags_init(&diags);
  tl_doc *doc = NULL;
  tl_status st = tl_doc_parse(text, len, name, &doc, &diags);
  cli_report_min(&diags, text, len, quiet ? TL_ERROR : TL_WARNING);
  char counts[96];
  int code = cli_exit_code(st);
  if (st == TL_OK && strict && diags.warnings)
    code = EXIT_INVALID;
  if (code == EXIT_OK) {
    if (!quiet)
      printf("%s: %zu event%s, %s\n", name, tl_doc_count(doc),
             tl_doc_count(doc) == 1 ? "" : "s",
             cli_count_problems(&diags, counts, sizeof counts));
    if (list)
      list_events(doc);
  } else if (!quiet) {
    fprintf(stderr, "%s: %s\n", name,
            cli_count_problems(&diags, counts, sizeof counts));
  }
  tl_doc_free(doc);
  tl_diags_free(&diags);
  free(text);
  return code;
}

int cmd_check(int argc, char **argv) {
  cli_args args;
  cli_args_init(&args, "check", argc, argv);
  check_opts o = {false, false, false};
  cli_files files = {.count = 0};
  const char *value;
  int opt;
  while ((opt = cli_next(&args, options, &value)) != CLI_END) {
    switch (opt) {
    case CLI_ERROR:
      return cli_usage_hint("check");
    case OPT_HELP:
      usage(stdout);
      return EXIT_OK;
    case OPT_LIST:
      o.list = true;
      break;
    case OPT_QUIET:
      o.quiet = true;
      break;
    case OPT_STRICT:
      o.strict = true;
      break;
    case CLI_POSITIONAL:
      if (!cli_files_add(&files, "check", value))
        return EXIT_USAGE;
      break;
    }
  }
  return cli_files_run(&files, "events.yaml", check_one, &o);
}
