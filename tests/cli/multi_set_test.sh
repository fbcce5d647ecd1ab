#!/usr/bin/env bash
# The multi-article sample sets (samples/multi): run-set.sh extracts every
# article, merges each set with `newskg merge` and scores it; each merged
# graph must validate and reach fact F1 >= 0.80. Skipped when the shared
# evaluation scripts are not beside the checkout.
#   multi_set_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
eval_dir="$src/../shared/eval"
if [ ! -x "$eval_dir/run-set.sh" ]; then echo "shared/eval not found; skipped"; exit 77; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$eval_dir/run-set.sh" "$newskg" "$src/samples/multi/articles" "$src/samples/multi/gold" "$tmp" >"$tmp/log" 2>&1
passed=0; failed=0
grep -q "failed" "$tmp/log" && grep -E "^extracted .* 0 failed" -q "$tmp/log" || { echo "FAIL: extraction"; failed=$((failed+1)); }
while read -r f1; do
  if python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) >= 0.80 else 1)" "$f1"; then
    passed=$((passed+1))
  else
    echo "FAIL: merged fact F1 $f1 < 0.80"; failed=$((failed+1))
  fi
done < <(sed -n 's/^merged: fact F1 \([0-9.]*\).*/\1/p' "$tmp/log")
for g in "$tmp"/merged-*.ttl; do
  "$newskg" validate "$g" >/dev/null 2>&1 && passed=$((passed+1)) || { echo "FAIL: validate $g"; failed=$((failed+1)); }
done
grep -E "^(articles|merged):" "$tmp/log"
echo "multi: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -ge 4 ]
