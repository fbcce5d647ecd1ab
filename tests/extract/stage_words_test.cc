#include "extract/internal/stage_words.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "extract/entity_recognizer.h"
#include "extract/lexicon.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

namespace fs = std::filesystem;
using internal::StageWords;
using internal::WordList;

// Each list is read from its data file: a word the stage used to compare
// inline is found in the list that now holds it.
TEST(StageWordsTest, ListsHoldTheirWords) {
  auto loaded = StageWords::Default();
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  const StageWords& w = *loaded.value();
  const std::pair<const WordList*, std::string> cases[] = {
      {&w.name_particles, "al"},         {&w.name_particles, "bin"},
      {&w.contraction_endings, "ll"},    {&w.possessive_markers, "'s"},
      {&w.definite_articles, "the"},     {&w.coordinators, "and"},
      {&w.head_of_preps, "of"},          {&w.org_name_preps, "on"},
      {&w.whole_name_connectors, "for"}, {&w.perfect_auxiliaries, "had"},
      {&w.s_verb_forms, "hosts"},        {&w.former_words, "ex-"},
      {&w.percent_words, "pct"},         {&w.public_body_modifiers, "federal"},
      {&w.vague_quantifiers, "several"}, {&w.age_markers, "-year-old"},
  };
  for (const auto& [set, word] : cases) EXPECT_EQ(set->count(word), 1u) << word;
  // Lists hold what they say and nothing of their neighbours.
  EXPECT_EQ(w.head_of_preps.count("on"), 0u);
  EXPECT_EQ(w.whole_name_connectors.count("of"), 0u);
}

// A WordList answers as a set of strings would: a word that shares a first
// letter or a length with a listed one is no member for that, words longer
// than 63 bytes and the empty word are members when added, a word added
// twice is kept once, and the words are iterated in the order added.
TEST(StageWordsTest, WordListIsASet) {
  WordList list;
  const std::string long_word(70, 'x');
  const std::vector<std::string> added = {"river", "rivet", "lake", "river", "", long_word};
  for (const std::string& w : added) list.insert(w);
  EXPECT_EQ(list.size(), 5u);
  const std::vector<std::string> in_order(list.begin(), list.end());
  EXPECT_EQ(in_order, (std::vector<std::string>{"river", "rivet", "lake", "", long_word}));
  const std::pair<std::string, size_t> cases[] = {
      {"river", 1},   {"rivet", 1}, {"lake", 1},          {"", 1},
      {long_word, 1}, {"rives", 0}, {"riverbank", 0},     {"Lake", 0},
      {"lakes", 0},   {"ocean", 0}, {long_word + "y", 0}, {std::string(70, 'y'), 0},
  };
  for (const auto& [word, want] : cases) EXPECT_EQ(list.count(word), want) << word;
  // Many words: the table grows and every one is still found.
  WordList many;
  for (int i = 0; i < 1000; ++i) many.insert("w" + std::to_string(i));
  EXPECT_EQ(many.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(many.count("w" + std::to_string(i)), 1u) << i;
  EXPECT_EQ(many.count("w1000"), 0u);
  EXPECT_EQ(WordList().count("river"), 0u);
  EXPECT_EQ(WordList().count(""), 0u);
}

// Endings from participle_endings.txt and gerund_endings.txt, on words
// longer than four letters.
// The longest listed phrase starting at a token, in order and whole:
// "according to" (two words) is read by the quote and event stages alike.
TEST(StageWordsTest, PhraseLengthAt) {
  auto words = StageWords::Default();
  ASSERT_TRUE(words.ok());
  const auto& phrases = words.value()->attribution_phrases;
  struct Case {
    std::vector<std::string> lower;
    size_t k, limit, expected;
  };
  const Case cases[] = {
      {{"according", "to", "the", "ministry"}, 0, 4, 2},
      {{"according", "to"}, 0, 1, 0},         // cut by the limit
      {{"to", "according"}, 0, 2, 0},         // not in order
      {{"the", "according", "to"}, 1, 3, 2},  // not at the start of the text
      {{"according", "with"}, 0, 2, 0},
  };
  for (const Case& c : cases) {
    std::vector<Token> t(c.lower.size());
    for (size_t i = 0; i < t.size(); ++i) t[i].lower = c.lower[i];
    EXPECT_EQ(internal::PhraseLengthAt(phrases, t, c.k, c.limit), c.expected) << c.lower.front();
  }
}

TEST(StageWordsTest, Endings) {
  const StageWords& w = *StageWords::Default().value();
  const std::tuple<std::string, const WordList*, bool> cases[] = {
      {"sanctioned", &w.participle_endings, true},
      {"targeted", &w.participle_endings, true},
      {"shred", &w.participle_endings, true},
      {"bred", &w.participle_endings, false},  // four letters
      {"sanctions", &w.participle_endings, false},
      {"following", &w.gerund_endings, true},
      {"sing", &w.gerund_endings, false},  // four letters
      {"followed", &w.gerund_endings, false},
  };
  for (const auto& [word, endings, want] : cases)
    EXPECT_EQ(StageWords::EndsInAny(word, *endings, 4), want) << word;
}

// A copy of the data folder's word lists, to break one at a time.
class BrokenListTest : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = std::make_unique<testing::TempFolder>(
        std::string("stage_words_test_") +
        ::testing::UnitTest::GetInstance()->current_test_info()->name());
    dir_ = folder_->path();
    for (const auto& f : fs::directory_iterator(LexiconPaths::Defaults().data_dir)) {
      if (f.is_regular_file()) fs::copy_file(f.path(), dir_ / f.path().filename());
    }
  }
  std::unique_ptr<testing::TempFolder> folder_;
  fs::path dir_;
};

