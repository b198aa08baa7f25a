/* timex_grammar.c - what English news writing uses to say when.
 *
 * Three tables: the rules for the core of an expression ("Sept. 4, 2025",
 * "last year", "six years"), the modifiers that may come before it
 * ("early", "about", "the end of") and those after it ("ago", "or so").
 * Each rule is a sequence of elements (timex_scan.h) and a build function
 * that completes the spec and may reject a match whose context shows it is
 * not a time ("May" the modal, "2019 votes").
 *
 * Extents follow the TimeML 1.2.1 TIMEX3 guidelines as the TimeBank
 * annotators applied them: determiners and early/mid/late belong to the
 * expression ("the third quarter", "the early 1990s"), prepositions do not
 * ("in", "since" are signals), and "about", "almost", "over" stay outside
 * while still setting the mod (docs/timex.md, Conventions). */
#include "extract/tense.h"
#include "extract/timex_scan.h"

#include <string.h>

/* ---- element shorthands -------------------------------------------------- */

// clang-format off
#define E(k) {k, false, NULL}
#define O(k) {k, true, NULL}
#define W(s) {E_WORD, false, s}
#define OW(s) {E_WORD, true, s}
#define OP(s) {E_PUNCT, true, s}
// clang-format on

/* ---- context helpers ----------------------------------------------------- */

static const tl_tok *tok(const scan_ctx *s, size_t i) {
  return i < s->n ? &s->tok[i] : NULL;
}

static const tl_tok *before(const scan_ctx *s, size_t first) {
  return first ? &s->tok[first - 1] : NULL;
}

static bool capitalized(const tl_tok *t) {
  return t && t->kind == TK_WORD && (t->flags & (TF_CAP | TF_UPPER));
}

/* A word that looks like a plural noun: "votes", "metres". */
static bool plural_noun(const tl_tok *t) {
  if (!t || t->kind != TK_WORD || t->len < 3 || capitalized(t))
    return false;
  char a = t->text[t->len - 2], b = t->text[t->len - 1];
  return b == 's' && a != 's' && a != 'u' && a != 'i' && a != '\'';
}

/* Prepositions and modifiers after which a month name or a season is one:
 * "in May", "since March", "early May", "mid-March", "last May". */
static bool date_cue(const scan_ctx *s, size_t first) {
  const tl_tok *p = before(s, first);
  if (!p)
    return false;
  if (tl_tok_in(p, "in|since|until|till|by|from|through|during|before|after|"
                   "early|late|between|throughout|last|next|this|every|each|"
                   "around|circa|mid|until|into|for|of"))
    return true;
  if (tl_tok_punct(p, '-') && first >= 2 && tl_tok_in(tok(s, first - 2), "mid"))
    return true;
  return false;
}

/* "from April to May", "April and May": a month shortly before. */
static bool month_nearby(const scan_ctx *s, size_t first) {
  for (size_t k = 2; k <= 5 && k <= first; k++) {
    const tl_tok *t = tok(s, first - k);
    if (tl_tok_class(t, LX_MONTH) && capitalized(t))
      return true;
  }
  return false;
}

static bool ref(timex_spec *sp, const char *value);

static void point(timex_spec *sp, tl_timex_type type) {
  sp->form = FORM_POINT;
  sp->type = (uint8_t)type;
}

/* ---- builds: calendar dates ---------------------------------------------- */

static bool date(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  (void)s, (void)first, (void)last;
  if (sp->day > 0 && sp->month > 0) {
    int dim = sp->has_year ? tl_days_in_month(sp->year, sp->month)
                           : (sp->month == 2 ? 29 : 31);
    if (sp->day > dim || (sp->month != 2 && !sp->has_year &&
                          sp->day > tl_days_in_month(2001, sp->month)))
      return false;
  }
  point(sp, sp->hour >= 0 ? TL_TIMEX_TIME : TL_TIMEX_DATE);
  return true;
}

/* A month alone is a date only in a date's company: "in May", "last
 * March", "May 4".  "May I", "Theresa May said", "the march" are not. */
static bool bare_month(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  const tl_tok *m = tok(s, first), *n = tok(s, last), *p = before(s, first);
  bool ambiguous = m->lex->flags & (LF_AMBIG | LF_ABBR);
  bool cue = date_cue(s, first);
  /* "the March accession", "the May elections": a capitalized month
   * inside a sentence, used as a modifier (the noun "march" is lower
   * case) */
  if (ambiguous && !(m->lex->flags & LF_ABBR) && tl_tok_in(p, "the") &&
      !(m->flags & TF_SENT) && n && n->kind == TK_WORD && !capitalized(n) &&
      !tl_tok_class(n, LX_SIGNAL | LX_CLAUSE))
    cue = true;
  if (tl_tok_in(p, "of") &&
      ambiguous) /* "the end of May", not "Queen of May" */
    cue =
        first >= 2 && tl_tok_in(tok(s, first - 2), "end|beginning|start|middle|"
                                                   "rest|part|half|month|"
                                                   "months|first|last|ides");
  if (!cue && p &&
      (tl_tok_in(p, "to|and|or|through") || tl_tok_punct(p, '-') ||
       tl_tok_punct(p, ',')))
    cue = month_nearby(s, first);
  if (ambiguous && !cue)
    return false;
  /* A capitalized word right after, with no cue before: a first name
   * ("June Carter", "April Ryan"). */
  if (!cue && n && capitalized(n) && !(n->flags & TF_SENT) &&
      !tl_tok_class(n, LX_MONTH | LX_WEEKDAY | LX_SIGNAL | LX_DAYREF))
    return false;
  if (!cue && p && capitalized(p) && !(p->flags & TF_SENT) &&
      !tl_tok_class(p, LX_SIGNAL | LX_REL | LX_NOUNLIKE))
    return false; /* "Sister June", "Project April" */
  return date(s, first, last, sp);
}

static bool weekday(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  /* "Girl Friday", "Man Friday": a name, not a day.  Other capitalized
   * words before a weekday are usually places: "in Miami Wednesday". */
  if (tl_tok_in(before(s, first), "girl|man|joe"))
    return false;
  return date(s, first, last, sp);
}

static bool weekday_pod(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  if (sp->unit_plural) { /* "Tuesday nights": every Tuesday night */
    sp->form = FORM_SET;
    sp->type = TL_TIMEX_SET;
    return true;
  }
  point(sp, TL_TIMEX_TIME);
  (void)s, (void)first, (void)last;
  return true;
}

/* A bare number is a year when nothing says it counts something:
 * "in 2019", "the 2019 summit", "2019 was"; not "2019 votes", "1950 metres",
 * "$2019", "2019%", "flight 1950". */
