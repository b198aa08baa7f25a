/* build.h - a dated clause becomes an event. */
#ifndef TL_EXTRACT_BUILD_H
#define TL_EXTRACT_BUILD_H

#include "timeline.h"

#include "core/arena.h"
#include "extract/entities.h"
#include "extract/words.h"

/* A date found in the text, already anchored (timex_when.c). */
typedef struct tl_date_mention {
  size_t start, end; /* bytes of the expression */
  tl_when when;
  char signal[16]; /* the cue before it: since, from, in, on, by, ... */
  bool future;     /* the tagger read its clause as future */
  bool inferred;   /* anchored on a guessed year or the narrative anchor */
  /* "a day after ...", "two weeks before ...": an amount of time counted
   * from another date of the sentence; `when` is unset.  Unit is 'D',
   * 'W', 'M' or 'Y', or 0 for a date. */
  char offset_unit;
  int offset_amount;
} tl_date_mention;

/* What earlier sentences said, for "he", "their" and "the two countries". */
typedef struct tl_discourse {
  const char *subject;       /* the person the last sentence was about */
  const char *subject_short; /* how the text calls them: "Kim" */
  const char *persons[6];    /* people named lately, the latest first */
  const char *person_shorts[6];
  uint8_t person_ranks[6];         /* 1: a head of state or government */
  const char *person_countries[6]; /* as the gazetteer gives, or NULL */
  size_t npersons;
  const char *countries[4]; /* countries of the last sentence, in order */
  size_t ncountries;
} tl_discourse;

typedef struct tl_builder {
  const char *text;
  const tl_words *words;
  const tl_date *dct; /* NULL in narrative mode */
  const char *document;
  tl_arena *arena; /* every string of the events built */
  tl_discourse discourse;
  /* The day of the latest event of each type told so far, for "two days
   * after the vote" in a later sentence. */
  struct {
    const char *type;
    tl_date day;
  } told[8];
  size_t ntold;
  bool merge_only; /* set while the event being emitted may only add a
                      source to an event found already */
} tl_builder;

typedef struct tl_sentence_in {
  size_t start, end;  /* bytes */
  size_t first, last; /* words */
  bool line_only;     /* a heading or sign-off */
  const tl_mention *mentions;
  size_t nmentions;
  const tl_date_mention *dates;
  size_t ndates;
} tl_sentence_in;

/* Receives each event built; its strings live in the builder's arena. */
typedef tl_status (*tl_event_sink)(void *ctx, const tl_event *event);

/* Builds the events of one sentence: one per date that anchors a clause
 * (a DURATION or an undated clause makes none).  Then updates the
 * discourse for the next sentence. */
tl_status tl_build_sentence(tl_builder *b, const tl_sentence_in *s,
                            tl_event_sink sink, void *ctx);

#endif
