/* layout_fixtures.c - see layout_fixtures.h. */
#include "support/layout_fixtures.h"

#include <stdio.h>
#include <string.h>

static void add_status(tl_doc *doc, const char *date, const char *end,
                       const char *title, const char *type, const char *actor,
                       const char *status) {
  tl_event e;
  memset(&e, 0, sizeof e);
  if (tl_when_parse(date, strlen(date), &e.date, NULL) != TL_OK)
    return;
  if (end) {
    tl_when w;
    if (tl_when_parse(end, strlen(end), &w, NULL) == TL_OK) {
      e.end = w.start;
      e.has_end = true;
    }
  }
  e.title = title;
  e.type = type;
  e.status = status;
  const char *actors[1] = {actor};
  if (actor) {
    e.actors.items = actors;
    e.actors.count = 1;
  }
  tl_doc_add(doc, &e);
}

static void add(tl_doc *doc, const char *date, const char *end,
                const char *title, const char *type, const char *actor) {
  add_status(doc, date, end, title, type, actor, NULL);
}

tl_doc *tl_fixture_sample(void) {
  tl_doc *d = tl_doc_new();
  if (!d)
    return NULL;
  tl_doc_set_title(d, "China and North Korea");
  add(d, "1948-09-09/1994-07-08", NULL, "Kim Il Sung leads North Korea",
      "era", "Kim Il Sung");
  add(d, "1950-06-25", "1953-07-27", "Korean War", "war", "North Korea");
  add(d, "195X", NULL, "Chinese aid rebuilds Pyongyang", "agreement", "China");
  add(d, "1953-07-27", NULL, "Armistice signed at Panmunjom", "agreement",
      "North Korea");
  add(d, "1961-07-11", NULL,
      "Treaty of friendship and mutual assistance signed in Beijing",
      "treaty", "China");
  add(d, "2018~", NULL, "Kim turns to summit diplomacy", "statement", "Kim Jong Un");
  add(d, "2018-03-25/2018-03-28", NULL, "Kim's first trip abroad, to Beijing",
      "visit", "Kim Jong Un");
  add(d, "2018-04-27", NULL, "Moon and Kim meet at Panmunjom", "summit",
      "Moon Jae-in");
  add(d, "2018-05-07/2018-05-08", NULL, "Second meeting with Xi, in Dalian",
      "summit", "Xi Jinping");
  add(d, "2018-06-12", NULL, "Trump and Kim meet in Singapore", "summit",
      "Donald Trump");
  add(d, "2018-06-19/2018-06-20", NULL, "Third visit to Beijing", "visit",
      "Xi Jinping");
  add(d, "2018-09-18/2018-09-20", NULL, "Moon visits Pyongyang", "summit",
      "Moon Jae-in");
  add(d, "2019-01-07/2019-01-10", NULL, "Fourth visit to China", "visit",
      "Xi Jinping");
  add(d, "2019-02-27/2019-02-28", NULL, "Hanoi summit collapses", "summit",
      "Donald Trump");
  add(d, "2019?", NULL, "Talks with Washington stall", "talks", NULL);
  add(d, "2025-09-02", NULL, "Kim arrives in Beijing by armoured train",
      "visit", "Kim Jong Un");
  add(d, "2025-09-03", NULL, "Kim stands beside Xi and Putin at the parade",
      "parade", "Xi Jinping");
  add(d, "2025-09-03", NULL, "Kim and Putin hold talks", "talks",
      "Vladimir Putin");
  add(d, "2025-09-04", NULL, "Xi and Kim hold talks", "talks", "Xi Jinping");
  add(d, "2025-09-04~", NULL, "Kim's train leaves Beijing", "visit",
      "Kim Jong Un");
  add(d, "-0108", NULL, "Han conquers Gojoseon (108 BCE)", "war", NULL);
  return d;
}

/* Numerical Recipes' LCG: portable and the same everywhere. */
static unsigned next(unsigned *s) {
  *s = *s * 1664525u + 1013904223u;
  return *s >> 8;
}

static const char *const types[] = {"summit", "visit", "talks", "war",
                                    "agreement", "parade", "statement",
                                    "test"};
static const char *const actors[] = {"China", "North Korea", "Russia",
                                     "United States", "South Korea"};
static const char *const words[] = {
    "talks",   "summit", "envoy",  "visit",  "statement", "missile",
    "parade",  "treaty", "border", "trade",  "sanctions", "delegation",
    "railway", "aid",    "leader", "ministers"};

/* Clusters: [start year, length in days, share of events]. */
static const struct {
  int year, month;
  int days;
  unsigned share;
} clusters[] = {{1950, 6, 1130, 15}, {1961, 7, 20, 3}, {2018, 3, 300, 25},
                {2019, 2, 150, 15}, {2025, 9, 10, 42}};

tl_doc *tl_fixture_generated(size_t n, unsigned seed) {
  tl_doc *d = tl_doc_new();
  if (!d)
    return NULL;
  unsigned s = seed * 2654435761u + 1;
  for (size_t i = 0; i < n; i++) {
    unsigned r = next(&s) % 100, k = 0, acc = 0;
    while (k + 1 < sizeof clusters / sizeof clusters[0] &&
           r >= acc + clusters[k].share)
      acc += clusters[k++].share;
    int64_t day0 = tl_days_from_civil(clusters[k].year, clusters[k].month, 1);
    int64_t day = day0 + (int64_t)(next(&s) % (unsigned)clusters[k].days);
    int32_t y;
    int m, dd;
    tl_civil_from_days(day, &y, &m, &dd);
    char date[64], end[64] = "", title[160];
    unsigned shape = next(&s) % 20;
    if (shape < 12)
      snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, dd);
    else if (shape < 14)
      snprintf(date, sizeof date, "%04d-%02d", y, m);
    else if (shape == 14)
      snprintf(date, sizeof date, "%04d", y);
    else if (shape == 15)
      snprintf(date, sizeof date, "%04d-%02d-%02d~", y, m, dd);
    else if (shape == 16)
      snprintf(date, sizeof date, "%04d?", y);
    else if (shape == 17)
      snprintf(date, sizeof date, "%03dX", y / 10);
    else { /* an interval of a few days to a few months */
      int64_t last = day + 1 + (int64_t)(next(&s) % 90);
      int32_t y2;
      int m2, d2;
      tl_civil_from_days(last, &y2, &m2, &d2);
      snprintf(date, sizeof date, "%04d-%02d-%02d/%04d-%02d-%02d", y, m, dd,
               y2, m2, d2);
    }
    unsigned nw = 2 + next(&s) % 9;
    int len = snprintf(title, sizeof title, "#%zu", i + 1);
    for (unsigned w = 0; w < nw && len < 140; w++)
      len += snprintf(title + len, sizeof title - (size_t)len, " %s",
                      words[next(&s) % 16]);
    const char *type = (i % 97 == 5) ? "era" : types[next(&s) % 8];
    if (type[0] == 'e' && !strchr(date, '/'))
      snprintf(end, sizeof end, "%04d", y + 1);
    /* Statuses by position, so the dates stay those of earlier seeds. */
    const char *status = i % 11 == 3   ? "planned"
                         : i % 13 == 4 ? "cancelled"
                         : i % 17 == 6 ? "inferred"
                                       : NULL;
    add_status(d, date, end[0] ? end : NULL, title, type, actors[next(&s) % 5],
               status);
  }
  return d;
}
