# Event extraction: sentences, entities, building, dedupe, merge planning.
tl_add_test(test_sentences SOURCES test_sentences.c LIBS timeline_core
            LABELS unit)
tl_add_test(test_dct SOURCES test_dct.c LIBS timeline_core LABELS unit)
tl_add_test(test_merge SOURCES test_merge.c LIBS timeline_lib LABELS io)
tl_add_test(test_build SOURCES test_build.c LIBS timeline_core LABELS unit)
tl_add_test(test_entities SOURCES test_entities.c LIBS timeline_core
            LABELS unit)
tl_add_test(test_dedupe SOURCES test_dedupe.c LIBS timeline_core LABELS unit)
tl_add_test(test_examples SOURCES test_examples.c support/run.c
            LIBS timeline_lib LABELS golden)
tl_add_test(test_extract_cli SOURCES test_extract_cli.c support/run.c
            LIBS timeline_core LABELS cli ARGS $<TARGET_FILE:timeline>)
