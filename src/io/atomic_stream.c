/* atomic_stream.c - streamed output that readers see whole or not at all.
 *
 * `timeline extract --input-format jsonl -o events.jsonl` writes as it
 * reads, so memory stays bounded by the largest article, yet a reader of
 * events.jsonl never sees half a run: the file appears when the run ends.
 * The conventions are those of tl_write_file_atomic (files.c). */
/* realpath() is an XSI extension. */
#define _XOPEN_SOURCE 700

#include "io/atomic_stream.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

tl_status tl_stream_open(tl_stream *s, const char *path, char *err,
                         size_t err_size) {
  memset(s, 0, sizeof *s);
  s->fd = -1;
  struct stat st;
  bool exists = stat(path, &st) == 0;
  if (exists && S_ISDIR(st.st_mode)) {
    snprintf(err, err_size, "cannot write %s: it is a directory", path);
    return TL_ERR_IO;
  }
  if (exists && !S_ISREG(st.st_mode)) {
    s->fd = open(path, O_WRONLY);
    if (s->fd < 0) {
      snprintf(err, err_size, "cannot open %s: %s", path, strerror(errno));
      return TL_ERR_IO;
    }
    return TL_OK;
  }
  struct stat lst;
  char *real = NULL;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
    real = realpath(path, NULL);
  const char *target = real ? real : path;
  size_t tlen = strlen(target);
  s->target = malloc(tlen + 1);
  s->tmp = malloc(tlen + 16);
  if (!s->target || !s->tmp) {
    free(real);
    tl_stream_abort(s);
    snprintf(err, err_size, "out of memory");
    return TL_ERR_NOMEM;
  }
  memcpy(s->target, target, tlen + 1);
  memcpy(s->tmp, target, tlen);
  memcpy(s->tmp + tlen, ".tmp.XXXXXX", 12);
  free(real);
  s->fd = mkstemp(s->tmp);
  if (s->fd < 0) {
    snprintf(err, err_size, "cannot create a temporary file beside %s: %s",
             path, strerror(errno));
    free(s->tmp);
    s->tmp = NULL;
    tl_stream_abort(s);
    return TL_ERR_IO;
  }
  mode_t mode;
  if (exists) {
    mode = st.st_mode & 07777;
  } else {
    mode_t mask = umask(0);
    umask(mask);
    mode = 0666 & ~mask;
  }
  if (fchmod(s->fd, mode) != 0) {
    s->failed = true;
    s->error = errno;
  }
  return TL_OK;
}

void tl_stream_write(tl_stream *s, const char *data, size_t len) {
  while (!s->failed && len) {
    ssize_t w = write(s->fd, data, len);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      s->failed = true;
      s->error = errno;
      return;
    }
    data += w;
    len -= (size_t)w;
  }
}

tl_status tl_stream_commit(tl_stream *s, char *err, size_t err_size) {
  const char *name = s->target ? s->target : "the output";
  bool ok = !s->failed;
  int saved = s->error;
  if (ok && s->tmp && fsync(s->fd) != 0) {
    ok = false;
    saved = errno;
  }
  if (s->fd >= 0 && close(s->fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  s->fd = -1;
  if (ok && s->tmp && rename(s->tmp, s->target) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    snprintf(err, err_size, "cannot write %s: %s", name, strerror(saved));
    tl_stream_abort(s);
    return TL_ERR_IO;
  }
  if (s->tmp) {
    char *slash = strrchr(s->tmp, '/');
    const char *dir = ".";
    if (slash) {
      *slash = '\0';
      dir = slash == s->tmp ? "/" : s->tmp;
    }
    int dfd = open(dir, O_RDONLY);
    if (dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
  }
  free(s->tmp);
  free(s->target);
  s->tmp = s->target = NULL;
  return TL_OK;
}

void tl_stream_abort(tl_stream *s) {
  if (s->fd >= 0)
    close(s->fd);
  s->fd = -1;
  if (s->tmp)
    unlink(s->tmp);
  free(s->tmp);
  free(s->target);
  s->tmp = s->target = NULL;
}
