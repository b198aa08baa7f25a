/* tokens.h - words, numbers and punctuation with their byte offsets.
 *
 * The tokenizer reads the input through tl_canon_char (normalize.h), so
 * "Sept.\u00a04" and "Sept. 4" give the same tokens, with offsets into the
 * bytes as given.  Each token carries its lexicon row, looked up once. */
#ifndef TL_TOKENS_H
#define TL_TOKENS_H

#include "extract/lexicon.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum { TK_WORD = 1, TK_NUM, TK_PUNCT } tl_tok_kind;

/* tl_tok.flags */
enum {
  TF_SPACE = 1u << 0,   /* whitespace before the token */
  TF_NEWLINE = 1u << 1, /* a line break before it */
  TF_PARA = 1u << 2,    /* a blank line before it */
  TF_CAP = 1u << 3,     /* WORD: first letter upper case */
  TF_UPPER = 1u << 4,   /* WORD: two or more letters, all upper case */
  TF_APOS = 1u << 5,    /* NUM: written after an apostrophe ('89, '80s) */
  TF_CLOCK = 1u << 6,   /* NUM: hh:mm[:ss]; num = hour */
  TF_DECIMAL = 1u << 7, /* NUM: has a decimal fraction (2.5) */
  TF_GROUPED = 1u << 8, /* NUM: thousands separators (1,950) */
  TF_DOTTED = 1u << 9,  /* WORD: letters with dots (a.m., U.S.) */
  TF_SENT = 1u << 10,   /* first token of a sentence (set by the caller) */
  TF_ODD = 1u << 11,    /* NUM: glued to a long word ("2019abc") */
  TF_ALNUM = 1u << 12   /* WORD: contains digits (q3, fy2019) */
};

enum { TOK_TEXT = 24 };

typedef struct tl_tok {
  size_t start, end;   /* bytes in the input */
  const lex_word *lex; /* WORD: its lexicon row, or NULL */
  double value;        /* NUM: the value, fraction included */
  int32_t num;         /* NUM: integer part (capped at 999999999) */
  uint16_t flags;      /* TF_* */
  uint8_t kind;        /* tl_tok_kind */
  uint8_t len;         /* bytes used in text */
  uint8_t digits;      /* NUM: digits in the integer part */
  uint8_t minute;      /* NUM with TF_CLOCK */
  uint8_t second;      /* NUM with TF_CLOCK; 255 when not written */
  char suffix[4];      /* NUM: letters glued after it: s, th, pm, q */
  char text[TOK_TEXT]; /* lower case, canonical, truncated; PUNCT: 1 char */
} tl_tok;

typedef struct tl_tokenizer {
  const char *text;
  size_t len;
  size_t pos;
  const tl_lexicon *lex;
} tl_tokenizer;

void tl_tokenizer_init(tl_tokenizer *tz, const char *text, size_t len,
                       const tl_lexicon *lex);
/* Reads the next token; false at the end of the text. */
bool tl_token_next(tl_tokenizer *tz, tl_tok *out);

/* Convenience tests used all over the grammar; t may be NULL (past the
 * end of the sentence). */
static inline bool tl_tok_is(const tl_tok *t, const char *word) {
  const char *a = t->text, *b = word;
  while (*a && *a == *b)
    a++, b++;
  return *a == *b && t->kind != TK_NUM;
}
/* Is word one of the words in alts, written "ago|earlier|later"?  One
 * pass over alts; the grammar asks this of every token it looks at. */
static inline bool tl_word_in(const char *word, const char *alts) {
  const char *p = alts;
  for (;;) {
    const char *q = word;
    while (*q && *p == *q)
      p++, q++;
    if (*q == '\0' && (*p == '|' || *p == '\0'))
      return true;
    while (*p && *p != '|')
      p++;
    if (!*p)
      return false;
    p++;
  }
}
static inline bool tl_tok_in(const tl_tok *t, const char *alts) {
  return t && t->kind != TK_NUM && tl_word_in(t->text, alts);
}
static inline bool tl_tok_class(const tl_tok *t, uint32_t cls) {
  return t && t->lex && (t->lex->cls & cls);
}
static inline bool tl_tok_punct(const tl_tok *t, char c) {
  return t && t->kind == TK_PUNCT && t->text[0] == c;
}
/* Token b follows token a with no space between them. */
static inline bool tl_tok_glued(const tl_tok *a, const tl_tok *b) {
  return !(b->flags & (TF_SPACE | TF_NEWLINE)) && a->end <= b->start;
}

#endif
