/* args.c - a small getopt_long: --name, --name=value, -x, -xVALUE, --. */
#include "cli/cli.h"

#include "core/suggest.h"
#include "io/files.h"

#include <string.h>

void cli_args_init(cli_args *a, const char *command, int argc, char **argv) {
  memset(a, 0, sizeof *a);
  a->command = command;
  a->argc = argc;
  a->argv = argv;
  a->index = 1;
}

static void unknown_long(cli_args *a, const cli_option *options,
                         const char *name, size_t len) {
  const char *names[64];
  size_t n = 0;
  for (const cli_option *o = options; o->name && n < 63; o++)
    names[n++] = o->name;
  names[n] = NULL;
  const char *guess = tl_suggest(name, len, names, NULL);
  if (guess)
    cli_error(a->command, "unknown option `--%.*s`; did you mean `--%s`?",
              (int)len, name, guess);
  else
    cli_error(a->command, "unknown option `--%.*s`", (int)len, name);
}

static int take_value(cli_args *a, const cli_option *o, const char **value,
                      const char *attached) {
  if (attached) {
    *value = attached;
    return o->id;
  }
  if (a->index >= a->argc) {
    cli_error(a->command, "option `--%s` needs a value", o->name);
    return CLI_ERROR;
  }
  *value = a->argv[a->index++];
  return o->id;
}

int cli_next(cli_args *a, const cli_option *options, const char **value) {
  *value = NULL;
  if (a->cluster && *a->cluster) {
    char c = *a->cluster++;
    for (const cli_option *o = options; o->name; o++) {
      if (o->short_name != c)
        continue;
      if (!o->takes_value)
        return o->id;
      const char *rest = *a->cluster ? a->cluster : NULL;
      a->cluster = NULL;
      return take_value(a, o, value, rest);
    }
    cli_error(a->command, "unknown option `-%c`", c);
    return CLI_ERROR;
  }
  a->cluster = NULL;
  if (a->index >= a->argc)
    return CLI_END;
  char *arg = a->argv[a->index++];
  if (a->positional_only || arg[0] != '-' || strcmp(arg, "-") == 0) {
    *value = arg;
    return CLI_POSITIONAL;
  }
  if (strcmp(arg, "--") == 0) {
    a->positional_only = true;
    return cli_next(a, options, value);
  }
  if (arg[1] != '-') {
    a->cluster = arg + 1;
    return cli_next(a, options, value);
  }
  const char *name = arg + 2;
  const char *eq = strchr(name, '=');
  size_t len = eq ? (size_t)(eq - name) : strlen(name);
  for (const cli_option *o = options; o->name; o++) {
    if (strlen(o->name) != len || strncmp(o->name, name, len) != 0)
      continue;
    if (!o->takes_value) {
      if (eq) {
        cli_error(a->command, "option `--%s` takes no value", o->name);
        return CLI_ERROR;
      }
      return o->id;
    }
    return take_value(a, o, value, eq ? eq + 1 : NULL);
  }
  unknown_long(a, options, name, len);
  return CLI_ERROR;
}

bool cli_files_add(cli_files *files, const char *command, const char *path) {
  if (files->count == CLI_MAX_FILES) {
    cli_error(command, "too many files (at most %d at once)", CLI_MAX_FILES);
    return false;
  }
  files->paths[files->count++] = path;
  return true;
}

int cli_files_run(const cli_files *files, const char *fallback,
                  int (*fn)(const char *path, void *ctx), void *ctx) {
  if (files->count == 0)
    return fn(fallback, ctx);
  int worst = EXIT_OK;
  for (int i = 0; i < files->count; i++) {
    int code = fn(files->paths[i], ctx);
    if (code > worst)
      worst = code;
  }
  return worst;
}

int cli_read_input(const char *command, const char *path, size_t limit,
                   char **text, size_t *len) {
  char err[512];
  tl_status st = tl_read_file(path, limit, text, len, err, sizeof err);
  if (st == TL_OK)
    return EXIT_OK;
  cli_error(command, "%s", err);
  return st == TL_ERR_LIMIT ? EXIT_INVALID : EXIT_SYSTEM;
}

const char *cli_input_name(const char *path) {
  return strcmp(path, "-") == 0 ? "<stdin>" : path;
}
