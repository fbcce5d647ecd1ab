// newskg: English news articles to an RDF knowledge graph.
#include <sys/stat.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "extract/reader.h"
#include "graph/document_graph.h"
#include "graph/graph.h"
#include "graph/identity.h"
#include "graph/vocabulary.h"
#include "ontology/validator.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

namespace {

constexpr const char* kVersion = "0.1.0";
constexpr int kOk = 0;
constexpr int kFailure = 1;
constexpr int kUsage = 2;

struct UsageError : std::runtime_error {
  using std::runtime_error::runtime_error;
};
struct Failure : std::runtime_error {
  using std::runtime_error::runtime_error;
};

void Check(const newskg::Status& s) {
  if (!s.ok()) throw Failure(s.message());
}

// Writes `data` to `path` through a temporary file in the same folder,
// renamed into place, so a failed run never leaves a partial file.
void WriteAtomically(const std::string& path, const std::string& data) {
  if (path.empty() || path == "-") {
    std::cout << data;
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

newskg::Syntax FormatOption(const std::string& name) {
  newskg::Syntax s;
  if (!newskg::ParseSyntaxName(name, s)) {
    throw UsageError("unknown format '" + name + "' (turtle, ntriples, nquads or trig)");
  }
  return s;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string SlugFromPath(const std::string& path) {
  return fs::path(path).stem().string();
}

std::string HashId(const std::string& text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "article-%016llx", static_cast<unsigned long long>(h));
  return buf;
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

int Extract(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg extract [options] INPUT...\n"
      "Extracts facts from articles and writes one RDF graph.\n"
      "An INPUT is a .txt article, a .jsonl file (one {\"id\",\"url\",\"title\",\"date\",\"text\"}\n"
      "object a line) or - for standard input (text, or JSONL when it starts with '{').\n\n"
      "Options");
  std::string date, id, url, base = newskg::vocab::kDefaultBase, format = "turtle", output;
  desc.add_options()("help,h", "show this help")(
      "date", po::value(&date), "publication date YYYY-MM-DD (for .txt input)")(
      "id", po::value(&id), "article id (slug) for a single .txt input; default: file name")(
      "url", po::value(&url), "article URL (for .txt input)")(
      "base", po::value(&base), "base IRI for minted IRIs")(
      "format", po::value(&format), "turtle (default), ntriples, nquads or trig")(
      "output,o", po::value(&output), "output file (default: standard output)")(
      "input", po::value<std::vector<std::string>>(), "input files");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (!vm.count("input")) throw UsageError("extract: no INPUT given (see newskg extract --help)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  const newskg::Syntax syntax = FormatOption(format);
  if (!date.empty() && !newskg::IsValidIsoDate(date)) {
    throw UsageError("--date '" + date + "' is not a valid YYYY-MM-DD date");
  }
  if (base.find("://") == std::string::npos || (base.back() != '/' && base.back() != '#')) {
    throw UsageError("--base '" + base + "' must be an absolute IRI ending in '/' or '#'");
  }
  for (char c : base) {
    if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '\\' || c == '^' || c == '`' || static_cast<unsigned char>(c) < 0x20) {
      throw UsageError("--base '" + base + "' contains a character not allowed in an IRI");
    }
  }
  if (!id.empty() && inputs.size() > 1) throw UsageError("--id needs a single input");

  auto pipeline = newskg::Pipeline::Create();
  Check(pipeline.status());
  newskg::Graph graph;
  const bool progress = isatty(STDERR_FILENO) != 0;
  size_t articles = 0;
  auto process = [&](newskg::Document&& doc, const std::string& where) -> newskg::Status {
    if (doc.id.empty()) doc.id = HashId(doc.text);
    if (newskg::Status s = pipeline->Run(doc); !s.ok()) {
      return newskg::Status(s.code(), where + ": " + s.message());
    }
    if (std::getenv("NEWSKG_DEBUG") != nullptr) {
      for (const auto& m : doc.mentions) {
        std::cerr << "mention " << m.text << " type=" << newskg::EntityTypeName(m.type)
                  << " kind=" << static_cast<int>(m.kind) << " tentative=" << m.tentative
                  << " entity=" << m.entity << "\n";
      }
    }
    if (newskg::Status s = newskg::AddDocument(doc, base, graph); !s.ok()) return s;
    ++articles;
    if (progress && articles % 100 == 0) std::cerr << "\rnewskg: " << articles << " articles" << std::flush;
    return newskg::Status::Ok();
  };
  for (const auto& input : inputs) {
    if (input != "-" && !fs::exists(input)) throw Failure(input + ": no such file");
    if (input != "-" && fs::is_directory(input)) throw Failure(input + ": is a directory");
    auto bytes = newskg::ReadFileBytes(input);
    Check(bytes.status());
    const std::string name = input == "-" ? "standard input" : input;
    bool jsonl = EndsWith(input, ".jsonl");
    if (input == "-") {
      const auto first = bytes->find_first_not_of(" \t\r\n");
      jsonl = first != std::string::npos && (*bytes)[first] == '{';
    }
    if (jsonl) {
      std::istringstream in(*bytes);
      Check(newskg::ForEachJsonlArticle(in, name, [&](newskg::Document&& doc) {
        if (doc.date.empty()) doc.date = date;
        return process(std::move(doc), name);
      }));
    } else {
      auto doc = newskg::ReadTextArticle(std::move(bytes).value(), name);
      Check(doc.status());
      doc->id = !id.empty() ? id : input == "-" ? "" : SlugFromPath(input);
      doc->date = date;
      doc->url = url;
      Check(process(std::move(doc).value(), name));
    }
  }
  if (progress && articles >= 100) std::cerr << "\rnewskg: " << articles << " articles, done\n";
  auto resolved = newskg::ResolveIdentity(graph);
  Check(resolved.status());
  std::string out;
  Check(resolved->Write(out, syntax));
  WriteAtomically(output, out);
  return kOk;
}

newskg::Graph ReadGraphs(const std::vector<std::string>& inputs) {
  newskg::Graph graph;
  for (const auto& input : inputs) {
    if (!fs::exists(input)) throw Failure(input + ": no such file");
    Check(graph.ReadFile(input, newskg::SyntaxForPath(input)));
  }
  return graph;
}

int Merge(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg merge [options] GRAPH...\n"
      "Reads Turtle, N-Triples or N-Quads graphs (by extension: .ttl, .nt, .nq, .trig)\n"
      "and writes their union, each triple once, with one IRI per real person, place,\n"
      "organization and event (names matched across spellings, acronyms, accents).\n\nOptions");
  std::string format = "turtle", output;
  desc.add_options()("help,h", "show this help")(
      "format", po::value(&format), "turtle (default), ntriples, nquads or trig")(
      "output,o", po::value(&output), "output file (default: standard output)")(
      "input", po::value<std::vector<std::string>>(), "graphs");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (!vm.count("input")) throw UsageError("merge: no GRAPH given (see newskg merge --help)");
  const newskg::Syntax syntax = FormatOption(format);
  newskg::Graph graph = ReadGraphs(vm["input"].as<std::vector<std::string>>());
  auto resolved = newskg::ResolveIdentity(graph);
  Check(resolved.status());
  std::string out;
  Check(resolved->Write(out, syntax));
  WriteAtomically(output, out);
  return kOk;
}

int Validate(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg validate [options] GRAPH...\n"
      "Checks graphs against the newskg ontology and its SHACL shapes; prints each\n"
      "violation (focus node, path, message) and exits 1 when there is one.\n\nOptions");
  std::string ontology_dir;
  desc.add_options()("help,h", "show this help")(
      "ontology", po::value(&ontology_dir), "folder with newskg.ttl and shapes.ttl")(
      "input", po::value<std::vector<std::string>>(), "graphs");
  po::positional_options_description pos;
  pos.add("input", -1);
  po::variables_map vm;
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (!vm.count("input")) throw UsageError("validate: no GRAPH given (see newskg validate --help)");
  auto validator = newskg::Validator::Load(ontology_dir);
  Check(validator.status());
  size_t total = 0;
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    newskg::Graph graph = ReadGraphs({input});
    const auto violations = validator->Validate(graph);
    for (const auto& v : violations) {
      std::cout << input << ": " << v.focus << " " << (v.path.empty() ? "-" : "<" + v.path + ">")
                << ": " << v.message << "\n";
    }
    total += violations.size();
    std::cerr << input << ": " << graph.size() << " triples, " << violations.size()
              << " violation(s)\n";
  }
  return total == 0 ? kOk : kFailure;
}

