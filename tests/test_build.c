/* test_build.c - clause -> event, on sentences written for these tests.
 *
 * Dates are given by hand (phrase, TIMEX3 value, mod, signal), as the
 * temporal tagger would give them, so these cases test the event rules
 * alone.  Every expected title, actor list, place, type and status was
 * worked out by reading the sentence and applying the rule the case is
 * named after; none was copied from the program's output. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/pipeline.h"
#include "extract/timex_when.h"

typedef struct date_spec {
  const char *phrase; /* found in the text (the n-th time, from 0) */
  const char *value;  /* TIMEX3 value, or an EDTF interval "1950/1953" */
  const char *mod;
  const char *signal;
  int nth;
  bool future;
} date_spec;

typedef struct expected {
  const char *date;
  const char *title;
  const char *actors; /* joined by "|" */
  const char *place;
  const char *type;
  const char *status;
  const char *said_by;
  size_t sources;
} expected;

typedef struct build_case {
  const char *rule;
  const char *text;
  const char *dct;
  date_spec dates[4];
  expected events[3];
} build_case;

static const build_case cases[] = {
    {"a visit: title without the date phrase; too long, so family names",
     "Japanese Prime Minister Fumio Kishida arrived in Seoul on Sunday for "
     "talks with President Yoon Suk Yeol.",
     "2023-05-08",
     {{"Sunday", "2023-05-07", "", "on", 0, false}},
     {{"2023-05-07", "Kishida arrived in Seoul for talks with Yoon",
       "Fumio Kishida|Yoon Suk Yeol|Japan", "Seoul", "visit", NULL, NULL, 1}}},
    {"a trailing attribution is cut and names the source",
     "North Korea fired a ballistic missile into the sea on Thursday, South "
     "Korea's military said.",
     "2024-01-12",
     {{"Thursday", "2024-01-11", "", "on", 0, false}},
     {{"2024-01-11", "North Korea fired a ballistic missile into the sea",
       "North Korea", NULL, "launch", NULL, "South Korea's military", 1}}},
    {"a leading frame by an agency is cut; a future date is planned",
     "Yonhap reported that President Lee Jae-myung will visit Tokyo next "
     "month.",
     "2025-08-05",
     {{"next month", "2025-09", "", "", 0, true}},
     {{"2025-09", "President Lee Jae-myung will visit Tokyo", "Lee Jae-myung",
       "Tokyo", "visit", "planned", "Yonhap", 1}}},
    {"a degree word left before a cut clause goes with it",
     "North Korea shut its land border to all trade and travel in 2020 "
     "shortly after the first cases of the new virus were reported abroad.",
     "2024-06-01",
     {{"2020", "2020", "", "in", 0, false}},
     {{"2020", "North Korea shut its land border to all trade and travel",
       "North Korea", NULL, NULL, NULL, NULL, 1}}},
    {"a 'not' in what was said does not undo the saying",
     "Putin said on Tuesday that Russia did not want war.",
     "2024-01-17",
     {{"Tuesday", "2024-01-16", "", "on", 0, false}},
     {{"2024-01-16", "Putin said that Russia did not want war",
       "Vladimir Putin|Russia", NULL, "statement", NULL, NULL, 1}}},
    {"a state's ministry saying what makes no event is a statement",
     "Japan's foreign ministry said on Friday that the court's ruling was "
     "deeply regrettable.",
     "2024-01-20",
     {{"Friday", "2024-01-19", "", "on", 0, false}},
     {{"2024-01-19",
       "Japan's foreign ministry said that the court's ruling was deeply "
       "regrettable",
       "Japan", NULL, "statement", NULL, NULL, 1}}},
    {"officials saying what makes no event is no event",
     "Officials said on Friday that the court's ruling was deeply "
     "regrettable.",
     "2024-01-20",
     {{"Friday", "2024-01-19", "", "on", 0, false}},
     {{NULL}}},
    {"a kind of happening with no one and nowhere only adds a source",
     "During the three-day trip starting Monday, the envoy is set to meet "
     "officials.",
     "2025-03-12",
     {{"Monday", "2025-03-17", "", "", 0, true}},
     {{NULL}}},
    {"`since 2017, when ...`: the 'when' clause tells what happened then",
     "It is Putin's first visit to Vietnam since 2017, when he attended a "
     "summit in Da Nang.",
     "2024-06-20",
     {{"2017", "2017", "", "since", 0, false}},
     {{"2017", "Putin attended a summit in Da Nang", "Vladimir Putin",
       "Da Nang", "summit", NULL, NULL, 1}}},
    {"`his first visit since 2017` alone compares, and dates nothing",
     "It is Putin's first visit to Vietnam since 2017.",
     "2024-06-20",
     {{"2017", "2017", "", "since", 0, false}},
     {{NULL}}},
    {"reported speech about an undated future is no event",
     "Trump said on Monday that he would meet Kim again.",
     "2025-03-05",
     {{"Monday", "2025-03-03", "", "on", 0, false}},
     {{NULL}}},
    {"a promise is no event",
     "Kim vowed on Tuesday to strengthen the country's nuclear forces.",
     "2025-03-05",
     {{"Tuesday", "2025-03-04", "", "on", 0, false}},
     {{NULL}}},
    {"a negated clause is no event",
     "The two sides did not reach an agreement on Tuesday.",
     "2025-03-05",
     {{"Tuesday", "2025-03-04", "", "on", 0, false}},
     {{NULL}}},
    {"a comparison with an earlier happening is no event",
     "It was North Korea's first such test since 2017.",
     "2019-05-05",
     {{"2017", "2017", "", "since", 0, false}},
     {{NULL}}},
    {"a conditional clause is no event",
     "If talks with Iran resume in March, sanctions could be eased.",
     "2025-01-05",
     {{"March", "2025-03", "", "in", 0, true}},
     {{NULL}}},
    {"a question is no event",
     "Will Xi and Biden meet again in 2024?",
     "2023-11-20",
     {{"2024", "2024", "", "in", 0, true}},
     {{NULL}}},
    {"a named happening next to the date is the title",
     "The armistice that ended the 1950-53 Korean War was signed at "
     "Panmunjom.",
     "2023-07-27",
     {{"1950-53", "1950/1953", "", "", 0, false}},
     {{"1950/1953", "Korean War", NULL, "Panmunjom", "war", NULL, NULL, 1}}},
    {"the object of `after` dated at its end is the event",
     "Relations soured after the collapse of talks in Geneva in March 2019.",
     "2019-06-01",
     {{"March 2019", "2019-03", "", "in", 0, false}},
     {{"2019-03", "Collapse of talks in Geneva", NULL, "Geneva", "talks", NULL,
       NULL, 1}}},
    {"`the two countries` names the countries just mentioned",
     "Seoul has moved closer to Tokyo \xe2\x80\x93 the two countries signed "
     "an intelligence-sharing pact in 2016, and their leaders now meet "
     "often.",
     "2019-01-10",
     {{"2016", "2016", "", "in", 0, false}},
     {{"2016", "South Korea and Japan signed an intelligence-sharing pact",
       "South Korea|Japan", NULL, "agreement", NULL, NULL, 1}}},
    {"`he` opening a sentence is the last sentence's subject",
     "Moon Jae-in took office in May 2017. He met Kim Jong Un at Panmunjom "
     "in April 2018.",
     "2019-01-10",
     {{"May 2017", "2017-05", "", "in", 0, false},
      {"April 2018", "2018-04", "", "in", 0, false}},
     {{"2017-05", "Moon Jae-in took office", "Moon Jae-in", NULL, NULL, NULL,
       NULL, 1},
      {"2018-04", "Moon met Kim Jong Un at Panmunjom",
       "Moon Jae-in|Kim Jong Un", "Panmunjom", "meeting", NULL, NULL, 1}}},
    {"a seat of government is the source; a plan is planned",
     "Putin will travel to Beijing in October, the Kremlin said.",
     "2023-09-20",
     {{"October", "2023-10", "", "in", 0, true}},
     {{"2023-10", "Putin will travel to Beijing", "Vladimir Putin", "Beijing",
       NULL, "planned", "Kremlin", 1}}},
    {"`since` with a perfect tense starts an open interval",
     "North Korea has boycotted talks with the United States since 2019.",
     "2023-01-10",
     {{"2019", "2019", "", "since", 0, false}},
     {{"2019/..", "North Korea has boycotted talks with the United States",
       "North Korea|United States", NULL, "talks", NULL, NULL, 1}}},
    {"`called off` is cancelled; `planned for` goes with the date; a "
     "leading article goes",
     "A summit between the two Koreas planned for June 2019 was called off.",
     "2019-07-10",
     {{"June 2019", "2019-06", "", "for", 0, false}},
     {{"2019-06", "Summit between the two Koreas was called off", NULL, NULL,
       "summit", "cancelled", NULL, 1}}},
    {"a middle attribution is cut; `fired` a missile is a launch",
     "Kim watched troops fire a new missile on Monday, KCNA said, and "
     "ordered more drills.",
     "2024-03-06",
     {{"Monday", "2024-03-04", "", "on", 0, false}},
     {{"2024-03-04",
       "Kim watched troops fire a new missile, and ordered more "
       "drills",
       "Kim Jong Un", NULL, NULL, NULL, "Korean Central News Agency", 1}}},
    {"a heading is no event",
     "Summit talks in 2019\n\nThe talks began.",
     "2019-07-10",
     {{"2019", "2019", "", "in", 0, false}},
     {{NULL}}},
    {"one happening named twice is one event with two sources",
     "Xi Jinping and Kim Jong Un met in Beijing on Sept. 4. Their Sept. 4 "
     "meeting was the first in six years.",
     "2025-09-05",
     {{"Sept. 4", "2025-09-04", "", "on", 0, false},
      {"Sept. 4", "2025-09-04", "", "", 1, false}},
     {{"2025-09-04", "Xi Jinping and Kim Jong Un met in Beijing",
       "Xi Jinping|Kim Jong Un", "Beijing", "meeting", NULL, NULL, 2}}},
    {"a date in `according to` dates the report",
     "According to Yonhap, military officers of the two Koreas held talks at "
     "Panmunjom on Friday.",
     "2018-06-16",
     {{"Friday", "2018-06-15", "", "on", 0, false}},
     {{"2018-06-15",
       "Military officers of the two Koreas held talks at "
       "Panmunjom",
       NULL, "Panmunjom", "talks", NULL, "Yonhap", 1}}},
    {"hedges and limits before a date are cue words, not title words",
     "Over the weekend, Pentagon officials confirmed that a carrier was "
     "heading to the region.",
     "1990-08-13",
     {{"the weekend", "1990-08-11/1990-08-12", "", "over", 0, false}},
     {{"1990-08-11/1990-08-12",
       "Pentagon officials confirmed that a carrier was heading to the region",
       "United States", NULL, "statement", NULL, NULL, 1}}},
    {"a date closing its predicate does not date the one `and` adds; a "
     "country that is only the venue is no actor",
     "NATO warplanes helped end the war in Bosnia almost four years ago and "
     "now are poised to strike in Kosovo.",
     "1999-03-12",
     {{"four years ago", "1995", "", "", 0, false}},
     {{"1995", "NATO warplanes helped end the war in Bosnia", "NATO",
       "Bosnia and Herzegovina", "war", NULL, NULL, 1}}},
    {"a clause whose verb is `be` describes; nothing happened then",
     "Netanyahu's comments last week were in response to signals from "
     "Syria, the newspaper said Sunday.",
     "1998-03-02",
     {{"last week", "1998-W08", "", "", 0, false},
      {"Sunday", "1998-03-01", "", "", 0, false}},
     {{NULL}}},
    {"a year written before a noun that names no happening dates nothing",
     "The delegation arrived in Geneva on Monday with a 1994 map of the "
     "border.",
     "2001-05-09",
     {{"Monday", "2001-05-07", "", "on", 0, false},
      {"1994", "1994", "", "", 0, false}},
     {{"2001-05-07", "Delegation arrived in Geneva with a map of the border",
       NULL, "Geneva", "visit", NULL, NULL, 1}}},
    {"a full date before a happening's noun dates that happening",
     "Two agents were charged in the Dec. 21, 1988, bombing of a U.S. "
     "airliner over Scotland.",
     "1999-06-07",
     {{"Dec. 21, 1988", "1988-12-21", "", "", 0, false}},
     {{"1988-12-21", "Bombing of a U.S. airliner over Scotland",
       "United States", NULL, "attack", NULL, NULL, 1}}},
    {"the second of two dated predicates keeps the subject",
     "Cuban students held a rally in Havana on Saturday and marched to the "
     "airport on Monday.",
     "2000-01-12",
     {{"Saturday", "2000-01-08", "", "on", 0, false},
      {"Monday", "2000-01-10", "", "on", 0, false}},
     {{"2000-01-08", "Cuban students held a rally in Havana", "Cuba", "Havana",
       "protest", NULL, NULL, 1},
      {"2000-01-10", "Cuban students marched to the airport", "Cuba", NULL,
       NULL, NULL, NULL, 1}}},
    {"the date of an attribution dates nothing when the report has its own",
     "The evidence arrived in Washington over the weekend and is being "
     "analyzed, police said Monday.",
     "1998-08-17",
     {{"the weekend", "1998-08-15/1998-08-16", "", "over", 0, false},
      {"Monday", "1998-08-17", "", "", 0, false}},
     {{"1998-08-15/1998-08-16", "Evidence arrived in Washington", NULL,
       "Washington", "visit", NULL, "police", 1}}},
    {"a dated happening that is the subject: the clause tells it",
     "The Aug. 7 bombings killed 224 people, including 12 Americans.",
     "1998-08-20",
     {{"Aug. 7", "1998-08-07", "", "", 0, false}},
     {{"1998-08-07", "Bombings killed 224 people, including 12 Americans", NULL,
       NULL, "attack", NULL, NULL, 1}}},
    {"a scene-setting phrase opening the sentence is no title",
     "Just ahead of Albright's trip, the State Department on Sunday issued a "
     "warning to U.S. travelers.",
     "1998-08-17",
     {{"Sunday", "1998-08-16", "", "on", 0, false}},
     {{"1998-08-16", "The State Department issued a warning to U.S. travelers",
       "United States", NULL, NULL, NULL, NULL, 1}}},
    {"a dated past participle opening the sentence is what happened to the "
     "subject",
     "Rescued on Nov. 25 by fishermen off the coast, Elian Gonzalez has "
     "become the subject of a custody battle.",
     "2000-01-07",
     {{"Nov. 25", "1999-11-25", "", "on", 0, false}},
     {{"1999-11-25", "Elian Gonzalez rescued by fishermen off the coast",
       "Elian Gonzalez", NULL, NULL, NULL, NULL, 1}}},
    {"a title mostly in someone's quoted words is no event",
     "Exiles will now ``proceed with all their resources to impede or "
     "delay'' the ruling, Cuba predicted Wednesday.",
     "2000-01-07",
     {{"Wednesday", "2000-01-05", "", "", 0, false}},
     {{NULL}}},
    {"words about someone's remarks are no event",
     "Cabinet minister Michael Eitan said Sunday that Netanyahu's remarks "
     "marked a change in Israel's position.",
     "1998-03-02",
     {{"Sunday", "1998-03-01", "", "", 0, false}},
     {{NULL}}},
    {"a `when` clause right after the date tells what happened then",
     "Kavan worked with the underground in 1968 when Soviet troops invaded "
     "Czechoslovakia.",
     "1999-03-12",
     {{"1968", "1968", "", "in", 0, false}},
     {{"1968", "Soviet troops invaded Czechoslovakia",
       "Soviet Union|Czechoslovakia", NULL, "war", NULL, NULL, 1}}},
    {"a future reported with only the saying's date is undated",
     "Kim will visit Russia, KCNA said Monday.",
     "2023-09-05",
     {{"Monday", "2023-09-04", "", "", 0, false}},
     {{NULL}}},
    {"the commas around a date phrase go with it",
     "The embassy bombings, on Aug. 7, killed 247 people.",
     "1998-08-20",
     {{"Aug. 7", "1998-08-07", "", "on", 0, false}},
     {{"1998-08-07", "Embassy bombings killed 247 people", NULL, NULL, "attack",
       NULL, NULL, 1}}},
    {"a relative clause after a happening's noun tells what it did",
     "The war, which broke out in November 2020, has killed thousands of "
     "people.",
     "2022-11-12",
     {{"November 2020", "2020-11", "", "in", 0, false}},
     {{"2020-11", "War broke out", NULL, NULL, "war", NULL, NULL, 1}}},
    {"an object relative clause ends its title with the noun it refers to",
     "This year marks the 10th anniversary of the Belt and Road Initiative, "
     "which Xi Jinping proposed in 2013.",
     "2023-10-18",
     {{"2013", "2013", "", "in", 0, false}},
     {{"2013", "Xi Jinping proposed the Belt and Road Initiative", "Xi Jinping",
       NULL, NULL, NULL, NULL, 1}}},
    {"a relative clause after a list of names is about all of them",
     "Poland, the Czech Republic and Hungary, who were invited to join NATO "
     "in July 1997, will join on March 12.",
     "1999-02-26",
     {{"July 1997", "1997-07", "", "in", 0, false},
      {"March 12", "1999-03-12", "", "on", 0, true}},
     {{"1997-07",
       "Poland, the Czech Republic and Hungary were invited to join NATO",
       "Poland|Czech Republic|Hungary|NATO", NULL, NULL, NULL, NULL, 1},
      {"1999-03-12", "Poland, the Czech Republic and Hungary will join",
       "Poland|Czech Republic|Hungary", NULL, NULL, "planned", NULL, 1}}},
    {"a restrictive relative clause holding the date is the event",
     "Canadian officials confirmed that Kopp is a suspect in attacks that "
     "injured three doctors in November.",
     "1999-05-06",
     {{"November", "1998-11", "", "in", 0, false}},
     {{"1998-11", "Attacks injured three doctors", NULL, NULL, "attack", NULL,
       "Canadian officials", 1}}},
    {"a long title is not cut right after a word that needs what follows",
     "Ethiopia's military commanders and Tigrayan forces agreed on Saturday "
     "to allow unhindered humanitarian access to the war-torn Tigray region.",
     "2022-11-12",
     {{"Saturday", "2022-11-12", "", "on", 0, false}},
     {{"2022-11-12",
       "Ethiopia's military commanders and Tigrayan forces agreed to "
       "allow\xe2\x80\xa6",
       "Ethiopia", NULL, "agreement", NULL, NULL, 1}}},
    {"`a day after` a clause dates it from the sentence's date",
     "North Korea fired missiles on Monday, a day after South Korea and the "
     "United States kicked off their annual drills.",
     "2025-03-12",
     {{"Monday", "2025-03-10", "", "on", 0, false},
      {"a day", "P1D", "", "", 0, false}},
     {{"2025-03-10", "North Korea fired missiles", "North Korea", NULL,
       "launch", NULL, NULL, 1},
      {"2025-03-09",
       "South Korea and the United States kicked off their annual drills",
       "South Korea|United States", NULL, NULL, NULL, NULL, 1}}},
    {"`three days after the vote` counts from the election told before",
     "Malaysia held a general election on Saturday. Thailand sent an envoy "
     "to Kuala Lumpur three days after the vote.",
     "2025-05-08",
     {{"Saturday", "2025-05-03", "", "on", 0, false},
      {"three days", "P3D", "", "", 0, false}},
     {{"2025-05-03", "Malaysia held a general election", "Malaysia", NULL,
       "election", NULL, NULL, 1},
      {"2025-05-06", "Thailand sent an envoy to Kuala Lumpur after the vote",
       "Thailand", "Kuala Lumpur", NULL, NULL, NULL, 1}}},
    {"`after the vote` with no election told before dates nothing",
     "Thailand sent an envoy to Kuala Lumpur three days after the vote.",
     "2025-05-08",
     {{"three days", "P3D", "", "", 0, false}},
     {{NULL}}},
    {"a date in an `-ing` phrase after `before` dates that phrase",
     "Germany held up the deal for weeks before agreeing to a compromise on "
     "Friday.",
     "2024-06-25",
     {{"Friday", "2024-06-21", "", "on", 0, false}},
     {{"2024-06-21", "Germany agreed to a compromise", "Germany", NULL,
       "agreement", NULL, NULL, 1}}},
    {"`the monarch` is the king named lately",
     "King Hussein of Jordan arrived in Washington on Wednesday. The monarch "
     "will meet Bush on Thursday in Kennebunkport, Maine.",
     "1990-08-15",
     {{"Wednesday", "1990-08-15", "", "on", 0, false},
      {"Thursday", "1990-08-16", "", "on", 0, true}},
     {{"1990-08-15", "King Hussein of Jordan arrived in Washington",
       "King Hussein|Jordan", "Washington", "visit", NULL, NULL, 1},
      {"1990-08-16", "King Hussein will meet Bush in Kennebunkport, Maine",
       "King Hussein|George H. W. Bush", "Kennebunkport", "meeting", "planned",
       NULL, 1}}},
    {"how long a state lasted (`until`) dates no happening",
     "Kavan lived in London until 1989.",
     "1999-03-12",
     {{"1989", "1989", "", "until", 0, false}},
     {{NULL}}},
    {"the earliest a plan might happen (`as soon as`) dates nothing",
     "The group would be ready to leave for Washington as soon as Tuesday, "
     "Castro said.",
     "2000-04-03",
     {{"Tuesday", "2000-04-04", "", "", 0, true}},
     {{NULL}}},
    {"a list between commas with a verb in it is no aside",
     "Poland, Hungary and the Czech Republic can now join NATO planning, "
     "because all members have approved it, Scharping said Saturday.",
     "1998-12-07",
     {{"Saturday", "1998-12-05", "", "", 0, false}},
     {{"1998-12-05",
       "Poland, Hungary and the Czech Republic can now join NATO planning",
       "Poland|Hungary|Czech Republic|NATO", NULL, NULL, NULL, "Scharping",
       1}}},
    {"a date far from now in a present-perfect clause is its noun's",
     "Albright has invited the foreign ministers to a ceremony in "
     "Independence on March 12.",
     "1999-02-16",
     {{"March 12", "1999-03-12", "", "on", 0, true}},
     {{"1999-03-12", "Ceremony in Independence", "Madeleine Albright",
       "Independence", NULL, "planned", NULL, 1}}},
    {"`, and` starts a clause only after one with a verb",
     "Moon Jae-in, 65, and his wife met Kim Jong Un in Pyongyang on Sept. "
     "18.",
     "2018-09-20",
     {{"Sept. 18", "2018-09-18", "", "on", 0, false}},
     {{"2018-09-18",
       "Moon Jae-in, 65, and his wife met Kim Jong Un in Pyongyang",
       "Moon Jae-in|Kim Jong Un", "Pyongyang", "meeting", NULL, NULL, 1}}},
    {"a speaker named before a quotation makes a statement",
     "Iran said on Sunday that the strikes \"violated the U.N. Charter and "
     "international law.\"",
     "2024-04-15",
     {{"Sunday", "2024-04-14", "", "on", 0, false}},
     {{"2024-04-14",
       "Iran said that the strikes \"violated the U.N. Charter and "
       "international law.\"",
       "Iran|United Nations", NULL, "statement", NULL, NULL, 1}}},
    {"a preposition right before the date's belongs to the verb",
     "Lai Ching-te will be sworn in on May 20.",
     "2024-01-14",
     {{"May 20", "2024-05-20", "", "on", 0, true}},
     {{"2024-05-20", "Lai Ching-te will be sworn in", "Lai Ching-te", NULL,
       "appointment", "planned", NULL, 1}}},
    {"a clause that only says the time belongs to the date phrase",
     "Cuban exiles held a vigil as Easter week began.",
     "2000-04-17",
     {{"Easter week", "2000-04-16/2000-04-22", "", "as", 0, false}},
     {{"2000-04-16/2000-04-22", "Cuban exiles held a vigil", "Cuba", NULL, NULL,
       NULL, NULL, 1}}},
    {"a duration is no date, and a date with nobody in it is no event",
     "Growth slowed in 2019 after six years of expansion.",
     "2020-01-10",
     {{"2019", "2019", "", "in", 0, false}},
     {{NULL}}},
};

