#include "base/names.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/uspoof.h>

#include <map>
#include <memory>

#include "base/latin_spelling.h"
#include "base/strings.h"
#include "base/utf8.h"

namespace newskg {
namespace {

// Any script to Latin, Latin to ASCII (Æ -> AE, ß -> ss, Ł -> L, curly
// quotes and dashes to ASCII), then what is left decomposed (NFKD) with its
// accents dropped. One per thread: ICU transliterators are not thread-safe.
const icu::Transliterator* ToAscii() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        "Any-Latin; Latin-ASCII; NFKD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

// The ASCII letter a letter of another script looks like (Cyrillic "С" in
// "Chelsea FС"), by ICU's confusable skeletons, or 0. One table per thread.
UChar32 LatinLookalike(UChar32 c) {
  struct Table {
    USpoofChecker* checker = nullptr;
    std::map<icu::UnicodeString, std::string> letters;  // skeleton -> ASCII letters
    Table() {
      UErrorCode status = U_ZERO_ERROR;
      checker = uspoof_open(&status);
      if (U_FAILURE(status)) checker = nullptr;
      for (char l = 'A'; checker != nullptr && l <= 'z'; ++l) {
        if (l > 'Z' && l < 'a') continue;
        const icu::UnicodeString skeleton = Skeleton(icu::UnicodeString(static_cast<UChar32>(l)));
        if (!skeleton.isEmpty()) letters[skeleton] += l;
      }
    }
    ~Table() {
      if (checker != nullptr) uspoof_close(checker);
    }
    Table(const Table&) = delete;
    Table& operator=(const Table&) = delete;
    icu::UnicodeString Skeleton(const icu::UnicodeString& in) const {
      icu::UnicodeString out;
      UErrorCode status = U_ZERO_ERROR;
      uspoof_getSkeletonUnicodeString(checker, 0, in, out, &status);
      return U_FAILURE(status) ? icu::UnicodeString() : out;
    }
  };
  thread_local Table table;
  if (table.checker == nullptr) return 0;
  auto it = table.letters.find(table.Skeleton(icu::UnicodeString(c)));
  if (it == table.letters.end()) return 0;
  // Of the letters with that skeleton ("I" and "l"), one of the same case.
  for (char l : it->second) {
    if ((u_isupper(c) != 0) == (l >= 'A' && l <= 'Z')) return static_cast<UChar32>(l);
  }
  return static_cast<UChar32>(it->second[0]);
}

// In a word of Latin letters, letters of other scripts are read as the Latin
// letters they look like; a word wholly in another script is left to the
// transliterator ("Путин").
void LatinLookalikes(icu::UnicodeString& u) {
  bool latin = false, other = false;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    if (!u_isalpha(c)) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    if (script == USCRIPT_LATIN) {
      latin = true;
    } else if (script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
      other = true;
    }
  }
  if (!latin || !other) return;
  icu::UnicodeString out;
  for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1)) {
    const UChar32 c = u.char32At(i);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(c, &status);
    UChar32 l = 0;
    if (u_isalpha(c) && script != USCRIPT_LATIN && script != USCRIPT_COMMON &&
        script != USCRIPT_INHERITED)
      l = LatinLookalike(c);
    out.append(l != 0 ? l : c);
  }
  u = out;
}

// The code point at `i` of `word` when it is well-formed UTF-8 (as ICU
// reads it, no overlong form or surrogate), else 0xFFFD; sets `len`.
uint32_t StrictDecodeAt(std::string_view word, size_t i, size_t& len) {
  const uint32_t cp = DecodeAt(word, i, len);
  for (size_t k = 1; k < len; ++k) {
    if ((static_cast<unsigned char>(word[i + k]) & 0xC0) != 0x80) return 0xFFFD;
  }
  const bool shortest = len == 2 ? cp >= 0x80 : len == 3 ? cp >= 0x800 : cp >= 0x10000;
  if (len == 1 || !shortest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0xFFFD;
  return cp;
}

// A word of ASCII, of letters that are an ASCII letter with accents
// (canonically decomposed: the letter, then nonspacing marks) and of the
// characters SpellLatin knows, as the transliterator of LatinWord spells it
// (Any-Latin and Latin-ASCII leave accented letters as they are; NFKD and
// the removal of nonspacing marks keep the ASCII letter), case-folded when
// `fold`, into `out`; false for any other word. The transliterator is made
// once per thread, and ICU's registry of transliterators once per process,
// for about 150 M instructions, which words like these need not pay.
bool SpelledLatin(std::string_view word, bool fold, std::string& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return false;
  out.clear();
  bool kept = false;  // a character left as it is (not ASCII)
  icu::UnicodeString parts;
  for (size_t i = 0; i < word.size();) {
    if (static_cast<unsigned char>(word[i]) < 0x80) {
      out += word[i++];
      continue;
    }
    size_t len = 1;
    const uint32_t cp = StrictDecodeAt(word, i, len);
    if (cp == 0xFFFD) return false;
    std::string_view spelling;
    if (const LatinSpelling known = SpellLatin(cp, spelling); known != LatinSpelling::kUnknown) {
      if (known == LatinSpelling::kKept) {
        out.append(word, i, len);
        kept = true;
      } else {
        out += spelling;
      }
      i += len;
      continue;
    }
    i += len;
    if (!nfd->getDecomposition(static_cast<UChar32>(cp), parts) || parts.length() < 2) return false;
    const UChar32 letter = parts.char32At(0);
    if (!((letter >= 'a' && letter <= 'z') || (letter >= 'A' && letter <= 'Z'))) return false;
    for (int32_t k = parts.moveIndex32(0, 1); k < parts.length(); k = parts.moveIndex32(k, 1)) {
      if (u_charType(parts.char32At(k)) != U_NON_SPACING_MARK) return false;
    }
    out += static_cast<char>(letter);
  }
  if (!fold) return true;
  if (!kept) {
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return true;
  }
  // Case folding as LatinWord's, for what was kept ("Ə" -> "ə").
  icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(out.data(), static_cast<int32_t>(out.size())));
  u.foldCase();
  out.clear();
  u.toUTF8String(out);
  return true;
}

