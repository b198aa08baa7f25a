/* draw_cairo.c - a scene, item by item, with cairo and Pango.
 *
 * Every position comes from the scene; this file only decides how each
 * kind of item looks: round markers, bars with faded ends for approximate
 * dates, breaks as a zigzag cut in the axis, text through Pango with the
 * same settings the measurer used. */
#include "render/draw_cairo.h"

#include "render/pango_text.h"

#include <math.h>

#ifndef M_PI
#define M_PI 3.14159265358979323846
#endif

/* Keep in sync with layout.h (padding inside label boxes). */
#define LABEL_PAD_T 3.0
#define LABEL_PAD_C 2.0

typedef struct painter {
  cairo_t *cr;
  const tl_scene *scene;
  PangoContext *pc;
  PangoLayout *layout;
} painter;

static void set_rgba(cairo_t *cr, tl_rgba c, double alpha) {
  cairo_set_source_rgba(cr, ((c >> 24) & 255) / 255.0,
                        ((c >> 16) & 255) / 255.0, ((c >> 8) & 255) / 255.0,
                        (c & 255) / 255.0 * alpha);
}

static void line(cairo_t *cr, double x0, double y0, double x1, double y1,
                 tl_rgba c, double width) {
  cairo_move_to(cr, x0, y0);
  cairo_line_to(cr, x1, y1);
  set_rgba(cr, c, 1);
  cairo_set_line_width(cr, width);
  cairo_stroke(cr);
}

static void text(painter *p, const tl_item *it, double x, double y) {
  const tl_font *body = tl_scene_font(p->scene, it->font);
  PangoFontDescription *d = tl_pango_font(body);
  pango_layout_set_font_description(p->layout, d);
  pango_font_description_free(d);
  pango_layout_set_text(p->layout, it->text, -1);
  PangoAttrList *attrs = pango_attr_list_new();
  if (it->text_em) {
    PangoFontDescription *dd = tl_pango_font(tl_scene_font(
        p->scene, it->font == TL_FONT_SMALL ? TL_FONT_SMALL : TL_FONT_DATE));
    if (it->font == TL_FONT_SMALL)
      pango_font_description_set_weight(dd, PANGO_WEIGHT_BOLD);
    PangoAttribute *a = pango_attr_font_desc_new(dd);
    a->start_index = 0;
    a->end_index = (guint)it->text_em;
    pango_attr_list_insert(attrs, a);
    pango_font_description_free(dd);
  }
  if ((it->style & TL_STYLE_CANCELLED) && it->text_em &&
      (it->kind == TL_ITEM_LABEL || it->kind == TL_ITEM_LIST)) {
    /* The title struck through, the date and "(cancelled)" left readable:
     * it did not happen.  Drawing only: the width does not change. */
    PangoAttribute *a = pango_attr_strikethrough_new(TRUE);
    a->start_index = (guint)it->text_em;
    a->end_index = G_MAXUINT;
    pango_attr_list_insert(attrs, a);
  }
  pango_layout_set_attributes(p->layout, attrs);
  pango_attr_list_unref(attrs);
  set_rgba(p->cr, it->stroke, 1);
  cairo_move_to(p->cr, x, y);
  pango_cairo_show_layout(p->cr, p->layout);
  cairo_new_path(p->cr); /* no current point left for the next shape */
}

/* A horizontal or vertical gradient that fades the ends of a box. */
static cairo_pattern_t *fade(const tl_item *it, tl_rgba c, double alpha,
                             bool start, bool end) {
  bool vertical = it->h > it->w;
  double len = vertical ? it->h : it->w;
  cairo_pattern_t *g =
      vertical ? cairo_pattern_create_linear(0, it->y, 0, it->y + it->h)
               : cairo_pattern_create_linear(it->x, 0, it->x + it->w, 0);
  double f = fmin(0.45, 28.0 / fmax(len, 1));
  double r = ((c >> 24) & 255) / 255.0, gg = ((c >> 16) & 255) / 255.0,
         b = ((c >> 8) & 255) / 255.0;
  cairo_pattern_add_color_stop_rgba(g, 0, r, gg, b, start ? 0 : alpha);
  cairo_pattern_add_color_stop_rgba(g, f, r, gg, b, alpha);
  cairo_pattern_add_color_stop_rgba(g, 1 - f, r, gg, b, alpha);
  cairo_pattern_add_color_stop_rgba(g, 1, r, gg, b, end ? 0 : alpha);
  return g;
}

