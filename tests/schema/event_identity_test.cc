#include "schema/event_identity.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "tests/test_util.h"

namespace newskg {
namespace {

TEST(EventIdentityRulesTest, DatesCompatible) {
  struct Case {
    const char* a;
    const char* b;
    int days;
    bool compatible;
  };
  const Case cases[] = {
      {"2024-03-11", "2024-03-11", 0, true},
      {"2024-03-11", "2024-03-12", 0, false},
      {"2024-03-11", "2024-03-12", 1, true},
      {"2024-03-11", "2024-03-18", 7, true},
      {"2024-03-11", "2024-03-19", 7, false},
      {"2024-03", "2024-03-31", 0, true},  // a month holds each of its days
      {"2024-02", "2024-03-01", 0, false},
      {"2024-02", "2024-03-01", 1, true},
      {"2024-02", "2024-02-29", 0, true},  // leap year
      {"2024", "2024-12-31", 0, true},
      {"2016", "2022", 31, false},
      {"2016-12-31", "2017-01-01", 1, true},   // across a year
      {"2024-03-11", "2025-03-11", -1, true},  // dates never conflict
      {"soon", "2024-03-11", 0, true},         // not a date: no conflict
  };
  for (const auto& c : cases) {
    EXPECT_EQ(DatesCompatible(c.a, c.b, c.days), c.compatible)
        << c.a << " " << c.b << " " << c.days;
    EXPECT_EQ(DatesCompatible(c.b, c.a, c.days), c.compatible)
        << c.b << " " << c.a << " " << c.days;
  }
}

TEST(EventIdentityRulesTest, NumbersAndQuotes) {
  EXPECT_TRUE(NumbersCompatible(1.5e9, 1.5e9, 0));
  EXPECT_TRUE(NumbersCompatible(1.5e9, 1.49e9, 0.02));
  EXPECT_FALSE(NumbersCompatible(1.5e9, 2.0e9, 0.02));
  EXPECT_TRUE(NumbersCompatible(1, 1000, -1));
  EXPECT_TRUE(QuotesMatch("we will not stop", "we will not stop"));
  EXPECT_TRUE(QuotesMatch("we will not stop here", "will not stop"));
  EXPECT_FALSE(QuotesMatch("we will not stop here", "ill not sto"));  // whole words only
  EXPECT_FALSE(QuotesMatch("we will not stop", "we will stop"));
  EXPECT_FALSE(QuotesMatch("", "we"));
}

TEST(EventIdentityRulesTest, ShippedTableHasEveryClass) {
  auto id = EventIdentity::Default();
  ASSERT_TRUE(id.ok()) << id.status().message();
  for (const char* cls : {"Meeting", "Loan", "MilitaryExercise", "Election", "Protest", "Arrest",
                          "Statement", "Sanction"}) {
    EXPECT_NE(id.value()->Rule(cls), nullptr) << cls;
  }
  EXPECT_EQ(id.value()->Rule("Picnic"), nullptr);
  const EventIdentityRule* meeting = id.value()->Rule("Meeting");
  ASSERT_NE(meeting, nullptr);
  EXPECT_EQ(meeting->date_days, 0);
  EXPECT_TRUE(meeting->place);
  ASSERT_EQ(meeting->evidence.size(), 1u);
  EXPECT_EQ(meeting->evidence[0].min_shared, 2u);
  ASSERT_NE(id.value()->CapitalOf("Nairobi"), nullptr);
  EXPECT_EQ(*id.value()->CapitalOf("Nairobi"), "Kenya");
}

TEST(EventIdentityRulesTest, BadTablesAreErrorsThatNameTheFile) {
  namespace fs = std::filesystem;
  const testing::TempFolder folder("event_identity_test");
  const fs::path dir = folder.path();
  fs::create_directories(dir / "events");
  std::ofstream(dir / "capitals.tsv") << "Nairobi\tKenya\n";
  const std::pair<const char*, const char*> cases[] = {
      {"Meeting\tparticipant:two\t-\t0\t-\t-\tplace\n", "bad evidence count"},
      {"Meeting\tparticipant\t-\tsoon\t-\t-\tplace\n", "bad days"},
      {"Meeting\tparticipant\t-\t0\t-\t-\tyes\n", "place column"},
      {"Meeting\t-\t-\t0\t-\t-\tplace\n", "no evidence role"},
      {"Meeting\tparticipant\t-\t0\n", "expected 7"},
      {"Meeting\tparticipant\t-\t0\t-\t-\tplace\nMeeting\tparticipant\t-\t0\t-\t-\tplace\n",
       "listed twice"},
  };
  for (const auto& [table, error] : cases) {
    std::ofstream(dir / "events" / "identity.tsv") << table;
    auto id = EventIdentity::Load(dir.string());
    ASSERT_FALSE(id.ok()) << table;
    EXPECT_NE(id.status().message().find(error), std::string::npos) << id.status().message();
    EXPECT_NE(id.status().message().find("identity.tsv"), std::string::npos);
  }
  std::ofstream(dir / "events" / "identity.tsv") << "Meeting\tparticipant:2\t-\t0\t-\t-\tplace\n";
  EXPECT_TRUE(EventIdentity::Load(dir.string()).ok());
  fs::remove(dir / "capitals.tsv");
  EXPECT_FALSE(EventIdentity::Load(dir.string()).ok());
}

}  // namespace
}  // namespace newskg
