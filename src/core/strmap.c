/* strmap.c - linear probing, FNV-1a, load factor at most 1/2. */
#include "core/strmap.h"

#include <stdlib.h>
#include <string.h>

static size_t fnv1a(const char *s, size_t len) {
  size_t h = (size_t)1469598103934665603ULL;
  for (size_t i = 0; i < len; i++) {
    h ^= (unsigned char)s[i];
    h *= (size_t)1099511628211ULL;
  }
  return h;
}

void tl_strmap_free(tl_strmap *map) {
  free(map->slots);
  memset(map, 0, sizeof *map);
}

static bool grow(tl_strmap *map) {
  size_t cap = map->capacity ? map->capacity * 2 : 64;
  tl_strmap_slot *slots = calloc(cap, sizeof *slots);
  if (!slots)
    return false;
  for (size_t i = 0; i < map->capacity; i++) {
    tl_strmap_slot *s = &map->slots[i];
    if (!s->key)
      continue;
    size_t j = s->hash & (cap - 1);
    while (slots[j].key)
      j = (j + 1) & (cap - 1);
    slots[j] = *s;
  }
  free(map->slots);
  map->slots = slots;
  map->capacity = cap;
  return true;
}

bool tl_strmap_find_or_add(tl_strmap *map, const char *key, size_t len,
                           unsigned value, unsigned *existing, bool *nomem) {
  if ((map->count + 1) * 2 > map->capacity && !grow(map)) {
    *nomem = true;
    return false;
  }
  size_t h = fnv1a(key, len);
  size_t j = h & (map->capacity - 1);
  for (;;) {
    tl_strmap_slot *s = &map->slots[j];
    if (!s->key) {
      *s = (tl_strmap_slot){key, len, h, value};
      map->count++;
      return false;
    }
    if (s->hash == h && s->len == len && memcmp(s->key, key, len) == 0) {
      *existing = s->value;
      return true;
    }
    j = (j + 1) & (map->capacity - 1);
  }
}
