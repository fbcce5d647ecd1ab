#include "extract/coreference.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/base.h"

namespace newskg {
namespace {

std::vector<std::string> Words(const std::string& s) { return SplitWords(s); }

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

// Given names that may be the same person's: equal, an initial, or a
// transliteration variant (Alexander / Alexandar).
bool CompatibleGiven(const std::string& a, const std::string& b) {
  if (a == b) return true;
  if (a.empty() || b.empty() || a[0] != b[0]) return false;
  if (a.size() <= 2 || b.size() <= 2) return true;  // "S." or "J"
  return EditDistance(a, b) <= 2 && std::min(a.size(), b.size()) >= 5;
}

// The key entities are found and minted by: "Person/vladimir-putin"; a
// country ISO 3166 knows by its code: "Country/ru".
std::string EntityKey(const Lexicon& lex, EntityType type, const std::string& name) {
  if (type == EntityType::kCountry) {
    if (const std::string* code = lex.CountryCode(name); code != nullptr)
      return std::string(EntityTypeName(type)) + "/" + AsciiLower(*code);
  }
  return std::string(EntityTypeName(type)) + "/" + NameSlug(name);
}

}  // namespace

namespace {

int CountryEntity(Document& doc, const Lexicon& lex, const std::string& country) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (doc.entities[i].type == EntityType::kCountry &&
        doc.entities[i].key == EntityKey(lex, EntityType::kCountry, country)) {
      return static_cast<int>(i);
    }
  }
  Entity c;
  c.type = EntityType::kCountry;
  c.label = country;
  c.key = EntityKey(lex, EntityType::kCountry, country);
  doc.entities.push_back(c);
  return static_cast<int>(doc.entities.size() - 1);
}

}  // namespace

void AssignEntityKeys(Document& doc, const Lexicon& lex) {
  std::unordered_map<std::string, size_t> taken;  // key -> entities holding it
  for (const Entity& e : doc.entities) ++taken[e.key];
  for (Entity& e : doc.entities) {
    // The gazetteer's name, by the label first, then the other names.
    const GazetteerEntry* known = nullptr;
    auto lookup = [&](const std::string& name) {
      for (const std::string& n : {name, TitleCase(name)}) {
        const GazetteerEntry* g = lex.Lookup(n);
        if (g != nullptr && g->type == e.type) return g;
      }
      return static_cast<const GazetteerEntry*>(nullptr);
    };
    known = lookup(e.label);
    for (auto it = e.alt_labels.begin(); known == nullptr && it != e.alt_labels.end(); ++it)
      known = lookup(*it);
    const std::string label = known != nullptr ? known->canonical : LatinName(e.label);
    const std::string key = EntityKey(lex, e.type, label);
    if (key == e.key) {
      // Same key: the label may still move to the gazetteer's name.
    } else if (taken.count(key) > 0) {
      continue;  // another entity of the article holds that key: keep this one's
    } else {
      if (--taken[e.key] == 0) taken.erase(e.key);
      ++taken[key];
      e.key = key;
    }
    if (label != e.label) {
      e.alt_labels.insert(e.label);
      e.alt_labels.erase(label);
      e.label = label;
    }
  }
}

int StateFor(Document& doc, const Lexicon& lex, int entity) {
  if (entity < 0) return entity;
  const Entity& e = doc.entities[static_cast<size_t>(entity)];
  if (e.type != EntityType::kCity) return entity;
  const std::string* country = lex.CapitalOf(e.label);
  return country == nullptr ? entity : CountryEntity(doc, lex, *country);
}

int CountryOfCity(Document& doc, const Lexicon& lex, int entity) {
  if (entity < 0) return -1;
  const Entity& e = doc.entities[static_cast<size_t>(entity)];
  if (e.type != EntityType::kCity) return -1;
  const std::string* country = lex.CountryOf(e.label);
  return country == nullptr ? -1 : CountryEntity(doc, lex, *country);
}

namespace {

class Resolver {
 public:
  Resolver(Document& doc, const MentionLayer& layer, const Lexicon& lex)
      : doc_(doc), layer_(layer), lex_(lex) {}

