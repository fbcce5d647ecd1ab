#include "extract/vocabulary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "base/base.h"
#include "extract/lexicon.h"
#include "extract/tokenizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

TEST(VocabularyTest, OneIdPerDistinctString) {
  Vocabulary v;
  // Ids are by the exact bytes: case variants are other words (a token's
  // lower-case form is interned on its own, as Token::lower).
  const std::vector<std::string> words = {
      "bank", "Bank", "BANK", "banks", "", "b", "a longer phrase of words", "\xC3\x96zel"};
  std::vector<WordId> ids;
  for (const auto& w : words) ids.push_back(v.Add(w));
  for (size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(ids[i], i) << words[i];  // dense, in the order added
    EXPECT_EQ(v.Add(words[i]), ids[i]) << words[i];
    EXPECT_EQ(v.Find(words[i]), ids[i]) << words[i];
    EXPECT_EQ(v.Text(ids[i]), words[i]);
  }
  EXPECT_EQ(v.size(), words.size());
  const char* unknown[] = {"bAnk", "bank ", "ban", "bankss", "\xC3\x96zeL"};
  for (const char* w : unknown) EXPECT_EQ(v.Find(w), kNoWordId) << w;
}

TEST(VocabularyTest, KeepsEveryWordWhileItGrows) {
  Vocabulary v;
  for (int i = 0; i < 5000; ++i) EXPECT_EQ(v.Add("w" + std::to_string(i)), WordId(i));
  v.Reserve(20000);
  for (int i = 0; i < 5000; ++i) {
    const std::string w = "w" + std::to_string(i);
    ASSERT_EQ(v.Find(w), WordId(i)) << w;
    ASSERT_EQ(v.Text(WordId(i)), w);
  }
  EXPECT_EQ(v.Find("w5000"), kNoWordId);
}

TEST(VocabularyTest, FindAnswersForThisVocabularyAsItIsNow) {
  // Find remembers answers per thread: a word missing when asked and added
  // since is found, and another vocabulary's ids are not given.
  Vocabulary a, b;
  a.Add("bank");
  EXPECT_EQ(a.Find("loan"), kNoWordId);
  EXPECT_EQ(a.Find("loan"), kNoWordId);
  EXPECT_EQ(a.Add("loan"), 1u);
  EXPECT_EQ(a.Find("loan"), 1u);
  b.Add("loan");
  b.Add("bank");
  EXPECT_EQ(b.Find("bank"), 1u);
  EXPECT_EQ(a.Find("bank"), 0u);
  EXPECT_EQ(b.Find("loan"), 0u);
  // Words of 16 bytes or more, and words that differ after a zero byte.
  const std::string long_word = "internationalization";
  EXPECT_EQ(a.Find(long_word), kNoWordId);
  EXPECT_EQ(a.Add(long_word), 2u);
  EXPECT_EQ(a.Find(long_word), 2u);
  EXPECT_EQ(a.Add(std::string("a\0", 2)), 3u);
  EXPECT_EQ(a.Find("a"), kNoWordId);
  EXPECT_EQ(a.Find(std::string("a\0", 2)), 3u);
}

TEST(VocabularyTest, WordSetAnswersByIdAndByText) {
  Vocabulary v;
  WordSet set, other;
  set.Bind(&v);
  other.Bind(&v);
  set.insert("said");
  set.insert("told");
  set.insert("said");
  other.insert("Bank");
  EXPECT_EQ(set.size(), 2u);
  Vocabulary elsewhere;  // a Word interned in another vocabulary
  elsewhere.Add("x");
  elsewhere.Add("told");
  struct Case {
    const char* word;
    bool in_set;
  };
  const Case cases[] = {{"said", true},  {"told", true},    {"Said", false},
                        {"Bank", false}, {"unseen", false}, {"", false}};
  for (const Case& c : cases) {
    EXPECT_EQ(set.count(std::string(c.word)) > 0, c.in_set) << c.word;
    EXPECT_EQ(set.count(std::string_view(c.word)) > 0, c.in_set) << c.word;
    Word interned(c.word);
    v.Intern(interned);
    EXPECT_EQ(interned.vocabulary, v.serial());
    EXPECT_EQ(set.count(interned) > 0, c.in_set) << c.word;
    Word plain(c.word);  // never interned: searched by its text
    EXPECT_EQ(set.count(plain) > 0, c.in_set) << c.word;
    Word foreign(c.word);
    elsewhere.Intern(foreign);
    EXPECT_EQ(set.count(foreign) > 0, c.in_set) << c.word;
  }
  // Changing a Word's text forgets its id.
  Word w("said");
  v.Intern(w);
  w = std::string("Bank");
  EXPECT_EQ(w.vocabulary, 0u);
  EXPECT_EQ(set.count(w), 0u);
  EXPECT_EQ(other.count(w), 1u);
  // A set without a vocabulary is empty.
  WordSet unbound;
  EXPECT_EQ(unbound.count(w), 0u);
  EXPECT_EQ(unbound.count("said"), 0u);
}

