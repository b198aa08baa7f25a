# The temporal tagger: spec file of hand-checked sentences, unit tests of
# the tokenizer, lexicon and normalizer, pathological inputs, and the CLI.
tl_add_test(test_timex_spec SOURCES test_timex_spec.c LIBS timeline_core
            LABELS unit)
tl_add_test(test_timex_text SOURCES test_timex_text.c LIBS timeline_core
            LABELS unit)
tl_add_test(test_timex_api SOURCES test_timex_api.c LIBS timeline_core
            LABELS unit)
tl_add_test(test_timex_cli SOURCES test_timex_cli.c support/run.c
            LIBS timeline_core LABELS cli ARGS $<TARGET_FILE:timeline>)
