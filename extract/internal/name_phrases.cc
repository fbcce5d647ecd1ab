// NameRecognizer (internal/name_recognizer.h): the phrases around names
// that decide what they are: products named after a product noun or
// beside one, terms spelled out before their acronym, firms coordinated
// with firms, and epithets ("the Belarusian leader", "the outgoing
// governor").
#include <string>
#include <utility>
#include <vector>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {

size_t NameRecognizer::ProductAt(size_t b, size_t e, size_t end) const {
  if (e >= end) return 0;
  size_t first = b;
  while (first < e && lex_.non_names.count(t_[first].text) > 0) ++first;
  if (first >= e) return 0;
  const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, first, e));
  if (g != nullptr || lex_.DemonymCountry(t_[e - 1].text) != nullptr) return 0;
  for (size_t k = first; k < e; ++k) {
    if (TitleAt(k, e, nullptr) > 0) return 0;  // "Apple CEO Steve Jobs"
  }
  if (t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
      lex_.product_nouns.count(t_[e].lower) > 0) {
    return e + 1;
  }
  if (IsModel(e, end)) {
    size_t k = e + 1;
    while (k < end && IsNameAt(k) && !InDate(k)) ++k;  // "787 Dreamliner"
    return k;
  }
  // "Leonid Tristar and Halcor VC-10 aircraft": a name coordinated with a product's
  // name before the product noun is a product's name too.
  if (w_.coordinators.count(t_[e].lower) > 0 && e + 1 < end && IsNameAt(e + 1)) {
    size_t f = e + 1;
    while (f < end && IsNameAt(f)) ++f;
    if (ProductAt(e + 1, f, end) > 0) return e;
  }
  return 0;
}

bool NameRecognizer::HyphenedNames(size_t i, size_t si) {
  const std::string& w = t_[i].text;
  if (t_[i].kind != TokenKind::kWord || !t_[i].capitalized || w.find('-') == std::string::npos)
    return false;
  std::vector<std::pair<size_t, size_t>> parts;  // [begin, end) in the token's text
  for (size_t from = 0; from <= w.size();) {
    const size_t to = std::min(w.find('-', from), w.size());
    parts.emplace_back(from, to);
    from = to + 1;
  }
  // "Guinea-Bissau": a name the gazetteer knows whole is one.
  if (parts.size() < 2 || lex_.Lookup(w) != nullptr) return false;
  std::vector<const GazetteerEntry*> known;
  for (const auto& [from, to] : parts) {
    const std::string part = w.substr(from, to - from);
    const GazetteerEntry* g = to > from ? lex_.Lookup(part) : nullptr;
    // WordNet's names only for a capital ("Paris-Berlin"), not for regions
    // ("Schleswig-Holstein") or firms.
    if (g == nullptr || g->type == EntityType::kPerson ||
        (g->from_wordnet && lex_.CapitalOf(part) == nullptr))
      return false;
    known.push_back(g);
  }
  for (size_t p = 0; p < parts.size(); ++p) {
    const auto [from, to] = parts[p];
    const int m = AddMention(i, i + 1, known[p]->type, MentionKind::kName, si, known[p]->canonical);
    Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    mm.text = w.substr(from, to - from);
    mm.span = {t_[i].span.begin + static_cast<uint32_t>(from),
               t_[i].span.begin + static_cast<uint32_t>(to)};
  }
  return true;
}

bool NameRecognizer::NamedElsewhere(size_t b, size_t e, size_t si) const {
  const auto& s = doc_.sentences[si];
  const size_t n = e - b;
  for (size_t k = 0; k + n <= t_.size(); ++k) {
    if (k + n > s.first_token && k < s.end_token) continue;
    size_t q = 0;
    while (q < n && t_[k + q].text == t_[b + q].text) ++q;
    if (q == n) return true;
  }
  return false;
}

size_t NameRecognizer::SpelledOutTerm(size_t b, size_t end) const {
  // Capitalized common words, none an organization's or a place's head,
  // joined by commas and a coordinator.
  auto term_word = [&](size_t k) {
    return k < end && t_[k].kind == TokenKind::kWord && t_[k].capitalized && !t_[k].all_caps &&
           IsCommon(t_[k].lower) && lex_.org_suffixes.count(t_[k].text) == 0 &&
           lex_.place_suffixes.count(t_[k].text) == 0 && lex_.Lookup(t_[k].text) == nullptr;
  };
  if (!term_word(b)) return 0;
  std::string initials(1, t_[b].text[0]);
  size_t k = b + 1;
  while (k < end) {
    size_t next = k;
    if (t_[next].text == ",") ++next;
    if (next < end && w_.coordinators.count(t_[next].lower) > 0) ++next;
    if (next == k || !term_word(next)) break;
    initials += t_[next].text[0];
    k = next + 1;
  }
  if (initials.size() < 2 || k + 2 >= end || t_[k].text != "(" || t_[k + 2].text != ")" ||
      !t_[k + 1].all_caps)
    return 0;
  std::string letters;
  for (char c : t_[k + 1].text) {
    if (c >= 'A' && c <= 'Z') letters += c;
  }
  return letters == initials ? k + 3 : 0;
}

