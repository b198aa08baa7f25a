/* build.c - from a dated clause to an event an editor would keep.
 *
 * For each anchored date in a sentence the builder decides what happened
 * then, in one of three shapes:
 *   - a named happening next to the date: "the Korean War in the 1950s"
 *     gives "Korean War";
 *   - a noun phrase the date belongs to: "their failed 2019 summit",
 *     "after the collapse of a summit with Trump in Hanoi in 2019";
 *   - otherwise the clause itself, without the date phrase, attributions
 *     and asides: "Kim arrived in Beijing on Tuesday" gives "Kim arrived
 *     in Beijing".
 * Some dated clauses are not events and are left out: headings and
 * questions, negated or conditional clauses, comparisons ("his first trip
 * since 2019"), and reported speech about the future ("said on Monday he
 * would visit").  Every rule is a rule of English news writing; none
 * knows a particular story. */
#include "extract/build.h"

#include "extract/clauses.h"
#include "extract/event_type.h"
#include "extract/title.h"

#include <stdio.h>
#include <string.h>

#define MAX_ACTORS 8
#define MAX_DROPS 16
#define MAX_DATES_PER_SENTENCE 32
/* Words either side of a date that its clause may reach: a run-on
 * sentence is read in a window, so each date costs a bounded amount. */
#define CLAUSE_REACH 80
#define MAX_SUBS 8

/* ---- word lists ---------------------------------------------------------- */

/* Cues a date phrase starts with that are not part of a title. */
static const char *const date_cues[] = {
    "on",         "in",   "at",       "since", "from",
    "during",     "by",   "until",    "till",  "through",
    "as",         "of",   "around",   "about", "approximately",
    "circa",      "c.",   "sometime", "the",   "early",
    "late",       "mid",  "earlier",  "later", "between",
    "throughout", "last", "this",     "next",  "before",
    "after",      "for",  NULL};

/* Nouns that name a happening: a date modifying them dates that. */
static const char *const event_nouns[] = {"summit",
                                          "summits",
                                          "talks",
                                          "meeting",
                                          "meetings",
                                          "visit",
                                          "trip",
                                          "agreement",
                                          "deal",
                                          "treaty",
                                          "pact",
                                          "accord",
                                          "war",
                                          "invasion",
                                          "election",
                                          "referendum",
                                          "parade",
                                          "test",
                                          "tests",
                                          "launch",
                                          "ceasefire",
                                          "truce",
                                          "attack",
                                          "attacks",
                                          "strike",
                                          "collapse",
                                          "signing",
                                          "crisis",
                                          "conference",
                                          "negotiations",
                                          "declaration",
                                          "sanctions",
                                          "speech",
                                          "coup",
                                          "withdrawal",
                                          "inauguration",
                                          "ceremony",
                                          "funeral",
                                          "assassination",
                                          "tour",
                                          "exercises",
                                          "drills",
                                          "protests",
                                          "clashes",
                                          "vote",
                                          "armistice",
                                          "uprising",
                                          "revolution",
                                          "bombing",
                                          "invasion",
                                          "forum",
                                          "dialogue",
                                          "visits",
                                          "elections",
                                          "deals",
                                          "agreements",
                                          "takeover",
                                          "power-grab",
                                          "annexation",
                                          "occupation",
                                          "seizure",
                                          "blockade",
                                          "raid",
                                          "incursion",
                                          "offensive",
                                          "siege",
                                          "massacre",
                                          "crackdown",
                                          "revolt",
                                          "rebellion",
                                          "handover",
                                          "crash",
                                          "shooting",
                                          "killing",
                                          "arrest",
                                          "release",
                                          "resignation",
                                          "ouster",
                                          "overthrow",
                                          "ruling",
                                          "verdict",
                                          "accession",
                                          "independence",
                                          "partition",
                                          "reunification",
                                          "normalization",
                                          "rapprochement",
                                          "hostilities",
                                          "cease-fire",
                                          "armistice",
                                          NULL};

/* Prepositions whose object is a happening before or after the main one. */
static const char *const temporal_preps[] = {
    "after",   "before", "following", "since", "until", "amid",
    "despite", "during", "ahead",     "like",  NULL};

static const char *const determiners[] = {
    "the",  "a",    "an",    "their", "its",  "his",  "her", "our",
    "this", "that", "these", "those", "last", "next", NULL};

/* Words that mark a comparison with an earlier happening: "his first
 * visit since 2019", "the highest level since 2017". */
static const char *const comparatives[] = {
    "first",    "last",   "only",      "highest", "lowest", "biggest",
    "largest",  "worst",  "best",      "most",    "least",  "longest",
    "earliest", "latest", "strongest", "weakest", NULL};

/* Negation of the verb; "no" only counts opening the clause ("No deal
 * was reached"), since "a 'no limits' partnership" is no denial. */
static const char *const negations[] = {"not", "never",  "neither",
                                        "nor", "cannot", NULL};

static const char *const conditionals[] = {"if", "unless", "whether", NULL};

static const char *const future_cues[] = {
    "will",    "would",   "'ll",     "shall",    "plans", "plan",
    "planned", "intends", "intend",  "hopes",    "hope",  "hoped",
    "wants",   "aims",    "expects", "expected", "could", "might",
    "may",     "should",  "seeks",   "going",    NULL};

/* Speech verbs whose complement is a promise, not a report. */
static const char *const promise_verbs[] = {
    "pledged", "vowed",    "promised",  "threatened", "pledges",
    "vows",    "promises", "threatens", NULL};

static const char *const speculation[] = {"could", "might", "may", NULL};

static const char *const cancel_words[] = {"cancelled", "canceled", "scrapped",
                                           "called", NULL};

static const char *const perfect_aux[] = {"has", "have", NULL};

static const char *const told_verbs[] = {
    "told",     "urged",    "assured", "thanked", "congratulated",
    "welcomed", "received", "hosted",  "greeted", NULL};

/* Nouns "the two ..." uses for countries and for people. */
static const char *const two_country_nouns[] = {
    "countries", "nations", "sides",  "governments", "neighbours",
    "neighbors", "allies",  "states", "powers",      "rivals",
    "capitals",  "parties", NULL};
static const char *const two_person_nouns[] = {
    "leaders", "men", "presidents", "heads", "women", "ministers", NULL};

/* Sources rather than actors when they lead a sentence: "Officials said",
 * "State media reported". */
static const char *const generic_heads[] = {
    "officials",   "official",     "sources",   "source", "spokesman",
    "spokeswoman", "spokesperson", "ministry",  "media",  "television",
    "report",      "reports",      "statement", "agency", "analysts",
    "experts",     "diplomats",    "witnesses", "police", "newspaper",
    "outlet",      "broadcaster",  "it",        "they",   "observers",
    "government",  "office",       "aides",     "aide",   "people",
    "radio",       "tv",           "press",     "daily",  NULL};

/* ---- helpers ------------------------------------------------------------- */

typedef struct ctx {
  tl_builder *b;
  const tl_sentence_in *s;
  const tl_word *w;
} ctx;

static bool is_punct(const char *text, const tl_word *w, char c) {
  return w->kind == TL_W_PUNCT && w->end - w->start == 1 && text[w->start] == c;
}

static bool negative(const char *text, const tl_word *w) {
  if (w->kind != TL_W_WORD)
    return false;
  if (tl_word_in(text, w, negations))
    return true;
  size_t n = w->end - w->start;
  const char *s = text + w->start;
  return (n > 3 && memcmp(s + n - 3, "n't", 3) == 0) ||
         (n > 5 && memcmp(s + n - 5, "n\xe2\x80\x99t", 5) == 0);
}

static bool in_spans(const tl_span *spans, size_t n, size_t i) {
  for (size_t k = 0; k < n; k++)
    if (i >= spans[k].first && i < spans[k].last)
      return true;
  return false;
}

static const tl_mention *mention_at(const tl_sentence_in *s, size_t i) {
  for (size_t k = 0; k < s->nmentions; k++)
    if (i >= s->mentions[k].first && i < s->mentions[k].last)
      return &s->mentions[k];
  return NULL;
}

static bool generic_source(void *p, size_t first, size_t last) {
  const ctx *c = p;
  const char *text = c->b->text;
  for (size_t i = first; i < last; i++) {
    const tl_mention *m = mention_at(c->s, i);
    /* An agency, or a seat of government: "the Kremlin said". */
    if (m && (m->kind == TL_ENTITY_AGENCY ||
              (m->kind == TL_ENTITY_ORGANIZATION && m->stands_for)))
      return true;
  }
  /* "Soviet Foreign Ministry spokesman Yuri Gremitskikh": a spokesman
   * anywhere in the phrase makes it a source. */
  for (size_t i = first; i < last; i++)
    if (tl_word_in(text, &c->w[i], generic_heads))
      return true;
  return false;
}

