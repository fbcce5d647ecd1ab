#include "extract/sentence_splitter.h"

#include <gtest/gtest.h>

#include "extract/tokenizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

std::string Sentences(const std::string& text) {
  Document doc;
  doc.text = text;
  Tokenize(doc);
  SplitSentences(doc, testing::TestLexicon().abbreviations);
  std::string out;
  for (const auto& s : doc.sentences)
    out += (out.empty() ? "" : " || ") + std::string(doc.SpanText(s.span));
  return out;
}

TEST(SentenceSplitterTest, Splits) {
  const std::pair<std::string, std::string> cases[] = {
      {"Putin spoke. Lukashenko listened.", "Putin spoke. || Lukashenko listened."},
      {"Mr. Smith met Dr. Jones. They talked.", "Mr. Smith met Dr. Jones. || They talked."},
      {"Image: Getty Images/AFP/S. Gapon", "Image: Getty Images/AFP/S. Gapon"},
      {"It rose 1.5 percent. Markets fell.", "It rose 1.5 percent. || Markets fell."},
      {"He said \"We will win.\" Then he left.", "He said \"We will win.\" || Then he left."},
      {"\"We will not ask,\" said the leader. \"We have done them.\"",
       "\"We will not ask,\" said the leader. || \"We have done them.\""},
      {"Protesters chanted \"Leave!,\" and waved flags.",
       "Protesters chanted \"Leave!,\" and waved flags."},
      {"Headline without period\nFirst sentence here.",
       "Headline without period || First sentence here."},
      {"The U.S. imposed sanctions. China objected.",
       "The U.S. imposed sanctions. || China objected."},
      {"Is it over? No! It goes on.", "Is it over? || No! || It goes on."},
      {"He met Gen. Smith on Monday.", "He met Gen. Smith on Monday."},
      {"The vote is due on Sept. 5 this year.", "The vote is due on Sept. 5 this year."},
      {"Wait... what happened next. Nobody knew.", "Wait... what happened next. || Nobody knew."},
      {"It was 7 p.m. when", "It was 7 p.m. when"},
      // A stop that lost its space still ends the sentence; not an
      // abbreviation's, a domain's or an acronym's.
      {"They met Ana Ruiz.Later she left.", "They met Ana Ruiz. || Later she left."},
      {"Crowds cheered.Police watched.", "Crowds cheered. || Police watched."},
      {"They met Mr.Brenn on Monday.", "They met Mr.Brenn on Monday."},
      {"He shops at Amazon.com daily.", "He shops at Amazon.com daily."},
      {"J.R.Brenn of the U.S.Army spoke.", "J.R.Brenn of the U.S.Army spoke."},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Sentences(in), expected) << in;
}

}  // namespace
}  // namespace newskg

namespace newskg {
namespace {

// Text with no sentence end is cut every kMaxSentenceTokens tokens, so that
// no stage's work per sentence grows with the text.
TEST(SentenceSplitterTest, LongRunsAreCut) {
  Document doc;
  for (int i = 0; i < 1000; ++i) doc.text += "word ";
  doc.text += "end.";
  Tokenize(doc);
  SplitSentences(doc, testing::TestLexicon().abbreviations);
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].end_token - doc.sentences[0].first_token, kMaxSentenceTokens);
  EXPECT_EQ(doc.sentences[1].end_token - doc.sentences[1].first_token, kMaxSentenceTokens);
  EXPECT_EQ(doc.sentences[2].end_token, doc.tokens.size());
  for (size_t s = 0; s < doc.sentences.size(); ++s) {
    for (size_t k = doc.sentences[s].first_token; k < doc.sentences[s].end_token; ++k) {
      ASSERT_EQ(doc.tokens[k].sentence, s);
    }
  }
}

}  // namespace
}  // namespace newskg
