#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

bool EventExtraction::Useful(const Event& ev, const EventClassSchema& cs, bool undated) {
  size_t entity_values = 0;
  for (const auto& [role, v] : ev.entity_roles) entity_values += v.size();
  auto meets = [&](const Requirement& r) {
    switch (r.kind) {
      case Requirement::Kind::kRole: {
        auto it = ev.entity_roles.find(r.role);
        return it != ev.entity_roles.end() && it->second.size() >= r.min;
      }
      case Requirement::Kind::kEntity:
        return entity_values > 0;
      case Requirement::Kind::kDate:
        return undated || !ev.dates.empty();
      case Requirement::Kind::kCount:
        return ev.count.has_value();
      case Requirement::Kind::kAmount:
        return !ev.amounts.empty();
      case Requirement::Kind::kQuote:
        return !ev.quote.empty();
    }
    return false;
  };
  for (const auto& all : cs.requires_any) {
    if (std::all_of(all.begin(), all.end(), meets)) return true;
  }
  return false;
}

bool EventExtraction::Headline(size_t si) const {
  const Sentence& s = doc_.sentences[si];
  return si == 0 && s.end_token > s.first_token && t_[s.end_token - 1].kind == TokenKind::kWord;
}

std::vector<int> EventExtraction::RoleOf(const Event& e, const char* role) {
  auto it = e.entity_roles.find(role);
  return it == e.entity_roles.end() ? std::vector<int>{} : it->second;
}

bool EventExtraction::IsPerson(int e) const {
  return doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
}

bool EventExtraction::SameSide(int a, int b) const {
  if (a == b) return true;
  auto led = [&](int p) {
    return p >= 0 && static_cast<size_t>(p) < coref_.leader_of.size()
               ? coref_.leader_of[static_cast<size_t>(p)]
               : -1;
  };
  return led(a) == b || led(b) == a;
}

int EventExtraction::StateOfOrganization(int e) const {
  if (org_state_.size() != doc_.entities.size()) org_state_.assign(doc_.entities.size(), -2);
  int& state = org_state_[static_cast<size_t>(e)];
  if (state != -2) return state;
  state = -1;
  const Entity& org = doc_.entities[static_cast<size_t>(e)];
  if (org.type != EntityType::kOrganization) return state;
  // The name's first one or two words: a country's name or its people's word.
  const std::string& label = org.label;
  const size_t first_space = label.find(' ');
  if (first_space == std::string::npos) return state;
  const size_t second_space = label.find(' ', first_space + 1);
  const std::string* code = nullptr;
  for (const size_t end : {first_space, second_space}) {
    if (end == std::string::npos || code != nullptr) continue;
    std::string head = label.substr(0, end);
    if (const std::string* country = lex_.DemonymCountry(head); country != nullptr)
      code = lex_.CountryCode(*country);
    if (code == nullptr) code = lex_.CountryCode(head);
  }
  if (code == nullptr) return state;
  for (size_t c = 0; c < doc_.entities.size(); ++c) {
    const Entity& country = doc_.entities[c];
    if (country.type != EntityType::kCountry) continue;
    if (const std::string* cc = lex_.CountryCode(country.label); cc != nullptr && *cc == *code) {
      state = static_cast<int>(c);
      break;
    }
  }
  return state;
}

bool EventExtraction::Overlap(const std::vector<int>& a, const std::vector<int>& b) const {
  for (int x : a) {
    for (int y : b) {
      if (SameSide(x, y)) return true;
    }
  }
  return false;
}

bool EventExtraction::SamePlace(int a, int b) const {
  if (a == b) return true;
  const Entity& x = doc_.entities[static_cast<size_t>(a)];
  const Entity& y = doc_.entities[static_cast<size_t>(b)];
  auto inside = [&](const Entity& in, const Entity& out) {
    if (out.type != EntityType::kCountry) return false;
    const std::string* country = lex_.CountryOf(in.label);
    return country != nullptr && *country == out.label;
  };
  return inside(x, y) || inside(y, x);
}

void EventExtraction::OnePlace(Event& ev) const {
  auto it = ev.entity_roles.find("place");
  if (it == ev.entity_roles.end() || it->second.size() < 2) return;
  const std::vector<int>& places = it->second;
  auto inside = [&](int in, int out) {
    const Entity& x = doc_.entities[static_cast<size_t>(in)];
    const Entity& y = doc_.entities[static_cast<size_t>(out)];
    if (in == out || y.type != EntityType::kCountry) return false;
    const std::string* country = lex_.CountryOf(x.label);
    return country != nullptr && *country == y.label;
  };
  int kept = places.front();
  for (int p : places) {
    bool holds = false;
    for (int q : places) holds = holds || inside(q, p);
    if (!holds) {
      kept = p;
      break;
    }
  }
  it->second.assign(1, kept);
}

