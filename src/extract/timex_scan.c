/* timex_scan.c - one left-to-right pass over a sentence's tokens.
 *
 * At each token: try every rule of the grammar (longest match wins, the
 * earlier rule on a tie), also after a modifier ("early", "about", "the end
 * of"), then read modifiers that follow ("ago", "or so", "of 2019").  The
 * match is taken and scanning resumes after it.  A second pass over the
 * few expressions found joins neighbours that TimeML writes as one
 * ("Thursday, Sept. 4"; "10 p.m. Wednesday"), marks the two ends of ranges
 * ("from 2018 to 2019", "2018-19") and records the signal before each. */
#include "extract/timex_scan.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void tl_spec_init(timex_spec *sp) {
  memset(sp, 0, sizeof *sp);
  sp->hour = sp->minute = sp->second = NO_FIELD;
  sp->decade = sp->century = NO_FIELD;
  sp->rel = REL_NONE;
}

static const tl_tok *tok(const scan_ctx *s, size_t i) {
  return i < s->n ? &s->tok[i] : NULL;
}

/* Tokens that can begin some rule: numbers and lexicon words. */
static bool may_start(const tl_tok *t) {
  if (t->kind == TK_NUM)
    return true;
  return t->kind == TK_WORD && (t->lex || (t->flags & TF_ALNUM));
}

/* Could rule ru start at token t?  Looks at its first element, and at
 * the second when the first is optional. */
static bool rule_may_start(const rule *ru, const tl_tok *t) {
  const elem *e0 = &ru->pat[0], *e1 = &ru->pat[1];
  if (tl_elem_may_start(t, e0))
    return true;
  if (!e0->opt)
    return false;
  return e1->opt || tl_elem_may_start(t, e1);
}

static void fill_bits(const tl_tok *t, uint64_t *bits) {
  for (size_t r = 0; r < tl_timex_rule_count; r++)
    if (rule_may_start(&tl_timex_rules[r], t))
      bits[r / 64] |= (uint64_t)1 << (r % 64);
}

bool tl_rule_index_init(rule_index *ix) {
  memset(ix, 0, sizeof *ix);
  if (tl_timex_rule_count > 64 * RULE_WORDS)
    return false;
  ix->by_word = calloc(tl_lex_count, sizeof *ix->by_word);
  ix->filled = calloc(tl_lex_count, sizeof *ix->filled);
  if (!ix->by_word || !ix->filled) {
    tl_rule_index_free(ix);
    return false;
  }
  tl_tok t;
  memset(&t, 0, sizeof t);
  t.kind = TK_NUM; /* the elements test numbers by kind only */
  fill_bits(&t, ix->number);
  t.kind = TK_WORD;
  t.flags = TF_ALNUM;
  fill_bits(&t, ix->alnum);
  return true;
}

void tl_rule_index_free(rule_index *ix) {
  free(ix->by_word);
  free(ix->filled);
  ix->by_word = NULL;
  ix->filled = NULL;
}

/* The rules worth trying at t, as bits. */
static const uint64_t *candidates(const scan_ctx *s, const tl_tok *t) {
  rule_index *ix = s->index;
  if (t->kind == TK_NUM)
    return ix->number;
  if (!t->lex)
    return ix->alnum;
  size_t w = (size_t)(t->lex - tl_lex_words);
  if (!ix->filled[w]) {
    fill_bits(t, ix->by_word[w]);
    ix->filled[w] = true;
  }
  return ix->by_word[w];
}

