#!/usr/bin/env bash
# End-to-end checks of `newskg parse` and `newskg train`: valid CoNLL-U for
# hard text, gold words kept, clear errors, no partial output, and training
# that gives the same bytes twice.
#   parse_test.sh NEWSKG SOURCE_DIR
set -uo pipefail
newskg=$1; src=$2
data=$src/../shared/data
# The checks that read the UD treebanks run only where ../shared is; without
# it the script exits 77, which ctest reports as skipped.
have_data=0
[ -f "$data/ud-english-ewt/en_ewt-ud-dev.conllu" ] && [ -f "$src/../shared/eval/ud-score.py" ] && have_data=1
. "$(dirname "$0")/lib.sh"

# Checks a CoNLL-U file: 10 columns, ids 1..n, one root, heads in range, no
# cycle, sent_id and text comments; prints the number of sentences.
check_conllu() {
  python3 - "$1" <<'PY'
import sys
sents, cur, comments = [], [], []
for n, line in enumerate(open(sys.argv[1], encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line:
        if cur:
            sents.append((comments, cur))
        cur, comments = [], []
        continue
    if line.startswith("#"):
        comments.append(line)
        continue
    cols = line.split("\t")
    assert len(cols) == 10, f"line {n}: {len(cols)} columns"
    cur.append(cols)
assert not cur, "no blank line after the last sentence"
for comments, words in sents:
    assert any(c.startswith("# sent_id = ") for c in comments), comments
    assert any(c.startswith("# text = ") for c in comments), comments
    ids = [int(w[0]) for w in words]
    assert ids == list(range(1, len(words) + 1)), ids
    heads = [int(w[6]) for w in words]
    assert all(0 <= h <= len(words) for h in heads), heads
    assert sum(h == 0 for h in heads) == 1, "roots: %d" % sum(h == 0 for h in heads)
    for i, w in enumerate(words, 1):
        assert (w[6] == "0") == (w[7] == "root"), w
        assert w[3] != "_" and w[4] != "_" and w[2] != "_", w
        a, steps = i, 0
        while a != 0:
            a = heads[a - 1]
            steps += 1
            assert steps <= len(words), "cycle"
print(len(sents))
PY
}

expect 0 "" -- "$newskg" parse --help
expect 0 "" -- "$newskg" train --help

# Quotes, a list, brackets, non-ASCII names and a very long sentence.
{
  printf '"We will not give up," said Łukasz Müller, the head of Société Générale.\n'
  printf 'The sanctions target Ivo Marek, chairman of Norvale Bank; Lena Ostrova, CEO of Kestgas; and Pavel Drum.\n'
  printf 'The ministry (which did not comment) said that José Ramos-Horta and Xi Jinping met in Dili.\n'
  for i in $(seq 1 400); do printf 'officials from town %d and ' "$i"; done
  printf 'their aides met.\n'
} >"$tmp/hard.txt"
expect 0 "" -- "$newskg" parse "$tmp/hard.txt" -o "$tmp/hard.conllu"
n=$(check_conllu "$tmp/hard.conllu") && [ "$n" -ge 4 ] && ok || fail "invalid CoNLL-U for hard text: $n"
grep -q $'\tŁukasz\t' "$tmp/hard.conllu" && ok || fail "the non-ASCII name is not one word"
# The same input gives the same bytes; standard input works too.
"$newskg" parse - <"$tmp/hard.txt" >"$tmp/hard2.conllu" 2>/dev/null
diff <(grep -v '^# sent_id' "$tmp/hard.conllu") <(grep -v '^# sent_id' "$tmp/hard2.conllu") >/dev/null && ok || fail "stdin parse differs"

if [ "$have_data" = 1 ]; then
# CoNLL-U input keeps its sentences and words, and scores with ud-score.py.
head -c 20000 "$data/ud-english-ewt/en_ewt-ud-dev.conllu" | awk 'BEGIN{RS="";ORS="\n\n"} NR>1{print prev} {prev=$0}' >"$tmp/gold.conllu"
expect 0 "" -- "$newskg" parse --input-format conllu "$tmp/gold.conllu" -o "$tmp/pred.conllu"
check_conllu "$tmp/pred.conllu" >/dev/null && ok || fail "invalid CoNLL-U from CoNLL-U input"
python3 "$src/../shared/eval/ud-score.py" "$tmp/gold.conllu" "$tmp/pred.conllu" >"$tmp/score" && ok || fail "ud-score: $(cat "$tmp/score")"
grep -q "UAS" "$tmp/score" && ok || fail "no score line"
fi

# Errors: named input and position, exit codes, no partial output.
expect 2 "must be text or conllu" -- "$newskg" parse --input-format xml "$tmp/hard.txt"
expect 2 "no INPUT" -- "$newskg" parse
expect 1 "missing.txt: no such file" -- "$newskg" parse "$tmp/missing.txt"
printf 'Putin met \xff Lukashenko.\n' >"$tmp/bad.txt"
expect 1 "bad.txt: line 1, column 11 \(byte 10\): invalid UTF-8" -- "$newskg" parse "$tmp/bad.txt" -o "$tmp/bad.conllu"
[ ! -e "$tmp/bad.conllu" ] && ok || fail "partial output left for invalid UTF-8"
printf '1\tWord\t_\t_\t_\t_\t0\troot\t_\n\n' >"$tmp/nine.conllu"
expect 1 "nine.conllu: line 1: expected 10 tab-separated columns, found 9" -- "$newskg" parse --input-format conllu "$tmp/nine.conllu" -o "$tmp/nine.out"
[ ! -e "$tmp/nine.out" ] && ok || fail "partial output left for bad CoNLL-U"
expect 1 "cannot open the lemma table .*nomodels/lemmas.tsv" -- env NEWSKG_MODEL_DIR="$tmp/nomodels" "$newskg" parse "$tmp/hard.txt"

mkdir -p "$tmp/partial" && cp "$src/models/lemmas.tsv" "$tmp/partial/"
expect 1 "cannot open the tagger model .*partial/tagger.model" -- env NEWSKG_MODEL_DIR="$tmp/partial" "$newskg" parse "$tmp/hard.txt"

if [ "$have_data" = 1 ]; then
# Training on a small slice twice gives the same model bytes.
head -c 60000 "$data/ud-english-ewt/en_ewt-ud-train.conllu" | awk 'BEGIN{RS="";ORS="\n\n"} NR>1{print prev} {prev=$0}' >"$tmp/slice.conllu"
for run in 1 2; do
  expect 0 "parser epoch 2/2" -- "$newskg" train --train "$tmp/slice.conllu" --dev "$tmp/gold.conllu" \
    --tagger-epochs 2 --parser-epochs 2 --folds 2 -o "$tmp/m$run"
done
for f in tagger.model parser.model lemmas.tsv; do
  cmp -s "$tmp/m1/$f" "$tmp/m2/$f" && ok || fail "training twice gave different $f"
done
NEWSKG_MODEL_DIR="$tmp/m1" "$newskg" parse "$tmp/hard.txt" -o "$tmp/small.conllu" 2>/dev/null && check_conllu "$tmp/small.conllu" >/dev/null && ok || fail "a trained model does not parse"
# A gold "tree" with a cycle is skipped, not read out of bounds.
{ cat "$tmp/slice.conllu"; printf '1\tA\ta\tDET\tDT\t_\t3\tdet\t_\t_\n2\tB\tb\tNOUN\tNN\t_\t0\troot\t_\t_\n3\tC\tc\tNOUN\tNN\t_\t1\tnsubj\t_\t_\n\n'; } >"$tmp/cycle.conllu"
expect 0 "1 skipped" -- "$newskg" train --train "$tmp/cycle.conllu" --tagger-epochs 1 --parser-epochs 1 --folds 2 -o "$tmp/m3"
# A failed training run leaves the models that were there.
sed 's/\troot\t/\tdep\t/' "$tmp/slice.conllu" >"$tmp/noroot.conllu"
cp -r "$tmp/m1" "$tmp/keep"
expect 1 "no 'root' relation" -- "$newskg" train --train "$tmp/noroot.conllu" --tagger-epochs 1 --parser-epochs 1 --folds 2 -o "$tmp/m1"
diff -r "$tmp/m1" "$tmp/keep" >/dev/null && ok || fail "a failed training run changed the model folder"
fi
# A model header that claims a billion features is a clear error, not an allocation failure.
mkdir -p "$tmp/huge" && cp "$src/models/lemmas.tsv" "$src/models/parser.model" "$tmp/huge/"
{ printf 'newskg-tagger 2\n1\nNOUN\tNN\nNKGPERC1\x01\0\0\0\0\0\0\0'; printf '\0\0\0\x40\0\0\0\0'; } >"$tmp/huge/tagger.model"
expect 1 "tagger.model: model truncated at feature 0 of 1073741824" -- bash -c "ulimit -v 3000000; NEWSKG_MODEL_DIR='$tmp/huge' '$newskg' parse '$tmp/hard.txt'"
printf '1\tWord\t\t_\t_\t_\t0\troot\t_\t_\n\n' >"$tmp/emptycol.conllu"
expect 1 "emptycol.conllu: line 1: column 3 is empty" -- "$newskg" parse --input-format conllu "$tmp/emptycol.conllu"
expect 2 "no --train file" -- "$newskg" train -o "$tmp/x"
expect 2 "--parser-order is ltr, rtl or ltr\\+rtl" -- "$newskg" train --train /dev/null --parser-order up -o "$tmp/x"
expect 2 "parses greedily" -- "$newskg" train --train /dev/null --parser-order ltr+rtl --parser-beam 4 -o "$tmp/x"
expect 1 "nine.conllu: line 1" -- "$newskg" train --train "$tmp/nine.conllu" -o "$tmp/x"
printf '1\tWo\xffrd\t_\t_\t_\t_\t0\troot\t_\t_\n\n' >"$tmp/badutf8.conllu"
expect 1 "badutf8.conllu: line 1, column 5 \(byte 4\): invalid UTF-8" -- "$newskg" train --train "$tmp/badutf8.conllu" -o "$tmp/x"
expect 1 "the training files hold no sentences" -- "$newskg" train --train /dev/null -o "$tmp/x"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] || exit 1
if [ "$have_data" = 0 ]; then echo "UD treebanks not found at $data: their checks skipped"; exit 77; fi
