/* timex_elems.c - the terminal symbols of the timex grammar.
 *
 * Each element reads a few tokens at a position and fills the fields of the
 * spec it stands for: E_MONTH reads "Sept." and sets month 9, E_NUM reads
 * "twenty-one" or "2 1/2" or "a few".  Elements are greedy and never
 * backtrack; an element either matches (returning how many tokens it used)
 * or returns 0. */
#include "extract/timex_scan.h"

#include "extract/holidays.h"

#include <string.h>

static const tl_tok *at(const scan_ctx *s, size_t i) {
  return i < s->n ? &s->tok[i] : NULL;
}

static bool cap(const tl_tok *t) { return t->flags & (TF_CAP | TF_UPPER); }

static bool glued_hyphen(const scan_ctx *s, size_t i) {
  const tl_tok *h = at(s, i), *a = i ? at(s, i - 1) : NULL, *b = at(s, i + 1);
  return h && a && b && tl_tok_punct(h, '-') && tl_tok_glued(a, h) &&
         tl_tok_glued(h, b);
}

size_t tl_match_phrase(const scan_ctx *s, size_t i, const char *phrase) {
  size_t j = i;
  for (const char *p = phrase; *p;) {
    const char *sp = strchr(p, ' ');
    size_t n = sp ? (size_t)(sp - p) : strlen(p);
    const tl_tok *t = at(s, j);
    if (!t || t->kind == TK_NUM || n != t->len || memcmp(p, t->text, n) != 0)
      return 0;
    j++;
    p = sp ? sp + 1 : p + n;
  }
  return j - i;
}

/* A number token standing alone: no clock, suffix, apostrophe or glue. */
static bool plain_int(const tl_tok *t) {
  return t && t->kind == TK_NUM &&
         !(t->flags & (TF_CLOCK | TF_APOS | TF_ODD)) && !t->suffix[0];
}

/* ---- numbers ------------------------------------------------------------ */

static bool number_word(const tl_tok *t) {
  return t && tl_tok_class(t, LX_NUMBER) && !tl_tok_in(t, "half|couple");
}

/* twenty-one, one hundred and five, two thousand, three dozen.  The order
 * of magnitudes is checked so "two three" or "nineteen ninety" (a year) do
 * not run together into one number. */
static size_t number_words(const scan_ctx *s, size_t i, double *value) {
  enum { NONE, UNITS, TENS, HUNDREDS, THOUSANDS } last = NONE;
  size_t j = i;
  long total = 0, cur = 0;
  for (;;) {
    const tl_tok *t = at(s, j);
    if (!number_word(t))
      break;
    int n = t->lex->number;
    if (n == 100) {
      if (last != UNITS && last != TENS)
        break;
      cur *= 100;
      last = HUNDREDS;
    } else if (n == 1000) {
      if (last == NONE || last == THOUSANDS)
        break;
      total += cur * 1000;
      cur = 0;
      last = THOUSANDS;
    } else if (tl_tok_in(t, "dozen")) {
      if (last != UNITS && last != NONE)
        break;
      cur = (cur ? cur : 1) * 12;
      last = UNITS;
    } else if (n >= 20) {
      if (last == UNITS || last == TENS)
        break;
      cur += n;
      last = TENS;
      bool glued = glued_hyphen(s, j + 1);
      const tl_tok *u = at(s, j + (glued ? 2 : 1));
      if (number_word(u) && u->lex->number >= 1 && u->lex->number <= 9 &&
          (glued || !(u->flags & TF_NEWLINE))) {
        cur += u->lex->number; /* twenty-one, twenty one */
        j += glued ? 2 : 1;
        last = UNITS;
      }
    } else {
      if (last == UNITS || last == TENS)
        break;
      cur += n;
      last = UNITS;
    }
    j++;
    const tl_tok *next = at(s, j + 1);
    if (last >= HUNDREDS && tl_tok_in(at(s, j), "and") && number_word(next) &&
        next->lex->number < 100)
      j++; /* two hundred and fifty */
  }
  *value = (double)(total + cur);
  return j - i;
}

