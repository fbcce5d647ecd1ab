// Lemmatizer stage. Needs: Token::tag (Penn tags from the trained tagger).
// Provides: Token::lemma.
//
// A word and its Penn tag are looked up in a table learned from the UD
// English treebanks by `newskg train` (only the pairs its rules would get
// wrong are kept); any other word goes through rules by tag, checked against
// WordNet's word lists and exception files (Debian's wordnet-base).
#ifndef NEWSKG_EXTRACT_LEMMATIZER_H_
#define NEWSKG_EXTRACT_LEMMATIZER_H_

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/base.h"
#include "extract/conllu.h"
#include "extract/document.h"
#include "extract/vocabulary.h"

namespace newskg {

class Lemmatizer {
 public:
  // WordNet only: rules without a learned table.
  [[nodiscard]] static Result<Lemmatizer> LoadWordNet(const std::string& wordnet_dir);
  // The learned table (TSV: form, Penn tag, lemma) and WordNet.
  [[nodiscard]] static Result<Lemmatizer> Load(const std::string& table_path,
                                               const std::string& wordnet_dir);
  // Learns the table from treebank sentences (gold tags).
  void Learn(const std::vector<ConlluSentence>& sentences);
  [[nodiscard]] Status Save(const std::string& table_path) const;

  // The lemma, in the calling thread's memo: valid until this thread's next
  // call (copy it to keep it).
  const std::string& Lemma(std::string_view form, std::string_view xpos) const;
  // What the rules alone give.
  std::string RuleLemma(std::string_view form, std::string_view xpos) const;
  size_t table_size() const { return table_size_; }

  void Lemmatize(Document& doc) const;

 private:
  // WordNet's parts of speech: noun, verb, adjective, adverb.
  static constexpr int kNoun = 0, kVerb = 1, kAdjective = 2, kAdverb = 3;
  bool Known(std::string_view w, int pos) const;
  std::string Compute(std::string_view form, std::string_view xpos) const;
  static uint64_t NextSerial();
  // Names this lemmatizer's contents for the per-thread memo of Lemma: a new
  // number whenever the table is learned (a copy keeps it, with the same
  // contents).
  uint64_t serial_ = NextSerial();
  // Searched with string views: a lookup on the extraction path builds no string.
  StringMap<std::vector<std::pair<std::string, std::string>>> table_;  // form -> (xpos, lemma)
  size_t table_size_ = 0;
  StringMap<std::string> exceptions_[4];  // by part of speech: word -> lemma
  // By part of speech: WordNet's lemmas, in one vocabulary that copies of
  // this lemmatizer share (it does not change after loading).
  std::shared_ptr<Vocabulary> vocabulary_ = std::make_shared<Vocabulary>();
  WordSet words_[4];
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_LEMMATIZER_H_