  CorefLayer Run() {
    auto& ms = doc_.mentions;
    // 1. Known names (gazetteer canonical) and multi-word names.
    for (size_t i = 0; i < ms.size(); ++i) {
      Mention& m = ms[i];
      if (m.kind == MentionKind::kDemonym) {
        m.entity = ByKey(m.type, m.canonical, m.canonical, false);
        continue;
      }
      if (m.kind != MentionKind::kName) continue;
      if (Words(m.text).size() == 1) continue;  // single words: after the full names
      if (!m.canonical.empty() && !m.tentative) {
        m.entity = ByKey(m.type, m.canonical, m.text, true);
      } else if (m.type == EntityType::kPerson && Words(m.text).size() >= 2) {
        m.entity = PersonByFullName(m.text);
      } else if (Words(m.text).size() >= 2) {
        m.entity = ByKey(m.type, m.text, m.text, true);
      }
    }
    // 2. Single words: surnames, acronyms, first words of organization names.
    IndexNames();
    for (auto& m : ms) {
      if (m.kind != MentionKind::kName || m.entity >= 0) continue;
      // A surname of a person named in full wins over the gazetteer ("Austin",
      // "Jordan"); then acronyms and first words of longer names.
      m.entity = LinkSingle(m);
      // One word guessed twice ("in Sochi", "the resort of Sochi") is one
      // thing: the first guess, which a locative or a speech verb made.
      if (m.entity < 0 && m.tentative) {
        if (auto it = guessed_.find(m.text); it != guessed_.end()) m.entity = it->second;
      }
      if (m.entity < 0 && !m.canonical.empty() && !m.tentative) {
        m.entity = ByKey(m.type, m.canonical, m.text, true);
      }
      if (m.entity < 0 && !(m.tentative && IsCommon(m.text) && !UsedAsName(m.text))) {
        // A common noun used as a name ("Apple", "Shell") names a company
        // more often than a person.
        if (m.tentative && m.type == EntityType::kPerson && IsCommon(m.text))
          m.type = EntityType::kOrganization;
        m.entity = ByKey(m.type, m.canonical.empty() ? m.text : m.canonical, m.text, true);
        if (m.tentative) guessed_.try_emplace(m.text, m.entity);
      }
      if (m.entity >= 0) AddLabel(m.entity, m.text);
    }
    // A guess before the name was first made sure of ("Airbus have
    // announced ... the Airbus A330"): the entity of that name.
    std::unordered_map<std::string, int> single;
    for (const auto& m : ms) {
      if (m.kind == MentionKind::kName && m.entity >= 0 && Words(m.text).size() == 1)
        single.try_emplace(m.text, m.entity);
    }
    for (auto& m : ms) {
      if (m.kind != MentionKind::kName || m.entity >= 0 || !m.tentative) continue;
      if (auto it = single.find(m.text); it != single.end()) m.entity = it->second;
    }
    // Twice: an organization found by its context is context for its neighbours.
    RetypeByContext();
    RetypeByContext();
    // Acronym organizations that expand a longer name in the article.
    MergeAcronyms();
    MergeGuessedPeople();
    MergeParenthesized();
    MergeQualifiedOrganizations();
    MergeCorporateNames();
    QualifiedNames();
    coref_.leader_of.assign(doc_.entities.size(), -1);
    coref_.titles.assign(doc_.entities.size(), {});
    // 3. Titles and leaderOf.
    for (const auto& t : layer_.titles) {
      const int p = ms[t.person_mention].entity;
      if (p < 0) continue;
      coref_.titles[static_cast<size_t>(p)].push_back(t.title);
      if (!t.leader || t.former || t.modifier_mention < 0) continue;
      const int target = ms[static_cast<size_t>(t.modifier_mention)].entity;
      if (target >= 0) SetLeader(p, target);
    }
    AppositiveLeaders();
    LedBy();
    // A head-of-state or government title with no country leads the
    // article's main country, when that country has no other leader.
    for (const auto& t : layer_.titles) {
      const int p = ms[t.person_mention].entity;
      if (p < 0 || !t.leader || t.former || t.modifier_mention >= 0) continue;
      if (const TitleInfo* ti = lex_.Title(t.title); ti == nullptr || !ti->state) continue;
      if (coref_.leader_of[static_cast<size_t>(p)] >= 0) continue;
      // Not when the sentence names another country ("The White House said
      // President Joe Biden would meet Chinese President Xi Jinping", under
      // a BRUSSELS dateline).
      const int country = MainCountryWithoutLeader(t.title);
      if (country >= 0 && OtherCountryInSentence(ms[t.person_mention].sentence, country)) continue;
      if (country >= 0) SetLeader(p, country);
    }
    // 4. Epithets.
    for (size_t i = 0; i < ms.size(); ++i) {
      if (ms[i].kind == MentionKind::kEpithet) ms[i].entity = ResolveEpithet(i);
    }
    HeadedBy();
    AddPronouns();
    DropProductOnly();
    coref_.main_country = MainCountry();
    return std::move(coref_);
  }

 private:
  // A common word the article only ever writes capitalized, and more than
  // once, outside its headline: "Apple have released ... Apple said".
  // A noun, never an adjective or a participle ("European", "Following"),
  // that is the subject of a verb or owns something at least once.
  // Needs the part-of-speech tags.
  bool UsedAsName(const std::string& word) const {
    const std::string lower = AsciiLower(word);
    if (lower.size() < 3 || lower.back() == 's' || !lex_.IsCommonNoun(lower) ||
        lex_.IsAdjective(lower) || lex_.DemonymCountry(word) != nullptr ||
        (lower.size() > 4 && lower.compare(lower.size() - 3, 3, "ing") == 0)) {
      return false;
    }
    // How the article writes each word, counted once per document.
    if (!word_use_ready_) {
      word_use_ready_ = true;
      const auto& t = doc_.tokens;
      const size_t body = doc_.sentences.size() > 1 ? doc_.sentences[1].first_token : 0;
      for (size_t i = 0; i < t.size(); ++i) {
        if (t[i].kind != TokenKind::kWord) continue;
        WordUse& u = word_use_[t[i].lower];
        if (!t[i].capitalized || t[i].all_caps) u.other = true;
        if (i < body) continue;
        ++u.capitalized;
        // Followed by a verb or a possessive (the part-of-speech tagger's tags).
        if (i + 1 < t.size()) {
          const std::string& next = t[i + 1].tag;
          u.subject = u.subject || next.rfind("VB", 0) == 0 || next == "MD" || next == "POS";
        }
      }
    }
    auto it = word_use_.find(lower);
    return it != word_use_.end() && !it->second.other && it->second.capitalized >= 2 &&
           it->second.subject;
  }