size_t tl_read_number(const scan_ctx *s, size_t i, double *value, bool *vague) {
  const tl_tok *t = at(s, i), *n = at(s, i + 1);
  size_t j;
  *vague = false;
  *value = 0;
  if (!t)
    return 0;
  if (plain_int(t)) {
    *value = t->value;
    j = i + 1;
    const tl_tok *a = at(s, j), *slash = at(s, j + 1), *b = at(s, j + 2);
    if (plain_int(a) && slash && tl_tok_punct(slash, '/') && plain_int(b) &&
        tl_tok_glued(a, slash) && tl_tok_glued(slash, b) && a->num < b->num &&
        b->num <= 16 && !(t->flags & TF_DECIMAL)) {
      *value += (double)a->num / b->num; /* 2 1/2 */
      j += 3;
    }
  } else if (tl_tok_in(t, "a|an")) {
    j = i + 1;
    if (tl_tok_in(n, "few")) {
      *vague = true;
      j++;
    } else if (tl_tok_in(n, "couple")) {
      *value = 2;
      j++;
      if (tl_tok_in(at(s, j), "of"))
        j++;
    } else if (tl_tok_in(n, "dozen|hundred|thousand")) {
      *value = n->lex->number;
      j++;
    } else if (tl_tok_in(n, "half")) {
      *value = 0.5; /* a half hour */
      j++;
    } else {
      *value = 1;
    }
  } else if (tl_tok_in(t, "half") && tl_tok_in(n, "a|an")) {
    *value = 0.5; /* half an hour */
    j = i + 2;
  } else if (tl_tok_class(t, LX_VAGUE)) {
    *vague = true;
    j = i + 1;
  } else if (tl_tok_in(t, "couple")) {
    *value = 2;
    j = i + 1;
    if (tl_tok_in(at(s, j), "of"))
      j++;
  } else if (tl_tok_in(t, "dozens|hundreds|thousands") && tl_tok_in(n, "of")) {
    *vague = true;
    j = i + 2;
  } else {
    size_t k = number_words(s, i, value);
    if (k == 0)
      return 0;
    j = i + k;
  }
  /* one and a half */
  if (!*vague && tl_match_phrase(s, j, "and a half") == 3 && *value >= 1) {
    *value += 0.5;
    j += 3;
  }
  /* "two to three weeks", "one or two days", "2-3 years": TimeML keeps the
   * first number as the value and the whole as the extent. */
  const tl_tok *sep = at(s, j);
  if (!*vague && sep &&
      (tl_tok_in(sep, "to|or") ||
       (tl_tok_punct(sep, '-') && glued_hyphen(s, j)))) {
    double second;
    bool v2;
    const tl_tok *b = at(s, j + 1);
    bool digit_pair = plain_int(t) && plain_int(b);
    bool word_pair = !plain_int(t) && b && b->kind != TK_NUM;
    if ((digit_pair || word_pair) && !tl_tok_in(b, "a|an")) {
      size_t k = tl_read_number(s, j + 1, &second, &v2);
      if (k && !v2 && second > *value)
        j += 1 + k;
    }
  }
  return j - i;
}

/* ---- calendar fields ---------------------------------------------------- */

static size_t match_month(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t || !tl_tok_class(t, LX_MONTH))
    return 0;
  bool abbr = t->lex->flags & LF_ABBR;
  if ((abbr || (t->lex->flags & LF_AMBIG)) && !cap(t))
    return 0;
  sp->month = t->lex->month;
  const tl_tok *dot = at(s, i + 1);
  if (abbr && dot && tl_tok_punct(dot, '.') && tl_tok_glued(t, dot))
    return 2; /* "Sept." keeps its dot, as TimeML extents do */
  return 1;
}

static bool ordinal_suffix(const tl_tok *t) {
  return !strcmp(t->suffix, "th") || !strcmp(t->suffix, "st") ||
         !strcmp(t->suffix, "nd") || !strcmp(t->suffix, "rd");
}

/* third, 3rd, twenty-first, thirty first */
static size_t read_ordinal(const scan_ctx *s, size_t i, int32_t *ord) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  if (t->kind == TK_NUM && ordinal_suffix(t) &&
      !(t->flags & (TF_CLOCK | TF_APOS | TF_DECIMAL | TF_GROUPED))) {
    *ord = t->num;
    return 1;
  }
  if (tl_tok_class(t, LX_ORDINAL)) {
    *ord = t->lex->number;
    return 1;
  }
  if (tl_tok_class(t, LX_NUMBER) && (t->lex->flags & LF_TENS)) {
    bool glued = glued_hyphen(s, i + 1);
    const tl_tok *u = at(s, i + (glued ? 2 : 1));
    if (u && tl_tok_class(u, LX_ORDINAL) && u->lex->number >= 1 &&
        u->lex->number <= 9) {
      *ord = t->lex->number + u->lex->number;
      return glued ? 3 : 2;
    }
  }
  return 0;
}

