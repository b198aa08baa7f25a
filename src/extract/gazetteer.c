/* gazetteer.c - names of people, countries, bodies, agencies and places.
 *
 * Every alias is stored under the same key the text is looked up by: its
 * tokens joined by single spaces, with the typographic apostrophe folded to
 * ASCII and a possessive 's dropped.  So "Kim’s", "Workers' Party" and
 * "the DPRK" are found whatever the typography.  Matching is case-
 * sensitive on purpose: "US" is a country and "us" is not. */
#include "extract/gazetteer.h"

#include "core/arena.h"
#include "extract/gazetteer_data.h"

#include <stdlib.h>
#include <string.h>

#define MAX_ALIAS_TOKENS 8
#define KEY_MAX 160

typedef struct alias_rec {
  const char *key;
  uint32_t hash;
  int32_t entity;
  uint8_t kind;
  int32_t next; /* next record with the same key, or -1 */
} alias_rec;

struct tl_gazetteer {
  tl_arena arena;
  tl_entity *entities;
  size_t count, capacity;
  alias_rec *aliases;
  size_t alias_count, alias_capacity;
  int32_t *table; /* head alias record per key; -1 when empty */
  size_t table_size;
  size_t table_used;
  size_t unresolved; /* entities whose country/stands_for name is unknown */
};

static uint32_t hash_bytes(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= 16777619u;
  }
  return h;
}

/* Joins tokens[i..i+n) into key; returns its length or 0 if too long. */
static size_t make_key(const char *text, const tl_word *tokens, size_t i,
                       size_t n, char *key) {
  size_t len = 0;
  for (size_t k = i; k < i + n; k++) {
    const tl_word *t = &tokens[k];
    if (k > i) {
      if (len + 1 >= KEY_MAX)
        return 0;
      key[len++] = ' ';
    }
    for (size_t b = t->start; b < t->end; b++) {
      if (len + 1 >= KEY_MAX)
        return 0;
      /* U+2019 (E2 80 99) folds to an ASCII apostrophe. */
      if ((unsigned char)text[b] == 0xE2 && b + 2 < t->end &&
          (unsigned char)text[b + 1] == 0x80 &&
          (unsigned char)text[b + 2] == 0x99) {
        key[len++] = '\'';
        b += 2;
        continue;
      }
      key[len++] = text[b];
    }
  }
  key[len] = '\0';
  return len;
}

static bool grow_table(tl_gazetteer *g) {
  size_t size = g->table_size ? g->table_size * 2 : 4096;
  int32_t *t = malloc(size * sizeof *t);
  if (!t)
    return false;
  for (size_t i = 0; i < size; i++)
    t[i] = -1;
  for (size_t i = 0; i < g->table_size; i++) {
    int32_t head = g->table[i];
    if (head < 0)
      continue;
    size_t h = g->aliases[head].hash & (size - 1);
    while (t[h] >= 0)
      h = (h + 1) & (size - 1);
    t[h] = head;
  }
  free(g->table);
  g->table = t;
  g->table_size = size;
  return true;
}

/* The slot holding key, or the empty slot where it would go. */
static size_t find_slot(const tl_gazetteer *g, const char *key, size_t len,
                        uint32_t hash) {
  size_t mask = g->table_size - 1;
  size_t h = hash & mask;
  for (;;) {
    int32_t head = g->table[h];
    if (head < 0)
      return h;
    const alias_rec *r = &g->aliases[head];
    if (r->hash == hash && strlen(r->key) == len &&
        memcmp(r->key, key, len) == 0)
      return h;
    h = (h + 1) & mask;
  }
}

