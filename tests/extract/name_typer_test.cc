#include "extract/name_typer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/conllu.h"
#include "extract/entity_recognizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using V = std::vector<std::string>;

// A CoNLL-U word line: id, form, UPOS, head, relation, MISC.
std::string W(int id, const std::string& form, const std::string& upos, int head,
              const std::string& rel, const std::string& misc = "_") {
  return std::to_string(id) + "\t" + form + "\t" + form + "\t" + upos + "\t_\t_\t" +
         std::to_string(head) + "\t" + rel + "\t_\t" + misc + "\n";
}

// Two sentences of one document, written for this test, with GUM's entity
// layer: "President Anna Velnik of the Republic of Ostavia visited Carrow
// Bridge." and "Velnik thanked the Hollen Society at the Lantern Festival."
std::string Document1() {
  return "# newdoc id = test_velnik\n# sent_id = 1\n" +
         W(1, "President", "PROPN", 2, "compound", "Entity=(1-person-new-sssss-cf1-1,2,3-coref") +
         W(2, "Anna", "PROPN", 9, "nsubj") + W(3, "Velnik", "PROPN", 2, "flat") +
         W(4, "of", "ADP", 6, "case") +
         W(5, "the", "DET", 6, "det", "Entity=(2-place-new-sssss-cf2-2-coref") +
         W(6, "Republic", "PROPN", 2, "nmod") + W(7, "of", "ADP", 8, "case") +
         W(8, "Ostavia", "PROPN", 6, "nmod", "Entity=(3-place-new-sssss-cf3-1-coref)2)1)") +
         W(9, "visited", "VERB", 0, "root") +
         W(10, "Carrow", "PROPN", 11, "compound", "Entity=(4-place-new-sssss-cf4-1,2-coref") +
         W(11, "Bridge", "PROPN", 9, "obj", "Entity=4)|SpaceAfter=No") +
         W(12, ".", "PUNCT", 9, "punct") + "\n# sent_id = 2\n" +
         W(1, "Velnik", "PROPN", 2, "nsubj", "Entity=(1-person-giv-sssss-cf1-1-coref)") +
         W(2, "thanked", "VERB", 0, "root") +
         W(3, "the", "DET", 5, "det", "Entity=(5-organization-new-sssss-cf5-2,3-coref") +
         W(4, "Hollen", "PROPN", 5, "compound") + W(5, "Society", "PROPN", 2, "obj", "Entity=5)") +
         W(6, "at", "ADP", 9, "case") +
         W(7, "the", "DET", 9, "det", "Entity=(6-event-new-sssss-cf6-2,3-coref") +
         W(8, "Lantern", "PROPN", 9, "compound") +
         W(9, "Festival", "PROPN", 2, "obl", "Entity=6)|SpaceAfter=No") +
         W(10, ".", "PUNCT", 2, "punct") + "\n";
}

std::vector<ConlluSentence> Read(const std::string& text) {
  std::istringstream in(text);
  auto r = ReadConllu(in, "test");
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? std::move(r).value() : std::vector<ConlluSentence>{};
}

NameTyper::Annotators Annotators() {
  return {&testing::TestLexicon(), testing::TestPosTagger().get(),
          testing::TestParseModels().lemmatizer.get()};
}

std::string Text(const Document& doc, size_t b, size_t e) {
  return std::string(doc.SpanText({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}));
}

