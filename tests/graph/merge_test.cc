#include "graph/merge.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <memory>
#include <random>
#include <set>

#include "extract/pipeline.h"
#include "graph/document_graph.h"
#include "graph/stream.h"
#include "graph/vocabulary.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

namespace fs = std::filesystem;

class MergeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::make_unique<testing::TempFolder>(
        std::string("merge_test_") +
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ = folder_->path();
  }

  std::string File(const std::string& name, const std::string& content) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  // Each article as its own Turtle file, named PREFIX<i>.ttl.
  std::vector<std::string> ArticleFiles(
      const std::vector<std::pair<std::string, std::string>>& articles, const std::string& prefix);
  // Merges `files` in 20 random orders and groupings (seeded by `seed`),
  // each group merged on its own with 1 or 2 threads, and expects `expected`
  // every time.
  void ExpectSameForAnyGrouping(const std::vector<std::string>& files, const std::string& expected,
                                unsigned seed);

  std::unique_ptr<testing::TempFolder> folder_;
  fs::path dir_;
};

std::string Write(const Graph& g, Syntax syntax) {
  std::string s;
  EXPECT_TRUE(g.Write(s, syntax).ok());
  return s;
}

std::string Merged(const std::vector<std::string>& paths, Syntax syntax, unsigned threads) {
  Merger m(threads);
  for (const auto& p : paths) {
    const Status st = m.AddFile(p, SyntaxForPath(p));
    EXPECT_TRUE(st.ok()) << st.message();
  }
  std::string out;
  EXPECT_TRUE(m.Write(out, syntax).ok());
  return out;
}

std::vector<std::string> MergeTest::ArticleFiles(
    const std::vector<std::pair<std::string, std::string>>& articles, const std::string& prefix) {
  std::vector<std::string> files;
  for (size_t i = 0; i < articles.size(); ++i) {
    Document doc = testing::Extract(articles[i].first, articles[i].second);
    doc.id = prefix + std::to_string(i);
    Graph g;
    EXPECT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok());
    files.push_back(File(doc.id + ".ttl", Write(g, Syntax::kTurtle)));
  }
  return files;
}

void MergeTest::ExpectSameForAnyGrouping(const std::vector<std::string>& files,
                                         const std::string& expected, unsigned seed) {
  std::mt19937 rng(seed);
  for (int round = 0; round < 20; ++round) {
    std::vector<std::string> order = files;
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<std::string> groups;
    for (size_t i = 0; i < order.size();) {
      const size_t n = 1 + rng() % 3;
      const std::vector<std::string> part(
          order.begin() + static_cast<std::ptrdiff_t>(i),
          order.begin() + static_cast<std::ptrdiff_t>(std::min(order.size(), i + n)));
      groups.push_back(File("group" + std::to_string(groups.size()) + ".ttl",
                            Merged(part, Syntax::kTurtle, 1 + rng() % 2)));
      i += n;
    }
    ASSERT_EQ(Merged(groups, Syntax::kTurtle, 2), expected) << "round " << round;
  }
}

const Syntax kSyntaxes[] = {Syntax::kTurtle, Syntax::kNTriples, Syntax::kNQuads, Syntax::kTriG};

// Nodes of every kind that sort near each other: the order must be Sord's.
Graph Mixed(int n) {
  Graph g;
  const std::string ex = "http://example.org/";
  const std::string xsd = vocab::kXsd;
  for (int i = 0; i < n; ++i) {
    const Term s = i % 7 == 0 ? Term{TermKind::kBlank, "b" + std::to_string(i % 50), "", ""}
                              : Term::Iri(ex + "s" + std::to_string(i % 997));
    const Term p = Term::Iri(ex + "p" + std::to_string(i % 5));
    const std::string v = std::to_string(i % 300);
    Term o;
    switch (i % 6) {
      case 0:
        o = Term::Literal(v);
        break;
      case 1:
        o = Term::Literal(v, xsd + "integer");
        break;
      case 2:
        o = Term::Literal(v, "", i % 2 == 0 ? "en" : "de");
        break;
      case 3:
        o = Term::Iri(ex + "o" + v);
        break;
      case 4:
        o = Term::Literal("line \"" + v + "\"\nnext", xsd + "string");
        break;
      default:
        o = Term{TermKind::kBlank, "b" + v, "", ""};
    }
    EXPECT_TRUE(g.Add(s, p, o).ok());
  }
  return g;
}

