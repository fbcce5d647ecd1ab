// A challenge set of wire-copy forms for every scored event class: passives,
// relative clauses, participial leads, datelines, noun triggers, reported
// results, coordinated participants and negation. Sentences written for
// these tests, with invented names; each row is what the evaluation
// contract's gold would hold for the sentence (EventSummary form).
// event_challenge_cases.inc holds the rows the extractor meets;
// event_challenge_gaps.inc the ones it does not yet (a disabled test that
// prints them: --gtest_also_run_disabled_tests).
#include <gtest/gtest.h>

#include <cstdio>

#include "extract/event_extractor.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EventSummary;
using testing::Extract;
using V = std::vector<std::string>;

struct ChallengeCase {
  std::string text;
  std::string cls;
  V expected;
};

// Article date 2024-03-13 is a Wednesday.
const ChallengeCase kCases[] = {
#include "tests/extract/event_challenge_cases.inc"
};

const ChallengeCase kGaps[] = {
#include "tests/extract/event_challenge_gaps.inc"
};

TEST(EventChallengeTest, WireCopyForms) {
  for (const auto& c : kCases) EXPECT_EQ(EventSummary(Extract(c.text), c.cls), c.expected) << c.text;
}

TEST(EventChallengeTest, DISABLED_KnownGaps) {
  int met = 0;
  for (const auto& c : kGaps) {
    const V got = EventSummary(Extract(c.text), c.cls);
    if (got == c.expected) {
      ++met;
      continue;
    }
    std::string g;
    for (const auto& s : got) g += "[" + s + "]";
    std::printf("gap %s | %s | got %s\n", c.cls.c_str(), c.text.c_str(), g.c_str());
  }
  std::printf("challenge: %zu + %d of %zu\n", std::size(kCases), met,
              std::size(kCases) + std::size(kGaps));
  EXPECT_EQ(met, static_cast<int>(std::size(kGaps)));
}

}  // namespace
}  // namespace newskg
