/* sentences.c - where sentences end in English news text.
 *
 * The rules are those of wire copy: a sentence ends at . ? ! or an
 * ellipsis when the next word starts a new sentence (capital, digit,
 * opening quote), after any closing quotes and brackets.  Abbreviations are
 * the hard part; what follows them decides:
 *   Mr. Moon / Gen. Kim / No. 2   never a boundary (a name or number follows)
 *   Sept. 4                       not before a number
 *   U.S. President / George W.    not before a capitalized content word
 *   ... the U.S. The talks        a boundary before a sentence opener
 * Blank lines end sentences, and so does the end of a short line without
 * closing punctuation (headings, bylines, sign-offs such as "-AFP"). */
#include "extract/sentences.h"

#include "extract/words.h"

#include <stdlib.h>
#include <string.h>

static bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Bytes of a no-break or other Unicode space at text[i] (0 if none). */
static size_t unicode_space(const char *text, size_t end, size_t i) {
  const unsigned char *u = (const unsigned char *)text + i;
  if (i + 1 < end && u[0] == 0xC2 && u[1] == 0xA0)
    return 2;
  if (i + 2 < end && u[0] == 0xE2 && u[1] == 0x80 &&
      ((u[2] >= 0x80 && u[2] <= 0x8B) || u[2] == 0xAF))
    return 3;
  if (i + 2 < end && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
    return 3; /* a BOM */
  return 0;
}

/* Length of a closing quotation mark or bracket at text[i], or 0. */
static size_t closer(const char *text, size_t end, size_t i) {
  const unsigned char *u = (const unsigned char *)text + i;
  if (u[0] == '"' || u[0] == ')' || u[0] == ']')
    return 1;
  if (u[0] == '\'')
    return i + 1 < end && u[1] == '\'' ? 2 : 1;
  if (i + 2 < end && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x9D || u[2] == 0x99))
    return 3; /* ” ’ */
  if (i + 1 < end && u[0] == 0xC2 && u[1] == 0xBB)
    return 2; /* » */
  return 0;
}

static bool is_opening_quote(const char *text, size_t end, size_t i) {
  const unsigned char *u = (const unsigned char *)text + i;
  if (u[0] == '"' || u[0] == '`' || u[0] == '(' || u[0] == '[' || u[0] == '\'')
    return true;
  if (i + 2 < end && u[0] == 0xE2 && u[1] == 0x80 &&
      (u[2] == 0x9C || u[2] == 0x98))
    return true;                                      /* “ ‘ */
  return i + 1 < end && u[0] == 0xC2 && u[1] == 0xAB; /* « */
}

static bool is_lower_start(const char *text, size_t end, size_t i) {
  unsigned char c = (unsigned char)text[i];
  if (c >= 'a' && c <= 'z')
    return true;
  /* Latin-1 and Latin Extended-A lower case letters (é, ş, ...). */
  if (c == 0xC3 && i + 1 < end)
    return (unsigned char)text[i + 1] >= 0x9F;
  return false;
}

