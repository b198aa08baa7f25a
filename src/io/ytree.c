/* ytree.c - helpers over the YAML node tree (pure). */
#include "io/ytree.h"

#include <string.h>

const tl_ynode *tl_ymap_get(const tl_ynode *map, const char *key) {
  if (!map || map->kind != TL_Y_MAP)
    return NULL;
  for (size_t i = 0; i < map->count; i++) {
    const tl_ynode *k = map->keys[i];
    if (k->kind == TL_Y_SCALAR && strcmp(k->text, key) == 0)
      return map->values[i];
  }
  return NULL;
}

bool tl_yscalar_is_null(const tl_ynode *n) {
  if (n->kind != TL_Y_SCALAR || n->style != TL_Y_PLAIN)
    return false;
  return n->len == 0 || strcmp(n->text, "~") == 0 ||
         strcmp(n->text, "null") == 0 || strcmp(n->text, "Null") == 0 ||
         strcmp(n->text, "NULL") == 0;
}

const char *tl_ykind_name(const tl_ynode *n) {
  switch (n->kind) {
  case TL_Y_MAP:
    return "a mapping";
  case TL_Y_SEQ:
    return "a list";
  default:
    return "text";
  }
}
