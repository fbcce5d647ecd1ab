#include "extract/tagger.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "extract/parse_models.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

std::shared_ptr<const PosTagger> Lexicon() { return testing::TestPosTagger(); }
const Tagger& Shipped() { return *testing::TestParseModels().tagger; }

TEST(TaggerTest, NewsSentences) {
  // Words, then the UD tags a reader would give them.
  const std::pair<std::string, std::string> cases[] = {
      {"The minister met the ambassador on Monday .", "DET NOUN VERB DET NOUN ADP PROPN PUNCT"},
      {"Police have arrested 40 protesters in the capital .",
       "NOUN AUX VERB NUM NOUN ADP DET NOUN PUNCT"},
      {"Zentrovia has lent $ 2 billion to Kestland .",
       "PROPN AUX VERB SYM NUM NUM ADP PROPN PUNCT"},
      {"She said the talks were useful .", "PRON VERB DET NOUN AUX ADJ PUNCT"},
      {"Thousands marched , chanting slogans .", "NOUN VERB PUNCT VERB NOUN PUNCT"},
      {"\" We will not give up , \" he said .",
       "PUNCT PRON AUX PART VERB ADP PUNCT PUNCT PRON VERB PUNCT"},
  };
  for (const auto& [sentence, expected] : cases) {
    const std::vector<std::string> words = testing::SplitWords(sentence);
    std::vector<std::string_view> views(words.begin(), words.end());
    std::vector<int> tags;
    Shipped().TagWords(views, tags);
    std::string got;
    for (int t : tags) got += (got.empty() ? "" : " ") + Shipped().Upos(t);
    EXPECT_EQ(got, expected) << sentence;
  }
}

TEST(TaggerTest, TagsADocument) {
  Document doc;
  doc.text = "Troops left.";
  doc.tokens.resize(3);
  doc.tokens[0].text = "Troops";
  doc.tokens[1].text = "left";
  doc.tokens[2].text = ".";
  doc.sentences = {{{0, 12}, 0, 3}};
  Shipped().Tag(doc);
  EXPECT_EQ(doc.tokens[0].upos, "NOUN");
  EXPECT_EQ(doc.tokens[0].tag, "NNS");
  EXPECT_EQ(doc.tokens[1].upos, "VERB");
  EXPECT_EQ(doc.tokens[1].tag, "VBD");
  EXPECT_EQ(doc.tokens[2].upos, "PUNCT");
}

TEST(TaggerTest, BadModelFiles) {
  const testing::TempFile file("bad-tagger.model");
  const std::string& path = file.path();
  const std::pair<std::string, std::string> cases[] = {
      {"newskg-tagger 9\n", "not a newskg tagger model"},
      {"newskg-tagger 2\n0\n", "line 2: bad tag count"},
      {"newskg-tagger 2\n2\nNOUN\tNN\n", "line 4: expected 'UPOS<TAB>XPOS'"},
      {"newskg-tagger 2\n1\nNOUN\tNN\nNKGPERC1\x01", "corrupt model header"},
  };
  for (const auto& [bytes, error] : cases) {
    std::ofstream(path, std::ios::binary) << bytes;
    auto r = Tagger::Load(path, Lexicon());
    ASSERT_FALSE(r.ok()) << bytes;
    EXPECT_NE(r.status().message().find(error), std::string::npos) << r.status().message();
  }
}

}  // namespace
}  // namespace newskg