/* The longest rule match at token i, 0 if none. */
static size_t match_core(const scan_ctx *s, size_t i, timex_spec *best) {
  size_t best_len = 0;
  if (i >= s->n || !may_start(&s->tok[i]))
    return 0;
  const tl_tok *first = &s->tok[i];
  const uint64_t *bits = s->index ? candidates(s, first) : NULL;
  for (size_t r = 0; r < tl_timex_rule_count; r++) {
    const rule *ru = &tl_timex_rules[r];
    if (bits ? !(bits[r / 64] >> (r % 64) & 1) : !rule_may_start(ru, first))
      continue;
    /* a rule opening with one fixed word ("the", "every") must also fit
     * the next token: most rules tried at "the" stop here */
    const elem *e0 = &ru->pat[0], *e1 = &ru->pat[1];
    if (!e0->opt && (e0->kind == E_THE || e0->kind == E_WORD) && e1->kind &&
        !e1->opt && (i + 1 >= s->n || !tl_elem_may_start(&s->tok[i + 1], e1)))
      continue;
    timex_spec sp;
    tl_spec_init(&sp);
    size_t j = i;
    bool ok = true;
    for (const elem *e = ru->pat; e < ru->pat + RULE_MAX && e->kind; e++) {
      size_t k = tl_match_elem(s, j, e, &sp);
      if (k == 0 && !e->opt) {
        ok = false;
        break;
      }
      j += k;
    }
    if (!ok || j - i <= best_len || !ru->build(s, i, j, &sp))
      continue;
    best_len = j - i;
    *best = sp;
  }
  return best_len;
}

static bool starts_amount(const scan_ctx *s, size_t i) {
  const tl_tok *t = tok(s, i);
  if (!t)
    return false;
  return t->kind == TK_NUM || tl_tok_class(t, LX_NUMBER | LX_VAGUE) ||
         tl_tok_in(t, "a|an|half");
}

/* "this year", "that day", "last week": a unit counted from an anchor,
 * but not today/yesterday/tomorrow. */
static bool relative(const timex_spec *sp) {
  return sp->form == FORM_POINT && sp->rel_unit != U_NONE &&
         !(sp->rel_unit == U_DAY && sp->anchor == ANCHOR_DCT && !sp->pod);
}

/* "Friday", "today", "yesterday" */
static bool named_day(const timex_spec *sp) {
  return sp->form == FORM_POINT &&
         ((sp->weekday && !sp->month) ||
          (sp->rel_unit == U_DAY && sp->anchor == ANCHOR_DCT));
}

static bool prefix_fits(const scan_ctx *s, size_t core, size_t end,
                        const affix *a, const timex_spec *sp) {
  switch (a->needs) {
  case AFFIX_POINT:
    return sp->form == FORM_POINT;
  case AFFIX_AMOUNT:
    return starts_amount(s, core) &&
           (sp->form == FORM_DURATION || sp->form == FORM_POINT);
  case AFFIX_RELATIVE:
    return relative(sp);
  case AFFIX_NAMED_DAY:
    return named_day(sp);
  default:
    /* "get around Wednesday's ruling": a preposition, not "about" */
    return sp->form != FORM_REF && !tl_tok_in(tok(s, end), "'s");
  }
}

static void set_mod(timex_spec *sp, const char *mod) {
  if (!mod)
    return;
  if (strcmp(mod, "#WEEK") == 0) {
    sp->week_of = true;
    return;
  }
  if (!sp->mod[0])
    snprintf(sp->mod, sizeof sp->mod, "%s", mod);
}

/* "before" and "after" end a time only when they take no object:
 * "two days before" but not "two days before the vote", "two weeks after
 * talks stalled" or "a week after that".  With an object the anchor is
 * that event, not a date: the amount stays a duration and "after" is its
 * signal.  What may follow the bare adverb: punctuation, a conjunction, a
 * preposition ("two days before, on Monday"). */
static bool ends_phrase(const scan_ctx *s, size_t i) {
  const tl_tok *t = tok(s, i);
  if (!t || t->kind == TK_PUNCT)
    return true;
  if (tl_tok_in(t, "that|this|these|those|when|while|where|which|who|as|"
                   "because|if|since|until|till|before|after"))
    return false;
  return tl_tok_class(t, LX_CLAUSE | LX_SIGNAL) || tl_tok_in(t, "'s|or|nor");
}

/* "two years ago": the duration becomes a point that far from the anchor.
 * Fractions move to the next smaller unit: 2.5 years -> 30 months. */
