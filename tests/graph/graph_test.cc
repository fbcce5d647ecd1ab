#include "graph/graph.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

#include "graph/document_graph.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

std::string WriteTemp(const std::string& name, const std::string& data) {
  const std::string path = ::testing::TempDir() + name;
  std::ofstream(path, std::ios::binary) << data;
  return path;
}

// Exit status of a shell command.
int Shell(const std::string& cmd) { return std::system(cmd.c_str()); }

TEST(GraphTest, HostileLiteralsStayValidTurtle) {
  const std::string hostile[] = {
      "quote \" inside",     "back\\slash",
      "new\nline",           "tab\there",
      "angle > < brackets",  "\"\"\" triple",
      "ctrl \x01\x1F chars", "unicode \xE2\x80\x9C\xC3\xA9\xE2\x80\x9D",
      "'single' '''",        "ends with \\",
  };
  Graph g;
  int i = 0;
  for (const auto& text : hostile) {
    ASSERT_TRUE(g.Add(Term::Iri("https://example.org/s" + std::to_string(i++)),
                      Term::Iri(vocab::kRdfs + "label"), Term::Literal(text))
                    .ok());
  }
  std::string ttl;
  ASSERT_TRUE(g.Write(ttl, Syntax::kTurtle).ok());
  const std::string path = WriteTemp("hostile.ttl", ttl);
  EXPECT_EQ(Shell("serdi -i turtle -o ntriples '" + path + "' >/dev/null"), 0) << ttl;
  EXPECT_EQ(Shell("rapper -q -i turtle -c '" + path + "' 2>/dev/null"), 0) << ttl;
  // Round trip: every literal comes back byte for byte.
  Graph back;
  ASSERT_TRUE(back.ReadString(ttl, Syntax::kTurtle, "hostile.ttl").ok());
  EXPECT_EQ(back.size(), std::size(hostile));
  std::multiset<std::string> values;
  for (const auto& t : back.Match(nullptr, nullptr, nullptr)) values.insert(t.o.value);
  for (const auto& text : hostile) EXPECT_EQ(values.count(text), 1u) << text;
}

// Turtle declares the prefixes its IRIs use and no others; rdf:type as a
// predicate is written "a" and needs no rdf: prefix.
TEST(GraphTest, DeclaresOnlyThePrefixesItUses) {
  auto prefixes = [](const Graph& g) {
    std::string ttl;
    EXPECT_TRUE(g.Write(ttl, Syntax::kTurtle).ok());
    std::vector<std::string> out;
    std::istringstream in(ttl);
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("@prefix ", 0) == 0) out.push_back(line.substr(8, line.find(':') - 8));
    }
    return out;
  };
  Graph g;
  ASSERT_TRUE(g.Add(Term::Iri("https://example.org/a"), Term::Iri(vocab::kType),
                    Term::Iri(vocab::kNkg + "Person"))
                  .ok());
  EXPECT_EQ(prefixes(g), std::vector<std::string>{"nkg"});
  ASSERT_TRUE(g.Add(Term::Iri("https://example.org/a"), Term::Iri(vocab::kRdfs + "label"),
                    Term::Literal("7", vocab::kXsd + "integer"))
                  .ok());
  EXPECT_EQ(prefixes(g), (std::vector<std::string>{"nkg", "rdfs", "xsd"}));
  ASSERT_TRUE(g.Add(Term::Iri("https://example.org/b"), Term::Iri(vocab::kRdfs + "seeAlso"),
                    Term::Iri(vocab::kType))
                  .ok());
  EXPECT_EQ(prefixes(g), (std::vector<std::string>{"nkg", "rdf", "rdfs", "xsd"}));
}

