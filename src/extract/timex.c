/* timex.c - tl_timex_find: tokens -> sentences -> expressions -> values.
 *
 * The text is read once.  Tokens are gathered into a sentence buffer of
 * bounded size (a sentence longer than MAX_SENTENCE tokens is cut, so a
 * megabyte without a full stop costs no more memory than a short one);
 * each sentence is scanned, and its expressions are normalized in text
 * order so that "the following day" sees the date mentioned before it. */
#include "extract/lexicon.h"
#include "extract/tense.h"
#include "extract/timex_norm.h"
#include "extract/timex_scan.h"
#include "extract/tokens.h"
#include "timeline.h"

#include <stdlib.h>
#include <string.h>

enum {
  MAX_SENTENCE = 400, /* tokens scanned at once */
  MAX_CANDS = 2 * MAX_SENTENCE,
  CUT_WINDOW = 48 /* how far back a forced cut may look */
};

typedef struct tagger {
  const char *text;
  const tl_date *dct;
  tl_tok *buf; /* the sentence being gathered (+1 token of lookahead) */
  size_t n;
  timex_cand *cands;
  rule_index index;
  tval narrative;
  bool have_narrative;
  tval narrative_day; /* the last point with a day */
  bool have_narrative_day;
  size_t sentence;                       /* sentences tagged so far */
  size_t narrative_at, narrative_day_at; /* the sentences they came from */
  tval period; /* the last quarter mentioned: financial stories */
  bool have_period;
  tval range; /* the first end of a range, for the second */
  bool have_range;
  tl_timex_list *out;
  tl_status status;
} tagger;

const char *tl_timex_type_str(tl_timex_type type) {
  switch (type) {
  case TL_TIMEX_DATE:
    return "DATE";
  case TL_TIMEX_TIME:
    return "TIME";
  case TL_TIMEX_DURATION:
    return "DURATION";
  case TL_TIMEX_SET:
    return "SET";
  }
  return "DATE";
}

void tl_timex_list_free(tl_timex_list *list) {
  if (!list)
    return;
  free(list->items);
  list->items = NULL;
  list->count = list->capacity = 0;
}

static bool push(tl_timex_list *list, const tl_timex *x) {
  if (list->count == list->capacity) {
    size_t cap = list->capacity ? list->capacity * 2 : 16;
    tl_timex *p = realloc(list->items, cap * sizeof *p);
    if (!p)
      return false;
    list->items = p;
    list->capacity = cap;
  }
  list->items[list->count++] = *x;
  return true;
}

/* ---- sentence boundaries ------------------------------------------------ */

static bool sentence_final(const tl_tok *t) {
  return tl_tok_punct(t, '.') || tl_tok_punct(t, '!') || tl_tok_punct(t, '?');
}

/* An abbreviation or an initial before a '.': "Mr.", "Sept.", "J." */
static bool abbreviation(const tl_tok *t) {
  if (t->kind != TK_WORD)
    return false;
  if (tl_tok_class(t, LX_ABBREV))
    return true;
  return t->len == 1 && (t->flags & TF_CAP);
}

static bool starts_sentence(const tl_tok *t) {
  if (!(t->flags & (TF_SPACE | TF_NEWLINE)))
    return false;
  if (t->kind == TK_NUM)
    return true;
  if (t->kind == TK_WORD)
    return t->flags & (TF_CAP | TF_UPPER);
  return t->text[0] == '"' || t->text[0] == '\'' || t->text[0] == '(' ||
         t->text[0] == '`';
}

