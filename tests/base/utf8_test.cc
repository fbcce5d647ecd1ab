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

// Capitals of Latin, Greek and Cyrillic names, each beside its small letter.
TEST(Utf8Test, IsUpperCodePoint) {
  const std::pair<std::string, bool> cases[] = {
      {"A", true},   {"a", false},  {"É", true},  {"é", false}, {"Ç", true},  {"Ą", true},
      {"ą", false},  {"İ", true},   {"ı", false}, {"Ł", true},  {"ł", false}, {"Ń", true},
      {"ń", false},  {"Ş", true},   {"ş", false}, {"Š", true},  {"Ÿ", true},  {"Ž", true},
      {"ž", false},  {"Ż", true},   {"ż", false}, {"Ș", true},  {"ș", false}, {"Ț", true},
      {"ț", false},  {"Ǎ", true},   {"ǎ", false}, {"Ǧ", true},  {"ǧ", false}, {"Ḥ", true},
      {"ḥ", false},  {"Ả", true},   {"ả", false}, {"Ứ", true},  {"ứ", false}, {"Ά", true},
      {"ά", false},  {"Ω", true},   {"ω", false}, {"Є", true},  {"є", false}, {"І", true},
      {"і", false},  {"Ї", true},   {"Ў", true},  {"ў", false}, {"Д", true},  {"д", false},
      {"Ґ", true},   {"ґ", false},  {"Қ", true},  {"қ", false}, {"Ӂ", true},  {"ӂ", false},
      {"ß", false},  {"×", false},
  };
  for (const auto& [ch, upper] : cases) {
    size_t len = 0;
    EXPECT_EQ(IsUpperCodePoint(DecodeAt(ch, 0, len)), upper) << ch;
  }
}

}  // namespace
}  // namespace newskg
