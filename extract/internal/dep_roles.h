// Role fillers read from the dependency parse of one sentence: the tokens a
// role pattern of extract/data/events/roles.tsv reaches from a trigger, and
// the members of the lists those tokens head. Knows grammar (relations, tags),
// never English words: every word list comes from the Lexicon or StageWords.
#ifndef NEWSKG_EXTRACT_INTERNAL_DEP_ROLES_H_
#define NEWSKG_EXTRACT_INTERNAL_DEP_ROLES_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/document.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"

namespace newskg::internal {

class DepRoles {
 public:
  // Indexes the children of every token of sentence `s`. Needs Token::head,
  // deprel, upos, tag and lemma (the parse layer).
  DepRoles(const Document& doc, const Sentence& s, const Lexicon& lex);

  // Whether the sentence has a dependency parse.
  bool parsed() const { return parsed_; }

  // The token of [first, end) whose head lies outside it: "hold" in "hold talks".
  size_t HeadOf(size_t first, size_t end) const;

  // Whether `trigger` is a verb in the passive voice: a passive subject or
  // auxiliary, or a past participle modifying a noun ("the oligarchs
  // sanctioned by the UK").
  bool Passive(size_t trigger) const;

  // Whether the trigger is a noun rather than a verb.
  bool Nominal(size_t trigger) const;

  // Whether the trigger, or the verb that takes it as its object, is negated
  // ("did not meet", "never imposed sanctions").
  bool Negated(size_t trigger) const;

  // The heads of the fillers that `patterns` reach from the trigger [first,
  // end): each pattern is a relation (matching its subtypes: "nsubj" matches
  // "nsubj:pass") and maybe the `case` word of the dependent. Subjects are
  // inherited where English leaves them out: control ("agreed to lend"),
  // coordinated verbs, relative clauses, and the verb whose object a noun
  // trigger is ("imposed sanctions", "held talks") unless that verb reacts
  // to the event ("condemned the drills"). Tokens inside the trigger are
  // never fillers.
  std::vector<size_t> Match(size_t first, size_t end,
                            const std::vector<DepPattern>& patterns) const;

  // The members of the list a filler heads: itself or, for a common noun,
  // its appositions and examples ("oligarchs, including A and B"), then
  // every conjunct ("A, B and C"), and the objects of a listing verb the
  // noun is the subject of ("those sanctioned include A, B and C").
  std::vector<size_t> Members(size_t head) const;

 private:
  const std::vector<size_t>& Children(size_t i) const { return children_[i - first_]; }
  bool Is(size_t i, std::string_view rel) const;  // deprel is rel or one of its subtypes
  bool HasCase(size_t i, std::string_view word) const;
  bool Dashed(size_t a, size_t b) const;
  bool InSentence(int i) const {
    return i >= 0 && static_cast<size_t>(i) >= first_ && static_cast<size_t>(i) < end_;
  }
  std::vector<size_t> Anchors(size_t trigger, bool subject) const;
  void AddMembers(size_t i, int depth, std::vector<size_t>& out) const;

  const Document& doc_;
  const Lexicon& lex_;
  const StageWords* words_ = nullptr;  // null when the lists could not be loaded
  size_t first_;
  size_t end_;
  bool parsed_ = false;
  std::vector<std::vector<size_t>> children_;
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_DEP_ROLES_H_
