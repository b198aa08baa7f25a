/* cmd_render.c - `timeline render`: events file + template -> chart.
 *
 * Loads and validates both inputs (located errors, nothing drawn if either
 * is invalid), lays the chart out once and writes the requested format
 * atomically.  The input is only ever read. */
#include "cli/cli.h"

#include "io/files.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#ifndef TL_TEMPLATE_DIR
#define TL_TEMPLATE_DIR "/usr/local/share/timeline/templates"
#endif

#define TEMPLATE_MAX_BYTES (1024u * 1024u)

enum {
  OPT_HELP = 1,
  OPT_OUTPUT,
  OPT_FORMAT,
  OPT_TEMPLATE,
  OPT_WIDTH,
  OPT_HEIGHT,
  OPT_SCALE,
  OPT_PAGE,
  OPT_FROM,
  OPT_TO,
  OPT_GROUP,
  OPT_ORIENT,
  OPT_TITLE,
  OPT_DUMP
};

static const cli_option options[] = {{"help", 'h', false, OPT_HELP},
                                     {"output", 'o', true, OPT_OUTPUT},
                                     {"format", 'f', true, OPT_FORMAT},
                                     {"template", 't', true, OPT_TEMPLATE},
                                     {"width", 'W', true, OPT_WIDTH},
                                     {"height", 'H', true, OPT_HEIGHT},
                                     {"scale", 0, true, OPT_SCALE},
                                     {"page", 0, true, OPT_PAGE},
                                     {"from", 0, true, OPT_FROM},
                                     {"to", 0, true, OPT_TO},
                                     {"group-by", 'g', true, OPT_GROUP},
                                     {"orientation", 0, true, OPT_ORIENT},
                                     {"title", 0, true, OPT_TITLE},
                                     {"dump-layout", 0, true, OPT_DUMP},
                                     {NULL, 0, false, 0}};

static void usage(FILE *out) {
  fputs(
      "Usage: timeline render [options] [EVENTS.yaml]\n"
      "\n"
      "Draw the events file (default: events.yaml) as a timeline chart.\n"
      "\n"
      "Options:\n"
      "  -o, --output FILE        chart file (default: output/timeline.svg)\n"
      "  -f, --format FMT         svg, png or pdf (default: from the file "
      "name)\n"
      "  -t, --template NAME|FILE  theme: NAME.yaml in ./templates, then in\n"
      "                           " TL_TEMPLATE_DIR ";\n"
      "                           a path is used as given (default: default)\n"
      "  -W, --width PX           chart width (default: the template's)\n"
      "  -H, --height PX|auto     chart height (default: auto)\n"
      "      --scale N            pixel density of PNGs (2 for slides)\n"
      "      --scale linear       one chronological axis, no cuts\n"
      "      --page a4|letter     page-sized chart (points), for PDF\n"
      "      --from DATE          only events touching DATE or later\n"
      "      --to DATE            only events touching DATE or earlier\n"
      "  -g, --group-by KEY       lanes by none, type, actor or tag\n"
      "      --orientation O      auto, horizontal or vertical\n"
      "      --title TEXT         chart title (default: the file's title)\n"
      "      --dump-layout FILE   write the laid-out scene as JSON; without\n"
      "                           -o no chart is drawn\n"
      "  -h, --help               show this help\n"
      "\n"
      "Exit status: 0 drawn, 1 invalid events or template, 2 usage error,\n"
      "3 unreadable input or unwritable output.\n",
      out);
}

typedef struct render_args {
  const char *input, *output, *template_arg, *dump;
  bool has_format;
  tl_format format;
  double pixel_scale;
  const char *page;
  tl_layout_opts layout;
} render_args;

static bool parse_px(const char *opt, const char *v, double lo, double hi,
                     double *out) {
  char *end;
  errno = 0;
  double d = strtod(v, &end);
  if (end == v || *end || errno || !isfinite(d) || d < lo || d > hi) {
    cli_error("render", "%s needs a number of pixels from %g to %g, not `%s`",
              opt, lo, hi, v);
    return false;
  }
  *out = d;
  return true;
}

