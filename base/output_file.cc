#include "base/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace newskg {

namespace fs = std::filesystem;

namespace {

// Writes every part to `fd`; false on the first failure.
bool WriteAll(int fd, const std::vector<std::string_view>& parts) {
  for (const auto& data : parts) {
    size_t written = 0;
    while (written < data.size()) {
      const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
      if (n <= 0) return false;
      written += static_cast<size_t>(n);
    }
  }
  return true;
}

}  // namespace

Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& parts) {
  if (path.empty() || path == "-") {
    for (const auto& data : parts) std::cout << data;
    std::cout.flush();
    if (!std::cout) return IoError("cannot write to standard output");
    return Status::Ok();
  }
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;  // follows symlinks
  if (exists && S_ISDIR(st.st_mode)) return IoError(path + ": is a directory");
  if (exists && !S_ISREG(st.st_mode)) {
    // A device, FIFO or terminal (/dev/null, /dev/stdout): written into, never replaced.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return IoError(path + ": cannot open for writing");
    const bool ok = WriteAll(fd, parts);
    if (::close(fd) != 0 || !ok) return IoError(path + ": write error");
    return Status::Ok();
  }
  // A regular file, or none yet: a temporary file beside it, renamed into
  // place. A symlink is followed, so the link stays and its target changes;
  // an existing file keeps its permissions.
  fs::path target(path);
  std::error_code ec;
  if (fs::is_symlink(fs::symlink_status(target, ec))) {
    if (exists) {
      target = fs::canonical(target, ec);
    } else {  // a dangling link: its target is created
      fs::path to = fs::read_symlink(target, ec);
      target = to.is_absolute() ? to : target.parent_path() / to;
    }
    if (ec) return IoError(path + ": cannot follow the symbolic link: " + ec.message());
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const mode_t mode = exists ? (st.st_mode & 07777) : (0666 & ~mask);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd < 0) return IoError(path + ": cannot create a temporary file in " + dir.string());
  const std::string tmp(buf.data());
  if (!WriteAll(fd, parts)) {
    ::close(fd);
    std::remove(tmp.c_str());
    return IoError(path + ": write error");
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
    std::remove(tmp.c_str());
    return IoError(path + ": write error");
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::remove(tmp.c_str());
    return IoError(path + ": cannot rename the temporary file into place");
  }
  return Status::Ok();
}

}  // namespace newskg
