/* schema.h - the events-file schema, checked on a tl_ytree (pure). */
#ifndef TL_SCHEMA_H
#define TL_SCHEMA_H

#include "timeline.h"

#include "io/ytree.h"

/* One replacement of source bytes [start, end) by `text`. */
typedef struct tl_edit {
  size_t start, end;
  char text[TL_WHEN_MAX + 2]; /* a canonical date or key, maybe quoted */
  unsigned line, col;
  char before[64]; /* what was there, for `fmt --check` messages */
} tl_edit;

typedef struct tl_edits {
  tl_edit *items;
  size_t count, capacity;
  bool out_of_memory;
} tl_edits;

void tl_edits_free(tl_edits *edits);

/* Checks `root` (parsed from text[0..len)) against the events-file schema.
 * Every problem goes to diags.  With `edits` (for `timeline fmt`), friendly
 * dates and misspelt keys that have exactly one fix are recorded there
 * instead of being reported as errors.  On success, and when `out` is not
 * NULL, *out receives the events (the caller frees it). */
tl_status tl_schema_events(const tl_ynode *root, const char *text, size_t len,
                           const char *name, tl_doc **out, tl_diags *diags,
                           tl_edits *edits);

/* Known values of `type` (NULL-terminated), for hints and colours. */
extern const char *const tl_known_event_types[];

#endif
