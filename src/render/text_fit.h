/* text_fit.h - wrapping and ellipsizing label text with a measurer. */
#ifndef TL_RENDER_TEXT_FIT_H
#define TL_RENDER_TEXT_FIT_H

#include "timeline.h"

#include "core/strbuf.h"

/* The fonts a label uses: the first `em` bytes of its text (its date) in
 * `date`, the rest in `body`. */
typedef struct tl_label_fonts {
  const tl_measurer *measure;
  const tl_font *date;
  const tl_font *body;
  double line_height; /* of one line; 0: measure it when needed */
} tl_label_fonts;

typedef struct tl_fit {
  double width;  /* of the widest line */
  double height; /* lines * line height */
  int lines;
  bool ellipsized;
  size_t em; /* date bytes at the start of the fitted text */
} tl_fit;

/* Breaks text[0..len) into lines no wider than max_width (spaces become
 * '\n'), at most max_lines of them; text that does not fit ends the last
 * line with "…".  A word wider than max_width is cut between code points.
 * Appends the result to *out.  max_lines 1 with a huge max_width measures
 * the text on one line. */
void tl_text_fit(const tl_label_fonts *fonts, const char *text, size_t len,
                 size_t em, double max_width, int max_lines, tl_strbuf *out,
                 tl_fit *fit);

/* Height of one line of a label. */
double tl_label_line_height(const tl_label_fonts *fonts);

/* Width of one line of text in one font. */
double tl_text_width(const tl_measurer *m, const tl_font *font,
                     const char *text, size_t len);

#endif
