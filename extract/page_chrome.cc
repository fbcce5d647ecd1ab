#include "extract/page_chrome.h"

#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "extract/internal/stage_words.h"

namespace newskg {
namespace {

using internal::StageWords;
using internal::WordList;

// A word of a line: a run of letters, digits and apostrophes inside it.
struct LineWord {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string lower;  // ASCII lower case, the typographic apostrophe as '
  bool upper_first = false;
  bool all_lower = true;   // no upper-case letter
  bool all_upper = false;  // two letters or more, none in lower case ("AP", "AFP")
  bool has_digit = false;
};

bool IsDigitCp(uint32_t cp) { return cp >= '0' && cp <= '9'; }
bool IsApostropheCp(uint32_t cp) { return cp == '\'' || cp == 0x2019; }
bool IsAsciiUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAsciiLowerLetter(char c) { return c >= 'a' && c <= 'z'; }

std::vector<LineWord> WordsOf(std::string_view text, size_t begin, size_t end) {
  std::vector<LineWord> words;
  size_t i = begin;
  while (i < end) {
    size_t len = 0;
    uint32_t cp = DecodeAt(text, i, len);
    if (!IsLetterCodePoint(cp) && !IsDigitCp(cp)) {
      i += len;
      continue;
    }
    LineWord w;
    w.begin = static_cast<uint32_t>(i);
    w.upper_first = IsUpperCodePoint(cp);
    int letters = 0;
    bool lower_letter = false;
    while (i < end) {
      cp = DecodeAt(text, i, len);
      if (IsApostropheCp(cp)) {
        // Inside a word only: a letter on both sides.
        size_t next_len = 0;
        if (i + len >= end || !IsLetterCodePoint(DecodeAt(text, i + len, next_len))) break;
        w.lower += '\'';
      } else if (IsLetterCodePoint(cp) || IsDigitCp(cp)) {
        if (IsLetterCodePoint(cp)) {
          ++letters;
          if (IsUpperCodePoint(cp)) {
            w.all_lower = false;
          } else {
            lower_letter = true;
          }
        }
        if (IsDigitCp(cp)) w.has_digit = true;
        for (size_t b = i; b < i + len; ++b) {
          const char ch = text[b];
          w.lower += IsAsciiUpper(ch) ? static_cast<char>(ch - 'A' + 'a') : ch;
        }
      } else {
        break;
      }
      i += len;
    }
    w.end = static_cast<uint32_t>(i);
    w.all_upper = letters >= 2 && !lower_letter;
    words.push_back(std::move(w));
  }
  return words;
}

// The phrases of one kind of page_chrome.tsv, split into words once.
class Phrases {
 public:
  Phrases() = default;
  explicit Phrases(const WordList* list) {
    if (list == nullptr) return;
    for (const std::string& p : *list) {
      if (std::vector<std::string> words = SplitWords(p); !words.empty())
        phrases_.push_back(std::move(words));
    }
  }
  // Adds the first word of each phrase to `out`.
  void FirstWords(WordList& out) const {
    for (const auto& p : phrases_) out.insert(p[0]);
  }
  // The number of words of the longest phrase that the words from k on
  // spell, or 0.
  size_t At(const std::vector<LineWord>& w, size_t k) const {
    size_t best = 0;
    for (const auto& p : phrases_) {
      if (p.size() <= best || k + p.size() > w.size() || w[k].lower != p[0]) continue;
      bool match = true;
      for (size_t j = 1; j < p.size() && match; ++j) match = w[k + j].lower == p[j];
      if (match) best = p.size();
    }
    return best;
  }

