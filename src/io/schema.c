/* schema.c - what an events file may say, and what to tell its author.
 *
 * Works on the located node tree only (no libyaml), so every rule is tested
 * with trees built from short strings.  Problems are reported, never
 * repaired silently: `timeline fmt` asks for the repairs it can make safely
 * (friendly dates, misspelt keys with one obvious fix) through `edits`. */
#include "io/schema.h"

#include "core/arena.h"
#include "core/strmap.h"
#include "core/suggest.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const tl_known_event_types[] = {
    "meeting",   "summit",      "visit",     "talks",       "agreement",
    "treaty",    "war",         "parade",    "declaration", "sanctions",
    "election",  "test",        "ceasefire", "era",         "speech",
    "statement", "attack",      "protest",   "crisis",      "conference",
    "call",      "appointment", "death",     "birth",       "launch",
    "report",    "other",       NULL};

static const char *const top_keys[] = {"title", "description", "events", NULL};
enum { TOP_TITLE, TOP_DESCRIPTION, TOP_EVENTS, TOP_COUNT };

static const char *const event_keys[] = {
    "date",  "end",  "title",   "summary", "type",   "actors",
    "place", "tags", "sources", "id",      "status", NULL};
enum {
  EV_DATE,
  EV_END,
  EV_TITLE,
  EV_SUMMARY,
  EV_TYPE,
  EV_ACTORS,
  EV_PLACE,
  EV_TAGS,
  EV_SOURCES,
  EV_ID,
  EV_STATUS,
  EV_COUNT
};

static const char *const source_keys[] = {"document", "quote", "offset",
                                          "said_by", NULL};
enum { SRC_DOCUMENT, SRC_QUOTE, SRC_OFFSET, SRC_SAID_BY, SRC_COUNT };

static const char *const statuses[] = {"planned", "inferred", "cancelled",
                                       NULL};

/* Words people use for our keys; only hints, never rewritten by `fmt`,
 * because a synonym is a guess about meaning, not a spelling slip. */
typedef struct synonym {
  const char *word, *key;
} synonym;

static const synonym synonyms[] = {{"when", "date"},
                                   {"start", "date"},
                                   {"begin", "date"},
                                   {"name", "title"},
                                   {"headline", "title"},
                                   {"label", "title"},
                                   {"description", "summary"},
                                   {"text", "summary"},
                                   {"location", "place"},
                                   {"where", "place"},
                                   {"city", "place"},
                                   {"kind", "type"},
                                   {"category", "type"},
                                   {"people", "actors"},
                                   {"participants", "actors"},
                                   {"who", "actors"},
                                   {"until", "end"},
                                   {"finish", "end"},
                                   {"labels", "tags"},
                                   {"doc", "document"},
                                   {"file", "document"},
                                   {"url", "document"},
                                   {"speaker", "said_by"},
                                   {"author", "said_by"},
                                   {"by", "said_by"},
                                   {"events_list", "events"},
                                   {NULL, NULL}};

typedef struct checker {
  const char *text;
  size_t len;
  const char *name;
  tl_diags *diags;
  tl_edits *edits;
  tl_arena scratch;
  tl_doc *doc;
  bool nomem;
  tl_strmap ids;    /* id -> line, for duplicates */
  tl_strmap events; /* "date\ttitle" -> line, for repeated events */
} checker;

void tl_edits_free(tl_edits *edits) {
  free(edits->items);
  memset(edits, 0, sizeof *edits);
}

/* ---- reporting ---------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 7, 0)))
#endif
static void
report(checker *c, tl_severity sev, const tl_ynode *at, size_t offset,
       size_t length, const char *hint, const char *format, va_list ap) {
  char msg[512];
  vsnprintf(msg, sizeof msg, format, ap);
  unsigned line = at ? at->line : 1, col = at ? at->col : 1;
  if (at && offset > at->start) {
    /* A spot inside a single-line scalar: count columns from its start. */
    size_t i = at->start;
    while (i < offset && i < c->len) {
      unsigned char ch = (unsigned char)c->text[i];
      i++;
      if ((ch & 0xC0) != 0x80)
        col++;
      while (i < c->len && ((unsigned char)c->text[i] & 0xC0) == 0x80 &&
             i < offset)
        i++;
    }
  }
  tl_diags_add(c->diags, sev, c->name, offset, length, line, col, hint, "%s",
               msg);
}

