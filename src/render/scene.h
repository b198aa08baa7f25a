/* scene.h - the scene under construction: items plus the strings they own. */
#ifndef TL_RENDER_SCENE_H
#define TL_RENDER_SCENE_H

#include "timeline.h"

#include "core/arena.h"

struct tl_scene {
  double width, height;
  tl_item *items;
  size_t count, capacity;
  tl_arena arena; /* item texts */
  size_t listed;  /* events sent to the numbered list */
  bool capped;    /* an automatic height reached its cap (vertical) */
  tl_orientation orientation;
  tl_rgba background;
  tl_font fonts[TL_FONT_COUNT];
  double page_height; /* --page: PDF pages this tall (0: one page) */
  bool failed;        /* an allocation failed; the scene is unusable */
};

tl_scene *tl_scene_new(void);

/* Appends a copy of *item; its text (when not NULL, `text_len` bytes) is
 * copied into the scene.  On out of memory sets scene->failed and returns
 * NULL, so callers may check once at the end. */
tl_item *tl_scene_add(tl_scene *scene, const tl_item *item, const char *text,
                      size_t text_len);

/* Moves every item by (dx, dy). */
void tl_scene_translate(tl_scene *scene, size_t from, double dx, double dy);

/* True for the kinds whose (w, h) is a line's direction, not a box. */
bool tl_item_is_line(const tl_item *item);

#endif
