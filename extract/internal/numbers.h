// Exact decimal arithmetic on numbers written in text.
#ifndef NEWSKG_EXTRACT_INTERNAL_NUMBERS_H_
#define NEWSKG_EXTRACT_INTERNAL_NUMBERS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace newskg::internal {

// "100,000" -> "100000", "1.5" -> "1.5"; nullopt when not a plain number.
// A comma followed by exactly three digits is a thousands separator.
std::optional<std::string> CleanNumber(std::string_view text);

// Multiplies a decimal string by a power of ten (multiplier 10^k, k >= 0),
// exactly: ("1.26", 1000000000) -> "1260000000". Returns nullopt when the
// multiplier is not a power of ten.
std::optional<std::string> ScaleDecimal(const std::string& number, int64_t multiplier);

// Integer value of a decimal string without fraction, if it fits.
std::optional<int64_t> ToInteger(const std::string& number);

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_NUMBERS_H_
