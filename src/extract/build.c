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

/* Cues a date phrase starts with that are not part of a title: the
 * preposition, and the hedges and limits news writing puts before a date
 * ("just over an hour later", "almost four years ago", "within days",
 * "ahead of Sunday's vote", "as of Monday"). */
static const char *const date_cues[] = {
    "on",         "in",        "at",       "since",   "from",
    "during",     "by",        "until",    "till",    "through",
    "as",         "of",        "around",   "about",   "approximately",
    "circa",      "c.",        "sometime", "the",     "early",
    "late",       "mid",       "earlier",  "later",   "between",
    "throughout", "last",      "this",     "next",    "before",
    "after",      "for",       "over",     "within",  "just",
    "almost",     "nearly",    "shortly",  "roughly", "only",
    "some",       "ahead",     "prior",    "into",    "toward",
    "towards",    "beginning", "starting", NULL};

/* Nouns that name a happening: a date modifying them dates that. */
static const char *const event_nouns[] = {
    "summit",        "summits",       "talks",
    "meeting",       "meetings",      "visit",
    "trip",          "agreement",     "deal",
    "treaty",        "pact",          "accord",
    "war",           "invasion",      "election",
    "referendum",    "parade",        "test",
    "tests",         "launch",        "ceasefire",
    "truce",         "attack",        "attacks",
    "strike",        "collapse",      "signing",
    "crisis",        "conference",    "negotiations",
    "declaration",   "sanctions",     "speech",
    "coup",          "withdrawal",    "inauguration",
    "ceremony",      "funeral",       "assassination",
    "tour",          "exercises",     "drills",
    "protests",      "clashes",       "vote",
    "armistice",     "uprising",      "revolution",
    "bombing",       "invasion",      "forum",
    "dialogue",      "visits",        "elections",
    "deals",         "agreements",    "takeover",
    "power-grab",    "annexation",    "occupation",
    "seizure",       "blockade",      "raid",
    "incursion",     "offensive",     "siege",
    "massacre",      "crackdown",     "revolt",
    "rebellion",     "handover",      "crash",
    "shooting",      "killing",       "arrest",
    "release",       "resignation",   "ouster",
    "overthrow",     "ruling",        "verdict",
    "accession",     "independence",  "partition",
    "reunification", "normalization", "rapprochement",
    "hostilities",   "cease-fire",    "armistice",
    "slaying",       "slayings",      "murder",
    "debate",        "campaign",      "convention",
    "resolution",    "founding",      "creation",
    "ratification",  "enlargement",   "expansion",
    "victory",       "defeat",        "earthquake",
    "olympics",      "congress",      "plenum",
    "rally",         "demonstration", "demonstrations",
    "blast",         "blasts",        "explosion",
    "bombings",      "genocide",      "battle",
    "decision",      "announcement",  "law",
    "constitution",  "charter",       "protocol",
    "communique",    "consultations", "trial",
    "indictment",    "execution",     "kidnapping",
    "abduction",     "hijacking",     "embargo",
    "ultimatum",     "deployment",    "pullout",
    "unification",   "liberation",    "transition",
    "poll",          "polls",         NULL};

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

static const char *const pronouns_it[] = {"it",  "they", "he",
                                          "she", "we",   NULL};

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
  while (a > c->s->first && first - a < 4) {
    const tl_word *p = &c->w[a - 1];
    /* "prior to", "up to": "to" only after the word that makes it a cue */
    if (tl_word_is_ci(c->b->text, p, "to") && a - 1 > c->s->first &&
        (tl_word_is_ci(c->b->text, &c->w[a - 2], "prior") ||
         tl_word_is_ci(c->b->text, &c->w[a - 2], "up"))) {
      a -= 2;
      continue;
    }
    if (!tl_word_in(c->b->text, p, date_cues))
      break;
    /* "as of Monday", "as early as next week"; not "as Easter week
     * began", where "as" opens a clause */
    static const char *const as_next[] = {"of", "early", "late", "soon", NULL};
    if (tl_word_is_ci(c->b->text, p, "as") &&
        !tl_word_in(c->b->text, &c->w[a], as_next))
      break;
    /* "will be sworn in on May 20": a preposition right before another
     * belongs to the verb */
    static const char *const preps[] = {"in", "on", "at", "by", NULL};
    if (tl_word_in(c->b->text, p, preps) &&
        tl_word_in(c->b->text, &c->w[a], preps))
      break;
    a--;
  }
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
  /* "as Easter week began", "when the new year opened": a clause that
   * only says the time is the date phrase too. */
  if (a > c->s->first && e < c->s->last &&
      (tl_word_is_ci(c->b->text, &c->w[a - 1], "as") ||
       tl_word_is_ci(c->b->text, &c->w[a - 1], "when")) &&
      tl_word_verb_like(c->b->text, &c->w[e]) &&
      (e + 1 >= c->s->last || c->w[e + 1].kind != TL_W_WORD)) {
    a--;
    e++;
  }
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

/* A country named only as where something happened: "met in Singapore",
 * "embassies in Kenya and Tanzania".  The venue is the place, not an
 * actor; a country visited or written to ("visited Russia", "sent envoys
 * to Iran") still takes part. */
