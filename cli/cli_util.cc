#include "cli/cli_util.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <iostream>

namespace newskg::cli {

namespace fs = std::filesystem;

void Check(const Status& s) {
  if (!s.ok()) throw Failure(s.message());
}

void WriteAtomically(const std::string& path, const std::vector<std::string_view>& parts) {
  if (path.empty() || path == "-") {
    for (const auto& data : parts) std::cout << data;
    std::cout.flush();
    if (!std::cout) throw Failure("cannot write to standard output");
    return;
  }
  const fs::path target(path);
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> buf(tmpl.begin(), tmpl.end());
  buf.push_back('\0');
  const int fd = mkstemp(buf.data());
  if (fd < 0) throw Failure(path + ": cannot create a temporary file in " + dir.string());
  const std::string tmp(buf.data());
  for (const auto& data : parts) {
    size_t written = 0;
    while (written < data.size()) {
      const ssize_t n = ::write(fd, data.data() + written, data.size() - written);
      if (n <= 0) {
        ::close(fd);
        std::remove(tmp.c_str());
        throw Failure(path + ": write error");
      }
      written += static_cast<size_t>(n);
    }
  }
  // mkstemp creates 0600; give the file the permissions a new file gets.
  const mode_t mask = ::umask(0);
  ::umask(mask);
  if (::fchmod(fd, 0666 & ~mask) != 0 || ::fsync(fd) != 0 || ::close(fd) != 0) {
    std::remove(tmp.c_str());
    throw Failure(path + ": write error");
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) {
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
