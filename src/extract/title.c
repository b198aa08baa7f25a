/* title.c - titles an editor would keep.
 *
 * A title is the clause itself, minus what does not belong in a title:
 * the date phrase (the date is shown beside it), attributions ("Xinhua
 * said"), asides, and connectives that only link it to the previous
 * sentence ("However,", "But").  Long clauses are cut where a reader
 * would: at a comma that ends a complete phrase ("Kim arrived in Beijing
 * accompanied by his daughter, his second trip abroad ..."), else before
 * "and", "with", "that" and the like, else at a word; a title never ends
 * on "the", "of" or "and". */
#include "extract/title.h"

#include "extract/entities.h"

#include <string.h>

#define MAX_PIECES 160

static const char *const connectives[] = {
    "but",         "and",          "however",      "meanwhile",
    "also",        "so",           "yet",          "still",
    "then",        "separately",   "moreover",     "furthermore",
    "nonetheless", "nevertheless", "instead",      "indeed",
    "thus",        "therefore",    "additionally", "overall",
    "now",         "or",           "finally",      "meantime",
    "likewise",    "similarly",    "ultimately",   "eventually",
    NULL};

/* Words a title must not end on. */
static const char *const weak_ends[] = {
    "and", "or", "but", "of", "to", "in", "on", "at", "with", "for", "by",
    "from", "the", "a", "an", "that", "which", "who", "as", "after", "before",
    "while", "its", "their", "his", "her", "our", "this", "these", "into",
    "than", "since", "during", "amid", "over", "about", "against", "under",
    "between", "whose", "where", "when", "if", "then", "also", "both", "was",
    "were", "is", "are", "be", "been", "has", "have", "had", "will", "would",
    "could", "should", "can", "may", "might", "said", "told", "not", "very",
    "more", "most", "some", "such", "other", "including", "until", "without",
    "toward", "towards", "upon", "via", "there", "recently",
    /* degree words that lean on the phrase a cut removed: "in 2016,
     * shortly | after Tsai took office" */
    "shortly", "soon", "just", "immediately", "only", "even", "nearly",
    "almost", NULL};

/* Words that announce a complement: a title is not cut right after them. */
static const char *const needs_complement[] = {
    "expected", "due",      "set",        "scheduled", "slated",  "poised",
    "likely",   "able",     "ready",      "agreed",    "decided", "vowed",
    "pledged",  "promised", "offered",    "sought",    "tried",   "failed",
    "refused",  "planned",  "asked",      "urged",     "plans",   "hopes",
    "wants",    "aims",     "going",      "supposed",  "seeking", "trying",
    "voted",    "moved",    "threatened", NULL};

/* Good places to cut a long title before. */
static const char *const cut_before[] = {
    "and",    "or",      "but",         "with",      "to",      "for",
    "in",     "on",      "at",          "that",      "which",   "who",
    "while",  "as",      "after",       "before",    "amid",    "following",
    "during", "by",      "from",        "including", "despite", "because",
    "when",   "where",   "accompanied", "since",     "until",   "over",
    "about",  "against", "of",          NULL};

typedef struct piece {
  size_t word;     /* word index, or the first word a substitute replaces */
  const char *sub; /* substitute text, or NULL */
  size_t len;      /* bytes this piece adds, leading space included */
  bool space;      /* a space goes before it */
} piece;

static bool dropped(const tl_title_input *in, size_t k) {
  for (size_t i = 0; i < in->ndrop; i++)
    if (k >= in->drop[i].first && k < in->drop[i].last)
      return true;
  return false;
}

static const tl_title_sub *sub_at(const tl_title_input *in, size_t k) {
  for (size_t i = 0; i < in->nsubs; i++)
    if (k >= in->subs[i].span.first && k < in->subs[i].span.last)
      return &in->subs[i];
  return NULL;
}

