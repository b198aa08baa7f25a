tl_add_test(test_events_io SOURCES test_events_io.c LIBS timeline_lib LABELS io)
tl_add_test(test_files SOURCES test_files.c LIBS timeline_lib LABELS io)
