/* dedupe.c - one happening, many mentions.
 *
 * Two mentions are the same event when their dates can name the same
 * time and they agree on who or what: a shared source sentence, or a
 * compatible type with shared people and no conflicting place, or titles
 * made of the same words.  Different places ("in Hanoi" and "in
 * Vladivostok") or a different counterpart (Kim with Trump, Kim with
 * Putin) keep same-year events apart. */
#include "extract/dedupe.h"

#include <string.h>

#define MAX_WORDS 24
#define WORD_MAX 32

bool tl_dates_compatible(const tl_when *a, const tl_when *b) {
  if (tl_when_equal(a, b))
    return true;
  int64_t a0 = tl_when_first_day(a), a1 = tl_when_last_day(a);
  int64_t b0 = tl_when_first_day(b), b1 = tl_when_last_day(b);
  if (a1 < b0 || b1 < a0)
    return false;
  /* One inside the other, and the wider one no wider than a year: a
   * decade ("the 1950s") holds too many happenings to match on. */
  const tl_when *outer;
  if (a0 <= b0 && b1 <= a1)
    outer = a;
  else if (b0 <= a0 && a1 <= b1)
    outer = b;
  else
    return a->interval && b->interval; /* overlapping spans */
  if (outer->interval)
    return true;
  return outer->start.precision >= TL_PREC_YEAR;
}

int tl_type_group(const char *type) {
  static const struct {
    const char *type;
    int group;
  } groups[] = {
      {"meeting", 1},   {"talks", 1},        {"summit", 1},
      {"visit", 1},     {"conference", 1},   {"call", 1},
      {"agreement", 2}, {"treaty", 2},       {"declaration", 2},
      {"war", 3},       {"attack", 3},       {"crisis", 3},
      {"election", 4},  {"test", 5},         {"launch", 5},
      {"sanctions", 6}, {"statement", 7},    {"speech", 7},
      {"report", 7},    {"ceasefire", 8},    {"parade", 9},
      {"protest", 10},  {"appointment", 11}, {"death", 12},
      {"birth", 13},    {"era", 14},
  };
  if (!type)
    return 0;
  for (size_t i = 0; i < sizeof groups / sizeof groups[0]; i++)
    if (strcmp(groups[i].type, type) == 0)
      return groups[i].group;
  return 100; /* an unknown word is only like itself */
}

static bool types_compatible(const char *a, const char *b) {
  if (!a || !b)
    return true;
  int ga = tl_type_group(a), gb = tl_type_group(b);
  return ga == 100 || gb == 100 ? strcmp(a, b) == 0 : ga == gb;
}

static bool has(const tl_strlist *list, const char *s) {
  for (size_t i = 0; i < list->count; i++)
    if (strcmp(list->items[i], s) == 0)
      return true;
  return false;
}

static size_t shared(const tl_strlist *a, const tl_strlist *b) {
  size_t n = 0;
  for (size_t i = 0; i < a->count; i++)
    n += has(b, a->items[i]);
  return n;
}

static bool same_quote(const tl_event *a, const tl_event *b) {
  for (size_t i = 0; i < a->source_count; i++)
    for (size_t j = 0; j < b->source_count; j++) {
      const tl_source *x = &a->sources[i], *y = &b->sources[j];
      if (x->quote && y->quote && strcmp(x->quote, y->quote) == 0)
        return true;
    }
  return false;
}

static bool same_people(const tl_event *a, const tl_event *b, size_t common,
                        tl_dedupe_scope scope);

/* ---- title words --------------------------------------------------------- */

static const char *const stop[] = {
    "a",     "an",   "the",  "of",   "in",   "on",  "at",   "to",    "and",
    "or",    "for",  "with", "by",   "from", "as",  "his",  "her",   "its",
    "their", "that", "this", "was",  "were", "is",  "are",  "be",    "been",
    "has",   "have", "had",  "it",   "he",   "she", "they", "after", "before",
    "into",  "over", "said", "told", NULL};

typedef struct word_set {
  char words[MAX_WORDS][WORD_MAX];
  size_t count;
} word_set;

static void title_words(const char *s, word_set *out) {
  out->count = 0;
  while (s && *s && out->count < MAX_WORDS) {
    while (*s && !((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                   (*s >= '0' && *s <= '9') || (unsigned char)*s >= 0x80))
      s++;
    size_t n = 0;
    char w[WORD_MAX];
    while (*s && ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
                  (*s >= '0' && *s <= '9') || (unsigned char)*s >= 0x80 ||
                  *s == '-')) {
      if (n + 1 < WORD_MAX)
        w[n++] = (*s >= 'A' && *s <= 'Z') ? (char)(*s - 'A' + 'a') : *s;
      s++;
    }
    w[n] = '\0';
    if (n < 2)
      continue;
    bool skip = false;
    for (const char *const *p = stop; *p && !skip; p++)
      skip = strcmp(*p, w) == 0;
    for (size_t i = 0; i < out->count && !skip; i++)
      skip = strcmp(out->words[i], w) == 0;
    if (!skip)
      memcpy(out->words[out->count++], w, n + 1);
  }
}