// Sord's own order, from sordi (Debian's sordi) on the same N-Triples.
TEST_F(MergeTest, WritesInSordsOrder) {
  std::string nt;
  const std::string ex = "http://example.org/";
  for (int i = 0; i < 3000; ++i) {
    const std::string v = std::to_string(i % 300);
    nt += i % 7 == 0 ? "_:b" + std::to_string(i % 50)
                     : "<" + ex + "s" + std::to_string(i % 997) + ">";
    nt += " <" + ex + "p" + std::to_string(i % 5) + "> ";
    switch (i % 5) {
      case 0:
        nt += "\"" + v + "\"";
        break;
      case 1:
        nt += "\"" + v + "\"^^<" + vocab::kXsd + "integer>";
        break;
      case 2:
        nt += "\"" + v + "\"@" + (i % 2 == 0 ? "en" : "de");
        break;
      case 3:
        nt += "<" + ex + "o" + v + ">";
        break;
      default:
        nt += "_:b" + v;
    }
    nt += " .\n";
  }
  const std::string path = File("mixed.nt", nt);
  const std::string sorted = File("sord.nt", "");
  ASSERT_EQ(std::system(("sordi -i ntriples -o ntriples " + path + " > " + sorted).c_str()), 0);
  std::ifstream in(sorted);
  const std::string expected((std::istreambuf_iterator<char>(in)),
                             std::istreambuf_iterator<char>());
  ASSERT_FALSE(expected.empty());
  // Blank nodes keep their labels when read from a string, as sordi keeps them.
  Graph g;
  ASSERT_TRUE(g.ReadString(nt, Syntax::kNTriples, "mixed").ok());
  Merger m;
  ASSERT_TRUE(m.AddGraph(g).ok());
  std::string out;
  ASSERT_TRUE(m.Write(out, Syntax::kNTriples).ok());
  // Same triples, same order; only blank node labels may differ in prefix.
  auto strip = [](std::string text) {
    for (size_t at; (at = text.find("_:f1_")) != std::string::npos;) text.erase(at + 2, 3);
    return text;
  };
  EXPECT_EQ(strip(out), strip(expected));
  EXPECT_EQ(m.size(), g.size());
}

TEST_F(MergeTest, AnyNumberOfThreadsWritesTheSameBytes) {
  // Big enough to be sorted, read and written in parallel parts.
  const Graph g = Mixed(150000);
  const std::string path = File("big.nt", Write(g, Syntax::kNTriples));
  ASSERT_GT(fs::file_size(path), 2u << 20);
  for (Syntax syntax : kSyntaxes) {
    const std::string one = Merged({path}, syntax, 1);
    EXPECT_EQ(Merged({path}, syntax, 2), one);
    EXPECT_EQ(Merged({path}, syntax, 3), one);
  }
  // Blank nodes are renamed per file, so compare as Turtle read back.
  Graph back;
  ASSERT_TRUE(back.ReadString(Merged({path}, Syntax::kTurtle, 2), Syntax::kTurtle, "back").ok());
  EXPECT_EQ(back.size(), g.size());
}

