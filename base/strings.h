// Small string helpers shared by the libraries.
#ifndef NEWSKG_BASE_STRINGS_H_
#define NEWSKG_BASE_STRINGS_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace newskg {

// A hash for unordered containers of std::string that can be searched with a
// std::string_view (with std::equal_to<>), so lookups build no string.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// "ISLAMABAD" -> "Islamabad", "ministry" -> "Ministry": each word (after a
// space or hyphen) capitalized, the rest lower case (ASCII only).
inline std::string TitleCase(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  bool start = true;
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (start && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    start = c == ' ' || c == '-';
    out += c;
  }
  return out;
}

// Words of a string split on spaces; empty words dropped.
inline std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::string w;
  for (char c : s) {
    if (c == ' ') {
      if (!w.empty()) out.push_back(w);
      w.clear();
    } else {
      w += c;
    }
  }
  if (!w.empty()) out.push_back(w);
  return out;
}

// Initials of the capitalized words of a name: "International Monetary Fund" -> "IMF".
inline std::string Initials(const std::string& name) {
  std::string out;
  for (const auto& w : SplitWords(name)) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out += w[0];
  }
  return out;
}

// FNV-1a 64-bit hash: stable across runs and machines (never std::hash).
inline uint64_t Fnv1a64(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

// FNV-1a 64-bit hash as 16 hex digits.
inline std::string Fnv1a64Hex(const std::string& s) {
  char buf[20];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(Fnv1a64(s)));
  return buf;
}

}  // namespace newskg

#endif  // NEWSKG_BASE_STRINGS_H_
