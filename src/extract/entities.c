/* entities.c - who and where: people, countries, bodies and places.
 *
 * A name is found in the gazetteer (longest alias first) or, when the
 * gazetteer lacks it, from the shape of the text: a run of capitalized
 * words after a title ("special envoy Mikhail Sytenko"), a first and last
 * name, a phrase ending in an organization word ("Workers' Party") or an
 * event word ("Korean War").  Short names ("Kim", "Sytenko") are read in
 * the context of the article: the full name it used, else the leader of a
 * country it is about who held office at the time.  A capital is a place
 * after "in", "to" or "visited", and its government otherwise ("Beijing
 * said").  Only general rules of English news writing live here. */
#include "extract/entities.h"

#include "core/arena.h"

#include <stdlib.h>
#include <string.h>

#define MAX_HITS 16
#define NAME_MAX 160

typedef struct binding {
  const char *key;  /* the short name as written: "Kim" */
  const char *name; /* what it means here */
  int32_t entity;   /* gazetteer id or -1 */
  bool from_full;   /* bound by a full name, not guessed */
} binding;

struct tl_entity_doc {
  const tl_gazetteer *g;
  int dct_year;
  tl_arena arena;
  uint8_t *in_context; /* per gazetteer id: a country the article is about */
  uint8_t *full_used;  /* per gazetteer id: the full name appears */
  binding *bindings;
  size_t nbindings, capbindings;
  int32_t *slots; /* hash of bindings by key: index or -1 */
  size_t nslots;
};

tl_entity_doc *tl_entity_doc_new(const tl_gazetteer *g, int dct_year) {
  tl_entity_doc *d = calloc(1, sizeof *d);
  if (!d)
    return NULL;
  d->g = g;
  d->dct_year = dct_year;
  tl_arena_init(&d->arena);
  size_t n = tl_gazetteer_size(g);
  d->in_context = calloc(n ? n : 1, 1);
  d->full_used = calloc(n ? n : 1, 1);
  if (!d->in_context || !d->full_used) {
    tl_entity_doc_free(d);
    return NULL;
  }
  return d;
}

void tl_entity_doc_free(tl_entity_doc *d) {
  if (!d)
    return;
  tl_arena_free(&d->arena);
  free(d->in_context);
  free(d->full_used);
  free(d->bindings);
  free(d->slots);
  free(d);
}

void tl_mentions_free(tl_mentions *m) {
  free(m->items);
  m->items = NULL;
  m->count = m->capacity = 0;
}

/* ---- word lists --------------------------------------------------------- */

static const char *const title_words[] = {"president",
                                          "vice-president",
                                          "premier",
                                          "chancellor",
                                          "minister",
                                          "secretary",
                                          "secretary-general",
                                          "leader",
                                          "king",
                                          "queen",
                                          "prince",
                                          "princess",
                                          "emir",
                                          "sheikh",
                                          "sultan",
                                          "ayatollah",
                                          "pope",
                                          "spokesman",
                                          "spokeswoman",
                                          "spokesperson",
                                          "ambassador",
                                          "envoy",
                                          "general",
                                          "gen.",
                                          "lt.",
                                          "col.",
                                          "maj.",
                                          "adm.",
                                          "admiral",
                                          "marshal",
                                          "mr.",
                                          "mrs.",
                                          "ms.",
                                          "dr.",
                                          "mr",
                                          "mrs",
                                          "ms",
                                          "dr",
                                          "chairman",
                                          "chairwoman",
                                          "chief",
                                          "commander",
                                          "governor",
                                          "senator",
                                          "sen.",
                                          "rep.",
                                          "deputy",
                                          "adviser",
                                          "advisor",
                                          "counterpart",
                                          "lawmaker",
                                          "mayor",
                                          "director",
                                          "negotiator",
                                          "diplomat",
                                          "foreign",
                                          "defence",
                                          "defense",
                                          "prime",
                                          "national",
                                          "security",
                                          "trade",
                                          "finance",
                                          "interior",
                                          "special",
                                          "top",
                                          "former",
                                          "acting",
                                          "supreme",
                                          "crown",
                                          "daughter",
                                          "son",
                                          "wife",
                                          "husband",
                                          "sister",
                                          "brother",
                                          "father",
                                          "mother",
                                          "dictator",
                                          "monarch",
                                          "vice",
                                          "first",
                                          "lady",
                                          "opposition",
                                          "rebel",
                                          "militant",
                                          "ruler",
                                          "strongman",
                                          "envoy",
                                          "officer",
                                          "unification",
                                          "nuclear",
                                          "chief-of-staff",
                                          "head",
                                          "speaker",
                                          "political",
                                          "senior",
                                          "military",
                                          "cabinet",
                                          "economic",
                                          "aide",
                                          "aides",
                                          "treasurer",
                                          "attorney",
                                          "attorney-general",
                                          "environment",
                                          "justice",
                                          "commerce",
                                          "agriculture",
                                          "education",
                                          "labor",
                                          "labour",
                                          "health",
                                          "transport",
                                          "energy",
                                          "chancellor",
                                          "state",
                                          NULL};

