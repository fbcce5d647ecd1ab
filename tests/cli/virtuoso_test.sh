#!/usr/bin/env bash
# A real SPARQL endpoint: starts Virtuoso Open Source 7 on 127.0.0.1 from a
# private config and database folder, loads the merged graph of the
# multi-article samples with `newskg load` (SPARQL 1.1 Graph Store HTTP
# Protocol), runs samples/queries/*.rq and compares each result with
# samples/queries/*.tsv; then stops the server.
#   virtuoso_test.sh NEWSKG SOURCE_DIR [--update]   (--update rewrites the .tsv files)
set -uo pipefail
newskg=$1; src=$2; update=${3:-}
command -v virtuoso-t >/dev/null || { echo "FAIL: virtuoso-t not found (scripts/setup installs virtuoso-opensource-7-bin)"; exit 1; }
command -v curl >/dev/null || { echo "FAIL: curl not found"; exit 1; }
. "$src/tests/cli/virtuoso_lib.sh"
start_virtuoso

# The merged graph of the sample sets: every article in one run.
python3 - "$src/samples/multi" "$tmp/multi.jsonl" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
with open(sys.argv[2], 'w') as out:
    for article in sorted((root / 'articles').glob('*.txt')):
        date = json.load(open(root / 'gold' / f'{article.stem}.json'))['date']
        out.write(json.dumps({'id': article.stem, 'date': date, 'text': article.read_text()}) + '\n')
PY
"$newskg" extract "$tmp/multi.jsonl" -o "$tmp/multi.ttl" || { echo "FAIL: extract"; exit 1; }
passed=0; failed=0
graph="https://w3id.org/newskg/graph/samples"
# Fresh database: the administrator's default password.
if NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba "$newskg" load \
     --endpoint "http://127.0.0.1:$http_port/sparql-graph-crud-auth" --graph "$graph" "$tmp/multi.ttl"; then
  passed=$((passed+1))
else
  echo "FAIL: newskg load"; failed=$((failed+1))
fi
# Errors from the endpoint reach the user.
if NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=wrong "$newskg" load \
     --endpoint "http://127.0.0.1:$http_port/sparql-graph-crud-auth" --graph "$graph" "$tmp/multi.ttl" 2>"$tmp/err"; then
  echo "FAIL: load with a wrong password succeeded"; failed=$((failed+1))
