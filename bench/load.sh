#!/usr/bin/env bash
# Loading a graph into a triple store: `newskg load` (its defaults: batches
# of 50,000 triples, two requests in flight; --requests 1; --batch 100000)
# against `curl -T` of the same N-Triples file to the same Graph Store
# endpoint and against Virtuoso's own bulk loader (ld_dir + rdf_loader_run),
# on Virtuoso Open Source 7 started on loopback (tests/cli/virtuoso_lib.sh),
# each load into a graph of its own.
#   bench/load.sh [NEWSKG] [TRIPLES] [RUNS]    (defaults: build/newskg, about
#                                               1,000,000 triples, 3 runs)
#   BASELINE=OTHER_NEWSKG bench/load.sh ...    (adds a row: OTHER_NEWSKG's
#                                               load, default options)
# The rows run RUNS times, interleaved (run r starts at the r-th row, so no
# row always goes first into the growing store), after a small untimed load:
# a fresh Virtuoso 7.2 has deadlocked on its first large request (hung,
# answered 500 "SR172: Transaction deadlocked" with part of the graph
# stored, or answered 201 with part stored). A row that fails or takes more
# than 600 s is reported and left out. Prints each run's wall times with
# each row's ratio to that run's curl -T; per row the median and the spread
# (min-max) of the wall time and of that ratio, and the largest peak
# memory; then the triples each graph holds against the input's count.
set -euo pipefail
. "$(dirname "$0")/common.sh" load "${1:-}"
want=${2:-1000000}
runs=${3:-3}
command -v /usr/bin/time >/dev/null || { echo "load: needs /usr/bin/time (Debian package time)" >&2; exit 2; }
command -v virtuoso-t >/dev/null || { echo "load: needs virtuoso-t (scripts/setup installs it)" >&2; exit 2; }
[ "$runs" -ge 1 ] 2>/dev/null || { echo "load: RUNS must be a number of at least 1" >&2; exit 2; }
bench_tmp=$tmp
src=$here
. "$here/tests/cli/virtuoso_lib.sh"
start_virtuoso  # sets tmp (its own folder), http_port, sparql; stops on exit
trap 'cleanup; rm -rf "$bench_tmp"' EXIT  # start_virtuoso's trap replaced common.sh's
python3 "$here/bench/repeat_articles.py" "$articles" "$bench_tmp/in.jsonl" --count 2000 >/dev/null
"$newskg" extract --jobs "$(nproc)" "$bench_tmp/in.jsonl" --format ntriples -o "$bench_tmp/part.nt"
per_copy=$(wc -l <"$bench_tmp/part.nt")
copies=$(( (want + per_copy - 1) / per_copy ))
# The bulk loader reads from a folder Virtuoso allows (DirsAllowed holds $tmp).
for c in $(seq 1 "$copies"); do
  sed "s#https://w3id.org/newskg/id/#https://w3id.org/newskg/id/c$c/#g" "$bench_tmp/part.nt"
done >"$tmp/all.nt"
# The bulk loader loads a file name once (DB.DBA.load_list): a link per run.
for r in $(seq 1 "$runs"); do ln "$tmp/all.nt" "$tmp/all-$r.nt"; done
head -10000 "$bench_tmp/part.nt" | sed "s#https://w3id.org/newskg/id/#https://w3id.org/newskg/id/warm-up/#g" >"$tmp/warm-up.nt"
triples=$(wc -l <"$tmp/all.nt")
echo "input: $triples triples, $(( $(stat -c %s "$tmp/all.nt") / 1000000 )) MB of N-Triples; $runs run(s), rows interleaved"
gsp="http://127.0.0.1:$http_port/sparql-graph-crud-auth"
export NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba
curl -sS --fail --max-time 600 --digest -u dba:dba -H 'Content-Type: application/n-triples' \
  -T "$tmp/warm-up.nt" "$gsp?graph=urn:bench:warm-up" >/dev/null
