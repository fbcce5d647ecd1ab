#!/usr/bin/env bash
# Extraction throughput on one core, next to serdi reading the output, in the same run.
#   bench/speed.sh [NEWSKG] [MEGABYTES]
# Repeats the development articles (../shared/dev/articles) into a JSONL of at
# least MEGABYTES MB (default 20), extracts it with newskg pinned to one
# core, then has serdi parse the Turtle produced. Prints MB/s for both and
# their ratio.
set -euo pipefail
. "$(dirname "$0")/common.sh" speed "${1:-}"
mb=${2:-20}
text_bytes=$(python3 "$here/bench/repeat_articles.py" "$articles" "$tmp/in.jsonl" --megabytes "$mb")
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
t0=$(date +%s.%N)
$pin "$newskg" extract "$tmp/in.jsonl" -o "$tmp/out.ttl"
t1=$(date +%s.%N)
$pin serdi -i turtle -o ntriples "$tmp/out.ttl" >/dev/null
t2=$(date +%s.%N)
out_bytes=$(stat -c %s "$tmp/out.ttl")
python3 - "$text_bytes" "$out_bytes" "$t0" "$t1" "$t2" <<'PY'
import sys
text, out, t0, t1, t2 = int(sys.argv[1]), int(sys.argv[2]), *map(float, sys.argv[3:])
ext, ser = t1 - t0, t2 - t1
print(f'newskg extract: {text/1e6:.1f} MB of text in {ext:.2f} s = {text/1e6/ext:.2f} MB/s (one core)')
print(f'serdi reading its output: {out/1e6:.1f} MB of Turtle in {ser:.2f} s = {out/1e6/ser:.2f} MB/s')
print(f'ratio extract time / serdi time: {ext/ser:.2f}')
PY
# One long article (the dev articles joined, about 5 MB): a step whose cost
# grows with the square of an article's length shows here, not above.
python3 - "$articles" "$tmp/long.txt" <<'PY'
import pathlib, sys
text = ''.join(p.read_text() for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')))
pathlib.Path(sys.argv[2]).write_text((text * (5_000_000 // len(text) + 1))[:5_000_000])
PY
t3=$(date +%s.%N)
$pin "$newskg" extract --date 2024-03-13 "$tmp/long.txt" -o "$tmp/long.ttl"
t4=$(date +%s.%N)
python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'one 5.0 MB article: {s:.2f} s = {5/s:.2f} MB/s (one core)')" "$t3" "$t4"