TEST_F(MergeTest, OutputWrittenInManyPartsIsTheSameBytes) {
  // Parts of 7,000 triples: many more parts than threads, written by
  // several threads at once and handed on in order.
  const Graph g = Mixed(150000);
  const std::string path = File("parts.nt", Write(g, Syntax::kNTriples));
  for (Syntax syntax : kSyntaxes) {
    const std::string one = Merged({path}, syntax, 1);
    for (unsigned threads : {2U, 3U}) {
      Merger m(threads);
      m.set_write_part(7000);
      ASSERT_TRUE(m.AddFile(path, SyntaxForPath(path)).ok());
      std::vector<std::string> pieces;
      ASSERT_TRUE(m.Write(
                       [&](std::string_view piece) {
                         pieces.emplace_back(piece);
                         return Status::Ok();
                       },
                       syntax)
                      .ok());
      EXPECT_GT(pieces.size(), 2 * threads) << "the parts were handed on one by one";
      std::string joined;
      for (const auto& piece : pieces) joined += piece;
      // Not EXPECT_EQ: a diff of two outputs of megabytes takes gigabytes.
      EXPECT_TRUE(joined == one) << "threads " << threads << ": other bytes";
    }
  }
}

TEST_F(MergeTest, BadFilesAddNothingAndSayWhereTheyBreak) {
  std::string big(3 << 20, ' ');
  big.insert(0, "@prefix ex: <http://example.org/> .\n");
  big[2000000] = '\0';
  const struct {
    std::string name, content, error;
    StatusCode code;
  } cases[] = {
      {"undefined.ttl", "foo:a foo:b foo:c .\n", "undefined prefix in 'foo:a'", StatusCode::kParse},
      {"nul.ttl", std::string("<a:b> <a:c> \"x\0y\" .\n", 20), "nul.ttl: byte 14: NUL byte",
       StatusCode::kParse},
      {"bignul.ttl", big, "bignul.ttl: byte 2000000: NUL byte", StatusCode::kParse},
      {"broken.ttl", "<a:b> <a:c> <a:d> .\n<a:b> <a:c> .\n", "broken.ttl:2:", StatusCode::kParse},
      {"broken.nt", "<a:b> <a:c> <a:d> .\n<a:b> <a:c> \"x\n", "broken.nt:2:", StatusCode::kParse},
      // Serd reports a blank node label without its ':' and reads on.
      {"label.ttl", "<a:b> <a:c> <a:d> .\n<a:b> <a:c> __x .\n", "label.ttl:2:13: expected `:'",
       StatusCode::kParse},
  };
  const std::string good = File("good.ttl", "<a:x> <a:y> \"z\" .\n");
  for (const auto& c : cases) {
    Merger m(2);
    const Status st = m.AddFile(File(c.name, c.content), SyntaxForPath(c.name));
    EXPECT_EQ(st.code(), c.code) << c.name;
    EXPECT_NE(st.message().find(c.error), std::string::npos) << c.name << ": " << st.message();
    // The triples before the error are not kept.
    ASSERT_TRUE(m.AddFile(good, Syntax::kTurtle).ok());
    std::string out;
    ASSERT_TRUE(m.Write(out, Syntax::kNTriples).ok());
    EXPECT_EQ(out, "<a:x> <a:y> \"z\" .\n") << c.name;
  }
  Merger m;
  EXPECT_EQ(m.AddFile((dir_ / "missing.ttl").string(), Syntax::kTurtle).code(),
            StatusCode::kNotFound);
}

TEST_F(MergeTest, FilesMergedInAnyGroupingGiveTheSameBytes) {
  const std::vector<std::string> texts = {
      "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
      "Monday.",
      "William Ruto held talks with Samia Suluhu Hassan. The World Bank lent $500 million to "
      "Kenya.",
      "Kenya obtained a $500 million loan from the World Bank on Friday.",
      "The WHO and the World Health Organization are one. Ruto said \"we agree\".",
      "At least 20,000 protesters marched through Nairobi on Sunday.",
      // Entities with different keys joined: one IRI kept, owl:sameAs from the others.
      "Gazprom chief Alexei Miller met Kazakh President Kassym-Jomart Tokayev in Astana.",
      "Aleksey Miller, head of Gazprom, met Kassym-Jomart Tokayev on Monday.",
      "The Kenya Revenue Authority said on Monday it collected more taxes.",
      "The KRA said on Tuesday it collected more taxes.",
  };
  std::vector<std::pair<std::string, std::string>> articles;
  for (const auto& text : texts) articles.emplace_back(text, "2024-03-13");
  const std::vector<std::string> files = ArticleFiles(articles, "art");
  const std::string expected = Merged(files, Syntax::kTurtle, 1);
  EXPECT_NE(expected.find("owl:sameAs"), std::string::npos);
  // Merging the merged graph again changes nothing.
  EXPECT_EQ(Merged({File("merged.ttl", expected)}, Syntax::kTurtle, 2), expected);
  ExpectSameForAnyGrouping(files, expected, 1126);
}