static bool bare_year(const scan_ctx *s, size_t first, size_t last,
                      timex_spec *sp) {
  const tl_tok *p = before(s, first), *n = tok(s, last);
  if (n && (tl_tok_punct(n, '%') || tl_tok_class(n, LX_MEASURE) ||
            tl_tok_in(n, "per|percent|pct")))
    return false;
  if (p &&
      (tl_tok_punct(p, '$') || tl_tok_punct(p, '#') || tl_tok_punct(p, '+') ||
       tl_tok_punct(p, '/') || tl_tok_punct(p, '.') ||
       tl_tok_in(p, "no|number|nos|flight|room|route|resolution|article|"
                    "section|chapter|page|pages|model|version|highway|"
                    "interstate|channel|gate|pier|platform|bus|code|lot|"
                    "item|vol|volume|suite|box|apt|exit|paragraph|clause|"
                    "amendment|ward|district|precinct|tel|fax|ext|minus|"
                    "plus|score|rank|ranked|sol")))
    return false;
  if (sp->year_short && !(tok(s, first)->flags & TF_APOS))
    return false;
  /* "555-2019", "A4/2019": part of a code, unless a year precedes */
  if (p && (tl_tok_punct(p, '-') || tl_tok_punct(p, '/')) &&
      tl_tok_glued(p, tok(s, first)) && first >= 2) {
    const tl_tok *pp = tok(s, first - 2);
    if (tl_tok_glued(pp, p) && !(pp->kind == TK_NUM && pp->digits == 4) &&
        !tl_tok_in(pp, "mid|pre|post|early|late"))
      return false;
  }
  bool strong = p && (tl_tok_class(p, LX_SIGNAL | LX_MONTH | LX_SEASON) ||
                      tl_tok_in(p, "early|late|mid|fiscal|year|the|'s|circa|c|"
                                   "spring|summer|fall|autumn|winter|christmas|"
                                   "end|since|calendar|financial"));
  if (p && tl_tok_punct(p, '-') && first >= 2 &&
      tl_tok_in(tok(s, first - 2), "mid|pre|post"))
    strong = true;
  if (strong && !tl_tok_in(p, "about|around|over|under|of|than|to|for|at"))
    return true;
  /* "a joint venture called Orion 1980", "Expo 2020": a name with a number
   * in it (a month, season or holiday before the year is read by its own
   * rule) */
  if (!strong && capitalized(p) && !(p->flags & (TF_SENT | TF_UPPER)) &&
      !tl_tok_class(p, LX_MONTH | LX_SEASON | LX_WEEKDAY | LX_SIGNAL | LX_REL |
                           LX_ABBREV | LX_DAYREF))
    return false;
  if (tl_tok_class(n, LX_COUNTED))
    return false;
  if (plural_noun(n) &&
      !tl_tok_class(n, LX_YEAR_NEXT | LX_PAST | LX_PRESENT | LX_FUTURE))
    return false; /* "about 2019 soldiers" */
  int32_t y = sp->year;
  if (!strong && (y < 1600 || y > 2100))
    return false;
  return date(s, first, last, sp);
}

static bool fiscal_year(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  sp->fiscal = true;
  return date(s, first, last, sp);
}

/* "the year ended March 31", "the fiscal year ending June 30": a year
 * known by its end, a stretch of time rather than a calendar year */
static bool ended_year(const scan_ctx *s, size_t last, timex_spec *sp) {
  if (!tl_tok_in(tok(s, last), "ended|ending|that") ||
      (tl_tok_in(tok(s, last), "that") &&
       !tl_tok_in(tok(s, last + 1), "ended|ends|ending")))
    return false;
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  sp->unit = U_YEAR;
  sp->amount = 1;
  sp->rel_unit = U_NONE;
  return true;
}

/* "the fiscal year", "its fiscal year": the current one */
static bool fiscal_current(const scan_ctx *s, size_t first, size_t last,
                           timex_spec *sp) {
  sp->fiscal = true;
  if (ended_year(s, last, sp))
    return true;
  sp->rel_unit = U_YEAR;
  sp->rel_shift = 0;
  sp->anchor = ANCHOR_NARRATIVE;
  return date(s, first, last, sp);
}

static bool holiday(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  /* "Easter week", "Christmas week": the week holding the day */
  if (tl_tok_in(tok(s, last - 1), "week"))
    sp->week_of = true;
  if (sp->rel != REL_NONE) {
    sp->dir = sp->rel < 0 ? DIR_LAST : sp->rel > 0 ? DIR_NEXT : DIR_THIS;
    if (sp->rel_flags & LF_NARR)
      sp->anchor = ANCHOR_NARRATIVE;
  }
  return date(s, first, last, sp);
}

/* ---- builds: longer stretches -------------------------------------------- */

static bool decade(const scan_ctx *s, size_t first, size_t last,
                   timex_spec *sp) {
  if (sp->decade >= 1000 && sp->decade % 100 == 0 && sp->decade <= 1900) {
    sp->century = (int16_t)(sp->decade / 100); /* the 1900s: a century */
    sp->decade = NO_FIELD;
  }
  return date(s, first, last, sp);
}

static bool century(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  if (sp->ord < 1 || sp->ord > 30)
    return false;
  sp->century = (int16_t)(sp->ord - 1);
  return date(s, first, last, sp);
}

static bool quarter(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  if (sp->quarter == 0 && !sp->half) {
    if (sp->ord == -1)
      sp->quarter = 4; /* the final quarter */
    else if (sp->ord >= 1 && sp->ord <= 4)
      sp->quarter = (int8_t)sp->ord;
    else
      return false;
  }
  return date(s, first, last, sp);
}

static bool half(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  if (sp->ord == 1)
    sp->half = 1;
  else if (sp->ord == 2 || sp->ord == -1 || sp->ord == -2)
    sp->half = 2;
  else
    return false;
  return date(s, first, last, sp);
}

static bool season(const scan_ctx *s, size_t first, size_t last,
                   timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  const tl_tok *w = tok(s, last - 1);
  if (w->lex && (w->lex->flags & LF_AMBIG) && !sp->has_year &&
      sp->rel == REL_NONE && tl_tok_in(n, "of"))
    return false; /* "the fall of Saigon" */
  if (sp->rel != REL_NONE) {
    sp->dir = sp->rel < 0 ? DIR_LAST : sp->rel > 0 ? DIR_NEXT : DIR_THIS;
    if (sp->rel_flags & LF_NARR)
      sp->anchor = ANCHOR_NARRATIVE;
  }
  return date(s, first, last, sp);
}

/* "this past summer", "this coming spring" */
static bool this_past_season(const scan_ctx *s, size_t first, size_t last,
                             timex_spec *sp) {
  sp->dir = tl_tok_in(tok(s, first + 1), "past") ? DIR_LAST : DIR_NEXT;
  return date(s, first, last, sp);
}

static bool bare_season(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  const tl_tok *w = tok(s, first);
  if (!date_cue(s, first) || tl_tok_in(before(s, first), "of|for|each|every"))
    return false;
  if ((w->lex->flags & LF_AMBIG) &&
      !tl_tok_in(before(s, first), "in|during|since|"
                                   "until|by|early|"
                                   "late|mid"))
    return false;
  if ((w->lex->flags & LF_AMBIG) && tl_tok_in(tok(s, last), "of"))
    return false;
  return date(s, first, last, sp);
}

/* "the first week of March": the ISO week holding that week's middle */
static bool week_of_month(const scan_ctx *s, size_t first, size_t last,
                          timex_spec *sp) {
  if (sp->ord == -2 || sp->ord == -1) {
    int32_t y = sp->has_year ? sp->year : 2001; /* February length aside */
    sp->day = (int8_t)(tl_days_in_month(y, sp->month) - 3);
  } else if (sp->ord >= 1 && sp->ord <= 4) {
    sp->day = (int8_t)(7 * sp->ord - 3);
  } else {
    return false;
  }
  sp->week_of = true;
  return date(s, first, last, sp);
}