static size_t node_length(const tl_ynode *n) {
  if (n->kind != TL_Y_SCALAR)
    return 1;
  size_t len = n->end > n->start ? n->end - n->start : 1;
  return len;
}

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void
error_at(checker *c, const tl_ynode *at, const char *hint, const char *format,
         ...) {
  va_list ap;
  va_start(ap, format);
  report(c, TL_ERROR, at, at ? at->start : 0, at ? node_length(at) : 0, hint,
         format, ap);
  va_end(ap);
}

#if defined(__GNUC__)
__attribute__((format(printf, 6, 7)))
#endif
static void
error_span(checker *c, const tl_ynode *at, size_t offset, size_t length,
           const char *hint, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  report(c, TL_ERROR, at, offset, length, hint, format, ap);
  va_end(ap);
}

#if defined(__GNUC__)
__attribute__((format(printf, 4, 5)))
#endif
static void
warning_at(checker *c, const tl_ynode *at, const char *hint, const char *format,
           ...) {
  va_list ap;
  va_start(ap, format);
  report(c, TL_WARNING, at, at ? at->start : 0, at ? node_length(at) : 0, hint,
         format, ap);
  va_end(ap);
}

/* ---- edits for `fmt` ---------------------------------------------------- */

static void add_edit(checker *c, const tl_ynode *node, const char *canonical) {
  tl_edits *e = c->edits;
  if (e->count == e->capacity) {
    size_t cap = e->capacity ? e->capacity * 2 : 16;
    tl_edit *p = realloc(e->items, cap * sizeof *p);
    if (!p) {
      e->out_of_memory = true;
      return;
    }
    e->items = p;
    e->capacity = cap;
  }
  tl_edit *ed = &e->items[e->count++];
  memset(ed, 0, sizeof *ed);
  ed->start = node->start;
  ed->end = node->end;
  ed->line = node->line;
  ed->col = node->col;
  /* Keep the author's quotes: replace what is inside them. */
  if (node->style == TL_Y_SINGLE_QUOTED || node->style == TL_Y_DOUBLE_QUOTED) {
    char q = node->style == TL_Y_SINGLE_QUOTED ? '\'' : '"';
    snprintf(ed->text, sizeof ed->text, "%c%s%c", q, canonical, q);
  } else {
    snprintf(ed->text, sizeof ed->text, "%s", canonical);
  }
  size_t n = node->end - node->start;
  if (n >= sizeof ed->before)
    n = sizeof ed->before - 1;
  memcpy(ed->before, c->text + node->start, n);
  ed->before[n] = '\0';
}

/* ---- keys --------------------------------------------------------------- */

static bool same_ignoring_case_and_dashes(const char *a, const char *b) {
  for (; *a && *b; a++, b++) {
    char x = *a >= 'A' && *a <= 'Z' ? (char)(*a + 32) : *a;
    char y = *b;
    if (x == '-' || x == ' ')
      x = '_';
    if (x != y)
      return false;
  }
  return *a == *b;
}

/* The key a misspelling stands for, when there is exactly one. */
static int fixable_key(const char *word, size_t len, const char *const *known) {
  for (int i = 0; known[i]; i++)
    if (same_ignoring_case_and_dashes(word, known[i]))
      return i;
  int ties;
  const char *guess = tl_suggest(word, len, known, &ties);
  if (!guess || ties || tl_edit_distance(word, len, guess) > 1 || len < 3)
    return -1;
  for (int i = 0; known[i]; i++)
    if (known[i] == guess)
      return i;
  return -1;
}