static bool is_upper_or_digit(char ch) {
  unsigned char c = (unsigned char)ch;
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/* The word just before the dot at text[dot] (letters, digits and inner
 * dots), as a start offset. */
static size_t word_before(const char *text, size_t start, size_t dot) {
  size_t i = dot;
  while (i > start) {
    char c = text[i - 1];
    bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                (c >= '0' && c <= '9') || c == '.';
    if (!word)
      break;
    i--;
  }
  return i;
}

/* The word starting at i (ASCII letters) for opener checks. */
static size_t word_len(const char *text, size_t end, size_t i) {
  size_t j = i;
  while (j < end && ((text[j] >= 'a' && text[j] <= 'z') ||
                     (text[j] >= 'A' && text[j] <= 'Z')))
    j++;
  return j - i;
}

/* Skips blanks, including line breaks; *blank_line says whether a blank
 * line (paragraph break) was crossed. */
static size_t skip_blanks(const char *text, size_t end, size_t i,
                          bool *blank_line) {
  unsigned newlines = 0;
  *blank_line = false;
  while (i < end) {
    size_t u;
    if (text[i] == '\n') {
      if (++newlines >= 2)
        *blank_line = true;
      i++;
    } else if (is_space(text[i])) {
      i++;
    } else if ((u = unicode_space(text, end, i)) != 0) {
      i += u;
    } else {
      break;
    }
  }
  return i;
}

/* Decides whether the terminator text[mark..after) ends the sentence;
 * `after` is just past the terminator and its closing quotes. */
static bool ends_sentence(const char *text, size_t start, size_t end,
                          size_t mark, size_t after) {
  if (after < end && !is_space(text[after]) && text[after] != '\n' &&
      !unicode_space(text, end, after))
    return false; /* 3.5, U.S, "no." inside a word */
  bool blank;
  size_t next = skip_blanks(text, end, after, &blank);
  if (next >= end || blank)
    return true;
  if (is_lower_start(text, end, next))
    return false; /* "...?" he asked / the DPRK... deepen */
  char c = text[next];
  if (c == ',' || c == ';' || c == ':' || c == ')' || c == '-')
    return false;
  if (!is_upper_or_digit(c) && !is_opening_quote(text, end, next))
    return false;
  if (text[mark] != '.' || (mark + 2 < end && text[mark + 1] == '.'))
    return true; /* ? ! and ellipses */
  size_t w = word_before(text, start, mark);
  tl_abbrev_kind kind = tl_abbrev_kind_of(text + w, mark - w);
  bool digit_next = c >= '0' && c <= '9';
  switch (kind) {
  case TL_ABBREV_NONE:
    return true;
  case TL_ABBREV_TITLE:
    return false;
  case TL_ABBREV_MONTH:
    return !digit_next;
  case TL_ABBREV_OTHER:
    break;
  }
  /* U.S. President ... vs ... the U.S. The talks ... */
  if (digit_next)
    return false;
  size_t wl = word_len(text, end, next);
  return wl > 0 && tl_is_sentence_opener(text + next, wl);
}

/* A sentence without closing punctuation on a single short line is a
 * heading, byline or sign-off rather than prose. */
static bool is_line_only(const char *text, size_t end, size_t s, size_t e) {
  if (e - s > 72 || memchr(text + s, '\n', e - s))
    return false;
  size_t k = e;
  while (k > s) { /* step back over closing quotes and brackets */
    size_t back = 1;
    while (back < 4 && k - back > s &&
           ((unsigned char)text[k - back] & 0xC0) == 0x80)
      back++;
    if (!closer(text, end, k - back))
      break;
    k -= back;
  }
  char last = text[k - 1];
  return last != '.' && last != '?' && last != '!' &&
         !((unsigned char)last == 0xA6 && k >= s + 3); /* … */
}

static tl_status push(tl_sentences *out, const char *text, size_t end, size_t s,
                      size_t e) {
  while (s < e && (is_space(text[s]) || text[s] == '\n'))
    s++;
  while (e > s && (is_space(text[e - 1]) || text[e - 1] == '\n'))
    e--;
  if (s >= e)
    return TL_OK;
  if (out->count == out->capacity) {
    size_t cap = out->capacity ? out->capacity * 2 : 32;
    tl_sentence *p = realloc(out->items, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    out->items = p;
    out->capacity = cap;
  }
  out->items[out->count++] = (tl_sentence){s, e, is_line_only(text, end, s, e)};
  return TL_OK;
}

/* A line that stands alone: short, without closing punctuation, and the
 * sentence began at its start.  Wrapped body text has long lines. */
static bool standalone_line(const char *text, size_t sentence_start,
                            size_t line_start, size_t nl) {
  if (sentence_start < line_start)
    return false;
  size_t e = nl;
  while (e > line_start && is_space(text[e - 1]))
    e--;
  if (e == line_start)
    return false;
  char last = text[e - 1];
  if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';' ||
      last == ':')
    return false;
  return e - line_start <= 72;
}

tl_status tl_sentences_split(const char *text, size_t start, size_t end,
                             tl_sentences *out) {
  size_t s = start;          /* current sentence start */
  size_t line_start = start; /* current line start */
  size_t i = start;
  while (i < end) {
    char c = text[i];
    if (c == '\n') {
      bool blank;
      size_t next = skip_blanks(text, end, i, &blank);
      bool alone = standalone_line(text, s, line_start, i) && next < end &&
                   !is_lower_start(text, end, next);
      if (blank || alone) {
        if (push(out, text, end, s, i))
          return TL_ERR_NOMEM;
        s = next;
        line_start = next;
        while (line_start > i && text[line_start - 1] != '\n')
          line_start--;
        i = next;
        continue;
      }
      line_start = i + 1;
      i++;
      continue;
    }
    bool ellipsis = (unsigned char)c == 0xE2 && i + 2 < end &&
                    (unsigned char)text[i + 1] == 0x80 &&
                    (unsigned char)text[i + 2] == 0xA6;
    if (c != '.' && c != '?' && c != '!' && !ellipsis) {
      i++;
      continue;
    }
    size_t mark = i;
    size_t after = i + (ellipsis ? 3 : 1);
    while (after < end &&
           (text[after] == '.' || text[after] == '?' || text[after] == '!'))
      after++;
    size_t k;
    while (after < end && (k = closer(text, end, after)) != 0)
      after += k;
    if (ends_sentence(text, start, end, mark, after)) {
      if (push(out, text, end, s, after))
        return TL_ERR_NOMEM;
      s = after;
    }
    i = after;
  }
  return push(out, text, end, s, end);
}

void tl_sentences_free(tl_sentences *sentences) {
  free(sentences->items);
  sentences->items = NULL;
  sentences->count = sentences->capacity = 0;
}
