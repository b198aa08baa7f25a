/* arena.h - bump allocator owning every string and array of one document. */
#ifndef TL_ARENA_H
#define TL_ARENA_H

#include <stddef.h>

typedef struct tl_arena_block tl_arena_block;

typedef struct tl_arena {
  tl_arena_block *head;
  size_t used; /* bytes used in head */
} tl_arena;

void tl_arena_init(tl_arena *arena);
void tl_arena_free(tl_arena *arena);

/* Zeroed, max-aligned memory that lives until tl_arena_free; NULL on OOM. */
void *tl_arena_alloc(tl_arena *arena, size_t size);
/* Copies len bytes and adds a NUL; NULL on OOM. */
char *tl_arena_strndup(tl_arena *arena, const char *s, size_t len);
/* NULL in, NULL out. */
char *tl_arena_strdup(tl_arena *arena, const char *s);

#endif
