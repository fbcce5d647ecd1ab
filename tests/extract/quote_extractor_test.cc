#include "extract/quote_extractor.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EventSummary;
using testing::Extract;
using V = std::vector<std::string>;

TEST(QuoteExtractorTest, Table) {
  const std::pair<std::string, V> cases[] = {
      {"\"We will rebuild,\" Gabriel Boric said.",
       {"quote=We will rebuild,;speaker=Gabriel Boric"}},
      {"\"We will rebuild,\" said Gabriel Boric.",
       {"quote=We will rebuild,;speaker=Gabriel Boric"}},
      // The person after an organization and a lower-case title speaks.
      {"\"Nobody can stop us,\" said Hamas official Osama Hamdan.",
       {"quote=Nobody can stop us,;speaker=Osama Hamdan"}},
      {"\"Nobody can stop us,\" said Hamas.", {"quote=Nobody can stop us,;speaker=Hamas"}},
      // A country's unnamed body speaks for the country.
      {"\"We will respond firmly,\" China's foreign ministry said.",
       {"quote=We will respond firmly,;speaker=China"}},
      {"\"We will respond firmly,\" China's leaders believe.", {}},
      {"Gabriel Boric told reporters: \"We will rebuild.\"",
       {"quote=We will rebuild.;speaker=Gabriel Boric"}},
      {"Gabriel Boric described the plan as \"bold and fair.\"",
       {"quote=bold and fair.;speaker=Gabriel Boric"}},
      {"Gabriel Boric spoke. \"It is done,\" he said.",
       {"quote=It is done,;speaker=Gabriel Boric"}},
      {"\"Prices must fall,\" 54-year-old trader Maria Lopez told Reuters.",
       {"quote=Prices must fall,;speaker=Maria Lopez"}},
      {"\"We will rebuild,\" Gabriel Boric said. \"It will take years.\"",
       {"quote=It will take years.;speaker=Gabriel Boric",
        "quote=We will rebuild,;speaker=Gabriel Boric"}},
      {"The World Bank said the plan was \"a step forward\".",
       {"quote=a step forward;speaker=World Bank"}},
      // "quoted X as saying": a participle after "as", not a noun.
      {"\"Talks will resume,\" Le Monde quoted Amina Diallo as saying.",
       {"quote=Talks will resume,;speaker=Amina Diallo"}},
      {"\"Talks will resume,\" Amina Diallo was quoted as saying.",
       {"quote=Talks will resume,;speaker=Amina Diallo"}},
      {"\"Talks will resume,\" Le Monde quoted Amina Diallo in a report.", {}},
      {"Crowds chanted \"Resign!\" outside.", {}},
      {"The United States launched an exercise, dubbed \"Freedom Edge\", on Monday.", {}},
      {"It was a step that Finance Minister Mohamed Maait called \"a vote of confidence\".",
       {"quote=a vote of confidence;speaker=Mohamed Maait"}},
      {"Spokesman Esmaeil Baghaei condemned the decision as \"illegal and unjustified\".",
       {"quote=illegal and unjustified;speaker=Esmaeil Baghaei"}},
      {"\"The economy is recovering,\" according to Finance Minister Nirmala Sitharaman.",
       {"quote=The economy is recovering,;speaker=Nirmala Sitharaman"}},
      {"\"The deal is done,\" World Bank President Ajay Banga said.",
       {"quote=The deal is done,;speaker=Ajay Banga"}},
      {"\"We will rebuild,\" Gabriel Boric said, \"and we will do it fast.\"",
       {"quote=We will rebuild,;speaker=Gabriel Boric",
        "quote=and we will do it fast.;speaker=Gabriel Boric"}},
      {"Thousands joined the \"Walk for Peace\" in Lima.", {}},
      {"Gabriel Boric, who met Luiz Lula in Lima, called the deal \"historic\".",
       {"quote=historic;speaker=Gabriel Boric"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

TEST(QuoteExtractorTest, OrganizationEpithetSpeaks) {
  Document doc = Extract(
      "The Inter-American Development Bank approved the credit. The bank said it would be \"a "
      "lifeline\".");
  EXPECT_EQ(EventSummary(doc, "Statement"),
            V{"quote=a lifeline;speaker=Inter-American Development Bank"});
}

}  // namespace
}  // namespace newskg
