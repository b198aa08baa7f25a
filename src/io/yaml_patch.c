/* yaml_patch.c - new events go in as text; the author's bytes stay.
 *
 * `timeline extract --merge` must not reformat a file people edit: its
 * comments, order, quoting and blank lines are theirs.  So nothing is
 * re-emitted.  The located tree says where the `events:` list ends; the
 * new items are written there at the list's own indentation, with blank
 * lines between items when the file has them, and CR LF when the file
 * uses it.  Pure: text and tree in, text out. */
#include "io/yaml_patch.h"

#include "core/strbuf.h"

#include <stdlib.h>
#include <string.h>

/* The largest end offset of a scalar or flow collection under node: block
 * collections end where the next token starts (after comments and blank
 * lines), so their own end is not where their text ends. */
static size_t content_end(const tl_ynode *node, unsigned depth) {
  if (!node || depth > TL_YTREE_MAX_DEPTH)
    return 0;
  if (node->kind == TL_Y_SCALAR || node->flow)
    return node->end;
  size_t end = 0;
  for (size_t i = 0; i < node->count; i++) {
    size_t e = content_end(node->values[i], depth + 1);
    if (e > end)
      end = e;
    if (node->keys) {
      e = content_end(node->keys[i], depth + 1);
      if (e > end)
        end = e;
    }
  }
  return end;
}

static size_t line_start(const char *text, size_t i) {
  while (i > 0 && text[i - 1] != '\n' && text[i - 1] != '\r')
    i--;
  return i;
}

/* Just past the line break ending the line that holds text[i - 1]. */
static size_t after_line(const char *text, size_t len, size_t i) {
  if (i > 0 && text[i - 1] == '\n')
    return i;
  while (i < len && text[i] != '\n')
    i++;
  return i < len ? i + 1 : len;
}

static unsigned indent_of(const char *text, size_t len, size_t s) {
  unsigned n = 0;
  while (s + n < len && text[s + n] == ' ')
    n++;
  return n;
}

/* A comment line indented deeper than the list belongs to its last item. */
static size_t skip_item_comments(const char *text, size_t len, size_t at,
                                 unsigned indent) {
  while (at < len) {
    unsigned n = indent_of(text, len, at);
    if (n <= indent || at + n >= len || text[at + n] != '#')
      break;
    at = after_line(text, len, at + n + 1);
  }
  return at;
}

