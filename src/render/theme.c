/* theme.c - the built-in theme and the table of template keys.
 *
 * Every key a template may set is one row of `keys` below, so the template
 * reader (io/theme_read.c) stays a thin walk over YAML and all validation -
 * types, ranges, colours, "did you mean" - lives here, testable without
 * files. */
#include "render/theme.h"

#include "core/suggest.h"

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_font(tl_font *f, const char *family, double size, bool bold) {
  snprintf(f->family, sizeof f->family, "%s", family);
  f->size = size;
  f->bold = bold;
  f->italic = false;
}

void tl_theme_default(tl_theme *t) {
  memset(t, 0, sizeof *t);
  t->background = 0xffffffff;
  t->text = 0x1f2328ff;
  t->muted = 0x6e7781ff;
  t->axis = 0x57606aff;
  t->leader = 0xafb8c1ff;
  t->band = 0x8c959f1a;
  t->break_fill = 0xf6f8faff;
  t->event = 0x0969daff;
  /* Okabe-Ito: distinguishable with the common colour-vision deficiencies. */
  static const tl_rgba palette[] = {0x0072b2ff, 0xd55e00ff, 0x009e73ff,
                                    0xcc79a7ff, 0xe69f00ff, 0x56b4e9ff,
                                    0x8c6d31ff, 0x000000ff};
  memcpy(t->palette, palette, sizeof palette);
  t->palette_count = sizeof palette / sizeof palette[0];
  const char *family =
      "DejaVu Sans, WenQuanYi Micro Hei, Noto Sans CJK KR, sans";
  set_font(&t->fonts[TL_FONT_LABEL], family, 12, false);
  set_font(&t->fonts[TL_FONT_DATE], family, 12, true);
  set_font(&t->fonts[TL_FONT_TICK], family, 11, false);
  set_font(&t->fonts[TL_FONT_TITLE], family, 20, true);
  set_font(&t->fonts[TL_FONT_SMALL], family, 11, false);
  t->width = 1200;
  t->height = 0;
  t->margin_top = t->margin_bottom = 24;
  t->margin_left = t->margin_right = 28;
  t->marker_size = 9;
  t->bar_height = 8;
  t->label_padding = 4;
  t->label_max_width = 190;
  t->label_max_lines = 3;
  t->max_levels = 10;
  t->tick_spacing = 14;
  t->break_ratio = 0.08;
  t->break_min_days = 365;
  t->break_width = 32;
  t->orientation = TL_ORIENT_AUTO;
}

tl_rgba tl_theme_type_color(const tl_theme *t, const char *type) {
  if (type)
    for (size_t i = 0; i < t->type_count; i++)
      if (strcmp(t->types[i].type, type) == 0)
        return t->types[i].color;
  return t->event;
}

/* ---- keys ---------------------------------------------------------------- */

typedef enum key_kind {
  KEY_COLOR,
  KEY_NUMBER,
  KEY_INT,
  KEY_BOOL,
  KEY_FAMILY,
  KEY_SIZE, /* a number, or "auto" for 0 */
  KEY_ORIENT,
  KEY_PALETTE, /* comma-separated colours */
  KEY_ALL_FAMILIES,
  KEY_IGNORED /* documentation keys: name, description */
} key_kind;

typedef struct key {
  const char *name;
  key_kind kind;
  size_t offset;
  double min, max;
} key;

#define T(field) offsetof(tl_theme, field)
#define FONT(role, field)                                                      \
  (offsetof(tl_theme, fonts) + (role) * sizeof(tl_font) +                      \
   offsetof(tl_font, field))
#define FONT_KEYS(name, role)                                                  \
  {"fonts." name ".family", KEY_FAMILY, FONT(role, family), 0, 0},             \
      {"fonts." name ".size", KEY_NUMBER, FONT(role, size), 4, 96},            \
      {"fonts." name ".bold", KEY_BOOL, FONT(role, bold), 0, 0}, {             \
    "fonts." name ".italic", KEY_BOOL, FONT(role, italic), 0, 0                \
  }

