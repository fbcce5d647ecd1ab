// CorefResolver: leaders named by the way a sentence puts a person in office
// (see coref_resolver.h): "the president of Ghana, John Mahama", "his
// counterparts from Togo, Faure Gnassingbe, and ...", "Ana Ortiz was the
// central bank's governor", "the Ravi Kumar government", "Juan Perez, who has
// been acting president".
#include <algorithm>
#include <string>
#include <vector>

#include "base/base.h"
#include "extract/internal/coref_resolver.h"

namespace newskg::internal {

size_t CorefResolver::TitleAt(size_t k, const TitleInfo** info, std::string* title) const {
  return lex_.TitleAt(doc_.tokens, k, doc_.tokens.size(), info, title);
}

std::vector<int> CorefResolver::MentionStarts() const {
  std::vector<int> at(doc_.tokens.size(), -1);
  for (size_t i = 0; i < doc_.mentions.size(); ++i) {
    const Mention& m = doc_.mentions[i];
    if (m.first_token < at.size() && at[m.first_token] < 0) at[m.first_token] = static_cast<int>(i);
  }
  return at;
}

bool CorefResolver::Leads(int entity, EntityType type) const {
  return entity >= 0 && doc_.entities[static_cast<size_t>(entity)].type == type;
}

size_t CorefResolver::SkipOfficeWords(size_t k) const {
  const auto& t = doc_.tokens;
  if (k < t.size() && t[k].tag == "RB") ++k;  // "who is also ..."
  if (k < t.size() && (w_.definite_articles.count(t[k].lower) > 0 || t[k].tag == "DT")) ++k;
  while (k < t.size() && w_.office_modifiers.count(t[k].lower) > 0) ++k;
  return k;
}

void CorefResolver::OfficeLeaders() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  const std::vector<int> starts = MentionStarts();
  auto name_at = [&](size_t k) -> const Mention* {
    if (k >= starts.size() || starts[k] < 0) return nullptr;
    const Mention& m = ms[static_cast<size_t>(starts[k])];
    return m.entity >= 0 && m.kind == MentionKind::kName ? &m : nullptr;
  };
  auto led_type = [&](const Mention& m) {
    return Leads(m.entity, EntityType::kCountry) || Leads(m.entity, EntityType::kOrganization);
  };
  for (size_t k = 1; k < t.size(); ++k) {
    // "the current president of Ghana, Dr John Mahama": a leader's
    // title with what it leads, then the person in apposition.
    const TitleInfo* ti = nullptr;
    const size_t len = TitleAt(k, &ti);
    const std::string& before = t[k - 1].lower;
    if (len > 0 && ti->leader && w_.former_words.count(before) == 0 &&
        (t[k - 1].tag == "DT" || t[k - 1].tag == "PRP$" || w_.definite_articles.count(before) > 0 ||
         w_.office_modifiers.count(before) > 0) &&
        TitleAt(k - 1, nullptr) <= len && k + len + 1 < t.size() &&
        w_.head_of_preps.count(t[k + len].lower) > 0) {
      const Mention* led = name_at(k + len + 1);
      if (led != nullptr && led_type(*led) && led->end_token + 1 < t.size() &&
          t[led->end_token].text == ",") {
        size_t q = led->end_token + 1;
        // Forms of address before the name: "Dr", "Her Majesty".
        for (size_t n = 0; n < 2 && q < t.size() && name_at(q) == nullptr && t[q].capitalized; ++n)
          ++q;
        const Mention* person = name_at(q);
        if (person != nullptr && Leads(person->entity, EntityType::kPerson))
          SetLeader(person->entity, led->entity);
      }
    }
    // "President Ama Owusu met her counterparts from Togo, Faure
    // Gnassingbe, and Liberia, George Weah": a head of state's counterpart
    // in a country leads it.
    const bool counterpart = lex_.counterpart_nouns.count(t[k].lower) > 0;
    auto head_of_state_before = [&] {
      for (size_t q = doc_.sentences[t[k].sentence].first_token; q < k; ++q) {
        const TitleInfo* st = nullptr;
        if (TitleAt(q, &st) > 0 && st->state) return true;
      }
      return false;
    };
    // "President Ama Owusu held talks with his Togolese counterpart Kodjo
    // Amevor": the demonym names the country the counterpart leads.
    if (counterpart && starts[k - 1] >= 0) {
      const Mention& country = ms[static_cast<size_t>(starts[k - 1])];
      const Mention* person = name_at(k + 1);
      if (country.kind == MentionKind::kDemonym && country.end_token == k &&
          Leads(country.entity, EntityType::kCountry) && person != nullptr &&
          Leads(person->entity, EntityType::kPerson) && head_of_state_before())
        SetLeader(person->entity, country.entity);
    }
    if (counterpart && k + 1 < t.size() && w_.counterpart_preps.count(t[k + 1].lower) > 0) {
      const bool head_of_state = head_of_state_before();
      size_t q = k + 2;
      while (head_of_state) {
        const Mention* country = name_at(q);
        if (country == nullptr || !Leads(country->entity, EntityType::kCountry) ||
            country->end_token + 1 >= t.size() || t[country->end_token].text != ",")
          break;
        const Mention* person = name_at(country->end_token + 1);
        if (person == nullptr || !Leads(person->entity, EntityType::kPerson)) break;
        SetLeader(person->entity, country->entity);
        q = person->end_token;
        if (q < t.size() && t[q].text == ",") ++q;
        if (q < t.size() && w_.coordinators.count(t[q].lower) > 0) ++q;
      }
    }
  }
  // "Ana Ortiz was the Bank of Kibera governor", "Ortiz, the central bank's
  // governor", "Ortiz is the president of the ANC": the person leads what the
  // title is of; and the party named his.
  for (const Mention& p : ms) {
    if (p.kind != MentionKind::kName || !Leads(p.entity, EntityType::kPerson)) continue;
    size_t k = p.end_token;
    if (k >= t.size()) continue;
    // "Diallo's UDR party", "Erdogan's AK Party": his party.
    if (IsPossessive(t[k])) {
      const Mention* party = name_at(k + 1);
      if (party != nullptr && Leads(party->entity, EntityType::kOrganization) &&
          ((party->end_token < t.size() && w_.party_nouns.count(t[party->end_token].lower)) ||
           w_.party_nouns.count(AsciiLower(t[party->end_token - 1].text)) > 0))
        SetLeader(p.entity, party->entity);
      continue;
    }
    const size_t cop = PhraseLengthAt(w_.copulas, t, k, std::min(t.size(), k + 3));
    if (cop > 0) {
      k += cop;
    } else if (t[k].text == "," && k + 1 < t.size() &&
               w_.definite_articles.count(t[k + 1].lower) > 0) {
      ++k;
    } else {
      continue;
    }
    k = SkipOfficeWords(k);
    const Mention* led = name_at(k);
    if (led != nullptr && led_type(*led)) {
      size_t after = led->end_token;
      if (after < t.size() && IsPossessive(t[after])) ++after;
      const TitleInfo* ti = nullptr;
      std::string title;
      if (TitleAt(after, &ti, &title) == 0) continue;
      const bool heads_org =
          w_.org_leader_titles.count(title) > 0 && Leads(led->entity, EntityType::kOrganization);
      if (ti->leader || heads_org) AlsoLeader(p.entity, led->entity);
      continue;
    }
    const TitleInfo* ti = nullptr;
    const size_t len = TitleAt(k, &ti);
    if (len == 0 || !ti->leader || k + len + 1 >= t.size() ||
        w_.head_of_preps.count(t[k + len].lower) == 0)
      continue;
    if (const Mention* of = name_at(SkipOfficeWords(k + len + 1)); of != nullptr && led_type(*of))
      AlsoLeader(p.entity, of->entity);
  }
}