static size_t match_day(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  if (t->kind == TK_NUM) {
    if (t->digits > 2 || t->num < 1 || t->num > 31 ||
        (t->flags & (TF_CLOCK | TF_APOS | TF_DECIMAL | TF_ODD)) ||
        (t->suffix[0] && !ordinal_suffix(t)))
      return 0;
    sp->day = (int8_t)t->num;
    return 1;
  }
  int32_t ord;
  size_t k = read_ordinal(s, i, &ord);
  if (k && ord >= 1 && ord <= 31) {
    sp->day = (int8_t)ord;
    return k;
  }
  return 0;
}

/* nineteen ninety-six, two thousand and one, twenty nineteen */
static size_t spelled_year(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!number_word(t))
    return 0;
  int n = t->lex->number;
  double v;
  if (n == 2 && tl_tok_in(at(s, i + 1), "thousand")) {
    size_t j = i + 2, k;
    if (tl_tok_in(at(s, j), "and") && number_word(at(s, j + 1)))
      j++;
    k = number_words(s, j, &v);
    if (k == 0 || v >= 100) {
      k = 0;
      v = 0;
      j = i + 2;
    }
    sp->year = 2000 + (int32_t)v;
    sp->has_year = true;
    return j + k - i;
  }
  if ((n >= 11 && n <= 19) || n == 20) {
    if (tl_tok_in(at(s, i + 1), "hundred")) {
      sp->year = n * 100;
      sp->has_year = true;
      return 2;
    }
    size_t k = number_words(s, i + 1, &v);
    if (k && v >= 10 && v <= 99) {
      sp->year = n * 100 + (int32_t)v;
      sp->has_year = true;
      return 1 + k;
    }
  }
  return 0;
}

static size_t match_year(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  const tl_tok *n = at(s, i + 1);
  if (tl_tok_in(t, "ad|a.d.") && n && plain_int(n) && n->digits <= 4 &&
      n->num > 0 && cap(t)) {
    sp->year = n->num;
    sp->has_year = true;
    return 2;
  }
  if (t->kind != TK_NUM)
    return spelled_year(s, i, sp);
  if ((t->flags & (TF_CLOCK | TF_DECIMAL | TF_GROUPED | TF_ODD)) ||
      t->suffix[0])
    return 0;
  if (t->flags & TF_APOS) {
    if (t->digits != 2)
      return 0;
    sp->year = t->num;
    sp->year_short = true;
    sp->has_year = true;
    return 1;
  }
  if (n && tl_tok_in(n, "bc|bce|b.c.|ad|a.d.|ce|c.e.") && t->digits <= 4 &&
      t->num > 0 && (n->flags & (TF_CAP | TF_UPPER))) {
    bool bc = tl_tok_in(n, "bc|bce|b.c.");
    sp->year = bc ? 1 - t->num : t->num;
    sp->has_year = true;
    return 2;
  }
  if (t->digits == 4 && t->num >= 1000 && t->num <= 2999) {
    sp->year = t->num;
    sp->has_year = true;
    return 1;
  }
  return 0;
}

static size_t match_year_tail(const scan_ctx *s, size_t i, timex_spec *sp) {
  size_t k = 0;
  const tl_tok *t = at(s, i);
  if (t && tl_tok_punct(t, ','))
    k = 1;
  const tl_tok *y = at(s, i + k);
  if (!y || (y->kind != TK_NUM && !(y->flags & TF_CAP) && k))
    return 0; /* "Sept. 4, two weeks later": not a spelled year */
  size_t m = match_year(s, i + k, sp);
  return m ? k + m : 0;
}

