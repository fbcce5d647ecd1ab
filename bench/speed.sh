#!/usr/bin/env bash
# Extraction speed and memory, with its comparison rows, in one run.
#   bench/speed.sh [NEWSKG] [MEGABYTES] [RUNS] [BASELINE]
# Repeats the development articles (../shared/dev/articles) into a JSONL of at
# least MEGABYTES MB of text (default 20) and, RUNS times (default 3),
# interleaved:
#   - newskg extract on one core (pinned with taskset): CPU and wall per MB,
#     peak RSS;
#   - newskg extract --jobs 2 (not pinned): wall, and the speedup over one core;
#   - newskg extract --split - --format ntriples (per-article graphs streamed
#     to standard output): peak RSS;
#   - serdi reading the Turtle produced (the baseline of the ratio);
#   - newskg extract of a one-sentence article on one core: the start-up
#     (loading the lexicons and models), which the one-core figure includes;
#     the rate beyond start-up is printed too (a long stream amortizes it).
# With BASELINE (another newskg binary, say the build before a change), its
# one-core extract runs too, interleaved with NEWSKG's on the same input, and
# the ratio of their CPU times is printed: a speed-up measured in one run,
# under the same load.
# Prints each figure's median and the spread (min-max) of the runs, then one
# long article (5 MB), where a step whose cost grows with the square of an
# article's length would show.
set -euo pipefail
. "$(dirname "$0")/common.sh" speed "${1:-}"
mb=${2:-20}
runs=${3:-3}
baseline=${4:-}
[ -z "$baseline" ] || [ -x "$baseline" ] || { echo "speed: $baseline is not an executable" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "speed: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
command -v serdi >/dev/null || { echo "speed: needs serdi (Debian package serdi)" >&2; exit 2; }
text_bytes=$(python3 "$here/bench/repeat_articles.py" "$articles" "$tmp/in.jsonl" --megabytes "$mb")
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
# row NAME COMMAND...: appends "NAME wall user sys peak_kB" to $tmp/rows.
row() {
  local name=$1; shift
  /usr/bin/time -f "%e %U %S %M" -o "$tmp/time" "$@"
  echo "$name $(cat "$tmp/time")" >>"$tmp/rows"
}
: >"$tmp/rows"
printf 'Officials met in Paris on Monday.\n' >"$tmp/short.txt"
for r in $(seq 1 "$runs"); do
  row j1 $pin "$newskg" extract "$tmp/in.jsonl" -o "$tmp/out.ttl"
  if [ -n "$baseline" ]; then
    row base $pin "$baseline" extract "$tmp/in.jsonl" -o "$tmp/base.ttl"
    cmp -s "$tmp/out.ttl" "$tmp/base.ttl" || echo "speed: note: $baseline wrote other bytes" >&2
  fi
  row j2 "$newskg" extract --jobs 2 "$tmp/in.jsonl" -o "$tmp/out2.ttl"
  cmp -s "$tmp/out.ttl" "$tmp/out2.ttl" || { echo "speed: --jobs 2 wrote other bytes" >&2; exit 1; }
  row stream $pin "$newskg" extract --split - --format ntriples "$tmp/in.jsonl" >/dev/null
  row serdi $pin serdi -i turtle -o ntriples "$tmp/out.ttl" >/dev/null
  row start $pin "$newskg" extract --date 2024-01-01 "$tmp/short.txt" -o "$tmp/short.ttl"
done
python3 - "$text_bytes" "$(stat -c %s "$tmp/out.ttl")" "$tmp/rows" <<'PY'
import statistics, sys
text, out = int(sys.argv[1]) / 1e6, int(sys.argv[2]) / 1e6
rows = {}
for line in open(sys.argv[3]):
    name, wall, user, sys_, kb = line.split()
    rows.setdefault(name, []).append((float(wall), float(user) + float(sys_), int(kb) / 1024))
def show(label, values, unit, fmt='{:.2f}'):
    med = statistics.median(values)
    print(f'{label}: {fmt.format(med)} {unit} (runs: {fmt.format(min(values))}-{fmt.format(max(values))})')
j1, j2, st, sd = rows['j1'], rows['j2'], rows['stream'], rows['serdi']
print(f'input: {text:.1f} MB of article text as JSONL; output {out:.1f} MB of Turtle; {len(j1)} runs')
show('extract, one core: MB of text per CPU second', [text / c for _, c, _ in j1], 'MB/s')
start = statistics.median(c for _, c, _ in rows['start'])
show('start-up (a one-sentence article, one core): CPU', [c for _, c, _ in rows['start']], 's', '{:.3f}')
show('extract, one core, beyond start-up: MB of text per CPU second',
     [text / (c - start) for _, c, _ in j1], 'MB/s')
show('extract, one core: wall per MB', [w / text for w, _, _ in j1], 's/MB', '{:.3f}')
show('extract, one core: peak RSS', [m for _, _, m in j1], 'MiB', '{:.0f}')
show('extract --jobs 2: wall per MB', [w / text for w, _, _ in j2], 's/MB', '{:.3f}')
show('--jobs 2 speedup (wall, one core / two)', [a[0] / b[0] for a, b in zip(j1, j2)], 'x')
show('extract --jobs 2: peak RSS', [m for _, _, m in j2], 'MiB', '{:.0f}')
show('extract --split - (stream): peak RSS', [m for _, _, m in st], 'MiB', '{:.0f}')
show('serdi reading the Turtle: MB per CPU second', [out / c for _, c, _ in sd], 'MB/s')
show('ratio extract / serdi (CPU time)', [a[1] / b[1] for a, b in zip(j1, sd)], 'x')
if 'base' in rows:
    bs = rows['base']
    show('baseline extract, one core: MB of text per CPU second', [text / c for _, c, _ in bs], 'MB/s')
    show('speed-up over the baseline (its CPU time / this one\'s, run by run)',
         [b[1] / a[1] for a, b in zip(j1, bs)], 'x', '{:.3f}')
PY
# One long article (the dev articles joined, 5 MB).
python3 - "$articles" "$tmp/long.txt" <<'PY'
import pathlib, sys
text = ''.join(p.read_text() for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt')))
pathlib.Path(sys.argv[2]).write_text((text * (5_000_000 // len(text) + 1))[:5_000_000])
PY
/usr/bin/time -f "%e %U %S %M" -o "$tmp/time" $pin "$newskg" extract --date 2024-03-13 "$tmp/long.txt" -o "$tmp/long.ttl"
read -r wall user sys kb <"$tmp/time"
python3 -c "import sys; w,u,s,k=map(float,sys.argv[1:]); print(f'one 5.0 MB article: {w:.2f} s wall, {5/(u+s):.2f} MB per CPU second, peak RSS {k/1024:.0f} MiB')" "$wall" "$user" "$sys" "$kb"
