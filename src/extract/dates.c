/* dates.c - the anchored dates of an article, from the temporal tagger.
 *
 * The tagger gives TIMEX3 values; events need calendar dates.  Only DATEs
 * (and TIMEs on a known day) become dates: a DURATION ("six years") or a
 * SET ("every year") dates nothing.  "from 1950 to 1953" is one interval.
 * Dates in the header (front matter, dateline) are not events.
 *
 * Without a document date the article is read in narrative mode: an
 * expression that needed one ("on Tuesday", "last year") is tagged again
 * with the last absolute date before it standing in for the DCT, and is
 * marked inferred.  The machine's clock is never consulted. */
#include "extract/dates.h"

#include "extract/timex_when.h"

#include <stdlib.h>
#include <string.h>

/* Context the tagger reads around an expression in narrative mode. */
#define WINDOW 160

static bool calendar_value(const tl_timex *t) {
  if (t->type == TL_TIMEX_DATE)
    return true;
  /* "Thursday morning" is a TIME on a known day. */
  return t->type == TL_TIMEX_TIME && strlen(t->value) >= 10 &&
         t->value[4] == '-' && t->value[7] == '-';
}

static bool needs_anchor(const tl_timex *t) {
  return strchr(t->value, 'X') != NULL &&
         !(strlen(t->value) == 4 && t->value[3] == 'X');
}

/* Moves i back to the start of a UTF-8 character. */
static size_t char_start(const char *text, size_t i) {
  while (i > 0 && ((unsigned char)text[i] & 0xC0) == 0x80)
    i--;
  return i;
}

/* Tags the expression [start, end) again with `anchor` as the DCT, in a
 * window of text around it; fills *out when the tagger finds the same
 * span.  Linear overall: each window is bounded. */
static bool reanchor(const char *text, size_t len, size_t start, size_t end,
                     const tl_date *anchor, tl_timex *out) {
  size_t a = start > WINDOW ? char_start(text, start - WINDOW) : 0;
  size_t b = end + WINDOW < len ? char_start(text, end + WINDOW) : len;
  /* Stay inside the paragraph. */
  for (size_t i = start; i > a; i--)
    if (text[i - 1] == '\n' && i >= 2 && text[i - 2] == '\n') {
      a = i;
      break;
    }
  tl_timex_list list = {NULL, 0, 0};
  bool found = false;
  if (tl_timex_find(text + a, b - a, anchor, &list) == TL_OK)
    for (size_t i = 0; i < list.count; i++)
      if (list.items[i].start + a == start && list.items[i].end + a == end) {
        *out = list.items[i];
        out->start += a;
        out->end += a;
        found = true;
        break;
      }
  tl_timex_list_free(&list);
  return found;
}

/* Two days written as one phrase: "Thursday and Friday", "Feb. 27 and
 * 28": only "and" (and spaces) between them. */
static bool days_joined(const char *text, const tl_timex *a,
                        const tl_timex *b) {
  if (!calendar_value(b) || b->start < a->end || b->start - a->end > 6)
    return false;
  size_t i = a->end, e = b->start;
  while (i < e && text[i] == ' ')
    i++;
  if (e - i < 3 || memcmp(text + i, "and", 3) != 0)
    return false;
  for (i += 3; i < e; i++)
    if (text[i] != ' ')
      return false;
  return true;
}

/* "a day after", "10 days before", "two weeks after": a DURATION of whole
 * days, weeks, months or years right before "after" or "before" counts
 * from another date; the sentence's builder finds which. */
static bool counted_offset(const char *text, size_t len, const tl_timex *t,
                           tl_date_mention *m) {
  if (t->type != TL_TIMEX_DURATION || t->value[0] != 'P')
    return false;
  int amount = 0;
  size_t i = 1;
  while (t->value[i] >= '0' && t->value[i] <= '9' && amount < 10000)
    amount = amount * 10 + (t->value[i++] - '0');
  char unit = t->value[i];
  if (i == 1 || t->value[i + 1] != '\0' ||
      (unit != 'D' && unit != 'W' && unit != 'M' && unit != 'Y'))
    return false;
  size_t k = t->end;
  while (k < len && text[k] == ' ')
    k++;
  bool after = len - k >= 6 && memcmp(text + k, "after ", 6) == 0;
  bool before = len - k >= 7 && memcmp(text + k, "before ", 7) == 0;
  if (!after && !before)
    return false;
  m->start = t->start;
  m->end = t->end;
  m->offset_unit = unit;
  m->offset_amount = amount;
  return true;
}

