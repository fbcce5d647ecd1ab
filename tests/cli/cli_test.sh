#!/usr/bin/env bash
# End-to-end checks of the newskg program: exit codes and messages of the
# error paths, no partial output on failure, the golden sample (sorted
# N-Triples), serdi and rapper parsing every output, validate.
#   cli_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
. "$(dirname "$0")/lib.sh"

printf 'Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.\n' >"$tmp/a.txt"

expect 0 "" -- "$newskg" --help
expect 0 "" -- "$newskg" --version
expect 0 "" -- "$newskg" extract --help
expect 0 "" -- "$newskg" merge --help
expect 0 "" -- "$newskg" validate --help
expect 2 "unknown command" -- "$newskg" frobnicate
expect 2 "" -- "$newskg"
expect 2 "no INPUT" -- "$newskg" extract
expect 2 "not a valid YYYY-MM-DD" -- "$newskg" extract --date 2020-02-30 "$tmp/a.txt"
# A numeric day-month date: read when the dateline confirms one reading.
printf 'Sales fell\nFebruary 03, 2009\n\nCar sales fell in Kenya.\n' >"$tmp/dated.txt"
"$newskg" extract --date 03-02-2009 --format ntriples "$tmp/dated.txt" 2>/dev/null | grep -q '"2009-02-03"^^<http://www.w3.org/2001/XMLSchema#date>' && ok || fail "03-02-2009 with a February 03 dateline"
expect 1 "ambiguous \(2009-06-05 or 2009-05-06\)" -- "$newskg" extract --date 05-06-2009 "$tmp/dated.txt"
expect 2 "not a valid YYYY-MM-DD" -- "$newskg" extract --date yesterday "$tmp/a.txt"
expect 2 "unknown format 'rdfxml'" -- "$newskg" extract --format rdfxml "$tmp/a.txt"
expect 2 "must be an absolute IRI" -- "$newskg" extract --base notaniri "$tmp/a.txt"
expect 2 "--url 'not a url' must be an absolute IRI" -- "$newskg" extract --url "not a url" "$tmp/a.txt"
expect 2 "unrecognised option|unrecognized option" -- "$newskg" extract --bogus "$tmp/a.txt"
expect 1 "missing.txt: no such file" -- "$newskg" extract "$tmp/missing.txt"
expect 1 "is a directory" -- "$newskg" extract "$tmp"
expect 1 "missing.ttl: no such file" -- "$newskg" merge "$tmp/missing.ttl"