/* Words of the date mention: [*first, *last). */
static void date_words(const ctx *c, const tl_date_mention *d, size_t *first,
                       size_t *last) {
  /* Binary search: a sentence may hold thousands of words. */
  size_t a = c->s->first, z = c->s->last;
  while (a < z) {
    size_t m = a + (z - a) / 2;
    if (c->w[m].end <= d->start)
      a = m + 1;
    else
      z = m;
  }
  z = c->s->last;
  size_t e = a;
  while (e < z && c->w[e].start < d->end)
    e++;
  *first = a;
  *last = e > a ? e : a + 1;
}

/* The date phrase with its cue words before it: "on Thursday", "from
 * around 2018", "in the 1950s". */
static tl_span date_phrase(const ctx *c, size_t first, size_t last) {
  size_t a = first;
  while (a > c->s->first && tl_word_in(c->b->text, &c->w[a - 1], date_cues) &&
         first - a < 3)
    a--;
  /* "planned for June", "scheduled for Friday": the plan's wording goes
   * with its date. */
  static const char *const plan_words[] = {"planned", "scheduled", "slated",
                                           "set",     "due",       NULL};
  if (a > c->s->first + 1 && tl_word_is(c->b->text, &c->w[a], "for") &&
      tl_word_in(c->b->text, &c->w[a - 1], plan_words))
    a--;
  size_t e = last;
  /* ", 2025" after "Sept. 4" when the tagger left it out */
  if (e + 1 < c->s->last && is_punct(c->b->text, &c->w[e], ',') &&
      c->w[e + 1].kind == TL_W_NUMBER &&
      c->w[e + 1].end - c->w[e + 1].start == 4)
    e += 2;
  return (tl_span){a, e};
}

/* ---- strings ------------------------------------------------------------- */

static const char *dup(tl_arena *a, const char *s) {
  return s ? tl_arena_strdup(a, s) : NULL;
}

/* The sentence with runs of white space made single spaces. */
static const char *collapse(tl_arena *a, const char *text, size_t start,
                            size_t end) {
  char *out = tl_arena_alloc(a, end - start + 1);
  if (!out)
    return NULL;
  size_t n = 0;
  bool space = false;
  for (size_t i = start; i < end; i++) {
    char ch = text[i];
    if (ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t') {
      space = n > 0;
      continue;
    }
    if (space)
      out[n++] = ' ';
    space = false;
    out[n++] = ch;
  }
  out[n] = '\0';
  return out;
}

/* How the text calls a person: the surname it used ("Kim", "Trump"). */
static const char *short_of(const ctx *c, const tl_mention *m) {
  /* The gazetteer knows what headlines call people: "Saddam", "Lula".
   * Royals keep their title: "King Hussein". */
  if (m->short_name)
    return m->short_name;
  if (m->entity >= 0 && m->name &&
      (strncmp(m->name, "King ", 5) == 0 ||
       strncmp(m->name, "Queen ", 6) == 0 ||
       strncmp(m->name, "Prince ", 7) == 0 ||
       strncmp(m->name, "Sheikh ", 7) == 0))
    return m->name;
  size_t k = tl_surname_word(c->b->text, c->w, m->first, m->last);
  return tl_arena_strndup(c->b->arena, c->b->text + c->w[k].start,
                          c->w[k].end - c->w[k].start);
}

static size_t title_words(const char *t) {
  size_t n = 0;
  for (size_t i = 0; t[i]; i++)
    if (t[i] != ' ' && (i == 0 || t[i - 1] == ' '))
      n++;
  return n;
}

/* ---- actors ----------------------------------------------------------------
 */

typedef struct actor_list {
  const char *items[MAX_ACTORS];
  bool person[MAX_ACTORS];
  size_t count;
} actor_list;

static void add_actor(actor_list *l, const char *name, bool person) {
  if (!name || l->count == MAX_ACTORS)
    return;
  for (size_t i = 0; i < l->count; i++)
    if (strcmp(l->items[i], name) == 0)
      return;
  l->person[l->count] = person;
  l->items[l->count++] = name;
}

/* Appositions describe, they do not take part: ", his second trip abroad"
 * and ", a former envoy". */
static bool in_apposition(const ctx *c, tl_span clause, size_t i) {
  for (size_t k = i; k > clause.first; k--) {
    const tl_word *w = &c->w[k - 1];
    if (is_punct(c->b->text, w, ',')) {
      static const char *const app[] = {"his", "her", "its", "their",
                                        "a",   "an",  NULL};
      return k < clause.last && tl_word_in(c->b->text, &c->w[k], app);
    }
  }
  return false;
}

static void collect_actors(const ctx *c, tl_span span, const tl_span *skip,
                           size_t nskip, const tl_clause *clause,
                           actor_list *out) {
  actor_list people = {0}, others = {0};
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (m->first < span.first || m->first >= span.last || !m->actor)
      continue;
    if (in_spans(skip, nskip, m->first) ||
        (clause && tl_clause_cut(clause, m->first)) ||
        in_apposition(c, span, m->first))
      continue;
    if (m->kind == TL_ENTITY_PERSON)
      add_actor(&people, m->actor, true);
    else
      add_actor(&others, m->actor, false);
  }
  for (size_t i = 0; i < people.count; i++)
    add_actor(out, people.items[i], true);
  for (size_t i = 0; i < others.count; i++)
    add_actor(out, others.items[i], false);
}

static const char *place_in(const ctx *c, tl_span span, const tl_span *skip,
                            size_t nskip) {
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (m->place && m->first >= span.first && m->first < span.last &&
        !in_spans(skip, nskip, m->first))
      return m->place;
  }
  return NULL;
}

/* ---- what the discourse gives ---------------------------------------------
 */

/* "the two countries" -> "North Korea and Russia" from the sentence so far
 * or the last one; "the two leaders" -> "Xi and Kim". */
static bool two_of(const ctx *c, size_t i, tl_title_sub *sub,
                   actor_list *actors) {
  const char *text = c->b->text;
  if (i + 2 >= c->s->last || !tl_word_is_ci(text, &c->w[i], "the") ||
      !tl_word_is_ci(text, &c->w[i + 1], "two"))
    return false;
  bool countries = tl_word_in(text, &c->w[i + 2], two_country_nouns);
  bool people = tl_word_in(text, &c->w[i + 2], two_person_nouns);
  if (!countries && !people)
    return false;
  const char *names[2], *shorts[2];
  size_t n = 0;
  for (size_t k = 0; k < c->s->nmentions && n < 2; k++) {
    const tl_mention *m = &c->s->mentions[k];
    const char *who = m->actor ? m->actor : m->stands_for;
    if (m->first >= i || !who)
      continue;
    bool person = m->kind == TL_ENTITY_PERSON;
    if (person != people)
      continue;
    if (countries && m->kind != TL_ENTITY_COUNTRY && m->kind != TL_ENTITY_PLACE)
      continue;
    if (n == 1 && strcmp(names[0], who) == 0)
      continue;
    names[n] = who;
    shorts[n] = person ? short_of(c, m) : who;
    n++;
  }
  const tl_discourse *d = &c->b->discourse;
  const char *const *prev = countries ? d->countries : d->persons;
  const char *const *prev_short = countries ? d->countries : d->person_shorts;
  size_t nprev = countries ? d->ncountries : d->npersons;
  /* "the two leaders" are the heads of state or government named lately,
   * even when an aide was named in between. */
  bool leaders = people && !tl_word_is_ci(text, &c->w[i + 2], "men") &&
                 !tl_word_is_ci(text, &c->w[i + 2], "women");
  for (int pass = leaders ? 0 : 1; pass < 2; pass++)
    for (size_t k = 0; k < nprev && n < 2; k++) {
      if (pass == 0 && d->person_ranks[k] != 1)
        continue;
      if (n == 1 && strcmp(names[0], prev[k]) == 0)
        continue;
      names[n] = prev[k];
      shorts[n] = prev_short[k];
      n++;
    }
  if (n < 2)
    return false;
  char buf[200];
  snprintf(buf, sizeof buf, "%s and %s", shorts[0], shorts[1]);
  sub->span = (tl_span){i, i + 3};
  sub->text = tl_arena_strdup(c->b->arena, buf);
  add_actor(actors, names[0], people);
  add_actor(actors, names[1], people);
  return sub->text != NULL;
}

