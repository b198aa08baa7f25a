/* report.c - everything the CLI prints about problems goes through here. */
#include "cli/cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool cli_color(FILE *stream) {
  const char *term = getenv("TERM");
  return isatty(fileno(stream)) && !getenv("NO_COLOR") &&
         !(term && strcmp(term, "dumb") == 0);
}

static void message(const char *command, const char *word, const char *color,
                    const char *format, va_list ap) {
  bool c = cli_color(stderr);
  fprintf(stderr, "%stimeline%s%s:%s %s%s:%s ", c ? "\033[1m" : "",
          command ? " " : "", command ? command : "", c ? "\033[0m" : "",
          c ? color : "", word, c ? "\033[0m" : "");
  vfprintf(stderr, format, ap);
  fputc('\n', stderr);
}

void cli_error(const char *command, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  message(command, "error", "\033[1;31m", format, ap);
  va_end(ap);
}

void cli_warning(const char *command, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  message(command, "warning", "\033[1;35m", format, ap);
  va_end(ap);
}

int cli_usage_hint(const char *command) {
  fprintf(stderr, "Try `timeline%s%s --help`.\n", command ? " " : "",
          command ? command : "");
  return EXIT_USAGE;
}

void cli_report(const tl_diags *diags, const char *text, size_t len) {
  char *out = NULL;
  if (tl_diags_render(diags, text, len, cli_color(stderr), &out) == TL_OK)
    fputs(out, stderr);
  else
    fputs("timeline: error: out of memory while reporting problems\n", stderr);
  free(out);
}

int cli_exit_code(tl_status status) {
  switch (status) {
  case TL_OK:
    return EXIT_OK;
  case TL_ERR_INVALID:
  case TL_ERR_LIMIT:
    return EXIT_INVALID;
  case TL_ERR_USAGE:
    return EXIT_USAGE;
  default:
    return EXIT_SYSTEM;
  }
}
