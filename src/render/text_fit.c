/* text_fit.c - greedy line breaking, then ellipsis, measured piece by piece.
 *
 * Layout decides every line break itself instead of letting Pango wrap at
 * draw time, so the scene says exactly what will be drawn and the fake
 * measurer of the tests sees the same decisions as the real one.  Lines
 * are measured whole (not as sums of words) so kerning and shaping across
 * spaces are counted the way Pango will draw them. */
#include "render/text_fit.h"

#include "core/utf8.h"

#include <string.h>

static const char ellipsis[] = "\xe2\x80\xa6"; /* … */

double tl_text_width(const tl_measurer *m, const tl_font *font,
                     const char *text, size_t len) {
  if (!len)
    return 0;
  tl_text_size sz = {0, 0};
  m->measure(m->ctx, font, text, len, &sz);
  return sz.width;
}

double tl_label_line_height(const tl_label_fonts *f) {
  tl_text_size a = {0, 0}, b = {0, 0};
  f->measure->measure(f->measure->ctx, f->body, "Ag", 2, &a);
  f->measure->measure(f->measure->ctx, f->date, "Ag", 2, &b);
  return a.height > b.height ? a.height : b.height;
}

/* Width of text[from..to) where bytes before `em` are the date. */
static double span_width(const tl_label_fonts *f, const char *text, size_t from,
                         size_t to, size_t em, const char *suffix) {
  double w = 0;
  size_t split = em > from ? (em < to ? em : to) : from;
  w += tl_text_width(f->measure, f->date, text + from, split - from);
  if (suffix) {
    /* The body part plus a suffix (the ellipsis) measured together. */
    char buf[1024];
    size_t n = to - split;
    if (n > sizeof buf - sizeof ellipsis)
      n = sizeof buf - sizeof ellipsis;
    memcpy(buf, text + split, n);
    memcpy(buf + n, suffix, strlen(suffix));
    w += tl_text_width(f->measure, f->body, buf, n + strlen(suffix));
  } else {
    w += tl_text_width(f->measure, f->body, text + split, to - split);
  }
  return w;
}

static size_t next_space(const char *s, size_t i, size_t len) {
  while (i < len && s[i] != ' ')
    i++;
  return i;
}

/* Longest prefix of text[from..to) (at code-point boundaries) that fits in
 * max_width together with `suffix`; at least one code point.  Binary search:
 * width grows with the prefix, and Pango calls are the expensive part. */
static size_t fit_prefix(const tl_label_fonts *f, const char *text, size_t from,
                         size_t to, size_t em, double max_width,
                         const char *suffix) {
  size_t lo = 0, hi = 0; /* in code points: lo fits (or is the minimum 1) */
  size_t count = tl_utf8_count(text + from, to - from);
  if (count == 0)
    return from;
  lo = 1;
  hi = count;
  /* Interpolation search: widths grow almost linearly with code points,
   * so guessing from the widths at both ends needs two or three Pango
   * calls where halving needs seven or eight. */
  double wlo = 0, whi = span_width(f, text, from, to, em, suffix);
  if (whi <= max_width)
    return to;
  while (lo < hi) {
    double guess = (double)lo + (double)(hi - lo) * (max_width - wlo) /
                                    (whi > wlo ? whi - wlo : 1);
    size_t mid = (size_t)guess;
    if (mid <= lo)
      mid = lo + 1;
    if (mid > hi)
      mid = hi;
    size_t end = from;
    for (size_t k = 0; k < mid && end < to; k++) {
      uint32_t cp;
      size_t n =
          tl_utf8_decode((const unsigned char *)text + end, to - end, &cp);
      end += n ? n : 1;
    }
    double w = span_width(f, text, from, end, em, suffix);
    if (w <= max_width) {
      lo = mid;
      wlo = w;
    } else {
      hi = mid - 1;
      whi = w;
    }
  }
  size_t end = from;
  for (size_t k = 0; k < lo && end < to; k++) {
    uint32_t cp;
    size_t n = tl_utf8_decode((const unsigned char *)text + end, to - end, &cp);
    end += n ? n : 1;
  }
  return end;
}