static bool shift_point(timex_spec *sp, const affix *a) {
  if (sp->vague) {
    if (a->anchor != ANCHOR_DCT || a->shift > 0)
      return false;
    sp->form = FORM_REF; /* "years ago" */
    sp->type = TL_TIMEX_DATE;
    sp->ref = "PAST_REF";
    return true;
  }
  /* "a minute and a half later", "an hour later": counted from an event
   * whose clock the story seldom gives, so the amount stays a duration
   * and "later" is its signal */
  if (a->anchor == ANCHOR_NARRATIVE && sp->unit <= U_HOUR)
    return false;
  double amount = sp->amount;
  uint8_t unit = sp->unit;
  static const struct {
    uint8_t unit, smaller;
    int factor;
  } split[] = {
      {U_YEAR, U_MONTH, 12},    {U_MONTH, U_DAY, 30},   {U_WEEK, U_DAY, 7},
      {U_DAY, U_HOUR, 24},      {U_HOUR, U_MINUTE, 60}, {U_DECADE, U_YEAR, 10},
      {U_CENTURY, U_YEAR, 100},
  };
  if (amount != floor(amount)) {
    for (size_t k = 0; k < sizeof split / sizeof split[0]; k++)
      if (split[k].unit == unit) {
        amount *= split[k].factor;
        unit = split[k].smaller;
        break;
      }
  }
  if (unit == U_FORTNIGHT) {
    unit = U_WEEK;
    amount *= 2;
  }
  /* "a decade ago" is a year (1989), not the decade before this one */
  if (unit == U_DECADE || unit == U_CENTURY || unit == U_MILLENNIUM) {
    amount *= unit == U_DECADE ? 10 : unit == U_CENTURY ? 100 : 1000;
    unit = U_YEAR;
  }
  sp->form = FORM_POINT;
  sp->type = unit <= U_HOUR ? TL_TIMEX_TIME : TL_TIMEX_DATE;
  sp->rel_unit = unit;
  sp->rel_shift = (int32_t)lround(amount) * a->shift;
  sp->anchor = a->anchor;
  sp->gran = unit;
  sp->unit = U_NONE;
  return true;
}

static bool suffix_fits(const scan_ctx *s, size_t after, const affix *a,
                        const timex_spec *sp) {
  switch (a->needs) {
  case AFFIX_DURATION:
    if (sp->form != FORM_DURATION)
      return false;
    if (a->shift && (tl_tok_in(tok(s, after - 1), "before|after")) &&
        !ends_phrase(s, after))
      return false;
    return true;
  case AFFIX_POINT:
    return sp->form == FORM_POINT;
  default:
    return true;
  }
}

static bool yearless(const timex_spec *sp) {
  return sp->form == FORM_POINT && !sp->has_year && sp->rel_unit == U_NONE &&
         sp->decade == NO_FIELD && sp->century == NO_FIELD &&
         (sp->month || sp->quarter || sp->half || sp->season || sp->week_of);
}

/* ago, later, or so, of 2019: extends *end over what follows the core. */
static void read_suffixes(const scan_ctx *s, size_t *end, timex_spec *sp) {
  for (int round = 0; round < 2; round++) {
    bool took = false;
    for (const affix *a = tl_timex_suffixes; a->phrase; a++) {
      size_t k = tl_match_phrase(s, *end, a->phrase);
      if (!k || !suffix_fits(s, *end + k, a, sp))
        continue;
      if (a->shift && !shift_point(sp, a))
        continue;
      set_mod(sp, a->mod);
      *end += k;
      took = true;
      break;
    }
    if (!took)
      break;
  }
  /* "24 hours a day", "three days a week": one set, every larger unit */
  const tl_tok *per = tok(s, *end), *u = tok(s, *end + 1);
  if (sp->form == FORM_DURATION && !sp->vague && sp->unit != U_NONE &&
      tl_tok_in(per, "a|an|per|every|each") && tl_tok_class(u, LX_UNIT) &&
      !(u->lex->flags & LF_PLURAL) && u->lex->unit > sp->unit &&
      u->lex->unit != U_WEEKEND &&
      !tl_tok_in(tok(s, *end + 2),
                 "ago|earlier|later|before|after|from|hence")) {
    sp->form = FORM_SET;
    sp->type = TL_TIMEX_SET;
    sp->unit = (uint8_t)u->lex->unit;
    sp->amount = 1;
    *end += 2;
    return;
  }
  bool of = tl_tok_in(tok(s, *end), "of");
  if (yearless(sp) && (of || tl_tok_class(tok(s, *end), LX_REL))) {
    timex_spec year;
    tl_spec_init(&year);
    static const elem yearspec = {E_YEARSPEC, false, NULL};
    size_t k = tl_match_elem(s, *end + of, &yearspec, &year);
    /* "June last year" needs no "of", but "June 2019" is a rule of its
     * own and "May 4 2019" too */
    if (k && (of || year.rel_unit == U_YEAR)) {
      sp->year = year.year;
      sp->has_year = year.has_year;
      sp->year_short = year.year_short;
      sp->rel_unit = year.rel_unit;
      sp->rel_shift = year.rel_shift;
      sp->anchor = year.anchor;
      *end += of + k;
    }
  }
}

