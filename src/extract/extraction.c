/* extraction.c - extracted events, one per happening.
 *
 * Events are kept in the order they were first found.  A new mention is
 * compared with the events of the same year only (an index by year keeps
 * a long run of articles linear in practice) and folded into the first
 * that is the same happening: its sources, actors, and a more precise date
 * are added. */
#include "extract/extraction.h"

#include "extract/dedupe.h"

#include <stdlib.h>
#include <string.h>

#define RECENT 16
/* Events of the same year compared with a new one, latest first: enough
 * for any real archive, and a bound on the work per event. */
#define SAME_YEAR_REACH 256
/* Sources kept per event: enough to check a happening against several
 * reports; a wire story repeated by a thousand outlets needs no more. */
#define MAX_SOURCES 50

typedef struct xevent {
  tl_event ev; /* ev.sources and ev.actors point at the arrays below */
  tl_source *sources;
  size_t capsrc;
  const char **actors;
  size_t capact;
  unsigned article;
  int32_t year;
  size_t next; /* next event of the same year, or SIZE_MAX */
  size_t prev; /* previous event of the same year, or SIZE_MAX */
} xevent;

typedef struct bucket {
  int32_t year;
  size_t head, tail; /* first and last event of the year */
  bool used;
} bucket;

struct tl_extraction {
  tl_arena arena;
  xevent *items;
  size_t count, capacity;
  bucket *buckets;
  size_t nbuckets, used_buckets;
  unsigned articles;
  tl_gazetteer *gazetteer;
  char *headline; /* malloc'd: outlives tl_extraction_clear */
};

tl_extraction *tl_extraction_new(void) {
  tl_extraction *x = calloc(1, sizeof *x);
  if (x)
    tl_arena_init(&x->arena);
  return x;
}

static void free_items(tl_extraction *x) {
  for (size_t i = 0; i < x->count; i++) {
    free(x->items[i].sources);
    free(x->items[i].actors);
  }
}

void tl_extraction_free(tl_extraction *x) {
  if (!x)
    return;
  free_items(x);
  free(x->items);
  free(x->buckets);
  tl_gazetteer_free(x->gazetteer);
  tl_arena_free(&x->arena);
  free(x->headline);
  free(x);
}

void tl_extraction_clear(tl_extraction *x) {
  free_items(x);
  x->count = 0;
  for (size_t i = 0; i < x->nbuckets; i++)
    x->buckets[i].used = false;
  x->used_buckets = 0;
  /* Strings of the gazetteer live elsewhere; the arena only holds event
   * text, which is now unreferenced. */
  tl_arena_free(&x->arena);
  tl_arena_init(&x->arena);
}

tl_arena *tl_extraction_arena(tl_extraction *x) { return &x->arena; }

unsigned tl_extraction_next_article(tl_extraction *x) { return ++x->articles; }

tl_status tl_extraction_note_headline(tl_extraction *x, const char *text,
                                      size_t len) {
  if (x->headline || len == 0)
    return TL_OK;
  x->headline = malloc(len + 1);
  if (!x->headline)
    return TL_ERR_NOMEM;
  memcpy(x->headline, text, len);
  x->headline[len] = '\0';
  return TL_OK;
}

const char *tl_extraction_headline(const tl_extraction *x) {
  return x->headline;
}

const tl_gazetteer *tl_extraction_default_gazetteer(tl_extraction *x) {
  if (!x->gazetteer)
    x->gazetteer = tl_gazetteer_new();
  return x->gazetteer;
}

size_t tl_extraction_count(const tl_extraction *x) { return x->count; }

const tl_event *tl_extraction_event(const tl_extraction *x, size_t i) {
  return i < x->count ? &x->items[i].ev : NULL;
}

/* ---- the year index ------------------------------------------------------ */

static int32_t year_of(const tl_event *e) {
  int64_t day = tl_when_first_day(&e->date);
  if (day == INT64_MIN)
    day = tl_when_last_day(&e->date);
  if (day == INT64_MIN || day == INT64_MAX)
    return INT32_MIN;
  int32_t y;
  int m, d;
  tl_civil_from_days(day, &y, &m, &d);
  return y;
}

static size_t slot_of(const tl_extraction *x, int32_t year) {
  size_t mask = x->nbuckets - 1;
  size_t h = ((uint32_t)year * 2654435761u) & mask;
  while (x->buckets[h].used && x->buckets[h].year != year)
    h = (h + 1) & mask;
  return h;
}

static bool grow_buckets(tl_extraction *x) {
  size_t n = x->nbuckets ? x->nbuckets * 2 : 64;
  bucket *old = x->buckets;
  size_t old_n = x->nbuckets;
  x->buckets = calloc(n, sizeof *x->buckets);
  if (!x->buckets) {
    x->buckets = old;
    return false;
  }
  x->nbuckets = n;
  for (size_t i = 0; i < old_n; i++)
    if (old[i].used)
      x->buckets[slot_of(x, old[i].year)] = old[i];
  free(old);
  return true;
}

/* ---- folding one mention into another ------------------------------------ */

static bool same_source(const tl_source *a, const tl_source *b) {
  return ((!a->document && !b->document) ||
          (a->document && b->document &&
           strcmp(a->document, b->document) == 0)) &&
         a->quote && b->quote && strcmp(a->quote, b->quote) == 0;
}