/* ---- builds: relative expressions ---------------------------------------- */

/* A capitalized word inside a sentence after another capitalized one is
 * part of a name: "USA Today", "VOA Today", ABC's "This Week". */
static bool in_name(const scan_ctx *s, size_t first) {
  const tl_tok *t = tok(s, first), *p = before(s, first);
  if (!capitalized(t) || (t->flags & TF_SENT))
    return false;
  if (capitalized(p) && !(p->flags & TF_SENT) &&
      !tl_tok_class(p, LX_MONTH | LX_WEEKDAY | LX_SIGNAL | LX_REL | LX_DAYREF))
    return true;
  /* both words of "This Week" capitalized */
  const tl_tok *n = tok(s, first + 1);
  return tl_tok_class(t, LX_REL) && capitalized(n) && tl_tok_class(n, LX_UNIT);
}

static bool dayref(const scan_ctx *s, size_t first, size_t last,
                   timex_spec *sp) {
  (void)last;
  if (in_name(s, first))
    return false;
  point(sp, sp->pod ? TL_TIMEX_TIME : TL_TIMEX_DATE);
  return true;
}

/* the day before yesterday, the day after tomorrow */
static bool day_beyond(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  bool after = tl_tok_in(tok(s, first + 2), "after");
  if ((after && sp->rel_shift != 1) || (!after && sp->rel_shift != -1))
    return false;
  sp->rel_shift *= 2;
  return dayref(s, first, last, sp);
}

static void rel_anchor(timex_spec *sp) {
  sp->rel_shift = sp->rel;
  sp->anchor = (sp->rel_flags & LF_NARR) ? ANCHOR_NARRATIVE : ANCHOR_DCT;
  sp->latest = sp->rel_latest;
}

/* last year, this month, the following day, the previous quarter, that
 * week, the past year (a duration), the current fiscal year */
static bool rel_unit(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  const tl_tok *r = tok(s, first + (sp->the ? 1 : 0));
  if (tl_tok_in(r, "this") && tl_tok_in(tok(s, first + 1), "past|coming"))
    sp->rel = tl_tok_in(tok(s, first + 1), "past") ? -1 : 1;
  if (sp->unit == U_SECOND || sp->unit == U_MINUTE)
    return false;
  if (!sp->the && in_name(s, first))
    return false; /* ABC's "This Week" */
  /* "the past decade", "the last century": the ten (hundred) years up to
   * now, not the calendar decade before this one */
  if (sp->the && tl_tok_in(r, "past|last") &&
      (sp->unit == U_DECADE || sp->unit == U_CENTURY ||
       sp->unit == U_MILLENNIUM)) {
    sp->form = FORM_DURATION;
    sp->type = TL_TIMEX_DURATION;
    sp->amount = 1;
    return true;
  }
  if (tl_tok_in(r, "recent"))
    return false; /* "a recent day": not a date */
  /* "the past year" is read as last year, as TimeBank does */
  if (tl_tok_in(r, "past") && !sp->the)
    return false; /* "past week" without "the" reads oddly; skip */
  /* "the next year": over the coming year; "the next day": a date */
  if (sp->the && tl_tok_in(r, "next") && sp->unit >= U_WEEK &&
      sp->unit != U_WEEKEND) {
    sp->form = FORM_DURATION;
    sp->type = TL_TIMEX_DURATION;
    sp->amount = 1;
    return true;
  }
  if (sp->unit == U_DAY && !(sp->rel_flags & LF_NARR) &&
      !tl_tok_in(r, "next|this"))
    return false; /* "last day" is the final one, not yesterday */
  if (sp->unit == U_DAY && tl_tok_in(r, "next"))
    sp->rel_flags |= LF_NARR; /* "the next day": after the narrative's */
  if (sp->unit == U_HOUR && !(sp->rel_flags & LF_NARR))
    return false;
  rel_anchor(sp);
  sp->rel_unit = sp->unit;
  sp->unit = U_NONE;
  if (sp->rel_unit == U_WEEKEND)
    sp->weekend = true;
  point(sp, sp->rel_unit <= U_HOUR ? TL_TIMEX_TIME : TL_TIMEX_DATE);
  return true;
}

/* that same day, the very week: the one the story is at */
static bool same_unit(const scan_ctx *s, size_t first, size_t last,
                      timex_spec *sp) {
  if (sp->unit == U_SECOND || sp->unit == U_MINUTE)
    return false;
  sp->rel_unit = sp->unit;
  sp->unit = U_NONE;
  sp->rel_shift = 0;
  sp->anchor = ANCHOR_NARRATIVE;
  if (sp->rel_unit == U_WEEKEND)
    sp->weekend = true;
  point(sp, sp->rel_unit <= U_HOUR ? TL_TIMEX_TIME : TL_TIMEX_DATE);
  (void)s, (void)first, (void)last;
  return true;
}

/* last Friday, next April, this summer, the following Monday */
/* the current fiscal year, the latest fiscal year, next fiscal year */
static bool rel_fiscal(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  sp->unit = U_YEAR;
  sp->fiscal = true;
  return rel_unit(s, first, last, sp);
}

static bool rel_name(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  const tl_tok *r = tok(s, first);
  if (tl_tok_in(r, "this") && tl_tok_in(tok(s, first + 1), "past|coming"))
    sp->rel = tl_tok_in(tok(s, first + 1), "past") ? -1 : 1;
  if (tl_tok_in(r, "recent|past|latest|current|present"))
    return false;
  sp->dir = sp->rel < 0 ? DIR_LAST : sp->rel > 0 ? DIR_NEXT : DIR_THIS;
  if (sp->rel_flags & LF_NARR)
    sp->anchor = ANCHOR_NARRATIVE;
  point(sp, sp->pod ? TL_TIMEX_TIME : TL_TIMEX_DATE);
  return true;
}

/* this morning, last night, that evening */
static bool rel_pod(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  const tl_tok *r = tok(s, first);
  if (!tl_tok_in(r, "this|last|that|same") || sp->unit_plural)
    return false;
  sp->rel_unit = U_DAY;
  sp->rel_shift = tl_tok_in(r, "last") ? -1 : 0;
  /* "last night" is yesterday's; "last evening" too */
  sp->anchor = tl_tok_in(r, "that|same") ? ANCHOR_NARRATIVE : ANCHOR_DCT;
  point(sp, TL_TIMEX_TIME);
  (void)last;
  return true;
}

/* "by mid afternoon", "at mid-morning": on the day the story is at */
static bool mid_pod(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  if (sp->unit_plural || sp->pod == POD_NI)
    return false;
  strcpy(sp->mod, "MID");
  point(sp, TL_TIMEX_TIME);
  (void)s, (void)first, (void)last;
  return true;
}

/* "placed orders in the morning": that part of the story's day ("4 in the
 * morning" is a clock time, read before) */
static bool the_pod(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  const tl_tok *p = before(s, first),
               *pp = first >= 2 ? tok(s, first - 2) : NULL;
  if (sp->unit_plural || !tl_tok_in(p, "in|during|by") ||
      (pp && (pp->kind == TK_NUM || tl_tok_class(pp, LX_NUMBER))) ||
      tl_tok_in(tok(s, last), "of"))
    return false;
  point(sp, TL_TIMEX_TIME);
  (void)last;
  return true;
}

