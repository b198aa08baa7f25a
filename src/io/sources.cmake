list(APPEND TL_IO_SOURCES
  io/files.c)
