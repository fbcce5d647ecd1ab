// Identity across articles when outlets name one thing in different ways:
// legal suffixes, "the", acronyms, middle names and initials,
// transliterations, possessives and accents; and the names that must stay
// apart. Each article is a graph as AddDocument gives it: an rdfs:label (the
// fullest name the article gives), skos:altLabels (names as written) and the
// facts that link the entity to others.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "extract/pipeline.h"
#include "graph/document_graph.h"
#include "graph/identity.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

// One node of an article: "Type|slug|label|alt;alt|pred>slug,pred>slug".
// Type is an entity class, or "Event" for an event mention (then label is
// its class). A link's object is a slug of the same article, typed there.
struct Article {
  std::vector<std::string> rows;
};

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> out;
  for (size_t at = 0;;) {
    const size_t next = s.find(sep, at);
    out.push_back(s.substr(at, next == std::string::npos ? std::string::npos : next - at));
    if (next == std::string::npos) break;
    at = next + 1;
  }
  return out;
}

struct Row {
  const char* what;
  std::vector<Article> articles;
  std::vector<std::set<std::string>> groups;  // slugs that are one thing; the others alone
};

std::string Iri(const std::string& type, const std::string& slug, int article) {
  const std::string base = vocab::kDefaultBase;
  if (type == "Event") return base + "event/a" + std::to_string(article) + "/" + slug;
  std::string t = type;
  for (char& c : t) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return base + "entity/" + t + "/" + slug;
}

// The groups of slugs that share a kept IRI after merging the articles.
std::set<std::set<std::string>> MergedGroups(const Row& row) {
  Graph all;
  std::map<std::string, std::string> iris;  // slug -> IRI
  int n = 0;
  for (const auto& article : row.articles) {
    std::map<std::string, std::string> local;  // slug -> IRI in this article
    for (const auto& r : article.rows) {
      const auto f = Split(r, '|');
      local[f[1]] = Iri(f[0], f[1], n);
    }
    std::string ttl;
    const std::string art = vocab::kDefaultBase + "article/a" + std::to_string(n);
    for (const auto& r : article.rows) {
      const auto f = Split(r, '|');
      EXPECT_EQ(f.size(), 5U) << r;
      if (f.size() != 5) continue;
      const std::string iri = local[f[1]];
      if (f[0] == "Event") {
        ttl += "<" + iri + "> a <" + vocab::kNkg + f[2] + "> ; <" + vocab::kProv +
               "wasDerivedFrom> <" + art + "> .\n";
      } else {
        iris[f[1]] = iri;
        ttl += "<" + iri + "> a <" + vocab::kNkg + f[0] + "> ; <" + vocab::kRdfs + "label> \"" +
               f[2] + "\" ; <" + vocab::kNkg + "mentionedIn> <" + art + "> .\n";
        for (const auto& alt : Split(f[3], ';')) {
          if (!alt.empty())
            ttl += "<" + iri + "> <" + vocab::kSkos + "altLabel> \"" + alt + "\" .\n";
        }
      }
      for (const auto& link : Split(f[4], ',')) {
        if (link.empty()) continue;
        const auto pv = Split(link, '>');
        EXPECT_EQ(pv.size(), 2U) << link;
        EXPECT_EQ(local.count(pv[1]), 1U) << link;
        ttl += "<" + iri + "> <" + vocab::kNkg + pv[0] + "> <" + local[pv[1]] + "> .\n";
      }
    }
    Graph g;
    EXPECT_TRUE(g.ReadString(ttl, Syntax::kTurtle, "a" + std::to_string(n)).ok()) << ttl;
    for (const auto& t : g.Match(nullptr, nullptr, nullptr))
      EXPECT_TRUE(all.Add(t.s, t.p, t.o).ok());
    ++n;
  }
  auto merged = ResolveIdentity(all);
  EXPECT_TRUE(merged.ok());
  if (!merged.ok()) return {};
  const Graph& m = merged.value();
  auto again = ResolveIdentity(m);  // merging a merged graph again changes nothing
  EXPECT_TRUE(again.ok());
  if (again.ok()) {
    std::string a, b;
    EXPECT_TRUE(m.Write(a, Syntax::kNTriples).ok());
    EXPECT_TRUE(again.value().Write(b, Syntax::kNTriples).ok());
    EXPECT_EQ(a, b) << row.what;
  }
  const Term same = Term::Iri(vocab::kOwl + "sameAs");
  std::map<std::string, std::set<std::string>> by_kept;
  for (const auto& [slug, iri] : iris) {
    const Term t = Term::Iri(iri);
    const auto links = m.Match(&t, &same, nullptr);
    by_kept[links.empty() ? iri : links.front().o.value].insert(slug);
  }
  std::set<std::set<std::string>> groups;
  for (const auto& [kept, members] : by_kept) {
    if (members.size() > 1) groups.insert(members);
  }
  return groups;
}

