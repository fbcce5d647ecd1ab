#include "extract/internal/numbers.h"

#include <cstddef>

namespace newskg::internal {

std::optional<std::string> CleanNumber(std::string_view text) {
  std::string out;
  bool seen_dot = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      out += c;
    } else if (c == ',') {
      // Thousands separator: exactly three digits follow before the next separator or end.
      size_t digits = 0;
      size_t j = i + 1;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') {
        ++digits;
        ++j;
      }
      if (digits != 3 || seen_dot || out.empty()) return std::nullopt;
    } else if (c == '.' && !seen_dot && !out.empty() && i + 1 < text.size()) {
      seen_dot = true;
      out += c;
    } else {
      return std::nullopt;
    }
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::optional<std::string> ScaleDecimal(const std::string& number, int64_t multiplier) {
  int shift = 0;
  for (int64_t m = multiplier; m > 1; m /= 10) {
    if (m % 10 != 0) return std::nullopt;
    ++shift;
  }
  if (multiplier < 1) return std::nullopt;
  const size_t dot = number.find('.');
  const std::string int_digits = dot == std::string::npos ? number : number.substr(0, dot);
  const std::string frac_digits = dot == std::string::npos ? "" : number.substr(dot + 1);
  // Move `shift` digits from the fraction to the integer part, padding with zeros.
  std::string digits = int_digits;
  size_t moved = 0;
  for (; moved < static_cast<size_t>(shift) && moved < frac_digits.size(); ++moved) {
    digits.push_back(frac_digits[moved]);
  }
  for (size_t k = moved; k < static_cast<size_t>(shift); ++k) digits.push_back('0');
  std::string frac(frac_digits.begin() + static_cast<std::ptrdiff_t>(moved), frac_digits.end());
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  size_t nz = 0;
  while (nz + 1 < digits.size() && digits[nz] == '0') ++nz;
  std::string int_part(digits.begin() + static_cast<std::ptrdiff_t>(nz), digits.end());
  if (int_part.empty()) int_part.push_back('0');
  return frac.empty() ? int_part : int_part + "." + frac;
}

std::optional<int64_t> ToInteger(const std::string& number) {
  if (number.empty() || number.size() > 18) return std::nullopt;
  int64_t v = 0;
  for (char c : number) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

}  // namespace newskg::internal
