# render: pure layout (no cairo or Pango headers) and the drawing adapters.
list(APPEND TL_PURE_SOURCES
  render/date_label.c
  render/labels.c
  render/lanes.c
  render/layout.c
  render/hplace.c
  render/layout_horizontal.c
  render/layout_vertical.c
  render/scale.c
  render/scene.c
  render/scene_dump.c
  render/text_fit.c
  render/theme.c
  render/ticks.c
  render/zones.c)
list(APPEND TL_IO_SOURCES
  render/draw_cairo.c
  render/measure_pango.c
  render/pango_text.c
  render/surface.c)
# `--template NAME` looks here after ./templates (see CMakeLists install()).
set_source_files_properties(cli/cmd_render.c PROPERTIES COMPILE_DEFINITIONS
  "TL_TEMPLATE_DIR=\"${CMAKE_INSTALL_FULL_DATADIR}/timeline/templates\"")
