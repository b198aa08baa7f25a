/* theme_read.c - chart templates (templates/NAME.yaml) -> tl_theme.
 *
 * Templates are read with the same located YAML tree as events files, so
 * their errors look the same: file:line:col, the line, a caret, and "did
 * you mean" for misspelt keys.  What each key means and which values are
 * valid lives in render/theme.c; this file only walks the tree. */
#include "timeline.h"

#include "core/strbuf.h"
#include "core/suggest.h"
#include "io/ytree.h"
#include "render/theme.h"

#include <stdio.h>
#include <string.h>

typedef struct reader {
  const char *name;
  tl_diags *diags;
  tl_theme *theme;
} reader;

static void error_at(reader *r, const tl_ynode *n, const char *hint,
                     const char *message) {
  tl_diags_add(r->diags, TL_ERROR, r->name, n->start, n->end - n->start,
               n->line, n->col, hint && *hint ? hint : NULL, "%s", message);
}

static void unknown_key(reader *r, const tl_ynode *key, const char *prefix) {
  char names[64][32];
  size_t n = tl_theme_children(prefix, names, 64);
  const char *list[65];
  for (size_t i = 0; i < n; i++)
    list[i] = names[i];
  list[n] = NULL;
  const char *guess = tl_suggest(key->text, key->len, list, NULL);
  char hint[96] = "", msg[160];
  if (guess)
    snprintf(hint, sizeof hint, "did you mean `%s`?", guess);
  snprintf(msg, sizeof msg, "unknown template key `%s%s%s`", prefix,
           *prefix ? "." : "", key->text);
  error_at(r, key, hint, msg);
}

/* colors.palette: a list of colours, handed over as "a, b, c". */
static void palette(reader *r, const char *path, const tl_ynode *seq) {
  tl_strbuf b = TL_STRBUF_INIT;
  for (size_t i = 0; i < seq->count; i++) {
    const tl_ynode *item = seq->values[i];
    if (item->kind != TL_Y_SCALAR) {
      error_at(r, item, NULL,
               "a palette entry is a colour such as \"#1f77b4\"");
      tl_strbuf_free(&b);
      return;
    }
    tl_strbuf_printf(&b, "%s%s", i ? "," : "", item->text);
  }
  char err[256], hint[128];
  if (tl_theme_set(r->theme, path, b.data ? b.data : "", err, sizeof err, hint,
                   sizeof hint) != TL_OK)
    error_at(r, seq, hint, err);
  tl_strbuf_free(&b);
}

static void walk(reader *r, const tl_ynode *map, const char *prefix);

static void entry(reader *r, const tl_ynode *key, const tl_ynode *value,
                  const char *prefix) {
  char path[128];
  snprintf(path, sizeof path, "%s%s%s", prefix, *prefix ? "." : "", key->text);
  bool section = tl_theme_is_section(path);
  if (!section && !tl_theme_has_key(path)) {
    unknown_key(r, key, prefix);
    return;
  }
  char msg[256], hint[128] = "";
  if (section) {
    if (value->kind == TL_Y_MAP) {
      walk(r, value, path);
      return;
    }
    snprintf(msg, sizeof msg,
             "`%s` holds settings: expected a mapping, found %s", path,
             tl_ykind_name(value));
    error_at(r, value, NULL, msg);
    return;
  }
  if (value->kind == TL_Y_SEQ && strcmp(path, "colors.palette") == 0) {
    palette(r, path, value);
    return;
  }
  if (value->kind != TL_Y_SCALAR) {
    snprintf(msg, sizeof msg, "`%s` is a single value, found %s", path,
             tl_ykind_name(value));
    error_at(r, value, NULL, msg);
    return;
  }
  if (tl_theme_set(r->theme, path, value->text, msg, sizeof msg, hint,
                   sizeof hint) != TL_OK)
    error_at(r, value, hint, msg);
}

static void walk(reader *r, const tl_ynode *map, const char *prefix) {
  for (size_t i = 0; i < map->count; i++) {
    const tl_ynode *key = map->keys[i];
    if (key->kind != TL_Y_SCALAR) {
      error_at(r, key, NULL, "template keys are plain words");
      continue;
    }
    entry(r, key, map->values[i], prefix);
  }
}

tl_status tl_theme_parse(const char *text, size_t len, const char *name,
                         tl_theme *theme, tl_diags *diags) {
  tl_ytree tree;
  size_t errors = diags->errors;
  tl_status st = tl_ytree_parse(text, len, name, &tree, diags);
  if (st != TL_OK)
    return st;
  reader r = {name, diags, theme};
  if (tree.root && tree.root->kind != TL_Y_MAP)
    error_at(&r, tree.root, "start with keys such as `colors:` or `fonts:`",
             "a template is a mapping of settings");
  else if (tree.root)
    walk(&r, tree.root, "");
  tl_ytree_free(&tree);
  if (diags->out_of_memory)
    return TL_ERR_NOMEM;
  return diags->errors > errors ? TL_ERR_INVALID : TL_OK;
}
