#include "cli/cli_util.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

#include "extract/internal/strings.h"
#include "extract/internal/utf8.h"

namespace newskg::cli {

std::string IdFileName(const std::string& id, size_t max_bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  auto escape = [](std::string& out, unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  auto portable = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  };
  // CON, PRN, AUX, NUL, COM1-9, LPT1-9, alone or before a '.', any case.
  auto device_name = [&] {
    const std::string stem = internal::AsciiLower(id.substr(0, id.find('.')));
    if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul") return true;
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) &&
           stem[3] >= '1' && stem[3] <= '9';
  };
  std::string out;
  for (size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    const bool edge_dot = c == '.' && (i == 0 || i + 1 == id.size());
    if (!portable(c) || edge_dot || (i == 0 && device_name())) {
      escape(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  if (out.empty()) out = "%";  // the empty id: '%' alone is no escape, so no other id gives it
  if (out.size() > max_bytes) {
    const std::string hash = "~" + internal::Fnv1a64Hex(id);
    size_t keep = max_bytes - hash.size();
    // Never cut an escape in two.
    if (keep >= 1 && out[keep - 1] == '%') {
      keep -= 1;
    } else if (keep >= 2 && out[keep - 2] == '%') {
      keep -= 2;
    }
    out = out.substr(0, keep) + hash;
  }
  return out;
}

namespace fs = std::filesystem;

void Check(const Status& s) {
  if (!s.ok()) throw Failure(s.message());
}

void CheckInputFile(const std::string& path) {
  if (!fs::exists(path)) throw Failure(path + ": no such file");
  if (fs::is_directory(path)) throw Failure(path + ": is a directory");
}

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

void WriteAtomically(const std::string& path, const std::vector<std::string_view>& parts) {
  if (path.empty() || path == "-") {
    for (const auto& data : parts) std::cout << data;
    std::cout.flush();
    if (!std::cout) throw Failure("cannot write to standard output");
    return;
  }
  struct stat st {};
  const bool exists = ::stat(path.c_str(), &st) == 0;  // follows symlinks
  if (exists && S_ISDIR(st.st_mode)) throw Failure(path + ": is a directory");
  if (exists && !S_ISREG(st.st_mode)) {
    // A device, FIFO or terminal (/dev/null, /dev/stdout): written into, never replaced.
    const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) throw Failure(path + ": cannot open for writing");
    const bool ok = WriteAll(fd, parts);
    if (::close(fd) != 0 || !ok) throw Failure(path + ": write error");
    return;
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
    if (ec) throw Failure(path + ": cannot follow the symbolic link: " + ec.message());
  }
  const mode_t mask = ::umask(0);
  ::umask(mask);
  const mode_t mode = exists ? (st.st_mode & 07777) : (0666 & ~mask);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd < 0) throw Failure(path + ": cannot create a temporary file in " + dir.string());
  const std::string tmp(buf.data());
  if (!WriteAll(fd, parts)) {
    ::close(fd);
    std::remove(tmp.c_str());
    throw Failure(path + ": write error");
  }
  if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
    std::remove(tmp.c_str());
    throw Failure(path + ": write error");
  }
  if (std::rename(tmp.c_str(), target.c_str()) != 0) {
    std::remove(tmp.c_str());
    throw Failure(path + ": cannot rename the temporary file into place");
  }
}

void WriteAtomically(const std::string& path, const std::vector<std::string>& parts) {
  WriteAtomically(path, std::vector<std::string_view>(parts.begin(), parts.end()));
}

void WriteAtomically(const std::string& path, const std::string& data) {
  WriteAtomically(path, std::vector<std::string_view>{data});
}

void Parse(const po::options_description& desc, const po::positional_options_description& pos,
           const std::vector<std::string>& args, po::variables_map& vm) {
  try {
    po::store(po::command_line_parser(args).options(desc).positional(pos).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    throw UsageError(e.what());
  }
}

bool ParseCommand(po::options_description& desc, const char* inputs_help,
                  const std::vector<std::string>& args, po::variables_map& vm) {
  desc.add_options()("input", po::value<std::vector<std::string>>(), inputs_help);
  po::positional_options_description pos;
  pos.add("input", -1);
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return true;
  }
  return false;
}

}  // namespace newskg::cli