typedef struct finder_ctx {
  const build_case *c;
} finder_ctx;

static tl_status finder(void *p, const char *text, size_t len,
                        size_t body_start, const tl_date *dct, bool guessed,
                        tl_date_mention **out, size_t *count) {
  (void)len;
  (void)body_start;
  (void)dct;
  (void)guessed;
  const build_case *c = ((finder_ctx *)p)->c;
  tl_date_mention *d = calloc(4, sizeof *d);
  size_t n = 0;
  for (size_t i = 0; i < 4 && c->dates[i].phrase; i++) {
    const date_spec *s = &c->dates[i];
    const char *at = strstr(text, s->phrase);
    for (int k = 0; k < s->nth && at; k++)
      at = strstr(at + 1, s->phrase);
    assert_non_null(at);
    tl_date_mention m = {0};
    m.start = (size_t)(at - text);
    m.end = m.start + strlen(s->phrase);
    /* A DURATION before "after" ("a day": P1D) counts from another date. */
    if (s->value[0] == 'P') {
      m.offset_amount = atoi(s->value + 1);
      m.offset_unit = s->value[strlen(s->value) - 1];
    } else if (strchr(s->value, '/'))
      assert_int_equal(tl_when_parse(s->value, strlen(s->value), &m.when, NULL),
                       TL_OK);
    else
      assert_true(tl_when_from_timex(s->value, s->mod, &m.when));
    snprintf(m.signal, sizeof m.signal, "%s", s->signal);
    m.future = s->future;
    d[n++] = m;
  }
  *out = d;
  *count = n;
  return TL_OK;
}