  // A word WordNet knows in lower case (in any inflection): "God", "Commenting".
  bool IsCommon(const std::string& word) const {
    for (const auto& l : lex_.Lemmas(AsciiLower(word))) {
      if (lex_.IsCommonWord(l)) return true;
    }
    return false;
  }

  void SetLeader(int person, int target) {
    if (coref_.leader_of.size() < doc_.entities.size()) {
      coref_.leader_of.resize(doc_.entities.size(), -1);
      coref_.titles.resize(doc_.entities.size());
    }
    if (coref_.leader_of[static_cast<size_t>(person)] >= 0) return;
    coref_.leader_of[static_cast<size_t>(person)] = target;
    doc_.relations.push_back(Relation{person, "leaderOf", target, 0});
  }

  // The country an article is about: its dateline's ("ISLAMABAD, July 13 —"),
  // else one named at least twice as often as any other; -1 when unclear.
  int MainCountry() {
    if (main_country_ == -2) main_country_ = ComputeMainCountry();
    return main_country_;
  }

  int ComputeMainCountry() {
    int main = -1;
    const auto& ms = doc_.mentions;
    for (const auto& m : ms) {
      if (m.entity < 0 || m.kind != MentionKind::kName) continue;
      const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
      const bool dateline = doc_.tokens[m.first_token].all_caps &&
                            m.end_token < doc_.tokens.size() &&
                            doc_.tokens[m.end_token].text == "," && m.sentence <= 2;
      if (!dateline) continue;
      if (e.type == EntityType::kCountry) main = m.entity;
      if (e.type == EntityType::kCity) main = CountryOfCity(doc_, lex_, m.entity);
      break;
    }
    if (main < 0) {
      std::map<int, int> freq;
      for (const auto& m : ms) {
        if (m.entity >= 0 &&
            doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kCountry) {
          ++freq[m.entity];
        }
      }
      int best_n = 0, second_n = 0;
      for (const auto& [e, n] : freq) {
        if (n > best_n) {
          second_n = best_n;
          best_n = n;
          main = e;
        } else if (n > second_n) {
          second_n = n;
        }
      }
      if (best_n < 2 * second_n || best_n < 3) main = -1;
    }
    return main;
  }