static const key keys[] = {
    {"name", KEY_IGNORED, 0, 0, 0},
    {"description", KEY_IGNORED, 0, 0, 0},
    {"orientation", KEY_ORIENT, T(orientation), 0, 0},
    {"size.width", KEY_NUMBER, T(width), 200, 20000},
    {"size.height", KEY_SIZE, T(height), 150, 30000},
    {"margins.top", KEY_NUMBER, T(margin_top), 0, 400},
    {"margins.right", KEY_NUMBER, T(margin_right), 0, 400},
    {"margins.bottom", KEY_NUMBER, T(margin_bottom), 0, 400},
    {"margins.left", KEY_NUMBER, T(margin_left), 0, 400},
    {"colors.background", KEY_COLOR, T(background), 0, 0},
    {"colors.text", KEY_COLOR, T(text), 0, 0},
    {"colors.muted", KEY_COLOR, T(muted), 0, 0},
    {"colors.axis", KEY_COLOR, T(axis), 0, 0},
    {"colors.leader", KEY_COLOR, T(leader), 0, 0},
    {"colors.band", KEY_COLOR, T(band), 0, 0},
    {"colors.break", KEY_COLOR, T(break_fill), 0, 0},
    {"colors.event", KEY_COLOR, T(event), 0, 0},
    {"colors.palette", KEY_PALETTE, T(palette), 0, 0},
    {"fonts.family", KEY_ALL_FAMILIES, 0, 0, 0},
    FONT_KEYS("label", TL_FONT_LABEL),
    FONT_KEYS("date", TL_FONT_DATE),
    FONT_KEYS("tick", TL_FONT_TICK),
    FONT_KEYS("title", TL_FONT_TITLE),
    FONT_KEYS("small", TL_FONT_SMALL),
    {"markers.size", KEY_NUMBER, T(marker_size), 2, 40},
    {"markers.bar-height", KEY_NUMBER, T(bar_height), 1, 40},
    {"labels.max-width", KEY_NUMBER, T(label_max_width), 40, 1000},
    {"labels.max-lines", KEY_INT, T(label_max_lines), 1, 10},
    {"labels.padding", KEY_NUMBER, T(label_padding), 0, 40},
    {"labels.max-levels", KEY_INT, T(max_levels), 1, 60},
    {"ticks.spacing", KEY_NUMBER, T(tick_spacing), 2, 400},
    {"breaks.ratio", KEY_NUMBER, T(break_ratio), 0.001, 1},
    {"breaks.min-days", KEY_NUMBER, T(break_min_days), 1, 1e7},
    {"breaks.width", KEY_NUMBER, T(break_width), 8, 400},
};

/* The keys a template may use, for the documentation and for suggestions;
 * `types.<type>` comes on top. */
const char *tl_theme_key_name(size_t i) {
  return i < sizeof keys / sizeof keys[0] ? keys[i].name : NULL;
}

static bool parse_hex(const char *s, size_t n, unsigned *out) {
  unsigned v = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    unsigned d;
    if (c >= '0' && c <= '9')
      d = (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f')
      d = (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F')
      d = (unsigned)(c - 'A' + 10);
    else
      return false;
    v = v * 16 + d;
  }
  *out = v;
  return true;
}

/* "#rgb", "#rrggbb", "#rrggbbaa" or "none". */
static bool parse_color(const char *s, size_t len, tl_rgba *out) {
  unsigned v;
  if (len == 4 && strncmp(s, "none", 4) == 0) {
    *out = 0;
    return true;
  }
  if (len < 1 || s[0] != '#')
    return false;
  s++, len--;
  if (len == 3 && parse_hex(s, 3, &v)) {
    unsigned r = v >> 8, g = (v >> 4) & 15, b = v & 15;
    *out = (tl_rgba)((r * 17) << 24 | (g * 17) << 16 | (b * 17) << 8 | 0xff);
    return true;
  }
  if (len == 6 && parse_hex(s, 6, &v)) {
    *out = (tl_rgba)v << 8 | 0xff;
    return true;
  }
  if (len == 8 && parse_hex(s, 8, &v)) {
    *out = (tl_rgba)v;
    return true;
  }
  return false;
}

static bool parse_number(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || *end != '\0' || !isfinite(v))
    return false;
  *out = v;
  return true;
}