static void join(const tl_strlist *l, char *buf, size_t size) {
  buf[0] = '\0';
  size_t used = 0;
  for (size_t i = 0; i < l->count; i++)
    used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? "|" : "",
                             l->items[i]);
}

static void expect_str(size_t i, const char *what, const char *want,
                       const char *got) {
  if ((want == NULL) != (got == NULL) || (want && strcmp(want, got) != 0))
    fail_msg("case %zu (%s): want [%s] got [%s]", i, what,
             want ? want : "(none)", got ? got : "(none)");
}

static void test_build_table(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const build_case *c = &cases[i];
    tl_when dct;
    assert_int_equal(tl_when_parse(c->dct, strlen(c->dct), &dct, NULL), TL_OK);
    tl_extract_options opt = {"test.txt", &dct.start, NULL};
    tl_extraction *x = tl_extraction_new();
    tl_diags diags;
    tl_diags_init(&diags);
    finder_ctx fc = {c};
    assert_int_equal(
        tl_extract_run(x, c->text, strlen(c->text), &opt, finder, &fc, &diags),
        TL_OK);
    size_t want_n = 0;
    while (want_n < 3 && c->events[want_n].date)
      want_n++;
    if (tl_extraction_count(x) != want_n) {
      char got[256] = "";
      for (size_t k = 0; k < tl_extraction_count(x); k++) {
        strncat(got, tl_extraction_event(x, k)->title,
                sizeof got - strlen(got) - 3);
        strcat(got, " | ");
      }
      fail_msg("case %zu (%s): %zu events, want %zu: %s", i, c->rule,
               tl_extraction_count(x), want_n, got);
    }
    for (size_t k = 0; k < want_n; k++) {
      const expected *w = &c->events[k];
      const tl_event *e = tl_extraction_event(x, k);
      char date[TL_WHEN_MAX], actors[256];
      tl_when_format(&e->date, date);
      join(&e->actors, actors, sizeof actors);
      expect_str(i, "date", w->date, date);
      expect_str(i, "title", w->title, e->title);
      expect_str(i, "actors", w->actors ? w->actors : "", actors);
      expect_str(i, "place", w->place, e->place);
      expect_str(i, "type", w->type, e->type);
      expect_str(i, "status", w->status, e->status);
      expect_str(i, "said_by", w->said_by, e->sources[0].said_by);
      if (e->source_count != w->sources)
        fail_msg("case %zu: %zu sources, want %zu", i, e->source_count,
                 w->sources);
      assert_string_equal(e->sources[0].document, "test.txt");
    }
    tl_extraction_free(x);
    tl_diags_free(&diags);
  }
}

