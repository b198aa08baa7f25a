/* dct.c - when an article was written, from the article itself.
 *
 * In order of trust: YAML front matter (`date:`), a metadata line near the
 * top ("Published: 4 September 2025", "Updated Sept. 4, 2025 10:32 GMT",
 * or a line holding only a date), then the wire dateline ("SEOUL, Jan. 4
 * (Yonhap) --", "BEIJING, Sept 4 (Reuters) -", "WASHINGTON (AP) —").  A
 * dateline gives a month and day but rarely a year; the year is then the
 * latest one the text mentions and the caller marks what depends on it as
 * inferred.  Headers are also skipped as prose: a dateline's "Jan. 4" is
 * not an event. */
#include "extract/dct.h"

#include <string.h>

#define HEADER_LINES 12
#define DATELINE_MAX 100

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r'; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }
static bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
static bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
static char lower(char c) { return is_upper(c) ? (char)(c - 'A' + 'a') : c; }

static size_t line_end(const char *text, size_t len, size_t i) {
  const char *nl = memchr(text + i, '\n', len - i);
  return nl ? (size_t)(nl - text) : len;
}

static size_t next_line(const char *text, size_t len, size_t i) {
  size_t e = line_end(text, len, i);
  return e < len ? e + 1 : len;
}

static bool blank_line(const char *text, size_t s, size_t e) {
  for (size_t i = s; i < e; i++)
    if (!is_space(text[i]))
      return false;
  return true;
}

/* Case-insensitive prefix test. */
static bool starts_with(const char *s, size_t len, const char *prefix) {
  size_t n = strlen(prefix);
  if (len < n)
    return false;
  for (size_t i = 0; i < n; i++)
    if (lower(s[i]) != prefix[i])
      return false;
  return true;
}

/* ---- month names and day dates ------------------------------------------ */

static const struct {
  const char *name;
  int month;
} month_words[] = {
    {"january", 1},   {"february", 2}, {"march", 3},     {"april", 4},
    {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},
    {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1},       {"feb", 2},      {"mar", 3},       {"apr", 4},
    {"jun", 6},       {"jul", 7},      {"aug", 8},       {"sept", 9},
    {"sep", 9},       {"oct", 10},     {"nov", 11},      {"dec", 12},
};

/* A month word at s (with an optional dot); returns bytes used, 0 if none. */
static size_t month_at(const char *s, size_t len, int *month) {
  size_t w = 0;
  while (w < len && is_alpha(s[w]))
    w++;
  for (size_t k = 0; k < sizeof month_words / sizeof month_words[0]; k++) {
    size_t n = strlen(month_words[k].name);
    if (n == w && starts_with(s, len, month_words[k].name)) {
      *month = month_words[k].month;
      return w < len && s[w] == '.' ? w + 1 : w;
    }
  }
  return 0;
}

static size_t number_at(const char *s, size_t len, size_t max_digits,
                        int *value) {
  size_t i = 0;
  int v = 0;
  while (i < len && i < max_digits && is_digit(s[i]))
    v = v * 10 + (s[i++] - '0');
  if (i == 0 || (i < len && is_digit(s[i])))
    return 0;
  *value = v;
  return i;
}

static size_t skip_spaces(const char *s, size_t len, size_t i) {
  while (i < len && (is_space(s[i]) || (unsigned char)s[i] == 0xC2))
    i += (unsigned char)s[i] == 0xC2 && i + 1 < len ? 2 : 1;
  return i;
}

/* "Sept. 4", "Sept 4, 2025", "4 September 2025", "2025-09-04" at s.
 * Returns bytes used (0: none); *year is 0 when not written. */