/* "he" or "she" opening the clause is the person the text is about. */
static bool pronoun_subject(const ctx *c, size_t i, tl_title_sub *sub,
                            actor_list *actors) {
  const char *text = c->b->text;
  if (!tl_word_is_ci(text, &c->w[i], "he") &&
      !tl_word_is_ci(text, &c->w[i], "she"))
    return false;
  const char *who = NULL, *short_name = NULL;
  /* An earlier person in the same sentence, else the last subject. */
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (m->first < i && m->kind == TL_ENTITY_PERSON) {
      who = m->actor;
      short_name = short_of(c, m);
      break;
    }
  }
  if (!who) {
    who = c->b->discourse.subject;
    short_name = c->b->discourse.subject_short;
  }
  if (!who || !short_name)
    return false;
  sub->span = (tl_span){i, i + 1};
  sub->text = short_name;
  add_actor(actors, who, true);
  return true;
}

/* "their", "they": the people of the last sentence, unless the clause
 * named two or more actors before it ("Japan and South Korea marked the
 * anniversary of their ties"). */
static void plural_pronoun(const ctx *c, tl_span span, actor_list *actors) {
  for (size_t i = span.first; i < span.last; i++)
    if (tl_word_is_ci(c->b->text, &c->w[i], "their") ||
        tl_word_is_ci(c->b->text, &c->w[i], "they")) {
      size_t before = 0;
      for (size_t k = 0; k < c->s->nmentions; k++)
        before += c->s->mentions[k].actor &&
                  c->s->mentions[k].first >= span.first &&
                  c->s->mentions[k].first < i;
      if (before >= 2)
        return;
      /* The two heads of state or government named lately, else the
       * two people named lately. */
      const tl_discourse *d = &c->b->discourse;
      size_t heads = 0;
      for (size_t k = 0; k < d->npersons; k++)
        heads += d->person_ranks[k] == 1;
      size_t taken = 0;
      for (size_t k = 0; k < d->npersons && taken < 2; k++)
        if (heads < 2 || d->person_ranks[k] == 1) {
          add_actor(actors, d->persons[k], true);
          taken++;
        }
      return;
    }
}

/* ---- the shapes of a dated event ----------------------------------------- */

/* A named happening right next to the date. */
static const tl_mention *named_event(const ctx *c, size_t df, size_t dl) {
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (m->kind != TL_MENTION_EVENT)
      continue;
    /* "of the Korean War in the 1950s", "the Korean War (1950-53)": the
     * date names the happening's time when the happening is itself the
     * object of a preposition or the clause's subject; "signed the Joint
     * Declaration on Wednesday" dates the signing instead. */
    if (m->last <= df && df - m->last <= 2) {
      bool joined = true;
      for (size_t i = m->last; i < df; i++)
        joined = joined && (tl_word_in(c->b->text, &c->w[i], date_cues) ||
                            is_punct(c->b->text, &c->w[i], '('));
      size_t b = m->first;
      if (b > c->s->first && tl_word_is_ci(c->b->text, &c->w[b - 1], "the"))
        b--;
      static const char *const preps[] = {
          "of",   "in",    "during", "since", "after", "before", "following",
          "from", "until", "amid",   "like",  "to",    NULL};
      bool governed = b == c->s->first ||
                      tl_word_in(c->b->text, &c->w[b - 1], preps) ||
                      c->w[b - 1].kind != TL_W_WORD;
      if (joined && governed)
        return m;
    }
    /* "the 2018 Singapore Summit", "the 1950-53 Korean War" */
    if (m->first >= dl && m->first - dl <= 1)
      return m;
  }
  return NULL;
}

/* Where a noun phrase that ends at word `from` goes on: "with Trump", "in
 * Hanoi", "of the eight-year war with Iran", "between the two Koreas". */
static size_t np_tail(const ctx *c, tl_span clause, size_t from) {
  static const char *const preps[] = {"with",    "in",   "between", "of",
                                      "against", "over", "and",     NULL};
  static const char *const dets[] = {"the", "a",   "an",  "its", "their",
                                     "his", "her", "two", NULL};
  /* A verb or a word opening a new phrase ends the noun phrase. */
  static const char *const verbs[] = {
      "was",   "were",    "is",    "are",    "has",    "have",  "had",  "will",
      "would", "to",      "until", "after",  "before", "since", "when", "while",
      "as",    "because", "if",    "that",   "which",  "who",   "for",  "on",
      "at",    "by",      "from",  "during", "amid",   NULL};
  const char *text = c->b->text;
  size_t e = from, lower = 2;
  while (e < clause.last && e < from + 10) {
    const tl_word *w = &c->w[e];
    if (w->kind != TL_W_WORD || tl_word_in(text, w, verbs))
      break;
    if (tl_word_in(text, w, preps) || tl_word_in(text, w, dets)) {
      if (tl_word_is(text, w, "and") && e == from)
        break;
      lower = 0;
    } else if (!(w->flags & TL_W_CAP)) {
      if (lower >= 2)
        break;
      lower++;
    }
    e++;
  }
  /* Not ending on a joining word. */
  while (e > from && (tl_word_in(text, &c->w[e - 1], preps) ||
                      tl_word_in(text, &c->w[e - 1], dets)))
    e--;
  return e;
}

/* The noun phrase a date belongs to, as a span: "their failed 2019
 * summit", "last year's agreement", or the object of "after", "before",
 * "since": "after the collapse of a summit ... in 2019". */