/* The word's bytes with a possessive 's put back. */
static size_t word_end(const char *text, size_t len, const tl_word *w) {
  size_t e = w->end;
  if (!(w->flags & TL_W_POSSESSIVE))
    return e;
  if (e < len && (unsigned char)text[e] == 0xE2)
    e += 3;
  else if (e < len && text[e] == '\'')
    e++;
  if (e < len && (text[e] == 's' || text[e] == 'S'))
    e++;
  return e < len ? e : len;
}

static bool is_comma(const tl_title_input *in, const tl_word *w) {
  return w->kind == TL_W_PUNCT && in->text[w->start] == ',';
}

static bool closing_mark(const char *text, const tl_word *w) {
  if (w->kind == TL_W_PUNCT) {
    char c = text[w->start];
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' ||
           c == '?' || c == ')' || c == ']';
  }
  return false;
}

/* Renders pieces[0..n) into buf, returns the length. */
static size_t render(const tl_title_input *in, const piece *p, size_t n,
                     char *buf, size_t cap) {
  size_t len = 0;
  for (size_t i = 0; i < n; i++) {
    const char *s;
    size_t sl;
    if (p[i].sub) {
      s = p[i].sub;
      sl = strlen(s);
    } else {
      const tl_word *w = &in->words->items[p[i].word];
      s = in->text + w->start;
      sl = word_end(in->text, in->len, w) - w->start;
    }
    if (p[i].space && len > 0 && len + 1 < cap)
      buf[len++] = ' ';
    if (len + sl >= cap)
      sl = cap - 1 - len;
    memcpy(buf + len, s, sl);
    len += sl;
  }
  buf[len] = '\0';
  return len;
}

static bool weak(const tl_title_input *in, const piece *p) {
  if (p->sub)
    return false;
  const tl_word *w = &in->words->items[p->word];
  if (w->kind == TL_W_PUNCT || w->kind == TL_W_DASH)
    return true;
  if (w->kind == TL_W_QUOTE)
    return false;
  /* "will be sworn in", "was called off": a particle ends its verb */
  static const char *const particles[] = {"in",   "up",  "out",
                                          "down", "off", NULL};
  const tl_word *v = &in->words->items[p->word > 0 ? p->word - 1 : 0];
  if (tl_word_in(in->text, w, particles) && p->word > in->span.first &&
      (tl_word_verb_like(in->text, v) || tl_word_irregular_past(in->text, v)))
    return false;
  return tl_word_in(in->text, w, weak_ends);
}

/* Quotation marks and brackets survive only when they pair up. */
static size_t balance(char *buf, size_t len) {
  int straight = 0, open = 0, close = 0, paren = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)buf[i];
    if (c == '"')
      straight++;
    else if (c == 0xE2 && i + 2 < len && (unsigned char)buf[i + 1] == 0x80 &&
             (unsigned char)buf[i + 2] == 0x9C)
      open++;
    else if (c == 0xE2 && i + 2 < len && (unsigned char)buf[i + 1] == 0x80 &&
             (unsigned char)buf[i + 2] == 0x9D)
      close++;
    else if (c == '(')
      paren++;
    else if (c == ')')
      paren--;
  }
  bool strip_quotes = straight % 2 != 0 || open != close;
  bool strip_parens = paren != 0;
  if (!strip_quotes && !strip_parens)
    return len;
  size_t o = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)buf[i];
    if (strip_quotes && c == '"')
      continue;
    if (strip_quotes && c == 0xE2 && i + 2 < len &&
        (unsigned char)buf[i + 1] == 0x80 &&
        ((unsigned char)buf[i + 2] == 0x9C ||
         (unsigned char)buf[i + 2] == 0x9D)) {
      i += 2;
      continue;
    }
    if (strip_parens && (c == '(' || c == ')'))
      continue;
    buf[o++] = buf[i];
  }
  /* Removing a mark can leave a double space. */
  size_t k = 0;
  for (size_t i = 0; i < o; i++)
    if (!(buf[i] == ' ' && k > 0 && buf[k - 1] == ' '))
      buf[k++] = buf[i];
  while (k > 0 && buf[k - 1] == ' ')
    k--;
  buf[k] = '\0';
  return k;
}