bool tl_is_title_word(const char *text, const tl_word *t) {
  return t->kind == TL_W_WORD && tl_word_in(text, t, title_words);
}

static const char *const months_days[] = {
    "January",  "February", "March",     "April",     "May",      "June",
    "July",     "August",   "September", "October",   "November", "December",
    "Jan.",     "Feb.",     "Mar.",      "Apr.",      "Jun.",     "Jul.",
    "Aug.",     "Sep.",     "Sept.",     "Oct.",      "Nov.",     "Dec.",
    "Jan",      "Feb",      "Aug",       "Sept",      "Oct",      "Nov",
    "Dec",      "Monday",   "Tuesday",   "Wednesday", "Thursday", "Friday",
    "Saturday", "Sunday",   "I",         "Christmas", "Easter",   "Ramadan",
    "English",  "AM",       "PM",        "GMT",       "UTC",      "EST",
    "EDT",      "KST",      NULL};

/* Words that end an organization's name. */
static const char *const org_heads[] = {
    "Ministry",       "Party",        "Council",
    "Agency",         "Bank",         "Union",
    "Organization",   "Organisation", "Committee",
    "Corporation",    "Group",        "Association",
    "University",     "Army",         "Navy",
    "Forces",         "Force",        "Assembly",
    "Parliament",     "Congress",     "Senate",
    "Court",          "Commission",   "Institute",
    "Foundation",     "Front",        "Movement",
    "Office",         "Department",   "Police",
    "Guard",          "Guards",       "Fund",
    "Company",        "Airlines",     "Times",
    "Post",           "News",         "Daily",
    "Network",        "Service",      "Services",
    "Cabinet",        "Embassy",      "Government",
    "Administration", "Command",      "Corps",
    "Alliance",       "Coalition",    "Federation",
    "League",         "Club",         "Center",
    "Centre",         "Authority",    "Board",
    "Mission",        "Brigade",      "Brigades",
    "Inc.",           "Ltd.",         "Co.",
    "Corp.",          "Court",        NULL};

/* Words that end the name of a happening. */
static const char *const event_heads[] = {
    "War",         "Summit",     "Games",    "Olympics",   "Treaty",
    "Agreement",   "Accord",     "Accords",  "Crisis",     "Revolution",
    "Conference",  "Forum",      "Dialogue", "Uprising",   "Armistice",
    "Declaration", "Pact",       "Protocol", "Convention", "Talks",
    "Cup",         "Expo",       "Day",      "Festival",   "Parade",
    "Offensive",   "Invasion",   "Election", "Elections",  "Olympiad",
    "Massacre",    "Operation",  "Congress", "Plenum",     "Session",
    "Meeting",     "Initiative", "Plan",     "Deal",       "Charter",
    "Communique",  "Statement",  "Incident", "Crisis",     "Spring",
    NULL};

/* Words that end the name of a place. */
static const char *const place_heads[] = {
    "Tower",    "Hotel",     "Palace",   "Hall",      "Square", "Street",
    "Building", "Airport",   "Station",  "Port",      "Bridge", "Island",
    "Islands",  "River",     "Mountain", "Mountains", "Sea",    "Strait",
    "Bay",      "Peninsula", "Province", "Region",    "County", "District",
    "City",     "Valley",    "Desert",   "Gulf",      "Ocean",  "Lake",
    "Base",     "Zone",      "Village",  "Camp",      "Park",   "St.",
    "Ave.",     "Avenue",    "Road",     "Blvd.",     NULL};

/* Words that open the name of a place: "Mount Paektu", "Lake Geneva". */
static const char *const place_starts[] = {
    "Mount", "Mt.", "Lake",   "Cape", "Fort",  "Port",    "Camp", "Isle",
    "Gulf",  "Bay", "Strait", "Sea",  "River", "Kingdom", NULL};

/* Words that open a capitalized phrase without being a name. */
static const char *const not_name_starts[] = {
    "Western",    "Eastern",    "Northern",  "Southern", "Communist",
    "Islamic",    "Arab",       "European",  "Asian",    "African",
    "Democratic", "Republican", "Socialist", "National", "Federal",
    "Royal",      "Supreme",    "Grand",     "Great",    "New",
    "Old",        "Holy",       "Central",   "Global",   "International",
    "Nuclear",    "Joint",      "United",    "Allied",   "Chinese",
    "One",        "Two",        "Three",     "Four",     "Five",
    "Six",        "Seven",      "Eight",     "Nine",     "Ten",
    "Eleven",     "Twelve",     "Twenty",    "Thirty",   "Forty",
    "Fifty",      "Hundreds",   "Thousands", "Dozens",   "Scores",
    "Millions",   "Several",    "Many",      "Some",     NULL};

