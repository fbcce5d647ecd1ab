// Part-of-speech tagger stage. Needs: tokens, sentences. Provides:
// Token::tag, a Penn Treebank tag ("NNP", "VBD", "DT", ...).
//
// A bigram hidden Markov model decoded with Viterbi over each sentence. The
// model is the one Debian's liblingua-en-tagger-perl ships as data, trained
// on news text: words.yml (how often each word had each tag), tags.yml (how
// likely each tag follows another) and unknown.yml (tags of unknown words by
// their form: capitalized, "-ing", "-ed", "-s", "-ly", hyphenated...).
#ifndef NEWSKG_EXTRACT_POS_TAGGER_H_
#define NEWSKG_EXTRACT_POS_TAGGER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"
#include "extract/document.h"

namespace newskg {

class PosTagger {
 public:
  // Reads the model from `dir` (words.yml, tags.yml, unknown.yml); an error
  // names the file and line, or the Debian package to install.
  [[nodiscard]] static Result<PosTagger> Load(const std::string& dir);
  // NEWSKG_TAGGER_DIR, else Debian's /usr/share/perl5/Lingua/EN/Tagger.
  static std::string DefaultDir();

  // Tags every token of every sentence of `doc`.
  void Tag(Document& doc) const;
  // Tags one sentence given as words.
  std::vector<std::string> TagWords(const std::vector<std::string>& words) const;
  // The tags the model's lexicon gives `word` (spelled exactly) in at least a
  // tenth of its uses, as a stable hash of their names; 0 for a word it does
  // not list. A feature for the trained tagger: news-text evidence about words
  // the treebanks rarely show.
  uint64_t AmbiguityClass(std::string_view word) const;

 private:
  using Counts = std::vector<std::pair<int, double>>;  // (tag, count)
  const Counts& Candidates(std::string_view word, bool sentence_start) const;
  void Decode(const std::vector<std::string_view>& words, std::vector<int>& out) const;

  std::vector<std::string> names_;              // tag index -> Penn Treebank tag
  std::unordered_map<std::string, int> index_;  // model tag -> index
  // log P(next | previous), at [previous * names_.size() + next].
  std::vector<double> transition_;
  std::vector<double> tag_total_;  // how many words had each tag
  StringMap<Counts> words_;
  ContentSerial serial_;       // names the contents for the memo of Decode
  StringMap<Counts> unknown_;  // form class -> counts
  int sentence_end_ = 0;       // the tag before a sentence: "."
  // Looked up once at load time (copies, so that a copied tagger stays whole):
  // the candidates of a number, of an opening and a closing straight quote.
  Counts number_, quote_open_, quote_close_;
  // The form classes of unknown words; `has_` says which the model has.
  enum FormClass { kAbr, kCap, kHyp, kIng, kEd, kLy, kTion, kS, kUnknown, kFormClasses };
  Counts form_[kFormClasses];
  bool has_[kFormClasses] = {};
  const Counts& Form(FormClass c) const;
  // The emissions of an unknown word with the candidates above (they depend
  // on the candidates only), computed once: [form class], then number,
  // opening and closing quote. Empty for a class the model lacks.
  std::vector<double> unknown_emits_[kFormClasses + 3];
  // The emissions of `cands` when it is one of the candidate lists above,
  // else null.
  const double* UnknownEmits(const Counts* cands) const;

  // AmbiguityClass for every word of the lexicon, computed at load time.
  void ComputeAmbiguityClasses();
  StringMap<uint64_t> ambiguity_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_POS_TAGGER_H_
