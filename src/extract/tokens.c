/* tokens.c - split text into words, numbers and punctuation in one pass.
 *
 * What is one token is chosen for the grammar's sake:
 *  - "a.m.", "U.S." are one word (dots between single letters), while
 *    "Sept." is the word "sept" and a glued ".", so "Sept" and "Sept." read
 *    alike;
 *  - a possessive "'s" is its own token ("Friday" "'s"), other apostrophes
 *    stay inside the word ("o'clock", "won't");
 *  - numbers keep thousands separators, decimals, clock times and short
 *    glued suffixes: "1,950", "2.5", "10:35", "1990s", "4th", "3pm";
 *  - hyphens are tokens of their own, so "third-quarter" and "third
 *    quarter" differ only in a glued "-". */
#include "extract/tokens.h"

#include "extract/normalize.h"

#include <string.h>

void tl_tokenizer_init(tl_tokenizer *tz, const char *text, size_t len,
                       const tl_lexicon *lex) {
  tz->text = text;
  tz->len = len;
  tz->pos = 0;
  tz->lex = lex;
}

static bool is_letter(int c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         c == TL_CANON_LETTER;
}

static bool is_digit(int c) { return c >= '0' && c <= '9'; }

/* Canonical character at i, with zero-width characters skipped; *next is
 * where the following character starts. */
static int char_at(const tl_tokenizer *tz, size_t i, size_t *next) {
  size_t n;
  while (i < tz->len) {
    int c = tl_canon_char(tz->text, tz->len, i, &n);
    i += n;
    if (c != TL_CANON_SKIP) {
      *next = i;
      return c;
    }
  }
  *next = i;
  return -1;
}

/* Where the character after the one at i starts. */
static size_t next_pos(const tl_tokenizer *tz, size_t i) {
  size_t next;
  char_at(tz, i, &next);
  return next;
}

static void put(tl_tok *t, int c) {
  if (t->len + 1 < TOK_TEXT) {
    if (c >= 'A' && c <= 'Z')
      c += 'a' - 'A';
    else if (c == TL_CANON_LETTER)
      c = '*';
    t->text[t->len++] = (char)c;
    t->text[t->len] = '\0';
  }
}

static void read_word(tl_tokenizer *tz, tl_tok *t) {
  size_t i = t->start, next;
  int c = char_at(tz, i, &next);
  int letters = 0, upper = 0;
  bool first = true;
  t->kind = TK_WORD;
  for (;;) {
    if (is_letter(c) || (is_digit(c) && !first)) {
      if (first && c >= 'A' && c <= 'Z')
        t->flags |= TF_CAP;
      if (is_letter(c)) {
        letters++;
        upper += c >= 'A' && c <= 'Z';
      } else {
        t->flags |= TF_ALNUM;
      }
      put(t, c);
      first = false;
      i = next;
      c = char_at(tz, i, &next);
      continue;
    }
    if (c == '\'') { /* "o'clock", "won't"; but "Xi's" splits */
      size_t n2, n3;
      int c2 = char_at(tz, next, &n2);
      int c3 = char_at(tz, n2, &n3);
      bool possessive = (c2 == 's' || c2 == 'S') && !is_letter(c3);
      if (is_letter(c2) && !possessive) {
        put(t, '\'');
        i = next;
        c = char_at(tz, i, &next);
        continue;
      }
    }
    if (c == '.' && t->len <= 2 && letters == t->len) {
      /* a.m., p.m., U.S., a.d.: single letters joined by dots */
      size_t n2, n3;
      int c2 = char_at(tz, next, &n2);
      int c3 = char_at(tz, n2, &n3);
      if (is_letter(c2) && !is_letter(c3)) {
        put(t, '.');
        put(t, c2);
        letters++;
        upper += c2 >= 'A' && c2 <= 'Z';
        t->flags |= TF_DOTTED;
        i = n2;
        c = char_at(tz, i, &next);
        while (c == '.') {
          int c4 = char_at(tz, next, &n2);
          int c5 = char_at(tz, n2, &n3);
          if (is_letter(c4) && !is_letter(c5)) {
            put(t, '.');
            put(t, c4);
            letters++;
            i = n2;
            c = char_at(tz, i, &next);
            continue;
          }
          put(t, '.'); /* the closing dot of "a.m." */
          i = next;
          break;
        }
      }
    }
    break;
  }
  if (letters >= 2 && upper == letters)
    t->flags |= TF_UPPER;
  t->end = i;
}

/* The integer part, with thousands separators: "1,950" but not the
 * "4, 2025" of a date.  Returns the position after it. */
static size_t read_digits(tl_tokenizer *tz, tl_tok *t, size_t i,
                          double *value) {
  size_t next;
  int c = char_at(tz, i, &next);
  while (is_digit(c)) {
    if (t->num < 100000000)
      t->num = t->num * 10 + (c - '0');
    *value = *value * 10 + (c - '0');
    t->digits++;
    put(t, c);
    i = next;
    c = char_at(tz, i, &next);
    if (c == ',' && t->digits <= 12) {
      size_t j = next, n;
      int k = 0;
      while (k < 3 && is_digit(char_at(tz, j, &n)))
        j = n, k++;
      if (k == 3 && !is_digit(char_at(tz, j, &n))) {
        t->flags |= TF_GROUPED;
        i = next;
        c = char_at(tz, i, &next);
      }
    }
  }
  return i;
}

/* ".5" of 2.5 */
static size_t read_fraction(tl_tokenizer *tz, tl_tok *t, size_t i,
                            double *value) {
  size_t next;
  double scale = 0.1;
  t->flags |= TF_DECIMAL;
  put(t, '.');
  i = next_pos(tz, i);
  int c = char_at(tz, i, &next);
  while (is_digit(c)) {
    *value += scale * (c - '0');
    scale /= 10;
    put(t, c);
    i = next;
    c = char_at(tz, i, &next);
  }
  return i;
}

