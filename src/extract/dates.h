/* dates.h - the temporal tagger as the pipeline's date finder. */
#ifndef TL_EXTRACT_DATES_H
#define TL_EXTRACT_DATES_H

#include "extract/build.h"

/* A tl_date_finder (pipeline.h): the anchored dates of
 * text[body_start..len), in text order.  `ctx` is unused. */
tl_status tl_find_dates(void *ctx, const char *text, size_t len,
                        size_t body_start, const tl_date *dct, bool dct_guessed,
                        tl_date_mention **out, size_t *count);

#endif
