// The file readers the lexicon's loaders share (extract/lexicon.cc for the
// project's data, extract/lexicon_debian.cc for iso-codes and WordNet).
#ifndef NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_
#define NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "extract/document.h"
#include "extract/vocabulary.h"

namespace newskg::internal {

// The fields of `s` split at `sep`, trimmed, empty ones dropped.
std::vector<std::string> SplitChar(const std::string& s, char sep);
// Records of an iso-codes JSON file ("iso_3166-1.json" holds key "3166-1").
Result<std::vector<std::map<std::string, std::string>>> ReadIsoRecords(const std::string& dir,
                                                                       const std::string& key);
// The first column of a data file's rows, into `out`.
Status ReadList(const std::string& path, WordSet& out);
// "Person", "Country", "City", "Place", "Organization".
std::optional<EntityType> ParseType(const std::string& s);
// WordNet's "New_York" as "New York".
std::string Underscores(std::string s);
// Integer field of a data file; false when it is not a number.
bool ParseInt(const std::string& s, int64_t& out, int base = 10);

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_