static size_t match_weekday(const scan_ctx *s, size_t i, timex_spec *sp,
                            bool plural) {
  const tl_tok *t = at(s, i);
  if (!t || !tl_tok_class(t, LX_WEEKDAY) || !cap(t))
    return 0;
  if (((t->lex->flags & LF_PLURAL) != 0) != plural)
    return 0;
  sp->weekday = t->lex->weekday;
  if (t->lex->flags & LF_ABBR) {
    const tl_tok *dot = at(s, i + 1);
    if (dot && tl_tok_punct(dot, '.') && tl_tok_glued(t, dot))
      return 2;
    const tl_tok *n = at(s, i + 1);
    bool dated = n && (n->kind == TK_NUM || tl_tok_class(n, LX_MONTH));
    return dated && (t->flags & TF_CAP) ? 1 : 0;
  }
  return 1;
}

static size_t match_season(const scan_ctx *s, size_t i, timex_spec *sp,
                           bool plural) {
  const tl_tok *t = at(s, i);
  if (!t || !tl_tok_class(t, LX_SEASON))
    return 0;
  if (((t->lex->flags & LF_PLURAL) != 0) != plural)
    return 0;
  sp->season = t->lex->season;
  return 1;
}

/* the 1950s, '80s, the fifties, the nineteen-fifties */
static size_t match_decade(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  const tl_tok *prev = i ? at(s, i - 1) : NULL;
  bool after_the = prev && tl_tok_in(prev, "the");
  if (!t)
    return 0;
  if (t->kind == TK_NUM) {
    if (strcmp(t->suffix, "s") != 0 || t->num % 10 != 0 ||
        (t->flags & (TF_CLOCK | TF_DECIMAL | TF_GROUPED)))
      return 0;
    if (t->digits == 4) {
      sp->decade = (int16_t)t->num;
      return 1;
    }
    /* "in his 80s" is an age; "the '80s" and "the 80s" are decades */
    if (t->digits == 2 && ((t->flags & TF_APOS) || after_the)) {
      sp->decade = (int16_t)t->num;
      return 1;
    }
    return 0;
  }
  if (tl_tok_class(t, LX_DECADE) && after_the) {
    sp->decade = t->lex->number;
    return 1;
  }
  /* the nineteen fifties, the nineteen-fifties */
  if (number_word(t) && t->lex->number >= 17 && t->lex->number <= 20) {
    size_t k = glued_hyphen(s, i + 1) ? 2 : 1;
    const tl_tok *d = at(s, i + k);
    if (d && tl_tok_class(d, LX_DECADE)) {
      sp->decade = (int16_t)(t->lex->number * 100 + d->lex->number);
      return k + 1;
    }
  }
  return 0;
}

static bool ampm(const tl_tok *t, timex_spec *sp) {
  if (tl_tok_in(t, "a.m.|a.m|am")) {
    sp->am = true;
    return true;
  }
  if (tl_tok_in(t, "p.m.|p.m|pm")) {
    sp->pm = true;
    return true;
  }
  return false;
}

/* 10:35 a.m. EST, 3 p.m., 3pm, 15:30, 4 o'clock, 4 in the morning */
static size_t match_clock(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t || t->kind != TK_NUM ||
      (t->flags & (TF_APOS | TF_DECIMAL | TF_GROUPED | TF_ODD)))
    return 0;
  size_t j = i + 1;
  bool clock = t->flags & TF_CLOCK;
  /* 0400 GMT, 1830 hours: the military and wire-service clock */
  const tl_tok *z = at(s, j);
  if (!clock && t->digits == 4 && !t->suffix[0] && t->num % 100 < 60 &&
      t->num / 100 <= 24 && z &&
      ((tl_tok_class(z, LX_TZ) && (z->flags & TF_UPPER)) ||
       tl_tok_in(z, "hours|hrs"))) {
    sp->hour = (int8_t)(t->num / 100);
    sp->minute = (int8_t)(t->num % 100);
    return 2;
  }
  if (!strcmp(t->suffix, "am"))
    sp->am = true;
  else if (!strcmp(t->suffix, "pm"))
    sp->pm = true;
  else if (t->suffix[0])
    return 0;
  if (!sp->am && !sp->pm && ampm(at(s, j), sp))
    j++;
  bool oclock = false;
  if (!sp->am && !sp->pm && tl_tok_in(at(s, j), "o'clock")) {
    oclock = true;
    j++;
  }
  if (!clock && !sp->am && !sp->pm && !oclock &&
      !tl_match_phrase(s, j, "in the morning") &&
      !tl_match_phrase(s, j, "in the afternoon") &&
      !tl_match_phrase(s, j, "in the evening") &&
      !tl_match_phrase(s, j, "at night"))
    return 0; /* a bare number is no time: "at 4" */
  if (t->num > 24 || (!clock && (t->num < 1 || t->num > 12)) ||
      (clock && t->minute > 59))
    return 0;
  sp->hour = (int8_t)t->num;
  sp->minute = clock ? (int8_t)t->minute : 0;
  if (clock && t->second != 255)
    sp->second = (int8_t)t->second;
  /* in the morning / afternoon / evening, at night */
  size_t k;
  if ((k = tl_match_phrase(s, j, "in the morning"))) {
    sp->am = true;
    j += k;
  } else if ((k = tl_match_phrase(s, j, "in the afternoon")) ||
             (k = tl_match_phrase(s, j, "in the evening")) ||
             (k = tl_match_phrase(s, j, "at night"))) {
    sp->pm = true;
    j += k;
  }
  if (sp->pm && sp->hour < 12)
    sp->hour += 12;
  if (sp->am && sp->hour == 12)
    sp->hour = 0;
  const tl_tok *tz = at(s, j);
  if (tz && tl_tok_class(tz, LX_TZ) && (tz->flags & TF_UPPER))
    j++;
  return j - i;
}

