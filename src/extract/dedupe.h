/* dedupe.h - when two mentions are one happening. */
#ifndef TL_EXTRACT_DEDUPE_H
#define TL_EXTRACT_DEDUPE_H

#include "timeline.h"

/* How close the two mentions are in the text.  Within one article a
 * happening is named again in fewer words ("their failed 2019 summit"), so
 * the test is looser than across articles or against an edited file. */
typedef enum tl_dedupe_scope {
  TL_SAME_ARTICLE,
  TL_OTHER_ARTICLE
} tl_dedupe_scope;

/* Dates that can name the same happening: equal, or one inside the other
 * when the wider one is a year or a month ("2019" and "2019-02-27"). */
bool tl_dates_compatible(const tl_when *a, const tl_when *b);

/* True when a and b are the same happening. */
bool tl_events_same(const tl_event *a, const tl_event *b,
                    tl_dedupe_scope scope);

/* The type group a trigger type belongs to (meeting, talks, summit and
 * visit are one group), for comparing types; NULL types give 0. */
int tl_type_group(const char *type);

#endif