TEST(NameTyperTest, FindsTheNamedMentionsOfTheEntityLayer) {
  const auto sentences = Read(Document1());
  ASSERT_EQ(sentences.size(), 2u);
  ASSERT_TRUE(NameTyper::HasEntityLayer(sentences));
  std::vector<NameTyper::Example> ex;
  const Document doc = NameTyper::FromConllu(sentences, Annotators(), &ex);
  ASSERT_EQ(doc.sentences.size(), 2u);
  V got;
  for (const auto& x : ex) {
    got.push_back(std::to_string(x.sentence) + " " + NameTyper::LabelName(x.label) + ":" +
                  Text(doc, x.begin, x.end));
  }
  std::sort(got.begin(), got.end());
  // The person's title and "the" stand outside the names; connectors inside.
  EXPECT_EQ(got, (V{"0 Person:Anna Velnik", "0 Place:Carrow Bridge", "0 Place:Ostavia",
                    "0 Place:Republic of Ostavia", "1 Organization:Hollen Society",
                    "1 Other:Lantern Festival", "1 Person:Velnik"}));
  // The treebank's tree is on the tokens: "Anna" is the subject of "visited".
  const auto mara = std::find_if(doc.tokens.begin(), doc.tokens.end(),
                                 [](const Token& t) { return t.text == "Anna"; });
  ASSERT_NE(mara, doc.tokens.end());
  EXPECT_EQ(mara->deprel, "nsubj");
  ASSERT_GE(mara->head, 0);
  EXPECT_EQ(doc.tokens[static_cast<size_t>(mara->head)].text, "visited");
  // What the rules made of each name is recorded: the title makes a person.
  for (const auto& x : ex) {
    if (Text(doc, x.begin, x.end) == "Anna Velnik") {
      EXPECT_EQ(x.guess.rule, static_cast<int>(WeakRule::kNone));
      EXPECT_EQ(x.guess.type, static_cast<int>(EntityType::kPerson));
    }
  }
}

TEST(NameTyperTest, GroupsSentencesIntoDocuments) {
  const std::string second = "# newdoc id = test_two\n" + W(1, "Rain", "NOUN", 0, "root") + "\n";
  const auto docs = NameTyper::Documents(Read(Document1() + second));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].size(), 2u);
  EXPECT_EQ(docs[1].size(), 1u);
  EXPECT_FALSE(NameTyper::HasEntityLayer(docs[1]));
}

TEST(NameTyperTest, IndexesTheNamesOfAnArticle) {
  const auto sentences = Read(Document1());
  const Document doc = NameTyper::FromConllu(sentences, Annotators(), nullptr);
  const auto index = NameTyper::IndexNames(doc, testing::TestLexicon());
  // "Velnik" stands alone in the second sentence, after "Anna Velnik".
  EXPECT_EQ(index.alone.at("Velnik"), 1);
  EXPECT_TRUE(index.flags.at("Velnik") & NameTyper::NameIndex::kLastOfLonger);
  EXPECT_TRUE(index.flags.at("Velnik") & NameTyper::NameIndex::kAfterGivenName);
}

// Sentences written from patterns, with invented names: people speaking,
// places travelled to, companies' shares, festivals.
std::string Corpus(int n) {
  const char* first[] = {"Arlo", "Brenna", "Calder", "Dasha", "Emrys", "Fenna"};
  const char* last[] = {"Voskuil", "Tarrant", "Mbeki", "Okonjo", "Halvorsen", "Quist"};
  const char* place[] = {"Velmora", "Kestrin", "Ostavia", "Drenholm", "Parsk", "Ulvik"};
  const char* firm[] = {"Brightwell", "Corvane", "Dunmore", "Ellory", "Fallon", "Grist"};
  std::string out;
  for (int i = 0; i < n; ++i) {
    const auto k = static_cast<size_t>(i % 6), j = static_cast<size_t>((i / 6) % 6);
    const int id = 4 * i;
    out += "# newdoc id = d" + std::to_string(i) + "\n";
    out += W(1, first[k], "PROPN", 3, "nsubj", "Entity=(" + std::to_string(id) + "-person-new") +
           W(2, last[j], "PROPN", 1, "flat", "Entity=" + std::to_string(id) + ")") +
           W(3, "said", "VERB", 0, "root") + "\n";
    out += W(1, "They", "PRON", 2, "nsubj") + W(2, "flew", "VERB", 0, "root") +
           W(3, "to", "ADP", 4, "case") +
           W(4, place[(k + j) % 6], "PROPN", 2, "obl",
             "Entity=(" + std::to_string(id + 1) + "-place-new)") +
           "\n";
    out += W(1, "Shares", "NOUN", 5, "nsubj") + W(2, "of", "ADP", 3, "case") +
           W(3, firm[k], "PROPN", 1, "nmod",
             "Entity=(" + std::to_string(id + 2) + "-organization-new") +
           W(4, "Corp", "PROPN", 3, "flat", "Entity=" + std::to_string(id + 2) + ")") +
           W(5, "fell", "VERB", 0, "root") + "\n";
    out += W(1, "The", "DET", 3, "det", "Entity=(" + std::to_string(id + 3) + "-event-new") +
           W(2, place[j], "PROPN", 3, "compound") +
           W(3, "Festival", "PROPN", 4, "nsubj", "Entity=" + std::to_string(id + 3) + ")") +
           W(4, "began", "VERB", 0, "root") + "\n";
  }
  return out;
}

