// Lemmatizer stage. Needs: Token::tag (Penn tags from the trained tagger).
// Provides: Token::lemma.
//
// A word and its Penn tag are looked up in a table learned from the UD
// English treebanks by `newskg train` (only the pairs its rules would get
// wrong are kept); any other word goes through rules by tag, checked against
// WordNet's word lists and exception files (Debian's wordnet-base).
#ifndef NEWSKG_EXTRACT_LEMMATIZER_H_
#define NEWSKG_EXTRACT_LEMMATIZER_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/document.h"
#include "extract/internal/conllu.h"
#include "extract/status.h"

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

  std::string Lemma(std::string_view form, std::string_view xpos) const;
  // What the rules alone give.
  std::string RuleLemma(std::string_view form, std::string_view xpos) const;
  size_t table_size() const { return table_.size(); }

  void Lemmatize(Document& doc) const;

 private:
  bool Known(const std::string& w, char pos) const;
  std::unordered_map<std::string, std::string> table_;       // form \t xpos -> lemma
  std::unordered_map<std::string, std::string> exceptions_;  // pos char + word -> lemma
  std::unordered_set<std::string> words_;                    // pos char + lemma (n, v, a, r)
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_LEMMATIZER_H_