// Every token of a text, interned by the lexicon, gets the same answers from
// the lexicon's word sets by id as by its text.
TEST(VocabularyTest, InternedTokensAnswerAsTheirText) {
  const Lexicon& lex = testing::TestLexicon();
  Document doc;
  doc.text =
      "The Minister said on Tuesday that the bank, which was founded in 1990, "
      "had NOT met the Fund's demands; Zorblax Corporation declined to comment.";
  Tokenize(doc);
  lex.Intern(doc);
  const WordSet* sets[] = {&lex.prepositions,        &lex.non_names,    &lex.clause_breaks,
                           &lex.negations,           &lex.org_suffixes, &lex.legal_suffixes,
                           &lex.passive_auxiliaries, &lex.abbreviations};
  for (const Token& t : doc.tokens) {
    EXPECT_NE(t.text.vocabulary, 0u) << t.text;
    EXPECT_NE(t.lower.vocabulary, 0u) << t.text;
    for (const WordSet* set : sets) {
      EXPECT_EQ(set->count(t.text), set->count(std::string(t.text))) << t.text;
      EXPECT_EQ(set->count(t.lower), set->count(std::string(t.lower))) << t.lower;
    }
    EXPECT_EQ(lex.IsCommonWord(t.lower), lex.IsCommonWord(std::string(t.lower))) << t.lower;
  }
  // Case variants: "The" and "the" are two words, one lower-case form.
  EXPECT_NE(doc.tokens[0].text.id, doc.tokens[0].lower.id);
  EXPECT_EQ(doc.tokens[0].lower.id, doc.tokens[6].lower.id);  // "the"
  EXPECT_EQ(doc.tokens[0].lower, "the");
  // A word in no list of the lexicon has no id.
  for (const Token& t : doc.tokens) {
    if (t.text == "Zorblax") {
      EXPECT_EQ(t.text.id, kNoWordId);
    }
  }
  // Lemma candidates come interned, so that the trigger sets answer by id.
  for (const Word& l : lex.Lemmas("founded")) {
    EXPECT_NE(l.vocabulary, 0u) << l;
    for (const WordSet* set : sets) EXPECT_EQ(set->count(l), set->count(std::string(l))) << l;
  }
}

// Plurals in "-men" have their singular among the candidates, as WordNet's
// morphology gives it.
TEST(LexiconLemmasTest, PluralsInMen) {
  const Lexicon& lex = testing::TestLexicon();
  for (const char* w : {"fishermen", "gunmen", "congresswomen"}) {
    const std::string plural(w);
    const std::string singular = plural.substr(0, plural.size() - 3) + "man";
    bool found = false;
    for (const Word& l : lex.Lemmas(plural)) found = found || l == singular;
    EXPECT_TRUE(found) << w;
    EXPECT_TRUE(lex.IsCommonWord(singular)) << singular;
  }
}

TEST(StringMemoTest, FindsWhatWasAddedAndKeepsValuesInPlace) {
  StringMemo<int> memo;
  EXPECT_EQ(memo.find("a"), memo.end());
  auto [first, fresh] = memo.emplace("a", 1);
  EXPECT_TRUE(fresh);
  const int* where = &first->second;
  for (int i = 0; i < 3000; ++i) memo.emplace("k" + std::to_string(i), i);
  EXPECT_EQ(memo.emplace("a", 7).second, false);  // not replaced
  EXPECT_EQ(&memo.find("a")->second, where);      // not moved by growth
  EXPECT_EQ(memo.find("a")->second, 1);
  for (int i = 0; i < 3000; ++i) ASSERT_EQ(memo.find("k" + std::to_string(i))->second, i);
  EXPECT_EQ(memo.size(), 3001u);
  memo.clear();
  EXPECT_EQ(memo.find("a"), memo.end());
  EXPECT_EQ(memo.size(), 0u);
}

}  // namespace
}  // namespace newskg
