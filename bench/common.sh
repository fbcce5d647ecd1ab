# Sourced by the benchmarks: the project folder, the newskg binary (first
# argument, else build/newskg), the development articles, a temporary folder
# removed on exit. Checks what is missing and says so.
#   . "$(dirname "$0")/common.sh" NAME [NEWSKG]
bench_name=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
newskg=${2:-$here/build/newskg}
articles=$here/../shared/dev/articles
[ -x "$newskg" ] || { echo "$bench_name: build first (scripts/build)" >&2; exit 2; }
[ -d "$articles" ] || { echo "$bench_name: no development articles at $articles" >&2; exit 2; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
