/* cli.h - shared by the command-line front end; not part of the library. */
#ifndef TL_CLI_H
#define TL_CLI_H

#include "timeline.h"

#include <stdbool.h>
#include <stdio.h>

/* Exit codes (README, man page). */
enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1, /* the data is invalid */
  EXIT_USAGE = 2,   /* bad command line */
  EXIT_SYSTEM = 3   /* I/O or system error */
};

/* ---- argument parsing (args.c) ------------------------------------------ */

typedef struct cli_option {
  const char *name; /* long name without "--" */
  char short_name;  /* 0 when there is none */
  bool takes_value;
  int id; /* returned by cli_next; must be > 0 */
} cli_option;

typedef struct cli_args {
  int argc;
  char **argv;
  int index;
  const char *command;  /* "check", for messages */
  const char *cluster;  /* rest of "-ab" being read */
  bool positional_only; /* after "--" */
} cli_args;

enum { CLI_END = -1, CLI_ERROR = -2, CLI_POSITIONAL = 0 };

void cli_args_init(cli_args *a, const char *command, int argc, char **argv);
/* The next option id, CLI_POSITIONAL (with *value the argument), CLI_END,
 * or CLI_ERROR after printing why (exit with EXIT_USAGE). */
int cli_next(cli_args *a, const cli_option *options, const char **value);

/* Positional file arguments, shared by the commands that take FILE... */
enum { CLI_MAX_FILES = 256 };
typedef struct cli_files {
  const char *paths[CLI_MAX_FILES];
  int count;
} cli_files;

/* Adds one path; prints an error and returns false when there are too
 * many. */
bool cli_files_add(cli_files *files, const char *command, const char *path);
/* Runs fn on each file (on `fallback` when none was given) and returns the
 * worst exit code. */
int cli_files_run(const cli_files *files, const char *fallback,
                  int (*fn)(const char *path, void *ctx), void *ctx);

/* Reads a whole input ("-": standard input) of at most `limit` bytes.
 * On failure prints why and returns the exit code (EXIT_INVALID for a file
 * over the limit, EXIT_SYSTEM otherwise); on success returns EXIT_OK. */
int cli_read_input(const char *command, const char *path, size_t limit,
                   char **text, size_t *len);
/* The name diagnostics use for an input: "<stdin>" for "-". */
const char *cli_input_name(const char *path);

/* ---- messages (report.c) ------------------------------------------------ */

/* "timeline check: error: ..." on stderr. */
void cli_error(const char *command, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
void cli_warning(const char *command, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Prints "Try `timeline CMD --help`." and returns EXIT_USAGE. */
int cli_usage_hint(const char *command);
/* Prints diagnostics with source lines and carets; colours on a terminal. */
void cli_report(const tl_diags *diags, const char *text, size_t len);
/* The same, only those of at least `min` severity. */
void cli_report_min(const tl_diags *diags, const char *text, size_t len,
                    tl_severity min);
/* "2 errors, 1 warning" into buf. */
const char *cli_count_problems(const tl_diags *diags, char *buf, size_t size);
bool cli_color(FILE *stream);
/* Maps a library status to an exit code. */
int cli_exit_code(tl_status status);

/* ---- commands ----------------------------------------------------------- */

typedef int (*cli_command_fn)(int argc, char **argv);

int cmd_check(int argc, char **argv);
int cmd_fmt(int argc, char **argv);
int cmd_extract(int argc, char **argv);
int cmd_render(int argc, char **argv);

#endif
