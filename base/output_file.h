// Output files that are whole or absent: what every writer of newskg uses.
#ifndef NEWSKG_BASE_OUTPUT_FILE_H_
#define NEWSKG_BASE_OUTPUT_FILE_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/status.h"

namespace newskg {

// An output written in pieces that is whole or absent: a regular file (or a
// new one) is written to a temporary file beside it, synced and renamed into
// place by Commit; dropped without Commit (an error on the way), the
// temporary file is removed and the target left as it was. A symbolic link
// is followed (the link stays, its target changes); an existing file keeps
// its permissions; a device, FIFO or terminal is written into, never
// replaced; "" or "-" is standard output. Errors name the path.
class OutputFile {
 public:
  [[nodiscard]] static Result<OutputFile> Open(const std::string& path);
  OutputFile(OutputFile&& o) noexcept;
  OutputFile& operator=(OutputFile&& o) noexcept;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();

  [[nodiscard]] Status Write(std::string_view data);
  [[nodiscard]] Status Commit();

 private:
  enum class Kind { kClosed, kStdout, kDevice, kTemporary };
  OutputFile() = default;
  void Abandon();

  Kind kind_ = Kind::kClosed;
  int fd_ = -1;
  unsigned mode_ = 0;
  std::string path_, tmp_, target_;
};

// Writes `parts`, one after the other, to `path` through an OutputFile.
[[nodiscard]] Status WriteFileAtomically(const std::string& path,
                                         const std::vector<std::string_view>& parts);

}  // namespace newskg

#endif  // NEWSKG_BASE_OUTPUT_FILE_H_
