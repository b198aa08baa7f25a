/* gen_events.c - writes a synthetic events file: N events of mixed
 * precision in clusters with long gaps (the layout tests' generator).
 *
 *   gen_events N [SEED] > events-N.yaml */
#include "timeline.h"

#include "support/layout_fixtures.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
  if (argc < 2) {
    fputs("usage: gen_events N [SEED]\n", stderr);
    return 2;
  }
  size_t n = strtoul(argv[1], NULL, 10);
  unsigned seed = argc > 2 ? (unsigned)strtoul(argv[2], NULL, 10) : 1;
  tl_doc *doc = tl_fixture_generated(n, seed);
  char title[64];
  snprintf(title, sizeof title, "%zu generated events", n);
  tl_doc_set_title(doc, title);
  char *yaml;
  size_t len;
  if (!doc || tl_doc_write_yaml(doc, &yaml, &len) != TL_OK) {
    fputs("gen_events: out of memory\n", stderr);
    return 3;
  }
  fwrite(yaml, 1, len, stdout);
  free(yaml);
  tl_doc_free(doc);
  return 0;
}
