#!/usr/bin/env bash
# newskg load against a stand-in Graph Store on 127.0.0.1 (http_stub.py):
# a 401 challenge comes before the body, so the body is sent once; a server
# that goes silent is given up after --timeout; the server's answer is
# printed with control characters escaped.
#   load_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
. "$(dirname "$0")/lib.sh"

python3 "$src/tests/cli/http_stub.py" "$tmp/port" "$tmp/log" &
stub=$!
trap 'kill $stub 2>/dev/null; rm -rf "$tmp"' EXIT
for _ in $(seq 50); do [ -s "$tmp/port" ] && break; sleep 0.1; done
[ -s "$tmp/port" ] || { echo "FAIL: the HTTP stub did not start"; exit 1; }
url="http://127.0.0.1:$(cat "$tmp/port")"

printf 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n' >"$tmp/a.txt"
"$newskg" extract --date 2024-03-13 --id a "$tmp/a.txt" -o "$tmp/a.ttl" 2>/dev/null
"$newskg" merge "$tmp/a.ttl" --format ntriples -o "$tmp/a.nt" 2>/dev/null
body_bytes=$(wc -c <"$tmp/a.nt")

# With credentials: one 401 that read nothing, then the body once.
for method in "" --replace; do
  : >"$tmp/log"
  NEWSKG_ENDPOINT_USER=u NEWSKG_ENDPOINT_PASSWORD=p \
    expect 0 "sent [0-9]+ triples" -- "$newskg" load --endpoint "$url/auth" --graph urn:g $method "$tmp/a.ttl"
  [ "$(cat "$tmp/log")" = "$(printf '401 0\n201 %s' "$body_bytes")" ] && ok ||
    fail "load $method: the body went more than once: $(tr '\n' ' ' <"$tmp/log")(body $body_bytes bytes)"
done
# Without: refused before the body, and the error says where credentials go.
: >"$tmp/log"
NEWSKG_ENDPOINT_USER= NETRC=/dev/null \
  expect 1 "HTTP 401 \(check NEWSKG_ENDPOINT_USER" -- "$newskg" load --endpoint "$url/auth" --graph urn:g "$tmp/a.ttl"
[ "$(cat "$tmp/log")" = "401 0" ] && ok || fail "a refused load sent its body: $(cat "$tmp/log")"

# A server that never answers: given up after --timeout, not after minutes.
start=$(date +%s)
expect 1 "see --timeout" -- "$newskg" load --retries 0 --timeout 2 --endpoint "$url/silent" --graph urn:g "$tmp/a.ttl"
took=$(( $(date +%s) - start ))
[ "$took" -le 10 ] && ok || fail "--timeout 2 took $took s"
expect 2 "1 to 86400 seconds" -- "$newskg" load --timeout 0 --endpoint "$url/auth" --graph urn:g "$tmp/a.ttl"

# The server's answer on the terminal: escapes shown, never sent raw.
expect 1 'HTTP 500: \\x1B\[31mred\\x1B\[0m \\x07bell\\rover \\xFF\\xFE end' -- \
  "$newskg" load --endpoint "$url/evil" --graph urn:g "$tmp/a.ttl"
LC_ALL=C grep -q $'[\x01-\x08\x0B-\x1F\x7F\x80-\xFF]' "$tmp/err" && fail "raw control or invalid bytes in the error: $(cat -v "$tmp/err")" || ok

# By default, batches of 50,000 triples, one request each, every triple once.
python3 - "$tmp/big.nt" <<'PY'
import sys
with open(sys.argv[1], "w") as f:
    for i in range(120000):
        f.write(f'<urn:s{i}> <urn:p> "value {i} with a \\"quote\\"" .\n')
PY
: >"$tmp/log"
expect 0 "sent 120000 triples" -- "$newskg" load --endpoint "$url/open" --graph urn:g "$tmp/big.nt"
[ "$(awk '$1 == 201 {n++; t += $3} END {print n, t}' "$tmp/log")" = "3 120000" ] && ok ||
  fail "default load: $(tr '\n' ' ' <"$tmp/log")"