static bool nominal(const ctx *c, tl_span clause, size_t df, size_t dl,
                    tl_span phrase, tl_span *np) {
  const char *text = c->b->text;
  /* The date modifies a noun after it: "their failed 2019 summit", "the
   * 2018 Singapore summit", "last year's agreement".  Only modifiers may
   * stand between, and a determiner must open the phrase. */
  static const char *const not_modifiers[] = {
      "after", "before", "a",     "an",   "the",   "in",   "on",    "at",
      "with",  "to",     "of",    "and",  "or",    "for",  "by",    "from",
      "as",    "that",   "which", "who",  "was",   "were", "is",    "are",
      "has",   "have",   "had",   "will", "would", "when", "while", NULL};
  bool possessive = (c->w[dl - 1].flags & TL_W_POSSESSIVE) != 0;
  for (size_t i = dl; i < clause.last && i < dl + 4; i++) {
    const tl_word *w = &c->w[i];
    if (w->kind != TL_W_WORD || tl_word_in(text, w, not_modifiers))
      break;
    if (!tl_word_in(text, w, event_nouns))
      continue;
    size_t a = df;
    bool determined = possessive;
    while (a > clause.first && df - a < 3 && !determined) {
      const tl_word *p = &c->w[a - 1];
      if (p->kind != TL_W_WORD || tl_word_in(text, p, temporal_preps) ||
          (tl_word_in(text, p, date_cues) && !tl_word_in(text, p, determiners)))
        break;
      a--;
      determined = tl_word_in(text, p, determiners);
    }
    if (!determined)
      break;
    *np = (tl_span){a, np_tail(c, clause, i + 1)};
    return true;
  }
  /* "Iraq's invasion of Kuwait on Aug. 2": a happening owned by a name,
   * with the date at its end. */
  static const char *const chain[] = {"of",      "with", "in",  "between",
                                      "against", "on",   "the", "a",
                                      "an",      "and",  "to",  NULL};
  for (size_t i = phrase.first; i > clause.first + 1; i--) {
    const tl_word *w = &c->w[i - 1];
    if (w->kind != TL_W_WORD)
      break;
    if (tl_word_in(text, w, event_nouns)) {
      const tl_word *owner = &c->w[i - 2];
      if ((owner->flags & TL_W_CAP) && (owner->flags & TL_W_POSSESSIVE)) {
        size_t a = i - 2;
        while (a > clause.first && (c->w[a - 1].flags & TL_W_CAP) &&
               c->w[a - 1].kind == TL_W_WORD)
          a--;
        *np = (tl_span){a, phrase.first};
        return true;
      }
      break;
    }
    if (!(w->flags & TL_W_CAP) && !tl_word_in(text, w, chain))
      break;
  }
  /* A noun and a participle before the date: "a military pact signed
   * in 2016" dates the signing of the pact, not the main clause. */
  /* "a pact signed in 2016", "an expert kidnapped and presumed killed by
   * guerrillas two years ago": a noun, a participle, perhaps a "by"
   * phrase, then the date.  The noun phrase must be an object ("agreed to
   * restore a pact signed ..."), not a subject ("the two countries signed
   * ... last year"). */
  static const char *const irregular[] = {
      "held",   "made",   "built",  "set",       "struck", "won",
      "begun",  "broken", "drawn",  "written",   "taken",  "brokered",
      "forged", "sealed", "killed", "kidnapped", NULL};
  for (size_t k = phrase.first; k > clause.first + 2 && phrase.first - k < 9;
       k--) {
    const tl_word *part = &c->w[k - 1];
    if (part->kind != TL_W_WORD || is_punct(text, part, ','))
      break;
    size_t n = part->end - part->start;
    bool participle = !(part->flags & TL_W_CAP) &&
                      ((n > 4 && memcmp(text + part->end - 2, "ed", 2) == 0) ||
                       tl_word_in(text, part, irregular));
    const tl_word *noun = &c->w[k - 2];
    /* A passive participle takes no object: "signed in 2016", "kidnapped
     * and presumed killed by", not "resumed work". */
    static const char *const passive_next[] = {
        "by",  "in", "at",     "on",     "during", "last", "earlier", "this",
        "and", "or", "almost", "nearly", "about",  "some", "more",    NULL};
    bool passive =
        k == phrase.first || tl_word_in(text, &c->w[k], passive_next);
    static const char *const pronouns_[] = {"he",   "she",   "it",      "they",
                                            "we",   "i",     "you",     "as",
                                            "when", "while", "because", NULL};
    if (!participle || !passive || noun->kind != TL_W_WORD ||
        (noun->flags & TL_W_CAP) || tl_word_in(text, noun, not_modifiers) ||
        tl_word_in(text, noun, determiners) ||
        tl_word_in(text, noun, pronouns_))
      continue;
    size_t a = k - 2;
    bool determined = false;
    while (a > clause.first && k - a < 7 && !determined) {
      const tl_word *p = &c->w[a - 1];
      if (p->kind != TL_W_WORD || tl_word_in(text, p, temporal_preps) ||
          tl_word_in(text, p, pronouns_))
        break;
      a--;
      determined = tl_word_in(text, p, determiners);
    }
    bool object = determined && a > clause.first &&
                  c->w[a - 1].kind == TL_W_WORD &&
                  !(c->w[a - 1].flags & TL_W_CAP);
    if (object) {
      *np = (tl_span){a, phrase.first};
      return true;
    }
  }
  /* The date ends the object of a temporal preposition: "after the
   * collapse of talks in 2019".  With "following the first summit on
   * April 27 and a second meeting on May 26" each conjunct is its own. */
  size_t conjunct = 0;
  for (size_t i = phrase.first; i > clause.first; i--) {
    const tl_word *w = &c->w[i - 1];
    if (is_punct(text, w, ',') || w->kind == TL_W_DASH)
      break;
    if (!conjunct && (tl_word_is(text, w, "and") || tl_word_is(text, w, "or")))
      conjunct = i;
    if (!tl_word_in(text, w, temporal_preps))
      continue;
    size_t a = conjunct ? conjunct : i;
    if (tl_word_is(text, w, "ahead") && a < phrase.first &&
        tl_word_is(text, &c->w[a], "of"))
      a++;
    /* "since Putin launched the invasion": a clause, not a noun phrase;
     * "after Trump's visit" is a noun phrase. */
    static const char *const pronouns[] = {"he", "she", "they", "we",
                                           "it", "i",   "you",  NULL};
    if (a < phrase.first &&
        (tl_word_in(text, &c->w[a], pronouns) ||
         ((c->w[a].flags & TL_W_CAP) && !(c->w[a].flags & TL_W_POSSESSIVE))))
      return false;
    bool noun = false;
    for (size_t k = a; k < phrase.first; k++)
      noun = noun || tl_word_in(text, &c->w[k], event_nouns);
    if (!noun || phrase.first - a < 2)
      return false;
    *np = (tl_span){a, phrase.first};
    return true;
  }
  return false;
}

static const char *const pronoun_subjects[] = {"it", "this", "that", NULL};
static const char *const copulas[] = {
    "was", "is", "will", "would", "marks", "marked", "remains", "became", NULL};

static void narrow_clause(const ctx *c, tl_span *span, tl_span phrase);

static void narrow_absolute(const ctx *c, tl_span *span, tl_span phrase) {
  const char *text = c->b->text;
  for (size_t i = phrase.first; i > span->first + 1; i--) {
    if (is_punct(text, &c->w[i - 1], ',') || c->w[i - 1].kind == TL_W_DASH)
      return;
    if (!tl_word_is(text, &c->w[i - 1], "with") || i < span->first + 2 ||
        !is_punct(text, &c->w[i - 2], ','))
      continue;
    /* An -ing word between "with" and the date makes it a clause of its
     * own ("with troops arriving Tuesday"); "with Iran in 2019" is not. */
    for (size_t k = i; k < phrase.first; k++) {
      const tl_word *w = &c->w[k];
      size_t n = w->end - w->start;
      if (w->kind == TL_W_WORD && n > 4 &&
          memcmp(text + w->end - 3, "ing", 3) == 0) {
        span->first = i;
        return;
      }
    }
    return;
  }
}

static const char *const past_verbs[] = {
    "met",  "held", "said",   "left", "began", "took",  "made",  "fell",
    "won",  "came", "went",   "saw",  "led",   "broke", "met",   "sent",
    "told", "gave", "struck", "fled", "rose",  "spoke", "chose", "drew",
    "grew", "ran",  "was",    "were", "had",   NULL};

/* A subordinate clause inside the sentence holding the date, or a
 * trailing participle phrase: ", ending a freeze that began with a row
 * over wartime labor in 2019" dates the row, not the main clause. */
static void narrow_subordinate(const ctx *c, tl_span *span, tl_span phrase) {
  for (size_t i = phrase.first; i > span->first + 1; i--) {
    const tl_word *w = &c->w[i - 1];
    if (w->kind == TL_W_DASH)
      break;
    if (!is_punct(c->b->text, w, ','))
      continue;
    const tl_word *p = &c->w[i];
    size_t n = p->end - p->start;
    /* ", saying on Friday that ...": what the subject said is the
     * subject's statement, dated by the participle's date. */
    static const char *const speech_ings[] = {
        "saying",    "adding",    "telling", "noting",    "warning",
        "insisting", "stressing", "arguing", "declaring", "announcing",
        "calling",   "urging",    NULL};
    if (i < phrase.first && p->kind == TL_W_WORD && n > 4 &&
        memcmp(c->b->text + p->end - 3, "ing", 3) == 0 &&
        !tl_word_is_ci(c->b->text, p, "including") &&
        !tl_word_is_ci(c->b->text, p, "during") &&
        !tl_word_in(c->b->text, p, speech_ings)) {
      span->first = i + 1;
      return;
    }
    break;
  }
  narrow_clause(c, span, phrase);
}

static void narrow_clause(const ctx *c, tl_span *span, tl_span phrase) {
  static const char *const subs[] = {
      "after",    "before", "when",  "while", "as",      "since", "because",
      "although", "though", "until", "once",  "whereas", NULL};
  const char *text = c->b->text;
  for (size_t i = phrase.first; i > span->first + 1; i--) {
    const tl_word *w = &c->w[i - 1];
    if (is_punct(text, w, ',') || w->kind == TL_W_DASH)
      return;
    if (!tl_word_in(text, w, subs) || i >= phrase.first)
      continue;
    const tl_word *n = &c->w[i];
    static const char *const pronouns[] = {"he", "she", "they",
                                           "we", "it",  NULL};
    static const char *const determiners_[] = {"the", "its",  "their", "his",
                                               "her", "both", NULL};
    /* "since his Aug. 2 power-grab" is a phrase, "after the talks
     * collapsed" a clause: a determiner needs a verb before the date. */
    bool verb = false;
    for (size_t k = i + 1; k < phrase.first && !verb; k++) {
      const tl_word *x = &c->w[k];
      size_t len = x->end - x->start;
      verb = x->kind == TL_W_WORD && !(x->flags & TL_W_CAP) &&
             ((len > 3 && memcmp(text + x->end - 2, "ed", 2) == 0) ||
              tl_word_in(text, x, past_verbs));
    }
    if ((n->kind == TL_W_WORD && (n->flags & TL_W_CAP) &&
         !(n->flags & TL_W_POSSESSIVE)) ||
        tl_word_in(text, n, pronouns) ||
        (tl_word_in(text, n, determiners_) && verb)) {
      span->first = i;
      return;
    }
  }
}

/* ---- building ------------------------------------------------------------ */

typedef struct draft {
  tl_span title_span; /* words the title was made from */
  tl_span drops[MAX_DROPS];
  size_t ndrops;
  tl_title_sub subs[MAX_SUBS];
  size_t nsubs;
  actor_list actors;
  const char *type;
  const char *place;
  char title[TL_TITLE_MAX + 1];
} draft;