/* The quote is the exact sentence and the offset finds it in the input. */
static void test_quote_and_offset(void **state) {
  (void)state;
  const char *text = "WASHINGTON (AP) \xe2\x80\x94 Leaders met.\n\nBiden met "
                     "Xi in Woodside on Wednesday.";
  static const build_case c = {
      "quote",
      NULL,
      "2023-11-16",
      {{"Wednesday", "2023-11-15", "", "on", 0, false}},
      {{NULL}}};
  tl_when dct;
  assert_int_equal(tl_when_parse("2023-11-16", 10, &dct, NULL), TL_OK);
  tl_extract_options opt = {"ap.txt", &dct.start, NULL};
  tl_extraction *x = tl_extraction_new();
  tl_diags diags;
  tl_diags_init(&diags);
  finder_ctx fc = {&c};
  assert_int_equal(
      tl_extract_run(x, text, strlen(text), &opt, finder, &fc, &diags), TL_OK);
  assert_int_equal(tl_extraction_count(x), 1);
  const tl_event *e = tl_extraction_event(x, 0);
  const char *want = "Biden met Xi in Woodside on Wednesday.";
  assert_string_equal(e->sources[0].quote, want);
  assert_int_equal(e->sources[0].offset, strstr(text, want) - text);
  assert_string_equal(e->title, "Biden met Xi in Woodside");
  assert_string_equal(e->place, "Woodside");
  tl_extraction_free(x);
  tl_diags_free(&diags);
}