// Event mentions that fit one event, two events that conflict (another
// place, another year) and a mention that fits both: any grouping of the
// files, and merging the result again, gives the same bytes.
TEST_F(MergeTest, EventClustersDoNotDependOnGrouping) {
  const std::vector<std::pair<std::string, std::string>> articles = {
      {"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
       "Monday.",
       "2024-03-13"},
      {"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on "
       "Monday.",
       "2025-06-11"},
      {"William Ruto and Samia Suluhu Hassan held talks in Addis Ababa on Monday.", "2024-03-13"},
      {"William Ruto met Samia Suluhu Hassan.", "2024-03-20"},
      {"William Ruto met Samia Suluhu Hassan in Kenya.", "2024-03-12"},
      {"Japan will lend Kenya $500 million for a railway.", "2024-03-13"},
      {"Japanese Prime Minister Fumio Kishida pledged a loan of 75 billion yen to Kenya.",
       "2024-03-14"},
  };
  const std::vector<std::string> files = ArticleFiles(articles, "ev");
  const std::string expected = Merged(files, Syntax::kTurtle, 1);
  EXPECT_NE(expected.find("nkg:EventMention"), std::string::npos);
  EXPECT_EQ(Merged({File("again.ttl", expected)}, Syntax::kTurtle, 1), expected);
  ExpectSameForAnyGrouping(files, expected, 20261201);
}

// A prefix whose IRI has no scheme made IRIs that merge wrote as they were
// (relative IRIs in the Turtle) or could not write at all (N-Triples:
// "Unknown error"). Found by the rdf fuzzer.
TEST_F(MergeTest, PrefixThatIsNotAbsoluteIsAnError) {
  const std::pair<std::string, std::string> cases[] = {
      {"@prefix ex: <a=b:c/> .\nex:a ex:p ex:b .\n", "'ex:a' expands to <a=b:c/a>"},
      {"@prefix ex: <mple=orhttps://x!y/> .\nex:g { ex:a ex:p ex:b . }\n",
       "'ex:a' expands to <mple=orhttps://x!y/a>"},
  };
  int i = 0;
  for (const auto& [text, message] : cases) {
    const std::string path = File("p" + std::to_string(i++) + ".trig", text);
    Merger merger;
    const Status st = merger.AddFile(path, Syntax::kTriG);
    ASSERT_FALSE(st.ok()) << text;
    EXPECT_EQ(st.message(), path + ": " + message + ", which is not an absolute IRI");
    Graph g;
    const Status gs = g.ReadString(text, Syntax::kTriG, "g.trig");
    ASSERT_FALSE(gs.ok()) << text;
    EXPECT_EQ(gs.message(), "g.trig: " + message + ", which is not an absolute IRI");
  }
}

