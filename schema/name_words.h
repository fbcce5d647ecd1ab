// The words that come and go between one thing's names across outlets, as
// data the identity of entities across articles reads: the legal suffixes
// of a business's name ("Ltd", "Group": extract/data/legal_suffixes.txt),
// the definite article ("the World Bank": definite_articles.txt) and the
// possessive ending ("'s": possessive_markers.txt), the lists extraction
// reads too.
#ifndef NEWSKG_SCHEMA_NAME_WORDS_H_
#define NEWSKG_SCHEMA_NAME_WORDS_H_

#include <string>
#include <unordered_set>
#include <vector>

#include "base/base.h"

namespace newskg {

struct NameWords {
  std::unordered_set<std::string> legal_suffixes;  // folded (FoldName): "ltd", "group"
  std::unordered_set<std::string> articles;        // folded: "the"
  std::vector<std::string> possessive_endings;     // as written, and curly: "'s", "’s"

  // From a data folder; an error naming a file that cannot be read.
  [[nodiscard]] static Result<NameWords> Load(const std::string& data_dir);
  // Loaded once from the default data folder (NEWSKG_DATA_DIR, else the
  // build-time one).
  [[nodiscard]] static Result<const NameWords*> Default();
};

}  // namespace newskg

#endif  // NEWSKG_SCHEMA_NAME_WORDS_H_