static bool parse_date(const char *opt, const char *v, tl_date *out) {
  tl_when w;
  tl_date_parse_info info;
  if (tl_when_parse(v, strlen(v), &w, &info) != TL_OK) {
    cli_error("render", "%s `%s` is not a date: %s", opt, v, info.message);
    return false;
  }
  if (w.interval) {
    cli_error("render", "%s takes one date, not the interval `%s`", opt, v);
    return false;
  }
  *out = w.start;
  return true;
}

static bool pick(const char *opt, const char *v, const char *const *names,
                 int *out) {
  for (int i = 0; names[i]; i++)
    if (strcmp(names[i], v) == 0) {
      *out = i;
      return true;
    }
  cli_error("render", "%s is one of %s%s%s%s%s%s%s, not `%s`", opt, names[0],
            names[1] ? ", " : "", names[1] ? names[1] : "",
            names[2] ? ", " : "", names[2] ? names[2] : "",
            names[2] && names[3] ? ", " : "",
            names[2] && names[3] ? names[3] : "", v);
  return false;
}

static bool option(render_args *a, int opt, const char *v) {
  static const char *const formats[] = {"svg", "png", "pdf", NULL};
  static const char *const groups[] = {"none", "type", "actor", "tag", NULL};
  static const char *const orients[] = {"auto", "horizontal", "vertical", NULL};
  static const char *const pages[] = {"a4", "letter", NULL};
  int k;
  switch (opt) {
  case OPT_OUTPUT:
    a->output = v;
    return true;
  case OPT_FORMAT:
    if (!pick("--format", v, formats, &k))
      return false;
    a->has_format = true;
    a->format = (tl_format)k;
    return true;
  case OPT_TEMPLATE:
    a->template_arg = v;
    return true;
  case OPT_WIDTH:
    return parse_px("--width", v, 200, 20000, &a->layout.width);
  case OPT_HEIGHT:
    if (strcmp(v, "auto") == 0) {
      a->layout.height = -1;
      return true;
    }
    return parse_px("--height", v, 150, 30000, &a->layout.height);
  case OPT_SCALE:
    if (strcmp(v, "linear") == 0 || strcmp(v, "broken") == 0) {
      a->layout.scale = v[0] == 'l' ? TL_SCALE_LINEAR : TL_SCALE_BROKEN;
      return true;
    }
    if (!parse_px("--scale", v, 0.1, 8, &a->pixel_scale)) {
      fputs("  (--scale is a PNG pixel density such as 2, or `linear`)\n",
            stderr);
      return false;
    }
    return true;
  case OPT_PAGE:
    if (!pick("--page", v, pages, &k))
      return false;
    a->page = pages[k];
    return true;
  case OPT_FROM:
    a->layout.has_from = true;
    return parse_date("--from", v, &a->layout.from);
  case OPT_TO:
    a->layout.has_to = true;
    return parse_date("--to", v, &a->layout.to);
  case OPT_GROUP:
    if (!pick("--group-by", v, groups, &k))
      return false;
    a->layout.group_by = (tl_group_by)k;
    return true;
  case OPT_ORIENT:
    if (!pick("--orientation", v, orients, &k))
      return false;
    a->layout.orientation = (tl_orientation)k;
    return true;
  case OPT_TITLE:
    a->layout.title = v;
    return true;
  case OPT_DUMP:
    a->dump = v;
    return true;
  }
  return false;
}

/* Returns EXIT_OK with *a filled, or the exit code to stop with (-1: help
 * was printed). */