// Same thing, named differently by different outlets.
const Row kSame[] = {
    {"a business with and without a legal suffix",
     {{{"Organization|novatek-group|Novatek Group||"}},
      {{"Organization|novatek|Novatek||"}},
      {{"Organization|novatek-plc|Novatek PLC||"}}},
     {{"novatek-group", "novatek", "novatek-plc"}}},
    {"legal suffixes stacked, and the short name in a third article",
     {{{"Organization|brindle-holdings-ltd|Brindle Holdings Ltd|Brindle Holdings|"}},
      {{"Organization|brindle-holdings|Brindle Holdings||"}},
      {{"Organization|brindle|Brindle||"}}},
     {{"brindle-holdings-ltd", "brindle-holdings", "brindle"}}},
    {"with and without the definite article",
     {{{"Organization|the-world-bank|The World Bank||"}},
      {{"Organization|world-bank|World Bank||"}}},
     {{"the-world-bank", "world-bank"}}},
    {"an acronym in one article, its expansion in another",
     {{{"Organization|imf|IMF||"}},
      {{"Organization|international-monetary-fund|International Monetary Fund||"}}},
     {{"imf", "international-monetary-fund"}}},
    {"a middle name one outlet leaves out",
     {{{"Person|kemal-yusuf-ozdemir|Kemal Yusuf Ozdemir||"}},
      {{"Person|kemal-ozdemir|Kemal Ozdemir||"}}},
     {{"kemal-yusuf-ozdemir", "kemal-ozdemir"}}},
    {"a middle initial one outlet leaves out",
     {{{"Person|laura-j-miller|Laura J. Miller||leaderOf>acme-corp",
        "Organization|acme-corp|Acme Corp||"}},
      {{"Person|laura-miller|Laura Miller||"}}},
     {{"laura-j-miller", "laura-miller"}, {}}},
    {"transliterations, one company led",
     {{{"Person|dmitry-volkov|Dmitry Volkov||leaderOf>severtrans",
        "Organization|severtrans|Severtrans||"}},
      {{"Person|dmitri-volkov|Dmitri Volkov||leaderOf>severtrans",
        "Organization|severtrans|Severtrans||"}}},
     {{"dmitry-volkov", "dmitri-volkov"}}},
    {"transliterations, one role in one meeting",
     {{{"Person|aleksey-sorokin|Aleksey Sorokin||", "Person|kemal-ozdemir|Kemal Ozdemir||",
        "Event|meeting-1|Meeting||participant>aleksey-sorokin,participant>kemal-ozdemir"}},
      {{"Person|alexei-sorokin|Alexei Sorokin||", "Person|kemal-ozdemir|Kemal Ozdemir||",
        "Event|meeting-1|Meeting||participant>alexei-sorokin,participant>kemal-ozdemir"}}},
     {{"aleksey-sorokin", "alexei-sorokin"}}},
    {"an Arabic name written two ways",
     {{{"Person|mohammed-al-rashid|Mohammed al-Rashid||"}},
      {{"Person|muhammad-al-rashid|Muhammad al-Rashid||"}}},
     {{"mohammed-al-rashid", "muhammad-al-rashid"}}},
    {"a possessive left on a name",
     {{{"Person|samuel-otienos|Samuel Otieno's||"}}, {{"Person|samuel-otieno|Samuel Otieno||"}}},
     {{"samuel-otienos", "samuel-otieno"}}},
    {"a possessive left on an organization, curly apostrophe",
     {{{"Organization|brindle-holdingss|Brindle Holdings\xE2\x80\x99s||"}},
      {{"Organization|brindle-holdings|Brindle Holdings||"}}},
     {{"brindle-holdingss", "brindle-holdings"}}},
    {"accents one outlet drops",
     {{{"Person|kemal-ozdemir-1|Kemal \xC3\x96zdemir||"}},
      {{"Person|kemal-ozdemir-2|Kemal Ozdemir||"}}},
     {{"kemal-ozdemir-1", "kemal-ozdemir-2"}}},
    {"a surname alone, leading the company the full name leads",
     {{{"Person|laura-miller|Laura Miller||leaderOf>acme-corp",
        "Organization|acme-corp|Acme Corp||"}},
      {{"Person|miller|Miller||leaderOf>acme-corp", "Organization|acme-corp|Acme Corp||"}}},
     {{"laura-miller", "miller"}}},
};

