# Sourced by tests/cli/virtuoso_test.sh and bench/load.sh: starts Virtuoso
# Open Source 7 on free loopback ports from a private config and database
# folder. `start_virtuoso` sets tmp (the folder, removed on exit with the
# server stopped), sql_port, http_port, server (its pid) and sparql (the
# endpoint); it exits 1 with Virtuoso's log when the server does not come up.
# `graph_count GRAPH` prints the triples the store's GRAPH holds (it fails
# when the store gives no count within 300 s).
# (The body is not indented: it holds a here-document.)
start_virtuoso() {
tmp=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
read -r sql_port http_port < <(python3 -c '
import socket
ports = []
socks = []
for _ in range(2):
    s = socket.socket(); s.bind(("127.0.0.1", 0)); socks.append(s); ports.append(s.getsockname()[1])
print(*ports)')
cat >"$tmp/virtuoso.ini" <<INI
[Database]
DatabaseFile = $tmp/virtuoso.db
ErrorLogFile = $tmp/virtuoso.log
LockFile = $tmp/virtuoso.lck
TransactionFile = $tmp/virtuoso.trx
xa_persistent_file = $tmp/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = $tmp/virtuoso-temp.db
TransactionFile = $tmp/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:$sql_port
DirsAllowed = ., $tmp
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:$http_port
ServerRoot = $tmp
ServerThreads = 4
MaxClientConnections = 4
EnabledDavVSP = 0

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
INI
virtuoso-t +foreground +configfile "$tmp/virtuoso.ini" >"$tmp/stdout.log" 2>&1 &
server=$!
sparql="http://127.0.0.1:$http_port/sparql"
up=0
for _ in $(seq 1 120); do
  if curl -s -o /dev/null -w '%{http_code}' "$sparql?query=ASK%7B%7D" 2>/dev/null | grep -q 200; then up=1; break; fi
  kill -0 "$server" 2>/dev/null || break
  sleep 1
done
if [ "$up" != 1 ]; then echo "FAIL: Virtuoso did not start"; tail -20 "$tmp/virtuoso.log" "$tmp/stdout.log"; exit 1; fi
}

graph_count() {
  curl -s --max-time 300 "$sparql" -H 'Accept: application/sparql-results+json' \
    --data-urlencode "query=SELECT (COUNT(*) AS ?n) WHERE { GRAPH <$1> { ?s ?p ?o } }" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["results"]["bindings"][0]["n"]["value"])'
}
