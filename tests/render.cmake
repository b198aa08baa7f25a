# Rendering: pure layout tests use the fake measurer and link only
# timeline_core; the smoke test draws real files through cairo and Pango.
set(TL_LAYOUT_SUPPORT support/fake_measure.c support/layout_fixtures.c
    support/scene_check.c)
tl_add_test(test_scale SOURCES test_scale.c LIBS timeline_core LABELS unit)
tl_add_test(test_zones SOURCES test_zones.c LIBS timeline_core LABELS unit)
tl_add_test(test_ticks SOURCES test_ticks.c support/fake_measure.c
            LIBS timeline_core LABELS unit)
tl_add_test(test_labels SOURCES test_labels.c support/fake_measure.c
            LIBS timeline_core LABELS unit)
tl_add_test(test_layout SOURCES test_layout.c ${TL_LAYOUT_SUPPORT}
            LIBS timeline_core LABELS unit)
tl_add_test(test_render_smoke SOURCES test_render_smoke.c support/run.c
            ${TL_LAYOUT_SUPPORT} LIBS timeline_lib LABELS render
            ARGS $<TARGET_FILE:timeline>)
# Fontconfig and Pango keep process-wide caches LeakSanitizer would report;
# the suppressions reach the `timeline` processes the test starts too.
set_tests_properties(test_render_smoke PROPERTIES ENVIRONMENT
  "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp")