/* Does a new sentence begin at buf[n-1], the token just read? */
static bool boundary_before_last(const tagger *tg) {
  size_t n = tg->n;
  const tl_tok *t = &tg->buf[n - 1];
  if (n < 2)
    return false;
  if (t->flags & TF_PARA)
    return true;
  const tl_tok *p = &tg->buf[n - 2];
  /* a closing quote or bracket after the full stop */
  if (n >= 3 &&
      (tl_tok_punct(p, '"') || tl_tok_punct(p, '\'') || tl_tok_punct(p, ')')) &&
      sentence_final(&tg->buf[n - 3]))
    p = &tg->buf[n - 3];
  if (!sentence_final(p) || !starts_sentence(t))
    return false;
  if (tl_tok_punct(p, '.') && p > tg->buf && abbreviation(p - 1) &&
      tl_tok_glued(p - 1, p) && !(t->flags & TF_NEWLINE))
    return false;
  return true;
}

/* Where to cut a sentence that fills the buffer: after the last comma,
 * semicolon or line break in its final tokens, so that no expression
 * ("March 3, 2019") is cut in two; else anywhere. */
static size_t forced_cut(const tagger *tg) {
  size_t n = tg->n;
  for (size_t c = n - 1; c + CUT_WINDOW > n && c > 1; c--) {
    const tl_tok *before = &tg->buf[c - 1];
    if (tl_tok_punct(before, ';') || tl_tok_punct(before, ':') ||
        (tg->buf[c].flags & TF_NEWLINE) ||
        (tl_tok_punct(before, ',') && !(tg->buf[c].kind == TK_NUM)))
      return c;
  }
  return n - 1;
}

/* ---- one sentence ----------------------------------------------------------
 */

/* A financial story reports a quarter that is over: "expects the trend to
 * continue into the fourth quarter" or "losses through the third quarter of
 * 1990" look ahead, and "after a flat second quarter" looks back from the
 * quarter reported.  So the reporting period is the latest quarter
 * mentioned that had ended by the creation time, or that a past clause
 * reports (a fiscal fourth quarter ended Sept. 30: "reported a decline in
 * fourth-quarter earnings"). */
static bool reported_quarter(const tagger *tg, const tval *q, tl_tense tense) {
  if (!q->quarter)
    return false;
  int32_t idx = q->year * 4 + q->quarter - 1;
  if (tg->dct && tg->dct->month >= 1 && tense != TL_TENSE_PAST) {
    int32_t now = tg->dct->year * 4 + (tg->dct->month - 1) / 3;
    if (idx >= now)
      return false; /* not over yet */
  }
  return !tg->have_period ||
         idx >= tg->period.year * 4 + tg->period.quarter - 1;
}

