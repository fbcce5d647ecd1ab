// newskg: English news articles to an RDF knowledge graph.
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "cli/cli_util.h"
#include "cli/graph_store_client.h"
#include "cli/parse_commands.h"
#include "extract/pipeline.h"
#include "extract/reader.h"
#include "graph/document_graph.h"
#include "graph/graph.h"
#include "graph/identity.h"
#include "graph/merge.h"
#include "graph/vocabulary.h"
#include "ontology/validator.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

using namespace newskg::cli;  // NOLINT(google-build-using-namespace)

namespace {

constexpr const char* kVersion = "0.1.0";
constexpr size_t kMaxIdBytes = 200;  // an article id becomes a file name and an IRI segment

newskg::Syntax FormatOption(const std::string& name) {
  newskg::Syntax s;
  if (!newskg::ParseSyntaxName(name, s)) {
    throw UsageError("unknown format '" + name + "' (turtle, ntriples, nquads or trig)");
  }
  return s;
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string SlugFromPath(const std::string& path) { return fs::path(path).stem().string(); }

// Reports the time of each step on standard error when NEWSKG_TIMING is set.
class Timer {
 public:
  explicit Timer(std::string what)
      : what_(std::move(what)), start_(std::chrono::steady_clock::now()) {}
  void Lap(const char* step) {
    const auto now = std::chrono::steady_clock::now();
    if (std::getenv("NEWSKG_TIMING") != nullptr) {
      std::cerr << what_ << ": " << step << " "
                << std::chrono::duration<double>(now - start_).count() << " s\n";
    }
    start_ = now;
  }

 private:
  std::string what_;
  std::chrono::steady_clock::time_point start_;
};

// One IRI per real thing, then the graph written to `output` ("" or "-": stdout).
void WriteResolved(newskg::Merger& merger, newskg::Syntax syntax, const std::string& output,
                   Timer& timer) {
  std::vector<std::string> parts;
  Check(merger.Write(parts, syntax));
  timer.Lap("identity and serialize");
  WriteAtomically(output, parts);
}

void WriteResolved(const newskg::Graph& graph, newskg::Syntax syntax, const std::string& output,
                   Timer& timer) {
  newskg::Merger merger;
  Check(merger.AddGraph(graph));
  WriteResolved(merger, syntax, output, timer);
}

// Runs the pipeline over articles in batches, on several threads, and
// either collects one graph or writes one graph per article. The output does
// not depend on the number of threads: graphs are sets, written sorted.
class BatchExtractor {
 public:
  BatchExtractor(const newskg::Pipeline& pipeline, std::string base, size_t jobs,
                 std::string split_dir, newskg::Syntax syntax)
      : pipeline_(pipeline),
        base_(std::move(base)),
        jobs_(jobs),
        split_dir_(std::move(split_dir)),
        syntax_(syntax),
        progress_(isatty(STDERR_FILENO) != 0) {}

  newskg::Status Add(newskg::Document&& doc, const std::string& where) {
    if (doc.id.empty()) doc.id = newskg::DefaultArticleId(doc.text);
    if (doc.id.size() > kMaxIdBytes) {
      return newskg::InvalidArgument(where + ": article id is " + std::to_string(doc.id.size()) +
                                     " bytes; the limit is " + std::to_string(kMaxIdBytes));
    }
    if (!split_dir_.empty()) {
      // Two articles must not share a file: the second would replace the
      // first. Distinct ids give distinct names; names that differ only in
      // letter case would still be one file where case is ignored.
      const std::string file = IdFileName(doc.id) + Extension();
      std::string key = file;
      for (char& c : key) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
      auto [it, fresh] = split_files_.emplace(std::move(key), doc.id);
      if (!fresh && it->second == doc.id) {
        return newskg::InvalidArgument(where + ": article id '" + doc.id +
                                       "' appears twice; --split needs unique ids");
      }
      if (!fresh) {
        return newskg::InvalidArgument(where + ": article ids '" + it->second + "' and '" + doc.id +
                                       "' differ only in letter case (file " + file +
                                       "); --split needs ids that give distinct file names");
      }
    }
    batch_.push_back({std::move(doc), where});
    if (batch_.size() >= 64 * jobs_) return Flush();
    return newskg::Status::Ok();
  }

  newskg::Status Flush() {
    const size_t n = batch_.size();
    std::vector<newskg::Status> status(n);
    std::vector<newskg::Graph> graphs(n);
    auto work = [&](size_t worker) {
      for (size_t i = worker; i < n; i += jobs_) {
        newskg::Document& doc = batch_[i].doc;
        if (newskg::Status s = pipeline_.Run(doc); !s.ok()) {
          status[i] = newskg::Status(s.code(), batch_[i].where + ": " + s.message());
          continue;
        }
        DebugMentions(doc);
        // One thread, one graph: straight into it, no copy.
        const bool direct = jobs_ == 1 && split_dir_.empty();
        status[i] = newskg::AddDocument(doc, base_, direct ? graph_ : graphs[i]);
      }
    };
    if (jobs_ == 1 || n < 2) {
      work(0);
    } else {
      std::vector<std::thread> threads;
      for (size_t w = 0; w < jobs_; ++w) threads.emplace_back(work, w);
      for (auto& t : threads) t.join();
    }
    for (size_t i = 0; i < n; ++i) {
      if (!status[i].ok()) return status[i];
      if (!split_dir_.empty()) {
        newskg::Merger merger;
        if (newskg::Status s = merger.AddGraph(graphs[i]); !s.ok()) return s;
        std::string out;
        if (newskg::Status s = merger.Write(out, syntax_); !s.ok()) return s;
        WriteAtomically(
            (fs::path(split_dir_) / (IdFileName(batch_[i].doc.id) + Extension())).string(), out);
      } else {
        for (const auto& t : graphs[i].Match(nullptr, nullptr, nullptr)) {
          if (newskg::Status s = graph_.Add(t.s, t.p, t.o); !s.ok()) return s;
        }
      }
      ++done_;
      if (progress_ && done_ % 100 == 0)
        std::cerr << "\rnewskg: " << done_ << " articles" << std::flush;
    }
    batch_.clear();
    return newskg::Status::Ok();
  }

  void Done() const {
    if (progress_ && done_ >= 100) std::cerr << "\rnewskg: " << done_ << " articles, done\n";
  }

  const newskg::Graph& graph() const { return graph_; }
  size_t count() const { return done_; }

 private:
  struct Item {
    newskg::Document doc;
    std::string where;
  };

  std::string Extension() const {
    switch (syntax_) {
      case newskg::Syntax::kTurtle:
        return ".ttl";
      case newskg::Syntax::kNTriples:
        return ".nt";
      case newskg::Syntax::kNQuads:
        return ".nq";
      case newskg::Syntax::kTriG:
        return ".trig";
    }
    return ".ttl";
  }

  static void DebugMentions(const newskg::Document& doc) {
    if (std::getenv("NEWSKG_DEBUG") == nullptr) return;
    for (const auto& m : doc.mentions) {
      std::cerr << "mention " << m.text << " type=" << newskg::EntityTypeName(m.type)
                << " kind=" << static_cast<int>(m.kind) << " tentative=" << m.tentative
                << " entity=" << m.entity << " by_form=" << m.by_form << "\n";
    }
  }

  const newskg::Pipeline& pipeline_;
  std::string base_;
  size_t jobs_;
  std::string split_dir_;
  newskg::Syntax syntax_;
  bool progress_;
  std::vector<Item> batch_;
  std::map<std::string, std::string> split_files_;  // file name -> the id written there
  newskg::Graph graph_;
  size_t done_ = 0;
};

int Extract(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg extract [options] INPUT...\n"
      "Extracts facts from articles and writes one RDF graph.\n"
      "An INPUT is a .txt article, a .jsonl file (one "
      "{\"id\",\"url\",\"title\",\"date\",\"text\"}\n"
      "object a line) or - for standard input (text, or JSONL when it starts with '{').\n\n"
      "Options");
  std::string date, id, url, base = newskg::vocab::kDefaultBase, format = "turtle", output,
                             split_dir, parse = "none";
  int jobs = 1;
  desc.add_options()("help,h", "show this help")("date", po::value(&date),
                                                 "publication date YYYY-MM-DD (for .txt input)")(
      "id", po::value(&id), "article id (slug) for a single .txt input; default: file name")(
      "url", po::value(&url), "article URL (for .txt input)")("base", po::value(&base),
                                                              "base IRI for minted IRIs")(
      "format", po::value(&format), "turtle (default), ntriples, nquads or trig")(
      "output,o", po::value(&output), "output file (default: standard output)")(
      "split", po::value(&split_dir),
      "write one graph per article into this folder (DIR/<id>.ttl)")(
      "jobs,j", po::value(&jobs), "extract on this many cores; the output is the same as with one")(
      "parse", po::value(&parse),
      "which sentences get the trained tagger and dependency parse, whose roles then come "
      "first: none (default: roles from token windows, fastest), facts (sentences with an "
      "event trigger; about a third of the speed) or all");
  po::variables_map vm;
  if (ParseCommand(desc, "input files", args, vm)) return kOk;
  if (!vm.count("input")) throw UsageError("extract: no INPUT given (see newskg extract --help)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  const newskg::Syntax syntax = FormatOption(format);
  // YYYY-MM-DD; a numeric day-month form is read against each article's dateline.
  const bool iso_shaped =
      date.size() >= 5 && date[4] == '-' && date.find_first_not_of("0123456789") == 4;
  if (!date.empty() && !newskg::IsValidIsoDate(date) &&
      (iso_shaped || date.find_first_not_of("0123456789-/.") != std::string::npos)) {
    throw UsageError("--date '" + date + "' is not a valid YYYY-MM-DD date");
  }
  const size_t scheme_end = base.find("://");
  const bool scheme_ok =
      scheme_end != std::string::npos && scheme_end > 0 &&
      std::isalpha(static_cast<unsigned char>(base[0])) &&
      base.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+.-") >=
          scheme_end &&
      base.size() > scheme_end + 4;
  if (!scheme_ok || (base.back() != '/' && base.back() != '#')) {
    throw UsageError("--base '" + base + "' must be an absolute IRI ending in '/' or '#'");
  }
  for (char c : base) {
    if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '\\' || c == '^' || c == '`' || static_cast<unsigned char>(c) < 0x20) {
      throw UsageError("--base '" + base + "' contains a character not allowed in an IRI");
    }
  }
  if (vm.count("url") && !newskg::IsAbsoluteIri(url)) {
    throw UsageError("--url '" + url + "' must be an absolute IRI, such as https://example.org/a");
  }
  if (!id.empty() && inputs.size() > 1) throw UsageError("--id needs a single input");

  if (jobs < 1 || jobs > 256) throw UsageError("--jobs must be between 1 and 256");
  if (!split_dir.empty()) {
    if (!output.empty()) throw UsageError("--split and -o exclude each other");
    std::error_code ec;
    fs::create_directories(split_dir, ec);
    if (ec || !fs::is_directory(split_dir)) throw Failure(split_dir + ": cannot create the folder");
  }

  newskg::ParseScope scope = newskg::ParseScope::kNone;
  if (parse == "all") {
    scope = newskg::ParseScope::kAll;
  } else if (parse == "facts") {
    scope = newskg::ParseScope::kFactSentences;
  } else if (parse != "none") {
    throw UsageError("--parse '" + parse + "' is not one of facts, all, none");
  }
  auto pipeline = newskg::Pipeline::Create(scope);
  Check(pipeline.status());
  BatchExtractor run(*pipeline, base, static_cast<size_t>(jobs), split_dir, syntax);
  for (const auto& input : inputs) {
    if (input != "-") CheckInputFile(input);
    const std::string name = input == "-" ? "standard input" : input;
    bool jsonl = EndsWith(input, ".jsonl");
    std::ifstream file;
    std::istream* in = &std::cin;
    if (input != "-") {
      file.open(input, std::ios::binary);
      if (!file) throw Failure(input + ": cannot open file");
      in = &file;
    } else {
      // Standard input is JSONL when it starts with '{'.
      while (std::isspace(in->peek())) in->get();
      jsonl = in->peek() == '{';
    }
    if (jsonl) {
      // Streamed line by line: memory stays bounded by the batch, not the file.
      Check(newskg::ForEachJsonlArticle(*in, name, [&](newskg::Document&& doc) {
        if (doc.date.empty()) doc.date = date;
        return run.Add(std::move(doc), name);
      }));
    } else {
      // Read at most one byte past the limit: a huge file is refused
      // without reading it whole.
      std::string text(newskg::kMaxArticleBytes + 1, '\0');
      in->read(text.data(), static_cast<std::streamsize>(text.size()));
      if (in->bad()) throw Failure(name + ": read error");
      text.resize(static_cast<size_t>(in->gcount()));
      auto doc = newskg::ReadTextArticle(std::move(text), name);
      Check(doc.status());
      doc->id = !id.empty() ? id : input == "-" ? "" : SlugFromPath(input);
      doc->date = date;
      doc->url = url;
      Check(run.Add(std::move(doc).value(), name));
    }
  }
  Check(run.Flush());
  run.Done();
  if (run.count() == 0) throw Failure("no article in the input (empty JSONL)");
  if (split_dir.empty()) {
    Timer timer("extract");
    WriteResolved(run.graph(), syntax, output, timer);
  }
  return kOk;
}

newskg::Graph ReadGraphs(const std::vector<std::string>& inputs, bool query_indexes = false) {
  newskg::Graph graph(query_indexes);
  for (const auto& input : inputs) {
    CheckInputFile(input);
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
  int jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
  desc.add_options()("help,h", "show this help")("format", po::value(&format),
                                                 "turtle (default), ntriples, nquads or trig")(
      "output,o", po::value(&output), "output file (default: standard output)")(
      "jobs,j", po::value(&jobs),
      "sort and write on this many cores (default: all, up to 8); the output is the same");
  po::variables_map vm;
  if (ParseCommand(desc, "graphs", args, vm)) return kOk;
  if (!vm.count("input")) throw UsageError("merge: no GRAPH given (see newskg merge --help)");
  const newskg::Syntax syntax = FormatOption(format);
  if (jobs < 1 || jobs > 256) throw UsageError("merge: --jobs must be between 1 and 256");
  Timer timer("merge");
  newskg::Merger merger(static_cast<unsigned>(jobs));
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    CheckInputFile(input);
    Check(merger.AddFile(input, newskg::SyntaxForPath(input)));
  }
  timer.Lap("read");
  WriteResolved(merger, syntax, output, timer);
  return kOk;
}

// Prints one validation result as `file: <focus> PATH: message`.
void PrintResult(const std::string& input, const newskg::shacl::ValidationResult& r) {
  std::string message;
  for (const auto& m : r.messages) message += (message.empty() ? "" : "; ") + m.value;
  const std::string severity = r.severity.value.substr(r.severity.value.rfind('#') + 1);
  std::cout << input << ": " << newskg::shacl::ShowTerm(r.focus) << " "
            << (r.path ? r.path->ToString() : "-") << ": "
            << (severity == "Violation" ? "" : severity + ": ") << message << "\n";
}

int Validate(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg validate [options] GRAPH...\n"
      "Checks graphs against SHACL shapes (SHACL Core): by default the newskg ontology\n"
      "and its shapes, or the shapes graph given with --shapes. Prints each result\n"
      "(focus node, path, message). Exit status: 0 when every graph conforms, 1 when\n"
      "one does not, 2 when the shapes graph is ill-formed.\n\nOptions");
  std::string ontology_dir, report_path;
  std::vector<std::string> shapes_files;
  desc.add_options()("help,h", "show this help")("ontology", po::value(&ontology_dir),
                                                 "folder with newskg.ttl and shapes.ttl")(
      "shapes", po::value(&shapes_files),
      "a shapes graph file to validate against instead (repeatable: their union)")(
      "report", po::value(&report_path), "write the sh:ValidationReport as Turtle to FILE");
  po::variables_map vm;
  if (ParseCommand(desc, "graphs", args, vm)) return kOk;
  if (!vm.count("input")) throw UsageError("validate: no GRAPH given (see newskg validate --help)");
  if (!shapes_files.empty() && !ontology_dir.empty()) {
    throw UsageError("validate: --shapes and --ontology exclude each other");
  }
  std::optional<newskg::Validator> shipped;
  std::optional<newskg::shacl::ShapesGraph> custom;
  newskg::Graph shapes_graph(/*query_indexes=*/true);
  if (shapes_files.empty()) {
    auto validator = newskg::Validator::Load(ontology_dir);
    if (!validator.ok() && validator.status().code() == newskg::StatusCode::kInvalidArgument) {
      std::cerr << "newskg: validate: " << validator.status().message() << "\n";
      return kUsage;
    }
    Check(validator.status());
    shipped.emplace(std::move(validator).value());
  } else {
    shapes_graph = ReadGraphs(shapes_files, /*query_indexes=*/true);
    auto compiled = newskg::shacl::ShapesGraph::Compile(shapes_graph);
    if (!compiled.ok()) {
      std::string names;
      for (const auto& f : shapes_files) names += (names.empty() ? "" : ", ") + f;
      std::cerr << "newskg: validate: " << names << ": " << compiled.status().message() << "\n";
      return kUsage;  // an ill-formed shapes graph: 2, not "violations found"
    }
    custom.emplace(std::move(compiled).value());
  }
  newskg::shacl::ValidationReport all;
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    CheckInputFile(input);
    // A data graph that is the shapes file itself shares its blank nodes.
    std::error_code ec;
    const bool same = shapes_files.size() == 1 && fs::equivalent(shapes_files[0], input, ec);
    newskg::Graph data = same ? newskg::Graph() : ReadGraphs({input}, /*query_indexes=*/true);
    const newskg::shacl::ValidationReport report =
        shipped ? shipped->Validate(data)
        : same  ? custom->Validate(shapes_graph, newskg::shacl::DataGraph::kSameAsShapes)
                : custom->Validate(data);
    for (const auto& r : report.results) PrintResult(input, r);
    std::cerr << input << ": " << (same ? shapes_graph.size() : data.size()) << " triples, "
              << report.results.size() << " result(s)\n";
    all.conforms = all.conforms && report.conforms;
    all.results.insert(all.results.end(), report.results.begin(), report.results.end());
  }
  if (!report_path.empty()) {
    newskg::Graph out;
    Check(all.AddTo(out));
    std::string turtle;
    Check(out.Write(turtle, newskg::Syntax::kTurtle));
    WriteAtomically(report_path, turtle);
  }
  return all.conforms ? kOk : kFailure;
}