static void set_used(const tl_title_input *in, const piece *p, size_t n,
                     tl_span *used);

/* Some lower-case word in pieces[0..n) that is neither a function word nor
 * part of a title: the phrase has a verb, not just a name. */
static bool has_verb_like(const tl_title_input *in, const piece *p, size_t n) {
  static const char *const function[] = {
      "the", "a",    "an", "of",   "and",   "or", "in", "on",  "at", "to",
      "for", "with", "by", "from", "state", "de", "al", "bin", NULL};
  for (size_t i = 0; i < n; i++) {
    if (p[i].sub)
      continue;
    const tl_word *x = &in->words->items[p[i].word];
    if (x->kind == TL_W_WORD && !(x->flags & TL_W_CAP) &&
        !tl_word_in(in->text, x, function) && !tl_is_title_word(in->text, x))
      return true;
  }
  return false;
}

/* Some word in pieces[0..n) is a verb: "Kim arrived in Beijing with his
 * daughter," ends a clause; "A clinic bombing in Birmingham, Ala" does
 * not. */
static bool has_verb(const tl_title_input *in, const piece *p, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (p[i].sub)
      continue;
    tl_word w = in->words->items[p[i].word];
    if (i == 0) /* "Rescued by fishermen," opens with a capital */
      w.flags &= (uint8_t)~TL_W_CAP;
    if (tl_word_verb_like(in->text, &w))
      return true;
  }
  return false;
}

/* A participle opening a trailing phrase: "a joint statement | pledging
 * to ...".  Not after an article, a preposition or an auxiliary, where
 * "-ing" is a noun or part of the verb: "held a meeting", "were meeting". */
static bool participle_cut(const tl_title_input *in, const piece *p) {
  if (p[0].sub || p[-1].sub)
    return false;
  const tl_word *w = &in->words->items[p[0].word];
  const tl_word *prev = &in->words->items[p[-1].word];
  size_t n = w->end - w->start;
  static const char *const blockers[] = {
      "a",     "an",  "the",   "of",     "for",   "was",  "is",
      "were",  "are", "be",    "been",   "by",    "in",   "on",
      "at",    "to",  "after", "before", "while", "and",  "or",
      "their", "his", "her",   "its",    "our",   "this", NULL};
  static const char *const not_participles[] = {
      "during",    "morning",  "evening",   "meeting",  "building",
      "thing",     "nothing",  "something", "anything", "everything",
      "king",      "spring",   "string",    "wing",     "ring",
      "ceiling",   "being",    "briefing",  "hearing",  "offering",
      "funding",   "bombing",  "shelling",  "uprising", "ending",
      "beginning", "training", "opening",   "signing",  "understanding",
      "warning",   "landing",  "rating",    "standing", "ruling",
      "killing",   NULL};
  return w->kind == TL_W_WORD && n > 4 && !(w->flags & TL_W_CAP) &&
         memcmp(in->text + w->end - 3, "ing", 3) == 0 &&
         !tl_word_in(in->text, w, not_participles) && prev->kind == TL_W_WORD &&
         !tl_word_in(in->text, prev, blockers);
}

