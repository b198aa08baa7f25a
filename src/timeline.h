/*
 * timeline.h - the public API of libtimeline.
 *
 * News text -> dated events -> an events file people edit by hand -> charts.
 *
 * Conventions (stated once, as jq's jv.h does):
 *  - Every name starts with tl_ (types, functions) or TL_ (constants).
 *  - Functions that can fail return tl_status; TL_OK is 0.
 *  - Strings are UTF-8.  A `const char *` returned by the library is owned by
 *    the object it came from and lives as long as that object.
 *  - Objects created by tl_X_new() are freed by tl_X_free(), which accepts
 *    NULL.  Plain structs (tl_date, tl_when, tl_diag) are values you may copy.
 *  - Nothing here reads the clock or the environment.
 */
#ifndef TIMELINE_H
#define TIMELINE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ------------------------------------------------------------------------ */
/* Status                                                                    */
/* ------------------------------------------------------------------------ */

/* The numeric values of the first four are the CLI's exit codes. */
typedef enum tl_status {
  TL_OK = 0,
  TL_ERR_INVALID = 1, /* the data is invalid (diagnostics say why) */
  TL_ERR_USAGE = 2,   /* the caller asked for something impossible */
  TL_ERR_IO = 3,      /* a file or system call failed */
  TL_ERR_NOMEM = 4,   /* out of memory */
  TL_ERR_LIMIT = 5    /* input larger than a documented cap */
} tl_status;

/* A short English description, e.g. "out of memory".  Never NULL. */
const char *tl_status_str(tl_status status);

/* "0.1.0" */
const char *tl_version(void);

/* ------------------------------------------------------------------------ */
/* Diagnostics                                                               */
/* ------------------------------------------------------------------------ */

typedef enum tl_severity { TL_NOTE, TL_WARNING, TL_ERROR } tl_severity;

/* One problem found in an input.  line and col are 1-based (col counts
 * code points); 0 means unknown.  `length` is how many bytes from `offset`
 * the problem covers (0 or 1 draws a single caret). */
typedef struct tl_diag {
  tl_severity severity;
  const char *file; /* owned by the list; may be NULL */
  size_t offset;    /* byte offset in the input */
  size_t length;
  unsigned line;
  unsigned col;
  const char *message; /* owned by the list; never NULL */
  const char *hint;    /* owned by the list; NULL when there is none */
} tl_diag;

/* A growable list of diagnostics.  Initialise with tl_diags_init(). */
typedef struct tl_diags {
  tl_diag *items;
  size_t count;
  size_t capacity;
  size_t errors;   /* how many items have severity TL_ERROR */
  size_t warnings; /* how many items have severity TL_WARNING */
  bool out_of_memory; /* a diagnostic was lost because malloc failed */
} tl_diags;

void tl_diags_init(tl_diags *diags);
void tl_diags_free(tl_diags *diags);

/* Appends a diagnostic; message is printf-style.  file and hint are copied.
 * Never fails from the caller's point of view: if memory runs out the list
 * keeps what it has and sets out_of_memory. */
void tl_diags_add(tl_diags *diags, tl_severity severity, const char *file,
                  size_t offset, size_t length, unsigned line, unsigned col,
                  const char *hint, const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 9, 10)))
#endif
    ;

/* Orders the diagnostics from index `from` on by line and column, keeping
 * the order of those at the same place. */
void tl_diags_sort(tl_diags *diags, size_t from);

/* Writes every diagnostic as a compiler would:
 *
 *   events.yaml:12:5: error: unknown key `actor`
 *      12 |     actor: Kim Jong Un
 *         |     ^~~~~
 *   hint: did you mean `actors`?
 *
 * `text`/`text_len` is the input the offsets refer to (NULL: no source
 * lines).  `color` adds ANSI colours.  The result is appended to *out, a
 * malloc'd NUL-terminated string the caller frees (pass a pointer to NULL to
 * start).  Returns TL_ERR_NOMEM or TL_OK. */
tl_status tl_diags_render(const tl_diags *diags, const char *text,
                          size_t text_len, bool color, char **out);

/* ------------------------------------------------------------------------ */
/* Dates: the EDTF (ISO 8601-2) level 0-1 subset used by events files        */
/* ------------------------------------------------------------------------ */