/* Words an organization's generic name is made of: "Foreign Ministry". */
static const char *const generic_org_words[] = {
    "Foreign",        "Defence",      "Defense",      "Ministry",
    "Minister",       "Office",       "Interior",     "Trade",
    "Finance",        "Justice",      "Department",   "National",
    "Security",       "Council",      "Central",      "Committee",
    "People's",       "Army",         "Navy",         "Air",
    "Force",          "Forces",       "Military",     "Armed",
    "Government",     "Parliament",   "Assembly",     "Supreme",
    "Court",          "General",      "Staff",        "Joint",
    "Chiefs",         "of",           "the",          "State",
    "Affairs",        "Unification",  "Commerce",     "Economy",
    "Energy",         "Agency",       "Intelligence", "Service",
    "Services",       "Presidential", "Cabinet",      "Embassy",
    "Command",        "Coast",        "Guard",        "Police",
    "Public",         "Information",  "Press",        "Communications",
    "Administration", "Treasury",     "Health",       NULL};

/* Lower-case words inside names: "Council of Europe", "bin Salman". */
static const char *const particles[] = {"of",  "de",  "del", "da",  "al",  "el",
                                        "bin", "ibn", "von", "van", "der", "la",
                                        "le",  "du",  "and", NULL};

/* East Asian surnames come first: "Kim Ju Ae" is called "Kim". */
static const char *const surname_first[] = {
    "Kim",  "Lee",  "Park",  "Choi",  "Jung",   "Chung", "Moon", "Yoon",
    "Cho",  "Kang", "Han",   "Shin",  "Ri",     "Pak",   "Choe", "Xi",
    "Li",   "Wang", "Zhang", "Liu",   "Chen",   "Yang",  "Zhao", "Huang",
    "Zhou", "Wu",   "Xu",    "Sun",   "Ma",     "Hu",    "Guo",  "He",
    "Lin",  "Gao",  "Luo",   "Zheng", "Nguyen", "Tran",  "Le",   "Pham",
    "Hun",  "Roh",  "Yun",   "Ban",   "Song",   NULL};

/* After these a name is a place: "in Hanoi", "arrived in", "visited". */
static const char *const locatives[] = {
    "leaving", "left",     "departed",   "flew",    "in",
    "at",      "to",       "near",       "into",    "inside",
    "outside", "across",   "toward",     "towards", "via",
    "visited", "visiting", "visit",      "visits",  "reached",
    "toured",  "landed",   "throughout", "around",  NULL};

/* A country name followed by one of these is a modifier, not a place:
 * "the Ukraine war", "Iran talks". */
static const char *const modified_nouns[] = {
    "war",         "crisis",      "conflict",     "border",
    "government",  "talks",       "issue",        "question",
    "policy",      "summit",      "deal",         "programme",
    "program",     "visit",       "trip",         "envoy",
    "officials",   "leader",      "forces",       "troops",
    "embassy",     "relations",   "ties",         "embassies",
    "consulate",   "military",    "army",         "navy",
    "soldiers",    "diplomats",   "authorities",  "police",
    "economy",     "market",      "markets",      "citizens",
    "nationals",   "media",       "allies",       "ally",
    "president",   "minister",    "ministry",     "delegation",
    "team",        "side",        "warplanes",    "jets",
    "ships",       "bases",       "base",         "sanctions",
    "nuclear",     "missile",     "missiles",     "interests",
    "counterpart", "companies",   "firms",        "travelers",
    "travellers",  "tourists",    "residents",    "visitors",
    "envoys",      "negotiators", "mission",      "counterparts",
    "warships",    "aircraft",    "intelligence", "officers",
    "nationals",   "airliner",    "jet",          NULL};

static bool is_cap_word(const tl_word *t) {
  return t->kind == TL_W_WORD && (t->flags & TL_W_CAP);
}

static bool in_exact(const char *text, const tl_word *t,
                     const char *const *list) {
  for (; *list; list++)
    if (tl_word_is(text, t, *list))
      return true;
  return false;
}

/* ---- bindings of short names -------------------------------------------- */

static uint32_t key_hash(const char *s, size_t len) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

/* The slot for key: where it is, or the empty one where it would go. */
static size_t binding_slot(const tl_entity_doc *d, const char *s, size_t len) {
  size_t mask = d->nslots - 1;
  size_t h = key_hash(s, len) & mask;
  while (d->slots[h] >= 0) {
    const binding *b = &d->bindings[d->slots[h]];
    if (strlen(b->key) == len && memcmp(b->key, s, len) == 0)
      break;
    h = (h + 1) & mask;
  }
  return h;
}

