/* extract.c - tl_extract: the one entry point of event extraction. */
#include "extract/dates.h"
#include "extract/pipeline.h"

tl_status tl_extract(tl_extraction *x, const char *text, size_t len,
                     const tl_extract_options *options, tl_diags *diags) {
  return tl_extract_run(x, text, len, options, tl_find_dates, NULL, diags);
}