static void unknown_key(checker *c, const tl_ynode *key,
                        const char *const *known, const char *where) {
  char hint[256];
  int ties;
  const char *guess = tl_suggest(key->text, key->len, known, &ties);
  const char *syn = NULL;
  for (const synonym *s = synonyms; s->word; s++)
    if (same_ignoring_case_and_dashes(key->text, s->word))
      for (int i = 0; known[i]; i++)
        if (strcmp(known[i], s->key) == 0)
          syn = s->key;
  if (guess && !ties) {
    snprintf(hint, sizeof hint, "did you mean `%s`?", guess);
  } else if (syn) {
    snprintf(hint, sizeof hint, "did you mean `%s`?", syn);
  } else {
    size_t n = (size_t)snprintf(hint, sizeof hint, "%s may have: ", where);
    for (int i = 0; known[i] && n < sizeof hint; i++)
      n += (size_t)snprintf(hint + n, sizeof hint - n, "%s`%s`", i ? ", " : "",
                            known[i]);
  }
  error_at(c, key, hint, "unknown key `%s`", key->text);
}

/* Matches the keys of `map` against `known`: found[i] receives the value
 * of known[i].  Duplicates and unknown keys are reported. */
static void read_keys(checker *c, const tl_ynode *map, const char *const *known,
                      const char *where, const tl_ynode **found,
                      const tl_ynode **found_key) {
  size_t n = 0;
  while (known[n])
    n++;
  memset(found, 0, n * sizeof *found);
  memset(found_key, 0, n * sizeof *found_key);
  for (size_t i = 0; i < map->count; i++) {
    const tl_ynode *key = map->keys[i];
    if (key->kind != TL_Y_SCALAR) {
      error_at(c, key, "write a plain name followed by `:`",
               "a key must be a name, not %s", tl_ykind_name(key));
      continue;
    }
    int slot = -1;
    for (size_t k = 0; k < n; k++)
      if (strcmp(key->text, known[k]) == 0)
        slot = (int)k;
    if (slot < 0) {
      int fix = fixable_key(key->text, key->len, known);
      /* A fix that would duplicate a key already present, exactly or
       * by an earlier fix, is no fix. */
      if (fix >= 0 && (tl_ymap_get(map, known[fix]) || found[fix]))
        fix = -1;
      if (fix >= 0 && c->edits) {
        add_edit(c, key, known[fix]);
        slot = fix;
      } else if (fix >= 0) {
        char hint[160];
        snprintf(hint, sizeof hint,
                 "did you mean `%s`? (`timeline fmt` fixes this)", known[fix]);
        error_at(c, key, hint, "unknown key `%s`", key->text);
        slot = fix; /* read the value anyway: one slip, one message */
      } else {
        unknown_key(c, key, known, where);
        continue;
      }
    }
    if (found[slot]) {
      char hint[96];
      snprintf(hint, sizeof hint, "`%s` was first given at line %u",
               known[slot], found_key[slot]->line);
      error_at(c, key, hint, "duplicate key `%s`", known[slot]);
      continue;
    }
    found[slot] = map->values[i];
    found_key[slot] = key;
  }
}

/* ---- values ------------------------------------------------------------- */

/* Text of a scalar, or NULL (and an error) when it is a list or mapping. */
static const char *text_of(checker *c, const char *key, const tl_ynode *v) {
  if (!v)
    return NULL;
  if (v->kind != TL_Y_SCALAR) {
    error_at(c, v, NULL, "`%s` must be text, found %s", key, tl_ykind_name(v));
    return NULL;
  }
  if (tl_yscalar_is_null(v))
    return NULL;
  return v->text;
}

static bool blank(const char *s) {
  for (; s && *s; s++)
    if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
      return false;
  return true;
}

/* Parses a date scalar; reports problems at the exact characters when the
 * scalar's text is the source text. */
