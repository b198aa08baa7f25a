/* tense.c - is the clause around a time expression past, present or future?
 *
 * "Kim met Xi on Thursday" and "Kim will meet Xi on Thursday" name
 * different Thursdays.  A full parser would find the governing verb; news
 * sentences are regular enough that the nearest tense cue does nearly as
 * well: the closest auxiliary or past-tense verb before the expression
 * within its clause, else the first one after it. */
#include "extract/tense.h"

#include <string.h>

/* How far cues are looked for, and how close one must be to be trusted
 * against a date that sits much nearer on the other side ("ran from
 * November" is past even in September). */
enum { LOOK_LEFT = 14, LOOK_RIGHT = 10, NEAR = 3 };

/* Verbs of intention: what follows their "to" lies ahead of them
 * ("agreed to meet on Friday"). */
#define INTENT                                                                 \
  "agreed|agree|agrees|decided|decide|decides|promised|promises|pledged|"      \
  "vowed|vows|threatened|threatens|wants|want|wanted|intend|intended|"         \
  "plan|plans|planned|planning|expected|expects|expect|set|scheduled|due|"     \
  "hope|hopes|hoped|going|aims|aimed|seeks|sought|is|are|was|were|likely"

/* A regular past tense or participle: "arrived", "signed".  Words that
 * merely end in -ed are excluded: "need", "speed", "hundred", "red". */
static bool regular_past(const tl_tok *t) {
  if (t->kind != TK_WORD || t->len < 4 || (t->flags & (TF_CAP | TF_UPPER)))
    return false;
  const char *w = t->text;
  size_t n = t->len;
  if (w[n - 2] != 'e' || w[n - 1] != 'd')
    return false;
  return !tl_tok_in(t,
                    "hundred|kindred|sacred|naked|wicked|wretched|rugged|"
                    "ragged|beloved|embed|shred|infrared|biped|unwed|need|"
                    "speed|proceed|exceed|succeed|feed|seed|breed|bleed|heed|"
                    "greed|weed|deed|indeed|creed|steed|tweed");
}

/* Could the word after "to" be a verb, making an infinitive ("agreed to
 * meet")?  Not when it opens a noun phrase ("agreed to a ceasefire",
 * "agreed to talks", "agreed to its terms"): a determiner, a pronoun, a
 * name, a number or a plural noun (a bare infinitive never ends in -s but
 * for -ss and -us: "discuss", "focus"). */
static bool may_be_verb(const tl_tok *t) {
  if (t->kind != TK_WORD || (t->flags & (TF_CAP | TF_UPPER)))
    return false;
  if (tl_tok_class(t, LX_SIGNAL | LX_MONTH | LX_WEEKDAY | LX_NUMBER | LX_UNIT |
                          LX_DAYREF))
    return false;
  if (tl_tok_in(t, "a|an|the|this|that|these|those|its|his|her|their|our|my|"
                   "your|some|any|no|all|each|every|both|such|what|which|"
                   "whom|him|them|us|me|it|more|less|most|much|many|few|"
                   "several|other|another|one|new|further|additional|date"))
    return false;
  size_t n = t->len;
  return !(n > 3 && t->text[n - 1] == 's' && t->text[n - 2] != 's' &&
           t->text[n - 2] != 'u' && t->text[n - 2] != 'i');
}

/* Where a clause ends: strong punctuation, or a subordinating word. */
static bool boundary(const tl_tok *t) {
  if (t->kind == TK_PUNCT)
    return t->text[0] == ';' || t->text[0] == ':' || t->text[0] == '(' ||
           t->text[0] == ')';
  return tl_tok_in(t, "when|while|which|who|whose|whom|because|although|though|"
                      "whereas|unless|if");
}

/* A verb form used as a noun or an adjective: "the plan", "its said
 * policy", "preferred shares", "the proposed deal". */
static bool not_a_verb(const tl_tok *tok, size_t i, size_t n) {
  if (i > 0 && tl_tok_in(&tok[i - 1], "the|a|an|its|their|his|her|our|"
                                      "this|these|those|no|any"))
    return true;
  const tl_tok *next = i + 1 < n ? &tok[i + 1] : NULL;
  return next && next->kind == TK_WORD &&
         !(next->flags & (TF_CAP | TF_UPPER)) &&
         !tl_tok_class(next, LX_SIGNAL | LX_CLAUSE | LX_NOUNLIKE) &&
         tl_tok_in(&tok[i], "preferred|limited|united|related|based|alleged|"
                            "armed|unidentified|unnamed|detailed|advanced|"
                            "combined|mixed|fixed|troubled|embattled|"
                            "disputed|contested|proposed|planned|expected|"
                            "scheduled|increased|reduced|improved|renewed|"
                            "continued|sustained|elected|appointed|"
                            "so-called|registered|listed|owned|backed");
}

/* "it had been due to expire Friday", "had been scheduled for Monday": a
 * plan overtaken, its time past. */
static bool overtaken_plan(const tl_tok *tok, size_t i) {
  return i >= 2 && tl_tok_is(&tok[i - 1], "been") &&
         tl_tok_in(&tok[i], "due|expected|scheduled|slated|planned|set") &&
         tl_tok_in(&tok[i - 2], "had|hadn't|previously");
}