static tl_status no_dates(void *p, const char *text, size_t len,
                          size_t body_start, const tl_date *dct, bool guessed,
                          tl_date_mention **out, size_t *count) {
  (void)p, (void)text, (void)len, (void)body_start, (void)dct, (void)guessed;
  *out = NULL;
  *count = 0;
  return TL_OK;
}

/* Through the tagger: "on Thursday and Friday" is one happening over two
 * days, not two events. */
static void test_days_joined(void **state) {
  (void)state;
  const char *text = "EU leaders will meet in Brussels on Thursday and "
                     "Friday for a summit.";
  tl_when dct;
  assert_int_equal(tl_when_parse("2024-06-25", 10, &dct, NULL), TL_OK);
  tl_extract_options opt = {"eu.txt", &dct.start, NULL};
  tl_extraction *x = tl_extraction_new();
  tl_diags diags;
  tl_diags_init(&diags);
  assert_int_equal(tl_extract(x, text, strlen(text), &opt, &diags), TL_OK);
  assert_int_equal(tl_extraction_count(x), 1);
  char date[TL_WHEN_MAX];
  assert_string_equal(tl_when_format(&tl_extraction_event(x, 0)->date, date),
                      "2024-06-27/2024-06-28");
  assert_string_equal(tl_extraction_event(x, 0)->title,
                      "EU leaders will meet in Brussels for a summit");
  tl_extraction_free(x);
  tl_diags_free(&diags);
}