static bool read_when(checker *c, const char *key, const tl_ynode *v,
                      tl_when *out) {
  if (v->kind != TL_Y_SCALAR) {
    error_at(c, v, "write a date such as 2025-09-04, 2019 or 1950/1953",
             "`%s` must be a date, found %s", key, tl_ykind_name(v));
    return false;
  }
  tl_date_parse_info info;
  if (tl_when_parse(v->text, v->len, out, &info) != TL_OK) {
    size_t inner = v->start + (v->style == TL_Y_SINGLE_QUOTED ||
                               v->style == TL_Y_DOUBLE_QUOTED);
    bool exact = v->style != TL_Y_LITERAL && v->style != TL_Y_FOLDED &&
                 inner + v->len <= c->len &&
                 memcmp(c->text + inner, v->text, v->len) == 0;
    size_t off = exact ? inner + info.error_offset : v->start;
    size_t length =
        exact ? (info.error_length ? info.error_length : 1) : node_length(v);
    error_span(c, v, off, length, info.hint[0] ? info.hint : NULL,
               "invalid `%s`: %s", key, info.message);
    return false;
  }
  if (info.hint[0])
    warning_at(c, v, info.hint, "`%s` is ambiguous: `%s`", key, v->text);
  if (!info.canonical && c->edits && v->style != TL_Y_LITERAL &&
      v->style != TL_Y_FOLDED) {
    char buf[TL_WHEN_MAX];
    add_edit(c, v, tl_when_format(out, buf));
  }
  return true;
}

/* actors / tags: a list of names; one name alone is accepted. */
static void read_names(checker *c, const char *key, const tl_ynode *v,
                       tl_strlist *out) {
  memset(out, 0, sizeof *out);
  if (!v || tl_yscalar_is_null(v))
    return;
  if (v->kind == TL_Y_MAP) {
    char hint[96];
    snprintf(hint, sizeof hint, "write `%s: [First Name, Second Name]`", key);
    error_at(c, v, hint, "`%s` must be a list of names, found a mapping", key);
    return;
  }
  size_t n = v->kind == TL_Y_SEQ ? v->count : 1;
  const char **items = tl_arena_alloc(&c->scratch, (n ? n : 1) * sizeof *items);
  if (!items) {
    c->nomem = true;
    return;
  }
  size_t count = 0;
  for (size_t i = 0; i < n; i++) {
    const tl_ynode *item = v->kind == TL_Y_SEQ ? v->values[i] : v;
    if (item->kind != TL_Y_SCALAR) {
      error_at(c, item, NULL, "each entry of `%s` must be a name, found %s",
               key, tl_ykind_name(item));
      continue;
    }
    if (blank(item->text)) {
      error_at(c, item, NULL, "empty name in `%s`", key);
      continue;
    }
    if (v->kind == TL_Y_SCALAR && strstr(item->text, ", ")) {
      char hint[96];
      snprintf(hint, sizeof hint,
               "for several names write a list: `%s: [A, B]`", key);
      warning_at(c, item, hint, "`%s` is one name containing a comma", key);
    }
    for (size_t j = 0; j < count; j++)
      if (strcmp(items[j], item->text) == 0)
        warning_at(c, item, NULL, "`%s` lists `%s` twice", key, item->text);
    items[count++] = item->text;
  }
  out->items = items;
  out->count = count;
}

static bool read_offset(checker *c, const tl_ynode *v, int64_t *out) {
  *out = -1;
  if (!v || tl_yscalar_is_null(v))
    return true;
  const char *s = v->kind == TL_Y_SCALAR ? v->text : "";
  int64_t n = 0;
  bool ok = v->kind == TL_Y_SCALAR && *s;
  for (; ok && *s; s++) {
    if (*s < '0' || *s > '9' || n > (INT64_MAX - 9) / 10)
      ok = false;
    else
      n = n * 10 + (*s - '0');
  }
  if (!ok) {
    error_at(c, v, "the byte offset of the quote in the document, e.g. 1234",
             "`offset` must be a whole number of bytes, found `%s`",
             v->kind == TL_Y_SCALAR ? v->text : tl_ykind_name(v));
    return false;
  }
  *out = n;
  return true;
}

