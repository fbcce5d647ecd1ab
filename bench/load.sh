#!/usr/bin/env bash
# Loading a graph into a triple store, in one run: `newskg load` (its
# default batches of 50,000 triples, and --batch 100000) against `curl -T` of the same
# N-Triples file to the same Graph Store endpoint and against Virtuoso's own
# bulk loader (ld_dir + rdf_loader_run), on Virtuoso Open Source 7 started
# on loopback (tests/cli/virtuoso_lib.sh), each into a graph of its own.
#   bench/load.sh [NEWSKG] [TRIPLES]          (default: about 1,000,000)
# Prints wall time and peak memory of each, newskg's time as a ratio of
# curl's, and counts the triples each store graph holds.
set -euo pipefail
. "$(dirname "$0")/common.sh" load "${1:-}"
want=${2:-1000000}
command -v /usr/bin/time >/dev/null || { echo "load: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
command -v virtuoso-t >/dev/null || { echo "load: needs virtuoso-t (scripts/setup installs it)" >&2; exit 2; }
bench_tmp=$tmp
src=$here
. "$here/tests/cli/virtuoso_lib.sh"
start_virtuoso  # sets tmp (its own folder), http_port, sparql; stops on exit
python3 "$here/bench/repeat_articles.py" "$articles" "$bench_tmp/in.jsonl" --count 2000 >/dev/null
"$newskg" extract --jobs "$(nproc)" "$bench_tmp/in.jsonl" --format ntriples -o "$bench_tmp/part.nt"
per_copy=$(wc -l <"$bench_tmp/part.nt")
copies=$(( (want + per_copy - 1) / per_copy ))
# The bulk loader reads from a folder Virtuoso allows (DirsAllowed holds $tmp).
for c in $(seq 1 "$copies"); do
  sed "s#https://w3id.org/newskg/id/#https://w3id.org/newskg/id/c$c/#g" "$bench_tmp/part.nt"
done >"$tmp/all.nt"
triples=$(wc -l <"$tmp/all.nt")
echo "input: $triples triples, $(( $(stat -c %s "$tmp/all.nt") / 1000000 )) MB of N-Triples"
gsp="http://127.0.0.1:$http_port/sparql-graph-crud-auth"
row() {  # name, command...: "name seconds peak_kB"
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$bench_tmp/time" "$@" >/dev/null
  echo "$name $(cat "$bench_tmp/time")" | tee -a "$bench_tmp/rows"
}
: >"$bench_tmp/rows"
export NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba
row curl curl -s --fail --digest -u dba:dba -H 'Content-Type: application/n-triples' \
  -T "$tmp/all.nt" "$gsp?graph=urn:bench:curl"
row newskg-load "$newskg" load --endpoint "$gsp" --graph urn:bench:newskg "$tmp/all.nt"
row newskg-load-batch "$newskg" load --batch 100000 --endpoint "$gsp" --graph urn:bench:batch "$tmp/all.nt"
row virtuoso-bulk isql-vt "127.0.0.1:$sql_port" dba dba exec="ld_dir('$tmp', 'all.nt', 'urn:bench:bulk'); rdf_loader_run(); checkpoint;"
for g in curl newskg batch bulk; do
  n=$(curl -s "$sparql" -H 'Accept: application/sparql-results+json' \
    --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <urn:bench:$g> { ?s ?p ?o } }" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"])')
  echo "graph urn:bench:$g holds $n triples"
done
python3 - "$bench_tmp/rows" <<'PY'
import sys
rows = {l.split()[0]: (float(l.split()[1]), int(l.split()[2]) / 1024) for l in open(sys.argv[1])}
curl = rows['curl'][0]
for name, (s, mib) in rows.items():
    print(f'{name:<18} {s:7.2f} s  peak {mib:7.1f} MiB  {s / curl:5.2f}x curl -T')
PY
