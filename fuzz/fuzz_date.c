/* fuzz_date.c - any bytes into the date parser.  Invariants: no crash; a
 * parsed value formats to text that parses back to the same value and is
 * already canonical; its day range is ordered. */
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size > 256)
    return 0;
  tl_when w, again;
  tl_date_parse_info info;
  if (tl_when_parse((const char *)data, size, &w, &info) != TL_OK)
    return 0;
  char buf[TL_WHEN_MAX];
  tl_when_format(&w, buf);
  if (tl_when_parse(buf, strlen(buf), &again, &info) != TL_OK ||
      !info.canonical || !tl_when_equal(&w, &again))
    abort();
  if (tl_when_first_day(&w) > tl_when_last_day(&w))
    abort();
  return 0;
}
