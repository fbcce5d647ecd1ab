#!/usr/bin/env bash
# An independent SHACL engine (npm shacl-engine, in node) given only
# ontology/shapes.ttl agrees with `newskg validate --shapes` on the sample,
# on every dev-set output (when ../shared/dev is there) and on a dozen graphs
# broken on purpose: the same verdict and the same number of results.
# shacl-engine is installed into the build tree when missing, as
# scripts/setup installs Debian packages. Skipped (exit 77) without node
# and npm, or when npm cannot install.
#   shacl_engine_test.sh NEWSKG SOURCE_DIR BUILD_DIR
set -uo pipefail
newskg=$1; src=$2; build=$3
. "$src/tests/cli/lib.sh"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "skipped: node and npm are needed for the shacl-engine check (Debian: apt-get install nodejs npm)"
  exit 77
fi
js="$build/shacl-engine-js"
packages=(shacl-engine@1.1.2 n3@1 @rdfjs/data-model@2 @rdfjs/dataset@2)
if [ ! -d "$js/node_modules/shacl-engine" ] || [ ! -d "$js/node_modules/n3" ]; then
  echo "shacl_engine_test: installing ${packages[*]} into $js" >&2
  mkdir -p "$js"
  if ! npm install --prefix "$js" --no-audit --no-fund --silent "${packages[@]}" >"$tmp/npm.log" 2>&1; then
    echo "skipped: npm could not install shacl-engine: $(tail -3 "$tmp/npm.log")"
    exit 77
  fi
fi
# Node resolves the packages from the script's own folder.
cp "$src/tests/ontology/shacl_engine_check.mjs" "$js/check.mjs"
shapes="$src/ontology/shapes.ttl"

mkdir -p "$tmp/graphs"
cp "$src/samples/dw-sochi-loan.ttl" "$tmp/graphs/sample.ttl"
# An article URL, then one that is not a URL.
"$newskg" extract --date 2020-09-14 --url https://example.org/news/2020/09/14/sochi-loan \
  "$src/samples/dw-sochi-loan.txt" -o "$tmp/graphs/sample-url.ttl" 2>/dev/null || fail "extract --url"
sed 's|schema:url "[^"]*"|schema:url "not a url"|' "$tmp/graphs/sample-url.ttl" >"$tmp/graphs/broken-url.ttl"
. "$src/tests/ontology/broken_graphs.sh"
make_broken_graphs "$src/samples/dw-sochi-loan.ttl" "$tmp/graphs"
dev="$src/../shared/dev"
if [ -d "$dev/articles" ]; then
  for gold in "$dev"/gold/*.json; do
    slug=$(basename "$gold" .json)
    case $slug in merged-*) continue ;; esac
    date=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["date"])' "$gold")
    "$newskg" extract --date "$date" --id "$slug" "$dev/articles/$slug.txt" -o "$tmp/graphs/dev-$slug.ttl" 2>/dev/null \
      || fail "extract $slug"
  done
else
  echo "note: no dev set at $dev; checking the sample and the broken graphs only"
fi

# The multi-article samples merged: entities joined across articles, with owl:sameAs.
mkdir -p "$tmp/multi"
for article in "$src"/samples/multi/articles/*.txt; do
  slug=$(basename "$article" .txt)
  date=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["date"])' "$src/samples/multi/gold/$slug.json")
  "$newskg" extract --date "$date" --id "$slug" "$article" -o "$tmp/multi/$slug.ttl" 2>/dev/null || fail "extract $slug"
done
"$newskg" merge "$tmp/multi"/*.ttl -o "$tmp/graphs/multi-merged.ttl" 2>/dev/null || fail "merge"
grep -q 'owl:sameAs' "$tmp/graphs/multi-merged.ttl" && ok || fail "the merged samples hold no owl:sameAs"

node "$js/check.mjs" "$shapes" "$tmp/graphs"/*.ttl >"$tmp/engine.out" 2>"$tmp/engine.err" \
  || { fail "shacl-engine failed: $(head -5 "$tmp/engine.err")"; }
valid=0; broken=0
for g in "$tmp/graphs"/*.ttl; do
  name=$(basename "$g" .ttl)
  "$newskg" validate --shapes "$shapes" "$g" >"$tmp/ours.out" 2>/dev/null; code=$?
  ours=$(grep -c "" "$tmp/ours.out")
  line=$(grep -E "^$g (conforms|[0-9]+ result)" "$tmp/engine.out")
  case $line in
    *" conforms") theirs=0 ;;
    *" result(s)") theirs=$(echo "$line" | awk '{print $2}') ;;
    *) fail "$name: no shacl-engine verdict"; continue ;;
  esac
  case $name in broken-*) broken=$((broken+1)); want=1 ;; *) valid=$((valid+1)); want=0 ;; esac
  if [ "$code" = "$want" ] && [ "$ours" = "$theirs" ]; then ok; else
    fail "$name: newskg exit $code with $ours result(s), shacl-engine $theirs result(s), expected exit $want"
    cat "$tmp/ours.out"; grep -A50 "^$g " "$tmp/engine.out" | sed -n '2,/^\//p' | head -20
  fi
done
echo "shacl-engine check: $valid valid and $broken broken graphs; $passed agree, $failed differ"
[ "$failed" -eq 0 ]
