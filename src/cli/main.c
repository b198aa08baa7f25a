/* main.c - `timeline <command>`: global options and command dispatch. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

typedef struct command {
  const char *name;
  cli_command_fn run;
  const char *summary;
} command;

/* One row per command; `timeline --help` lists them in this order. */
static const command commands[] = {
    {"check", cmd_check, "load and validate events files"},
    {"fmt", cmd_fmt, "rewrite loosely written dates and keys in place"},
    {"extract", cmd_extract, "find the events in news text (or --mentions)"},
    {"render", cmd_render, "draw the events file as an SVG, PNG or PDF chart"},
    {NULL, NULL, NULL}};

static void usage(FILE *out) {
  fputs("Usage: timeline <command> [options] [files]\n"
        "\n"
        "News text to dated events to timeline charts.\n"
        "\n"
        "Commands:\n",
        out);
  for (const command *c = commands; c->name; c++)
    fprintf(out, "  %-9s %s\n", c->name, c->summary);
  fputs("\n"
        "Options:\n"
        "  -h, --help     show this help (also after a command)\n"
        "  -V, --version  print the version\n"
        "\n"
        "Exit status: 0 success, 1 invalid data, 2 usage error,\n"
        "3 input/output or system error.\n",
        out);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    usage(stderr);
    return EXIT_USAGE;
  }
  const char *name = argv[1];
  if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 ||
      strcmp(name, "help") == 0) {
    if (argc > 2 && strcmp(name, "help") == 0) {
      for (const command *c = commands; c->name; c++)
        if (strcmp(c->name, argv[2]) == 0) {
          char *help_argv[] = {argv[2], "--help", NULL};
          return c->run(2, help_argv);
        }
    }
    usage(stdout);
    return EXIT_OK;
  }
  if (strcmp(name, "-V") == 0 || strcmp(name, "--version") == 0) {
    printf("timeline %s\n", tl_version());
    return EXIT_OK;
  }
  for (const command *c = commands; c->name; c++)
    if (strcmp(c->name, name) == 0)
      return c->run(argc - 1, argv + 1);
  if (name[0] == '-')
    cli_error(NULL, "unknown option `%s`", name);
  else
    cli_error(NULL, "unknown command `%s`", name);
  return cli_usage_hint(NULL);
}