# session_load OPTIONS...: big.nt sent with credentials to /session, the log
# cleared first; session_connections: the connections (client ports) of the
# requests it stored.
session_load() {
  : >"$tmp/log"
  NEWSKG_ENDPOINT_USER=u NEWSKG_ENDPOINT_PASSWORD=p expect 0 "sent 120000 triples" -- \
    "$newskg" load "$@" --endpoint "$url/session" --graph urn:g "$tmp/big.nt"
}
session_connections() { awk '$1 == 201 {print $3}' "$tmp/log" | sort -u | wc -l; }
# With credentials, the batches a sender sends share one connection and one
# challenge: the first request asks (Expect: 100-continue) and meets the 401
# before its body; the credentials then go with every batch, and once the
# server has accepted one the others go without the 100-continue round trip.
session_load --requests 1
[ "$(awk '{print $1, $2, $4}' "$tmp/log" | tr '\n' ';')" = "401 0 expect;201 50000 expect;201 50000 -;201 20000 -;" ] && ok ||
  fail "batches with credentials: $(tr '\n' ' ' <"$tmp/log")"
[ "$(session_connections)" = 1 ] && ok ||
  fail "the batches went over more than one connection: $(tr '\n' ' ' <"$tmp/log")"
# Two senders (the default): at most two connections, one challenge each.
session_load --batch 10000
[ "$(awk '$1 == 201 {n++; t += $2} $1 == 401 {c++} END {print n, t, c <= 2}' "$tmp/log")" = "12 120000 1" ] && ok ||
  fail "two senders: $(tr '\n' ' ' <"$tmp/log")"
[ "$(session_connections)" -le 2 ] && ok ||
  fail "two senders opened more than two connections: $(tr '\n' ' ' <"$tmp/log")"
# --chunked: a graph of more than two batches goes in one chunked request.
: >"$tmp/log"
expect 0 "sent 120000 triples" -- "$newskg" load --chunked --endpoint "$url/open" --graph urn:g "$tmp/big.nt"
[ "$(cat "$tmp/log")" = "201 $(wc -c <"$tmp/big.nt") 120000" ] && ok ||
  fail "streamed load: $(cat "$tmp/log") (file $(wc -c <"$tmp/big.nt") bytes)"
# Streamed with credentials: the 401 comes before any of the body, which
# then goes once.
: >"$tmp/log"
NEWSKG_ENDPOINT_USER=u NEWSKG_ENDPOINT_PASSWORD=p \
  expect 0 "sent 120000 triples" -- "$newskg" load --chunked --endpoint "$url/auth" --graph urn:g "$tmp/big.nt"
[ "$(cat "$tmp/log")" = "$(printf '401 0\n201 %s' "$(wc -c <"$tmp/big.nt")")" ] && ok ||
  fail "streamed load with credentials: $(tr '\n' ' ' <"$tmp/log")"
# Broken past the first two batches: the request is aborted, never completed.
{ cat "$tmp/big.nt"; echo '<urn:broken> <urn:p> "unterminated .'; } >"$tmp/late-broken.nt"
: >"$tmp/log"
expect 1 "late-broken.nt:120001:.*aborted part way" -- \
  "$newskg" load --chunked --endpoint "$url/open" --graph urn:g "$tmp/late-broken.nt"
sleep 1  # the stub may still be reading what was sent
! grep -q '^201' "$tmp/log" && ok || fail "an aborted streamed load was stored: $(cat "$tmp/log")"

# Batches: each its own request; a failed one retried; the lines add up.
: >"$tmp/log"
expect 0 "sent 120000 triples" -- "$newskg" load --batch 50000 --endpoint "$url/flaky" --graph urn:g "$tmp/big.nt"
[ "$(grep -c '^201 ' "$tmp/log")" = 3 ] && ok || fail "--batch: $(tr '\n' ' ' <"$tmp/log")"
[ "$(awk '$1 == 201 {n += $3} END {print n}' "$tmp/log")" = 120000 ] && ok ||
  fail "--batch stored other lines: $(tr '\n' ' ' <"$tmp/log")"
grep -q '^503 ' "$tmp/log" && ok || fail "--batch: the flaky server never refused"
grep -q "batch [0-9]* (triples [0-9]*-[0-9]*): .*HTTP 503: busy; again in 1 s" "$tmp/err" && ok ||
  fail "--batch: a retry went unsaid: $(cat "$tmp/err")"
# No silent loss with two requests in flight: without retries, what the
# report says was stored and not stored is what the store answered.
: >"$tmp/log"
expect 1 "not stored" -- "$newskg" load --retries 0 --batch 10000 --endpoint "$url/flaky" --graph urn:g "$tmp/big.nt"
stored=$(awk '$1 == 201 {n += $3} END {print n + 0}' "$tmp/log")
refused=$(grep -c '^503 ' "$tmp/log")
grep -q "^newskg: error: $stored triples stored in $((12 - refused)) of 12 batches; not stored:" "$tmp/err" &&
  [ "$(grep -c '^  batch [0-9]* (triples .*HTTP 503' "$tmp/err")" = "$refused" ] && [ "$refused" -gt 0 ] && ok ||
  fail "the loss report disagrees with the store ($stored stored, $refused refused): $(cat "$tmp/err")"
