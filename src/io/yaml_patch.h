/* yaml_patch.h - appending events to a file a person wrote, byte-exactly. */
#ifndef TL_YAML_PATCH_H
#define TL_YAML_PATCH_H

#include "timeline.h"

#include "io/ytree.h"

typedef enum tl_append_kind {
  TL_APPEND_BLOCK,      /* after the last item of a block list */
  TL_APPEND_EMPTY_KEY,  /* `events:` with nothing after it */
  TL_APPEND_EMPTY_FLOW, /* `events: []` or `events: ~`: that value gives
                           way to the block list */
  TL_APPEND_NEW_KEY,    /* no `events:` key: one is added at the end */
  TL_APPEND_REFUSED     /* a non-empty flow list `[...]`: not touched */
} tl_append_kind;

/* Where and how new events go into existing events-file text. */
typedef struct tl_append_site {
  tl_append_kind kind;
  size_t at;          /* byte offset where the new text is inserted */
  size_t replace_end; /* TL_APPEND_EMPTY_FLOW: bytes [at, replace_end) go */
  unsigned indent;    /* spaces before the "- " of each item */
  bool blank_lines;   /* the existing items are separated by blank lines */
  bool crlf;          /* the file's lines end in CR LF */
  bool need_newline;  /* the byte before `at` is not a line break */
  unsigned line;      /* where the list is, for messages */
} tl_append_site;

/* Reads the shape of the file from its located tree.  Pure. */
void tl_append_site_find(const tl_ytree *tree, const char *text, size_t len,
                         tl_append_site *site);

/* The new file: every byte of text, in order, with the events' YAML
 * (tl_event_write_yaml at the site's indentation) inserted at the site.
 * Only TL_APPEND_EMPTY_FLOW removes bytes: the empty value "[]" or "~".  *out
 * is malloc'd.  TL_ERR_USAGE for TL_APPEND_REFUSED. */
tl_status tl_append_events(const char *text, size_t len,
                           const tl_append_site *site,
                           const tl_event *const *events, size_t count,
                           char **out, size_t *out_len);

#endif
