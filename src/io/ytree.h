/* ytree.h - a small YAML node tree that remembers where every node is.
 *
 * libyaml's event stream is turned into this tree by yaml_read.c; schema
 * checks (events files, chart templates) then work on plain C values and
 * can point at the exact bytes a person wrote. */
#ifndef TL_YTREE_H
#define TL_YTREE_H

#include "timeline.h"

#include "core/arena.h"

typedef enum tl_ykind { TL_Y_SCALAR, TL_Y_MAP, TL_Y_SEQ } tl_ykind;

typedef enum tl_ystyle {
  TL_Y_PLAIN,
  TL_Y_SINGLE_QUOTED,
  TL_Y_DOUBLE_QUOTED,
  TL_Y_LITERAL,
  TL_Y_FOLDED
} tl_ystyle;

typedef struct tl_ynode tl_ynode;

struct tl_ynode {
  tl_ykind kind;
  unsigned line, col; /* 1-based, where the node starts */
  size_t start, end;  /* bytes of the node in the source, [start, end) */
  /* scalars */
  const char *text; /* the value after quotes and escapes, NUL-terminated */
  size_t len;
  tl_ystyle style;
  /* maps (keys[i] -> values[i]) and sequences (values[i]) */
  tl_ynode **keys;
  tl_ynode **values;
  size_t count;
  bool flow; /* [a, b] or {a: b} */
};

typedef struct tl_ytree {
  tl_arena arena; /* every node and string */
  tl_ynode *root; /* NULL for an empty document */
} tl_ytree;

/* Deepest nesting accepted; deeper input is refused, not recursed into. */
#define TL_YTREE_MAX_DEPTH 64

/* Parses one YAML document.  Anchors, aliases, tags and further documents
 * are refused with a located error (no alias-expansion bombs).  Returns
 * TL_OK, TL_ERR_INVALID (diagnostics say why) or TL_ERR_NOMEM. */
tl_status tl_ytree_parse(const char *text, size_t len, const char *name,
                         tl_ytree *tree, tl_diags *diags);
void tl_ytree_free(tl_ytree *tree);

/* The value under `key` in a map, or NULL. */
const tl_ynode *tl_ymap_get(const tl_ynode *map, const char *key);

/* A plain scalar that YAML reads as null: empty, ~, null, Null, NULL. */
bool tl_yscalar_is_null(const tl_ynode *node);

/* "a mapping", "a list", "text" - for messages. */
const char *tl_ykind_name(const tl_ynode *node);

#endif
