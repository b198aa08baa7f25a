# render: pure layout (no cairo or Pango headers) and the drawing adapters.
list(APPEND TL_PURE_SOURCES
  render/date_label.c
  render/labels.c
  render/lanes.c
  render/layout.c
  render/layout_horizontal.c
  render/layout_vertical.c
  render/scale.c
  render/scene.c
  render/scene_dump.c
  render/text_fit.c
  render/theme.c
  render/ticks.c)
