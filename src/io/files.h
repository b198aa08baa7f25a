/* files.h - reading inputs whole and writing outputs atomically. */
#ifndef TL_FILES_H
#define TL_FILES_H

#include "timeline.h"

/* Reads a whole file ("-" is standard input) into a malloc'd buffer with a
 * NUL after the last byte.  Fails with TL_ERR_LIMIT when it holds more than
 * `limit` bytes, TL_ERR_IO when it cannot be read (directories included);
 * `err` then holds a message such as "cannot open x.yaml: No such file or
 * directory". */
tl_status tl_read_file(const char *path, size_t limit, char **data, size_t *len,
                       char *err, size_t err_size);

/* Writes data to path so that readers see the old file or the new one,
 * never half of it: a temporary file in the same directory, fsync, rename.
 * A symbolic link is followed, so the link stays a link.  An existing target
 * that is not a regular file (a FIFO, /dev/stdout) is written directly.
 * Permissions of an existing file are kept. */
tl_status tl_write_file_atomic(const char *path, const char *data, size_t len,
                               char *err, size_t err_size);

#endif
