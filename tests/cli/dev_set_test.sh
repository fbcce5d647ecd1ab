#!/usr/bin/env bash
# Every development article extracts without failure, and its graph parses
# in serdi and rapper and validates, with the ontology and with the shipped
# shapes alone. Skipped (exit 77, which ctest shows as
# skipped) when the
# shared development set is not beside the checkout.
#   dev_set_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
dev="$src/../shared/dev"
if [ ! -d "$dev/articles" ]; then echo "dev set not found at $dev; skipped"; exit 77; fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
for gold in "$dev"/gold/*.json; do
  slug=$(basename "$gold" .json)
  case $slug in merged-*) continue ;; esac
  date=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["date"])' "$gold")
  if "$newskg" extract --date "$date" --id "$slug" "$dev/articles/$slug.txt" -o "$tmp/$slug.ttl" 2>"$tmp/err" \
     && serdi "$tmp/$slug.ttl" >/dev/null 2>&1 && rapper -q -i turtle -c "$tmp/$slug.ttl" 2>/dev/null \
     && "$newskg" validate "$tmp/$slug.ttl" >"$tmp/v" 2>&1 \
     && "$newskg" validate --shapes "$src/ontology/shapes.ttl" "$tmp/$slug.ttl" >"$tmp/v" 2>&1; then
    passed=$((passed+1))
  else
    echo "FAIL: $slug: $(cat "$tmp/err" "$tmp/v" 2>/dev/null | head -5)"; failed=$((failed+1))
  fi
done
echo "dev set: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
