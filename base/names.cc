#include "base/names.h"

#include <cstdint>

#include "base/strings.h"
#include "base/utf8.h"

namespace newskg {
namespace {

// ASCII base letters of U+00C0..U+024F, from Unicode canonical decompositions
// (empty: not a letter).
const char* const kLatinFold[] = {
    "a", "a",  "a",  "a",  "a",  "a",  "ae", "c",  "e",  "e",  "e",  "e",  "i",  "i", "i",  "i",
    "d", "n",  "o",  "o",  "o",  "o",  "o",  "",   "o",  "u",  "u",  "u",  "u",  "y", "th", "ss",
    "a", "a",  "a",  "a",  "a",  "a",  "ae", "c",  "e",  "e",  "e",  "e",  "i",  "i", "i",  "i",
    "d", "n",  "o",  "o",  "o",  "o",  "o",  "",   "o",  "u",  "u",  "u",  "u",  "y", "th", "y",
    "a", "a",  "a",  "a",  "a",  "a",  "c",  "c",  "c",  "c",  "c",  "c",  "c",  "c", "d",  "d",
    "d", "d",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "e",  "g",  "g", "g",  "g",
    "g", "g",  "g",  "g",  "h",  "h",  "h",  "h",  "i",  "i",  "i",  "i",  "i",  "i", "i",  "i",
    "i", "i",  "ij", "ij", "j",  "j",  "k",  "k",  "k",  "l",  "l",  "l",  "l",  "l", "l",  "",
    "",  "l",  "l",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "n",  "o",  "o", "o",  "o",
    "o", "o",  "oe", "oe", "r",  "r",  "r",  "r",  "r",  "r",  "s",  "s",  "s",  "s", "s",  "s",
    "s", "s",  "t",  "t",  "t",  "t",  "t",  "t",  "u",  "u",  "u",  "u",  "u",  "u", "u",  "u",
    "u", "u",  "u",  "u",  "w",  "w",  "y",  "y",  "y",  "z",  "z",  "z",  "z",  "z", "z",  "s",
    "",  "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "",
    "",  "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "",
    "o", "o",  "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "u",
    "u", "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "",
    "",  "",   "",   "",   "dz", "dz", "dz", "lj", "lj", "lj", "nj", "nj", "nj", "a", "a",  "i",
    "i", "o",  "o",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "u",  "",  "a",  "a",
    "a", "a",  "",   "",   "",   "",   "g",  "g",  "k",  "k",  "o",  "o",  "o",  "o", "",   "",
    "j", "dz", "dz", "dz", "g",  "g",  "",   "",   "n",  "n",  "a",  "a",  "",   "",  "",   "",
    "a", "a",  "a",  "a",  "e",  "e",  "e",  "e",  "i",  "i",  "i",  "i",  "o",  "o", "o",  "o",
    "r", "r",  "r",  "r",  "u",  "u",  "u",  "u",  "s",  "s",  "t",  "t",  "",   "",  "h",  "h",
    "",  "",   "",   "",   "",   "",   "a",  "a",  "e",  "e",  "o",  "o",  "o",  "o", "o",  "o",
    "o", "o",  "y",  "y",  "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "",
    "",  "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",   "",  "",   "",
};

}  // namespace

std::string NameSlug(std::string_view s) {
  std::string out;
  for (char c : AsciiLower(s)) {
    if (c == ' ' || c == '.' || c == ',' || c == '\'') {
      if (!out.empty() && out.back() != '-') out += '-';
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

std::string FoldName(const std::string& name) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < name.size();) {
    size_t len = 1;
    const uint32_t cp = DecodeAt(name, i, len);
    i += len;
    std::string piece;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      piece = static_cast<char>(cp);
    } else if (cp >= 'A' && cp <= 'Z') {
      piece = static_cast<char>(cp - 'A' + 'a');
    } else if (cp >= 0xC0 && cp <= 0x24F) {
      piece = kLatinFold[cp - 0xC0];
    } else if (cp == ' ' || cp == '\t' || cp == '\n' || cp == 0xA0 || cp == '-' || cp == 0x2010 ||
               cp == 0x2013 || cp == 0x2014) {
      space = true;  // separators; hyphens separate words too ("Bi-khim")
      continue;
    } else if (cp >= 0x80 && cp != 0x2019 && cp != 0x2018) {
      // Other scripts are kept as they are.
      piece = name.substr(i - len, len);
    } else {
      continue;  // punctuation dropped
    }
    if (piece.empty()) continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    out += piece;
  }
  return out;
}

std::string SkeletonKey(const std::string& folded) {
  std::string key;
  for (const auto& word : SplitWords(folded)) {
    // Articles and particles vary between transliterations: al-, el-, ad-.
    if (word == "al" || word == "el" || word == "ad" || word == "ash" || word == "as" ||
        word == "ul")
      continue;
    std::string w;
    for (size_t i = 0; i < word.size(); ++i) {
      const char c = word[i];
      const char next = i + 1 < word.size() ? word[i + 1] : '\0';
      // Digraphs of transliteration: kh, dh, th, ph, gh; sh, ch and sch are
      // all one sibilant ("Zourabichvili", "Zurabishvili").
      if (next == 'h' && (c == 'k' || c == 'd' || c == 't' || c == 'p' || c == 'g')) {
        w += c == 'p' ? 'f' : c;
        ++i;
        continue;
      }
      if (next == 'h' && (c == 's' || c == 'c')) {
        if (w.empty() || w.back() != 's') w += 's';
        ++i;
        continue;
      }
      // x and ks: "Alexei", "Aleksei".
      if (c == 'x') {
        if (w.empty() || w.back() != 'k') w += 'k';
        w += 's';
        continue;
      }
      char m = c;
      if (c == 'q' || c == 'c' || c == 'g') m = 'k';
      if (c == 'y') m = 'i';
      if (c == 'w') m = 'v';
      if (c == 'z') m = 's';
      if (!w.empty() && w.back() == m) continue;  // double letters
      w += m;
    }
    // Vowels after the first letter carry little in transliterations, except in short names.
    std::string skeleton;
    for (size_t i = 0; i < w.size(); ++i) {
      const bool vowel = w[i] == 'a' || w[i] == 'e' || w[i] == 'i' || w[i] == 'o' || w[i] == 'u';
      if (i == 0 || !vowel || w.size() <= 3) skeleton += w[i];
    }
    if (skeleton.size() > 0 &&
        (skeleton[0] == 'a' || skeleton[0] == 'e' || skeleton[0] == 'i' || skeleton[0] == 'o' ||
         skeleton[0] == 'u') &&
        w.size() > 3) {
      skeleton[0] = 'a';  // Omar / Umar
    }
    key += (key.empty() ? "" : " ") + skeleton;
  }
  return key;
}

}  // namespace newskg