TEST_F(BrokenListTest, CopyLoads) { EXPECT_TRUE(StageWords::Load(dir_.string()).ok()); }

TEST_F(BrokenListTest, MissingListIsAnErrorNamingIt) {
  fs::remove(dir_ / "former_words.txt");
  auto r = StageWords::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("former_words.txt"), std::string::npos);
}

TEST_F(BrokenListTest, ListWithoutItsCommentLineIsAnError) {
  std::ofstream(dir_ / "coordinators.txt") << "and\n";
  auto r = StageWords::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("coordinators.txt:1"), std::string::npos);
}

TEST_F(BrokenListTest, RelativeDatesAreChecked) {
  std::ofstream(dir_ / "relative_dates.tsv") << "# Relative dates.\nday\tyesterday\t-1\n"
                                             << "direction\tlast\t-1\nunit\tweek\tfortnight\n";
  auto r = StageWords::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("a unit is week, month or year"), std::string::npos);
  std::ofstream(dir_ / "relative_dates.tsv") << "# Relative dates.\nday\tyesterday\tone\n";
  r = StageWords::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("not a number: one"), std::string::npos);
}

TEST_F(BrokenListTest, EmptyListIsAnError) {
  std::ofstream(dir_ / "s_verb_forms.txt") << "# What the list is for.\n";
  auto r = StageWords::Load(dir_.string());
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("holds no words"), std::string::npos);
}

// The entity recognizer finds these words through the lists.
TEST(StageWordsTest, RecognizerReadsTheLists) {
  const std::pair<std::string, std::vector<std::string>> cases[] = {
      // name_particles: a lower-case particle joined to a name.
      {"He met Ahmed al-Rashidi on Monday.", {"Ahmed al-Rashidi"}},
      // contraction_endings: no name.
      {"\"We'll see,\" the minister said.", {}},
      // org_name_preps: "for" goes on after an organization noun.
      {"The Council for Foreign Relations met.", {"Council for Foreign Relations"}},
      // age_markers and definite_articles: an epithet.
      {"The 66-year-old spoke.", {"The 66-year-old"}},
      // public_body_modifiers: "the central bank".
      {"Ghana said the central bank would act.", {"Ghana", "the central bank"}},
  };
  for (const auto& [text, want] : cases) {
    Document doc = testing::Extract(text);
    RecognizeEntities(doc, testing::TestLexicon());
    std::vector<std::string> got;
    for (const auto& m : doc.mentions) got.push_back(m.text);
    EXPECT_EQ(got, want) << text;
  }
}

TEST(StageWordsTest, FormerWordsMarkTheTitle) {
  const std::pair<std::string, bool> cases[] = {
      {"Former President Jose Ramos spoke.", true},
      {"The late President Jose Ramos spoke.", true},
      {"President Jose Ramos spoke.", false},
  };
  for (const auto& [text, former] : cases) {
    Document doc = testing::Extract(text);
    const MentionLayer layer = RecognizeEntities(doc, testing::TestLexicon());
    ASSERT_EQ(layer.titles.size(), 1u) << text;
    EXPECT_EQ(layer.titles[0].former, former) << text;
  }
}

// Coreference finds who leads what through the lists.
TEST(StageWordsTest, CoreferenceReadsTheLists) {
  const std::pair<std::string, std::vector<std::string>> cases[] = {
      // leading_participles and agent_preps.
      {"The Kibera Development Bank, led by Ana Ortiz, won the vote.",
       {"leaderOf(Ana Ortiz, Kibera Development Bank)"}},
      // person_relatives and leading_verbs.
      {"Ana Ortiz, who chairs the Kibera Development Bank, won the vote.",
       {"leaderOf(Ana Ortiz, Kibera Development Bank)"}},
      // Not a verb of leading.
      {"Ana Ortiz, who praised the Kibera Development Bank, won the vote.", {}},
  };
  for (const auto& [text, want] : cases) {
    EXPECT_EQ(testing::RelationSummary(testing::Extract(text)), want) << text;
  }
}

}  // namespace
}  // namespace newskg
