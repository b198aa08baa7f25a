/* fuzz_merge.c - any events file, and one event appended to it as
 * `timeline extract --merge` does.  Invariants: when the file loads, the
 * result loads too, holds one event more, and is the file with one block
 * of text inserted (only an empty `[]` or `~` value may give way). */
#include "io/yaml_patch.h"
#include "io/ytree.h"
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size) {
  if (size > 1 << 16)
    return 0;
  const char *text = (const char *)data;
  tl_diags diags;
  tl_diags_init(&diags);
  tl_doc *doc = NULL;
  if (tl_doc_parse(text, size, "f.yaml", &doc, &diags) != TL_OK) {
    tl_diags_free(&diags);
    return 0;
  }
  tl_ytree tree;
  if (tl_ytree_parse(text, size, "f.yaml", &tree, &diags) != TL_OK)
    abort(); /* it loaded a moment ago */
  tl_append_site site;
  tl_append_site_find(&tree, text, size, &site);
  tl_ytree_free(&tree);
  const char *actors[] = {"Xi Jinping", "Kim Jong Un"};
  tl_event e = {0};
  tl_when_parse("2025-09-04", 10, &e.date, NULL);
  e.title = "Xi and Kim \"meet\": talks # not a comment";
  e.actors.items = actors;
  e.actors.count = 2;
  const tl_event *events[] = {&e};
  char *out = NULL;
  size_t out_len = 0;
  tl_status st = tl_append_events(text, size, &site, events, 1, &out, &out_len);
  if (site.kind == TL_APPEND_REFUSED) {
    if (st != TL_ERR_USAGE)
      abort();
  } else {
    if (st != TL_OK)
      abort();
    size_t removed =
        site.kind == TL_APPEND_EMPTY_FLOW ? site.replace_end - site.at : 0;
    size_t p = 0;
    while (p < size && p < out_len && text[p] == out[p])
      p++;
    size_t tail = size - p;
    if (tail < removed)
      abort();
    tail -= removed;
    if (out_len < tail || memcmp(text + size - tail, out + out_len - tail,
                                 tail) != 0)
      abort();
    tl_doc *after = NULL;
    tl_diags d2;
    tl_diags_init(&d2);
    if (tl_doc_parse(out, out_len, "out.yaml", &after, &d2) != TL_OK ||
        tl_doc_count(after) != tl_doc_count(doc) + 1)
      abort();
    tl_doc_free(after);
    tl_diags_free(&d2);
  }
  free(out);
  tl_doc_free(doc);
  tl_diags_free(&diags);
  return 0;
}