// Different things that share words.
const Row kApart[] = {
    {"two people sharing a surname",
     {{{"Person|laura-miller|Laura Miller||"}}, {{"Person|tom-miller|Tom Miller||"}}},
     {}},
    {"a bank named after a country is not the country",
     {{{"Organization|bank-of-china|Bank of China||", "Country|cn|China||"}},
      {{"Country|cn|China||"}}},
     {}},
    {"a surname alone in another article with nothing shared",
     {{{"Person|laura-miller|Laura Miller||leaderOf>acme-corp",
        "Organization|acme-corp|Acme Corp||"}},
      {{"Person|miller|Miller||leaderOf>kestrel-farms",
        "Organization|kestrel-farms|Kestrel Farms||"}}},
     {}},
    {"a short name two middle names fit joins neither",
     {{{"Person|john-a-smith|John A. Smith||"}},
      {{"Person|john-b-smith|John B. Smith||"}},
      {{"Person|john-smith|John Smith||"}}},
     {}},
    {"two middle initials",
     {{{"Person|laura-j-miller|Laura J. Miller||"}}, {{"Person|laura-k-miller|Laura K. Miller||"}}},
     {}},
    {"a business and another of the same family name",
     {{{"Organization|brindle-holdings|Brindle Holdings||"}},
      {{"Organization|brindle-shipping|Brindle Shipping||"}}},
     {}},
    {"transliterations of a given name with different surnames",
     {{{"Person|dmitry-volkov|Dmitry Volkov||"}}, {{"Person|dmitri-sokolov|Dmitri Sokolov||"}}},
     {}},
};

TEST(NameVariantsTest, OneThingNamedDifferentlyIsOneIri) {
  for (const auto& row : kSame) {
    std::set<std::set<std::string>> want;
    for (const auto& g : row.groups) {
      if (!g.empty()) want.insert(g);
    }
    EXPECT_EQ(MergedGroups(row), want) << row.what;
  }
}

TEST(NameVariantsTest, DifferentThingsSharingWordsStayApart) {
  for (const auto& row : kApart) {
    std::set<std::set<std::string>> want;
    for (const auto& g : row.groups) want.insert(g);
    EXPECT_EQ(MergedGroups(row), want) << row.what;
  }
}

// The same through the pipeline: articles of different outlets, one IRI
// kept for each person and business however each outlet names them.
TEST(NameVariantsTest, ArticlesThroughThePipeline) {
  const char* texts[] = {
      "Novatek Group reported higher profits on Monday, chief executive Laura J. Miller said.",
      "Russian gas producer Novatek signed a supply deal with an Indian buyer. Laura Miller, the "
      "chief executive of Novatek, said the talks took a year.",
      "Brindle Holdings Ltd agreed to buy a Dutch shipping firm for $200 million.",
      "Brindle Holdings cut 300 jobs at its port in Rotterdam on Friday.",
      "Kemal Yusuf Ozdemir, the mayor of Izmir, met Dmitry Volkov in Ankara on Tuesday.",
      "Kemal Ozdemir met Dmitri Volkov on Tuesday, the two men said.",
  };
  Graph all;
  int n = 0;
  for (const char* text : texts) {
    Document doc = testing::Extract(text, "2024-05-06");
    doc.id = "d" + std::to_string(n++);
    ASSERT_TRUE(AddDocument(doc, vocab::kDefaultBase, all).ok());
  }
  auto merged = ResolveIdentity(all);
  ASSERT_TRUE(merged.ok());
  // The kept IRIs are typed; the others are owl:sameAs them.
  auto kept = [&](const std::string& cls) {
    std::set<std::string> out;
    const Term type = Term::Iri(vocab::kType), c = Term::Iri(vocab::kNkg + cls),
               label = Term::Iri(vocab::kRdfs + "label");
    for (const auto& t : merged.value().Match(nullptr, &type, &c)) {
      for (const auto& l : merged.value().Match(&t.s, &label, nullptr)) out.insert(l.o.value);
    }
    return out;
  };
  EXPECT_EQ(kept("Person"),
            (std::set<std::string>{"Dmitri Volkov", "Kemal Yusuf Ozdemir", "Laura J. Miller"}));
  EXPECT_EQ(kept("Organization"), (std::set<std::string>{"Brindle Holdings Ltd", "Novatek Group"}));
}

}  // namespace
}  // namespace newskg
