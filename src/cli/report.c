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

#if defined(__GNUC__)
__attribute__((format(printf, 4, 0)))
#endif
static void
message(const char *command, const char *word, const char *color,
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

void cli_report_min(const tl_diags *diags, const char *text, size_t len,
                    tl_severity min) {
  /* A view of the selected items; the strings stay owned by `diags`. */
  tl_diags view;
  tl_diags_init(&view);
  view.out_of_memory = diags->out_of_memory;
  view.items = malloc((diags->count ? diags->count : 1) * sizeof *view.items);
  if (!view.items) {
    fputs("timeline: error: out of memory while reporting problems\n", stderr);
    return;
  }
  for (size_t i = 0; i < diags->count; i++)
    if (diags->items[i].severity >= min)
      view.items[view.count++] = diags->items[i];
  cli_report(&view, text, len);
  free(view.items);
}

const char *cli_count_problems(const tl_diags *d, char *buf, size_t size) {
  if (d->errors && d->warnings)
    snprintf(buf, size, "%zu error%s, %zu warning%s", d->errors,
             d->errors == 1 ? "" : "s", d->warnings,
             d->warnings == 1 ? "" : "s");
  else if (d->errors)
    snprintf(buf, size, "%zu error%s", d->errors, d->errors == 1 ? "" : "s");
  else if (d->warnings)
    snprintf(buf, size, "%zu warning%s", d->warnings,
             d->warnings == 1 ? "" : "s");
  else
    snprintf(buf, size, "no problems");
  return buf;
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
