# Sourced by the validation tests: writes graphs broken on purpose, one
# violation kind each, as copies of a valid newskg graph.
#   make_broken_graphs SAMPLE.ttl OUTDIR   -> OUTDIR/broken-NAME.ttl
# An edit that changes nothing is reported on standard error and skipped.
broken_edits=(
  'lender-literal|s|nkg:lender <[^>]*>|nkg:lender "Russia"|'
  'no-label|0,/rdfs:label "[^"]*" ;/s|rdfs:label "[^"]*" ;||'
  'label-lang|0,/rdfs:label "\([^"]*\)"/s|rdfs:label "\([^"]*\)"|rdfs:label "\1"@en|'
  'bad-currency|s|schema:currency "\([A-Z]*\)"|schema:currency "usd"|'
  'decimal-string|s|schema:value \([0-9.]*\)|schema:value "\1"|'
  'date-text|s|nkg:date "[^"]*"^^xsd:date|nkg:date "last Monday"|'
  'bad-date|s|nkg:date "[^"]*"^^xsd:date|nkg:date "2020-02-30"^^xsd:date|'
  'negative-offset|0,/nkg:beginOffset [0-9]*/s|nkg:beginOffset [0-9]*|nkg:beginOffset -1|'
  'no-evidence|s|nkg:evidence <[^>]*> ;||'
  'attribution|s|nkg:attribution "asserted"|nkg:attribution "rumoured"|'
  'place-twice|0,/nkg:place <[^>]*>/s|nkg:place \(<[^>]*>\)|nkg:place \1 , <https://w3id.org/newskg/id/entity/country/ru>|'
  'place-literal|s|nkg:place <[^>]*>|nkg:place "Sochi"|'
  'alias-literal|0,/rdfs:label "Sochi" ;/s|rdfs:label "Sochi" ;|rdfs:label "Sochi" ; <http://www.w3.org/2002/07/owl#sameAs> "Sochi" ;|'
  'text-twice|0,/nkg:text "[^"]*" \.$/s|nkg:text \("[^"]*"\) \.$|nkg:text \1 , "again" .|'
)
make_broken_graphs() {
  local sample=$1 out=$2 edit name
  for edit in "${broken_edits[@]}"; do
    name=${edit%%|*}
    sed -e "${edit#*|}" "$sample" >"$out/broken-$name.ttl"
    if cmp -s "$sample" "$out/broken-$name.ttl"; then
      echo "broken graph $name: the edit changed nothing" >&2
      rm -f "$out/broken-$name.ttl"
    fi
  done
}
