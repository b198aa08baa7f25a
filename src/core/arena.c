/* arena.c - bump allocator: many small strings, one free. */
#include "core/arena.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct tl_arena_block {
  tl_arena_block *next;
  size_t size;
  alignas(max_align_t) unsigned char data[];
};

enum { TL_ARENA_BLOCK = 16 * 1024 };

void tl_arena_init(tl_arena *arena) {
  arena->head = NULL;
  arena->used = 0;
}

void tl_arena_free(tl_arena *arena) {
  tl_arena_block *b = arena->head;
  while (b) {
    tl_arena_block *next = b->next;
    free(b);
    b = next;
  }
  arena->head = NULL;
  arena->used = 0;
}

void *tl_arena_alloc(tl_arena *arena, size_t size) {
  const size_t align = alignof(max_align_t);
  size_t rounded = (size + align - 1) / align * align;
  if (rounded < size)
    return NULL;
  if (rounded == 0)
    rounded = align;
  if (!arena->head || arena->head->size - arena->used < rounded) {
    size_t cap = rounded > TL_ARENA_BLOCK ? rounded : TL_ARENA_BLOCK;
    if (cap > SIZE_MAX - sizeof(tl_arena_block))
      return NULL;
    tl_arena_block *b = malloc(sizeof(tl_arena_block) + cap);
    if (!b)
      return NULL;
    b->size = cap;
    /* A big request gets its own block behind the head, so the head's free
     * space is not wasted. */
    if (arena->head && rounded > TL_ARENA_BLOCK) {
      b->next = arena->head->next;
      arena->head->next = b;
      memset(b->data, 0, rounded);
      return b->data;
    }
    b->next = arena->head;
    arena->head = b;
    arena->used = 0;
  }
  void *p = arena->head->data + arena->used;
  arena->used += rounded;
  memset(p, 0, rounded);
  return p;
}

char *tl_arena_strndup(tl_arena *arena, const char *s, size_t len) {
  if (len == SIZE_MAX)
    return NULL;
  char *p = tl_arena_alloc(arena, len + 1);
  if (!p)
    return NULL;
  if (len)
    memcpy(p, s, len);
  p[len] = '\0';
  return p;
}

char *tl_arena_strdup(tl_arena *arena, const char *s) {
  return s ? tl_arena_strndup(arena, s, strlen(s)) : NULL;
}
