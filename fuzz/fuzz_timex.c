/* fuzz_timex.c - any bytes into the temporal tagger and its writers.
 * The first byte picks the creation time (none, or one of a few days near
 * year ends and leap days).  Invariants: no crash; expressions lie inside
 * the text, in order, without overlaps, with a value; the writers produce
 * output for them. */
#include "core/strbuf.h"
#include "extract/timex_format.h"
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  static const tl_date dcts[] = {
      {2025, 9, 4, TL_PREC_DAY, 0},  {2020, 12, 31, TL_PREC_DAY, 0},
      {2024, 2, 29, TL_PREC_DAY, 0}, {2021, 1, 3, TL_PREC_DAY, 0},
      {1, 1, 1, TL_PREC_DAY, 0},     {9999, 12, 31, TL_PREC_DAY, 0},
      {-490, 6, 15, TL_PREC_DAY, 0},
  };
  if (size == 0 || size > 1 << 16)
    return 0;
  size_t pick = data[0] % (sizeof dcts / sizeof dcts[0] + 1);
  const tl_date *dct = pick ? &dcts[pick - 1] : NULL;
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  tl_timex_list list = {NULL, 0, 0};
  if (tl_timex_find(text, len, dct, &list) != TL_OK)
    abort();
  size_t end = 0;
  for (size_t i = 0; i < list.count; i++) {
    const tl_timex *x = &list.items[i];
    if (x->start < end || x->start >= x->end || x->end > len || !x->value[0] ||
        !memchr(x->value, 0, sizeof x->value))
      abort();
    end = x->end;
  }
  tl_strbuf b = TL_STRBUF_INIT;
  tl_mentions_jsonl(&b, "doc", text, &list);
  tl_mentions_timeml(&b, "doc", text, len, dct, &list);
  tl_mentions_yaml(&b, "doc", text, dct, &list);
  if (b.failed || (list.count && !b.len))
    abort();
  tl_strbuf_free(&b);
  tl_timex_list_free(&list);
  return 0;
}
