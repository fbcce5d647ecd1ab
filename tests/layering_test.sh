#!/usr/bin/env bash
# The libraries' boundaries (README, "Architecture"), checked on the sources:
#  - a folder includes another library only through its one public header
#    (base/base.h, schema/schema.h, extract/extract.h, graph/graph.h,
#    ontology/ontology.h, batch/batch.h) and only along the allowed dependencies below;
#  - graph/ reaches extract/ only in document_graph (the Document it turns
#    into triples);
#  - nothing includes another folder's internal/ (a library's tests,
#    tests/LIB/, may include LIB/internal/; benchmarks and fuzzers may not);
#  - cli/main.cc stays a thin front end (under 250 lines);
#  - and, with a compiler, a file that includes a header of a library its
#    target does not link fails to build (base/ cannot see extract/).
#   layering_test.sh SOURCE_DIR [BUILD_DIR CXX]
set -uo pipefail
src=$1 build=${2:-} cxx=${3:-}
cd "$src"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

declare -A allowed=(
  [base]=""
  [schema]="base"
  [extract]="base schema"
  [graph]="base schema extract"
  [ontology]="base schema graph"
  [batch]="base extract graph"
  [cli]="base extract graph ontology batch"
)
libs="base schema extract graph ontology batch"

for folder in "${!allowed[@]}"; do
  while IFS=: read -r file _ inc; do
    [ -n "$file" ] || continue
    target=${inc#*\"}; target=${target%%\"*}
    dep=${target%%/*}
    [ "$dep" = "$folder" ] && continue
    case " $libs " in *" $dep "*) ;; *) continue ;; esac
    case " ${allowed[$folder]} " in
      *" $dep "*) ;;
      *) bad "$file includes $target: $folder/ may not depend on $dep/"; continue ;;
    esac
    [ "$target" = "$dep/$dep.h" ] || bad "$file includes $target, not $dep/$dep.h"
    if [ "$folder" = graph ] && [ "$dep" = extract ]; then
      case "$file" in graph/document_graph.h | graph/document_graph.cc) ;;
        *) bad "$file includes $target: only document_graph may see extract/" ;;
      esac
    fi
  done < <(grep -rn --include='*.h' --include='*.cc' '^#include "' "$folder")
done

# internal/ stays inside its folder (and that folder's tests).
while IFS=: read -r file _ inc; do
  target=${inc#*\"}; target=${target%%\"*}
  owner=${target%%/internal/*}
  case "$file" in
    "$owner"/* | tests/"$owner"/*) ;;
    *) bad "$file includes $target, internal to $owner/" ;;
  esac
done < <(grep -rn --include='*.h' --include='*.cc' '^#include "[a-z_]*/internal/' \
           base schema extract graph ontology batch cli tests bench fuzz)

lines=$(wc -l <cli/main.cc)
[ "$lines" -lt 250 ] || bad "cli/main.cc has $lines lines (aim: under 250)"

if [ -n "$build" ] && [ -n "$cxx" ]; then
  probe=$(mktemp -d)
  trap 'rm -rf "$probe"' EXIT
  printf '#include "base/base.h"\nint main() { return 0; }\n' >"$probe/ok.cc"
  printf '#include "extract/extract.h"\nint main() { return 0; }\n' >"$probe/no.cc"
  flags=(-std=c++20 -fsyntax-only -I"$build/include/base")
  "$cxx" "${flags[@]}" "$probe/ok.cc" || bad "base/base.h does not compile with base's include root"
  if "$cxx" "${flags[@]}" "$probe/no.cc" 2>/dev/null; then
    bad "a file with only base's include root could include extract/extract.h"
  fi
fi

[ "$fail" = 0 ] && echo "layering: ok"
exit "$fail"
