#include "base/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace newskg {
namespace {

TEST(Utf8Test, FindInvalidUtf8) {
  const std::pair<std::string, size_t> cases[] = {
      {"plain", std::string::npos},
      {"caf\xC3\xA9", std::string::npos},
      {std::string("a\0b", 3), 1},
      {"ab\xC3", 2},            // truncated
      {"\xC0\xAF", 0},          // overlong
      {"x\xED\xA0\x80", 1},     // surrogate
      {"\xF4\x90\x80\x80", 0},  // past U+10FFFF
  };
  for (const auto& [in, at] : cases) EXPECT_EQ(FindInvalidUtf8(in), at) << in;
}

}  // namespace
}  // namespace newskg