/* the year, the quarter, the week: the one the story is about */
static bool the_unit(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (sp->unit == U_YEAR && ended_year(s, last, sp))
    return true;
  if (sp->unit != U_YEAR && sp->unit != U_QUARTER && sp->unit != U_MONTH &&
      sp->unit != U_WEEK && sp->unit != U_WEEKEND)
    return false;
  /* "the year of the dragon", "the week that", "the month-long": not
   * this one; but "the week's most active session" and "a high for the
   * year of $42.875" are */
  const tl_tok *nn = tok(s, last + 1);
  bool of_amount =
      tl_tok_in(n, "of") && nn && (nn->kind == TK_NUM || tl_tok_punct(nn, '$'));
  if (n && !of_amount &&
      (tl_tok_in(n, "of|that|when|in|before|after|ahead|which|since") ||
       tl_tok_punct(n, '-')))
    return false;
  if (sp->unit == U_WEEKEND) {
    sp->weekend = true; /* placed like a weekday, by tense */
    sp->dir = DIR_TENSE;
    sp->anchor = ANCHOR_DCT;
  } else {
    /* a quarter is the one under discussion; a year, month or week in
     * news is the current one */
    sp->rel_unit = sp->unit;
    sp->rel_shift = 0;
    sp->anchor = sp->unit == U_QUARTER ? ANCHOR_NARRATIVE : ANCHOR_DCT;
  }
  sp->unit = U_NONE;
  point(sp, TL_TIMEX_DATE);
  return true;
}

/* year-end, year end, month-end */
static bool unit_end(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  sp->rel_unit = tl_tok_in(tok(s, first), "year")    ? U_YEAR
                 : tl_tok_in(tok(s, first), "month") ? U_MONTH
                                                     : U_QUARTER;
  sp->rel_shift = 0;
  sp->anchor = ANCHOR_DCT;
  strcpy(sp->mod, "END");
  point(sp, TL_TIMEX_DATE);
  (void)last;
  return true;
}

/* "earlier in the day", "later in the day": the day the story is at;
 * "in" is the signal and "earlier" qualifies the phrase, so the extent is
 * "the day" ("earlier in the year" is "the year", read by "the unit") */
static bool in_the_day(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  if (first < 2 || !tl_tok_in(tok(s, first - 1), "in") ||
      !tl_tok_in(tok(s, first - 2), "earlier|later"))
    return false;
  sp->rel_unit = U_DAY;
  sp->rel_shift = 0;
  sp->anchor = ANCHOR_NARRATIVE;
  point(sp, TL_TIMEX_DATE);
  (void)last;
  return true;
}

/* "the day after his death", "the day before the vote": a day next to the
 * event, counted from the story's day; "Oct. 12, the day before the
 * plunge" restates the date before the comma. */
static bool day_around(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  const tl_tok *n = tok(s, last), *after = tok(s, last + 1);
  if (!tl_tok_in(n, "after|before") || !after || after->kind != TK_WORD ||
      tl_tok_class(after, LX_DAYREF | LX_REL | LX_WEEKDAY | LX_MONTH))
    return false; /* "the day before last Tuesday": a date follows */
  const tl_tok *p = before(s, first);
  bool apposition = tl_tok_punct(p, ',') && first >= 2 &&
                    (tok(s, first - 2)->kind == TK_NUM ||
                     tl_tok_class(tok(s, first - 2), LX_WEEKDAY | LX_DAYREF));
  sp->rel_unit = U_DAY;
  sp->rel_shift = apposition ? 0 : tl_tok_in(n, "after") ? 1 : -1;
  sp->anchor = ANCHOR_NARRATIVE;
  point(sp, TL_TIMEX_DATE);
  return true;
}

static bool the_day(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  return in_the_day(s, first, last, sp) || day_around(s, first, last, sp);
}

/* ---- builds: durations and sets ------------------------------------------ */

static bool duration(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  if (sp->unit == U_WEEKEND || (!sp->vague && sp->amount <= 0))
    return false;
  const tl_tok *n = tok(s, last), *p = before(s, first);
  const tl_tok *unit = tok(s, last - 1);
  /* "a year-earlier loss", "a one-year-old": the hyphenated rules read
   * these; "37 years old" is an age, which TimeML leaves alone */
  if (n &&
      ((tl_tok_punct(n, '-') && tl_tok_glued(unit, n)) || tl_tok_in(n, "old")))
    return false;
  /* "the two day rally": the article belongs to the rally; the duration
   * is "two day" (the scanner reads it from the next token) */
  if (sp->the && !sp->unit_plural && !sp->vague && sp->amount > 1 &&
      tl_tok_in(tok(s, first), "the") && n && n->kind == TK_WORD &&
      !capitalized(n) && !tl_tok_class(n, LX_SIGNAL | LX_CLAUSE) &&
      (tok(s, first + 1)->kind == TK_NUM ||
       tl_tok_class(tok(s, first + 1), LX_NUMBER)))
    return false;
  /* "at 2200 hours": a clock time */
  if (sp->unit == U_HOUR && tok(s, first)->kind == TK_NUM &&
      tok(s, first)->digits == 4 &&
      tl_tok_in(p, "at|by|until|till|before|after|from|since"))
    return false;
  /* "a quarter of the vote", "three quarters of": fractions */
  if (sp->unit == U_QUARTER && tl_tok_in(n, "of") && !sp->vague &&
      sp->amount <= 3)
    return false;
  /* "a second term", "a minute detail" */
  if ((sp->unit == U_SECOND || sp->unit == U_MINUTE) && sp->amount == 1 &&
      tl_tok_in(tok(s, first), "a") && n && n->kind == TK_WORD &&
      !tl_tok_class(n, LX_SIGNAL | LX_CLAUSE | LX_YEAR_NEXT) &&
      !tl_tok_in(n, "later|earlier|ago|or|and"))
    return false;
  /* "200 barrels a day", "$5 a year": a rate, so a set.  A plural noun
   * counts only after a number ("four flights a week"), since verbs end
   * in -s too ("lasts a week"). */
  const tl_tok *pp = first >= 2 ? tok(s, first - 2) : NULL;
  bool counted = p && plural_noun(p) && pp &&
                 (pp->kind == TK_NUM || tl_tok_class(pp, LX_NUMBER));
  if (sp->amount == 1 && !sp->the && tl_tok_in(tok(s, first), "a|an|per") &&
      p &&
      (p->kind == TK_NUM || counted || tl_tok_punct(p, '%') ||
       tl_tok_class(p, LX_NUMBER) ||
       tl_tok_in(p, "times|once|twice|million|billion|trillion|mln|bln")) &&
      !tl_tok_in(n, "ago|earlier|later|before|after|or|from|hence")) {
    sp->form = FORM_SET;
    sp->type = TL_TIMEX_SET;
    return true;
  }
  /* "Islam will one day be...", "the hope he one day follows": some day,
   * not a day's length */
  if (sp->unit == U_DAY && sp->amount == 1 && tl_tok_in(tok(s, first), "one") &&
      tl_tok_in(p, "will|would|could|may|might|can|shall|should|he|she|they|"
                   "we|i|you|it"))
    return ref(sp, "FUTURE_REF");
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  return true;
}

