/* clauses.c - which words of a sentence belong to a dated clause.
 *
 * A sentence often carries several happenings: "Pyongyang has moved closer
 * to Moscow – the two countries signed a pact last year, and its soldiers
 * fight in Ukraine."  Clauses end at ; and : and at spaced dashes, at a
 * comma before "and", "but" or "while" when a new subject follows, and
 * after an opening subordinate clause ("After X, Y").  Asides between
 * dashes or in parentheses are cut out of the clause around them, and so
 * are attributions ("Xinhua said"), which name a source, not an event. */
#include "extract/clauses.h"

#include <string.h>

static const char *const speech_verbs[] = {
    "said",       "says",      "say",       "told",         "tells",
    "added",      "adds",      "reported",  "reports",      "noted",
    "stated",     "wrote",     "announced", "announces",    "quoted",
    "cited",      "explained", "confirmed", "declared",     "insisted",
    "claimed",    "warned",    "argued",    "stressed",     "emphasised",
    "emphasized", "recalled",  "remarked",  "observed",     "commented",
    "replied",    "responded", "asserted",  "acknowledged", "estimated",
    NULL};

static bool is_punct(const char *text, const tl_word *w, char c) {
  return w->kind == TL_W_PUNCT && w->end - w->start == 1 && text[w->start] == c;
}

bool tl_is_speech_verb(const char *text, const tl_word *w) {
  return w->kind == TL_W_WORD && tl_word_in(text, w, speech_verbs);
}

/* The verbs of attributions: a source tagged onto a report. */
/* Not "reports" or "adds": "quoting secret reports" is no attribution. */
static const char *const attribution_verbs[] = {
    "said",  "says",   "added", "reported",  "told",      "noted", "stated",
    "wrote", "quoted", "cited", "confirmed", "announced", NULL};

static bool attribution_verb(const char *text, const tl_word *w) {
  return w->kind == TL_W_WORD && tl_word_in(text, w, attribution_verbs);
}

/* What may follow an attribution's verb: "in a statement", "on Monday",
 * "told reporters", "citing officials". */
static const char *const tail_starts[] = {
    "in",          "on",      "at",        "late",   "early",   "earlier",
    "later",       "during",  "after",     "before", "via",     "through",
    "citing",      "quoting", "to",        "adding", "without", "reporters",
    "journalists", "today",   "yesterday", "monday", "tuesday", "wednesday",
    "thursday",    "friday",  "saturday",  "sunday", "last",    "this",
    "while",       NULL};

static bool short_tail(const char *text, const tl_word *w, size_t a, size_t b) {
  if (a >= b)
    return true;
  return b - a <= 10 && tl_word_in(text, &w[a], tail_starts);
}

/* ", using the acronym for North Korea.": a participle closing the
 * sentence after an attribution comments on the attribution. */
static bool participle_tail(const char *text, const tl_word *w, size_t a,
                            size_t end) {
  if (a + 1 >= end || !is_punct(text, &w[a], ','))
    return false;
  const tl_word *x = &w[a + 1];
  size_t n = x->end - x->start;
  if (x->kind != TL_W_WORD || n < 5 || memcmp(text + x->end - 3, "ing", 3) != 0)
    return false;
  for (size_t k = a + 1; k < end; k++)
    if (is_punct(text, &w[k], ',') || is_punct(text, &w[k], ';'))
      return false;
  return true;
}

/* A dash with space on both sides: "recently – the two", "Trump -- who".
 * "Trump–Kim" and "France-Presse" join words instead. */
/* Space follows word k: the next word starts later, or there is none.
 * (Words are separated only by white space; the text may end right
 * after the last word, so its bytes past the end are never read.) */
static bool space_after(const tl_words *words, size_t k) {
  return k + 1 >= words->count ||
         words->items[k + 1].start > words->items[k].end;
}

static bool spaced_dash(const char *text, const tl_words *words, size_t k) {
  const tl_word *w = &words->items[k];
  if (w->kind != TL_W_DASH)
    return false;
  bool before =
      w->start == 0 || text[w->start - 1] == ' ' || text[w->start - 1] == '\n';
  return before && space_after(words, k);
}

static const char *const clause_joiners[] = {
    "and", "but", "while", "whereas", "although", "though", "yet", "so", NULL};

static const char *const subject_starts[] = {
    "he",    "she", "it",    "they",    "we",    "i",     "the",
    "a",     "an",  "this",  "that",    "these", "those", "its",
    "their", "his", "her",   "our",     "some",  "many",  "most",
    "both",  "no",  "there", "several", "two",   "three", NULL};

static const char *const subordinators[] = {
    "after", "before", "when",  "while", "although", "though",  "because", "as",
    "since", "once",   "until", "if",    "unless",   "whereas", NULL};

/* A comma at word c starts a new clause when a joiner and a subject
 * follow: ", and Beijing is", ", but it said"; not ", and pledged".  The
 * words since `first` must hold a verb: "Slepian, 52, and the father of
 * four boys, was shot" joins two descriptions of one subject. */