/* Q3, 3Q; H1 for a half year */
static size_t match_qcode(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  if (t->kind == TK_WORD && t->len == 2 && t->text[0] == 'q' &&
      t->text[1] >= '1' && t->text[1] <= '4' && (t->flags & TF_CAP)) {
    sp->quarter = (int8_t)(t->text[1] - '0');
    return 1;
  }
  if (t->kind == TK_WORD && t->len == 2 && t->text[0] == 'h' &&
      t->text[1] >= '1' && t->text[1] <= '2' && (t->flags & TF_CAP)) {
    sp->half = (int8_t)(t->text[1] - '0');
    return 1;
  }
  if (t->kind == TK_NUM && t->digits == 1 && t->num >= 1 && t->num <= 4 &&
      !strcmp(t->suffix, "q")) {
    sp->quarter = (int8_t)t->num;
    return 1;
  }
  return 0;
}

/* FY2019, FY19, FY 2019 */
static size_t match_fy(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t || t->kind != TK_WORD || !(t->flags & TF_UPPER) ||
      strncmp(t->text, "fy", 2) != 0)
    return 0;
  size_t k = 1;
  int32_t y = 0;
  int digits = 0;
  if (t->len == 2) {
    const tl_tok *n = at(s, i + 1);
    if (!n || !plain_int(n) || (n->digits != 2 && n->digits != 4))
      return 0;
    y = n->num;
    digits = n->digits;
    k = 2;
  } else {
    for (size_t c = 2; c < t->len; c++) {
      if (t->text[c] < '0' || t->text[c] > '9')
        return 0;
      y = y * 10 + (t->text[c] - '0');
      digits++;
    }
    if (digits != 2 && digits != 4)
      return 0;
  }
  sp->year = y;
  sp->year_short = digits == 2;
  sp->has_year = true;
  sp->fiscal = true;
  return k;
}

static size_t match_holiday(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t || !cap(t))
    return 0;
  for (size_t h = 0; h < tl_holiday_count; h++) {
    size_t k = tl_match_phrase(s, i, tl_holidays[h].phrase);
    if (k) {
      sp->holiday = (int8_t)(h + 1);
      return k;
    }
  }
  return 0;
}

/* 2025-09-04, 9/4/2025, 09/04/25 */
static size_t match_numdate(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *a = at(s, i), *p = at(s, i + 1), *b = at(s, i + 2),
               *q = at(s, i + 3), *c = at(s, i + 4);
  if (!plain_int(a) || !p || !plain_int(b) || !q || !plain_int(c))
    return 0;
  if (!tl_tok_glued(a, p) || !tl_tok_glued(p, b) || !tl_tok_glued(b, q) ||
      !tl_tok_glued(q, c) || p->text[0] != q->text[0])
    return 0;
  const tl_tok *after = at(s, i + 5);
  if (after && tl_tok_glued(c, after) &&
      (tl_tok_punct(after, '-') || tl_tok_punct(after, '/')))
    return 0; /* a longer code: 12-34-56-78 */
  int32_t y, m, d;
  if (tl_tok_punct(p, '-') && a->digits == 4 && b->digits <= 2 &&
      c->digits <= 2) {
    y = a->num, m = b->num, d = c->num;
  } else if (tl_tok_punct(p, '/') && a->digits <= 2 && b->digits <= 2 &&
             (c->digits == 4 || c->digits == 2)) {
    m = a->num, d = b->num, y = c->num;
    if (m > 12 && d <= 12) { /* 25/12/2019: day first */
      int32_t tmp = m;
      m = d;
      d = tmp;
    }
    if (c->digits == 2) {
      sp->year_short = true;
    }
  } else {
    return 0;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31)
    return 0;
  sp->year = y;
  sp->has_year = true;
  sp->month = (int8_t)m;
  sp->day = (int8_t)d;
  return 5;
}

