#!/usr/bin/env bash
# Quality tables: the development set and MEANTIME, scored by run-set.sh.
#   bench/quality.sh [NEWSKG]
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
newskg=${1:-$here/build/newskg}
shared=$here/../shared
for set in "dev:$shared/dev/articles:$shared/dev/gold" \
           "meantime:$shared/eval/meantime/articles:$shared/eval/meantime/gold"; do
  IFS=: read -r name articles gold <<<"$set"
  echo "== $name"
  out=$(mktemp -d)
  "$shared/eval/run-set.sh" "$newskg" "$articles" "$gold" "$out" >"$out/log" 2>&1
  if [ "$name" = dev ]; then
    python3 "$shared/eval/score.py" --dir "$gold" "$out" --json | python3 -c '
import json, sys
d = json.load(sys.stdin)
print(f"{\"article\":36} {\"fact F1\":>8} {\"entity F1\":>10}")
for doc in d["documents"]:
    print(f"{doc[\"doc\"]:36} {doc[\"fact\"][\"f1\"]:8.3f} {doc[\"entities\"][\"f1\"]:10.3f}")
print(f"{\"all (micro)\":36} {d[\"fact_f1\"]:8.3f} {d[\"entity_f1\"]:10.3f}")'
  else
    grep -E "^(extracted|articles:)" "$out/log"
  fi
  rm -rf "$out"
done