static bool comma_joins_clause(const char *text, const tl_word *w, size_t first,
                               size_t c, size_t last) {
  if (c + 2 >= last || !tl_word_in(text, &w[c + 1], clause_joiners))
    return false;
  bool verb = false;
  for (size_t k = first; k < c && !verb; k++)
    verb = tl_word_verb_like(text, &w[k]) ||
           (tl_word_is(text, &w[k], "to") && k + 1 < c &&
            w[k + 1].kind == TL_W_WORD && !(w[k + 1].flags & TL_W_CAP) &&
            !tl_word_is(text, &w[k + 1], "the"));
  if (!verb)
    return false;
  const tl_word *s = &w[c + 2];
  return (s->kind == TL_W_WORD &&
          ((s->flags & TL_W_CAP) || tl_word_in(text, s, subject_starts))) ||
         s->kind == TL_W_NUMBER;
}

bool tl_clause_cut(const tl_clause *c, size_t i) {
  for (size_t k = 0; k < c->ncuts; k++)
    if (i >= c->cuts[k].first && i < c->cuts[k].last)
      return true;
  return false;
}

static void add_cut(tl_clause *c, size_t a, size_t b) {
  if (c->ncuts < TL_MAX_CUTS && a < b)
    c->cuts[c->ncuts++] = (tl_span){a, b};
}

void tl_clause_around(const char *text, const tl_words *words, size_t first,
                      size_t last, size_t i, tl_clause *out) {
  const tl_word *w = words->items;
  memset(out, 0, sizeof *out);
  /* Spaced dashes: with two, the middle is an aside. */
  size_t dashes[8], nd = 0;
  for (size_t k = first; k < last && nd < 8; k++)
    if (spaced_dash(text, words, k))
      dashes[nd++] = k;
  size_t a = first, b = last;
  if (nd == 2 && !(i > dashes[0] && i < dashes[1]) && dashes[1] + 1 < last) {
    /* "Trump – who met Kim three times – has voiced hope": the aside is
     * cut and the clause runs across it. */
    add_cut(out, dashes[0], dashes[1] + 1);
  } else {
    for (size_t k = 0; k < nd; k++) {
      if (dashes[k] < i && dashes[k] + 1 > a)
        a = dashes[k] + 1;
      if (dashes[k] > i && dashes[k] < b)
        b = dashes[k];
    }
  }
  /* ; and : (not the colon of 10:30) */
  for (size_t k = a; k < b; k++) {
    bool stop = is_punct(text, &w[k], ';') ||
                (is_punct(text, &w[k], ':') && space_after(words, k));
    if (!stop)
      continue;
    if (k < i)
      a = k + 1;
    else {
      b = k;
      break;
    }
  }
  /* ", and <subject>" */
  for (size_t k = a; k < b; k++) {
    if (!is_punct(text, &w[k], ',') || !comma_joins_clause(text, w, a, k, b))
      continue;
    if (k < i)
      a = k + 2;
    else {
      b = k;
      break;
    }
  }
  /* ", which had condemned ...", ", with whom the king met Monday": a
   * relative clause after a comma is a clause of its own. */
  static const char *const relatives[] = {"which", "who",   "whom",
                                          "whose", "where", NULL};
  for (size_t k = a; k + 1 < b; k++) {
    if (!is_punct(text, &w[k], ','))
      continue;
    size_t r = k + 1;
    if (r + 1 < b && w[r].kind == TL_W_WORD && !(w[r].flags & TL_W_CAP) &&
        tl_word_in(text, &w[r + 1], relatives) &&
        !tl_word_in(text, &w[r], relatives))
      r++; /* ", with whom", ", in which" */
    if (!tl_word_in(text, &w[r], relatives))
      continue;
    /* The relative clause runs to the next comma: "Kopp, who is from
     * Vermont, was indicted in 1999" holds an aside, not the date. */
    size_t end = r + 1;
    while (end < b && !is_punct(text, &w[end], ','))
      end++;
    if (k < i && i < end) {
      a = k + 1;
      b = end;
      out->relative = true;
      break;
    }
    if (k < i && end < b) {
      add_cut(out, k, end + 1);
      k = end;
    } else if (k >= i) {
      b = k;
      break;
    }
  }
  /* "After the talks collapsed in 2019, Kim withdrew": the opening
   * subordinate clause ends at its comma. */
  size_t s = a;
  while (s < b && w[s].kind == TL_W_QUOTE)
    s++;
  if (s < b && tl_word_in(text, &w[s], subordinators)) {
    size_t comma = s;
    while (comma < b && !is_punct(text, &w[comma], ','))
      comma++;
    if (comma < b) {
      if (i < comma) {
        b = comma;
        a = s + 1;
        out->subordinate = true;
      } else {
        a = comma + 1;
      }
    }
  }
  /* Parentheses: an aside unless the date is all that is in them. */
  for (size_t k = a; k < b; k++) {
    if (!is_punct(text, &w[k], '('))
      continue;
    size_t e = k + 1;
    while (e < b && !is_punct(text, &w[e], ')'))
      e++;
    if (i > k && i < e) {
      if (e - k > 5) { /* a real aside holds the date: it is the clause */
        a = k + 1;
        b = e;
      }
    } else {
      add_cut(out, k, e < b ? e + 1 : e);
    }
    k = e;
  }
  out->span = (tl_span){a, b};
}

