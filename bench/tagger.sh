#!/usr/bin/env bash
# Part-of-speech tagger: accuracy on the GUM news treebank (Penn tags) and
# speed in tokens per second on one core, in one run.
#   bench/tagger.sh [BUILD_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$here/build}
gum=$here/../shared/data/gum-news/dep
[ -x "$build/newskg_tagger_bench" ] || { echo "tagger: build first (scripts/build)" >&2; exit 2; }
[ -d "$gum" ] || { echo "tagger: no GUM news treebank at $gum" >&2; exit 2; }
"$build/newskg_tagger_bench" "$gum"/*.conllu
