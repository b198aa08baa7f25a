# extract: text normalization, the temporal tagger (lexicon, grammar,
# scanner, normalizer) and mention formatting.  All pure.
list(APPEND TL_PURE_SOURCES
  extract/holidays.c
  extract/lexicon.c
  extract/normalize.c
  extract/tense.c
  extract/timex.c
  extract/timex_elems.c
  extract/timex_format.c
  extract/timex_grammar.c
  extract/timex_norm.c
  extract/timex_scan.c
  extract/tokens.c)

# Event extraction (branch `events`): sentences, entities, events, dedupe.
list(APPEND TL_PURE_SOURCES
  extract/build.c
  extract/dates.c
  extract/clauses.c
  extract/dct.c
  extract/dedupe.c
  extract/pipeline.c
  extract/sentences.c
  extract/text_check.c
  extract/timex_when.c
  extract/title.c
  extract/words.c)
list(APPEND TL_PURE_SOURCES
  extract/entities.c
  extract/extract.c
  extract/extraction.c
  extract/event_type.c
  extract/gazetteer.c
  extract/gazetteer_countries.c
  extract/gazetteer_names.c
  extract/gazetteer_people.c)
