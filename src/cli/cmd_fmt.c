/* cmd_fmt.c - `timeline fmt`: canonical dates and keys, every other byte
 * left exactly as the author wrote it. */
#include "cli/cli.h"

#include "io/files.h"

#include <stdlib.h>
#include <string.h>

enum { OPT_HELP = 1, OPT_CHECK, OPT_VERBOSE };

static const cli_option options[] = {{"help", 'h', false, OPT_HELP},
                                     {"check", 0, false, OPT_CHECK},
                                     {"verbose", 'v', false, OPT_VERBOSE},
                                     {NULL, 0, false, 0}};

static void usage(FILE *out) {
  fputs("Usage: timeline fmt [options] [FILE...]\n"
        "\n"
        "Rewrite what was written loosely in events files (default:\n"
        "events.yaml): friendly dates such as `4 September 2025`, `c. 2018`\n"
        "or `1950s` become 2025-09-04, 2018~ and 195X, and misspelt keys\n"
        "with one obvious fix (`Date`, `actor`) are corrected.  Comments,\n"
        "blank lines, key order and quoting are kept byte for byte.  The file\n"
        "is replaced atomically; `-` reads standard input and writes standard\n"
        "output.  Nothing is written if the file has errors fmt cannot fix.\n"
        "\n"
        "Options:\n"
        "      --check    change nothing; list what would change and exit 1\n"
        "                 if anything would\n"
        "  -v, --verbose  list every change made\n"
        "  -h, --help     show this help\n"
        "\n"
        "Exit status: 0 done (or nothing to do), 1 invalid file or, with\n"
        "--check, changes needed, 2 usage error, 3 I/O error.\n",
        out);
}

typedef struct fmt_opts {
  bool check, verbose;
} fmt_opts;

static int fmt_one(const char *path, void *ctx) {
  const fmt_opts *o = ctx;
  bool check = o->check, verbose = o->verbose;
  char err[512];
  char *text;
  size_t len;
  int read = cli_read_input("fmt", path, TL_EVENTS_MAX_BYTES, &text, &len);
  if (read != EXIT_OK)
    return read;
  bool to_stdout = strcmp(path, "-") == 0;
  const char *name = cli_input_name(path);
  tl_diags diags;
  tl_diags_init(&diags);
  char *out = NULL;
  size_t out_len = 0, changes = 0;
  tl_status st =
      tl_doc_canonicalize(text, len, name, &out, &out_len, &changes, &diags);
  int code = cli_exit_code(st);
  if (st != TL_OK) {
    cli_report_min(&diags, text, len, TL_WARNING);
    char counts[96];
    fprintf(stderr, "%s: %s; nothing was written\n", name,
            cli_count_problems(&diags, counts, sizeof counts));
  } else {
    cli_report_min(&diags, text, len, check || verbose ? TL_NOTE : TL_WARNING);
    if (check) {
      if (changes) {
        fprintf(stderr, "%s: %zu value%s would change\n", name, changes,
                changes == 1 ? "" : "s");
        code = EXIT_INVALID;
      }
      if (to_stdout)
        fwrite(text, 1, len, stdout);
    } else if (to_stdout) {
      if (fwrite(out, 1, out_len, stdout) != out_len || fflush(stdout)) {
        cli_error("fmt", "cannot write standard output");
        code = EXIT_SYSTEM;
      }
    } else if (changes) {
      st = tl_write_file_atomic(path, out, out_len, err, sizeof err);
      if (st != TL_OK) {
        cli_error("fmt", "%s", err);
        code = EXIT_SYSTEM;
      } else {
        fprintf(stderr, "%s: rewrote %zu value%s\n", name, changes,
                changes == 1 ? "" : "s");
      }
    }
  }
  free(out);
  free(text);
  tl_diags_free(&diags);
  return code;
}

int cmd_fmt(int argc, char **argv) {
  cli_args args;
  cli_args_init(&args, "fmt", argc, argv);
  fmt_opts o = {false, false};
  cli_files files = {.count = 0};
  const char *value;
  int opt;
  while ((opt = cli_next(&args, options, &value)) != CLI_END) {
    switch (opt) {
    case CLI_ERROR:
      return cli_usage_hint("fmt");
    case OPT_HELP:
      usage(stdout);
      return EXIT_OK;
    case OPT_CHECK:
      o.check = true;
      break;
    case OPT_VERBOSE:
      o.verbose = true;
      break;
    case CLI_POSITIONAL:
      if (!cli_files_add(&files, "fmt", value))
        return EXIT_USAGE;
      break;
    }
  }
  return cli_files_run(&files, "events.yaml", fmt_one, &o);
}