static int parse_args(int argc, char **argv, render_args *a) {
  memset(a, 0, sizeof *a);
  tl_layout_opts_default(&a->layout);
  a->pixel_scale = 1;
  cli_args args;
  cli_args_init(&args, "render", argc, argv);
  const char *value;
  int opt;
  while ((opt = cli_next(&args, options, &value)) != CLI_END) {
    if (opt == CLI_ERROR)
      return cli_usage_hint("render");
    if (opt == OPT_HELP) {
      usage(stdout);
      return -1;
    }
    if (opt == CLI_POSITIONAL) {
      if (a->input) {
        cli_error("render", "one events file at a time (`%s` and `%s`)",
                  a->input, value);
        return cli_usage_hint("render");
      }
      a->input = value;
      continue;
    }
    if (!option(a, opt, value))
      return cli_usage_hint("render");
  }
  if (a->layout.has_from && a->layout.has_to &&
      tl_date_first_day(&a->layout.from) > tl_date_last_day(&a->layout.to)) {
    cli_error("render", "--from is after --to: no event could be shown");
    return cli_usage_hint("render");
  }
  if (!a->input)
    a->input = "events.yaml";
  return EXIT_OK;
}

/* --template NAME: ./templates/NAME.yaml, then the installed directory;
 * anything with a slash or a .yaml ending is a path. */
static bool find_template(const char *arg, char *path, size_t size,
                          bool *explicit_path) {
  *explicit_path =
      strchr(arg, '/') || strstr(arg, ".yaml") || strstr(arg, ".yml");
  if (*explicit_path) {
    snprintf(path, size, "%s", arg);
    return true;
  }
  const char *dirs[] = {"templates", TL_TEMPLATE_DIR};
  for (size_t i = 0; i < 2; i++) {
    struct stat st;
    snprintf(path, size, "%s/%s.yaml", dirs[i], arg);
    if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
      return true;
  }
  return false;
}

static int load_theme(const char *arg, tl_theme *theme) {
  tl_theme_default(theme);
  char path[1024];
  bool given = arg != NULL, explicit_path;
  if (!find_template(arg ? arg : "default", path, sizeof path,
                     &explicit_path)) {
    if (!given)
      return EXIT_OK; /* the built-in default is the same theme */
    cli_error("render",
              "no template `%s`: looked for templates/%s.yaml and "
              "%s/%s.yaml",
              arg, arg, TL_TEMPLATE_DIR, arg);
    return EXIT_SYSTEM;
  }
  char *text;
  size_t len;
  int code = cli_read_input("render", path, TEMPLATE_MAX_BYTES, &text, &len);
  if (code != EXIT_OK)
    return code;
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status st = tl_theme_parse(text, len, path, theme, &diags);
  cli_report(&diags, text, len);
  tl_diags_free(&diags);
  free(text);
  return cli_exit_code(st);
}

static int load_events(const char *path, tl_doc **doc) {
  char *text;
  size_t len;
  int code = cli_read_input("render", path, TL_EVENTS_MAX_BYTES, &text, &len);
  if (code != EXIT_OK)
    return code;
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status st = tl_doc_parse(text, len, cli_input_name(path), doc, &diags);
  cli_report(&diags, text, len);
  tl_diags_free(&diags);
  free(text);
  return cli_exit_code(st);
}

/* Page sizes in points (= scene pixels), landscape unless vertical. */
static void apply_page(render_args *a) {
  if (!a->page)
    return;
  double w = strcmp(a->page, "a4") == 0 ? 841.89 : 792;
  double h = strcmp(a->page, "a4") == 0 ? 595.28 : 612;
  if (a->layout.orientation == TL_ORIENT_VERTICAL) {
    double t = w;
    w = h;
    h = t;
  }
  if (a->layout.width <= 0)
    a->layout.width = w;
  if (a->layout.height == 0)
    a->layout.height = h;
  a->layout.page = true;
}

static int write_dump(const tl_scene *scene, const char *path) {
  char *json, err[512];
  size_t len;
  if (tl_scene_dump_json(scene, &json, &len) != TL_OK) {
    cli_error("render", "out of memory writing the layout");
    return EXIT_SYSTEM;
  }
  tl_status st = tl_write_file_atomic(path, json, len, err, sizeof err);
  free(json);
  if (st != TL_OK) {
    cli_error("render", "%s", err);
    return EXIT_SYSTEM;
  }
  return EXIT_OK;
}

/* The directory a file is to be written in exists (the atomic writer would
 * say so too, but only after layout). */
