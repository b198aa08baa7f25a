/* scale.h - time to position along the axis, with cuts for long empty gaps.
 *
 * Days are continuous: day n (tl_days_from_civil) covers [n, n + 1), so a
 * year-precise date covers [first day, last day + 1). */
#ifndef TL_RENDER_SCALE_H
#define TL_RENDER_SCALE_H

#include "timeline.h"

typedef struct tl_span {
  double a, b; /* [a, b) in days, a < b */
} tl_span;

/* One chronological piece of the axis. */
typedef struct tl_segment {
  double a, b;           /* its domain in days (data plus padding) */
  double p0, p1;         /* where it sits on the axis, in pixels */
  double data_a, data_b; /* the events it holds, without padding */
  size_t events;         /* how many spans fell in it */
  /* Optional monotone warp: day wd[i] sits at pixel wp[i], linear between
   * (vertical charts stretch dense stretches so labels sit level with
   * their dates).  NULL: linear over [a, b] -> [p0, p1]. */
  double *wd, *wp;
  size_t wn;
} tl_segment;

typedef struct tl_scale_params {
  double p0, p1;      /* the axis, in pixels */
  double break_width; /* pixels taken by each cut */
  double min_segment; /* no segment gets fewer pixels than this */
  double ratio;       /* cut gaps longer than ratio * whole range ... */
  double min_days;    /* ... and longer than this */
  bool linear;        /* never cut */
} tl_scale_params;

typedef struct tl_scale {
  tl_segment *segs;
  size_t count;
  /* Gaps longer than this (days) were cut, and no others: the theme's rule,
   * raised when more cuts would not fit on the axis.  INFINITY if linear. */
  double threshold;
  double p0, p1;
  /* Pixels per day if the segments were linear, when the axis was shaped
   * by density (zones.h): what "drawn larger" is measured against.  0
   * otherwise. */
  double base_pace;
} tl_scale;

/* Builds a scale for the given spans (any order; n may be 0).  Returns
 * TL_ERR_NOMEM or TL_OK. */
tl_status tl_scale_build(const tl_span *spans, size_t n,
                         const tl_scale_params *params, tl_scale *out);
void tl_scale_free(tl_scale *scale);

/* Gives segment i `lengths[i]` pixels (breaks keep their width), starting
 * at p0; p1 becomes the new end. */
void tl_scale_set_lengths(tl_scale *scale, const double *lengths,
                          double break_width);

/* Warps segment i through the points (days[k], px[k]), k < n, which must
 * increase in both; the segment's ends are added.  TL_ERR_NOMEM or TL_OK. */
tl_status tl_scale_warp(tl_scale *scale, size_t i, const double *days,
                        const double *px, size_t n);

/* Position of a day.  Inside a cut it moves linearly across the cut, so
 * bands spanning a cut stay continuous; outside the domain it clamps. */
double tl_scale_pos(const tl_scale *scale, double day);

/* Index of the segment holding `day`, or -1 in a cut or outside. */
int tl_scale_segment(const tl_scale *scale, double day);

/* "57 years", "8 months", "12 days": the length of a cut for its label. */
void tl_gap_label(double days, char *buf, size_t size);

#endif