static size_t day_date_at(const char *s, size_t len, int *year, int *month,
                          int *day) {
  *year = 0;
  int y, m, d;
  if (len >= 10 && number_at(s, len, 4, &y) == 4 && s[4] == '-' &&
      number_at(s + 5, len - 5, 2, &m) == 2 && s[7] == '-' &&
      number_at(s + 8, len - 8, 2, &d) == 2) {
    *year = y, *month = m, *day = d;
    return 10;
  }
  size_t i = 0, n;
  if ((n = month_at(s, len, &m)) != 0) {
    i = skip_spaces(s, len, n);
    if (!(n = number_at(s + i, len - i, 2, &d)))
      return 0;
    i += n;
    /* 4th, 4, */
    if (i + 1 < len && is_alpha(s[i]) && is_alpha(s[i + 1]))
      i += 2;
    size_t j = i;
    if (j < len && s[j] == ',')
      j++;
    j = skip_spaces(s, len, j);
    if (number_at(s + j, len - j, 4, &y) == 4) {
      *year = y;
      i = j + 4;
    }
  } else if ((n = number_at(s, len, 2, &d)) != 0) {
    i = skip_spaces(s, len, n);
    size_t k = month_at(s + i, len - i, &m);
    if (!k)
      return 0;
    i += k;
    size_t j = skip_spaces(s, len, i);
    if (j < len && s[j] == ',')
      j = skip_spaces(s, len, j + 1);
    if (number_at(s + j, len - j, 4, &y) == 4) {
      *year = y;
      i = j + 4;
    }
  } else {
    return 0;
  }
  if (d < 1 || d > 31)
    return 0;
  *month = m;
  *day = d;
  return i;
}

static bool valid_day(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= tl_days_in_month(y, m);
}

static tl_date day_value(int y, int m, int d) {
  tl_date date = {0};
  date.year = y;
  date.month = (uint8_t)m;
  date.day = (uint8_t)d;
  date.precision = TL_PREC_DAY;
  return date;
}

/* A full date anywhere in s[0..len): skips a weekday ("Thursday, ") and
 * anything before the first month name or digit. */
static bool full_date_in(const char *s, size_t len, tl_date *out, size_t *at,
                         size_t *used) {
  for (size_t i = 0; i < len; i++) {
    if (i > 0 && (is_alpha(s[i - 1]) || is_digit(s[i - 1])))
      continue;
    int y, m, d;
    size_t n = day_date_at(s + i, len - i, &y, &m, &d);
    if (n && y && valid_day(y, m, d)) {
      *out = day_value(y, m, d);
      *at = i;
      *used = n;
      return true;
    }
  }
  return false;
}

/* ---- front matter and metadata lines ------------------------------------ */

/* The headline is the article's own name for itself: the default title of
 * an events file extracted from it.  Quotes a YAML writer put around a
 * front matter value are not part of it. */
static void set_headline(const char *text, size_t s, size_t e,
                         tl_dct_info *out) {
  while (s < e && is_space(text[s]))
    s++;
  while (e > s && is_space(text[e - 1]))
    e--;
  if (e - s >= 2 && (text[s] == '"' || text[s] == '\'') &&
      text[e - 1] == text[s]) {
    s++;
    e--;
  }
  bool letters = false;
  for (size_t i = s; i < e; i++)
    letters |= is_alpha(text[i]);
  if (!letters)
    return;
  out->headline_start = s;
  out->headline_end = e;
}

static const char *const date_keys[] = {
    "date:", "published:", "dct:", "pubdate:", "created:", "dateline:", NULL};

static bool front_matter(const char *text, size_t len, size_t start,
                         tl_dct_info *out) {
  size_t e = line_end(text, len, start);
  if (e - start < 3 || memcmp(text + start, "---", 3) != 0 ||
      !blank_line(text, start + 3, e))
    return false;
  bool found = false;
  for (size_t i = next_line(text, len, start); i < len;
       i = next_line(text, len, i)) {
    size_t le = line_end(text, len, i);
    if (le - i >= 3 &&
        (memcmp(text + i, "---", 3) == 0 || memcmp(text + i, "...", 3) == 0) &&
        blank_line(text, i + 3, le)) {
      out->body_start = next_line(text, len, i);
      return true;
    }
    if (out->headline_start == out->headline_end &&
        starts_with(text + i, le - i, "title:"))
      set_headline(text, i + 6, le, out);
    for (const char *const *k = date_keys; *k && !found; k++) {
      if (!starts_with(text + i, le - i, *k))
        continue;
      size_t at, used;
      tl_date d;
      size_t v = i + strlen(*k);
      if (full_date_in(text + v, le - v, &d, &at, &used)) {
        out->date = d;
        out->source = TL_DCT_FRONT_MATTER;
        out->found_at = v + at;
        out->found_len = used;
        found = true;
      }
    }
  }
  /* No closing line: not front matter after all. */
  out->source = TL_DCT_NONE;
  out->headline_start = out->headline_end = 0;
  return false;
}

