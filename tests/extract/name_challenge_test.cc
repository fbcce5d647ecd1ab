// A challenge set of wire-copy sentences for names: titles and common
// words opening sentences, initials and particles, hyphenated and
// non-English names, organizations with and without their acronyms,
// ministries, parties, courts, agencies, datelines, photo credits and
// bylines, demonyms, places with regions, headlines in title case.
// Sentences written for these tests; each row is the entities the
// evaluation contract's gold would hold for the sentence (EntitySummary
// form). A first set of 47 rows was written before any fix of this set's
// rules; a second of 17, after them, from forms that failed then; a third of
// 28 (24 met) on 2026-12-02, before the fixes that followed it; a fourth of
// 23 (4 of them controls met before) on 2026-12-03, from the forms an audit
// of real news found, before their fixes.
// name_challenge_cases.inc holds the rows the recognizer meets;
// name_challenge_gaps.inc the ones it does not yet, each with its reason
// (a disabled test that prints them: --gtest_also_run_disabled_tests).
#include <gtest/gtest.h>

#include <cstdio>
#include <string>
#include <vector>

#include "extract/entity_recognizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EntitySummary;
using testing::Extract;
using V = std::vector<std::string>;

struct NameCase {
  std::string text;
  V expected;
};

const std::vector<NameCase> kCases = {
#include "tests/extract/name_challenge_cases.inc"
};

const std::vector<NameCase> kGaps = {
#include "tests/extract/name_challenge_gaps.inc"
};

std::string Joined(const V& v) {
  std::string s;
  for (const auto& x : v) s += "[" + x + "]";
  return s;
}

TEST(NameChallengeTest, WireCopyNames) {
  for (const auto& c : kCases) EXPECT_EQ(EntitySummary(Extract(c.text)), c.expected) << c.text;
}

TEST(NameChallengeTest, DISABLED_KnownGaps) {
  int met = 0;
  for (const auto& c : kGaps) {
    const V got = EntitySummary(Extract(c.text));
    if (got == c.expected) {
      ++met;
      continue;
    }
    std::printf("gap | %s | want %s | got %s\n", c.text.c_str(), Joined(c.expected).c_str(),
                Joined(got).c_str());
  }
  std::printf("challenge: %zu + %d of %zu\n", kCases.size(), met, kCases.size() + kGaps.size());
  EXPECT_EQ(met, static_cast<int>(kGaps.size()));
}

}  // namespace
}  // namespace newskg