std::string Bytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(NameTyperTest, TrainsTheSameBytesTwice) {
  const auto train = Read(Corpus(36));
  NameTyper::TrainOptions o;
  o.epochs = 4;
  const testing::TempFolder folder("name_typer_test");
  std::string bytes[2];
  for (int run = 0; run < 2; ++run) {
    auto typer = NameTyper::Train(train, nullptr, Annotators(), o);
    ASSERT_TRUE(typer.ok()) << typer.status().message();
    const std::string path = folder.File("names" + std::to_string(run) + ".model");
    ASSERT_TRUE(typer->Save(path).ok());
    bytes[run] = Bytes(path);
    // It learns its training data, parsed or not.
    EXPECT_GE(typer->Evaluate(train, Annotators(), true).Percent(), 95.0);
    EXPECT_GE(typer->Evaluate(train, Annotators(), false).Percent(), 95.0);
    auto loaded = NameTyper::Load(path);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    EXPECT_EQ(loaded->Evaluate(train, Annotators(), true).correct,
              typer->Evaluate(train, Annotators(), true).correct);
  }
  EXPECT_FALSE(bytes[0].empty());
  EXPECT_EQ(bytes[0], bytes[1]);
}

TEST(NameTyperTest, RefusesDataWithoutNamesAndBadModels) {
  const auto plain =
      Read(W(1, "Rain", "NOUN", 2, "nsubj") + W(2, "fell", "VERB", 0, "root") + "\n");
  EXPECT_FALSE(NameTyper::HasEntityLayer(plain));
  auto none = NameTyper::Train(plain, nullptr, Annotators(), {});
  ASSERT_FALSE(none.ok());
  EXPECT_NE(none.status().message().find("no named mentions"), std::string::npos);
  auto missing = NameTyper::Load("/nonexistent/names.model");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("cannot open the name typer model"), std::string::npos);
  const testing::TempFile file("bad-names.model");
  const std::string& path = file.path();
  std::ofstream(path) << "newskg-tagger 2\n1\nNOUN\tNN\n";
  auto bad = NameTyper::Load(path);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("not a newskg name typer model"), std::string::npos);
}

// The shipped model (models/names.model) on sentences written for this test.
TEST(NameTyperTest, TypesNamesInContext) {
  const NameTyper* typer = testing::TestParseModels().names.get();
  ASSERT_NE(typer, nullptr) << "models/names.model was not loaded";
  const std::pair<std::string, std::string> cases[] = {
      // sentence, then "Label:name"
      {"Officials said Kaspar Omundsen would visit the port.", "Person:Kaspar Omundsen"},
      {"The delegation travelled to Vrestovo on Monday.", "Place:Vrestovo"},
      {"Shares of Brightwell Holdings fell sharply on Tuesday.",
       "Organization:Brightwell Holdings"},
      {"Thousands attended the Lantern Festival in the old town.", "Other:Lantern Festival"},
  };
  for (const auto& [sentence, expected] : cases) {
    const Document doc = testing::Extract(sentence);
    const std::string name = expected.substr(expected.find(':') + 1);
    bool found = false;
    for (size_t b = 0; b < doc.tokens.size() && !found; ++b) {
      for (size_t e = b + 1; e <= doc.tokens.size() && !found; ++e) {
        if (Text(doc, b, e) != name) continue;
        found = true;
        const Sentence& s = doc.sentences[doc.tokens[b].sentence];
        const auto sc = typer->Score(doc, b, e, s.first_token, s.end_token, testing::TestLexicon());
        EXPECT_EQ(std::string(NameTyper::LabelName(sc.best)) + ":" + name, expected) << sentence;
      }
    }
    EXPECT_TRUE(found) << name;
  }
}

}  // namespace
}  // namespace newskg
