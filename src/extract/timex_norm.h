/* timex_norm.h - from what was written to a TIMEX3 value.
 *
 * A spec says what the text gives ("Thursday", "two years ago"); the value
 * needs the document creation time, the tense of the clause and, for "the
 * following day", the last date the story mentioned.  Nothing here reads
 * the clock: without a DCT, what depends on it becomes X (XXXX-WXX-4). */
#ifndef TL_TIMEX_NORM_H
#define TL_TIMEX_NORM_H

#include "extract/timex_scan.h"
#include "timeline.h"

/* A resolved point, as precise as the expression: 2019-Q3, 2025-W36. */
typedef struct tval {
  uint8_t gran; /* tl_unit of the finest part */
  bool known;   /* the year is known (else XXXX) */
  int32_t year; /* for weeks: the ISO week-year */
  int8_t month, day, week, quarter, half, season, pod; /* 0: unknown */
  int8_t hour, minute, second;                         /* -1: none */
  int8_t weekday; /* set when only the weekday is known: XXXX-WXX-4 */
  bool weekend;
} tval;

typedef struct norm_ctx {
  const tl_date *dct;        /* NULL: no creation time */
  tl_tense tense;            /* of the clause holding the expression */
  bool tense_near;           /* its cue is right next to the expression */
  const tval *narrative;     /* the story's last point, or NULL */
  const tval *narrative_day; /* its last point with a day, or NULL: what
                                "that evening" needs when the last point
                                is coarser ("in February 2022") */
  const tval *period;        /* the last quarter it discussed, or NULL */
  const tval *range_start;   /* for the second end of a range: the first */
} norm_ctx;

/* Writes the TIMEX3 value of `sp` into out (size bytes).  When the
 * expression is a point whose year is known, *point receives it (the next
 * narrative anchor) and *has_point is set.  Returns whether the value
 * depended on the DCT or on an earlier mention. */
bool tl_timex_value(const timex_spec *sp, const norm_ctx *ctx, char *out,
                    size_t size, tval *point, bool *has_point);

/* Writes a resolved point in TIMEX3 form ("2019-Q3", "XXXX-09-04"). */
void tl_tval_format(const tval *v, char *out, size_t size);

#endif
