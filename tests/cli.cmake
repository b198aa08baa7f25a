tl_add_test(test_cli SOURCES test_cli.c support/run.c LIBS timeline_core
            LABELS cli ARGS $<TARGET_FILE:timeline>)

# The JSON Schema for editors must agree with the loader on our own files.
# Debian's python3 (not a pyenv one) has python3-jsonschema and python3-yaml.
find_program(TL_DEBIAN_PYTHON python3 PATHS /usr/bin NO_DEFAULT_PATH)
if(TL_DEBIAN_PYTHON)
  add_test(NAME test_json_schema
           COMMAND ${TL_DEBIAN_PYTHON} ${CMAKE_CURRENT_SOURCE_DIR}/json_schema_check.py
           WORKING_DIRECTORY ${CMAKE_CURRENT_SOURCE_DIR})
  set_tests_properties(test_json_schema PROPERTIES LABELS docs)
endif()
