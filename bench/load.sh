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
# The rows run RUNS times, interleaved (run r starts at the r-th row), and
# each timed load goes into a fresh Virtuoso (same settings for every row)
# into which the bulk loader has first loaded the whole input, untimed, so
# that every term of the input is already in Virtuoso's dictionaries.
# Why: Virtuoso 7.2 (07.20.3229) deadlocks on a large Graph Store request.
# A PUT or POST runs DB.DBA.TTLP, which inserts through three async-queue
# threads (TTLP_V), each in a transaction of its own in the request's
# logged, transactional mode; while the terms are new those threads lock
# the same new rows ("Monitor: Should read for update because lock
# escalation from shared to exclusive fails frequently") and either one is
# told SR172 or they wait for good: Virtuoso goes quiet with threads
# waiting on locks and one in an async-queue wait, and no deadlock seen.
# `curl -T` of 1,013,468 triples into a fresh store (2026-12-03): 5 of 10
# tries stored all, 4 answered 500 "SR172: Transaction deadlocked" with
# 630,413 stored, 1 hung; after the 10,000-triple warm-up this script used
# to do, 8 of 9 stored all and 1 hung (10 s of Virtuoso CPU in 120 s).
# Not buffers: at most 2,100 in use, and 170,000 of them (with 130,000
# MaxDirtyBuffers) failed as often (1 SR172, 1 hang in 6); not a checkpoint
# (none ran); not query parallelism (ThreadsPerQuery 1: 5 of 8 failed).
# With the terms loaded first by the bulk loader (log_enable 2: each row
# commits as it goes, no lock held), 6 of 6 stored all with no lock wait.
# Only the first load into the store makes the terms, and that was run 1's
# curl row; now no timed row does. One store for all rows was not enough:
# with the terms known, run 3's curl still hung once, in a store that 15
# loads had grown (841,361 stored, no CPU for 10 minutes), and its threads
# went on waiting after curl was stopped. So a load whose Virtuoso stalls
# (under 0.1 s of CPU in each 5 s for 60 s), fails, or stores less than
# the input is reported, left out, and tried again in a fresh store, three
# tries at most; a row that takes more than 600 s is stopped likewise.
# Prints each run's wall times with each row's ratio to that run's curl -T;
# per row the median and the spread (min-max) of the wall time and of that
# ratio, the largest peak memory, and Virtuoso's CPU time for the load
# (median, min-max: other work on the machine moves it far less than the
# wall time); then the triples each graph holds against the input's count.
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
python3 "$here/bench/repeat_articles.py" "$articles" "$bench_tmp/in.jsonl" --count 2000 >/dev/null
"$newskg" extract --jobs "$(nproc)" "$bench_tmp/in.jsonl" --format ntriples -o "$bench_tmp/part.nt"
per_copy=$(wc -l <"$bench_tmp/part.nt")
copies=$(( (want + per_copy - 1) / per_copy ))
for c in $(seq 1 "$copies"); do
  sed "s#https://w3id.org/newskg/id/#https://w3id.org/newskg/id/c$c/#g" "$bench_tmp/part.nt"
