// Clause and phrase helpers shared by the coreference, event and quote stages.
#ifndef NEWSKG_EXTRACT_INTERNAL_CLAUSES_H_
#define NEWSKG_EXTRACT_INTERNAL_CLAUSES_H_

#include <vector>

#include "extract/document.h"
#include "extract/internal/stage_words.h"

namespace newskg::internal {

// Marks the tokens of non-restrictive relative clauses (", who ... ,",
// ", which ... ," and ", headed by ... ,") of a sentence: names inside them are not the subject of
// the main clause ("Khan, who was ousted in April, was arrested").
// The words come from `w`: clause_relatives, agent_preps and
// participle_endings.
inline void MarkRelativeClauses(const Document& doc, const Sentence& s, const StageWords& w,
                                std::vector<bool>& skip) {
  const auto& t = doc.tokens;
  if (skip.size() < t.size()) skip.resize(t.size(), false);
  for (size_t i = s.first_token + 1; i < s.end_token; ++i) {
    if (t[i - 1].text != ",") continue;
    // ", who ... ,", ", which ... ," and ", headed by ... ," (a participle and "by").
    const std::string& word = t[i].lower;
    const bool participle = StageWords::EndsInAny(word, w.participle_endings, 3) &&
                            i + 1 < s.end_token && w.agent_preps.count(t[i + 1].lower) != 0;
    if (w.clause_relatives.count(word) == 0 && !participle) continue;
    size_t j = i;
    while (j < s.end_token && t[j].text != ",") skip[j++] = true;
  }
}

// Past the relation words after a possessive ("X's daughter", "His elder
// brother"): up to three lower-case words from `from`, before `end`; the
// token after them (`from` when there are none).
inline size_t RelationWordsEnd(const std::vector<Token>& t, size_t from, size_t end) {
  size_t k = from;
  while (k < end && k < from + 3 && t[k].kind == TokenKind::kWord && !t[k].capitalized) ++k;
  return k;
}

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_CLAUSES_H_