static void rounded(cairo_t *cr, double x, double y, double w, double h) {
  double r = fmin(w, h) / 2;
  cairo_new_sub_path(cr);
  cairo_arc(cr, x + w - r, y + r, r, -M_PI / 2, 0);
  cairo_arc(cr, x + w - r, y + h - r, r, 0, M_PI / 2);
  cairo_arc(cr, x + r, y + h - r, r, M_PI / 2, M_PI);
  cairo_arc(cr, x + r, y + r, r, M_PI, 3 * M_PI / 2);
  cairo_close_path(cr);
}

/* Status outlines: dashes for planned, dots for an inferred date.  In
 * greyscale (print.yaml) the shape is all that tells them apart. */
static void status_dash(cairo_t *cr, uint16_t style, double scale) {
  if (style & TL_STYLE_PLANNED) {
    double dash[] = {2.6 * scale, 1.7 * scale};
    cairo_set_dash(cr, dash, 2, 0);
  } else if (style & TL_STYLE_INFERRED) {
    double dash[] = {0, 2.6 * scale}; /* round caps make these dots */
    cairo_set_dash(cr, dash, 2, 0);
    cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  }
}

static void solid_lines(cairo_t *cr) {
  cairo_set_dash(cr, NULL, 0, 0);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
}

/* A cross over a marker of diameter d: a cancelled event. */
static void cross(cairo_t *cr, double cx, double cy, double d, tl_rgba c) {
  double r = d / 2 - 0.5; /* inside the box, caps included */
  cairo_move_to(cr, cx - r, cy - r);
  cairo_line_to(cr, cx + r, cy + r);
  cairo_move_to(cr, cx - r, cy + r);
  cairo_line_to(cr, cx + r, cy - r);
  set_rgba(cr, c, 1);
  cairo_set_line_width(cr, 1.6);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  cairo_stroke(cr);
  solid_lines(cr);
}

/* A point marker of diameter d in colour c; `mark` draws a status's cross. */
static void dot(cairo_t *cr, double cx, double cy, double d, tl_rgba c,
                tl_rgba mark, tl_rgba bg, uint16_t style) {
  bool hollow = style & (TL_STYLE_HOLLOW | TL_STYLE_PLANNED);
  cairo_new_path(cr);
  if (style & TL_STYLE_PLANNED) {
    /* Hollow with a dashed rim, inside the marker's box. */
    cairo_arc(cr, cx, cy, d / 2 - 0.8, 0, 2 * M_PI);
    set_rgba(cr, bg, 1);
    cairo_fill_preserve(cr);
    set_rgba(cr, c, 1);
    cairo_set_line_width(cr, 1.6);
    status_dash(cr, style, 1);
    cairo_stroke(cr);
    solid_lines(cr);
    return;
  }
  if (style & TL_STYLE_INFERRED) {
    /* Paler, inside a dotted rim: the date is a guess. */
    cairo_arc(cr, cx, cy, d / 2 - 2.1, 0, 2 * M_PI);
    set_rgba(cr, c, hollow ? 0 : 1);
    cairo_fill(cr);
    cairo_new_path(cr);
    cairo_arc(cr, cx, cy, d / 2 - 0.7, 0, 2 * M_PI);
    set_rgba(cr, c, 1);
    cairo_set_line_width(cr, 1.4);
    status_dash(cr, style, 1);
    cairo_stroke(cr);
    solid_lines(cr);
    return;
  }
  cairo_arc(cr, cx, cy, d / 2, 0, 2 * M_PI);
  bool cancelled = style & TL_STYLE_CANCELLED;
  set_rgba(cr, hollow ? bg : c, cancelled && !hollow ? 0.35 : 1);
  cairo_fill_preserve(cr);
  set_rgba(cr, hollow ? c : bg, cancelled && hollow ? 0.35 : 1);
  cairo_set_line_width(cr, hollow ? 2 : 1);
  cairo_stroke(cr);
  if (cancelled)
    cross(cr, cx, cy, d, mark);
}

/* An interval: solid, with faded ends where a date is approximate or
 * open; planned ones are a pale fill in a dashed outline, cancelled ones
 * pale and crossed, inferred ones paler in a dotted outline.  Outlines
 * stay inside the item's box. */
