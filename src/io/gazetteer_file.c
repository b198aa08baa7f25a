/* gazetteer_file.c - a user's gazetteer in YAML, added to the built-in one.
 *
 *   - name: Jane Roe                # required: the name actors show
 *     kind: person                  # person, country, organization,
 *                                   # agency or place (default person)
 *     country: Atlantis             # their country, or where a place is
 *     aliases: [Jane Q. Roe]        # other full names
 *     short_names: [Roe]            # used after a first mention
 *     rank: 2                       # 1 head of state/government, 2
 *                                   # foreign minister, 3 other
 *     from: 2021                    # years in office
 *   - name: Atlantis
 *     kind: country
 *     demonyms: [Atlantean]
 *
 * Every problem is reported with its place; nothing is added unless the
 * whole file is right. */
#include "timeline.h"

#include "core/suggest.h"
#include "io/ytree.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const keys[] = {
    "name",     "kind", "country", "stands_for", "aliases", "short_names",
    "demonyms", "rank", "from",    "to",         NULL};

static const char *const kinds[] = {"person", "country", "organization",
                                    "agency", "place",   NULL};

typedef struct loader {
  const char *name;
  tl_diags *diags;
  tl_arena *arena;
  bool bad;
} loader;

static void problem(loader *l, const tl_ynode *at, const char *hint,
                    const char *message) {
  tl_diags_add(l->diags, TL_ERROR, l->name, at ? at->start : 0,
               at ? at->end - at->start : 0, at ? at->line : 1,
               at ? at->col : 1, hint, "%s", message);
  l->bad = true;
}

static const char *scalar(loader *l, const tl_ynode *n, const char *what) {
  if (!n)
    return NULL;
  if (n->kind != TL_Y_SCALAR || tl_yscalar_is_null(n)) {
    char msg[120];
    snprintf(msg, sizeof msg, "`%s` must be text", what);
    problem(l, n, NULL, msg);
    return NULL;
  }
  return n->text;
}

static tl_strlist list(loader *l, const tl_ynode *n, const char *what) {
  tl_strlist out = {NULL, 0};
  if (!n)
    return out;
  if (n->kind == TL_Y_SCALAR) {
    const char **items = tl_arena_alloc(l->arena, sizeof *items);
    if (items && (items[0] = scalar(l, n, what))) {
      out.items = items;
      out.count = 1;
    }
    return out;
  }
  if (n->kind != TL_Y_SEQ) {
    char msg[120];
    snprintf(msg, sizeof msg, "`%s` must be a list of names", what);
    problem(l, n, NULL, msg);
    return out;
  }
  const char **items = tl_arena_alloc(l->arena, (n->count + 1) * sizeof *items);
  if (!items)
    return out;
  for (size_t i = 0; i < n->count; i++)
    if ((items[out.count] = scalar(l, n->values[i], what)))
      out.count++;
  out.items = items;
  return out;
}

static int number(loader *l, const tl_ynode *n, const char *what, int lo,
                  int hi) {
  const char *s = scalar(l, n, what);
  if (!s)
    return 0;
  char *end;
  long v = strtol(s, &end, 10);
  if (*s == '\0' || *end != '\0' || v < lo || v > hi) {
    char msg[120];
    snprintf(msg, sizeof msg, "`%s` must be a whole number from %d to %d", what,
             lo, hi);
    problem(l, n, NULL, msg);
    return 0;
  }
  return (int)v;
}

static bool entry(loader *l, const tl_ynode *n, tl_gazetteer_entry *e) {
  memset(e, 0, sizeof *e);
  if (n->kind != TL_Y_MAP) {
    problem(l, n, "each entry is a mapping with at least `name`",
            "expected a gazetteer entry");
    return false;
  }
  for (size_t i = 0; i < n->count; i++) {
    const tl_ynode *k = n->keys[i];
    if (k->kind != TL_Y_SCALAR)
      continue;
    bool known = false;
    for (const char *const *p = keys; *p; p++)
      known = known || strcmp(*p, k->text) == 0;
    if (!known) {
      const char *guess = tl_suggest(k->text, k->len, keys, NULL);
      char msg[160], hint[120];
      snprintf(msg, sizeof msg, "unknown key `%s`", k->text);
      if (guess)
        snprintf(hint, sizeof hint, "did you mean `%s`?", guess);
      problem(l, k, guess ? hint : NULL, msg);
    }
  }
  const tl_ynode *name = tl_ymap_get(n, "name");
  e->name = scalar(l, name, "name");
  if (!name || !e->name || !*e->name) {
    problem(l, name ? name : n, NULL, "an entry needs a `name`");
    return false;
  }
  e->kind = TL_ENTITY_PERSON;
  const char *kind = scalar(l, tl_ymap_get(n, "kind"), "kind");
  if (kind) {
    int found = -1;
    for (int k = 0; kinds[k]; k++)
      if (strcmp(kinds[k], kind) == 0)
        found = k;
    if (found < 0)
      problem(l, tl_ymap_get(n, "kind"),
              "use person, country, organization, agency or place",
              "unknown `kind`");
    else
      e->kind = (tl_entity_kind)(found == 0   ? TL_ENTITY_PERSON
                                 : found == 1 ? TL_ENTITY_COUNTRY
                                 : found == 2 ? TL_ENTITY_ORGANIZATION
                                 : found == 3 ? TL_ENTITY_AGENCY
                                              : TL_ENTITY_PLACE);
  }
  e->country = scalar(l, tl_ymap_get(n, "country"), "country");
  e->stands_for = scalar(l, tl_ymap_get(n, "stands_for"), "stands_for");
  e->aliases = list(l, tl_ymap_get(n, "aliases"), "aliases");
  e->short_names = list(l, tl_ymap_get(n, "short_names"), "short_names");
  e->demonyms = list(l, tl_ymap_get(n, "demonyms"), "demonyms");
  if (tl_ymap_get(n, "rank"))
    e->rank = number(l, tl_ymap_get(n, "rank"), "rank", 1, 3);
  if (tl_ymap_get(n, "from"))
    e->from = number(l, tl_ymap_get(n, "from"), "from", -9999, 9999);
  if (tl_ymap_get(n, "to"))
    e->to = number(l, tl_ymap_get(n, "to"), "to", -9999, 9999);
  return true;
}

tl_status tl_gazetteer_parse(tl_gazetteer *g, const char *text, size_t len,
                             const char *name, tl_diags *diags) {
  tl_ytree tree;
  tl_status st = tl_ytree_parse(text, len, name, &tree, diags);
  if (st != TL_OK)
    return st;
  loader l = {name, diags, &tree.arena, false};
  const tl_ynode *root = tree.root;
  if (!root || root->kind != TL_Y_SEQ) {
    problem(&l, root, "start the file with `- name: ...`",
            "a gazetteer file is a list of entries");
    tl_ytree_free(&tree);
    return TL_ERR_INVALID;
  }
  tl_gazetteer_entry *entries = calloc(root->count + 1, sizeof *entries);
  if (!entries) {
    tl_ytree_free(&tree);
    return TL_ERR_NOMEM;
  }
  size_t n = 0;
  for (size_t i = 0; i < root->count; i++)
    if (entry(&l, root->values[i], &entries[n]))
      n++;
  st = l.bad ? TL_ERR_INVALID : TL_OK;
  for (size_t i = 0; i < n && st == TL_OK; i++)
    st = tl_gazetteer_add(g, &entries[i]);
  free(entries);
  tl_ytree_free(&tree);
  return st;
}
