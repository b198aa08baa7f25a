/* atomic_stream.h - an output file written in pieces, replaced at once. */
#ifndef TL_ATOMIC_STREAM_H
#define TL_ATOMIC_STREAM_H

#include "timeline.h"

/* Like tl_write_file_atomic, for output too large to hold in memory: the
 * pieces go to a temporary file beside the target, and only
 * tl_stream_commit puts it in place (fsync, rename).  A target that is not
 * a regular file (a FIFO, /dev/stdout) is written directly. */
typedef struct tl_stream {
  int fd;
  char *tmp;    /* the temporary file, NULL when writing directly */
  char *target; /* where it goes */
  bool failed;
  int error; /* errno of the first failure */
} tl_stream;

tl_status tl_stream_open(tl_stream *s, const char *path, char *err,
                         size_t err_size);
/* Appends; failures are sticky and reported by tl_stream_commit. */
void tl_stream_write(tl_stream *s, const char *data, size_t len);
tl_status tl_stream_commit(tl_stream *s, char *err, size_t err_size);
/* Removes the temporary file; the target is untouched. */
void tl_stream_abort(tl_stream *s);

#endif
