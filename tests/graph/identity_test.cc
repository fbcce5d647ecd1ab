#include "graph/identity.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <map>
#include <random>
#include <set>

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
  // Labels in Latin letters (the name as written stays an altLabel).
  EXPECT_EQ(Labels(m, "Person"), (std::vector<std::string>{"Emile Roux", "Imran Khan",
                                                           "Moammar Kadhafi", "Sadiq Khan"}));
  EXPECT_EQ(Labels(m, "Organization"), (std::vector<std::string>{"World Health Organization"}));
  EXPECT_EQ(Labels(m, "City"), (std::vector<std::string>{"Tripoli"}));
  // Every surface form is kept.
  const Term alt = Term::Iri(vocab::kSkos + "altLabel");
  std::vector<std::string> alts;
  for (const auto& t : m.Match(nullptr, &alt, nullptr)) alts.push_back(t.o.value);
  for (const char* form : {"Muammar Gaddafi", "Muammar Qaddafi", "WHO", "\xC3\x89mile Roux"}) {
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
      const Term p =
          role.find(':') == std::string::npos ? Term::Iri(vocab::kNkg + role) : Term::Iri(role);
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
      {"a capital inside its country: one meeting, in the capital (one place)",
       {{kRutoHassanNairobi, "2024-03-13"}, {kRutoHassanKenya, "2024-03-13"}},
       {"Nairobi|2024-03-11"}},
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
      graphs.push_back(
          ArticleGraph("m" + std::to_string(i), c.articles[i].first, c.articles[i].second));
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

// Articles that name the same people and bodies in different ways:
// transliterations, a fuller name, an acronym, another script, accents.
const std::vector<std::pair<std::string, std::string>>& VariantArticles() {
  static const std::vector<std::pair<std::string, std::string>> k = {
      {"v1", "Gazprom chief Alexei Miller met Kazakh President Kassym-Jomart Tokayev in Astana."},
      {"v2", "Aleksey Miller, head of Gazprom, met Kassym-Jomart Tokayev on Monday."},
      {"v3",
       "Russian President Vladimir Vladimirovich Putin met Gazprom chief Aleksei Miller in Sochi "
       "on Monday. "
       "Vladimir Putin said \"we agree\"."},
      {"v4", "Vladimir Putin met Chinese President Xi Jinping in Moscow on Monday."},
      {"v5",
       "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD met Xi Jinping in Moscow on Monday."},
      {"v6", "The Kenya Revenue Authority said on Monday it collected more taxes."},
      {"v7", "The KRA said on Tuesday it collected more taxes."},
      {"v8", "The IMF lent $3 billion to Ghana. Britain welcomed the loan."},
      {"v9", "The International Monetary Fund lent Ghana $3 billion, the UK said."},
      {"v10",
       "Istanbul Mayor Ekrem \xC4\xB0mamo\xC4\x9Flu was arrested in \xC4\xB0stanbul on "
       "Monday. Protesters marched in \xC3\x85rhus."},
      {"v11",
       "Istanbul Mayor Ekrem Imamoglu was arrested in Istanbul on Monday. Protesters "
       "marched in \xC3\x85RHUS."},
  };
  return k;
}

const std::set<std::string>& EntityClassIris() {
  static const std::set<std::string> k = {vocab::kNkg + "Person", vocab::kNkg + "Country",
                                          vocab::kNkg + "City", vocab::kNkg + "Place",
                                          vocab::kNkg + "Organization"};
  return k;
}

// Entity IRI -> its class, in a graph.
std::map<std::string, std::string> EntityIris(const Graph& g) {
  std::map<std::string, std::string> out;
  const Term type = Term::Iri(vocab::kType);
  for (const auto& t : g.Match(nullptr, &type, nullptr)) {
    if (EntityClassIris().count(t.o.value) > 0) out[t.s.value] = t.o.value;
  }
  return out;
}

// IRIs with more than one rdfs:label.
std::vector<std::string> TwoLabels(const Graph& g) {
  std::map<std::string, std::set<std::string>> labels;
  const Term label = Term::Iri(vocab::kRdfs + "label");
  for (const auto& t : g.Match(nullptr, &label, nullptr)) labels[t.s.value].insert(t.o.value);
  std::vector<std::string> out;
  for (const auto& [s, ls] : labels) {
    if (ls.size() > 1) {
      std::string row = s;
      for (const auto& l : ls) row += " \"" + l + "\"";
      out.push_back(row);
    }
  }
  return out;
}

// No IRI an article's graph gives an entity vanishes on merge: it is the
// entity's IRI in the merged graph, or says it is the same (owl:sameAs) as
// one entity of its class (issue 10: 6 of 479 article IRIs vanished).
TEST(IdentityTest, NoArticleIriVanishesOnMerge) {
  std::vector<Graph> graphs;
  for (const auto& [id, text] : VariantArticles()) graphs.push_back(ArticleGraph(id, text));
  std::vector<const Graph*> all;
  for (const auto& g : graphs) all.push_back(&g);
  const Graph m = Merge(all);
  const auto merged = EntityIris(m);
  const Term same = Term::Iri(vocab::kOwl + "sameAs");
  std::map<std::string, std::string> aliases;  // alias -> kept IRI
  for (const auto& t : m.Match(nullptr, &same, nullptr)) {
    EXPECT_EQ(aliases.count(t.s.value), 0u) << t.s.value << " is the same as two IRIs";
    aliases[t.s.value] = t.o.value;
  }
  size_t checked = 0;
  for (const auto& g : graphs) {
    for (const auto& [iri, cls] : EntityIris(g)) {
      ++checked;
      if (merged.count(iri) > 0) {
        EXPECT_EQ(merged.at(iri), cls) << iri;
        EXPECT_EQ(aliases.count(iri), 0u) << iri << " is kept and an alias";
        continue;
      }
      auto it = aliases.find(iri);
      ASSERT_NE(it, aliases.end()) << iri << " vanished";
      ASSERT_EQ(merged.count(it->second), 1u) << iri << " is the same as no entity";
      EXPECT_EQ(merged.at(it->second), cls) << iri;
    }
  }
  EXPECT_GT(checked, 20u);
  // The joins this set makes, each to the IRI of the fullest name.
  const std::string e = vocab::kDefaultBase + "entity/";
  const std::map<std::string, std::string> expected = {
      {e + "person/alexei-miller", e + "person/aleksei-miller"},
      {e + "person/aleksey-miller", e + "person/aleksei-miller"},
      {e + "person/vladimir-putin", e + "person/vladimir-vladimirovich-putin"},
      {e + "organization/kra", e + "organization/kenya-revenue-authority"},
  };
  EXPECT_EQ(aliases, expected);
  // The alias keeps the label it was minted with; the kept IRI has the
  // other names as skos:altLabel.
  const Term label = Term::Iri(vocab::kRdfs + "label"), alt = Term::Iri(vocab::kSkos + "altLabel");
  const Term kra = Term::Iri(e + "organization/kra"),
             authority = Term::Iri(e + "organization/kenya-revenue-authority");
  ASSERT_EQ(m.Match(&kra, &label, nullptr).size(), 1u);
  EXPECT_EQ(m.Match(&kra, &label, nullptr)[0].o.value, "KRA");
  EXPECT_EQ(m.Match(&authority, &label, nullptr).size(), 1u);
  const Term kra_name = Term::Literal("KRA");
  EXPECT_EQ(m.Match(&authority, &alt, &kra_name).size(), 1u);
  // Merging the merged graph with an article it holds changes nothing.
  EXPECT_EQ(Serialize(Merge({&m, &graphs[6]})), Serialize(m));
  EXPECT_EQ(Serialize(Merge({&m})), Serialize(m));
}

// Per-article graphs loaded one by one into one store give one rdfs:label
// per IRI: a label is a function of the key (the gazetteer's name, else the
// fullest name in Latin letters), names as written are skos:altLabel.
// Names that fold alike (Århus, ÅRHUS; İstanbul, Istanbul; Владимир Путин,
// Vladimir Putin) are one IRI.
TEST(IdentityTest, ArticleGraphsLoadedTogetherGiveOneLabelPerIri) {
  Graph store;
  std::vector<Graph> graphs;
  for (const auto& [id, text] : VariantArticles()) graphs.push_back(ArticleGraph(id, text));
  for (const auto& g : graphs) {
    for (const auto& t : g.Match(nullptr, nullptr, nullptr))
      ASSERT_TRUE(store.Add(t.s, t.p, t.o).ok());
  }
  EXPECT_EQ(TwoLabels(store), std::vector<std::string>{});
  const std::string e = vocab::kDefaultBase + "entity/";
  const auto iris = EntityIris(store);
  for (const char* iri :
       {"city/arhus", "city/istanbul", "person/ekrem-imamoglu", "person/vladimir-putin",
        "organization/international-monetary-fund", "country/gb"})
    EXPECT_EQ(iris.count(e + iri), 1u) << iri;
  for (const auto& [iri, cls] : iris) {
    EXPECT_EQ(iri.find('%'), std::string::npos) << iri;  // no %C3%85rhus beside %C3%A5rhus
    EXPECT_EQ(iri.find("istanbul-"), std::string::npos) << iri;
  }
  // The store that also holds the merged graph still has one label per IRI.
  std::vector<const Graph*> all;
  for (const auto& g : graphs) all.push_back(&g);
  const Graph m = Merge(all);
  for (const auto& t : m.Match(nullptr, nullptr, nullptr))
    ASSERT_TRUE(store.Add(t.s, t.p, t.o).ok());
  EXPECT_EQ(TwoLabels(store), std::vector<std::string>{});
}

// What a store knows of entities once owl:sameAs is followed: each IRI
// replaced by the IRI it is the same as; rdfs:label and skos:altLabel are
// both "name". Events are left out: the merged graph has its own nodes for
// events several articles tell.
std::set<std::string> EntityFactsAfterSameAs(const Graph& g) {
  const Term same = Term::Iri(vocab::kOwl + "sameAs");
  std::map<std::string, std::string> to;
  for (const auto& t : g.Match(nullptr, &same, nullptr)) to[t.s.value] = t.o.value;
  auto smush = [&](const Term& x) {
    std::string v = x.value;
    for (int i = 0; i < 10 && to.count(v) > 0; ++i) v = to[v];
    return v;
  };
  std::set<std::string> entities;
  for (const auto& [iri, cls] : EntityIris(g)) entities.insert(smush(Term::Iri(iri)));
  std::set<std::string> out;
  for (const auto& t : g.Match(nullptr, nullptr, nullptr)) {
    const std::string s = smush(t.s);
    if (entities.count(s) == 0 || t.p.value == same.value) continue;
    std::string p = t.p.value;
    if (p == vocab::kRdfs + "label" || p == vocab::kSkos + "altLabel") p = "name";
    out.insert(s + " " + p + " " +
               (t.o.kind == TermKind::kLiteral ? "\"" + t.o.value + "\"" : smush(t.o)));
  }
  return out;
}

// A store that loaded the per-article graphs (and the merged graph's
// owl:sameAs) and one that loaded the merged graph know the same of every
// entity after sameAs: types, names, relations, the articles that mention it.
TEST(IdentityTest, ArticleGraphsAndMergedGraphAgreeAfterSameAs) {
  std::vector<Graph> graphs;
  for (const auto& [id, text] : VariantArticles()) graphs.push_back(ArticleGraph(id, text));
  std::vector<const Graph*> all;
  for (const auto& g : graphs) all.push_back(&g);
  const Graph m = Merge(all);
  Graph store;
  for (const auto& g : graphs) {
    for (const auto& t : g.Match(nullptr, nullptr, nullptr))
      ASSERT_TRUE(store.Add(t.s, t.p, t.o).ok());
  }
  const Term same = Term::Iri(vocab::kOwl + "sameAs");
  for (const auto& t : m.Match(nullptr, &same, nullptr)) ASSERT_TRUE(store.Add(t.s, t.p, t.o).ok());
  const auto articles = EntityFactsAfterSameAs(store), merged = EntityFactsAfterSameAs(m);
  EXPECT_GT(merged.size(), 50u);
  std::vector<std::string> only_articles, only_merged;
  std::set_difference(articles.begin(), articles.end(), merged.begin(), merged.end(),
                      std::back_inserter(only_articles));
  std::set_difference(merged.begin(), merged.end(), articles.begin(), articles.end(),
                      std::back_inserter(only_merged));
  EXPECT_EQ(only_articles, std::vector<std::string>{});
  EXPECT_EQ(only_merged, std::vector<std::string>{});
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
  // Entities joined across articles: IRIs kept, the others owl:sameAs.
  for (const auto& [id, text] : VariantArticles()) graphs.push_back(ArticleGraph(id, text));
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

// Organizations as articles' graphs give them: an rdfs:label (the fullest
// name) and skos:altLabels (names as written). Which of them merge joins.
// Wrong or ambiguous names must not join two things: an altLabel joins only
// clusters whose labels agree, and an acronym only the one full name its
// letters spell word by word.
TEST(IdentityTest, AcronymsAndAltLabelsJoinOnlyOnEvidence) {
  struct Org {
    std::string slug, label;
    std::vector<std::string> alts;
  };
  const struct {
    const char* what;
    std::vector<std::vector<Org>> articles;
    std::vector<std::set<std::string>> groups;  // slugs that are one thing; others alone
  } cases[] = {
      {"an article calls the Commission EU",
       {{{"european-commission", "European Commission", {"EU"}}},
        {{"european-union", "European Union", {"EU"}}}},
       {}},
      {"EU alone joins the Union, not the Commission that one article called EU",
       {{{"european-commission", "European Commission", {"EU"}}},
        {{"european-union", "European Union", {"EU"}}},
        {{"eu", "EU", {}}}},
       {{"european-union", "eu"}}},
      {"an acronym and a shorter form of one full name",
       {{{"unsc", "UNSC", {}}},
        {{"un-security-council", "UN Security Council", {"Security Council"}}},
        {{"united-nations-security-council", "United Nations Security Council", {}}}},
       {{"unsc", "un-security-council", "united-nations-security-council"}}},
      {"a name with an abbreviated part",
       {{{"chelsea-fc", "Chelsea FC", {}}},
        {{"chelsea-football-club", "Chelsea Football Club", {"Chelsea"}}}},
       {{"chelsea-fc", "chelsea-football-club"}}},
      {"two full names with the same initials",
       {{{"national-security-council", "National Security Council", {}}},
        {{"national-sports-council", "National Sports Council", {}}}},
       {}},
      {"an acronym that spells two full names joins neither",
       {{{"nsc", "NSC", {}}},
        {{"national-security-council", "National Security Council", {}}},
        {{"national-sports-council", "National Sports Council", {}}}},
       {}},
      {"hyphenated words spell their parts",
       {{{"pti", "PTI", {}}},
        {{"pakistan-tehreek-e-insaf", "Pakistan Tehreek-e-Insaf", {}}},
        {{"agence-france-presse", "Agence France-Presse", {"AFP"}}},
        {{"afp", "AFP", {}}}},
       {{"pti", "pakistan-tehreek-e-insaf"}, {"afp", "agence-france-presse"}}},
      {"PTI spells two parties' names",
       {{{"pti", "PTI", {}}},
        {{"pakistan-tehreek-e-insaf", "Pakistan Tehreek-e-Insaf", {}}},
        {{"press-trust-of-india", "Press Trust of India", {}}}},
       {}},
      {"transliterations of a name of several words",
       {{{"bank-rossia", "Bank Rossia", {}}}, {{"bank-rossiya", "Bank Rossiya", {}}}},
       {{"bank-rossia", "bank-rossiya"}}},
      {"an altLabel that is a shorter form of the other's label",
       {{{"islamabad-high-court-cj", "Islamabad High Court CJ", {"Islamabad High Court"}}},
        {{"islamabad-high-court", "Islamabad High Court", {}}}},
       {{"islamabad-high-court-cj", "islamabad-high-court"}}},
      {"an altLabel naming a different organization",
       {{{"united-nations", "United Nations", {"UN", "UN Security Council"}}},
        {{"un-security-council", "UN Security Council", {}}}},
       {}},
      {"one altLabel shared by two different names",
       {{{"chelsea-football-club", "Chelsea Football Club", {"Chelsea"}}},
        {{"chelsea-flower-show", "Chelsea Flower Show", {"Chelsea"}}}},
       {}},
      {"one altLabel shared by two compatible names",
       {{{"world-bank-group", "World Bank Group", {"World Bank"}}},
        {{"the-world-bank", "The World Bank", {"World Bank"}}}},
       {{"world-bank-group", "the-world-bank"}}},
  };
  const std::string org = vocab::kDefaultBase + "entity/organization/";
  for (const auto& c : cases) {
    std::vector<Graph> graphs;
    std::set<std::string> slugs;
    int n = 0;
    for (const auto& article : c.articles) {
      std::string ttl;
      for (const auto& o : article) {
        slugs.insert(o.slug);
        ttl += "<" + org + o.slug + "> a <" + vocab::kNkg + "Organization> ; <" + vocab::kRdfs +
               "label> \"" + o.label + "\" ; <" + vocab::kNkg + "mentionedIn> <" +
               vocab::kDefaultBase + "article/a" + std::to_string(n) + "> .\n";
        for (const auto& a : o.alts)
          ttl += "<" + org + o.slug + "> <" + vocab::kSkos + "altLabel> \"" + a + "\" .\n";
      }
      graphs.emplace_back();
      ASSERT_TRUE(graphs.back().ReadString(ttl, Syntax::kTurtle, "a" + std::to_string(n++)).ok());
    }
    std::vector<const Graph*> parts;
    for (const auto& g : graphs) parts.push_back(&g);
    const Graph m = Merge(parts);
    // Each slug's kept IRI (itself, or what it is owl:sameAs).
    const Term same = Term::Iri(vocab::kOwl + "sameAs");
    std::map<std::string, std::string> kept;
    for (const auto& slug : slugs) {
      const Term t = Term::Iri(org + slug);
      const auto links = m.Match(&t, &same, nullptr);
      kept[slug] = links.empty() ? slug : links.front().o.value.substr(org.size());
    }
    std::map<std::string, std::set<std::string>> got;
    for (const auto& [slug, k] : kept) got[k].insert(slug);
    std::set<std::set<std::string>> got_groups, want_groups(c.groups.begin(), c.groups.end());
    for (const auto& [k, members] : got) {
      if (members.size() > 1) got_groups.insert(members);
    }
    EXPECT_EQ(got_groups, want_groups) << c.what;
    // Merging the merged graph again changes nothing.
    const Graph again = Merge({&m});
    EXPECT_EQ(Serialize(again), Serialize(m)) << c.what;
  }
}

// People and organizations across articles: a surname alone joins the one
// person it ends, noise before a name joins the name, and a shared leader
// or a shared office joins names that fit each other. Each article is a
// list of "type|slug|label|leads-slug" rows (leads-slug may be empty).
TEST(IdentityTest, SurnamesNoiseAndSharedLeadersJoinOnEvidence) {
  const struct {
    const char* what;
    std::vector<std::vector<std::string>> articles;
    std::vector<std::set<std::string>> groups;
  } cases[] = {
      {"a surname alone and the one person it ends",
       {{"Person|abramovich|Abramovich|"}, {"Person|roman-abramovich|Roman Abramovich|"}},
       {{"abramovich", "roman-abramovich"}}},
      {"a surname two people end joins neither",
       {{"Person|khan|Khan|"},
        {"Person|imran-khan|Imran Khan|"},
        {"Person|sadiq-khan|Sadiq Khan|"}},
       {}},
      {"a given name alone joins no one",
       {{"Person|vladimir|Vladimir|"}, {"Person|vladimir-putin|Vladimir Putin|"}},
       {}},
      {"a given name alone, leading what the full name leads",
       {{"Person|vladimir|Vladimir|russia"}, {"Person|vladimir-putin|Vladimir Putin|russia"}},
       {{"vladimir", "vladimir-putin"}}},
      {"words before a name (a title, an organization)",
       {{"Person|chelsea-fc-roman-abramovich|Chelsea FC Roman Abramovich|"},
        {"Person|roman-abramovich|Roman Abramovich|"}},
       {{"chelsea-fc-roman-abramovich", "roman-abramovich"}}},
      {"two names that share only their last word",
       {{"Person|john-smith|John Smith|"}, {"Person|mary-ann-smith|Mary Ann Smith|"}},
       {}},
      {"an organization and a fuller name of it with one leader",
       {{"Person|andrey-kostin|Andrey Kostin|vtb", "Organization|vtb|VTB|"},
        {"Person|andrey-kostin|Andrey Kostin|vtb-bank", "Organization|vtb-bank|VTB Bank|"}},
       {{"vtb", "vtb-bank"}}},
      {"a board its chairman leads is not the bank it is the board of",
       {{"Person|dmitri-lebedev|Dmitri Lebedev|board-of-directors-of-bank-rossiya",
         "Organization|board-of-directors-of-bank-rossiya|Board of Directors of Bank Rossiya|"},
        {"Person|dmitry-lebedev|Dmitry Lebedev|bank-rossia",
         "Organization|bank-rossia|Bank Rossia|"},
        {"Organization|bank-rossiya|Bank Rossiya|"}},
       {{"dmitri-lebedev", "dmitry-lebedev"}, {"bank-rossia", "bank-rossiya"}}},
      {"the same names with no leader in common",
       {{"Organization|vtb|VTB|"}, {"Organization|vtb-bank|VTB Bank|"}},
       {}},
      {"two organizations one person leads, names that do not fit",
       {{"Person|igor-sechin|Igor Sechin|rosneft", "Organization|rosneft|Rosneft|"},
        {"Person|igor-sechin|Igor Sechin|gazprom-board",
         "Organization|gazprom-board|Gazprom Board|"}},
       {}},
  };
  const std::string entity = vocab::kDefaultBase + "entity/";
  auto node = [&](const std::string& type, const std::string& slug) {
    return entity + (type == "Person" ? "person/" : "organization/") + slug;
  };
  for (const auto& c : cases) {
    std::vector<Graph> graphs;
    std::map<std::string, std::string> iris;  // slug -> IRI
    int n = 0;
    for (const auto& article : c.articles) {
      std::string ttl;
      for (const auto& row : article) {
        std::vector<std::string> f;
        for (size_t at = 0;;) {
          const size_t bar = row.find('|', at);
          f.push_back(row.substr(at, bar == std::string::npos ? std::string::npos : bar - at));
          if (bar == std::string::npos) break;
          at = bar + 1;
        }
        ASSERT_EQ(f.size(), 4U) << row;
        const std::string iri = node(f[0], f[1]);
        iris[f[1]] = iri;
        ttl += "<" + iri + "> a <" + vocab::kNkg + f[0] + "> ; <" + vocab::kRdfs + "label> \"" +
               f[2] + "\" .\n";
        if (!f[3].empty()) {
          const std::string led =
              f[3] == "russia" ? entity + "country/ru" : node("Organization", f[3]);
          if (f[3] == "russia")
            ttl += "<" + led + "> a <" + vocab::kNkg + "Country> ; <" + vocab::kRdfs +
                   "label> \"Russia\" .\n";
          ttl += "<" + iri + "> <" + vocab::kNkg + "leaderOf> <" + led + "> .\n";
        }
      }
      graphs.emplace_back();
      ASSERT_TRUE(graphs.back().ReadString(ttl, Syntax::kTurtle, "a" + std::to_string(n++)).ok())
          << ttl;
    }
    std::vector<const Graph*> parts;
    for (const auto& g : graphs) parts.push_back(&g);
    const Graph m = Merge(parts);
    const Term same = Term::Iri(vocab::kOwl + "sameAs");
    std::map<std::string, std::set<std::string>> got;
    for (const auto& [slug, iri] : iris) {
      const Term t = Term::Iri(iri);
      const auto links = m.Match(&t, &same, nullptr);
      got[links.empty() ? iri : links.front().o.value].insert(slug);
    }
    std::set<std::set<std::string>> got_groups, want_groups(c.groups.begin(), c.groups.end());
    for (const auto& [k, members] : got) {
      if (members.size() > 1) got_groups.insert(members);
    }
    EXPECT_EQ(got_groups, want_groups) << c.what;
    EXPECT_EQ(Serialize(Merge({&m})), Serialize(m)) << c.what;
  }
}

}  // namespace
}  // namespace newskg