void NameRecognizer::CoordinatedFirms(size_t from, size_t sent_first) {
  // A firm typed on firm evidence: the gazetteer or its form, no weak rule.
  auto firm = [&](size_t k) {
    const Mention& m = doc_.mentions[k];
    return m.kind == MentionKind::kName && m.type == EntityType::kOrganization && !m.tentative &&
           (k >= reasons_.size() || reasons_[k] == WeakRule::kNone);
  };
  // A one-word city, or a one-word person only WordNet knows ("Chrysler,
  // Ford and General Motors": a car maker's founder's name).
  auto city = [&](size_t k) {
    const Mention& m = doc_.mentions[k];
    if (m.kind != MentionKind::kName || m.end_token - m.first_token != 1) return false;
    if (m.type == EntityType::kPerson)
      return k < reasons_.size() && reasons_[k] == WeakRule::kWordNetWord;
    return m.type == EntityType::kCity && !PrecededByLocative(m.first_token, sent_first);
  };
  for (size_t k = from; k + 1 < doc_.mentions.size(); ++k) {
    Mention& a = doc_.mentions[k];
    Mention& b = doc_.mentions[k + 1];
    const Token& between = t_[a.end_token];
    // ", and" between the last two of a list ("Ford, and General Motors").
    const bool serial = b.first_token == a.end_token + 2 && between.text == "," &&
                        w_.coordinators.count(t_[a.end_token + 1].lower) > 0;
    if (b.first_token != a.end_token + 1 && !serial) continue;
    if (between.text != "," && w_.coordinators.count(between.lower) == 0) continue;
    Mention* other = city(k) && firm(k + 1) ? &a : city(k + 1) && firm(k) ? &b : nullptr;
    if (other == nullptr) continue;
    other->type = EntityType::kOrganization;
    other->canonical.clear();
    // Typed on firm evidence now: no weak guess for the name typer to redo.
    other->tentative = false;
    const size_t at = other == &a ? k : k + 1;
    if (at < reasons_.size()) reasons_[at] = WeakRule::kNone;
  }
}

void NameRecognizer::CollectEpithets(size_t si) {
  const auto& s = doc_.sentences[si];
  for (size_t i = s.first_token; i + 1 < s.end_token; ++i) {
    if (w_.definite_articles.count(t_[i].lower) == 0) continue;
    size_t k = i + 1;
    bool age = false;
    if (k < s.end_token && HasAgeMarker(t_[k].lower)) {
      age = true;
      ++k;
    }
    // "the outgoing governor", "the new president", "the new Kenyan
    // president": an office's holder.
    bool office = false;
    if (!age && k + 1 < s.end_token && w_.office_modifiers.count(t_[k].lower) > 0 &&
        lex_.DemonymCountry(t_[k + 1].text) != nullptr) {
      office = true;
      ++k;
    }
    bool demonym = false;
    if (k < s.end_token && lex_.DemonymCountry(t_[k].text) != nullptr) {
      demonym = true;
      ++k;
    }
    if (!age && !demonym && k < s.end_token && w_.office_modifiers.count(t_[k].lower) > 0) {
      office = true;
      ++k;
    }
    if (k >= s.end_token) {
      if (age) AddMention(i, k, EntityType::kPerson, MentionKind::kEpithet, si);
      continue;
    }
    // Not an epithet when a name follows ("the 66-year-old Lukashenko"),
    // but an office's title may be capitalized ("the outgoing Governor
    // said").
    const bool capitalized_office =
        office && lex_.Title(t_[k].lower) != nullptr && (k + 1 >= s.end_token || !IsNameAt(k + 1));
    if (k < s.end_token && IsNameAt(k) && !capitalized_office) continue;
    std::string noun = t_[k].lower;
    size_t end = k + 1;
    if (k + 1 < s.end_token && lex_.person_nouns.count(noun + " " + t_[k + 1].lower) > 0) {
      noun += " " + t_[k + 1].lower;
      end = k + 2;
    }
    if (lex_.person_nouns.count(noun) > 0 && (age || demonym || lex_.leader_nouns.count(noun) ||
                                              (office && lex_.Title(noun) != nullptr))) {
      AddMention(i, end, EntityType::kPerson, MentionKind::kEpithet, si, noun);
    } else if (age) {
      AddMention(i, k, EntityType::kPerson, MentionKind::kEpithet, si);
    } else if (!demonym && k + 1 < s.end_token && !IsNameAt(k) &&
               lex_.org_suffixes.count(TitleCase(t_[k + 1].lower)) > 0 && !age &&
               (k + 2 >= s.end_token || !IsNameAt(k + 2)) && t_[k].kind == TokenKind::kWord &&
               w_.public_body_modifiers.count(t_[k].lower) > 0) {
      // "the central bank", "the national assembly".
      AddMention(i, k + 2, EntityType::kOrganization, MentionKind::kEpithet, si,
                 TitleCase(t_[k + 1].lower));
    } else if (!demonym && lex_.org_suffixes.count(TitleCase(noun)) > 0 && end < s.end_token &&
               !IsNameAt(end)) {
      // "the fund", "the bank": an organization named before with that head word.
      AddMention(i, end, EntityType::kOrganization, MentionKind::kEpithet, si, TitleCase(noun));
    }
  }
}

bool NameRecognizer::HasAgeMarker(const std::string& lower) const {
  for (const auto& m : w_.age_markers) {
    if (lower.find(m) != std::string::npos) return true;
  }
  return false;
}

}  // namespace newskg::internal