// "\u0000" in a literal was cut there ("x\u0000y" read as "x"); overlong
// UTF-8 in an IRI (C0 80) was kept and written out as "\u0000", which no
// reader takes. Both readers refuse them, naming what came before.
TEST_F(MergeTest, NulAndInvalidUtf8InTermsAreErrors) {
  const std::pair<std::string, std::string> cases[] = {
      {"<https://e.org/a> <https://e.org/p> \"x\\u0000y\" .\n",
       "U+0000 (NUL) in a term, after 'x'"},
      {"<https://e.org/a\\u0000> <https://e.org/p> \"x\" .\n", ""},  // Serd's own error
      {"<https://e.org/a\xC0\x80> <https://e.org/p> \"x\" .\n",
       "invalid UTF-8 in a term, after 'https://e.org/a'"},
      {"<https://e.org/a> <https://e.org/p> \"v\xE0\x80\x80\" .\n",
       "invalid UTF-8 in a term, after 'v'"},
      {"@prefix ex: <https://e.org/\xC0\x80/> .\nex:a ex:p ex:b .\n",
       "invalid UTF-8 in a term, after 'https://e.org/'"},
  };
  int i = 0;
  for (const auto& [text, message] : cases) {
    const std::string path = File("n" + std::to_string(i++) + ".ttl", text);
    Merger merger;
    const Status st = merger.AddFile(path, Syntax::kTurtle);
    ASSERT_FALSE(st.ok()) << text;
    if (!message.empty()) {
      EXPECT_EQ(st.message(), path + ": " + message);
    }
    Graph g;
    const Status gs = g.ReadString(text, Syntax::kTurtle, "g.ttl");
    ASSERT_FALSE(gs.ok()) << text;
    if (!message.empty()) {
      EXPECT_EQ(gs.message(), "g.ttl: " + message);
    }
  }
}

}  // namespace
}  // namespace newskg

