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
  size_t errors;      /* how many items have severity TL_ERROR */
  size_t warnings;    /* how many items have severity TL_WARNING */
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
  TL_DATE_APPROXIMATE = 1 << 0,       /* 2018~ */
  TL_DATE_UNCERTAIN = 1 << 1,         /* 2019? */
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
  bool canonical;      /* the input was already the canonical spelling */
  size_t error_offset; /* byte in the input where the problem starts */
  size_t error_length; /* bytes covered by the problem */
  char message[160];   /* why it failed ("" on success) */
  char hint[160];      /* how to fix it, or a warning on success ("") */
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
int tl_days_in_month(int32_t year, int month); /* 0 if bad month */
int64_t tl_days_from_civil(int32_t year, int month, int day);
void tl_civil_from_days(int64_t days, int32_t *year, int *month, int *day);
int tl_weekday(int32_t year, int month, int day); /* 1=Mon..7=Sun */
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
  const char *type; /* free word: meeting, summit, visit, era, ... */
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
  const char *name; /* canonical, as `actors` lists it */
  tl_entity_kind kind;
  const char *country;    /* person: the country or body they speak for;
                             place: the country it is in; else NULL */
  const char *stands_for; /* a seat of government used as a speaker
                             ("Kremlin" -> "Russia"); NULL */
  tl_strlist aliases;     /* other full names: "Kim Jong-un" */
  tl_strlist short_names; /* names used after the first mention: "Kim" */
  tl_strlist demonyms;    /* countries: "North Korean" */
  int rank;     /* people: 1 head of state or government, 2 foreign minister
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
/* The headline of the first article that had one (front matter's
 * `title:`, or a short line above the story), or NULL: a default title
 * for the events file.  Valid until x is freed. */
const char *tl_extraction_headline(const tl_extraction *x);
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

/* Rendering                                                                 */
/* ------------------------------------------------------------------------ */

/*
 * Two stages.  tl_layout() is pure: events + theme + size + a text measurer
 * in, a tl_scene of boxes, lines and text with coordinates out.  It never
 * touches a file or a font.  tl_render_file() replays a finished scene with
 * cairo and Pango and makes no layout decisions, so one layout feeds SVG,
 * PNG and PDF alike.  Coordinates are output pixels (1 px = 1 pt in PDF),
 * origin top left, y downwards.
 */

/* Colours are 0xRRGGBBAA. */
typedef uint32_t tl_rgba;

typedef enum tl_orientation {
  TL_ORIENT_AUTO = 0, /* horizontal unless it would need too many levels */
  TL_ORIENT_HORIZONTAL,
  TL_ORIENT_VERTICAL
} tl_orientation;

typedef enum tl_group_by {
  TL_GROUP_NONE = 0,
  TL_GROUP_TYPE,
  TL_GROUP_ACTOR, /* the first actor */
  TL_GROUP_TAG    /* the first tag */
} tl_group_by;

typedef enum tl_time_scale {
  TL_SCALE_BROKEN = 0, /* cut long empty gaps and label the cut */
  TL_SCALE_LINEAR      /* one chronological segment */
} tl_time_scale;

/* The text styles a chart uses; a theme gives each a font. */
typedef enum tl_font_role {
  TL_FONT_LABEL = 0, /* event labels */
  TL_FONT_DATE,      /* the date at the start of a label */
  TL_FONT_TICK,      /* tick labels (both tiers) */
  TL_FONT_TITLE,     /* chart title */
  TL_FONT_SMALL,     /* legend, lanes, breaks, the numbered list */
  TL_FONT_COUNT
} tl_font_role;

typedef struct tl_font {
  char family[64]; /* a fontconfig family list, e.g. "DejaVu Sans, sans" */
  double size;     /* pixels */
  bool bold;
  bool italic;
} tl_font;

#define TL_THEME_MAX_TYPES 32

typedef struct tl_type_color {
  char type[32]; /* an event `type`, e.g. "summit" */
  tl_rgba color;
} tl_type_color;

/* A chart theme: a plain value (copy it freely).  tl_theme_default() fills
 * the built-in default; templates/<name>.yaml overrides parts of it. */
