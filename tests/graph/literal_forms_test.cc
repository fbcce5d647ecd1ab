// Literal forms that survive a round trip through other tools: integers as
// N3.js writes them (`500000.` at the end of a statement), decimals as
// rdflib writes them (`3000000000.0`), and what newskg writes read back by
// rapper with the same lexical form and datatype.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>

#include "graph/graph.h"
#include "graph/merge.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

const std::string kXsd = vocab::kXsd;

struct ReadCase {
  std::string turtle;  // the object of <https://e.org/s> <https://e.org/p>
  std::string lexical, datatype;
};

const ReadCase kReadCases[] = {
    {"500000.", "500000", kXsd + "integer"},  // N3.js
    {"500000 .", "500000", kXsd + "integer"},
    {"-7.", "-7", kXsd + "integer"},
    {"1.5.", "1.5", kXsd + "decimal"},
    {"3000000000.0 .", "3000000000.0", kXsd + "decimal"},  // rdflib
    {"5.e3.", "5.e3", kXsd + "double"},
    {"\"5.\" .", "5.", ""},  // strings are left alone
    {"\"\"\"a 5. \"\" b\"\"\" .", "a 5. \"\" b", ""},
    {"'6.'.", "6.", ""},
};

std::string Prefixed(const std::string& object) {
  return "@prefix : <https://e.org/> . # a comment with 1. in it\n:s :p " + object + "\n";
}

void ExpectObject(const Graph& g, const ReadCase& c) {
  const Term p = Term::Iri("https://e.org/p");
  const auto found = g.Match(nullptr, &p, nullptr);
  ASSERT_EQ(found.size(), 1u) << c.turtle;
  EXPECT_EQ(found[0].o.value, c.lexical) << c.turtle;
  EXPECT_EQ(found[0].o.datatype, c.datatype) << c.turtle;
}

TEST(LiteralFormsTest, GraphReadsNumbersBeforeTheFinalDot) {
  for (const auto& c : kReadCases) {
    Graph g;
    const Status st = g.ReadString(Prefixed(c.turtle), Syntax::kTurtle, "n3js.ttl");
    ASSERT_TRUE(st.ok()) << c.turtle << ": " << st.message();
    ExpectObject(g, c);
  }
}

TEST(LiteralFormsTest, MergeReadsNumbersBeforeTheFinalDotFromFiles) {
  for (const auto& c : kReadCases) {
    const testing::TempFile file("n3js.ttl");
    const std::string& path = file.path();
    std::ofstream(path, std::ios::binary) << Prefixed(c.turtle);
    Merger merger;
    ASSERT_TRUE(merger.AddFile(path, Syntax::kTurtle).ok()) << c.turtle;
    std::string nt;
    ASSERT_TRUE(merger.Write(nt, Syntax::kNTriples).ok());
    Graph g;
    ASSERT_TRUE(g.ReadString(nt, Syntax::kNTriples, "merged.nt").ok()) << nt;
    ExpectObject(g, c);
  }
}

// Files are read in pieces of 64 KiB: a number and its dot on both sides of
// a piece's end still read as an integer.
TEST(LiteralFormsTest, NumberBeforeTheDotAcrossReadPieces) {
  const std::string head = "@prefix : <https://e.org/> .\n";
  const std::string statement = ":s :p 500000.";
  for (size_t dot_at : {65534u, 65535u, 65536u, 65537u, 131072u}) {
    // A comment pads the file so that the dot lands at byte `dot_at`.
    const size_t pad = dot_at - head.size() - (statement.size() - 1) - 2;
    const std::string text = head + "#" + std::string(pad, 'x') + "\n" + statement + "\n";
    ASSERT_EQ(text.find("0.\n"), dot_at - 1);
    const testing::TempFile file("pieces.ttl");
    const std::string& path = file.path();
    std::ofstream(path, std::ios::binary) << text;
    Merger merger;
    ASSERT_TRUE(merger.AddFile(path, Syntax::kTurtle).ok()) << dot_at;
    std::string nt;
    ASSERT_TRUE(merger.Write(nt, Syntax::kNTriples).ok());
    EXPECT_NE(nt.find("\"500000\"^^<" + kXsd + "integer>"), std::string::npos) << dot_at << nt;
  }
}

// The filter reads runs of name bytes and of white space at once: a digit
// and a dot inside a prefixed name stay in the name, a number after any run
// of white space or a delimiter still ends at its dot.
TEST(LiteralFormsTest, NumbersAndNamesAfterRunsOfBytes) {
  const struct {
    std::string turtle;  // after "@prefix : <https://e.org/> ."
    std::string triple;  // an N-Triples statement the graph must hold
  } cases[] = {
      {":s :p :v1.5 .", "<https://e.org/s> <https://e.org/p> <https://e.org/v1.5> ."},
      {":s :p :vé1.5 .", "<https://e.org/s> <https://e.org/p> <https://e.org/v\\u00E91.5> ."},
      {":s :p \t\t  \n 8.", "<https://e.org/s> <https://e.org/p> \"8\"^^<" + kXsd + "integer> ."},
      {":s :p 3 ,4.", "<https://e.org/s> <https://e.org/p> \"4\"^^<" + kXsd + "integer> ."},
      {":s :p\t-12.", "<https://e.org/s> <https://e.org/p> \"-12\"^^<" + kXsd + "integer> ."},
      {":s :p :w ; :q 2.", "<https://e.org/s> <https://e.org/q> \"2\"^^<" + kXsd + "integer> ."},
      {":s :p ( 5 6.0 ).", "\"6.0\"^^<" + kXsd + "decimal>"},
  };
  for (const auto& c : cases) {
    const testing::TempFile file("runs.ttl");
    std::ofstream(file.path(), std::ios::binary)
        << "@prefix : <https://e.org/> .\n" << c.turtle << "\n";
    Merger merger;
    ASSERT_TRUE(merger.AddFile(file.path(), Syntax::kTurtle).ok()) << c.turtle;
    std::string nt;
    ASSERT_TRUE(merger.Write(nt, Syntax::kNTriples).ok());
    EXPECT_NE(nt.find(c.triple), std::string::npos) << c.turtle << "\n" << nt;
  }
}

