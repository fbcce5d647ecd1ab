#include "extract/count_normalizer.h"

#include "extract/internal/numbers.h"
#include "extract/internal/stage_words.h"

namespace newskg {
namespace {

bool Inside(Span s, const Token& t) { return t.span.begin >= s.begin && t.span.end <= s.end; }

}  // namespace

void NormalizeCounts(Document& doc, const Lexicon& lex) {
  doc.counts.clear();
  auto words = internal::StageWords::Default();
  if (!words.ok()) return;  // Pipeline::Create reports it
  const internal::WordList& percent_words = words.value()->percent_words;  // "40 percent"
  const auto& t = doc.tokens;
  const size_t n = t.size();
  // Money and dates are in text order: two cursors walk them along the tokens.
  size_t next_money = 0, next_date = 0;
  auto covered = [&](const Token& tok) {
    while (next_money < doc.money.size() && doc.money[next_money].span.end <= tok.span.begin)
      ++next_money;
    while (next_date < doc.dates.size() && doc.dates[next_date].span.end <= tok.span.begin)
      ++next_date;
    return (next_money < doc.money.size() && Inside(doc.money[next_money].span, tok)) ||
           (next_date < doc.dates.size() && Inside(doc.dates[next_date].span, tok));
  };
  for (size_t i = 0; i < n; ++i) {
    std::optional<int64_t> value;
    size_t last = i;  // the count's last token: "1.2 million" ends at "million"
    if (t[i].kind == TokenKind::kNumber) {
      auto clean = internal::CleanNumber(t[i].text);
      if (!clean || covered(t[i])) continue;
      // A bare four-digit number from 1900 to 2099 is a year.
      if (clean->size() == 4 && t[i].text.find(',') == std::string::npos &&
          ((*clean)[0] == '1' || (*clean)[0] == '2') && (*clean >= "1900" && *clean <= "2099")) {
        continue;
      }
      // A decimal count needs a multiplier ("1.2 million").
      int64_t mult = 1;
      size_t next = i + 1;
      if (next < n) {
        auto it = lex.multipliers.find(t[next].lower);
        if (it != lex.multipliers.end() && t[next].lower.size() > 2) {
          mult = it->second;
          ++next;
        }
      }
      last = next - 1;
      auto scaled = internal::ScaleDecimal(*clean, mult);
      if (!scaled) continue;
      value = internal::ToInteger(*scaled);
      if (!value) continue;
      if (next < n && (t[next].text == "%" || percent_words.count(t[next].lower) > 0)) {
        continue;
      }
    } else if (t[i].kind == TokenKind::kWord) {
      auto it = lex.number_words.find(t[i].lower);
      if (it == lex.number_words.end() || it->second < 2) continue;
      // A number word counts people only when a plural noun or verb follows.
      if (i + 1 >= n || t[i + 1].kind != TokenKind::kWord) continue;
      // "several hundred", "a few thousand": an estimate, no stated count.
      if (i > 0 && words.value()->vague_quantifiers.count(t[i - 1].lower) > 0) continue;
      value = it->second;
    } else {
      continue;
    }
    // An age in apposition is no count: "Imamoglu, 54, was detained".
    if (i >= 2 && i + 1 < n && t[i - 1].text == "," && t[i + 1].text == "," &&
        t[i - 2].kind == TokenKind::kWord && t[i - 2].capitalized) {
      continue;
    }
    // The qualifier before it ("at least", "more than", "an estimated").
    CountValue c;
    c.value = *value;
    c.span = {t[i].span.begin, t[last].span.end};
    for (size_t len = 3; len >= 1; --len) {
      if (i < len) continue;
      std::string phrase;
      for (size_t k = i - len; k < i; ++k) phrase += (k > i - len ? " " : "") + t[k].lower;
      if (lex.count_qualifiers.count(phrase) > 0) {
        c.qualifier = phrase;
        c.span.begin = t[i - len].span.begin;
        break;
      }
    }
    doc.counts.push_back(c);
  }
}

}  // namespace newskg