static void emit(tagger *tg, const scan_ctx *s, const timex_cand *c) {
  tl_timex x;
  memset(&x, 0, sizeof x);
  x.start = s->tok[c->first].start;
  x.end = s->tok[c->last - 1].end;
  x.type = (tl_timex_type)c->spec.type;
  bool near;
  x.tense = tl_clause_tense(s->tok, s->n, c->first, c->last, &near);
  if (c->signal[0] && tl_word_in(c->signal, "to|until|till|through"))
    near = false; /* "extended to Nov. 20": the verb's time is not this */
  tl_tense direction = x.tense;
  if (strcmp(c->signal, "since") == 0)
    direction = TL_TENSE_PAST; /* "since March": a March already past */
  if (c->first > 0 && tl_tok_in(&s->tok[c->first - 1], "effective"))
    direction = TL_TENSE_FUTURE; /* "effective Feb. 1": when it starts */
  /* "Wednesday's ruling": the day names an event, and a future verb of
   * the clause ("would look for ways to get around") is not its tense;
   * news mostly reports such events after the fact, unless the
   * preposition looks ahead ("ahead of Sunday's vote") */
  if (c->last < s->n && tl_tok_in(&s->tok[c->last], "'s") && c->spec.weekday &&
      !c->spec.month && c->spec.dir == DIR_TENSE &&
      direction == TL_TENSE_FUTURE &&
      !tl_word_in(c->signal, "ahead of|until|till|pending")) {
    direction = TL_TENSE_UNKNOWN;
    near = false;
  }
  norm_ctx ctx = {
      tg->dct, direction, near, tg->have_narrative ? &tg->narrative : NULL,
      /* a day told in the same sentence as the coarser
       * point after it: "on Monday ... in February 2022" */
      tg->have_narrative_day && tg->narrative_day_at == tg->narrative_at
          ? &tg->narrative_day
          : NULL,
      tg->have_period ? &tg->period : NULL,
      c->range_end && tg->have_range ? &tg->range : NULL};
  tval point;
  bool has_point;
  x.relative = tl_timex_value(&c->spec, &ctx, x.value, sizeof x.value, &point,
                              &has_point);
  memcpy(x.mod, c->spec.mod, sizeof x.mod);
  memcpy(x.signal, c->signal, sizeof x.signal);
  x.range_start = c->range_start;
  x.range_end = c->range_end;
  tg->have_range = c->range_start && has_point;
  if (tg->have_range)
    tg->range = point;
  /* A comparison ("a year earlier", "two weeks ago") looks back from the
   * story without moving it: the next "a year earlier" still counts from
   * the quarter being reported. */
  bool looks_back = c->spec.rel_unit != U_NONE && c->spec.rel_shift < 0 &&
                    c->spec.gran != U_NONE;
  /* A decade or a century is background, not where the story is. */
  if (has_point && !looks_back && point.gran <= U_YEAR) {
    tg->narrative = point;
    tg->have_narrative = true;
    tg->narrative_at = tg->sentence;
    if (point.month && point.day && point.gran <= U_DAY) {
      tg->narrative_day = point;
      tg->have_narrative_day = true;
      tg->narrative_day_at = tg->sentence;
    }
    /* "the 1988 period" names the comparison, not the period reported */
    if (point.gran == U_QUARTER && !(c->spec.latest && c->spec.has_year) &&
        reported_quarter(tg, &point, x.tense)) {
      tg->period = point;
      tg->have_period = true;
    }
  }
  if (tg->status == TL_OK && !push(tg->out, &x))
    tg->status = TL_ERR_NOMEM;
}

static void tag_sentence(tagger *tg, size_t n) {
  if (n == 0)
    return;
  tg->buf[0].flags |= TF_SENT;
  tg->sentence++;
  scan_ctx s = {tg->buf, n, &tg->index};
  size_t k = tl_scan_sentence(&s, tg->cands, MAX_CANDS);
  for (size_t i = 0; i < k; i++)
    emit(tg, &s, &tg->cands[i]);
}

tl_status tl_timex_find(const char *text, size_t len, const tl_date *dct,
                        tl_timex_list *out) {
  tl_lexicon *lex = malloc(sizeof *lex);
  tagger tg;
  memset(&tg, 0, sizeof tg);
  tg.buf = malloc((MAX_SENTENCE + 2) * sizeof *tg.buf);
  tg.cands = malloc(MAX_CANDS * sizeof *tg.cands);
  if (!lex || !tg.buf || !tg.cands || !tl_rule_index_init(&tg.index)) {
    free(lex);
    free(tg.buf);
    free(tg.cands);
    return TL_ERR_NOMEM;
  }
  tl_lexicon_init(lex);
  tg.text = text;
  tg.dct = dct;
  tg.out = out;
  tl_tokenizer tz;
  tl_tokenizer_init(&tz, text, len, lex);
  while (tl_token_next(&tz, &tg.buf[tg.n])) {
    tg.n++;
    size_t cut = 0;
    if (boundary_before_last(&tg))
      cut = tg.n - 1;
    else if (tg.n > MAX_SENTENCE)
      cut = forced_cut(&tg);
    if (cut) {
      tag_sentence(&tg, cut);
      memmove(tg.buf, tg.buf + cut, (tg.n - cut) * sizeof *tg.buf);
      tg.n -= cut;
    }
  }
  tag_sentence(&tg, tg.n);
  free(lex);
  free(tg.buf);
  free(tg.cands);
  tl_rule_index_free(&tg.index);
  return tg.status;
}
