// The SHACL validator, through its public API only, on any Turtle that
// parses: it reports violations or none, and never crashes.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/graph.h"
#include "ontology/validator.h"

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
  for (const auto& v : TheValidator().Validate(g)) {
    if (v.message.empty()) newskg::fuzz::Fail("a violation without a message");
  }
  return 0;
}
