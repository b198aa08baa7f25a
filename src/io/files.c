/* files.c - whole-file reads with a cap; atomic replacement on write. */
#include "io/files.h"

#include "io/atomic_stream.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *display_name(const char *path) {
  return strcmp(path, "-") == 0 ? "standard input" : path;
}

tl_status tl_read_file(const char *path, size_t limit, char **data, size_t *len,
                       char *err, size_t err_size) {
  *data = NULL;
  *len = 0;
  bool is_stdin = strcmp(path, "-") == 0;
  int fd = is_stdin ? STDIN_FILENO : open(path, O_RDONLY);
  if (fd < 0) {
    snprintf(err, err_size, "cannot open %s: %s", path, strerror(errno));
    return TL_ERR_IO;
  }
  struct stat st;
  if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    snprintf(err, err_size, "cannot read %s: it is a directory",
             display_name(path));
    if (!is_stdin)
      close(fd);
    return TL_ERR_IO;
  }
  size_t cap = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 &&
                (uintmax_t)st.st_size < limit)
                   ? (size_t)st.st_size + 1
                   : 64 * 1024;
  char *buf = malloc(cap + 1);
  size_t n = 0;
  tl_status status = TL_OK;
  while (buf) {
    if (n == cap) {
      if (cap > limit) {
        break;
      }
      size_t next = cap * 2 > limit + 1 ? limit + 1 : cap * 2;
      char *p = realloc(buf, next + 1);
      if (!p) {
        free(buf);
        buf = NULL;
        break;
      }
      buf = p;
      cap = next;
    }
    ssize_t r = read(fd, buf + n, cap - n);
    if (r < 0) {
      if (errno == EINTR)
        continue;
      snprintf(err, err_size, "cannot read %s: %s", display_name(path),
               strerror(errno));
      status = TL_ERR_IO;
      break;
    }
    if (r == 0)
      break;
    n += (size_t)r;
    if (n > limit)
      break;
  }
  if (!is_stdin)
    close(fd);
  if (!buf) {
    snprintf(err, err_size, "out of memory reading %s", display_name(path));
    return TL_ERR_NOMEM;
  }
  if (status == TL_OK && n > limit) {
    snprintf(err, err_size, "%s is larger than the limit of %zu bytes",
             display_name(path), limit);
    status = TL_ERR_LIMIT;
  }
  if (status != TL_OK) {
    free(buf);
    return status;
  }
  buf[n] = '\0';
  *data = buf;
  *len = n;
  return TL_OK;
}

/* One write is a stream of one piece; atomic_stream.c holds the rules
 * (temporary file beside the target, links followed, modes kept, FIFOs
 * written directly, fsync and rename). */
tl_status tl_write_file_atomic(const char *path, const char *data, size_t len,
                               char *err, size_t err_size) {
  tl_stream s;
  tl_status st = tl_stream_open(&s, path, err, err_size);
  if (st != TL_OK)
    return st;
  tl_stream_write(&s, data, len);
  return tl_stream_commit(&s, err, err_size);
}
