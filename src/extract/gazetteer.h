/* gazetteer.h - the gazetteer's lookup side, used by entities.c. */
#ifndef TL_EXTRACT_GAZETTEER_H
#define TL_EXTRACT_GAZETTEER_H

#include "timeline.h"

#include "extract/words.h"

/* How a name was written. */
typedef enum tl_alias_kind {
  TL_ALIAS_NAME,   /* a full name: "Kim Jong Un", "North Korea", "DPRK" */
  TL_ALIAS_SHORT,  /* a short name that needs context: "Kim", "Xi" */
  TL_ALIAS_DEMONYM /* an adjective: "North Korean", "US" in "US President" */
} tl_alias_kind;

typedef struct tl_entity {
  const char *name;
  const char *short_name; /* the first short name given: "Saddam", "Kim" */
  uint8_t kind;           /* tl_entity_kind */
  uint8_t rank;           /* 1..3 */
  int16_t from, to;
  int32_t country;             /* entity id or -1 */
  int32_t stands_for;          /* entity id or -1 */
  const char *country_name;    /* as given, resolved lazily */
  const char *stands_for_name; /* as given, resolved lazily */
} tl_entity;

typedef struct tl_alias_hit {
  int32_t entity;
  uint8_t kind; /* tl_alias_kind */
} tl_alias_hit;

/* Longest alias starting at tokens[i].  Up to `max` candidate entities are
 * written to hits (several when people share a short name); returns the
 * number of tokens the alias covers, 0 when nothing matches. */
size_t tl_gazetteer_match(const tl_gazetteer *g, const char *text,
                          const tl_word *tokens, size_t count, size_t i,
                          tl_alias_hit *hits, size_t max, size_t *nhits);

const tl_entity *tl_gazetteer_entity(const tl_gazetteer *g, int32_t id);
size_t tl_gazetteer_size(const tl_gazetteer *g);
/* Entity id by canonical name, or -1. */
int32_t tl_gazetteer_find(const tl_gazetteer *g, const char *name);

#endif
