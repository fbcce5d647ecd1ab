#!/usr/bin/env bash
# Quality tables: the development set, MEANTIME and the multi-article sample
# sets (samples/multi, merged with newskg merge), scored by run-set.sh.
#   bench/quality.sh [NEWSKG]
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
newskg=${1:-$here/build/newskg}
shared=$here/../shared
for set in "dev:$shared/dev/articles:$shared/dev/gold" \
           "meantime:$shared/eval/meantime/articles:$shared/eval/meantime/gold" \
           "multi:$here/samples/multi/articles:$here/samples/multi/gold"; do
  IFS=: read -r name articles gold <<<"$set"
  echo "== $name"
  out=$(mktemp -d)
  "$shared/eval/run-set.sh" "$newskg" "$articles" "$gold" "$out" >"$out/log" 2>&1
  if [ "$name" = dev ]; then
    python3 "$shared/eval/score.py" --dir "$gold" "$out" --json | python3 "$here/bench/dev_table.py"
  else
    grep -E "^(extracted|articles:|merged:|run-set:|== merged)" "$out/log"
  fi
  rm -rf "$out"
done
