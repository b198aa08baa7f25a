/* holidays.h - named days: fixed ones (Christmas) and computed ones (Easter,
 * Thanksgiving), so "last Christmas" and "Easter 2019" get exact dates. */
#ifndef TL_HOLIDAYS_H
#define TL_HOLIDAYS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef enum holiday_rule {
  H_FIXED,       /* month/day */
  H_EASTER,      /* Western Easter Sunday + offset days */
  H_NTH_WEEKDAY, /* the nth weekday of month (n = -1: the last) */
  H_ELECTION     /* US: the Tuesday after the first Monday of November */
} holiday_rule;

typedef struct holiday {
  const char *phrase; /* tokens separated by spaces: "new year 's eve" */
  uint8_t rule;       /* holiday_rule */
  int8_t month, day;  /* H_FIXED; H_NTH_WEEKDAY: month, weekday */
  int8_t n;           /* H_EASTER: offset days; H_NTH_WEEKDAY: nth */
} holiday;

extern const holiday tl_holidays[];
extern const size_t tl_holiday_count;

/* The holiday's month and day in `year`. */
void tl_holiday_date(const holiday *h, int32_t year, int *month, int *day);

#endif