/* "a minute and a half", "a year and a half" */
static bool duration_and_half(const scan_ctx *s, size_t first, size_t last,
                              timex_spec *sp) {
  if (sp->vague)
    return false;
  sp->amount += 0.5;
  return duration(s, first, last, sp);
}

/* "weeks or months", "days or weeks": the first unit, vague */
static bool units_or_units(const scan_ctx *s, size_t first, size_t last,
                           timex_spec *sp) {
  sp->unit = (uint8_t)tok(s, first)->lex->unit;
  sp->vague = true;
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  (void)last;
  return true;
}

/* years, months: an unknown number of them */
static bool vague_units(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  const tl_tok *p = before(s, first), *n = tok(s, last);
  if (sp->unit == U_WEEKEND || sp->unit == U_SECOND ||
      (sp->unit == U_QUARTER && !tl_tok_in(tok(s, first), "recent|coming")))
    return false; /* "quarters" alone are mostly rooms */
  if (tl_tok_in(tok(s, first), "recent|coming|the"))
    p = NULL; /* "recent years", "the years ahead": the rule's own word */
  if (tl_tok_in(tok(s, first), "the"))
    n = NULL;
  if (p && (tl_tok_in(p, "the|these|those|his|her|their|its|our|my|your|whose|"
                         "recent|coming|early|late|final|first|last|next|past|"
                         "of|same|other|several|few|many") ||
            p->kind == TK_NUM))
    return false;
  if (n && (tl_tok_in(n, "old|'") || tl_tok_punct(n, '-')))
    return false;
  sp->vague = true;
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  return true;
}

/* "in the days before the attack", "the weeks following the vote": an
 * unknown stretch next to an event (the preposition is the signal) */
static bool units_around(const scan_ctx *s, size_t first, size_t last,
                         timex_spec *sp) {
  bool that_followed = tl_tok_in(tok(s, last), "that") &&
                       tl_tok_in(tok(s, last + 1), "followed");
  if (!tl_tok_in(tok(s, last), "before|after|following|preceding|leading|"
                               "since|prior") &&
      !tl_tok_in(before(s, first), "over|throughout|during") && !that_followed)
    return false; /* "over the years", "in the years that followed" too */
  return vague_units(s, first, last, sp);
}

/* "the first hours of the war", "the early years": an unknown stretch at
 * one end of a period */
static bool first_units(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  if (sp->unit == U_WEEKEND || sp->unit == U_QUARTER)
    return false;
  if (sp->unit <= U_HOUR && tl_tok_in(tok(s, first + 1), "early"))
    return false; /* "the early hours of Thursday": the small hours */
  sp->vague = true;
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  (void)s, (void)first, (void)last;
  return true;
}

/* two-year, 16-hour, 8-month-old, day-long */
static bool duration_adj(const scan_ctx *s, size_t first, size_t last,
                         timex_spec *sp) {
  if (tl_tok_in(tok(s, last - 1), "old"))
    return false; /* "a 6-year-old boy": an age */
  if (sp->unit == U_QUARTER && sp->unit_plural)
    return false; /* "three-quarters of": a fraction */
  if (!sp->has_amount) {
    sp->amount = 1;
    if (sp->unit_plural)
      sp->vague = true; /* decades-long */
  }
  return duration(s, first, last, sp);
}

static bool set(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  /* "15 million instructions per second", "miles per hour": a speed or a
   * flow, which TimeML leaves alone */
  const tl_tok *p = before(s, first);
  if (tl_tok_in(tok(s, first), "per") && sp->unit <= U_HOUR && p &&
      (p->kind == TK_NUM || plural_noun(p) || tl_tok_class(p, LX_MEASURE)))
    return false;
  if (!sp->has_amount || sp->vague)
    sp->amount = 1;
  sp->vague = false;
  if (tl_tok_in(tok(s, first + 1), "other"))
    sp->amount = 2; /* every other week */
  sp->form = FORM_SET;
  sp->type = TL_TIMEX_SET;
  (void)last;
  return true;
}

/* "twice a year", "three times a week": how often per unit is the
 * frequency; the set itself is every unit */
static bool times_a_unit(const scan_ctx *s, size_t first, size_t last,
                         timex_spec *sp) {
  sp->has_amount = false;
  return set(s, first, last, sp);
}

static bool set_named(const scan_ctx *s, size_t first, size_t last,
                      timex_spec *sp) {
  sp->form = FORM_SET;
  sp->type = TL_TIMEX_SET;
  sp->unit = U_NONE;
  (void)s, (void)first, (void)last;
  return true;
}

/* daily, weekly: every day, every week */
static bool freq(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (tl_tok_in(before(s, first), "average|avg"))
    return false; /* "average daily volume": a statistic */
  if (tl_tok_in(n,
                "paper|papers|newspaper|newspapers|edition|editions|tabloid"))
    return false; /* "the daily paper": a newspaper */
  /* "quarterly dividend", "annual report": a kind of payment or report
   * rather than a recurrence in time; "daily life", "weekly address"
   * stay sets, as TimeML marks them */
  if (tl_tok_in(tok(s, first), "quarterly|yearly|annually|monthly") && n &&
      n->kind == TK_WORD && !capitalized(n) &&
      (!tl_tok_class(n, LX_SIGNAL | LX_CLAUSE | LX_YEAR_NEXT | LX_PAST |
                            LX_PRESENT | LX_FUTURE) ||
       (tl_tok_class(n, LX_YEAR_NEXT) && plural_noun(n))))
    return false; /* "quarterly results", "monthly figures" too */
  sp->amount = 1;
  sp->form = FORM_SET;
  sp->type = TL_TIMEX_SET;
  return true;
}

/* ---- builds: times of day ------------------------------------------------ */

static bool clock(const scan_ctx *s, size_t first, size_t last,
                  timex_spec *sp) {
  (void)s, (void)first, (void)last;
  point(sp, TL_TIMEX_TIME);
  return true;
}

static bool noon(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  /* "High Noon", "high noon comes today": the film and the idiom */
  if (tl_tok_in(before(s, first), "high"))
    return false;
  sp->hour = tl_tok_in(tok(s, first), "midnight") ? 24 : 12;
  sp->minute = 0;
  sp->pod = 0;
  (void)last;
  point(sp, TL_TIMEX_TIME);
  return true;
}

/* ---- builds: reference points -------------------------------------------- */

static bool ref(timex_spec *sp, const char *value) {
  sp->form = FORM_REF;
  sp->type = TL_TIMEX_DATE;
  sp->ref = value;
  return true;
}

static bool present_ref(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  (void)s, (void)first, (void)last;
  return ref(sp, "PRESENT_REF");
}

static bool past_ref(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  (void)s, (void)first, (void)last;
  return ref(sp, "PAST_REF");
}

static bool future_ref(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  (void)s, (void)first, (void)last;
  return ref(sp, "FUTURE_REF");
}

/* "the past", but not the start of "the past three summers" */
static bool the_past(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (n && (n->kind == TK_NUM ||
            tl_tok_class(n, LX_NUMBER | LX_VAGUE | LX_UNIT | LX_SEASON)))
    return false;
  return past_ref(s, first, last, sp);
}

/* "now", also in "until now", "for now" and "now that" (TimeBank marks
 * them all); "from now" belongs to the duration before it */
static bool now(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  if (tl_tok_in(before(s, first), "from"))
    return false;
  return present_ref(s, first, last, sp);
}