static void bar(painter *p, const tl_item *it, double alpha) {
  cairo_t *cr = p->cr;
  bool fs = it->style & TL_STYLE_FUZZY_START;
  bool fe = it->style & (TL_STYLE_FUZZY_END | TL_STYLE_OPEN_END);
  uint16_t status = it->style & TL_STYLE_STATUS;
  double fill = status & (TL_STYLE_PLANNED | TL_STYLE_CANCELLED) ? 0.22
                : status & TL_STYLE_INFERRED                     ? 0.6
                                                                 : 1;
  if (status && alpha >= 1) {
    /* Pale bars sit on the axis: cover it, or it reads as a strike. */
    rounded(cr, it->x, it->y, it->w, it->h);
    set_rgba(cr, tl_scene_background(p->scene), 1);
    cairo_fill(cr);
  }
  rounded(cr, it->x, it->y, it->w, it->h);
  if (fs || fe) {
    cairo_pattern_t *g = fade(it, it->fill, alpha * fill, fs, fe);
    cairo_set_source(cr, g);
    cairo_fill(cr);
    cairo_pattern_destroy(g);
  } else {
    set_rgba(cr, it->fill, alpha * fill);
    cairo_fill(cr);
  }
  if (!status || alpha < 1)
    return;
  if (status & (TL_STYLE_PLANNED | TL_STYLE_INFERRED)) {
    double lw = status & TL_STYLE_PLANNED ? 1.5 : 1.4;
    rounded(cr, it->x + lw / 2, it->y + lw / 2, it->w - lw, it->h - lw);
    set_rgba(cr, it->fill, 1);
    cairo_set_line_width(cr, lw);
    status_dash(cr, status, 1.4);
    cairo_stroke(cr);
    solid_lines(cr);
  } else { /* cancelled: the cross of a cancelled dot, at its middle (a
              stroke along it would read as the axis) */
    cross(cr, it->x + it->w / 2, it->y + it->h / 2, fmin(it->w, it->h),
          it->stroke);
  }
}

static void marker(painter *p, const tl_item *it) {
  dot(p->cr, it->x + it->w / 2, it->y + it->h / 2, fmin(it->w, it->h), it->fill,
      it->stroke, tl_scene_background(p->scene), it->style);
}

/* The whole year (month, decade) a coarse date stands for: thin and light,
 * since many coarse dates overlap on the axis and the dot is what the eye
 * should find. */
static void span(painter *p, const tl_item *it) {
  tl_item thin = *it;
  if (tl_scene_orientation(p->scene) == TL_ORIENT_VERTICAL)
    thin.x += thin.w * 0.3, thin.w *= 0.4;
  else
    thin.y += thin.h * 0.3, thin.h *= 0.4;
  bar(p, &thin, 0.3);
}

static void cut(painter *p, const tl_item *it) {
  cairo_t *cr = p->cr;
  bool vertical = it->h > it->w * 1.5 && it->w < 20;
  set_rgba(cr, it->fill, 1);
  cairo_rectangle(cr, it->x, it->y, it->w, it->h);
  cairo_fill(cr);
  /* Two slanted strokes at each side of the cut: the usual break mark. */
  for (int side = 0; side < 2; side++) {
    if (vertical) {
      double y = side ? it->y + it->h - 3 : it->y + 3;
      line(cr, it->x - 2, y + 3, it->x + it->w + 2, y - 3, it->stroke, 1.2);
    } else {
      double x = side ? it->x + it->w - 3 : it->x + 3;
      double mid = it->y + it->h / 2;
      line(cr, x - 3, mid + 6, x + 3, mid - 6, it->stroke, 1.2);
    }
  }
}