rows=(curl newskg-load newskg-load-requests-1 newskg-load-batch virtuoso-bulk)
[ -n "${BASELINE:-}" ] && rows+=(baseline-load)
command_for() {  # ROW RUN: sets argv, the command that loads into urn:bench:ROW:RUN
  local g="urn:bench:$1:$2"
  case $1 in
    curl) argv=(curl -sS --fail-with-body --digest -u dba:dba -H 'Content-Type: application/n-triples'
                -T "$tmp/all.nt" "$gsp?graph=$g") ;;
    newskg-load) argv=("$newskg" load --endpoint "$gsp" --graph "$g" "$tmp/all.nt") ;;
    newskg-load-requests-1) argv=("$newskg" load --requests 1 --endpoint "$gsp" --graph "$g" "$tmp/all.nt") ;;
    newskg-load-batch) argv=("$newskg" load --batch 100000 --endpoint "$gsp" --graph "$g" "$tmp/all.nt") ;;
    baseline-load) argv=("$BASELINE" load --endpoint "$gsp" --graph "$g" "$tmp/all.nt") ;;
    virtuoso-bulk) argv=(isql-vt "127.0.0.1:$sql_port" dba dba
                         exec="ld_dir('$tmp', 'all-$2.nt', '$g'); rdf_loader_run(); checkpoint;") ;;
  esac
}
: >"$bench_tmp/rows"
for r in $(seq 1 "$runs"); do
  n=${#rows[@]}
  for i in $(seq 0 $((n - 1))); do
    name=${rows[$(( (i + r - 1) % n ))]}
    command_for "$name" "$r"
    status=0
    /usr/bin/time -f "%e %M" -o "$bench_tmp/time" timeout 600 "${argv[@]}" >"$bench_tmp/out" 2>"$bench_tmp/err" || status=$?
    if [ "$status" = 0 ]; then
      echo "$r $name $(tail -1 "$bench_tmp/time")" >>"$bench_tmp/rows"
    elif [ "$status" = 124 ]; then
      echo "$name (run $r): no answer after 600 s, stopped"
    else
      echo "$name (run $r) failed: $(tail -c 300 "$bench_tmp/err") $(grep -o 'SR[0-9]*:[^<]*' "$bench_tmp/out")"
    fi
  done
done
: >"$bench_tmp/counts"
for r in $(seq 1 "$runs"); do
  for name in "${rows[@]}"; do
    n=$(graph_count "urn:bench:$name:$r" 2>/dev/null) || n='?'  # the store did not answer
    echo "$r $name $n" >>"$bench_tmp/counts"
  done
done
python3 - "$bench_tmp/rows" "$bench_tmp/counts" "$triples" "$runs" "${rows[@]}" <<'PY'
import statistics, sys
rows_file, counts_file, triples, runs, names = (sys.argv[1], sys.argv[2], int(sys.argv[3]),
                                                range(1, int(sys.argv[4]) + 1), sys.argv[5:])
time, peak = {}, {}
for line in open(rows_file):
    run, name, s, kb = line.split()
    time[int(run), name] = float(s)
    peak[int(run), name] = int(kb) / 1024
def ratio(r, n):
    return time[r, n] / time[r, 'curl'] if (r, n) in time and (r, 'curl') in time else None
for r in runs:
    print(f'run {r}: ' + ', '.join(
        f'{n} ' + (f'{time[r, n]:.2f} s' if (r, n) in time else 'failed') +
        (f' ({ratio(r, n):.2f}x)' if ratio(r, n) is not None else '') for n in names))
print(f'{"":<22} {"median":>7} {"min-max s":>13} {"peak MiB":>9}  {"x curl -T":>9} {"min-max":>11}')
for n in names:
    t = [time[r, n] for r in runs if (r, n) in time]
    x = [ratio(r, n) for r in runs if ratio(r, n) is not None]
    line = f'{n:<22} '
    if t:
        line += (f'{statistics.median(t):7.2f} {min(t):6.2f}-{max(t):<6.2f} '
                 f'{max(peak[r, n] for r in runs if (r, n) in peak):9.1f}  ')
    if x:
        line += f'{statistics.median(x):8.2f}x {min(x):5.2f}-{max(x):<5.2f}'
    print(line.rstrip() + (f'  ({len(runs) - len(t)} failed)' if len(t) < len(runs) else ''))
for line in open(counts_file):
    run, name, n = line.split()
    if n == '?':
        print(f'graph urn:bench:{name}:{run}: the store did not answer the count')
        continue
    missing = triples - int(n)
    print(f'graph urn:bench:{name}:{run} holds {n} triples' +
          (f' ({missing} of {triples} missing)' if missing else ' (all)'))
PY