static void drop(draft *d, tl_span s) {
  if (d->ndrops < MAX_DROPS && s.first < s.last)
    d->drops[d->ndrops++] = s;
}

/* "In another mediation effort, the Soviet Union said ...": a phrase
 * opening the clause before its subject sets a scene, not a title.
 * Returns its span (empty when there is none). */
static tl_span drop_leading_adverbial(const ctx *c, tl_span span, draft *d) {
  static const char *const preps[] = {
      "in",        "on",         "at",       "after",  "amid",    "despite",
      "during",    "for",        "with",     "as",     "by",      "under",
      "following", "without",    "among",    "across", "earlier", "later",
      "meanwhile", "separately", "speaking", NULL};
  const char *text = c->b->text;
  size_t s = span.first;
  /* "Turning its back on 210 years of loyalty, Australia voted ..." */
  bool participle = false;
  if (s < span.last && c->w[s].kind == TL_W_WORD) {
    size_t n = c->w[s].end - c->w[s].start;
    participle = n > 5 && memcmp(text + c->w[s].end - 3, "ing", 3) == 0 &&
                 !tl_word_is_ci(text, &c->w[s], "during");
  }
  if (s >= span.last || (!participle && !tl_word_in(text, &c->w[s], preps)))
    return (tl_span){s, s};
  for (size_t k = s + 1; k < span.last && k < s + (participle ? 16 : 14); k++) {
    if (tl_is_speech_verb(text, &c->w[k]))
      break;
    if (is_punct(text, &c->w[k], ',') || is_punct(text, &c->w[k], ':')) {
      size_t e = k + 1;
      /* "In a letter to Rafsanjani, read by a broadcaster on Baghdad
       * radio, Saddam said": a participle phrase may follow it. */
      if (e < span.last && c->w[e].kind == TL_W_WORD &&
          !(c->w[e].flags & TL_W_CAP)) {
        const tl_word *p = &c->w[e];
        size_t n = p->end - p->start;
        bool then_participle =
            (n > 4 && memcmp(text + p->end - 3, "ing", 3) == 0) ||
            (n > 3 && memcmp(text + p->end - 2, "ed", 2) == 0) ||
            tl_word_is(text, p, "read") || tl_word_is(text, p, "made");
        size_t f = e + 1;
        while (f < span.last && f < e + 12 && !is_punct(text, &c->w[f], ','))
          f++;
        if (then_participle && f < span.last && f < e + 12)
          e = f + 1;
      }
      drop(d, (tl_span){s, e});
      return (tl_span){s, e};
    }
  }
  return (tl_span){s, s};
}

/* Asides between commas after the subject: "Saddam Hussein, facing U.S.
 * troops at the border, today sought peace", "Sytenko, a former deputy
 * secretary-general, is expected to visit". */
static void drop_asides(const ctx *c, tl_span span, tl_span phrase, draft *d) {
  static const char *const openers[] = {
      "a",     "an",        "the",     "his",     "her",  "its",
      "their", "who",       "which",   "whose",   "once", "now",
      "then",  "many",      "some",    "most",    "all",  "both",
      "each",  "including", "himself", "herself", NULL};
  static const char *const name_words[] = {"and", "of",     "the",  "a",
                                           "an",  "former", "his",  "her",
                                           "its", "their",  "then", NULL};
  const char *text = c->b->text;
  for (size_t i = span.first; i < span.last; i++) {
    if (!is_punct(text, &c->w[i], ',') || i + 1 >= span.last ||
        in_spans(d->drops, d->ndrops, i))
      continue;
    size_t j = i + 1;
    while (j < span.last && !is_punct(text, &c->w[j], ','))
      j++;
    /* ", quoting ``secret reports,'' said": the quote closes the aside. */
    size_t resume = j + 1;
    while (resume < span.last && c->w[resume].kind == TL_W_QUOTE)
      resume++;
    if (resume >= span.last || (phrase.first > i && phrase.first < j))
      continue;
    const tl_word *open = &c->w[i + 1], *after = &c->w[resume];
    size_t n = open->end - open->start;
    bool participle = open->kind == TL_W_WORD && n > 4 &&
                      (memcmp(text + open->end - 3, "ing", 3) == 0 ||
                       memcmp(text + open->end - 2, "ed", 2) == 0);
    bool appositive = tl_word_in(text, open, openers);
    /* What follows the second comma carries on the sentence: a verb or
     * an adverb, in lower case. */
    bool resumes = after->kind == TL_W_WORD && !(after->flags & TL_W_CAP) &&
                   !tl_word_in(text, after, openers) &&
                   !tl_word_is(text, after, "and") &&
                   !tl_word_is(text, after, "but");
    /* "Crown Prince Hassan, King Hussein's brother, was asked": after a
     * name opening the clause; "aides, adviser Uzi Arad and Secretary
     * Danny Naveh, left": a list of names and titles. */
    size_t start = span.first;
    while (start < i && in_spans(d->drops, d->ndrops, start))
      start++;
    /* What precedes the first comma is a subject (no verb in it): "The
     * Russian foreign minister, meanwhile, sought ...". */
    bool after_name = i > start && i - start <= 6;
    for (size_t k = start; k < i && after_name; k++) {
      const tl_word *x = &c->w[k];
      static const char *const fn[] = {"the", "a",  "an", "of",
                                       "and", "'s", NULL};
      after_name = x->kind == TL_W_WORD &&
                   ((x->flags & TL_W_CAP) || tl_is_title_word(text, x) ||
                    tl_word_in(text, x, fn));
    }
    bool names_only = true;
    for (size_t k = i + 1; k < j && names_only; k++)
      names_only =
          c->w[k].kind == TL_W_WORD &&
          ((c->w[k].flags & TL_W_CAP) || tl_is_title_word(text, &c->w[k]) ||
           tl_word_in(text, &c->w[k], name_words));
    static const char *const quoting[] = {"quoting", "citing", NULL};
    if ((participle || appositive || after_name || names_only ||
         tl_word_in(text, open, quoting)) &&
        resumes) {
      drop(d, (tl_span){i, resume});
      i = resume - 1;
    }
  }
}

/* Replaces "[Chinese] President Xi Jinping" by "Xi" in the title. */
static bool shorten_names(const ctx *c, tl_span span, draft *d) {
  bool any = false;
  for (size_t k = 0; k < c->s->nmentions && d->nsubs < MAX_SUBS; k++) {
    const tl_mention *m = &c->s->mentions[k];
    /* Only people the gazetteer knows: "his daughter Kim Ju Ae" would lose
     * who she is. */
    if (m->kind != TL_ENTITY_PERSON || m->entity < 0 || m->first < span.first ||
        m->last > span.last || in_spans(d->drops, d->ndrops, m->first))
      continue;
    size_t first = m->titled ? m->title_first : m->first;
    /* The demonym or country before the title: "Russian President". */
    if (m->titled && k > 0) {
      const tl_mention *before = &c->s->mentions[k - 1];
      if (before->last == first && before->kind == TL_ENTITY_COUNTRY)
        first = before->first;
    }
    if (first == m->last - 1)
      continue; /* already a single word */
    bool taken = false;
    for (size_t i = 0; i < d->nsubs; i++)
      taken = taken ||
              (first < d->subs[i].span.last && d->subs[i].span.first < m->last);
    if (taken)
      continue;
    d->subs[d->nsubs].span = (tl_span){first, m->last};
    d->subs[d->nsubs].text = short_of(c, m);
    /* "Donald Trump's summit" -> "Trump's summit" */
    const tl_word *lw = &c->w[m->last - 1];
    if ((lw->flags & TL_W_POSSESSIVE) && d->subs[d->nsubs].text) {
      size_t e = lw->end;
      while (e < c->s->end && c->b->text[e] != ' ' && c->b->text[e] != ',' &&
             c->b->text[e] != '\n' && e < lw->end + 4)
        e++;
      char buf[96];
      snprintf(buf, sizeof buf, "%s%.*s", d->subs[d->nsubs].text,
               (int)(e - lw->end), c->b->text + lw->end);
      d->subs[d->nsubs].text = tl_arena_strdup(c->b->arena, buf);
    }
    d->nsubs++;
    any = true;
  }
  return any;
}

/* ", meeting US President Donald Trump and then Moon Jae-in": a trailing
 * participle phrase names who else took part. */
