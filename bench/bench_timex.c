/* bench_timex.c - throughput of tl_timex_find alone: no process start, no
 * output formatting.  Reads each file once, tags it `repeat` times and
 * prints the best run.
 *
 *   build/bench/bench_timex [--repeat N] FILE...
 *
 * Built with -DTL_BENCH=ON.  Uses the monotonic clock: this is a
 * benchmark, the library itself never reads a clock. */
#define _POSIX_C_SOURCE 200809L
#include "timeline.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  fseek(f, 0, SEEK_END);
  long n = ftell(f);
  fseek(f, 0, SEEK_SET);
  char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
  if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
    free(buf);
    buf = NULL;
  }
  fclose(f);
  *len = buf ? (size_t)n : 0;
  return buf;
}

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
  int repeat = 5, first = 1;
  if (argc > 2 && strcmp(argv[1], "--repeat") == 0) {
    repeat = atoi(argv[2]);
    first = 3;
  }
  if (first >= argc) {
    fprintf(stderr, "usage: %s [--repeat N] FILE...\n", argv[0]);
    return 2;
  }
  const tl_date dct = {2025, 9, 4, TL_PREC_DAY, 0};
  printf("%-28s %10s %9s %9s %8s\n", "file", "bytes", "mentions", "best s",
         "MB/s");
  for (int i = first; i < argc; i++) {
    size_t len;
    char *text = slurp(argv[i], &len);
    if (!text) {
      fprintf(stderr, "cannot read %s\n", argv[i]);
      return 3;
    }
    double best = 1e9;
    size_t found = 0;
    for (int r = 0; r < repeat; r++) {
      tl_timex_list list = {NULL, 0, 0};
      double t0 = now();
      if (tl_timex_find(text, len, &dct, &list) != TL_OK)
        return 1;
      double t = now() - t0;
      if (t < best)
        best = t;
      found = list.count;
      tl_timex_list_free(&list);
    }
    const char *name = strrchr(argv[i], '/');
    printf("%-28s %10zu %9zu %9.3f %8.1f\n", name ? name + 1 : argv[i], len,
           found, best, (double)len / (1024.0 * 1024.0) / best);
    free(text);
  }
  return 0;
}