/* "By Jane Roe", "By Kim Tong-hyung and Hyung-jin Kim". */
static bool byline(const char *s, size_t len) {
  if (len > 80 || !starts_with(s, len, "by ") || len < 4 || !is_upper(s[3]))
    return false;
  for (size_t i = 3; i < len; i++) {
    if (is_digit(s[i]) || (s[i] == '.' && i + 1 == len))
      return false;
    if (i > 3 && s[i - 1] == ' ' && !is_upper(s[i]) &&
        !starts_with(s + i, len - i, "and ") &&
        !starts_with(s + i, len - i, "in "))
      return false;
  }
  return true;
}

/* Words a bare date line may hold besides the date: a weekday, a time,
 * a zone ("Thursday, September 4, 2025 10:32 AM GMT"). */
static const char *const date_line_words[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "updated", "published", "posted",   "at",     "am",
    "pm",     "a",       "m",         "p",        "gmt",    "utc",
    "est",    "edt",     "cst",       "cdt",      "pst",    "pdt",
    "bst",    "cet",     "cest",      "kst",      "jst",    "ist",
    "hkt",    "local",   "time",      "on",       "last",   "modified",
    "date",   NULL};

/* Words (runs of letters) outside s[a..b) that a date line would not
 * hold. */
static size_t words_outside(const char *s, size_t len, size_t a, size_t b) {
  size_t words = 0;
  for (size_t i = 0; i < len; i++) {
    if ((i >= a && i < b) || !is_alpha(s[i]) || (i > 0 && is_alpha(s[i - 1])))
      continue;
    size_t e = i;
    while (e < len && is_alpha(s[e]))
      e++;
    bool known = false;
    for (const char *const *w = date_line_words; *w && !known; w++)
      known = strlen(*w) == e - i && starts_with(s + i, e - i, *w);
    words += !known;
  }
  return words;
}

static const char *const meta_prefixes[] = {
    "published",       "updated",      "posted", "date:",
    "first published", "last updated", "dated",  NULL};

/* A metadata line: "Published: ...", a byline, or a line that is a date. */
static bool metadata_line(const char *s, size_t len, tl_dct_info *out,
                          size_t base) {
  while (len && is_space(s[len - 1]))
    len--;
  if (byline(s, len))
    return true;
  bool meta = false;
  for (const char *const *p = meta_prefixes; *p; p++)
    if (starts_with(s, len, *p))
      meta = true;
  tl_date d;
  size_t at, used;
  if (!full_date_in(s, len, &d, &at, &used))
    return false;
  /* A bare date line: the date and perhaps a weekday and a time. */
  if (!meta && len > 60)
    return false;
  /* A bare date line holds nothing else but a weekday, a time, a zone. */
  if (!meta && words_outside(s, len, at, at + used) > 0)
    return false;
  if (out->source == TL_DCT_NONE) {
    out->date = d;
    out->source = TL_DCT_PUBLISHED;
    out->found_at = base + at;
    out->found_len = used;
  }
  return true;
}

/* ---- datelines ----------------------------------------------------------- */

