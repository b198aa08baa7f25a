/* pipeline.c - the event side of extraction, for one article.
 *
 *   text -> header and DCT (dct.c) -> words (words.c) -> sentences
 *   (sentences.c) -> names (entities.c) and anchored dates (the tagger, via
 *   a date finder) -> events (build.c) -> one per happening (extraction.c)
 *
 * Each stage is linear in the text.  The date finder is a parameter so the
 * rules after it can be tested on dates written by hand. */
#include "extract/pipeline.h"

#include "extract/entities.h"
#include "extract/extraction.h"
#include "extract/sentences.h"
#include "extract/text_check.h"
#include "extract/words.h"

#include "core/utf8.h"

#include <stdlib.h>
#include <string.h>

typedef struct sink_ctx {
  tl_extraction *x;
  unsigned article;
  const tl_builder *b;
} sink_ctx;

static tl_status sink(void *p, const tl_event *e) {
  sink_ctx *s = p;
  return s->b->merge_only ? tl_extraction_fold(s->x, e, s->article)
                          : tl_extraction_add(s->x, e, s->article);
}

/* Words [first, last) of the sentence [start, end), from where the
 * previous sentence's words ended. */
static void sentence_words(const tl_words *w, size_t *cursor, size_t start,
                           size_t end, size_t *first, size_t *last) {
  size_t a = *cursor;
  while (a < w->count && w->items[a].start < start)
    a++;
  size_t z = a;
  while (z < w->count && w->items[z].end <= end)
    z++;
  *first = a;
  *last = z;
  *cursor = z;
}

tl_status tl_extract_run(tl_extraction *x, const char *text, size_t len,
                         const tl_extract_options *options, tl_date_finder find,
                         void *find_ctx, tl_diags *diags) {
  const char *name = options ? options->document : NULL;
  if (len > TL_ARTICLE_MAX_BYTES) {
    tl_diags_add(diags, TL_ERROR, name, 0, 0, 0, 0,
                 "split the input into articles",
                 "the article is %zu bytes; articles are limited to %u MiB",
                 len, TL_ARTICLE_MAX_BYTES / (1024u * 1024u));
    return TL_ERR_LIMIT;
  }
  tl_status st = tl_text_check(text, len, name, diags);
  if (st != TL_OK)
    return st;
  const tl_gazetteer *g = options && options->gazetteer
                              ? options->gazetteer
                              : tl_extraction_default_gazetteer(x);
  if (!g)
    return TL_ERR_NOMEM;

  tl_dct_info dct;
  tl_dct_detect(text, len, &dct);
  if (tl_extraction_note_headline(x, text + dct.headline_start,
                                  dct.headline_end - dct.headline_start) !=
      TL_OK)
    return TL_ERR_NOMEM;
  const tl_date *anchor = NULL;
  bool guessed = false;
  if (options && options->dct) {
    anchor = options->dct;
  } else if (dct.source != TL_DCT_NONE) {
    anchor = &dct.date;
    guessed = dct.year_guessed;
    if (guessed) {
      char when[TL_WHEN_MAX];
      unsigned line, col;
      tl_date_format(&dct.date, when);
      tl_text_locate(text, dct.found_at, &line, &col);
      tl_diags_add(diags, TL_WARNING, name, dct.found_at, dct.found_len, line,
                   col, "pass --dct YYYY-MM-DD to give the year",
                   "the dateline gives no year; assumed %s from the latest "
                   "year in the text, and marked events dated from it as "
                   "inferred",
                   when);
    }
  } else {
    tl_diags_add(diags, TL_WARNING, name, 0, 0, 0, 0,
                 "pass --dct YYYY-MM-DD, or start the text with a dateline, "
                 "front matter or a `Published:` line",
                 "no document date found: relative dates are anchored on the "
                 "last date the text gives before them, and their events are "
                 "marked as inferred");
  }

  tl_words words = {0};
  tl_sentences sentences = {0};
  tl_date_mention *dates = NULL;
  size_t ndates = 0;
  tl_entity_doc *names = NULL;
  tl_mentions mentions = {0};
  int dct_year = anchor ? anchor->year : 0;
  if ((st = tl_words_scan(text, 0, len, &words)) ||
      (st = tl_sentences_split(text, dct.body_start, len, &sentences)) ||
      (st = find(find_ctx, text, len, dct.body_start, anchor, guessed, &dates,
                 &ndates)))
    goto done;
  names = tl_entity_doc_new(g, dct_year);
  if (!names) {
    st = TL_ERR_NOMEM;
    goto done;
  }
  tl_entity_doc_prescan(names, text, &words);

  /* Everything built is kept only if the whole article succeeds. */
  sink_ctx sc = {x, tl_extraction_next_article(x), NULL};
  tl_builder b = {.text = text,
                  .words = &words,
                  .dct = anchor,
                  .arena = tl_extraction_arena(x)};
  sc.b = &b;
  if (name && !(b.document = tl_arena_strdup(b.arena, name))) {
    st = TL_ERR_NOMEM;
    goto done;
  }
  size_t cursor = 0, d = 0;
  for (size_t i = 0; i < sentences.count && st == TL_OK; i++) {
    const tl_sentence *s = &sentences.items[i];
    size_t first, last;
    sentence_words(&words, &cursor, s->start, s->end, &first, &last);
    mentions.count = 0;
    if ((st = tl_entities_find(names, text, &words, first, last, &mentions)))
      break;
    while (d < ndates && dates[d].start < s->start)
      d++;
    size_t dn = d;
    while (dn < ndates && dates[dn].start < s->end)
      dn++;
    tl_sentence_in in = {s->start,       s->end,       first,
                         last,           s->line_only, mentions.items,
                         mentions.count, dates + d,    dn - d};
    st = tl_build_sentence(&b, &in, sink, &sc);
    d = dn;
  }
done:
  tl_mentions_free(&mentions);
  tl_entity_doc_free(names);
  free(dates);
  tl_sentences_free(&sentences);
  tl_words_free(&words);
  return st;
}
