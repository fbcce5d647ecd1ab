// CorefResolver: linking names (see coref_resolver.h).
#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/base.h"
#include "extract/internal/coref_resolver.h"

namespace newskg::internal {

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] =
          std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace

// Given names that may be the same person's: equal, an initial, or a
// transliteration variant (Alexander / Alexandar).
bool CompatibleGiven(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  if (a.size() <= 2 || b.size() <= 2) return true;  // "S." or "J"
  return EditDistance(a, b) <= 2 && std::min(a.size(), b.size()) >= 5;
}

bool CorefResolver::UsedAsName(const std::string& word) const {
  const std::string lower = AsciiLower(word);
  if (lower.size() < 3 || lower.back() == 's' || !lex_.IsCommonNoun(lower) ||
      lex_.IsAdjective(lower) || lex_.DemonymCountry(word) != nullptr ||
      StageWords::EndsInAny(lower, w_.gerund_endings, 4)) {
    return false;
  }
  // How the article writes the word: asked for few words per article, so
  // the tokens are scanned for this word alone (by length first), and the
  // answer is remembered.
  for (const auto& [asked, answer] : word_use_) {
    if (asked == lower) return answer;
  }
  const auto& t = doc_.tokens;
  const size_t body = doc_.sentences.size() > 1 ? doc_.sentences[1].first_token : 0;
  size_t capitalized = 0;  // capitalized uses after the headline
  bool other = false;      // any use in lower case or all capitals
  bool subject = false;    // a capitalized use before a verb or possessive
  for (size_t i = 0; i < t.size(); ++i) {
    if (t[i].kind != TokenKind::kWord || t[i].lower.size() != lower.size() || t[i].lower != lower)
      continue;
    if (!t[i].capitalized || t[i].all_caps) other = true;
    if (i < body) continue;
    ++capitalized;
    // Followed by a verb or a possessive (the part-of-speech tagger's tags).
    if (i + 1 < t.size()) {
      const std::string& next = t[i + 1].tag;
      subject = subject || next.rfind("VB", 0) == 0 || next == "MD" || next == "POS";
    }
  }
  const bool answer = !other && capitalized >= 2 && subject;
  word_use_.emplace_back(lower, answer);
  return answer;
}
bool CorefResolver::IsCommon(const std::string& word) const {
  for (const auto& l : lex_.Lemmas(AsciiLower(word))) {
    if (lex_.IsCommonWord(l)) return true;
  }
  return false;
}
int CorefResolver::ByKey(EntityType type, const std::string& canonical, const std::string& surface,
                         bool named) {
  const std::string key = EntityKey(lex_, type, canonical);
  auto it = by_key_.find(key);
  int id;
  if (it != by_key_.end()) {
    id = it->second;
  } else {
    Entity e;
    e.type = type;
    e.key = key;
    e.label = named ? surface : canonical;
    doc_.entities.push_back(e);
    id = static_cast<int>(doc_.entities.size() - 1);
    by_key_[key] = id;
  }
  if (named) {
    doc_.entities[static_cast<size_t>(id)].named = true;
    AddLabel(id, surface);
  }
  return id;
}
void CorefResolver::AddLabel(int id, const std::string& surface) {
  Entity& e = doc_.entities[static_cast<size_t>(id)];
  if (!e.named) {
    e.named = true;
    e.label = surface;
    return;
  }
  if (surface == e.label) return;
  // The fullest name is the label: more words, then longer.
  const auto nw = WordCount(surface), lw = WordCount(e.label);
  if (nw > lw || (nw == lw && surface.size() > e.label.size())) {
    e.alt_labels.insert(e.label);
    e.label = surface;
    e.alt_labels.erase(surface);
  } else {
    e.alt_labels.insert(surface);
  }
}
int CorefResolver::PersonByFullName(const std::string& name) {
  const auto w = Words(name);
  for (size_t i = 0; i < doc_.entities.size(); ++i) {
    Entity& e = doc_.entities[i];
    if (e.type != EntityType::kPerson) continue;
    const auto lw = Words(e.label);
    if (lw.size() < 2 || lw.back() != w.back()) continue;
    // "Le Pen" after "Marine Le Pen": the last words of a longer name.
    const bool tail = lw.size() > w.size() && std::equal(w.begin(), w.end(), lw.end() - w.size());
    if (tail || CompatibleGiven(lw.front(), w.front())) {
      AddLabel(static_cast<int>(i), name);
      return static_cast<int>(i);
    }
  }
  return ByKey(EntityType::kPerson, name, name, true);
}
std::string CorefResolver::Surname(const std::string& name) const {
  auto w = Words(name);
  while (w.size() > 2 && w_.name_suffixes.count(w.back()) > 0) w.pop_back();
  return w.size() >= 2 ? w.back() : "";
}
void CorefResolver::IndexNames() {
  surname_.clear();
  first_person_.clear();
  inner_person_.clear();
  org_word_.clear();
  place_first_.clear();
  org_last_.clear();
  for (size_t i = 0; i < doc_.entities.size(); ++i) {
    const Entity& e = doc_.entities[i];
    const auto lw = Words(e.label);
    if (lw.size() < 2) continue;
    const int id = static_cast<int>(i);
    if (e.type == EntityType::kPerson) {
      surname_.try_emplace(Surname(e.label), id);
      // "Nunez" for "José Núñez": the surname spelled in ASCII too.
      surname_.try_emplace(LatinName(Surname(e.label)), id);
      first_person_[lw.front()].push_back(id);
      for (size_t k = 1; k + 1 < lw.size(); ++k) {
        if (!lw[k].empty() && lw[k][0] >= 'A' && lw[k][0] <= 'Z' && lw[k].size() > 2)
          inner_person_[lw[k]].push_back(id);
      }
    } else if (e.type == EntityType::kOrganization) {
      org_word_[Initials(e.label)] = id;  // the last such organization wins
      // "Lockheed" for "Lockheed Martin"; "Ford" is not "Ford Australia",
      // a branch named by its place.
      std::string rest;
      for (size_t k = 1; k < lw.size(); ++k) rest += (k > 1 ? " " : "") + lw[k];
      const GazetteerEntry* place = lex_.Lookup(rest);
      if (place == nullptr || !place->IsPlace()) {
        org_word_[lw.front()] = id;
      }
      if (lex_.org_suffixes.count(lw.back()) > 0) org_last_.try_emplace(lw.back(), id);
    } else if (e.type == EntityType::kPlace) {
      place_first_[lw.front()] = id;
    }
  }
}
int CorefResolver::LinkSingle(const Mention& m) {
  const std::string& w = m.text;
  // Surname of a person named in full.
  if (auto it = surname_.find(w); it != surname_.end()) return it->second;
  if (auto it = surname_.find(LatinName(w)); it != surname_.end()) return it->second;
  // Family name first ("Xi" for "Xi Jinping"), or a given name alone
  // ("Imran" after "Imran Khan"), when only one person fits.
  if (auto it = first_person_.find(w); it != first_person_.end() && it->second.size() == 1) {
    return it->second.front();
  }
  // A name's inner word ("Lula" for "Luiz Inácio Lula da Silva"), when only
  // one person has it.
  if (auto it = inner_person_.find(w); it != inner_person_.end() && it->second.size() == 1 &&
                                       surname_.count(w) == 0 && first_person_.count(w) == 0) {
    return it->second.front();
  }
  // Acronym of a longer organization name, or its first word ("Lockheed");
  // not a word that qualifies a plural noun after it ("African countries"
  // after the African Development Bank).
  const bool qualifies =
      m.end_token == m.first_token + 1 && m.end_token < doc_.tokens.size() &&
      StageWords::EndsInAny(doc_.tokens[m.first_token].lower, w_.demonym_endings, 3) &&
      doc_.tokens[m.end_token].kind == TokenKind::kWord && !doc_.tokens[m.end_token].capitalized &&
      doc_.tokens[m.end_token].tag == "NNS";
  if ((m.type == EntityType::kOrganization || m.tentative) && !qualifies) {
    if (auto it = org_word_.find(w); it != org_word_.end()) return it->second;
  }
  if (m.tentative) {
    if (auto it = place_first_.find(w); it != place_first_.end()) return it->second;
  }
  // "the Commission" for the European Commission named before.
  if (m.type == EntityType::kOrganization) {
    if (auto it = org_last_.find(w); it != org_last_.end()) return it->second;
  }
  return -1;
}
int CorefResolver::CompassPlace(const std::string& word) const {
  int found = -1;
  for (size_t i = 0; i < doc_.entities.size(); ++i) {
    const Entity& e = doc_.entities[i];
    if (e.type != EntityType::kCountry && e.type != EntityType::kPlace) continue;
    const auto lw = Words(e.label);
    if (lw.size() < 2 || lw.front() != word) continue;
    if (found >= 0) return -1;  // "North Korea" and "North Macedonia": unclear
    found = static_cast<int>(i);
  }
  return found;
}
void CorefResolver::MergeAcronyms() {
  auto& es = doc_.entities;
  for (size_t a = 0; a < es.size(); ++a) {
    if (es[a].type != EntityType::kOrganization || WordCount(es[a].label) != 1) continue;
    for (size_t b = 0; b < es.size(); ++b) {
      if (a == b || es[b].type != EntityType::kOrganization) continue;
      if (WordCount(es[b].label) >= 2 && Initials(es[b].label) == es[a].label) {
        Redirect(static_cast<int>(a), static_cast<int>(b));
        break;
      }
    }
  }
}
void CorefResolver::MergeCountryShortNames() {
  for (auto& m : doc_.mentions) {
    if (m.kind != MentionKind::kName || m.entity < 0) continue;
    const auto it = w_.country_short_names.find(m.text);
    if (it == w_.country_short_names.end() || it->second.empty()) continue;
    const auto country = by_key_.find(EntityKey(lex_, EntityType::kCountry, *it->second.begin()));
    if (country == by_key_.end() || country->second == m.entity) continue;
    if (!doc_.entities[static_cast<size_t>(country->second)].named) continue;
    const int from = m.entity;
    Redirect(from, country->second);
    for (auto& o : doc_.mentions) {
      if (o.entity == country->second && o.text == m.text) o.type = EntityType::kCountry;
    }
  }
}
std::vector<bool> CorefResolver::OnlyGuessed() const {
  std::vector<bool> guessed(doc_.entities.size(), true);
  for (const auto& m : doc_.mentions) {
    if (m.entity >= 0 && m.kind == MentionKind::kName && !m.tentative)
      guessed[static_cast<size_t>(m.entity)] = false;
  }
  return guessed;
}
void CorefResolver::MergeGuessedPeople() {
  auto& es = doc_.entities;
  const std::vector<bool> only_guessed = OnlyGuessed();
  std::unordered_map<std::string, int> org_by_word;  // label or first word -> first organization
  for (size_t b = 0; b < es.size(); ++b) {
    if (es[b].type != EntityType::kOrganization || !es[b].named) continue;
    org_by_word.try_emplace(es[b].label, static_cast<int>(b));
    org_by_word.try_emplace(Words(es[b].label).front(), static_cast<int>(b));
  }
  for (size_t a = 0; a < es.size(); ++a) {
    if (es[a].type != EntityType::kPerson || !only_guessed[a] || WordCount(es[a].label) != 1)
      continue;
    if (auto it = org_by_word.find(es[a].label); it != org_by_word.end())
      Redirect(static_cast<int>(a), it->second);
  }
}
void CorefResolver::MergeSameNames() {
  auto& es = doc_.entities;
  std::vector<size_t> mentions(es.size(), 0);
  for (const auto& m : doc_.mentions) {
    // A person by the form of the name alone is no evidence against an organization.
    if (m.entity >= 0 && m.kind == MentionKind::kName && !m.by_form)
      ++mentions[static_cast<size_t>(m.entity)];
  }
  std::unordered_map<std::string, int> org_by_label;
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type == EntityType::kOrganization && es[i].named)
      org_by_label.try_emplace(es[i].label, static_cast<int>(i));
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type != EntityType::kPerson || !es[i].named) continue;
    auto it = org_by_label.find(es[i].label);
    if (it == org_by_label.end()) continue;
    const auto org = static_cast<size_t>(it->second);
    if (mentions[i] > mentions[org]) {
      Redirect(it->second, static_cast<int>(i));
    } else {
      Redirect(static_cast<int>(i), it->second);
    }
  }
}
void CorefResolver::MergeParenthesized() {
  const auto& t = doc_.tokens;
  auto& ms = doc_.mentions;
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& a = ms[i];
    const Mention& b = ms[i + 1];
    if (a.entity < 0 || b.entity < 0 || a.entity == b.entity) continue;
    // "(AfDB)", "(MoD)": an acronym in mixed case too, two capitals or more.
    const std::string& acronym = t[b.first_token].text;
    const auto capitals =
        std::count_if(acronym.begin(), acronym.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    if (b.end_token - b.first_token != 1 ||
        !(t[b.first_token].all_caps || (capitals >= 2 && acronym.size() <= 8)))
      continue;
    // "(CSE)", and ", or CSE," / ", or CSE." written as brackets are.
    const bool bracket = a.end_token + 1 == b.first_token && t[a.end_token].text == "(" &&
                         b.end_token < t.size() && t[b.end_token].text == ")";
    const bool alias = a.end_token >= a.first_token + 2 && a.end_token + 2 == b.first_token &&
                       t[a.end_token].text == "," &&
                       w_.alias_openers.count(t[a.end_token + 1].lower) > 0 &&
                       t[b.first_token].all_caps &&
                       (b.end_token >= t.size() || t[b.end_token].kind == TokenKind::kPunct);
    if (!bracket && !alias) continue;
    const Entity& ea = doc_.entities[static_cast<size_t>(a.entity)];
    const Entity& eb = doc_.entities[static_cast<size_t>(b.entity)];
    if (ea.type != EntityType::kOrganization || eb.type != EntityType::kOrganization) continue;
    Redirect(b.entity, a.entity);
  }
}
bool CorefResolver::OrganizationContext(const Mention& m) const {
  const auto& t = doc_.tokens;
  const size_t b = m.first_token, e = m.end_token;
  if (b > 0) {
    const std::string& prev = t[b - 1].lower;
    for (const std::string& p : w_.location_participles) {
      if (prev == p || (prev.size() > p.size() + 1 &&
                        prev.compare(prev.size() - p.size() - 1, p.size() + 1, "-" + p) == 0))
        return true;
    }
  }
  if (e + 1 < t.size() && w_.possessive_markers.count(t[e].lower) > 0 &&
      lex_.org_possessions.count(t[e + 1].lower) > 0)
    return true;
  // A lower-case organization noun, right after or after one modifier.
  for (size_t k = e; k < std::min(t.size(), e + 2); ++k) {
    if (t[k].kind != TokenKind::kWord || t[k].capitalized) break;
    if (lex_.org_nouns.count(t[k].lower) > 0) return true;
  }
  // Coordinated with a business: one named as such ("Douglas Aircraft",
  // "Kessler Group PLC") or found one by its context. Not with any
  // organization: "the IMF and Ishaq Dar" names a person.
  auto business_at = [&](const Mention& o) {
    if (o.entity < 0 || o.tentative) return false;
    const auto id = static_cast<size_t>(o.entity);
    const Entity& ent = doc_.entities[id];
    if (ent.type != EntityType::kOrganization) return false;
    if (id < retyped_.size() && retyped_[id]) return true;
    const auto w = Words(ent.label);
    return w.size() >= 2 &&
           (lex_.company_suffixes.count(w.back()) > 0 || lex_.legal_suffixes.count(w.back()) > 0);
  };
  // Mentions by the token they start or end at, indexed once per document.
  if (starting_at_.empty()) {
    starting_at_.assign(t.size() + 1, -1);
    ending_at_.assign(t.size() + 1, -1);
    for (size_t i = 0; i < doc_.mentions.size(); ++i) {
      const Mention& o = doc_.mentions[i];
      if (starting_at_[o.first_token] < 0) starting_at_[o.first_token] = static_cast<int>(i);
      if (ending_at_[o.end_token] < 0) ending_at_[o.end_token] = static_cast<int>(i);
    }
  }
  if (e + 1 < t.size() && (w_.coordinators.count(t[e].lower) > 0 || t[e].text == ",") &&
      starting_at_[e + 1] >= 0 &&
      business_at(doc_.mentions[static_cast<size_t>(starting_at_[e + 1])])) {
    return true;
  }
  if (b >= 2 && (w_.coordinators.count(t[b - 1].lower) > 0 || t[b - 1].text == ",") &&
      ending_at_[b - 1] >= 0 &&
      business_at(doc_.mentions[static_cast<size_t>(ending_at_[b - 1])])) {
    return true;
  }
  return false;
}
bool CorefResolver::FirmStaffContext(const Mention& m) const {
  const auto& t = doc_.tokens;
  const size_t b = m.first_token, e = m.end_token;
  if (e < t.size() && !t[e].capitalized && w_.firm_staff_nouns.count(t[e].lower) > 0) return true;
  return b >= 2 && w_.firm_staff_preps.count(t[b - 1].lower) > 0 &&
         w_.firm_staff_nouns.count(t[b - 2].lower) > 0;
}
void CorefResolver::RetypeByContext() {
  auto& es = doc_.entities;
  std::vector<bool> by_form(es.size(), false), cue(es.size(), false), org(es.size(), false);
  for (const auto& m : doc_.mentions) {
    if (m.entity < 0 || m.kind != MentionKind::kName) continue;
    const auto id = static_cast<size_t>(m.entity);
    if (m.by_form) {
      by_form[id] = true;
    } else if (m.type == EntityType::kPerson && !m.tentative) {
      cue[id] = true;  // a guess ("Douglas" in WordNet) is no cue
    }
  }
  std::vector<bool> titled(es.size(), false);
  for (const auto& t : layer_.titles) {
    const int p = doc_.mentions[t.person_mention].entity;
    if (p >= 0) cue[static_cast<size_t>(p)] = titled[static_cast<size_t>(p)] = true;
  }
  for (const auto& m : doc_.mentions) {
    if (m.entity < 0 || m.kind != MentionKind::kName) continue;
    const auto id = static_cast<size_t>(m.entity);
    if (es[id].type != EntityType::kPerson) continue;
    // The people a firm employs outweigh a verb of saying next to the name
    // ("said Kessler Brandt"), not a title.
    if ((by_form[id] && !cue[id] && OrganizationContext(m)) || (!titled[id] && FirmStaffContext(m)))
      org[id] = true;
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (!org[i]) continue;
    const std::string key = EntityKey(lex_, EntityType::kOrganization, es[i].label);
    if (auto it = by_key_.find(key); it != by_key_.end() && it->second != static_cast<int>(i)) {
      Redirect(static_cast<int>(i), it->second);
      continue;
    }
    by_key_.erase(es[i].key);
    if (retyped_.size() < es.size()) retyped_.resize(es.size(), false);
    retyped_[i] = true;
    es[i].type = EntityType::kOrganization;
    es[i].key = key;
    by_key_[key] = static_cast<int>(i);
  }
  for (auto& m : doc_.mentions) {
    if (m.entity >= 0 && org[static_cast<size_t>(m.entity)])
      m.type = es[static_cast<size_t>(m.entity)].type;
  }
}
void CorefResolver::QualifiedNames() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  auto type = [&](int e) { return doc_.entities[static_cast<size_t>(e)].type; };
  auto region = [&](int e) {
    return type(e) == EntityType::kCountry || type(e) == EntityType::kPlace;
  };
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& a = ms[i];
    const Mention& b = ms[i + 1];
    if (a.entity < 0 || b.entity < 0 || a.entity == b.entity || a.kind != MentionKind::kName ||
        b.kind != MentionKind::kName || a.sentence != b.sentence) {
      continue;
    }
    // "Mobile, Alabama": a city, a comma, its region, and the phrase ends.
    if (type(a.entity) == EntityType::kCity && region(b.entity) &&
        a.end_token + 1 == b.first_token && t[a.end_token].text == "," &&
        (b.end_token >= t.size() || t[b.end_token].kind != TokenKind::kWord ||
         !t[b.end_token].capitalized)) {
      doc_.entities[static_cast<size_t>(a.entity)].alt_labels.insert(a.text + ", " + b.text);
      RegionOfCityCountry(a.entity, b.entity);
    }
    // "US Federal Reserve": a country right before an organization's name.
    if (type(a.entity) == EntityType::kCountry && type(b.entity) == EntityType::kOrganization &&
        a.end_token == b.first_token && WordCount(b.text) >= 2) {
      doc_.entities[static_cast<size_t>(b.entity)].alt_labels.insert(a.text + " " + b.text);
    }
  }
}
void CorefResolver::RegionOfCityCountry(int city, int region) {
  auto& es = doc_.entities;
  Entity& r = es[static_cast<size_t>(region)];
  if (r.type != EntityType::kCountry) return;
  const std::string* in = lex_.CountryOf(es[static_cast<size_t>(city)].label);
  if (in == nullptr) return;
  const std::string* code = lex_.CountryCode(*in);
  const std::string* named = lex_.CountryCode(r.label);
  if (code == nullptr || named == nullptr || *code == *named) return;
  // "Atlanta, Georgia": the city lies in another country, so the name
  // after it is a region of that country that shares a country's name.
  const std::string key = EntityKey(lex_, EntityType::kPlace, r.label);
  if (by_key_.count(key) > 0) return;
  by_key_.erase(r.key);
  by_key_[key] = region;
  r.type = EntityType::kPlace;
  r.key = key;
  for (auto& m : doc_.mentions) {
    if (m.entity == region) m.type = EntityType::kPlace;
  }
}
void CorefResolver::DropProductOnly() {
  auto& es = doc_.entities;
  std::vector<int> seen(es.size(), 0);  // 1: only in products; 2: elsewhere too
  for (const auto& m : doc_.mentions) {
    if (m.entity < 0) continue;
    int& s = seen[static_cast<size_t>(m.entity)];
    s = std::max(s, m.kind == MentionKind::kName && m.in_product ? 1 : 2);
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (seen[i] == 1) es[i].named = false;
  }
}
std::string CorefResolver::CoreName(const std::string& label) const {
  auto w = Words(label);
  while (w.size() > 1 && lex_.legal_suffixes.count(w.back()) > 0) w.pop_back();
  std::string out;
  for (const auto& x : w) out += (out.empty() ? "" : " ") + x;
  return out;
}
bool CorefResolver::OfPlace(const std::vector<std::string>& words, size_t k) const {
  if (k + 1 >= words.size() || w_.head_of_preps.count(AsciiLower(words[k])) == 0) return false;
  std::string rest;
  for (size_t j = k + 1; j < words.size(); ++j) rest += (rest.empty() ? "" : " ") + words[j];
  const GazetteerEntry* g = lex_.Lookup(rest);
  return g != nullptr && g->IsPlace();
}
void CorefResolver::MergeCorporateNames() {
  auto& es = doc_.entities;
  const std::vector<bool> guessed = OnlyGuessed();
  std::unordered_map<std::string, int> by_core;
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type != EntityType::kOrganization || !es[i].named || guessed[i]) continue;
    const std::string core = CoreName(es[i].label);
    auto [it, fresh] = by_core.emplace(core, static_cast<int>(i));
    if (!fresh) Redirect(static_cast<int>(i), it->second);
  }
  // "Dow Jones" for the "Dow Jones Industrial Average": the first words of
  // a longer organization's name (the last one maybe shortened).
  std::vector<std::vector<std::string>> words(es.size());
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type == EntityType::kOrganization && es[i].named) words[i] = Words(es[i].label);
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type != EntityType::kOrganization || !es[i].named) continue;
    const auto& w = words[i];
    if (w.size() < 2) continue;
    for (size_t j = 0; j < es.size(); ++j) {
      if (j == i || es[j].type != EntityType::kOrganization || !es[j].named) continue;
      const auto& longer = words[j];
      if (longer.size() <= w.size()) continue;
      // "Kessler Pharma" for "Kessler Pharmaceuticals Group": the last word
      // may be cut short, to three letters or more.
      const std::string& cut = w.back();
      const std::string& whole = longer[w.size() - 1];
      const bool shortened =
          cut.size() >= 3 && whole.size() > cut.size() && whole.compare(0, cut.size(), cut) == 0;
      if (!std::equal(w.begin(), w.end() - 1, longer.begin()) || (cut != whole && !shortened))
        continue;
      // "the Central Bank" for the "Central Bank of Kenya": the longer
      // name goes on with "of" and a state or place only.
      if (lex_.name_connectors.count(AsciiLower(longer[w.size()])) > 0 &&
          !(cut == whole && OfPlace(longer, w.size())))
        continue;
      // "White House Press Secretary" is a title, not a longer name.
      std::string rest;
      for (size_t k = w.size(); k < longer.size(); ++k)
        rest += (rest.empty() ? "" : " ") + AsciiLower(longer[k]);
      bool titled = false;
      for (size_t k = 0; k < rest.size() && !titled; ++k) {
        if (k == 0 || rest[k - 1] == ' ') titled = lex_.Title(rest.substr(k)) != nullptr;
      }
      if (!titled) {
        Redirect(static_cast<int>(i), static_cast<int>(j));
        break;
      }
    }
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (!es[i].named || !guessed[i] || WordCount(es[i].label) != 1) continue;
    auto it = by_core.find(es[i].label);
    if (it != by_core.end() && it->second != static_cast<int>(i))
      Redirect(static_cast<int>(i), it->second);
  }
}
void CorefResolver::MergeQualifiedOrganizations() {
  auto& es = doc_.entities;
  std::unordered_map<std::string, int> unqualified;  // "Air Force" -> "U.S. Air Force"
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type != EntityType::kOrganization || !es[i].named) continue;
    const auto w = Words(es[i].label);
    for (size_t k = 1; k + 1 < w.size(); ++k) {
      std::string head, rest;
      for (size_t j = 0; j < w.size(); ++j)
        (j < k ? head : rest) += (j == 0 || j == k ? "" : " ") + w[j];
      const GazetteerEntry* g = lex_.Lookup(head);
      if ((g != nullptr && g->type == EntityType::kCountry) ||
          lex_.DemonymCountry(head) != nullptr) {
        unqualified.try_emplace(rest, static_cast<int>(i));
        break;
      }
    }
  }
  for (size_t i = 0; i < es.size(); ++i) {
    if (es[i].type != EntityType::kOrganization || !es[i].named) continue;
    auto it = unqualified.find(es[i].label);
    if (it != unqualified.end() && it->second != static_cast<int>(i))
      Redirect(static_cast<int>(i), it->second);
  }
}

}  // namespace newskg::internal