size_t tl_make_title(const tl_title_input *in, char *buf, tl_span *used,
                     bool *was_cut) {
  if (was_cut)
    *was_cut = false;
  const tl_word *w = in->words->items;
  piece pieces[MAX_PIECES];
  size_t n = 0;
  size_t prev_end = 0;
  bool have_prev = false;
  for (size_t k = in->span.first; k < in->span.last && n < MAX_PIECES; k++) {
    const tl_title_sub *sub = sub_at(in, k);
    if (!sub && dropped(in, k))
      continue;
    piece p = {k, NULL, 0, false};
    if (sub) {
      p.sub = sub->text;
      p.space = have_prev;
      k = sub->span.last - 1;
    } else {
      bool gap = have_prev && prev_end < w[k].start;
      bool attached = have_prev && prev_end == w[k].start;
      p.space =
          have_prev && !attached && (gap || !closing_mark(in->text, &w[k]));
      if (have_prev && closing_mark(in->text, &w[k]) && prev_end == w[k].start)
        p.space = false;
      if (have_prev && closing_mark(in->text, &w[k]) && gap &&
          in->text[w[k].start - 1] != ' ')
        p.space = false;
    }
    prev_end =
        sub ? w[sub->span.last - 1].end : word_end(in->text, in->len, &w[k]);
    have_prev = true;
    /* "The embassy bombings, on Aug. 7, killed": the commas around a
     * phrase left out go with it. */
    if (!p.sub && n > 0 && !pieces[n - 1].sub && is_comma(in, &w[k]) &&
        is_comma(in, &w[pieces[n - 1].word])) {
      n--;
      continue;
    }
    pieces[n++] = p;
  }
  /* Leading punctuation, connectives and their comma. */
  size_t start = 0;
  while (start < n) {
    const piece *p = &pieces[start];
    if (p->sub)
      break;
    const tl_word *x = &w[p->word];
    if (x->kind == TL_W_PUNCT || x->kind == TL_W_DASH ||
        tl_word_in(in->text, x, connectives)) {
      start++;
      continue;
    }
    break;
  }
  /* Headlines drop a leading article: "Summit between the two Koreas
   * was called off".  Not before a name: "The Hague". */
  if (start + 1 < n && !pieces[start].sub && !pieces[start + 1].sub) {
    static const char *const articles[] = {"the", "a", "an", NULL};
    const tl_word *x = &w[pieces[start].word], *y = &w[pieces[start + 1].word];
    if (tl_word_in(in->text, x, articles) && y->kind == TL_W_WORD &&
        !(y->flags & TL_W_CAP))
      start++;
  }
  if (start < n)
    pieces[start].space = false;
  piece *p = pieces + start;
  n -= start;
  /* ", but gave no date": a contrast added after the happening. */
  static const char *const contrasts[] = {
      "but", "though", "although", "yet", "whereas", "however", NULL};
  for (size_t i = 1; i + 1 < n; i++)
    if (!p[i].sub && !p[i + 1].sub && w[p[i].word].kind == TL_W_PUNCT &&
        in->text[w[p[i].word].start] == ',' &&
        tl_word_in(in->text, &w[p[i + 1].word], contrasts)) {
      n = i;
      break;
    }
  /* Too long: cut where a reader would. */
  char tmp[1024];
  size_t total = render(in, p, n, tmp, sizeof tmp);
  if (total > TL_TITLE_MAX) {
    if (was_cut)
      *was_cut = true;
    size_t lens[MAX_PIECES + 1];
    for (size_t i = 0; i <= n; i++)
      lens[i] = render(in, p, i, tmp, sizeof tmp);
    size_t cut = 0;
    /* 1. a comma ending a phrase of a decent length with a verb: "Kim
     * arrived in Beijing with his daughter," but not "Secretary of state
     * Albright," nor "A clinic bombing in Birmingham, Ala," */
    for (size_t i = 1; i < n; i++)
      if (!p[i].sub && in->text[w[p[i].word].start] == ',' &&
          w[p[i].word].kind == TL_W_PUNCT && lens[i] <= TL_TITLE_MAX &&
          lens[i] >= 25 && has_verb(in, p, i))
        cut = i;
    /* 2. before a participle opening a trailing phrase */
    if (!cut)
      for (size_t i = 1; i < n; i++)
        if (lens[i] <= TL_TITLE_MAX && lens[i] >= 30 &&
            participle_cut(in, &p[i]))
          cut = i;
    /* 3. before a subordinate clause the happening does not need: "Xi
     * arrived in Pyongyang for a state visit | as Beijing seeks ..." */
    static const char *const subordinators[] = {
        "as", "while", "because", "although", "though", "whereas", NULL};
    if (!cut)
      for (size_t i = 1; i + 2 < n && !cut; i++) {
        const tl_word *x = &w[p[i].word], *next = &w[p[i + 1].word];
        if (p[i].sub || p[i + 1].sub || lens[i] > TL_TITLE_MAX ||
            lens[i] < 30 || !tl_word_in(in->text, x, subordinators) ||
            !has_verb(in, p, i))
          continue;
        /* a clause follows: a name or a pronoun as its subject */
        static const char *const pronouns[] = {"he",  "she", "they", "it",
                                               "the", "its", NULL};
        if ((next->flags & TL_W_CAP) || tl_word_in(in->text, next, pronouns))
          cut = i;
      }
    /* 4. before a joining word, but not inside "Iraq and the United
     * States" nor between "said" and "that" */
    if (!cut)
      for (size_t i = 1; i + 1 < n; i++) {
        if (p[i].sub || p[i - 1].sub || lens[i] > TL_TITLE_MAX ||
            lens[i] < 35 || !tl_word_in(in->text, &w[p[i].word], cut_before))
          continue;
        const tl_word *prev = &w[p[i - 1].word], *next = &w[p[i + 1].word];
        /* "Iraq and the United States", "Organization of Petroleum
         * Exporting Countries": one name or a pair of names */
        bool joins_names = (tl_word_is(in->text, &w[p[i].word], "and") ||
                            tl_word_is(in->text, &w[p[i].word], "of")) &&
                           (prev->flags & TL_W_CAP) &&
                           ((next->flags & TL_W_CAP) ||
                            (tl_word_is(in->text, next, "the") &&
                             tl_word_is(in->text, &w[p[i].word], "and")));
        bool says_that = tl_word_is(in->text, &w[p[i].word], "that") &&
                         tl_is_speech_verb(in->text, prev);
        /* "forces agreed | to allow", "a summit expected | to approve":
         * the word before needs what follows. */
        bool needs_more = tl_word_in(in->text, prev, needs_complement);
        if (!joins_names && !says_that && !needs_more &&
            has_verb_like(in, p, i))
          cut = i;
      }
    /* 5. at a word, saying so with an ellipsis */
    bool mid_phrase = false;
    if (!cut) {
      for (size_t i = 1; i < n; i++)
        if (lens[i] <= TL_TITLE_MAX - 4)
          cut = i;
      mid_phrase = true;
    }
    n = cut;
    while (n > 0 && weak(in, &p[n - 1]))
      n--;
    if (mid_phrase && n > 0) {
      size_t len = render(in, p, n, buf, TL_TITLE_MAX + 1);
      len = balance(buf, len);
      memcpy(buf + len, "\xe2\x80\xa6", 4); /* … */
      len += 3;
      if (buf[0] >= 'a' && buf[0] <= 'z')
        buf[0] = (char)(buf[0] - 'a' + 'A');
      set_used(in, p, n, used);
      return len;
    }
  }
  while (n > 0 && weak(in, &p[n - 1]))
    n--;
  size_t len = render(in, p, n, buf, TL_TITLE_MAX + 1);
  len = balance(buf, len);
  /* A title that is only punctuation or a single short word is no title. */
  size_t letters = 0;
  for (size_t i = 0; i < len; i++)
    letters += (buf[i] >= 'a' && buf[i] <= 'z') ||
               (buf[i] >= 'A' && buf[i] <= 'Z') ||
               (unsigned char)buf[i] >= 0x80;
  if (letters < 3) {
    buf[0] = '\0';
    return 0;
  }
  if (buf[0] >= 'a' && buf[0] <= 'z')
    buf[0] = (char)(buf[0] - 'a' + 'A');
  set_used(in, p, n, used);
  return len;
}

static void set_used(const tl_title_input *in, const piece *p, size_t n,
                     tl_span *used) {
  if (!used)
    return;
  used->first = n ? p[0].word : in->span.first;
  used->last = n ? p[n - 1].word + 1 : in->span.first;
  if (n && p[n - 1].sub) {
    const tl_title_sub *s = sub_at(in, p[n - 1].word);
    if (s)
      used->last = s->span.last;
  }
}
