list(APPEND TL_CLI_SOURCES cli/main.c cli/args.c cli/report.c cli/cmd_check.c
  cli/cmd_fmt.c cli/cmd_extract.c)