static tl_status push_source(xevent *e, const tl_source *s) {
  if (e->ev.source_count >= MAX_SOURCES)
    return TL_OK;
  for (size_t i = 0; i < e->ev.source_count; i++)
    if (same_source(&e->sources[i], s))
      return TL_OK;
  if (e->ev.source_count == e->capsrc) {
    size_t cap = e->capsrc ? e->capsrc * 2 : 2;
    tl_source *p = realloc(e->sources, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    e->sources = p;
    e->capsrc = cap;
  }
  e->sources[e->ev.source_count++] = *s;
  e->ev.sources = e->sources;
  return TL_OK;
}

static tl_status push_actor(xevent *e, const char *name) {
  for (size_t i = 0; i < e->ev.actors.count; i++)
    if (strcmp(e->actors[i], name) == 0)
      return TL_OK;
  if (e->ev.actors.count == e->capact) {
    size_t cap = e->capact ? e->capact * 2 : 4;
    const char **p = realloc(e->actors, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    e->actors = p;
    e->capact = cap;
  }
  e->actors[e->ev.actors.count++] = name;
  e->ev.actors.items = e->actors;
  return TL_OK;
}

static tl_status fold(xevent *into, const tl_event *e) {
  tl_event *a = &into->ev;
  /* A more precise date: "2019-02-27" over "2019", exact over "2019~". */
  const tl_date *ad = &a->date.start, *bd = &e->date.start;
  if (!e->date.interval && !a->date.interval &&
      tl_dates_compatible(&a->date, &e->date) &&
      (bd->precision > ad->precision ||
       (bd->precision == ad->precision && (ad->flags & TL_DATE_APPROXIMATE) &&
        !(bd->flags & TL_DATE_APPROXIMATE))))
    a->date = e->date;
  if (!a->place)
    a->place = e->place;
  if (!a->type)
    a->type = e->type;
  /* One plain report outweighs a plan or an inference; a cancellation
   * outweighs both. */
  bool one_sentence = a->source_count && e->source_count &&
                      a->sources[0].quote && e->sources[0].quote &&
                      strcmp(a->sources[0].quote, e->sources[0].quote) == 0;
  if (e->status && strcmp(e->status, "cancelled") == 0)
    a->status = e->status;
  else if (!e->status && a->status && strcmp(a->status, "cancelled") != 0 &&
           !one_sentence) /* another report says it happened */
    a->status = NULL;
  for (size_t i = 0; i < e->actors.count; i++)
    if (push_actor(into, e->actors.items[i]))
      return TL_ERR_NOMEM;
  for (size_t i = 0; i < e->source_count; i++)
    if (push_source(into, &e->sources[i]))
      return TL_ERR_NOMEM;
  return TL_OK;
}

static tl_status add(tl_extraction *x, const tl_event *e, unsigned article,
                     bool may_add) {
  int32_t year = year_of(e);
  if (2 * (x->used_buckets + 1) > x->nbuckets && !grow_buckets(x))
    return TL_ERR_NOMEM;
  size_t slot = slot_of(x, year);
  bucket *bk = &x->buckets[slot];
  /* The last few events of the same article: a sentence may date one
   * happening twice in different years ("since March 2018, most recently
   * in January"), which the year index would not bring together. */
  for (size_t k = x->count; k > 0 && x->count - k < RECENT; k--) {
    xevent *c = &x->items[k - 1];
    if (c->article == article && c->year != year &&
        tl_events_same(&c->ev, e, TL_SAME_ARTICLE))
      return fold(c, e);
  }
  size_t reach = 0;
  if (bk->used)
    for (size_t i = bk->tail; i != SIZE_MAX && reach < SAME_YEAR_REACH;
         i = x->items[i].prev, reach++) {
      xevent *c = &x->items[i];
      tl_dedupe_scope scope =
          c->article == article ? TL_SAME_ARTICLE : TL_OTHER_ARTICLE;
      if (tl_events_same(&c->ev, e, scope))
        return fold(c, e);
    }
  if (!may_add)
    return TL_OK;
  if (x->count == x->capacity) {
    size_t cap = x->capacity ? x->capacity * 2 : 64;
    xevent *p = realloc(x->items, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    x->items = p;
    x->capacity = cap;
  }
  xevent *n = &x->items[x->count];
  memset(n, 0, sizeof *n);
  n->ev = *e;
  n->ev.sources = NULL;
  n->ev.source_count = 0;
  n->ev.actors.items = NULL;
  n->ev.actors.count = 0;
  n->article = article;
  n->year = year;
  n->next = SIZE_MAX;
  n->prev = SIZE_MAX;
  if (fold(n, e)) {
    free(n->sources);
    free(n->actors);
    return TL_ERR_NOMEM;
  }
  /* Append to the bucket's list, keeping first-found order within it. */
  size_t id = x->count++;
  if (!bk->used) {
    bk->used = true;
    bk->year = year;
    bk->head = id;
    x->used_buckets++;
  } else {
    x->items[bk->tail].next = id;
    x->items[id].prev = bk->tail;
  }
  bk->tail = id;
  return TL_OK;
}

tl_status tl_extraction_add(tl_extraction *x, const tl_event *e,
                            unsigned article) {
  return add(x, e, article, true);
}

tl_status tl_extraction_fold(tl_extraction *x, const tl_event *e,
                             unsigned article) {
  return add(x, e, article, false);
}