/* "at present", "at the moment" */
static bool at_present(const scan_ctx *s, size_t first, size_t last,
                       timex_spec *sp) {
  if (!tl_tok_in(before(s, first), "at|for"))
    return false;
  return present_ref(s, first, last, sp);
}

/* "soon", but not "as soon as", "soon after" */
static bool soon(const scan_ctx *s, size_t first, size_t last, timex_spec *sp) {
  if (tl_tok_in(before(s, first), "as") || tl_tok_in(tok(s, last), "as|after"))
    return false;
  /* "a trickle that soon became a flood", "he was soon released": shortly
   * after a past event, not the future */
  bool near;
  const tl_tok *n = tok(s, last);
  if (tl_tok_class(n, LX_PAST) ||
      (n && n->kind == TK_WORD && n->len > 3 && !capitalized(n) &&
       !strcmp(n->text + n->len - 2, "ed")) ||
      tl_clause_tense(s->tok, s->n, first, last, &near) == TL_TENSE_PAST)
    return false;
  return future_ref(s, first, last, sp);
}

/* "the long term", but not "the long-term partnership" */
static bool the_term(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (n && n->kind == TK_WORD &&
      !tl_tok_class(n, LX_SIGNAL | LX_CLAUSE | LX_YEAR_NEXT))
    return false;
  return future_ref(s, first, last, sp);
}

/* "for some time", "in a while": a stretch of unknown length */
static bool a_while(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  bool some = tl_tok_in(tok(s, first), "some");
  if (!tl_tok_in(before(s, first), "for|after|in") ||
      some != tl_tok_in(tok(s, first + 1), "time"))
    return false; /* "some while", "a time" */
  const tl_tok *n = tok(s, last);
  if (n && n->kind == TK_WORD &&
      !tl_tok_class(n, LX_SIGNAL | LX_CLAUSE | LX_YEAR_NEXT) &&
      !tl_tok_in(n, "now"))
    return false; /* "some time next year" */
  sp->form = FORM_DURATION;
  sp->type = TL_TIMEX_DURATION;
  sp->vague = true;
  sp->unit = U_NONE;
  return true;
}

/* "current" alone: the present ("current conditions") */
static bool current(const scan_ctx *s, size_t first, size_t last,
                    timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (!n || n->kind != TK_WORD ||
      tl_tok_in(n, "account|accounts|affairs|events|"
                   "issue|issues|flow|flows"))
    return false;
  return present_ref(s, first, last, sp);
}

/* "the then current market price": the present of a past time */
static bool then_current(const scan_ctx *s, size_t first, size_t last,
                         timex_spec *sp) {
  const tl_tok *n = tok(s, last);
  if (!n || n->kind != TK_WORD)
    return false;
  return past_ref(s, first, last, sp);
}

/* year-earlier, year-ago, the year-ago quarter: the same period a year
 * before the one the story is about */
static bool year_ago(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  if (sp->ord) {
    if (sp->ord < 1 || sp->ord > 4)
      return false;
    sp->quarter = (int8_t)sp->ord;
  }
  sp->rel_unit = U_YEAR;
  sp->rel_shift = -1;
  sp->anchor = ANCHOR_DCT; /* the reporting period, when there is one */
  sp->gran = U_YEAR;
  point(sp, TL_TIMEX_DATE);
  (void)s, (void)first, (void)last;
  return true;
}

/* "the quarter a year ago", "the same period last year", "last year's
 * quarter": the reported period, a year back */
static bool period_year_ago(const scan_ctx *s, size_t first, size_t last,
                            timex_spec *sp) {
  const tl_tok *l = tok(s, last - 1);
  bool a_year = false;
  for (size_t k = first; k + 1 < last; k++)
    if (tl_tok_in(tok(s, k), "a") && tl_tok_in(tok(s, k + 1), "year"))
      a_year = true;
  if (a_year && !tl_tok_in(l, "ago|earlier"))
    return false; /* "the quarter a year" is no phrase */
  return year_ago(s, first, last, sp);
}

/* "the 1988 period", "the 1988 quarter": that year's part of the story */
static bool year_period(const scan_ctx *s, size_t first, size_t last,
                        timex_spec *sp) {
  sp->latest = true;
  return date(s, first, last, sp);
}

/* "the full year", "the whole year": the year the story is about */
static bool full_year(const scan_ctx *s, size_t first, size_t last,
                      timex_spec *sp) {
  sp->unit = U_YEAR;
  return the_unit(s, first, last, sp);
}

/* "the latest period": the quarter just reported */
static bool latest_period(const scan_ctx *s, size_t first, size_t last,
                          timex_spec *sp) {
  sp->rel_unit = U_QUARTER;
  sp->rel_shift = 0;
  sp->anchor = ANCHOR_NARRATIVE;
  point(sp, TL_TIMEX_DATE);
  (void)s, (void)first, (void)last;
  return true;
}

/* "the next morning", "the following night": a day after the story's */
static bool next_pod(const scan_ctx *s, size_t first, size_t last,
                     timex_spec *sp) {
  if (sp->unit_plural)
    return false;
  sp->rel_unit = U_DAY;
  sp->rel_shift = tl_tok_in(tok(s, first + 1), "previous") ? -1 : 1;
  sp->anchor = ANCHOR_NARRATIVE;
  point(sp, TL_TIMEX_TIME);
  (void)s, (void)first, (void)last;
  return true;
}

/* ---- the rules ------------------------------------------------------------
 */

