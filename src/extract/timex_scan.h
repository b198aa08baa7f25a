/* timex_scan.h - recognizing time expressions in a sentence of tokens.
 *
 * The scanner (timex_scan.c) walks the tokens once.  At each token it tries
 * the rules of the grammar (timex_grammar.c), each a short sequence of
 * elements (timex_elems.c: a month, a day number, a year, a number in
 * words...).  Elements are matched greedily and never revisited, as in a
 * PEG, so the work per token is bounded by the size of the grammar.
 *
 * What a rule recognizes is a timex_spec: the fields as written ("Sept. 4"
 * gives month 9, day 4, no year) plus how the rest is to be found ("last
 * year": the year before the anchor).  timex_norm.c turns a spec into a
 * TIMEX3 value once the DCT, the tense and the narrative are known. */
#ifndef TL_TIMEX_SCAN_H
#define TL_TIMEX_SCAN_H

#include "extract/tokens.h"
#include "timeline.h"

typedef enum timex_form {
  FORM_POINT = 0, /* a date or a time */
  FORM_DURATION,  /* an amount of time: P6Y */
  FORM_SET,       /* a recurrence: P1Y, XXXX-WXX-1 */
  FORM_REF        /* PAST_REF, PRESENT_REF, FUTURE_REF */
} timex_form;

/* Where a relative expression counts from. */
typedef enum timex_anchor {
  ANCHOR_NONE = 0, /* absolute: needs nothing */
  ANCHOR_DCT,      /* "last year", "two days ago" */
  ANCHOR_NARRATIVE /* "the following day", "a week later" */
} timex_anchor;

/* How a named day, month or season without a year is placed. */
typedef enum timex_dir {
  DIR_TENSE = 0, /* bare "Thursday", "in March": the clause's tense decides */
  DIR_LAST,      /* "last Thursday": the one before the anchor */
  DIR_NEXT,      /* "next Thursday": the one after */
  DIR_THIS       /* "this Thursday": the one in the anchor's week/year */
} timex_dir;

enum { NO_FIELD = -1, REL_NONE = 99 };

typedef struct timex_spec {
  uint8_t type; /* tl_timex_type */
  uint8_t form; /* timex_form */

  /* Calendar fields as written; NO_FIELD (or 0 for month/day/...) when
   * absent. */
  int32_t year;
  bool has_year;
  bool year_short; /* written with two digits: '89, the 19 of 2018-19 */
  int8_t month, day, weekday, season, quarter, half, pod;
  int8_t hour, minute, second;
  int16_t decade;  /* 1950 for "the 1950s"; 50 when the century is unknown */
  int16_t century; /* 19 for "the 20th century" (its TIMEX3 value) */
  bool weekend;
  int8_t holiday; /* index into the holiday table + 1; 0 for none */

  /* A shift of `rel_shift` units of `rel_unit` from the anchor. */
  uint8_t rel_unit;
  int32_t rel_shift;
  uint8_t anchor; /* timex_anchor */
  uint8_t dir;    /* timex_dir, for named fields without a year */
  bool latest;    /* "the latest quarter": the last one reported */

  /* Output granularity when it is not the finest field (tl_unit). */
  uint8_t gran;

  /* Durations and sets: amount of unit, X when vague. */
  uint8_t unit;
  double amount;
  bool vague;

  const char *ref; /* FORM_REF: "PAST_REF", ... */
  char mod[16];
  bool week_of; /* "the week of March 6": the week holding the day */
  bool fiscal;

  /* Scratch space for elements (read by the rule's build function). */
  int8_t rel;        /* REL word: -1, 0, +1; REL_NONE when there is none */
  uint8_t rel_flags; /* its lexicon flags (LF_NARR) */
  bool rel_latest;
  int32_t ord; /* ordinal read by an element */
  bool has_amount;
  bool unit_plural;
  bool the; /* the expression began with "the" or a determiner */
  bool pm, am;
} timex_spec;

/* Which rules can start at a given word: filled in the first time a word
 * is met in a document, so each token tries only the rules that may
 * match it instead of the whole grammar. */
enum { RULE_WORDS = 3 }; /* room for 192 rules */
typedef struct rule_index {
  uint64_t (*by_word)[RULE_WORDS]; /* per lexicon row */
  bool *filled;                    /* per lexicon row */
  uint64_t number[RULE_WORDS];     /* for number tokens */
  uint64_t alnum[RULE_WORDS];      /* for words like Q3, FY2019 */
} rule_index;

/* Allocates the index (false when out of memory); free with
 * tl_rule_index_free. */
bool tl_rule_index_init(rule_index *ix);
void tl_rule_index_free(rule_index *ix);

/* The sentence being scanned. */
typedef struct scan_ctx {
  const tl_tok *tok;
  size_t n;
  rule_index *index; /* may be NULL: every rule is tried */
} scan_ctx;

/* A recognized expression: tokens [first, last) and what they say. */
typedef struct timex_cand {
  size_t first, last;
  timex_spec spec;
  char signal[16];
  bool range_start, range_end;
} timex_cand;

/* ---- grammar ------------------------------------------------------------ */

