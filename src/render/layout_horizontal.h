/* layout_horizontal.h - state shared by the horizontal pass and its label
 * placement (layout_horizontal.c, hplace.c only). */
#ifndef TL_RENDER_LAYOUT_HORIZONTAL_H
#define TL_RENDER_LAYOUT_HORIZONTAL_H

#include "render/layout.h"
#include "render/zones.h"

#define TICK_LEN 5.0

typedef struct lane_geo {
  tl_placer *placer;
  double zone_top, zone_bottom; /* marker zone around the axis */
  double top, bottom;           /* extent of everything, local c */
  double axis_y;                /* page y of the axis */
} lane_geo;

typedef struct hctx {
  layout *L;
  tl_scene *s;
  tl_scale scale;
  tl_ticks ticks;
  lane_geo *lanes;
  bool grouped;
  double p0, p1;
  double r;                                            /* marker radius */
  double tick_top, tier2_top, break_top, ticks_bottom; /* local c, below */
  bool any_tier2;
  double strip_h; /* band label strip height */
  /* Notes under the ticks: "… 5 years …" for each cut, then "enlarged
   * 6×" for each stretch drawn larger than empty time. */
  tl_rect *notes;
  char (*note_text)[48];
  size_t note_count;
  tl_stretch *stretches;
  size_t stretch_count;
  double row_step;
  double time_share; /* of the axis, when dense stretches get room */
  double label_w;    /* labels wrap at this width */
} hctx;

/* Labels every event it can, right to left, into rows beside its lane's
 * axis (hplace.c). */
void tl_hplace_labels(hctx *h, int levels);
/* Unlabelled events get their list number beside the marker. */
void tl_hplace_numbers(hctx *h, int levels);

#endif