typedef struct tl_theme {
  tl_rgba background, text, muted, axis, leader, band, break_fill;
  tl_rgba event;       /* events whose type has no colour */
  tl_rgba palette[12]; /* types missing from `types`, in order */
  size_t palette_count;
  tl_type_color types[TL_THEME_MAX_TYPES];
  size_t type_count;
  tl_font fonts[TL_FONT_COUNT];
  double width, height; /* default size; height 0 means auto */
  double margin_top, margin_right, margin_bottom, margin_left;
  double marker_size;     /* diameter of a point marker */
  double bar_height;      /* thickness of interval bars */
  double label_padding;   /* free space kept around every label */
  double label_max_width; /* labels wrap at this width */
  int label_max_lines;    /* ... onto this many lines, then "…" */
  int max_levels;         /* label rows per side before giving up */
  double tick_spacing;    /* minimum gap between two tick labels */
  double break_ratio;     /* cut gaps longer than this share of the */
  double break_min_days;  /* whole range, and at least this long */
  double break_width;     /* pixels a cut takes on the axis */
  tl_orientation orientation;
} tl_theme;

/* Fills *theme with the built-in default (the same as templates/default). */
void tl_theme_default(tl_theme *theme);

/* Sets one theme value from its template key ("colors.background",
 * "fonts.label.size", "labels.max-lines", ...) and text ("#1f77b4", "12").
 * Returns TL_OK, or TL_ERR_INVALID with a message in err: unknown key (with
 * a suggestion in hint when one is close), wrong type, or out of range. */
tl_status tl_theme_set(tl_theme *theme, const char *key, const char *value,
                       char *err, size_t err_size, char *hint,
                       size_t hint_size);

/* Parses template text (YAML) over *theme, which should hold defaults.
 * Problems go to diags with file:line:col; returns TL_ERR_INVALID then. */
tl_status tl_theme_parse(const char *text, size_t len, const char *name,
                         tl_theme *theme, tl_diags *diags);

/* The colour events of this type get (NULL: the theme's event colour). */
tl_rgba tl_theme_type_color(const tl_theme *theme, const char *type);

/* Text measurement, the only way layout learns about fonts.  `measure`
 * stores the size of one line of text (no line breaks) in pixels. */
typedef struct tl_text_size {
  double width;
  double height; /* line height: ascent + descent (+ leading) */
} tl_text_size;

typedef struct tl_measurer {
  void (*measure)(void *ctx, const tl_font *font, const char *text, size_t len,
                  tl_text_size *out);
  void *ctx;
} tl_measurer;

/* What the caller asks of one layout. */
typedef struct tl_layout_opts {
  double width;  /* pixels; 0: the theme's */
  double height; /* pixels; 0: the theme's, which may be 0 = auto */
  tl_time_scale scale;
  tl_orientation orientation; /* AUTO: the theme's choice */
  tl_group_by group_by;
  bool has_from, has_to; /* keep only events touching from..to */
  tl_date from, to;
  const char *title; /* NULL: the document's title (borrowed) */
  bool page;         /* width x height is a page: a vertical
                        chart turns it to portrait */
} tl_layout_opts;

void tl_layout_opts_default(tl_layout_opts *opts);

/* What a scene is made of.  For lines (axis, tick marks, leaders) the item
 * runs from (x, y) to (x + w, y + h); w or h may then be negative.  For
 * everything else (x, y, w, h) is a box. */
typedef enum tl_item_kind {
  TL_ITEM_AXIS = 0, /* a segment of the time axis (line) */
  TL_ITEM_TICK,     /* a tick mark (line, no text) or a tick label (box) */
  TL_ITEM_BREAK,    /* a cut in the time axis; text "… 57 years …" */
  TL_ITEM_MARKER,   /* a point event's dot, at its date (a coarse
                       date's middle) */
  TL_ITEM_BAR,      /* an interval event */
  TL_ITEM_BAND,     /* an era: a background band across the plot */
  TL_ITEM_LABEL,    /* an event's label (text may hold '\n') */
  TL_ITEM_LEADER,   /* a line from a label to its event (line) */
  TL_ITEM_LANE,     /* a lane's background and name (--group-by) */
  TL_ITEM_LEGEND,   /* a legend swatch (no text) or its text */
  TL_ITEM_TITLE,
  TL_ITEM_LIST, /* an entry of the numbered list beside the chart */
  TL_ITEM_SPAN  /* the year, month or decade a coarse date stands for:
                   a faint box along the axis under its dot */
} tl_item_kind;

