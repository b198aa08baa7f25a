/* words.c - a word scanner for English news text in UTF-8.
 *
 * It knows the typography of wire copy: curly and PTB quotes (`` ''),
 * en/em dashes and the "--" or "_" of older agency styles, possessive 's
 * with either apostrophe, dotted abbreviations (U.S., a.m.) and the no-break
 * spaces of web pages.  Invalid bytes become one-byte punctuation, so any
 * input can be tokenized. */
#include "extract/words.h"

#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

typedef enum char_class {
  C_SPACE,
  C_NEWLINE,
  C_LETTER,
  C_DIGIT,
  C_APOSTROPHE, /* ' and U+2019: inside a word or a closing quote */
  C_QUOTE,
  C_DASH,
  C_HYPHEN,
  C_DOT,
  C_PUNCT
} char_class;

/* Classifies the code point at text[i]; *n receives its byte length. */
static char_class classify(const char *text, size_t end, size_t i, size_t *n,
                           uint32_t *out_cp) {
  const unsigned char *u = (const unsigned char *)text;
  uint32_t cp = u[i];
  *n = 1;
  if (cp >= 0x80) {
    size_t k = tl_utf8_decode(u + i, end - i, &cp);
    if (k == 0) {
      *out_cp = 0xFFFD;
      return C_PUNCT;
    }
    *n = k;
  }
  *out_cp = cp;
  if (cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x85)
    return C_NEWLINE;
  if (cp == ' ' || cp == '\t' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
      (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F || cp == 0x205F ||
      cp == 0x3000 || cp == 0xFEFF)
    return C_SPACE;
  if (cp >= '0' && cp <= '9')
    return C_DIGIT;
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z'))
    return C_LETTER;
  if (cp == '\'' || cp == 0x2019)
    return C_APOSTROPHE;
  if (cp == '"' || cp == '`' || cp == 0x201C || cp == 0x201D || cp == 0x201E ||
      cp == 0x2018 || cp == 0x00AB || cp == 0x00BB)
    return C_QUOTE;
  if (cp == 0x2013 || cp == 0x2014 || cp == 0x2015 || cp == 0x2212)
    return C_DASH;
  if (cp == '-' || cp == 0x2010 || cp == 0x2011)
    return C_HYPHEN;
  if (cp == '.')
    return C_DOT;
  if (cp < 0x80 || (cp >= 0x2000 && cp <= 0x206F) ||
      (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF0F) ||
      cp == 0xD7 || cp == 0xF7 || (cp >= 0xA1 && cp <= 0xBF))
    return C_PUNCT;
  return C_LETTER; /* accented Latin, Cyrillic, Hangul, Han, ... */
}

static char_class class_at(const char *text, size_t end, size_t i) {
  size_t n;
  uint32_t cp;
  return i < end ? classify(text, end, i, &n, &cp) : C_SPACE;
}

static bool is_upper_cp(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z')
    return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
    return true;
  if (cp >= 0x100 && cp <= 0x17F) /* Latin Extended-A: upper case is even */
    return cp % 2 == 0;
  if (cp >= 0x410 && cp <= 0x42F) /* Cyrillic capitals */
    return true;
  return false;
}

static bool is_lower_cp(uint32_t cp) {
  if (cp >= 'a' && cp <= 'z')
    return true;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7)
    return true;
  if (cp >= 0x100 && cp <= 0x17F)
    return cp % 2 == 1;
  if (cp >= 0x430 && cp <= 0x44F)
    return true;
  return false;
}

static const char *const title_abbrevs[] = {
    "Mr",   "Mrs",  "Ms",  "Messrs", "Dr",  "Prof", "Gen",  "Lt",   "Col",
    "Maj",  "Capt", "Sgt", "Cpl",    "Pvt", "Adm",  "Cmdr", "Brig", "Gov",
    "Sen",  "Rep",  "Rev", "Hon",    "Amb", "Pres", "Supt", "Insp", "Det",
    "Fr",   "St",   "Mt",  "Ft",     "No",  "Nos",  "Vol",  "Art",  "Gens",
    "Sens", "Reps", "Mme", "Mlle",   "Sr",  "Sra",  "vs",   "v",    NULL};

static const char *const month_abbrevs[] = {"Jan", "Feb", "Mar", "Apr",  "Jun",
                                            "Jul", "Aug", "Sep", "Sept", "Oct",
                                            "Nov", "Dec", NULL};

static const char *const other_abbrevs[] = {
    "Inc",  "Corp", "Co",   "Ltd",  "Jr",   "etc",  "approx",
    "ca",   "cf",   "Bros", "Dept", "Univ", "Assn", "Calif",
    "Mass", "Wash", "Fla",  "Pa",   NULL};