/*
 * Years are astronomical: year 0 is 1 BCE and -490 is 491 BCE, as in ISO 8601
 * and EDTF.  The calendar is the proleptic Gregorian calendar.
 */
typedef enum tl_precision {
  TL_PREC_NONE = 0, /* no date (an open or unknown interval end) */
  TL_PREC_CENTURY,  /* 19XX: year holds 1900 */
  TL_PREC_DECADE,   /* 195X: year holds 1950 */
  TL_PREC_YEAR,     /* 2019 */
  TL_PREC_SEASON,   /* 2019-21 .. 2019-24: month holds 21..24 */
  TL_PREC_MONTH,    /* 2019-02 */
  TL_PREC_DAY       /* 2019-02-27 */
} tl_precision;

/* Qualifiers (EDTF level 1).  APPROXIMATE|UNCERTAIN is written `%`. */
enum {
  TL_DATE_APPROXIMATE = 1 << 0, /* 2018~ */
  TL_DATE_UNCERTAIN = 1 << 1,   /* 2019? */
  TL_DATE_MONTH_UNSPECIFIED = 1 << 2, /* 2019-XX (precision stays YEAR) */
  TL_DATE_DAY_UNSPECIFIED = 1 << 3    /* 2019-02-XX (precision stays MONTH) */
};

/* Seasons as EDTF level 1 writes them in the month position. */
enum {
  TL_SEASON_SPRING = 21,
  TL_SEASON_SUMMER = 22,
  TL_SEASON_AUTUMN = 23,
  TL_SEASON_WINTER = 24
};

typedef struct tl_date {
  int32_t year;      /* astronomical year */
  uint8_t month;     /* 1..12, 21..24 for seasons, 0 when not given */
  uint8_t day;       /* 1..31, 0 when not given */
  uint8_t precision; /* tl_precision */
  uint8_t flags;     /* TL_DATE_* */
} tl_date;

/* How an interval end is given. */
typedef enum tl_bound {
  TL_BOUND_DATE = 0, /* a date */
  TL_BOUND_OPEN,     /* `..`: continues without limit ("since 2019") */
  TL_BOUND_UNKNOWN   /* empty: exists but is not known */
} tl_bound;

/* A date as written in an events file: one date, or an interval. */
typedef struct tl_when {
  tl_date start; /* the date itself, or the interval's start */
  tl_date end;   /* the interval's end; precision NONE for a single date */
  bool interval;
  uint8_t start_bound; /* tl_bound; TL_BOUND_DATE for a single date */
  uint8_t end_bound;   /* tl_bound */
} tl_when;

/* Enough for any canonical date or interval, NUL included. */
#define TL_WHEN_MAX 64

/* What the parser learnt beyond the value. */
typedef struct tl_date_parse_info {
  bool canonical;        /* the input was already the canonical spelling */
  size_t error_offset;   /* byte in the input where the problem starts */
  size_t error_length;   /* bytes covered by the problem */
  char message[160];     /* why it failed ("" on success) */
  char hint[160];        /* how to fix it, or a warning on success ("") */
} tl_date_parse_info;

/* Parses an EDTF date or interval, or a friendly spelling a person would
 * type ("4 September 2025", "Sept. 4, 2025", "1950s", "c. 2018",
 * "early 2019", "spring 2019", "491 BC", "1950-1953").  Impossible dates
 * (2025-02-30, 2025-13) fail.  Returns TL_OK or TL_ERR_INVALID; `info` may
 * be NULL. */
tl_status tl_when_parse(const char *text, size_t len, tl_when *out,
                        tl_date_parse_info *info);

/* Writes the canonical EDTF spelling into buf (TL_WHEN_MAX bytes) and
 * returns buf. */
char *tl_when_format(const tl_when *when, char *buf);
char *tl_date_format(const tl_date *date, char *buf);

/* A single date from a tl_when that holds one (not an interval). */
tl_when tl_when_from_date(tl_date date);

/* Day numbers: days since 1970-01-01 in the proleptic Gregorian calendar
 * (negative before).  first/last give the range a date covers: 195X covers
 * 1950-01-01 .. 1959-12-31, winter 2019 covers 2019-12-01 .. 2020-02-29. */
int64_t tl_date_first_day(const tl_date *date);
int64_t tl_date_last_day(const tl_date *date);

