#include "extract/count_normalizer.h"

#include <gtest/gtest.h>

#include "extract/date_normalizer.h"
#include "extract/money_normalizer.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

// "qualifier|value" for each count, joined by "; ".
std::string Counts(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.date = "2021-06-15";
  const Lexicon& lex = testing::TestLexicon();
  Tokenize(doc);
  SplitSentences(doc, lex.abbreviations);
  NormalizeDates(doc, lex);
  NormalizeMoney(doc, lex);
  NormalizeCounts(doc, lex);
  std::string out;
  for (const auto& c : doc.counts)
    out += (out.empty() ? "" : "; ") + c.qualifier + "|" + std::to_string(c.value);
  return out;
}

TEST(CountNormalizerTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"at least 100,000 demonstrators marched", "at least|100000"},
      {"almost 7,000 were detained", "almost|7000"},
      {"More than 700 people were arrested", "more than|700"},
      {"an estimated 40,000 people rallied", "an estimated|40000"},
      {"some 230 million people", "some|230000000"},
      {"about 2,500 protesters", "about|2500"},
      {"nearly 300 arrests", "nearly|300"},
      {"up to 5,000 troops", "up to|5000"},
      {"as many as 12,000 people", "as many as|12000"},
      {"fewer than 50 journalists", "fewer than|50"},
      {"over 1,000 students", "over|1000"},
      {"around 60 people", "around|60"},
      {"roughly 800 marchers", "roughly|800"},
      {"eight people were killed", "|8"},
      {"two people died", "|2"},
      {"1.2 million people", "|1200000"},
      {"4,000 of his supporters", "|4000"},
      {"350 were arrested", "|350"},
      {"won 80% of the votes", ""},
      {"80 percent of ballots", ""},
      // The other rows of extract/data/percent_words.txt.
      {"80 per cent of ballots", ""},
      {"80 pct of ballots", ""},
      {"80 of ballots", "|80"},
      // A round number word after a vague quantifier states no count
      // (extract/data/vague_quantifiers.txt).
      {"several hundred people were detained", ""},
      {"a few hundred protesters", ""},
      {"many hundred marchers", ""},
      {"a hundred protesters", "|100"},
      {"in 2020 there were", ""},
      {"on August 16 there", ""},
      {"a $3 billion loan", ""},
      {"the 68-year-old supporter", ""},
      {"one of the biggest", ""},
      {"close to 90 people", "close to|90"},
      {"well over 10,000 people", "well over|10000"},
      {"less than 20 people", "less than|20"},
      {"approximately 15,000 people", "approximately|15000"},
      {"nearly 2 million", "nearly|2000000"},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Counts(in), expected) << in;
}

// A count's span covers its qualifier, its number and its multiplier, so
// the word after it is the noun it counts ("2 million people").
TEST(CountNormalizerTest, SpanEndsAfterTheMultiplier) {
  const std::pair<std::string, std::string> cases[] = {
      {"nearly 2 million people marched", "nearly 2 million"},
      {"1.2 million people", "1.2 million"},
      {"some 40,000 people", "some 40,000"},
  };
  const Lexicon& lex = testing::TestLexicon();
  for (const auto& [in, expected] : cases) {
    Document doc;
    doc.text = in;
    doc.date = "2021-06-15";
    Tokenize(doc);
    SplitSentences(doc, lex.abbreviations);
    NormalizeDates(doc, lex);
    NormalizeMoney(doc, lex);
    NormalizeCounts(doc, lex);
    ASSERT_EQ(doc.counts.size(), 1u) << in;
    EXPECT_EQ(std::string(doc.SpanText(doc.counts[0].span)), expected) << in;
  }
}

}  // namespace
}  // namespace newskg