// A word (no ASCII space) that holds a byte over 0x7F, transliterated by
// ICU, and case-folded when `fold`.
std::string LatinWord(std::string_view word, bool fold) {
  if (std::string spelled; SpelledLatin(word, fold, spelled)) return spelled;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  LatinLookalikes(u);
  if (const icu::Transliterator* t = ToAscii(); t != nullptr) t->transliterate(u);
  if (fold) u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

// LatinWord, remembered per thread: ICU's transliteration costs microseconds,
// and the names of news repeat (the memo forgets all when it is full).
const std::string& LatinWordCached(std::string_view word, bool fold) {
  thread_local StringMap<std::string> memo[2];
  StringMap<std::string>& m = memo[fold ? 1 : 0];
  if (auto it = m.find(word); it != m.end()) return it->second;
  if (m.size() >= 100000) m.clear();
  return m.emplace(std::string(word), LatinWord(word, fold)).first->second;
}

// Each word with a byte over 0x7F through LatinWord; ASCII words as they are.
std::string LatinWords(const std::string& name, bool fold) {
  std::string out;
  out.reserve(name.size());
  for (size_t i = 0; i < name.size();) {
    size_t end = i;
    bool wide = false;
    while (end < name.size() && name[end] != ' ' && name[end] != '\t' && name[end] != '\n' &&
           name[end] != '\r') {
      wide = wide || static_cast<unsigned char>(name[end]) >= 0x80;
      ++end;
    }
    if (wide) {
      out += LatinWordCached(std::string_view(name).substr(i, end - i), fold);
    } else {
      out.append(name, i, end - i);
    }
    if (end < name.size()) out += name[end];
    i = end + 1;
  }
  return out;
}

}  // namespace

std::string LatinName(const std::string& name) { return LatinWords(name, false); }

std::string FoldLookalikes(std::string_view text) {
  std::string out;
  size_t copied = 0;  // text[0, copied) is in out
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    bool wide = false, ascii_letter = false;
    while (end < text.size() && text[end] != ' ' && text[end] != '\t' && text[end] != '\n' &&
           text[end] != '\r') {
      const unsigned char c = static_cast<unsigned char>(text[end]);
      wide = wide || c >= 0x80;
      ascii_letter = ascii_letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      ++end;
    }
    if (wide && ascii_letter) {
      const std::string_view word = text.substr(i, end - i);
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
      LatinLookalikes(u);
      std::string latin;
      u.toUTF8String(latin);
      if (latin != word) {
        out.append(text.substr(copied, i - copied));
        out += latin;
        copied = end;
      }
    }
    i = end + 1;
  }
  if (copied == 0) return std::string(text);
  out.append(text.substr(copied));
  return out;
}

std::string FoldName(const std::string& name) {
  // Words with a byte over 0x7F go through ICU; ASCII words as they are.
  const std::string ascii = LatinWords(name, true);
  // Lower case, separators to one space, punctuation dropped.
  std::string out;
  bool space = false;
  for (size_t i = 0; i < ascii.size();) {
    size_t len = 1;
    const uint32_t cp = DecodeAt(ascii, i, len);
    const size_t at = i;
    i += len;
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z')) {
      if (space && !out.empty()) out += ' ';
      space = false;
      out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp - 'A' + 'a' : cp);
    } else if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '-' ||
               (cp >= 0x80 && (u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
                               u_charType(static_cast<UChar32>(cp)) == U_DASH_PUNCTUATION))) {
      space = true;  // separators; hyphens separate words too ("Bi-khim")
    } else if (cp >= 0x80 && (u_isalnum(static_cast<UChar32>(cp)) ||
                              u_charType(static_cast<UChar32>(cp)) == U_OTHER_LETTER ||
                              u_getCombiningClass(static_cast<UChar32>(cp)) != 0)) {
      // A letter ICU could not spell in ASCII is kept as it is.
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(ascii, at, len);
    }
    // Anything else (punctuation, symbols) is dropped.
  }
  return out;
}

namespace {
std::string ComputeNameSlug(std::string_view s);
}  // namespace

std::string NameSlug(std::string_view s) {
  // Remembered per thread: an article names its entities again and again,
  // and the news names the same ones (the memo forgets all when it is full).
  thread_local StringMap<std::string> memo;
  if (auto it = memo.find(s); it != memo.end()) return it->second;
  if (memo.size() >= 100000) memo.clear();
  return memo.emplace(std::string(s), ComputeNameSlug(s)).first->second;
}

namespace {

std::string ComputeNameSlug(std::string_view s) {
  std::string out;
  size_t from = 0;
  while (true) {
    const size_t slash = s.find('/', from);
    const std::string_view part =
        s.substr(from, slash == std::string_view::npos ? std::string_view::npos : slash - from);
    std::string folded = FoldName(std::string(part));
    for (char& c : folded) {
      if (c == ' ') c = '-';
    }
    // A name with nothing left after folding ("!!!") still gets a key of its own.
    if (folded.empty() && !part.empty()) folded = "x" + Fnv1a64Hex(std::string(part)).substr(0, 12);
    out += folded;
    if (slash == std::string_view::npos) break;
    out += '/';
    from = slash + 1;
  }
  return out;
}

}  // namespace

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
