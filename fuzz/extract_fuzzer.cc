// The text pipeline on any bytes: what the reader accepts goes through every
// extraction stage, becomes a graph, is written in every syntax and must
// read back as the same triples; the merged (resolved) output must parse.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include "extract/extract.h"
#include "fuzz/fuzz_util.h"
#include "graph/graph.h"

namespace {

const newskg::Pipeline& ThePipeLine() {
  static const newskg::Pipeline* pipeline = [] {
    auto p = newskg::Pipeline::Create();
    if (!p.ok()) newskg::fuzz::Fail("cannot load the pipeline: " + p.status().message());
    return new newskg::Pipeline(std::move(p).value());
  }();
  return *pipeline;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  ThePipeLine();
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  auto doc = ReadTextArticle(std::string(reinterpret_cast<const char*>(data), size), "fuzz");
  if (!doc.ok()) return 0;
  doc->id = "fuzz";
  doc->date = "2024-03-13";
  if (!ThePipeLine().Run(*doc).ok()) return 0;
  Graph g;
  if (Status st = AddDocument(*doc, vocab::kDefaultBase, g); !st.ok()) {
    fuzz::Fail("AddDocument: " + st.message());
  }
  for (Syntax syntax : {Syntax::kTurtle, Syntax::kNTriples, Syntax::kTriG, Syntax::kNQuads}) {
    fuzz::ExpectReadsBack(g, syntax);
  }
  Merger merger;
  if (Status st = merger.AddGraph(g); !st.ok()) fuzz::Fail("merge: " + st.message());
  std::string merged;
  if (Status st = merger.Write(merged, Syntax::kTurtle); !st.ok()) {
    fuzz::Fail("merge write: " + st.message());
  }
  Graph back;
  if (Status st = back.ReadString(merged, Syntax::kTurtle, "merged"); !st.ok()) {
    fuzz::Fail("merged output does not read back: " + st.message());
  }
  return 0;
}
