/* events_file.c - events files: text -> validated doc, and `fmt` rewrites. */
#include "timeline.h"

#include "io/schema.h"
#include "io/ytree.h"

#include <stdlib.h>
#include <string.h>

static bool too_big(size_t len, const char *name, tl_diags *diags) {
  if (len <= TL_EVENTS_MAX_BYTES)
    return false;
  tl_diags_add(diags, TL_ERROR, name, 0, 0, 0, 0,
               "split the timeline into several files",
               "the file is %zu bytes; events files are limited to %u MiB", len,
               TL_EVENTS_MAX_BYTES / (1024u * 1024u));
  return true;
}

tl_status tl_doc_parse(const char *text, size_t len, const char *name,
                       tl_doc **out, tl_diags *diags) {
  *out = NULL;
  if (too_big(len, name, diags))
    return TL_ERR_LIMIT;
  size_t first = diags->count;
  tl_ytree tree;
  tl_status st = tl_ytree_parse(text, len, name, &tree, diags);
  if (st != TL_OK)
    return st;
  st = tl_schema_events(tree.root, text, len, name, out, diags, NULL);
  tl_ytree_free(&tree);
  tl_diags_sort(diags, first);
  return st;
}

static int by_start(const void *a, const void *b) {
  const tl_edit *x = a, *y = b;
  return (x->start > y->start) - (x->start < y->start);
}

tl_status tl_doc_canonicalize(const char *text, size_t len, const char *name,
                              char **out, size_t *out_len, size_t *changes,
                              tl_diags *diags) {
  *out = NULL;
  *out_len = 0;
  *changes = 0;
  if (too_big(len, name, diags))
    return TL_ERR_LIMIT;
  tl_ytree tree;
  tl_status st = tl_ytree_parse(text, len, name, &tree, diags);
  if (st != TL_OK)
    return st;
  tl_edits edits = {0};
  size_t first = diags->count;
  st = tl_schema_events(tree.root, text, len, name, NULL, diags, &edits);
  tl_ytree_free(&tree);
  tl_diags_sort(diags, first);
  if (st != TL_OK) {
    tl_edits_free(&edits);
    return st;
  }
  if (edits.count) /* qsort(NULL, 0, ...) is undefined behaviour */
    qsort(edits.items, edits.count, sizeof *edits.items, by_start);
  size_t grow = 0;
  for (size_t i = 0; i < edits.count; i++)
    grow += strlen(edits.items[i].text);
  char *buf = malloc(len + grow + 1);
  if (!buf) {
    tl_edits_free(&edits);
    return TL_ERR_NOMEM;
  }
  /* Copy the author's bytes, replacing only the edited scalars. */
  size_t at = 0, n = 0;
  for (size_t i = 0; i < edits.count; i++) {
    const tl_edit *e = &edits.items[i];
    tl_diags_add(diags, TL_NOTE, name, e->start, e->end - e->start, e->line,
                 e->col, NULL, "`%s` becomes `%s`", e->before, e->text);
    memcpy(buf + n, text + at, e->start - at);
    n += e->start - at;
    size_t tl = strlen(e->text);
    memcpy(buf + n, e->text, tl);
    n += tl;
    at = e->end;
  }
  memcpy(buf + n, text + at, len - at);
  n += len - at;
  buf[n] = '\0';
  *changes = edits.count;
  tl_edits_free(&edits);

  /* The rewrite must load cleanly; anything else is our bug, and the
   * author's file must not pay for it. */
  tl_diags check;
  tl_diags_init(&check);
  tl_doc *doc = NULL;
  st = tl_doc_parse(buf, n, name, &doc, &check);
  tl_doc_free(doc);
  if (st != TL_OK || check.errors) {
    tl_diags_add(diags, TL_ERROR, name, 0, 0, 0, 0,
                 "please report this with the file attached",
                 "internal error: the canonical form did not load; the file "
                 "was left unchanged");
    tl_diags_free(&check);
    free(buf);
    return TL_ERR_INVALID;
  }
  tl_diags_free(&check);
  *out = buf;
  *out_len = n;
  return TL_OK;
}