# Invalid UTF-8, binary, empty and malformed JSONL input: clear errors, no output file.
printf 'Putin met \xff Lukashenko.\n' >"$tmp/bad.txt"
expect 1 "bad.txt: line 1, column 11 \(byte 10\): invalid UTF-8" -- "$newskg" extract "$tmp/bad.txt" -o "$tmp/bad.ttl"
[ ! -e "$tmp/bad.ttl" ] && ok || fail "partial output left for invalid UTF-8"
head -c 64 /dev/urandom >"$tmp/bin.txt"; printf '\0' >>"$tmp/bin.txt"
expect 1 "bin.txt: line" -- "$newskg" extract "$tmp/bin.txt" -o "$tmp/bin.ttl"
[ ! -e "$tmp/bin.ttl" ] && ok || fail "partial output left for binary input"
# A huge article is refused with the limit named, and no output is left.
yes "Words of a very long article." | head -c 34000000 >"$tmp/huge.txt"
expect 1 "the limit is 33554432" -- "$newskg" extract "$tmp/huge.txt" -o "$tmp/huge.ttl"
[ ! -e "$tmp/huge.ttl" ] && ok || fail "output written for a huge article"
rm -f "$tmp/huge.txt"
# A 200 MB file is refused without being read whole (peak memory well under its size).
yes "Words of a very long article." | head -c 200000000 >"$tmp/huger.txt"
/usr/bin/time -f %M -o "$tmp/mem" "$newskg" extract "$tmp/huger.txt" -o "$tmp/huger.ttl" 2>/dev/null
[ "$(tail -1 "$tmp/mem")" -lt 150000 ] && ok || fail "a 200 MB file took $(tail -1 "$tmp/mem") KB to refuse"
rm -f "$tmp/huger.txt"
: >"$tmp/empty.jsonl"
expect 1 "no article in the input" -- "$newskg" extract "$tmp/empty.jsonl" -o "$tmp/empty-jsonl.ttl"
[ ! -e "$tmp/empty-jsonl.ttl" ] && ok || fail "output written for an empty JSONL"
: >"$tmp/empty.txt"
expect 1 "empty article" -- "$newskg" extract "$tmp/empty.txt" -o "$tmp/empty.ttl"
printf '{"id":"x","text":"One."}\n{"id":"y","text":\n' >"$tmp/bad.jsonl"
expect 1 "bad.jsonl: line 2, column" -- "$newskg" extract "$tmp/bad.jsonl" -o "$tmp/bad2.ttl"
[ ! -e "$tmp/bad2.ttl" ] && ok || fail "partial output left for malformed JSONL"
# A failed run keeps an existing output file intact.
echo "keep me" >"$tmp/keep.ttl"
expect 1 "" -- "$newskg" extract "$tmp/bad.txt" -o "$tmp/keep.ttl"
[ "$(cat "$tmp/keep.ttl")" = "keep me" ] && ok || fail "existing output overwritten by a failed run"
printf '<a> <b> "unterminated .\n' >"$tmp/broken.ttl"
expect 1 "broken.ttl:1:" -- "$newskg" merge "$tmp/broken.ttl" -o "$tmp/m.ttl"
[ ! -e "$tmp/m.ttl" ] && ok || fail "partial output left by a failed merge"

# Formats and inputs.
for fmt in turtle ntriples nquads trig; do
  expect 0 "" -- "$newskg" extract --date 2024-03-13 --format "$fmt" "$tmp/a.txt" -o "$tmp/a.$fmt"
