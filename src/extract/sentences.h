/* sentences.h - sentence boundaries in news text. */
#ifndef TL_EXTRACT_SENTENCES_H
#define TL_EXTRACT_SENTENCES_H

#include "timeline.h"

typedef struct tl_sentence {
  size_t start, end; /* trimmed of surrounding white space */
  bool line_only;    /* a line of its own with no closing punctuation:
                        a heading, byline or sign-off */
} tl_sentence;

typedef struct tl_sentences {
  tl_sentence *items;
  size_t count, capacity;
} tl_sentences;

/* Appends the sentences of text[start..end) to *out (initialise to zeros,
 * free with tl_sentences_free).  Linear in the length.  A dot after an
 * abbreviation (Mr., Sept. 4, U.S. President) does not end a sentence; a
 * ? or ! inside a quotation followed by "he said" does not either; a blank
 * line always does.  Returns TL_OK or TL_ERR_NOMEM. */
tl_status tl_sentences_split(const char *text, size_t start, size_t end,
                             tl_sentences *out);
void tl_sentences_free(tl_sentences *sentences);

#endif
