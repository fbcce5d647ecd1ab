#include "cli/graph_commands.h"

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "cli/cli_util.h"
#include "graph/graph.h"
#include "ontology/ontology.h"

namespace newskg::cli {

namespace fs = std::filesystem;

namespace {

Graph ReadGraphs(const std::vector<std::string>& inputs, bool query_indexes = false) {
  Graph graph(query_indexes);
  for (const auto& input : inputs) {
    CheckInputFile(input);
    Check(graph.ReadFile(input, SyntaxForPath(input)));
  }
  return graph;
}

}  // namespace

int Merge(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg merge [options] GRAPH...\n"
      "Reads Turtle, N-Triples, N-Quads or TriG graphs (by extension: .ttl, .nt, .nq, .trig)\n"
      "and writes their union, each triple once, with one IRI per real person, place,\n"
      "organization and event (names matched across spellings, acronyms, accents).\n\nOptions");
  std::string format = "turtle", output;
  int jobs = static_cast<int>(std::clamp(std::thread::hardware_concurrency(), 1U, 8U));
  desc.add_options()("help,h", "show this help")(
      "format", po::value(&format),
      "turtle, ntriples, nquads or trig; default: by the extension of -o (.ttl, .nt, .nq, "
      ".trig), else turtle")("output,o", po::value(&output),
                             "output file (default: standard output)")(
      "jobs,j", po::value(&jobs),
      "sort and write on this many cores (default: all, up to 8); the output is the same");
  po::variables_map vm;
  if (ParseCommand(desc, "graphs", args, vm)) return kOk;
  if (!vm.count("input")) throw UsageError("merge: no GRAPH given (see newskg merge --help)");
  const Syntax syntax = OutputSyntax(vm.count("format") > 0, format, output);
  if (jobs < 1 || jobs > 256) throw UsageError("merge: --jobs must be between 1 and 256");
  Timer timer("merge");
  Merger merger(static_cast<unsigned>(jobs));
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    CheckInputFile(input);
    Check(merger.AddFile(input, SyntaxForPath(input)));
  }
  timer.Lap("read");
  auto file = OutputFile::Open(output);
  Check(file.status());
  Check(merger.Write([&](std::string_view piece) { return file->Write(piece); }, syntax));
  Check(file->Commit());
  timer.Lap("identity, serialize and write");
  return kOk;
}

// Prints one validation result as `file: <focus> PATH: message`.
void PrintResult(const std::string& input, const shacl::ValidationResult& r) {
  std::string message;
  for (const auto& m : r.messages) message += (message.empty() ? "" : "; ") + m.value;
  const std::string severity = r.severity.value.substr(r.severity.value.rfind('#') + 1);
  std::cout << input << ": " << shacl::ShowTerm(r.focus) << " "
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
  std::optional<Validator> shipped;
  std::optional<shacl::ShapesGraph> custom;
  Graph shapes_graph(/*query_indexes=*/true);
  if (shapes_files.empty()) {
    auto validator = Validator::Load(ontology_dir);
    if (!validator.ok() && validator.status().code() == StatusCode::kInvalidArgument) {
      std::cerr << "newskg: validate: " << validator.status().message() << "\n";
      return kUsage;
    }
    Check(validator.status());
    shipped.emplace(std::move(validator).value());
  } else {
    shapes_graph = ReadGraphs(shapes_files, /*query_indexes=*/true);
    auto compiled = shacl::ShapesGraph::Compile(shapes_graph);
    if (!compiled.ok()) {
      std::string names;
      for (const auto& f : shapes_files) names += (names.empty() ? "" : ", ") + f;
      std::cerr << "newskg: validate: " << names << ": " << compiled.status().message() << "\n";
      return kUsage;  // an ill-formed shapes graph: 2, not "violations found"
    }
    custom.emplace(std::move(compiled).value());
  }
  shacl::ValidationReport all;
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    CheckInputFile(input);
    // A data graph that is the shapes file itself shares its blank nodes.
    std::error_code ec;
    const bool same = shapes_files.size() == 1 && fs::equivalent(shapes_files[0], input, ec);
    Graph data = same ? Graph() : ReadGraphs({input}, /*query_indexes=*/true);
    const shacl::ValidationReport report =
        shipped ? shipped->Validate(data)
        : same  ? custom->Validate(shapes_graph, shacl::DataGraph::kSameAsShapes)
                : custom->Validate(data);
    for (const auto& r : report.results) PrintResult(input, r);
    std::cerr << input << ": " << (same ? shapes_graph.size() : data.size()) << " triples, "
              << report.results.size() << " result(s)\n";
    all.conforms = all.conforms && report.conforms;
    all.results.insert(all.results.end(), report.results.begin(), report.results.end());
  }
  if (!report_path.empty()) {
    Graph out;
    Check(all.AddTo(out));
    std::string turtle;
    Check(out.Write(turtle, Syntax::kTurtle));
    WriteAtomically(report_path, turtle);
  }
  return all.conforms ? kOk : kFailure;
}

}  // namespace newskg::cli
