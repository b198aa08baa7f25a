/* labels.h - placing label boxes so they overlap nothing.
 *
 * Coordinates here are (t, c): t along the time axis, c across it, so the
 * same code serves both orientations.  A label is a box; its leader is a
 * straight line at the event's t from the marker to the box's near edge. */
#ifndef TL_RENDER_LABELS_H
#define TL_RENDER_LABELS_H

#include "timeline.h"

typedef struct tl_rect {
  double t0, t1, c0, c1;
} tl_rect;

/* What a rectangle in the index stops. */
typedef enum tl_block {
  TL_BLOCK_ALL = 0, /* labels and leaders: other labels, tick labels */
  TL_BLOCK_LABELS   /* labels only: leaders, markers, bars, the axis */
} tl_block;

typedef struct tl_placer tl_placer;

/* An index of placed rectangles over t in [t_min, t_max]. */
tl_placer *tl_placer_new(double t_min, double t_max);
void tl_placer_free(tl_placer *p);
bool tl_placer_add(tl_placer *p, const tl_rect *r, tl_block block);
/* Entries are numbered from 0 in the order they were added.  A removed
 * entry stops anything; restoring it brings it back as it was (the caller
 * makes sure nothing placed meanwhile overlaps it). */
size_t tl_placer_count(const tl_placer *p);
void tl_placer_remove(tl_placer *p, size_t id, bool removed);
/* No rectangle comes within `pad` of r. */
bool tl_placer_box_free(const tl_placer *p, const tl_rect *r, double pad);
/* A line at t from c0 to c1 crosses no TL_BLOCK_ALL rectangle. */
bool tl_placer_line_free(const tl_placer *p, double t, double c0, double c1);

/* One label to place in rows beside the axis. */
typedef struct tl_label_req {
  double t;           /* the event's position (where the leader goes) */
  double w, h;        /* box size along t and across */
  double lead_top;    /* c where a leader to the top side starts (< 0) */
  double lead_bottom; /* ... to the bottom side (> 0) */
} tl_label_req;

typedef struct tl_rows {
  double top_base;           /* c of the near edge of top row 0 (< 0) */
  double bottom_base;        /* c of the near edge of bottom row 0 (> 0) */
  double step;               /* rows are this far apart */
  int top_rows, bottom_rows; /* how many rows each side may use */
  double inset;              /* the leader meets the box this far inside its
                                edge (0: along the edge, so same-date labels
                                can share one leader) */
  double pad;                /* free space kept around boxes */
  double t_min, t_max;       /* boxes stay inside */
  bool top_only;             /* skip the bottom side */
  bool bottom_only;          /* skip the top side */
  bool bottom_first;         /* at each row, try the bottom side first */
  /* Positions (ascending) of the events still to be placed, all left of
   * this one.  A box hanging left or centred covers some of them, and
   * their leaders cannot climb past it: such a box sits at least
   * `reserve` rows per covered event away from the axis, so they keep
   * the rows beneath it. */
  const double *waiting;
  size_t waiting_count;
  double reserve;
} tl_rows;

typedef struct tl_label_pos {
  bool placed;
  bool top;
  int row;
  tl_rect box;
  double lead_c0, lead_c1; /* the leader, at the request's t */
  size_t id;               /* the box's entry; the leader's is id + 1 */
} tl_label_pos;

/* Tries rows nearest the axis first, the top side before the bottom, and
 * the box hanging right of its leader, then left, then centred.  On
 * success adds the box and leader to the index. */
bool tl_place_in_rows(tl_placer *p, const tl_rows *rows,
                      const tl_label_req *req, tl_label_pos *out);

/* Whether tl_place_in_rows would find a place, without placing anything:
 * a cheap probe with a small box before measuring a real label. */
bool tl_rows_have_room(tl_placer *p, const tl_rows *rows,
                       const tl_label_req *q);

/* 1-D placement for vertical charts: boxes of size[i] along t, in order,
 * at least `gap` apart, inside [lo, hi], as close as possible (least
 * squares) to their wanted starts want[i].  Writes the starts to pos.
 * Returns false when they cannot all fit (pos then packs them from lo). */
bool tl_dodge(const double *want, const double *size, size_t n, double gap,
              double lo, double hi, double *pos);

#endif
