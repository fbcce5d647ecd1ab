#include "extract/date_normalizer.h"

#include <gtest/gtest.h>

#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

// The text's tokens, sentences and dates.
Document Dated(const std::string& text, const std::string& article_date) {
  Document doc;
  doc.text = text;
  doc.date = article_date;
  Tokenize(doc);
  SplitSentences(doc, testing::TestLexicon().abbreviations);
  NormalizeDates(doc, testing::TestLexicon());
  return doc;
}

std::string Dates(const std::string& text, const std::string& article_date) {
  const Document doc = Dated(text, article_date);
  std::string out;
  for (const auto& d : doc.dates) out += (out.empty() ? "" : "; ") + d.lexical;
  return out;
}

struct DateCase {
  std::string text;
  std::string article_date;  // 2020-09-14 is a Monday
  std::string expected;
};

TEST(DateNormalizerTest, Table) {
  const DateCase cases[] = {
      {"They met on Monday.", "2020-09-14", "2020-09-14"},
      {"They met on Sunday.", "2020-09-14", "2020-09-13"},
      {"They met on Tuesday.", "2020-09-14", "2020-09-08"},
      {"They will meet on Tuesday.", "2020-09-14", "2020-09-15"},
      {"They will meet next Monday.", "2020-09-14", "2020-09-21"},
      {"They met last Monday.", "2020-09-14", "2020-09-07"},
      // A weekday of the calendar week (from Monday) before or after the
      // article's: 2020-09-16 is a Wednesday.
      {"They met on Tuesday last week.", "2020-09-16", "2020-09-08"},
      {"They met on Friday of last week.", "2020-09-16", "2020-09-11"},
      {"They will meet on Monday next week.", "2020-09-16", "2020-09-21"},
      {"They met on Wednesday last week.", "2020-09-16", "2020-09-09"},
      {"The board signed off on Wednesday.", "2023-07-13", "2023-07-12"},
      {"He spoke to his cabinet on Thursday.", "2023-07-13", "2023-07-13"},
      {"The vote was held on August 9.", "2020-09-14", "2020-08-09"},
      {"The vote was held on August 9, 2020.", "2021-01-01", "2020-08-09"},
      {"A march on August 16 drew crowds.", "2020-09-14", "2020-08-16"},
      {"He was arrested on May 9.", "2023-07-13", "2023-05-09"},
      {"Talks began on December 20.", "2021-01-05", "2020-12-20"},
      {"Elections are due on November 3.", "2020-09-14", "2020-11-03"},
      {"It happened on 9 August 2020.", "2020-09-14", "2020-08-09"},
      {"It happened on 9 August.", "2020-09-14", "2020-08-09"},
      {"It started in August 2020.", "2021-03-01", "2020-08"},
      {"They met in Paris last month.", "2023-07-13", "2023-06"},
      {"They met last month.", "2023-01-13", "2022-12"},
      {"He was ousted in April last year.", "2023-07-13", "2022-04"},
      {"Repayments start in November.", "2023-07-13", "2022-11"},
      {"Repayments will start in November.", "2023-07-13", "2023-11"},
      {"By February, reserves had dwindled.", "2023-07-13", "2023-02"},
      {"It grew in 2019.", "2023-07-13", "2019"},
      {"He lost the 2017 election.", "2023-07-13", "2017"},
      {"It happened yesterday.", "2020-09-14", "2020-09-13"},
      {"Published 2020-09-14 in Berlin.", "2021-01-01", "2020-09-14"},
      {"The fiscal year began on July 1.", "2023-07-13", "2023-07-01"},
      {"ISLAMABAD, July 13 \xE2\x80\x94 The board met.", "2023-07-13", "2023-07-13"},
      {"It ran on Sept. 5.", "2020-09-14", "2020-09-05"},
      // Rows of extract/data/relative_dates.tsv, ordinal_suffixes.txt,
      // year_cues.txt and month_cues.txt.
      {"It opens tomorrow.", "2020-09-14", "2020-09-15"},
      {"It opened today.", "2020-09-14", "2020-09-14"},
      {"It will open today.", "2020-09-14", ""},  // "today" in future wording: no date
      {"It grew this year.", "2020-09-14", "2020"},
      {"It grows next year.", "2020-09-14", "2021"},
      {"It fell this month.", "2020-09-14", "2020-09"},
      {"He left in June next year.", "2020-09-14", "2021-06"},
      {"It began on March 1st.", "2020-09-14", "2020-03-01"},
      {"The elections of 2016 were close.", "2020-09-14", "2016"},
      {"It began early June.", "2020-09-14", "2020-06"},
      {"The 2016 vote was close.", "2020-09-14", "2016"},  // "the" before the year
      {"Some 2016 votes were lost.", "2020-09-14", ""},    // no cue before the year
      {"Votes were counted on Feb 29.", "2024-03-10", "2024-02-29"},
      {"Votes were counted on Feb 30.", "2024-03-10", ""},
      {"The May Day rally.", "2024-03-10", ""},
  };
  for (const auto& c : cases) EXPECT_EQ(Dates(c.text, c.article_date), c.expected) << c.text;
}

