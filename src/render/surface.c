/* surface.c - the output file: a cairo surface per format, written into
 * memory first and then to disk atomically, so a failed render never
 * leaves half a chart behind. */
#include "timeline.h"

#include "core/strbuf.h"
#include "io/files.h"
#include "render/draw_cairo.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Cairo's image surfaces stop at 32767 pixels a side. */
#define PNG_MAX_SIDE 32767.0

bool tl_format_from_path(const char *path, tl_format *out) {
  const char *dot = strrchr(path, '.');
  if (!dot || strchr(dot, '/'))
    return false;
  char ext[8] = {0};
  for (size_t i = 0; i < sizeof ext - 1 && dot[1 + i]; i++)
    ext[i] = (char)tolower((unsigned char)dot[1 + i]);
  if (strcmp(ext, "svg") == 0)
    *out = TL_FORMAT_SVG;
  else if (strcmp(ext, "png") == 0)
    *out = TL_FORMAT_PNG;
  else if (strcmp(ext, "pdf") == 0)
    *out = TL_FORMAT_PDF;
  else
    return false;
  return true;
}

static cairo_status_t collect(void *closure, const unsigned char *data,
                              unsigned int len) {
  tl_strbuf *b = closure;
  tl_strbuf_put(b, (const char *)data, len);
  return b->failed ? CAIRO_STATUS_NO_MEMORY : CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *open_surface(tl_format f, double w, double h,
                                     double scale, tl_strbuf *b) {
  switch (f) {
  case TL_FORMAT_SVG: {
    cairo_surface_t *s = cairo_svg_surface_create_for_stream(collect, b, w, h);
#if CAIRO_VERSION >= CAIRO_VERSION_ENCODE(1, 16, 0)
    cairo_svg_surface_set_document_unit(s, CAIRO_SVG_UNIT_PX);
#endif
    return s;
  }
  case TL_FORMAT_PDF:
    return cairo_pdf_surface_create_for_stream(collect, b, w, h);
  default:
    return cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)ceil(w * scale),
                                      (int)ceil(h * scale));
  }
}

tl_status tl_render_file(const tl_scene *scene, tl_format format, double scale,
                         const char *path, char *err, size_t err_size) {
  double w = tl_scene_width(scene), h = tl_scene_height(scene);
  if (!(scale > 0) || format != TL_FORMAT_PNG)
    scale = 1;
  if (format == TL_FORMAT_PNG &&
      (ceil(w * scale) > PNG_MAX_SIDE || ceil(h * scale) > PNG_MAX_SIDE)) {
    snprintf(err, err_size,
             "a %.0fx%.0f PNG is larger than cairo can draw (32767 pixels a "
             "side); write SVG or PDF, or narrow the chart with --from/--to",
             ceil(w * scale), ceil(h * scale));
    return TL_ERR_LIMIT;
  }
  tl_strbuf out = TL_STRBUF_INIT;
  double page = tl_scene_page_height(scene);
  bool paged = format == TL_FORMAT_PDF && page > 0 && h > page + 0.5;
  cairo_surface_t *surface =
      open_surface(format, w, paged ? page : h, scale, &out);
  cairo_t *cr = cairo_create(surface);
  cairo_scale(cr, scale, scale);
  if (paged) { /* the same scene, shifted up one page at a time */
    for (double top = 0; top < h - 0.5; top += page) {
      cairo_save(cr);
      cairo_translate(cr, 0, -top);
      tl_draw_scene(cr, scene);
      cairo_restore(cr);
      cairo_show_page(cr);
    }
  } else {
    tl_draw_scene(cr, scene);
  }
  /* Cairo errors are sticky: draw everything, then look once. */
  cairo_status_t st = cairo_status(cr);
  cairo_destroy(cr);
  if (st == CAIRO_STATUS_SUCCESS && format == TL_FORMAT_PNG)
    st = cairo_surface_write_to_png_stream(surface, collect, &out);
  cairo_surface_finish(surface);
  if (st == CAIRO_STATUS_SUCCESS)
    st = cairo_surface_status(surface);
  cairo_surface_destroy(surface);
  if (st != CAIRO_STATUS_SUCCESS || out.failed) {
    snprintf(err, err_size, "cannot draw %s: %s", path,
             out.failed ? "out of memory" : cairo_status_to_string(st));
    tl_strbuf_free(&out);
    return st == CAIRO_STATUS_NO_MEMORY || out.failed ? TL_ERR_NOMEM
                                                      : TL_ERR_IO;
  }
  tl_status ws = tl_write_file_atomic(path, out.data, out.len, err, err_size);
  tl_strbuf_free(&out);
  return ws;
}
