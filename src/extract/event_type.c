/* event_type.c - trigger words and the types they give.
 *
 * Types are the events file's vocabulary (docs/events-format.md), so that
 * a chart colours them.  When a clause has several triggers the more
 * specific wins: a summit is also a meeting and usually a visit; signing
 * a pact to end a war is an agreement.  Speech verbs give `statement`
 * only when nothing else does. */
#include "extract/event_type.h"

#include <string.h>

typedef struct trigger {
  const char *word; /* lower case; matched ignoring case */
  const char *type;
} trigger;

/* In order of priority: the first row matched in a clause wins. */
static const trigger triggers[] = {
    {"summit", "summit"},
    {"summits", "summit"},
    {"ceasefire", "ceasefire"},
    {"cease-fire", "ceasefire"},
    {"truce", "ceasefire"},
    {"armistice", "ceasefire"},
    {"treaty", "treaty"},
    {"agreement", "agreement"},
    {"agreements", "agreement"},
    {"pact", "agreement"},
    {"accord", "agreement"},
    {"accords", "agreement"},
    {"deal", "agreement"},
    {"memorandum", "agreement"},
    {"signed", "agreement"},
    {"sign", "agreement"},
    {"signs", "agreement"},
    {"signing", "agreement"},
    {"ratified", "agreement"},
    {"agreed", "agreement"},
    {"agreeing", "agreement"},
    {"election", "election"},
    {"elections", "election"},
    {"elected", "election"},
    {"re-elected", "election"},
    {"referendum", "election"},
    {"inaugurated", "election"},
    {"inauguration", "election"},
    {"sanctions", "sanctions"},
    {"sanctioned", "sanctions"},
    {"embargo", "sanctions"},
    {"tested", "test"},
    {"test", "test"},
    {"tests", "test"},
    {"test-fired", "test"},
    {"test-launched", "test"},
    {"launched", "launch"},
    {"launch", "launch"},
    {"parade", "parade"},
    {"parades", "parade"},
    {"declaration", "declaration"},
    {"declared", "declaration"},
    {"proclaimed", "declaration"},
    {"proclamation", "declaration"},
    {"conference", "conference"},
    {"forum", "conference"},
    {"congress", "conference"},
    {"plenum", "conference"},
    {"visit", "visit"},
    {"visits", "visit"},
    {"visited", "visit"},
    {"visiting", "visit"},
    {"trip", "visit"},
    {"tour", "visit"},
    {"toured", "visit"},
    {"arrived", "visit"},
    {"arrives", "visit"},
    {"arrival", "visit"},
    {"landed", "visit"},
    {"talks", "talks"},
    {"negotiations", "talks"},
    {"negotiated", "talks"},
    {"meeting", "meeting"},
    {"meetings", "meeting"},
    {"met", "meeting"},
    {"meet", "meeting"},
    {"meets", "meeting"},
    {"hosted", "meeting"},
    {"discussed", "meeting"},
    {"phone", "call"},
    {"telephone", "call"},
    {"war", "war"},
    {"invasion", "war"},
    {"invaded", "war"},
    {"invade", "war"},
    {"attack", "attack"},
    {"attacks", "attack"},
    {"attacked", "attack"},
    {"strike", "attack"},
    {"strikes", "attack"},
    {"airstrike", "attack"},
    {"airstrikes", "attack"},
    {"bombing", "attack"},
    {"bombed", "attack"},
    {"shelling", "attack"},
    {"exploded", "attack"},
    {"explosion", "attack"},
    {"speech", "speech"},
    {"addressed", "speech"},
    {"protest", "protest"},
    {"protests", "protest"},
    {"protested", "protest"},
    {"demonstration", "protest"},
    {"rally", "protest"},
    {"rallied", "protest"},
    {"demonstrators", "protest"},
    {"crisis", "crisis"},
    {"appointed", "appointment"},
    {"nominated", "appointment"},
    {"sworn", "appointment"},
    {"resigned", "appointment"},
    {"died", "death"},
    {"assassinated", "death"},
    {"killed", "attack"},
    {"death", "death"},
    {"statement", "statement"},
    {"announced", "statement"},
    {"said", "statement"},
    {"told", "statement"},
    {"pledged", "statement"},
    {"vowed", "statement"},
    {"warned", "statement"},
    {"urged", "statement"},
};