/* The full range of a tl_when; open and unknown ends give INT64_MIN/MAX. */
int64_t tl_when_first_day(const tl_when *when);
int64_t tl_when_last_day(const tl_when *when);

/* Orders by first day, then last day, then precision: -1, 0 or 1. */
int tl_date_compare(const tl_date *a, const tl_date *b);
int tl_when_compare(const tl_when *a, const tl_when *b);
bool tl_when_equal(const tl_when *a, const tl_when *b);

/* Calendar arithmetic (proleptic Gregorian, astronomical years). */
bool tl_is_leap_year(int32_t year);
int tl_days_in_month(int32_t year, int month);             /* 0 if bad month */
int64_t tl_days_from_civil(int32_t year, int month, int day);
void tl_civil_from_days(int64_t days, int32_t *year, int *month, int *day);
int tl_weekday(int32_t year, int month, int day);           /* 1=Mon..7=Sun */
/* ISO 8601 week: *week_year may differ from year near new year. */
void tl_iso_week(int32_t year, int month, int day, int32_t *week_year,
                 int *week);
/* Adds months, clamping the day to the month's end (Jan 31 + 1 = Feb 28). */
void tl_add_months(int32_t *year, int *month, int *day, int64_t months);

/* ------------------------------------------------------------------------ */
/* Events                                                                    */
/* ------------------------------------------------------------------------ */

typedef struct tl_strlist {
  const char **items;
  size_t count;
} tl_strlist;

/* Where an event was read about.  offset is -1 when not given. */
typedef struct tl_source {
  const char *document;
  const char *quote;
  const char *said_by;
  int64_t offset;
} tl_source;

/* One event.  Absent strings are NULL.  `end`, when has_end is set, is the
 * end of a date that is not itself an interval. */
typedef struct tl_event {
  tl_when date;
  tl_date end;
  bool has_end;
  const char *title;
  const char *summary;
  const char *type;   /* free word: meeting, summit, visit, era, ... */
  const char *place;
  const char *status; /* planned, inferred, cancelled or NULL */
  const char *id;
  tl_strlist actors;
  tl_strlist tags;
  const tl_source *sources;
  size_t source_count;
  unsigned line; /* where the event starts in its file; 0 if built in code */
  unsigned col;
} tl_event;

/* The whole range an event covers, date and end together. */
int64_t tl_event_first_day(const tl_event *event);
int64_t tl_event_last_day(const tl_event *event);

/* A timeline: a title, a description and events.  Owns every string. */
typedef struct tl_doc tl_doc;

tl_doc *tl_doc_new(void); /* NULL when out of memory */
void tl_doc_free(tl_doc *doc);

const char *tl_doc_title(const tl_doc *doc);       /* NULL when absent */
const char *tl_doc_description(const tl_doc *doc); /* NULL when absent */
size_t tl_doc_count(const tl_doc *doc);
/* The i-th event in file order; valid until the doc changes or is freed. */
const tl_event *tl_doc_event(const tl_doc *doc, size_t i);

/* Setters copy their arguments into the doc. */
tl_status tl_doc_set_title(tl_doc *doc, const char *title);
tl_status tl_doc_set_description(tl_doc *doc, const char *description);
/* Appends a deep copy of *event (every string, list and source). */
tl_status tl_doc_add(tl_doc *doc, const tl_event *event);

/* True when two events carry the same data (line/col are ignored). */
bool tl_event_equal(const tl_event *a, const tl_event *b);

/* ------------------------------------------------------------------------ */
/* Events files (YAML)                                                       */
/* ------------------------------------------------------------------------ */

/* Events files larger than this are refused (TL_ERR_LIMIT). */
#define TL_EVENTS_MAX_BYTES (64u * 1024u * 1024u)

/* Parses and validates events-file text.  `name` is used in diagnostics.
 * On TL_OK *out is a new doc (warnings may still be in diags).  On
 * TL_ERR_INVALID the diagnostics say why and *out is NULL. */
tl_status tl_doc_parse(const char *text, size_t len, const char *name,
                       tl_doc **out, tl_diags *diags);

/* Writes the doc in canonical form: stable key order, quoting only where
 * YAML needs it, UTF-8 kept, short actor lists in flow style.  *out is a
 * malloc'd string the caller frees. */
