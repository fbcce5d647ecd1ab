#!/usr/bin/env bash
# No English word is a literal in the extractor's code (.cc and .h): words the stages
# compare go to data files under extract/data (CONVENTIONS: lexicons are
# data). Scans the string literals that extract/ sources compare with text
# (==, !=, lookups), outside comments, and fails on any that reads as
# English words, unless each of its words is a name of one of the project's
# own formats listed in tests/extract/code_names.txt (UD relations and tags,
# the schema's slots and roles, word endings of the lemmatizer's rules, data
# file keywords).
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/../.." && pwd)}"
python3 - "$root" <<'PY'
import re, sys, pathlib
root = pathlib.Path(sys.argv[1])
allowed = set()
for line in (root / "tests/extract/code_names.txt").read_text().splitlines():
    if not line.startswith("#"):
        allowed.update(line.split())
bad = []
files = sorted(f for d in ("extract", "extract/internal") for ext in ("*.cc", "*.h")
               for f in (root / d).glob(ext))
for path in files:
    text = path.read_text()
    # Strip comments (line and block), keeping string literals.
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c == '"':
            j = i + 1
            while j < n and text[j] != '"':
                j += 2 if text[j] == '\\' else 1
            out.append(text[i:j + 1]); i = j + 1
        elif c == "'" :
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == '\\' else 1
            out.append(" " * (j + 1 - i)); i = j + 1
        elif text.startswith("//", i):
            j = text.find("\n", i); j = n if j < 0 else j
            out.append(" " * (j - i)); i = j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2); j = n if j < 0 else j + 2
            out.append(re.sub(r"[^\n]", " ", text[i:j])); i = j
        else:
            out.append(c); i += 1
    code = "".join(out)
    for m in re.finditer(r'"((?:\\.|[^"\\\n])*)"', code):
        s = m.group(1)
        # Only literals compared with text: after or before == or !=, or an
        # argument of a lookup (count, find, EndsWith, compare ...). Messages
        # and names handed to other code are not compared words.
        before = code[max(0, m.start() - 80):m.start()]
        after = code[m.end():m.end() + 4]
        compared = (re.search(r"(==|!=)\s*$", before) or re.match(r"\s*(==|!=)", after) or
                    re.search(r"\b(count|find|rfind|contains|EndsWith|StartsWith|ends_with|"
                              r"starts_with|compare)\([^()]*$", before))
        if not compared:
            continue
        words = s.split()
        if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+)*", s) and re.search(r"[a-z]", s) and \
                not all(w in allowed for w in words):
            line = code.count("\n", 0, m.start()) + 1
            bad.append(f"{path.relative_to(root)}:{line}: \"{s}\"")
if bad:
    print("English words as literals in extract/ (move them to a data file under extract/data,")
    print("or, for a name of a format, add it to tests/extract/code_names.txt):")
    print("\n".join(bad))
    sys.exit(1)
print(f"code_words_test: {len(files)} files, no English word as a literal")
PY
