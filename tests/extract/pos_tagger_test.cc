#include "extract/pos_tagger.h"

#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::SplitWords;

const PosTagger& Tagger() {
  static const PosTagger* t = [] {
    auto r = PosTagger::Load(PosTagger::DefaultDir());
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return new PosTagger(std::move(r).value());
  }();
  return *t;
}

TEST(PosTaggerTest, Table) {
  // Words, then the tags a news reader would give them.
  const std::pair<std::string, std::string> cases[] = {
      {"The minister met the president on Monday .", "DT NN VBD DT NN IN NNP ."},
      {"Police have arrested 40 protesters in the capital .", "NNS VBP VBN CD NNS IN DT NN ."},
      {"Zentrovia has lent $ 2 billion to Kestland .", "NNP VBZ VBN $ CD CD TO NNP ."},
      {"She said the talks were useful .", "PRP VBD DT NNS VBD JJ ."},
      {"Thousands marched , chanting slogans .", "NNS VBD , VBG NNS ."},
      {"\" We will not give up , \" he said .", "`` PRP MD RB VB RP , '' PRP VBD ."},
      {"The bank ( IMF ) approved it .", "DT NN -LRB- NNP -RRB- VBD PRP ."},
      // A typographic apostrophe tags as the straight one.
      {"Peter Otieno \xE2\x80\x99s arrest drew condemnation .", "NNP NNP POS NN VBD NN ."},
      {"They do n\xE2\x80\x99t know .", "PRP VBP RB VB ."},
  };
  for (const auto& [words, tags] : cases) {
    const auto got = Tagger().TagWords(SplitWords(words));
    std::string joined;
    for (const auto& t : got) joined += (joined.empty() ? "" : " ") + t;
    EXPECT_EQ(joined, tags) << words;
  }
}

TEST(PosTaggerTest, TagsEveryTokenOfADocument) {
  Document doc;
  doc.text = "Troops left.";
  const std::pair<Span, const char*> words[] = {
      {{0, 6}, "Troops"}, {{7, 11}, "left"}, {{11, 12}, "."}};
  for (const auto& [span, text] : words) {
    Token t;
    t.span = span;
    t.text = text;
    t.lower = text;
    t.lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(t.lower[0])));
    t.capitalized = std::isupper(static_cast<unsigned char>(text[0])) != 0;
    doc.tokens.push_back(t);
  }
  doc.sentences = {{{0, 12}, 0, 3}};
  Tagger().Tag(doc);
  EXPECT_EQ(doc.tokens[0].tag, "NNS");
  EXPECT_EQ(doc.tokens[1].tag, "VBD");
  EXPECT_EQ(doc.tokens[2].tag, ".");
}

TEST(PosTaggerTest, MissingOrBrokenModelIsAnError) {
  auto missing = PosTagger::Load("/nonexistent");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("liblingua-en-tagger-perl"), std::string::npos);
  const testing::TempFolder folder("broken_tagger");
  const std::string& dir = folder.path();
  for (const char* f : {"tags.yml", "words.yml", "unknown.yml"})
    std::ofstream(dir + "/" + f) << "--- #YAML:1.0\n\"the\": { det: 5 }\n";
  std::ofstream(dir + "/words.yml") << "--- #YAML:1.0\nthe { det 5\n";
  auto broken = PosTagger::Load(dir);
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().code(), StatusCode::kParse);
  EXPECT_NE(broken.status().message().find("words.yml:2:"), std::string::npos)
      << broken.status().message();
}

}  // namespace
}  // namespace newskg
