// NameRecognizer (internal/name_recognizer.h): the tests on single name
// tokens: which tokens can be part of a name (capitalized words, particles,
// camel case; no contractions, model numbers, currencies, link noise or
// compounds that only describe), common words, model numbers and amounts.
#include <algorithm>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {
// "al-Sisi", "el-Sisi", "bin-Salman": a lower-case particle joined to a name.
bool IsParticleName(const Token& t, const StageWords& words) {
  const size_t dash = t.text.find('-');
  if (dash == std::string::npos || dash + 1 >= t.text.size() || t.text[dash + 1] < 'A' ||
      t.text[dash + 1] > 'Z') {
    return false;
  }
  const std::string p = t.text.substr(0, dash);
  return words.name_particles.count(p) > 0;
}

// "iTunes", "eBay", "iPhone": one lower-case letter before a capital.
bool IsCamelName(const Token& t) {
  return t.text.size() >= 3 && t.text[0] >= 'a' && t.text[0] <= 'z' && t.text[1] >= 'A' &&
         t.text[1] <= 'Z' && t.text[2] >= 'a' && t.text[2] <= 'z';
}

bool IsNameToken(const Token& t, const StageWords& words) {
  if (t.kind == TokenKind::kWord && IsParticleName(t, words)) return true;
  if (t.kind == TokenKind::kWord && IsCamelName(t)) return true;
  if (t.kind != TokenKind::kWord || !(t.capitalized || t.all_caps) ||
      words.possessive_markers.count(t.lower) > 0)
    return false;
  // "A330-200", "F-16": model numbers are no names.
  for (char c : t.text) {
    if (c >= '0' && c <= '9') return false;
  }

  // Contractions are no names ("I'm", "Don't", "We'll"); "O'Brien" and
  // "Ndung'u" are. The lower-case form writes every apostrophe straight.
  for (size_t i = 0; i + 1 < t.lower.size(); ++i) {
    if (t.lower[i] != '\'') continue;
    if (words.contraction_endings.count(t.lower.substr(i + 1)) > 0) return false;
  }
  return true;
}

std::string JoinTokens(const Document& doc, size_t b, size_t e) {
  if (b >= e) return "";
  return std::string(doc.SpanText({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}));
}

// "2005": a four-digit number that reads as a year.
bool IsApostrophe(const std::string& text) { return text == "'" || text == "\xE2\x80\x99"; }