/* Bad input is refused with its place, and nothing is added. */
static void test_bad_input(void **state) {
  (void)state;
  static const struct {
    const char *text;
    size_t len;
    const char *message;
  } bad[] = {
      {"Talks \xff\xfe began.", 15, "invalid UTF-8 byte 0xFF at offset 6"},
      {"Talks\0began.", 12, "NUL byte at offset 5"},
  };
  for (size_t i = 0; i < 2; i++) {
    tl_extraction *x = tl_extraction_new();
    tl_diags diags;
    tl_diags_init(&diags);
    tl_extract_options opt = {"bad.txt", NULL, NULL};
    assert_int_equal(tl_extract_run(x, bad[i].text, bad[i].len, &opt, no_dates,
                                    NULL, &diags),
                     TL_ERR_INVALID);
    assert_int_equal(diags.errors, 1);
    assert_string_equal(diags.items[0].message, bad[i].message);
    assert_int_equal(tl_extraction_count(x), 0);
    tl_extraction_free(x);
    tl_diags_free(&diags);
  }
}

/* Inputs found by fuzz/fuzz_extract.c, run from an exactly sized buffer
 * so that reading one byte past the text is caught under ASan. */
static void test_fuzz_regressions(void **state) {
  (void)state;
  static const char *const files[] = {
      "data/regressions/extract-dash-at-end.txt", /* a dash ending the text */
  };
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    FILE *f = fopen(files[i], "rb");
    assert_non_null(f);
    char tmp[4096];
    size_t n = fread(tmp, 1, sizeof tmp, f);
    fclose(f);
    char *text = malloc(n ? n : 1);
    memcpy(text, tmp, n);
    tl_when dct;
    assert_int_equal(tl_when_parse("2025-09-04", 10, &dct, NULL), TL_OK);
    tl_extract_options opt = {"fuzz", &dct.start, NULL};
    tl_extraction *x = tl_extraction_new();
    tl_diags diags;
    tl_diags_init(&diags);
    /* The first byte picked the DCT in the fuzzer; the rest is text. */
    tl_status st = tl_extract(x, text + 1, n - 1, &opt, &diags);
    assert_true(st == TL_OK || st == TL_ERR_INVALID);
    tl_extraction_free(x);
    tl_diags_free(&diags);
    free(text);
  }
}

