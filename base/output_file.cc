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

// Writes all of `data` to `fd`; false on a failure.
bool WriteAll(int fd, std::string_view data) {
  size_t written = 0;
  while (written < data.size()) {
    const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
    if (n <= 0) return false;
    written += static_cast<size_t>(n);
  }
  return true;
}

}  // namespace

Result<OutputFile> OutputFile::Open(const std::string& path) {
  OutputFile f;
  f.path_ = path;
  if (path.empty() || path == "-") {
    f.kind_ = Kind::kStdout;
    return f;
  }
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;  // follows symlinks
  if (exists && S_ISDIR(st.st_mode)) return IoError(path + ": is a directory");
  if (exists && !S_ISREG(st.st_mode)) {
    // A device, FIFO or terminal (/dev/null, /dev/stdout): written into, never replaced.
    f.fd_ = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (f.fd_ < 0) return IoError(path + ": cannot open for writing");
    f.kind_ = Kind::kDevice;
    return f;
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
  f.mode_ = exists ? (st.st_mode & 07777) : (0666 & ~mask);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  f.fd_ = mkstemp(buf.data());
  if (f.fd_ < 0) return IoError(path + ": cannot create a temporary file in " + dir.string());
  f.kind_ = Kind::kTemporary;
  f.tmp_ = buf.data();
  f.target_ = target.string();
  return f;
}

OutputFile::OutputFile(OutputFile&& o) noexcept { *this = std::move(o); }

OutputFile& OutputFile::operator=(OutputFile&& o) noexcept {
  if (this != &o) {
    Abandon();
    kind_ = o.kind_;
    fd_ = o.fd_;
    mode_ = o.mode_;
    path_ = std::move(o.path_);
    tmp_ = std::move(o.tmp_);
    target_ = std::move(o.target_);
    o.kind_ = Kind::kClosed;
    o.fd_ = -1;
  }
  return *this;
}

OutputFile::~OutputFile() { Abandon(); }

void OutputFile::Abandon() {
  if (fd_ >= 0) ::close(fd_);
  if (kind_ == Kind::kTemporary) std::remove(tmp_.c_str());
  fd_ = -1;
  kind_ = Kind::kClosed;
}

Status OutputFile::Write(std::string_view data) {
  switch (kind_) {
    case Kind::kStdout:
      std::cout.write(data.data(), static_cast<std::streamsize>(data.size()));
      if (!std::cout) return IoError("cannot write to standard output");
      return Status::Ok();
    case Kind::kDevice:
    case Kind::kTemporary:
      if (!WriteAll(fd_, data)) return IoError(path_ + ": write error");
      return Status::Ok();
    case Kind::kClosed:
      break;
  }
  return InvalidArgument(path_ + ": written after it was committed");
}

Status OutputFile::Commit() {
  const Kind kind = kind_;
  kind_ = Kind::kClosed;
  switch (kind) {
    case Kind::kStdout:
      std::cout.flush();
      if (!std::cout) return IoError("cannot write to standard output");
      return Status::Ok();
    case Kind::kDevice: {
      const int fd = fd_;
      fd_ = -1;
      if (::close(fd) != 0) return IoError(path_ + ": write error");
      return Status::Ok();
    }
    case Kind::kTemporary: {
      const int fd = fd_;
      fd_ = -1;
      const bool ok = ::fchmod(fd, mode_) == 0 && ::fsync(fd) == 0;
      if (::close(fd) != 0 || !ok) {
        std::remove(tmp_.c_str());
        return IoError(path_ + ": write error");
      }
      if (std::rename(tmp_.c_str(), target_.c_str()) != 0) {
        std::remove(tmp_.c_str());
        return IoError(path_ + ": cannot rename the temporary file into place");
      }
      return Status::Ok();
    }
    case Kind::kClosed:
      break;
  }
  return InvalidArgument(path_ + ": committed twice");
}

Status WriteFileAtomically(const std::string& path, const std::vector<std::string_view>& parts) {
  auto file = OutputFile::Open(path);
  if (!file.ok()) return file.status();
  for (const auto& data : parts) {
    if (Status s = file->Write(data); !s.ok()) return s;
  }
  return file->Commit();
}

}  // namespace newskg
