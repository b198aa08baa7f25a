/* words.h - words, numbers and punctuation of a span of news text.
 *
 * The event side of the extractor reads text as tokens: sentence and clause
 * boundaries, names, titles and trigger words are all decided on them.
 * Tokens are offsets into the text as given; nothing is copied. */
#ifndef TL_EXTRACT_WORDS_H
#define TL_EXTRACT_WORDS_H

#include "timeline.h"

typedef enum tl_word_kind {
  TL_W_WORD,   /* letters, with inner hyphens, apostrophes and dots (U.S.) */
  TL_W_NUMBER, /* starts with a digit: 2019, 1,200, 3.5, 1950s, 41-year-old */
  TL_W_PUNCT,  /* , ; : ( ) . ! ? and other single marks */
  TL_W_QUOTE,  /* " “ ” ‘ ’ `` '' and a lone ' */
  TL_W_DASH    /* – — -- and a hyphen or underscore standing alone */
} tl_word_kind;

enum {
  TL_W_CAP = 1 << 0,        /* the first letter is upper case */
  TL_W_UPPER = 1 << 1,      /* every letter is upper case (two or more) */
  TL_W_POSSESSIVE = 1 << 2, /* followed by 's or a lone apostrophe */
  TL_W_ABBREV = 1 << 3,     /* ends with a dot that belongs to the word */
  TL_W_LINE_START = 1 << 4  /* first token on its line */
};

typedef struct tl_word {
  size_t start, end; /* the token's bytes; a possessive 's is not included */
  uint8_t kind;      /* tl_word_kind */
  uint8_t flags;     /* TL_W_* */
} tl_word;

typedef struct tl_words {
  tl_word *items;
  size_t count, capacity;
} tl_words;

/* Appends the tokens of text[start..end) to *out (initialise to zeros,
 * free with tl_words_free).  Returns TL_OK or TL_ERR_NOMEM. */
tl_status tl_words_scan(const char *text, size_t start, size_t end,
                        tl_words *out);
void tl_words_free(tl_words *tokens);

/* The token's text equals `word` exactly / ignoring ASCII case. */
bool tl_word_is(const char *text, const tl_word *t, const char *word);
bool tl_word_is_ci(const char *text, const tl_word *t, const char *word);
/* The token's text, ignoring ASCII case, is one of a NULL-ended list. */
bool tl_word_in(const char *text, const tl_word *t, const char *const *words);

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

/* A lower-case word that is likely a verb: an "-ed" form, an irregular
 * past ("met", "took") or an auxiliary ("was", "will").  News text has no
 * part-of-speech tags; this tells where a clause has its verb. */
bool tl_word_verb_like(const char *text, const tl_word *w);

/* An irregular past form or participle: "met", "shot", "born". */
bool tl_word_irregular_past(const char *text, const tl_word *w);

#endif
