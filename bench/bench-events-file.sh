#!/bin/sh
# Time and peak memory of loading and canonicalizing events files of
# growing size: `timeline check` (parse + validate) and `timeline fmt
# --check` (parse + validate + plan edits + re-validate the result).
#   bench/bench-events-file.sh [BUILD_DIR]
set -eu
build=${1:-build}
bin=$(cd "$build" && pwd)/timeline
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
here=$(dirname "$0")
printf '%-8s %-10s %-12s %-10s %-14s %-10s\n' events bytes "check s" "check MB" "fmt --check s" "fmt MB"
for n in 1000 10000 100000; do
  python3 "$here/gen-events.py" "$n" --friendly > "$tmp/e.yaml"
  bytes=$(wc -c < "$tmp/e.yaml")
  /usr/bin/time -f "%e %M" -o "$tmp/t1" "$bin" check -q "$tmp/e.yaml" || true
  /usr/bin/time -f "%e %M" -o "$tmp/t2" "$bin" fmt --check "$tmp/e.yaml" 2>/dev/null || true
  read -r s1 k1 <<EOT
$(tail -n 1 "$tmp/t1")
EOT
  read -r s2 k2 <<EOT
$(tail -n 1 "$tmp/t2")
EOT
  printf '%-8s %-10s %-12s %-10s %-14s %-10s\n' "$n" "$bytes" "$s1" "$((k1 / 1024))" "$s2" "$((k2 / 1024))"
done