static int check_dir(const char *what, const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash)
    return EXIT_OK;
  char dir[1024];
  size_t len = slash == path ? 1 : (size_t)(slash - path);
  if (len >= sizeof dir)
    return EXIT_OK; /* let the writer report it */
  memcpy(dir, path, len);
  dir[len] = '\0';
  struct stat st;
  if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode)) {
    cli_error("render", "cannot write the %s %s: no directory %s", what, path,
              dir);
    return EXIT_SYSTEM;
  }
  return EXIT_OK;
}

/* The default output directory is created on demand; others must exist. */
static void ensure_default_dir(const char *output) {
  if (strcmp(output, "output/timeline.svg") == 0)
    mkdir("output", 0777);
}

/* The format and the output's directory are checked before layout, which
 * takes seconds for ten thousand events: a typo should not wait for it.
 * Returns EXIT_OK or the exit code to stop with. */
static int check_output(const render_args *a, const char *output,
                        tl_format *format) {
  *format = a->format;
  if (!a->has_format && !tl_format_from_path(output, format)) {
    cli_error("render",
              "cannot tell the format of `%s`: name it .svg, .png "
              "or .pdf, or give --format",
              output);
    return EXIT_USAGE;
  }
  ensure_default_dir(output);
  return check_dir("output", output);
}

static int draw(const render_args *a, const tl_scene *scene, const char *output,
                tl_format format) {
  char err[512];
  tl_status st =
      tl_render_file(scene, format, a->pixel_scale, output, err, sizeof err);
  if (st != TL_OK) {
    cli_error("render", "%s", err);
    return st == TL_ERR_LIMIT ? EXIT_INVALID : EXIT_SYSTEM;
  }
  fprintf(stderr, "timeline render: wrote %s (%.0fx%.0f, %s)\n", output,
          tl_scene_width(scene), tl_scene_height(scene),
          tl_scene_orientation(scene) == TL_ORIENT_VERTICAL ? "vertical"
                                                            : "horizontal");
  return EXIT_OK;
}

static int lay_out(render_args *a, const tl_doc *doc, const tl_theme *theme,
                   tl_scene **scene) {
  tl_measurer m;
  if (tl_measurer_pango_new(&m) != TL_OK) {
    cli_error("render", "cannot set up text measurement (Pango)");
    return EXIT_SYSTEM;
  }
  if (a->layout.height < 0)
    a->layout.height = 0; /* auto: theme.height was set to 0 too */
  tl_diags diags;
  tl_diags_init(&diags);
  tl_status st = tl_layout(doc, theme, &a->layout, &m, scene, &diags);
  cli_report(&diags, NULL, 0);
  tl_diags_free(&diags);
  tl_measurer_pango_free(&m);
  return cli_exit_code(st);
}

int cmd_render(int argc, char **argv) {
  render_args a;
  int code = parse_args(argc, argv, &a);
  if (code != EXIT_OK)
    return code < 0 ? EXIT_OK : code;
  bool auto_height = a.layout.height < 0;
  apply_page(&a);
  tl_theme theme;
  if ((code = load_theme(a.template_arg, &theme)) != EXIT_OK)
    return code;
  if (auto_height)
    theme.height = 0;
  tl_doc *doc = NULL;
  if ((code = load_events(a.input, &doc)) != EXIT_OK)
    return code;
  const char *output = a.output ? a.output
                       : a.dump ? NULL
                                : "output/timeline.svg";
  tl_format format = TL_FORMAT_SVG;
  if (output && (code = check_output(&a, output, &format)) != EXIT_OK) {
    tl_doc_free(doc);
    return code;
  }
  if (a.dump && (code = check_dir("layout", a.dump)) != EXIT_OK) {
    tl_doc_free(doc);
    return code;
  }
  tl_scene *scene = NULL;
  code = lay_out(&a, doc, &theme, &scene);
  if (code == EXIT_OK && a.dump)
    code = write_dump(scene, a.dump);
  if (code == EXIT_OK && output)
    code = draw(&a, scene, output, format);
  tl_scene_free(scene);
  tl_doc_free(doc);
  return code;
}
