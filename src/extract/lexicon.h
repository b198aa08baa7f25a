/* lexicon.h - the words the temporal tagger knows, and what they mean.
 *
 * One row per word (lexicon.c).  A word may belong to several classes:
 * "may" is a month and a modal verb, "second" an ordinal and a unit, "last"
 * a relative word and an ordinal.  The grammar (timex_grammar.c) decides
 * which reading a context allows. */
#ifndef TL_LEXICON_H
#define TL_LEXICON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Word classes (bits of lex_word.cls). */
enum {
  LX_MONTH = 1u << 0,      /* month: 1..12 */
  LX_WEEKDAY = 1u << 1,    /* weekday: 1 = Monday .. 7 = Sunday */
  LX_SEASON = 1u << 2,     /* season */
  LX_POD = 1u << 3,        /* part of day */
  LX_UNIT = 1u << 4,       /* unit of time */
  LX_NUMBER = 1u << 5,     /* cardinal number word: number */
  LX_ORDINAL = 1u << 6,    /* ordinal word: number */
  LX_DAYREF = 1u << 7,     /* today, yesterday, tomorrow, tonight: shift */
  LX_REL = 1u << 8,        /* last, next, this, coming, ...: shift */
  LX_DECADE = 1u << 9,     /* fifties: number = 50 */
  LX_SIGNAL = 1u << 10,    /* preposition that may introduce a time */
  LX_TZ = 1u << 11,        /* time zone abbreviation */
  LX_FUTURE = 1u << 12,    /* will, 'll, shall: the clause is in the future */
  LX_PAST = 1u << 13,      /* was, had, said, met: the clause is past */
  LX_PRESENT = 1u << 14,   /* is, are, has: the clause is present */
  LX_ABBREV = 1u << 15,    /* abbreviation whose '.' does not end a sentence */
  LX_VAGUE = 1u << 16,     /* few, several, many: an unknown quantity */
  LX_FREQ = 1u << 17,      /* daily, weekly: a set with unit */
  LX_NOUNLIKE = 1u << 18,  /* ordinary word, listed for the grammar only */
  LX_YEAR_NEXT = 1u << 19, /* may follow a bare year ("in 2019 when") */
  LX_CLAUSE = 1u << 20,    /* starts a new clause: tense cues stop here */
  LX_MEASURE = 1u << 21,   /* a unit of measure: "1950 metres" is no year */
  LX_COUNTED = 1u << 22    /* a counted noun: "2019 votes" is no year */
};

/* Units of time, smallest first (the order matters: finer < coarser). */
typedef enum tl_unit {
  U_NONE = 0,
  U_SECOND,
  U_MINUTE,
  U_HOUR,
  U_POD, /* part of day: output granularity only */
  U_DAY,
  U_WEEKEND,
  U_WEEK,
  U_FORTNIGHT,
  U_MONTH,
  U_SEASON, /* output granularity only */
  U_QUARTER,
  U_HALF, /* output granularity only */
  U_YEAR,
  U_DECADE,
  U_CENTURY,
  U_MILLENNIUM
} tl_unit;

enum { SEASON_SP = 1, SEASON_SU, SEASON_FA, SEASON_WI };
enum { POD_MO = 1, POD_MI, POD_AF, POD_EV, POD_NI, POD_DT };

/* lex_word.flags */
enum {
  LF_ABBR = 1u << 0,   /* abbreviated spelling ("sept", "thu") */
  LF_AMBIG = 1u << 1,  /* also an ordinary word ("may", "march", "fall") */
  LF_PLURAL = 1u << 2, /* plural unit or season ("years", "summers") */
  LF_NARR = 1u << 3,   /* REL: counts from the narrative, not the DCT */
  LF_TENS = 1u << 4    /* NUMBER: twenty..ninety (takes a hyphenated unit) */
};

typedef struct lex_word {
  const char *word; /* lower case */
  uint32_t cls;     /* LX_* */
  int16_t number;   /* LX_NUMBER, LX_ORDINAL, LX_DECADE value */
  int8_t month;     /* LX_MONTH */
  int8_t weekday;   /* LX_WEEKDAY */
  int8_t season;    /* LX_SEASON */
  int8_t pod;       /* LX_POD */
  int8_t unit;      /* LX_UNIT, LX_FREQ: tl_unit */
  int8_t shift;     /* LX_DAYREF days; LX_REL -1, 0, +1 */
  uint8_t flags;    /* LF_* */
} lex_word;

/* An index over the table, built once per tagging run (a few microseconds)
 * so that the library needs no global state. */
enum { LEX_SLOTS = 2048 };
typedef struct tl_lexicon {
  uint16_t slot[LEX_SLOTS]; /* 1 + index into the table; 0 = empty */
} tl_lexicon;

void tl_lexicon_init(tl_lexicon *lex);
/* The row for a lower-case word, or NULL. */
const lex_word *tl_lexicon_find(const tl_lexicon *lex, const char *word,
                                size_t len);

/* The table itself, for tests. */
extern const lex_word tl_lex_words[];
extern const size_t tl_lex_count;

#endif
