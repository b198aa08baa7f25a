#!/bin/sh
# eval-timex.sh - score the temporal tagger on a TimeML corpus, TempEval-3 style.
#
#   bench/eval-timex.sh CORPUS_DIR [te3.py score options, e.g. --errors]
#
# CORPUS_DIR holds TimeML .tml files, directly or in subfolders (tbaq/ has
# timebank/ and aquaint/).  Each document is turned into plain text and its
# creation time with te3.py, tagged with
# `timeline extract --mentions --format jsonl --dct DCT`, and the whole set
# is scored by te3.py (strict/relaxed span F1, type F1, value F1).
#
# Environment: TIMELINE (default build/timeline), TE3 (default: te3.py in a
# `shared/tools` folder next to the project or one level up).
set -eu

if [ $# -lt 1 ] || [ ! -d "$1" ]; then
  echo "usage: $0 CORPUS_DIR [te3.py score options]" >&2
  exit 2
fi
corpus=$1
shift
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${TIMELINE:-$root/build/timeline}
if [ -z "${TE3:-}" ]; then
  for d in "$root/.." "$root/../.." "$root/../../.."; do
    if [ -f "$d/shared/tools/te3.py" ]; then
      TE3=$d/shared/tools/te3.py
      break
    fi
  done
fi
if [ -z "${TE3:-}" ] || [ ! -f "$TE3" ]; then
  echo "$0: cannot find te3.py; set TE3=/path/to/te3.py" >&2
  exit 2
fi
if [ ! -x "$bin" ]; then
  echo "$0: no $bin; build first (cmake --build build) or set TIMELINE" >&2
  exit 2
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
mkdir "$tmp/gold" "$tmp/text" "$tmp/sys"
# te3.py reads one flat folder: link every .tml there.
find "$corpus" -name '*.tml' -type f | while read -r f; do
  ln -s "$(cd "$(dirname "$f")" && pwd)/$(basename "$f")" "$tmp/gold/"
done
python3 "$TE3" totext "$tmp/gold" "$tmp/text" >/dev/null

start=$(date +%s.%N)
for txt in "$tmp"/text/*.txt; do
  name=$(basename "$txt" .txt)
  dct=$(cat "$tmp/text/$name.dct")
  if [ -n "$dct" ]; then
    "$bin" extract --mentions --format jsonl --dct "$dct" "$txt"
  else
    "$bin" extract --mentions --format jsonl "$txt"
  fi >"$tmp/sys/$name.jsonl"
done
end=$(date +%s.%N)
bytes=$(cat "$tmp"/text/*.txt | wc -c)
docs=$(ls "$tmp"/text/*.txt | wc -l)
awk -v s="$start" -v e="$end" -v b="$bytes" -v d="$docs" 'BEGIN {
  printf "tagged %d documents (%.0f KB) in %.2f s, one process per document\n",
         d, b / 1024, e - s }'
python3 "$TE3" score "$tmp/gold" "$tmp/sys" "$@"
