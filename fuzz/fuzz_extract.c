/* fuzz_extract.c - any bytes into tl_extract and the event writers.
 * The first byte picks the creation time (none, or one of a few days).
 * Invariants: no crash; every event has a title of at most 80 bytes and a
 * date that formats and parses back to itself; every source quote is the
 * text at its offset; the YAML of the events loads, and each event's JSON
 * line is written. */
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  static const tl_date dcts[] = {
      {2025, 9, 4, TL_PREC_DAY, 0},
      {2018, 9, 20, TL_PREC_DAY, 0},
      {1990, 8, 15, TL_PREC_DAY, 0},
      {2024, 2, 29, TL_PREC_DAY, 0},
  };
  if (size == 0 || size > 1 << 16)
    return 0;
  size_t pick = data[0] % (sizeof dcts / sizeof dcts[0] + 1);
  const char *text = (const char *)data + 1;
  size_t len = size - 1;
  tl_extraction *x = tl_extraction_new();
  tl_diags diags;
  tl_diags_init(&diags);
  tl_extract_options opt = {"fuzz", pick ? &dcts[pick - 1] : NULL, NULL};
  tl_status st = tl_extract(x, text, len, &opt, &diags);
  if (st != TL_OK && st != TL_ERR_INVALID && st != TL_ERR_LIMIT)
    abort();
  tl_doc *doc = tl_doc_new();
  for (size_t i = 0; i < tl_extraction_count(x); i++) {
    const tl_event *e = tl_extraction_event(x, i);
    if (!e->title || !e->title[0] || strlen(e->title) > 83)
      abort();
    char buf[TL_WHEN_MAX];
    tl_when back;
    tl_when_format(&e->date, buf);
    if (tl_when_parse(buf, strlen(buf), &back, NULL) != TL_OK ||
        !tl_when_equal(&back, &e->date))
      abort();
    for (size_t k = 0; k < e->source_count; k++) {
      const tl_source *s = &e->sources[k];
      size_t q = strlen(s->quote);
      if (s->offset < 0 || (size_t)s->offset + q > len ||
          memcmp(text + s->offset, s->quote, q) != 0)
        abort();
    }
    char *json = NULL;
    size_t json_len;
    if (tl_event_write_json(e, &json, &json_len) != TL_OK)
      abort();
    free(json);
    if (tl_doc_add(doc, e) != TL_OK)
      abort();
  }
  char *yaml = NULL;
  size_t yaml_len;
  if (tl_doc_write_yaml(doc, &yaml, &yaml_len) != TL_OK)
    abort();
  tl_doc *again = NULL;
  tl_diags check;
  tl_diags_init(&check);
  if (tl_doc_parse(yaml, yaml_len, "fuzz.yaml", &again, &check) != TL_OK)
    abort();
  tl_doc_free(again);
  tl_diags_free(&check);
  free(yaml);
  tl_doc_free(doc);
  tl_diags_free(&diags);
  tl_extraction_free(x);
  return 0;
}
