// What the newskg commands share: exit codes, the two exceptions that become
// them, atomic output files, option parsing, --format and NEWSKG_TIMING. Exceptions stay in cli/.
#ifndef NEWSKG_CLI_CLI_UTIL_H_
#define NEWSKG_CLI_CLI_UTIL_H_

#include <boost/program_options.hpp>
#include <chrono>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "graph/graph.h"

namespace newskg::cli {

namespace po = boost::program_options;

constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Throws Failure with the status's message when it is not ok.
void Check(const Status& s);
// Throws Failure when `path` does not exist or is a directory.
void CheckInputFile(const std::string& path);
// WriteFileAtomically (base/output_file.h), throwing Failure on an error.
void WriteAtomically(const std::string& path, const std::vector<std::string_view>& parts);
void WriteAtomically(const std::string& path, const std::vector<std::string>& parts);
void WriteAtomically(const std::string& path, const std::string& data);

// A --format value as a Syntax; a UsageError naming the choices when unknown.
Syntax FormatOption(const std::string& name);
// The output syntax of extract and merge: --format when given (it wins),
// else by the extension of -o (.ttl, .nt, .nq, .trig; see SyntaxForPath),
// else Turtle (no -o, standard output, or another extension).
Syntax OutputSyntax(bool format_given, const std::string& format, const std::string& output);

// Reports the time of each step on standard error when NEWSKG_TIMING is set.
class Timer {
 public:
  explicit Timer(std::string what);
  void Lap(const char* step);

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_;
};

// Parses `args`; a bad option becomes a UsageError.
void Parse(const po::options_description& desc, const po::positional_options_description& pos,
           const std::vector<std::string>& args, po::variables_map& vm);
// Adds the positional INPUT list, parses, and prints the help when asked:
// true when the command is done.
bool ParseCommand(po::options_description& desc, const char* inputs_help,
                  const std::vector<std::string>& args, po::variables_map& vm);

}  // namespace newskg::cli

#endif  // NEWSKG_CLI_CLI_UTIL_H_
