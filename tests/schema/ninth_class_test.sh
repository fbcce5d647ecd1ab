#!/usr/bin/env bash
# Adding an event class is a change of data files alone. This test copies
# extract/data and ontology/ into a temporary folder, adds a ninth class
# (Strike: a labour strike) as rows and files only - triggers, roles,
# identity fields, the class table, the ontology's class and property, and
# its shapes - and checks, with NEWSKG_DATA_DIR and NEWSKG_ONTOLOGY_DIR
# pointing there, that:
#   - the schema agreement test passes on the extended folders, and fails
#     when the ontology lacks the new class;
#   - `extract` writes an nkg:Strike with its participant, place, date and
#     count (under the count property the class table names);
#   - the graph validates against the extended ontology and not against the
#     shipped one;
#   - `merge` joins two articles' mentions of one strike and keeps a strike
#     on another week apart, by the class's identity row.
#   ninth_class_test.sh NEWSKG SCHEMA_AGREEMENT_TEST SOURCE_DIR
set -uo pipefail
newskg=$1; agreement=$2; src=$3
. "$src/tests/cli/lib.sh"

data="$tmp/data"; onto="$tmp/ontology"
cp -r "$src/extract/data" "$data"
cp -r "$src/ontology" "$onto"

# The extractor's schema: triggers, roles, identity fields, class table.
printf '%s\n' '# A labour strike (test-only class).' strike walkout 'walk out' >"$data/events/strike.txt"
printf 'Strike\tparticipant\tsubject\tOrganization\tany\tnsubj\n' >>"$data/events/roles.tsv"
printf 'Strike\tplace\tplace\tCity,Place,Country\tany\t-\n' >>"$data/events/roles.tsv"
printf 'Strike\tdate\tdate\t-\tany\t-\n' >>"$data/events/roles.tsv"
printf 'Strike\tstrikerCount\tcount\t-\tany\t-\n' >>"$data/events/roles.tsv"
printf 'Strike\tparticipant,date\t-\t3\t-\t0.5\tplace\t-\n' >>"$data/events/identity.tsv"
printf 'Strike\tstrikerCount\tparticipant|count\t-\tshared,dated,count\t-\n' >>"$data/events/classes.tsv"

# The ontology: the class, its count property, and its shapes.
cat >>"$onto/newskg.ttl" <<'EOF'

nkg:Strike
    a owl:Class ;
    rdfs:label "strike"@en ;
    rdfs:comment "A stoppage of work by employees (test-only class)."@en ;
    rdfs:subClassOf nkg:Event .

nkg:strikerCount
    a owl:DatatypeProperty ;
    rdfs:label "striker count"@en ;
    rdfs:domain nkg:Strike ;
    rdfs:range xsd:integer .
EOF
cp "$onto/shapes.ttl" "$tmp/shapes.orig"
# The class joins the event shape's targets and the mention's class list.
sed -e 's/sh:targetClass nkg:Meeting , nkg:Loan ,/sh:targetClass nkg:Strike , nkg:Meeting , nkg:Loan ,/' \
    -e 's/sh:in ( nkg:Meeting nkg:Loan/sh:in ( nkg:Strike nkg:Meeting nkg:Loan/' \
    "$tmp/shapes.orig" >"$onto/shapes.ttl"
cat >>"$onto/shapes.ttl" <<'EOF'

nkgsh:StrikeShape a sh:NodeShape ;
  sh:targetClass nkg:Strike ;
  sh:property [ sh:path nkg:participant ; sh:node nkgsh:AnEntity ] ;
  sh:property [ sh:path nkg:strikerCount ; sh:maxCount 1 ; sh:datatype xsd:integer ; sh:minInclusive 0 ] .
EOF
grep -q 'nkg:Strike , nkg:Meeting' "$onto/shapes.ttl" && grep -q 'sh:in ( nkg:Strike' "$onto/shapes.ttl" \
  || fail "the shapes' class lists were not extended (shapes.ttl changed form?)"

# The schema agreement test on the extended folders, then with the shipped ontology.
if NEWSKG_DATA_DIR="$data" NEWSKG_ONTOLOGY_DIR="$onto" "$agreement" >"$tmp/agree.log" 2>&1; then ok
else fail "schema agreement on the ninth class: $(grep -E 'Failure|error' -A3 "$tmp/agree.log" | head -20)"; fi
if NEWSKG_DATA_DIR="$data" NEWSKG_ONTOLOGY_DIR="$src/ontology" "$agreement" >"$tmp/agree2.log" 2>&1; then
  fail "schema agreement passed though the ontology lacks nkg:Strike"