/* Shares most of the shorter title's words ("Hanoi summit collapses" and
 * "collapse of the Hanoi summit" share two of three). */
static bool titles_alike(const char *a, const char *b) {
  word_set wa, wb;
  title_words(a, &wa);
  title_words(b, &wb);
  size_t small = wa.count < wb.count ? wa.count : wb.count;
  if (small < 2)
    return false;
  size_t common = 0;
  for (size_t i = 0; i < wa.count; i++)
    for (size_t j = 0; j < wb.count; j++)
      if (strcmp(wa.words[i], wb.words[j]) == 0) {
        common++;
        break;
      }
  return common * 3 >= small * 2;
}

/* The two dates share at least a day. */
static bool dates_overlap(const tl_when *a, const tl_when *b) {
  return tl_when_first_day(a) <= tl_when_last_day(b) &&
         tl_when_first_day(b) <= tl_when_last_day(a);
}

bool tl_events_same(const tl_event *a, const tl_event *b,
                    tl_dedupe_scope scope) {
  /* One sentence, one title, two dates ("decided on Wednesday to admit
   * Poland in early March"): the clause's happening was dated twice; the
   * first date found is the clause's own. */
  if (scope == TL_SAME_ARTICLE && a->title && b->title &&
      strcmp(a->title, b->title) == 0 && same_quote(a, b))
    return true;
  /* "the Korean War in the 1950s" and "the 1950-53 Korean War": a wide
   * date may hold the narrow one when the names agree. */
  if (!tl_dates_compatible(&a->date, &b->date))
    return dates_overlap(&a->date, &b->date) &&
           titles_alike(a->title, b->title) &&
           types_compatible(a->type, b->type);
  if (same_quote(a, b))
    return true;
  if (!types_compatible(a->type, b->type))
    return false;
  if (a->place && b->place && strcmp(a->place, b->place) != 0)
    return false;
  size_t common = shared(&a->actors, &b->actors);
  if (same_people(a, b, common, scope))
    return true;
  /* Comparing titles word by word is the costly test: last. */
  return titles_alike(a->title, b->title);
}

static bool same_people(const tl_event *a, const tl_event *b, size_t common,
                        tl_dedupe_scope scope) {
  /* Someone on each side the other lacks: Kim with Trump is not Kim with
   * Putin, even in the same year. */
  bool a_extra = a->actors.count > common, b_extra = b->actors.count > common;
  if (scope == TL_SAME_ARTICLE) {
    /* Named again in fewer words: same type, and the actors of one are
     * among those of the other. */
    if (a->type && b->type && strcmp(a->type, b->type) == 0 &&
        (!a_extra || !b_extra))
      return tl_when_equal(&a->date, &b->date) || common > 0;
    return common > 0 && (!a_extra || !b_extra) && a->type && b->type;
  }
  /* Across articles: the same people, and no one extra on both sides
   * unless it is the same kind of event ("Trump's second summit with Kim
   * collapsed" lists North Korea, "Trump walked out of his summit with
   * Kim in Hanoi" the United States). */
  bool same_type = a->type && b->type && strcmp(a->type, b->type) == 0;
  return common >= 2 && (!(a_extra && b_extra) || same_type);
}

/* For --merge: an event already in a person's file.  The file may have
 * been edited (a better title, fewer actors), so one shared actor is
 * enough when nothing contradicts it. */
bool tl_event_same_happening(const tl_event *a, const tl_event *b) {
  /* The same sentence read again, though its event was re-dated or
   * re-titled by hand (not both). */
  bool alike = titles_alike(a->title, b->title);
  bool compatible = tl_dates_compatible(&a->date, &b->date) ||
                    (alike && dates_overlap(&a->date, &b->date));
  if (same_quote(a, b) && (compatible || alike))
    return true;
  if (!compatible)
    return false;
  if (alike)
    return true;
  if (!types_compatible(a->type, b->type))
    return false;
  if (a->place && b->place && strcmp(a->place, b->place) != 0)
    return false;
  size_t common = shared(&a->actors, &b->actors);
  return common >= 1 &&
         !(a->actors.count > common && b->actors.count > common && common < 2);
}
