#include "extract/money_normalizer.h"

#include <string>
#include <unordered_map>

#include "extract/internal/numbers.h"

namespace newskg {
namespace {

// How often the article names each country asked about, counted once per
// country and article (an article may hold many amounts).
class TimesNamed {
 public:
  explicit TimesNamed(const std::string& text) : text_(text) {}
  size_t operator()(const std::string& name) {
    auto [it, fresh] = counts_.emplace(name, 0);
    if (fresh) {
      for (size_t at = text_.find(name); at != std::string::npos; at = text_.find(name, at + 1))
        ++it->second;
    }
    return it->second;
  }

 private:
  const std::string& text_;
  std::unordered_map<std::string, size_t> counts_;
};

// Code for an ambiguous currency: the candidate whose country the article
// names most often (a Sri Lankan story that mentions India once means Sri
// Lankan rupees), the earlier candidate on a tie, else the first candidate.
std::string PickCurrency(const std::vector<std::pair<std::string, std::string>>& candidates,
                         TimesNamed& times_named) {
  if (candidates.size() == 1) return candidates.front().first;
  const std::string* best = &candidates.front().first;
  size_t best_times = 0;
  for (const auto& [code, country] : candidates) {
    const size_t times = country.empty() ? 0 : times_named(country);
    if (times > best_times) {
      best = &code;
      best_times = times;
    }
  }
  return *best;
}

}  // namespace

void NormalizeMoney(Document& doc, const Lexicon& lex) {
  doc.money.clear();
  const auto& t = doc.tokens;
  const size_t n = t.size();
  TimesNamed times_named(doc.text);
  auto multiplier_at = [&](size_t i, int64_t& mult) -> size_t {
    if (i < n) {
      auto it = lex.multipliers.find(t[i].lower);
      // A single-letter multiplier ("m", "b") must be glued to the number.
      if (it != lex.multipliers.end() && (t[i].lower.size() > 1 || !t[i].space_before)) {
        mult = it->second;
        return 1;
      }
    }
    mult = 1;
    return 0;
  };
  // Longest currency word phrase at i (up to three words).
  auto currency_word_at = [&](size_t i, std::string& code) -> size_t {
    for (size_t len = 3; len >= 1; --len) {
      if (i + len > n) continue;
      std::string phrase;
      for (size_t k = 0; k < len; ++k) phrase += (k ? " " : "") + t[i + k].lower;
      auto it = lex.currency_words.find(phrase);
      if (it != lex.currency_words.end()) {
        code = PickCurrency(it->second, times_named);
        return len;
      }
    }
    return 0;
  };
  for (size_t i = 0; i < n; ++i) {
    // Symbol or code before the number: "$", "US$", "€", "USD", "Rs".
    std::string code;
    size_t num = 0;
    size_t begin = i;
    if (i + 1 < n && t[i].kind == TokenKind::kWord && t[i + 1].text == "$" &&
        !t[i + 1].space_before && t[i + 2 < n ? i + 2 : i].kind == TokenKind::kNumber) {
      auto it = lex.currency_symbols.find(t[i].text + "$");
      if (it != lex.currency_symbols.end()) {
        code = PickCurrency(it->second, times_named);
        num = i + 2;
      }
    }
    if (code.empty() && i + 1 < n && t[i + 1].kind == TokenKind::kNumber) {
      auto it = lex.currency_symbols.find(t[i].text);
      if (it != lex.currency_symbols.end()) {
        code = PickCurrency(it->second, times_named);
        num = i + 1;
      }
    }
    // A currency's name before a number and its multiplier: "US dollar
    // 300 million", as some outlets write it.
    // (Only where a number follows within the phrase's three words.)
    if (code.empty() && t[i].kind == TokenKind::kWord &&
        ((i + 1 < n && t[i + 1].kind == TokenKind::kNumber) ||
         (i + 2 < n && t[i + 2].kind == TokenKind::kNumber) ||
         (i + 3 < n && t[i + 3].kind == TokenKind::kNumber))) {
      std::string word_code;
      const size_t w = currency_word_at(i, word_code);
      int64_t mult = 1;
      if (w > 0 && i + w + 1 < n && t[i + w].kind == TokenKind::kNumber &&
          multiplier_at(i + w + 1, mult) > 0) {
        code = word_code;
        num = i + w;
      }
    }
    if (!code.empty()) {
      auto clean = internal::CleanNumber(t[num].text);
      if (!clean) continue;
      int64_t mult = 1;
      size_t end = num + 1 + multiplier_at(num + 1, mult);
      // "$1.5 billion dollars" / "US$ 3 bn USD": swallow a trailing unit word.
      std::string ignored;
      if (size_t w = currency_word_at(end, ignored)) end += w;
      auto value = internal::ScaleDecimal(*clean, mult);
      if (!value) continue;
      doc.money.push_back(MoneyValue{*value, code, {t[begin].span.begin, t[end - 1].span.end}});
      i = end - 1;
      continue;
    }
    // Number, multiplier, then a currency word or code: "1.5bn dollars", "835 billion rupees".
    if (t[i].kind == TokenKind::kNumber) {
      auto clean = internal::CleanNumber(t[i].text);
      if (!clean) continue;
      int64_t mult = 1;
      size_t j = i + 1 + multiplier_at(i + 1, mult);
      // "billion US dollars": skip a country-code word before the currency.
      size_t k = j;
      if (k < n && (t[k].text == "US" || t[k].text == "U.S.")) ++k;
      std::string word_code;
      size_t w = currency_word_at(k, word_code);
      if (w == 0 && k < n && t[k].all_caps && lex.iso_currencies.count(t[k].text) > 0 &&
          t[k].text.size() == 3) {
        word_code = t[k].text;
        w = 1;
      }
      if (w == 0) continue;
      auto value = internal::ScaleDecimal(*clean, mult);
      if (!value) continue;
      doc.money.push_back(MoneyValue{*value, word_code, {t[i].span.begin, t[k + w - 1].span.end}});
      i = k + w - 1;
    }
  }
}

}  // namespace newskg