/* The expression starting at token i: [prefix] core [suffixes]. */
static size_t match_at(const scan_ctx *s, size_t i, timex_cand *c) {
  /* every rule and every modifier starts with a number or a lexicon word
   * (test_timex_text checks the lexicon has them all) */
  const tl_tok *t = &s->tok[i];
  if (!may_start(t))
    return 0;
  timex_spec best;
  size_t best_len = match_core(s, i, &best);
  size_t skip = 0; /* leading modifier tokens left out of the extent */
  for (const affix *a = tl_timex_prefixes; a->phrase; a++) {
    if (a->phrase[0] != t->text[0])
      continue;
    size_t p = tl_match_phrase(s, i, a->phrase);
    if (!p)
      continue;
    timex_spec sp;
    size_t k = match_core(s, i + p, &sp);
    if (!k || p + k <= best_len || !prefix_fits(s, i + p, i + p + k, a, &sp))
      continue;
    set_mod(&sp, a->mod);
    best = sp;
    best_len = p + k;
    skip = a->outside ? p : 0;
    break;
  }
  if (!best_len) {
    /* two prefixes: "around mid-", "until the end of" is one */
    for (const affix *a = tl_timex_prefixes; a->phrase; a++) {
      if (a->needs != AFFIX_ANY || a->phrase[0] != t->text[0])
        continue;
      size_t p = tl_match_phrase(s, i, a->phrase);
      if (!p)
        continue;
      for (const affix *b = tl_timex_prefixes; b->phrase; b++) {
        size_t q = tl_match_phrase(s, i + p, b->phrase);
        timex_spec sp;
        size_t k = q ? match_core(s, i + p + q, &sp) : 0;
        if (!k || !prefix_fits(s, i + p + q, i + p + q + k, b, &sp))
          continue;
        /* "around mid-2018", "about the end of the year" */
        set_mod(&sp, b->mod);
        set_mod(&sp, a->mod);
        best = sp;
        best_len = p + q + k;
        skip = a->outside ? p + (b->outside ? q : 0) : 0;
        break;
      }
      if (best_len)
        break;
    }
  }
  if (!best_len)
    return 0;
  size_t end = i + best_len;
  read_suffixes(s, &end, &best);
  memset(c, 0, sizeof *c);
  c->first = i + skip;
  c->last = end;
  c->spec = best;
  return end - i;
}

/* ---- the second pass: joins, ranges, signals ------------------------------
 */

static bool weekday_only(const timex_spec *sp) {
  return sp->form == FORM_POINT && sp->weekday && !sp->month && !sp->day &&
         sp->rel_unit == U_NONE && !sp->pod && sp->hour == NO_FIELD &&
         !sp->mod[0];
}

static bool clock_only(const timex_spec *sp) {
  return sp->form == FORM_POINT && sp->hour != NO_FIELD && !sp->weekday &&
         !sp->month && !sp->day && sp->rel_unit == U_NONE && !sp->holiday;
}

static bool day_level(const timex_spec *sp) {
  return sp->form == FORM_POINT && sp->hour == NO_FIELD &&
         (sp->weekday || (sp->month && sp->day) || sp->holiday ||
          (sp->rel_unit == U_DAY && sp->rel_shift >= -2 && sp->rel_shift <= 2));
}

/* Token gap between two candidates: nothing, or a comma. */
static bool adjacent(const scan_ctx *s, const timex_cand *a,
                     const timex_cand *b, bool comma_ok) {
  if (b->first == a->last)
    return true;
  return comma_ok && b->first == a->last + 1 &&
         tl_tok_punct(tok(s, a->last), ',');
}