const rule tl_timex_rules[] = {
    /* Days of the calendar */
    {"month day [year]", {E(E_MONTH), E(E_DAY), O(E_YEAR_TAIL)}, date},
    {"day [of] month [year]",
     {E(E_DAY), OW("of"), E(E_MONTH), O(E_YEAR_TAIL)},
     date},
    {"the day of month [year]",
     {E(E_THE), E(E_DAY), W("of"), E(E_MONTH), O(E_YEAR_TAIL)},
     date},
    {"month [,] year", {E(E_MONTH), OP(","), E(E_YEAR)}, date},
    {"month of year", {E(E_MONTH), W("of"), E(E_YEARSPEC)}, date},
    {"month", {E(E_MONTH)}, bare_month},
    {"numeric date", {E(E_NUMDATE)}, date},
    {"the first week of month",
     {O(E_THE), E(E_ORD), W("week"), W("of"), E(E_MONTH), O(E_YEAR_TAIL)},
     week_of_month},
    {"weekday", {E(E_WEEKDAY)}, weekday},
    {"weekday part-of-day", {E(E_WEEKDAY), E(E_POD)}, weekday_pod},
    {"year", {E(E_YEAR)}, bare_year},
    {"the year N", {E(E_THE), W("year"), E(E_YEAR)}, date},
    {"fiscal year",
     {O(E_THE), W("fiscal|financial"), OW("year"), E(E_YEAR)},
     fiscal_year},
    {"year fiscal year",
     {O(E_THE), E(E_YEAR), W("fiscal|financial"), W("year")},
     fiscal_year},
    {"the fiscal year",
     {W("the|its|their"), W("fiscal|financial"), W("year")},
     fiscal_current},
    {"FY", {E(E_FY)}, fiscal_year},
    {"holiday [year] [week]",
     {O(E_REL), E(E_HOLIDAY), O(E_YEAR), OW("week")},
     holiday},

    /* Decades, centuries, quarters, halves, seasons */
    {"decade", {O(E_THE), E(E_DECADE)}, decade},
    {"century", {O(E_THE), E(E_ORD), W("century")}, century},
    {"ordinal-century", {E(E_ORD), E(E_HYPHEN), W("century")}, century},
    {"the third quarter",
     {O(E_DET), OW("fiscal"), O(E_HYPHEN), E(E_ORD), OW("fiscal"),
      W("quarter")},
     quarter},
    /* the adjective: TimeBank leaves its determiner out ("its
     * [third-quarter] loss") */
    {"third-quarter",
     {OW("fiscal"), O(E_HYPHEN), E(E_ORD), E(E_HYPHEN), W("quarter")},
     quarter},
    {"quarter code [year]", {E(E_QCODE), O(E_YEAR)}, quarter},
    {"half", {O(E_DET), E(E_ORD), O(E_HYPHEN), W("half")}, half},
    {"season [of] year", {E(E_SEASON), OW("of"), E(E_YEAR)}, season},
    {"the season of year",
     {E(E_THE), E(E_SEASON), W("of"), E(E_YEARSPEC)},
     season},
    {"the season", {E(E_THE), E(E_SEASON)}, season},
    {"rel season", {E(E_REL), E(E_SEASON)}, season},
    {"this past season",
     {W("this"), W("past|coming"), E(E_SEASON)},
     this_past_season},
    {"season", {E(E_SEASON)}, bare_season},

    /* Relative to today or to the story */
    {"today", {E(E_DAYREF)}, dayref},
    {"today part-of-day", {E(E_DAYREF), E(E_POD)}, dayref},
    {"the day before yesterday",
     {E(E_THE), W("day"), W("before|after"), E(E_DAYREF)},
     day_beyond},
    {"rel unit", {O(E_THE), E(E_REL), E(E_UNIT)}, rel_unit},
    {"this past unit", {W("this"), W("past|coming"), E(E_UNIT)}, rel_unit},
    {"rel fiscal year",
     {O(E_THE), E(E_REL), W("fiscal|financial"), W("year")},
     rel_fiscal},
    {"rel weekday", {O(E_THE), E(E_REL), E(E_WEEKDAY), O(E_POD)}, rel_name},
    {"this coming weekday",
     {W("this"), W("coming|past"), E(E_WEEKDAY)},
     rel_name},
    {"rel month [day]", {O(E_THE), E(E_REL), E(E_MONTH), O(E_DAY)}, rel_name},
    {"that same unit",
     {W("that|the|this"), W("same|very"), E(E_UNIT)},
     same_unit},
    {"part-of-day today", {E(E_POD), E(E_DAYREF)}, dayref},
    {"part-of-day weekday", {E(E_POD), E(E_WEEKDAY)}, weekday_pod},
    /* "the year-ago quarter" names a period; in "the year-ago results"
     * only the adjective does */
    {"the year-earlier period",
     {E(E_THE), OW("comparable|corresponding|same"), W("year"), E(E_HYPHEN),
      W("earlier|ago"), O(E_ORD), OW("fiscal"),
      W("quarter|period|quarters|periods")},
     year_ago},
    {"year-earlier", {W("year"), E(E_HYPHEN), W("earlier|ago")}, year_ago},
    /* "the quarter a year ago", "the corresponding period last year" */
    {"the period a year ago",
     {E(E_THE), OW("same|corresponding|comparable"), W("quarter|period"),
      W("a|last"), W("year"), OW("ago|earlier")},
     period_year_ago},
    {"last year's quarter",
     {W("last"), W("year"), W("'s"), OW("same|corresponding|comparable"),
      W("quarter|period")},
     period_year_ago},
    {"the year-earlier nine months",
     {E(E_THE), W("year"), E(E_HYPHEN), W("earlier|ago"), E(E_NUM),
      E(E_ANYUNIT)},
     duration},
    {"the 1988 period",
     {E(E_THE), E(E_YEAR), W("period|quarter")},
     year_period},
    {"the full year", {E(E_THE), W("full|whole|entire"), W("year")}, full_year},
    {"the latest period", {E(E_THE), W("latest"), W("period")}, latest_period},
    {"the next morning",
     {E(E_THE), W("next|following|previous"), E(E_POD)},
     next_pod},
    {"the units ahead", {E(E_THE), E(E_UNITS), W("ahead")}, vague_units},
    {"the units before", {E(E_THE), E(E_UNITS)}, units_around},
    {"the first units",
     {E(E_THE), W("first|early|final|closing|opening"), E(E_UNITS)},
     first_units},
    {"rel part-of-day", {E(E_REL), E(E_POD)}, rel_pod},
    {"mid part-of-day", {W("mid"), O(E_HYPHEN), E(E_POD)}, mid_pod},
    {"in the morning", {E(E_THE), E(E_POD)}, the_pod},
    {"the unit", {E(E_THE), E(E_UNIT)}, the_unit},
    {"year-end", {W("year|month|quarter"), O(E_HYPHEN), W("end")}, unit_end},
    {"year's end", {W("year|month|quarter"), W("'s"), W("end")}, unit_end},
    {"the day (earlier in, before X)", {E(E_THE), W("day")}, the_day},

    /* Durations */
    {"[the] [past] N units",
     {O(E_THE),
      OW("past|last|next|first|final|previous|following|initial|"
         "remaining|coming|latest|recent|entire|whole|full"),
      E(E_NUM),
      OW("more|additional|further|extra|full|whole|straight|"
         "consecutive|long|short|trading|business|working|"
         "calendar|school"),
      E(E_ANYUNIT)},
     duration},
    {"N unit and a half",
     {E(E_NUM), E(E_ANYUNIT), W("and"), W("a"), W("half")},
     duration_and_half},
    {"units or units", {E(E_UNITS), W("or"), E(E_UNITS)}, units_or_units},
    {"N-unit[-old]",
     {E(E_NUM), E(E_HYPHEN), E(E_ANYUNIT), O(E_HYPHEN), OW("long|old")},
     duration_adj},
    {"unit-long", {E(E_ANYUNIT), E(E_HYPHEN), W("long")}, duration_adj},
    {"units", {E(E_UNITS)}, vague_units},

    /* Sets */
    {"every [other] [N] unit",
     {W("every|each|per"), OW("other"), O(E_NUM), E(E_ANYUNIT)},
     set},
    {"every weekday", {W("every|each"), E(E_WEEKDAY), O(E_POD)}, set_named},
    {"every month", {W("every|each"), E(E_MONTH)}, set_named},
    {"every season", {W("every|each"), E(E_SEASON)}, set_named},
    {"every part-of-day", {W("every|each"), E(E_POD)}, set_named},
    {"weekdays", {E(E_WEEKDAYS), O(E_POD)}, set_named},
    {"seasons", {E(E_SEASONS)}, set_named},
    {"the past three summers",
     {O(E_THE), OW("past|last|next|coming"), E(E_NUM), E(E_SEASONS)},
     set_named},
    {"daily", {E(E_FREQ)}, freq},
    {"twice a unit",
     {W("once|twice|thrice"), W("a|an|per|every|each"), E(E_UNIT)},
     times_a_unit},
    {"N times a unit",
     {E(E_NUM), W("times"), W("a|an|per|every|each"), E(E_UNIT)},
     times_a_unit},

    /* Times of day */
    {"clock", {E(E_CLOCK)}, clock},
    {"noon", {W("noon|midnight|midday")}, noon},

    /* Reference points: now, the past, the future */
    {"now", {W("now")}, now},
    {"currently", {W("currently|presently|nowadays")}, present_ref},
    {"these days", {W("these"), W("days")}, present_ref},
    {"at present", {W("present")}, at_present},
    {"the present", {E(E_THE), W("present")}, present_ref},
    {"at the moment", {E(E_THE), W("moment")}, at_present},
    {"the time being", {E(E_THE), W("time"), W("being")}, present_ref},
    {"recently", {OW("more|most|very"), W("recently|lately")}, past_ref},
    {"the past", {E(E_THE), OW("recent|distant"), W("past")}, the_past},
    {"the future",
     {E(E_THE), OW("near|distant|foreseeable|immediate"), W("future")},
     future_ref},
    {"soon", {OW("very"), W("soon")}, soon},
    {"the near term",
     {E(E_THE), W("near|short|long|medium"), O(E_HYPHEN), W("term|run")},
     the_term},
    {"recent units", {W("recent|coming"), E(E_UNITS)}, vague_units},
    {"future units", {W("future"), E(E_UNITS)}, future_ref},
    {"current", {W("current")}, current},
    {"then current", {W("then"), O(E_HYPHEN), W("current")}, then_current},
    {"a later date", {W("a"), W("later"), W("date")}, future_ref},
    {"some time", {W("some|a"), W("time|while")}, a_while},
};

