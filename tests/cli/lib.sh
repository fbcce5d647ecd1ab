# Sourced by the end-to-end test scripts: a temporary folder removed on exit,
# pass and fail counters, and `expect`.
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; failed=0
ok() { passed=$((passed+1)); }
fail() { echo "FAIL: $*"; failed=$((failed+1)); }

# expect CODE PATTERN -- command...: exit code and a stderr pattern.
expect() {
  local code=$1 pattern=$2; shift 3
  "$@" >"$tmp/out" 2>"$tmp/err"; local got=$?
  if [ "$got" != "$code" ]; then fail "$* exited $got, expected $code: $(cat "$tmp/err")"; return; fi
  if [ -n "$pattern" ] && ! grep -qE -- "$pattern" "$tmp/err"; then
    fail "$*: stderr lacks /$pattern/: $(cat "$tmp/err")"; return
  fi
  ok
}
