/* yaml_read.c - libyaml events -> tl_ytree, with byte-exact positions.
 *
 * libyaml marks count code points (and skip a BOM), so positions are
 * turned into byte offsets through the source map's line/column table. */
#include "io/ytree.h"

#include "core/srcmap.h"

#include <string.h>
#include <yaml.h>

typedef struct reader {
  const char *name;
  const char *text; /* after the BOM */
  size_t len;
  size_t bom; /* bytes of BOM skipped */
  tl_srcmap map;
  tl_arena *arena;
  tl_diags *diags;
  yaml_parser_t parser;
  bool failed;
} reader;

typedef struct builder {
  tl_ynode *node;
  tl_ynode **keys, **values;
  size_t count, capacity;
  tl_ynode *pending_key; /* maps: a key waiting for its value */
} builder;

static size_t mark_offset(const reader *r, yaml_mark_t m) {
  return tl_srcmap_offset(&r->map, (unsigned)m.line + 1,
                          (unsigned)m.column + 1);
}

static void error_at(reader *r, yaml_mark_t m, size_t length, const char *hint,
                     const char *message) {
  size_t off = mark_offset(r, m);
  tl_diags_add(r->diags, TL_ERROR, r->name, off + r->bom, length,
               (unsigned)m.line + 1, (unsigned)m.column + 1, hint, "%s",
               message);
  r->failed = true;
}

static tl_ynode *new_node(reader *r, tl_ykind kind, yaml_mark_t start) {
  tl_ynode *n = tl_arena_alloc(r->arena, sizeof *n);
  if (!n)
    return NULL;
  n->kind = kind;
  n->line = (unsigned)start.line + 1;
  n->col = (unsigned)start.column + 1;
  n->start = mark_offset(r, start) + r->bom;
  return n;
}

static bool push(reader *r, builder *b, tl_ynode *child) {
  if (b->count == b->capacity) {
    size_t cap = b->capacity ? b->capacity * 2 : 8;
    tl_ynode **v = tl_arena_alloc(r->arena, cap * sizeof *v);
    tl_ynode **k = b->node->kind == TL_Y_MAP
                       ? tl_arena_alloc(r->arena, cap * sizeof *k)
                       : NULL;
    if (!v || (b->node->kind == TL_Y_MAP && !k))
      return false;
    if (b->count) {
      memcpy(v, b->values, b->count * sizeof *v);
      if (k)
        memcpy(k, b->keys, b->count * sizeof *k);
    }
    b->values = v;
    b->keys = k;
    b->capacity = cap;
  }
  if (b->node->kind == TL_Y_MAP) {
    if (!b->pending_key) {
      b->pending_key = child;
      return true;
    }
    b->keys[b->count] = b->pending_key;
    b->pending_key = NULL;
  }
  b->values[b->count++] = child;
  return true;
}

static tl_ystyle scalar_style(yaml_scalar_style_t s) {
  switch (s) {
  case YAML_SINGLE_QUOTED_SCALAR_STYLE:
    return TL_Y_SINGLE_QUOTED;
  case YAML_DOUBLE_QUOTED_SCALAR_STYLE:
    return TL_Y_DOUBLE_QUOTED;
  case YAML_LITERAL_SCALAR_STYLE:
    return TL_Y_LITERAL;
  case YAML_FOLDED_SCALAR_STYLE:
    return TL_Y_FOLDED;
  default:
    return TL_Y_PLAIN;
  }
}

/* Anchors and tags: refused so that what you read is what the file says. */
static bool refuse_extras(reader *r, const yaml_event_t *e,
                          const yaml_char_t *anchor, const yaml_char_t *tag,
                          bool implicit) {
  if (anchor) {
    error_at(r, e->start_mark, 1 + strlen((const char *)anchor),
             "write the value out where it is needed",
             "YAML anchors (&name) are not supported in events files");
    return false;
  }
  if (tag && !implicit) {
    error_at(r, e->start_mark, 1, "remove the tag; every value is read as text",
             "YAML tags (!tag, !!str) are not supported in events files");
    return false;
  }
  return true;
}

static void syntax_error(reader *r) {
  yaml_parser_t *p = &r->parser;
  if (p->error == YAML_MEMORY_ERROR) {
    tl_diags_add(r->diags, TL_ERROR, r->name, 0, 0, 0, 0, NULL,
                 "out of memory while reading YAML");
    r->failed = true;
    return;
  }
  char msg[256];
  if (p->context)
    snprintf(msg, sizeof msg,
             "YAML syntax error: %s (%s that starts at "
             "line %zu)",
             p->problem ? p->problem : "unknown problem", p->context,
             p->context_mark.line + 1);
  else
    snprintf(msg, sizeof msg, "YAML syntax error: %s",
             p->problem ? p->problem : "unknown problem");
  const char *hint = NULL;
  size_t at = mark_offset(r, p->problem_mark);
  if ((p->problem && strstr(p->problem, "tab")) ||
      (at < r->len && r->text[at] == '\t'))
    hint = "indent with spaces; YAML does not allow tabs for indentation";
  else if (p->problem && strstr(p->problem, "mapping values are not allowed"))
    hint = "a value containing `: ` must be quoted";
  else if (p->problem && strstr(p->problem, "did not find expected key"))
    hint = "check the indentation of this line against the lines above";
  else if (p->error == YAML_READER_ERROR)
    hint = "events files must be UTF-8 text";
  yaml_mark_t m = p->problem_mark;
  if (p->error == YAML_READER_ERROR) {
    /* Reader errors give a byte offset, not a line. */
    size_t off = p->problem_offset;
    unsigned line, col;
    tl_srcmap_locate(&r->map, off, &line, &col);
    tl_diags_add(r->diags, TL_ERROR, r->name, off + r->bom, 1, line, col, hint,
                 "%s", msg);
    r->failed = true;
    return;
  }
  error_at(r, m, 1, hint, msg);
}

