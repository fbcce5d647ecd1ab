#!/usr/bin/env bash
# Merge throughput: about one million triples of article graphs, merged and
# written as Turtle by `newskg merge`, next to serdi reading and writing the
# same triples and sordi loading and writing them, in the same run.
#   bench/merge.sh [NEWSKG] [TRIPLES]
#   BASELINE=OTHER_NEWSKG bench/merge.sh ...  (also merges with OTHER_NEWSKG,
#                                            interleaved, and checks the bytes)
# Prints wall time, CPU time (user + system) and peak memory of each, and
# newskg's times as ratios of the others'. CPU time is the steadier figure on
# a shared machine.
set -euo pipefail
. "$(dirname "$0")/common.sh" merge "${1:-}"
want=${2:-1000000}
command -v /usr/bin/time >/dev/null || { echo "merge: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
# Article graphs: the development articles under new ids until there are enough triples.
python3 "$here/bench/repeat_articles.py" "$articles" "$tmp/in.jsonl" --count 2000 >/dev/null
"$newskg" extract --jobs "$(nproc)" "$tmp/in.jsonl" -o "$tmp/part.nt" --format ntriples
per_copy=$(wc -l <"$tmp/part.nt")
# Copies of the graph under other base IRIs make distinct triples.
copies=$(( (want + per_copy - 1) / per_copy ))
for c in $(seq 1 "$copies"); do sed "s#https://w3id.org/newskg/id/#https://w3id.org/newskg/id/c$c/#g" "$tmp/part.nt"; done >"$tmp/all.nt"
serdi -i ntriples -o turtle "$tmp/all.nt" >"$tmp/all.ttl"
triples=$(wc -l <"$tmp/all.nt")
echo "input: $triples triples, $(( $(stat -c %s "$tmp/all.ttl") / 1000000 )) MB of Turtle"
measure() {  # name, command...: prints "name seconds cpu_seconds peak_kB"; output in $tmp/name.ttl
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@" >"$tmp/$name.ttl"
  echo "$name $(cat "$tmp/time" | awk '{print $1, $2 + $3, $4}')"
}
# All write Turtle to standard output, into a file of the same folder. Three
# rounds, interleaved; the table shows each one's median time.
for round in 1 2 3; do
  measure "newskg-merge" "$newskg" merge "$tmp/all.ttl"
  measure "newskg-merge-j1" "$newskg" merge --jobs 1 "$tmp/all.ttl"
  measure "serdi" serdi -i turtle -o turtle "$tmp/all.ttl"
  measure "sordi" sordi -i turtle -o turtle "$tmp/all.ttl"
  if [ -n "${BASELINE:-}" ]; then
    measure "baseline-merge" "$BASELINE" merge "$tmp/all.ttl"
    measure "baseline-merge-j1" "$BASELINE" merge --jobs 1 "$tmp/all.ttl"
  fi
done >"$tmp/results"
if [ -n "${BASELINE:-}" ]; then
  cmp -s "$tmp/newskg-merge.ttl" "$tmp/baseline-merge.ttl" || { echo "merge: the baseline wrote other bytes" >&2; exit 1; }
fi
# The merged graph is a graph: every triple parses (merge may only drop duplicates
# and fold labels, so it keeps at least 95% of the input).
merged=$(serdi -i turtle -o ntriples "$tmp/newskg-merge.ttl" | wc -l)
echo "merged: $merged triples"
[ "$merged" -ge $(( triples * 95 / 100 )) ] || { echo "merge: output lost triples" >&2; exit 1; }
python3 - "$tmp/results" <<'PY'
import sys
import statistics
runs = {}
for line in open(sys.argv[1]):
    name, s, cpu, kb = line.split()
    runs.setdefault(name, []).append((float(s), float(cpu), int(kb)))
rows = {name: (statistics.median(s for s, _, _ in r), statistics.median(c for _, c, _ in r),
               max(kb for _, _, kb in r)) for name, r in runs.items()}
for name, (s, cpu, kb) in rows.items():
    print(f'{name:18} {s:7.2f} s wall  {cpu:6.2f} s CPU   peak {kb / 1024:7.1f} MiB   '
          f'(wall runs: {" ".join(f"{t:.2f}" for t, _, _ in runs[name])}; '
          f'CPU runs: {" ".join(f"{c:.2f}" for _, c, _ in runs[name])})')
for name in ('newskg-merge', 'newskg-merge-j1'):
    m, c = rows[name][0], rows[name][1]
    print(f'{name} / serdi pass-through: {m / rows["serdi"][0]:.2f}x wall, {c / rows["serdi"][1]:.2f}x CPU')
    print(f'{name} / sordi load+write:   {m / rows["sordi"][0]:.2f}x wall, {c / rows["sordi"][1]:.2f}x CPU')
    if 'baseline-' + name[len('newskg-'):] in rows:
        b = rows['baseline-' + name[len('newskg-'):]]
        print(f'{name} / baseline:         {m / b[0]:.2f}x wall, {c / b[1]:.2f}x CPU, '
              f'peak {rows[name][2] / b[2]:.2f}x')
PY