tl_status tl_doc_write_yaml(const tl_doc *doc, char **out, size_t *out_len);

/* Writes one event as a block-sequence item ("- date: ...") indented by
 * `indent` spaces, for appending to an existing `events:` list. */
tl_status tl_event_write_yaml(const tl_event *event, unsigned indent,
                              char **out, size_t *out_len);

/* Rewrites loosely written scalars (friendly dates, misspelt keys where the
 * fix is unambiguous) in events-file text, touching no other byte.
 * *out receives the new text (malloc'd), *changes how many scalars changed.
 * Problems that cannot be fixed are reported in diags (TL_ERR_INVALID). */
tl_status tl_doc_canonicalize(const char *text, size_t len, const char *name,
                              char **out, size_t *out_len, size_t *changes,
                              tl_diags *diags);

/* ------------------------------------------------------------------------ */
/* Temporal expressions                                                      */
/* ------------------------------------------------------------------------ */

/*
 * The temporal tagger finds time expressions in English news text and
 * normalizes them to TimeML TIMEX3 values against the document creation
 * time (DCT): "on Thursday" -> 2025-09-04, "the 1950s" -> 195, "six years"
 * -> P6Y, "every year" -> P1Y (SET), "recently" -> PAST_REF.
 */
typedef enum tl_timex_type {
  TL_TIMEX_DATE,
  TL_TIMEX_TIME,
  TL_TIMEX_DURATION,
  TL_TIMEX_SET
} tl_timex_type;

typedef enum tl_tense {
  TL_TENSE_UNKNOWN,
  TL_TENSE_PAST,
  TL_TENSE_PRESENT,
  TL_TENSE_FUTURE
} tl_tense;

typedef struct tl_timex {
  size_t start, end; /* byte offsets into the input exactly as given */
  tl_timex_type type;
  char value[48]; /* TIMEX3 value: 2025-09-04, 195, P6Y, PAST_REF, XXXX-09-04 */
  char mod[16];   /* TIMEX3 mod (START, MID, END, APPROX, BEFORE, AFTER,
                     ON_OR_AFTER, MORE_THAN, LESS_THAN, ...) or "" */
  char signal[16]; /* lower-cased preposition/cue just before it: "since",
                      "from", "until", "in", "on", "by", "before", "after",
                      "during", or "" */
  tl_tense tense;  /* tense of the governing clause, as the tagger judged it */
  bool relative;   /* value depended on the DCT or an earlier mention */
  bool range_start, range_end; /* one end of "from X to Y", "between X and
                                  Y", "2018-19" */
} tl_timex;

typedef struct tl_timex_list {
  tl_timex *items;
  size_t count, capacity;
} tl_timex_list;

/* Finds every temporal expression in text[0..len) and appends it to *out
 * in text order.  The text may hold any bytes (invalid UTF-8, NULs, CRLF, a
 * BOM); offsets always count bytes of the text as given.  `dct` is the
 * document creation time; when NULL, values that need it get X
 * placeholders (XXXX-WXX-4).  Never reads the clock.  Initialise *out to
 * zeros; free it with tl_timex_list_free.  Returns TL_OK or TL_ERR_NOMEM
 * (the list then keeps what was found so far). */
tl_status tl_timex_find(const char *text, size_t len, const tl_date *dct,
                        tl_timex_list *out);
void tl_timex_list_free(tl_timex_list *list);

/* "DATE", "TIME", "DURATION" or "SET". */
const char *tl_timex_type_str(tl_timex_type type);

/* Extraction: events from news text                                         */
/* ------------------------------------------------------------------------ */

/*
 * tl_extract reads English news text and finds the events a careful editor
 * would put on a timeline: a clause with an anchored date becomes an event
 * with a short title from the clause, its actors, place, type, status and
 * the sentence it came from.  The same happening mentioned twice, in one
 * article or in several, becomes one event with several sources.  See
 * docs/extraction.md for the rules.
 */

typedef enum tl_entity_kind {
  TL_ENTITY_PERSON,
  TL_ENTITY_COUNTRY,
  TL_ENTITY_ORGANIZATION,
  TL_ENTITY_AGENCY, /* a news agency or outlet: a source, never an actor */
  TL_ENTITY_PLACE
} tl_entity_kind;

