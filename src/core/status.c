/* status.c - status codes and the library version. */
#include "timeline.h"
#include "tl_version.h"

const char *tl_status_str(tl_status status) {
  switch (status) {
  case TL_OK:
    return "success";
  case TL_ERR_INVALID:
    return "invalid data";
  case TL_ERR_USAGE:
    return "usage error";
  case TL_ERR_IO:
    return "input/output error";
  case TL_ERR_NOMEM:
    return "out of memory";
  case TL_ERR_LIMIT:
    return "input too large";
  }
  return "unknown status";
}

const char *tl_version(void) { return TL_VERSION_STRING; }
