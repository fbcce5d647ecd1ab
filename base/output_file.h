// Output files that are whole or absent: what every writer of newskg uses.
#ifndef NEWSKG_BASE_OUTPUT_FILE_H_
#define NEWSKG_BASE_OUTPUT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newskg {

// Writes `parts`, one after the other, to `path` ("" or "-": standard
// output). A regular file (or a new one) is written through a temporary file
// beside it, synced and renamed into place, so a failed run leaves no
// partial file; a symbolic link is followed (the link stays, its target
// changes); an existing file keeps its permissions; a device, FIFO or
// terminal is written into, never replaced. Errors name the path.
[[nodiscard]] Status WriteFileAtomically(const std::string& path,
                                         const std::vector<std::string_view>& parts);

}  // namespace newskg

#endif  // NEWSKG_BASE_OUTPUT_FILE_H_
