/* theme.h - template keys, for the template reader and the docs. */
#ifndef TL_RENDER_THEME_H
#define TL_RENDER_THEME_H

#include "timeline.h"

/* The i-th template key ("colors.background"), or NULL past the last. */
const char *tl_theme_key_name(size_t i);

/* True when `prefix` names a section of keys ("colors", "fonts.label",
 * "types"), i.e. a template holds a mapping there, not a scalar. */
bool tl_theme_is_section(const char *prefix);

#endif

/* True when `key` is a template key that holds a value ("types.<x>" too). */
bool tl_theme_has_key(const char *key);

/* The names that may follow "prefix." (or start a key when prefix is ""),
 * each written into names[i] (32 bytes); returns how many (at most max).
 * For suggestions: "colours" -> "colors". */
size_t tl_theme_children(const char *prefix, char (*names)[32], size_t max);
