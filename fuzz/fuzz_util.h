// What the fuzz targets share: the set of triples of a graph, for checking
// that what was written reads back the same, and a hard stop that libFuzzer
// reports as a crash.
#ifndef NEWSKG_FUZZ_FUZZ_UTIL_H_
#define NEWSKG_FUZZ_FUZZ_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>

#include "graph/graph.h"

namespace newskg::fuzz {

// One string per triple, with every part of every term.
inline std::set<std::string> TripleSet(const Graph& g) {
  std::set<std::string> out;
  auto term = [](const Term& t) {
    return std::to_string(static_cast<int>(t.kind)) + '\x1F' + t.value + '\x1F' + t.datatype +
           '\x1F' + t.lang;
  };
  g.ForEach(
      [&](const Triple& t) { out.insert(term(t.s) + '\x1E' + term(t.p) + '\x1E' + term(t.o)); });
  return out;
}

// Ends the process with a message; libFuzzer saves the input that got here.
[[noreturn]] inline void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz check failed: %s\n", what.c_str());
  std::abort();
}

// Writes `g` in `syntax`, reads it back and stops when a triple changed.
inline void ExpectReadsBack(const Graph& g, Syntax syntax) {
  std::string text;
  if (Status st = g.Write(text, syntax); !st.ok()) Fail("write: " + st.message());
  Graph back;
  if (Status st = back.ReadString(text, syntax, "written"); !st.ok()) {
    Fail("written output does not read back: " + st.message() + "\n" + text);
  }
  if (TripleSet(back) != TripleSet(g)) Fail("output read back changed:\n" + text);
}

}  // namespace newskg::fuzz

#endif  // NEWSKG_FUZZ_FUZZ_UTIL_H_
