/* run.c - fork/exec with stdout and stderr sent to temporary files. */
#include "support/run.h"

#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

char *slurp(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  size_t cap = 4096, n = 0;
  char *buf = malloc(cap + 1);
  size_t r;
  while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
    n += r;
    if (n == cap) {
      char *p = realloc(buf, cap * 2 + 1);
      if (!p) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = p;
      cap *= 2;
    }
  }
  fclose(f);
  if (buf) {
    buf[n] = '\0';
    if (len)
      *len = n;
  }
  return buf;
}

int spit(const char *path, const char *data, size_t len) {
  FILE *f = fopen(path, "wb");
  if (!f)
    return -1;
  size_t w = fwrite(data, 1, len, f);
  return (fclose(f) == 0 && w == len) ? 0 : -1;
}

run_result run_binary(const char *binary, const char *const *argv,
                      const char *input_path) {
  run_result r;
  memset(&r, 0, sizeof r);
  char out_path[] = "/tmp/tl-test-out-XXXXXX";
  char err_path[] = "/tmp/tl-test-err-XXXXXX";
  int out_fd = mkstemp(out_path), err_fd = mkstemp(err_path);
  size_t argc = 0;
  while (argv[argc])
    argc++;
  char **args = calloc(argc + 2, sizeof *args);
  args[0] = (char *)binary;
  for (size_t i = 0; i < argc; i++)
    args[i + 1] = (char *)argv[i];
  fflush(NULL);
  pid_t pid = fork();
  if (pid == 0) {
    int in_fd = open(input_path ? input_path : "/dev/null", O_RDONLY);
    dup2(in_fd, 0);
    dup2(out_fd, 1);
    dup2(err_fd, 2);
    setenv("NO_COLOR", "1", 1);
    execv(binary, args);
    _exit(127);
  }
  int st = 0;
  waitpid(pid, &st, 0);
  r.status = WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
  close(out_fd);
  close(err_fd);
  r.out = slurp(out_path, &r.out_len);
  r.err = slurp(err_path, &r.err_len);
  unlink(out_path);
  unlink(err_path);
  free(args);
  return r;
}

void run_result_free(run_result *r) {
  free(r->out);
  free(r->err);
  memset(r, 0, sizeof *r);
}
