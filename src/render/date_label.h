/* date_label.h - dates as a reader expects them on a chart. */
#ifndef TL_RENDER_DATE_LABEL_H
#define TL_RENDER_DATE_LABEL_H

#include "timeline.h"

extern const char *const tl_month_abbr[12];

/* A year as written for readers: "2019", "491 BCE" (astronomical -490). */
void tl_year_label(int32_t year, char *buf, size_t size);

/* A date at its own precision: "4 Sep 2025", "Sep 2025", "spring 2019",
 * "2019", "1950s", "1900s", with "c. " for approximate and "?" for
 * uncertain dates.  Never invents a day or month the date does not have. */
void tl_date_label(const tl_date *date, char *buf, size_t size);

/* An event's date: a single date, or a range such as "27–28 Feb 2019",
 * "Jun 1950 – Jul 1953", "since 2019", "until 1953". */
void tl_event_date_label(const tl_event *event, char *buf, size_t size);

#endif
