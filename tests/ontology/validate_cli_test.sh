#!/usr/bin/env bash
# `newskg validate` with --shapes and --report: exit 0 / 1 / 2, errors that
# name the shape and the triple, repeatable --shapes, a report every Turtle
# parser reads, and the shipped shapes standing alone (the same verdict with
# and without the ontology) on the sample and on graphs broken on purpose.
#   validate_cli_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
. "$src/tests/cli/lib.sh"
shapes="$src/ontology/shapes.ttl"

cat >"$tmp/prefixes.ttl" <<'TTL'
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <https://e.org/> .
TTL
# Two shapes files, read together: one has the target, the other the constraint.
{ cat "$tmp/prefixes.ttl"; echo ':S a sh:NodeShape ; sh:targetClass :C ; sh:node :T .'; } >"$tmp/s1.ttl"
{ cat "$tmp/prefixes.ttl"; echo ':T a sh:NodeShape ; sh:property [ sh:path :name ; sh:minCount 1 ; sh:pattern "^\\p{Lu}" ] .'; } >"$tmp/s2.ttl"
{ cat "$tmp/prefixes.ttl"; echo ':a a :C ; :name "Émile" .'; } >"$tmp/good.ttl"
{ cat "$tmp/prefixes.ttl"; echo ':a a :C ; :name "émile" . :b a :C .'; } >"$tmp/bad.ttl"

expect 0 "" -- "$newskg" validate --shapes "$tmp/s1.ttl" --shapes "$tmp/s2.ttl" "$tmp/good.ttl"
expect 1 "" -- "$newskg" validate --shapes "$tmp/s1.ttl" --shapes "$tmp/s2.ttl" --report "$tmp/report.ttl" "$tmp/bad.ttl"
grep -q "<https://e.org/a> -: value <https://e.org/a> does not conform to <https://e.org/T>" "$tmp/out" \
  && ok || fail "validate output: $(cat "$tmp/out")"
# The report: Turtle that serdi and rapper read, with sh:conforms false and two results.
serdi -i turtle -o ntriples "$tmp/report.ttl" >"$tmp/report.nt" 2>/dev/null && ok || fail "serdi cannot read the report"
rapper -q -i turtle -c "$tmp/report.ttl" 2>/dev/null && ok || fail "rapper cannot read the report"
grep -q '<http://www.w3.org/ns/shacl#conforms> "false"^^<http://www.w3.org/2001/XMLSchema#boolean>' "$tmp/report.nt" \
  && ok || fail "report lacks sh:conforms false"
[ "$(grep -c '<http://www.w3.org/ns/shacl#focusNode>' "$tmp/report.nt")" = 2 ] && ok || fail "report has not 2 results"
# Conforming data: a report that says so.
expect 0 "" -- "$newskg" validate --shapes "$tmp/s1.ttl" --shapes "$tmp/s2.ttl" --report "$tmp/ok.ttl" "$tmp/good.ttl"
grep -q "sh:conforms true" "$tmp/ok.ttl" && ok || fail "conforming report: $(cat "$tmp/ok.ttl")"

# Ill-formed shapes: exit 2, naming the shape and the triple.
{ cat "$tmp/prefixes.ttl"; echo ':R a sh:NodeShape ; sh:targetNode :a ; sh:pattern "([a-" .'; } >"$tmp/regex.ttl"
expect 2 'shape <https://e.org/R>: triple <https://e.org/R> <http://www.w3.org/ns/shacl#pattern> "\(\[a-" : invalid regular expression' \
  -- "$newskg" validate --shapes "$tmp/regex.ttl" "$tmp/good.ttl"
{ cat "$tmp/prefixes.ttl"; echo ':P a sh:PropertyShape ; sh:targetNode :a ; sh:path [ :x :y ] .'; } >"$tmp/path.ttl"
expect 2 "shape <https://e.org/P>: triple <https://e.org/P> <http://www.w3.org/ns/shacl#path> _:" \
  -- "$newskg" validate --shapes "$tmp/path.ttl" "$tmp/good.ttl"
expect 1 "no such file" -- "$newskg" validate --shapes "$tmp/missing.ttl" "$tmp/good.ttl"
expect 2 "exclude each other" -- "$newskg" validate --shapes "$tmp/s1.ttl" --ontology "$src/ontology" "$tmp/good.ttl"

# The shipped shapes alone agree with the full check (ontology and shapes) on
# the sample and on broken copies of it.
sample="$src/samples/dw-sochi-loan.ttl"
expect 0 "" -- "$newskg" validate "$sample"
expect 0 "" -- "$newskg" validate --shapes "$shapes" "$sample"
# An article URL that is not a URL (as a JSONL line could give it).
"$newskg" extract --date 2020-09-14 --url https://example.org/news/2020/09/14/sochi-loan \
  "$src/samples/dw-sochi-loan.txt" -o "$tmp/url.ttl" 2>/dev/null && ok || fail "extract --url"
expect 0 "" -- "$newskg" validate --shapes "$shapes" "$tmp/url.ttl"
sed 's|schema:url "[^"]*"|schema:url "not a url"|' "$tmp/url.ttl" >"$tmp/bad-url.ttl"
expect 1 "" -- "$newskg" validate --shapes "$shapes" "$tmp/bad-url.ttl"
expect 1 "" -- "$newskg" validate "$tmp/bad-url.ttl"
. "$src/tests/ontology/broken_graphs.sh"
mkdir -p "$tmp/broken"
make_broken_graphs "$sample" "$tmp/broken"
[ "$(ls "$tmp/broken" | wc -l)" = "${#broken_edits[@]}" ] && ok || fail "not every broken graph was made"
for g in "$tmp/broken"/*.ttl; do
  "$newskg" validate "$g" >/dev/null 2>&1; full=$?
  "$newskg" validate --shapes "$shapes" "$g" >"$tmp/alone.out" 2>&1; alone=$?
  [ "$full" = 1 ] && [ "$alone" = 1 ] && ok || fail "$(basename "$g"): full check exit $full, shapes alone exit $alone: $(cat "$tmp/alone.out")"
done

echo "validate: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
