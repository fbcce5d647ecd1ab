#include "cli/cli_util.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "base/base.h"

namespace newskg::cli {

namespace fs = std::filesystem;

void Check(const Status& s) {
  if (!s.ok()) throw Failure(s.message());
}

void CheckInputFile(const std::string& path) {
  if (!fs::exists(path)) throw Failure(path + ": no such file");
  if (fs::is_directory(path)) throw Failure(path + ": is a directory");
}

void WriteAtomically(const std::string& path, const std::vector<std::string_view>& parts) {
  Check(WriteFileAtomically(path, parts));
}

void WriteAtomically(const std::string& path, const std::vector<std::string>& parts) {
  Check(WriteFileAtomically(path, std::vector<std::string_view>(parts.begin(), parts.end())));
}

void WriteAtomically(const std::string& path, const std::string& data) {
  Check(WriteFileAtomically(path, {data}));
}

Syntax FormatOption(const std::string& name) {
  Syntax s;
  if (!ParseSyntaxName(name, s)) {
    throw UsageError("unknown format '" + name + "' (turtle, ntriples, nquads or trig)");
  }
  return s;
}

Syntax OutputSyntax(bool format_given, const std::string& format, const std::string& output) {
  if (format_given) return FormatOption(format);
  return output.empty() ? Syntax::kTurtle : SyntaxForPath(output);
}

Timer::Timer(std::string what) : what_(std::move(what)), start_(std::chrono::steady_clock::now()) {}

void Timer::Lap(const char* step) {
  const auto now = std::chrono::steady_clock::now();
  if (std::getenv("NEWSKG_TIMING") != nullptr) {
    // With the memory so far: resident now and at its peak (Linux).
    std::ifstream status("/proc/self/status");
    std::string line, rss, peak;
    while (std::getline(status, line)) {
      if (line.rfind("VmRSS:", 0) == 0) rss = line.substr(6);
      if (line.rfind("VmHWM:", 0) == 0) peak = line.substr(6);
    }
    auto trim = [](std::string v) { return v.erase(0, v.find_first_not_of(" \t")); };
    std::cerr << what_ << ": " << step << " " << std::chrono::duration<double>(now - start_).count()
              << " s";
    if (!rss.empty()) std::cerr << ", RSS " << trim(rss) << ", peak " << trim(peak);
    std::cerr << "\n";
  }
  start_ = now;
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
