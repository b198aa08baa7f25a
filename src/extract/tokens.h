/* tokens.h - words, numbers and punctuation of a span of news text.
 *
 * The event side of the extractor reads text as tokens: sentence and clause
 * boundaries, names, titles and trigger words are all decided on them.
 * Tokens are offsets into the text as given; nothing is copied. */
#ifndef TL_EXTRACT_TOKENS_H
#define TL_EXTRACT_TOKENS_H

#include "timeline.h"

typedef enum tl_tok_kind {
  TL_TOK_WORD,   /* letters, with inner hyphens, apostrophes and dots (U.S.) */
  TL_TOK_NUMBER, /* starts with a digit: 2019, 1,200, 3.5, 1950s, 41-year-old */
  TL_TOK_PUNCT,  /* , ; : ( ) . ! ? and other single marks */
  TL_TOK_QUOTE,  /* " “ ” ‘ ’ `` '' and a lone ' */
  TL_TOK_DASH    /* – — -- and a hyphen or underscore standing alone */
} tl_tok_kind;

enum {
  TL_TOK_CAP = 1 << 0,        /* the first letter is upper case */
  TL_TOK_UPPER = 1 << 1,      /* every letter is upper case (two or more) */
  TL_TOK_POSSESSIVE = 1 << 2, /* followed by 's or a lone apostrophe */
  TL_TOK_ABBREV = 1 << 3,     /* ends with a dot that belongs to the word */
  TL_TOK_LINE_START = 1 << 4  /* first token on its line */
};

typedef struct tl_token {
  size_t start, end; /* the token's bytes; a possessive 's is not included */
  uint8_t kind;      /* tl_tok_kind */
  uint8_t flags;     /* TL_TOK_* */
} tl_token;

typedef struct tl_tokens {
  tl_token *items;
  size_t count, capacity;
} tl_tokens;

/* Appends the tokens of text[start..end) to *out (initialise to zeros,
 * free with tl_tokens_free).  Returns TL_OK or TL_ERR_NOMEM. */
tl_status tl_tokenize(const char *text, size_t start, size_t end,
                      tl_tokens *out);
void tl_tokens_free(tl_tokens *tokens);

/* The token's text equals `word` exactly / ignoring ASCII case. */
bool tl_tok_is(const char *text, const tl_token *t, const char *word);
bool tl_tok_is_ci(const char *text, const tl_token *t, const char *word);
/* The token's text, ignoring ASCII case, is one of a NULL-ended list. */
bool tl_tok_in(const char *text, const tl_token *t, const char *const *words);

/* Abbreviations whose dot does not end a sentence by itself. */
typedef enum tl_abbrev_kind {
  TL_ABBREV_NONE,
  TL_ABBREV_TITLE, /* Mr. Gen. Sen. Dr. No.: a name or number must follow */
  TL_ABBREV_MONTH, /* Sept. Jan.: a day number usually follows */
  TL_ABBREV_OTHER  /* U.S. a.m. Inc. Jr. J.: may also end a sentence */
} tl_abbrev_kind;

/* Classifies the word s[0..len) written without its final dot. */
tl_abbrev_kind tl_abbrev_kind_of(const char *s, size_t len);

/* Words that commonly open a sentence and are capitalized only for that
 * reason (The, But, He, In, ...): they never start a name. */
bool tl_is_sentence_opener(const char *s, size_t len);

#endif
