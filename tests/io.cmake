tl_add_test(test_events_io SOURCES test_events_io.c LIBS timeline_lib LABELS io)