static bool in_list(const char *s, size_t len, const char *const *list) {
  for (; *list; list++)
    if (strlen(*list) == len && memcmp(*list, s, len) == 0)
      return true;
  return false;
}

tl_abbrev_kind tl_abbrev_kind_of(const char *s, size_t len) {
  if (len == 0)
    return TL_ABBREV_NONE;
  if (in_list(s, len, title_abbrevs))
    return TL_ABBREV_TITLE;
  if (in_list(s, len, month_abbrevs))
    return TL_ABBREV_MONTH;
  if (in_list(s, len, other_abbrevs))
    return TL_ABBREV_OTHER;
  /* A single capital is an initial (George W. Bush); a dotted form such as
   * U.S or a.m has a dot inside. */
  if (len == 1 && s[0] >= 'A' && s[0] <= 'Z')
    return TL_ABBREV_OTHER;
  if (memchr(s, '.', len))
    return TL_ABBREV_OTHER;
  return TL_ABBREV_NONE;
}

static const char *const openers[] = {
    "the",       "a",          "an",           "but",
    "and",       "or",         "so",           "yet",
    "he",        "she",        "it",           "they",
    "we",        "i",          "you",          "this",
    "that",      "these",      "those",        "in",
    "on",        "at",         "by",           "for",
    "from",      "with",       "as",           "after",
    "before",    "since",      "during",       "while",
    "when",      "where",      "if",           "however",
    "meanwhile", "also",       "there",        "despite",
    "although",  "though",     "because",      "some",
    "many",      "most",       "all",          "both",
    "each",      "any",        "no",           "not",
    "one",       "its",        "their",        "his",
    "her",       "our",        "my",           "your",
    "last",      "next",       "earlier",      "later",
    "still",     "even",       "only",         "under",
    "over",      "among",      "about",        "amid",
    "following", "until",      "why",          "what",
    "how",       "who",        "which",        "now",
    "then",      "thus",       "instead",      "such",
    "other",     "another",    "several",      "few",
    "more",      "neither",    "either",       "once",
    "here",      "today",      "yesterday",    "tomorrow",
    "according", "without",    "to",           "of",
    "upon",      "through",    "against",      "between",
    "within",    "is",         "are",          "was",
    "were",      "has",        "have",         "had",
    "will",      "would",      "can",          "could",
    "should",    "may",        "might",        "must",
    "do",        "does",       "did",          "asked",
    "speaking",  "separately", "nevertheless", "furthermore",
    "moreover",  "indeed",     "already",      "again",
    "two",       "three",      "four",         "five",
    "those",     "unlike",     "like",         "analysts",
    "officials", "experts",    "critics",      "residents",
    NULL};

bool tl_is_sentence_opener(const char *s, size_t len) {
  char low[16];
  if (len == 0 || len >= sizeof low)
    return false;
  for (size_t i = 0; i < len; i++) {
    char c = s[i];
    low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
  }
  return in_list(low, len, openers);
}