static void read_sources(checker *c, const tl_ynode *v, tl_event *ev) {
  if (!v || tl_yscalar_is_null(v))
    return;
  if (v->kind != TL_Y_SEQ) {
    error_at(c, v, "write `sources:` and then one `- document: ...` per source",
             "`sources` must be a list, found %s", tl_ykind_name(v));
    return;
  }
  tl_source *src =
      tl_arena_alloc(&c->scratch, (v->count ? v->count : 1) * sizeof *src);
  if (!src) {
    c->nomem = true;
    return;
  }
  size_t n = 0;
  for (size_t i = 0; i < v->count; i++) {
    const tl_ynode *item = v->values[i];
    tl_source *s = &src[n];
    memset(s, 0, sizeof *s);
    s->offset = -1;
    if (item->kind == TL_Y_SCALAR) { /* "- AFP": a document name alone */
      s->document = item->text;
      n++;
      continue;
    }
    if (item->kind != TL_Y_MAP) {
      error_at(c, item, NULL, "each source must be a mapping, found %s",
               tl_ykind_name(item));
      continue;
    }
    const tl_ynode *f[SRC_COUNT], *fk[SRC_COUNT];
    read_keys(c, item, source_keys, "a source", f, fk);
    s->document = text_of(c, "document", f[SRC_DOCUMENT]);
    s->quote = text_of(c, "quote", f[SRC_QUOTE]);
    s->said_by = text_of(c, "said_by", f[SRC_SAID_BY]);
    read_offset(c, f[SRC_OFFSET], &s->offset);
    if (!s->document && !s->quote)
      warning_at(c, item, "give at least `document` or `quote`",
                 "this source names neither a document nor a quote");
    n++;
  }
  ev->sources = src;
  ev->source_count = n;
}

static void check_type(checker *c, const tl_ynode *v, const char *type) {
  for (const char *const *t = tl_known_event_types; *t; t++)
    if (strcmp(*t, type) == 0)
      return;
  int ties;
  const char *guess =
      tl_suggest(type, strlen(type), tl_known_event_types, &ties);
  if (guess && !ties) {
    char hint[96];
    snprintf(hint, sizeof hint, "did you mean `%s`?", guess);
    warning_at(c, v, hint,
               "unknown type `%s` (it will be drawn in the default colour)",
               type);
  }
}

static void check_id(checker *c, const tl_ynode *v, const char *id) {
  unsigned first;
  if (tl_strmap_find_or_add(&c->ids, id, strlen(id), v->line, &first,
                            &c->nomem)) {
    char hint[64];
    snprintf(hint, sizeof hint, "first used at line %u", first);
    error_at(c, v, hint, "duplicate id `%s`", id);
  }
}

/* An event repeated by accident is legal but worth a look. */
static void check_repeat(checker *c, const tl_ynode *item, const tl_event *ev) {
  if (!ev->title)
    return;
  char date[TL_WHEN_MAX];
  tl_when_format(&ev->date, date);
  size_t dlen = strlen(date), tlen = strlen(ev->title);
  char *key = tl_arena_alloc(&c->scratch, dlen + tlen + 2);
  if (!key) {
    c->nomem = true;
    return;
  }
  memcpy(key, date, dlen);
  key[dlen] = '\t';
  memcpy(key + dlen + 1, ev->title, tlen + 1);
  unsigned first;
  if (tl_strmap_find_or_add(&c->events, key, dlen + tlen + 1, item->line,
                            &first, &c->nomem)) {
    char hint[64];
    snprintf(hint, sizeof hint, "the first is at line %u", first);
    warning_at(c, item, hint,
               "this event repeats the date and title of another");
  }
}