const size_t tl_timex_rule_count =
    sizeof tl_timex_rules / sizeof tl_timex_rules[0];

/* ---- modifiers ----------------------------------------------------------- */

const affix tl_timex_prefixes[] = {
    /* where in the period */
    {.phrase = "the end of", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "the beginning of", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "the start of", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "the middle of", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "the close of", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "the turn of", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "end of", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "beginning of", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "start of", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "middle of", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "the early", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "the mid -", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "the mid", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "the late", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "early -", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "early", .mod = "START", .needs = AFFIX_POINT},
    {.phrase = "mid -", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "mid", .mod = "MID", .needs = AFFIX_POINT},
    {.phrase = "late -", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "late", .mod = "END", .needs = AFFIX_POINT},
    {.phrase = "post -", .mod = "AFTER", .needs = AFFIX_POINT},
    {.phrase = "pre -", .mod = "BEFORE", .needs = AFFIX_POINT},
    {.phrase = "the week of", .mod = "#WEEK", .needs = AFFIX_POINT},
    {.phrase = "sometime", .needs = AFFIX_RELATIVE},
    {.phrase = "earlier", .needs = AFFIX_RELATIVE},
    {.phrase = "later", .needs = AFFIX_RELATIVE},
    {.phrase = "earlier", .needs = AFFIX_NAMED_DAY, .outside = true},
    {.phrase = "later", .needs = AFFIX_NAMED_DAY, .outside = true},
    /* how sure, how much */
    {.phrase = "around", .mod = "APPROX", .needs = AFFIX_ANY},
    {.phrase = "approximately", .mod = "APPROX", .needs = AFFIX_ANY},
    {.phrase = "roughly", .mod = "APPROX", .needs = AFFIX_ANY},
    {.phrase = "circa", .mod = "APPROX", .needs = AFFIX_ANY},
    {.phrase = "c .", .mod = "APPROX", .needs = AFFIX_POINT},
    {.phrase = "ca .", .mod = "APPROX", .needs = AFFIX_POINT},
    {.phrase = "some", .mod = "APPROX", .needs = AFFIX_AMOUNT},
    {.phrase = "about", .mod = "APPROX", .needs = AFFIX_ANY, .outside = true},
    {.phrase = "nearly", .mod = "LESS_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "almost",
     .mod = "LESS_THAN",
     .needs = AFFIX_AMOUNT,
     .outside = true},
    {.phrase = "just under", .mod = "LESS_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "less than", .mod = "LESS_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "fewer than", .mod = "LESS_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "under",
     .mod = "LESS_THAN",
     .needs = AFFIX_AMOUNT,
     .outside = true},
    {.phrase = "no more than", .mod = "EQUAL_OR_LESS", .needs = AFFIX_AMOUNT},
    {.phrase = "not more than", .mod = "EQUAL_OR_LESS", .needs = AFFIX_AMOUNT},
    {.phrase = "at most", .mod = "EQUAL_OR_LESS", .needs = AFFIX_AMOUNT},
    {.phrase = "up to", .mod = "EQUAL_OR_LESS", .needs = AFFIX_AMOUNT},
    {.phrase = "more than", .mod = "MORE_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "just over",
     .mod = "MORE_THAN",
     .needs = AFFIX_AMOUNT,
     .outside = true},
    {.phrase = "well over",
     .mod = "MORE_THAN",
     .needs = AFFIX_AMOUNT,
     .outside = true},
    {.phrase = "over",
     .mod = "MORE_THAN",
     .needs = AFFIX_AMOUNT,
     .outside = true},
    {.phrase = "upwards of", .mod = "MORE_THAN", .needs = AFFIX_AMOUNT},
    {.phrase = "at least", .mod = "EQUAL_OR_MORE", .needs = AFFIX_AMOUNT},
    {.phrase = "no less than", .mod = "EQUAL_OR_MORE", .needs = AFFIX_AMOUNT},
    {.phrase = "not less than", .mod = "EQUAL_OR_MORE", .needs = AFFIX_AMOUNT},
    {.phrase = "right", .needs = AFFIX_ANY, .outside = true},
    {.phrase = "just", .needs = AFFIX_ANY, .outside = true},
    {.phrase = NULL},
};

const affix tl_timex_suffixes[] = {
    /* a duration becomes a point that far from the anchor */
    {.phrase = "ago",
     .needs = AFFIX_DURATION,
     .shift = -1,
     .anchor = ANCHOR_DCT},
    {.phrase = "earlier",
     .needs = AFFIX_DURATION,
     .shift = -1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "before",
     .needs = AFFIX_DURATION,
     .shift = -1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "later",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "after",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "afterwards",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "afterward",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_NARRATIVE},
    {.phrase = "from now",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_DCT},
    {.phrase = "from today",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_DCT},
    {.phrase = "hence",
     .needs = AFFIX_DURATION,
     .shift = 1,
     .anchor = ANCHOR_DCT},
    /* bounds */
    {.phrase = "or so", .mod = "APPROX", .needs = AFFIX_ANY},
    {.phrase = "or later", .mod = "ON_OR_AFTER", .needs = AFFIX_POINT},
    {.phrase = "or earlier", .mod = "ON_OR_BEFORE", .needs = AFFIX_POINT},
    {.phrase = "and beyond", .mod = "ON_OR_AFTER", .needs = AFFIX_POINT},
    {.phrase = "or more", .mod = "EQUAL_OR_MORE", .needs = AFFIX_DURATION},
    {.phrase = "or longer", .mod = "EQUAL_OR_MORE", .needs = AFFIX_DURATION},
    {.phrase = "or less", .mod = "EQUAL_OR_LESS", .needs = AFFIX_DURATION},
    {.phrase = NULL},
};