/* "fired a ballistic missile", "launched a satellite". */
static bool fires_missile(const char *text, const tl_words *words, size_t i,
                          size_t last) {
  static const char *const projectiles[] = {
      "missile",     "missiles",  "rocket", "rockets", "projectile",
      "projectiles", "satellite", "icbm",   "icbms",   NULL};
  for (size_t k = i + 1; k < last && k <= i + 4; k++)
    if (tl_word_in(text, &words->items[k], projectiles))
      return true;
  return false;
}

const char *tl_event_type(const char *text, const tl_words *words, size_t first,
                          size_t last, tl_word_filter keep, void *ctx) {
  /* "Iran condemned the bombing", "China lodged a protest": a reaction
   * to a happening is a statement, whatever its object names. */
  static const char *const reactions[] = {
      "condemned", "condemns",  "denounced", "denounces",  "deplored",
      "welcomed",  "welcomes",  "praised",   "criticized", "criticised",
      "hailed",    "slammed",   "lodged",    "protested",  "rebuked",
      "mourned",   "expressed", "extended",  NULL};
  size_t best = sizeof triggers / sizeof triggers[0];
  for (size_t i = first; i < last; i++) {
    const tl_word *w = &words->items[i];
    if (w->kind != TL_W_WORD || (keep && !keep(ctx, i)))
      continue;
    if (best == sizeof triggers / sizeof triggers[0] &&
        tl_word_in(text, w, reactions))
      return "statement";
    /* "launched" or "fired" is a launch only with a missile after it:
     * "launched an invasion" is no launch. */
    static const char *const firing[] = {"launched", "launch", "launches",
                                         "fired", NULL};
    if (tl_word_in(text, w, firing)) {
      if (fires_missile(text, words, i, last))
        for (size_t t = 0; t < best; t++)
          if (strcmp(triggers[t].word, "launched") == 0) {
            best = t;
            break;
          }
      continue;
    }
    for (size_t t = 0; t < best; t++)
      if (tl_word_is_ci(text, w, triggers[t].word)) {
        best = t;
        break;
      }
  }
  return best < sizeof triggers / sizeof triggers[0] ? triggers[best].type
                                                     : NULL;
}

const char *tl_event_type_of_head(const char *text, const tl_word *head) {
  static const trigger heads[] = {
      {"war", "war"},
      {"summit", "summit"},
      {"games", "other"},
      {"olympics", "other"},
      {"treaty", "treaty"},
      {"agreement", "agreement"},
      {"accord", "agreement"},
      {"accords", "agreement"},
      {"pact", "agreement"},
      {"deal", "agreement"},
      {"crisis", "crisis"},
      {"revolution", "other"},
      {"conference", "conference"},
      {"forum", "conference"},
      {"dialogue", "talks"},
      {"talks", "talks"},
      {"uprising", "protest"},
      {"armistice", "ceasefire"},
      {"declaration", "declaration"},
      {"communique", "declaration"},
      {"statement", "statement"},
      {"parade", "parade"},
      {"offensive", "war"},
      {"invasion", "war"},
      {"election", "election"},
      {"elections", "election"},
      {"massacre", "attack"},
      {"operation", "war"},
      {"congress", "conference"},
      {"plenum", "conference"},
      {"meeting", "meeting"},
      {"session", "meeting"},
      {"charter", "agreement"},
      {"protocol", "agreement"},
      {"convention", "treaty"},
  };
  for (size_t i = 0; i < sizeof heads / sizeof heads[0]; i++)
    if (tl_word_is_ci(text, head, heads[i].word))
      return heads[i].type;
  return NULL;
}
