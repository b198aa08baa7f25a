/* date.h - internals shared by the strict EDTF and the friendly parsers. */
#ifndef TL_DATE_H
#define TL_DATE_H

#include "timeline.h"

/* Strict EDTF level 0-1.  Returns true on success.  On failure fills
 * info->message/offset/length when `info` is not NULL and returns false.
 * *looked_edtf tells whether the text was written in EDTF's alphabet
 * (digits, X, -, /, ., ~, ?, %), so its error beats a friendly parser's.
 * *semantic tells that the shape was right but the date impossible. */
bool tl_edtf_parse(const char *s, size_t len, tl_when *out,
                   tl_date_parse_info *info, bool *looked_edtf, bool *semantic);

/* Friendly spellings ("4 September 2025", "c. 2018", "1950s", ...).
 * *semantic as above. */
bool tl_friendly_parse(const char *s, size_t len, tl_when *out,
                       tl_date_parse_info *info, bool *semantic);

/* Checks that a day or month exists; on failure writes why into info. */
bool tl_date_valid(const tl_date *date, tl_date_parse_info *info, size_t offset,
                   size_t length);

/* Fills info's message (printf-style) and location. */
void tl_date_fail(tl_date_parse_info *info, size_t offset, size_t length,
                  const char *format, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

extern const char *const tl_month_names[12];

#endif