static size_t join_neighbours(const scan_ctx *s, timex_cand *c, size_t n) {
  size_t out = 0;
  for (size_t i = 0; i < n; i++) {
    if (out > 0) {
      timex_cand *a = &c[out - 1], *b = &c[i];
      if (weekday_only(&a->spec) && b->spec.month && b->spec.day &&
          !b->spec.weekday && adjacent(s, a, b, true)) {
        /* Thursday, Sept. 4 */
        b->spec.weekday = a->spec.weekday;
        b->spec.dir = DIR_TENSE; /* the weekday picks the year */
        b->first = a->first;
        *a = *b;
        continue;
      }
      if (clock_only(&a->spec) && day_level(&b->spec) &&
          adjacent(s, a, b, true)) {
        /* 10 p.m. Wednesday, noon Thursday */
        b->spec.hour = a->spec.hour;
        b->spec.minute = a->spec.minute;
        b->spec.second = a->spec.second;
        b->spec.pod = 0;
        b->spec.type = TL_TIMEX_TIME;
        b->first = a->first;
        *a = *b;
        continue;
      }
      if (day_level(&a->spec) && clock_only(&b->spec) && !a->spec.pod &&
          adjacent(s, a, b, false)) {
        /* Wednesday 10 p.m. */
        a->spec.hour = b->spec.hour;
        a->spec.minute = b->spec.minute;
        a->spec.second = b->spec.second;
        a->spec.type = TL_TIMEX_TIME;
        a->last = b->last;
        continue;
      }
    }
    c[out++] = c[i];
  }
  return out;
}

static const char *const signal_words =
    "since|from|until|till|til|to|in|on|at|by|before|after|during|for|"
    "within|through|throughout|between|over|of|into|around|about|"
    "ahead|prior|following|past|as|thru|and|or|than";

/* Copies words separated by spaces, cut to fit sig[16]. */
static void put_signal(char *sig, const char *a, const char *b) {
  size_t n = 0;
  for (const char *p = a; *p && n + 1 < 16; p++)
    sig[n++] = *p;
  if (b && n + 2 < 16) {
    sig[n++] = ' ';
    for (const char *p = b; *p && n + 1 < 16; p++)
      sig[n++] = *p;
  }
  sig[n] = '\0';
}

static void record_signal(const scan_ctx *s, timex_cand *c) {
  if (c->first == 0)
    return;
  const tl_tok *p = tok(s, c->first - 1);
  if (!tl_tok_in(p, signal_words))
    return;
  const tl_tok *pp = c->first >= 2 ? tok(s, c->first - 2) : NULL;
  if (tl_tok_in(p, "of|to") && tl_tok_in(pp, "as|ahead|prior|up"))
    put_signal(c->signal, pp->text, p->text);
  else
    put_signal(c->signal, p->text, NULL);
}

static bool plain_year(const timex_spec *sp) {
  return sp->form == FORM_POINT && sp->has_year && !sp->month && !sp->quarter &&
         !sp->season && !sp->half && !sp->year_short;
}

/* "2018-19", "1950-53", "Sept. 4-6": the second end is a bare number that
 * no rule reads alone; it becomes a candidate of its own. */
static bool range_completion(const scan_ctx *s, const timex_cand *a,
                             timex_cand *b) {
  const tl_tok *dash = tok(s, a->last), *num = tok(s, a->last + 1);
  const tl_tok *lastt = tok(s, a->last - 1);
  if (!dash || !num || !tl_tok_punct(dash, '-') || num->kind != TK_NUM ||
      !tl_tok_glued(lastt, dash) || !tl_tok_glued(dash, num) ||
      num->suffix[0] || (num->flags & (TF_CLOCK | TF_DECIMAL | TF_GROUPED)))
    return false;
  const tl_tok *after = tok(s, a->last + 2);
  if (after && (tl_tok_punct(after, '-') || tl_tok_punct(after, '/')) &&
      tl_tok_glued(num, after))
    return false;
  *b = *a;
  b->first = a->last + 1;
  b->last = a->last + 2;
  b->spec.mod[0] = '\0';
  if (plain_year(&a->spec) && (num->digits == 2 || num->digits == 4)) {
    int32_t y = num->num;
    if (num->digits == 2) {
      y += a->spec.year - a->spec.year % 100;
      if (y <= a->spec.year)
        y += 100;
    }
    if (y <= a->spec.year || y - a->spec.year > 100)
      return false;
    b->spec.year = y;
    return true;
  }
  if (a->spec.form == FORM_POINT && a->spec.month && a->spec.day &&
      num->digits <= 2 && num->num > a->spec.day && num->num <= 31 &&
      a->spec.hour == NO_FIELD && !a->spec.weekday) {
    b->spec.day = (int8_t)num->num;
    return true;
  }
  return false;
}

