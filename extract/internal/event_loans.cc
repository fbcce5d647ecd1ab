// EventExtraction: the steps of loans (see event_extraction.h): a further
// share told after the first ("and the UAE a further $1bn"), shares paid
// out of a loan, lending institutions. Split from event_fill.cc.
#include <algorithm>
#include <optional>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

std::optional<Event> EventExtraction::Gapped(const Trigger& tr, const Event& ev,
                                             const std::string& role) const {
  const auto& s = doc_.sentences[tr.sentence];
  for (size_t k = tr.end; k + 2 < s.end_token; ++k) {
    if (t_[k].text != "," || !Is(k + 1, sw_.coordinators)) continue;
    size_t j = k + 2;
    if (j < s.end_token && Is(j, w_.articles)) ++j;
    const int m = MentionAt(j);
    if (m < 0) return std::nullopt;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    const EntityType ty = doc_.entities[static_cast<size_t>(mm.entity)].type;
    if (ty != EntityType::kCountry && ty != EntityType::kOrganization) return std::nullopt;
    size_t q = mm.end_token;
    if (q < s.end_token && Is(q, w_.articles) && q + 1 < s.end_token &&
        Is(q + 1, w_.additive_words))
      q += 2;
    if (q < s.end_token && Is(q, w_.additive_words)) ++q;
    const auto [money_b, money_e] = Within(doc_.money, Span{t_[q].span.begin, s.span.end});
    if (money_b == money_e || money_b->span.begin != t_[q].span.begin) return std::nullopt;
    Event g;
    g.cls = ev.cls;
    g.entity_roles = ev.entity_roles;
    g.entity_roles[role] = {mm.entity};
    g.amounts.push_back(*money_b);
    const auto [dates_b, dates_e] = Within(doc_.dates, Span{money_b->span.end, s.span.end});
    for (auto it = dates_b; it != dates_e; ++it) {
      if (it->anchor && it->span.end <= s.span.end) {
        g.dates.push_back(*it);
        break;
      }
    }
    g.sentences.push_back(tr.sentence);
    return g;
  }
  return std::nullopt;
}

bool EventExtraction::PartialAmount(const MoneyValue& m) const {
  const size_t first = TokenAt(m.span.begin), last = TokenAt(m.span.end - 1);
  for (size_t k = last + 1; k < t_.size() && k <= last + 2; ++k) {
    if (lex_.partial_amount_words.count(t_[k].lower) > 0) return true;
  }
  return first > 0 && lex_.partial_amount_words.count(t_[first - 1].lower) > 0;
}

bool EventExtraction::SumAfter(const Trigger& tr, const MoneyValue& m) const {
  // "approved a $200 million loan, bringing the total to $400 million",
  // "... Malawi's total disbursement under the arrangement to $400
  // million": past a sum after the trigger or in its phrase, an amount is
  // the sum's; "a total of $400 million" is the trigger's own.
  const size_t first = TokenAt(m.span.begin);
  size_t from = tr.first;
  const size_t sentence_first = doc_.sentences[tr.sentence].first_token;
  while (from > sentence_first && from + 6 > tr.first && t_[from - 1].kind != TokenKind::kPunct) {
    --from;
  }
  for (size_t k = from; k + 1 < first; ++k) {
    if (Is(k, w_.sum_modifiers) && !Is(k + 1, w_.genitive_preps)) return true;
  }
  return false;
}

bool EventExtraction::PaidOutShare(const MoneyValue& m) const {
  const size_t first = TokenAt(m.span.begin);
  if (first < 2 || !Is(first - 1, w_.genitive_preps)) return false;
  // The noun right before "of", or one word before it ("a first tranche of").
  return Is(first - 2, w_.payout_nouns) ||
         (first >= 3 && Is(first - 3, w_.payout_nouns) && !Is(first - 2, w_.genitive_preps));
}

bool EventExtraction::IsLendingInstitution(int e) const {
  auto lends = [&](const std::string& name) {
    const size_t space = name.rfind(' ');
    return lex_.lender_heads.count(space == std::string::npos ? name : name.substr(space + 1)) > 0;
  };
  // The label, or another name of it, or the gazetteer's name for it: the
  // IMF is also the "... Monetary Fund".
  const Entity& entity = doc_.entities[static_cast<size_t>(e)];
  if (lends(entity.label)) return true;
  for (const auto& alt : entity.alt_labels) {
    if (lends(alt)) return true;
  }
  const GazetteerEntry* known = lex_.Lookup(entity.label);
  return known != nullptr && lends(known->canonical);
}

bool EventExtraction::LendingInstitution(const Event& ev,
                                         const std::vector<std::string>& roles) const {
  if (ev.amounts.empty()) return false;
  for (const auto& role : roles) {
    auto it = ev.entity_roles.find(role);
    if (it == ev.entity_roles.end()) continue;
    for (int e : it->second) {
      if (IsLendingInstitution(e)) return true;
    }
  }
  return false;
}

std::vector<size_t> EventExtraction::AgreementTopics(const std::vector<Trigger>& triggers) const {
  constexpr size_t kTopicWords = 12;
  std::vector<size_t> out(triggers.size(), SIZE_MAX);
  for (size_t j = 0; j < triggers.size(); ++j) {
    const Trigger& topic = triggers[j];
    if (topic.conditional) continue;
    for (size_t i = j; i-- > 0;) {
      const Trigger& agreement = triggers[i];
      if (!agreement.conditional || agreement.cls != topic.cls ||
          agreement.sentence != topic.sentence || agreement.end > topic.first ||
          topic.first - agreement.end > kTopicWords)
        continue;
      bool prep = false, broken = false;
      for (size_t k = agreement.end; k < topic.first && !broken; ++k) {
        broken = IsClauseBreak(t_[k]) || t_[k].text == ",";
        prep = prep || Is(k, w_.topic_preps);
      }
      if (!broken && prep) out[j] = i;
      break;
    }
  }
  return out;
}

void EventExtraction::InstitutionLends(const Trigger& tr, const std::vector<std::string>& roles,
                                       Event& ev) const {
  if (!tr.receiving || roles.size() != 2 || !RoleOf(ev, roles[0].c_str()).empty()) return;
  auto others = ev.entity_roles.find(roles[1]);
  if (others == ev.entity_roles.end()) return;
  std::vector<int> institutions, rest;
  for (int e : others->second) (IsLendingInstitution(e) ? institutions : rest).push_back(e);
  if (institutions.empty()) return;
  // "... an agreement with Ghana": the party of "with" right after the trigger.
  const auto& s = doc_.sentences[tr.sentence];
  for (size_t k = tr.end; k < s.end_token && k < tr.end + 3; ++k) {
    if (!Is(k, w_.party_preps)) continue;
    for (int e : PrepObject(tr, t_[k].lower)) {
      e = StateFor(doc_, lex_, e);
      const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
      if ((ty == EntityType::kCountry || ty == EntityType::kOrganization) &&
          !IsLendingInstitution(e) && std::find(rest.begin(), rest.end(), e) == rest.end())
        rest.push_back(e);
    }
    break;
  }
  ev.entity_roles[roles[0]] = institutions;
  if (rest.empty()) {
    ev.entity_roles.erase(others);
  } else {
    others->second = rest;
  }
}

}  // namespace newskg::internal
