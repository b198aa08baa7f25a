tl_add_test(test_date SOURCES test_date.c LIBS timeline_core LABELS unit)
tl_add_test(test_calendar SOURCES test_calendar.c LIBS timeline_core LABELS unit)
tl_add_test(test_schema SOURCES test_schema.c LIBS timeline_core LABELS unit)
tl_add_test(test_text SOURCES test_text.c LIBS timeline_core LABELS unit)