void CorefResolver::AlsoLeader(int person, int target) {
  if (coref_.leader_of[static_cast<size_t>(person)] < 0) return SetLeader(person, target);
  const Relation led{person, "leaderOf", target, 0};
  for (const Relation& r : doc_.relations) {
    if (!(r < led) && !(led < r)) return;  // said before
  }
  doc_.relations.push_back(led);
}

bool CorefResolver::Definite(size_t k) const {
  const auto& t = doc_.tokens;
  // Past a capitalized name and title: "the President Ravi Kumar government".
  while (k > 0 && t[k - 1].capitalized) --k;
  return k > 0 && w_.definite_articles.count(t[k - 1].lower) > 0;
}

void CorefResolver::MainCountryLeader(int person, size_t sentence, const std::string& title) {
  const int main = MainCountry();
  if (main < 0 || person < 0 || coref_.leader_of[static_cast<size_t>(person)] >= 0) return;
  if (!title.empty() && !TitleFitsState(title, main)) return;
  for (int led : coref_.leader_of) {
    if (led == main) return;  // the country has a leader in the article
  }
  if (OtherCountryInSentence(sentence, main)) return;
  if (!title.empty()) coref_.titles[static_cast<size_t>(person)].push_back(title);
  SetLeader(person, main);
}

void CorefResolver::GovernmentLeaders() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& p = ms[i];
    if (p.kind != MentionKind::kName || !Leads(p.entity, EntityType::kPerson)) continue;
    const size_t k = p.end_token;
    if (k >= t.size()) continue;
    // "the Ravi Kumar government": the government of the article's country.
    // Not "a Kumar administration" (one that may come).
    if (w_.led_body_nouns.count(t[k].lower) > 0 && Definite(p.first_token)) {
      MainCountryLeader(p.entity, p.sentence, "");
      continue;
    }
    // "Juan Perez, who has been interim president since March".
    if (t[k].text != "," || k + 2 >= t.size() || w_.person_relatives.count(t[k + 1].lower) == 0)
      continue;
    const size_t cop = PhraseLengthAt(w_.copulas, t, k + 2, std::min(t.size(), k + 5));
    if (cop == 0) continue;
    const size_t q = SkipOfficeWords(k + 2 + cop);
    const TitleInfo* ti = nullptr;
    std::string title;
    const size_t len = TitleAt(q, &ti, &title);
    if (len == 0 || !ti->state ||
        (q + len < t.size() && w_.head_of_preps.count(t[q + len].lower) > 0))
      continue;
    MainCountryLeader(p.entity, p.sentence, title);
  }
  // "the President Ravi Kumar-led government", "the Kumar-led cabinet".
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    if (w_.led_body_nouns.count(t[k + 1].lower) == 0) continue;
    if (!Definite(k + 1)) continue;
    if (const int person = LedByPerson(k); person >= 0)
      MainCountryLeader(person, t[k].sentence, "");
  }
}

