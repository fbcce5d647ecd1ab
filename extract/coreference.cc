#include "extract/coreference.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "base/base.h"
#include "extract/internal/coref_resolver.h"
#include "extract/internal/stage_words.h"

namespace newskg {
namespace internal {

std::string EntityKey(const Lexicon& lex, EntityType type, const std::string& name) {
  if (type == EntityType::kCountry) {
    if (const std::string* code = lex.CountryCode(name); code != nullptr)
      return std::string(EntityTypeName(type)) + "/" + AsciiLower(*code);
  }
  return std::string(EntityTypeName(type)) + "/" + NameSlug(name);
}

}  // namespace internal

namespace {

using internal::EntityKey;

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
    // A person's shorter name is no other name of him ("Martin" after
    // "Micheal Martin" is no WordNet "Martin").
    const auto words = [](const std::string& s) { return std::count(s.begin(), s.end(), ' '); };
    for (auto it = e.alt_labels.begin(); known == nullptr && it != e.alt_labels.end(); ++it) {
      if (e.type != EntityType::kPerson || words(*it) >= words(e.label)) known = lookup(*it);
    }
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

namespace internal {

CorefLayer CorefResolver::Run() {
  auto& ms = doc_.mentions;
  // 1. Known names (gazetteer canonical) and multi-word names.
  for (size_t i = 0; i < ms.size(); ++i) {
    Mention& m = ms[i];
    if (m.kind == MentionKind::kDemonym) {
      m.entity = ByKey(m.type, m.canonical, m.canonical, false);
      continue;
    }
    if (m.kind != MentionKind::kName) continue;
    if (WordCount(m.text) == 1) continue;  // single words: after the full names
    if (!m.canonical.empty() && !m.tentative) {
      m.entity = ByKey(m.type, m.canonical, m.text, true);
    } else if (m.type == EntityType::kPerson && WordCount(m.text) >= 2) {
      m.entity = PersonByFullName(m.text);
    } else if (WordCount(m.text) >= 2) {
      m.entity = ByKey(m.type, m.text, m.text, true);
    }
  }
  // 2. Single words: surnames, acronyms, first words of organization names.
  IndexNames();
  for (auto& m : ms) {
    if (m.kind != MentionKind::kName || m.entity >= 0) continue;
    // "the North": the country or place of the article named with it, or nothing.
    if (w_.compass_words.count(m.text) > 0) {
      m.entity = CompassPlace(m.text);
      if (m.entity >= 0) AddLabel(m.entity, m.text);
      continue;
    }
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
    if (m.kind == MentionKind::kName && m.entity >= 0 && WordCount(m.text) == 1)
      single.try_emplace(m.text, m.entity);
  }
  for (auto& m : ms) {
    if (m.kind != MentionKind::kName || m.entity >= 0 || !m.tentative) continue;
    if (auto it = single.find(m.text); it != single.end()) m.entity = it->second;
  }
  MergeCountryShortNames();
  // Twice: an organization found by its context is context for its neighbours.
  RetypeByContext();
  RetypeByContext();
  // Acronym organizations that expand a longer name in the article.
  MergeAcronyms();
  MergeGuessedPeople();
  MergeSameNames();
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
    if (t.modifier_mention >= 0) {
      const Mention& dm = ms[static_cast<size_t>(t.modifier_mention)];
      if (dm.kind == MentionKind::kDemonym && dm.entity >= 0)
        doc_.entities[static_cast<size_t>(dm.entity)].named = true;
    }
    coref_.titles[static_cast<size_t>(p)].push_back(t.title);
    if (t.former || t.modifier_mention < 0) continue;
    const int target = ms[static_cast<size_t>(t.modifier_mention)].entity;
    // "Bank of England Governor X": a title that heads organizations only.
    const bool heads_org =
        w_.org_leader_titles.count(t.title) > 0 && target >= 0 &&
        doc_.entities[static_cast<size_t>(target)].type == EntityType::kOrganization;
    if (target >= 0 && (t.leader || heads_org)) SetLeader(p, target);
  }
  AppositiveLeaders();
  LedBy();
  OfficeLeaders();
  // A head-of-state or government title with no country leads the
  // article's main country, when that country has no other leader.
  for (const auto& t : layer_.titles) {
    const int p = ms[t.person_mention].entity;
    if (p < 0 || !t.leader || t.former || t.modifier_mention >= 0) continue;
    if (const TitleInfo* ti = lex_.Title(t.title); ti == nullptr || !ti->state) continue;
    if (coref_.leader_of[static_cast<size_t>(p)] >= 0) continue;
    // "Taoiseach X": a title only one state's leader holds leads that
    // state, when the article names it.
    if (const auto only = w_.title_countries.find(t.title);
        only != w_.title_countries.end() && !only->second.empty()) {
      const auto c = by_key_.find(EntityKey(lex_, EntityType::kCountry, *only->second.begin()));
      if (c != by_key_.end()) SetLeader(p, c->second);
      continue;
    }
    // Not when the sentence names another country ("The White House said
    // President Joe Biden would meet Chinese President Xi Jinping", under
    // a BRUSSELS dateline).
    const int country = MainCountryWithoutLeader(t.title);
    if (country >= 0 && OtherCountryInSentence(ms[t.person_mention].sentence, country)) continue;
    // Nor when a sentence that titles the person names someone else with
    // that country's title ("Prime Minister X shakes hands with Portuguese
    // President Y"): the writer names the country of the foreign one.
    if (country < 0) continue;
    std::vector<size_t> titled_in;  // the sentences that title the person
    for (const auto& o : layer_.titles) {
      if (ms[o.person_mention].entity == p) titled_in.push_back(ms[o.person_mention].sentence);
    }
    const bool other_qualified =
        std::any_of(layer_.titles.begin(), layer_.titles.end(), [&](const auto& o) {
          return o.modifier_mention >= 0 && ms[o.person_mention].entity != p &&
                 ms[static_cast<size_t>(o.modifier_mention)].entity == country &&
                 std::find(titled_in.begin(), titled_in.end(), ms[o.person_mention].sentence) !=
                     titled_in.end();
        });
    if (!other_qualified) SetLeader(p, country);
  }
  GovernmentLeaders();
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

}  // namespace internal

CorefLayer ResolveCoreference(Document& doc, const MentionLayer& layer, const Lexicon& lex) {
  doc.entities.clear();
  doc.relations.clear();
  auto words = internal::StageWords::Default();
  if (!words.ok()) {  // Pipeline::Create reports it
    doc.mention_at.assign(doc.tokens.size(), -1);
    return {};
  }
  CorefLayer c = internal::CorefResolver(doc, layer, lex, *words.value()).Run();
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