/* Length of a dateline separator at s: --, -, —, –, _, : (then a space). */
static size_t separator_at(const char *s, size_t len) {
  const unsigned char *u = (const unsigned char *)s;
  size_t n = 0;
  if (len >= 2 && s[0] == '-' && s[1] == '-')
    n = 2;
  else if (len >= 1 && (s[0] == '-' || s[0] == '_' || s[0] == ':'))
    n = 1;
  else if (len >= 3 && u[0] == 0xE2 && u[1] == 0x80 &&
           (u[2] == 0x93 || u[2] == 0x94))
    n = 3;
  if (n == 0)
    return 0;
  if (n < len && !is_space(s[n]) && s[n] != '\n')
    return 0;
  return n;
}

/* "SEOUL", "NEW YORK", "ST. PETERSBURG", "UNITED NATIONS", or Title Case
 * ("Seoul") when `caps` is false.  Returns bytes used. */
static size_t city_at(const char *s, size_t len, bool caps) {
  size_t i = 0, words = 0;
  while (i < len && words < 4) {
    if (!is_upper(s[i]))
      break;
    size_t w = i + 1;
    while (w < len && (caps ? (is_upper(s[w]) || s[w] == '.' || s[w] == '\'' ||
                               s[w] == '-')
                            : (is_alpha(s[w]) || s[w] == '.' || s[w] == '-')))
      w++;
    if (caps && w - i < 2)
      break;
    words++;
    i = w;
    if (i < len && s[i] == ' ' && i + 1 < len && is_upper(s[i + 1]) &&
        (caps ? (i + 2 < len && (is_upper(s[i + 2]) || s[i + 2] == '.'))
              : true))
      i++;
    else
      break;
  }
  return words ? i : 0;
}

/* "(Yonhap)", "(AP)": a short parenthesized agency name.  Bytes used. */
static size_t agency_at(const char *s, size_t len) {
  if (len < 3 || s[0] != '(')
    return 0;
  size_t i = 1;
  while (i < len && i < 40 && s[i] != ')' && s[i] != '\n')
    i++;
  if (i >= len || s[i] != ')' || i == 1 || !is_upper(s[1]))
    return 0;
  return i + 1;
}

static bool dateline(const char *text, size_t len, size_t start,
                     tl_dct_info *out) {
  size_t end = start + DATELINE_MAX < len ? start + DATELINE_MAX : len;
  const char *s = text + start;
  size_t n = end - start;
  bool caps = true;
  size_t i = city_at(s, n, true);
  if (i == 0) {
    caps = false;
    i = city_at(s, n, false);
  }
  if (i == 0)
    return false;
  int y = 0, m = 0, d = 0;
  bool has_date = false, has_agency = false;
  size_t date_at = 0, date_len = 0;
  /* ", Kenya" / ", Calif." then ", Sept. 4" */
  for (int part = 0; part < 3; part++) {
    size_t j = i;
    if (j < n && s[j] == ',') {
      j = skip_spaces(s, n, j + 1);
      size_t k = day_date_at(s + j, n - j, &y, &m, &d);
      if (k && !has_date) {
        has_date = true;
        date_at = j;
        date_len = k;
        i = j + k;
        continue;
      }
      size_t c = city_at(s + j, n - j, false);
      if (!c)
        c = city_at(s + j, n - j, true);
      if (c && !has_date) {
        i = j + c;
        continue;
      }
    }
    break;
  }
  i = skip_spaces(s, n, i);
  size_t a = agency_at(s + i, n - i);
  if (a) {
    has_agency = true;
    i = skip_spaces(s, n, i + a);
  }
  size_t sep = separator_at(s + i, n - i);
  if (!sep)
    return false;
  /* Title-case cities need an agency ("Seoul (AFP) -"); capitals alone
   * need the separator. */
  if (!caps && !has_agency)
    return false;
  if (!caps && !has_date && !has_agency)
    return false;
  out->dateline_start = start;
  out->dateline_end = start + i + sep;
  while (out->dateline_end < len && is_space(text[out->dateline_end]))
    out->dateline_end++;
  out->body_start = out->dateline_end;
  if (has_date && out->source == TL_DCT_NONE) {
    if (y == 0)
      out->year_guessed = true;
    out->date = day_value(y, m, d);
    out->source = TL_DCT_DATELINE;
    out->found_at = start + date_at;
    out->found_len = date_len;
  }
  return true;
}

