// newskg: English news articles to an RDF knowledge graph.
// Parses the command line, runs the command, maps errors to exit codes.
// The work is in the libraries: batch/ runs extraction, graph/ merges and
// writes, ontology/ validates; cli/*_commands.cc hold the other commands.
#include <unistd.h>

#include <boost/program_options.hpp>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "batch/batch.h"
#include "cli/cli_util.h"
#include "cli/graph_commands.h"
#include "cli/parse_commands.h"
#include "extract/extract.h"
#include "graph/graph.h"

namespace po = boost::program_options;
namespace fs = std::filesystem;

using namespace newskg::cli;  // NOLINT(google-build-using-namespace)

namespace {

constexpr const char* kVersion = "0.1.0";

// "\rnewskg: N articles" on standard error while a long run goes on, when it is a terminal.
void ShowProgress(size_t articles, bool done) {
  static const bool terminal = isatty(STDERR_FILENO) != 0;
  if (!terminal || articles < 100) return;
  std::cerr << "\rnewskg: " << articles << " articles" << (done ? ", done\n" : "") << std::flush;
}

// With NEWSKG_DEBUG set, each article's mentions on standard error.
void DebugMentions(const newskg::Document& doc) {
  for (const auto& m : doc.mentions) {
    std::cerr << "mention " << m.text << " type=" << newskg::EntityTypeName(m.type)
              << " kind=" << static_cast<int>(m.kind) << " tentative=" << m.tentative
              << " entity=" << m.entity << " by_form=" << m.by_form << "\n";
  }
}

int Extract(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg extract [options] INPUT...\n"
      "Extracts facts from articles and writes one RDF graph.\n"
      "An INPUT is a .txt article, a .jsonl file (one "
      "{\"id\",\"url\",\"title\",\"date\",\"text\"}\n"
      "object a line) or - for standard input (text, or JSONL when it starts with '{').\n\n"
      "Options");
  std::string date, id, url, base = newskg::vocab::kDefaultBase, format = "turtle", output,
                             split_dir, parse = "none", shard;
  int jobs = 1;
  desc.add_options()("help,h", "show this help")("date", po::value(&date),
                                                 "publication date YYYY-MM-DD (for .txt input)")(
      "id", po::value(&id), "article id (slug) for a single .txt input; default: file name")(
      "url", po::value(&url), "article URL (for .txt input)")("base", po::value(&base),
                                                              "base IRI for minted IRIs")(
      "format", po::value(&format),
      "turtle, ntriples, nquads or trig; default: by the extension of -o (.ttl, .nt, .nq, "
      ".trig), else turtle (also for --split)")("output,o", po::value(&output),
                                                "output file (default: standard output)")(
      "split", po::value(&split_dir),
      "write one graph per article into this folder (DIR/<id>.ttl), or with '-' one after "
      "another to standard output, in input order, in memory that does not grow")(
      "jobs,j", po::value(&jobs), "extract on this many cores; the output is the same as with one")(
      "shard", po::value(&shard),
      "I/N: extract only shard I of N (numbered from 1), the articles whose id hashes to it; "
      "the N shards hold every article once, and `newskg merge` of their graphs is the whole run")(
      "parse", po::value(&parse),
      "which sentences get the trained tagger and dependency parse, whose roles then come "
      "first: none (default: roles from token windows, fastest), facts (sentences with an "
      "event trigger; about a third of the speed) or all");
  po::variables_map vm;
  if (ParseCommand(desc, "input files", args, vm)) return kOk;
  if (!vm.count("input")) throw UsageError("extract: no INPUT given (see newskg extract --help)");
  const auto inputs = vm["input"].as<std::vector<std::string>>();
  const newskg::Syntax syntax = OutputSyntax(vm.count("format") > 0, format, output);
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
  const auto shard_of = vm.count("shard") ? newskg::ParseShard(shard) : newskg::Shard{};
  if (!shard_of.ok()) throw UsageError(shard_of.status().message());
  const bool stream = split_dir == "-";
  if (!split_dir.empty() && !output.empty()) throw UsageError("--split and -o exclude each other");
  if (!split_dir.empty() && !stream) {
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
  // Kept until the process ends, never freed: freeing the lexicons and
  // models took about 0.1 s of CPU at every exit.
  static auto* kept = new newskg::Result<newskg::Pipeline>(
      newskg::Pipeline::Create(scope, static_cast<unsigned>(jobs)));
  auto& pipeline = *kept;
  Check(pipeline.status());
  newskg::BatchOptions options;
  options.pipeline = &pipeline.value();
  options.base = base;
  options.jobs = static_cast<size_t>(jobs);
  options.syntax = syntax;
  options.split_dir = stream ? "" : split_dir;
  if (stream) options.split_stream = &std::cout;
  options.progress = ShowProgress;
  if (std::getenv("NEWSKG_DEBUG") != nullptr) options.inspect = DebugMentions;
  options.shard = shard_of.value();
  newskg::BatchRunner run(std::move(options));
  Timer timer("extract");
  for (const auto& input : inputs) Check(run.AddInput(input, {id, date, url}));
  Check(run.Finish());
  timer.Lap("articles");
  // A shard may hold none of the articles: its graph is empty.
  if (run.read() == 0) throw Failure("no article in the input (empty JSONL)");
  if (split_dir.empty()) {
    Check(run.WriteMerged(output));
    timer.Lap("identity and serialize");
  }
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
