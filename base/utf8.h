// UTF-8 helpers shared by every library: validation, decoding, letter classes.
#ifndef NEWSKG_BASE_UTF8_H_
#define NEWSKG_BASE_UTF8_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace newskg {

// Offset of the first byte that is not valid UTF-8 (or a NUL), or npos.
size_t FindInvalidUtf8(std::string_view bytes);

// Decodes the code point at `i` (text already validated); sets `len`.
inline uint32_t DecodeAt(std::string_view s, size_t i, size_t& len) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    len = 1;
    return c;
  }
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    cp = c & 0x0F;
  } else {
    len = 4;
    cp = c & 0x07;
  }
  if (i + len > s.size()) {
    len = 1;
    return 0xFFFD;
  }
  for (size_t k = 1; k < len; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return cp;
}

// A capital letter of the scripts news names are written in. Latin
// Extended-A and -B, Latin Extended Additional and the Cyrillic supplements
// pair each capital with its small letter, the capital first, though the
// pairs of some runs begin at an odd code point ("Ł" U+0141, "Ž" U+017D).
inline bool IsUpperCodePoint(uint32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return true;
  if (cp >= 0x100 && cp <= 0x137) return cp % 2 == 0;                  // "Ą", "Č", "Ğ", "İ"
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;                  // "Ĺ", "Ł", "Ń"
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;                  // "Ő", "Ř", "Ş", "Š"
  if (cp == 0x178) return true;                                        // "Ÿ"
  if (cp >= 0x179 && cp <= 0x17E) return cp % 2 == 1;                  // "Ź", "Ż", "Ž"
  if (cp >= 0x1CD && cp <= 0x1DC) return cp % 2 == 1;                  // "Ǎ", "Ǐ", "Ǔ"
  if (cp >= 0x1DE && cp <= 0x1EF) return cp % 2 == 0;                  // "Ǧ", "Ǩ"
  if (cp >= 0x1F8 && cp <= 0x233) return cp % 2 == 0;                  // "Ș", "Ț"
  if (cp >= 0x1E00 && cp <= 0x1E95) return cp % 2 == 0;                // "Ḥ", "Ṣ"
  if (cp >= 0x1EA0 && cp <= 0x1EFF) return cp % 2 == 0;                // "Ả", "Ứ"
  if (cp == 0x386 || (cp >= 0x388 && cp <= 0x38F && cp != 0x38B && cp != 0x38D))
    return true;                                                       // "Ά", "Έ"
  if (cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) return true;          // Greek capitals
  if (cp >= 0x400 && cp <= 0x42F) return true;                         // "Є", "І", "Ї", "Ў"
  if ((cp >= 0x460 && cp <= 0x481) || (cp >= 0x48A && cp <= 0x4BF) ||
      (cp >= 0x4D0 && cp <= 0x52F))
    return cp % 2 == 0;                                                // "Ґ", "Ғ", "Қ"
  if (cp >= 0x4C1 && cp <= 0x4CE) return cp % 2 == 1;                  // "Ӂ"
  return cp == 0x4C0;                                                  // "Ӏ"
}

inline bool IsLetterCodePoint(uint32_t cp) {
  if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) return true;
  if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) return true;
  if (cp >= 0x370 && cp <= 0x52F) return true;    // Greek, Cyrillic
  if (cp >= 0x1E00 && cp <= 0x1EFF) return true;  // Latin Extended Additional
  return false;
}

// Lower-cases ASCII letters only; other bytes unchanged.
inline std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace newskg

#endif  // NEWSKG_BASE_UTF8_H_