#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static tl_status
fail(char *err, size_t n, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vsnprintf(err, n, format, ap);
  va_end(ap);
  return TL_ERR_INVALID;
}

static tl_status set_type_color(tl_theme *t, const char *type,
                                const char *value, char *err, size_t n) {
  tl_rgba c;
  if (!*type || strlen(type) >= sizeof t->types[0].type)
    return fail(err, n, "type name `%s` is empty or too long", type);
  if (!parse_color(value, strlen(value), &c))
    return fail(err, n,
                "bad colour `%s` for type `%s`: expected #rrggbb or #rrggbbaa",
                value, type);
  for (size_t i = 0; i < t->type_count; i++)
    if (strcmp(t->types[i].type, type) == 0) {
      t->types[i].color = c;
      return TL_OK;
    }
  if (t->type_count == TL_THEME_MAX_TYPES)
    return fail(err, n, "too many type colours (at most 32)");
  snprintf(t->types[t->type_count].type, sizeof t->types[0].type, "%s", type);
  t->types[t->type_count++].color = c;
  return TL_OK;
}

static tl_status set_palette(tl_theme *t, const char *value, char *err,
                             size_t n) {
  tl_rgba colors[12];
  size_t count = 0;
  const char *p = value;
  while (*p) {
    while (*p == ' ' || *p == ',')
      p++;
    if (!*p)
      break;
    const char *end = p;
    while (*end && *end != ',' && *end != ' ')
      end++;
    if (count == 12)
      return fail(err, n, "a palette holds at most 12 colours");
    if (!parse_color(p, (size_t)(end - p), &colors[count++])) {
      char bad[32];
      snprintf(bad, sizeof bad, "%.*s", (int)(end - p < 31 ? end - p : 31), p);
      return fail(err, n, "bad colour `%s` in palette", bad);
    }
    p = end;
  }
  if (count == 0)
    return fail(err, n, "the palette needs at least one colour");
  memcpy(t->palette, colors, count * sizeof colors[0]);
  t->palette_count = count;
  return TL_OK;
}

static void suggest_key(const char *name, char *hint, size_t hint_size) {
  const char *names[sizeof keys / sizeof keys[0] + 1];
  size_t n = 0;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    names[n++] = keys[i].name;
  names[n] = NULL;
  const char *guess = tl_suggest(name, strlen(name), names, NULL);
  if (guess && hint)
    snprintf(hint, hint_size, "did you mean `%s`?", guess);
}