elif grep -q "HTTP 401" "$tmp/err"; then passed=$((passed+1)); else echo "FAIL: $(cat "$tmp/err")"; failed=$((failed+1)); fi
# Every triple arrived.
count=$(graph_count "$graph")
want=$(serdi "$tmp/multi.ttl" | wc -l)
[ "$count" = "$want" ] && passed=$((passed+1)) || { echo "FAIL: store holds $count triples, graph has $want"; failed=$((failed+1)); }
for rq in "$src"/samples/queries/*.rq; do
  name=$(basename "$rq" .rq)
  curl -s "$sparql" -H 'Accept: application/sparql-results+json' \
       --data-urlencode "default-graph-uri=$graph" --data-urlencode "query@$rq" >"$tmp/$name.json"
  if ! python3 "$src/tests/cli/sparql_table.py" <"$tmp/$name.json" >"$tmp/$name.tsv" 2>"$tmp/err"; then
    echo "FAIL: $name: $(head -c 300 "$tmp/$name.json")"; failed=$((failed+1)); continue
  fi
  if [ "$update" = --update ]; then cp "$tmp/$name.tsv" "$src/samples/queries/$name.tsv"; fi
  if cmp -s "$tmp/$name.tsv" "$src/samples/queries/$name.tsv"; then passed=$((passed+1)); else
    echo "FAIL: $name differs from samples/queries/$name.tsv:"; diff "$src/samples/queries/$name.tsv" "$tmp/$name.tsv" | head; failed=$((failed+1))
  fi
done

# The articles' graphs, loaded one by one into one graph, with the merged
# graph's owl:sameAs: the same answers as the merged graph after sameAs.
articles="https://w3id.org/newskg/graph/samples-by-article"
mkdir -p "$tmp/split"
"$newskg" extract --split "$tmp/split" "$tmp/multi.jsonl" || { echo "FAIL: extract --split"; exit 1; }
serdi -i turtle -o ntriples "$tmp/multi.ttl" 2>/dev/null | grep '<http://www.w3.org/2002/07/owl#sameAs>' >"$tmp/same-as.nt"
[ -s "$tmp/same-as.nt" ] && passed=$((passed+1)) || { echo "FAIL: the merged samples hold no owl:sameAs"; failed=$((failed+1)); }
loaded=0
for g in "$tmp/split"/*.ttl "$tmp/same-as.nt"; do
  NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba "$newskg" load \
    --endpoint "http://127.0.0.1:$http_port/sparql-graph-crud-auth" --graph "$articles" "$g" 2>/dev/null \
    && loaded=$((loaded+1))
done
[ "$loaded" = $(( $(ls "$tmp/split" | wc -l) + 1 )) ] && passed=$((passed+1)) || { echo "FAIL: loaded $loaded graphs one by one"; failed=$((failed+1)); }
rows() {  # rows OUT QUERY_FILE GRAPH... : the sorted rows, each once
  local out=$1 query=$2; shift 2
  local args=(); for g in "$@"; do args+=(--data-urlencode "default-graph-uri=$g"); done
  curl -s "$sparql" -H 'Accept: application/sparql-results+json' "${args[@]}" \
       --data-urlencode "query@$query" >"$out.json"
  python3 "$src/tests/cli/sparql_table.py" <"$out.json" 2>/dev/null | sort -u >"$out" || return 1
}
# No IRI with two rdfs:labels, in the articles' graphs and with the merged graph beside them.
cat >"$tmp/two-labels.rq" <<'RQ'
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?s WHERE { ?s rdfs:label ?a , ?b FILTER (STR(?a) < STR(?b)) }
RQ
if rows "$tmp/two-labels.tsv" "$tmp/two-labels.rq" "$articles" "$graph" && [ "$(wc -l <"$tmp/two-labels.tsv")" = 1 ]; then
  passed=$((passed+1))
else
  echo "FAIL: IRIs with two rdfs:labels:"; head -5 "$tmp/two-labels.tsv"; failed=$((failed+1))
fi
cat >"$tmp/names.rq" <<'RQ'
# Every entity's label with each of its names.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT DISTINCT ?class ?label ?name
WHERE {
  VALUES ?class { nkg:Person nkg:Organization nkg:Country nkg:City nkg:Place }
  ?e a ?class ; rdfs:label ?label .
  { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name }
}
RQ
# Without sameAs the two differ (an IRI an article minted is an alias in the merged graph) ...
if rows "$tmp/names-a.tsv" "$tmp/names.rq" "$articles" && rows "$tmp/names-m.tsv" "$tmp/names.rq" "$graph" \
   && ! cmp -s "$tmp/names-a.tsv" "$tmp/names-m.tsv"; then
  passed=$((passed+1))
else
  echo "FAIL: the names of entities agree without owl:sameAs: the check below proves nothing"; failed=$((failed+1))
fi
cat >"$tmp/event-roles.rq" <<'RQ'
# Who or what fills which role of which class of event.
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT DISTINCT ?class ?role ?label
WHERE {
  VALUES ?type { nkg:Meeting nkg:Loan nkg:MilitaryExercise nkg:Election nkg:Protest
                 nkg:Arrest nkg:Statement nkg:Sanction }
  ?event a ?type ; ?r ?e .
  ?e rdfs:label ?label .
  BIND (STRAFTER(STR(?type), "#") AS ?class)
  BIND (STRAFTER(STR(?r), "#") AS ?role)
}
RQ
# ... and with it they agree. Virtuoso 7.2's input:same-as drops the
# solutions of a query with OPTIONAL (events-in-egypt-by-date gives no row
# on either graph), so such queries are left out here.
for rq in "$tmp/names.rq" "$tmp/event-roles.rq" "$src"/samples/queries/*.rq; do
  name=$(basename "$rq" .rq)
  if grep -q OPTIONAL "$rq"; then echo "note: $name left out of the owl:sameAs comparison (OPTIONAL)"; continue; fi
  { echo 'DEFINE input:same-as "yes"'; cat "$rq"; } >"$tmp/same-$name.rq"
  if rows "$tmp/same-$name-a.tsv" "$tmp/same-$name.rq" "$articles" \
     && rows "$tmp/same-$name-m.tsv" "$tmp/same-$name.rq" "$graph" \
     && [ "$(wc -l <"$tmp/same-$name-m.tsv")" -gt 1 ] && cmp -s "$tmp/same-$name-a.tsv" "$tmp/same-$name-m.tsv"; then
    passed=$((passed+1))
  else
    echo "FAIL: $name after owl:sameAs: the articles' graphs (<) and the merged graph (>) differ:"
    diff "$tmp/same-$name-a.tsv" "$tmp/same-$name-m.tsv" | head; head -c 300 "$tmp/same-$name-a.tsv.json"; failed=$((failed+1))
  fi
done
# Batches, last (loaded before the owl:sameAs checks above, this graph left
# Virtuoso 7.2's input:same-as query event-roles with no rows over the
# articles' graphs): in about five batches, two requests in flight (the
# default) or one; then --replace over a graph holding one more triple: the
# PUT goes first and alone, so the graph ends with the input's triples,
# every one of them.
batched="https://w3id.org/newskg/graph/samples-batched"
printf '<urn:newskg:test:s> <urn:newskg:test:p> "replaced" .\n' >"$tmp/extra.nt"
while IFS='|' read -r input options expected; do
  if ! NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba "$newskg" load $options --batch $((want / 5 + 1)) \
       --endpoint "http://127.0.0.1:$http_port/sparql-graph-crud-auth" --graph "$batched" "$tmp/$input" 2>"$tmp/err"; then
    echo "FAIL: newskg load $options $input: $(cat "$tmp/err")"; failed=$((failed+1)); continue
  fi
  n=$(graph_count "$batched")
  [ "$n" = "$expected" ] && passed=$((passed+1)) || { echo "FAIL: after load $options $input: $n triples, expected $expected"; failed=$((failed+1)); }
done <<TABLE
multi.ttl|--requests 2|$want
multi.ttl|--requests 1|$want
extra.nt||$((want + 1))
multi.ttl|--requests 2 --replace|$want
TABLE
echo "virtuoso: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