/* Appends text[from..to) as a new line and keeps track of where the date
 * prefix ends in the output (*out_em), which moves when lines are cut
 * inside words or spaces are dropped. */
static void put_line(tl_strbuf *out, const char *text, size_t from, size_t to,
                     bool *first, size_t em, size_t *out_em) {
  if (!*first)
    tl_strbuf_putc(out, '\n');
  *first = false;
  if (*out_em == (size_t)-1 && em <= to)
    *out_em = out->len + (em > from ? em - from : 0);
  tl_strbuf_put(out, text + from, to - from);
}

void tl_text_fit(const tl_label_fonts *f, const char *text, size_t len,
                 size_t em, double max_width, int max_lines, tl_strbuf *out,
                 tl_fit *fit) {
  memset(fit, 0, sizeof *fit);
  size_t start_len = out->len;
  size_t out_em = (size_t)-1;
  bool first = true;
  size_t i = 0;
  while (i < len && text[i] == ' ')
    i++;
  double line_h = f->line_height > 0 ? f->line_height : tl_label_line_height(f);
  /* Most labels fit on one line: one measurement decides. */
  double whole = span_width(f, text, i, len, em, NULL);
  if (i < len && whole <= max_width) {
    put_line(out, text, i, len, &first, em, &out_em);
    fit->lines = 1;
    fit->width = whole;
    fit->em = out_em == (size_t)-1 ? out->len - start_len : out_em - start_len;
    fit->height = line_h;
    return;
  }
  while (i < len) {
    bool last_line = fit->lines + 1 >= max_lines;
    /* Greedy: estimate with one measurement per word, then confirm the
     * line with one exact measurement, dropping words while it is too
     * wide.  Measuring every growing line would cost a Pango call per
     * word per line. */
    size_t first_end = next_space(text, i, len), end = first_end;
    double est = span_width(f, text, i, end, em, NULL);
    while (end < len) {
      size_t k = next_space(text, end + 1, len);
      double ww = span_width(f, text, end, k, em, NULL);
      if (est + ww > max_width)
        break;
      est += ww;
      end = k;
    }
    while (end > first_end &&
           span_width(f, text, i, end, em, NULL) > max_width) {
      size_t b = end - 1;
      while (b > first_end && text[b] != ' ')
        b--;
      end = b;
    }
    bool rest = end < len;
    double w = span_width(f, text, i, end, em, NULL);
    if (w > max_width || (last_line && rest)) {
      /* The first word alone is too wide, or this is the last line and
       * text remains: cut and end with an ellipsis on the last line. */
      size_t cut;
      if (last_line) {
        cut = fit_prefix(f, text, i, len, em, max_width, ellipsis);
        while (cut > i && text[cut - 1] == ' ')
          cut--;
        put_line(out, text, i, cut, &first, em, &out_em);
        tl_strbuf_puts(out, ellipsis);
        w = span_width(f, text, i, cut, em, ellipsis);
        fit->ellipsized = true;
        fit->lines++;
        if (w > fit->width)
          fit->width = w;
        break;
      }
      cut = fit_prefix(f, text, i, end, em, max_width, NULL);
      end = cut;
      w = span_width(f, text, i, end, em, NULL);
    }
    /* Line breaks replace one space, so the date prefix keeps its bytes. */
    put_line(out, text, i, end, &first, em, &out_em);
    fit->lines++;
    if (w > fit->width)
      fit->width = w;
    i = end;
    while (i < len && text[i] == ' ')
      i++;
  }
  if (out_em == (size_t)-1)
    out_em = out->len;
  fit->em = out_em - start_len;
  fit->height = fit->lines * line_h;
}
