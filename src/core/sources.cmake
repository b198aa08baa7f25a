list(APPEND TL_PURE_SOURCES
  core/arena.c
  core/calendar.c
  core/date.c
  core/date_friendly.c
  core/diag.c
  core/event.c
  core/json.c
  core/srcmap.c
  core/status.c
  core/strbuf.c
  core/strmap.c
  core/suggest.c
  core/utf8.c)
