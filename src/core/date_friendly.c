/* date_friendly.c - dates as a person types them into an events file.
 *
 * "4 September 2025", "Sept. 4, 2025", "1950s", "c. 2018", "early 2019",
 * "spring 2019", "Q3 2019", "491 BC", "1950-53", "27-28 February 2019",
 * "since 2019", "2018 to present".  Each is turned into the EDTF value a
 * careful editor would write; `timeline fmt` then rewrites the text.
 *
 * The text is split into tokens first, then read by a small recursive-descent
 * grammar:
 *
 *   when   := ("since"|"from"|"after") point
 *           | ("until"|"till"|"before") point
 *           | ["from"|"between"] point [sep (point | "present")]
 *   point  := [approx] [early|mid|late] core [era] ["?"|"~"]
 *   core   := day month [year] | month day [year] | month year | year
 *           | decade ("1950s") | ordinal "century" | season year
 *           | quarter year | year "-" month ["-" day]   (unpadded ISO)
 */
#include "core/date.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

/* ---- tokens ------------------------------------------------------------- */

typedef enum {
  T_END,
  T_NUM,
  T_WORD,
  T_DASH,
  T_COMMA,
  T_TILDE,
  T_QMARK,
  T_SLASH,
  T_BAD
} tok_kind;

typedef struct token {
  tok_kind kind;
  size_t start, end; /* bytes in the input */
  long value;        /* T_NUM */
  int digits;        /* T_NUM */
  bool ordinal;      /* 4th */
  bool plural;       /* 1950s, 1950's */
  bool apostrophe;   /* '50s */
  char word[16];     /* T_WORD, lower case, dots removed */
} token;

enum { MAX_TOKENS = 24 };

typedef struct lexed {
  token t[MAX_TOKENS + 1];
  int n;
} lexed;

static bool is_alpha(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool lex(const char *s, size_t len, lexed *out) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  out->n = 0;
  while (i < len) {
    if (u[i] == ' ' || u[i] == '\t') {
      i++;
      continue;
    }
    if (u[i] == 0xC2 && i + 1 < len && u[i + 1] == 0xA0) { /* NBSP */
      i += 2;
      continue;
    }
    if (out->n == MAX_TOKENS)
      return false;
    token *t = &out->t[out->n++];
    memset(t, 0, sizeof *t);
    t->start = i;
    bool apostrophe = false;
    if ((u[i] == '\'' || (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
                          u[i + 2] == 0x99)) &&
        i + (u[i] == '\'' ? 1 : 3) < len &&
        isdigit(u[i + (u[i] == '\'' ? 1 : 3)])) {
      i += u[i] == '\'' ? 1 : 3;
      apostrophe = true;
    }
    if (isdigit(u[i])) {
      t->kind = T_NUM;
      t->apostrophe = apostrophe;
      while (i < len && isdigit(u[i])) {
        if (t->digits < 9)
          t->value = t->value * 10 + (u[i] - '0');
        t->digits++;
        i++;
      }
      /* 4th, 21st; 1950s, 1950's, 1950’s */
      if (i + 1 < len && is_alpha(u[i]) && is_alpha(u[i + 1]) &&
          (i + 2 >= len || !is_alpha(u[i + 2]))) {
        char a = (char)tolower(u[i]), b = (char)tolower(u[i + 1]);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
            (a == 'r' && b == 'd') || (a == 't' && b == 'h')) {
          t->ordinal = true;
          i += 2;
        }
      } else if (i < len && (u[i] == 's' || u[i] == 'S') &&
                 (i + 1 >= len || !is_alpha(u[i + 1]))) {
        t->plural = true;
        i++;
      } else if (i + 1 < len && u[i] == '\'' && u[i + 1] == 's') {
        t->plural = true;
        i += 2;
      } else if (i + 3 < len && u[i] == 0xE2 && u[i + 1] == 0x80 &&
                 u[i + 2] == 0x99 && u[i + 3] == 's') {
        t->plural = true;
        i += 4;
      }
    } else if (apostrophe) {
      t->kind = T_BAD;
      i++;
    } else if (is_alpha(u[i])) {
      t->kind = T_WORD;
      size_t w = 0;
      while (i < len && (is_alpha(u[i]) || (u[i] == '.' && i > t->start))) {
        if (u[i] != '.' && w + 1 < sizeof t->word)
          t->word[w++] = (char)tolower(u[i]);
        i++;
      }
    } else if (u[i] == '-') {
      t->kind = T_DASH;
      i++;
    } else if (u[i] == 0xE2 && i + 2 < len && u[i + 1] == 0x80 &&
               (u[i + 2] >= 0x90 && u[i + 2] <= 0x94)) { /* hyphens, dashes */
      t->kind = T_DASH;
      i += 3;
    } else if (u[i] == ',') {
      t->kind = T_COMMA;
      i++;
    } else if (u[i] == '~') {
      t->kind = T_TILDE;
      i++;
    } else if (u[i] == '?') {
      t->kind = T_QMARK;
      i++;
    } else if (u[i] == '/') {
      t->kind = T_SLASH;
      i++;
    } else {
      t->kind = T_BAD;
      i++;
    }
    t->end = i;
  }
  out->t[out->n].kind = T_END;
  out->t[out->n].start = out->t[out->n].end = len;
  return true;
}