# A refusal is not retried; every batch that was not stored is named.
: >"$tmp/log"
expect 1 "0 triples stored in 0 of 3 batches" -- \
  "$newskg" load --batch 50000 --endpoint "$url/refuse" --graph urn:g "$tmp/big.nt"
grep -q "batch 1 (triples 1-50000): .*HTTP 400: bad graph" "$tmp/err" &&
  grep -q "batch 3 (triples 100001-120000)" "$tmp/err" && ok || fail "--batch report: $(cat "$tmp/err")"
[ "$(wc -l <"$tmp/log")" = 3 ] && ok || fail "a 400 was retried: $(tr '\n' ' ' <"$tmp/log")"
# Answered out of order (two in flight; the stub holds every other
# request back), reported in input order.
: >"$tmp/log"
expect 1 "0 triples stored in 0 of 12 batches" -- \
  "$newskg" load --batch 10000 --endpoint "$url/slowrefuse" --graph urn:g "$tmp/big.nt"
answered=$(awk '{print $3}' "$tmp/log" | tr -dc '0-9\n' | tr '\n' ' ')
[ "$answered" != "$(seq 0 10000 110000 | tr '\n' ' ')" ] && [ "$(wc -l <"$tmp/log")" = 12 ] && ok ||
  fail "the stub answered in input order, or not every batch: $answered"
[ "$(grep -o '^  batch [0-9]*' "$tmp/err" | awk '{print $2}' | tr '\n' ' ')" = "$(seq 1 12 | tr '\n' ' ')" ] && ok ||
  fail "the report is out of order: $(cat "$tmp/err")"
# --replace: a first batch that fails stops the rest.
: >"$tmp/log"
expect 1 "not stored" -- "$newskg" load --replace --batch 50000 --endpoint "$url/refuse" --graph urn:g "$tmp/big.nt"
[ "$(wc -l <"$tmp/log")" = 1 ] && ok || fail "--replace went on after its first batch failed: $(cat "$tmp/log")"
expect 2 "exclude each other" -- "$newskg" load --chunked --batch 5 --endpoint "$url/open" --graph urn:g "$tmp/big.nt"
# Broken in the first batch: nothing is sent, and the error names the line.
head -1000 "$tmp/big.nt" >"$tmp/early-broken.nt"; echo '<urn:x> <urn:p> "open' >>"$tmp/early-broken.nt"
: >"$tmp/log"
expect 1 "early-broken.nt:1001:" -- "$newskg" load --endpoint "$url/open" --graph urn:g "$tmp/early-broken.nt"
[ ! -s "$tmp/log" ] && ok || fail "a broken first batch was sent: $(cat "$tmp/log")"
expect 2 "at least 1 triple" -- "$newskg" load --batch 0 --endpoint "$url/open" --graph urn:g "$tmp/big.nt"

