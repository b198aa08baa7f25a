/* dct.h - the document creation time and where the prose starts. */
#ifndef TL_EXTRACT_DCT_H
#define TL_EXTRACT_DCT_H

#include "timeline.h"

typedef enum tl_dct_source {
  TL_DCT_NONE,         /* nothing found: narrative mode */
  TL_DCT_FRONT_MATTER, /* ---\ndate: 2025-09-04\n--- */
  TL_DCT_PUBLISHED,    /* "Published: 4 September 2025", or a date line */
  TL_DCT_DATELINE      /* "SEOUL, Jan. 4 (Yonhap) --" */
} tl_dct_source;

typedef struct tl_dct_info {
  tl_date date; /* day precision when source != TL_DCT_NONE */
  tl_dct_source source;
  bool year_guessed; /* a dateline without a year; the year is the latest
                        one the text mentions */
  size_t found_at, found_len; /* the bytes that gave the date */
  size_t body_start;          /* where the prose starts: after front matter,
                                 metadata lines, a byline and the dateline */
  size_t dateline_start, dateline_end; /* the dateline prefix, or 0, 0 */
  size_t headline_start, headline_end; /* front matter's `title:` or a
                                          headline line above the story;
                                          equal when there is none */
} tl_dct_info;

/* Reads the start of an article for its date and header.  Pure: the text
 * is the only input; the machine's clock is never consulted. */
void tl_dct_detect(const char *text, size_t len, tl_dct_info *out);

#endif