/* 2019 | [the] this/last/next/that/same/previous/following year */
static size_t match_yearspec(const scan_ctx *s, size_t i, timex_spec *sp) {
  size_t k = match_year(s, i, sp);
  if (k)
    return k;
  size_t j = i;
  if (tl_tok_in(at(s, j), "the"))
    j++;
  const tl_tok *r = at(s, j);
  if (!r || !tl_tok_class(r, LX_REL) || !tl_tok_in(at(s, j + 1), "year"))
    return 0;
  if (j == i && (r->lex->flags & LF_NARR) && !tl_tok_in(r, "that"))
    return 0; /* "previous year" needs its "the" */
  sp->rel_unit = U_YEAR;
  sp->rel_shift = r->lex->shift;
  sp->anchor = (r->lex->flags & LF_NARR) ? ANCHOR_NARRATIVE : ANCHOR_DCT;
  return j + 2 - i;
}

/* the; this year's, last year's, 1989's; the 1988.  "its" and "their"
 * stay outside the extent, as TimeBank draws it. */
static size_t match_det(const scan_ctx *s, size_t i, timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  if (tl_tok_in(t, "the")) {
    sp->the = true;
    timex_spec tmp = *sp;
    size_t k = match_year(s, i + 1, &tmp);
    if (k && !tmp.year_short) {
      *sp = tmp; /* the 1988 second quarter */
      return 1 + k;
    }
    return 1;
  }
  timex_spec tmp = *sp;
  size_t k = match_yearspec(s, i, &tmp);
  if (k && tl_tok_in(at(s, i + k), "'s")) {
    *sp = tmp;
    sp->the = true;
    return k + 1;
  }
  return 0;
}

/* ---- a quick look before the real match --------------------------------- */

bool tl_elem_may_start(const tl_tok *t, const elem *e) {
  bool num = t->kind == TK_NUM;
  switch ((elem_kind)e->kind) {
  case E_END:
    return false;
  case E_WORD:
    return tl_tok_in(t, e->words);
  case E_PUNCT:
    return tl_tok_punct(t, e->words[0]);
  case E_HYPHEN:
    return tl_tok_punct(t, '-');
  case E_THE:
    return tl_tok_in(t, "the");
  case E_DET:
  case E_YEARSPEC:
    return num || tl_tok_in(t, "the|ad|a.d.") ||
           tl_tok_class(t, LX_REL | LX_NUMBER);
  case E_MONTH:
    return tl_tok_class(t, LX_MONTH);
  case E_DAY:
  case E_ORD:
    return num || tl_tok_class(t, LX_ORDINAL | LX_NUMBER) ||
           tl_tok_in(t, "last");
  case E_YEAR:
    return num || tl_tok_class(t, LX_NUMBER) || tl_tok_in(t, "ad|a.d.");
  case E_YEAR_TAIL:
    return num || tl_tok_punct(t, ',') || tl_tok_class(t, LX_NUMBER);
  case E_WEEKDAY:
  case E_WEEKDAYS:
    return tl_tok_class(t, LX_WEEKDAY);
  case E_SEASON:
  case E_SEASONS:
    return tl_tok_class(t, LX_SEASON);
  case E_POD:
    return tl_tok_class(t, LX_POD);
  case E_UNIT:
  case E_UNITS:
  case E_ANYUNIT:
    return tl_tok_class(t, LX_UNIT);
  case E_NUM:
    return num || tl_tok_class(t, LX_NUMBER | LX_VAGUE) ||
           tl_tok_in(t, "a|an|half|couple|dozens|hundreds|thousands");
  case E_REL:
    return tl_tok_class(t, LX_REL);
  case E_DAYREF:
    return tl_tok_class(t, LX_DAYREF);
  case E_DECADE:
    return num || tl_tok_class(t, LX_DECADE | LX_NUMBER);
  case E_CLOCK:
  case E_NUMDATE:
    return num;
  case E_QCODE:
  case E_FY:
    return num || (t->flags & TF_ALNUM) || tl_tok_in(t, "fy");
  case E_FREQ:
    return tl_tok_class(t, LX_FREQ);
  case E_HOLIDAY:
    return t->lex != NULL;
  }
  return true;
}