tl_status tl_ytree_parse(const char *text, size_t len, const char *name,
                         tl_ytree *tree, tl_diags *diags) {
  memset(tree, 0, sizeof *tree);
  tl_arena_init(&tree->arena);
  reader r;
  memset(&r, 0, sizeof r);
  r.name = name;
  r.bom = len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  r.text = text + r.bom;
  r.len = len - r.bom;
  r.arena = &tree->arena;
  r.diags = diags;
  if (!tl_srcmap_init(&r.map, r.text, r.len))
    return TL_ERR_NOMEM;
  if (!yaml_parser_initialize(&r.parser)) {
    tl_srcmap_free(&r.map);
    return TL_ERR_NOMEM;
  }
  yaml_parser_set_input_string(&r.parser, (const unsigned char *)r.text, r.len);
  yaml_parser_set_encoding(&r.parser, YAML_UTF8_ENCODING);

  builder stack[TL_YTREE_MAX_DEPTH + 1];
  int depth = 0;
  int documents = 0;
  bool nomem = false;
  bool done = false;
  while (!done && !r.failed && !nomem) {
    yaml_event_t e;
    if (!yaml_parser_parse(&r.parser, &e)) {
      syntax_error(&r);
      break;
    }
    tl_ynode *node = NULL;
    switch (e.type) {
    case YAML_STREAM_END_EVENT:
      done = true;
      break;
    case YAML_DOCUMENT_START_EVENT:
      if (++documents > 1)
        error_at(&r, e.start_mark, 3, "split it into several files",
                 "only one YAML document per file is supported");
      break;
    case YAML_ALIAS_EVENT:
      error_at(&r, e.start_mark, 1 + strlen((const char *)e.data.alias.anchor),
               "write the value out where it is needed",
               "YAML aliases (*name) are not supported in events files");
      break;
    case YAML_SCALAR_EVENT:
      if (!refuse_extras(&r, &e, e.data.scalar.anchor, e.data.scalar.tag,
                         e.data.scalar.plain_implicit ||
                             e.data.scalar.quoted_implicit))
        break;
      node = new_node(&r, TL_Y_SCALAR, e.start_mark);
      if (!node) {
        nomem = true;
        break;
      }
      node->end = mark_offset(&r, e.end_mark) + r.bom;
      node->text = tl_arena_strndup(r.arena, (const char *)e.data.scalar.value,
                                    e.data.scalar.length);
      node->len = e.data.scalar.length;
      node->style = scalar_style(e.data.scalar.style);
      if (!node->text)
        nomem = true;
      break;
    case YAML_SEQUENCE_START_EVENT:
    case YAML_MAPPING_START_EVENT: {
      bool seq = e.type == YAML_SEQUENCE_START_EVENT;
      if (!refuse_extras(
              &r, &e,
              seq ? e.data.sequence_start.anchor : e.data.mapping_start.anchor,
              seq ? e.data.sequence_start.tag : e.data.mapping_start.tag,
              seq ? e.data.sequence_start.implicit
                  : e.data.mapping_start.implicit))
        break;
      if (depth == TL_YTREE_MAX_DEPTH) {
        error_at(&r, e.start_mark, 1, NULL,
                 "nesting is too deep (more than 64 levels)");
        break;
      }
      tl_ynode *n = new_node(&r, seq ? TL_Y_SEQ : TL_Y_MAP, e.start_mark);
      if (!n) {
        nomem = true;
        break;
      }
      n->flow = seq ? e.data.sequence_start.style == YAML_FLOW_SEQUENCE_STYLE
                    : e.data.mapping_start.style == YAML_FLOW_MAPPING_STYLE;
      memset(&stack[depth], 0, sizeof stack[depth]);
      stack[depth++].node = n;
      break;
    }
    case YAML_SEQUENCE_END_EVENT:
    case YAML_MAPPING_END_EVENT: {
      builder *b = &stack[--depth];
      node = b->node;
      node->end = mark_offset(&r, e.end_mark) + r.bom;
      node->keys = b->keys;
      node->values = b->values;
      node->count = b->count;
      break;
    }
    default:
      break;
    }
    if (node) {
      if (depth == 0)
        tree->root = node;
      else if (!push(&r, &stack[depth - 1], node))
        nomem = true;
    }
    yaml_event_delete(&e);
  }
  yaml_parser_delete(&r.parser);
  tl_srcmap_free(&r.map);
  if (nomem) {
    tl_diags_add(diags, TL_ERROR, name, 0, 0, 0, 0, NULL,
                 "out of memory while reading YAML");
    tl_ytree_free(tree);
    return TL_ERR_NOMEM;
  }
  if (r.failed) {
    tl_ytree_free(tree);
    return TL_ERR_INVALID;
  }
  return TL_OK;
}

void tl_ytree_free(tl_ytree *tree) {
  tl_arena_free(&tree->arena);
  tree->root = NULL;
}
