#!/usr/bin/env bash
# The README's Slurm recipe on a real (one-node, loopback) Slurm cluster:
# scripts/slurm-cluster starts munged, slurmctld and slurmd under a
# temporary folder; an array job of N = 4 shards extracts a JSONL of the
# development articles (../shared/dev, read at test time) into four graphs,
# a job that depends on the array (afterok) merges them with `newskg merge`,
# and the merged graph must be the bytes of a one-machine `newskg extract`.
# Then a failed shard must cancel the merge job and leave no merged graph.
# The cluster is stopped on exit. Exit 77 (ctest: skipped) when the dev set
# is missing, Slurm or munge is not installed, or the cluster cannot start.
#   slurm_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
dev="$src/../shared/dev"
if [ ! -d "$dev/articles" ]; then echo "dev set not found at $dev; skipped"; exit 77; fi
tmp=$(mktemp -d)
cluster=$tmp/cluster
cleanup() {
  "$src/scripts/slurm-cluster" stop "$cluster"
  rm -rf "$tmp"
}
trap cleanup EXIT
passed=0; failed=0
ok() { passed=$((passed+1)); }
fail() { echo "FAIL: $*"; failed=$((failed+1)); }
start=$SECONDS

env_line=$("$src/scripts/slurm-cluster" start "$cluster" 90 2>"$tmp/start.err")
rc=$?
if [ "$rc" != 0 ]; then
  cat "$tmp/start.err"
  echo "Slurm could not be started here (scripts/slurm-cluster exited $rc); skipped"
  exit 77
fi
eval "$env_line"   # export SLURM_CONF=...
echo "cluster up in $((SECONDS - start)) s"

# Seconds to wait for a job (all of an array's tasks) to end.
wait_job() {
  local id=$1 deadline=$((SECONDS + $2)) states
  while [ $SECONDS -lt $deadline ]; do
    states=$(scontrol -o show job "$id" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | sort -u)
    if [ -n "$states" ] && ! grep -qE 'PENDING|RUNNING|CONFIGURING|COMPLETING|REQUEUED|RESIZING|SUSPENDED' <<<"$states"; then
      return 0
    fi
    sleep 0.5
  done
  return 1
}
# The states of a job's tasks, one a line, in task order.
job_states() { scontrol -o show job "$1" | grep -o 'JobState=[A-Z_]*' | cut -d= -f2; }

work=$tmp/work
mkdir -p "$work/graphs" "$work/logs"
python3 - "$dev" "$work/articles.jsonl" <<'PY'
import json, pathlib, sys
root = pathlib.Path(sys.argv[1])
with open(sys.argv[2], 'w') as out:
    for article in sorted((root / 'articles').glob('*.txt')):
        date = json.load(open(root / 'gold' / f'{article.stem}.json'))['date']
        out.write(json.dumps({'id': article.stem, 'date': date, 'text': article.read_text()}) + '\n')
PY
articles=$(wc -l <"$work/articles.jsonl")
[ "$articles" -ge 4 ] && ok || fail "only $articles dev articles"
"$newskg" extract "$work/articles.jsonl" -o "$tmp/one-machine.ttl" || fail "one-machine extract"

# The recipe (README, "Running on a Slurm cluster").
t0=$SECONDS
array=$(sbatch --parsable --array=1-4 --job-name=newskg-shard --chdir="$work" \
  --output='logs/shard-%a.out' \
  --wrap="'$newskg' extract --shard \"\$SLURM_ARRAY_TASK_ID/\$SLURM_ARRAY_TASK_COUNT\" articles.jsonl -o \"graphs/shard-\$SLURM_ARRAY_TASK_ID.ttl\"")
merge=$(sbatch --parsable --job-name=newskg-merge --chdir="$work" --output=logs/merge.out \
  --dependency="afterok:$array" --kill-on-invalid-dep=yes \
  --wrap="'$newskg' merge graphs/shard-*.ttl -o merged.ttl")
if [ -z "$array" ] || [ -z "$merge" ]; then
  fail "sbatch did not submit the jobs (array '$array', merge '$merge')"
elif ! wait_job "$merge" 180; then
  fail "the merge job $merge did not end in 180 s: $(squeue 2>&1)"
else
  echo "array job $array and merge job $merge done in $((SECONDS - t0)) s"
  states=$(job_states "$array" | sort | uniq -c | tr -s ' ')
  [ "$(job_states "$array" | grep -c '^COMPLETED$')" = 4 ] && ok ||
    fail "array job $array: task states $states"
  [ "$(job_states "$merge")" = COMPLETED ] && ok || fail "merge job $merge: $(job_states "$merge")"
  # Four graphs, each article in exactly one of them.
  for i in 1 2 3 4; do
    [ -f "$work/graphs/shard-$i.ttl" ] && ok || fail "no graph from shard $i: $(cat "$work/logs/shard-$i.out")"
  done
  counts=""
  for i in 1 2 3 4; do
    counts+="$(grep -c '^<https://w3id.org/newskg/id/article/[^>]*>$' "$work/graphs/shard-$i.ttl" 2>/dev/null) "
  done
  echo "articles per shard: $counts"
  total=$(cat "$work"/graphs/shard-*.ttl 2>/dev/null | grep '^<https://w3id.org/newskg/id/article/[^>]*>$' | sort | uniq -c | awk '$1 == 1' | wc -l)
  [ "$total" = "$articles" ] && ok || fail "the shards hold $total distinct articles once each, not $articles"
  if cmp "$work/merged.ttl" "$tmp/one-machine.ttl"; then
    ok
    echo "merged graph: $(wc -c <"$work/merged.ttl") bytes, the same as the one-machine run"
  else
    fail "the merged graph differs from the one-machine extract: $(cat "$work/logs/merge.out")"
  fi
fi

# A shard that fails (2/1 is not a shard) must cancel the merge: no merged graph.
bad=$(sbatch --parsable --array=1-2 --chdir="$work" --output=/dev/null \
  --wrap="'$newskg' extract --shard \"\$SLURM_ARRAY_TASK_ID/1\" articles.jsonl -o \"graphs/bad-\$SLURM_ARRAY_TASK_ID.ttl\"")
bad_merge=$(sbatch --parsable --chdir="$work" --output=/dev/null \
  --dependency="afterok:$bad" --kill-on-invalid-dep=yes \
  --wrap="'$newskg' merge graphs/bad-*.ttl -o bad-merged.ttl")
if wait_job "$bad_merge" 120; then
  [ "$(job_states "$bad" | sort | tr '\n' ' ')" = "COMPLETED FAILED " ] && ok ||
    fail "array job $bad (shards 1/1 and 2/1): $(job_states "$bad" | tr '\n' ' ')"
  [ "$(job_states "$bad_merge")" = CANCELLED ] && ok ||
    fail "merge after a failed shard: $(job_states "$bad_merge"), not CANCELLED"
  [ ! -e "$work/bad-merged.ttl" ] && ok || fail "a merged graph was written after a failed shard"
else
  fail "the merge job $bad_merge after a failed shard did not end in 120 s"
fi

echo "slurm: $passed passed, $failed failed, $((SECONDS - start)) s"
[ "$failed" -eq 0 ]
