# extract: see src/CMakeLists.txt