namespace newskg {
namespace {

// Each article's statements in a graph named by the article's IRI, beside
// the merged view in the default graph (extract --format nquads|trig).
std::string ArticleQuads(const std::vector<std::pair<std::string, std::string>>& articles,
                         Syntax syntax) {
  Merger m(1, 2);
  m.set_article_graphs(true);
  for (size_t i = 0; i < articles.size(); ++i) {
    Document doc = testing::Extract(articles[i].second);
    doc.id = articles[i].first;
    EXPECT_TRUE(AddDocument(doc, vocab::kDefaultBase, m.part(i % 2)).ok());
  }
  std::string out;
  EXPECT_TRUE(m.Write(out, syntax).ok());
  return out;
}

const std::vector<std::pair<std::string, std::string>> kNamedArticles = {
    {"ng-a", "Gazprom chief Alexei Miller met Kazakh President Kassym-Jomart Tokayev in Astana."},
    {"ng-b", "Aleksey Miller, head of Gazprom, met Kassym-Jomart Tokayev on Monday."},
    {"ng-c", "The World Bank lent $500 million to Kenya."},
};

TEST_F(MergeTest, ArticlesKeepTheirNamedGraphs) {
  const std::string nq = ArticleQuads(kNamedArticles, Syntax::kNQuads);
  // Every line of the named part names an article's graph; the article's
  // own IRIs are there as it minted them (alexei-miller, merged away in the
  // default graph, stays in graph ng-a).
  const std::string a = "<" + vocab::kDefaultBase + "article/ng-a>";
  const std::string miller = "<" + vocab::kDefaultBase + "entity/person/alexei-miller>";
  size_t in_a = 0, miller_in_a = 0, default_lines = 0;
  for (size_t at = 0; at < nq.size();) {
    const size_t end = nq.find('\n', at);
    const std::string line = nq.substr(at, end - at);
    at = end + 1;
    if (line.size() > a.size() + 2 && line.compare(line.size() - a.size() - 2, a.size(), a) == 0) {
      ++in_a;
      if (line.rfind(miller, 0) == 0) ++miller_in_a;
    } else if (line.find("/article/ng-") == std::string::npos ||
               line.find("> <") != std::string::npos) {
      ++default_lines;
    }
  }
  EXPECT_GT(in_a, 10u);
  EXPECT_GT(miller_in_a, 0u);
  EXPECT_GT(default_lines, 10u);
  // The same dataset in TriG; each syntax merges back to itself, and one
  // into the other.
  const std::string trig = ArticleQuads(kNamedArticles, Syntax::kTriG);
  EXPECT_NE(trig.find(a + " {\n"), std::string::npos);
  const std::string nq_file = File("all.nq", nq), trig_file = File("all.trig", trig);
  EXPECT_EQ(Merged({nq_file}, Syntax::kNQuads, 1), nq);
  EXPECT_EQ(Merged({trig_file}, Syntax::kTriG, 2), trig);
  EXPECT_EQ(Merged({trig_file}, Syntax::kNQuads, 1), nq);
  EXPECT_EQ(Merged({nq_file}, Syntax::kTriG, 1), trig);
  // Articles written one by one (extract --split) and merged: the same bytes.
  std::vector<std::string> files;
  for (const auto& article : kNamedArticles)
    files.push_back(File(article.first + ".nq", ArticleQuads({article}, Syntax::kNQuads)));
  EXPECT_EQ(Merged(files, Syntax::kNQuads, 2), nq);
  EXPECT_EQ(Merged({files[2], nq_file, files[0]}, Syntax::kNQuads, 1), nq);
  // Turtle holds no named graphs: the merged view only, as before.
  EXPECT_EQ(Merged({nq_file}, Syntax::kTurtle, 1), Merged(files, Syntax::kTurtle, 1));
  EXPECT_EQ(Merged({nq_file}, Syntax::kTurtle, 1).find(" {"), std::string::npos);
}

// Enough articles that, with more than one thread, the nodes are put in
// order while identity is resolved (Merger::Resolve, from 1024 nodes on),
// and identity adds nodes after that (the events that several articles
// report, the labels of joined people): the same bytes for any number of
// threads and producers.
TEST_F(MergeTest, ManyArticlesGiveTheSameBytesForAnyNumberOfThreads) {
  const std::vector<std::string> texts = {
      "Rebels attacked the northern town of Karvik on Monday, killing 14 soldiers.",
      "Fourteen soldiers were killed when rebels attacked Karvik on Monday, the army said.",
      "Finance minister Lena Odegaard met Brazilian President Paulo Mendes in Oslo.",
      "Odegaard said Norway would lend $200 million to Brazil.",
      "The Nordic Shipping Company said on Tuesday it had bought a port in Tallinn.",
  };
  // Each text a few times over, with other names (a town, a person, a
  // company) in most copies.
  auto code = [](size_t i) {
    std::string out;
    for (; i > 0; i /= 5) out += "aeiou"[i % 5];
    return out;
  };
  auto renamed = [](std::string text, const std::string& suffix) {
    for (const char* name : {"Karvik", "Odegaard", "Nordic"}) {
      for (size_t at = text.find(name); at != std::string::npos; at = text.find(name, at + 1))
        text.insert(at + 3, suffix);
    }
    return text;
  };
  std::vector<Document> docs;
  for (size_t i = 0; i < 300; ++i) {
    docs.push_back(testing::Extract(renamed(texts[i % texts.size()], code(i / 3))));
    docs.back().id = "many-" + std::to_string(i);
  }
  auto merged = [&](unsigned threads, size_t parts, Syntax syntax) {
    Merger m(threads, parts);
    for (size_t i = 0; i < docs.size(); ++i) {
      EXPECT_TRUE(
          AddDocument(docs[i], vocab::kDefaultBase, parts == 0 ? m : m.part(i % parts)).ok());
    }
    std::string out;
    EXPECT_TRUE(m.Write(out, syntax).ok());
    return out;
  };
  const std::string one = merged(1, 0, Syntax::kNTriples);
  std::set<std::string> terms;  // subjects and objects
  for (size_t at = 0; at < one.size(); at = one.find('\n', at) + 1) {
    const size_t p = one.find(' ', at), o = one.find(' ', p + 1), end = one.find('\n', at);
    terms.insert(one.substr(at, p - at));
    terms.insert(one.substr(o + 1, end - 2 - (o + 1)));
  }
  ASSERT_GT(terms.size(), 1024u) << "too few nodes to be put in order on another thread";
  EXPECT_NE(one.find("owl#sameAs"), std::string::npos);
  EXPECT_NE(one.find(vocab::kNkg + "mention>"), std::string::npos)
      << "no event of several articles";
  for (unsigned threads : {2U, 3U}) {
    EXPECT_TRUE(merged(threads, 0, Syntax::kNTriples) == one) << threads << " threads";
    EXPECT_TRUE(merged(threads, threads, Syntax::kNTriples) == one) << threads << " parts";
  }
  EXPECT_TRUE(merged(2, 2, Syntax::kTurtle) == merged(1, 0, Syntax::kTurtle));
}

// Graph names from other tools' TriG and N-Quads: prefixes, a relative IRI,
// a blank graph name; the statements of named graphs also join the view.
TEST_F(MergeTest, ReadsGraphNamesOfOtherTools) {
  const std::string trig = File("other.trig",
                                "@prefix ex: <http://example.org/> .\n"
                                "@base <http://example.org/base/> .\n"
                                "ex:s ex:p \"in the default graph\" .\n"
                                "ex:g1 { ex:s ex:p <rel> . ex:s ex:q 42 . }\n"
                                "_:g2 { ex:t ex:p \"x\"@en . }\n");
  const std::string nq = File("other.nq",
                              "<http://example.org/s> <http://example.org/p> "
                              "<http://example.org/o> <http://example.org/g1> .\n");
  const std::string out = Merged({trig, nq}, Syntax::kNQuads, 1);
  const char* want[] = {
      "<http://example.org/s> <http://example.org/p> \"in the default graph\" .\n",
      "<http://example.org/s> <http://example.org/p> <http://example.org/base/rel> .\n",
      "<http://example.org/s> <http://example.org/p> <http://example.org/base/rel> "
      "<http://example.org/g1> .\n",
      "<http://example.org/s> <http://example.org/p> <http://example.org/o> "
      "<http://example.org/g1> .\n",
      "<http://example.org/s> <http://example.org/q> "
      "\"42\"^^<http://www.w3.org/2001/XMLSchema#integer> <http://example.org/g1> .\n",
      "<http://example.org/t> <http://example.org/p> \"x\"@en _:g1_g2 .\n",
  };
  for (const char* line : want) EXPECT_NE(out.find(line), std::string::npos) << line << out;
  // A TriG file that does not parse adds nothing and names the file.
  const std::string bad = File("bad.trig", "<http://example.org/g> { <http://a> <http://b> }\n");
  Merger m;
  const Status st = m.AddFile(bad, Syntax::kTriG);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("bad.trig"), std::string::npos) << st.message();
}

// Quad files are read in one pass: the merged view and the named graphs
// from the same reading, with the bytes that two readings gave (blank nodes
// renamed per file, "_:g<file>_" in the named graphs), and nothing of a file
// that breaks after its first named graph. A FIFO can be read only once.
TEST_F(MergeTest, QuadFilesAreReadOnce) {
  const std::string trig = File("q1.trig",
                                "@prefix ex: <http://example.org/> .\n"
                                "ex:a ex:p \"x\" .\n"
                                "ex:g { ex:s ex:p [ ex:q \"1\" ] ; ex:r _:n . _:n ex:t ex:u . }\n"
                                "_:bg { ex:s2 ex:p ex:o2 . }\n");
  const std::string nq = File("q2.nq",
                              "<http://example.org/s> <http://example.org/p> _:b1 "
                              "<http://example.org/g> .\n"
                              "_:b1 <http://example.org/q> \"2\"@en <http://example.org/g2> .\n");
  const std::string want =
      "<http://example.org/a> <http://example.org/p> \"x\" .\n"
      "<http://example.org/s> <http://example.org/p> _:f1_b1 .\n"
      "<http://example.org/s> <http://example.org/p> _:f2_b1 .\n"
      "<http://example.org/s> <http://example.org/r> _:f1_n .\n"
      "<http://example.org/s2> <http://example.org/p> <http://example.org/o2> .\n"
      "_:f1_b1 <http://example.org/q> \"1\" .\n"
      "_:f1_n <http://example.org/t> <http://example.org/u> .\n"
      "_:f2_b1 <http://example.org/q> \"2\"@en .\n"
      "<http://example.org/s> <http://example.org/p> _:g1_b1 <http://example.org/g> .\n"
      "<http://example.org/s> <http://example.org/p> _:g2_b1 <http://example.org/g> .\n"
      "<http://example.org/s> <http://example.org/r> _:g1_n <http://example.org/g> .\n"
      "_:g1_b1 <http://example.org/q> \"1\" <http://example.org/g> .\n"
      "_:g1_n <http://example.org/t> <http://example.org/u> <http://example.org/g> .\n"
      "_:g2_b1 <http://example.org/q> \"2\"@en <http://example.org/g2> .\n"
      "<http://example.org/s2> <http://example.org/p> <http://example.org/o2> _:g1_bg .\n";
  for (unsigned threads : {1U, 2U}) EXPECT_EQ(Merged({trig, nq}, Syntax::kNQuads, threads), want);
  const struct {
    std::string name, content;
  } broken[] = {
      {"late.trig", "<http://e/g> { <http://e/s> <http://e/p> <http://e/o> . }\n<http://e/x> {\n"},
      {"late.nq", "<http://e/s> <http://e/p> <http://e/o> <http://e/g> .\n<http://e/s> .\n"},
  };
  for (const auto& b : broken) {
    Merger m;
    EXPECT_FALSE(m.AddFile(File(b.name, b.content), SyntaxForPath(b.name)).ok()) << b.name;
    ASSERT_TRUE(m.AddFile(nq, Syntax::kNQuads).ok());
    std::string out;
    ASSERT_TRUE(m.Write(out, Syntax::kNQuads).ok());
    EXPECT_EQ(out.find("http://e/"), std::string::npos) << b.name << ": " << out;
  }
}

// StreamGraphs (newskg load): a dataset's default graph with no name, each
// named graph's statements with its name, a batch never holding two graphs.
TEST_F(MergeTest, StreamGraphsKeepsEachBatchInOneGraph) {
  const std::string trig = File("s.trig",
                                "@prefix ex: <http://example.org/> .\n"
                                "ex:a ex:p 1 , 2 , 3 .\n"
                                "ex:g1 { ex:a ex:p 4 , 5 , 6 . }\n"
                                "ex:g2 { ex:a ex:p [ ex:q 7 ] . }\n");
  const std::string nq = File("s.nq",
                              "<http://e/s> <http://e/p> \"1\" <http://e/g1> .\n"
                              "<http://e/s> <http://e/p> \"2\" <http://e/g2> .\n"
                              "<http://e/s> <http://e/p> \"3\" <http://e/g1> .\n");
  const std::string ttl = File("s.ttl", "<http://e/s> <http://e/p> \"8\" .\n");
  const struct {
    std::vector<std::string> files;
    size_t batch;
    std::vector<std::pair<std::string, size_t>> want;  // (graph, triples) per batch
  } cases[] = {
      {{trig},
       2,
       {{"", 2},
        {"http://example.org/g1", 2},
        {"http://example.org/g1", 1},
        {"http://example.org/g2", 2},
        {"", 1}}},
      {{trig}, 10, {{"http://example.org/g1", 3}, {"http://example.org/g2", 2}, {"", 3}}},
      {{nq, ttl}, 10, {{"http://e/g1", 1}, {"http://e/g2", 1}, {"http://e/g1", 1}, {"", 1}}},
  };
  for (const auto& c : cases) {
    std::vector<std::pair<std::string, size_t>> got;
    std::string text;
    const Status st =
        StreamGraphs(c.files, c.batch, [&](const std::string& g, std::string&& nt, size_t n) {
          got.push_back({g, n});
          text += nt;
          return Status::Ok();
        });
    ASSERT_TRUE(st.ok()) << st.message();
    EXPECT_EQ(got, c.want) << c.files.front() << " batch " << c.batch;
    // Every batch is N-Triples that reads back.
    Graph back;
    EXPECT_TRUE(back.ReadString(text, Syntax::kNTriples, "back").ok()) << text;
  }
  const Status blank =
      StreamGraphs({File("b.trig", "_:g { <http://e/s> <http://e/p> 1 . }\n")}, 5,
                   [](const std::string&, std::string&&, size_t) { return Status::Ok(); });
  EXPECT_NE(blank.message().find("blank node for a name"), std::string::npos) << blank.message();
}

}  // namespace
}  // namespace newskg