static void participle_actors(const ctx *c, tl_span span, draft *d) {
  const char *text = c->b->text;
  for (size_t i = d->title_span.last; i + 1 < span.last; i++) {
    if (!is_punct(text, &c->w[i], ','))
      continue;
    const tl_word *w = &c->w[i + 1];
    size_t n = w->end - w->start;
    static const char *const speech[] = {"saying", "adding",  "telling",
                                         "noting", "warning", NULL};
    if (w->kind != TL_W_WORD || n < 5 ||
        memcmp(text + w->end - 3, "ing", 3) != 0 || tl_word_in(text, w, speech))
      continue;
    size_t e = i + 2;
    while (e < span.last && !is_punct(text, &c->w[e], ','))
      e++;
    collect_actors(c, (tl_span){i + 1, e}, d->drops, d->ndrops, NULL,
                   &d->actors);
  }
}

static bool clause_has(const ctx *c, tl_span span, const draft *d,
                       const char *const *list) {
  for (size_t i = span.first; i < span.last; i++)
    if (!in_spans(d->drops, d->ndrops, i) &&
        tl_word_in(c->b->text, &c->w[i], list))
      return true;
  return false;
}

static bool clause_negative(const ctx *c, tl_span span, const draft *d) {
  if (span.first < span.last &&
      tl_word_is_ci(c->b->text, &c->w[span.first], "no"))
    return true;
  for (size_t i = span.first; i < span.last; i++)
    if (!in_spans(d->drops, d->ndrops, i) && negative(c->b->text, &c->w[i]))
      return true;
  return false;
}

/* A speech verb the date belongs to: "said on Monday", "on Monday said". */
static size_t speech_verb_near(const ctx *c, tl_span phrase, tl_span clause) {
  for (size_t i = phrase.first; i > clause.first && phrase.first - i < 3; i--)
    if (tl_is_speech_verb(c->b->text, &c->w[i - 1]) ||
        tl_word_in(c->b->text, &c->w[i - 1], promise_verbs))
      return i - 1;
  if (phrase.last < clause.last &&
      (tl_is_speech_verb(c->b->text, &c->w[phrase.last]) ||
       tl_word_in(c->b->text, &c->w[phrase.last], promise_verbs)))
    return phrase.last;
  return (size_t)-1;
}

typedef struct type_ctx {
  const draft *d;
  const tl_clause *clause;
} type_ctx;

static bool keep_type_word(void *p, size_t i) {
  const type_ctx *t = p;
  return !in_spans(t->d->drops, t->d->ndrops, i) &&
         !(t->clause && tl_clause_cut(t->clause, i));
}

/* A future cue in the words before the date: "will visit on Thursday".
 * A cue only in a later clause ("provided the border could be secured")
 * does not make a past report a plan. */
/* The type a trailing participle phrase gives (", meeting Trump"). */
static const char *participle_type(const ctx *c, tl_span span, const draft *d,
                                   type_ctx *tc) {
  const char *text = c->b->text;
  for (size_t i = d->title_span.last; i + 1 < span.last; i++) {
    if (!is_punct(text, &c->w[i], ','))
      continue;
    const tl_word *w = &c->w[i + 1];
    size_t n = w->end - w->start;
    static const char *const speech[] = {"saying", "adding",  "telling",
                                         "noting", "warning", NULL};
    if (w->kind != TL_W_WORD || n < 5 ||
        memcmp(text + w->end - 3, "ing", 3) != 0 || tl_word_in(text, w, speech))
      continue;
    size_t e = i + 2;
    while (e < span.last && !is_punct(text, &c->w[e], ','))
      e++;
    const char *t =
        tl_event_type(text, c->b->words, i + 1, e, keep_type_word, tc);
    if (t)
      return t;
  }
  return NULL;
}

static bool future_before(const ctx *c, tl_span clause, size_t upto,
                          const draft *d) {
  static const char *const cues[] = {
      "will", "'ll",   "shall",   "scheduled", "expected", "due",
      "set",  "plans", "planned", "intends",   "to",       NULL};
  for (size_t i = clause.first; i < upto && i < clause.last; i++)
    if (!in_spans(d->drops, d->ndrops, i) &&
        tl_word_in(c->b->text, &c->w[i], cues)) {
      /* "to" only as "is to", "are to" */
      if (tl_word_is(c->b->text, &c->w[i], "to") &&
          !(i > clause.first && (tl_word_is(c->b->text, &c->w[i - 1], "is") ||
                                 tl_word_is(c->b->text, &c->w[i - 1], "are"))))
        continue;
      return true;
    }
  return false;
}

static const char *status_of(const ctx *c, const tl_date_mention *dm,
                             tl_span clause, size_t date_first,
                             const draft *d) {
  for (size_t i = clause.first; i < clause.last; i++) {
    if (in_spans(d->drops, d->ndrops, i))
      continue;
    bool called_off = tl_word_is(c->b->text, &c->w[i], "called") &&
                      i + 1 < clause.last &&
                      tl_word_is(c->b->text, &c->w[i + 1], "off");
    if (called_off || (!tl_word_is(c->b->text, &c->w[i], "called") &&
                       tl_word_in(c->b->text, &c->w[i], cancel_words)))
      return "cancelled";
  }
  if (dm->inferred)
    return "inferred";
  const tl_date *dct = c->b->dct;
  if (dct) {
    int64_t today = tl_date_first_day(dct);
    if (tl_when_first_day(&dm->when) > today)
      return "planned";
    if (dm->future && tl_when_last_day(&dm->when) >= today &&
        future_before(c, clause, date_first, d))
      return "planned";
  } else if (dm->future && future_before(c, clause, date_first, d)) {
    return "planned";
  }
  return NULL;
}

static tl_status emit(const ctx *c, const tl_date_mention *dm, const draft *d,
                      const char *status, const char *said_by,
                      bool since_interval, tl_event_sink sink, void *sink_ctx) {
  tl_arena *a = c->b->arena;
  tl_event e = {0};
  e.date = dm->when;
  if (since_interval && !dm->when.interval) {
    e.date.interval = true;
    e.date.end = (tl_date){0};
    e.date.end_bound = TL_BOUND_OPEN;
  }
  e.title = dup(a, d->title);
  e.status = status;
  e.summary = collapse(a, c->b->text, c->s->start, c->s->end);
  /* Names found in the text live only as long as the article's name
   * table, and a caller's gazetteer may go before the events do: every
   * string the event keeps is copied. */
  e.type = dup(a, d->type);
  e.place = dup(a, d->place);
  said_by = dup(a, said_by);
  if (d->actors.count) {
    const char **items = tl_arena_alloc(a, d->actors.count * sizeof *items);
    if (!items)
      return TL_ERR_NOMEM;
    for (size_t i = 0; i < d->actors.count; i++)
      if (!(items[i] = dup(a, d->actors.items[i])))
        return TL_ERR_NOMEM;
    e.actors.items = items;
    e.actors.count = d->actors.count;
  }
  tl_source *src = tl_arena_alloc(a, sizeof *src);
  if (!src || !e.title || !e.summary)
    return TL_ERR_NOMEM;
  src->document = c->b->document;
  src->quote =
      tl_arena_strndup(a, c->b->text + c->s->start, c->s->end - c->s->start);
  src->said_by = said_by;
  src->offset = (int64_t)c->s->start;
  if (!src->quote)
    return TL_ERR_NOMEM;
  e.sources = src;
  e.source_count = 1;
  return sink(sink_ctx, &e);
}

static const char *const pronouns_it[] = {"it",  "they", "he",
                                          "she", "we",   NULL};

/* Who the sentence attributes itself to. */
static const char *said_by_of(const ctx *c, const tl_attribution *at,
                              size_t nat) {
  for (size_t k = 0; k < nat; k++) {
    const tl_mention *best = NULL;
    for (size_t i = at[k].source.first; i < at[k].source.last; i++) {
      const tl_mention *m = mention_at(c->s, i);
      if (m && (!best || (m->kind == TL_ENTITY_AGENCY &&
                          best->kind != TL_ENTITY_AGENCY)))
        best = m;
    }
    const tl_span src = at[k].source;
    if (best && best->kind != TL_ENTITY_COUNTRY)
      return best->kind == TL_ENTITY_PLACE && best->actor ? best->actor
                                                          : best->name;
    if (src.last - src.first == 1 &&
        (tl_word_is_ci(c->b->text, &c->w[src.first], "he") ||
         tl_word_is_ci(c->b->text, &c->w[src.first], "she")))
      return c->b->discourse.subject;
    /* "Chinese state media", "government sources": the words themselves. */
    if (src.last > src.first && src.last - src.first <= 6 &&
        !tl_word_in(c->b->text, &c->w[src.first], pronouns_it)) {
      size_t a = src.first;
      if (tl_word_is_ci(c->b->text, &c->w[a], "the") && a + 1 < src.last)
        a++;
      return tl_arena_strndup(c->b->arena, c->b->text + c->w[a].start,
                              c->w[src.last - 1].end - c->w[a].start);
    }
    if (best)
      return best->name;
  }
  return NULL;
}