const char* kHelp =
    "Usage: newskg COMMAND [options] ...\n"
    "Turns English news articles into an RDF knowledge graph.\n\n"
    "Commands:\n"
    "  extract   extract facts from articles and write RDF (Turtle by default)\n"
    "  merge     merge graphs into one, each triple once\n"
    "  validate  check graphs against the newskg ontology and SHACL shapes\n\n"
    "Options:\n"
    "  -h, --help     show this help (newskg COMMAND --help for a command)\n"
    "  --version      show the version\n\n"
    "Exit status: 0 success, 1 failure, 2 usage error.\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  try {
    if (args.empty()) {
      std::cerr << kHelp;
      return kUsage;
    }
    const std::string cmd = args.front();
    args.erase(args.begin());
    if (cmd == "-h" || cmd == "--help" || cmd == "help") {
      std::cout << kHelp;
      return kOk;
    }
    if (cmd == "--version" || cmd == "version") {
      std::cout << "newskg " << kVersion << "\n";
      return kOk;
    }
    if (cmd == "extract") return Extract(args);
    if (cmd == "merge") return Merge(args);
    if (cmd == "validate") return Validate(args);
    throw UsageError("unknown command '" + cmd + "' (extract, merge, validate; see newskg --help)");
  } catch (const UsageError& e) {
    std::cerr << "newskg: " << e.what() << "\n";
    return kUsage;
  } catch (const Failure& e) {
    std::cerr << "newskg: error: " << e.what() << "\n";
    return kFailure;
  } catch (const std::exception& e) {
    std::cerr << "newskg: error: " << e.what() << "\n";
    return kFailure;
  }
}