/* TIMEX3 values and their EDTF dates, from the TimeML and EDTF specs. */
static void test_timex_values(void **state) {
  (void)state;
  static const struct {
    const char *value, *mod, *edtf;
  } rows[] = {
      {"2025-09-04", "", "2025-09-04"},
      {"2025-09", "", "2025-09"},
      {"2019", "", "2019"},
      {"195", "", "195X"},
      {"19", "", "19XX"},
      {"2018", "APPROX", "2018~"},
      {"2019-SU", "", "2019-22"},
      {"2019-WI", "", "2019-24"},
      {"2020-Q1", "", "2020-01/2020-03"},
      {"2019-H2", "", "2019-07/2019-12"},
      {"2025-W36", "", "2025-09-01/2025-09-07"},
      {"2025-09-04TEV", "", "2025-09-04"},
      {"2025-09-04T10:30", "", "2025-09-04"},
      {"2019", "START", "2019-01~/2019-04~"},
      {"2019", "END", "2019-09~/2019-12~"},
      {"XXXX-09-04", "", NULL},
      {"PAST_REF", "", NULL},
      {"P6Y", "", NULL},
      {"2019", "BEFORE", NULL},
      {"2019", "ON_OR_AFTER", NULL},
  };
  for (size_t i = 0; i < sizeof rows / sizeof rows[0]; i++) {
    tl_when w;
    bool ok = tl_when_from_timex(rows[i].value, rows[i].mod, &w);
    if (!rows[i].edtf) {
      if (ok)
        fail_msg("%s/%s should not be a date", rows[i].value, rows[i].mod);
      continue;
    }
    if (!ok)
      fail_msg("%s/%s should be %s", rows[i].value, rows[i].mod, rows[i].edtf);
    char buf[TL_WHEN_MAX];
    assert_string_equal(tl_when_format(&w, buf), rows[i].edtf);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_build_table),
      cmocka_unit_test(test_quote_and_offset),
      cmocka_unit_test(test_days_joined),
      cmocka_unit_test(test_bad_input),
      cmocka_unit_test(test_timex_values),
      cmocka_unit_test(test_fuzz_regressions),
  };
  return cmocka_run_group_tests_name("build", tests, NULL, NULL);
}
