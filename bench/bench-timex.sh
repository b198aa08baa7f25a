#!/bin/sh
# Throughput and peak memory of the temporal tagger on synthetic news text
# of growing size (bench/gen-news.py), and on one line of dates with no
# full stop.  Time grows linearly with the input; memory stays flat
# because sentences are scanned one at a time.
#   bench/bench-timex.sh [BUILD_DIR]
set -eu
build=${1:-build}
bin=$(cd "$build" && pwd)/timeline
here=$(dirname "$0")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-22s %-10s %-10s %-8s %-9s %-8s\n' input bytes mentions "s" "MB/s" "peak MB"
run() {
  label=$1
  file=$2
  bytes=$(wc -c < "$file")
  /usr/bin/time -f "%e %M" -o "$tmp/t" \
    "$bin" extract --mentions --dct 2025-09-04 "$file" > "$tmp/out"
  read -r secs kb <<EOT
$(tail -n 1 "$tmp/t")
EOT
  n=$(wc -l < "$tmp/out")
  awk -v l="$label" -v b="$bytes" -v n="$n" -v s="$secs" -v k="$kb" 'BEGIN {
    printf "%-22s %-10d %-10d %-8.2f %-9.1f %-8d\n", l, b, n, s,
           (s > 0 ? b / 1048576 / s : 0), k / 1024 }'
}
for mb in 1 4 16 32; do
  python3 "$here/gen-news.py" "$mb" > "$tmp/news.txt"
  run "news ${mb} MB" "$tmp/news.txt"
done
for mb in 1 8; do
  python3 "$here/gen-news.py" "$mb" --one-line > "$tmp/line.txt"
  run "one line ${mb} MB" "$tmp/line.txt"
done
