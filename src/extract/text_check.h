/* text_check.h - refusing input that is not an article's text. */
#ifndef TL_EXTRACT_TEXT_CHECK_H
#define TL_EXTRACT_TEXT_CHECK_H

#include "timeline.h"

/* TL_OK for UTF-8 text without NUL bytes; else TL_ERR_INVALID with a
 * diagnostic that names the first bad byte's line and column (name is the
 * document's, for the message). */
tl_status tl_text_check(const char *text, size_t len, const char *name,
                        tl_diags *diags);

/* The 1-based line and code-point column of byte `offset`, for messages. */
void tl_text_locate(const char *text, size_t offset, unsigned *line,
                    unsigned *col);

#endif