// Pieces with no number before a dot go to Serd as they are read, the rest
// through the filter: a file of both, in many pieces, reads every number.
TEST(LiteralFormsTest, NumbersBeforeTheDotHereAndThere) {
  std::string text = "@prefix : <https://e.org/> .\n";
  constexpr int kStatements = 30000;
  for (int i = 0; i < kStatements; ++i) {
    text += ":s" + std::to_string(i) + " :p " +
            (i % 997 == 0 || i % 1000 < 3 ? std::to_string(i) + "." : "\"1.\" .") + "\n";
  }
  const testing::TempFile file("here_and_there.ttl");
  std::ofstream(file.path(), std::ios::binary) << text;
  Merger merger;
  ASSERT_TRUE(merger.AddFile(file.path(), Syntax::kTurtle).ok());
  std::string nt;
  ASSERT_TRUE(merger.Write(nt, Syntax::kNTriples).ok());
  EXPECT_EQ(merger.size(), size_t{kStatements});
  for (int i = 0; i < kStatements; ++i) {
    if (i % 997 != 0 && i % 1000 >= 3) continue;
    EXPECT_NE(nt.find("<https://e.org/s" + std::to_string(i) + "> <https://e.org/p> \"" +
                      std::to_string(i) + "\"^^<" + kXsd + "integer>"),
              std::string::npos)
        << i;
  }
}

// A string's escapes on both sides of a piece's end: the string ends where
// it ends (the filter of numbers skips strings many bytes at a time), and a
// number after it still reads as an integer.
TEST(LiteralFormsTest, StringsAcrossReadPieces) {
  const std::string head = "@prefix : <https://e.org/> .\n";
  for (const std::string quote : {"\"", "\"\"\"", "'"}) {
    for (size_t at : {65533u, 65534u, 65535u, 65536u, 65537u}) {
      // The backslash before the escaped quote lands at byte `at`.
      const std::string before = head + ":s :p " + quote;
      const std::string pad(at - before.size(), 'x');
      const std::string text = before + pad + "\\" + quote[0] + "1. 2.\\\\" + quote + " ; :q 7.\n";
      ASSERT_EQ(text[at], '\\') << at;
      const testing::TempFile file("strings.ttl");
      const std::string& path = file.path();
      std::ofstream(path, std::ios::binary) << text;
      Merger merger;
      ASSERT_TRUE(merger.AddFile(path, Syntax::kTurtle).ok()) << quote << at;
      std::string nt;
      ASSERT_TRUE(merger.Write(nt, Syntax::kNTriples).ok());
      const std::string escaped_quote = quote[0] == '"' ? "\\\"" : "'";
      EXPECT_NE(nt.find(pad + escaped_quote + "1. 2.\\\\\""), std::string::npos)
          << quote << at << nt.substr(nt.size() > 300 ? nt.size() - 300 : 0);
      EXPECT_NE(nt.find("\"7\"^^<" + kXsd + "integer>"), std::string::npos) << quote << at;
    }
  }
}

struct WriteCase {
  std::string lexical, datatype;
};

// What newskg writes comes back from rapper as the same literal.
TEST(LiteralFormsTest, RapperReadsBackWhatIsWritten) {
  const WriteCase cases[] = {
      {"1500000000.0", kXsd + "decimal"},
      {"500000", kXsd + "integer"},
      {"2020-09-14", kXsd + "date"},
      {"2024-03", kXsd + "gYearMonth"},
      {"1", kXsd + "boolean"},
      {"not a number", kXsd + "integer"},
      {"1.2.3", kXsd + "decimal"},
      {"true", kXsd + "boolean"},
  };
  Graph g;
  int i = 0;
  for (const auto& c : cases) {
    ASSERT_TRUE(g.Add(Term::Iri("https://e.org/s" + std::to_string(i++)),
                      Term::Iri("https://e.org/p"), Term::Literal(c.lexical, c.datatype))
                    .ok());
  }
  std::string ttl;
  ASSERT_TRUE(g.Write(ttl, Syntax::kTurtle).ok());
  const testing::TempFile file("forms.ttl");
  const std::string& path = file.path();
  std::ofstream(path, std::ios::binary) << ttl;
  const std::string cmd = "rapper -q -i turtle -o ntriples '" + path + "' 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen(cmd.c_str(), "r"), pclose);
  ASSERT_NE(pipe, nullptr);
  std::string nt;
  char buf[4096];
  for (size_t n; (n = std::fread(buf, 1, sizeof buf, pipe.get())) > 0;) nt.append(buf, n);
  for (const auto& c : cases) {
    const std::string want = "\"" + c.lexical + "\"^^<" + c.datatype + ">";
    EXPECT_NE(nt.find(want), std::string::npos) << want << "\nTurtle:\n"
                                                << ttl << "\nrapper:\n"
                                                << nt;
  }
}

}  // namespace
}  // namespace newskg