 private:
  std::vector<std::vector<std::string>> phrases_;
};

struct ChromeWords {
  explicit ChromeWords(const StageWords& w) {
    auto kind = [&w](const char* name) -> const WordList* {
      auto it = w.page_chrome.find(name);
      return it == w.page_chrome.end() ? nullptr : &it->second;
    };
    line = Phrases(kind("line"));
    lead = Phrases(kind("lead"));
    credit = Phrases(kind("credit"));
    byline = Phrases(kind("byline"));
    trailer = Phrases(kind("trailer"));
    static const WordList kNone;
    copyright = kind("copyright") != nullptr ? kind("copyright") : &kNone;
    reserved = kind("reserved") != nullptr ? kind("reserved") : &kNone;
    agency = Phrases(kind("agency"));
    role = Phrases(kind("role"));
    joiners = kind("joiner") != nullptr ? kind("joiner") : &kNone;
    for (const Phrases* p : {&line, &lead, &credit, &byline, &trailer}) p->FirstWords(opening);
    for (const std::string& p : *copyright) opening.insert(SplitWords(p)[0]);
    credit.FirstWords(inside);
    trailer.FirstWords(inside);
    for (const std::string& p : *reserved) inside.insert(SplitWords(p)[0]);
  }
  Phrases line, lead, credit, byline, trailer, agency, role;
  const WordList* joiners;  // "via": inside a photographer's credit
  // The first words of the phrases that may open a line, and of those that
  // may stand inside one (credits, trailers): a long line holds no chrome
  // unless it opens with one or has one after a bracket, separator or
  // sentence end.
  WordList opening, inside;
  const WordList* copyright;  // matched on a line's text
  const WordList* reserved;
};

bool IsSpaceByte(char c) { return c == ' ' || c == '\t' || c == '\r'; }

// The first character after `pos` on the line that is not a space (a code
// point), or 0 at the line's end.
uint32_t NextChar(std::string_view text, size_t pos, size_t line_end) {
  while (pos < line_end && IsSpaceByte(text[pos])) ++pos;
  if (pos >= line_end) return 0;
  size_t len = 0;
  return DecodeAt(text, pos, len);
}

// The last character before `pos` on the line that is not a space, or 0 at
// the line's start; `at` gets its offset.
uint32_t PrevChar(std::string_view text, size_t line_begin, size_t pos, size_t& at) {
  while (pos > line_begin && IsSpaceByte(text[pos - 1])) --pos;
  if (pos <= line_begin) return 0;
  size_t b = pos - 1;
  while (b > line_begin && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  at = b;
  size_t len = 0;
  return DecodeAt(text, b, len);
}

bool IsDashCp(uint32_t cp) { return cp == '-' || cp == 0x2013 || cp == 0x2014; }

// What may stand before a credit label: the line's start, a bracket, a
// separator, or a sentence's end.
bool OpensCredit(uint32_t cp) {
  return cp == 0 || cp == '(' || cp == '[' || cp == '|' || IsDashCp(cp) || cp == '.' || cp == '!' ||
         cp == '?' || cp == '"' || cp == 0x201D || cp == 0x2022;
}

// The offset of the closing bracket after `from` on the line, past it; or the
// line's end.
size_t CloseOf(std::string_view text, size_t from, size_t line_end, char open) {
  const char close = open == '(' ? ')' : ']';
  for (size_t k = from; k < line_end; ++k) {
    if (text[k] == close) return k + 1;
  }
  return line_end;
}

// Where a word's letters run into the next word's: three lower-case
// letters or more, or two capitals or more, then a capital and two
// lower-case letters or more to the word's end ("ReutersThe", "AGENCYThe";
// not "McDonald" or "NGOs"). The byte offset in the word, or 0.
size_t SeamIn(std::string_view word) {
  for (size_t p = 2; p < word.size(); ++p) {
    if (!IsAsciiUpper(word[p])) continue;
    size_t q = p + 1;
    while (q < word.size() && IsAsciiLowerLetter(word[q])) ++q;
    if (q != word.size() || q - p < 3) continue;
    size_t lower = 0, upper = 0;
    while (lower < p && IsAsciiLowerLetter(word[p - 1 - lower])) ++lower;
    while (upper < p && IsAsciiUpper(word[p - 1 - upper])) ++upper;
    if (lower >= 3 || upper >= 2) return p;
  }
  return 0;
}

class ChromeFinder {
 public:
  ChromeFinder(Document& doc, const StageWords& w, const ChromeWords& c)
      : doc_(doc), text_(doc.text), w_(w), c_(c) {}

  void Run() {
    size_t begin = 0;
    while (begin < text_.size()) {
      size_t end = text_.find('\n', begin);
      if (end == std::string_view::npos) end = text_.size();
      Line(begin, end);
      begin = end + 1;
    }
  }

 private:
  void Add(size_t begin, size_t end) {
    while (end > begin && IsSpaceByte(text_[end - 1])) --end;
    if (end > begin)
      doc_.chrome.push_back({static_cast<uint32_t>(begin), static_cast<uint32_t>(end)});
  }

  // The lower-case ASCII word at `pos` (after spaces), at most 24 bytes,
  // and where it ends.
  size_t WordAt(size_t pos, size_t le, std::string& word) const {
    word.clear();
    while (pos < le && IsSpaceByte(text_[pos])) ++pos;
    while (pos < le && word.size() < 24) {
      const char ch = text_[pos];
      if (IsAsciiUpper(ch)) {
        word += static_cast<char>(ch - 'A' + 'a');
      } else if (IsAsciiLowerLetter(ch) || (ch >= '0' && ch <= '9') || ch == '\'' ||
                 static_cast<unsigned char>(ch) >= 0x80) {
        word += ch;
      } else {
        break;
      }
      ++pos;
    }
    return pos;
  }

  // Whether a long line may hold chrome (most lines of an article are long
  // paragraphs): it opens with a phrase's first word or a mark, or a
  // capitalized credit or trailer word follows a bracket, separator or
  // sentence end (with an agency's capitals between: "(AP Photo/...").
  bool MayHoldChrome(size_t lb, size_t le) const {
    std::string word;
    WordAt(lb, le, word);
    if (c_.opening.count(word) > 0) return true;
    size_t first = lb;
    while (first < le && IsSpaceByte(text_[first])) ++first;
    if (first < le && (text_[first] == '[' || text_[first] == '(')) return true;
    for (size_t k = lb; k < le; ++k) {
      const char ch = text_[k];
      // "A. Name/AFP": a slash between a word and a capital.
      if (ch == '/' && k > lb && k + 1 < le && IsAsciiUpper(text_[k + 1]) &&
          (IsAsciiUpper(text_[k - 1]) || IsAsciiLowerLetter(text_[k - 1])))
        return true;
      if (ch != '(' && ch != '[' && ch != '|' && ch != '.' && ch != '!' && ch != '?' && ch != '-' &&
          ch != '"' && ch != '\xE2')
        continue;
      size_t next = k + 1;
      while (next < le && (static_cast<unsigned char>(text_[next]) & 0xC0) == 0x80) ++next;
      while (next < le && IsSpaceByte(text_[next])) ++next;
      if (next >= le || !IsAsciiUpper(text_[next])) continue;
      const size_t end = WordAt(next, le, word);
      if (c_.inside.count(word) > 0) return true;
      // An agency's capitals first.
      bool caps = end - next >= 2;
      for (size_t j = next; j < end && caps; ++j) caps = IsAsciiUpper(text_[j]);
      if (caps && (WordAt(end, le, word), c_.inside.count(word) > 0)) return true;
      if (caps && end < le && text_[end] == '/') return true;  // "REUTERS/A. Name"
    }
    return false;
  }

  void Line(size_t lb, size_t le) {
    if (le - lb > kLongLine && !MayHoldChrome(lb, le)) return;
    const std::vector<LineWord> w = WordsOf(text_, lb, le);
    if (w.empty()) return;
    if (WholeLine(w, lb, le)) {
      Add(lb, le);
      return;
    }
    if (RoleLine(w)) {
      NameLineBefore(lb);
      Add(lb, le);
      return;
    }
    Credits(w, lb, le);
  }

  // "Staff Reporter": the line holds one role phrase only, in capitals.
  bool RoleLine(const std::vector<LineWord>& w) const {
    return w[0].upper_first && c_.role.At(w, 0) == w.size();
  }

  // The reporter's name on the line before a role line (the nearest line
  // with words, if it is not chrome yet): two to four capitalized words,
  // nothing but letters, spaces, periods and hyphens.
  void NameLineBefore(size_t lb) {
    size_t pe = lb;
    while (pe > 0 && (text_[pe - 1] == '\n' || IsSpaceByte(text_[pe - 1]))) --pe;
    if (pe == 0) return;
    size_t pb = text_.rfind('\n', pe - 1);
    pb = pb == std::string_view::npos ? 0 : pb + 1;
    if (!doc_.chrome.empty() && doc_.chrome.back().end > pb) return;
    const std::vector<LineWord> w = WordsOf(text_, pb, pe);
    if (w.size() < 2 || w.size() > 4) return;
    for (const LineWord& x : w)
      if (!x.upper_first || x.has_digit) return;
    for (size_t k = pb; k < pe; ++k) {
      const char c = text_[k];
      if (!IsAsciiUpper(c) && !IsAsciiLowerLetter(c) && !IsSpaceByte(c) && c != '.' && c != '-' &&
          static_cast<unsigned char>(c) < 0x80)
        return;
    }
    Add(pb, pe);
  }

  bool WholeLine(const std::vector<LineWord>& w, size_t lb, size_t le) const {
    const Phrases& labels = c_.line;
    // Labels only.
    size_t k = 0;
    while (k < w.size()) {
      const size_t n = labels.At(w, k);
      if (n == 0) break;
      k += n;
    }
    if (k == w.size()) return true;
    // A button in lower case at the line's start, before a capitalized word.
    size_t first = lb;
    while (first < le && IsSpaceByte(text_[first])) ++first;
    if (w[0].begin == first && w[0].all_lower) {
      const size_t n = labels.At(w, 0);
      if (n > 0 && n < w.size() && w[n].upper_first) return true;
    }
    // A lead and a colon or separator.
    if (const size_t n = c_.lead.At(w, 0); n > 0) {
      const uint32_t c = NextChar(text_, w[n - 1].end, le);
      if (c == ':' || c == '|' || c == '>' || c == 0xBB || IsDashCp(c)) return true;
    }
    // A trailer of credits.
    if (w[0].upper_first && c_.trailer.At(w, 0) > 0) return true;
    // A byline: its names only.
    if (w[0].upper_first && c_.byline.At(w, 0) == 1 && w.size() >= 2 && w.size() <= 13) {
      bool names = true;
      for (size_t j = 1; j < w.size() && names; ++j) {
        names = !w[j].has_digit && (w[j].upper_first || w_.coordinators.count(w[j].lower) > 0);
      }
      if (names && w.back().upper_first) return true;
    }
    return Copyright(w, lb, le);
  }

  bool Copyright(const std::vector<LineWord>& w, size_t lb, size_t le) const {
    if (w.size() > 30) return false;
    const std::string lower = AsciiLower(text_.substr(lb, le - lb));
    for (const std::string& p : *c_.reserved) {
      if (lower.find(p) != std::string::npos) return true;
    }
    if (w.size() > 20) return false;
    // The mark opens the line, or a bracket that opens it ("[Copyright ...]").
    size_t k = 0;
    while (k < lower.size() && IsSpaceByte(lower[k])) ++k;
    std::vector<size_t> starts = {k};
    if (k < lower.size() && (lower[k] == '[' || lower[k] == '(')) {
      size_t j = k + 1;
      while (j < lower.size() && IsSpaceByte(lower[j])) ++j;
      starts.push_back(j);
    }
    for (const size_t start : starts) {
      for (const std::string& p : *c_.copyright) {
        if (lower.compare(start, p.size(), p) != 0) continue;
        const size_t after = start + p.size();
        // "copyrighted" is another word.
        if (after < lower.size() && IsAsciiLowerLetter(lower[after])) continue;
        // The next word: a capital, a number or another mark.
        const uint32_t c = NextChar(text_, lb + after, le);
        if (c == 0 || IsUpperCodePoint(c) || IsDigitCp(c) || c == 0xA9 || c == '(') return true;
      }
    }
    return false;
  }

  bool OnlySpaces(size_t begin, size_t end) const {
    for (size_t k = begin; k < end; ++k) {
      if (!IsSpaceByte(text_[k])) return false;
    }
    return true;
  }

  void Credits(const std::vector<LineWord>& w, size_t lb, size_t le) {
    size_t covered = lb;  // chrome so far ends here
    for (size_t i = 0; i < w.size(); ++i) {
      if (w[i].begin < covered || !w[i].upper_first) continue;
      size_t at = 0;
      uint32_t before = PrevChar(text_, lb, w[i].begin, at);
      // A trailer in brackets: "(Reporting by ...)".
      if ((before == '(' || before == '[') && c_.trailer.At(w, i) > 0) {
        const size_t end = CloseOf(text_, w[i].end, le, static_cast<char>(before));
        Add(at, end);
        covered = end;
        continue;
      }
      if (size_t from = 0; const size_t end = PhotographerCredit(w, i, lb, le, from)) {
        Add(from, end);
        covered = end;
        continue;
      }
      if (size_t from = 0; const size_t end = AgencyCredit(w, i, lb, le, from)) {
        Add(from, end);
        covered = end;
        continue;
      }
      const size_t n = c_.credit.At(w, i);
      if (n == 0) continue;
      size_t start = w[i].begin;
      // An agency's capitals before the label: "AP Photo/...".
      if (i > 0 && w[i - 1].all_upper && w[i - 1].end < w[i].begin &&
          OnlySpaces(w[i - 1].end, w[i].begin)) {
        start = w[i - 1].begin;
        before = PrevChar(text_, lb, start, at);
      }
      // The label, then ':', '/', "by", or a comma after a label of two
      // words ("Image source, Agency").
      const size_t last = i + n - 1;
      const uint32_t c = NextChar(text_, w[last].end, le);
      // "Ana Ruiz Source: A. Name/Agency": a caption's capitalized name
      // right before the label and ':', the credit running to the line's end.
      const bool after_caption =
          c == ':' && IsLetterCodePoint(before) && i > 0 && w[i - 1].upper_first && at >= covered;
      if ((!OpensCredit(before) && !after_caption) || (before != 0 && at < covered)) continue;
      size_t names = last + 1;  // the credit's first word
      if (c != ':' && c != '/' && (c != ',' || n < 2)) {
        if (names >= w.size() || w_.agent_preps.count(w[names].lower) == 0 ||
            !OnlySpaces(w[last].end, w[names].begin))
          continue;
        ++names;
      }
      size_t end = 0;
      if (before == '(' || before == '[') {
        start = at;
        end = CloseOf(text_, w[last].end, le, static_cast<char>(before));
      } else {
        // A credit whose last word runs into the next sentence ends at the
        // seam; one alone at the line's end runs to it.
        for (size_t j = names; j + 1 < w.size() && j < names + kMaxCreditWords && end == 0; ++j) {
          const std::string_view word = text_.substr(w[j].begin, w[j].end - w[j].begin);
          const size_t seam = SeamIn(word);
          if (seam > 0 && IsSpaceByte(text_[w[j].end])) end = w[j].begin + seam;
        }
        if (end == 0 && w.size() - names <= kMaxCreditWords) end = le;
        if (end == 0 || (after_caption && !OpensCredit(before) && end != le)) continue;
      }
      Add(start, end);
      covered = end;
    }
  }

  // "REUTERS/Ana Lima", "(AFP/Ana Lima)", "EPA-EFE/Ana Lima": an agency's
  // capitals (two joined by a hyphen), a slash and a photographer's
  // capitalized name, with no label, after a sentence's end or in brackets,
  // up to the bracket's close or the line's end; alone on a line, an agency
  // of three letters or more and a name of one to three words (not
  // "US/China Talks Stall"). The credit's end (and in `from` its start), or 0.
  size_t AgencyCredit(const std::vector<LineWord>& w, size_t i, size_t lb, size_t le,
                      size_t& from) const {
    if (!w[i].all_upper || w[i].has_digit || i + 1 >= w.size() || w[i].end + 1 != w[i + 1].begin ||
        text_[w[i].end] != '/' || !w[i + 1].upper_first)
      return 0;
    size_t a = i;
    if (a > 0 && w[a - 1].all_upper && !w[a - 1].has_digit && w[a - 1].end + 1 == w[a].begin &&
        text_[w[a - 1].end] == '-')
      --a;
    size_t at = 0;
    const uint32_t before = PrevChar(text_, lb, w[a].begin, at);
    if (before != 0 && before != '.' && before != '(' && before != '[') return 0;
    const bool bracket = before == '(' || before == '[';
    const size_t end = bracket ? CloseOf(text_, w[i].end, le, static_cast<char>(before)) : le;
    size_t j = i + 1;
    while (j < w.size() && w[j].begin < end && w[j].upper_first && !w[j].has_digit) ++j;
    const size_t names = j - i - 1;
    if ((j < w.size() && w[j].begin < end) || names > kMaxCreditWords - 1) return 0;
    if (before == 0 && (w[i].end - w[a].begin < 3 || names > 3)) return 0;
    from = bracket ? at : w[a].begin;
    return end;
  }

  // "A. Name/AFP", "(Ana Lima/Reuters)", "Ana Lima/AFP via Getty Images": a
  // photographer's capitalized name of two to four words, a slash and an
  // agency (in capitals, or one of page_chrome.tsv's), at a line's start,
  // after a sentence's end or in brackets, up to the bracket's close or the
  // line's end, with nothing but capitalized words and joiners ("via")
  // after the agency. The credit's end (and in `from` its start), or 0.
  size_t PhotographerCredit(const std::vector<LineWord>& w, size_t i, size_t lb, size_t le,
                            size_t& from) const {
    if (!w[i].upper_first || w[i].has_digit) return 0;
    size_t at = 0;
    const uint32_t before = PrevChar(text_, lb, w[i].begin, at);
    if (before != 0 && before != '.' && before != '(' && before != '[') return 0;
    size_t j = i;  // the name's last word, before the slash
    while (j < w.size() && j < i + 4 && w[j].upper_first && !w[j].has_digit &&
           !(w[j].end < le && text_[w[j].end] == '/'))
      ++j;
    if (j >= w.size() || j == i || j >= i + 4 || !w[j].upper_first || text_[w[j].end] != '/' ||
        j + 1 >= w.size() || w[j + 1].begin != w[j].end + 1)
      return 0;
    const size_t a = j + 1;
    if (!(w[a].all_upper && !w[a].has_digit) && c_.agency.At(w, a) == 0) return 0;
    const bool bracket = before == '(' || before == '[';
    const size_t end = bracket ? CloseOf(text_, w[j].end, le, static_cast<char>(before)) : le;
    size_t k = a + 1;
    while (k < w.size() && w[k].begin < end && k < a + kMaxCreditWords &&
           (w[k].upper_first || c_.joiners->count(w[k].lower) > 0))
      ++k;
    if (k < w.size() && w[k].begin < end) return 0;
    from = bracket ? at : w[i].begin;
    return end;
  }

  // A line longer than this many bytes (more than 30 words, as a rule) is
  // first checked for the few places where chrome can be in it.
  static constexpr size_t kLongLine = 160;
  // A credit's words: a name and an agency ("A. Name/Agency").
  static constexpr size_t kMaxCreditWords = 8;

  Document& doc_;
  std::string_view text_;
  const StageWords& w_;
  const ChromeWords& c_;
};

}  // namespace

void FindPageChrome(Document& doc) {
  doc.chrome.clear();
  auto words = StageWords::Default();
  if (!words.ok()) return;  // Pipeline::Create reports it
  static const ChromeWords chrome(*words.value());
  ChromeFinder(doc, *words.value(), chrome).Run();
}

}  // namespace newskg
