// The RDF reader that `merge` uses, on any bytes: the first byte picks the
// syntax, the rest is the file. What it accepts is merged, and the merged
// output must read back; the graph reader must agree on what parses.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/graph.h"

namespace {

// A file of this process that each input overwrites (merge reads files).
std::string InputPath(newskg::Syntax syntax) {
  static const char* const kExtensions[] = {".ttl", ".nt", ".nq", ".trig"};
  return "/tmp/newskg-rdf-fuzz-" + std::to_string(getpid()) + kExtensions[static_cast<int>(syntax)];
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace newskg;
  if (size == 0) return 0;
  const Syntax syntax = static_cast<Syntax>(data[0] % 4);
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  const std::string path = InputPath(syntax);
  if (FILE* f = std::fopen(path.c_str(), "wb")) {
    std::fwrite(text.data(), 1, text.size(), f);
    std::fclose(f);
  } else {
    fuzz::Fail("cannot write " + path);
  }
  Merger merger;
  const Status read = merger.AddFile(path, syntax);
  std::remove(path.c_str());
  if (!read.ok()) return 0;
  std::string merged;
  if (Status st = merger.Write(merged, Syntax::kNTriples); !st.ok()) {
    fuzz::Fail("merge write: " + st.message());
  }
  Graph back;
  if (Status st = back.ReadString(merged, Syntax::kNTriples, "merged"); !st.ok()) {
    fuzz::Fail("merged output does not read back: " + st.message() + "\n" + merged);
  }
  return 0;
}
