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
  EXPECT_EQ(SkeletonKey("salome zourabichvili"),
            SkeletonKey("salome zurabishvili"));
  EXPECT_EQ(SkeletonKey("abdel fattah al sisi"),
            SkeletonKey("abdel fattah el sisi"));
  EXPECT_NE(SkeletonKey("imran khan"), SkeletonKey("sadiq khan"));
  EXPECT_EQ(SkeletonKey("alexei miller"), SkeletonKey("aleksei miller"));
  EXPECT_EQ(SkeletonKey("alexei miller"), SkeletonKey("aleksey miller"));
  EXPECT_NE(SkeletonKey("alexei miller"), SkeletonKey("alexei mills"));
}

Graph ArticleGraph(const std::string& id, const std::string& text,
                   const std::string& date = "2024-03-13") {
  Document doc = testing::Extract(text, date);
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

// Nodes typed with an event class, each with the labels (or literal values)
// of one role, sorted: "Nairobi|Samia Suluhu Hassan;William Ruto".
std::vector<std::string> Events(const Graph& g, const std::string& cls,
                                const std::vector<std::string>& roles) {
  const Term type = Term::Iri(vocab::kType), c = Term::Iri(vocab::kNkg + cls),
             label = Term::Iri(vocab::kRdfs + "label");
  std::vector<std::string> out;
  for (const auto& e : g.Match(nullptr, &type, &c)) {
    std::string row;
    for (size_t r = 0; r < roles.size(); ++r) {
      const std::string& role = roles[r];
      const Term p = role.find(':') == std::string::npos ? Term::Iri(vocab::kNkg + role)
                                                          : Term::Iri(role);
      std::vector<std::string> values;
      for (const auto& t : g.Match(&e.s, &p, nullptr)) {
        const auto labels = g.Match(&t.o, &label, nullptr);
        values.push_back(labels.empty() ? t.o.value : labels[0].o.value);
      }
      std::sort(values.begin(), values.end());
      if (r > 0) row += "|";
      for (size_t i = 0; i < values.size(); ++i) row += (i > 0 ? ";" : "") + values[i];
    }
    out.push_back(row);
  }
  std::sort(out.begin(), out.end());
  return out;
}

constexpr char kRutoHassanNairobi[] =
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
    "Monday.";
constexpr char kRutoHassanAddis[] =
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Addis Ababa on "
    "Monday.";
constexpr char kRutoHassanKenya[] =
    "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Kenya on "
    "Monday.";
constexpr char kRutoHassanBare[] = "William Ruto met Samia Suluhu Hassan, the two leaders said.";

// Mentions of one meeting, or of two: what graph identity makes of them.
TEST(EventIdentityTest, MeetingsByParticipantsDateAndPlace) {
  struct Case {
    const char* name;
    std::vector<std::pair<const char*, const char*>> articles;  // (text, publication date)
    std::vector<std::string> meetings;                          // place|date
  };
  const Case cases[] = {
      {"same day, same place: one meeting",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanNairobi, "2024-03-12"}},
       {"Nairobi|2024-03-11"}},
      {"a year apart: two meetings",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanNairobi, "2025-06-11"}},
       {"Nairobi|2024-03-11", "Nairobi|2025-06-09"}},
      {"same day, two cities: two meetings",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanAddis, "2024-03-13"}},
       {"Addis Ababa|2024-03-11", "Nairobi|2024-03-11"}},
      {"a capital inside its country: one meeting",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanKenya, "2024-03-13"}},
       {"Kenya;Nairobi|2024-03-11"}},
      {"no date, no place: joins the one meeting it fits",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanBare, "2024-03-20"}},
       {"Nairobi|2024-03-11"}},
      {"fits two meetings that conflict: stays apart",
       {{kRutoHassanNairobi, "2024-03-13"},
        {kRutoHassanAddis, "2024-03-13"},
        {kRutoHassanBare, "2024-03-20"}},
       {"Addis Ababa|2024-03-11", "Nairobi|2024-03-11", "|"}},
  };
  for (const auto& c : cases) {
    std::vector<Graph> graphs;
    for (size_t i = 0; i < c.articles.size(); ++i)
      graphs.push_back(ArticleGraph("m" + std::to_string(i), c.articles[i].first,
                                    c.articles[i].second));
    std::vector<const Graph*> all;
    for (const auto& g : graphs) all.push_back(&g);
    const Graph m = Merge(all);
    EXPECT_EQ(Events(m, "Meeting", {"place", "date"}), c.meetings) << c.name;
    for (const auto& row : Events(m, "Meeting", {"participant"}))
      EXPECT_EQ(row, "Samia Suluhu Hassan;William Ruto") << c.name;
  }
}

// One loan told twice: the lender named as a country in one article and as
// its leader in the other, the amount in two currencies.
TEST(EventIdentityTest, OneLoanWithLenderByLeaderAndTwoCurrencies) {
  const Graph a = ArticleGraph(
      "loan-a", "Japan will lend Kenya $500 million for a new railway, the finance ministry said.");
  const Graph b = ArticleGraph("loan-b",
                               "Japanese Prime Minister Fumio Kishida pledged a loan of 75 billion "
                               "yen to Kenya for the railway.",
                               "2024-03-14");
  const Graph m = Merge({&a, &b});
  EXPECT_EQ(Events(m, "Loan", {"lender", "borrower"}), std::vector<std::string>{"Japan|Kenya"});
  const Term type = Term::Iri(vocab::kType), loan = Term::Iri(vocab::kNkg + "Loan"),
             amount = Term::Iri(vocab::kNkg + "amount"),
             currency = Term::Iri(vocab::kSchema + "currency");
  const auto loans = m.Match(nullptr, &type, &loan);
  ASSERT_EQ(loans.size(), 1u);
  std::vector<std::string> currencies;
  for (const auto& t : m.Match(&loans[0].s, &amount, nullptr)) {
    for (const auto& c : m.Match(&t.o, &currency, nullptr)) currencies.push_back(c.o.value);
  }
  std::sort(currencies.begin(), currencies.end());
  EXPECT_EQ(currencies, (std::vector<std::string>{"JPY", "USD"}));
  // Each article's account is kept as a mention of the loan.
  const Term mention = Term::Iri(vocab::kNkg + "mention");
  EXPECT_EQ(m.Match(&loans[0].s, &mention, nullptr).size(), 2u);
  // Two amounts in one currency that differ beyond rounding are two loans.
  const Graph c = ArticleGraph("loan-c", "Japan will lend Kenya $900 million for a new port.");
  EXPECT_EQ(Merge({&a, &c}).Match(nullptr, &type, &loan).size(), 2u);
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
  // Partial and conflicting mentions: the same meeting elsewhere, a year
  // later, without date or place; one loan told two ways.
  graphs.push_back(ArticleGraph("part1", kRutoHassanNairobi, "2024-03-12"));
  graphs.push_back(ArticleGraph("part2", kRutoHassanAddis));
  graphs.push_back(ArticleGraph("part3", kRutoHassanNairobi, "2025-06-11"));
  graphs.push_back(ArticleGraph("part4", kRutoHassanBare, "2024-03-20"));
  graphs.push_back(ArticleGraph("part5", kRutoHassanKenya));
  graphs.push_back(ArticleGraph("part6", "Japan will lend Kenya $500 million for a railway."));
  graphs.push_back(ArticleGraph(
      "part7", "Japanese Prime Minister Fumio Kishida pledged a loan of 75 billion yen to Kenya."));
  graphs.push_back(ArticleGraph("part8", "Japan will lend Kenya $900 million for a port."));
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
