#include "extract/entity_recognizer.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EntitySummary;
using testing::Extract;
using V = std::vector<std::string>;

TEST(EntityRecognizerTest, TypesNamesFromFormAndGazetteers) {
  const std::pair<std::string, V> cases[] = {
      {"German Chancellor Olaf Scholz flew to Warsaw.",
       {"City:Warsaw", "Country:Germany", "Person:Olaf Scholz"}},
      {"The World Bank and the Asian Development Bank lent money to Kenya.",
       {"Country:Kenya", "Organization:Asian Development Bank", "Organization:World Bank"}},
      {"Officials of the Central Bank of Nigeria met in Abuja.",
       {"City:Abuja", "Organization:Central Bank of Nigeria"}},
      {"Police detained 40 people in Tahrir Square.", {"Place:Tahrir Square"}},
      {"The OSCE sent observers.", {"Organization:OSCE"}},
      {"ISLAMABAD, July 13 \xE2\x80\x94 Talks resumed.", {"City:Islamabad"}},
      {"Huge crowds gathered. Thousands marched.", {}},
      {"Supporters waved flags in Sokolniki.", {"City:Sokolniki"}},
      {"Finance Minister Ishaq Dar said so.", {"Person:Ishaq Dar"}},
      {"She fled to neighbouring Lithuania.", {"Country:Lithuania"}},
      {"Image: Getty Images/AFP/S. Gapon",
       {"Organization:AFP", "Organization:Getty Images", "Person:S. Gapon"}},
      {"They remembered World War II and the Treaty of Versailles.", {}},
      {"\"I'm tired,\" he said.", {}},
      {"Belarusians took to the streets.", {}},
      {"Officials from the Washington-based lender arrived.", {}},
      {"The annual Cobra Gold drills began.", {}},
      {"The operation, code-named \"Desert Shield\", began.", {}},
      {"Envoy Hsiao Bi-khim spoke.", {"Person:Hsiao Bi-khim"}},
      {"Taiwanese President Tsai Ing-wen spoke.", {"Country:Taiwan", "Person:Tsai Ing-wen"}},
      {"Peru's Congress met.", {"Country:Peru", "Organization:Congress"}},
      {"His party Demosisto said so.", {"Organization:Demosisto"}},
      {"Floods hit Metro Manila as Air India cancelled flights.",
       {"Organization:Air India", "Place:Metro Manila"}},
      {"Bank of Ghana officials met.", {"Organization:Bank of Ghana"}},
      {"Shares of Zentrix Corp fell.", {"Organization:Zentrix Corp"}},
      {"Shares on the Dow Jones Industrial Average fell.",
       {"Organization:Dow Jones Industrial Average"}},
      {"Apple Computer said sales rose.", {"Organization:Apple Computer"}},
      {"Photo: AP Photo/S. Grits", {"Organization:AP", "Person:S. Grits"}},
      {"BUENOS AIRES, April 11 \xE2\x80\x94 Markets rose.", {"City:Buenos Aires"}},
      {"Finance Secretary Njuguna Ndung'u spoke.", {"Person:Njuguna Ndung'u"}},
      {"The Kenya National Commission on Human Rights said so.",
       {"Organization:Kenya National Commission on Human Rights"}},
      {"Workers at General Motors walked out.", {"Organization:General Motors"}},
      {"The A330-200 landed.", {}},
      {"It rained in Cupertino, California.", {"City:Cupertino", "Place:California"}},
      {"Apple Computer CEO Steve Jobs spoke.",
       {"Organization:Apple Computer", "Person:Steve Jobs"}},
      {"Saudi Arabia lent money.", {"Country:Saudi Arabia"}},
      {"Ships sailed into the Gulf of Oman.", {"Place:Gulf of Oman"}},
      {"Shares of Apple rose after Airbus said so.", {"Organization:Airbus", "Organization:Apple"}},
      {"Western governments protested.", {}},
      {"The firm filed for Chapter 11 protection.", {}},
      {"Crowds joined a \"March for Freedom\" downtown.", {}},
      {"Crowds filled Izmir's Alsancak district.", {"City:Izmir", "Place:Alsancak"}},
      {"Troops at Camp Humphreys and the Eastern Theater Command waited.",
       {"Organization:Eastern Theater Command", "Place:Camp Humphreys"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

TEST(EntityRecognizerTest, RecordsTitlesWithTheirCountry) {
  Document doc = Extract("Kenyan President William Ruto spoke.");
  EXPECT_EQ(testing::RelationSummary(doc), V{"leaderOf(William Ruto, Kenya)"});
}

TEST(EntityRecognizerTest, QualifiedTitlesKeepTheirCountry) {
  Document doc =
      Extract("U.S. Defense Secretary Lloyd Austin hosted Carlito Galvez Jr. at the Pentagon.");
  EXPECT_EQ(EntitySummary(doc), (V{"Country:U.S.", "Organization:Pentagon",
                                   "Person:Carlito Galvez Jr", "Person:Lloyd Austin"}));
  EXPECT_EQ(testing::EventSummary(doc, "Meeting"),
            V{"participant=Carlito Galvez Jr,Lloyd Austin;place=Pentagon"});
}

TEST(EntityRecognizerTest, TwoWordDemonyms) {
  EXPECT_EQ(testing::RelationSummary(Extract("South Korean President Yoon Suk Yeol spoke.")),
            V{"leaderOf(Yoon Suk Yeol, South Korea)"});
}

TEST(EntityRecognizerTest, LowerCaseTitlesBeforeNames) {
  EXPECT_EQ(testing::RelationSummary(Extract("On Friday, ANC leader Cyril Ramaphosa spoke.")),
            V{"leaderOf(Cyril Ramaphosa, ANC)"});
}

TEST(EntityRecognizerTest, FormerLeadersLeadNothing) {
  Document doc = Extract("Former Prime Minister Imran Khan spoke in Lahore.");
  EXPECT_EQ(testing::RelationSummary(doc), V{});
  EXPECT_GE(testing::FindEntity(doc, "Imran Khan"), 0);
}

TEST(EntityRecognizerTest, OrganizationHeadsLeadTheirOrganization) {
  Document doc = Extract("World Bank President Ajay Banga visited Nairobi.");
  EXPECT_EQ(testing::RelationSummary(doc), V{"leaderOf(Ajay Banga, World Bank)"});
}

}  // namespace
}  // namespace newskg