  // The main country, when it has no leader of this office in the article yet.
  // The sentence names another country and not `country` itself, which the
  // article names only once (in its dateline).
  bool OtherCountryInSentence(size_t sentence, int country) {
    if (counted_country_ != country) {
      counted_country_ = country;
      country_mentions_ = 0;
      for (const auto& m : doc_.mentions) country_mentions_ += m.entity == country ? 1 : 0;
    }
    if (country_mentions_ >= 2) return false;
    bool other = false;
    // Mentions are in text order: only this sentence's.
    const auto first =
        std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), sentence,
                         [](const Mention& m, size_t si) { return m.sentence < si; });
    for (auto it = first; it != doc_.mentions.end() && it->sentence == sentence; ++it) {
      const Mention& m = *it;
      if (m.entity < 0) continue;
      const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
      const int c = e.type == EntityType::kCountry ? m.entity
                    : e.type == EntityType::kCity  ? CountryOfCity(doc_, lex_, m.entity)
                                                   : -1;
      if (c == country) return false;
      other = other || c >= 0;
    }
    return other;
  }

  int MainCountryWithoutLeader(const std::string& title) {
    const int main = MainCountry();
    if (main < 0) return -1;

    if (coref_.leader_of.size() < doc_.entities.size())
      coref_.leader_of.resize(doc_.entities.size(), -1);
    // A country has one president and one head of government: a second
    // leader is only guessed for the other office.
    for (size_t p = 0; p < coref_.leader_of.size(); ++p) {
      if (coref_.leader_of[p] != main) continue;
      if (p >= coref_.titles.size()) return -1;
      for (const auto& other : coref_.titles[p]) {
        if (other == title || (title != "president" && other != "president")) return -1;
      }
    }
    return main;
  }

  // "Narendra Modi, India's prime minister", "Modi, the prime minister of
  // India", "was sworn in ... as Venezuela's president": the person leads
  // the country or organization.
  // "the Lopez-headed Monetary Policy Committee": the person the article
  // names with the word before the hyphen leads the organization that follows.
  void LedBy() {
    const auto& t = doc_.tokens;
    const auto& ms = doc_.mentions;
    for (size_t k = 0; k + 1 < t.size(); ++k) {
      const size_t dash = t[k].text.rfind('-');
      if (dash == std::string::npos || dash == 0 || !t[k].capitalized ||
          lex_.leading_suffixes.count(t[k].lower.substr(dash + 1)) == 0)
        continue;
      const std::string name = t[k].text.substr(0, dash);
      int person = -1;
      for (size_t e = 0; e < doc_.entities.size() && person < 0; ++e) {
        const Entity& en = doc_.entities[e];
        if (en.type != EntityType::kPerson) continue;
        const bool surname =
            en.label.size() > name.size() &&
            en.label.compare(en.label.size() - name.size(), name.size(), name) == 0 &&
            en.label[en.label.size() - name.size() - 1] == ' ';
        if (en.label == name || surname || en.alt_labels.count(name) > 0)
          person = static_cast<int>(e);
      }
      if (person < 0) continue;
      // The organization named right after it.
      for (const Mention& mm : ms) {
        if (mm.first_token < k + 1) continue;
        if (mm.first_token > k + 1 || mm.entity < 0) break;
        if (doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kOrganization)
          SetLeader(person, mm.entity);
        break;
      }
    }
  }

  static bool IsPossessive(const Token& t) {
    return t.text == "'s" || t.text == "\xE2\x80\x99s";  // 's, ’s
  }

  void AppositiveLeaders() {
    const auto& t = doc_.tokens;
    const auto& ms = doc_.mentions;
    auto type_of = [&](int e) { return doc_.entities[static_cast<size_t>(e)].type; };
    auto leader_title_at = [&](size_t k, size_t& len) {
      for (size_t l = std::min<size_t>(lex_.MaxTitleWords(), t.size() - k); l >= 1; --l) {
        std::string phrase;
        for (size_t q = k; q < k + l; ++q) phrase += (q > k ? " " : "") + t[q].lower;
        if (const TitleInfo* ti = lex_.Title(phrase)) {
          len = l;
          return ti->leader;
        }
      }
      return false;
    };
    for (size_t i = 0; i < ms.size(); ++i) {
      const Mention& p = ms[i];
      if (p.entity < 0 || p.kind != MentionKind::kName || type_of(p.entity) != EntityType::kPerson)
        continue;
      size_t k = p.end_token;
      if (k + 3 >= t.size() || t[k].text != ",") continue;
      ++k;
      size_t len = 0;
      // ", India's prime minister" / ", Russia's president"
      if (i + 1 < ms.size() && ms[i + 1].first_token == k && ms[i + 1].entity >= 0 &&
          (type_of(ms[i + 1].entity) == EntityType::kCountry ||
           type_of(ms[i + 1].entity) == EntityType::kOrganization) &&
          ms[i + 1].end_token < t.size() && IsPossessive(t[ms[i + 1].end_token]) &&
          leader_title_at(ms[i + 1].end_token + 1, len)) {
        SetLeader(p.entity, ms[i + 1].entity);
        continue;
      }
      // ", who is also chair of ...": a relative clause that says what the person is.
      if (t[k].tag == "WP" && k + 1 < t.size() && lex_.passive_auxiliaries.count(t[k + 1].lower)) {
        k += 2;
        if (k < t.size() && t[k].tag == "RB") ++k;
      }
      // ", the president of Belarus", ", Chairman of VTB bank", ", CEO of
      // energy company Gazprom": the first state or organization named after
      // "of", past words that describe it, before the apposition ends.
      if (k < t.size() && t[k].tag == "DT") ++k;
      if (k < t.size() && leader_title_at(k, len) && k + len < t.size() &&
          t[k + len].lower == "of") {
        const size_t from = k + len + 1;
        for (size_t j = i + 1; j < ms.size() && ms[j].first_token < from + 8; ++j) {
          if (ms[j].first_token < from) continue;
          bool ended = false;  // a comma or semicolon closes the apposition
          for (size_t q = from; q < ms[j].first_token && !ended; ++q)
            ended = t[q].text == "," || t[q].text == ";" || t[q].kind == TokenKind::kQuote;
          if (ended) break;
          if (ms[j].entity < 0 || ms[j].kind == MentionKind::kDemonym) continue;
          if (type_of(ms[j].entity) == EntityType::kCountry ||
              type_of(ms[j].entity) == EntityType::kOrganization) {
            SetLeader(p.entity, ms[j].entity);
          }
          break;
        }
      }
    }
    // "as Venezuela's president": the subject of the sentence leads it.
    for (size_t i = 0; i < ms.size(); ++i) {
      const Mention& c = ms[i];
      if (c.entity < 0 || c.first_token == 0 || t[c.first_token - 1].lower != "as") continue;
      if (type_of(c.entity) != EntityType::kCountry || c.end_token >= t.size() ||
          t[c.end_token].text != "'s")
        continue;
      size_t len = 0;
      if (!leader_title_at(c.end_token + 1, len)) continue;
      for (size_t j = 0; j < i; ++j) {
        if (ms[j].sentence != c.sentence || ms[j].entity < 0 || ms[j].kind != MentionKind::kName)
          continue;
        if (type_of(ms[j].entity) == EntityType::kPerson) SetLeader(ms[j].entity, c.entity);
        break;
      }
    }
  }

  int ByKey(EntityType type, const std::string& canonical, const std::string& surface, bool named) {
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

  void AddLabel(int id, const std::string& surface) {
    Entity& e = doc_.entities[static_cast<size_t>(id)];
    if (!e.named) {
      e.named = true;
      e.label = surface;
      return;
    }
    if (surface == e.label) return;
    // The fullest name is the label: more words, then longer.
    const auto nw = Words(surface).size(), lw = Words(e.label).size();
    if (nw > lw || (nw == lw && surface.size() > e.label.size())) {
      e.alt_labels.insert(e.label);
      e.label = surface;
      e.alt_labels.erase(surface);
    } else {
      e.alt_labels.insert(surface);
    }
  }

  int PersonByFullName(const std::string& name) {
    const auto w = Words(name);
    for (size_t i = 0; i < doc_.entities.size(); ++i) {
      Entity& e = doc_.entities[i];
      if (e.type != EntityType::kPerson) continue;
      const auto lw = Words(e.label);
      if (lw.size() < 2 || lw.back() != w.back()) continue;
      if (CompatibleGiven(lw.front(), w.front())) {
        AddLabel(static_cast<int>(i), name);
        return static_cast<int>(i);
      }
    }
    return ByKey(EntityType::kPerson, name, name, true);
  }

  // The last word of a name that is no suffix ("Carlito Galvez Jr" -> "Galvez").
  static std::string Surname(const std::string& name) {
    auto w = Words(name);
    while (w.size() > 2 && (w.back() == "Jr" || w.back() == "Jr." || w.back() == "Sr" ||
                            w.back() == "Sr." || w.back() == "II" || w.back() == "III")) {
      w.pop_back();
    }
    return w.size() >= 2 ? w.back() : "";
  }

  // Indexes of the multi-word names, for LinkSingle (built before single words are linked).
  void IndexNames() {
    surname_.clear();
    first_person_.clear();
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
        first_person_[lw.front()].push_back(id);
      } else if (e.type == EntityType::kOrganization) {
        org_word_[Initials(e.label)] = id;  // the last such organization wins
        // "Lockheed" for "Lockheed Martin"; "Ford" is not "Ford Australia",
        // a branch named by its place.
        std::string rest;
        for (size_t k = 1; k < lw.size(); ++k) rest += (k > 1 ? " " : "") + lw[k];
        const GazetteerEntry* place = lex_.Lookup(rest);
        if (place == nullptr || place->type == EntityType::kPerson ||
            place->type == EntityType::kOrganization) {
          org_word_[lw.front()] = id;
        }
        if (lex_.org_suffixes.count(lw.back()) > 0) org_last_.try_emplace(lw.back(), id);
      } else if (e.type == EntityType::kPlace) {
        place_first_[lw.front()] = id;
      }
    }
  }

  int LinkSingle(const Mention& m) {
    const std::string& w = m.text;
    // Surname of a person named in full.
    if (auto it = surname_.find(w); it != surname_.end()) return it->second;
    // Family name first ("Xi" for "Xi Jinping"), when only one person fits.
    if (auto it = first_person_.find(w);
        it != first_person_.end() && it->second.size() == 1 && !lex_.IsGivenName(w)) {
      return it->second.front();
    }
    // Acronym of a longer organization name, or its first word ("Lockheed").
    if (m.type == EntityType::kOrganization || m.tentative) {
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

  void MergeAcronyms() {
    auto& es = doc_.entities;
    for (size_t a = 0; a < es.size(); ++a) {
      if (es[a].type != EntityType::kOrganization || Words(es[a].label).size() != 1) continue;
      for (size_t b = 0; b < es.size(); ++b) {
        if (a == b || es[b].type != EntityType::kOrganization) continue;
        if (Words(es[b].label).size() >= 2 && Initials(es[b].label) == es[a].label) {
          Redirect(static_cast<int>(a), static_cast<int>(b));
          break;
        }
      }
    }
  }

  // Entities named only by guesses (tentative mentions), by index.
  std::vector<bool> OnlyGuessed() const {
    std::vector<bool> guessed(doc_.entities.size(), true);
    for (const auto& m : doc_.mentions) {
      if (m.entity >= 0 && m.kind == MentionKind::kName && !m.tentative)
        guessed[static_cast<size_t>(m.entity)] = false;
    }
    return guessed;
  }

  // "Boeing said ..." guessed a person; "Boeing's 787" named an organization:
  // one word guessed a person only by a speech verb is the organization of
  // that name.
  void MergeGuessedPeople() {
    auto& es = doc_.entities;
    const std::vector<bool> only_guessed = OnlyGuessed();
    std::unordered_map<std::string, int> org_by_word;  // label or first word -> first organization
    for (size_t b = 0; b < es.size(); ++b) {
      if (es[b].type != EntityType::kOrganization || !es[b].named) continue;
      org_by_word.try_emplace(es[b].label, static_cast<int>(b));
      org_by_word.try_emplace(Words(es[b].label).front(), static_cast<int>(b));
    }
    for (size_t a = 0; a < es.size(); ++a) {
      if (es[a].type != EntityType::kPerson || !only_guessed[a] || Words(es[a].label).size() != 1)
        continue;
      if (auto it = org_by_word.find(es[a].label); it != org_by_word.end())
        Redirect(static_cast<int>(a), it->second);
    }
  }

  // "National Electoral Council (CNE)": the acronym in parentheses names the
  // organization before it, whatever its initials.
  void MergeParenthesized() {
    const auto& t = doc_.tokens;
    auto& ms = doc_.mentions;
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      const Mention& a = ms[i];
      const Mention& b = ms[i + 1];
      if (a.entity < 0 || b.entity < 0 || a.entity == b.entity) continue;
      if (b.end_token - b.first_token != 1 || !t[b.first_token].all_caps) continue;
      if (a.end_token + 1 != b.first_token || t[a.end_token].text != "(") continue;
      if (b.end_token >= t.size() || t[b.end_token].text != ")") continue;
      const Entity& ea = doc_.entities[static_cast<size_t>(a.entity)];
      const Entity& eb = doc_.entities[static_cast<size_t>(b.entity)];
      if (ea.type != EntityType::kOrganization || eb.type != EntityType::kOrganization) continue;
      Redirect(b.entity, a.entity);
    }
  }

  // Does the context of a name mention say it names an organization? "Los
  // Angeles based X", "X's shares", "X parent company", "X and Boeing".
  bool OrganizationContext(const Mention& m) const {
    const auto& t = doc_.tokens;
    const size_t b = m.first_token, e = m.end_token;
    if (b > 0) {
      const std::string& prev = t[b - 1].lower;
      if (prev == "based" || (prev.size() > 6 && prev.compare(prev.size() - 6, 6, "-based") == 0))
        return true;
    }
    if (e + 1 < t.size() && t[e].text == "'s" && lex_.org_possessions.count(t[e + 1].lower) > 0)
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
    if (e + 1 < t.size() && (t[e].lower == "and" || t[e].text == ",") && starting_at_[e + 1] >= 0 &&
        business_at(doc_.mentions[static_cast<size_t>(starting_at_[e + 1])])) {
      return true;
    }
    if (b >= 2 && (t[b - 1].lower == "and" || t[b - 1].text == ",") && ending_at_[b - 1] >= 0 &&
        business_at(doc_.mentions[static_cast<size_t>(ending_at_[b - 1])])) {
      return true;
    }
    return false;
  }

  // A person only by the form of the name ("Northrop Grumman") whose
  // context names an organization is one.
  void RetypeByContext() {
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
    for (const auto& t : layer_.titles) {
      const int p = doc_.mentions[t.person_mention].entity;
      if (p >= 0) cue[static_cast<size_t>(p)] = true;
    }
    for (const auto& m : doc_.mentions) {
      if (m.entity < 0 || m.kind != MentionKind::kName) continue;
      const auto id = static_cast<size_t>(m.entity);
      if (by_form[id] && !cue[id] && es[id].type == EntityType::kPerson && OrganizationContext(m))
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

  // Names qualified by the place they are in: "Mobile, Alabama" names the
  // city Mobile, "the US Federal Reserve" the Federal Reserve. The qualified
  // form is kept as an alternative label.
  void QualifiedNames() {
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
      }
      // "US Federal Reserve": a country right before an organization's name.
      if (type(a.entity) == EntityType::kCountry && type(b.entity) == EntityType::kOrganization &&
          a.end_token == b.first_token && Words(b.text).size() >= 2) {
        doc_.entities[static_cast<size_t>(b.entity)].alt_labels.insert(a.text + " " + b.text);
      }
    }
  }

  // A name seen only in products' names ("Airbus A380", "Intel processors",
  // "MacBook Air laptops") names no entity the article is about.
  void DropProductOnly() {
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

  // A company's name without the words of its legal form: "General Motors
  // Corporation" -> "General Motors"; "Fiat Group SpA" -> "Fiat".
  std::string CoreName(const std::string& label) const {
    auto w = Words(label);
    while (w.size() > 1 && lex_.legal_suffixes.count(w.back()) > 0) w.pop_back();
    std::string out;
    for (const auto& x : w) out += (out.empty() ? "" : " ") + x;
    return out;
  }

  // "General Motors Corporation" and "General Motors", "Chrysler Holding LLC"
  // and "Chrysler" are one company; so is a guess at a one-word name
  // ("a stake in Chrysler" guessed a city) and the company of that name.
  void MergeCorporateNames() {
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
    // a longer organization's name.
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
        if (longer.size() <= w.size() || !std::equal(w.begin(), w.end(), longer.begin()) ||
            lex_.name_connectors.count(AsciiLower(longer[w.size()])) > 0)
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
      if (!es[i].named || !guessed[i] || Words(es[i].label).size() != 1) continue;
      auto it = by_core.find(es[i].label);
      if (it != by_core.end() && it->second != static_cast<int>(i))
        Redirect(static_cast<int>(i), it->second);
    }
  }

  // "the Air Force" after "the U.S. Air Force": an organization's name
  // without the country that begins it is the same organization.
  void MergeQualifiedOrganizations() {
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

  // "the CNE, headed by Elvis Amoroso" and "Héctor Obregón, who heads PDVSA":
  // the person leads the organization.
  void HeadedBy() {
    const auto& t = doc_.tokens;
    const auto& ms = doc_.mentions;
    auto is_org = [&](int e) {
      return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kOrganization;
    };
    auto is_person = [&](int e) {
      return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
    };
    for (size_t i = 0; i + 1 < ms.size(); ++i) {
      const Mention& a = ms[i];
      if (a.entity < 0 || a.kind != MentionKind::kName) continue;
      size_t k = a.end_token;
      if (k >= t.size() || t[k].text != ",") continue;
      ++k;
      const bool who = k < t.size() && t[k].lower == "who";
      if (who) ++k;
      if (k >= t.size()) continue;
      const std::string& verb = t[k].lower;
      const bool passive = !who && (verb == "headed" || verb == "led" || verb == "chaired") &&
                           k + 1 < t.size() && t[k + 1].lower == "by";
      const bool active = who && (verb == "heads" || verb == "leads" || verb == "chairs");
      if (!passive && !active) continue;
      // The other end: the first name mention within six tokens.
      for (size_t j = i + 1; j < ms.size() && ms[j].first_token < k + 8; ++j) {
        if (ms[j].first_token <= k || ms[j].entity < 0 || ms[j].kind != MentionKind::kName)
          continue;
        if (passive && is_org(a.entity) && is_person(ms[j].entity))
          SetLeader(ms[j].entity, a.entity);
        if (active && is_person(a.entity) && is_org(ms[j].entity))
          SetLeader(a.entity, ms[j].entity);
        break;
      }
    }
  }

  // "he" and "she" stand for the person named last (outside quotations).
  void AddPronouns() {
    const auto& t = doc_.tokens;
    // A pronoun stands for the person who is the subject of its own sentence
    // so far (the first person named in it), else of the sentences before:
    // "He was received by Biden ..., after he held talks with Milei" is one man.
    std::vector<Mention> added;
    size_t next = 0;
    int last_subject = -1;      // first person of the latest sentence that named one
    int sentence_subject = -1;  // first person of the current sentence
    size_t sentence = 0;
    // A sentence that opens with a subordinate clause ("As Xi and Putin met,
    // Kishida ...") has its subject after the clause's comma.
    size_t subject_from = 0;
    auto clause_start = [&](size_t si) {
      const auto& s = doc_.sentences[si];
      const std::string& w = t[s.first_token].lower;
      if (w != "as" && w != "when" && w != "while" && w != "after" && w != "before" &&
          w != "although" && w != "though" && w != "if" && w != "since" && w != "because" &&
          w != "once" && w != "until") {
        return s.first_token;
      }
      for (size_t k = s.first_token; k < s.end_token; ++k) {
        if (t[k].text == ",") return k + 1;
      }
      return s.first_token;
    };
    if (!doc_.sentences.empty()) subject_from = clause_start(0);
    auto sentence_of = [&](size_t tok) {
      while (sentence + 1 < doc_.sentences.size() &&
             doc_.sentences[sentence + 1].first_token <= tok) {
        ++sentence;
        if (sentence_subject >= 0) last_subject = sentence_subject;
        sentence_subject = -1;
        subject_from = clause_start(sentence);
      }
    };
    for (size_t i = 0; i < t.size(); ++i) {
      sentence_of(i);
      while (next < doc_.mentions.size() && doc_.mentions[next].first_token <= i) {
        const Mention& m = doc_.mentions[next++];
        if (m.entity >= 0 && !t[m.first_token].quoted &&
            doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kPerson &&
            m.kind != MentionKind::kDemonym && sentence_subject < 0 &&
            m.first_token >= subject_from) {
          sentence_subject = m.entity;
        }
      }
      const int last_person = sentence_subject >= 0 ? sentence_subject : last_subject;
      if (t[i].quoted || (t[i].lower != "he" && t[i].lower != "she") || last_person < 0) continue;
      if (sentence_subject < 0)
        sentence_subject = last_person;  // the pronoun is this sentence's subject
      Mention p;
      p.first_token = i;
      p.end_token = i + 1;
      p.span = t[i].span;
      p.type = EntityType::kPerson;
      p.kind = MentionKind::kPronoun;
      p.text = t[i].text;
      p.entity = last_person;
      added.push_back(p);
    }
    for (auto& p : added) {
      // The sentence holding the pronoun: the last one starting at or before it.
      auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), p.first_token,
                                 [](size_t tok, const Sentence& s) { return tok < s.first_token; });
      p.sentence =
          it == doc_.sentences.begin() ? 0 : static_cast<size_t>(it - doc_.sentences.begin() - 1);
      doc_.mentions.push_back(p);
    }
    std::stable_sort(
        doc_.mentions.begin(), doc_.mentions.end(),
        [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; });
  }

  // Every mention of entity `from` now names `to`; `from` is left unnamed.
  void Redirect(int from, int to) {
    for (auto& m : doc_.mentions) {
      if (m.entity == from) m.entity = to;
    }
    Entity& f = doc_.entities[static_cast<size_t>(from)];
    AddLabel(to, f.label);
    for (const auto& l : f.alt_labels) AddLabel(to, l);
    f.named = false;
    f.alt_labels.clear();
  }

  int ResolveEpithet(size_t mi) {
    const Mention& ep = doc_.mentions[mi];
    if (ep.type == EntityType::kOrganization) {
      // "the fund" for the IMF too: its canonical name is in its key.
      const std::string lowered = AsciiLower(ep.canonical);
      for (size_t j = mi; j-- > 0 && j + 400 > mi;) {
        const Mention& m = doc_.mentions[j];
        if (m.entity < 0 || m.kind == MentionKind::kEpithet) continue;
        const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
        if (e.type == EntityType::kOrganization && e.named &&
            (e.label.find(ep.canonical) != std::string::npos ||
             e.key.find(lowered) != std::string::npos)) {
          return m.entity;
        }
      }
      return -1;
    }
    // Demonym inside the epithet: "the Belarusian leader" (mentions near it).
    int country = -1;
    const size_t lo = mi > 8 ? mi - 8 : 0, hi = std::min(doc_.mentions.size(), mi + 8);
    for (size_t j = lo; j < hi; ++j) {
      const Mention& m = doc_.mentions[j];
      if (m.kind == MentionKind::kDemonym && m.span.begin >= ep.span.begin &&
          m.span.end <= ep.span.end) {
        country = m.entity;
      }
    }
    const std::string& noun = ep.canonical;
    const bool leader_noun = lex_.leader_nouns.count(noun) > 0;
    if (country >= 0 && leader_noun) {
      for (size_t p = 0; p < coref_.leader_of.size(); ++p) {
        if (coref_.leader_of[p] == country) return static_cast<int>(p);
      }
    }
    // Generic leader nouns ("the leader", "the strongman") fit anyone who
    // leads; an office ("the president", "the premier") only its holder.
    const TitleInfo* office = lex_.Title(noun);
    const bool generic = leader_noun && (office == nullptr || !office->state);
    auto title_fits = [&](const std::string& t) {
      if (t == noun) return true;
      if (t.size() > noun.size() && t.compare(t.size() - noun.size(), noun.size(), noun) == 0 &&
          t[t.size() - noun.size() - 1] == ' ') {
        return true;  // "foreign minister" fits "minister"
      }
      if (noun == "premier" && t == "prime minister") return true;
      return generic && lex_.Title(t) != nullptr && lex_.Title(t)->leader;
    };
    // Does person p fit the epithet's noun, by any title seen with them?
    auto fits = [&](size_t p) {
      if (noun.empty()) return true;
      if (p >= coref_.titles.size()) return false;
      for (const auto& t : coref_.titles[p]) {
        if (title_fits(t)) return true;
      }
      return false;
    };
    auto led = [&](size_t p) { return p < coref_.leader_of.size() ? coref_.leader_of[p] : -1; };
    // The subject of the epithet's own sentence comes first ("Xi, who landed
    // ..., said ... the 69-year-old leader said").
    size_t first_in_sentence = mi;
    while (first_in_sentence > 0 && doc_.mentions[first_in_sentence - 1].sentence == ep.sentence)
      --first_in_sentence;
    for (size_t j = first_in_sentence; j < mi; ++j) {
      const Mention& m = doc_.mentions[j];
      if (m.sentence != ep.sentence || m.entity < 0 || m.kind != MentionKind::kName) continue;
      if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) continue;
      if (fits(static_cast<size_t>(m.entity)) &&
          m.first_token == doc_.sentences[m.sentence].first_token) {
        return m.entity;
      }
      break;
    }
    // The subject of the previous sentence, when it fits ("Xi, who ... met
    // Putin, insisted ... \"...,\" the 69-year-old leader said").
    if (ep.sentence > 0) {
      const auto& prev = doc_.sentences[ep.sentence - 1];
      for (size_t j = mi; j-- > 0;) {
        const Mention& m = doc_.mentions[j];
        if (m.sentence < ep.sentence - 1) break;
        if (m.sentence != ep.sentence - 1 || m.first_token != prev.first_token) continue;
        if (m.entity < 0 || m.kind != MentionKind::kName ||
            doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) {
          break;
        }
        const size_t p = static_cast<size_t>(m.entity);
        if (country >= 0 && led(p) >= 0 && led(p) != country) break;
        if (fits(p)) return m.entity;
        break;
      }
    }
    // The most recent person named before (within the last few hundred
    // mentions), whose titles fit and whose country does not clash.
    int fallback = -1;
    for (size_t j = mi; j-- > 0 && j + 400 > mi;) {
      const Mention& m = doc_.mentions[j];
      if (m.entity < 0 || m.kind != MentionKind::kName) continue;
      if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) continue;
      const size_t p = static_cast<size_t>(m.entity);
      if (country >= 0 && led(p) >= 0 && led(p) != country) continue;
      if (fits(p) || (generic && led(p) >= 0)) {
        if (country >= 0 && leader_noun && led(p) < 0) SetLeader(m.entity, country);
        return m.entity;
      }
      if (fallback < 0) fallback = m.entity;
    }
    if (fallback >= 0 && country >= 0 && leader_noun) SetLeader(fallback, country);
    return fallback;
  }

  Document& doc_;
  const MentionLayer& layer_;
  const Lexicon& lex_;
  CorefLayer coref_;
  std::map<std::string, int> by_key_;
  std::unordered_map<std::string, int> surname_, org_word_, place_first_, org_last_;
  std::unordered_map<std::string, std::vector<int>> first_person_;
  std::unordered_map<std::string, int> guessed_;  // one-word guesses by their text
  std::vector<bool> retyped_;  // organizations found by their context (RetypeByContext)
  mutable std::vector<int> starting_at_, ending_at_;  // first mention starting / ending at a token
  int counted_country_ = -1;  // the country whose mentions country_mentions_ counts
  size_t country_mentions_ = 0;
  struct WordUse {
    size_t capitalized = 0;  // capitalized uses after the headline
    bool other = false;      // any use in lower case or all capitals
    bool subject = false;    // a capitalized use before a verb or possessive
  };
  mutable std::unordered_map<std::string, WordUse> word_use_;  // by lower-case word
  mutable bool word_use_ready_ = false;
  int main_country_ = -2;  // cached MainCountry(); -2: not computed
};

}  // namespace

CorefLayer ResolveCoreference(Document& doc, const MentionLayer& layer, const Lexicon& lex) {
  doc.entities.clear();
  doc.relations.clear();
  CorefLayer c = Resolver(doc, layer, lex).Run();
  c.leader_of.resize(doc.entities.size(), -1);
  c.titles.resize(doc.entities.size());
  doc.mention_at.assign(doc.tokens.size(), -1);
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const Mention& m = doc.mentions[i];
    if (m.entity < 0) continue;
    for (size_t k = m.first_token; k < m.end_token; ++k) {
      if (doc.mention_at[k] < 0) doc.mention_at[k] = static_cast<int>(i);
    }
  }
  return c;
}

}  // namespace newskg
