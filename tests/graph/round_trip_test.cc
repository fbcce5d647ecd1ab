// What `extract` writes reads back, with the project's own reader, as the
// very triples it meant to write: over the development articles, the
// multi-article samples and the same articles with hostile characters
// mixed in.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/document_graph.h"
#include "graph/graph.h"
#include "graph/merge.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

namespace fs = std::filesystem;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One string per triple, with every part of every term.
std::set<std::string> TripleSet(const Graph& g) {
  std::set<std::string> out;
  auto term = [](const Term& t) {
    return std::to_string(static_cast<int>(t.kind)) + '\x1F' + t.value + '\x1F' + t.datatype +
           '\x1F' + t.lang;
  };
  g.ForEach(
      [&](const Triple& t) { out.insert(term(t.s) + '\x1E' + term(t.p) + '\x1E' + term(t.o)); });
  return out;
}

// Extracts `text`, writes the graph in every syntax and reads it back.
void ExpectRoundTrip(const std::string& text, const std::string& what) {
  Document doc = testing::Extract(text);
  Graph g;
  ASSERT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok()) << what;
  const std::set<std::string> meant = TripleSet(g);
  for (Syntax syntax : {Syntax::kTurtle, Syntax::kNTriples, Syntax::kTriG, Syntax::kNQuads}) {
    std::string written;
    ASSERT_TRUE(g.Write(written, syntax).ok()) << what;
    Graph back;
    const Status st = back.ReadString(written, syntax, what);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_TRUE(TripleSet(back) == meant)
        << what << ", syntax " << static_cast<int>(syntax) << ": " << meant.size()
        << " triples meant, " << back.size() << " read back";
  }
  // `extract` writes through the merger (identity resolved): its output reads
  // back the same in every syntax, and every literal in it is one the
  // document's graph meant, unchanged.
  std::set<std::string> literals;
  g.ForEach([&](const Triple& t) {
    if (t.o.kind == TermKind::kLiteral)
      literals.insert(t.o.value + '\x1F' + t.o.datatype + '\x1F' + t.o.lang);
  });
  std::set<std::string> first;
  for (Syntax syntax : {Syntax::kTurtle, Syntax::kNTriples, Syntax::kTriG, Syntax::kNQuads}) {
    Merger merger;
    ASSERT_TRUE(merger.AddGraph(g).ok()) << what;
    std::string written;
    ASSERT_TRUE(merger.Write(written, syntax).ok()) << what;
    Graph back;
    const Status st = back.ReadString(written, syntax, what);
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(back.size(), merger.size()) << what;
    const std::set<std::string> got = TripleSet(back);
    if (first.empty()) first = got;
    EXPECT_TRUE(got == first) << what << ": merged output differs in syntax "
                              << static_cast<int>(syntax);
    back.ForEach([&](const Triple& t) {
      if (t.o.kind != TermKind::kLiteral) return;
      EXPECT_EQ(literals.count(t.o.value + '\x1F' + t.o.datatype + '\x1F' + t.o.lang), 1u)
          << what << ": literal read back that was never meant: " << t.o.value;
    });
  }
}

std::vector<fs::path> TextFiles(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.path().extension() == ".txt") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

const fs::path kSource = NEWSKG_SOURCE_DIR;

// `text` with seeded insertions of the characters that Turtle escapes or
// quotes: quotes, backslashes before letters, control characters, line and
// paragraph separators. Only whole UTF-8 characters are kept apart.
std::string Mutate(const std::string& text, unsigned seed) {
  static const char* const kInserts[] = {
      "\"",    "\\",   "\"\\", "\\t",          "\\u0041",          "\"\"\"",   "'",
      "\t",    "\r\n", "\x01", "\x7F",         "\xE2\x80\xA8",     "\xC2\x85", "\\\"",
      "\"\\ ", "<>",   "@en",  "\xEF\xBB\xBF", "\xF0\x9F\x98\x80", "\n\n",     "^^"};
  std::mt19937 rng(seed);
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    const bool boundary = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (boundary && rng() % 40 == 0) out += kInserts[rng() % std::size(kInserts)];
    out += text[i];
  }
  return out;
}

TEST(RoundTripTest, SampleArticlesAndTheirMutations) {
  const auto files = TextFiles(kSource / "samples/multi/articles");
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) {
    const std::string text = ReadText(f);
    ExpectRoundTrip(text, f.filename().string());
    for (unsigned seed = 1; seed <= 3; ++seed) {
      ExpectRoundTrip(Mutate(text, seed),
                      f.filename().string() + " mutated " + std::to_string(seed));
    }
  }
}

TEST(RoundTripTest, DevArticlesAndTheirMutations) {
  const auto files = TextFiles(kSource / "../shared/dev/articles");
  if (files.empty()) GTEST_SKIP() << "../shared/dev/articles not found";
  for (const auto& f : files) {
    const std::string text = ReadText(f);
    ExpectRoundTrip(text, f.filename().string());
    for (unsigned seed = 1; seed <= 5; ++seed) {
      ExpectRoundTrip(Mutate(text, seed),
                      f.filename().string() + " mutated " + std::to_string(seed));
    }
  }
}

// Sentences built to put a quote right before a backslash, as news text
// that quotes code or paths can.
TEST(RoundTripTest, QuotesBeforeBackslashes) {
  const std::string texts[] = {
      "President Joe Biden said \"\\the\" and \"Paris\"\\ on Monday.",
      "Chancellor Olaf Scholz wrote \"C:\\new\\table\" in Berlin on Friday.",
      "Prime Minister Rishi Sunak said \"\\\"\" and '\\'' in London.",
  };
  for (const auto& t : texts) ExpectRoundTrip(t, t);
}

}  // namespace
}  // namespace newskg
