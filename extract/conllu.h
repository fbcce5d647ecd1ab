// CoNLL-U sentences: read for training and scoring, written by `newskg parse`.
// Multiword-token lines ("3-4") and empty nodes ("5.1") are skipped on input;
// comments are kept.
#ifndef NEWSKG_EXTRACT_CONLLU_H_
#define NEWSKG_EXTRACT_CONLLU_H_

#include <istream>
#include <string>
#include <vector>

#include "base/base.h"

namespace newskg {

struct ConlluWord {
  std::string form, lemma, upos, xpos, feats, deprel, misc;
  int head = -1;  // 0 for the root, -1 when not given ("_")
};

struct ConlluSentence {
  std::vector<std::string> comments;  // without the leading "# "
  std::vector<ConlluWord> words;
};

// Reads every sentence; an error names `name`, the line and what is wrong.
[[nodiscard]] Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in,
                                                             const std::string& name);
[[nodiscard]] Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path);

// One sentence in CoNLL-U, ending with its blank line.
std::string FormatConllu(const ConlluSentence& s);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_CONLLU_H_