int Load(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg load --endpoint URL --graph IRI [options] GRAPH...\n"
      "Sends graphs to a triple store with the SPARQL 1.1 Graph Store HTTP Protocol.\n"
      "Credentials come from NEWSKG_ENDPOINT_USER and NEWSKG_ENDPOINT_PASSWORD, else\n"
      "from a netrc file (NETRC or ~/.netrc); never from the command line.\n\nOptions");
  std::string endpoint, graph_iri;
  desc.add_options()("help,h", "show this help")("endpoint", po::value(&endpoint),
                                                 "the Graph Store endpoint URL")(
      "graph", po::value(&graph_iri), "IRI of the named graph to add to")(
      "replace", "replace the named graph (PUT) instead of adding to it (POST)");
  long idle_timeout = 120, connect_timeout = 10;
  desc.add_options()("timeout", po::value(&idle_timeout)->default_value(idle_timeout),
                     "give up after this many seconds with no data moving")(
      "connect-timeout", po::value(&connect_timeout)->default_value(connect_timeout),
      "give up when connecting takes longer than this many seconds");
  po::variables_map vm;
  if (ParseCommand(desc, "graphs", args, vm)) return kOk;
  if (idle_timeout < 1 || idle_timeout > 86400 || connect_timeout < 1 || connect_timeout > 86400) {
    throw UsageError("load: --timeout and --connect-timeout take 1 to 86400 seconds");
  }
  if (endpoint.empty() || graph_iri.empty())
    throw UsageError("load: --endpoint and --graph are required");
  if (endpoint.rfind("http://", 0) != 0 && endpoint.rfind("https://", 0) != 0) {
    throw UsageError("load: --endpoint must be an http:// or https:// URL");
  }
  if (endpoint.find('@') != std::string::npos) {
    throw UsageError("load: put credentials in the environment or a netrc file, not in the URL");
  }
  if (!vm.count("input")) throw UsageError("load: no GRAPH given (see newskg load --help)");
  // Read and check every graph first: nothing is sent when one is broken.
  newskg::Graph graph = ReadGraphs(vm["input"].as<std::vector<std::string>>());
  std::string body;
  Check(graph.Write(body, newskg::Syntax::kNTriples));
  Check(newskg::SendGraph(
      {endpoint, graph_iri, vm.count("replace") > 0, body, connect_timeout, idle_timeout}));
  std::cerr << "newskg: sent " << graph.size() << " triples to <" << graph_iri << ">\n";
  return kOk;
}

const char* kHelp =
    "Usage: newskg COMMAND [options] ...\n"
    "Turns English news articles into an RDF knowledge graph.\n\n"
    "Commands:\n"
    "  extract   extract facts from articles and write RDF (Turtle by default)\n"
    "  merge     merge graphs into one, each triple once\n"
    "  validate  check graphs against the newskg ontology and SHACL shapes\n"
    "  load      send graphs to a triple store (SPARQL 1.1 Graph Store Protocol)\n"
    "  parse     tag, lemmatize and parse text or CoNLL-U, writing CoNLL-U\n"
    "  train     train the tagger, lemmas and parser from CoNLL-U treebanks\n\n"
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
    if (cmd == "load") return Load(args);
    if (cmd == "parse") return ParseText(args);
    if (cmd == "train") return Train(args);
    throw UsageError("unknown command '" + cmd +
                     "' (extract, merge, validate, load, parse, train; see newskg --help)");
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