static void legend_swatch(painter *p, const tl_item *it) {
  tl_rgba bg = tl_scene_background(p->scene);
  if (it->style & TL_STYLE_STATUS) { /* the dot, then a short bar */
    double d = it->h;
    dot(p->cr, it->x + d / 2, it->y + d / 2, d, it->fill, it->stroke, bg,
        it->style);
    tl_item b = *it;
    b.x += d + 4, b.w -= d + 4, b.y += 1, b.h -= 2;
    bar(p, &b, 1);
  } else if (it->style & TL_STYLE_PERIOD) { /* an era: a patch of band */
    set_rgba(p->cr, it->fill, 2.5);
    cairo_rectangle(p->cr, it->x, it->y - 1, it->w, it->h + 2);
    cairo_fill(p->cr);
  } else if (it->style & (TL_STYLE_FUZZY_START | TL_STYLE_HOLLOW)) {
    tl_item span = *it;
    span.y += 2, span.h -= 4;
    bar(p, &span, 0.5);
    dot(p->cr, it->x + it->w / 2, it->y + it->h / 2, it->h, it->fill,
        it->stroke, bg, TL_STYLE_HOLLOW);
  } else {
    dot(p->cr, it->x + it->w / 2, it->y + it->h / 2, fmin(it->w, it->h),
        it->fill, it->stroke, bg, 0);
  }
}

static void item(painter *p, const tl_item *it) {
  cairo_t *cr = p->cr;
  switch (it->kind) {
  case TL_ITEM_AXIS:
    if (it->style & TL_STYLE_MAJOR) { /* a stretch drawn enlarged */
      cairo_move_to(cr, it->x, it->y);
      cairo_line_to(cr, it->x + it->w, it->y + it->h);
      set_rgba(cr, it->stroke, 0.28);
      cairo_set_line_width(cr, 7);
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
      cairo_stroke(cr);
      cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
      break;
    }
    line(cr, it->x, it->y, it->x + it->w, it->y + it->h, it->stroke, 1.5);
    break;
  case TL_ITEM_LEADER:
    line(cr, it->x, it->y, it->x + it->w, it->y + it->h, it->stroke, 0.8);
    break;
  case TL_ITEM_TICK:
    if (it->text)
      text(p, it, it->x, it->y);
    else
      line(cr, it->x, it->y, it->x + it->w, it->y + it->h, it->stroke,
           it->style & TL_STYLE_MAJOR ? 0.8 : 1);
    break;
  case TL_ITEM_BREAK:
    if (it->text)
      text(p, it, it->x, it->y);
    else
      cut(p, it);
    break;
  case TL_ITEM_MARKER:
    marker(p, it);
    break;
  case TL_ITEM_SPAN:
    span(p, it);
    break;
  case TL_ITEM_BAR:
    bar(p, it, 1);
    break;
  case TL_ITEM_BAND:
    /* Eras that follow one another alternate in strength (MAJOR), so
     * their boundary shows without a line crossing the labels. */
    set_rgba(cr, it->fill, it->style & TL_STYLE_MAJOR ? 1.8 : 1);
    cairo_rectangle(cr, it->x, it->y, it->w, it->h);
    cairo_fill(cr);
    break;
  case TL_ITEM_LANE:
    if (it->text) {
      text(p, it, it->x, it->y);
    } else if (it->fill) {
      set_rgba(cr, it->fill, 1);
      cairo_rectangle(cr, it->x, it->y, it->w, it->h);
      cairo_fill(cr);
    }
    break;
  case TL_ITEM_LEGEND:
    if (it->text)
      text(p, it, it->x, it->y);
    else
      legend_swatch(p, it);
    break;
  case TL_ITEM_LABEL:
    if (it->style & TL_STYLE_NUMBER) {
      /* A bare "12" beside the axis reads as a tick: a badge in the
       * event's colour says it points to something. */
      rounded(cr, it->x + 0.5, it->y + 0.5, it->w - 1, it->h - 1);
      set_rgba(cr, it->fill, 1);
      cairo_set_line_width(cr, 1);
      cairo_stroke(cr);
    }
    text(p, it, it->x + LABEL_PAD_T, it->y + LABEL_PAD_C);
    break;
  case TL_ITEM_TITLE:
  case TL_ITEM_LIST:
    text(p, it, it->x, it->y);
    break;
  }
}

void tl_draw_scene(cairo_t *cr, const tl_scene *scene) {
  painter p = {cr, scene, tl_pango_context_new(), NULL};
  if (!p.pc)
    return;
  pango_cairo_update_context(cr, p.pc);
  p.layout = pango_layout_new(p.pc);
  set_rgba(cr, tl_scene_background(scene), 1);
  cairo_paint(cr);
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
  for (size_t i = 0; i < tl_scene_count(scene); i++) {
    cairo_new_path(cr);
    item(&p, tl_scene_item(scene, i));
  }
  g_object_unref(p.layout);
  g_object_unref(p.pc);
}
