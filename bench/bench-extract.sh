#!/bin/sh
# Time and peak memory of `timeline extract` on a stream of articles
# (--input-format jsonl): memory must stay bounded by the largest article
# whatever the size of the input.  Also one large text article.
#   bench/bench-extract.sh [BUILD_DIR] [MEGABYTES...]
set -eu
build=${1:-build}
shift || true
sizes=${*:-"1 10 100"}
bin=$(cd "$build" && pwd)/timeline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")
printf '%-10s %-12s %-9s %-9s %-10s %-8s\n' input bytes articles events seconds "peak MB"
for mb in $sizes; do
  python3 "$here/gen-articles.py" $((mb * 1000000)) > "$tmp/a.jsonl"
  bytes=$(wc -c < "$tmp/a.jsonl")
  lines=$(wc -l < "$tmp/a.jsonl")
  /usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" extract --input-format jsonl \
    -f jsonl -o "$tmp/out.jsonl" "$tmp/a.jsonl"
  read -r s k <<EOT
$(tail -n 1 "$tmp/t")
EOT
  events=$(wc -l < "$tmp/out.jsonl")
  printf "%-10s %-12s %-9s %-9s %-10s %-8s\n" "${mb}MB.jsonl" "$bytes" "$lines" "$events" "$s" "$(awk "BEGIN { printf \"%.1f\", $k / 1024 }")"
done
# One article of 5 MB, read whole: memory follows the article.
python3 "$here/gen-articles.py" 5000000 | python3 -c '
import json, sys
print("\n\n".join(json.loads(l)["text"] for l in sys.stdin))' > "$tmp/big.txt"
bytes=$(wc -c < "$tmp/big.txt")
/usr/bin/time -f "%e %M" -o "$tmp/t" "$bin" extract --dct 2025-01-01 \
  -f jsonl -o "$tmp/out.jsonl" "$tmp/big.txt"
read -r s k <<EOT
$(tail -n 1 "$tmp/t")
EOT
events=$(wc -l < "$tmp/out.jsonl")
printf "%-10s %-12s %-9s %-9s %-10s %-8s\n" "5MB.txt" "$bytes" 1 "$events" "$s" "$(awk "BEGIN { printf \"%.1f\", $k / 1024 }")"