static binding *find_binding(tl_entity_doc *d, const char *s, size_t len) {
  if (!d->nslots)
    return NULL;
  int32_t i = d->slots[binding_slot(d, s, len)];
  return i >= 0 ? &d->bindings[i] : NULL;
}

static bool grow_slots(tl_entity_doc *d) {
  size_t n = d->nslots ? d->nslots * 2 : 64;
  int32_t *slots = malloc(n * sizeof *slots);
  if (!slots)
    return false;
  for (size_t i = 0; i < n; i++)
    slots[i] = -1;
  free(d->slots);
  d->slots = slots;
  d->nslots = n;
  for (size_t i = 0; i < d->nbindings; i++) {
    const binding *b = &d->bindings[i];
    d->slots[binding_slot(d, b->key, strlen(b->key))] = (int32_t)i;
  }
  return true;
}

static tl_status bind(tl_entity_doc *d, const char *s, size_t len,
                      const char *name, int32_t entity, bool from_full) {
  /* The first binding wins: news writers give a second person who shares
   * the protagonist's name in full ("his daughter Kim Ju Ae"), and the
   * short name keeps meaning the protagonist. */
  if (find_binding(d, s, len))
    return TL_OK;
  if (2 * (d->nbindings + 1) > d->nslots && !grow_slots(d))
    return TL_ERR_NOMEM;
  if (d->nbindings == d->capbindings) {
    size_t cap = d->capbindings ? d->capbindings * 2 : 16;
    binding *p = realloc(d->bindings, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    d->bindings = p;
    d->capbindings = cap;
  }
  const char *key = tl_arena_strndup(&d->arena, s, len);
  if (!key)
    return TL_ERR_NOMEM;
  d->slots[binding_slot(d, s, len)] = (int32_t)d->nbindings;
  d->bindings[d->nbindings++] = (binding){key, name, entity, from_full};
  return TL_OK;
}

static bool active_at(const tl_entity *e, int year) {
  if (year == 0 || (e->from == 0 && e->to == 0))
    return true;
  return (e->from == 0 || e->from <= year) && (e->to == 0 || year <= e->to);
}

/* Chooses among people sharing a short name, or returns -1 when none is
 * plausible enough: the full name in the article beats everything, then a
 * leader of a country the article is about who was in office then. */
static int32_t choose_short(const tl_entity_doc *d, const tl_alias_hit *hits,
                            size_t n) {
  /* Who could it be: a person whose full name the article uses, or who
   * held office at the time. */
  size_t candidates = 0, heads = 0;
  bool any_context = false;
  for (size_t i = 0; i < n; i++) {
    const tl_entity *e = tl_gazetteer_entity(d->g, hits[i].entity);
    if (!e || e->kind != TL_ENTITY_PERSON)
      continue;
    if (d->full_used[hits[i].entity] || active_at(e, d->dct_year)) {
      candidates++;
      heads += e->rank == 1;
      any_context =
          any_context || (e->country >= 0 && d->in_context[e->country]);
    }
  }
  int32_t best = -1;
  int best_score = -1;
  for (size_t i = 0; i < n; i++) {
    const tl_entity *e = tl_gazetteer_entity(d->g, hits[i].entity);
    if (!e || e->kind != TL_ENTITY_PERSON)
      continue;
    bool full = d->full_used[hits[i].entity];
    bool context = e->country >= 0 && d->in_context[e->country];
    bool active = active_at(e, d->dct_year);
    if (!full && !active)
      continue;
    /* Several people in office share the name: one from a country the
     * story is about, or else the only head of state or government among
     * them (they are the ones called by the family name alone). */
    if (!full && candidates > 1 && !context &&
        (any_context || e->rank != 1 || heads > 1))
      continue;
    int score = (full ? 100 : 0) + (context ? 20 : 0) + (active ? 10 : 0) +
                (4 - e->rank) * 3;
    if (score > best_score) {
      best_score = score;
      best = hits[i].entity;
    }
  }
  return best;
}

/* ---- the prescan ----------------------------------------------------------
 */

static bool worth_matching(const char *text, const tl_word *t) {
  if (t->kind != TL_W_WORD && t->kind != TL_W_NUMBER)
    return false;
  if (t->flags & TL_W_CAP)
    return true;
  static const char *const lower_starts[] = {"al",  "el",  "bin",
                                             "von", "dpa", NULL};
  return memchr(text + t->start, '-', t->end - t->start) ||
         tl_word_in(text, t, lower_starts);
}

tl_status tl_entity_doc_prescan(tl_entity_doc *d, const char *text,
                                const tl_words *tokens) {
  tl_alias_hit hits[MAX_HITS];
  size_t i = 0;
  while (i < tokens->count) {
    if (!worth_matching(text, &tokens->items[i])) {
      i++;
      continue;
    }
    size_t nh;
    size_t n = tl_gazetteer_match(d->g, text, tokens->items, tokens->count, i,
                                  hits, MAX_HITS, &nh);
    if (n == 0) {
      i++;
      continue;
    }
    for (size_t k = 0; k < nh; k++) {
      if (hits[k].kind == TL_ALIAS_SHORT)
        continue;
      const tl_entity *e = tl_gazetteer_entity(d->g, hits[k].entity);
      if (e->kind == TL_ENTITY_PERSON)
        d->full_used[hits[k].entity] = 1;
      if (e->kind == TL_ENTITY_COUNTRY)
        d->in_context[hits[k].entity] = 1;
      else if (e->stands_for >= 0)
        d->in_context[e->stands_for] = 1;
      else if (e->country >= 0)
        d->in_context[e->country] = 1;
      break;
    }
    i += n;
  }
  return TL_OK;
}

/* ---- finding mentions ---------------------------------------------------- */

static tl_status push(tl_mentions *out, const tl_mention *m) {
  if (out->count == out->capacity) {
    size_t cap = out->capacity ? out->capacity * 2 : 16;
    tl_mention *p = realloc(out->items, cap * sizeof *p);
    if (!p)
      return TL_ERR_NOMEM;
    out->items = p;
    out->capacity = cap;
  }
  out->items[out->count++] = *m;
  return TL_OK;
}

/* Copies tokens [a, b) joined by single spaces into the doc's arena. */
static const char *join_tokens(tl_entity_doc *d, const char *text,
                               const tl_word *tokens, size_t a, size_t b) {
  char buf[NAME_MAX];
  size_t len = 0;
  for (size_t k = a; k < b; k++) {
    size_t n = tokens[k].end - tokens[k].start;
    if (len + n + 2 >= sizeof buf)
      break;
    if (k > a)
      buf[len++] = ' ';
    memcpy(buf + len, text + tokens[k].start, n);
    len += n;
  }
  return tl_arena_strndup(&d->arena, buf, len);
}

/* The start of the title phrase ending just before token i, or i. */
static size_t title_start(const char *text, const tl_word *tokens, size_t first,
                          size_t i) {
  size_t k = i;
  while (k > first) {
    const tl_word *t = &tokens[k - 1];
    if (tl_is_title_word(text, t) ||
        ((tl_word_is(text, t, "of") || tl_word_is(text, t, "State")) &&
         k - 1 > first && tl_is_title_word(text, &tokens[k - 2])))
      k--;
    else
      break;
  }
  return k;
}

static bool is_locative(const char *text, const tl_word *tokens, size_t first,
                        size_t i) {
  if (i > first && tl_word_in(text, &tokens[i - 1], locatives))
    return true;
  /* "the border village of Panmunjom", "the port city of Aqaba" */
  static const char *const place_nouns[] = {
      "village", "city", "town",     "port",   "capital", "province", "region",
      "island",  "area", "district", "county", "state",   "enclave",  NULL};
  if (i > first + 1 && tl_word_is(text, &tokens[i - 1], "of") &&
      tl_word_in(text, &tokens[i - 2], place_nouns))
    return true;
  /* "left for Damascus", "headed for Geneva" */
  static const char *const departures[] = {
      "left",    "headed", "departed", "bound", "leaves",
      "leaving", "flew",   "set",      "heads", NULL};
  if (i > first + 1 && tl_word_is(text, &tokens[i - 1], "for") &&
      tl_word_in(text, &tokens[i - 2], departures))
    return true;
  /* "in the Netherlands", "arrived in central Kyiv" */
  return i > first + 1 && tokens[i - 1].kind == TL_W_WORD &&
         !(tokens[i - 1].flags & TL_W_CAP) &&
         (tl_word_is(text, &tokens[i - 1], "the") ||
          tl_word_is(text, &tokens[i - 1], "central") ||
          tl_word_is(text, &tokens[i - 1], "northern") ||
          tl_word_is(text, &tokens[i - 1], "southern") ||
          tl_word_is(text, &tokens[i - 1], "eastern") ||
          tl_word_is(text, &tokens[i - 1], "western")) &&
         tl_word_in(text, &tokens[i - 2], locatives);
}

/* The last word of the phrase is a lower-case noun it modifies. */
static bool modifies_noun(const char *text, const tl_word *tokens, size_t last,
                          size_t end) {
  return end < last && tl_word_in(text, &tokens[end], modified_nouns);
}

static void fill_roles(tl_entity_doc *d, tl_mention *m, const tl_entity *e,
                       const char *text, const tl_word *tokens, size_t first,
                       size_t last) {
  m->locative = is_locative(text, tokens, first, m->first) &&
                !modifies_noun(text, tokens, last, m->last);
  m->rank = e && e->kind == TL_ENTITY_PERSON ? e->rank : 3;
  m->short_name = e && e->kind == TL_ENTITY_PERSON ? e->short_name : NULL;
  m->actor = NULL;
  m->place = NULL;
  const tl_entity *stands =
      e && e->stands_for >= 0 ? tl_gazetteer_entity(d->g, e->stands_for) : NULL;
  m->stands_for = stands ? stands->name : NULL;
  const tl_entity *home = e && e->kind == TL_ENTITY_PERSON && e->country >= 0
                              ? tl_gazetteer_entity(d->g, e->country)
                              : NULL;
  m->country = home ? home->name : NULL;
  switch (m->kind) {
  case TL_ENTITY_PERSON:
  case TL_ENTITY_COUNTRY:
    m->actor = m->name;
    if (m->locative && m->kind == TL_ENTITY_COUNTRY)
      m->place = m->name;
    break;
  case TL_ENTITY_ORGANIZATION:
    m->actor = stands ? stands->name : m->name;
    break;
  case TL_ENTITY_PLACE:
    if (m->locative)
      m->place = m->name;
    else if (stands)
      m->actor = stands->name;
    break;
  default:
    break;
  }
}

/* A capitalized run the gazetteer does not know: [i, *end). */
static bool gazetteer_starts(const tl_entity_doc *d, const char *text,
                             const tl_word *tokens, size_t i, size_t last);

static size_t collect_run(const tl_entity_doc *d, const char *text,
                          const tl_word *tokens, size_t i, size_t last) {
  size_t j = i;
  while (j < last) {
    const tl_word *t = &tokens[j];
    /* "State Madeleine Albright": a known name starts a mention of its
     * own. */
    if (j > i && gazetteer_starts(d, text, tokens, j, last))
      break;
    if (is_cap_word(t) && !in_exact(text, t, months_days) &&
        !(j > i && tl_is_title_word(text, t) && !(t->flags & TL_W_UPPER) &&
          j + 1 < last && is_cap_word(&tokens[j + 1]))) {
      j++;
      if (t->flags & TL_W_POSSESSIVE)
        break;
      continue;
    }
    if (j > i && t->kind == TL_W_WORD && tl_word_in(text, t, particles) &&
        !tl_word_is(text, t, "and") && j + 1 < last &&
        is_cap_word(&tokens[j + 1]) &&
        !(tokens[j - 1].flags & TL_W_POSSESSIVE)) {
      j++;
      continue;
    }
    break;
  }
  return j;
}

static bool all_generic(const char *text, const tl_word *tokens, size_t a,
                        size_t b) {
  for (size_t k = a; k < b; k++)
    if (!in_exact(text, &tokens[k], generic_org_words))
      return false;
  return true;
}

/* A person's name: two to four capitalized words, not an acronym. */
static bool person_shaped(const char *text, const tl_word *tokens, size_t a,
                          size_t b) {
  size_t words = 0;
  for (size_t k = a; k < b; k++) {
    const tl_word *t = &tokens[k];
    if (tl_word_in(text, t, particles))
      continue;
    if ((t->flags & TL_W_UPPER) && t->end - t->start > 2)
      return false;
    words++;
  }
  return words >= 2 && words <= 4 &&
         !in_exact(text, &tokens[a], not_name_starts);
}

size_t tl_surname_word(const char *text, const tl_word *words, size_t first,
                       size_t last) {
  if (last - first >= 2 && in_exact(text, &words[first], surname_first))
    return first;
  return last - 1;
}

static size_t surname_token(const char *text, const tl_word *tokens, size_t a,
                            size_t b) {
  return tl_surname_word(text, tokens, a, b);
}

static tl_status unknown_run(tl_entity_doc *d, const char *text,
                             const tl_word *tokens, size_t first, size_t last,
                             size_t i, size_t end, tl_mentions *out) {
  tl_mention m = {0};
  m.first = i;
  m.last = end;
  m.entity = -1;
  m.title_first = title_start(text, tokens, first, i);
  m.titled = m.title_first < i;
  const tl_word *head = &tokens[end - 1];
  bool single = end - i == 1;
  bool sentence_start =
      i == first || (i == first + 1 && tokens[first].kind == TL_W_QUOTE);
  /* "World War II", "Vatican II": a numeral after the event word. */
  static const char *const numerals[] = {"I", "II", "III", "IV", "V", NULL};
  if (end - i >= 3 && in_exact(text, head, numerals) &&
      in_exact(text, &tokens[end - 2], event_heads))
    head = &tokens[end - 2];
  if (!single && in_exact(text, head, event_heads)) {
    m.kind = TL_MENTION_EVENT;
  } else if (in_exact(text, head, org_heads)) {
    if (all_generic(text, tokens, i, end))
      return TL_OK; /* "Foreign Ministry": the country says who */
    m.kind = TL_ENTITY_ORGANIZATION;
  } else if (!single && (in_exact(text, head, place_heads) ||
                         in_exact(text, &tokens[i], place_starts))) {
    m.kind = TL_ENTITY_PLACE;
  } else if (m.titled || (person_shaped(text, tokens, i, end) &&
                          !(i > first && tokens[i - 1].kind == TL_W_QUOTE))) {
    m.kind = TL_ENTITY_PERSON;
  } else if (is_locative(text, tokens, first, i) && !sentence_start) {
    m.kind = TL_ENTITY_PLACE;
  } else if (single) {
    binding *b = find_binding(d, text + tokens[i].start,
                              tokens[i].end - tokens[i].start);
    if (!b)
      return TL_OK;
    m.kind = TL_ENTITY_PERSON;
    m.name = b->name;
    m.entity = b->entity;
  } else {
    return TL_OK;
  }
  if (!m.name) {
    if (m.kind == TL_ENTITY_PERSON && single) {
      binding *b = find_binding(d, text + tokens[i].start,
                                tokens[i].end - tokens[i].start);
      if (b) {
        m.name = b->name;
        m.entity = b->entity;
      }
    }
    if (!m.name)
      m.name = join_tokens(d, text, tokens, i, end);
    if (!m.name)
      return TL_ERR_NOMEM;
  }
  if (m.kind == TL_ENTITY_PERSON && !single && m.entity < 0) {
    size_t s = surname_token(text, tokens, i, end);
    tl_status st = bind(d, text + tokens[s].start,
                        tokens[s].end - tokens[s].start, m.name, -1, true);
    if (st)
      return st;
  }
  const tl_entity *e = tl_gazetteer_entity(d->g, m.entity);
  fill_roles(d, &m, e, text, tokens, first, last);
  return push(out, &m);
}

/* The hyphenated parts of "US-China" or "Trump-Kim" when each part is a
 * country or person the gazetteer knows. */
static tl_status hyphenated(tl_entity_doc *d, const char *text,
                            const tl_word *tok, size_t index, size_t first,
                            size_t last, const tl_word *tokens,
                            tl_mentions *out, bool *found) {
  *found = false;
  tl_word parts[4];
  size_t np = 0;
  size_t s = tok->start;
  for (size_t b = tok->start; b <= tok->end && np < 4; b++) {
    if (b == tok->end || text[b] == '-') {
      if (b > s)
        parts[np++] = (tl_word){s, b, TL_W_WORD, 0};
      s = b + 1;
    }
  }
  if (np < 2)
    return TL_OK;
  tl_mention found_m[4];
  for (size_t p = 0; p < np; p++) {
    tl_alias_hit hits[MAX_HITS];
    size_t nh;
    if (tl_gazetteer_match(d->g, text, parts, np, p, hits, MAX_HITS, &nh) != 1)
      return TL_OK;
    int32_t id = -1;
    for (size_t k = 0; k < nh && id < 0; k++)
      if (hits[k].kind != TL_ALIAS_SHORT)
        id = hits[k].entity;
    if (id < 0) {
      binding *b =
          find_binding(d, text + parts[p].start, parts[p].end - parts[p].start);
      id = b ? b->entity : choose_short(d, hits, nh);
    }
    const tl_entity *e = tl_gazetteer_entity(d->g, id);
    if (!e || (e->kind != TL_ENTITY_COUNTRY && e->kind != TL_ENTITY_PERSON &&
               e->stands_for < 0))
      return TL_OK;
    tl_mention m = {0};
    m.first = index;
    m.last = index + 1;
    m.entity = id;
    m.kind = e->kind;
    m.name = e->name;
    m.title_first = index;
    fill_roles(d, &m, e, text, tokens, first, last);
    m.locative = false;
    m.place = NULL;
    found_m[p] = m;
  }
  for (size_t p = 0; p < np; p++)
    if (push(out, &found_m[p]))
      return TL_ERR_NOMEM;
  *found = true;
  return TL_OK;
}

/* A gazetteer name (not a short one) starts at word i. */
static bool gazetteer_starts(const tl_entity_doc *d, const char *text,
                             const tl_word *tokens, size_t i, size_t last) {
  tl_alias_hit hits[MAX_HITS];
  size_t nh;
  if (!tl_gazetteer_match(d->g, text, tokens, last, i, hits, MAX_HITS, &nh))
    return false;
  for (size_t k = 0; k < nh; k++)
    if (hits[k].kind != TL_ALIAS_SHORT)
      return true;
  return false;
}

tl_status tl_entities_find(tl_entity_doc *d, const char *text,
                           const tl_words *toks, size_t first, size_t last,
                           tl_mentions *out) {
  const tl_word *tokens = toks->items;
  tl_alias_hit hits[MAX_HITS];
  size_t i = first;
  while (i < last) {
    const tl_word *t = &tokens[i];
    if (!worth_matching(text, t)) {
      i++;
      continue;
    }
    size_t nh = 0;
    size_t n =
        tl_gazetteer_match(d->g, text, tokens, last, i, hits, MAX_HITS, &nh);
    bool sentence_start =
        i == first || (i == first + 1 && tokens[first].kind == TL_W_QUOTE);
    if (n == 0 && t->kind == TL_W_WORD &&
        memchr(text + t->start, '-', t->end - t->start)) {
      bool found;
      tl_status st =
          hyphenated(d, text, t, i, first, last, tokens, out, &found);
      if (st)
        return st;
      if (found) {
        i++;
        continue;
      }
    }
    if (n > 0) {
      int32_t id = -1;
      bool short_only = true;
      bool demonym = false;
      for (size_t k = 0; k < nh; k++)
        if (hits[k].kind != TL_ALIAS_SHORT) {
          id = hits[k].entity;
          demonym = hits[k].kind == TL_ALIAS_DEMONYM;
          short_only = false;
          break;
        }
      const tl_entity *e = tl_gazetteer_entity(d->g, id);
      /* "Jordan Bardella", "Kim Ju Ae": a known short or place name that
       * is the first word of a longer name the gazetteer lacks. */
      bool longer = i + n < last && is_cap_word(&tokens[i + n]) &&
                    !tl_is_title_word(text, &tokens[i + n]) &&
                    !in_exact(text, &tokens[i + n], months_days) &&
                    !(tokens[i + n - 1].flags & TL_W_POSSESSIVE);
      if (longer) {
        size_t nh2;
        tl_alias_hit h2[MAX_HITS];
        if (tl_gazetteer_match(d->g, text, tokens, last, i + n, h2, MAX_HITS,
                               &nh2) > 0)
          longer = false;
      }
      if (longer && (short_only || (n == 1 && !demonym && e &&
                                    (e->kind == TL_ENTITY_COUNTRY ||
                                     e->kind == TL_ENTITY_PLACE)))) {
        size_t end = collect_run(d, text, tokens, i, last);
        if (end > i + n) {
          tl_status st = unknown_run(d, text, tokens, first, last, i, end, out);
          if (st)
            return st;
          i = end;
          continue;
        }
      }
      if (short_only) {
        const char *s = text + t->start;
        size_t len = t->end - t->start;
        binding *b = n == 1 ? find_binding(d, s, len) : NULL;
        const char *name = NULL;
        if (b) {
          id = b->entity;
          name = b->name;
        } else {
          id = choose_short(d, hits, nh);
          if (id >= 0) {
            name = tl_gazetteer_entity(d->g, id)->name;
            if (n == 1 && bind(d, s, len, name, id, false))
              return TL_ERR_NOMEM;
          }
        }
        if (!name) {
          i += n;
          continue;
        }
        e = tl_gazetteer_entity(d->g, id);
        tl_mention m = {0};
        m.first = i;
        m.last = i + n;
        m.entity = id;
        m.kind = TL_ENTITY_PERSON;
        m.name = name;
        m.title_first = title_start(text, tokens, first, i);
        m.titled = m.title_first < i;
        fill_roles(d, &m, e, text, tokens, first, last);
        if (push(out, &m))
          return TL_ERR_NOMEM;
        i += n;
        continue;
      }
      /* A single capitalized country word opening a sentence is still the
       * country; the gazetteer is trusted over sentence position. */
      (void)sentence_start;
      tl_mention m = {0};
      m.first = i;
      m.last = i + n;
      m.entity = id;
      m.kind = e->kind;
      m.name = e->name;
      m.demonym = demonym;
      m.title_first = title_start(text, tokens, first, i);
      m.titled = m.title_first < i;
      if (e->kind == TL_ENTITY_PERSON) {
        /* A full name binds the short names it is known by. */
        d->full_used[id] = 1;
        size_t s = surname_token(text, tokens, i, i + n);
        if (n > 1 && bind(d, text + tokens[s].start,
                          tokens[s].end - tokens[s].start, e->name, id, true))
          return TL_ERR_NOMEM;
      }
      fill_roles(d, &m, e, text, tokens, first, last);
      if (push(out, &m))
        return TL_ERR_NOMEM;
      i += n;
      continue;
    }
    if (is_cap_word(t) && !in_exact(text, t, months_days) &&
        !(sentence_start &&
          tl_is_sentence_opener(text + t->start, t->end - t->start)) &&
        !tl_is_title_word(text, t) &&
        !(in_exact(text, t, not_name_starts) && i + 1 < last &&
          gazetteer_starts(d, text, tokens, i + 1, last))) {
      size_t end = collect_run(d, text, tokens, i, last);
      if (end > i) {
        /* A one-word run opening a sentence is an ordinary capitalized
         * word unless it is a short name already known. */
        tl_status st = unknown_run(d, text, tokens, first, last, i, end, out);
        if (st)
          return st;
        i = end;
        continue;
      }
    }
    i++;
  }
  return TL_OK;
}