static bool venue(const ctx *c, const tl_mention *m) {
  static const char *const venue_preps[] = {
      "in",     "at",         "inside", "near",   "outside",
      "across", "throughout", "around", "within", NULL};
  const char *text = c->b->text;
  if (m->kind != TL_ENTITY_COUNTRY)
    return false;
  size_t i = m->first;
  if (i > c->s->first && tl_word_is_ci(text, &c->w[i - 1], "the"))
    i--;
  if (m->locative && i > c->s->first &&
      tl_word_in(text, &c->w[i - 1], venue_preps))
    return true;
  /* "in Kenya and Tanzania": the conjunct of a venue is one too. */
  if (i > c->s->first && (tl_word_is(text, &c->w[i - 1], "and") ||
                          is_punct(text, &c->w[i - 1], ','))) {
    for (size_t k = 0; k < c->s->nmentions; k++) {
      const tl_mention *o = &c->s->mentions[k];
      if (o->last + 1 == i)
        return o != m && venue(c, o);
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
        in_apposition(c, span, m->first) || venue(c, m))
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
  /* "Elian has been at the center of a custody battle since he was
   * rescued": a name the gazetteer lacks, opening the sentence as its
   * subject, is who "he" is. */
  size_t f = c->s->first;
  while (f < i && c->w[f].kind == TL_W_QUOTE)
    f++;
  if (!who && f + 1 < i && c->w[f].kind == TL_W_WORD &&
      (c->w[f].flags & TL_W_CAP) && !mention_at(c->s, f) &&
      !tl_is_sentence_opener(text + c->w[f].start,
                             c->w[f].end - c->w[f].start) &&
      (tl_word_verb_like(text, &c->w[f + 1]) ||
       (c->w[f].flags & TL_W_POSSESSIVE))) {
    sub->span = (tl_span){i, i + 1};
    sub->text = tl_arena_strndup(c->b->arena, text + c->w[f].start,
                                 c->w[f].end - c->w[f].start);
    add_actor(actors, sub->text, true);
    return sub->text != NULL;
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

/* "the Cuban leader", "the Jordanian monarch", "the monarch": a leader
 * described by country or office is the head of state or government of
 * that country named lately ("King Hussein" for a monarch). */
static bool role_of(const ctx *c, size_t i, tl_title_sub *sub,
                    actor_list *actors) {
  static const char *const roles[] = {"leader",    "president", "premier",
                                      "monarch",   "king",      "ruler",
                                      "strongman", "dictator",  NULL};
  static const char *const royals[] = {"monarch", "king", NULL};
  const char *text = c->b->text;
  if (i + 1 >= c->s->last || !tl_word_is_ci(text, &c->w[i], "the"))
    return false;
  const tl_mention *land = mention_at(c->s, i + 1);
  size_t r = i + 1;
  if (land && land->first == i + 1 && land->kind == TL_ENTITY_COUNTRY &&
      land->demonym)
    r = land->last;
  else
    land = NULL;
  if (r >= c->s->last || !tl_word_in(text, &c->w[r], roles) ||
      (r + 1 < c->s->last && c->w[r + 1].kind == TL_W_WORD &&
       (c->w[r + 1].flags & TL_W_CAP)))
    return false; /* "the Cuban leader Fidel Castro" names him already */
  bool royal = tl_word_in(text, &c->w[r], royals);
  if (!land && !royal)
    return false; /* "the president": whose is not said */
  const tl_discourse *d = &c->b->discourse;
  for (size_t k = 0; k < d->npersons; k++) {
    bool fits = d->person_ranks[k] == 1 &&
                (!land || (d->person_countries[k] &&
                           strcmp(d->person_countries[k], land->name) == 0)) &&
                (!royal || strncmp(d->persons[k], "King ", 5) == 0 ||
                 strncmp(d->persons[k], "Queen ", 6) == 0);
    if (!fits)
      continue;
    sub->span = (tl_span){i, r + 1};
    sub->text = d->person_shorts[k] ? d->person_shorts[k] : d->persons[k];
    add_actor(actors, d->persons[k], true);
    return true;
  }
  return false;
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
    /* "Pan Am Flight 103", "Resolution 425" */
    if (w->kind == TL_W_NUMBER && e > from && (c->w[e - 1].flags & TL_W_CAP)) {
      e++;
      continue;
    }
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

/* A comma after a year that ends a full date: "the Dec. 21, 1988, bombing". */
static bool year_comma(const ctx *c, tl_span clause, size_t dl) {
  return dl + 1 < clause.last && c->w[dl - 1].kind == TL_W_NUMBER &&
         c->w[dl - 1].end - c->w[dl - 1].start == 4 &&
         is_punct(c->b->text, &c->w[dl], ',') &&
         c->w[dl + 1].kind == TL_W_WORD && !(c->w[dl + 1].flags & TL_W_CAP);
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
  /* "the Dec. 21, 1988, bombing": the comma closing a full date */
  size_t from = dl;
  if (year_comma(c, clause, dl))
    from++;
  for (size_t i = from; i < clause.last && i < from + 4; i++) {
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
    size_t end = np_tail(c, clause, i + 1);
    /* The phrase is the clause's subject ("The Aug. 7 bombings killed 200
     * people") or sets its scene ("In Sunday's debate, Spitzer attacked
     * Vacco"): the clause tells what happened then. */
    static const char *const scene[] = {"in", "at", "during", NULL};
    static const char *const be[] = {"is", "are", "was", "were", NULL};
    bool subject = a == clause.first && end < clause.last &&
                   tl_word_verb_like(text, &c->w[end]) &&
                   !tl_word_in(text, &c->w[end], be);
    bool setting = a == clause.first + 1 &&
                   tl_word_in(text, &c->w[clause.first], scene) &&
                   end < clause.last && is_punct(text, &c->w[end], ',');
    if (subject || setting)
      return false;
    *np = (tl_span){a, end};
    return true;
  }
  /* "Iraq's invasion of Kuwait on Aug. 2": a happening owned by a name,
   * with the date at its end. */
  static const char *const chain[] = {"of",      "with", "in",  "between",
                                      "against", "on",   "the", "a",
                                      "an",      "and",  "to",  NULL};
  /* (not "D'Amato's vote against the 1994 Freedom of Access Act": there
   * the date begins another name) */
  static const char *const enders[] = {
      "but", "yet", "so", "then", "during", "amid", "until", "since", NULL};
  bool ends = dl >= clause.last || c->w[dl].kind != TL_W_WORD ||
              tl_word_in(text, &c->w[dl], not_modifiers) ||
              tl_word_in(text, &c->w[dl], enders) ||
              tl_word_verb_like(text, &c->w[dl]);
  for (size_t i = phrase.first; ends && i > clause.first + 1; i--) {
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
        "by",      "in",   "at",   "on",  "during", "last",
        "earlier", "this", "and",  "or",  "almost", "nearly",
        "about",   "some", "more", "for", NULL};
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
    static const char *const preps[] = {"in",   "of", "on",   "at", "for",
                                        "with", "by", "from", "to", NULL};
    size_t walked = 0;
    while (a > clause.first && walked < 5 && !determined) {
      const tl_word *p = &c->w[a - 1];
      if (p->kind == TL_W_QUOTE) { /* his ``Iron Curtain'' speech */
        a--;
        continue;
      }
      if (p->kind != TL_W_WORD || tl_word_in(text, p, temporal_preps) ||
          tl_word_in(text, p, pronouns_) || tl_word_in(text, p, preps))
        break;
      walked++;
      a--;
      determined = tl_word_in(text, p, determiners);
    }
    /* ... and a verb before it: in "the first batch of evidence from the
     * bombing arrived over the weekend", "arrived" is the main verb. */
    bool verb_before = false;
    for (size_t i = clause.first; i < a && !verb_before; i++)
      verb_before = tl_word_verb_like(text, &c->w[i]);
    bool object = determined && verb_before && a > clause.first &&
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
    /* "... and a second meeting on May 26" begins a conjunct of its own;
     * "between Kim and Trump in 2019" does not. */
    if (!conjunct &&
        (tl_word_is(text, w, "and") || tl_word_is(text, w, "or")) &&
        i < phrase.first && tl_word_in(text, &c->w[i], determiners))
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

/* The date ends an aside between a comma and a comma (or the clause's
 * end) that opens with a determiner and counts: ", their third meeting
 * this year,", ", the first such trip this year". */
static bool counting_aside(const ctx *c, tl_span span, tl_span phrase) {
  static const char *const openers[] = {"his", "her", "its", "their", "the",
                                        "a",   "an",  "our", NULL};
  static const char *const counts[] = {
      "first",  "second", "third", "fourth",  "fifth",    "sixth", "seventh",
      "latest", "last",   "only",  "another", "previous", NULL};
  const char *text = c->b->text;
  if (phrase.last < span.last && !is_punct(text, &c->w[phrase.last], ','))
    return false;
  bool counted = false;
  for (size_t i = phrase.first; i > span.first && phrase.first - i < 8; i--) {
    const tl_word *w = &c->w[i - 1];
    if (is_punct(text, w, ','))
      return counted && i < phrase.first && tl_word_in(text, &c->w[i], openers);
    if (w->kind != TL_W_WORD || tl_word_verb_like(text, w))
      return false;
    counted = counted || tl_word_in(text, w, counts) || w->kind == TL_W_NUMBER;
  }
  return false;
}

/* "Albright has invited the ministers to a ceremony in Independence on
 * March 12", "Another man has been arrested over the bombings of the
 * embassies last year": a present perfect tells of now, so a date a month
 * or more away from the document date belongs to the happening's noun
 * before it. */
static bool perfect_far(const ctx *c, const tl_date_mention *dm, tl_span span,
                        tl_span phrase, tl_span *np) {
  const char *text = c->b->text;
  if (!c->b->dct || tl_word_is_ci(text, &c->w[phrase.first], "since") ||
      tl_word_is_ci(text, &c->w[phrase.first], "for") ||
      strcmp(dm->signal, "since") == 0)
    return false;
  int64_t today = tl_date_first_day(c->b->dct);
  if (!(tl_when_first_day(&dm->when) > today ||
        tl_when_last_day(&dm->when) < today - 31))
    return false;
  size_t v = span.first;
  while (v < phrase.first && !tl_word_verb_like(text, &c->w[v]))
    v++;
  if (v + 1 >= phrase.first || !(tl_word_is(text, &c->w[v], "has") ||
                                 tl_word_is(text, &c->w[v], "have")))
    return false;
  /* the nearest happening's noun before the date, no verb between */
  for (size_t k = phrase.first; k > v + 2; k--) {
    const tl_word *w = &c->w[k - 1];
    if (w->kind == TL_W_WORD && tl_word_verb_like(text, w))
      return false;
    if (!tl_word_in(text, w, event_nouns))
      continue;
    size_t a = k - 1;
    while (a > v + 1 && a > k - 5 && c->w[a - 1].kind == TL_W_WORD &&
           !tl_word_in(text, &c->w[a - 1], determiners) &&
           !tl_word_verb_like(text, &c->w[a - 1]))
      a--;
    if (!tl_word_in(text, &c->w[a - 1], determiners))
      return false;
    *np = (tl_span){a - 1, phrase.first};
    return true;
  }
  return false;
}

/* The country or body "its" before word i refers to: the last one the
 * sentence names before it. */
static const tl_mention *its_owner(const ctx *c, size_t i) {
  const tl_mention *owner = NULL;
  for (size_t k = 0; k < c->s->nmentions; k++) {
    const tl_mention *m = &c->s->mentions[k];
    if (m->first < i && m->actor && m->kind != TL_ENTITY_PERSON)
      owner = m;
  }
  return owner;
}

/* A clause opening with "when" right after the date: its span. */
static bool when_after(const ctx *c, tl_span phrase, tl_span *span) {
  static const char *const subjects[] = {"the", "a",     "an", "his", "her",
                                         "its", "their", "he", "she", "they",
                                         "it",  "we",    NULL};
  const char *text = c->b->text;
  size_t k = phrase.last;
  if (k < c->s->last &&
      (is_punct(text, &c->w[k], ',') || c->w[k].kind == TL_W_DASH))
    k++;
  if (k + 2 >= c->s->last || !tl_word_is_ci(text, &c->w[k], "when"))
    return false;
  const tl_word *sub = &c->w[k + 1];
  if (sub->kind != TL_W_WORD ||
      !((sub->flags & TL_W_CAP) || tl_word_in(text, sub, subjects)))
    return false;
  size_t e = k + 1;
  bool verb = false;
  while (e < c->s->last && e < k + 30 && !is_punct(text, &c->w[e], ',') &&
         !is_punct(text, &c->w[e], ';') && !is_punct(text, &c->w[e], ':') &&
         !is_punct(text, &c->w[e], '(') && c->w[e].kind != TL_W_DASH) {
    verb = verb || tl_word_verb_like(text, &c->w[e]);
    e++;
  }
  if (!verb)
    return false;
  *span = (tl_span){k + 1, e};
  return true;
}

/* "overruled a 1971 Convention which ...", "Kopp's 1987 Chevrolet", "the
 * 1996 figures": a year or a day written before a noun only says which
 * thing is meant.  When that noun names no happening (nominal() found
 * none), the clause around it was not dated by it. */
static bool premodifier(const ctx *c, tl_span clause, size_t df, size_t dl) {
  const char *text = c->b->text;
  if (dl >= clause.last || c->w[dl - 1].kind != TL_W_NUMBER)
    return false;
  const tl_word *next = &c->w[year_comma(c, clause, dl) ? dl + 1 : dl];
  if (next->kind != TL_W_WORD || tl_word_in(text, next, date_cues) ||
      tl_word_verb_like(text, next))
    return false;
  static const char *const not_nouns[] = {
      "and", "or",   "to", "with", "when",    "while", "which",
      "who", "that", "as", "for",  "because", "but",   NULL};
  if (tl_word_in(text, next, not_nouns))
    return false;
  /* A happening's noun among the modifiers: nominal() judged it. */
  for (size_t i = (size_t)(next - c->w); i < clause.last && i < dl + 5; i++) {
    if (c->w[i].kind != TL_W_WORD || tl_word_in(text, &c->w[i], not_nouns))
      break;
    if (tl_word_in(text, &c->w[i], event_nouns))
      return false;
  }
  size_t a = df;
  if (a < dl && tl_word_in(text, &c->w[a], determiners))
    a++; /* the tagger took "the" in */
  else {
    size_t adjectives = 0;
    while (a > clause.first && adjectives < 2 &&
           c->w[a - 1].kind == TL_W_WORD && !(c->w[a - 1].flags & TL_W_CAP) &&
           !tl_word_in(text, &c->w[a - 1], determiners) &&
           !tl_word_in(text, &c->w[a - 1], date_cues) &&
           !tl_word_verb_like(text, &c->w[a - 1])) {
      a--;
      adjectives++;
    }
    if (a == clause.first)
      return false;
    const tl_word *det = &c->w[a - 1];
    bool owner = (det->flags & TL_W_POSSESSIVE) && det->kind == TL_W_WORD;
    if (!owner && !tl_word_in(text, det, determiners))
      return false;
    /* "In the 1990s Russia ...": after a preposition the date is an
     * adverbial and a capital starts the clause's subject. */
    if ((next->flags & TL_W_CAP) && a - 1 > clause.first &&
        tl_word_in(text, &c->w[a - 2], date_cues))
      return false;
  }
  return true;
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
        !(p->flags & TL_W_CAP) && /* "Scharping said" is a name */
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
  /* What "when", "while" and "as" join happened at the same time: the
   * subordinate clause is the event only when it names who acted ("as he
   * arrived in Philadelphia"), not "perished when their boat sank". */
  static const char *const simultaneous[] = {"when", "while", "as", NULL};
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
              tl_word_irregular_past(text, x));
    }
    if ((n->kind == TL_W_WORD && (n->flags & TL_W_CAP) &&
         !(n->flags & TL_W_POSSESSIVE)) ||
        tl_word_in(text, n, pronouns) ||
        (tl_word_in(text, n, determiners_) && verb &&
         !tl_word_in(text, w, simultaneous))) {
      span->first = i;
      return;
    }
  }
}

/* "NATO warplanes helped end the war almost four years ago and now are
 * poised to intervene": a date closing its predicate dates that predicate,
 * not the one "and" or "but" adds after it without a new subject. */
static void end_predicate(const ctx *c, tl_span *span, tl_span phrase) {
  const char *text = c->b->text;
  size_t k = phrase.last;
  if (k + 1 >= span->last ||
      !(tl_word_is(text, &c->w[k], "and") || tl_word_is(text, &c->w[k], "but")))
    return;
  const tl_word *n = &c->w[k + 1];
  /* "on Monday and Tuesday", "in 2019 and 2020", "last year and this
   * year", "in June and the following month" join dates, not predicates. */
  if (n->kind != TL_W_WORD || (n->flags & TL_W_CAP) ||
      tl_word_in(text, n, date_cues) || tl_word_in(text, n, determiners))
    return;
  span->last = k;
}

/* Whether word i lies in one of the sentence's dates other than `self`. */
static bool in_other_date(const ctx *c, const tl_date_mention *self, size_t i) {
  for (size_t k = 0; k < c->s->ndates; k++) {
    const tl_date_mention *o = &c->s->dates[k];
    if (o != self && !o->offset_unit && c->w[i].start >= o->start &&
        c->w[i].end <= o->end)
      return true;
  }
  return false;
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

/* "Protesters planned a demonstration on Saturday and were planning to
 * drive around the airport on Monday": when the first of two predicates
 * sharing a subject has a date of its own, the second's date dates only
 * the second, and its title is the subject with that predicate. */
static void second_predicate(const ctx *c, tl_span span, tl_span phrase,
                             draft *d) {
  const char *text = c->b->text;
  size_t v = span.first;
  while (v < phrase.first && !tl_word_verb_like(text, &c->w[v]))
    v++;
  if (v == span.first || v >= phrase.first)
    return;
  for (size_t k = phrase.first; k > v + 1; k--) {
    size_t and = k - 1;
    if (!tl_word_is(text, &c->w[and], "and") &&
        !tl_word_is(text, &c->w[and], "but"))
      continue;
    size_t n = and+1;
    if (n < phrase.first && (tl_word_is(text, &c->w[n], "then") ||
                             tl_word_is(text, &c->w[n], "later") ||
                             tl_word_is(text, &c->w[n], "also")))
      n++;
    if (n >= phrase.first || !tl_word_verb_like(text, &c->w[n]))
      return;
    bool dated = false;
    for (size_t i = v; i < and&&!dated; i++)
      dated =
          in_other_date(c, NULL, i) && !(i >= phrase.first && i < phrase.last);
    if (dated)
      drop(d, (tl_span){v, and+1});
    return;
  }
}

/* The past form of an "-ing" word: "agreeing" -> "agreed", "dropping" ->
 * "dropped", "meeting" -> "met".  NULL when it is no verb form. */
static const char *past_of_ing(const ctx *c, const tl_word *w) {
  static const char *const irregular[][2] = {
      {"meeting", "met"},          {"holding", "held"},
      {"making", "made"},          {"taking", "took"},
      {"giving", "gave"},          {"leaving", "left"},
      {"sending", "sent"},         {"going", "went"},
      {"coming", "came"},          {"seeing", "saw"},
      {"telling", "told"},         {"saying", "said"},
      {"paying", "paid"},          {"winning", "won"},
      {"losing", "lost"},          {"breaking", "broke"},
      {"bringing", "brought"},     {"buying", "bought"},
      {"fighting", "fought"},      {"seeking", "sought"},
      {"speaking", "spoke"},       {"setting", "set"},
      {"putting", "put"},          {"cutting", "cut"},
      {"beginning", "began"},      {"running", "ran"},
      {"keeping", "kept"},         {"leading", "led"},
      {"standing", "stood"},       {"writing", "wrote"},
      {"flying", "flew"},          {"drawing", "drew"},
      {"shooting", "shot"},        {"choosing", "chose"},
      {"finding", "found"},        {"getting", "got"},
      {"striking", "struck"},      {"selling", "sold"},
      {"building", "built"},       {"spending", "spent"},
      {"becoming", "became"},      {"hitting", "hit"},
      {"withdrawing", "withdrew"}, {"undertaking", "undertook"}};
  const char *text = c->b->text;
  size_t n = w->end - w->start;
  if (w->kind != TL_W_WORD || (w->flags & TL_W_CAP) || n < 6 || n > 40 ||
      memcmp(text + w->end - 3, "ing", 3) != 0)
    return NULL;
  for (size_t i = 0; i < sizeof irregular / sizeof irregular[0]; i++)
    if (tl_word_is(text, w, irregular[i][0]))
      return irregular[i][1];
  char buf[48];
  size_t stem = n - 3;
  memcpy(buf, text + w->start, stem);
  /* "agreeing" -> "agree" + "d"; otherwise + "ed" ("arriv" + "ed") */
  if (buf[stem - 1] == 'e') {
    buf[stem] = 'd';
    buf[stem + 1] = '\0';
  } else {
    memcpy(buf + stem, "ed", 3);
  }
  return tl_arena_strdup(c->b->arena, buf);
}

/* "Germany had held up the deal for weeks before agreeing to a compromise
 * on Friday": a date in an "-ing" phrase after "before" or "after" dates
 * that phrase, whose subject is the clause's ("Germany agreed to a
 * compromise"). */
static void gerund_predicate(const ctx *c, tl_span span, tl_span phrase,
                             draft *d) {
  const char *text = c->b->text;
  for (size_t i = phrase.first; i > span.first + 1; i--) {
    size_t g = i - 1;
    if (is_punct(text, &c->w[g], ',') && g + 1 < phrase.first &&
        !(tl_word_is(text, &c->w[g + 1], "before") ||
          tl_word_is(text, &c->w[g + 1], "after")))
      return;
    if (!(tl_word_is(text, &c->w[g - 1], "before") ||
          tl_word_is(text, &c->w[g - 1], "after")))
      continue;
    const char *past = past_of_ing(c, &c->w[g]);
    if (!past || tl_word_is(text, &c->w[g], "during"))
      return;
    size_t v = span.first;
    while (v < g - 1 && !tl_word_verb_like(text, &c->w[v]))
      v++;
    if (v == span.first || v >= g - 1 || d->nsubs >= MAX_SUBS)
      return;
    drop(d, (tl_span){v, g});
    d->subs[d->nsubs++] = (tl_title_sub){{g, g + 1}, past};
    return;
  }
}

/* "In another mediation effort, the Soviet Union said ...": a phrase
 * opening the clause before its subject sets a scene, not a title.
 * Returns its span (empty when there is none). */
static tl_span drop_leading_adverbial(const ctx *c, tl_span span, draft *d) {
  static const char *const preps[] = {
      "in",          "on",         "at",        "after",     "amid",
      "despite",     "during",     "for",       "with",      "as",
      "by",          "under",      "following", "without",   "among",
      "across",      "earlier",    "later",     "meanwhile", "separately",
      "speaking",    "just",       "shortly",   "soon",      "ahead",
      "prior",       "even",       "long",      "well",      "right",
      "immediately", "only",       "within",    "upon",      "before",
      "until",       "throughout", "over",      "through",   "unlike",
      "like",        "against",    "beyond",    "since",     "finally",
      "meantime",    "eventually", NULL};
  /* "Two days after the vote,", "Hours before the summit," */
  static const char *const counts[] = {"a",    "an",   "two", "three",
                                       "four", "five", "six", "several",
                                       "few",  "some", NULL};
  static const char *const units[] = {"minutes", "hours", "days",    "weeks",
                                      "months",  "years", "moments", "hour",
                                      "day",     "week",  NULL};
  const char *text = c->b->text;
  size_t s = span.first;
  /* "Turning its back on 210 years of loyalty, Australia voted ..." */
  bool participle = false;
  if (s < span.last && c->w[s].kind == TL_W_WORD) {
    size_t n = c->w[s].end - c->w[s].start;
    participle = n > 5 && memcmp(text + c->w[s].end - 3, "ing", 3) == 0 &&
                 !tl_word_is_ci(text, &c->w[s], "during") &&
                 !mention_at(c->s, s); /* "Beijing, meanwhile, said" */
  }
  bool counted = false;
  for (size_t k = s; k < span.last && k < s + 3 && !counted; k++)
    counted =
        tl_word_in(text, &c->w[k], units) && k > s &&
        (c->w[s].kind == TL_W_NUMBER || tl_word_in(text, &c->w[s], counts));
  if (s >= span.last ||
      (!participle && !counted && !tl_word_in(text, &c->w[s], preps)))
    return (tl_span){s, s};
  for (size_t k = s + 1; k < span.last && k < s + 22; k++) {
    if (tl_is_speech_verb(text, &c->w[k]))
      break;
    /* "In 1990 Iraq invaded Kuwait, ...": a subject and its verb, so the
     * clause began already. */
    const tl_word *p = &c->w[k - 1];
    if (tl_word_verb_like(text, &c->w[k]) && !participle &&
        ((p->flags & TL_W_CAP) || tl_word_in(text, p, pronouns_it)))
      break;
    /* "On April 4, 1949,": the comma inside a date */
    if (is_punct(text, &c->w[k], ',') && k + 1 < span.last &&
        c->w[k + 1].kind == TL_W_NUMBER &&
        c->w[k + 1].end - c->w[k + 1].start == 4 &&
        c->w[k - 1].kind == TL_W_NUMBER)
      continue;
    /* "at a summit in Madrid, Spain,": a place and its country */
    const tl_mention *m = k + 1 < span.last ? mention_at(c->s, k + 1) : NULL;
    if (is_punct(text, &c->w[k], ',') && m && m->first == k + 1 &&
        (m->kind == TL_ENTITY_COUNTRY || m->kind == TL_ENTITY_PLACE) &&
        mention_at(c->s, k - 1) && m->last < span.last &&
        is_punct(text, &c->w[m->last], ',')) {
      k = m->last - 1;
      continue;
    }
    if (is_punct(text, &c->w[k], ',') || is_punct(text, &c->w[k], ':')) {
      size_t e = k + 1;
      /* "In a letter to Rafsanjani, read by a broadcaster on Baghdad
       * radio, Saddam said": a participle phrase may follow it. */
      if (e < span.last && c->w[e].kind == TL_W_WORD &&
          !(c->w[e].flags & TL_W_CAP)) {
        const tl_word *q = &c->w[e];
        size_t n = q->end - q->start;
        bool then_participle =
            (n > 4 && memcmp(text + q->end - 3, "ing", 3) == 0) ||
            (n > 3 && memcmp(text + q->end - 2, "ed", 2) == 0) ||
            tl_word_is(text, q, "read") || tl_word_is(text, q, "made");
        size_t f = e + 1;
        while (f < span.last && f < e + 12 && !is_punct(text, &c->w[f], ','))
          f++;
        if (then_participle && f < span.last && f < e + 12)
          e = f + 1;
      }
      /* "On Friday, when Albright set aside her vacation, the State
       * Department lifted ...": a subordinate clause after the scene is
       * background too. */
      static const char *const subordinators[] = {
          "when", "while",   "as",       "after",  "before", "since",
          "once", "because", "although", "though", "until",  NULL};
      if (e < span.last && tl_word_in(text, &c->w[e], subordinators)) {
        size_t f = e + 1;
        while (f < span.last && f < e + 20 && !is_punct(text, &c->w[f], ','))
          f++;
        if (f + 1 < span.last && is_punct(text, &c->w[f], ','))
          e = f + 1;
      }
      drop(d, (tl_span){s, e});
      return (tl_span){s, e};
    }
  }
  return (tl_span){s, s};
}

/* "Rescued on Nov. 25 by fishermen off the Florida coast, Elian has become
 * the subject of a custody battle": a past participle opening the
 * sentence tells what happened to the subject.  When the date is in it,
 * the title is the subject and the participle phrase, as a headline says
 * it ("Elian rescued by fishermen off the Florida coast"), and the span
 * becomes that phrase; the subject's words are returned so that their
 * names become actors.  Otherwise the phrase is background and dropped. */
static tl_span leading_participle(const ctx *c, tl_span *span, tl_span phrase,
                                  draft *d) {
  const char *text = c->b->text;
  tl_span none = {0, 0};
  size_t s = span->first;
  if (s >= span->last || mention_at(c->s, s))
    return none;
  tl_word head = c->w[s];
  head.flags &= (uint8_t)~TL_W_CAP;
  size_t n = head.end - head.start;
  bool participle = (n > 4 && memcmp(text + head.end - 2, "ed", 2) == 0) ||
                    tl_word_irregular_past(text, &head);
  if (!participle || !(c->w[s].flags & TL_W_CAP))
    return none;
  size_t k = s + 1;
  while (k < span->last && k < s + 16 && !is_punct(text, &c->w[k], ','))
    k++;
  if (k >= span->last || !is_punct(text, &c->w[k], ','))
    return none;
  size_t v = k + 1;
  while (v < span->last && v < k + 8 && !tl_word_verb_like(text, &c->w[v]) &&
         c->w[v].kind == TL_W_WORD)
    v++;
  if (v == k + 1 || v >= span->last || !tl_word_verb_like(text, &c->w[v]))
    return none;
  if (phrase.first > k) {
    drop(d, (tl_span){s, k + 1});
    return none;
  }
  char buf[160];
  int len = snprintf(buf, sizeof buf, "%.*s %c%.*s",
                     (int)(c->w[v - 1].end - c->w[k + 1].start),
                     text + c->w[k + 1].start, text[c->w[s].start] | 0x20,
                     (int)(c->w[s].end - c->w[s].start - 1),
                     text + c->w[s].start + 1);
  if (len <= 0 || (size_t)len >= sizeof buf || d->nsubs >= MAX_SUBS)
    return none;
  d->subs[d->nsubs++] =
      (tl_title_sub){{s, s + 1}, tl_arena_strdup(c->b->arena, buf)};
  span->last = k;
  return (tl_span){k + 1, v};
}

static const char *const auxiliaries_[] = {"is",  "are",  "was", "were",
                                           "has", "have", "had", NULL};

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
                      !(open->flags & TL_W_CAP) &&
                      (memcmp(text + open->end - 3, "ing", 3) == 0 ||
                       memcmp(text + open->end - 2, "ed", 2) == 0);
    bool appositive = tl_word_in(text, open, openers);
    /* What follows the second comma carries on the sentence: a verb or
     * an adverb, in lower case. */
    bool resumes = after->kind == TL_W_WORD && !(after->flags & TL_W_CAP) &&
                   !tl_word_in(text, after, openers) &&
                   !tl_word_is(text, after, "and") &&
                   !tl_word_is(text, after, "but");
    /* "Poland, Hungary and the Czech Republic can now participate ...,
     * because": a verb makes it a clause, not an aside. */
    static const char *const modals[] = {"can",   "could",  "will",
                                         "would", "should", "must",
                                         "may",   "might",  NULL};
    bool clause_inside = false;
    for (size_t k = i + 2; k < j && !clause_inside; k++)
      clause_inside = (tl_word_in(text, &c->w[k], modals) ||
                       tl_word_in(text, &c->w[k], auxiliaries_)) &&
                      !appositive && !participle;
    if (clause_inside)
      continue;
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
    /* ", Ala.,", ", R-N.C.,": names and their abbreviations; ", 44,": an
     * age. */
    bool names_only = true;
    for (size_t k = i + 1; k < j && names_only; k++)
      names_only =
          (c->w[k].kind == TL_W_WORD &&
           ((c->w[k].flags & TL_W_CAP) || tl_is_title_word(text, &c->w[k]) ||
            tl_word_in(text, &c->w[k], name_words))) ||
          (is_punct(text, &c->w[k], '.') && k > i + 1 &&
           (c->w[k - 1].flags & TL_W_CAP)) ||
          (c->w[k].kind == TL_W_NUMBER && j == i + 2);
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
    /* "Iwaya and his South Korean counterpart Cho Tae-yul" -> "Iwaya and
     * Cho" */
    static const char *const owners[] = {"his", "her", "their", "its", NULL};
    if (m->titled && first > span.first &&
        tl_word_in(c->b->text, &c->w[first - 1], owners))
      first--;
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

/* The next trailing participle phrase of span at or after word `from`:
 * ", meeting Trump and then Moon" up to the next comma, but not what a
 * speaker adds (", saying ..."). */
static bool next_participle_phrase(const ctx *c, tl_span span, size_t from,
                                   tl_span *out) {
  static const char *const speech[] = {"saying", "adding",  "telling",
                                       "noting", "warning", NULL};
  const char *text = c->b->text;
  for (size_t i = from; i + 1 < span.last; i++) {
    if (!is_punct(text, &c->w[i], ','))
      continue;
    const tl_word *w = &c->w[i + 1];
    if (w->kind != TL_W_WORD || w->end - w->start < 5 ||
        (w->flags & TL_W_CAP) || memcmp(text + w->end - 3, "ing", 3) != 0 ||
        tl_word_in(text, w, speech))
      continue;
    size_t e = i + 2;
    while (e < span.last && !is_punct(text, &c->w[e], ','))
      e++;
    *out = (tl_span){i + 1, e};
    return true;
  }
  return false;
}

/* ", meeting US President Donald Trump and then Moon Jae-in": a trailing
 * participle phrase names who else took part. */
static void participle_actors(const ctx *c, tl_span span, draft *d) {
  tl_span p = {d->title_span.last, d->title_span.last};
  while (next_participle_phrase(c, span, p.last, &p))
    collect_actors(c, p, d->drops, d->ndrops, NULL, &d->actors);
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

/* Whether the clause's verb is a form of "be" describing a state: not a
 * passive ("was killed", "were invited"), a plan ("is to visit", "was due
 * to"), a past progressive ("troops were massing"), an existential
 * ("there were clashes") nor a presence somewhere ("was in Beijing"). */
static bool stative(const ctx *c, tl_span span, const draft *d, bool reported) {
  static const char *const be[] = {"is",     "are",     "was",      "were",
                                   "remain", "remains", "remained", NULL};
  static const char *const adverbs[] = {
      "still",    "also",       "then",       "now",    "not",  "already",
      "just",     "again",      "once",       "long",   "thus", "clearly",
      "widely",   "largely",    "reportedly", "only",   "even", "always",
      "never",    "been",       "being",      "likely", "last", "first",
      "formally", "officially", "finally",    "later",  "soon", NULL};
  static const char *const plans[] = {"to",     "due",   "set",   "about",
                                      "poised", "going", "ready", "likely",
                                      "unable", "able",  NULL};
  const char *text = c->b->text;
  size_t v = span.first;
  while (v < span.last && (in_spans(d->drops, d->ndrops, v) ||
                           !tl_word_verb_like(text, &c->w[v])))
    v++;
  /* "Britain has been pushing hard to resolve the case, officials said
   * Thursday": going on, as far as the saying goes. */
  if (reported && v + 2 < span.last &&
      (tl_word_is(text, &c->w[v], "has") ||
       tl_word_is(text, &c->w[v], "have")) &&
      tl_word_is(text, &c->w[v + 1], "been") &&
      c->w[v + 2].end - c->w[v + 2].start > 4 &&
      memcmp(text + c->w[v + 2].end - 3, "ing", 3) == 0)
    return true;
  if (v >= span.last || !tl_word_in(text, &c->w[v], be))
    return false;
  if (v > span.first && tl_word_is_ci(text, &c->w[v - 1], "there"))
    return false;
  size_t n = v + 1;
  while (n < span.last && (in_spans(d->drops, d->ndrops, n) ||
                           tl_word_in(text, &c->w[n], adverbs)))
    n++;
  if (n >= span.last)
    return false;
  const tl_word *x = &c->w[n];
  size_t len = x->end - x->start;
  /* "Pol Pot is considered responsible": an assessment */
  static const char *const assessed[] = {"considered", "believed", "thought",
                                         "seen",       "regarded", "viewed",
                                         "deemed",     "known",    NULL};
  if ((tl_word_is_ci(text, &c->w[v], "is") ||
       tl_word_is_ci(text, &c->w[v], "are")) &&
      tl_word_in(text, x, assessed))
    return true;
  if (x->kind != TL_W_WORD || tl_word_in(text, x, plans) ||
      (len > 3 && memcmp(text + x->end - 2, "ed", 2) == 0) ||
      (len > 3 && memcmp(text + x->end - 2, "en", 2) == 0) ||
      tl_word_irregular_past(text, x))
    return false;
  /* "is closing fast", "is still considering" describe what goes on;
   * "is leaving for Washington", "are meeting on Friday" announce a
   * movement or a meeting to come. */
  static const char *const futurates[] = {
      "leaving",   "going",      "coming",    "heading",   "visiting",
      "traveling", "travelling", "meeting",   "flying",    "sending",
      "holding",   "hosting",    "arriving",  "returning", "planning",
      "starting",  "opening",    "launching", "signing",   NULL};
  if (len > 4 && memcmp(text + x->end - 3, "ing", 3) == 0)
    return (tl_word_is_ci(text, &c->w[v], "is") ||
            tl_word_is_ci(text, &c->w[v], "are")) &&
           !tl_word_in(text, x, futurates);
  /* "The last Chinese president to visit was Hu Jintao in 2005": who did
   * it, named after "be". */
  const tl_mention *who = mention_at(c->s, n);
  if (who && who->kind == TL_ENTITY_PERSON && who->first == n)
    return false;
  if ((tl_word_is(text, x, "in") || tl_word_is(text, x, "at")) &&
      n + 1 < span.last) {
    const tl_mention *m = mention_at(c->s, n + 1);
    if (!m && n + 2 < span.last)
      m = mention_at(c->s, n + 2);
    if (m && m->place)
      return false;
  }
  return true;
}

/* Whether the clause, or the words a speech verb reports, has remarks for
 * its subject. */
static bool about_remarks(const ctx *c, tl_span span, const draft *d) {
  static const char *const remarks[] = {
      "comments",   "comment", "remarks",  "remark",   "statement",
      "statements", "words",   "response", "reaction", NULL};
  const char *text = c->b->text;
  size_t s = span.first;
  for (size_t i = span.first; i + 1 < span.last && i < span.first + 12; i++)
    if (tl_is_speech_verb(text, &c->w[i])) {
      s = i + 1;
      while (s < span.last && (in_spans(d->drops, d->ndrops, s) ||
                               tl_word_is(text, &c->w[s], "that")))
        s++;
      break;
    }
  for (size_t i = s; i < span.last && i < s + 6; i++) {
    if (in_spans(d->drops, d->ndrops, i))
      continue;
    if (tl_word_verb_like(text, &c->w[i]) || c->w[i].kind != TL_W_WORD)
      return false;
    if (tl_word_in(text, &c->w[i], remarks))
      return true;
  }
  return false;
}

/* The noun phrase a relative clause after the comma at word `comma`
 * refers to: the nearest one before it naming a happening ("a broad
 * political treaty calling for border demarcation, which"), else the
 * nearest one ("the Belt and Road Initiative, which").  False when the
 * words before are no noun phrase. */
static bool antecedent(const ctx *c, size_t comma, tl_span *np) {
  static const char *const stops[] = {
      "of",   "for", "in", "on", "at",   "to",   "with",    "by", "from",
      "that", "and", "or", "as", "into", "over", "against", NULL};
  const char *text = c->b->text;
  tl_span nearest = {0, 0};
  size_t end = comma;
  for (int round = 0; round < 3 && end > c->s->first; round++) {
    size_t a = end;
    bool happening = false;
    while (a > c->s->first && end - a < 6) {
      const tl_word *w = &c->w[a - 1];
      if (w->kind != TL_W_WORD || tl_word_in(text, w, stops) ||
          tl_word_verb_like(text, w))
        break;
      a--;
      happening = happening || tl_word_in(text, w, event_nouns);
      if (tl_word_in(text, w, determiners))
        break;
    }
    /* "the Belt and Road Initiative": "and" inside a capitalized name */
    if (a > c->s->first + 1 && tl_word_is(text, &c->w[a - 1], "and") &&
        (c->w[a - 2].flags & TL_W_CAP) && (c->w[a].flags & TL_W_CAP)) {
      a -= 2;
      while (a > c->s->first && (c->w[a - 1].flags & TL_W_CAP) &&
             c->w[a - 1].kind == TL_W_WORD)
        a--;
      if (a > c->s->first && tl_word_in(text, &c->w[a - 1], determiners))
        a--;
    }
    if (a == end)
      break;
    if (round == 0)
      nearest = (tl_span){a, end};
    if (happening) {
      *np = (tl_span){a, end};
      return true;
    }
    /* over a preposition and a participle: "treaty calling for" */
    end = a;
    while (end > c->s->first && end > a - 3 &&
           (tl_word_in(text, &c->w[end - 1], stops) ||
            (c->w[end - 1].kind == TL_W_WORD &&
             c->w[end - 1].end - c->w[end - 1].start > 4 &&
             memcmp(text + c->w[end - 1].end - 3, "ing", 3) == 0)))
      end--;
    if (end == a)
      break;
  }
  if (nearest.last > nearest.first) {
    *np = nearest;
    return true;
  }
  return false;
}

/* The words of span as text, without a leading article. */
static const char *span_text(const ctx *c, tl_span s) {
  static const char *const articles[] = {"the", "a", "an", NULL};
  if (s.first + 1 < s.last && tl_word_in(c->b->text, &c->w[s.first], articles))
    s.first++;
  return collapse(c->b->arena, c->b->text, c->w[s.first].start,
                  c->w[s.last - 1].end);
}

/* A relative clause after a comma says something of what comes before:
 * "Abiy Ahmed, who won the prize in 2019" (Abiy won the prize), "Poland,
 * the Czech Republic and Hungary, who were invited" (all three), "the war,
 * which broke out in 2020" (the war broke out), "the Belt and Road
 * Initiative, which Xi proposed in 2013" (Xi proposed it: *append is what
 * the title ends with).  False when it cannot be said. */
static bool relative_subject(const ctx *c, tl_span span, draft *d,
                             const char **append, const char **type) {
  const char *text = c->b->text;
  bool simple = tl_word_is_ci(text, &c->w[span.first], "which") ||
                tl_word_is_ci(text, &c->w[span.first], "who") ||
                tl_word_is_ci(text, &c->w[span.first], "that");
  if (!simple || span.first < c->s->first + 2 || span.first + 1 >= span.last)
    return false;
  size_t comma = span.first - 1;
  const tl_mention *ante = NULL;
  size_t k = 0;
  for (; k < c->s->nmentions; k++)
    if (c->s->mentions[k].last == comma && c->s->mentions[k].actor) {
      ante = &c->s->mentions[k];
      break;
    }
  if (ante) {
    /* "Poland, the Czech Republic and Hungary": the whole list */
    size_t first = k;
    while (first > 0) {
      const tl_mention *p = &c->s->mentions[first - 1];
      size_t gap = c->s->mentions[first].first;
      bool joined = p->actor && p->last <= gap && gap - p->last <= 2;
      for (size_t i = p->last; i < gap && joined; i++)
        joined = is_punct(text, &c->w[i], ',') ||
                 tl_word_is(text, &c->w[i], "and") ||
                 tl_word_is_ci(text, &c->w[i], "the");
      if (!joined)
        break;
      first--;
    }
    const char *who;
    if (first == k)
      who = ante->kind == TL_ENTITY_PERSON ? short_of(c, ante) : ante->actor;
    else
      who = span_text(c, (tl_span){c->s->mentions[first].first, ante->last});
    if (!who)
      return false;
    d->subs[d->nsubs++] = (tl_title_sub){{span.first, span.first + 1}, who};
    for (size_t i = first; i <= k; i++)
      add_actor(&d->actors, c->s->mentions[i].actor,
                c->s->mentions[i].kind == TL_ENTITY_PERSON);
    return true;
  }
  if (tl_word_is_ci(text, &c->w[span.first], "who"))
    return false;
  tl_span np;
  if (!antecedent(c, comma, &np))
    return false;
  /* the object keeps its article: "signed a broad political treaty" */
  const char *what;
  *type = tl_event_type(text, c->b->words, np.first, np.last, NULL, NULL);
  /* "which Xi proposed": a subject of its own follows the relative word */
  static const char *const subjects[] = {"the", "he",  "she",   "they", "we",
                                         "it",  "its", "their", "his",  NULL};
  const tl_word *n = &c->w[span.first + 1];
  bool object = n->kind == TL_W_WORD && !tl_word_verb_like(text, n) &&
                ((n->flags & TL_W_CAP) || tl_word_in(text, n, subjects));
  what = object ? collapse(c->b->arena, text, c->w[np.first].start,
                           c->w[np.last - 1].end)
                : span_text(c, np);
  if (!what)
    return false;
  if (object) {
    drop(d, (tl_span){span.first, span.first + 1});
    *append = what;
  } else {
    d->subs[d->nsubs++] = (tl_title_sub){{span.first, span.first + 1}, what};
  }
  collect_actors(c, np, d->drops, d->ndrops, NULL, &d->actors);
  return true;
}

/* A restrictive relative clause holding the date, "NOUN that VERB ...":
 * the span becomes the relative clause, its relative word the noun. */
/* A restrictive relative clause holding the date, "NOUN that VERB ...":
 * the span becomes the relative clause, its relative word the noun.
 * Returns 1 when narrowed, 0 when there is none, -1 when the date is in a
 * relative clause about someone the title cannot name ("a Libyan who was
 * questioned last month"): then it dates nothing. */
static int narrow_relative(const ctx *c, tl_span *span, tl_span phrase,
                           draft *d, const char **type) {
  static const char *const relatives[] = {"that", "which", "who", NULL};
  const char *text = c->b->text;
  for (size_t i = phrase.first; i > span->first + 1; i--) {
    size_t r = i - 1;
    const tl_word *w = &c->w[r];
    if (is_punct(text, w, ',') || w->kind == TL_W_DASH)
      return 0;
    /* "Elian, the 6-year-old Cuban whose rescue two months ago set off a
     * tug-of-war": the rescue is the person's, named when the gazetteer
     * knows them; otherwise the date is no clause's around it. */
    if (tl_word_is(text, w, "whose") && r + 1 < phrase.first) {
      const tl_mention *who = mention_at(c->s, r - 1);
      if (!who || who->kind != TL_ENTITY_PERSON || who->last != r ||
          d->nsubs >= MAX_SUBS)
        return -1;
      char buf[96];
      snprintf(buf, sizeof buf, "%s's", short_of(c, who));
      d->subs[d->nsubs++] =
          (tl_title_sub){{r, r + 1}, tl_arena_strdup(c->b->arena, buf)};
      add_actor(&d->actors, who->actor, true);
      span->first = r;
      return 1;
    }
    if (!tl_word_in(text, w, relatives) || r + 1 >= phrase.first)
      continue;
    const tl_word *before = &c->w[r - 1], *after = &c->w[r + 1];
    /* "to investigate who shot down the plane on April 6": a question,
     * holding the date, that no one has answered yet */
    if (r >= span->first + 2 && tl_word_is(text, &c->w[r - 2], "to") &&
        tl_word_is(text, w, "who") && tl_word_verb_like(text, after))
      return -1;
    /* not "said that", "to ask who" */
    if (before->kind != TL_W_WORD || tl_word_verb_like(text, before) ||
        tl_is_speech_verb(text, before) || !tl_word_verb_like(text, after) ||
        (r >= span->first + 2 && tl_word_is(text, &c->w[r - 2], "to")) ||
        d->nsubs >= MAX_SUBS)
      return 0;
    /* "A woman who was watching TV was killed Thursday": a second verb
     * after the relative clause's own is the main clause's again. */
    size_t k = r + 1;
    while (k < phrase.first && tl_word_verb_like(text, &c->w[k]))
      k++;
    static const char *const joins[] = {"and", "or", "but", "to", "not", NULL};
    for (; k < phrase.first; k++)
      if (tl_word_verb_like(text, &c->w[k]) &&
          !tl_word_verb_like(text, &c->w[k - 1]) &&
          !tl_word_in(text, &c->w[k - 1], joins))
        return 0;
    const tl_mention *who = mention_at(c->s, r - 1);
    if (tl_word_is(text, w, "who") &&
        !(who && who->kind == TL_ENTITY_PERSON && who->last == r))
      return -1;
    tl_span np;
    if (!antecedent(c, r, &np) || np.first < span->first)
      return 0;
    const char *what = who && who->last == r && who->kind == TL_ENTITY_PERSON
                           ? short_of(c, who)
                           : span_text(c, np);
    if (!what)
      return 0;
    d->subs[d->nsubs++] = (tl_title_sub){{r, r + 1}, what};
    /* "the revolution that brought Castro to power 42 years ago gathered":
     * the main clause goes on after the date. */
    if (phrase.last < span->last && tl_word_verb_like(text, &c->w[phrase.last]))
      span->last = phrase.last;
    *type = tl_event_type(text, c->b->words, np.first, np.last, NULL, NULL);
    collect_actors(c, np, d->drops, d->ndrops, NULL, &d->actors);
    span->first = r;
    return 1;
  }
  return 0;
}

/* Whether most words of the title lie between quotation marks. */
static bool mostly_quoted(const ctx *c, const draft *d) {
  const char *text = c->b->text;
  bool inside = false;
  size_t quoted = 0, words = 0;
  for (size_t i = c->s->first; i < d->title_span.last; i++) {
    const tl_word *w = &c->w[i];
    if (w->kind == TL_W_QUOTE) {
      const unsigned char *q = (const unsigned char *)text + w->start;
      size_t n = w->end - w->start;
      if (n == 3 && q[0] == 0xE2 && q[2] == 0x9C) /* “ */
        inside = true;
      else if (n == 3 && q[0] == 0xE2 && q[2] == 0x9D) /* ” */
        inside = false;
      else if (n == 2 && q[0] == '`')
        inside = true;
      else if (n == 2 && q[0] == '\'')
        inside = false;
      else if (n == 1 && q[0] == '"')
        inside = !inside;
      continue;
    }
    if (i < d->title_span.first || w->kind != TL_W_WORD ||
        in_spans(d->drops, d->ndrops, i))
      continue;
    /* "China's Taiwan Affairs Office said that the result "cannot stop
     * ..."": a speaker named before the quotation makes a statement. */
    if (!inside && !quoted && words > 0 && tl_is_speech_verb(text, w))
      return false;
    words++;
    quoted += inside;
  }
  return words > 0 && quoted * 2 > words;
}

/* "said Sunday that", "said that": the speech verb at `verb` takes a
 * that-clause, the date phrase perhaps between them. */
static bool said_that(const ctx *c, size_t verb, tl_span phrase,
                      tl_span clause) {
  size_t next = verb + 1;
  if (next == phrase.first)
    next = phrase.last;
  return next < clause.last && tl_word_is(c->b->text, &c->w[next], "that");
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
  tl_span p = {d->title_span.last, d->title_span.last};
  while (next_participle_phrase(c, span, p.last, &p)) {
    const char *t = tl_event_type(c->b->text, c->b->words, p.first, p.last,
                                  keep_type_word, tc);
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

static void remember_told(tl_builder *b, const char *type, const tl_date *day) {
  size_t k = 0;
  while (k < b->ntold && strcmp(b->told[k].type, type) != 0)
    k++;
  if (k == sizeof b->told / sizeof b->told[0])
    k = 0; /* full: the oldest kind goes (rare: eight kinds in one story) */
  else if (k == b->ntold)
    b->ntold++;
  b->told[k].type = type;
  b->told[k].day = *day;
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
  if (e.type && !status && !e.date.interval &&
      e.date.start.precision == TL_PREC_DAY)
    remember_told(c->b, e.type, &e.date.start);
  return sink(sink_ctx, &e);
}

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

/* The clause a counted offset dates: "a day after | South Korea and the
 * United States kicked off their exercises |,".  Empty when "after" is
 * followed by a noun phrase or the clause holds a date of its own. */
static tl_span offset_clause(const ctx *c, size_t dl) {
  static const char *const subjects[] = {"the", "a",     "an",   "his", "her",
                                         "its", "their", "he",   "she", "they",
                                         "it",  "we",    "both", NULL};
  const char *text = c->b->text;
  tl_span none = {0, 0};
  if (dl + 2 >= c->s->last || !(tl_word_is(text, &c->w[dl], "after") ||
                                tl_word_is(text, &c->w[dl], "before")))
    return none;
  const tl_word *sub = &c->w[dl + 1];
  if (sub->kind != TL_W_WORD ||
      !((sub->flags & TL_W_CAP) || tl_word_in(text, sub, subjects)))
    return none;
  size_t e = dl + 1;
  bool verb = false;
  while (e < c->s->last && e < dl + 30 && !is_punct(text, &c->w[e], ',') &&
         !is_punct(text, &c->w[e], ';') && !is_punct(text, &c->w[e], '.') &&
         c->w[e].kind != TL_W_DASH) {
    verb = verb || tl_word_verb_like(text, &c->w[e]);
    e++;
  }
  if (!verb)
    return none;
  for (size_t k = 0; k < c->s->ndates; k++) {
    const tl_date_mention *o = &c->s->dates[k];
    if (!o->offset_unit && o->start >= c->w[dl + 1].start &&
        o->start < c->w[e - 1].end)
      return none;
  }
  return (tl_span){dl + 1, e};
}

static tl_status build_one(const ctx *c, const tl_date_mention *dm, size_t self,
                           const tl_span *forced, const tl_attribution *at,
                           size_t nat, tl_event_sink sink, void *sink_ctx);

/* "North Korea fired missiles on Monday, a day after South Korea and the
 * United States kicked off their exercises": the clause after "after" is
 * dated by counting back from the date of the sentence around it (forward
 * for "before"). */
/* The day n days after (before, when negative) the day d. */
static tl_date days_later(const tl_date *d, int n) {
  int32_t y;
  int mo, dd;
  tl_civil_from_days(tl_days_from_civil(d->year, d->month, d->day) + n, &y, &mo,
                     &dd);
  return (tl_date){y, (uint8_t)mo, (uint8_t)dd, TL_PREC_DAY, 0};
}

/* Nouns that name a happening told earlier in the story, and the event
 * types they may refer back to: "the vote" is the election. */
static const struct {
  const char *noun;
  const char *types[3];
} happening_nouns[] = {
    {"vote", {"election"}},
    {"poll", {"election"}},
    {"polls", {"election"}},
    {"ballot", {"election"}},
    {"election", {"election"}},
    {"elections", {"election"}},
    {"summit", {"summit"}},
    {"talks", {"talks", "meeting", "summit"}},
    {"meeting", {"meeting", "talks", "summit"}},
    {"visit", {"visit", "summit"}},
    {"trip", {"visit"}},
    {"attack", {"attack"}},
    {"attacks", {"attack"}},
    {"bombing", {"attack"}},
    {"strikes", {"attack"}},
    {"signing", {"agreement", "treaty"}},
    {"deal", {"agreement"}},
    {"agreement", {"agreement"}},
    {"parade", {"parade"}},
    {"launch", {"launch", "test"}},
    {"test", {"test", "launch"}},
    {"ceasefire", {"ceasefire"}},
    {"truce", {"ceasefire"}},
    {"inauguration", {"election"}},
};

/* "... two days after the vote.": the counted offset is from a happening
 * an earlier sentence dated; the clause before it is dated from that. */
static tl_status offset_from_told(const ctx *c, size_t self, size_t dl,
                                  const tl_attribution *at, size_t nat,
                                  tl_event_sink sink, void *sink_ctx) {
  const char *text = c->b->text;
  const tl_date_mention *dm = &c->s->dates[self];
  /* "after the vote" and the sentence or clause ends */
  if (dl + 2 >= c->s->last || !tl_word_is(text, &c->w[dl + 1], "the"))
    return TL_OK;
  size_t noun = dl + 2;
  if (noun + 1 < c->s->last && c->w[noun + 1].kind == TL_W_WORD)
    return TL_OK;
  const tl_date *from = NULL;
  for (size_t k = 0; k < sizeof happening_nouns / sizeof happening_nouns[0];
       k++) {
    if (!tl_word_is_ci(text, &c->w[noun], happening_nouns[k].noun))
      continue;
    for (size_t t = 0; t < 3 && happening_nouns[k].types[t] && !from; t++)
      for (size_t i = 0; i < c->b->ntold; i++)
        if (strcmp(c->b->told[i].type, happening_nouns[k].types[t]) == 0)
          from = &c->b->told[i].day;
    break;
  }
  if (!from || (dm->offset_unit != 'D' && dm->offset_unit != 'W'))
    return TL_OK;
  int n = dm->offset_amount * (dm->offset_unit == 'W' ? 7 : 1);
  if (tl_word_is(text, &c->w[dl], "before"))
    n = -n;
  tl_date_mention m = *dm;
  memset(&m.when, 0, sizeof m.when);
  m.when.start = days_later(from, n);
  m.offset_unit = 0;
  m.future = false;
  return build_one(c, &m, self, NULL, at, nat, sink, sink_ctx);
}

static tl_status build_offset(const ctx *c, size_t self,
                              const tl_attribution *at, size_t nat,
                              tl_event_sink sink, void *sink_ctx) {
  const tl_date_mention *dm = &c->s->dates[self];
  size_t df, dl;
  date_words(c, dm, &df, &dl);
  tl_span clause = offset_clause(c, dl);
  if (clause.first >= clause.last)
    return offset_from_told(c, self, dl, at, nat, sink, sink_ctx);
  /* The date counted from: the nearest one before, else the first after. */
  const tl_date_mention *from = NULL;
  for (size_t k = 0; k < c->s->ndates; k++) {
    const tl_date_mention *o = &c->s->dates[k];
    if (o->offset_unit || o->when.interval)
      continue;
    if (o->end <= dm->start)
      from = o;
    else if (!from && o->start >= c->w[clause.last - 1].end)
      from = o;
  }
  if (!from)
    return TL_OK;
  const tl_date *d = &from->when.start;
  int sign = tl_word_is(c->b->text, &c->w[dl], "after") ? -1 : 1;
  int n = sign * dm->offset_amount;
  tl_date_mention m = *dm;
  memset(&m.when, 0, sizeof m.when);
  if ((dm->offset_unit == 'D' || dm->offset_unit == 'W') &&
      d->precision == TL_PREC_DAY) {
    m.when.start = days_later(d, dm->offset_unit == 'W' ? 7 * n : n);
  } else if (dm->offset_unit == 'M' && d->precision >= TL_PREC_MONTH) {
    int months = d->year * 12 + (d->month - 1) + n;
    m.when.start =
        (tl_date){months / 12, (uint8_t)(months % 12 + 1), 0, TL_PREC_MONTH, 0};
  } else if (dm->offset_unit == 'Y' && d->precision >= TL_PREC_YEAR) {
    m.when.start = (tl_date){d->year + n, 0, 0, TL_PREC_YEAR, 0};
  } else {
    return TL_OK;
  }
  m.offset_unit = 0;
  m.future = false;
  m.inferred = from->inferred;
  return build_one(c, &m, self, &clause, at, nat, sink, sink_ctx);
}

static tl_status build_one(const ctx *c, const tl_date_mention *dm, size_t self,
                           const tl_span *forced, const tl_attribution *at,
                           size_t nat, tl_event_sink sink, void *sink_ctx) {
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
  size_t lo = self > MAX_DATES_PER_SENTENCE ? self - MAX_DATES_PER_SENTENCE : 0;
  size_t hi = self + MAX_DATES_PER_SENTENCE < c->s->ndates
                  ? self + MAX_DATES_PER_SENTENCE
                  : c->s->ndates;
  for (size_t k = lo; k < hi; k++) {
    if (k == self)
      continue;
    size_t of, ol;
    date_words(c, &c->s->dates[k], &of, &ol);
    if (c->s->dates[k].offset_unit) {
      /* ", a day after South Korea kicked off its drills": told apart */
      tl_span told = offset_clause(c, ol);
      if (told.first < told.last) {
        size_t from = of > c->s->first && is_punct(text, &c->w[of - 1], ',')
                          ? of - 1
                          : of;
        drop(&d, (tl_span){from, told.last});
      }
      continue;
    }
    drop(&d, date_phrase(c, of, ol));
  }
  /* The clause: an attribution holding the date dates what it reports. */
  size_t anchor = df;
  bool in_attribution = false;
  for (size_t k = 0; k < nat; k++) {
    drop(&d, at[k].span);
    if (df >= at[k].span.first && df < at[k].span.last) {
      in_attribution = true;
      anchor = at[k].leading
                   ? at[k].span.last
                   : (at[k].span.first > c->s->first ? at[k].span.first - 1
                                                     : at[k].span.last);
    }
  }
  if (anchor >= c->s->last)
    return TL_OK;
  /* "The evidence arrived over the weekend, officials said Monday": what
   * is reported has its own date, and the saying is no event of its own. */
  if (in_attribution)
    for (size_t k = 0; k < c->s->ndates && k < MAX_DATES_PER_SENTENCE; k++) {
      size_t of, ol;
      date_words(c, &c->s->dates[k], &of, &ol);
      bool reported =
          k != self && !c->s->dates[k].offset_unit && of < c->s->last;
      for (size_t a = 0; a < nat && reported; a++)
        reported = !(of >= at[a].span.first && of < at[a].span.last);
      if (reported)
        return TL_OK;
    }
  tl_clause clause;
  size_t sfirst =
      anchor > c->s->first + CLAUSE_REACH ? anchor - CLAUSE_REACH : c->s->first;
  size_t slast =
      anchor + CLAUSE_REACH < c->s->last ? anchor + CLAUSE_REACH : c->s->last;
  tl_clause_around(text, c->b->words, sfirst, slast, anchor, &clause);
  tl_span span = clause.span;
  if (span.first >= span.last)
    return TL_OK;

  /* Not events: negated or conditional clauses, and comparisons with an
   * earlier happening ("his first visit since 2019"). */
  if (clause_has(c, (tl_span){span.first, span.first + 1}, &d, conditionals) ||
      (clause.subordinate && span.first > c->s->first &&
       tl_word_in(text, &c->w[span.first - 1], conditionals)))
    return TL_OK;
  /* ("his first since 2017, when he attended a summit": the 'when'
   * clause still tells what happened in 2017.) */
  tl_span told_then;
  if ((strcmp(dm->signal, "since") == 0 ||
       tl_word_is_ci(text, &c->w[phrase.first], "since")) &&
      !when_after(c, phrase, &told_then)) {
    for (size_t i = span.first; i < phrase.first; i++)
      if (tl_word_in(text, &c->w[i], comparatives))
        return TL_OK;
  }
  /* "The two ministers met in Tokyo, their third meeting this year,":
   * an apposition counting the happening comments on it. */
  if (counting_aside(c, span, phrase))
    return TL_OK;
  /* "remain in Miami until March 6", "lived in London ... until 1989":
   * how long a state lasted; "as soon as Tuesday", "as early as next
   * week": the earliest a plan might happen.  Neither dates a happening. */
  if (!forced && (tl_word_is_ci(text, &c->w[phrase.first], "until") ||
                  tl_word_is_ci(text, &c->w[phrase.first], "till") ||
                  strcmp(dm->signal, "until") == 0))
    return TL_OK;
  size_t as = tl_word_is(text, &c->w[phrase.first], "as") ? phrase.first + 1
                                                          : phrase.first;
  if (as >= c->s->first + 3 && tl_word_is(text, &c->w[as - 1], "as") &&
      (tl_word_is(text, &c->w[as - 2], "soon") ||
       tl_word_is(text, &c->w[as - 2], "early")) &&
      tl_word_is(text, &c->w[as - 3], "as"))
    return TL_OK;

  /* "in 1968, when the Soviets invaded Czechoslovakia", "last October
   * when Slepian was gunned down": the clause after the date tells what
   * happened then. */
  tl_span when_span;
  /* ("On Friday, when Albright set aside her vacation, the Department
   * lifted ...": a date opening the sentence dates its main clause, unless
   * the "when" clause is an aside between dashes.) */
  bool when = forced || (when_after(c, phrase, &when_span) &&
                         (phrase.first > span.first ||
                          (when_span.last < c->s->last &&
                           c->w[when_span.last].kind == TL_W_DASH)) &&
                         !stative(c, when_span, &d, false));
  if (forced)
    when_span = *forced;
  if (when) {
    span = when_span;
    clause.span = span;
    clause.ncuts = 0;
    clause.relative = false;
  }
  for (size_t k = 0; k < clause.ncuts; k++)
    drop(&d, clause.cuts[k]);
  const tl_mention *named = when ? NULL : named_event(c, df, dl);
  tl_span np;
  bool is_nominal = !named && !when && nominal(c, span, df, dl, phrase, &np);
  if (!named && !is_nominal && !when && premodifier(c, span, df, dl))
    return TL_OK;
  if (!named && !is_nominal && !when && perfect_far(c, dm, span, phrase, &np))
    is_nominal = true;
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
    } else if (tl_word_is_ci(text, &c->w[np.first], "its") &&
               its_owner(c, np.first)) {
      /* "NATO's mission has changed since its founding in 1949" */
      const tl_mention *m = its_owner(c, np.first);
      char buf[96];
      snprintf(buf, sizeof buf, "%s's", m->actor);
      d.subs[d.nsubs++] = (tl_title_sub){{np.first, np.first + 1},
                                         tl_arena_strdup(c->b->arena, buf)};
      in.subs = d.subs;
      in.nsubs = d.nsubs;
      add_actor(&d.actors, m->actor, false);
    } else {
      /* "their failed summit": the determiner is not part of the title. */
      while (in.span.first < in.span.last &&
             tl_word_in(text, &c->w[in.span.first], determiners))
        in.span.first++;
    }
    bool cut;
    if (!tl_make_title(&in, d.title, &d.title_span, &cut))
      return TL_OK;
    if (cut && shorten_names(c, np, &d)) {
      in.subs = d.subs;
      in.nsubs = d.nsubs;
      if (!tl_make_title(&in, d.title, &d.title_span, NULL))
        return TL_OK;
    }
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
    const char *append = NULL; /* an object relative's antecedent */
    const char *ante_type = NULL;
    /* "the talks that are supposed to conclude by May": the relative
     * clause holding the date tells what its noun did. */
    if (!clause.relative &&
        narrow_relative(c, &span, phrase, &d, &ante_type) < 0)
      return TL_OK;
    end_predicate(c, &span, phrase);
    second_predicate(c, span, phrase, &d);
    gerund_predicate(c, span, phrase, &d);
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
    if (clause.relative && !relative_subject(c, span, &d, &append, &ante_type))
      return TL_OK;
    tl_span told = leading_participle(c, &span, phrase, &d);
    if (told.last > told.first)
      collect_actors(c, told, d.drops, d.ndrops, &clause, &d.actors);
    else
      lead = drop_leading_adverbial(c, span, &d);
    /* "Even so, on the secretary of state's plane on Friday, the
     * ministers ...": scenes may come one after the other. */
    if (lead.last > lead.first) {
      tl_span more =
          drop_leading_adverbial(c, (tl_span){lead.last, span.last}, &d);
      if (more.last > more.first)
        lead.last = more.last;
    }
    drop_asides(c, span, phrase, &d);
    /* "In Saudi Arabia, today is the eighth day of ...": the same after a
     * scene-setting phrase. */
    size_t subject = lead.last > lead.first ? lead.last : span.first;
    if (phrase.first <= subject && phrase.last < span.last &&
        tl_word_in(text, &c->w[phrase.last], copulas))
      return TL_OK;
    actor_span = span;
    /* "The office said Sunday that the result cannot stop ...": what
     * happened is the saying; a "not" in what was said does not undo it. */
    size_t said = speech_verb_near(c, phrase, span);
    tl_span negatable = span;
    if (said != (size_t)-1 && said > span.first &&
        said_that(c, said, phrase, span))
      negatable.last = said;
    if (clause_negative(c, negatable, &d))
      return TL_OK;
    /* "Kim will visit Russia, KCNA said Monday", "Gonzalez said he would
     * go if ..., Castro said Sunday": the date is the saying's and the
     * future it reports has none. */
    if (in_attribution && clause_has(c, span, &d, future_cues))
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
    /* "Slepian was one of only three doctors", "X's comments were in
     * response to ...", "the window is closing very fast": a clause whose
     * verb is "be" describes; nothing happened then. */
    if (!since_interval &&
        stative(c, (tl_span){subject, span.last}, &d, in_attribution))
      return TL_OK;
    /* "Eitan said Sunday that Netanyahu's remarks marked a change",
     * "Castro's statement came an hour after ...": words about someone's
     * words comment on a happening told elsewhere. */
    if (about_remarks(c, (tl_span){subject, span.last}, &d))
      return TL_OK;
    for (size_t i = span.first; i < span.last && d.nsubs < MAX_SUBS / 2; i++) {
      if (in_spans(d.drops, d.ndrops, i))
        continue;
      tl_title_sub sub;
      if (two_of(c, i, &sub, &d.actors) || role_of(c, i, &sub, &d.actors) ||
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
    /* "which Xi proposed in 2013" -> "Xi proposed" + "the Belt and Road
     * Initiative" */
    if (append) {
      size_t tl = strlen(d.title), al = strlen(append);
      if (tl + 1 + al > TL_TITLE_MAX)
        return TL_OK;
      d.title[tl] = ' ';
      memcpy(d.title + tl + 1, append, al + 1);
    }
    actor_span = d.title_span;
    type_ctx tc = {&d, &clause};
    /* The title's own words say what happened; the rest of the clause
     * only when they do not ("met in Singapore, where they signed"). */
    d.type = tl_event_type(text, c->b->words, d.title_span.first,
                           d.title_span.last, keep_type_word, &tc);
    if (!d.type)
      d.type = participle_type(c, span, &d, &tc);
    if (!d.type)
      d.type = ante_type; /* "the war, which broke out" */
    /* "Iran said that the strikes violated the U.N. Charter": what was
     * said is the happening, whatever it speaks of. */
    for (size_t i = d.title_span.first; i + 1 < d.title_span.last; i++) {
      if (in_spans(d.drops, d.ndrops, i))
        continue;
      size_t n = i + 1;
      while (n < d.title_span.last && in_spans(d.drops, d.ndrops, n))
        n++;
      if (tl_is_speech_verb(text, &c->w[i]) && n < d.title_span.last &&
          tl_word_is(text, &c->w[n], "that"))
        d.type = "statement";
      if (tl_word_verb_like(text, &c->w[i]))
        break;
    }
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
  /* Nor does "the three-day trip starting Monday": a kind of happening
   * with no one and nowhere in it adds a source to the trip the story
   * told, or nothing. */
  c->b->merge_only =
      is_nominal &&
      (title_words(d.title) < 2 ||
       (title_words(d.title) <= 3 && d.actors.count == 0 && !d.place));
  /* "It had informed the family", "``We were pushed out of the talks'':
   * a subject the title cannot name, or someone's own words. */
  if (!named && !is_nominal &&
      (strncmp(d.title, "It ", 3) == 0 || strncmp(d.title, "They ", 5) == 0 ||
       strncmp(d.title, "He ", 3) == 0 || strncmp(d.title, "She ", 4) == 0 ||
       strncmp(d.title, "We ", 3) == 0 || strncmp(d.title, "I ", 2) == 0 ||
       strncmp(d.title, "This ", 5) == 0 ||
       strncmp(d.title, "These ", 6) == 0 || d.title[0] == '"' ||
       d.title[0] == '`' || d.title[0] == '\'' ||
       (unsigned char)d.title[0] == 0xE2))
    return TL_OK;
  /* "Cuban exiles will now ``proceed with all their resources to impede or
   * delay'' the ruling, Cuba predicted": a title mostly in someone's
   * words reports what they said, not what happened. */
  if (!named && !is_nominal && mostly_quoted(c, &d))
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
        next.person_countries[next.npersons] = m->country;
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
      next.person_countries[next.npersons] = d->person_countries[k];
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

typedef struct counting_sink {
  tl_event_sink sink;
  void *ctx;
  size_t emitted;
} counting_sink;

static tl_status count_emit(void *p, const tl_event *e) {
  counting_sink *k = p;
  k->emitted++;
  return k->sink(k->ctx, e);
}

/* The leading frame, among at[0..nat), whose speech verb the date dm
 * follows ("X said Sunday that") and whose source names a state ("China's
 * Taiwan Affairs Office", "the Japanese foreign ministry"); nat if none. */
static size_t state_frame(const ctx *c, const tl_date_mention *dm,
                          const tl_attribution *at, size_t nat) {
  size_t first, last;
  date_words(c, dm, &first, &last);
  for (size_t a = 0; a < nat; a++) {
    if (!at[a].leading || first < at[a].source.last || last > at[a].span.last ||
        first - at[a].source.last > 2)
      continue;
    for (size_t i = at[a].source.first; i < at[a].source.last; i++) {
      const tl_mention *m = mention_at(c->s, i);
      if (m && m->kind == TL_ENTITY_COUNTRY)
        return a;
    }
  }
  return nat;
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
    for (size_t i = 0; i < n && st == TL_OK; i++) {
      if (s->dates[i].offset_unit) {
        st = build_offset(&c, i, at, nat, sink, sink_ctx);
        continue;
      }
      counting_sink k = {sink, sink_ctx, 0};
      st = build_one(&c, &s->dates[i], i, NULL, at, nat, count_emit, &k);
      /* "China's Taiwan Affairs Office said Sunday that the result
       * "cannot stop ..."": when what was said makes no event, a state's
       * saying it on that day is one. */
      size_t frame = k.emitted ? nat : state_frame(&c, &s->dates[i], at, nat);
      if (st == TL_OK && frame < nat) {
        tl_attribution rest[TL_MAX_ATTRIBUTIONS];
        size_t nrest = 0;
        for (size_t a = 0; a < nat; a++)
          if (a != frame)
            rest[nrest++] = at[a];
        st = build_one(&c, &s->dates[i], i, NULL, rest, nrest, sink, sink_ctx);
      }
    }
  }
  update_discourse(&c);
  return st;
}