done >"$bench_tmp/all.nt"
head -10000 "$bench_tmp/all.nt" >"$bench_tmp/warm-up-gsp.nt"
triples=$(wc -l <"$bench_tmp/all.nt")
echo "input: $triples triples, $(( $(stat -c %s "$bench_tmp/all.nt") / 1000000 )) MB of N-Triples; $runs run(s), rows interleaved, each load in a fresh store"
export NEWSKG_ENDPOINT_USER=dba NEWSKG_ENDPOINT_PASSWORD=dba
stop_store() {  # SIGKILL: a stalled server may not stop on SIGTERM; its files go anyway
  if [ -n "$server" ]; then kill -KILL "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; fi
  server=""; rm -rf "$tmp"
}
fresh_store() {  # a fresh Virtuoso that knows every term of the input (the header says why)
  start_virtuoso  # sets tmp (its own folder), server, sql_port, http_port, sparql
  trap 'stop_store; rm -rf "$bench_tmp"' EXIT  # start_virtuoso's trap replaced common.sh's
  gsp="http://127.0.0.1:$http_port/sparql-graph-crud-auth"
  # The bulk loader reads from a folder Virtuoso allows (DirsAllowed holds
  # $tmp) and loads a file name once (DB.DBA.load_list): a link for each.
  ln "$bench_tmp/all.nt" "$tmp/all.nt"; ln "$bench_tmp/all.nt" "$tmp/warm-up.nt"; ln "$bench_tmp/all.nt" "$tmp/bulk.nt"
  timeout 600 isql-vt "127.0.0.1:$sql_port" dba dba \
    exec="ld_dir('$tmp', 'warm-up.nt', 'urn:bench:warm-up'); rdf_loader_run(); checkpoint;" >/dev/null
  [ "$(graph_count urn:bench:warm-up)" = "$triples" ] ||
    { echo "load: the untimed bulk load of the input did not store every triple" >&2; exit 1; }
  curl -sS --fail --max-time 600 --digest -u dba:dba -H 'Content-Type: application/n-triples' \
    -T "$bench_tmp/warm-up-gsp.nt" "$gsp?graph=urn:bench:warm-up-gsp" >/dev/null
}
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
                         exec="ld_dir('$tmp', 'bulk.nt', '$g'); rdf_loader_run(); checkpoint;") ;;
  esac
}
virtuoso_cpu() { awk '{print $14 + $15}' "/proc/$server/stat" 2>/dev/null || echo 0; }  # clock ticks, 100 a second
# One timed load (ROW RUN) in a fresh store, tried up to three times: a try
# that fails, stores less than the input, or stalls (Virtuoso under 0.1 s of
# CPU in each 5 s for 60 s: its threads wait on locks for good) is reported
# and left out, and the next try gets a fresh store.
: >"$bench_tmp/rows"; : >"$bench_tmp/counts"
run_row() {
  local name=$1 r=$2 try status stalled quiet last now n
  for try in 1 2 3; do
    fresh_store
    command_for "$name" "$r"
    status=0; stalled=0; quiet=0; last=$(virtuoso_cpu); local cpu0=$last
    # timeout outermost: on SIGTERM it stops its whole process group.
    timeout 600 /usr/bin/time -f "%e %M" -o "$bench_tmp/time" "${argv[@]}" >"$bench_tmp/out" 2>"$bench_tmp/err" &
    local pid=$!
    while kill -0 "$pid" 2>/dev/null; do
      sleep 5
      now=$(virtuoso_cpu)
      if [ $((now - last)) -lt 10 ]; then quiet=$((quiet + 5)); else quiet=0; fi
      last=$now
      if [ "$quiet" -ge 60 ]; then stalled=1; kill -TERM "$pid" 2>/dev/null; break; fi
    done
    wait "$pid" || status=$?
    local cpu=$(( $(virtuoso_cpu) - cpu0 ))
    n=$(graph_count "urn:bench:$name:$r" 2>/dev/null) || n='?'  # the store did not answer
    stop_store
    if [ "$stalled" = 1 ]; then
      echo "$name (run $r, try $try): Virtuoso stalled (no CPU for 60 s), stopped; $n triples stored"
    elif [ "$status" = 124 ]; then
      echo "$name (run $r, try $try): no answer after 600 s, stopped; $n triples stored"
    elif [ "$status" != 0 ]; then
      echo "$name (run $r, try $try) failed: $(tail -c 300 "$bench_tmp/err") $(grep -o 'SR[0-9]*:[^<]*' "$bench_tmp/out"); $n triples stored"
    elif [ "$n" != "$triples" ]; then
      echo "$name (run $r, try $try): answered, but the graph holds $n of $triples triples"
    else
      echo "$r $name $(tail -1 "$bench_tmp/time") $cpu" >>"$bench_tmp/rows"
      echo "$r $name $n" >>"$bench_tmp/counts"
      return 0
    fi
  done
  echo "$r $name $n" >>"$bench_tmp/counts"
}
server=""; tmp=""
trap 'stop_store; rm -rf "$bench_tmp"' EXIT
for r in $(seq 1 "$runs"); do
  n=${#rows[@]}
  for i in $(seq 0 $((n - 1))); do
    run_row "${rows[$(( (i + r - 1) % n ))]}" "$r"
  done
done
python3 - "$bench_tmp/rows" "$bench_tmp/counts" "$triples" "$runs" "${rows[@]}" <<'PY'
import statistics, sys
rows_file, counts_file, triples, runs, names = (sys.argv[1], sys.argv[2], int(sys.argv[3]),
                                                range(1, int(sys.argv[4]) + 1), sys.argv[5:])
time, peak, server = {}, {}, {}
for line in open(rows_file):
    run, name, s, kb, ticks = line.split()
    time[int(run), name] = float(s)
    peak[int(run), name] = int(kb) / 1024
    server[int(run), name] = int(ticks) / 100
def ratio(r, n):
    return time[r, n] / time[r, 'curl'] if (r, n) in time and (r, 'curl') in time else None
for r in runs:
    print(f'run {r}: ' + ', '.join(
        f'{n} ' + (f'{time[r, n]:.2f} s' if (r, n) in time else 'failed') +
        (f' ({ratio(r, n):.2f}x)' if ratio(r, n) is not None else '') for n in names))
print(f'{"":<22} {"median":>7} {"min-max s":>13} {"peak MiB":>9}  {"x curl -T":>9} {"min-max":>11}'
      f'  {"Virtuoso CPU s":>14}')
for n in names:
    t = [time[r, n] for r in runs if (r, n) in time]
    x = [ratio(r, n) for r in runs if ratio(r, n) is not None]
    line = f'{n:<22} '
    if t:
        line += (f'{statistics.median(t):7.2f} {min(t):6.2f}-{max(t):<6.2f} '
                 f'{max(peak[r, n] for r in runs if (r, n) in peak):9.1f}  ')
    if x:
        line += f'{statistics.median(x):8.2f}x {min(x):5.2f}-{max(x):<5.2f}'
    if t:
        c = [server[r, n] for r in runs if (r, n) in server]
        line += f'  {statistics.median(c):6.2f} {min(c):.1f}-{max(c):.1f}'
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