// "lexical/anchor" for each date: a bound ("since March 3") is no anchor,
// and of a range ("from February 14 to March 2") the start is.
std::string Anchors(const std::string& text) {
  const Document doc = Dated(text, "2018-06-12");
  std::string out;
  for (const auto& d : doc.dates)
    out += (out.empty() ? "" : "; ") + d.lexical + (d.anchor ? "/anchor" : "/bound");
  return out;
}

TEST(DateNormalizerTest, RangesAreDatedByTheirStart) {
  const std::pair<std::string, std::string> cases[] = {
      {"It runs from February 14 to March 2.", "2018-02-14/anchor; 2018-03-02/bound"},
      {"It runs from February 14th through March 2nd.", "2018-02-14/anchor; 2018-03-02/bound"},
      {"It has run since February 14.", "2018-02-14/bound"},
      {"It ran from 2016.", ""},
      {"It began on February 14 and ended on March 2.", "2018-02-14/anchor; 2018-03-02/anchor"},
      // A possessive date dates its noun, after any preposition.
      {"Protests have grown since Sunday's vote.", "2018-06-10/anchor"},
      {"Ballots from Sunday's election were counted.", "2018-06-10/anchor"},
      {"Protests have grown since Sunday.", "2018-06-10/bound"},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(Anchors(text), expected) << text;
}

// Through the pipeline, which tags the words the future cues read.
std::string PipelineDates(const std::string& text, const std::string& article_date) {
  const Document doc = testing::Extract(text, article_date);
  std::string out;
  for (const auto& d : doc.dates) out += (out.empty() ? "" : "; ") + d.lexical;
  return out;
}

TEST(DateNormalizerTest, ToWithNoVerbIsNoFutureCue) {
  // 2018-06-12 is a Tuesday: "Saturday" is the 9th, or the 16th ahead.
  EXPECT_EQ(PipelineDates("Protests erupted on Saturday due to rising prices.", "2018-06-12"),
            "2018-06-09");
  EXPECT_EQ(PipelineDates("Crowds rallied next to the parliament on Saturday.", "2018-06-12"),
            "2018-06-09");
  EXPECT_EQ(PipelineDates("The vote is due to be held on Saturday.", "2018-06-12"), "2018-06-16");
}

TEST(DateNormalizerTest, RelativeDatesNeedAnArticleDate) {
  EXPECT_EQ(Dates("They met on Monday.", ""), "");
  EXPECT_EQ(Dates("The vote was held on August 9, 2020.", ""), "2020-08-09");
}

TEST(DateNormalizerTest, PublicationDatesInOtherNumericForms) {
  const struct {
    std::string given, text, expected, error;
  } cases[] = {
      {"03-02-2009", "Sales fell\nFebruary 03, 2009\n\nSales fell.", "2009-02-03", ""},
      {"02/03/2009", "Sales fell\nFebruary 03, 2009\n\nSales fell.", "2009-02-03", ""},
      {"13-02-2009", "Sales fell.", "2009-02-13", ""},
      {"2.13.2009", "Sales fell.", "2009-02-13", ""},
      {"05-06-2009", "Sales fell.", "", "ambiguous (2009-06-05 or 2009-05-06)"},
      {"99-99-2009", "Sales fell.", "", "is not YYYY-MM-DD, nor DD-MM-YYYY"},
      {"03-02-09", "Sales fell.", "", "is not YYYY-MM-DD"},
      {"03-02/2009", "Sales fell.", "", "is not YYYY-MM-DD"},
  };
  for (const auto& c : cases) {
    Document doc;
    doc.text = c.text;
    Tokenize(doc);
    SplitSentences(doc, testing::TestLexicon().abbreviations);
    auto r = ResolvePublicationDate(doc, testing::TestLexicon(), c.given);
    if (c.error.empty()) {
      ASSERT_TRUE(r.ok()) << c.given << ": " << r.status().message();
      EXPECT_EQ(r.value(), c.expected) << c.given;
    } else {
      ASSERT_FALSE(r.ok()) << c.given;
      EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
      EXPECT_NE(r.status().message().find(c.error), std::string::npos) << r.status().message();
    }
  }
}

TEST(DateNormalizerTest, DayArithmetic) {
  EXPECT_EQ(AddDays("2020-03-01", -1), "2020-02-29");
  EXPECT_EQ(AddDays("2020-12-31", 1), "2021-01-01");
  EXPECT_EQ(Weekday("2020-09-14"), 0);
  EXPECT_EQ(Weekday("2023-07-13"), 3);
}

}  // namespace
}  // namespace newskg
