#include "extract/money_normalizer.h"

#include <gtest/gtest.h>

#include "extract/internal/numbers.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

// "value CUR" for each amount, joined by "; ".
std::string Money(const std::string& text) {
  Document doc;
  doc.text = text;
  Tokenize(doc);
  SplitSentences(doc, testing::TestLexicon().abbreviations);
  NormalizeMoney(doc, testing::TestLexicon());
  std::string out;
  for (const auto& m : doc.money) out += (out.empty() ? "" : "; ") + m.value + " " + m.currency;
  return out;
}

TEST(MoneyNormalizerTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"a loan worth $1.5 billion", "1500000000 USD"},
      {"$1.5 billion (\xE2\x82\xAC"
       "1.26 billion)",
       "1500000000 USD; 1260000000 EUR"},
      {"US$1.5bn", "1500000000 USD"},
      {"US$ 1.2 billion", "1200000000 USD"},
      {"1.5bn dollars", "1500000000 USD"},
      {"1.5 billion US dollars", "1500000000 USD"},
      // The currency's name before the number and its multiplier; without
      // a multiplier no amount ("the dollar 2 percent" is none).
      {"a US dollar 300 million loan", "300000000 USD"},
      {"US dollars 1.2 billion in credit", "1200000000 USD"},
      {"euros 40 million", "40000000 EUR"},
      {"pushed the dollar 2 percent higher", ""},
      {"$3 billion (about 835 billion rupees) for Pakistan", "3000000000 USD; 835000000000 PKR"},
      {"2.25 billion special drawing rights", "2250000000 XDR"},
      {"\xC2\xA3"
       "400m",
       "400000000 GBP"},
      {"\xC2\xA3"
       "400 million",
       "400000000 GBP"},
      {"\xE2\x82\xAC"
       "50,000",
       "50000 EUR"},
      {"$25", "25 USD"},
      {"$3.75", "3.75 USD"},
      {"$1,250,000", "1250000 USD"},
      {"$4bn", "4000000000 USD"},
      {"$0.5 trillion", "500000000000 USD"},
      {"10 billion yuan", "10000000000 CNY"},
      {"5 billion roubles", "5000000000 RUB"},
      {"300 million euros", "300000000 EUR"},
      {"USD 2 billion", "2000000000 USD"},
      {"2 billion USD", "2000000000 USD"},
      {"\xC2\xA5"
       "500 billion",
       "500000000000 JPY"},
      {"1.2 trillion yen", "1200000000000 JPY"},
      {"20 billion lira", "20000000000 TRY"},
      {"a $2bn deposit and a $1bn loan", "2000000000 USD; 1000000000 USD"},
      {"won 80% of the votes", ""},
      {"100,000 people marched", ""},
      {"in 2020 the economy", ""},
      {"1.5 billion people", ""},
      {"$1.5 billion dollars", "1500000000 USD"},
      {"A$3 billion", "3000000000 AUD"},
      {"HK$12 billion", "12000000000 HKD"},
      {"7.5 million pounds", "7500000 GBP"},
      {"CHF 200 million", "200000000 CHF"},
      {"3 billion riyals", "3000000000 SAR"},
      {"KSh 2 billion", "2000000000 KES"},
      {"500 million cedis", "500000000 GHS"},
      {"2 billion Egyptian pounds", "2000000000 EGP"},
  };
  for (const auto& [in, expected] : cases) EXPECT_EQ(Money(in), expected) << in;
}

TEST(MoneyNormalizerTest, AmbiguousCurrencyFollowsTheArticlesCountry) {
  EXPECT_EQ(Money("India will spend 500 billion rupees."), "500000000000 INR");
  EXPECT_EQ(Money("Sri Lanka got 20 billion rupees."), "20000000000 LKR");
  EXPECT_EQ(Money("The Philippines owes 3 billion pesos."), "3000000000 PHP");
  // Shillings of East Africa, and "Rs" as ambiguous as "rupees".
  EXPECT_EQ(Money("Kenya will borrow 40 billion shillings."), "40000000000 KES");
  EXPECT_EQ(Money("Uganda will borrow 2 trillion shillings."), "2000000000000 UGX");
  EXPECT_EQ(Money("Nepal's budget grew by Rs 30 billion."), "30000000000 NPR");
  // The country named most often decides: a Sri Lankan story that names
  // India in passing means Sri Lankan rupees.
  EXPECT_EQ(Money("Sri Lanka took a swap line from India. Sri Lanka got Rs 9 billion, and "
                  "Sri Lanka will repay it."),
            "9000000000 LKR");
  EXPECT_EQ(Money("Kuwait lent Jordan 50 million dinars. Jordan will repay the Jordan loan."),
            "50000000 JOD");
}

TEST(NumbersTest, ScaleDecimalIsExact) {
  const std::tuple<std::string, int64_t, std::string> cases[] = {
      {"1.26", 1000000000, "1260000000"},
      {"1.5", 1000000, "1500000"},
      {"0.5", 1000, "500"},
      {"3.75", 1, "3.75"},
      {"12", 1000, "12000"},
      {"1.23456", 1000, "1234.56"},
      {"007", 1, "7"},
      {"2.250", 1000000000, "2250000000"},
  };
  for (const auto& [n, m, expected] : cases) {
    EXPECT_EQ(internal::ScaleDecimal(n, m).value_or("?"), expected) << n << " x " << m;
  }
  EXPECT_FALSE(internal::ScaleDecimal("1", 12).has_value());
}

TEST(NumbersTest, CleanNumber) {
  EXPECT_EQ(internal::CleanNumber("100,000").value_or("?"), "100000");
  EXPECT_EQ(internal::CleanNumber("1,250,000.5").value_or("?"), "1250000.5");
  EXPECT_FALSE(internal::CleanNumber("10,00").has_value());
  EXPECT_FALSE(internal::CleanNumber("abc").has_value());
}

}  // namespace
}  // namespace newskg
