// What the newskg commands share: exit codes, the two exceptions that become
// them, atomic output files and option parsing. Exceptions stay in cli/.
#ifndef NEWSKG_CLI_CLI_UTIL_H_
#define NEWSKG_CLI_CLI_UTIL_H_

#include <boost/program_options.hpp>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "extract/status.h"

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
// Writes `parts`, one after the other, to `path` ("" or "-": standard output)
// through a temporary file renamed into place: a failed run leaves no partial file.
void WriteAtomically(const std::string& path, const std::vector<std::string_view>& parts);
void WriteAtomically(const std::string& path, const std::vector<std::string>& parts);
void WriteAtomically(const std::string& path, const std::string& data);
// An article id as a file name, different for different ids and portable:
// ASCII letters, digits, '-', '_' and '.' stay; every other byte is %XX (so
// '/' is %2F and '%' is %25); a leading '.', a trailing '.' and the first
// letter of a Windows device name (CON, NUL, COM1...) are %XX too. A name
// longer than `max_bytes` keeps its start and ends in '~' and a hash of the
// id ('~' is never left as it is, so it cannot clash with a shorter name).
// Ids that differ only in letter case give names that differ only in case:
// callers that must suit case-insensitive file systems check for that.
std::string IdFileName(const std::string& id, size_t max_bytes = 200);

// Parses `args`; a bad option becomes a UsageError.
void Parse(const po::options_description& desc, const po::positional_options_description& pos,
           const std::vector<std::string>& args, po::variables_map& vm);
// Adds the positional INPUT list, parses, and prints the help when asked:
// true when the command is done.
bool ParseCommand(po::options_description& desc, const char* inputs_help,
                  const std::vector<std::string>& args, po::variables_map& vm);

}  // namespace newskg::cli

#endif  // NEWSKG_CLI_CLI_UTIL_H_
