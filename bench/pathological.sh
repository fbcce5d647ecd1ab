#!/usr/bin/env bash
# Extraction time on pathological text against ordinary text of the same
# size, in one run: one line of sentences with no line break, one sentence
# with no end, capitalized words only, and quotation marks only. Each ratio
# should stay within 3x of ordinary text.
#   bench/pathological.sh [NEWSKG] [MEGABYTES]
set -euo pipefail
. "$(dirname "$0")/common.sh" pathological "${1:-}"
mb=${2:-1}
python3 - "$articles" "$tmp" "$mb" <<'PY'
import pathlib, random, sys
articles, out, mb = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), float(sys.argv[3])
size = int(mb * 1_000_000)
random.seed(7)
ordinary = ''.join(p.read_text() for p in sorted(articles.glob('*.txt')))
def fill(unit):
    return (unit * (size // len(unit) + 1))[:size]
(out / 'ordinary.txt').write_text(fill(ordinary))
(out / 'one-line.txt').write_text(fill(' '.join(ordinary.split())))
words = ' '.join(ordinary.replace('.', ' ').replace('!', ' ').replace('?', ' ').split())
(out / 'one-sentence.txt').write_text(fill(words + ' ')[:-1] + '.')
caps = ' '.join(w[:1].upper() + w[1:] for w in words.split())
(out / 'capitalized.txt').write_text(fill(caps + ' '))
(out / 'quotes.txt').write_text(fill('"a" "b" \u201cc\u201d '))
PY
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
base=""
for f in ordinary one-line one-sentence capitalized quotes; do
  t0=$(date +%s.%N)
  $pin "$newskg" extract --date 2024-03-13 "$tmp/$f.txt" -o "$tmp/$f.ttl"
  t1=$(date +%s.%N)
  s=$(python3 -c "print(f'{float(\"$t1\")-float(\"$t0\"):.2f}')")
  [ -z "$base" ] && base=$s
  python3 -c "print(f'{\"$f\":14s} {$s:7.2f} s  {($s)/max($base,0.01):5.2f}x ordinary')"
done