bool IsYear(const std::string& s) {
  return s.size() == 4 && (s.rfind("19", 0) == 0 || s.rfind("20", 0) == 0) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsRomanOrWar(const std::string& s) {
  if (s.rfind("WW", 0) == 0) return true;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// A locative preposition right before token b, maybe with "the" between.
bool AfterLocative(const Document& doc, const Lexicon& lex, const StageWords& words, size_t b,
                   size_t first) {
  if (b <= first) return false;
  size_t k = b - 1;
  if (words.definite_articles.count(doc.tokens[k].lower) > 0 && k > first) --k;
  return lex.locative_preps.count(doc.tokens[k].lower) > 0;
}

bool NameRecognizer::IsName(const Token& t) const {
  const auto at = reinterpret_cast<uintptr_t>(&t), first = reinterpret_cast<uintptr_t>(t_.data());
  const size_t i = (at - first) / sizeof(Token);
  if (at < first || i >= t_.size() || &t_[i] != &t) return ComputeIsName(t);
  return IsNameAt(i);
}

bool NameRecognizer::ComputeIsName(const Token& t) const {
  if (!IsNameToken(t, w_)) return false;
  const size_t dash = t.text.rfind('-');
  // The lower-case word after the last hyphen ("London-based": "based").
  const bool lower_after = dash != std::string::npos && dash + 1 < t.text.size() &&
                           t.text[dash + 1] >= 'a' && t.text[dash + 1] <= 'z';
  // (Offsets in the lower-case form, whose apostrophes are one byte.)
  const size_t lower_dash = t.lower.rfind('-');
  const std::string after = lower_after ? t.lower.substr(lower_dash + 1) : std::string();
  if (lower_after && lex_.hyphen_suffixes.count(after) > 0) return false;
  // "London-listed", "Beijing-brokered": any regular past participle of a
  // verb after the hyphen makes an adjective too.
  if (lower_after && lex_.Lookup(t.text) == nullptr &&
      StageWords::EndsInAny(after, w_.participle_endings, 4)) {
    for (const auto& l : lex_.Lemmas(after)) {
      if (l != after && lex_.IsVerb(l)) return false;
    }
  }
  // "Pre-orders", "Sub-prime", "Co-operation": a prefix and a common word
  // make a common word.
  if (lower_after && w_.word_prefixes.count(t.lower.substr(0, lower_dash)) > 0 && IsCommon(after) &&
      lex_.Lookup(t.text) == nullptr) {
    return false;
  }
  // "Russia-Ukraine", "Turkish-French", "Chinese-built": a compound with a
  // country or its demonym describes; it names nothing of its own.
  // Every part is a country, a demonym or a lower-case word ("Inter-American"
  // is a name).
  if (dash != std::string::npos && lex_.Lookup(t.text) == nullptr) {
    bool country = false, describes = true;
    size_t from = 0;
    while (from < t.text.size() && describes) {
      size_t to = t.text.find('-', from);
      if (to == std::string::npos) to = t.text.size();
      const std::string part = t.text.substr(from, to - from);
      const GazetteerEntry* g = lex_.Lookup(part);
      const bool c =
          lex_.DemonymCountry(part) != nullptr || (g != nullptr && g->type == EntityType::kCountry);
      country = country || c;
      describes = c || part.empty() || !std::isupper(static_cast<unsigned char>(part[0]));
      from = to + 1;
    }
    if (country && describes) return false;
  }
  // "MPs", "NGOs": an acronym in the plural names a kind, not an entity.
  if (t.text.size() >= 3 && t.text.back() == 's' &&
      std::all_of(t.text.begin(), t.text.end() - 1, [](char c) { return c >= 'A' && c <= 'Z'; }))
    return false;
  // Currencies: "USD 308 million", "Renminbi".
  if (lex_.iso_currencies.count(t.text) > 0 || lex_.currency_symbols.count(t.text) > 0 ||
      lex_.currency_words.count(t.lower) > 0)
    return false;
  // Link noise: "MfWvFtnNuo" from a shortened URL, "Ukraine.https".
  int switches = 0;
  for (size_t i = 1; i < t.text.size(); ++i) {
    // ASCII letters only (the C locale's islower and isupper).
    switches +=
        t.text[i - 1] >= 'a' && t.text[i - 1] <= 'z' && t.text[i] >= 'A' && t.text[i] <= 'Z';
  }
  if (switches >= 2 || InUrl(t)) return false;
  return true;
}

bool NameRecognizer::AbbreviatedTitleAt(size_t i) const {
  return i + 1 < t_.size() && w_.title_abbreviations.count(t_[i].text) > 0 &&
         t_[i + 1].text == "." && !t_[i + 1].space_before;
}

bool NameRecognizer::HeadlineBreakAt(size_t k, size_t run_b, size_t end) const {
  const Token& t = t_[k];
  if (k < run_b || t.kind != TokenKind::kWord || !t.capitalized || t.all_caps) return false;
  if (lex_.Lookup(t.text) != nullptr || lex_.DemonymCountry(t.text) != nullptr ||
      lex_.IsGivenName(t.text) || lex_.org_suffixes.count(t.text) > 0 ||
      lex_.place_suffixes.count(t.text) > 0 || lex_.legal_suffixes.count(t.text) > 0)
    return false;
  // A preposition ("In", "To"), not a connector inside names ("Of", "For").
  bool breaks = lex_.prepositions.count(t.lower) > 0 && lex_.name_connectors.count(t.lower) == 0;
  // A verb's inflected form ("Wins", "Named", "Led"; no "-ing" form, as
  // in "Firing Range"), not a surname right after a given name ("Tony Banks").
  if (!breaks && !StageWords::EndsInAny(t.lower, w_.gerund_endings, 5) &&
      (k == run_b || !lex_.IsGivenName(t_[k - 1].text))) {
    for (const auto& l : lex_.Lemmas(t.lower)) {
      if (l != t.lower && lex_.IsVerb(l)) breaks = true;
    }
    // A verb's plain form after a plural subject ("Ruiz, Costa Discuss
    // Trade"): a word WordNet knows as a verb only.
    breaks = breaks ||
             (lex_.IsVerb(t.lower) && !lex_.IsCommonNoun(t.lower) && !lex_.IsAdjective(t.lower));
  }
  if (!breaks) return false;
  // Not inside a name the gazetteer knows ("United States").
  for (size_t j = k >= run_b + 3 ? k - 3 : run_b; j <= k; ++j) {
    for (size_t f = k + 1; f <= std::min(end, k + 4); ++f) {
      if (lex_.Lookup(JoinTokens(doc_, j, f)) != nullptr) return false;
    }
  }
  return true;
}

bool NameRecognizer::InUrl(const Token& t) const {
  const std::string& text = doc_.text;
  size_t b = t.span.begin, e = t.span.end;
  while (b > 0 && t.span.begin - b < 256 && !std::isspace(static_cast<unsigned char>(text[b - 1])))
    --b;
  while (e < text.size() && e - t.span.end < 256 &&
         !std::isspace(static_cast<unsigned char>(text[e])))
    ++e;
  const std::string_view chunk(text.data() + b, e - b);
  return chunk.find("://") != std::string_view::npos ||
         chunk.find("www.") != std::string_view::npos ||
         chunk.find(".com/") != std::string_view::npos;
}

bool NameRecognizer::PartyAndState(size_t b, size_t e, size_t sent_first) const {
  return e - b == 1 && b > sent_first && t_[b - 1].text == "," && t_[b].text.size() >= 3 &&
         t_[b].text[1] == '-' && t_[b].text[2] >= 'A' && t_[b].text[2] <= 'Z' &&
         w_.party_initials.count(t_[b].text.substr(0, 1)) > 0;
}

const std::string* NameRecognizer::PluralDemonymCountry(const std::string& word) const {
  if (word.size() < 2 || word.back() != 's') return nullptr;
  return lex_.DemonymCountry(word.substr(0, word.size() - 1));
}

bool NameRecognizer::IsCommon(const std::string& lower) const {
  if (lower.size() == 1) return false;  // initials
  for (const auto& l : lex_.Lemmas(lower)) {
    if (lex_.IsCommonWord(l)) return true;
  }
  return false;
}

bool NameRecognizer::IsModel(size_t k, size_t end) const {
  const std::string& w = t_[k].text;
  bool digit = false;
  for (char c : w) {
    if (c >= '0' && c <= '9') {
      digit = true;
    } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) {
      return false;
    }
  }
  if (!digit || !t_[k].space_before || InDate(k)) return false;
  if (IsYear(w)) return false;
  return !QuantityAfter(k, end) && (k + 1 >= end || t_[k + 1].kind != TokenKind::kNumber);
}

bool NameRecognizer::QuantityAfter(size_t k, size_t end) const {
  return k + 1 < end && (lex_.multipliers.count(t_[k + 1].lower) > 0 || t_[k + 1].text == "%" ||
                         w_.percent_words.count(t_[k + 1].lower) > 0);
}

}  // namespace newskg::internal