# Datasets (N-Quads, TriG): the default graph goes to --graph and each named
# graph to the store's graph of its name, as a quad store loads a dataset;
# Turtle and N-Triples all to --graph. Table: input, options, the requests
# the store saw (sorted: METHOD GRAPH TRIPLES).
printf '{"id":"one","date":"2024-03-13","text":"Olaf Scholz held talks with Emmanuel Macron in Berlin."}\n{"id":"two","date":"2024-03-13","text":"The World Bank lent $500 million to Kenya."}\n' >"$tmp/two.jsonl"
"$newskg" extract --format trig "$tmp/two.jsonl" -o "$tmp/two.trig" 2>/dev/null
"$newskg" extract --format nquads "$tmp/two.jsonl" -o "$tmp/two.nq" 2>/dev/null
"$newskg" extract "$tmp/two.jsonl" -o "$tmp/two.ttl" 2>/dev/null
count() {  # triples of graph $1 ("": the default graph) in the N-Quads
  python3 -c 'import re, sys
term = re.compile(r"<[^>]*>|\"(?:[^\"\\]|\\.)*\"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?|_:\S+")
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    t = term.findall(line)
    n += (len(t) == 3 and sys.argv[2] == "") or (len(t) == 4 and t[3] == "<" + sys.argv[2] + ">")
print(n)' "$tmp/two.nq" "$1"
}
d=$(count ""); one=$(count https://w3id.org/newskg/id/article/one); two=$(count https://w3id.org/newskg/id/article/two)
[ "$d" -gt 0 ] && [ "$one" -gt 5 ] && [ "$two" -gt 5 ] && ok || fail "the dataset has no named graphs: $d $one $two"
A=https://w3id.org/newskg/id/article
while IFS='|' read -r input options want; do
  : >"$tmp/log"
  expect 0 "sent [0-9]+ triples" -- "$newskg" load $options --endpoint "$url/graphs" --graph urn:g "$tmp/$input"
  got=$(sort "$tmp/log" | awk '{n[$1" "$2] += $3} END {for (k in n) print k, n[k]}' | sort | tr '\n' ';')
  want=$(eval "printf '%s\n' $want" | sort | tr '\n' ';')
  [ "$got" = "$want" ] && ok || fail "load $options $input: store saw $got, expected $want"
done <<TABLE
two.trig||"POST urn:g $d" "POST $A/one $one" "POST $A/two $two"
two.nq||"POST urn:g $d" "POST $A/one $one" "POST $A/two $two"
two.nq|--batch 5|"POST urn:g $d" "POST $A/one $one" "POST $A/two $two"
two.ttl||"POST urn:g $(serdi -i turtle "$tmp/two.ttl" | wc -l)"
TABLE
# --replace: each graph's first batch replaces it (PUT), the others add.
: >"$tmp/log"
expect 0 "and 2 named graph" -- "$newskg" load --replace --batch 5 --endpoint "$url/graphs" --graph urn:g "$tmp/two.trig"
[ "$(awk '$1 == "PUT" {print $2}' "$tmp/log" | sort | tr '\n' ' ')" = "$A/one $A/two urn:g " ] && ok ||
  fail "--replace of a dataset: $(tr '\n' ' ' <"$tmp/log")"
[ "$(awk '$1 == "PUT"' "$tmp/log" | wc -l)" = 3 ] && ok || fail "--replace PUT a graph twice: $(tr '\n' ' ' <"$tmp/log")"
# Two requests in flight by default, except around a PUT: under --replace a
# graph's first batch waits for every earlier batch and goes alone, so
# nothing is stored before the PUT that would replace it. Table: options,
# whether some requests overlapped (the stub answers each in 50 ms or more),
# whether each graph's first request was a PUT.
while IFS='|' read -r options overlaps puts_first; do
  : >"$tmp/log"
  expect 0 "and 2 named graph" -- "$newskg" load $options --batch 5 --endpoint "$url/graphs" --graph urn:g "$tmp/two.trig"
  [ "$(awk '$1 == "PUT" && $4 != "alone"' "$tmp/log" | wc -l)" = 0 ] && ok ||
    fail "load $options: a PUT overlapped another request: $(tr '\n' ' ' <"$tmp/log")"
  [ "$(awk '$4 == "overlap"' "$tmp/log" | wc -l | awk '{print ($1 > 0 ? "some" : "none")}')" = "$overlaps" ] && ok ||
    fail "load $options: expected $overlaps overlapping requests: $(tr '\n' ' ' <"$tmp/log")"
  [ "$(awk '!seen[$2]++ {print $1}' "$tmp/log" | sort -u | tr '\n' ' ')" = "$puts_first " ] && ok ||
    fail "load $options: each graph's first request: $(tr '\n' ' ' <"$tmp/log")"
  [ "$(awk '{n += $3} END {print n}' "$tmp/log")" = $((d + one + two)) ] && ok ||
    fail "load $options: the store saw other triples: $(tr '\n' ' ' <"$tmp/log")"
done <<TABLE
|some|POST
--requests 1|none|POST
--requests 3|some|POST
--replace|some|PUT
--replace --requests 1|none|PUT
--replace --requests 3|some|PUT
TABLE
expect 2 "--requests takes 1 to 8" -- "$newskg" load --requests 0 --endpoint "$url/graphs" --graph urn:g "$tmp/two.trig"
expect 2 "--requests and --chunked exclude" -- "$newskg" load --chunked --requests 2 --endpoint "$url/open" --graph urn:g "$tmp/big.nt"
# A graph named by a blank node cannot be addressed: an error that says so.
printf '_:g { <urn:s> <urn:p> <urn:o> . }\n' >"$tmp/blank.trig"
: >"$tmp/log"
expect 1 "blank.trig: the named graph _:g has a blank node for a name" -- \
  "$newskg" load --endpoint "$url/graphs" --graph urn:g "$tmp/blank.trig"
[ ! -s "$tmp/log" ] && ok || fail "a blank-named graph was sent: $(cat "$tmp/log")"
expect 2 "--chunked sends one graph" -- "$newskg" load --chunked --endpoint "$url/graphs" --graph urn:g "$tmp/two.trig"

echo "load: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