done
serdi -i ntriples "$tmp/a.ntriples" >/dev/null 2>&1 && ok || fail "serdi rejects ntriples output"
serdi -i nquads "$tmp/a.nquads" >/dev/null 2>&1 && ok || fail "serdi rejects nquads output"
serdi -i trig "$tmp/a.trig" >/dev/null 2>&1 && ok || fail "serdi rejects trig output"
cat "$tmp/a.txt" | "$newskg" extract --date 2024-03-13 - >"$tmp/stdin.ttl" 2>"$tmp/err" && ok || fail "stdin input"
grep -q "nkg:Meeting" "$tmp/stdin.ttl" && ok || fail "stdin output has no meeting"
printf '{"id":"one","date":"2024-03-13","text":"Olaf Scholz held talks with Emmanuel Macron in Berlin."}\n{"id":"two","date":"2024-03-13","text":"The World Bank lent $500 million to Kenya."}\n' >"$tmp/two.jsonl"
expect 0 "" -- "$newskg" extract "$tmp/two.jsonl" -o "$tmp/two.ttl"
grep -q "article/one" "$tmp/two.ttl" && grep -q "article/two" "$tmp/two.ttl" && ok || fail "jsonl articles missing"
# Named graphs: each article's statements in a graph named by its IRI,
# beside the merged view; merge reads them back, from one file or from the
# articles' files, in either syntax, to the same bytes.
for fmt in nquads trig; do
  ext=$([ "$fmt" = nquads ] && echo nq || echo trig)
  expect 0 "" -- "$newskg" extract --jobs 2 --format "$fmt" "$tmp/two.jsonl" -o "$tmp/two.$ext"
  mkdir -p "$tmp/two-$fmt"
  expect 0 "" -- "$newskg" extract --format "$fmt" --split "$tmp/two-$fmt" "$tmp/two.jsonl"
  expect 0 "" -- "$newskg" merge --format "$fmt" "$tmp/two-$fmt"/*."$ext" -o "$tmp/two-split.$ext"
  cmp -s "$tmp/two.$ext" "$tmp/two-split.$ext" && ok || fail "$fmt: the merged articles' files differ from the extract"
  expect 0 "" -- "$newskg" merge --format "$fmt" "$tmp/two.$ext" -o "$tmp/two-again.$ext"
  cmp -s "$tmp/two.$ext" "$tmp/two-again.$ext" && ok || fail "$fmt: merging the dataset again changed it"
done
grep -q '<https://w3id.org/newskg/id/article/one> \.$' "$tmp/two.nq" && grep -q '<https://w3id.org/newskg/id/article/two> \.$' "$tmp/two.nq" \
  && ok || fail "no graph named by an article in the N-Quads"
grep -q '^<https://w3id.org/newskg/id/article/one> {$' "$tmp/two.trig" && ok || fail "no graph block named by an article in the TriG"
[ "$(serdi -i nquads "$tmp/two.nq" | wc -l)" = "$(serdi -i trig -o nquads "$tmp/two.trig" | wc -l)" ] \
  && ok || fail "the N-Quads and the TriG hold different statements"
expect 0 "" -- "$newskg" merge --format nquads "$tmp/two.trig" -o "$tmp/two-from-trig.nq"
cmp -s "$tmp/two.nq" "$tmp/two-from-trig.nq" && ok || fail "TriG merged to N-Quads differs from the N-Quads"
# The output syntax: --format when given (it wins), else by the extension of
# -o, else Turtle; extract and merge alike. Table: -o name, --format (or -),
# the syntax the output must be (the bytes of an explicit --format run).
expect 0 "" -- "$newskg" extract --format trig "$tmp/two.jsonl" -o "$tmp/in.trig"
while read -r name fmt want; do
  for cmd in extract merge; do
    input=$([ $cmd = extract ] && echo "$tmp/two.jsonl" || echo "$tmp/in.trig")
    rm -f "$tmp/fmt-want" "$tmp/fmt-$name"
    args=(); [ "$fmt" != - ] && args=(--format "$fmt")
    expect 0 "" -- "$newskg" $cmd ${args[@]+"${args[@]}"} "$input" -o "$tmp/fmt-$name"
    "$newskg" $cmd --format "$want" "$input" >"$tmp/fmt-want" 2>/dev/null
    cmp -s "$tmp/fmt-want" "$tmp/fmt-$name" && ok || fail "$cmd -o $name ${args[*]}: not $want"
  done
done <<'TABLE'
out.ttl - turtle
out.nt - ntriples
out.nq - nquads
out.trig - trig
out.nt turtle turtle
out.ttl nquads nquads
out.trig ntriples ntriples
out.txt - turtle
out.rdf - turtle
out - turtle
TABLE
"$newskg" merge --format turtle "$tmp/in.trig" >"$tmp/fmt-want" 2>/dev/null
"$newskg" merge "$tmp/in.trig" >"$tmp/fmt-stdout" 2>/dev/null && cmp -s "$tmp/fmt-stdout" "$tmp/fmt-want" \
  && ok || fail "merge to standard output is not Turtle"
# A quad file is read once: a FIFO (which gives its bytes only once) merges
# to the same bytes as the file.
for ext in trig nq; do
  rm -f "$tmp/fifo.$ext"; mkfifo "$tmp/fifo.$ext"
  src_file=$([ $ext = trig ] && echo "$tmp/in.trig" || echo "$tmp/two.nq")
  cat "$src_file" >"$tmp/fifo.$ext" &
  timeout 20 "$newskg" merge --format nquads "$tmp/fifo.$ext" -o "$tmp/fifo-out.nq" 2>"$tmp/err"; code=$?
  wait
  "$newskg" merge --format nquads "$src_file" -o "$tmp/file-out.nq" 2>/dev/null
  [ $code = 0 ] && cmp -s "$tmp/fifo-out.nq" "$tmp/file-out.nq" && ok || fail "merge of a .$ext FIFO (exit $code): $(cat "$tmp/err")"
done
"$newskg" merge --help | tr -s " \n" "  " | grep -q "default: by the extension of -o" && ok || fail "merge --help does not say the format follows -o"
"$newskg" extract --help | tr -s " \n" "  " | grep -q "default: by the extension of -o" && ok || fail "extract --help does not say the format follows -o"

# Hostile text: quotes, angle brackets, backslashes, newlines in quotes and names.
printf '"He said \\"no\\" <script> \\\\ back\\\\slash",\n Kenyan President William Ruto said. "A > B & C \\\\n" Ruto told <Reuters>.\n' >"$tmp/hostile.txt"
expect 0 "" -- "$newskg" extract --date 2024-03-13 "$tmp/hostile.txt" -o "$tmp/hostile.ttl"
serdi -i turtle "$tmp/hostile.ttl" >/dev/null 2>&1 && ok || fail "serdi rejects hostile output"
rapper -q -i turtle -c "$tmp/hostile.ttl" 2>/dev/null && ok || fail "rapper rejects hostile output"

# Byte-identical output for the same input.
"$newskg" extract --date 2020-09-14 --id dw-sochi-loan "$src/samples/dw-sochi-loan.txt" -o "$tmp/s1.ttl"
"$newskg" extract --date 2020-09-14 --id dw-sochi-loan "$src/samples/dw-sochi-loan.txt" -o "$tmp/s2.ttl"
cmp -s "$tmp/s1.ttl" "$tmp/s2.ttl" && ok || fail "output is not deterministic"

# Golden samples, compared as sorted N-Triples.
for txt in "$src"/samples/*.txt; do
  slug=$(basename "$txt" .txt)
  date=$(sed -n 's/^date: //p' "$src/samples/$slug.meta")
  "$newskg" extract --date "$date" --id "$slug" "$txt" -o "$tmp/$slug.ttl" || { fail "extract $slug"; continue; }
  serdi -i turtle -o ntriples "$tmp/$slug.ttl" | sort >"$tmp/$slug.got.nt"
  serdi -i turtle -o ntriples "$src/samples/$slug.ttl" | sort >"$tmp/$slug.want.nt"
  if cmp -s "$tmp/$slug.got.nt" "$tmp/$slug.want.nt"; then ok; else
    fail "golden sample $slug differs (scripts/regen-samples after an intended change):"
    diff "$tmp/$slug.want.nt" "$tmp/$slug.got.nt" | head -20
  fi
  rapper -q -i turtle -c "$tmp/$slug.ttl" 2>/dev/null && ok || fail "rapper rejects $slug"
  "$newskg" validate "$tmp/$slug.ttl" >"$tmp/v.out" 2>&1 && ok || { fail "validate $slug"; cat "$tmp/v.out"; }
done

# Merge: union without duplicates, order independent.
"$newskg" merge "$tmp/s1.ttl" "$tmp/a.turtle" "$tmp/s2.ttl" -o "$tmp/m1.ttl" && ok || fail "merge"
"$newskg" merge "$tmp/a.turtle" "$tmp/s2.ttl" -o "$tmp/m2.ttl" && ok || fail "merge"
cmp -s "$tmp/m1.ttl" "$tmp/m2.ttl" && ok || fail "merge depends on order or duplicates"
n_in=$( (serdi "$tmp/s1.ttl"; serdi "$tmp/a.turtle") | sort -u | wc -l)
n_out=$(serdi "$tmp/m1.ttl" | wc -l)
[ "$n_in" = "$n_out" ] && ok || fail "merge has $n_out triples, expected $n_in"
"$newskg" validate "$tmp/m1.ttl" >/dev/null 2>&1 && ok || fail "merged graph does not validate"
"$newskg" merge --jobs 1 "$tmp/s1.ttl" "$tmp/a.turtle" "$tmp/s2.ttl" -o "$tmp/m3.ttl" && cmp -s "$tmp/m1.ttl" "$tmp/m3.ttl" && ok || fail "merge --jobs 1 output differs"
expect 2 "between 1 and 256" -- "$newskg" merge --jobs 0 "$tmp/s1.ttl"
printf 'nkg:a nkg:b nkg:c .\n' >"$tmp/noprefix.ttl"
expect 1 "noprefix.ttl: undefined prefix in 'nkg:a'" -- "$newskg" merge "$tmp/noprefix.ttl" -o "$tmp/m4.ttl"
[ ! -e "$tmp/m4.ttl" ] && ok || fail "partial output left by a failed merge"

# Many articles: one JSONL run equals extracting each and merging; --jobs and
# --split give the same graphs as one core.
python3 - "$src" "$tmp/dev.jsonl" <<'PY'
import json, pathlib, sys
src = pathlib.Path(sys.argv[1])
with open(sys.argv[2], 'w') as out:
    for i, text in enumerate([
        "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday.",
        "William Ruto held talks with Samia Suluhu Hassan. The World Bank lent $500 million to Kenya.",
        "Kenya obtained a $500 million loan from the World Bank, Ruto said.",
        "Muammar Gaddafi met WHO officials. Moammar Kadhafi spoke to the World Health Organization.",
    ]):
        out.write(json.dumps({"id": f"art{i}", "date": "2024-03-13", "text": text}) + "\n")
PY
"$newskg" extract "$tmp/dev.jsonl" -o "$tmp/all.ttl" && ok || fail "extract jsonl"
"$newskg" extract --split "$tmp/split" "$tmp/dev.jsonl" && ok || fail "extract --split"
[ "$(ls "$tmp/split" | wc -l)" = 4 ] && ok || fail "--split wrote $(ls "$tmp/split" | wc -l) files"
# --split -: the same per-article graphs, one after another on standard
# output, in input order whatever --jobs; merged, they are the one graph.
"$newskg" extract --split - "$tmp/dev.jsonl" >"$tmp/stream.ttl" && ok || fail "extract --split -"
cat "$tmp"/split/art0.ttl "$tmp"/split/art1.ttl "$tmp"/split/art2.ttl "$tmp"/split/art3.ttl |
  cmp -s - "$tmp/stream.ttl" && ok || fail "--split - is not the --split files in input order"
"$newskg" extract -j 3 --split - "$tmp/dev.jsonl" | cmp -s - "$tmp/stream.ttl" && ok ||
  fail "--split - differs with -j 3"
"$newskg" merge "$tmp/stream.ttl" | cmp -s - "$tmp/all.ttl" && ok ||
  fail "merge of the --split - stream differs from the merged extract"
expect 2 "exclude each other" -- "$newskg" extract --split - -o "$tmp/x.ttl" "$tmp/dev.jsonl"
# --shard I/N: the N shards hold every article once (ids art0..art3 fall in
# shards 3,3,2,2 of 3 and 1,4,2,2 of 4: shard 1 of 3 and shard 3 of 4 are
# empty), and merging their graphs, in any order, gives the whole run's bytes.
for n in 2 3 4; do
  shards=()
  for i in $(seq 1 "$n"); do
    "$newskg" extract -j $((i % 2 + 1)) --shard "$i/$n" "$tmp/dev.jsonl" -o "$tmp/shard$i.ttl" ||
      fail "extract --shard $i/$n"
    shards+=("$tmp/shard$i.ttl")
  done
  articles=$(cat "${shards[@]}" | grep -c '^<https://w3id.org/newskg/id/article/art[0-9]>$')
  [ "$articles" = 4 ] && ok || fail "$n shards hold $articles articles, not 4"
  "$newskg" merge "${shards[@]}" | cmp -s - "$tmp/all.ttl" && ok ||
    fail "merge of $n shards differs from the one-machine extract"
  printf '%s\n' "${shards[@]}" | tac | xargs "$newskg" merge | cmp -s - "$tmp/all.ttl" && ok ||
    fail "merge of $n shards in reverse order differs from the one-machine extract"
done
[ ! -s "$tmp/shard3.ttl" ] && ok || fail "shard 3/4 holds none of art0..art3 but its graph is not empty"
"$newskg" extract --shard 4/4 --split "$tmp/split4" "$tmp/dev.jsonl" && [ "$(ls "$tmp/split4")" = art1.ttl ] &&
  cmp -s "$tmp/split4/art1.ttl" "$tmp/split/art1.ttl" && ok || fail "--shard 4/4 --split is not art1.ttl alone"
for bad in 0/4 5/4 4 1/0 -1/4 " 1/4" 1/4x 1/1000001 x; do
  expect 2 "--shard '$bad'" -- "$newskg" extract --shard "$bad" "$tmp/dev.jsonl"
done
expect 2 "I must be between 1 and N \(shards are numbered from 1\)" -- "$newskg" extract --shard 0/4 "$tmp/dev.jsonl"
expect 2 "is not I/N" -- "$newskg" extract --shard 1-4 "$tmp/dev.jsonl"
expect 1 "no article in the input" -- "$newskg" extract --shard 1/2 "$tmp/empty.jsonl"
# --parse: every scope gives a graph that validates; a bad scope is a usage error.
for scope in none facts all; do
  "$newskg" extract --parse "$scope" "$tmp/dev.jsonl" -o "$tmp/parse-$scope.ttl" &&
    "$newskg" validate "$tmp/parse-$scope.ttl" >/dev/null && ok || fail "extract --parse $scope"
done
expect 2 "not one of facts, all, none" -- "$newskg" extract --parse most "$tmp/dev.jsonl"
# Hostile values and inputs (issue 12): clear errors, the right exit codes.
expect 2 "between 1 and 256" -- "$newskg" merge --jobs 40000 "$tmp/collide.jsonl"
expect 2 "not a valid YYYY-MM-DD" -- "$newskg" extract --date 0000-01-01 "$tmp/a.txt"
expect 1 "is a directory" -- "$newskg" validate "$tmp"
expect 1 "is a directory" -- "$newskg" merge "$tmp"
printf '\xEF\xBB\xBF{"id":"bom","text":"Putin met Lukashenko in Sochi."}\n' >"$tmp/bom.jsonl"
expect 0 "" -- "$newskg" extract "$tmp/bom.jsonl" -o "$tmp/bom.ttl"
printf '{"id":"x","text":"Putin met Lukashenko."}\n{"id":"y","text":null}\n' >"$tmp/nulltext.jsonl"
expect 1 "nulltext.jsonl: line 2, column 23: empty article" -- "$newskg" extract "$tmp/nulltext.jsonl" -o "$tmp/nulltext.ttl"
[ ! -e "$tmp/nulltext.ttl" ] && ok || fail "partial output left for an empty JSONL text"
printf '{"id":"x","text":"Putin met Lukashenko."}\n{"id":"y","text":"ab\xffcd"}\n' >"$tmp/badline.jsonl"
expect 1 "badline.jsonl: line 2, column 21 \(byte 20\): invalid UTF-8" -- "$newskg" extract "$tmp/badline.jsonl"
# An id is one IRI path segment: no "..", no "/" that a consumer would resolve.
"$newskg" extract --id '../entity/person/joe-biden' --format ntriples "$tmp/a.txt" -o "$tmp/id1.nt" 2>/dev/null
grep -q '<https://w3id.org/newskg/id/article/..%2Fentity%2Fperson%2Fjoe-biden>' "$tmp/id1.nt" && ok || fail "an id with '../' is not one path segment"
"$newskg" extract --id '..' --format ntriples "$tmp/a.txt" -o "$tmp/id2.nt" 2>/dev/null
grep -q '/article/%2E%2E>' "$tmp/id2.nt" && ok || fail "the id '..' is left as a path segment"
expect 1 "article id is 300 bytes; the limit is 200" -- "$newskg" extract --id "$(printf 'a%.0s' $(seq 300))" "$tmp/a.txt"
expect 2 "must be an absolute IRI" -- "$newskg" extract --base '://' "$tmp/a.txt"
: >"$tmp/empty-graph.ttl"
expect 0 "" -- "$newskg" merge "$tmp/empty-graph.ttl" -o "$tmp/empty-merged.ttl"
# A non-ASCII --base: the output validates (its subjects were not found by IRI).
"$newskg" extract --base 'http://ex.org/ü/' --id u "$tmp/a.txt" -o "$tmp/u.ttl" 2>/dev/null
expect 0 ", 0 result" -- "$newskg" validate "$tmp/u.ttl"
# validate read an empty file past its end ("1:10: bad verb"): now 0 triples, 0 violations.
for syntax in ttl nt nq trig; do
  : >"$tmp/empty-graph.$syntax"
  expect 0 "" -- "$newskg" validate "$tmp/empty-graph.$syntax"
done
# -o writes into what is there: a symlink stays a link to the new content,
# a file keeps its mode, a FIFO and /dev/fd/1 are written into, not replaced.
echo old >"$tmp/o-target.ttl"; ln -s o-target.ttl "$tmp/o-link.ttl"
"$newskg" extract "$tmp/a.txt" -o "$tmp/o-link.ttl" 2>/dev/null
[ -L "$tmp/o-link.ttl" ] && grep -q 'nkg:' "$tmp/o-target.ttl" && ok || fail "-o replaced a symlink instead of following it"
echo old >"$tmp/o-private.ttl"; chmod 600 "$tmp/o-private.ttl"
"$newskg" extract "$tmp/a.txt" -o "$tmp/o-private.ttl" 2>/dev/null
[ "$(stat -c %a "$tmp/o-private.ttl")" = 600 ] && ok || fail "-o changed a file's mode to $(stat -c %a "$tmp/o-private.ttl")"
mkfifo "$tmp/o-fifo"; timeout 60 cat "$tmp/o-fifo" >"$tmp/o-fifo-out" & reader=$!
"$newskg" extract "$tmp/a.txt" -o "$tmp/o-fifo" 2>/dev/null; wait "$reader"
[ -p "$tmp/o-fifo" ] && grep -q 'nkg:' "$tmp/o-fifo-out" && ok || fail "-o replaced a FIFO"
"$newskg" extract "$tmp/a.txt" -o /dev/fd/1 >"$tmp/fd1.ttl" 2>/dev/null && grep -q 'nkg:' "$tmp/fd1.ttl" && ok || fail "-o /dev/fd/1"
# --split: every id its own portable file name (ids that used to share one:
# a/b and a_b, .x and _.x, a\b); ids that differ only in letter case, one
# file where case is ignored, are refused naming both: no article is lost.
python3 -c '
import json, sys
for i in ["a/b", "a_b", ".x", "_.x", "a\\b", "..", "100%", "con", "x.", "\u00e9 *?", "\u00e4" * 99 + "1", "\u00e4" * 99 + "2"]:
    print(json.dumps({"id": i, "text": "Xi met Putin in Moscow."}))' >"$tmp/collide.jsonl"
"$newskg" extract --split "$tmp/collide" "$tmp/collide.jsonl" 2>"$tmp/err" && ok || fail "--split on ids that used to collide: $(cat "$tmp/err")"
[ "$(ls "$tmp/collide" | wc -l)" = 12 ] && ok || fail "--split wrote $(ls "$tmp/collide" | wc -l) files for 12 ids"
for f in a%2Fb.ttl a_b.ttl %2Ex.ttl _.x.ttl a%5Cb.ttl %2E%2E.ttl 100%25.ttl %63on.ttl x%2E.ttl %C3%A9%20%2A%3F.ttl; do
  [ -f "$tmp/collide/$f" ] && ok || fail "--split did not write $f: $(ls "$tmp/collide" | tr '\n' ' ')"
done
[ -z "$(ls "$tmp/collide" | LC_ALL=C grep -v '^[A-Za-z0-9._%~-]*$')" ] && ok || fail "a --split file name outside [A-Za-z0-9._%~-]"
[ -z "$(ls "$tmp/collide" | awk 'length($0) > 210')" ] && ok || fail "a --split file name over 210 bytes"
printf '{"id":"Ab","text":"Putin met Lukashenko in Sochi."}\n{"id":"ab","text":"Xi met Putin in Moscow."}\n' >"$tmp/case.jsonl"
expect 1 "article ids 'Ab' and 'ab' differ only in letter case \(file ab.ttl\)" -- "$newskg" extract --split "$tmp/case" "$tmp/case.jsonl"
printf '{"id":"a","text":"Putin met Xi."}\n{"id":"a","text":"Xi met Putin."}\n' >"$tmp/dup.jsonl"
expect 1 "article id 'a' appears twice" -- "$newskg" extract --split "$tmp/dup" "$tmp/dup.jsonl"
"$newskg" merge "$tmp"/split/art3.ttl "$tmp"/split/art1.ttl "$tmp"/split/art0.ttl "$tmp"/split/art2.ttl -o "$tmp/merged.ttl" && ok || fail "merge split"
cmp -s "$tmp/all.ttl" "$tmp/merged.ttl" && ok || { fail "one JSONL run differs from extract-each-then-merge"; diff "$tmp/all.ttl" "$tmp/merged.ttl" | head -10; }
"$newskg" merge "$tmp/merged.ttl" "$tmp/split/art2.ttl" -o "$tmp/merged2.ttl" && cmp -s "$tmp/merged.ttl" "$tmp/merged2.ttl" && ok || fail "merge is not idempotent"
"$newskg" extract --jobs 2 "$tmp/dev.jsonl" -o "$tmp/all2.ttl" && cmp -s "$tmp/all.ttl" "$tmp/all2.ttl" && ok || fail "--jobs 2 output differs"
expect 2 "between 1 and 256" -- "$newskg" extract --jobs 0 "$tmp/dev.jsonl"
grep -c "a nkg:Loan" "$tmp/all.ttl" | grep -qx 1 && ok || fail "the loan reported twice is not one event"

# load: usage errors, and a clear error when the endpoint cannot be reached.
expect 0 "" -- "$newskg" load --help
expect 2 "--endpoint and --graph are required" -- "$newskg" load "$tmp/all.ttl"
expect 2 "not in the URL" -- "$newskg" load --endpoint http://u:p@127.0.0.1:9/x --graph urn:g "$tmp/all.ttl"
expect 2 "http:// or https://" -- "$newskg" load --endpoint ftp://127.0.0.1/x --graph urn:g "$tmp/all.ttl"
expect 1 "http://127.0.0.1:9/store: " -- "$newskg" load --endpoint http://127.0.0.1:9/store --graph urn:g "$tmp/all.ttl"
expect 1 "broken.ttl:1:" -- "$newskg" load --endpoint http://127.0.0.1:9/store --graph urn:g "$tmp/broken.ttl"

# Validate fails, with the violation, on a graph broken on purpose.
cat >"$tmp/broken-meeting.ttl" <<'TTL'
@prefix nkg: <https://w3id.org/newskg/ontology#> .
<https://e.org/m> a nkg:Meeting .
TTL
expect 1 "" -- "$newskg" validate "$tmp/broken-meeting.ttl"
grep -q "<https://e.org/m> <https://w3id.org/newskg/ontology#participant>: has 0 values; at least 2 required" "$tmp/out" \
  && ok || fail "validate message: $(cat "$tmp/out")"

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