static void check_end(checker *c, const tl_ynode *end_node, tl_event *ev) {
  tl_when end;
  if (!read_when(c, "end", end_node, &end))
    return;
  if (end.interval) {
    error_at(c, end_node, "write the interval in `date`, e.g. 1950/1953",
             "`end` must be a single date, not an interval");
    return;
  }
  if (ev->date.interval) {
    error_at(c, end_node, "remove `end`, or make `date` a single date",
             "`date` is already an interval");
    return;
  }
  char a[TL_WHEN_MAX], b[TL_WHEN_MAX];
  if (tl_date_last_day(&end.start) < tl_when_first_day(&ev->date)) {
    error_at(c, end_node, NULL, "`end` (%s) is before `date` (%s)",
             tl_date_format(&end.start, a), tl_when_format(&ev->date, b));
    return;
  }
  if (tl_when_equal(&end, &ev->date))
    warning_at(c, end_node, "remove `end`", "`end` is the same as `date`");
  ev->end = end.start;
  ev->has_end = true;
}

static void read_event(checker *c, const tl_ynode *item, size_t index) {
  (void)index;
  if (item->kind != TL_Y_MAP) {
    error_at(c, item, "start each event with `- date:` and give it a `title:`",
             "each event must be a mapping with `date` and `title`, found %s",
             tl_ykind_name(item));
    return;
  }
  if (item->count == 1 && item->keys[0]->kind == TL_Y_SCALAR &&
      item->values[0]->kind == TL_Y_SCALAR) {
    /* "- 2019: Hanoi summit": a natural shorthand, but not ours. */
    tl_when w;
    if (tl_when_parse(item->keys[0]->text, item->keys[0]->len, &w, NULL) ==
        TL_OK) {
      char hint[160];
      snprintf(hint, sizeof hint,
               "write `- date: %s` and `title: %s` on "
               "two lines",
               item->keys[0]->text, item->values[0]->text);
      error_at(c, item, hint, "an event is written as `date: title`");
      return;
    }
  }
  const tl_ynode *f[EV_COUNT], *fk[EV_COUNT];
  read_keys(c, item, event_keys, "an event", f, fk);
  tl_event ev;
  memset(&ev, 0, sizeof ev);
  ev.line = item->line;
  ev.col = item->col;
  bool ok = true;
  if (!f[EV_DATE] || tl_yscalar_is_null(f[EV_DATE])) {
    error_at(c, f[EV_DATE] ? f[EV_DATE] : item,
             "every event needs a date, e.g. `date: 2019-02-27`",
             "event has no `date`");
    ok = false;
  } else if (!read_when(c, "date", f[EV_DATE], &ev.date)) {
    ok = false;
  }
  ev.title = text_of(c, "title", f[EV_TITLE]);
  if (f[EV_TITLE] && f[EV_TITLE]->kind != TL_Y_SCALAR)
    ok = false;
  if (!f[EV_TITLE]) {
    error_at(c, item, "every event needs a short `title:`",
             "event has no `title`");
    ok = false;
  } else if (f[EV_TITLE]->kind == TL_Y_SCALAR && blank(ev.title)) {
    error_at(c, f[EV_TITLE], "say in a few words what happened",
             "`title` is empty");
    ok = false;
  } else if (ev.title && strlen(ev.title) > 120) {
    warning_at(c, f[EV_TITLE], "put the detail in `summary`",
               "`title` is long (%zu bytes); charts will shorten it",
               strlen(ev.title));
  }
  if (ok && f[EV_END] && !tl_yscalar_is_null(f[EV_END]))
    check_end(c, f[EV_END], &ev);
  ev.summary = text_of(c, "summary", f[EV_SUMMARY]);
  ev.place = text_of(c, "place", f[EV_PLACE]);
  ev.type = text_of(c, "type", f[EV_TYPE]);
  if (ev.type)
    check_type(c, f[EV_TYPE], ev.type);
  ev.status = text_of(c, "status", f[EV_STATUS]);
  if (ev.status) {
    bool known = false;
    for (const char *const *s = statuses; *s; s++)
      known |= strcmp(*s, ev.status) == 0;
    if (!known) {
      int ties;
      const char *guess =
          tl_suggest(ev.status, strlen(ev.status), statuses, &ties);
      char hint[128];
      if (guess && !ties)
        snprintf(hint, sizeof hint, "did you mean `%s`?", guess);
      else
        snprintf(hint, sizeof hint,
                 "use `planned`, `inferred` or `cancelled`, or leave it out");
      error_at(c, f[EV_STATUS], hint, "unknown status `%s`", ev.status);
    }
  }
  ev.id = text_of(c, "id", f[EV_ID]);
  if (ev.id)
    check_id(c, f[EV_ID], ev.id);
  read_names(c, "actors", f[EV_ACTORS], &ev.actors);
  read_names(c, "tags", f[EV_TAGS], &ev.tags);
  read_sources(c, f[EV_SOURCES], &ev);
  if (ok && c->doc && !c->nomem) {
    check_repeat(c, item, &ev);
    if (tl_doc_add(c->doc, &ev) != TL_OK)
      c->nomem = true;
  }
}

