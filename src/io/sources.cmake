list(APPEND TL_PURE_SOURCES
  io/events_write.c
  io/schema.c
  io/ytree.c)
list(APPEND TL_IO_SOURCES
  io/events_file.c
  io/files.c
  io/theme_read.c
  io/yaml_read.c)

# Merge planning for `timeline extract --merge` (branch `events`).
list(APPEND TL_PURE_SOURCES
  io/article_json.c
  io/event_json.c
  io/yaml_patch.c)
list(APPEND TL_IO_SOURCES
  io/atomic_stream.c
  io/gazetteer_file.c)
