#include "extract/lemmatizer.h"

#include <gtest/gtest.h>

#include <fstream>

#include "extract/lexicon.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

const Lemmatizer& RulesOnly() {
  static const Lemmatizer* l = [] {
    auto r = Lemmatizer::LoadWordNet(LexiconPaths::Defaults().wordnet_dir);
    if (!r.ok()) {
      ADD_FAILURE() << r.status().message();
      std::abort();
    }
    return new Lemmatizer(std::move(r).value());
  }();
  return *l;
}

TEST(LemmatizerTest, RulesByTag) {
  struct Case {
    const char* form;
    const char* xpos;
    const char* lemma;
  };
  const Case cases[] = {
      {"met", "VBD", "meet"},           {"lent", "VBN", "lend"},
      {"stopped", "VBD", "stop"},       {"hoped", "VBD", "hope"},
      {"needed", "VBN", "need"},        {"tried", "VBD", "try"},
      {"used", "VBN", "use"},           {"imposing", "VBG", "impose"},
      {"running", "VBG", "run"},        {"uses", "VBZ", "use"},
      {"buses", "NNS", "bus"},          {"countries", "NNS", "country"},
      {"sanctions", "NNS", "sanction"}, {"talks", "NNS", "talk"},
      {"children", "NNS", "child"},     {"larger", "JJR", "large"},
      {"biggest", "JJS", "big"},        {"Protesters", "NNS", "protester"},
      {"Minsk", "NNP", "Minsk"},        {"Americans", "NNPS", "American"},
      {"1,500", "CD", "1,500"},         {"The", "DT", "the"},
      {"Zorblaxed", "VBD", "zorblax"},  {"hoping", "VBG", "hope"},
      {"aimed", "VBD", "aim"},          {"visited", "VBD", "visit"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RulesOnly().Lemma(c.form, c.xpos), c.lemma) << c.form << "/" << c.xpos;
  }
}

TEST(LemmatizerTest, LearnedTableWinsOverRules) {
  Lemmatizer l = RulesOnly();
  ConlluSentence s;
  s.words = {{"'s", "be", "AUX", "VBZ", "", "", "", 0},
             {"n't", "not", "PART", "RB", "", "", "", 0},
             {"was", "be", "AUX", "VBD", "", "", "", 0},
             {"talks", "talk", "NOUN", "NNS", "", "", "", 0}};
  l.Learn({s});
  EXPECT_EQ(l.Lemma("'s", "VBZ"), "be");
  EXPECT_EQ(l.Lemma("n't", "RB"), "not");
  EXPECT_EQ(l.Lemma("Was", "VBD"), "be");  // WordNet's exceptions, lower-cased
  // Only what the rules get wrong is kept: not "was" (an exception) nor "talks".
  EXPECT_EQ(l.table_size(), 2u);
  const testing::TempFile file("lemmas.tsv");
  const std::string& path = file.path();
  ASSERT_TRUE(l.Save(path).ok());
  auto loaded = Lemmatizer::Load(path, LexiconPaths::Defaults().wordnet_dir);
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->Lemma("n't", "RB"), "not");
  EXPECT_EQ(loaded->table_size(), 2u);
}

TEST(LemmatizerTest, Errors) {
  EXPECT_EQ(Lemmatizer::LoadWordNet("/nonexistent").status().code(), StatusCode::kNotFound);
  const testing::TempFile file("bad-lemmas.tsv");
  const std::string& path = file.path();
  { std::ofstream(path) << "# comment\nform\tonly two\n"; }
  auto r = Lemmatizer::Load(path, LexiconPaths::Defaults().wordnet_dir);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("line 2"), std::string::npos) << r.status().message();
}

}  // namespace
}  // namespace newskg