/* ---- vocabulary --------------------------------------------------------- */

typedef struct word_value {
  const char *word;
  int value;
} word_value;

static const word_value months[] = {
    {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
    {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
    {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
    {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
    {"sept", 9},      {"sep", 9},    {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
    {NULL, 0}};

static const word_value seasons[] = {
    {"spring", TL_SEASON_SPRING}, {"summer", TL_SEASON_SUMMER},
    {"autumn", TL_SEASON_AUTUMN}, {"fall", TL_SEASON_AUTUMN},
    {"winter", TL_SEASON_WINTER}, {NULL, 0}};

static const word_value ordinals[] = {
    {"first", 1},       {"second", 2},       {"third", 3},
    {"fourth", 4},      {"fifth", 5},        {"sixth", 6},
    {"seventh", 7},     {"eighth", 8},       {"ninth", 9},
    {"tenth", 10},      {"eleventh", 11},    {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17}, {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20},   {NULL, 0}};

/* Words that make a date approximate: "c. 2018", "around 2018". */
static const char *const approx_words[] = {
    "c",      "ca",      "circa", "about", "around", "approximately",
    "approx", "roughly", "some",  NULL};
static const char *const uncertain_words[] = {"probably", "possibly", "perhaps",
                                              "maybe", NULL};
static const char *const bce_words[] = {"bc", "bce", NULL};
static const char *const ce_words[] = {"ad", "ce", NULL};
static const word_value weekdays[] = {
    {"monday", 1},    {"mon", 1}, {"tuesday", 2},  {"tue", 2}, {"tues", 2},
    {"wednesday", 3}, {"wed", 3}, {"thursday", 4}, {"thu", 4}, {"thurs", 4},
    {"friday", 5},    {"fri", 5}, {"saturday", 6}, {"sat", 6}, {"sunday", 7},
    {"sun", 7},       {NULL, 0}};
static const char *const present_words[] = {"present", "now",  "today",
                                            "ongoing", "date", NULL};

static int lookup(const word_value *table, const char *w) {
  for (const word_value *e = table; e->word; e++)
    if (strcmp(e->word, w) == 0)
      return e->value;
  return 0;
}

static bool in_list(const char *const *list, const char *w) {
  for (; *list; list++)
    if (strcmp(*list, w) == 0)
      return true;
  return false;
}

/* ---- the parser --------------------------------------------------------- */

typedef enum { MOD_NONE, MOD_EARLY, MOD_MID, MOD_LATE } part_mod;

/* A point as read, before missing parts are borrowed from the other end of
 * a range ("27-28 February 2019"). */
typedef struct point {
  tl_date date; /* precision says which parts are known */
  bool has_year;
  bool has_month;
  bool bare;   /* a lone number: a day or the end of a year range */
  long number; /* the lone number */
  int number_digits;
  int quarter; /* 1..4 when a quarter was read */
  part_mod mod;
  int weekday; /* 1..7 when the text named one, to be checked */
  size_t weekday_start, weekday_end;
  size_t start, end;
} point;

typedef struct parser {
  const char *text;
  lexed lx;
  int pos;
  tl_date_parse_info *info;
  bool failed;   /* a specific message was written */
  bool semantic; /* ... about an impossible date, not about the wording */
} parser;

static token *peek(parser *p, int ahead) {
  int i = p->pos + ahead;
  return &p->lx.t[i < p->lx.n ? i : p->lx.n];
}

static bool word_is(parser *p, int ahead, const char *w) {
  token *t = peek(p, ahead);
  return t->kind == T_WORD && strcmp(t->word, w) == 0;
}

static bool fail(parser *p, size_t start, size_t end, const char *message) {
  if (!p->failed) {
    tl_date_fail(p->info, start, end - start, "%s", message);
    p->failed = true;
  }
  return false;
}

/* The wording was understood; the date it names cannot be. */
static bool fail_value(parser *p, size_t start, size_t end,
                       const char *message) {
  if (!p->failed)
    p->semantic = true;
  return fail(p, start, end, message);
}

static bool is_year_token(const token *t) {
  return t->kind == T_NUM && !t->ordinal && !t->plural && !t->apostrophe &&
         t->digits >= 1 && t->digits <= 4;
}

static void set_year(point *pt, long year) {
  pt->date.year = (int32_t)year;
  pt->has_year = true;
  if (pt->date.precision < TL_PREC_YEAR)
    pt->date.precision = TL_PREC_YEAR;
}

/* An era after (or before) a year: "491 BC", "AD 79". */
static bool read_era(parser *p, point *pt) {
  token *t = peek(p, 0);
  if (t->kind != T_WORD)
    return true;
  bool bce = in_list(bce_words, t->word);
  bool ce = in_list(ce_words, t->word);
  if (!bce && !ce)
    return true;
  if (pt->bare) { /* "79 AD": the number was a year after all */
    pt->bare = false;
    set_year(pt, pt->number);
  }
  if (!pt->has_year)
    return fail(p, t->start, t->end, "an era needs a year before it");
  p->pos++;
  if (bce) {
    if (pt->date.year <= 0)
      return fail(p, pt->start, t->end, "a BCE year must be 1 or more");
    if (pt->date.precision == TL_PREC_CENTURY ||
        pt->date.precision == TL_PREC_DECADE)
      pt->date.year = -pt->date.year; /* digits keep their block */
    else
      pt->date.year = 1 - pt->date.year; /* 1 BCE is the year 0000 */
  }
  return true;
}

/* day [of] month [,] [year] -- the token at pos is the day number. */
static bool read_day_month(parser *p, point *pt) {
  token *d = peek(p, 0);
  int offset = word_is(p, 1, "of") ? 2 : 1;
  int month = peek(p, offset)->kind == T_WORD
                  ? lookup(months, peek(p, offset)->word)
                  : 0;
  if (!month)
    return false;
  p->pos += offset + 1;
  pt->date.month = (uint8_t)month;
  pt->date.day = (uint8_t)(d->value > 99 ? 99 : d->value);
  pt->date.precision = TL_PREC_DAY;
  pt->has_month = true;
  if (peek(p, 0)->kind == T_COMMA && is_year_token(peek(p, 1)))
    p->pos++;
  if (is_year_token(peek(p, 0)) && peek(p, 0)->digits >= 3) {
    pt->date.year = (int32_t)peek(p, 0)->value;
    pt->has_year = true;
    p->pos++;
  }
  return true;
}

/* month [day[,]] [year] -- the token at pos is the month word. */
static bool read_month_first(parser *p, point *pt, int month) {
  p->pos++;
  pt->date.month = (uint8_t)month;
  pt->date.precision = TL_PREC_MONTH;
  pt->has_month = true;
  token *t = peek(p, 0);
  if (t->kind == T_NUM && !t->plural && t->digits <= 2) {
    pt->date.day = (uint8_t)t->value;
    pt->date.precision = TL_PREC_DAY;
    p->pos++;
  }
  if (peek(p, 0)->kind == T_COMMA && is_year_token(peek(p, 1)))
    p->pos++;
  else if (word_is(p, 0, "of") && is_year_token(peek(p, 1)))
    p->pos++;
  t = peek(p, 0);
  if (is_year_token(t) &&
      (t->digits >= 3 || word_is(p, 1, "bc") || word_is(p, 1, "bce") ||
       word_is(p, 1, "ad") || word_is(p, 1, "ce"))) {
    pt->date.year = (int32_t)t->value;
    pt->has_year = true;
    p->pos++;
  }
  return true;
}

/* An ordinal from digits ("20th") or a word ("twentieth", "twenty-first"). */
static int read_ordinal(parser *p, int *consumed) {
  token *t = peek(p, 0);
  if (t->kind == T_NUM && t->ordinal) {
    *consumed = 1;
    return (int)t->value;
  }
  if (t->kind != T_WORD)
    return 0;
  int v = lookup(ordinals, t->word);
  if (v) {
    *consumed = 1;
    return v;
  }
  if (strcmp(t->word, "twenty") == 0 && peek(p, 1)->kind == T_DASH &&
      peek(p, 2)->kind == T_WORD) {
    int unit = lookup(ordinals, peek(p, 2)->word);
    if (unit >= 1 && unit <= 9) {
      *consumed = 3;
      return 20 + unit;
    }
  }
  return 0;
}

static bool read_core(parser *p, point *pt) {
  token *t = peek(p, 0);
  int used = 0;
  int ord = read_ordinal(p, &used);
  if (ord && word_is(p, used, "century")) {
    p->pos += used + 1;
    if (ord < 1 || ord > 100)
      return fail(p, t->start, peek(p, -1)->end, "no such century");
    pt->date.year = (int32_t)((ord - 1) * 100);
    pt->date.precision = TL_PREC_CENTURY;
    pt->has_year = true;
    return true;
  }
  if (ord && ord <= 4 && word_is(p, used, "quarter")) {
    p->pos += used + 1;
    if (word_is(p, 0, "of"))
      p->pos++;
    if (!is_year_token(peek(p, 0)))
      return fail(p, t->start, peek(p, 0)->end, "a quarter needs a year");
    pt->quarter = ord;
    set_year(pt, peek(p, 0)->value);
    p->pos++;
    return true;
  }
  if (t->kind == T_WORD && strcmp(t->word, "q") == 0 &&
      peek(p, 1)->kind == T_NUM && peek(p, 1)->start == t->end &&
      peek(p, 1)->value >= 1 && peek(p, 1)->value <= 4) {
    pt->quarter = (int)peek(p, 1)->value;
    p->pos += 2;
    if (!is_year_token(peek(p, 0)))
      return fail(p, t->start, peek(p, 0)->end, "a quarter needs a year");
    set_year(pt, peek(p, 0)->value);
    p->pos++;
    return true;
  }
  if (t->kind == T_WORD) {
    int month = lookup(months, t->word);
    if (month)
      return read_month_first(p, pt, month);
    int season = lookup(seasons, t->word);
    if (season) {
      p->pos++;
      if (word_is(p, 0, "of"))
        p->pos++;
      if (!is_year_token(peek(p, 0)))
        return fail(p, t->start, peek(p, 0)->end, "a season needs a year");
      set_year(pt, peek(p, 0)->value);
      pt->date.month = (uint8_t)season;
      pt->date.precision = TL_PREC_SEASON;
      p->pos++;
      return true;
    }
    if (in_list(ce_words, t->word) && is_year_token(peek(p, 1))) {
      p->pos++; /* "AD 79": the era before the year */
      set_year(pt, peek(p, 0)->value);
      p->pos++;
      return true;
    }
    return false;
  }
  if (t->kind != T_NUM)
    return false;
  if (t->apostrophe)
    return fail(p, t->start, t->end,
                "a two-digit year does not say which century");
  if (t->plural) {
    p->pos++;
    if (t->digits != 4 || t->value % 10 != 0)
      return fail(p, t->start, t->end,
                  t->digits == 2 ? "a two-digit decade does not say which "
                                   "century"
                                 : "a decade is written like 1950s");
    pt->date.year = (int32_t)t->value;
    pt->date.precision = TL_PREC_DECADE;
    pt->has_year = true;
    if (t->value % 100 == 0 && p->info)
      strcpy(p->info->hint, "read as a decade (1900-1909); write 19XX for "
                            "the century");
    return true;
  }
  if (t->digits <= 2 && read_day_month(p, pt))
    return true;
  if (t->digits == 4 && peek(p, 1)->kind == T_DASH &&
      peek(p, 2)->kind == T_NUM && peek(p, 2)->digits <= 2 &&
      peek(p, 2)->value <= 12 && !peek(p, 2)->plural) {
    /* 2019-2-3: ISO order without the zero padding. */
    set_year(pt, t->value);
    pt->date.month = (uint8_t)peek(p, 2)->value;
    pt->date.precision = TL_PREC_MONTH;
    pt->has_month = true;
    p->pos += 3;
    if (peek(p, 0)->kind == T_DASH && peek(p, 1)->kind == T_NUM &&
        peek(p, 1)->digits <= 2) {
      pt->date.day = (uint8_t)peek(p, 1)->value;
      pt->date.precision = TL_PREC_DAY;
      p->pos += 2;
    }
    return true;
  }
  if (t->kind == T_NUM && !t->ordinal && t->digits <= 4) {
    p->pos++;
    if (t->digits <= 2) { /* a day or a year suffix, decided by the range */
      pt->bare = true;
      pt->number = t->value;
      pt->number_digits = t->digits;
      if (peek(p, 0)->kind == T_COMMA && is_year_token(peek(p, 1)) &&
          peek(p, 1)->digits == 4) { /* "28, 2019" as in "Feb 27-28, 2019" */
        p->pos++;
        set_year(pt, peek(p, 0)->value);
        pt->date.precision = TL_PREC_NONE;
        p->pos++;
      }
      return true;
    }
    set_year(pt, t->value);
    return true;
  }
  return false;
}

static bool read_point(parser *p, point *pt) {
  memset(pt, 0, sizeof *pt);
  pt->start = peek(p, 0)->start;
  for (;;) {
    token *t = peek(p, 0);
    if (t->kind == T_TILDE) {
      pt->date.flags |= TL_DATE_APPROXIMATE;
    } else if (t->kind == T_WORD && in_list(approx_words, t->word)) {
      pt->date.flags |= TL_DATE_APPROXIMATE;
    } else if (t->kind == T_WORD && in_list(uncertain_words, t->word)) {
      pt->date.flags |= TL_DATE_UNCERTAIN;
    } else if (t->kind == T_WORD && strcmp(t->word, "the") == 0) {
    } else if (t->kind == T_WORD && lookup(weekdays, t->word)) {
      pt->weekday = lookup(weekdays, t->word);
      pt->weekday_start = t->start;
      pt->weekday_end = t->end;
      if (peek(p, 1)->kind == T_COMMA)
        p->pos++;
    } else if (t->kind == T_WORD && strcmp(t->word, "early") == 0) {
      pt->mod = MOD_EARLY;
    } else if (t->kind == T_WORD && (strcmp(t->word, "mid") == 0 ||
                                     strcmp(t->word, "middle") == 0)) {
      pt->mod = MOD_MID;
      if (peek(p, 1)->kind == T_DASH)
        p->pos++;
      if (word_is(p, 1, "of"))
        p->pos++;
    } else if (t->kind == T_WORD && strcmp(t->word, "late") == 0) {
      pt->mod = MOD_LATE;
    } else {
      break;
    }
    p->pos++;
  }
  if (!read_core(p, pt))
    return false;
  if (!read_era(p, pt))
    return false;
  for (;;) {
    token *t = peek(p, 0);
    if (t->kind == T_QMARK)
      pt->date.flags |= TL_DATE_UNCERTAIN;
    else if (t->kind == T_TILDE)
      pt->date.flags |= TL_DATE_APPROXIMATE;
    else
      break;
    p->pos++;
  }
  pt->end = peek(p, -1)->end;
  return true;
}

static bool is_separator(parser *p, bool between) {
  token *t = peek(p, 0);
  if (t->kind == T_DASH)
    return true;
  if (t->kind != T_WORD)
    return false;
  if (between)
    return strcmp(t->word, "and") == 0;
  return strcmp(t->word, "to") == 0 || strcmp(t->word, "until") == 0 ||
         strcmp(t->word, "till") == 0 || strcmp(t->word, "through") == 0 ||
         strcmp(t->word, "thru") == 0;
}

/* Fills the parts one end of a range leaves out from the other end. */
static bool complete_range(parser *p, point *a, point *b) {
  if (b->bare && a->has_year && a->date.precision == TL_PREC_YEAR &&
      !a->has_month && b->number_digits == 2) {
    /* 1950-53 */
    long century = a->date.year - a->date.year % 100;
    b->bare = false;
    set_year(b, century + b->number);
    if (b->date.year < a->date.year)
      return fail_value(p, b->start, b->end, "the range ends before it starts");
    return true;
  }
  if (b->bare) { /* Feb 27-28, 2019 */
    if (!a->has_month)
      return fail_value(p, b->start, b->end, "which month is this day in?");
    b->bare = false;
    b->date.day = (uint8_t)b->number;
    b->date.month = a->date.month;
    b->has_month = true;
    b->date.precision = TL_PREC_DAY;
  }
  if (a->bare) { /* 27-28 February 2019 */
    if (!b->has_month || b->date.precision != TL_PREC_DAY)
      return fail_value(p, a->start, a->end, "which month is this day in?");
    a->bare = false;
    a->date.day = (uint8_t)a->number;
    a->date.month = b->date.month;
    a->has_month = true;
    a->date.precision = TL_PREC_DAY;
  }
  if (!a->has_year && b->has_year) {
    a->date.year = b->date.year;
    a->has_year = true;
  }
  if (!b->has_year && a->has_year) {
    b->date.year = a->date.year;
    b->has_year = true;
  }
  return true;
}

/* early/mid/late and quarters become intervals of approximate ends. */
static bool expand(parser *p, const point *pt, tl_when *out) {
  memset(out, 0, sizeof *out);
  tl_date d = pt->date;
  if (pt->quarter) {
    out->interval = true;
    out->start = out->end = d;
    out->start.precision = out->end.precision = TL_PREC_MONTH;
    out->start.month = (uint8_t)(3 * pt->quarter - 2);
    out->end.month = (uint8_t)(3 * pt->quarter);
    return true;
  }
  if (pt->mod == MOD_NONE) {
    out->start = d;
    return true;
  }
  out->interval = true;
  out->start = out->end = d;
  out->start.flags |= TL_DATE_APPROXIMATE;
  out->end.flags |= TL_DATE_APPROXIMATE;
  int k = pt->mod - MOD_EARLY; /* 0 early, 1 mid, 2 late */
  switch (d.precision) {
  case TL_PREC_YEAR: {
    static const uint8_t from[3] = {1, 5, 9}, to[3] = {4, 8, 12};
    out->start.precision = out->end.precision = TL_PREC_MONTH;
    out->start.month = from[k];
    out->end.month = to[k];
    return true;
  }
  case TL_PREC_DECADE:
  case TL_PREC_CENTURY: {
    int span = d.precision == TL_PREC_DECADE ? 10 : 100;
    static const int from10[3] = {0, 4, 7}, to10[3] = {3, 6, 9};
    static const int from100[3] = {0, 34, 67}, to100[3] = {33, 66, 99};
    const int *from = span == 10 ? from10 : from100;
    const int *to = span == 10 ? to10 : to100;
    int32_t base = d.year >= 0 ? d.year : d.year - (span - 1);
    out->start.precision = out->end.precision = TL_PREC_YEAR;
    out->start.year = base + from[k];
    out->end.year = base + to[k];
    return true;
  }
  case TL_PREC_MONTH: {
    static const uint8_t from[3] = {1, 11, 21}, to[3] = {10, 20, 0};
    out->start.precision = out->end.precision = TL_PREC_DAY;
    out->start.day = from[k];
    out->end.day = to[k] ? to[k] : (uint8_t)tl_days_in_month(d.year, d.month);
    return true;
  }
  default:
    return fail_value(p, pt->start, pt->end,
                      "early, mid and late apply to a month, year, decade or "
                      "century");
  }
}

static bool check_point(parser *p, point *pt) {
  if (pt->bare) {
    if (pt->number_digits <= 2)
      return fail(p, pt->start, pt->end,
                  "a number alone is not a date: which month and year?");
    return false;
  }
  if (!pt->has_year)
    return fail_value(p, pt->start, pt->end, "the date needs a year");
  if (pt->date.precision == TL_PREC_DAY && pt->date.day > 31)
    return fail_value(p, pt->start, pt->end, "no month has that many days");
  tl_date_parse_info local;
  memset(&local, 0, sizeof local);
  if (!tl_date_valid(&pt->date, &local, pt->start, pt->end - pt->start)) {
    if (p->info && !p->failed) {
      tl_date_fail(p->info, local.error_offset, local.error_length, "%s",
                   local.message);
      memcpy(p->info->hint, local.hint, sizeof local.hint);
    }
    p->failed = true;
    p->semantic = true;
    return false;
  }
  if (pt->weekday) {
    static const char *const names[7] = {"Monday",   "Tuesday", "Wednesday",
                                         "Thursday", "Friday",  "Saturday",
                                         "Sunday"};
    if (pt->date.precision != TL_PREC_DAY)
      return fail_value(p, pt->weekday_start, pt->weekday_end,
                        "a weekday needs a full date");
    int wd = tl_weekday(pt->date.year, pt->date.month, pt->date.day);
    if (wd != pt->weekday) {
      char msg[96];
      snprintf(msg, sizeof msg, "that date was a %s, not a %s", names[wd - 1],
               names[pt->weekday - 1]);
      return fail_value(p, pt->weekday_start, pt->weekday_end, msg);
    }
  }
  return true;
}

static bool finish_single(parser *p, point *pt, tl_when *out) {
  return check_point(p, pt) && expand(p, pt, out);
}

/* Joins two points into one interval; each may already be an interval
 * (early 2019 to late 2020): the outer ends are kept. */
static bool finish_range(parser *p, point *a, point *b, tl_when *out) {
  if (!complete_range(p, a, b) || !check_point(p, a) || !check_point(p, b))
    return false;
  tl_when wa, wb;
  if (!expand(p, a, &wa) || !expand(p, b, &wb))
    return false;
  memset(out, 0, sizeof *out);
  out->interval = true;
  out->start = wa.start;
  out->end = wb.interval ? wb.end : wb.start;
  if (tl_date_last_day(&out->end) < tl_date_first_day(&out->start))
    return fail_value(p, b->start, b->end, "the range ends before it starts");
  return true;
}

static bool parse_when(parser *p, tl_when *out) {
  token *t = peek(p, 0);
  bool since = false, until = false, between = false;
  if (t->kind == T_WORD) {
    if (strcmp(t->word, "since") == 0 || strcmp(t->word, "after") == 0)
      since = true;
    else if (strcmp(t->word, "until") == 0 || strcmp(t->word, "till") == 0 ||
             strcmp(t->word, "before") == 0)
      until = true;
    else if (strcmp(t->word, "between") == 0)
      between = true;
    else if (strcmp(t->word, "from") != 0)
      t = NULL;
    if (t)
      p->pos++;
  }
  if (peek(p, 0)->kind == T_NUM && peek(p, 1)->kind == T_SLASH &&
      peek(p, 2)->kind == T_NUM && peek(p, 3)->kind == T_SLASH)
    return fail(p, peek(p, 0)->start, peek(p, 4)->end,
                "numeric dates with slashes are ambiguous (day/month or "
                "month/day?)");
  point a;
  if (!read_point(p, &a))
    return false;
  if (since || until) {
    if (!finish_single(p, &a, out))
      return false;
    tl_when w = *out;
    memset(out, 0, sizeof *out);
    out->interval = true;
    if (since) {
      out->start = w.start;
      out->end_bound = TL_BOUND_OPEN;
    } else {
      out->end = w.interval ? w.end : w.start;
      out->start_bound = TL_BOUND_OPEN;
    }
    return true;
  }
  if (!is_separator(p, between))
    return finish_single(p, &a, out);
  p->pos++;
  if (peek(p, 0)->kind == T_WORD && in_list(present_words, peek(p, 0)->word)) {
    p->pos++;
    tl_when w;
    if (!finish_single(p, &a, &w))
      return false;
    memset(out, 0, sizeof *out);
    out->interval = true;
    out->start = w.start;
    out->end_bound = TL_BOUND_OPEN;
    return true;
  }
  point b;
  if (!read_point(p, &b))
    return false;
  return finish_range(p, &a, &b, out);
}

bool tl_friendly_parse(const char *s, size_t len, tl_when *out,
                       tl_date_parse_info *info, bool *semantic) {
  parser p;
  memset(&p, 0, sizeof p);
  *semantic = false;
  p.text = s;
  p.info = info;
  if (!lex(s, len, &p.lx) || p.lx.n == 0)
    return false;
  for (int i = 0; i < p.lx.n; i++)
    if (p.lx.t[i].kind == T_BAD)
      return false;
  if (!parse_when(&p, out)) {
    *semantic = p.semantic;
    return false;
  }
  if (peek(&p, 0)->kind != T_END) {
    token *t = peek(&p, 0);
    fail(&p, t->start, len, "unexpected words after the date");
    return false;
  }
  /* The hint slot carries warnings on success (the 1900s); keep it. */
  return true;
}
