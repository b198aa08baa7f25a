list(APPEND TL_CLI_SOURCES cli/main.c cli/args.c cli/report.c cli/cmd_check.c
  cli/cmd_fmt.c cli/cmd_extract.c cli/cmd_render.c)

# The event mode of `timeline extract` (branch `events`).
list(APPEND TL_CLI_SOURCES cli/extract_events.c cli/extract_jsonl.c
  cli/extract_merge.c cli/extract_output.c)
