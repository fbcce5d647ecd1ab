// The file readers the lexicon's loaders share (extract/lexicon.cc for the
// project's data, extract/lexicon_debian.cc for iso-codes and WordNet).
#ifndef NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_
#define NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <map>
#include <optional>
#include <string>
#include <string_view>
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
// Calls fn(std::string_view line) for each line of the file at `path`,
// without its '\n', as std::getline gives them (no empty line after a final
// '\n'). The file is read in blocks of 256 KiB and its lines seen in place;
// a line is valid during its call only. False when the file cannot be opened
// or read.
template <typename Fn>
bool ForEachFileLine(const std::string& path, Fn fn) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  constexpr size_t kBlock = size_t{1} << 18;
  std::string buffer;
  size_t kept = 0;  // the bytes of an unfinished line at the buffer's start
  bool ok = true;
  for (;;) {
    buffer.resize(kept + kBlock);
    const size_t n = std::fread(buffer.data() + kept, 1, kBlock, f);
    std::string_view data(buffer.data(), kept + n);
    const bool last = n < kBlock;
    for (size_t nl; (nl = data.find('\n')) != std::string_view::npos;) {
      fn(data.substr(0, nl));
      data.remove_prefix(nl + 1);
    }
    if (last) {
      ok = std::ferror(f) == 0;
      if (ok && !data.empty()) fn(data);
      break;
    }
    kept = data.size();
    std::memmove(buffer.data(), data.data(), kept);
  }
  std::fclose(f);
  return ok;
}

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_LEXICON_FILES_H_