bool EventExtraction::PlacePairConflicts(int x, int y) const {
  if (SamePlace(x, y)) return false;
  const Entity& ex = doc_.entities[static_cast<size_t>(x)];
  const Entity& ey = doc_.entities[static_cast<size_t>(y)];
  if (ex.type == ey.type) return true;
  const Entity& city = ex.type == EntityType::kCountry ? ey : ex;
  const Entity& country = ex.type == EntityType::kCountry ? ex : ey;
  // Unknown: no conflict.
  return country.type == EntityType::kCountry && lex_.CountryOf(city.label) != nullptr;
}

bool EventExtraction::LeadAndPastYear(const Event& a, const Event& b) const {
  if (a.dates.empty() == b.dates.empty() || doc_.date.size() < 4) return false;
  const Event& undated = a.dates.empty() ? a : b;
  const std::string& dated = (a.dates.empty() ? b : a).dates.front().lexical;
  constexpr size_t kLeadSentences = 3;
  bool lead = false;
  for (size_t s : undated.sentences) lead = lead || s < kLeadSentences;
  // Two calendar years back at least: a lead of January may well tell of
  // last July's election.
  if (!lead || dated.size() < 4) return false;
  const int year = std::atoi(dated.substr(0, 4).c_str());
  const int article_year = std::atoi(doc_.date.substr(0, 4).c_str());
  return year > 0 && article_year > 0 && year + 1 < article_year;
}

bool EventExtraction::Fits(const Event& a, const Event& b) const {
  if (a.cls != b.cls || identity_ == nullptr || LeadAndPastYear(a, b)) return false;
  const EventIdentityRule* rule = identity_->Rule(a.cls);
  const MatchView view{*this};
  return rule != nullptr && !ValuesConflict(a, b, *rule, view);
}

bool EventExtraction::Compatible(const Event& a, const Event& b) const {
  if (a.cls != b.cls || identity_ == nullptr) return false;
  const EventIdentityRule* rule = identity_->Rule(a.cls);
  const EventClassSchema* cs = Schema(a.cls);
  if (rule == nullptr || cs == nullptr || LeadAndPastYear(a, b)) return false;
  const MatchView view{*this};
  if (ValuesConflict(a, b, *rule, view)) return false;
  if (IdentityEvidence(a, b, *rule, view)) return true;
  // "The UK imposed sanctions on Monday. Those sanctioned include A and
  // B": a round of sanctions told without its imposer is the one told with it.
  for (const auto& r : cs->article_lacks) {
    if (RoleOf(a, r.c_str()).empty() != RoleOf(b, r.c_str()).empty()) return true;
  }
  if (cs->article_count && a.count && b.count && a.count->value == b.count->value) return true;
  // "Over 600 troops from A and B took part in the drills": the drills told of.
  if (cs->article_definite && b.definite) return true;
  if (cs->article_shared) {
    for (const auto& [r, v] : a.entity_roles) {
      if (Overlap(v, RoleOf(b, r.c_str()))) return true;
    }
  }
  return cs->article_dated && !a.dates.empty() && !b.dates.empty();
}

bool EventExtraction::StepHas(const std::string& cls, std::string_view step,
                              const std::string& role) const {
  const EventClassSchema* cs = Schema(cls);
  const auto* roles = cs == nullptr ? nullptr : cs->Step(step);
  return roles != nullptr && std::find(roles->begin(), roles->end(), role) != roles->end();
}

void EventExtraction::MergeInto(Event& a, const Event& b) const {
  for (const auto& [r, v] : b.entity_roles) {
    // Names as told: both sides of a meeting, a sanctioned leader beside his group.
    const bool individuals = StepHas(a.cls, "individuals", r);
    const bool as_named = individuals || StepHas(a.cls, "sides", r);
    const bool leaders_first = StepHas(a.cls, "leaders-first", r);
    auto& dst = a.entity_roles[r];
    for (int e : v) {
      bool same = false;
      for (int& x : dst) {
        if (individuals ? x != e : !SameSide(x, e)) continue;
        same = true;
        // One side named by its leader and by its state: the state stands in
        // agent roles ("Xi promised a loan" + "Beijing will lend"), the
        // leader where the class wants the people ("Chile and Peru hold
        // talks" + "Chilean President X met Y").
        if (!as_named && IsPerson(x) && !IsPerson(e)) x = e;
        if (leaders_first && !IsPerson(x) && IsPerson(e)) x = e;
      }
      if (!same) dst.push_back(e);
    }
  }
  for (const auto& m : b.amounts) {
    if (std::find(a.amounts.begin(), a.amounts.end(), m) == a.amounts.end()) a.amounts.push_back(m);
  }
  if (a.dates.empty() ||
      (!b.dates.empty() && b.dates[0].lexical.size() > a.dates[0].lexical.size()))
    a.dates = b.dates;
  if (!a.count) a.count = b.count;
  a.sentences.insert(a.sentences.end(), b.sentences.begin(), b.sentences.end());
  // A role one mention names is no longer unnamed.
  for (const auto& r : b.unnamed_roles) {
    if (std::find(a.unnamed_roles.begin(), a.unnamed_roles.end(), r) == a.unnamed_roles.end())
      a.unnamed_roles.push_back(r);
  }
  std::erase_if(a.unnamed_roles, [&](const std::string& r) { return a.entity_roles.count(r) > 0; });
}

