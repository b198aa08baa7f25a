/* fuzz_events.c - any bytes as an events file.  Invariants: no crash, no
 * leak; what loads writes out canonically and loads back equal; fmt's
 * output loads, and a second fmt changes nothing. */
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

static void round_trip(const tl_doc *doc) {
  char *text;
  size_t len;
  if (tl_doc_write_yaml(doc, &text, &len) != TL_OK)
    abort();
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *again = NULL;
  if (tl_doc_parse(text, len, "w", &again, &d) != TL_OK ||
      tl_doc_count(again) != tl_doc_count(doc))
    abort();
  for (size_t i = 0; i < tl_doc_count(doc); i++)
    if (!tl_event_equal(tl_doc_event(doc, i), tl_doc_event(again, i)))
      abort();
  tl_doc_free(again);
  tl_diags_free(&d);
  free(text);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  const char *text = (const char *)data;
  tl_diags d;
  tl_diags_init(&d);
  tl_doc *doc = NULL;
  if (tl_doc_parse(text, size, "f", &doc, &d) == TL_OK)
    round_trip(doc);
  char *rendered = NULL;
  tl_diags_render(&d, text, size, false, &rendered);
  free(rendered);
  tl_doc_free(doc);
  tl_diags_free(&d);

  tl_diags_init(&d);
  char *out;
  size_t len, changes;
  if (tl_doc_canonicalize(text, size, "f", &out, &len, &changes, &d) ==
      TL_OK) {
    char *again;
    size_t len2, changes2;
    if (tl_doc_canonicalize(out, len, "f", &again, &len2, &changes2, &d) !=
            TL_OK ||
        changes2 != 0 || len2 != len || memcmp(again, out, len) != 0)
      abort();
    free(again);
    free(out);
  }
  tl_diags_free(&d);
  return 0;
}