static tl_status add_alias(tl_gazetteer *g, int32_t entity, const char *alias,
                           tl_alias_kind kind) {
  if (kind == TL_ALIAS_SHORT && !g->entities[entity].short_name &&
      !(g->entities[entity].short_name = tl_arena_strdup(&g->arena, alias)))
    return TL_ERR_NOMEM;
  /* "the DPRK", "the Kremlin": the article is not part of the name. */
  if (strncmp(alias, "the ", 4) == 0)
    alias += 4;
  size_t alen = strlen(alias);
  if (alen == 0)
    return TL_OK;
  tl_words toks = {0};
  if (tl_words_scan(alias, 0, alen, &toks) != TL_OK) {
    tl_words_free(&toks);
    return TL_ERR_NOMEM;
  }
  char key[KEY_MAX];
  size_t len = toks.count && toks.count <= MAX_ALIAS_TOKENS
                   ? make_key(alias, toks.items, 0, toks.count, key)
                   : 0;
  tl_words_free(&toks);
  if (len == 0)
    return TL_OK; /* too long to ever match; not an error */
  if (2 * (g->table_used + 1) > g->table_size && !grow_table(g))
    return TL_ERR_NOMEM;
  uint32_t hash = hash_bytes(key, len);
  size_t slot = find_slot(g, key, len, hash);
  /* The same entity under the same key once is enough. */
  for (int32_t r = g->table[slot]; r >= 0; r = g->aliases[r].next)
    if (g->aliases[r].entity == entity) {
      if (kind < g->aliases[r].kind)
        g->aliases[r].kind = (uint8_t)kind;
      return TL_OK;
    }
  if (g->alias_count == g->alias_capacity) {
    size_t cap = g->alias_capacity ? g->alias_capacity * 2 : 4096;
    alias_rec *p = realloc(g->aliases, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    g->aliases = p;
    g->alias_capacity = cap;
  }
  const char *stored = g->table[slot] >= 0
                           ? g->aliases[g->table[slot]].key
                           : tl_arena_strndup(&g->arena, key, len);
  if (!stored)
    return TL_ERR_NOMEM;
  int32_t id = (int32_t)g->alias_count++;
  g->aliases[id] = (alias_rec){stored, hash, entity, (uint8_t)kind, -1};
  if (g->table[slot] < 0) {
    g->table[slot] = id;
    g->table_used++;
  } else {
    /* Keep the first-added record at the head; append after it. */
    int32_t r = g->table[slot];
    while (g->aliases[r].next >= 0)
      r = g->aliases[r].next;
    g->aliases[r].next = id;
  }
  return TL_OK;
}

int32_t tl_gazetteer_find(const tl_gazetteer *g, const char *name) {
  if (!g->table_size || !name)
    return -1;
  size_t len = strlen(name);
  uint32_t hash = hash_bytes(name, len);
  size_t slot = find_slot(g, name, len, hash);
  for (int32_t r = g->table[slot]; r >= 0; r = g->aliases[r].next) {
    const tl_entity *e = &g->entities[g->aliases[r].entity];
    if (strcmp(e->name, name) == 0)
      return g->aliases[r].entity;
  }
  return -1;
}

static void resolve(tl_gazetteer *g) {
  g->unresolved = 0;
  for (size_t i = 0; i < g->count; i++) {
    tl_entity *e = &g->entities[i];
    if (e->country < 0 && e->country_name) {
      e->country = tl_gazetteer_find(g, e->country_name);
      g->unresolved += e->country < 0;
    }
    if (e->stands_for < 0 && e->stands_for_name) {
      e->stands_for = tl_gazetteer_find(g, e->stands_for_name);
      g->unresolved += e->stands_for < 0;
    }
  }
}

/* Adds each '|'-separated alias in list. */
static tl_status add_list(tl_gazetteer *g, int32_t entity, const char *list,
                          tl_alias_kind kind) {
  while (list && *list) {
    const char *bar = strchr(list, '|');
    size_t len = bar ? (size_t)(bar - list) : strlen(list);
    char one[KEY_MAX];
    if (len < sizeof one) {
      memcpy(one, list, len);
      one[len] = '\0';
      tl_status st = add_alias(g, entity, one, kind);
      if (st)
        return st;
    }
    list = bar ? bar + 1 : NULL;
  }
  return TL_OK;
}

static tl_status add_strlist(tl_gazetteer *g, int32_t entity,
                             const tl_strlist *list, tl_alias_kind kind) {
  for (size_t i = 0; i < list->count; i++) {
    tl_status st = add_alias(g, entity, list->items[i], kind);
    if (st)
      return st;
  }
  return TL_OK;
}

static int16_t clamp_year(int y) {
  return (int16_t)(y < -9999 ? -9999 : y > 9999 ? 9999 : y);
}

tl_status tl_gazetteer_add(tl_gazetteer *g, const tl_gazetteer_entry *in) {
  if (!in->name || !*in->name)
    return TL_ERR_USAGE;
  int32_t id = tl_gazetteer_find(g, in->name);
  if (id < 0) {
    if (g->count == g->capacity) {
      size_t cap = g->capacity ? g->capacity * 2 : 1024;
      tl_entity *p = realloc(g->entities, cap * sizeof *p);
      if (!p)
        return TL_ERR_NOMEM;
      g->entities = p;
      g->capacity = cap;
    }
    const char *name = tl_arena_strdup(&g->arena, in->name);
    if (!name)
      return TL_ERR_NOMEM;
    id = (int32_t)g->count++;
    g->entities[id] = (tl_entity){name, NULL, 0, 3, 0, 0, -1, -1, NULL, NULL};
  }
  tl_entity *e = &g->entities[id];
  e->kind = (uint8_t)in->kind;
  e->rank = (uint8_t)(in->rank >= 1 && in->rank <= 3 ? in->rank : 3);
  e->from = clamp_year(in->from);
  e->to = clamp_year(in->to);
  if (in->country) {
    e->country_name = tl_arena_strdup(&g->arena, in->country);
    e->country = -1;
  }
  if (in->stands_for) {
    e->stands_for_name = tl_arena_strdup(&g->arena, in->stands_for);
    e->stands_for = -1;
  }
  tl_status st;
  if ((st = add_alias(g, id, e->name, TL_ALIAS_NAME)) ||
      (st = add_strlist(g, id, &in->aliases, TL_ALIAS_NAME)) ||
      (st = add_strlist(g, id, &in->short_names, TL_ALIAS_SHORT)) ||
      (st = add_strlist(g, id, &in->demonyms, TL_ALIAS_DEMONYM)))
    return st;
  e = &g->entities[id];
  if (e->country_name)
    e->country = tl_gazetteer_find(g, e->country_name);
  if (e->stands_for_name)
    e->stands_for = tl_gazetteer_find(g, e->stands_for_name);
  g->unresolved += (e->country_name && e->country < 0) +
                   (e->stands_for_name && e->stands_for < 0);
  if (g->unresolved)
    resolve(g);
  return TL_OK;
}

/* ---- the built-in tables ------------------------------------------------ */

static tl_status add_row(tl_gazetteer *g, const char *name, tl_entity_kind kind,
                         const char *country, const char *stands_for, int rank,
                         int from, int to, int32_t *id) {
  tl_gazetteer_entry e = {0};
  e.name = name;
  e.kind = kind;
  e.country = country;
  e.stands_for = stands_for;
  e.rank = rank;
  e.from = from;
  e.to = to;
  tl_status st = tl_gazetteer_add(g, &e);
  *id = tl_gazetteer_find(g, name);
  return st;
}

static tl_status load_builtin(tl_gazetteer *g) {
  tl_status st;
  int32_t id;
  for (size_t i = 0; i < tl_builtin_country_count; i++) {
    const tl_country_row *r = &tl_builtin_countries[i];
    if ((st = add_row(g, r->name, TL_ENTITY_COUNTRY, NULL, NULL, 0, 0, 0,
                      &id)) ||
        (st = add_list(g, id, r->aliases, TL_ALIAS_NAME)) ||
        (st = add_list(g, id, r->demonyms, TL_ALIAS_DEMONYM)))
      return st;
  }
  /* Capitals: a place in the country that also speaks for it. */
  for (size_t i = 0; i < tl_builtin_country_count; i++) {
    const tl_country_row *r = &tl_builtin_countries[i];
    const char *list = r->capitals;
    const char *first_end = strchr(list, '|');
    char first[KEY_MAX];
    size_t len = first_end ? (size_t)(first_end - list) : strlen(list);
    if (len == 0 || len >= sizeof first)
      continue;
    memcpy(first, list, len);
    first[len] = '\0';
    if ((st = add_row(g, first, TL_ENTITY_PLACE, r->name, r->name, 0, 0, 0,
                      &id)) ||
        (st = add_list(g, id, list, TL_ALIAS_NAME)))
      return st;
  }
  static const struct {
    const tl_name_row *rows;
    const size_t *count;
    tl_entity_kind kind;
  } tables[] = {
      {tl_builtin_organizations, &tl_builtin_organization_count,
       TL_ENTITY_ORGANIZATION},
      {tl_builtin_agencies, &tl_builtin_agency_count, TL_ENTITY_AGENCY},
      {tl_builtin_places, &tl_builtin_place_count, TL_ENTITY_PLACE},
  };
  for (size_t t = 0; t < sizeof tables / sizeof tables[0]; t++)
    for (size_t i = 0; i < *tables[t].count; i++) {
      const tl_name_row *r = &tables[t].rows[i];
      if ((st = add_row(g, r->name, tables[t].kind, r->country, NULL, 0, 0, 0,
                        &id)) ||
          (st = add_list(g, id, r->aliases, TL_ALIAS_NAME)))
        return st;
    }
  /* Seats of government: an existing place keeps its kind and location
   * and gains what it stands for; otherwise a new organization-like name. */
  for (size_t i = 0; i < tl_builtin_metonym_count; i++) {
    const tl_name_row *r = &tl_builtin_metonyms[i];
    int32_t existing = tl_gazetteer_find(g, r->name);
    if (existing >= 0) {
      tl_entity *e = &g->entities[existing];
      e->stands_for_name = r->country;
      e->stands_for = tl_gazetteer_find(g, r->country);
      id = existing;
    } else if ((st = add_row(g, r->name, TL_ENTITY_ORGANIZATION, NULL,
                             r->country, 0, 0, 0, &id))) {
      return st;
    }
    if ((st = add_list(g, id, r->aliases, TL_ALIAS_NAME)))
      return st;
  }
  for (size_t i = 0; i < tl_builtin_person_count; i++) {
    const tl_person_row *r = &tl_builtin_people[i];
    if ((st = add_row(g, r->name, TL_ENTITY_PERSON, r->country, NULL, r->rank,
                      r->from, r->to, &id)) ||
        (st = add_list(g, id, r->aliases, TL_ALIAS_NAME)) ||
        (st = add_list(g, id, r->shorts, TL_ALIAS_SHORT)))
      return st;
  }
  return TL_OK;
}

tl_gazetteer *tl_gazetteer_new(void) {
  tl_gazetteer *g = calloc(1, sizeof *g);
  if (!g)
    return NULL;
  tl_arena_init(&g->arena);
  if (!grow_table(g) || load_builtin(g) != TL_OK) {
    tl_gazetteer_free(g);
    return NULL;
  }
  return g;
}

void tl_gazetteer_free(tl_gazetteer *g) {
  if (!g)
    return;
  tl_arena_free(&g->arena);
  free(g->entities);
  free(g->aliases);
  free(g->table);
  free(g);
}

const tl_entity *tl_gazetteer_entity(const tl_gazetteer *g, int32_t id) {
  return id >= 0 && (size_t)id < g->count ? &g->entities[id] : NULL;
}

size_t tl_gazetteer_size(const tl_gazetteer *g) { return g->count; }

size_t tl_gazetteer_match(const tl_gazetteer *g, const char *text,
                          const tl_word *tokens, size_t count, size_t i,
                          tl_alias_hit *hits, size_t max, size_t *nhits) {
  *nhits = 0;
  size_t longest = count - i < MAX_ALIAS_TOKENS ? count - i : MAX_ALIAS_TOKENS;
  for (size_t n = longest; n >= 1; n--) {
    /* A name never spans punctuation other than inside tokens, and never
     * continues past a possessive ("China's Xi" is two names). */
    bool ok = true;
    for (size_t k = i; k < i + n && ok; k++) {
      if (tokens[k].kind != TL_W_WORD && tokens[k].kind != TL_W_NUMBER)
        ok = false;
      if (k < i + n - 1 && (tokens[k].flags & TL_W_POSSESSIVE))
        ok = false;
    }
    if (!ok)
      continue;
    char key[KEY_MAX];
    size_t len = make_key(text, tokens, i, n, key);
    if (len == 0)
      continue;
    size_t slot = find_slot(g, key, len, hash_bytes(key, len));
    int32_t r = g->table[slot];
    if (r < 0)
      continue;
    for (; r >= 0 && *nhits < max; r = g->aliases[r].next)
      hits[(*nhits)++] =
          (tl_alias_hit){g->aliases[r].entity, g->aliases[r].kind};
    return n;
  }
  return 0;
}
