/* event_type.h - the kind of event a clause reports, from trigger words. */
#ifndef TL_EXTRACT_EVENT_TYPE_H
#define TL_EXTRACT_EVENT_TYPE_H

#include "timeline.h"

#include "extract/words.h"

/* The type of the most specific trigger among the words [first, last)
 * that `keep` accepts (NULL accepts all): "summit" beats "visit", which
 * beats "meeting"; "signed" alone is an agreement.  NULL when none. */
typedef bool (*tl_word_filter)(void *ctx, size_t i);
const char *tl_event_type(const char *text, const tl_words *words, size_t first,
                          size_t last, tl_word_filter keep, void *ctx);

/* The type a named happening's last word gives: "Korean War" -> war. */
const char *tl_event_type_of_head(const char *text, const tl_word *head);

#endif
