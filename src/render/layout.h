/* layout.h - state shared by the layout passes (layout*.c only). */
#ifndef TL_RENDER_LAYOUT_H
#define TL_RENDER_LAYOUT_H

#include "timeline.h"

#include "render/labels.h"
#include "render/scale.h"
#include "render/scene.h"
#include "render/text_fit.h"
#include "render/ticks.h"

/* Outcome of labelling one event. */
enum { LAB_NONE = 0, LAB_FULL, LAB_NUMBER };

#define FIT_MEMO 6

/* One visible event, with everything layout learns about it. */
typedef struct lev {
  size_t index; /* in the document */
  const tl_event *e;
  double a, b;         /* the days it covers, [a, b) */
  bool interval, band; /* drawn as a bar / as a background band */
  bool span;           /* an interval in the file (a pass may draw one
                          too short to see as a point: `interval` false) */
  uint16_t style;      /* TL_STYLE_* for its marker or bar */
  tl_rgba color;
  int lane;
  char *text;          /* "4 Sep 2025 Title", malloc'd */
  size_t text_len, em; /* em: bytes of the date at the start */
  /* geometry along the axis and across it (local to its lane) */
  double t0, t1, t; /* extent and where its leader meets it */
  double pole;      /* where the leader runs: t, or a neighbour's
                       leader when that one still touches the marker */
  int track;
  double c0, c1; /* the marker's extent across the axis */
  /* outcome */
  int label;     /* LAB_* */
  size_t number; /* 1-based place in the list; 0 when not listed */
  tl_rect box;
  double lead_c0, lead_c1;
  size_t entry;     /* horizontal: its box in the lane's placer (the
                       leader is entry + 1) */
  bool stacked;     /* horizontal: shares a leader with neighbours */
  tl_strbuf fitted; /* the label text as drawn */
  size_t fitted_em;
  /* Fits already measured: a horizontal chart tries each label in a few
   * shapes and the search for room lays it out many times over. */
  struct fit_memo {
    double max_width;
    int lines;
    double w, h;
    size_t em;
    tl_strbuf text;
  } memo[FIT_MEMO];
  unsigned memo_next;
} lev;

typedef struct legend_entry {
  const char *text;
  tl_rgba color; /* of the swatch: an era's is the band colour */
  uint16_t style;
  tl_rgba events; /* of the type's markers and bars */
} legend_entry;

typedef struct layout {
  const tl_doc *doc;
  const tl_theme *th;
  const tl_measurer *m;
  tl_diags *diags;
  tl_layout_opts o;
  double W, H; /* H 0: auto */
  lev *ev;
  size_t n;
  size_t *chrono;     /* indices into ev in time order, ties in file order */
  const char **lanes; /* lane names (NULL entry: "other") */
  size_t lane_count;
  legend_entry legend[TL_THEME_MAX_TYPES + 4];
  size_t legend_count;
  const char *title;
  tl_label_fonts lf;
  double line_h; /* one line of label text */
  double small_h, tick_h;
  double header_bottom; /* y where the chart body may start */
  bool quick;           /* one placement, no search for room (probing
                           how many label rows a fixed height allows) */
} layout;

/* A vertical chart of automatic height grows to this many pixels at most:
 * beyond it SVG viewers crawl (and PNG stops at 32,767). */
#define TL_MAX_AUTO_HEIGHT 30000.0

/* Padding inside label boxes (text to box edge). */
#define LABEL_PAD_T 3.0
#define LABEL_PAD_C 2.0

/* Passes; each fills `scene` from scratch for one orientation and returns
 * how many events went to the list in *listed. */
tl_status tl_layout_horizontal(layout *L, int rows, tl_scene *scene);
tl_status tl_layout_vertical(layout *L, tl_scene *scene);

/* Shared helpers (layout.c). */
void tl_layout_reset(layout *L);
tl_status tl_layout_header(layout *L, tl_scene *scene);
/* Numbers unlabelled events in time order and adds the list below y;
 * returns the new bottom. */
double tl_layout_list(layout *L, tl_scene *scene, double y);
/* The height the list of `count` entries takes. */
double tl_layout_list_height(const layout *L, size_t count);
/* Fits ev's label at max_width/lines into ev->fitted; returns the box size
 * (padding included). */
void tl_layout_fit(layout *L, lev *ev, double max_width, int lines, double *w,
                   double *h);
/* Adds ev's marker or bar at page coordinates; for a coarse date
 * (TL_STYLE_PERIOD) the box is its period, a span, and its dot goes at
 * ev->t along the axis. */
void tl_layout_emit_marker(layout *L, tl_scene *scene, const lev *ev, double x,
                           double y, double w, double h);
size_t tl_layout_spans(const layout *L, tl_span *spans);
/* The day each event but the eras stands at (a point's middle, an
 * interval's start), ascending; malloc'd, NULL on out of memory. */
double *tl_layout_event_days(const layout *L, size_t *count);
double tl_anchor_day(const lev *ev);
double tl_text_h(const layout *L, int role);
double tl_text_w(const layout *L, int role, const char *s);

#endif
