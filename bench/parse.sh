#!/usr/bin/env bash
# The parse layer on the UD test sets: accuracy with ../shared/eval/ud-score.py
# (gold tokens; UPOS, UAS, LAS) and words per second on one core next to the
# HMM tagger it replaces (bench/parse_bench.cc), in one run.
#   bench/parse.sh [BUILD_DIR] [dev|test]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
split=${2:-dev}
data=$here/../shared/data
[ -x "$build/newskg_parse_bench" ] || { echo "parse: build first (scripts/build)" >&2; exit 2; }
[ -d "$data/ud-english-ewt" ] || { echo "parse: no treebanks at $data" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
pin=""; command -v taskset >/dev/null && pin="taskset -c 0"
for f in "ud-english-ewt/en_ewt-ud-$split" "ud-english-gum-ccby/gum-ccby-$split"; do
  echo "== $(basename "$f").conllu"
  "$build/newskg" parse --input-format conllu "$data/$f.conllu" -o "$tmp/pred.conllu"
  python3 "$here/../shared/eval/ud-score.py" "$data/$f.conllu" "$tmp/pred.conllu"
  $pin "$build/newskg_parse_bench" "$data/$f.conllu"
done
