/* timex_when.h - TIMEX3 values as the dates of events. */
#ifndef TL_EXTRACT_TIMEX_WHEN_H
#define TL_EXTRACT_TIMEX_WHEN_H

#include "timeline.h"

/* Converts an anchored TIMEX3 DATE value with its mod to a tl_when:
 *   "2025-09-04" -> 2025-09-04   "195" -> 195X        "19" -> 19XX
 *   "2019-SU"    -> 2019-22      "2019-Q1" -> 2019-01/2019-03
 *   "2019-W05"   -> the week's Monday/Sunday          "2025-09-04TEV" -> day
 *   mod APPROX -> 2018~; START/MID/END -> early/mid/late as the events file
 *   spells them (2019-01~/2019-04~).
 * Returns false for what is not a calendar date an event can carry:
 * unanchored values (XXXX-09-04), PAST_REF/PRESENT_REF/FUTURE_REF, and
 * mods BEFORE/AFTER/ON_OR_BEFORE/ON_OR_AFTER (a bound, not a date). */
bool tl_when_from_timex(const char *value, const char *mod, tl_when *out);

#endif
