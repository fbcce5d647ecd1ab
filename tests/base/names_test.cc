#include "base/names.h"

#include <gtest/gtest.h>

#include <string>

namespace newskg {
namespace {

TEST(NameSlugTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Vladimir Putin", "vladimir-putin"},
      {"Person/Vladimir Putin", "person/vladimir-putin"},
      {"U.S.", "u-s"},
      {"St. John's", "st-john-s"},
      {"Smith, Jones  and Co.", "smith-jones-and-co"},
      {"  leading", "leading"},
      {"\xC3\x89krem", "\xC3\x89krem"},  // only ASCII is folded here
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(NameSlug(in), out) << in;
}

}  // namespace
}  // namespace newskg