static tl_status build_one(const ctx *c, const tl_date_mention *dm,
                           const tl_attribution *at, size_t nat,
                           tl_event_sink sink, void *sink_ctx) {
  const char *text = c->b->text;
  c->b->merge_only = false;
  size_t df, dl;
  date_words(c, dm, &df, &dl);
  if (df >= c->s->last)
    return TL_OK;
  tl_span phrase = date_phrase(c, df, dl);
  draft d;
  memset(&d, 0, sizeof d);
  drop(&d, phrase);
  /* Other dates of the sentence are not this event's either (those
   * within reach of it). */
  size_t self = (size_t)(dm - c->s->dates);
  size_t lo = self > MAX_DATES_PER_SENTENCE ? self - MAX_DATES_PER_SENTENCE : 0;
  size_t hi = self + MAX_DATES_PER_SENTENCE < c->s->ndates
                  ? self + MAX_DATES_PER_SENTENCE
                  : c->s->ndates;
  for (size_t k = lo; k < hi; k++) {
    if (k == self)
      continue;
    size_t of, ol;
    date_words(c, &c->s->dates[k], &of, &ol);
    drop(&d, date_phrase(c, of, ol));
  }
  /* The clause: an attribution holding the date dates what it reports. */
  size_t anchor = df;
  for (size_t k = 0; k < nat; k++) {
    drop(&d, at[k].span);
    if (df >= at[k].span.first && df < at[k].span.last)
      anchor = at[k].leading
                   ? at[k].span.last
                   : (at[k].span.first > c->s->first ? at[k].span.first - 1
                                                     : at[k].span.last);
  }
  if (anchor >= c->s->last)
    return TL_OK;
  tl_clause clause;
  size_t sfirst =
      anchor > c->s->first + CLAUSE_REACH ? anchor - CLAUSE_REACH : c->s->first;
  size_t slast =
      anchor + CLAUSE_REACH < c->s->last ? anchor + CLAUSE_REACH : c->s->last;
  tl_clause_around(text, c->b->words, sfirst, slast, anchor, &clause);
  tl_span span = clause.span;
  if (span.first >= span.last)
    return TL_OK;
  for (size_t k = 0; k < clause.ncuts; k++)
    drop(&d, clause.cuts[k]);

  /* Not events: negated or conditional clauses, and comparisons with an
   * earlier happening ("his first visit since 2019"). */
  if (clause_has(c, (tl_span){span.first, span.first + 1}, &d, conditionals) ||
      (clause.subordinate && span.first > c->s->first &&
       tl_word_in(text, &c->w[span.first - 1], conditionals)))
    return TL_OK;
  if (strcmp(dm->signal, "since") == 0 ||
      tl_word_is_ci(text, &c->w[phrase.first], "since")) {
    for (size_t i = span.first; i < phrase.first; i++)
      if (tl_word_in(text, &c->w[i], comparatives))
        return TL_OK;
  }

  const tl_mention *named = named_event(c, df, dl);
  tl_span np;
  bool is_nominal = !named && nominal(c, span, df, dl, phrase, &np);
  bool since_interval = false;
  tl_span actor_span = span;
  tl_span lead = {span.first, span.first};
  if (named) {
    snprintf(d.title, sizeof d.title, "%s", named->name);
    d.type = tl_event_type_of_head(text, &c->w[named->last - 1]);
    d.title_span = (tl_span){named->first, named->last};
  } else if (is_nominal) {
    tl_title_input in = {text,    c->s->end, c->b->words, np,
                         d.drops, d.ndrops,  NULL,        0};
    /* "his Aug. 2 power-grab" is Saddam's: the text's subject owns it. */
    const tl_discourse *dis = &c->b->discourse;
    const char *owner = NULL;
    for (size_t k = 0; k < c->s->nmentions && !owner; k++)
      if (c->s->mentions[k].kind == TL_ENTITY_PERSON &&
          c->s->mentions[k].first < np.first)
        owner = c->s->mentions[k].actor;
    if ((tl_word_is_ci(text, &c->w[np.first], "his") ||
         tl_word_is_ci(text, &c->w[np.first], "her")) &&
        (owner || dis->subject)) {
      const char *who = owner ? owner : dis->subject;
      const char *short_name = dis->subject_short;
      for (size_t k = 0; k < c->s->nmentions; k++)
        if (c->s->mentions[k].actor == who)
          short_name = short_of(c, &c->s->mentions[k]);
      char buf[96];
      snprintf(buf, sizeof buf, "%s's", short_name ? short_name : who);
      d.subs[d.nsubs++] = (tl_title_sub){{np.first, np.first + 1},
                                         tl_arena_strdup(c->b->arena, buf)};
      in.subs = d.subs;
      in.nsubs = d.nsubs;
      add_actor(&d.actors, who, true);
    } else {
      /* "their failed summit": the determiner is not part of the title. */
      while (in.span.first < in.span.last &&
             tl_word_in(text, &c->w[in.span.first], determiners))
        in.span.first++;
    }
    if (!tl_make_title(&in, d.title, &d.title_span, NULL))
      return TL_OK;
    type_ctx tc = {&d, NULL};
    d.type = tl_event_type(text, c->b->words, np.first, np.last, keep_type_word,
                           &tc);
    plural_pronoun(c, np, &d.actors);
    /* The subject of the main clause took part in what its object names:
     * "he withdrew after the collapse of a summit with Trump". */
    if (np.first > span.first) {
      tl_title_sub sub;
      if (pronoun_subject(c, span.first, &sub, &d.actors) == false)
        collect_actors(c, (tl_span){span.first, np.first}, d.drops, d.ndrops,
                       &clause, &d.actors);
    }
    actor_span = np;
  } else {
    /* "It was their third meeting this year": a comment on a happening
     * told elsewhere, not a happening. */
    if (span.first + 1 < span.last &&
        tl_word_in(text, &c->w[span.first], pronoun_subjects) &&
        tl_word_in(text, &c->w[span.first + 1], copulas))
      return TL_OK;
    /* "... after Trump and Kim met in Singapore in June": the date is the
     * subordinate clause's, and so is the event. */
    narrow_subordinate(c, &span, phrase);
    /* ", with the vanguard of Syria's contingent arriving Tuesday": the
     * date belongs to the absolute phrase after "with". */
    narrow_absolute(c, &span, phrase);
    /* "Conditions appear to be deteriorating": an assessment, not a
     * happening. */
    static const char *const assessments[] = {"appear", "appears", "seem",
                                              "seems", NULL};
    if (clause_has(c, span, &d, assessments))
      return TL_OK;
    /* "Today is the eighth day of ...": a date as the subject dates
     * nothing. */
    if (phrase.first <= span.first && phrase.last < span.last &&
        tl_word_in(text, &c->w[phrase.last], copulas))
      return TL_OK;
    /* A relative clause: "Iran, which had condemned ..." is about Iran;
     * "with whom the king met" names no one the title could. */
    if (clause.relative) {
      const tl_mention *ante = NULL;
      for (size_t k = 0; k < c->s->nmentions; k++)
        if (c->s->mentions[k].last + 1 == span.first && c->s->mentions[k].actor)
          ante = &c->s->mentions[k];
      bool simple = tl_word_is_ci(text, &c->w[span.first], "which") ||
                    tl_word_is_ci(text, &c->w[span.first], "who");
      if (!ante || !simple)
        return TL_OK;
      d.subs[d.nsubs++] = (tl_title_sub){
          {span.first, span.first + 1},
          ante->kind == TL_ENTITY_PERSON ? short_of(c, ante) : ante->actor};
      add_actor(&d.actors, ante->actor, ante->kind == TL_ENTITY_PERSON);
    }
    lead = drop_leading_adverbial(c, span, &d);
    drop_asides(c, span, phrase, &d);
    /* "In Saudi Arabia, today is the eighth day of ...": the same after a
     * scene-setting phrase. */
    size_t subject = lead.last > lead.first ? lead.last : span.first;
    if (phrase.first <= subject && phrase.last < span.last &&
        tl_word_in(text, &c->w[phrase.last], copulas))
      return TL_OK;
    actor_span = span;
    if (clause_negative(c, span, &d))
      return TL_OK;
    /* Reported speech about the future: "said on Monday he would visit". */
    size_t verb = speech_verb_near(c, phrase, span);
    if (verb != (size_t)-1) {
      if (tl_word_in(text, &c->w[verb], promise_verbs))
        return TL_OK;
      /* The complement's own verb comes within a few words: "that he
       * would meet", not "that Israel was willing ... provided the
       * border could be secured". */
      size_t seen = 0;
      for (size_t i = verb + 1; i < span.last && seen < 10; i++) {
        if ((i >= phrase.first && i < phrase.last) ||
            in_spans(d.drops, d.ndrops, i))
          continue;
        seen++;
        if (tl_word_in(text, &c->w[i], future_cues))
          return TL_OK;
      }
    }
    /* "has been ... since 2019": a state that began then. */
    if (tl_word_is_ci(text, &c->w[phrase.first], "since") ||
        strcmp(dm->signal, "since") == 0)
      since_interval =
          clause_has(c, (tl_span){span.first, phrase.first}, &d, perfect_aux);
    for (size_t i = span.first; i < span.last && d.nsubs < MAX_SUBS / 2; i++) {
      if (in_spans(d.drops, d.ndrops, i))
        continue;
      tl_title_sub sub;
      if (two_of(c, i, &sub, &d.actors) ||
          (i == span.first && pronoun_subject(c, i, &sub, &d.actors)))
        d.subs[d.nsubs++] = sub;
    }
    tl_title_input in = {text,    c->s->end, c->b->words, span,
                         d.drops, d.ndrops,  d.subs,      d.nsubs};
    bool cut;
    if (!tl_make_title(&in, d.title, &d.title_span, &cut))
      return TL_OK;
    /* Too long: headlines call people by their family names
     * ("Chinese President Xi Jinping" -> "Xi"); try that first. */
    if (cut && shorten_names(c, span, &d)) {
      in.subs = d.subs;
      in.nsubs = d.nsubs;
      if (!tl_make_title(&in, d.title, &d.title_span, NULL))
        return TL_OK;
    }
    actor_span = d.title_span;
    type_ctx tc = {&d, &clause};
    /* The title's own words say what happened; the rest of the clause
     * only when they do not ("met in Singapore, where they signed"). */
    d.type = tl_event_type(text, c->b->words, d.title_span.first,
                           d.title_span.last, keep_type_word, &tc);
    if (!d.type)
      d.type = participle_type(c, span, &d, &tc);
    /* "Xi told Kim ...": two people speaking to each other met. */
    if (!d.type || strcmp(d.type, "statement") == 0) {
      for (size_t i = span.first; i + 1 < span.last; i++) {
        const tl_mention *m = mention_at(c->s, i + 1);
        if (tl_word_in(text, &c->w[i], told_verbs) && m &&
            m->kind == TL_ENTITY_PERSON && m->first == i + 1) {
          d.type = "meeting";
          break;
        }
      }
    }
    plural_pronoun(c, span, &d.actors);
  }
  collect_actors(c, actor_span, d.drops, d.ndrops, &clause, &d.actors);
  if (!named && !is_nominal)
    participle_actors(c, span, &d);
  /* The place is where the title says, or for a named happening anywhere
   * in its clause; a place in a trailing phrase ("over the war in
   * Ukraine") is somewhere else. */
  d.place = place_in(c, named ? span : d.title_span, d.drops, d.ndrops);
  if (!d.place && lead.last > lead.first && /* "In Hanoi on Thursday," */
      (tl_word_is_ci(text, &c->w[lead.first], "in") ||
       tl_word_is_ci(text, &c->w[lead.first], "at")))
    d.place = place_in(c, lead, NULL, 0);
  /* A clause with nobody, nowhere and no kind of happening in it is rarely
   * one a timeline needs ("growth slowed in 2019"), nor is a bare "Xi will
   * leave". */
  if (!named && d.actors.count == 0 && !d.place && !d.type)
    return TL_OK;
  if (!named && !is_nominal && !d.place && !d.type && title_words(d.title) <= 3)
    return TL_OK;
  /* "Their Sept. 4 meeting" alone titles nothing, but is one more source
   * for a meeting already found. */
  c->b->merge_only = is_nominal && title_words(d.title) < 2;
  /* "It had informed the family", "``We were pushed out of the talks'':
   * a subject the title cannot name, or someone's own words. */
  if (!named && !is_nominal &&
      (strncmp(d.title, "It ", 3) == 0 || strncmp(d.title, "They ", 5) == 0 ||
       strncmp(d.title, "This ", 5) == 0 ||
       strncmp(d.title, "These ", 6) == 0 || d.title[0] == '"' ||
       d.title[0] == '`' || d.title[0] == '\'' ||
       (unsigned char)d.title[0] == 0xE2))
    return TL_OK;
  /* "the 11th century temple": a century holds no one happening. */
  if (!named && !dm->when.interval &&
      dm->when.start.precision <= TL_PREC_CENTURY)
    return TL_OK;
  const char *status = status_of(c, dm, span, phrase.first, &d);
  /* Speculation about the future is not yet an event. */
  if (status && strcmp(status, "planned") == 0 &&
      clause_has(c, span, &d, speculation))
    return TL_OK;
  const char *said_by = said_by_of(c, at, nat);
  return emit(c, dm, &d, status, said_by, since_interval, sink, sink_ctx);
}

