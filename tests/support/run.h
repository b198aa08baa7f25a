/* run.h - run the timeline binary in a test and capture what it says. */
#ifndef TL_TEST_RUN_H
#define TL_TEST_RUN_H

#include <stddef.h>

typedef struct run_result {
  int status;  /* exit code, or 128 + signal */
  char *out;   /* standard output, NUL-terminated */
  size_t out_len;
  char *err;   /* standard error, NUL-terminated */
  size_t err_len;
} run_result;

/* Runs `binary` with argv (NULL-terminated, argv[0] excluded); stdin comes
 * from `input_path` (NULL: /dev/null).  NO_COLOR is set. */
run_result run_binary(const char *binary, const char *const *argv,
                      const char *input_path);
void run_result_free(run_result *r);

/* Reads a whole file into a NUL-terminated buffer; NULL if unreadable. */
char *slurp(const char *path, size_t *len);
/* Writes a file; returns 0 on success. */
int spit(const char *path, const char *data, size_t len);

#endif
