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
