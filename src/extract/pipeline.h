/* pipeline.h - one article through sentences, names, dates and events. */
#ifndef TL_EXTRACT_PIPELINE_H
#define TL_EXTRACT_PIPELINE_H

#include "timeline.h"

#include "extract/build.h"
#include "extract/dct.h"

/* Finds the anchored dates of text[body_start..len) (dates.c: the
 * temporal tagger, with narrative anchoring when dct is NULL).  *out is
 * malloc'd. */
typedef tl_status (*tl_date_finder)(void *ctx, const char *text, size_t len,
                                    size_t body_start, const tl_date *dct,
                                    bool dct_guessed, tl_date_mention **out,
                                    size_t *count);

/* Runs the event side over one article whose dates `find` supplies.
 * tl_extract uses the temporal tagger; tests pass dates written by hand. */
tl_status tl_extract_run(tl_extraction *x, const char *text, size_t len,
                         const tl_extract_options *options, tl_date_finder find,
                         void *find_ctx, tl_diags *diags);

#endif
