# render: see src/CMakeLists.txt
