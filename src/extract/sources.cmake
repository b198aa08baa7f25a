# extract: see src/CMakeLists.txt

# Event extraction (branch `events`): sentences, entities, events, dedupe.
list(APPEND TL_PURE_SOURCES
  extract/sentences.c
  extract/tokens.c)