/* ---- attributions ---------------------------------------------------------
 */

/* The span [s, e) holds no comma and no more than `max` words. */
static bool short_phrase(const char *text, const tl_word *w, size_t s, size_t e,
                         size_t max) {
  if (e <= s || e - s > max)
    return false;
  for (size_t k = s; k < e; k++)
    if (w[k].kind == TL_W_PUNCT && !is_punct(text, &w[k], '.'))
      return false;
  return true;
}

static size_t next_comma(const char *text, const tl_word *w, size_t k,
                         size_t last) {
  while (k < last && !is_punct(text, &w[k], ','))
    k++;
  return k;
}

static size_t sentence_end(const char *text, const tl_word *w, size_t first,
                           size_t last) {
  size_t e = last;
  while (e > first &&
         (w[e - 1].kind == TL_W_PUNCT &&
          (is_punct(text, &w[e - 1], '.') || is_punct(text, &w[e - 1], '!'))))
    e--;
  return e;
}

size_t tl_find_attributions(const char *text, const tl_words *words,
                            size_t first, size_t last, tl_source_test generic,
                            void *ctx, tl_attribution *out, size_t max) {
  const tl_word *w = words->items;
  size_t n = 0;
  size_t end = sentence_end(text, w, first, last);
  /* Leading: "According to X, ..." and "X said (that) ..." */
  if (first + 2 < end && tl_word_is_ci(text, &w[first], "according") &&
      tl_word_is(text, &w[first + 1], "to")) {
    size_t c = next_comma(text, w, first + 2, end);
    if (c < end && n < max) {
      out[n++] = (tl_attribution){{first, c + 1}, {first + 2, c}, true};
    }
  }
  for (size_t v = first + 1; v < end && v < first + 12 && n < max; v++) {
    if (!attribution_verb(text, &w[v]))
      continue;
    if (!short_phrase(text, w, first, v, 10) || !generic(ctx, first, v))
      break;
    size_t e = v + 1;
    /* "said on Tuesday that": the frame ends at "that" or at the verb. */
    size_t k = e;
    while (k < end && k < e + 4 && !tl_word_is(text, &w[k], "that"))
      k++;
    if (k < end && tl_word_is(text, &w[k], "that"))
      e = k + 1;
    out[n++] = (tl_attribution){{first, e}, {first, v}, true};
    break;
  }
  /* Trailing and middle: ", X said[,]" ", said X" ", according to X" */
  for (size_t c = first; c < end && n < max; c++) {
    bool comma = is_punct(text, &w[c], ',');
    bool quote_comma = w[c].kind == TL_W_QUOTE && c + 1 < end &&
                       is_punct(text, &w[c + 1], ',');
    if (!comma && !quote_comma)
      continue;
    size_t s = comma ? c + 1 : c + 2;
    if (s >= end)
      break;
    size_t stop = next_comma(text, w, s, end);
    if (tl_word_is(text, &w[s], "according") && s + 1 < end &&
        tl_word_is(text, &w[s + 1], "to")) {
      /* "according to sources in Riyadh, the Saudi capital": an
       * apposition to the end belongs to it. */
      size_t tail = stop;
      if (stop + 1 < end && tl_word_is_ci(text, &w[stop + 1], "the") &&
          next_comma(text, w, stop + 1, end) == end)
        tail = end;
      out[n++] = (tl_attribution){{c, tail}, {s + 2, stop}, false};
      c = tail - 1;
      continue;
    }
    if (attribution_verb(text, &w[s]) && stop > s + 1) { /* ", said X" */
      out[n++] = (tl_attribution){{c, stop}, {s + 1, stop}, false};
      c = stop - 1;
      continue;
    }
    for (size_t v = s + 1; v < stop && v <= s + 10; v++) {
      if (!attribution_verb(text, &w[v]))
        continue;
      /* The source is a short phrase, and what follows the verb is no
       * statement of its own: nothing, or a short tail ("in a
       * statement", "on Thursday", "told reporters"). */
      if (!short_phrase(text, w, s, v, 10) ||
          !short_tail(text, w, v + 1, stop) || (stop < end && !comma))
        break;
      size_t tail = stop;
      if (stop < end && participle_tail(text, w, stop, end))
        tail = end;
      out[n++] = (tl_attribution){{c, tail}, {s, v}, false};
      c = tail - 1;
      break;
    }
  }
  return n;
}