tl_status tl_schema_events(const tl_ynode *root, const char *text, size_t len,
                           const char *name, tl_doc **out, tl_diags *diags,
                           tl_edits *edits) {
  if (out)
    *out = NULL;
  checker c;
  memset(&c, 0, sizeof c);
  c.text = text;
  c.len = len;
  c.name = name;
  c.diags = diags;
  c.edits = edits;
  tl_arena_init(&c.scratch);
  size_t errors_before = diags->errors;
  c.doc = tl_doc_new();
  if (!c.doc)
    return TL_ERR_NOMEM;

  if (!root) {
    tl_diags_add(diags, TL_ERROR, name, 0, 0, 1, 1,
                 "an events file has `title:` and a list under `events:`",
                 "the file is empty");
  } else if (root->kind != TL_Y_MAP) {
    error_at(&c, root, "an events file has `title:` and a list under `events:`",
             "expected a mapping with `title` and `events`, found %s",
             tl_ykind_name(root));
  } else {
    const tl_ynode *f[TOP_COUNT], *fk[TOP_COUNT];
    read_keys(&c, root, top_keys, "the top level", f, fk);
    const char *title = text_of(&c, "title", f[TOP_TITLE]);
    const char *description = text_of(&c, "description", f[TOP_DESCRIPTION]);
    if (!f[TOP_TITLE])
      warning_at(&c, root, "add `title:` at the top",
                 "the timeline has no `title`");
    if ((title && tl_doc_set_title(c.doc, title) != TL_OK) ||
        (description && tl_doc_set_description(c.doc, description) != TL_OK))
      c.nomem = true;
    const tl_ynode *events = f[TOP_EVENTS];
    if (!events) {
      error_at(&c, root, "add `events:` followed by `- date: ...` items",
               "missing `events`");
    } else if (tl_yscalar_is_null(events)) {
      warning_at(&c, events, NULL, "`events` is empty");
    } else if (events->kind != TL_Y_SEQ) {
      error_at(&c, events,
               "each event starts with `- ` on its own line under `events:`",
               "`events` must be a list, found %s", tl_ykind_name(events));
    } else {
      if (events->count == 0)
        warning_at(&c, events, NULL, "`events` is empty");
      for (size_t i = 0; i < events->count && !c.nomem; i++)
        read_event(&c, events->values[i], i);
    }
  }
  tl_strmap_free(&c.ids);
  tl_strmap_free(&c.events);
  tl_arena_free(&c.scratch);
  if (c.nomem || (edits && edits->out_of_memory)) {
    tl_doc_free(c.doc);
    return TL_ERR_NOMEM;
  }
  if (diags->errors > errors_before) {
    tl_doc_free(c.doc);
    return TL_ERR_INVALID;
  }
  if (out)
    *out = c.doc;
  else
    tl_doc_free(c.doc);
  return TL_OK;
}