TEST(GraphTest, PercentEncodingKeepsIrisValid) {
  const std::pair<std::string, std::string> cases[] = {
      {"person/vladimir-putin", "person/vladimir-putin"},
      {"a b", "a%20b"},
      {"<x>", "%3Cx%3E"},
      {"\"q\"", "%22q%22"},
      {"\xC3\x89krem", "%C3%89krem"},
      {"a\\b{c}|d^e`f", "a%5Cb%7Bc%7D%7Cd%5Ee%60f"},
      {"100%", "100%25"},
      {"x#y?z", "x%23y%3Fz"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(PercentEncode(in), out);
  EXPECT_EQ(Slug("Person/Vladimir Putin"), "person/vladimir-putin");
}

TEST(GraphTest, ReadErrorsNameFileLineAndColumn) {
  Graph g;
  const Status s =
      g.ReadString("<a> <b> <c> .\n<a> <b> \"unterminated .\n", Syntax::kTurtle, "bad.ttl");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kParse);
  EXPECT_EQ(s.message().rfind("bad.ttl:2:", 0), 0u) << s.message();
  const std::string path = WriteTemp("binary.ttl", std::string("\x00\x01\x02", 3));
  const Status b = g.ReadFile(path, Syntax::kTurtle);
  ASSERT_FALSE(b.ok());
  EXPECT_NE(b.message().find("NUL byte"), std::string::npos);
  EXPECT_EQ(g.ReadFile("/nonexistent/x.ttl", Syntax::kTurtle).code(), StatusCode::kNotFound);
}

TEST(GraphTest, MergeKeepsEachTripleOnceAndIsOrderIndependent) {
  const std::string a =
      "<https://e.org/a> <https://e.org/p> \"1\" .\n<https://e.org/b> <https://e.org/p> "
      "<https://e.org/a> .\n";
  const std::string b =
      "<https://e.org/b> <https://e.org/p> <https://e.org/a> .\n<https://e.org/c> "
      "<https://e.org/p> \"2\"@en .\n";
  Graph ab, ba;
  ASSERT_TRUE(ab.ReadString(a, Syntax::kNTriples, "a").ok());
  ASSERT_TRUE(ab.ReadString(b, Syntax::kNTriples, "b").ok());
  ASSERT_TRUE(ba.ReadString(b, Syntax::kNTriples, "b").ok());
  ASSERT_TRUE(ba.ReadString(a, Syntax::kNTriples, "a").ok());
  EXPECT_EQ(ab.size(), 3u);
  std::string x, y;
  ASSERT_TRUE(ab.Write(x, Syntax::kTurtle).ok());
  ASSERT_TRUE(ba.Write(y, Syntax::kTurtle).ok());
  EXPECT_EQ(x, y);
}

TEST(GraphTest, DocumentGraphIsDeterministicAndTraceable) {
  const std::string text =
      "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
      "Monday.";
  std::string first, second;
  for (std::string* out : {&first, &second}) {
    Document doc = testing::Extract(text);
    Graph g;
    ASSERT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok());
    ASSERT_TRUE(g.Write(*out, Syntax::kTurtle).ok());
  }
  EXPECT_EQ(first, second);
  EXPECT_NE(first.find("prov:wasDerivedFrom <https://w3id.org/newskg/id/article/test>"),
            std::string::npos);
  EXPECT_NE(first.find("nkg:beginOffset 0"), std::string::npos);
  EXPECT_NE(first.find("a nkg:Meeting"), std::string::npos);
  EXPECT_NE(first.find("\"2024-03-11\"^^xsd:date"), std::string::npos);
}

TEST(GraphTest, OffsetsCountCharactersNotBytes) {
  Document doc = testing::Extract(
      "\xC3\x89mile said nothing. Chilean President Gabriel Boric met Luiz Lula in Lima.");
  Graph g;
  ASSERT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok());
  std::string nt;
  ASSERT_TRUE(g.Write(nt, Syntax::kNTriples).ok());
  EXPECT_NE(nt.find("/sentence/test/20-"), std::string::npos) << nt;
}

}  // namespace
}  // namespace newskg