/* One gazetteer entry, as given to tl_gazetteer_add. */
typedef struct tl_gazetteer_entry {
  const char *name;       /* canonical, as `actors` lists it */
  tl_entity_kind kind;
  const char *country;    /* person: the country or body they speak for;
                             place: the country it is in; else NULL */
  const char *stands_for; /* a seat of government used as a speaker
                             ("Kremlin" -> "Russia"); NULL */
  tl_strlist aliases;     /* other full names: "Kim Jong-un" */
  tl_strlist short_names; /* names used after the first mention: "Kim" */
  tl_strlist demonyms;    /* countries: "North Korean" */
  int rank;  /* people: 1 head of state or government, 2 foreign minister
                or head of an international body, 3 (or 0) anyone else */
  int from, to; /* years in office; 0 when open or unknown */
} tl_gazetteer_entry;

/* People, countries, organizations, agencies and places, with aliases. */
typedef struct tl_gazetteer tl_gazetteer;

/* A gazetteer holding the built-in entries (every country with its
 * demonyms and capital, international bodies, news agencies, current and
 * recent leaders and foreign ministers).  NULL when out of memory. */
tl_gazetteer *tl_gazetteer_new(void);
void tl_gazetteer_free(tl_gazetteer *gazetteer);

/* Adds an entry; strings are copied.  When an entry with the same name
 * exists, the given kind, country, stands_for, rank and years replace its
 * own and the aliases are added.  TL_ERR_USAGE when name is empty. */
tl_status tl_gazetteer_add(tl_gazetteer *gazetteer,
                           const tl_gazetteer_entry *entry);

/* True when two events are the same happening, for adding extracted
 * events to an existing file: a shared source quote, or compatible dates
 * ("2019" and "2019-02-27") with titles made of the same words, or with a
 * shared actor, a compatible type and no conflicting place. */
bool tl_event_same_happening(const tl_event *a, const tl_event *b);

/* How tl_extract reads one article. */
typedef struct tl_extract_options {
  const char *document;          /* the `document` of its sources; NULL */
  const tl_date *dct;            /* the document creation time; NULL: read
                                    it from the text, else narrative mode */
  const tl_gazetteer *gazetteer; /* NULL: the built-in one */
} tl_extract_options;

/* Articles larger than this are refused (TL_ERR_LIMIT). */
#define TL_ARTICLE_MAX_BYTES (64u * 1024u * 1024u)

/* Events extracted from one or many articles, deduplicated across all of
 * them, in the order they were first found. */
typedef struct tl_extraction tl_extraction;

tl_extraction *tl_extraction_new(void); /* NULL when out of memory */
void tl_extraction_free(tl_extraction *x);

/* Extracts the events of one article (UTF-8 text) into x.  Without a DCT
 * in the options or the text, relative dates are anchored on the last
 * absolute date before them, their events get status `inferred`, and a
 * warning says so.  Never reads the clock.  TL_ERR_INVALID (with a
 * located diagnostic) for text that is not UTF-8 or holds NUL bytes, and
 * TL_ERR_LIMIT over TL_ARTICLE_MAX_BYTES: x is then unchanged.  After
 * TL_ERR_NOMEM x may hold part of the article's events. */
tl_status tl_extract(tl_extraction *x, const char *text, size_t len,
                     const tl_extract_options *options, tl_diags *diags);

size_t tl_extraction_count(const tl_extraction *x);
/* The i-th event; valid until x changes or is freed. */
const tl_event *tl_extraction_event(const tl_extraction *x, size_t i);
/* Forgets every event (for streaming: after they were written out). */
void tl_extraction_clear(tl_extraction *x);

/* Writes one event as one line of JSON (no newline) with the keys of the
 * events file, for `--format jsonl`.  *out is malloc'd. */
tl_status tl_event_write_json(const tl_event *event, char **out,
                              size_t *out_len);

/* Reads a gazetteer file (YAML: a list of entries with the keys name,
 * kind, country, stands_for, aliases, short_names, demonyms, rank, from,
 * to) and adds its entries.  On TL_ERR_INVALID, diags say where and why
 * and nothing was added. */
tl_status tl_gazetteer_parse(tl_gazetteer *gazetteer, const char *text,
                             size_t len, const char *name, tl_diags *diags);

#ifdef __cplusplus
}
#endif

#endif /* TIMELINE_H */
