/* extraction.h - the event store behind tl_extraction. */
#ifndef TL_EXTRACT_EXTRACTION_H
#define TL_EXTRACT_EXTRACTION_H

#include "timeline.h"

#include "core/arena.h"

/* Adds an event built from article number `article`, or folds it into an
 * event already there that is the same happening.  The event's strings
 * must outlive x (they live in tl_extraction_arena(x)). */
tl_status tl_extraction_add(tl_extraction *x, const tl_event *event,
                            unsigned article);
/* The same, but a mention that matches nothing is dropped. */
tl_status tl_extraction_fold(tl_extraction *x, const tl_event *event,
                             unsigned article);

/* Where events' strings live. */
tl_arena *tl_extraction_arena(tl_extraction *x);

/* Keeps the first headline any article gave; later ones are ignored. */
tl_status tl_extraction_note_headline(tl_extraction *x, const char *text,
                                      size_t len);

/* A new article number. */
unsigned tl_extraction_next_article(tl_extraction *x);

/* The built-in gazetteer, created on first use; NULL when out of memory. */
const tl_gazetteer *tl_extraction_default_gazetteer(tl_extraction *x);

#endif
