#include "extract/page_chrome.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "extract/tokenizer.h"

namespace newskg {
namespace {

// The chrome found in `text`, its spans' text joined by " | ".
std::string Chrome(const std::string& text) {
  Document doc;
  doc.text = text;
  FindPageChrome(doc);
  std::string out;
  for (size_t k = 0; k < doc.chrome.size(); ++k) {
    if (k > 0) {
      EXPECT_LE(doc.chrome[k - 1].end, doc.chrome[k].begin) << text;
    }
    out += (out.empty() ? "" : " | ") + std::string(doc.SpanText(doc.chrome[k]));
  }
  return out;
}

TEST(PageChromeTest, FindsButtonsAndLeads) {
  const std::pair<std::string, std::string> cases[] = {
      {"License Photo\nThe minister resigned on Friday.", "License Photo"},
      {"Share this article | Tweet | Email\nTalks resumed.", "Share this article | Tweet | Email"},
      {"ADVERTISEMENT\nTalks resumed.", "ADVERTISEMENT"},
      {"subscribe Help fund our reporting for R50 a month.\nTalks resumed.",
       "subscribe Help fund our reporting for R50 a month."},
      {"Read more: Ministers of Chile and Peru meet in Lima\nTalks resumed.",
       "Read more: Ministers of Chile and Peru meet in Lima"},
      {"ALSO READ | Farmers block roads in Madrid\nTalks resumed.",
       "ALSO READ | Farmers block roads in Madrid"},
      // Not chrome: prose that opens with the same words.
      {"Share prices fell in Tokyo on Monday.", ""},
      {"Read more about the plan, the minister told Parliament.", ""},
      {"Video footage showed police beating protesters.", ""},
      {"Subscribers to the service rose by 10%.", ""},
      {"Related talks in Geneva broke down.", ""},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Chrome(in), expected) << in;
}

TEST(PageChromeTest, FindsPhotoCredits) {
  const std::pair<std::string, std::string> cases[] = {
      {"The minister speaks in Accra. Photo: Reuters\nTalks resumed.", "Photo: Reuters"},
      {"Protesters in Quito on May 2. File Photo by Ana Lima/Agency Press |\nTalks resumed.",
       "File Photo by Ana Lima/Agency Press |"},
      {"Police stand guard (AP Photo/Ana Lima) near the court.", "(AP Photo/Ana Lima)"},
      {"Police stand guard [Image: Ana Lima] near the court.", "[Image: Ana Lima]"},
      {"Image source, Agency Press\nTalks resumed.", "Image source, Agency Press"},
      // A long copyright line (over 160 bytes, 20 words).
      {"\xC2\xA9 Agency Press International Broadcasting Corporation 2024, distributed "
       "internationally by Consolidated Newspapers Incorporated and Associated Broadcasters "
       "Limited of Johannesburg\n",
       "\xC2\xA9 Agency Press International Broadcasting Corporation 2024, distributed "
       "internationally by Consolidated Newspapers Incorporated and Associated Broadcasters "
       "Limited of Johannesburg"},
      {"Picture: ABCThe minister told reporters on Monday that talks with the union would resume "
       "next week.",
       "Picture: ABC"},
      {"Photo: Paulo SilvaThe strike closed every port in the region for a second day on Tuesday.",
       "Photo: Paulo Silva"},
      // Long paragraphs, which are first checked for where a credit may be.
      {"Photo: Paulo SilvaThe strike closed every port in the region for a second day on Tuesday, "
       "and unions said they would hold out until the government withdrew its plan to raise the "
       "retirement age.",
       "Photo: Paulo Silva"},
      {"The strike closed every port in the region for a second day on Tuesday (AFP Photo/Ana "
       "Lima), and unions said they would hold out until the government withdrew its plan to "
       "raise the retirement age. (Reporting by Ana Lima)",
       "(AFP Photo/Ana Lima) | (Reporting by Ana Lima)"},
      {"The strike closed every port in the region for a second day on Tuesday, and unions said "
       "they would hold out until the government withdrew its plan to raise the retirement age. "
       "Agency Press 2024. All rights reserved.",
       ""},  // too long a line to be a copyright notice
      // An agency's capitals and a slash, with no label.
      {"Fishers sort the catch in Tema. REUTERS/Kwame Boateng\nPrices rose.",
       "REUTERS/Kwame Boateng"},
      {"Fishers sort the catch in Tema (AFP/Kwame Boateng) on Monday.", "(AFP/Kwame Boateng)"},
      {"AGENCY/Kwame Boateng\nPrices rose.", "AGENCY/Kwame Boateng"},
      {"Fishers sort the catch in Tema. ABC-XYZ/Kwame Boateng\nPrices rose.",
       "ABC-XYZ/Kwame Boateng"},
      {"The strike closed every port in the region for a second day on Tuesday, and unions said "
       "they would hold out until the government withdrew its plan. REUTERS/Kwame Boateng",
       "REUTERS/Kwame Boateng"},
      // A photographer's name, a slash and an agency, with no label.
      {"The strike closed every port in the region for a second day on Tuesday, and unions said "
       "they would hold out until the government withdrew its plan. Kwame Boateng/Reuters",
       "Kwame Boateng/Reuters"},
      {"Fishers sort the catch in Tema. Kwame Boateng/AFP via Agency Images\nPrices rose.",
       "Kwame Boateng/AFP via Agency Images"},
      {"Fishers sort the catch in Tema (Kwame Boateng/Reuters) on Monday.",
       "(Kwame Boateng/Reuters)"},
      {"Fishers sort the catch in Tema.\nKwame Boateng/AFP\nPrices rose.", "Kwame Boateng/AFP"},
      // Not chrome: a slash between names in a headline or in prose.
      {"Ghana Aide/Adviser Resigns\nTalks resumed.", ""},
      {"Talks resumed. Kwame Boateng/Ama Owusu ticket wins the vote.", ""},
      {"US/China Talks Stall In Geneva\nTalks resumed.", ""},
      {"The EU/NATO summit opened in Riga.", ""},
      {"NATO/EU leaders met in Riga on Monday.", ""},
      // Not chrome: a label inside prose, or no seam on a long line.
      {"The photo by Ana Lima won a prize.", ""},
      {"Photo: the minister arrives at a meeting with union leaders in the capital on Monday "
       "morning to discuss pay.",
       ""},
      {"He showed a Photo: it was blurred.", ""},
      {"Photo, right: the minister.", ""},
      // A caption's name, then a credit label and ':' running to the line's
      // end; not a label inside prose, nor before a long sentence.
      {"Tomas Brenn Source: Halvor Kask/Agency\nTroops marched.", "Source: Halvor Kask/Agency"},
      {"Troops march in Riga. Source: Halvor Kask\nTalks resumed.", "Source: Halvor Kask"},
      {"Officials cited a Source: it was anonymous.", ""},
      {"Ana Ruiz Source: the ministry said on Monday that the talks in Riga had stalled again "
       "after a week of quarrels over money.",
       ""},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Chrome(in), expected) << in;
}

TEST(PageChromeTest, FindsBylinesTrailersAndCopyright) {
  const std::pair<std::string, std::string> cases[] = {
      // A reporter's name on the line before their role; an author's lead.
      {"Ama Owusu\nStaff Reporter\nTalks resumed.", "Ama Owusu | Staff Reporter"},
      {"Talks resumed.\nSenior Correspondent\nPrices rose.", "Senior Correspondent"},
      {"Talks resumed in Accra, officials said.\nCorrespondent\nPrices rose.", "Correspondent"},
      {"Author: Ama Owusu\nTalks resumed.", "Author: Ama Owusu"},
      {"The correspondent said talks resumed.", ""},
      {"By Ana Lima and Paulo Silva, Agency Press\nTalks resumed.",
       "By Ana Lima and Paulo Silva, Agency Press"},
      {"Reporting by Ana Lima; Editing by Paulo Silva\n",
       "Reporting by Ana Lima; Editing by Paulo Silva"},
      {"Talks resume on Monday. (Reporting by Ana Lima; Editing by Paulo Silva)",
       "(Reporting by Ana Lima; Editing by Paulo Silva)"},
      {"[Copyright Agency Press, Ltd.]\n", "[Copyright Agency Press, Ltd.]"},
      {"\xC2\xA9 2024 Agency Press\n", "\xC2\xA9 2024 Agency Press"},
      {"Agency Press 2024. All rights reserved.\n", "Agency Press 2024. All rights reserved."},
      // Not chrome.
      {"By Monday, the strike had spread to Porto.", ""},
      {"By then, Ana Lima had left.", ""},
      {"Copyright lawsuits against the firms multiplied.", ""},
      {"Copyrighted songs were removed.", ""},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Chrome(in), expected) << in;
}

TEST(PageChromeTest, TokenizerSkipsChrome) {
  Document doc;
  doc.text = "License Photo\nPicture: ABCThe minister resigned. Photo: Reuters";
  FindPageChrome(doc);
  Tokenize(doc);
  std::string words;
  for (const auto& t : doc.tokens) {
    EXPECT_EQ(doc.SpanText(t.span), t.text);
    words += (words.empty() ? "" : "|") + t.text;
  }
  EXPECT_EQ(words, "The|minister|resigned|.");
  ASSERT_FALSE(doc.tokens.empty());
  EXPECT_TRUE(doc.tokens[0].space_before);
  EXPECT_TRUE(doc.tokens[0].capitalized);
}

}  // namespace
}  // namespace newskg