/* Drawing hints in tl_item.style. */
enum {
  TL_STYLE_FUZZY_START = 1 << 0, /* fade the start: approximate/uncertain */
  TL_STYLE_FUZZY_END = 1 << 1,   /* fade the end */
  TL_STYLE_HOLLOW = 1 << 2,      /* marker drawn as a ring */
  TL_STYLE_OPEN_END = 1 << 3,    /* interval goes on past its end (`..`) */
  TL_STYLE_PERIOD = 1 << 4,      /* marker covers a whole year/month */
  TL_STYLE_MAJOR = 1 << 5,       /* second-tier tick (context: the year);
                                    every other era band, drawn stronger */
  /* The event's `status`, on its marker, bar, band, label and list entry:
   * drawn so a reader cannot take it for a plain fact. */
  TL_STYLE_PLANNED = 1 << 6,   /* announced for the future: hollow, dashed */
  TL_STYLE_CANCELLED = 1 << 7, /* called off: crossed out */
  TL_STYLE_INFERRED = 1 << 8,  /* date guessed by the extractor: dotted */
  TL_STYLE_STATUS = TL_STYLE_PLANNED | TL_STYLE_CANCELLED | TL_STYLE_INFERRED,
  TL_STYLE_NUMBER = 1 << 9 /* a label that is only the event's number in
                              the list: drawn as a badge, not read as a
                              tick */
};

typedef struct tl_item {
  tl_item_kind kind;
  int64_t event; /* index in the document, or -1 */
  double x, y, w, h;
  const char *text; /* owned by the scene; NULL when there is none */
  size_t text_em;   /* label text: bytes at the start drawn as a date */
  tl_rgba stroke;   /* lines, outlines and text */
  tl_rgba fill;     /* boxes; 0 is none */
  uint8_t font;     /* tl_font_role of text */
  uint16_t style;   /* TL_STYLE_* */
} tl_item;

typedef struct tl_scene tl_scene;

/* Lays the document out.  `measure` is borrowed for the call.  On TL_OK
 * *out is a new scene; warnings (e.g. how many events went to the numbered
 * list) are added to diags.  TL_ERR_USAGE for an impossible size or range,
 * TL_ERR_NOMEM when memory runs out. */
tl_status tl_layout(const tl_doc *doc, const tl_theme *theme,
                    const tl_layout_opts *opts, const tl_measurer *measure,
                    tl_scene **out, tl_diags *diags);

void tl_scene_free(tl_scene *scene);
double tl_scene_width(const tl_scene *scene);
double tl_scene_height(const tl_scene *scene);
size_t tl_scene_count(const tl_scene *scene);
const tl_item *tl_scene_item(const tl_scene *scene, size_t i);
tl_orientation tl_scene_orientation(const tl_scene *scene);
/* How many events went to the numbered list instead of a label. */
size_t tl_scene_listed(const tl_scene *scene);
tl_rgba tl_scene_background(const tl_scene *scene);
/* With opts.page: the page height; a taller scene is drawn on several PDF
 * pages.  0 otherwise. */
double tl_scene_page_height(const tl_scene *scene);
/* The font the theme gave `role` (tl_font_role), kept for drawing. */
const tl_font *tl_scene_font(const tl_scene *scene, int role);

/* The scene as JSON: {"width", "height", "items": [{"kind", "event", "x",
 * "y", "w", "h", "text"}]}, coordinates rounded to 0.01; an item of an
 * event with a status also has "status" ("planned", "cancelled",
 * "inferred") before "text".  *out is malloc'd;
 * the caller frees it. */
tl_status tl_scene_dump_json(const tl_scene *scene, char **out,
                             size_t *out_len);

typedef enum tl_format {
  TL_FORMAT_SVG = 0,
  TL_FORMAT_PNG,
  TL_FORMAT_PDF
} tl_format;

/* The format a file name asks for (".svg", ".png", ".pdf", any case);
 * false when the extension is none of these. */
bool tl_format_from_path(const char *path, tl_format *out);

/* A measurer backed by Pango with metric hinting off, so SVG, PNG and PDF
 * agree.  Free it with tl_measurer_pango_free().  TL_ERR_NOMEM on failure. */
tl_status tl_measurer_pango_new(tl_measurer *out);
void tl_measurer_pango_free(tl_measurer *measurer);

/* Draws the scene into a file of the given format, written atomically (a
 * temporary file, then rename): the target holds the old chart or the new
 * one, never half of one.  `pixel_scale` multiplies the pixel size of PNGs
 * (2 for sharp slides); vector formats ignore it.  On failure err says why
 * (TL_ERR_IO, TL_ERR_LIMIT for a PNG too large for cairo). */
tl_status tl_render_file(const tl_scene *scene, tl_format format,
                         double pixel_scale, const char *path, char *err,
                         size_t err_size);

#ifdef __cplusplus
}
#endif

#endif /* TIMELINE_H */
