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
expect 1 "see --timeout" -- "$newskg" load --timeout 2 --endpoint "$url/silent" --graph urn:g "$tmp/a.ttl"
took=$(( $(date +%s) - start ))
[ "$took" -le 10 ] && ok || fail "--timeout 2 took $took s"
expect 2 "1 to 86400 seconds" -- "$newskg" load --timeout 0 --endpoint "$url/auth" --graph urn:g "$tmp/a.ttl"

# The server's answer on the terminal: escapes shown, never sent raw.
expect 1 'HTTP 500: \\x1B\[31mred\\x1B\[0m \\x07bell\\rover \\xFF\\xFE end' -- \
  "$newskg" load --endpoint "$url/evil" --graph urn:g "$tmp/a.ttl"
LC_ALL=C grep -q $'[\x01-\x08\x0B-\x1F\x7F\x80-\xFF]' "$tmp/err" && fail "raw control or invalid bytes in the error: $(cat -v "$tmp/err")" || ok

echo "load: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
