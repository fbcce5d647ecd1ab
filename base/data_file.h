// The project's tab-separated data files (lexicons, the event schema).
#ifndef NEWSKG_BASE_DATA_FILE_H_
#define NEWSKG_BASE_DATA_FILE_H_

#include <string>
#include <vector>

#include "base/status.h"

namespace newskg {

// `s` without leading and trailing white space.
std::string TrimSpace(const std::string& s);

// Rows of a tab-separated data file, each field trimmed (empty fields kept,
// so columns stay in place): '#' starts a comment line, blank lines are
// skipped. A row with fewer than `min_fields` fields is an error naming the
// file and line.
[[nodiscard]] Result<std::vector<std::vector<std::string>>> ReadDataRows(const std::string& path,
                                                                         size_t min_fields);

}  // namespace newskg

#endif  // NEWSKG_BASE_DATA_FILE_H_