/* The latest year from 1000 to 2999 written as four digits in the text. */
static int latest_year(const char *text, size_t len) {
  int best = 0;
  for (size_t i = 0; i + 4 <= len; i++) {
    if ((i > 0 && (is_digit(text[i - 1]) || is_alpha(text[i - 1]))) ||
        !is_digit(text[i]))
      continue;
    int y;
    if (number_at(text + i, len - i, 4, &y) == 4 && y >= 1000 && y < 3000 &&
        !(i + 4 < len && (is_alpha(text[i + 4]) && text[i + 4] != 's')))
      if (y > best)
        best = y;
  }
  return best;
}

/* A line that ends a sentence is prose, even inside closing quotes:
 * 'said the result "cannot stop reunification."' */
static bool sentence_end(const char *text, size_t start, size_t end) {
  while (end > start) {
    unsigned char c = (unsigned char)text[end - 1];
    if (c == '"' || c == '\'' || c == ')') {
      end--;
    } else if (end - start >= 3 && c >= 0x98 && c <= 0x9D &&
               (unsigned char)text[end - 3] == 0xE2 &&
               (unsigned char)text[end - 2] == 0x80) { /* ’ ” */
      end -= 3;
    } else {
      break;
    }
  }
  return end > start &&
         (text[end - 1] == '.' || text[end - 1] == '?' || text[end - 1] == '!');
}

/* Whether anything but blank lines follows the line ending at `end`: a
 * headline has a story under it. */
static bool more_text(const char *text, size_t len, size_t end) {
  for (size_t i = end; i < len; i++)
    if (!is_space(text[i]) && text[i] != '\n')
      return true;
  return false;
}

void tl_dct_detect(const char *text, size_t len, tl_dct_info *out) {
  memset(out, 0, sizeof *out);
  size_t i = 0;
  if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
    i = 3;
  out->body_start = i;
  while (i < len && (text[i] == '\n' || is_space(text[i])))
    i++;
  if (front_matter(text, len, i, out))
    i = out->body_start;
  /* Metadata lines and the dateline come before the first paragraph of
   * prose; a headline may come first. */
  size_t header_start = i;
  for (int line = 0; line < HEADER_LINES && i < len; line++) {
    size_t e = line_end(text, len, i);
    if (blank_line(text, i, e)) {
      i = next_line(text, len, i);
      continue;
    }
    if (dateline(text, len, i, out))
      break;
    if (metadata_line(text + i, e - i, out, i)) {
      i = next_line(text, len, i);
      out->body_start = i;
      continue;
    }
    /* A headline: short, no closing punctuation; the story follows. */
    size_t t = e;
    while (t > i && is_space(text[t - 1]))
      t--;
    if (t > i && t - i <= 100 && !sentence_end(text, i, t) &&
        line < HEADER_LINES - 1 && more_text(text, len, e)) {
      if (out->headline_start == out->headline_end)
        set_headline(text, i, t, out);
      i = next_line(text, len, i);
      continue;
    }
    break;
  }
  (void)header_start;
  while (out->body_start < len &&
         (text[out->body_start] == '\n' || is_space(text[out->body_start])))
    out->body_start++;
  if (out->source == TL_DCT_DATELINE && out->year_guessed) {
    int y = latest_year(text + out->body_start, len - out->body_start);
    if (y == 0 || !valid_day(y, out->date.month, out->date.day)) {
      out->source = TL_DCT_NONE;
      out->date = (tl_date){0};
      out->year_guessed = false;
    } else {
      out->date.year = y;
    }
  } else if (out->source == TL_DCT_DATELINE &&
             !valid_day(out->date.year, out->date.month, out->date.day)) {
    out->source = TL_DCT_NONE;
    out->date = (tl_date){0};
  }
}
