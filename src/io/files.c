/* files.c - whole-file reads with a cap; atomic replacement on write. */
/* realpath() is an XSI extension. */
#define _XOPEN_SOURCE 700

#include "io/files.h"

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

tl_status tl_read_file(const char *path, size_t limit, char **data,
                       size_t *len, char *err, size_t err_size) {
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

static bool write_all(int fd, const char *data, size_t len) {
  while (len) {
    ssize_t w = write(fd, data, len);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return false;
    }
    data += w;
    len -= (size_t)w;
  }
  return true;
}

static tl_status write_directly(const char *path, const char *data, size_t len,
                                char *err, size_t err_size) {
  int fd = open(path, O_WRONLY | O_TRUNC);
  if (fd < 0 && errno == EINVAL) /* /dev/stdout on some systems */
    fd = open(path, O_WRONLY);
  if (fd < 0) {
    snprintf(err, err_size, "cannot open %s: %s", path, strerror(errno));
    return TL_ERR_IO;
  }
  bool ok = write_all(fd, data, len);
  int saved = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    snprintf(err, err_size, "cannot write %s: %s", path, strerror(saved));
    return TL_ERR_IO;
  }
  return TL_OK;
}

tl_status tl_write_file_atomic(const char *path, const char *data, size_t len,
                               char *err, size_t err_size) {
  struct stat st;
  bool exists = stat(path, &st) == 0;
  if (exists && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) {
      snprintf(err, err_size, "cannot write %s: it is a directory", path);
      return TL_ERR_IO;
    }
    return write_directly(path, data, len, err, err_size);
  }
  /* Write beside the link's target, so renaming keeps the link. */
  char *real = NULL;
  struct stat lst;
  if (lstat(path, &lst) == 0 && S_ISLNK(lst.st_mode))
    real = realpath(path, NULL);
  const char *target = real ? real : path;

  size_t tlen = strlen(target);
  char *tmp = malloc(tlen + 16);
  if (!tmp) {
    free(real);
    snprintf(err, err_size, "out of memory");
    return TL_ERR_NOMEM;
  }
  /* The temporary name starts with the target's, in the same directory, so
   * rename() stays within one file system. */
  memcpy(tmp, target, tlen);
  memcpy(tmp + tlen, ".tmp.XXXXXX", 12);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    snprintf(err, err_size, "cannot create a temporary file beside %s: %s",
             path, strerror(errno));
    free(tmp);
    free(real);
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
  bool ok = fchmod(fd, mode) == 0 && write_all(fd, data, len) &&
            fsync(fd) == 0;
  int saved = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    saved = errno;
  }
  if (ok && rename(tmp, target) != 0) {
    ok = false;
    saved = errno;
  }
  if (!ok) {
    unlink(tmp);
    snprintf(err, err_size, "cannot write %s: %s", path, strerror(saved));
  } else {
    /* Make the rename itself durable. */
    char *slash = strrchr(tmp, '/');
    const char *dir = ".";
    if (slash) {
      *slash = '\0';
      dir = slash == tmp ? "/" : tmp;
    }
    int dfd = open(dir, O_RDONLY);
    if (dfd >= 0) {
      fsync(dfd);
      close(dfd);
    }
  }
  free(tmp);
  free(real);
  return ok ? TL_OK : TL_ERR_IO;
}
