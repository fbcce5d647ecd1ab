#include "extract/tokenizer.h"

#include <gtest/gtest.h>

namespace newskg {
namespace {

std::string Tokens(const std::string& text) {
  Document doc;
  doc.text = text;
  Tokenize(doc);
  std::string out;
  for (const auto& t : doc.tokens) {
    EXPECT_EQ(doc.SpanText(t.span), t.text);
    out += (out.empty() ? "" : "|") + t.text;
  }
  return out;
}

TEST(TokenizerTest, SplitsWordsNumbersAndPunctuation) {
  const std::pair<std::string, std::string> cases[] = {
      {"Putin met Lukashenko.", "Putin|met|Lukashenko|."},
      {"Russia's loan", "Russia|'s|loan"},
      {"Russia\xE2\x80\x99s loan", "Russia|\xE2\x80\x99s|loan"},
      {"$1.5 billion", "$|1.5|billion"},
      {"US$1.2bn", "US|$|1.2|bn"},
      {"(\xE2\x82\xAC"
       "1.26 billion)",
       "(|\xE2\x82\xAC|1.26|billion|)"},
      {"at least 100,000 people", "at|least|100,000|people"},
      {"the 66-year-old leader", "the|66-year-old|leader"},
      {"the U.S. and the U.K.", "the|U.S.|and|the|U.K."},
      {"Tut.by reported", "Tut.by|reported"},
      // A stop between two sentences that lost its space parts the words
      // (two letters or more, the last small, then a capital and a small
      // letter); domains, initials and acronyms stay whole.
      {"Tomas Brenn.Over 500 came", "Tomas|Brenn|.|Over|500|came"},
      {"Nikolić.Later", "Nikolić|.|Later"},
      {"Amazon.com and eBay.Later", "Amazon.com|and|eBay|.|Later"},
      {"J.R. Brenn and J.R.Brenn", "J.R.|Brenn|and|J.R.Brenn"},
      {"the U.S.Army and NATO.Later", "the|U.S.Army|and|NATO.Later"},
      {"Brenn.ABC and Brenn.A", "Brenn.ABC|and|Brenn.A"},
      {"\"Leave!,\" they said", "\"|Leave|!|,|\"|they|said"},
      {"I'm sure we don't", "I'm|sure|we|don't"},
      {"O'Brien said", "O'Brien|said"},
      {"Sviatlana Tsikhanouskaya, \xC3\x89krem", "Sviatlana|Tsikhanouskaya|,|\xC3\x89krem"},
      {"\xC4\xB0stanbul's mayor", "\xC4\xB0stanbul|'s|mayor"},
      {"on August 9th.", "on|August|9th|."},
      {"well\xE2\x80\xA6 will", "well|\xE2\x80\xA6|will"},
      {"to \xE2\x80\x94 God forbid \xE2\x80\x94 resist",
       "to|\xE2\x80\x94|God|forbid|\xE2\x80\x94|resist"},
      {"2020-09-14 was", "2020-09-14|was"},
      {"80% of votes", "80|%|of|votes"},
      {"", ""},
      {"  \n\t ", ""},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Tokens(in), expected) << in;
}

TEST(TokenizerTest, MarksCapitalsAndAcronyms) {
  Document doc;
  doc.text = "NATO troops and \xC3\x96zel met Reuters";
  Tokenize(doc);
  ASSERT_EQ(doc.tokens.size(), 6u);
  EXPECT_TRUE(doc.tokens[0].all_caps);
  EXPECT_TRUE(doc.tokens[0].capitalized);
  EXPECT_FALSE(doc.tokens[1].capitalized);
  EXPECT_TRUE(doc.tokens[3].capitalized);  // Ö
  EXPECT_FALSE(doc.tokens[5].all_caps);
}

TEST(TokenizerTest, LowerFormFoldsCaseAndTypographicApostrophes) {
  // Each token's lower-case form: ASCII capitals lowered, and a word's
  // typographic apostrophe (U+2019) written as the straight one; quotation
  // marks keep theirs.
  const std::pair<std::string, std::string> cases[] = {
      {"Russia's LOAN", "russia|'s|loan"},
      {"Russia\xE2\x80\x99s loan", "russia|'s|loan"},
      {"we don\xE2\x80\x99t", "we|don't"},
      {"People\xE2\x80\x99s Republic", "people|'s|republic"},
      {"\xC3\x96zel", "\xC3\x96zel"},
      {"the \xE2\x80\x98"
       "best\xE2\x80\x99 ties",
       "the|\xE2\x80\x98|best|\xE2\x80\x99|ties"},
  };
  for (const auto& [in, expected] : cases) {
    Document doc;
    doc.text = in;
    Tokenize(doc);
    std::string out;
    for (const auto& t : doc.tokens) out += (out.empty() ? "" : "|") + t.lower;
    EXPECT_EQ(out, expected) << in;
  }
}

}  // namespace
}  // namespace newskg
