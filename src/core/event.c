/* event.c - events and the document that owns them. */
#include "timeline.h"

#include "core/arena.h"

#include <stdlib.h>
#include <string.h>

struct tl_doc {
  tl_arena arena; /* every string, list and source */
  const char *title;
  const char *description;
  tl_event *events;
  size_t count;
  size_t capacity;
};

tl_doc *tl_doc_new(void) {
  tl_doc *doc = calloc(1, sizeof *doc);
  if (doc)
    tl_arena_init(&doc->arena);
  return doc;
}

void tl_doc_free(tl_doc *doc) {
  if (!doc)
    return;
  tl_arena_free(&doc->arena);
  free(doc->events);
  free(doc);
}

const char *tl_doc_title(const tl_doc *doc) { return doc->title; }
const char *tl_doc_description(const tl_doc *doc) { return doc->description; }
size_t tl_doc_count(const tl_doc *doc) { return doc->count; }

const tl_event *tl_doc_event(const tl_doc *doc, size_t i) {
  return i < doc->count ? &doc->events[i] : NULL;
}

static tl_status copy_string(tl_doc *doc, const char **dst, const char *src) {
  if (!src) {
    *dst = NULL;
    return TL_OK;
  }
  *dst = tl_arena_strdup(&doc->arena, src);
  return *dst ? TL_OK : TL_ERR_NOMEM;
}

tl_status tl_doc_set_title(tl_doc *doc, const char *title) {
  return copy_string(doc, &doc->title, title);
}

tl_status tl_doc_set_description(tl_doc *doc, const char *description) {
  return copy_string(doc, &doc->description, description);
}

static tl_status copy_list(tl_doc *doc, tl_strlist *dst,
                           const tl_strlist *src) {
  dst->count = 0;
  dst->items = NULL;
  if (!src->count)
    return TL_OK;
  const char **items = tl_arena_alloc(&doc->arena, src->count * sizeof *items);
  if (!items)
    return TL_ERR_NOMEM;
  for (size_t i = 0; i < src->count; i++)
    if (copy_string(doc, &items[i], src->items[i]) != TL_OK)
      return TL_ERR_NOMEM;
  dst->items = items;
  dst->count = src->count;
  return TL_OK;
}

tl_status tl_doc_add(tl_doc *doc, const tl_event *event) {
  if (doc->count == doc->capacity) {
    size_t cap = doc->capacity ? doc->capacity * 2 : 16;
    tl_event *p = realloc(doc->events, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    doc->events = p;
    doc->capacity = cap;
  }
  tl_event e = *event;
  tl_status st = TL_OK;
  if ((st = copy_string(doc, &e.title, event->title)) ||
      (st = copy_string(doc, &e.summary, event->summary)) ||
      (st = copy_string(doc, &e.type, event->type)) ||
      (st = copy_string(doc, &e.place, event->place)) ||
      (st = copy_string(doc, &e.status, event->status)) ||
      (st = copy_string(doc, &e.id, event->id)) ||
      (st = copy_list(doc, &e.actors, &event->actors)) ||
      (st = copy_list(doc, &e.tags, &event->tags)))
    return st;
  e.sources = NULL;
  e.source_count = 0;
  if (event->source_count) {
    tl_source *src =
        tl_arena_alloc(&doc->arena, event->source_count * sizeof *src);
    if (!src)
      return TL_ERR_NOMEM;
    for (size_t i = 0; i < event->source_count; i++) {
      src[i].offset = event->sources[i].offset;
      if ((st = copy_string(doc, &src[i].document,
                            event->sources[i].document)) ||
          (st = copy_string(doc, &src[i].quote, event->sources[i].quote)) ||
          (st = copy_string(doc, &src[i].said_by, event->sources[i].said_by)))
        return st;
    }
    e.sources = src;
    e.source_count = event->source_count;
  }
  doc->events[doc->count++] = e;
  return TL_OK;
}

int64_t tl_event_first_day(const tl_event *e) {
  return tl_when_first_day(&e->date);
}

int64_t tl_event_last_day(const tl_event *e) {
  if (e->has_end)
    return tl_date_last_day(&e->end);
  return tl_when_last_day(&e->date);
}

static bool str_equal(const char *a, const char *b) {
  return a == b || (a && b && strcmp(a, b) == 0);
}

static bool list_equal(const tl_strlist *a, const tl_strlist *b) {
  if (a->count != b->count)
    return false;
  for (size_t i = 0; i < a->count; i++)
    if (!str_equal(a->items[i], b->items[i]))
      return false;
  return true;
}

bool tl_event_equal(const tl_event *a, const tl_event *b) {
  if (!tl_when_equal(&a->date, &b->date) || a->has_end != b->has_end)
    return false;
  if (a->has_end) {
    tl_when ea = tl_when_from_date(a->end), eb = tl_when_from_date(b->end);
    if (!tl_when_equal(&ea, &eb))
      return false;
  }
  if (!str_equal(a->title, b->title) || !str_equal(a->summary, b->summary) ||
      !str_equal(a->type, b->type) || !str_equal(a->place, b->place) ||
      !str_equal(a->status, b->status) || !str_equal(a->id, b->id) ||
      !list_equal(&a->actors, &b->actors) || !list_equal(&a->tags, &b->tags) ||
      a->source_count != b->source_count)
    return false;
  for (size_t i = 0; i < a->source_count; i++) {
    const tl_source *x = &a->sources[i], *y = &b->sources[i];
    if (!str_equal(x->document, y->document) ||
        !str_equal(x->quote, y->quote) || !str_equal(x->said_by, y->said_by) ||
        x->offset != y->offset)
      return false;
  }
  return true;
}
