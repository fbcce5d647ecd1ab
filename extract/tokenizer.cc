#include "extract/tokenizer.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace newskg {
namespace {

bool IsDigit(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsQuoteCp(uint32_t cp) {
  return cp == '"' || cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0xAB || cp == 0xBB ||
         cp == '\'' || cp == 0x2018 || cp == 0x2019 || cp == 0x201A;
}
bool IsApostrophe(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
constexpr std::string_view kApostrophe = "\xE2\x80\x99";  // U+2019
bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
         cp == 0xA0 || cp == 0x2009 || cp == 0x202F || cp == 0x200B || cp == 0xFEFF ||
         (cp >= 0x2000 && cp <= 0x200A);
}
bool IsWordCp(uint32_t cp) { return IsLetterCodePoint(cp) || IsDigit(cp); }

class Tokenizer {
 public:
  explicit Tokenizer(Document& doc) : doc_(doc), s_(doc.text) {}

  void Run() {
    size_t i = 0;
    bool space = true;
    const std::vector<Span>& chrome = doc_.chrome;
    size_t c = 0;                                                // the next chrome span
    size_t stop = chrome.empty() ? s_.size() : chrome[0].begin;  // where a token must end
    while (i < s_.size()) {
      if (i >= stop) {
        // Page chrome: skipped as white space.
        i = std::max<size_t>(i, chrome[c].end);
        ++c;
        stop = c < chrome.size() ? chrome[c].begin : s_.size();
        space = true;
        continue;
      }
      size_t len = 0;
      const uint32_t cp = DecodeAt(s_, i, len);
      if (IsSpace(cp)) {
        space = true;
        i += len;
        continue;
      }
      size_t end = i + len;
      TokenKind kind = TokenKind::kSymbol;
      if (IsDigit(cp)) {
        end = ScanNumber(i);
        kind = TokenKind::kNumber;
      } else if (IsWordCp(cp)) {
        end = ScanWord(i);
        kind = TokenKind::kWord;
      } else if (IsApostrophe(cp) && IsPossessiveAt(i)) {
        end = i + len + 1;  // "'s"
        kind = TokenKind::kWord;
      } else if (IsQuoteCp(cp)) {
        kind = TokenKind::kQuote;
      } else if (cp < 0x80 && std::ispunct(static_cast<int>(cp))) {
        kind = cp == '$' || cp == '#' || cp == '%' || cp == '&' || cp == '@' ? TokenKind::kSymbol
                                                                             : TokenKind::kPunct;
        if (cp == '.') end = ScanRepeat(i, '.');
        if (cp == '-') end = ScanRepeat(i, '-');
      } else if (cp == 0x2014 || cp == 0x2013 || cp == 0x2026 || cp == 0x2022 || cp == 0xB7) {
        kind = TokenKind::kPunct;
      }
      end = std::min(end, stop);
      Add(i, end, kind, space);
      space = false;
      i = end;
    }
  }

 private:
  bool IsPossessiveAt(size_t i) const {
    size_t len = 0;
    DecodeAt(s_, i, len);
    const size_t j = i + len;
    if (j >= s_.size() || (s_[j] != 's' && s_[j] != 'S')) return false;
    if (i == 0) return false;
    // Preceded by a word character, followed by a non-word character.
    size_t k = j + 1;
    if (k < s_.size()) {
      size_t l2 = 0;
      if (IsWordCp(DecodeAt(s_, k, l2))) return false;
    }
    return true;
  }

  size_t ScanRepeat(size_t i, char c) const {
    while (i < s_.size() && s_[i] == c) ++i;
    return i;
  }

  size_t ScanNumber(size_t i) const {
    while (i < s_.size()) {
      const char c = s_[i];
      if (c >= '0' && c <= '9') {
        ++i;
      } else if ((c == ',' || c == '.') && i + 1 < s_.size() && s_[i + 1] >= '0' &&
                 s_[i + 1] <= '9') {
        i += 1;
      } else {
        break;
      }
    }
    // Ordinals ("9th") and hyphenated compounds ("66-year-old") stay whole.
    if (i + 1 < s_.size()) {
      const std::string_view rest = std::string_view(s_).substr(i, 2);
      const std::string low = AsciiLower(rest);
      if (low == "st" || low == "nd" || low == "rd" || low == "th") {
        const size_t j = i + 2;
        size_t l2 = 0;
        if (j >= s_.size() || !IsWordCp(DecodeAt(s_, j, l2))) return j;
      }
    }
    if (i + 1 < s_.size() && s_[i] == '-') {
      size_t l2 = 0;
      if (IsWordCp(DecodeAt(s_, i + 1, l2))) return ScanWord(i + 1);
    }
    return i;
  }

  size_t ScanWord(size_t i) const {
    while (i < s_.size()) {
      // An ASCII letter or digit, the common case, without decoding.
      const char a = s_[i];
      if ((a >= 'a' && a <= 'z') || (a >= 'A' && a <= 'Z') || (a >= '0' && a <= '9')) {
        ++i;
        continue;
      }
      size_t len = 0;
      const uint32_t cp = DecodeAt(s_, i, len);
      if (IsWordCp(cp)) {
        i += len;
        continue;
      }
      // Joiners inside a word: hyphen, apostrophe (not a possessive 's), dot
      // between letters ("U.S.", "Tut.by").
      if (i + len < s_.size()) {
        size_t l2 = 0;
        const uint32_t next = DecodeAt(s_, i + len, l2);
        if (IsWordCp(next)) {
          if (cp == '-' || cp == 0x2011) {
            i += len;
            continue;
          }
          if (IsApostrophe(cp) && !IsPossessiveAt(i)) {
            i += len;
            continue;
          }
          if (cp == '.' && IsLetterCodePoint(next) && !GluedStop(i)) {
            i += len;
            continue;
          }
        }
      }
      // Trailing dot of a dotted abbreviation: "U.S." (a letter, a dot, a
      // letter, then a final dot).
      if (cp == '.' && i >= 2 && s_[i - 2] == '.') return i + 1;
      break;
    }
    return i;
  }

  // A full stop at `dot` that ends a sentence though no space follows it,
  // as scraped text loses the space between sentences ("... Ivan
  // Petrov.Over 5,000 people"): two letters or more before it, the last
  // lower case, and after it a capital and then a small letter. A domain
  // ("Amazon.com", "Tut.by"), initials ("J.R.", "U.S.") and an acronym
  // before the dot ("UN.Later") stay as they are; the sentence splitter
  // keeps an abbreviation's stop ("Mr.Smith") inside the sentence.
  bool GluedStop(size_t dot) const {
    int letters = 0;
    bool lower_last = false;
    for (size_t k = dot; k > 0 && letters < 2;) {
      size_t b = k - 1;
      while (b > 0 && (static_cast<unsigned char>(s_[b]) & 0xC0) == 0x80) --b;
      size_t len = 0;
      const uint32_t cp = DecodeAt(s_, b, len);
      if (!IsLetterCodePoint(cp)) break;
      if (letters == 0) lower_last = !IsUpperCodePoint(cp);
      ++letters;
      k = b;
    }
    if (letters < 2 || !lower_last) return false;
    size_t len = 0;
    size_t k = dot + 1;
    if (k >= s_.size() || !IsUpperCodePoint(DecodeAt(s_, k, len))) return false;
    for (k += len; k < s_.size(); k += len) {
      const uint32_t cp = DecodeAt(s_, k, len);
      if (!IsLetterCodePoint(cp)) return false;
      if (!IsUpperCodePoint(cp)) return true;
    }
    return false;
  }

  void Add(size_t b, size_t e, TokenKind kind, bool space) {
    // Built in place: a token is large, and moving it costs.
    Token& t = doc_.tokens.emplace_back();
    t.span = {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
    t.kind = kind;
    const std::string_view text = std::string_view(s_).substr(b, e - b);
    t.text.assign(text);
    // The lower-case form written in one pass over the text; in a word, a
    // typographic apostrophe (U+2019) is folded to the straight one, so
    // that "’s", "don’t" and "People’s" read as the lexicons write them.
    t.lower.resize(text.size());
    size_t n = 0;
    for (size_t k = 0; k < text.size(); ++k) {
      const char c = text[k];
      if (kind == TokenKind::kWord && c == '\xE2' && text.compare(k, 3, kApostrophe) == 0) {
        t.lower[n++] = '\'';
        k += 2;
        continue;
      }
      t.lower[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    t.lower.resize(n);
    t.space_before = space;
    if (kind == TokenKind::kWord) {
      size_t len = 0;
      t.capitalized = IsUpperCodePoint(DecodeAt(t.text, 0, len));
      // A word begins with a letter or an apostrophe ("'s"): one whose first
      // character is no capital letter has a letter that is not upper case,
      // or fewer than two letters.
      if (!t.capitalized) return;
      // All capitals: at least two letters, and no letter that is not upper
      // case (the scan stops at the first such letter).
      int letters = 0;
      bool lower_letter = false;
      for (size_t k = 0; k < t.text.size() && !lower_letter; k += len) {
        const uint32_t cp = DecodeAt(t.text, k, len);
        if (IsLetterCodePoint(cp)) {
          ++letters;
          lower_letter = !IsUpperCodePoint(cp);
        }
      }
      t.all_caps = letters >= 2 && !lower_letter;
    }
  }

  Document& doc_;
  const std::string& s_;
};

}  // namespace

void Tokenize(Document& doc) {
  doc.tokens.clear();
  // About one token per five bytes of news text: reserved, the tokens are
  // not moved again and again while the vector grows.
  doc.tokens.reserve(doc.text.size() / 5 + 16);
  Tokenizer(doc).Run();
  // Tokens inside double quotation marks; quotes close at a paragraph's end.
  // Two single curly marks with no space between stand for a double one
  // (‘‘...’’).
  auto& t = doc.tokens;
  auto doubled = [&t](size_t i, std::string_view mark) {
    return t[i].text == mark && i + 1 < t.size() && t[i + 1].text == mark && !t[i + 1].space_before;
  };
  bool open = false;
  for (size_t i = 0; i < t.size(); ++i) {
    const std::string_view q = t[i].text;
    if (t[i].kind != TokenKind::kQuote) {
      t[i].quoted = open;
    } else if (q == "\"") {
      open = !open;
    } else if (q == "\xE2\x80\x9C" || (!open && doubled(i, "\xE2\x80\x98"))) {
      open = true;
    } else if (q == "\xE2\x80\x9D" || (open && doubled(i, kApostrophe))) {
      open = false;
    } else {
      t[i].quoted = open;
    }
    // Only the gap to the next token is searched, so this stays linear.
    if (i + 1 < t.size()) {
      // The gap is short (most often one space): read in place.
      for (uint32_t k = t[i].span.end; k < t[i + 1].span.begin; ++k) {
        if (doc.text[k] == '\n') {
          open = false;
          break;
        }
      }
    }
  }
}

}  // namespace newskg
