/* extract.h - the event mode of `timeline extract`, shared by its files:
 * extract_events.c (options and inputs), extract_output.c (writing),
 * extract_merge.c (--merge) and extract_jsonl.c (--input-format jsonl). */
#ifndef TL_CLI_EXTRACT_H
#define TL_CLI_EXTRACT_H

#include "cli/cli.h"

#include "io/atomic_stream.h"

typedef enum { OUT_YAML, OUT_JSONL } out_format;

typedef struct extract_opts {
  bool have_dct;
  tl_date dct;
  const char *output; /* -o FILE, or NULL for standard output */
  const char *merge;  /* --merge FILE */
  out_format format;
  bool jsonl_input;
  const tl_gazetteer *gazetteer; /* NULL: built-in */
  const char *title;             /* the output's title */
} extract_opts;

/* The command (extract_events.c) and its help. */
int cli_extract_events(int argc, char **argv);
void cli_extract_usage(FILE *out);

/* Where output goes: standard output, or a file written atomically. */
typedef struct out_sink {
  tl_stream stream;
  bool to_file;
  bool failed;
  size_t events; /* written so far */
} out_sink;

int out_open(out_sink *o, const char *path);
void out_write(out_sink *o, const char *data, size_t len);
/* Finishes (commit or flush); returns an exit code. */
int out_close(out_sink *o, bool ok);

/* The extraction's events in date order (stable): a malloc'd array of
 * indices, NULL when there are none or memory ran out (*ok false). */
size_t *events_in_date_order(const tl_extraction *x, bool *ok);

/* Writes every event of x: a whole YAML file, or JSON lines. */
int write_all_events(const tl_extraction *x, const extract_opts *o);

/* Streaming: the YAML header, the events of x (appended), the ending. */
void stream_begin(out_sink *s, const extract_opts *o);
bool stream_events(out_sink *s, const tl_extraction *x, const extract_opts *o);
void stream_end(out_sink *s, const extract_opts *o);

/* --merge: adds x's new events to the file; returns an exit code. */
int merge_events(const tl_extraction *x, const extract_opts *o);

/* --input-format jsonl over one input ("-": standard input).  Events go to
 * `sink` as each article is read when it is not NULL (streaming), else
 * they stay in x.  Returns an exit code; *articles and *undated count. */
int read_jsonl(const char *path, tl_extraction *x, const extract_opts *o,
               out_sink *sink, size_t *articles, size_t *undated);

#endif