elif grep -q "Strike" "$tmp/agree2.log"; then ok
else fail "schema agreement failed without naming Strike: $(tail -5 "$tmp/agree2.log")"; fi

run() { NEWSKG_DATA_DIR="$data" NEWSKG_ONTOLOGY_DIR="$onto" "$newskg" "$@"; }

# A class with roles but no row in the class table is an error that names it.
mkdir -p "$tmp/norow" && cp -r "$data" "$tmp/norow/data"
grep -v '^Strike' "$data/events/classes.tsv" >"$tmp/norow/data/events/classes.tsv"
echo 'x' >"$tmp/norow/x.txt"
expect 1 'classes.tsv: no row for Strike' -- env NEWSKG_DATA_DIR="$tmp/norow/data" "$newskg" extract "$tmp/norow/x.txt"

cat >"$tmp/a.txt" <<'EOF'
The Harbour Workers Union called out 3,000 dock workers on strike in Rotterdam on Monday, halting the container terminals.

The union said the stoppage would last until the employers improved their offer.
EOF
cat >"$tmp/b.txt" <<'EOF'
ROTTERDAM - The Harbour Workers Union began a walkout at the port of Rotterdam on Monday over pay.

Shipping lines diverted vessels to Antwerp.
EOF
cat >"$tmp/c.txt" <<'EOF'
The Harbour Workers Union staged another strike in Rotterdam on Monday.
EOF
run extract --date 2026-03-10 "$tmp/a.txt" -o "$tmp/a.ttl" 2>"$tmp/err" || fail "extract a: $(cat "$tmp/err")"
run extract --date 2026-03-10 "$tmp/b.txt" -o "$tmp/b.ttl" 2>"$tmp/err" || fail "extract b: $(cat "$tmp/err")"
run extract --date 2026-03-31 "$tmp/c.txt" -o "$tmp/c.ttl" 2>"$tmp/err" || fail "extract c: $(cat "$tmp/err")"
nt() { "$newskg" merge --format ntriples "$1" -o - 2>/dev/null; }
nt "$tmp/a.ttl" >"$tmp/a.nt"
strike_a=$(grep -o '^<[^>]*strike-1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/newskg/ontology#Strike>' "$tmp/a.nt" | cut -d' ' -f1)
if [ -n "$strike_a" ]; then ok; else fail "no nkg:Strike in a: $(grep -c . "$tmp/a.nt") triples"; fi
has() { grep -qF -- "$strike_a <https://w3id.org/newskg/ontology#$1> $2" "$tmp/a.nt" && ok || fail "a's strike lacks $1 $2"; }
has participant '<https://w3id.org/newskg/id/entity/organization/harbour-workers-union>'
has place '<https://w3id.org/newskg/id/entity/'
has date '"2026-03-09"^^<http://www.w3.org/2001/XMLSchema#date>'
has strikerCount '"3000"^^<http://www.w3.org/2001/XMLSchema#integer>'
grep -q 'ontology#count>' "$tmp/a.nt" && fail "a's count written as nkg:count, not the class's property" || ok

# Valid against the extended ontology; the shipped one does not know the class.
run validate "$tmp/a.ttl" >"$tmp/v.log" 2>&1 && ok || fail "validate a: $(head -5 "$tmp/v.log")"
NEWSKG_ONTOLOGY_DIR="$src/ontology" "$newskg" validate "$tmp/a.ttl" >"$tmp/v2.log" 2>&1 \
  && fail "a validated against the shipped ontology, which lacks nkg:Strike" || ok

# Across articles: a and b tell one strike; c is another three weeks later.
run merge --format ntriples "$tmp/a.ttl" "$tmp/b.ttl" "$tmp/c.ttl" -o "$tmp/m.nt" 2>"$tmp/err" \
  || fail "merge: $(cat "$tmp/err")"
run validate "$tmp/m.nt" >"$tmp/v3.log" 2>&1 && ok || fail "validate merged: $(head -5 "$tmp/v3.log")"
canonical=$(grep -c '#type> <https://w3id.org/newskg/ontology#Strike> \.$' "$tmp/m.nt")
mentions=$(grep -c '<https://w3id.org/newskg/ontology#eventClass> <https://w3id.org/newskg/ontology#Strike>' "$tmp/m.nt")
# One canonical strike for a and b (its two mentions), one for c alone.
[ "$canonical" = 2 ] && ok || fail "merged graph has $canonical Strike nodes, expected 2"
[ "$mentions" = 2 ] && ok || fail "merged graph has $mentions Strike mentions, expected 2"

echo "ninth class: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
