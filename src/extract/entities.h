/* entities.h - people, countries, organizations and places in sentences. */
#ifndef TL_EXTRACT_ENTITIES_H
#define TL_EXTRACT_ENTITIES_H

#include "timeline.h"

#include "extract/gazetteer.h"
#include "extract/words.h"

/* A capitalized phrase naming a happening ("Korean War", "Hanoi Summit"):
 * never an actor, but a ready-made title. */
#define TL_MENTION_EVENT 200

typedef struct tl_mention {
  size_t first, last;     /* tokens [first, last) */
  const char *name;       /* canonical name; lives as long as the doc */
  int32_t entity;         /* gazetteer id, -1 for a name the gazetteer lacks */
  uint8_t kind;           /* tl_entity_kind or TL_MENTION_EVENT */
  bool locative;          /* after "in", "at", "to", "visited": a place */
  bool titled;            /* after a title: "President", "Foreign Minister" */
  bool demonym;           /* written as an adjective: "North Korean" */
  uint8_t rank;           /* people: the gazetteer's rank, 3 when unknown */
  const char *short_name; /* people: what headlines call them, or NULL */
  const char *actor;      /* what it adds to `actors` (a capital used as a
                             speaker gives its country); NULL for none */
  const char *place;      /* what it gives as `place` when locative; NULL */
  const char *stands_for; /* a capital's country even when it is a place:
                             "closer to Tokyo" still points at Japan */
  size_t title_first;     /* first token of the title phrase when titled */
  const char *country;    /* people: the country the gazetteer gives them,
                             for "the Cuban leader"; NULL when unknown */
} tl_mention;

typedef struct tl_mentions {
  tl_mention *items;
  size_t count, capacity;
} tl_mentions;

/* What is known about names across one article: which countries it is
 * about, which full names it used, what each short name refers to. */
typedef struct tl_entity_doc tl_entity_doc;

/* `dct_year` (0 when unknown) breaks ties between people who share a short
 * name.  NULL when out of memory. */
tl_entity_doc *tl_entity_doc_new(const tl_gazetteer *g, int dct_year);
void tl_entity_doc_free(tl_entity_doc *doc);

/* Looks at the whole article once before sentences are read, so that a
 * short name ("Kim") can be resolved from context that comes later. */
tl_status tl_entity_doc_prescan(tl_entity_doc *doc, const char *text,
                                const tl_words *tokens);

/* Finds the mentions in tokens [first, last) of one sentence, in order,
 * appending them to *out (initialise to zeros; free with
 * tl_mentions_free).  Binds short names as it goes, so sentences must be
 * given in text order. */
tl_status tl_entities_find(tl_entity_doc *doc, const char *text,
                           const tl_words *tokens, size_t first, size_t last,
                           tl_mentions *out);
void tl_mentions_free(tl_mentions *m);

/* The word of the name a story keeps using: the family name, which comes
 * first in East Asian names ("Kim Jong Un" -> "Kim") and last otherwise
 * ("Donald Trump" -> "Trump").  Returns the word's index in [first, last). */
size_t tl_surname_word(const char *text, const tl_word *words, size_t first,
                       size_t last);

/* Title words that may stand before a name ("President", "envoy"). */
bool tl_is_title_word(const char *text, const tl_word *t);

#endif