/* Remembers who this sentence was about, for the next ones. */
static void update_discourse(const ctx *c) {
  tl_discourse *d = &c->b->discourse;
  tl_discourse next = {0};
  next.subject = d->subject;
  next.subject_short = d->subject_short;
  bool subject_set = false;
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (!m->actor)
      continue;
    if (m->kind == TL_ENTITY_PERSON) {
      bool seen = false;
      for (size_t i = 0; i < next.npersons; i++)
        seen = seen || strcmp(next.persons[i], m->actor) == 0;
      if (!seen && next.npersons < 6) {
        next.persons[next.npersons] = m->actor;
        next.person_ranks[next.npersons] = m->rank;
        next.person_shorts[next.npersons++] = short_of(c, m);
      }
      if (!subject_set) {
        next.subject = m->actor;
        next.subject_short = short_of(c, m);
        subject_set = true;
      }
    } else if (m->kind == TL_ENTITY_COUNTRY ||
               (m->kind == TL_ENTITY_PLACE && m->actor)) {
      bool seen = false;
      for (size_t i = 0; i < next.ncountries; i++)
        seen = seen || strcmp(next.countries[i], m->actor) == 0;
      if (!seen && next.ncountries < 4)
        next.countries[next.ncountries++] = m->actor;
    }
  }
  /* People named earlier stay in reach behind this sentence's. */
  for (size_t k = 0; k < d->npersons && next.npersons < 6; k++) {
    bool seen = false;
    for (size_t i = 0; i < next.npersons; i++)
      seen = seen || strcmp(next.persons[i], d->persons[k]) == 0;
    if (!seen) {
      next.persons[next.npersons] = d->persons[k];
      next.person_ranks[next.npersons] = d->person_ranks[k];
      next.person_shorts[next.npersons++] = d->person_shorts[k];
    }
  }
  if (next.ncountries == 0) {
    memcpy(next.countries, d->countries, sizeof next.countries);
    next.ncountries = d->ncountries;
  }
  *d = next;
}

static bool is_question(const ctx *c) {
  size_t e = c->s->end;
  while (e > c->s->start && (c->b->text[e - 1] == '"' ||
                             (unsigned char)c->b->text[e - 1] >= 0x80 ||
                             c->b->text[e - 1] == '\''))
    e--;
  return e > c->s->start && c->b->text[e - 1] == '?';
}

tl_status tl_build_sentence(tl_builder *b, const tl_sentence_in *s,
                            tl_event_sink sink, void *sink_ctx) {
  ctx c = {b, s, b->words->items};
  tl_status st = TL_OK;
  if (!s->line_only && !is_question(&c) && s->ndates) {
    tl_attribution at[TL_MAX_ATTRIBUTIONS];
    size_t nat =
        tl_find_attributions(b->text, b->words, s->first, s->last,
                             generic_source, &c, at, TL_MAX_ATTRIBUTIONS);
    /* A sentence with dozens of dates is a table or a list, not a
     * report; the first ones are read, and the work stays linear. */
    size_t n =
        s->ndates < MAX_DATES_PER_SENTENCE ? s->ndates : MAX_DATES_PER_SENTENCE;
    for (size_t i = 0; i < n && st == TL_OK; i++)
      st = build_one(&c, &s->dates[i], at, nat, sink, sink_ctx);
  }
  update_discourse(&c);
  return st;
}