static tl_status push(tl_date_mention **items, size_t *count, size_t *cap,
                      const tl_date_mention *m) {
  if (*count == *cap) {
    size_t n = *cap ? *cap * 2 : 16;
    tl_date_mention *p = realloc(*items, n * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    *items = p;
    *cap = n;
  }
  (*items)[(*count)++] = *m;
  return TL_OK;
}

tl_status tl_find_dates(void *unused, const char *text, size_t len,
                        size_t body_start, const tl_date *dct, bool dct_guessed,
                        tl_date_mention **out, size_t *count) {
  (void)unused;
  *out = NULL;
  *count = 0;
  tl_timex_list list = {NULL, 0, 0};
  tl_status st = tl_timex_find(text, len, dct, &list);
  if (st != TL_OK) {
    tl_timex_list_free(&list);
    return st;
  }
  size_t cap = 0;
  bool have_anchor = false;
  tl_date anchor = {0};
  for (size_t i = 0; i < list.count && st == TL_OK; i++) {
    tl_timex t = list.items[i];
    if (t.start < body_start)
      continue;
    if (!calendar_value(&t)) {
      tl_date_mention m = {0};
      if (counted_offset(text, len, &t, &m))
        st = push(out, count, &cap, &m);
      continue;
    }
    bool inferred = t.relative && dct_guessed;
    if (!dct && needs_anchor(&t)) {
      if (!have_anchor || !reanchor(text, len, t.start, t.end, &anchor, &t))
        continue;
      inferred = true;
    }
    tl_date_mention m = {0};
    m.start = t.start;
    m.end = t.end;
    if (!tl_when_from_timex(t.value, t.mod, &m.when))
      continue;
    /* "from 1950 to 1953", "between 2018 and 2019": one interval. */
    if (t.range_start && i + 1 < list.count && list.items[i + 1].range_end &&
        calendar_value(&list.items[i + 1])) {
      tl_when end;
      const tl_timex *u = &list.items[i + 1];
      if (!needs_anchor(u) && tl_when_from_timex(u->value, u->mod, &end) &&
          tl_when_first_day(&end) >= tl_when_first_day(&m.when)) {
        tl_date first = m.when.start;
        m.when.interval = true;
        m.when.start = first;
        m.when.end = end.interval ? end.end : end.start;
        m.when.start_bound = TL_BOUND_DATE;
        m.when.end_bound = TL_BOUND_DATE;
        m.end = u->end;
        inferred = inferred || (u->relative && (dct_guessed || !dct));
        i++;
      }
    }
    /* "on Thursday and Friday": one happening over two days. */
    else if (i + 1 < list.count && days_joined(text, &t, &list.items[i + 1])) {
      tl_when end;
      const tl_timex *u = &list.items[i + 1];
      if (tl_when_from_timex(u->value, u->mod, &end) && !end.interval &&
          !m.when.interval && end.start.precision == TL_PREC_DAY &&
          m.when.start.precision == TL_PREC_DAY &&
          tl_when_first_day(&end) > tl_when_first_day(&m.when) &&
          tl_when_first_day(&end) - tl_when_first_day(&m.when) <= 7) {
        m.when.interval = true;
        m.when.end = end.start;
        m.when.start_bound = TL_BOUND_DATE;
        m.when.end_bound = TL_BOUND_DATE;
        m.end = u->end;
        i++;
      }
    }
    memcpy(m.signal, t.signal, sizeof m.signal);
    m.signal[sizeof m.signal - 1] = '\0';
    m.future = t.tense == TL_TENSE_FUTURE;
    m.inferred = inferred;
    /* The last absolute date is the narrative anchor for what follows. */
    if (!t.relative && !m.when.interval && !m.when.start.flags &&
        m.when.start.precision >= TL_PREC_YEAR) {
      anchor = m.when.start;
      have_anchor = true;
    }
    st = push(out, count, &cap, &m);
  }
  tl_timex_list_free(&list);
  if (st != TL_OK) {
    free(*out);
    *out = NULL;
    *count = 0;
  }
  return st;
}