bool EventExtraction::UnnamedOne(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  // A noun phrase of one unnamed person: an indefinite article, lower-case
  // modifiers, and a noun for a person ("an opposition activist", "a
  // former minister"), no name right after it.
  auto person_head = [&](size_t k) {
    return !t_[k].capitalized && MentionAt(k) < 0 &&
           (lex_.person_nouns.count(t_[k].lower) > 0 ||
            sw_.occupation_nouns.count(t_[k].lower) > 0);
  };
  auto opens_one = [&](size_t k) { return sw_.indefinite_determiners.count(t_[k].lower) > 0; };
  // Passive: the subject before "was arrested".
  size_t k = tr.first;
  bool passive = false;
  while (k > s.first_token && (lex_.passive_auxiliaries.count(t_[k - 1].lower) > 0 ||
                               Is(k - 1, w_.subject_auxiliaries))) {
    passive = passive || lex_.passive_auxiliaries.count(t_[k - 1].lower) > 0;
    --k;
  }
  if (tr.verb && passive && k > s.first_token && person_head(k - 1)) {
    for (size_t j = k - 1; j-- > s.first_token && j + 5 > k;) {
      if (opens_one(j)) return true;
      if (t_[j].kind != TokenKind::kWord || MentionAt(j) >= 0) break;
    }
    return false;
  }
  // Active: the object after "arrested".
  if (!tr.verb || passive || tr.end >= s.end_token || !opens_one(tr.end)) return false;
  for (size_t j = tr.end + 1; j < s.end_token && j < tr.end + 5; ++j) {
    if (t_[j].kind != TokenKind::kWord || MentionAt(j) >= 0) return false;
    if (person_head(j)) return j + 1 >= s.end_token || MentionAt(j + 1) < 0;
  }
  return false;
}

bool EventExtraction::DateOnly(const Event& ev) {
  size_t entity_values = 0;
  for (const auto& [role, v] : ev.entity_roles) entity_values += v.size();
  return !ev.dates.empty() && entity_values == 0 && ev.amounts.empty() && !ev.count &&
         ev.quote.empty();
}

bool EventExtraction::CountOnly(const Event& ev) {
  size_t entity_values = 0;
  for (const auto& [role, v] : ev.entity_roles) entity_values += v.size();
  return ev.count && ev.dates.empty() && entity_values == 0 && ev.amounts.empty() &&
         ev.quote.empty();
}

void EventExtraction::Merge(std::vector<Event>& evs, const std::vector<Joins>& joins) const {
  std::vector<Event> out;
  for (size_t i = 0; i < evs.size(); ++i) {
    Event& ev = evs[i];
    const Joins how = i < joins.size() ? joins[i] : Joins::kAsFound;
    if (how == Joins::kLatest) {
      auto o =
          std::find_if(out.rbegin(), out.rend(), [&](const Event& x) { return x.cls == ev.cls; });
      if (o != out.rend()) MergeInto(*o, ev);
      continue;
    }
    if (how == Joins::kLatestIfFits) {
      // "A march filled Belgrade. Protesters clogged the capital on
      // Saturday": the day of the latest event of its class, when it fits.
      for (auto o = out.rbegin(); o != out.rend(); ++o) {
        if (o->cls != ev.cls) continue;
        if (Fits(*o, ev)) MergeInto(*o, ev);
        break;
      }
      continue;
    }
    // "About 48,000 protesters took part": a mention that names
    // nothing but its size is the latest event of its class, when it fits.
    if (CountOnly(ev)) {
      auto o =
          std::find_if(out.rbegin(), out.rend(), [&](const Event& x) { return x.cls == ev.cls; });
      if (o != out.rend() && !o->count && Fits(*o, ev)) {
        MergeInto(*o, ev);
        continue;
      }
    }
    bool merged = false;
    // The latest event it can be: "The US sanctioned A on Friday. ... Others
    // sanctioned are B and C" adds to Friday's round, not to one told before.
    for (auto o = out.rbegin(); o != out.rend(); ++o) {
      if (Compatible(*o, ev)) {
        MergeInto(*o, ev);
        merged = true;
        break;
      }
    }
    if (!merged) out.push_back(std::move(ev));
  }
  // A lender that is a leader of another lender is the same side: keep the state.
  for (auto& ev : out) {
    for (auto& [role, v] : ev.entity_roles) {
      const bool as_named = StepHas(ev.cls, "individuals", role) || StepHas(ev.cls, "sides", role);
      std::vector<int> kept;
      for (int e : v) {
        bool led_other = false;
        for (int x : v) {
          led_other = led_other || (x != e && static_cast<size_t>(e) < coref_.leader_of.size() &&
                                    coref_.leader_of[static_cast<size_t>(e)] == x);
        }
        if (!led_other || as_named) kept.push_back(e);
      }
      v = kept;
    }
  }
  evs = std::move(out);
}

}  // namespace newskg::internal