/* ---- dispatch ----------------------------------------------------------- */

size_t tl_match_elem(const scan_ctx *s, size_t i, const elem *e,
                     timex_spec *sp) {
  const tl_tok *t = at(s, i);
  if (!t)
    return 0;
  switch ((elem_kind)e->kind) {
  case E_END:
    return 0;
  case E_WORD:
    return tl_tok_in(t, e->words) ? 1 : 0;
  case E_PUNCT:
    return tl_tok_punct(t, e->words[0]) ? 1 : 0;
  case E_HYPHEN:
    return glued_hyphen(s, i) ? 1 : 0;
  case E_THE:
    if (!tl_tok_in(t, "the"))
      return 0;
    sp->the = true;
    return 1;
  case E_DET:
    return match_det(s, i, sp);
  case E_MONTH:
    return match_month(s, i, sp);
  case E_DAY:
    return match_day(s, i, sp);
  case E_YEAR:
    return match_year(s, i, sp);
  case E_YEAR_TAIL:
    return match_year_tail(s, i, sp);
  case E_WEEKDAY:
    return match_weekday(s, i, sp, false);
  case E_WEEKDAYS:
    return match_weekday(s, i, sp, true);
  case E_SEASON:
    return match_season(s, i, sp, false);
  case E_SEASONS:
    return match_season(s, i, sp, true);
  case E_POD:
    if (!tl_tok_class(t, LX_POD))
      return 0;
    sp->pod = t->lex->pod;
    sp->unit_plural = t->lex->flags & LF_PLURAL;
    if (tl_tok_in(t, "noon|midday|midnight")) { /* exact times of day */
      sp->hour = tl_tok_in(t, "midnight") ? 24 : 12;
      sp->minute = 0;
    }
    return 1;
  case E_UNIT:
  case E_UNITS:
  case E_ANYUNIT:
    if (!tl_tok_class(t, LX_UNIT))
      return 0;
    sp->unit_plural = t->lex->flags & LF_PLURAL;
    if ((e->kind == E_UNIT && sp->unit_plural) ||
        (e->kind == E_UNITS && !sp->unit_plural))
      return 0;
    sp->unit = (uint8_t)t->lex->unit;
    return 1;
  case E_NUM: {
    size_t k = tl_read_number(s, i, &sp->amount, &sp->vague);
    sp->has_amount = k > 0;
    return k;
  }
  case E_ORD:
    if (tl_tok_in(t, "last")) {
      sp->ord = -2; /* "the last half": the second; the grammar decides */
      return 1;
    }
    return read_ordinal(s, i, &sp->ord);
  case E_REL:
    if (!tl_tok_class(t, LX_REL))
      return 0;
    sp->rel = t->lex->shift;
    sp->rel_flags = t->lex->flags;
    sp->rel_latest = tl_tok_in(t, "latest");
    return 1;
  case E_DAYREF:
    if (!tl_tok_class(t, LX_DAYREF))
      return 0;
    sp->rel_unit = U_DAY;
    sp->rel_shift = t->lex->shift;
    sp->anchor = ANCHOR_DCT;
    if (tl_tok_in(t, "tonight"))
      sp->pod = POD_NI;
    return 1;
  case E_DECADE:
    return match_decade(s, i, sp);
  case E_CLOCK:
    return match_clock(s, i, sp);
  case E_QCODE:
    return match_qcode(s, i, sp);
  case E_FY:
    return match_fy(s, i, sp);
  case E_FREQ:
    if (!tl_tok_class(t, LX_FREQ))
      return 0;
    sp->unit = (uint8_t)t->lex->unit;
    return 1;
  case E_HOLIDAY:
    return match_holiday(s, i, sp);
  case E_NUMDATE:
    return match_numdate(s, i, sp);
  case E_YEARSPEC:
    return match_yearspec(s, i, sp);
  }
  return 0;
}
