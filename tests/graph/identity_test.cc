#include "graph/identity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

#include "base/base.h"
#include "extract/pipeline.h"
#include "graph/document_graph.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

TEST(NameFoldTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Ekrem \xC4\xB0mamo\xC4\x9Flu", "ekrem imamoglu"},
      {"U.S.", "us"},
      {"Nicol\xC3\xA1s Maduro", "nicolas maduro"},
      {"Hsiao Bi-khim", "hsiao bi khim"},
      {"  World   Health Organization ", "world health organization"},
      {"Sviatlana Tsikhanouskaya", "sviatlana tsikhanouskaya"},
      {"Ren\xC3\xA9 \xC3\x86rling \xC3\x9F", "rene aerling ss"},
      {"\xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       "lodz"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(FoldName(in), out) << in;
}

TEST(NameFoldTest, SkeletonsJoinTransliterations) {
  const std::string g = SkeletonKey("muammar gaddafi");
  EXPECT_EQ(SkeletonKey("moammar kadhafi"), g);
  EXPECT_EQ(SkeletonKey("muammar qaddafi"), g);
  EXPECT_NE(SkeletonKey("xi jinping"), SkeletonKey("xu jinping"));
  EXPECT_EQ(SkeletonKey("salome zourabichvili"), SkeletonKey("salome zurabishvili"));
  EXPECT_EQ(SkeletonKey("abdel fattah al sisi"), SkeletonKey("abdel fattah el sisi"));
  EXPECT_NE(SkeletonKey("imran khan"), SkeletonKey("sadiq khan"));
}

Graph ArticleGraph(const std::string& id, const std::string& text) {
  Document doc = testing::Extract(text);
  doc.id = id;
  Graph g;
  EXPECT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok());
  return g;
}

std::string Serialize(const Graph& g) {
  std::string s;
  EXPECT_TRUE(g.Write(s, Syntax::kNTriples).ok());
  return s;
}

Graph Union(const std::vector<const Graph*>& parts) {
  Graph u;
  for (const Graph* p : parts) {
    Graph copy;
    EXPECT_TRUE(copy.ReadString(Serialize(*p), Syntax::kNTriples, "part").ok());
    for (const auto& t : p->Match(nullptr, nullptr, nullptr))
      EXPECT_TRUE(u.Add(t.s, t.p, t.o).ok());
  }
  return u;
}

Graph Merge(const std::vector<const Graph*>& parts) {
  auto r = ResolveIdentity(Union(parts));
  EXPECT_TRUE(r.ok());
  return std::move(r).value();
}

