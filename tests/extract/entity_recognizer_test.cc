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
      {"Image: Getty Images/AFP/S. Gapon", {"Organization:AFP", "Organization:Getty Images", "Person:S. Gapon"}},
      {"They remembered World War II and the Treaty of Versailles.", {}},
      {"\"I'm tired,\" he said.", {}},
      {"Belarusians took to the streets.", {}},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

TEST(EntityRecognizerTest, RecordsTitlesWithTheirCountry) {
  Document doc = Extract("Kenyan President William Ruto spoke.");
  EXPECT_EQ(testing::RelationSummary(doc), V{"leaderOf(William Ruto, Kenya)"});
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