void CorefResolver::HeadedBy() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  auto is_org = [&](int e) {
    return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kOrganization;
  };
  auto is_person = [&](int e) {
    return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
  };
  // "led by", "is headed by", "which was led by" at k: the token after the
  // agent's preposition, or 0. `aux`: a form of "be" must come first.
  auto passive_at = [&](size_t k, bool aux) -> size_t {
    bool be = false;
    while (k < t.size() && lex_.passive_auxiliaries.count(t[k].lower) > 0) {
      be = true;
      ++k;
    }
    if (k + 1 >= t.size() || (aux && !be) || w_.leading_participles.count(t[k].lower) == 0 ||
        w_.agent_preps.count(t[k + 1].lower) == 0)
      return 0;
    return k + 2;
  };
  // The person the first name mention from mention j on names, within six
  // tokens of k: "headed by Osei loyalist Ama Boateng": a name before a
  // lower-case noun and another name qualifies the noun; the other name is
  // the head.
  auto head_from = [&](size_t j, size_t k) -> int {
    for (; j < ms.size() && ms[j].first_token < k + 8; ++j) {
      if (ms[j].first_token < k || ms[j].entity < 0 || ms[j].kind != MentionKind::kName) continue;
      if (const size_t n = j + 1;
          n < ms.size() && ms[n].entity >= 0 && ms[n].kind == MentionKind::kName &&
          ms[n].first_token > ms[j].end_token && ms[n].first_token <= ms[j].end_token + 2) {
        bool nouns = true;
        for (size_t q = ms[j].end_token; q < ms[n].first_token; ++q)
          nouns = nouns && t[q].kind == TokenKind::kWord && !t[q].capitalized;
        if (nouns) j = n;
      }
      return static_cast<int>(j);
    }
    return -1;
  };
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& a = ms[i];
    if (a.entity < 0 || a.kind != MentionKind::kName) continue;
    size_t k = a.end_token;
    // "the Social Democratic party, led by X": the organization's word in
    // lower case after its name.
    if (is_org(a.entity) && k < t.size() && t[k].kind == TokenKind::kWord && !t[k].capitalized &&
        lex_.org_suffixes.count(TitleCase(t[k].lower)) > 0)
      ++k;
    if (k >= t.size()) continue;
    // "X, who heads the Y", "Y, headed by X", "Y, which is led by X", "Y is
    // led by X", and "X (currently) heads the Y" in the main clause.
    const bool comma = t[k].text == ",";
    if (comma) ++k;
    const bool who = comma && k < t.size() && w_.person_relatives.count(t[k].lower) > 0;
    const bool which = comma && !who && k < t.size() && w_.clause_relatives.count(t[k].lower) > 0;
    if (who || which) ++k;
    if (!comma && k + 1 < t.size() && t[k].tag == "RB") ++k;
    if (k >= t.size()) continue;
    const std::string& verb = t[k].lower;
    size_t agent = 0;
    if (!who) agent = passive_at(k, which || !comma);
    const bool active = (who || !comma) && w_.leading_verbs.count(verb) > 0;
    if (agent == 0 && !active) continue;
    const int j = head_from(i + 1, agent > 0 ? agent : k + 1);
    if (j < 0) continue;
    const int other = ms[static_cast<size_t>(j)].entity;
    if (agent > 0 && is_org(a.entity) && is_person(other)) SetLeader(other, a.entity);
    if (agent == 0 && is_person(a.entity) && is_org(other)) SetLeader(a.entity, other);
  }
  // "The Social Democratic party holds three seats. It is led by X.": the
  // organization's pronoun opening a sentence stands for the organization
  // the sentence before names first.
  for (size_t i = 0, prev = 0; i < ms.size(); ++i) {
    if (i > 0 && ms[i].sentence != ms[i - 1].sentence) prev = i;
    const Mention& org = ms[prev];
    if (i != prev || org.entity < 0 || org.kind != MentionKind::kName || !is_org(org.entity))
      continue;
    // The next sentence, opening with the pronoun.
    const size_t next = org.sentence + 1;
    if (next >= doc_.sentences.size()) continue;
    const size_t k = doc_.sentences[next].first_token;
    if (k >= t.size() || w_.org_pronouns.count(t[k].lower) == 0) continue;
    const size_t agent = passive_at(k + 1, true);
    if (agent == 0) continue;
    size_t j = i;
    while (j < ms.size() && ms[j].first_token < agent) ++j;
    const int h = head_from(j, agent);
    if (h >= 0 && is_person(ms[static_cast<size_t>(h)].entity))
      SetLeader(ms[static_cast<size_t>(h)].entity, org.entity);
  }
}

}  // namespace newskg::internal