/* Two digits at i, or -1. */
static int two_digits(tl_tokenizer *tz, size_t i, size_t *after) {
  size_t n1, n2, n3;
  int a = char_at(tz, i, &n1), b = char_at(tz, n1, &n2);
  if (!is_digit(a) || !is_digit(b) || is_digit(char_at(tz, n2, &n3)))
    return -1;
  *after = n2;
  return (a - '0') * 10 + (b - '0');
}

/* ":35" or ":35:20" after the hour of a clock time; i is at the ':'. */
static size_t read_clock(tl_tokenizer *tz, tl_tok *t, size_t i) {
  size_t after;
  int minute = two_digits(tz, next_pos(tz, i), &after);
  if (minute < 0)
    return i;
  t->flags |= TF_CLOCK;
  t->minute = (uint8_t)minute;
  char mm[3] = {(char)('0' + minute / 10), (char)('0' + minute % 10), 0};
  put(t, ':');
  put(t, mm[0]);
  put(t, mm[1]);
  i = after;
  size_t next;
  if (char_at(tz, i, &next) == ':') {
    int second = two_digits(tz, next, &after);
    if (second >= 0) {
      t->second = (uint8_t)second;
      i = after;
    }
  }
  return i;
}

/* Letters glued after a number: 1990s, 4th, 3pm, 3Q; 1990's.  Longer
 * tails make an odd token ("2019abc") no rule reads. */
static size_t read_suffix(tl_tokenizer *tz, tl_tok *t, size_t i) {
  size_t j = i, n;
  int k = 0;
  char suffix[8];
  int d = char_at(tz, j, &n);
  while (is_letter(d) && k < 7) {
    suffix[k++] = (char)(d >= 'A' && d <= 'Z' ? d + 'a' - 'A' : d);
    j = n;
    d = char_at(tz, j, &n);
  }
  if (k > 0) {
    if (k > 3 || is_letter(d) || is_digit(d)) {
      t->flags |= TF_ODD;
    } else {
      memcpy(t->suffix, suffix, (size_t)k);
      t->suffix[k] = '\0';
    }
    while (is_letter(char_at(tz, j, &n)) || is_digit(char_at(tz, j, &n)))
      j = n;
    return j;
  }
  if (d == '\'' && t->digits == 4 && t->num % 10 == 0) {
    size_t n2, n3;
    int s = char_at(tz, n, &n2);
    if ((s == 's' || s == 'S') && !is_letter(char_at(tz, n2, &n3))) {
      strcpy(t->suffix, "s"); /* 1990's: the decade, spelt the old way */
      return n2;
    }
  }
  return i;
}

static void read_number(tl_tokenizer *tz, tl_tok *t, size_t i) {
  double value = 0;
  t->kind = TK_NUM;
  i = read_digits(tz, t, i, &value);
  size_t next;
  int c = char_at(tz, i, &next);
  bool digit_after = is_digit(char_at(tz, next, &next));
  if (c == '.' && digit_after)
    i = read_fraction(tz, t, i, &value);
  else if (c == ':' && digit_after && t->digits <= 2)
    i = read_clock(tz, t, i);
  t->value = value;
  t->end = read_suffix(tz, t, i);
}

bool tl_token_next(tl_tokenizer *tz, tl_tok *t) {
  memset(t, 0, sizeof *t);
  t->second = 255;
  size_t i = tz->pos, next;
  int newlines = 0;
  int c;
  for (;;) {
    c = char_at(tz, i, &next);
    if (c == -1) {
      tz->pos = tz->len;
      return false;
    }
    if (c != ' ' && c != '\n')
      break;
    t->flags |= TF_SPACE;
    if (c == '\n') {
      t->flags |= ++newlines >= 2 ? (TF_NEWLINE | TF_PARA) : TF_NEWLINE;
    }
    i = next;
  }
  /* char_at skipped zero-width characters: start at the real one */
  size_t bytes;
  while (tl_canon_char(tz->text, tz->len, i, &bytes) == TL_CANON_SKIP)
    i += bytes;
  t->start = i;
  size_t n2, n3;
  if (is_letter(c)) {
    read_word(tz, t);
  } else if (is_digit(c)) {
    read_number(tz, t, i);
  } else if (c == '\'' && is_digit(char_at(tz, next, &n2)) &&
             is_digit(char_at(tz, n2, &n3)) &&
             !is_digit(char_at(tz, n3, &n2))) {
    read_number(tz, t, next); /* '89, '80s */
    t->flags |= TF_APOS;
  } else if (c == '\'' && is_letter(char_at(tz, next, &n2))) {
    /* 's and 'll: their own words */
    int c2 = char_at(tz, next, &n2);
    int c3 = char_at(tz, n2, &n3);
    size_t n4;
    int c4 = char_at(tz, n3, &n4);
    t->kind = TK_WORD;
    put(t, '\'');
    if ((c2 == 's' || c2 == 'S') && !is_letter(c3)) {
      put(t, 's');
      t->end = n2;
    } else if ((c2 == 'l' || c2 == 'L') && (c3 == 'l' || c3 == 'L') &&
               !is_letter(c4)) {
      put(t, 'l');
      put(t, 'l');
      t->end = n3;
    } else {
      t->kind = TK_PUNCT;
      t->end = next;
    }
  } else {
    t->kind = TK_PUNCT;
    put(t, c < 0x80 ? c : '?');
    t->end = next;
  }
  tz->pos = t->end;
  if (t->kind == TK_WORD && tz->lex)
    t->lex = tl_lexicon_find(tz->lex, t->text, t->len);
  return true;
}