void tl_append_site_find(const tl_ytree *tree, const char *text, size_t len,
                         tl_append_site *site) {
  memset(site, 0, sizeof *site);
  /* CR LF line ends; the text need not end with a NUL. */
  const char *cr = memchr(text, '\r', len);
  site->crlf = cr && (size_t)(cr - text) + 1 < len && cr[1] == '\n';
  site->indent = 2;
  site->blank_lines = true;
  const tl_ynode *root = tree->root;
  const tl_ynode *key = NULL, *list = NULL;
  if (root && root->kind == TL_Y_MAP)
    for (size_t i = 0; i < root->count; i++)
      if (root->keys[i]->kind == TL_Y_SCALAR &&
          strcmp(root->keys[i]->text, "events") == 0) {
        key = root->keys[i];
        list = root->values[i];
      }
  if (!key) {
    site->kind = TL_APPEND_NEW_KEY;
    site->at = len;
    site->need_newline = len > 0 && text[len - 1] != '\n';
    return;
  }
  site->line = key->line;
  if (list && list->kind == TL_Y_SCALAR && tl_yscalar_is_null(list) &&
      list->end > list->start) {
    /* `events: ~` or `events: null`: the word gives way, as [] does. */
    site->kind = TL_APPEND_EMPTY_FLOW;
    site->at = list->start;
    site->replace_end = list->end;
    return;
  }
  if (!list || (list->kind == TL_Y_SCALAR && tl_yscalar_is_null(list))) {
    site->kind = TL_APPEND_EMPTY_KEY;
    site->at = after_line(text, len, list ? list->end : key->end);
    site->need_newline = site->at == len && len > 0 && text[len - 1] != '\n';
    return;
  }
  if (list->kind == TL_Y_SEQ && list->flow) {
    site->kind = list->count ? TL_APPEND_REFUSED : TL_APPEND_EMPTY_FLOW;
    site->at = list->start;
    site->replace_end = list->end;
    return;
  }
  if (list->kind != TL_Y_SEQ || list->count == 0) {
    site->kind = TL_APPEND_REFUSED;
    return;
  }
  site->kind = TL_APPEND_BLOCK;
  /* The dash of the first item sets the indentation. */
  size_t ls = line_start(text, list->start);
  site->indent = (unsigned)(list->start - ls);
  if (list->count >= 2) {
    size_t prev_end = content_end(list->values[list->count - 2], 0);
    size_t next = list->values[list->count - 1]->start;
    site->blank_lines = false;
    for (size_t i = after_line(text, len, prev_end); i < next;) {
      size_t e = i;
      while (e < next && text[e] != '\n')
        e++;
      bool blank = true;
      for (size_t k = i; k < e; k++)
        if (text[k] != ' ' && text[k] != '\r' && text[k] != '\t')
          blank = false;
      if (blank && e < next)
        site->blank_lines = true;
      i = e + 1;
    }
  }
  size_t end = content_end(list->values[list->count - 1], 0);
  size_t at = after_line(text, len, end);
  site->at = skip_item_comments(text, len, at, site->indent);
  site->need_newline = site->at == len && len > 0 && text[len - 1] != '\n';
}

static void put_text(tl_strbuf *b, const char *s, size_t n, bool crlf) {
  if (!crlf) {
    tl_strbuf_put(b, s, n);
    return;
  }
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n')
      tl_strbuf_putc(b, '\r');
    tl_strbuf_putc(b, s[i]);
  }
}

tl_status tl_append_events(const char *text, size_t len,
                           const tl_append_site *site,
                           const tl_event *const *events, size_t count,
                           char **out, size_t *out_len) {
  *out = NULL;
  *out_len = 0;
  if (site->kind == TL_APPEND_REFUSED)
    return TL_ERR_USAGE;
  tl_strbuf b = TL_STRBUF_INIT;
  size_t keep_until = site->at;
  size_t resume =
      site->kind == TL_APPEND_EMPTY_FLOW ? site->replace_end : site->at;
  tl_strbuf_put(&b, text, keep_until);
  if (site->need_newline)
    put_text(&b, "\n", 1, site->crlf);
  if (site->kind == TL_APPEND_NEW_KEY)
    put_text(&b, len && !site->need_newline ? "\nevents:\n" : "events:\n",
             len && !site->need_newline ? 9 : 8, site->crlf);
  if (site->kind == TL_APPEND_EMPTY_FLOW)
    put_text(&b, "\n", 1, site->crlf);
  bool first_in_list = site->kind != TL_APPEND_BLOCK;
  for (size_t i = 0; i < count; i++) {
    char *item = NULL;
    size_t item_len = 0;
    tl_status st =
        tl_event_write_yaml(events[i], site->indent, &item, &item_len);
    if (st != TL_OK) {
      tl_strbuf_free(&b);
      return st;
    }
    if (site->blank_lines && !first_in_list)
      put_text(&b, "\n", 1, site->crlf);
    put_text(&b, item, item_len, site->crlf);
    free(item);
    first_in_list = false;
  }
  /* Then the rest of the file: the author's trailing comments and keys.
   * A comment that followed `[]` on its line stays on a line of its own. */
  if (resume < len)
    tl_strbuf_put(&b, text + resume, len - resume);
  if (b.failed) {
    tl_strbuf_free(&b);
    return TL_ERR_NOMEM;
  }
  *out = tl_strbuf_detach(&b, out_len);
  return *out ? TL_OK : TL_ERR_NOMEM;
}
