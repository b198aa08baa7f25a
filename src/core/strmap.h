/* strmap.h - a string -> unsigned map (open addressing), for finding
 * duplicates in linear time. */
#ifndef TL_STRMAP_H
#define TL_STRMAP_H

#include <stdbool.h>
#include <stddef.h>

typedef struct tl_strmap_slot {
  const char *key; /* not owned: must outlive the map */
  size_t len;
  size_t hash;
  unsigned value;
} tl_strmap_slot;

typedef struct tl_strmap {
  tl_strmap_slot *slots;
  size_t capacity; /* a power of two, or 0 */
  size_t count;
} tl_strmap;

void tl_strmap_free(tl_strmap *map);

/* If `key` is present, returns true and sets *existing to its value;
 * otherwise inserts it with `value` and returns false.  *nomem is set when
 * the map could not grow (the key is then not inserted). */
bool tl_strmap_find_or_add(tl_strmap *map, const char *key, size_t len,
                           unsigned value, unsigned *existing, bool *nomem);

#endif