typedef enum elem_kind {
  E_END = 0,
  E_WORD,      /* one of the words in `words`, "ago|earlier" */
  E_PUNCT,     /* the punctuation character words[0] */
  E_HYPHEN,    /* '-' glued on both sides: "third-quarter" */
  E_THE,       /* "the" */
  E_DET,       /* the, its, their, this year's, 1989's: a quarter's owner */
  E_MONTH,     /* month name (context-checked when ambiguous) */
  E_DAY,       /* day of the month: 4, 4th, fourth, twenty-first */
  E_YEAR,      /* 2019, '89, nineteen ninety-six, 491 BC */
  E_YEAR_TAIL, /* [","] year, after a day: "Sept. 4, 2025" */
  E_WEEKDAY,   /* Thursday, Thu. */
  E_WEEKDAYS,  /* Mondays: a set */
  E_SEASON,
  E_SEASONS, /* summers: a set */
  E_POD,     /* morning, night, noon */
  E_UNIT,    /* singular unit: year, week */
  E_UNITS,   /* plural unit: years, weeks */
  E_ANYUNIT, /* either */
  E_NUM,     /* amount: 6, six, twenty-one, a, 2 1/2, a few, several */
  E_ORD,     /* ordinal: third, 3rd, twenty-first */
  E_REL,     /* last, next, this, following, ... */
  E_DAYREF,  /* today, yesterday, tomorrow, tonight */
  E_DECADE,  /* 1950s, '80s, fifties */
  E_CLOCK,   /* 10:35 a.m. EST, 3 p.m., 3pm, 15:30 */
  E_QCODE,   /* Q3, 3Q */
  E_FY,      /* FY2019, FY19 */
  E_FREQ,    /* daily, weekly */
  E_HOLIDAY, /* Christmas, Easter Monday, Thanksgiving */
  E_NUMDATE, /* 2025-09-04, 9/4/2025 */
  E_YEARSPEC /* [of] this year | last year | 2019 | that year: a year */
} elem_kind;

typedef struct elem {
  uint8_t kind;      /* elem_kind */
  bool opt;          /* may be absent */
  const char *words; /* E_WORD: alternatives separated by '|' */
} elem;

enum { RULE_MAX = 10 }; /* elements per rule, the terminating E_END included */

/* Completes a spec after its elements matched tokens [first, last);
 * returns false to reject the match (a bare "May" with no date context). */
typedef bool (*build_fn)(const scan_ctx *s, size_t first, size_t last,
                         timex_spec *sp);

typedef struct rule {
  const char *name;
  elem pat[RULE_MAX];
  build_fn build;
} rule;

extern const rule tl_timex_rules[];
extern const size_t tl_timex_rule_count;

/* Modifiers before and after the core of an expression ("early", "about",
 * "the end of"; "ago", "later", "or so"). */
typedef struct affix {
  const char *phrase; /* tokens separated by spaces: "the end of" */
  const char *mod;    /* TIMEX3 mod it sets, or NULL */
  uint8_t needs;      /* AFFIX_* what the core must be */
  int8_t shift;       /* suffixes: -1 ago/earlier, +1 later/from now */
  uint8_t anchor;     /* suffixes: where the shift counts from */
  bool outside;       /* sets the mod but stays out of the extent, as the
                         TimeBank annotators mostly did ("about two
                         years": the extent is "two years") */
} affix;

enum {
  AFFIX_ANY = 0,
  AFFIX_POINT,     /* a date or time */
  AFFIX_AMOUNT,    /* starts with a number: "about 20 years", "over 3 hours" */
  AFFIX_DURATION,  /* a duration with an amount: "two years ago" */
  AFFIX_RELATIVE,  /* this/that/last/next ...: "earlier this year" */
  AFFIX_NAMED_DAY, /* a weekday or today: "earlier Friday" */
  AFFIX_YEARLESS   /* a month, season, quarter without a year: "of 2019" */
};

extern const affix tl_timex_prefixes[];
extern const affix tl_timex_suffixes[];

/* Elements (timex_elems.c): tokens used, 0 when the element does not
 * match at token i. */
size_t tl_match_elem(const scan_ctx *s, size_t i, const elem *e,
                     timex_spec *sp);
/* False when the element cannot match at token t: a cheap test the
 * scanner makes before trying a rule (may say true and then fail). */
bool tl_elem_may_start(const tl_tok *t, const elem *e);
/* Tokens used by a phrase ("the end of"), 0 when absent. */
size_t tl_match_phrase(const scan_ctx *s, size_t i, const char *phrase);
/* A number in digits or words: tokens used, 0 if none. */
size_t tl_read_number(const scan_ctx *s, size_t i, double *value, bool *vague);

/* ---- the scanner (timex_scan.c) ----------------------------------------- */

/* Finds the expressions of one sentence, appending to out (at most `cap`
 * in all); returns how many were added. */
size_t tl_scan_sentence(const scan_ctx *s, timex_cand *out, size_t cap);

/* Sets the spec to "nothing written yet". */
void tl_spec_init(timex_spec *sp);

#endif
