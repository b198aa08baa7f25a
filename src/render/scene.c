/* scene.c - building and reading scenes. */
#include "render/scene.h"

#include <stdlib.h>
#include <string.h>

tl_scene *tl_scene_new(void) {
  tl_scene *s = calloc(1, sizeof *s);
  if (s)
    tl_arena_init(&s->arena);
  return s;
}

void tl_scene_free(tl_scene *s) {
  if (!s)
    return;
  tl_arena_free(&s->arena);
  free(s->items);
  free(s);
}

tl_item *tl_scene_add(tl_scene *s, const tl_item *item, const char *text,
                      size_t text_len) {
  if (s->failed)
    return NULL;
  if (s->count == s->capacity) {
    size_t cap = s->capacity ? s->capacity * 2 : 256;
    tl_item *p = realloc(s->items, cap * sizeof *p);
    if (!p) {
      s->failed = true;
      return NULL;
    }
    s->items = p;
    s->capacity = cap;
  }
  tl_item *it = &s->items[s->count];
  *it = *item;
  it->text = NULL;
  if (text) {
    it->text = tl_arena_strndup(&s->arena, text, text_len);
    if (!it->text) {
      s->failed = true;
      return NULL;
    }
  }
  s->count++;
  return it;
}

void tl_scene_translate(tl_scene *s, size_t from, double dx, double dy) {
  for (size_t i = from; i < s->count; i++) {
    s->items[i].x += dx;
    s->items[i].y += dy;
  }
}

bool tl_item_is_line(const tl_item *it) {
  return it->kind == TL_ITEM_AXIS || it->kind == TL_ITEM_LEADER ||
         (it->kind == TL_ITEM_TICK && !it->text);
}

double tl_scene_width(const tl_scene *s) { return s->width; }
double tl_scene_height(const tl_scene *s) { return s->height; }
size_t tl_scene_count(const tl_scene *s) { return s->count; }
size_t tl_scene_listed(const tl_scene *s) { return s->listed; }
tl_orientation tl_scene_orientation(const tl_scene *s) {
  return s->orientation;
}
tl_rgba tl_scene_background(const tl_scene *s) { return s->background; }

double tl_scene_page_height(const tl_scene *s) { return s->page_height; }

const tl_item *tl_scene_item(const tl_scene *s, size_t i) {
  return i < s->count ? &s->items[i] : NULL;
}

const tl_font *tl_scene_font(const tl_scene *s, int role) {
  return role >= 0 && role < TL_FONT_COUNT ? &s->fonts[role] : &s->fonts[0];
}