static tl_status set_value(tl_theme *t, const key *k, const char *value,
                           char *err, size_t n) {
  char *base = (char *)t;
  double v;
  switch (k->kind) {
  case KEY_IGNORED:
    return TL_OK;
  case KEY_COLOR:
    if (!parse_color(value, strlen(value), (tl_rgba *)(base + k->offset)))
      return fail(err, n,
                  "bad colour `%s` for `%s`: expected #rrggbb or #rrggbbaa",
                  value, k->name);
    return TL_OK;
  case KEY_PALETTE:
    return set_palette(t, value, err, n);
  case KEY_FAMILY:
    if (!*value || strlen(value) >= sizeof t->fonts[0].family)
      return fail(err, n, "font family `%s` is empty or too long for `%s`",
                  value, k->name);
    snprintf(base + k->offset, sizeof t->fonts[0].family, "%s", value);
    return TL_OK;
  case KEY_ALL_FAMILIES:
    if (!*value || strlen(value) >= sizeof t->fonts[0].family)
      return fail(err, n, "font family `%s` is empty or too long for `%s`",
                  value, k->name);
    for (int r = 0; r < TL_FONT_COUNT; r++)
      snprintf(t->fonts[r].family, sizeof t->fonts[r].family, "%s", value);
    return TL_OK;
  case KEY_BOOL:
    if (strcmp(value, "true") == 0 || strcmp(value, "false") == 0) {
      *(bool *)(base + k->offset) = value[0] == 't';
      return TL_OK;
    }
    return fail(err, n, "`%s` needs true or false, not `%s`", k->name, value);
  case KEY_ORIENT:
    if (strcmp(value, "auto") == 0)
      t->orientation = TL_ORIENT_AUTO;
    else if (strcmp(value, "horizontal") == 0)
      t->orientation = TL_ORIENT_HORIZONTAL;
    else if (strcmp(value, "vertical") == 0)
      t->orientation = TL_ORIENT_VERTICAL;
    else
      return fail(err, n, "`%s` is auto, horizontal or vertical, not `%s`",
                  k->name, value);
    return TL_OK;
  case KEY_SIZE:
    if (strcmp(value, "auto") == 0) {
      *(double *)(base + k->offset) = 0;
      return TL_OK;
    }
    /* fall through */
  case KEY_NUMBER:
  case KEY_INT:
    if (!parse_number(value, &v))
      return fail(err, n, "`%s` needs a number, not `%s`", k->name, value);
    if (k->kind == KEY_INT && v != floor(v))
      return fail(err, n, "`%s` needs a whole number, not `%s`", k->name,
                  value);
    if (v < k->min || v > k->max)
      return fail(err, n, "`%s` is %g, outside %g..%g", k->name, v, k->min,
                  k->max);
    if (k->kind == KEY_INT)
      *(int *)(base + k->offset) = (int)v;
    else
      *(double *)(base + k->offset) = v;
    return TL_OK;
  }
  return TL_ERR_INVALID;
}

tl_status tl_theme_set(tl_theme *theme, const char *name, const char *value,
                       char *err, size_t err_size, char *hint,
                       size_t hint_size) {
  if (hint && hint_size)
    hint[0] = '\0';
  if (strncmp(name, "types.", 6) == 0)
    return set_type_color(theme, name + 6, value, err, err_size);
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strcmp(keys[i].name, name) == 0)
      return set_value(theme, &keys[i], value, err, err_size);
  suggest_key(name, hint, hint_size);
  return fail(err, err_size, "unknown template key `%s`", name);
}

/* True when some key starts with "prefix.", i.e. prefix is a section. */
bool tl_theme_is_section(const char *prefix) {
  size_t n = strlen(prefix);
  if (strcmp(prefix, "types") == 0)
    return true;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strncmp(keys[i].name, prefix, n) == 0 && keys[i].name[n] == '.')
      return true;
  return false;
}

bool tl_theme_has_key(const char *name) {
  if (strncmp(name, "types.", 6) == 0 && name[6])
    return true;
  for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++)
    if (strcmp(keys[i].name, name) == 0)
      return true;
  return false;
}

size_t tl_theme_children(const char *prefix, char (*names)[32], size_t max) {
  size_t n = 0, plen = strlen(prefix);
  for (size_t i = 0; i < sizeof keys / sizeof keys[0] && n < max; i++) {
    const char *k = keys[i].name;
    if (plen && (strncmp(k, prefix, plen) != 0 || k[plen] != '.'))
      continue;
    const char *rest = plen ? k + plen + 1 : k;
    size_t len = strcspn(rest, ".");
    if (len >= 32)
      continue;
    bool dup = false;
    for (size_t j = 0; j < n && !dup; j++)
      dup = strncmp(names[j], rest, len) == 0 && names[j][len] == '\0';
    if (dup)
      continue;
    memcpy(names[n], rest, len);
    names[n][len] = '\0';
    n++;
  }
  if (!plen && n < max)
    snprintf(names[n++], 32, "types");
  return n;
}