/* "April 24 and 25": the second day of the same month, a date of its own
 * (but not "April 24 and 25 people"). */
static bool day_pair(const scan_ctx *s, const timex_cand *a, timex_cand *b) {
  const tl_tok *conj = tok(s, a->last), *num = tok(s, a->last + 1);
  const tl_tok *after = tok(s, a->last + 2);
  if (a->spec.form != FORM_POINT || !a->spec.month || !a->spec.day ||
      a->spec.hour != NO_FIELD || a->spec.weekday || !conj || !num ||
      !tl_tok_in(conj, "and|or") || num->kind != TK_NUM || num->digits > 2 ||
      (num->flags & (TF_CLOCK | TF_DECIMAL | TF_APOS | TF_ODD)) ||
      (num->suffix[0] && strcmp(num->suffix, "th") &&
       strcmp(num->suffix, "st") && strcmp(num->suffix, "nd") &&
       strcmp(num->suffix, "rd")) ||
      num->num <= a->spec.day || num->num > 31)
    return false;
  if (after &&
      !(after->kind == TK_PUNCT && !tl_tok_punct(after, '-') &&
        !tl_tok_punct(after, '%') && !tl_tok_punct(after, '/')) &&
      !tl_tok_class(after, LX_SIGNAL | LX_CLAUSE))
    return false;
  *b = *a;
  b->first = a->last + 1;
  b->last = a->last + 2;
  b->spec.mod[0] = '\0';
  b->spec.day = (int8_t)num->num;
  b->signal[0] = '\0';
  return true;
}

static void mark_ranges(const scan_ctx *s, timex_cand *c, size_t n) {
  for (size_t i = 0; i + 1 < n; i++) {
    timex_cand *a = &c[i], *b = &c[i + 1];
    if (a->spec.form != FORM_POINT || b->spec.form != FORM_POINT)
      continue;
    const tl_tok *p = a->first ? tok(s, a->first - 1) : NULL;
    const tl_tok *mid = tok(s, a->last);
    bool one_between = b->first == a->last + 1;
    bool dash = one_between && tl_tok_punct(mid, '-');
    bool from_to = one_between && tl_tok_in(p, "from") &&
                   tl_tok_in(mid, "to|through|until|till|thru");
    bool between_and =
        one_between && tl_tok_in(p, "between") && tl_tok_in(mid, "and");
    if (dash || from_to || between_and) {
      a->range_start = true;
      b->range_end = true;
      if (!dash)
        put_signal(b->signal, mid->text, NULL);
    }
  }
}

size_t tl_scan_sentence(const scan_ctx *s, timex_cand *out, size_t cap) {
  size_t n = 0;
  for (size_t i = 0; i < s->n && n < cap;) {
    if (match_at(s, i, &out[n])) {
      i = out[n].last;
      n++;
    } else {
      i++;
    }
  }
  n = join_neighbours(s, out, n);
  for (size_t i = 0; i < n; i++)
    record_signal(s, &out[i]);
  /* Second ends of "2018-19": inserted right after their first end. */
  for (size_t i = 0; i < n && n < cap; i++) {
    timex_cand b;
    if ((i + 1 == n || out[i + 1].first > out[i].last + 1) &&
        range_completion(s, &out[i], &b)) {
      memmove(&out[i + 2], &out[i + 1], (n - i - 1) * sizeof *out);
      out[i + 1] = b;
      out[i + 1].signal[0] = '\0';
      n++;
      i++;
    }
  }
  for (size_t i = 0; i < n && n < cap; i++) {
    timex_cand b;
    if ((i + 1 == n || out[i + 1].first > out[i].last + 1) &&
        day_pair(s, &out[i], &b)) {
      memmove(&out[i + 2], &out[i + 1], (n - i - 1) * sizeof *out);
      out[i + 1] = b;
      n++;
      i++;
    }
  }
  mark_ranges(s, out, n);
  return n;
}