static tl_status push(tl_words *out, size_t start, size_t end,
                      tl_word_kind kind, uint8_t flags) {
  if (out->count == out->capacity) {
    size_t cap = out->capacity ? out->capacity * 2 : 64;
    tl_word *p = realloc(out->items, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    out->items = p;
    out->capacity = cap;
  }
  out->items[out->count++] = (tl_word){start, end, (uint8_t)kind, flags};
  return TL_OK;
}

/* Scans a word from i; returns its end and sets flags. */
static size_t scan_word(const char *text, size_t end, size_t i,
                        uint8_t *flags) {
  size_t n;
  uint32_t cp;
  classify(text, end, i, &n, &cp);
  bool all_upper = true;
  size_t letters = 0;
  size_t seg_letters = 0; /* letters since the last inner dot */
  bool inner_dot = false;
  if (is_upper_cp(cp))
    *flags |= TL_W_CAP;
  size_t j = i;
  for (;;) {
    char_class c = classify(text, end, j, &n, &cp);
    if (c == C_LETTER || c == C_DIGIT) {
      if (c == C_LETTER) {
        letters++;
        seg_letters++;
        if (is_lower_cp(cp))
          all_upper = false;
      }
      j += n;
      if (j >= end)
        break;
      continue;
    }
    size_t after = j + n;
    char_class next = class_at(text, end, after);
    if ((c == C_HYPHEN || c == C_APOSTROPHE) &&
        (next == C_LETTER || next == C_DIGIT)) {
      /* 's closing the word is a possessive, not part of the name. */
      if (c == C_APOSTROPHE && (text[after] == 's' || text[after] == 'S')) {
        char_class after_s = class_at(text, end, after + 1);
        if (after_s != C_LETTER && after_s != C_DIGIT)
          break;
      }
      j = after;
      continue;
    }
    if (c == C_DOT && next == C_LETTER && seg_letters == 1) {
      inner_dot = true; /* U.S, a.m, e.g */
      seg_letters = 0;
      j = after;
      continue;
    }
    break;
  }
  if (all_upper && letters >= 2)
    *flags |= TL_W_UPPER;
  /* A final dot belongs to the word when the word is an abbreviation. */
  if (j < end && text[j] == '.' &&
      (inner_dot || tl_abbrev_kind_of(text + i, j - i) != TL_ABBREV_NONE)) {
    j++;
    *flags |= TL_W_ABBREV;
  }
  return j;
}

static size_t scan_number(const char *text, size_t end, size_t i) {
  size_t j = i;
  for (;;) {
    char_class c = class_at(text, end, j);
    if (j >= end)
      break;
    if (c == C_DIGIT || c == C_LETTER) {
      size_t n;
      uint32_t cp;
      classify(text, end, j, &n, &cp);
      j += n;
      continue;
    }
    char_class next = class_at(text, end, j + 1);
    if ((text[j] == ',' || text[j] == '.') && next == C_DIGIT) {
      j++;
      continue;
    }
    if ((c == C_HYPHEN || c == C_APOSTROPHE) &&
        (next == C_DIGIT || next == C_LETTER)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

/* After a word: a possessive 's or lone apostrophe (Workers') to skip. */
static size_t skip_possessive(const char *text, size_t end, size_t j,
                              uint8_t *flags) {
  size_t n;
  uint32_t cp;
  if (j >= end || classify(text, end, j, &n, &cp) != C_APOSTROPHE)
    return j;
  size_t after = j + n;
  if (after < end && (text[after] == 's' || text[after] == 'S')) {
    char_class c = class_at(text, end, after + 1);
    if (c != C_LETTER && c != C_DIGIT) {
      *flags |= TL_W_POSSESSIVE;
      return after + 1;
    }
    return j;
  }
  /* "Workers' Party": an apostrophe right after a plural s. */
  if (j > 0 && (text[j - 1] == 's' || text[j - 1] == 'S')) {
    char_class c = class_at(text, end, after);
    if (c == C_SPACE || c == C_NEWLINE) {
      *flags |= TL_W_POSSESSIVE;
      return after;
    }
  }
  return j;
}

tl_status tl_words_scan(const char *text, size_t start, size_t end,
                        tl_words *out) {
  size_t i = start;
  bool line_start = true;
  while (i < end) {
    size_t n;
    uint32_t cp;
    char_class c = classify(text, end, i, &n, &cp);
    if (c == C_NEWLINE) {
      line_start = true;
      i += n;
      continue;
    }
    if (c == C_SPACE) {
      i += n;
      continue;
    }
    uint8_t flags = line_start ? TL_W_LINE_START : 0;
    line_start = false;
    size_t j;
    tl_word_kind kind;
    if (c == C_LETTER) {
      j = scan_word(text, end, i, &flags);
      kind = TL_W_WORD;
      size_t k = skip_possessive(text, end, j, &flags);
      if (push(out, i, j, kind, flags))
        return TL_ERR_NOMEM;
      i = k;
      continue;
    }
    if (c == C_DIGIT) {
      j = scan_number(text, end, i);
      kind = TL_W_NUMBER;
      size_t k = skip_possessive(text, end, j, &flags);
      if (push(out, i, j, kind, flags))
        return TL_ERR_NOMEM;
      i = k;
      continue;
    }
    j = i + n;
    kind = TL_W_PUNCT;
    if (c == C_QUOTE || c == C_APOSTROPHE) {
      kind = TL_W_QUOTE;
      /* `` and '' are one quotation mark each. */
      if ((cp == '`' || cp == '\'') && j < end && text[j] == (char)cp)
        j++;
    } else if (c == C_DASH) {
      kind = TL_W_DASH;
    } else if (c == C_HYPHEN || cp == '_') {
      if (j < end && text[j] == '-') {
        while (j < end && text[j] == '-')
          j++;
        kind = TL_W_DASH;
      } else {
        char_class next = class_at(text, end, j);
        bool spaced_before = i == start ||
                             class_at(text, end, i - 1) == C_SPACE ||
                             class_at(text, end, i - 1) == C_NEWLINE;
        if (next == C_SPACE || next == C_NEWLINE || j == end || spaced_before)
          kind = TL_W_DASH;
      }
    } else if (c == C_DOT && j + 1 < end && text[j] == '.' &&
               text[j + 1] == '.') {
      j += 2; /* an ellipsis written as three dots */
    }
    if (push(out, i, j, kind, flags))
      return TL_ERR_NOMEM;
    i = j;
  }
  return TL_OK;
}

void tl_words_free(tl_words *tokens) {
  free(tokens->items);
  tokens->items = NULL;
  tokens->count = tokens->capacity = 0;
}

bool tl_word_is(const char *text, const tl_word *t, const char *word) {
  size_t len = strlen(word);
  return t->end - t->start == len && memcmp(text + t->start, word, len) == 0;
}

bool tl_word_is_ci(const char *text, const tl_word *t, const char *word) {
  /* Compare as we go rather than measuring `word` first: most words of
   * the lists differ from the text in the first letter. */
  size_t len = t->end - t->start;
  for (size_t i = 0; i < len; i++) {
    if (word[i] == '\0')
      return false;
    char a = text[t->start + i], b = word[i];
    if (a >= 'A' && a <= 'Z')
      a = (char)(a - 'A' + 'a');
    if (b >= 'A' && b <= 'Z')
      b = (char)(b - 'A' + 'a');
    if (a != b)
      return false;
  }
  return word[len] == '\0';
}

bool tl_word_in(const char *text, const tl_word *t, const char *const *words) {
  for (; *words; words++)
    if (tl_word_is_ci(text, t, *words))
      return true;
  return false;
}

/* Irregular past forms news uses most, and the auxiliaries: with "-ed"
 * words they show where a clause has its verb. */
static const char *const past_verbs[] = {
    "met",      "held",    "said",       "left",      "began",    "took",
    "made",     "fell",    "won",        "came",      "went",     "saw",
    "led",      "broke",   "sent",       "told",      "gave",     "struck",
    "fled",     "rose",    "spoke",      "chose",     "drew",     "grew",
    "ran",      "was",     "were",       "had",       "swept",    "fought",
    "sought",   "brought", "bought",     "taught",    "thought",  "caught",
    "lost",     "stood",   "understood", "wrote",     "drove",    "flew",
    "threw",    "blew",    "knew",       "sank",      "shot",     "froze",
    "stole",    "wore",    "tore",       "swore",     "bore",     "hid",
    "fed",      "kept",    "felt",       "dealt",     "meant",    "spent",
    "built",    "paid",    "laid",       "heard",     "found",    "became",
    "overcame", "did",     "shook",      "undertook", "withdrew", "overthrew",
    "forbade",  "sat",     "lay",        "rang",      "sang",     "began",
    "arose",    NULL};

/* Irregular past participles: "was shot", "were found", "was born". */
static const char *const participles[] = {
    "shot",     "found",      "born",       "seen",       "held",      "taken",
    "given",    "made",       "sent",       "told",       "hit",       "struck",
    "caught",   "thrown",     "brought",    "led",        "left",      "put",
    "set",      "beaten",     "chosen",     "drawn",      "sworn",     "known",
    "shown",    "won",        "lost",       "met",        "paid",      "laid",
    "said",     "sold",       "built",      "bought",     "fought",    "kept",
    "spent",    "read",       "begun",      "broken",     "spoken",    "stolen",
    "written",  "driven",     "hidden",     "frozen",     "torn",      "slain",
    "blown",    "grown",      "flown",      "overthrown", "withdrawn", "hung",
    "stuck",    "split",      "spread",     "cut",        "hurt",      "upheld",
    "withheld", "understood", "sought",     "taught",     "thought",   "dealt",
    "fled",     "fed",        "bound",      "sunk",       "shut",      "rid",
    "forgiven", "forbidden",  "undertaken", "overtaken",  "risen",     "fallen",
    "done",     "gone",       "come",       "become",     "run",       "quit",
    "let",      "beat",       "cast",       NULL};

static const char *const auxiliaries[] = {
    "is",    "are",   "was", "were",  "has",   "have",   "had",
    "will",  "would", "can", "could", "shall", "should", "may",
    "might", "must",  "did", "does",  "been",  NULL};

bool tl_word_irregular_past(const char *text, const tl_word *w) {
  return w->kind == TL_W_WORD &&
         (tl_word_in(text, w, past_verbs) || tl_word_in(text, w, participles));
}

bool tl_word_verb_like(const char *text, const tl_word *w) {
  if (w->kind != TL_W_WORD || (w->flags & TL_W_CAP))
    return false;
  size_t n = w->end - w->start;
  return (n > 3 && memcmp(text + w->end - 2, "ed", 2) == 0) ||
         tl_word_in(text, w, past_verbs) || tl_word_in(text, w, auxiliaries);
}