/* The tense a single token signals, or UNKNOWN. */
static tl_tense cue(const tl_tok *tok, size_t i, size_t n) {
  const tl_tok *t = &tok[i];
  if (t->kind != TK_WORD || not_a_verb(tok, i, n))
    return TL_TENSE_UNKNOWN;
  /* "due to its loss": a cause, not a schedule */
  if (tl_tok_in(t, "due") && i + 2 < n && tl_tok_in(&tok[i + 1], "to") &&
      !tl_tok_in(&tok[i + 2], "be") && tok[i + 2].lex)
    return TL_TENSE_UNKNOWN;
  if (overtaken_plan(tok, i))
    return TL_TENSE_PAST;
  /* "is set to meet", "are due to arrive", "is to visit": a present form
   * that announces a plan */
  if (tl_tok_in(t, "is|are|am") && i + 2 < n &&
      ((tl_tok_in(&tok[i + 1], "set|due|scheduled|slated|poised|going") &&
        tl_tok_is(&tok[i + 2], "to")) ||
       (tl_tok_is(&tok[i + 1], "to") && may_be_verb(&tok[i + 2]))))
    return TL_TENSE_FUTURE;
  if (tl_tok_class(t, LX_FUTURE) && !tl_tok_in(t, "may") &&
      !(t->flags & TF_CAP))
    return TL_TENSE_FUTURE;
  if (tl_tok_in(t, "may") && !(t->flags & TF_CAP))
    return TL_TENSE_FUTURE;
  if ((tl_tok_class(t, LX_PAST) || regular_past(t)) && i > 0 &&
      tl_tok_in(&tok[i - 1], "is|are|am|isn't|aren't"))
    return TL_TENSE_PRESENT; /* "is held", "are expected": a present passive */
  if (tl_tok_class(t, LX_PAST) || regular_past(t)) {
    /* "will be held", "is to be signed": a future passive */
    for (size_t k = 1; k <= 3 && k <= i; k++) {
      const tl_tok *b = &tok[i - k];
      if (tl_tok_class(b, LX_FUTURE) &&
          !tl_tok_in(b, "expected|scheduled|slated"))
        return TL_TENSE_FUTURE;
      if (k >= 2 && tl_tok_in(b, "to") && tl_tok_in(&tok[i - k + 1], "be"))
        return TL_TENSE_FUTURE;
      if (!tl_tok_in(b, "be|been|not|also|then|now|likely|soon"))
        break;
    }
    /* "has met", "have agreed": present perfect is past for dating */
    return TL_TENSE_PAST;
  }
  if (tl_tok_class(t, LX_PRESENT))
    return TL_TENSE_PRESENT;
  return TL_TENSE_UNKNOWN;
}

/* Reporting verbs date the report, not what is reported: "said it will
 * pay the dividend Dec. 15".  They count only when nothing else does. */
static bool reporting(const tl_tok *t) {
  return tl_tok_in(t, "said|says|say|told|tells|added|adds|announced|announces|"
                      "reported|reports|stated|states|noted|notes|declared|"
                      "explained|according|disclosed|confirmed|claimed");
}

tl_tense tl_clause_tense(const tl_tok *tok, size_t n, size_t first, size_t last,
                         bool *near) {
  tl_tense weak = TL_TENSE_UNKNOWN;
  *near = false;
  /* "to" + verb between the cue and the time: an intention, so future
   * ("agreed to meet on Friday"). */
  bool infinitive = false;
  for (size_t k = 1; k <= LOOK_LEFT && k <= first; k++) {
    size_t i = first - k;
    if (boundary(&tok[i]))
      break;
    if (tl_tok_in(&tok[i], "to") && i >= 1 && i + 1 < first &&
        may_be_verb(&tok[i + 1]) && !regular_past(&tok[i + 1]) &&
        tl_tok_in(&tok[i - 1], INTENT))
      infinitive = true;
    tl_tense t = cue(tok, i, n);
    if (t == TL_TENSE_UNKNOWN)
      continue;
    /* "said Tuesday", "told reporters on Tuesday": the report is dated */
    if (reporting(&tok[i]) && k > 3) {
      if (weak == TL_TENSE_UNKNOWN)
        weak = t;
      continue;
    }
    if (infinitive && t != TL_TENSE_FUTURE && !overtaken_plan(tok, i))
      return TL_TENSE_FUTURE;
    *near = k <= NEAR && tok[i].lex; /* "ran", "will"; not "-ed" forms */
    /* "has" + participle: present perfect */
    if (t == TL_TENSE_PRESENT && i + 1 < first &&
        tl_tok_in(&tok[i], "has|have|hasn't|haven't") &&
        (regular_past(&tok[i + 1]) || tl_tok_class(&tok[i + 1], LX_PAST)))
      return TL_TENSE_PAST;
    return t;
  }
  if (infinitive)
    return TL_TENSE_FUTURE; /* "to return on Friday" after "agreed" */
  for (size_t i = last; i < n && i < last + LOOK_RIGHT; i++) {
    if (boundary(&tok[i]) || tl_tok_punct(&tok[i], '"'))
      break;
    tl_tense t = cue(tok, i, n);
    if (t != TL_TENSE_UNKNOWN && reporting(&tok[i]) && i > last + 1) {
      if (weak == TL_TENSE_UNKNOWN)
        weak = t;
      continue;
    }
    *near = i < last + NEAR && tok[i].lex;
    if (t == TL_TENSE_PRESENT && i + 1 < n &&
        tl_tok_in(&tok[i], "has|have|hasn't|haven't") &&
        (regular_past(&tok[i + 1]) || tl_tok_class(&tok[i + 1], LX_PAST)))
      return TL_TENSE_PAST;
    if (t != TL_TENSE_UNKNOWN)
      return t;
    *near = false;
  }
  return weak;
}
