// Shared by the schema's table readers: where the data folder is and how a
// cell of a row splits into its fields.
#ifndef NEWSKG_SCHEMA_INTERNAL_DATA_FIELDS_H_
#define NEWSKG_SCHEMA_INTERNAL_DATA_FIELDS_H_

#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

#ifndef NEWSKG_DATA_DIR
#define NEWSKG_DATA_DIR "extract/data"
#endif

namespace newskg::internal {

// NEWSKG_DATA_DIR from the environment, else the build-time data folder (as
// the extractor's lexicons are found).
inline std::string SchemaDataDir() {
  const char* dir = std::getenv("NEWSKG_DATA_DIR");
  return dir != nullptr && *dir != '\0' ? dir : NEWSKG_DATA_DIR;
}

// The fields of a cell separated by `sep`, trimmed, empty ones left out.
inline std::vector<std::string> SplitFields(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = s.find(sep, start);
    std::string field = TrimSpace(std::string(s.substr(start, at - start)));
    if (!field.empty()) out.push_back(std::move(field));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

}  // namespace newskg::internal

#endif  // NEWSKG_SCHEMA_INTERNAL_DATA_FIELDS_H_
