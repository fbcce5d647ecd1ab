#!/usr/bin/env bash
# Peak memory against input size: JSONL of 5, 20 and 80 MB of text (the
# development articles repeated under new ids), extracted into one merged
# graph, and streamed per article (--split - --format ntriples).
#   bench/memory.sh [NEWSKG] [SIZES...]      (default sizes: 5 20 80)
# Prints, per size, peak RSS, MiB of RSS per MB of text, distinct triples in
# the merged graph and bytes of RSS per distinct triple.
set -euo pipefail
. "$(dirname "$0")/common.sh" memory "${1:-}"
shift || true
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(5 20 80)
command -v /usr/bin/time >/dev/null || { echo "memory: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
printf '%-6s %-28s %10s %12s %12s %14s\n' MB run "peak MiB" "MiB per MB" triples "bytes/triple"
for mb in "${sizes[@]}"; do
  text=$(python3 "$here/bench/repeat_articles.py" "$articles" "$tmp/in.jsonl" --megabytes "$mb")
  /usr/bin/time -f "%M" -o "$tmp/time" "$newskg" extract --format ntriples "$tmp/in.jsonl" -o "$tmp/out.nt"
  kb=$(cat "$tmp/time"); triples=$(wc -l <"$tmp/out.nt")
  python3 -c "import sys; t,k,n=map(int,sys.argv[1:]); print(f'{t/1e6:<6.1f} {\"merged graph\":<28} {k/1024:10.0f} {k/1024/(t/1e6):12.2f} {n:12d} {k*1024/n:14.0f}')" "$text" "$kb" "$triples"
  /usr/bin/time -f "%M" -o "$tmp/time" "$newskg" extract --split - --format ntriples "$tmp/in.jsonl" >/dev/null
  kb=$(cat "$tmp/time")
  python3 -c "import sys; t,k=map(int,sys.argv[1:]); print(f'{t/1e6:<6.1f} {\"--split - (stream)\":<28} {k/1024:10.0f} {k/1024/(t/1e6):12.2f}')" "$text" "$kb"
  rm -f "$tmp/out.nt"
done
