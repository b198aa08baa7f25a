tl_add_test(test_cli SOURCES test_cli.c support/run.c LIBS timeline_core
            LABELS cli ARGS $<TARGET_FILE:timeline>)
