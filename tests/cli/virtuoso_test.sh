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
count=$(curl -s "$sparql" -H 'Accept: application/sparql-results+json' \
  --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$graph> { ?s ?p ?o } }" |
  python3 -c 'import json,sys; print(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"])')
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
echo "virtuoso: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