std::vector<std::string> Labels(const Graph& g, const std::string& cls) {
  std::vector<std::string> out;
  const Term type = Term::Iri(vocab::kType), c = Term::Iri(vocab::kNkg + cls),
             label = Term::Iri(vocab::kRdfs + "label");
  for (const auto& t : g.Match(nullptr, &type, &c)) {
    for (const auto& l : g.Match(&t.s, &label, nullptr)) out.push_back(l.o.value);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(IdentityTest, OneIriPerRealThingAcrossArticles) {
  const Graph a = ArticleGraph(
      "a", "Libyan leader Muammar Gaddafi met World Health Organization officials in Tripoli.");
  const Graph b = ArticleGraph("b", "Moammar Kadhafi spoke to the WHO in Tripoli on Monday.");
  const Graph c = ArticleGraph("c",
                               "Muammar Qaddafi received Finance Minister \xC3\x89mile Roux. Imran "
                               "Khan and Sadiq Khan spoke.");
  const Graph m = Merge({&a, &b, &c});
  EXPECT_EQ(Labels(m, "Person"), (std::vector<std::string>{"Imran Khan", "Moammar Kadhafi",
                                                           "Sadiq Khan", "\xC3\x89mile Roux"}));
  EXPECT_EQ(Labels(m, "Organization"), (std::vector<std::string>{"World Health Organization"}));
  EXPECT_EQ(Labels(m, "City"), (std::vector<std::string>{"Tripoli"}));
  // Every surface form is kept.
  const Term alt = Term::Iri(vocab::kSkos + "altLabel");
  std::vector<std::string> alts;
  for (const auto& t : m.Match(nullptr, &alt, nullptr)) alts.push_back(t.o.value);
  for (const char* form : {"Muammar Gaddafi", "Muammar Qaddafi", "WHO"}) {
    EXPECT_NE(std::find(alts.begin(), alts.end(), form), alts.end()) << form;
  }
}

TEST(IdentityTest, SameLoanReportedTwiceIsOneEvent) {
  const Graph a = ArticleGraph("a", "The World Bank lent $500 million to Kenya.");
  const Graph b =
      ArticleGraph("b", "Kenya obtained a $500 million loan from the World Bank on Friday.");
  const Graph m = Merge({&a, &b});
  const Term type = Term::Iri(vocab::kType), loan = Term::Iri(vocab::kNkg + "Loan");
  EXPECT_EQ(m.Match(nullptr, &type, &loan).size(), 1u);
  const Term derived = Term::Iri(vocab::kProv + "wasDerivedFrom");
  const auto loans = m.Match(nullptr, &type, &loan);
  EXPECT_EQ(m.Match(&loans[0].s, &derived, nullptr).size(), 2u);  // both articles
}

TEST(IdentityTest, OneStatementKeepsOneWording) {
  const Graph a = ArticleGraph("a", "Salome Zourabichvili told the crowd: \"You are the future.\"");
  const Graph b = ArticleGraph("b", "\"You are the future,\" Salome Zurabishvili said.");
  const Graph m = Merge({&a, &b});
  const Term type = Term::Iri(vocab::kType), st = Term::Iri(vocab::kNkg + "Statement"),
             quote = Term::Iri(vocab::kNkg + "quote");
  const auto statements = m.Match(nullptr, &type, &st);
  ASSERT_EQ(statements.size(), 1u);
  EXPECT_EQ(m.Match(&statements[0].s, &quote, nullptr).size(), 1u);
  EXPECT_EQ(Labels(m, "Person"),
            std::vector<std::string>{"Salome Zourabichvili"});  // the longer spelling
}

TEST(IdentityTest, MergeIsAssociativeCommutativeAndIdempotent) {
  const std::vector<std::string> texts = {
      "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
      "Monday.",
      "William Ruto held talks with Samia Suluhu Hassan. The World Bank lent $500 million to "
      "Kenya.",
      "The WHO and the World Health Organization are one. Ruto said \"we agree\".",
      "Police arrested more than 300 people in Nairobi on Friday.",
      "At least 20,000 protesters marched through Nairobi on Sunday.",
      "Muammar Gaddafi and Moammar Kadhafi are one man, said Samia Hassan.",
  };
  std::vector<Graph> graphs;
  for (size_t i = 0; i < texts.size(); ++i)
    graphs.push_back(ArticleGraph("art" + std::to_string(i), texts[i]));
  std::vector<const Graph*> all;
  for (const auto& g : graphs) all.push_back(&g);
  const std::string expected = Serialize(Merge(all));
  // Idempotent.
  const Graph once = Merge(all);
  EXPECT_EQ(Serialize(Merge({&once})), expected);
  std::mt19937 rng(20261126);
  for (int round = 0; round < 40; ++round) {
    std::vector<const Graph*> order = all;
    std::shuffle(order.begin(), order.end(), rng);
    // Merge in random groups, then merge the group results.
    std::vector<Graph> groups;
    size_t i = 0;
    while (i < order.size()) {
      const size_t n = 1 + rng() % 3;
      std::vector<const Graph*> part(
          order.begin() + static_cast<std::ptrdiff_t>(i),
          order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), i + n)));
      groups.push_back(Merge(part));
      i += n;
    }
    std::vector<const Graph*> group_ptrs;
    for (const auto& g : groups) group_ptrs.push_back(&g);
    std::shuffle(group_ptrs.begin(), group_ptrs.end(), rng);
    ASSERT_EQ(Serialize(Merge(group_ptrs)), expected) << "round " << round;
  }
}

}  // namespace
}  // namespace newskg
