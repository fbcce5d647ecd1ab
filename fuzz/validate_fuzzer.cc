// The SHACL validator, through its public API only (Validator::Load and
// Validate), on any Turtle that parses: it never crashes, and its report
// graph is written and read back whole.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/graph.h"
#include "ontology/ontology.h"

namespace {

const newskg::Validator& TheValidator() {
  static const newskg::Validator* validator = [] {
    auto v = newskg::Validator::Load();
    if (!v.ok()) newskg::fuzz::Fail("cannot load the shapes: " + v.status().message());
    return new newskg::Validator(std::move(v).value());
  }();
  return *validator;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  TheValidator();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  newskg::Graph g(/*query_indexes=*/true);
  if (!g.ReadString(std::string(reinterpret_cast<const char*>(data), size), newskg::Syntax::kTurtle,
                    "fuzz.ttl")
           .ok()) {
    return 0;
  }
  const auto report = TheValidator().Validate(g);
  newskg::Graph report_graph;
  if (newskg::Status st = report.AddTo(report_graph); !st.ok()) {
    newskg::fuzz::Fail("report graph: " + st.message());
  }
  // Read back with the same number of triples (its blank nodes get new
  // names when read, so the triples themselves are not compared).
  std::string text;
  if (newskg::Status st = report_graph.Write(text, newskg::Syntax::kTurtle); !st.ok()) {
    newskg::fuzz::Fail("report write: " + st.message());
  }
  newskg::Graph back;
  if (newskg::Status st = back.ReadString(text, newskg::Syntax::kTurtle, "report"); !st.ok()) {
    newskg::fuzz::Fail("the report does not read back: " + st.message() + "\n" + text);
  }
  if (back.size() != report_graph.size())
    newskg::fuzz::Fail("the report read back changed\n" + text);
  return 0;
}
