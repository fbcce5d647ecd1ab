#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

const DateValue* EventExtraction::DateFor(const Trigger& tr, const std::vector<Trigger>& all,
                                          const Sentence& s) const {
  const DateValue* best = nullptr;
  const DateValue* said = nullptr;  // the day of the saying
  size_t best_dist = SIZE_MAX;
  const bool background = Background(tr);
  // "After the Friday violence, protesters gathered on Saturday": a phrase
  // of what came before, opening the sentence up to its comma, dates
  // nothing after the comma.
  size_t fronted_end = s.first_token;
  if (Is(s.first_token, w_.background_preps)) {
    for (size_t k = s.first_token + 1; k < s.end_token && k < s.first_token + 12; ++k) {
      if (t_[k].text != ",") continue;
      if (tr.first > k) fronted_end = k;
      break;
    }
  }
  // "Police fired tear gas at protesters on Tuesday, arresting dozens": a
  // participle after a comma tells what the main clause's subject did then.
  const bool adjunct = tr.verb && tr.first > s.first_token + 1 && t_[tr.first - 1].text == "," &&
                       StageWords::EndsInAny(t_[tr.first].lower, sw_.gerund_endings, 5);
  // "Hundreds were detained as police broke up protests in Baku on
  // Sunday": a clause of the same time right after a verb trigger's own.
  const size_t meanwhile = SimultaneousClause(tr);
  const auto [dates_b, dates_e] = Within(doc_.dates, s.span);
  for (auto it = dates_b; it != dates_e; ++it) {
    const DateValue& d = *it;
    if (!d.anchor || d.span.begin < s.span.begin || d.span.end > s.span.end) continue;
    if (TokenAt(d.span.begin) < fronted_end) continue;
    // A background event only takes dates after it.
    if (background && d.span.begin < t_[tr.first].span.begin) continue;
    // "..., the minister said on Tuesday": the day of the saying; "CARACAS,
    // July 30 (AP) —": the day of the report.
    if (InDateline(TokenAt(d.span.begin), s) || PublishedOn(TokenAt(d.span.begin), s)) continue;
    if (SaidOn(TokenAt(d.span.begin), s)) {
      if (said == nullptr) said = &d;
      continue;
    }
    const size_t dist = Distance(tr, d.span, t_);
    bool other_closer = false;
    const size_t db = TokenAt(d.span.begin);
    for (const auto& o : all) {
      if (adjunct && db < tr.first) break;
      if (meanwhile != 0 && db > meanwhile) break;
      // "welcomed X on Monday for talks": a date between two triggers of
      // one class dates both; and so does a date after a later one in the
      // same clause, no verb or punctuation between ("hosted X for talks in
      // Y on Monday"; not "took part in the protests, up from the
      // demonstrations on Monday").
      if (o.cls == tr.cls && tr.end <= db && o.first > db) continue;
      if (o.cls == tr.cls && o.first >= tr.end && !FiniteBetween(tr.end, o.first) &&
          !PunctBetween(tr.end, o.first))
        continue;
      // "detained 43 people on Sunday after a banned march": an event in a
      // background phrase does not take the date of the main one.
      // Nor does a noun trigger in a verb trigger's object take the verb's
      // date from it ("arrested 200 protesters in Khartoum on Saturday").
      other_closer =
          other_closer || (o.first != tr.first && !Background(o) && !InObjectOf(o, tr) &&
                           !DateClosesPhrase(tr, d, o) && Distance(o, d.span, t_) < dist);
    }
    if (!other_closer && dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  // "Police have detained 107 people, the ministry said on Saturday": an
  // event told in the present perfect, with no day of its own, is the news
  // of the day of the saying.
  if (best == nullptr && said != nullptr && tr.verb && !background && PresentPerfect(tr))
    best = said;
  return best;
}

size_t EventExtraction::SimultaneousClause(const Trigger& tr) const {
  if (!tr.verb) return 0;
  const auto& s = doc_.sentences[tr.sentence];
  // Within a few words of the trigger, no punctuation or name between.
  for (size_t k = tr.end; k < s.end_token && k < tr.end + 4; ++k) {
    if (Is(k, w_.simultaneous_conjunctions)) return k;
    if (t_[k].kind != TokenKind::kWord || MentionAt(k) >= 0) return 0;
  }
  return 0;
}

bool EventExtraction::DateClosesPhrase(const Trigger& tr, const DateValue& d,
                                       const Trigger& o) const {
  const size_t db = TokenAt(d.span.begin);
  const size_t de = TokenAt(d.span.end - 1) + 1;
  if (tr.end > db || o.first < de) return false;
  return !FiniteBetween(tr.end, db) && FiniteBetween(de, o.first);
}

bool EventExtraction::Voting(const Trigger& tr) const {
  if (tr.verb && LemmaIn(tr.first, w_.voting_lemmas)) return true;
  const size_t first = doc_.sentences[tr.sentence].first_token;
  for (size_t k = tr.first; k-- > first;) {
    // "voted to elect X": the trigger is what the vote did.
    if (IsClauseBreak(t_[k]) || t_[k].tag == "TO") return false;
    if (t_[k].tag.rfind("VB", 0) == 0) return LemmaIn(k, w_.voting_lemmas);
  }
  return false;
}

bool EventExtraction::Definite(const Trigger& tr) const {
  if (tr.verb) return false;
  // "the drills", "the two-week exercises", "the Iron Wolf drills": a
  // determiner a few words before, no verb, preposition or punctuation between.
  constexpr size_t kModifiers = 4;
  const size_t first = doc_.sentences[tr.sentence].first_token;
  for (size_t k = tr.first; k-- > first && k + kModifiers >= tr.first;) {
    if (Is(k, w_.trigger_determiners)) return true;
    if (t_[k].kind == TokenKind::kPunct && t_[k].text != "-") return false;
    if (t_[k].tag.rfind("VB", 0) == 0 || IsPreposition(t_[k].lower) || Is(k, w_.articles))
      return false;
  }
  return false;
}

bool EventExtraction::InObjectOf(const Trigger& o, const Trigger& tr) const {
  if (!tr.verb || o.verb || o.first < tr.end || o.first > tr.end + 4) return false;
  // A preposition opens another phrase, unless it begins a count's
  // qualifier ("at least 30 demonstrators", "up to 50 protesters").
  auto opens_count = [&](size_t k) {
    const auto c =
        std::lower_bound(doc_.counts.begin(), doc_.counts.end(), t_[k].span.begin,
                         [](const CountValue& v, uint32_t byte) { return v.span.begin < byte; });
    return c != doc_.counts.end() && c->span.begin == t_[k].span.begin && !c->qualifier.empty();
  };
  for (size_t k = tr.end; k < o.first; ++k) {
    // "arrested dozens of protesters": the "of" of a quantity.
    const bool of_quantity =
        k > tr.end && Is(k, w_.genitive_preps) && Is(k - 1, lex_.quantity_nouns);
    if (t_[k].kind == TokenKind::kPunct || MentionAt(k) >= 0 ||
        (IsPreposition(t_[k].lower) && t_[k + 1].kind != TokenKind::kNumber && !opens_count(k) &&
         !of_quantity))
      return false;
  }
  return true;
}

bool EventExtraction::PresentPerfect(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  for (size_t k = tr.first; k-- > s.first_token && k + 4 > tr.first;) {
    if (Is(k, w_.present_perfect_auxiliaries)) return true;
    if (t_[k].kind != TokenKind::kWord || MentionAt(k) >= 0) return false;
  }
  return false;
}

size_t EventExtraction::TokenAt(uint32_t byte) const {
  size_t lo = 0, hi = t_.size();
  while (lo < hi) {
    const size_t mid = (lo + hi) / 2;
    if (t_[mid].span.end <= byte) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

const CountValue* EventExtraction::CountFor(const Trigger& tr, const Sentence& s,
                                            const std::vector<Trigger>& all) const {
  const CountValue* best = nullptr;
  size_t best_dist = SIZE_MAX;
  const EventClassSchema* cs = Schema(lex_.event_classes[tr.cls].name);
  const bool protest = cs != nullptr && cs->Step("crowd-count") != nullptr;
  const auto [counts_b, counts_e] = Within(doc_.counts, s.span);
  for (auto it = counts_b; it != counts_e; ++it) {
    const CountValue& c = *it;
    if (c.span.begin < s.span.begin || c.span.end > s.span.end) continue;
    const size_t first = TokenAt(c.span.begin);  // the count's first token
    size_t k = TokenAt(c.span.end - 1) + 1;      // the token after the number
    bool ok = false;
    if (protest) {
      // "arrested at least 45 demonstrators" counts arrests, not the crowd.
      bool after_other = false;
      for (size_t q = first; q-- > s.first_token && q + 4 > first;) {
        for (size_t oc = 0; oc < lex_.event_classes.size(); ++oc) {
          if (oc != tr.cls && LemmaIn(q, lex_.event_classes[oc].triggers)) after_other = true;
        }
      }
      // Multi-word triggers too: "rounded up 60 protesters".
      for (const Trigger& o : all) {
        if (o.cls != tr.cls && o.end <= first && first - o.end < 3) after_other = true;
      }
      if (after_other) continue;
      if (k < s.end_token && lex_.crowd_nouns.count(t_[k].lower) > 0) {
        // "107 protesters had been detained": the count of another event.
        bool other_after = false;
        for (const Trigger& o : all) {
          other_after = other_after || (o.cls != tr.cls && o.first > k && o.first <= k + 3);
        }
        // "30 protesters were wounded", "had been hurt": the count of the hurt.
        size_t v = k + 1;
        while (v < s.end_token && v < k + 4 && Is(v, w_.crowd_verb_fillers)) ++v;
        const bool hurt = (v < s.end_token && Is(v, w_.casualty_words)) ||
                          (v + 1 < s.end_token && lex_.passive_auxiliaries.count(t_[v].lower) > 0 &&
                           Is(v + 1, w_.casualty_words));
        ok = !other_after && !hurt;
      } else {
        const bool people = k < s.end_token && lex_.people_nouns.count(t_[k].lower) > 0;
        if (people) ++k;
        // "The rally drew about 5,000 people": the object of a verb of drawing.
        ok = people && DrawnCrowd(tr, first, k, s);
        size_t v = k;
        while (v < s.end_token && v < k + 3 && Is(v, w_.crowd_verb_fillers)) {
          ++v;
        }
        ok = ok || (v < s.end_token && LemmaIn(v, lex_.participation_verbs));
        // "2,000 students from the university who tried to march": the
        // trigger itself, used as a verb, soon after the crowd.
        ok = ok || (tr.verb && k > first + 1 && lex_.people_nouns.count(t_[k - 1].lower) > 0 &&
                    tr.first > k && tr.first <= k + 10);
        // "the crowd reached 107,000", "turnout swelled to 2 million": a
        // crowd's size as the object of a verb of size.
        size_t q = first;
        if (q > s.first_token && IsPreposition(t_[q - 1].lower)) --q;
        ok = ok || (q >= s.first_token + 2 && LemmaIn(q - 1, lex_.crowd_size_verbs) &&
                    lex_.crowd_size_nouns.count(t_[q - 2].lower) > 0);
        // "The demonstrators, who numbered about 5,000,": the trigger's own
        // relative clause.
        ok = ok || (q >= tr.end + 2 && q - 2 == tr.end + 1 && t_[tr.end].text == "," &&
                    Is(tr.end + 1, sw_.clause_relatives) && LemmaIn(q - 1, lex_.crowd_size_verbs));
        // "a rally attended by some 20,000 people": the agent of a verb of
        // taking part told right after the trigger.
        ok = ok || (people && !tr.verb && first >= tr.end + 2 && Is(first - 1, sw_.agent_preps) &&
                    LemmaIn(first - 2, lex_.participation_verbs) &&
                    (first - 2 == tr.end || (first - 3 == tr.end && t_[tr.end].text == ",")));
        // "police put the number at 5,000", "estimated the crowd at 5,000":
        // the size right after the noun and a preposition.
        ok = ok || (q + 1 == first && q >= s.first_token + 1 &&
                    lex_.crowd_size_nouns.count(t_[q - 1].lower) > 0);
      }
    } else {
      // "jailed for 14 days": a duration counts no one; "Five people,
      // including X, were arrested": the examples are no distance.
      size_t to = k;
      if (k + 2 < tr.first && t_[k + 1].text == "," && Is(k + 2, w_.inclusion_words)) {
        size_t n = k + 3;
        while (n < tr.first && t_[n].text != ",") ++n;
        if (n < tr.first) to = n + 1;
      }
      const size_t gap = first > tr.end ? first - tr.end : (tr.first > to ? tr.first - to : 0);
      ok = gap <= 5 && !(k < s.end_token && Is(k, w_.duration_nouns));
    }
    if (!ok) continue;
    const size_t dist = Distance(tr, c.span, t_);
    if (dist < best_dist) {
      best = &c;
      best_dist = dist;
    }
  }
  return best;
}

const CountValue* EventExtraction::NextSentenceCrowd(const Trigger& tr) const {
  // "Thousands marched in Lisbon. Police put the number at 5,000, while
  // organizers said 20,000 people took part.": a crowd's size in the next
  // sentence when that sentence tells of no event of its own.
  const EventClassSchema* cs = Schema(lex_.event_classes[tr.cls].name);
  if (cs == nullptr || cs->Step("crowd-count") == nullptr) return nullptr;
  const size_t next = tr.sentence + 1;
  if (next >= doc_.sentences.size() || !FindTriggers(next).empty()) return nullptr;
  return CountFor(tr, doc_.sentences[next], {});
}

Event EventExtraction::Fill(const Trigger& tr, const std::vector<Trigger>& all) {
  const auto& cls = lex_.event_classes[tr.cls];
  const auto& s = doc_.sentences[tr.sentence];
  Event ev;
  ev.cls = cls.name;
  ev.sentences.push_back(tr.sentence);
  ev.definite = Definite(tr);
  // Receiving verbs only matter to classes with roles for them ("Egypt
  // obtained a loan"); "Silva won the election" keeps its active subject.
  bool has_receiving = false;
  for (const RoleRule& r : cls.roles) has_receiving = has_receiving || r.receiving_only;
  const bool receiving = tr.receiving && has_receiving;
  for (const RoleRule& r : cls.roles) {
    if (r.passive_only && !tr.passive) continue;
    if (r.active_only && (tr.passive || receiving)) continue;
    if (r.receiving_only && (!receiving || tr.passive)) continue;
    if (r.noun_only && tr.verb) continue;
    std::vector<int> ents;
    if (dep_ != nullptr && !r.parse.empty()) {
      for (size_t filler : dep_->Match(tr.first, tr.end, r.parse)) {
        for (size_t member : dep_->Members(filler)) {
          const int m = MentionAt(member);
          if (m < 0) continue;
          const int e = doc_.mentions[HeadMention(static_cast<size_t>(m))].entity;
          if (e >= 0 && std::find(ents.begin(), ents.end(), e) == ents.end()) ents.push_back(e);
        }
      }
    }
    // The parse decides; the token window fills in when the parse finds
    // nothing, or extends what it found when it agrees (a list the parse
    // cut short).
    std::vector<int> parsed;
    parsed.swap(ents);
    if (r.slot == "subject") {
      // "X did not run in the election": X is no party; "X cast his ballot
      // in the election": a voter, none of the roles of the class's voters
      // step.
      if (StepHas(cls.name, "voters", r.role) && Voting(tr)) {
        parsed.clear();
      } else if (!NegatedBeforePlace(tr)) {
        ents = Subject(tr);
      }
    } else if (r.slot == "object") {
      if (tr.verb) ents = Object(tr);
    } else if (r.slot.rfind("prep:", 0) == 0) {
      ents = PrepObject(tr, r.slot.substr(5));
    } else if (r.slot == "poss") {
      ents = Possessor(tr);
    } else if (r.slot == "listed") {
      ents = Listed(tr);
    } else if (r.slot == "involving") {
      ents = Involved(tr, w_.involving_verbs);
    } else if (r.slot == "targeted") {
      ents = Involved(tr, w_.targeting_verbs);
    } else if (r.slot == "withobject") {
      ents = WithObject(tr);
    } else if (r.slot == "purpose") {
      if (ev.entity_roles.count(r.role) == 0) ents = PurposePlace(tr);
    } else if (r.slot == "listbefore") {
      ents = ListBefore(tr);
    } else if (r.slot == "defeat") {
      ents = DefeatSides(s);
    } else if (r.slot == "modifier") {
      if (!tr.verb) ents = Modifier(tr);
    } else if (r.slot == "place") {
      ents = Place(tr);
    } else if (r.slot == "money") {
      // Amounts in the trigger's clause: up to ", and" / ";" on either side.
      size_t cb = tr.first, ce = tr.end;
      while (cb > s.first_token &&
             !(t_[cb - 1].text == ";" ||
               (Is(cb - 1, sw_.coordinators) && cb >= 2 && t_[cb - 2].text == ","))) {
        --cb;
      }
      while (ce < s.end_token &&
             !(t_[ce].text == ";" ||
               (t_[ce].text == "," && ce + 1 < s.end_token && Is(ce + 1, sw_.coordinators)))) {
        ++ce;
      }
      const Span clause{t_[cb].span.begin, t_[ce - 1].span.end};
      const auto [money_b, money_e] = Within(doc_.money, clause);
      std::vector<MoneyValue> shares;
      const size_t before = ev.amounts.size();
      for (auto it = money_b; it != money_e; ++it) {
        if (it->span.end > clause.end || PartialAmount(*it) || SumAfter(tr, *it)) continue;
        if (PaidOutShare(*it)) {
          shares.push_back(*it);
          continue;
        }
        ev.amounts.push_back(*it);
      }
      if (ev.amounts.size() == before)
        ev.amounts.insert(ev.amounts.end(), shares.begin(), shares.end());
    } else if (r.slot == "date") {
      if (const DateValue* d = DateFor(tr, all, s)) ev.dates.push_back(*d);
    } else if (r.slot == "count") {
      if (const CountValue* c = CountFor(tr, s, all)) {
        ev.count = *c;
      } else if (const CountValue* next = NextSentenceCrowd(tr)) {
        ev.count = *next;
      }
    }
    if (!parsed.empty()) {
      bool superset = true;
      for (int e : parsed)
        superset = superset && std::find(ents.begin(), ents.end(), e) != ents.end();
      if (!superset) ents.swap(parsed);
    }
    for (int e : ents) {
      // A capital standing for its state in an agent role ("Moscow will grant").
      if (r.role != "place") e = StateFor(doc_, lex_, e);
      if (!TypeOk(e, r)) continue;
      auto& v = ev.entity_roles[r.role];
      if (std::find(v.begin(), v.end(), e) == v.end()) v.push_back(e);
    }
  }
  return ev;
}

std::vector<int> EventExtraction::CandidatesByRole(const Sentence& s) const {
  std::vector<int> out;
  for (size_t k = s.first_token; k < s.end_token; ++k) {
    if (!LemmaIn(k, lex_.candidate_nouns)) continue;
    size_t j = k + 1;
    // "her rival from the centre left, Ana Ortiz": a short phrase after
    // the role noun, then the name in apposition.
    if (j < s.end_token && IsPreposition(t_[j].lower)) {
      size_t c = j + 1;
      while (c < s.end_token && c < j + 5 && t_[c].text != "," && MentionAt(c) < 0) ++c;
      if (c < s.end_token && t_[c].text == ",") j = c;
    }
    if (j < s.end_token && t_[j].text == ",") ++j;
    const int m = MentionAt(j);
    if (m < 0) continue;
    // "his main opponents Atiku Bello and Peter Obi": a plural names them all.
    const bool plural = lex_.candidate_nouns.count(t_[k].lower) == 0;
    const std::vector<int> named =
        plural ? Coordinated(HeadMention(static_cast<size_t>(m)))
               : std::vector<int>{doc_.mentions[HeadMention(static_cast<size_t>(m))].entity};
    for (int e : named) {
      if (e < 0 || !IsPerson(e)) continue;
      if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
    }
  }
  return out;
}

bool EventExtraction::LocalElection(const Sentence& s) const {
  for (size_t k = s.first_token; k < s.end_token; ++k) {
    if (lex_.local_election_words.count(t_[k].lower) > 0) return true;
    if (k + 1 < s.end_token &&
        lex_.local_election_words.count(t_[k].lower + " " + t_[k + 1].lower) > 0)
      return true;
  }
  return false;
}

void EventExtraction::NationalElectionPlace(const Sentence& s, Event& ev,
                                            const std::string& role) const {
  auto it = ev.entity_roles.find(role);
  if (it == ev.entity_roles.end() || LocalElection(s)) return;
  for (int& e : it->second) {
    if (doc_.entities[static_cast<size_t>(e)].type != EntityType::kCity) continue;
    const int country = CountryOfCity(doc_, lex_, e);
    if (country >= 0) e = country;
  }
}

void EventExtraction::AddDefaultElectionPlace(const Sentence& s, Event& ev,
                                              const std::string& role) const {
  // "was elected Mexico's first female president": the country whose
  // office the sentence names.
  for (size_t k = s.first_token; k + 2 < s.end_token; ++k) {
    if (sw_.possessive_markers.count(t_[k + 1].lower) == 0) continue;
    const int m = MentionAt(k);
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].end_token != k + 1) continue;
    const int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (e < 0 || doc_.entities[static_cast<size_t>(e)].type != EntityType::kCountry) continue;
    for (size_t j = k + 2; j < s.end_token && j < k + 6; ++j) {
      const TitleInfo* ti = lex_.Title(t_[j].lower);
      if (ti != nullptr && ti->state) {
        ev.entity_roles[role].push_back(e);
        return;
      }
    }
  }
  // "Turkish President Recep Tayyip Erdogan was re-elected": the country
  // the candidate leads.
  const EventClassSchema* cs = Schema(ev.cls);
  const auto* candidates = cs == nullptr ? nullptr : cs->Step("candidates");
  if (auto c = ev.entity_roles.find(
          candidates == nullptr || candidates->empty() ? std::string() : candidates->front());
      c != ev.entity_roles.end()) {
    for (int p : c->second) {
      const int led = static_cast<size_t>(p) < coref_.leader_of.size()
                          ? coref_.leader_of[static_cast<size_t>(p)]
                          : -1;
      if (led >= 0 && doc_.entities[static_cast<size_t>(led)].type == EntityType::kCountry) {
        ev.entity_roles[role].push_back(led);
        return;
      }
    }
  }
  const bool local = LocalElection(s);
  int city = -1;
  // "Chilean opposition leader X claimed victory in the presidential
  // election": a national election's country is the one country its
  // sentence names, by name or demonym (national_election_words).
  int country = -1;
  bool countries = false;
  for (size_t k = s.first_token; k < s.end_token; ++k) {
    const int m = MentionAt(k);
    if (m < 0) continue;
    const int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (e < 0) continue;
    const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
    if (ty == EntityType::kCity && city < 0) city = e;
    if (ty == EntityType::kCountry && e != country) {
      countries = countries || country >= 0;
      country = e;
    }
  }
  bool national = false;
  for (size_t k = s.first_token; k < s.end_token; ++k)
    national = national || w_.national_election_words.count(t_[k].lower) > 0;
  const int one_country = countries || !national ? -1 : country;
  const int place = local && city >= 0           ? city
                    : !local && one_country >= 0 ? one_country
                                                 : coref_.main_country;
  if (place >= 0) ev.entity_roles[role].push_back(place);
}

void EventExtraction::DefaultParties(std::vector<Event>& evs) const {
  const int main = coref_.main_country;
  if (main < 0) return;
  int named = 0;
  for (const auto& m : doc_.mentions)
    named += m.entity == main && m.kind == MentionKind::kName ? 1 : 0;
  if (named < 3) return;
  const auto role = RoleOf;
  for (auto& ev : evs) {
    const EventClassSchema* cs = Schema(ev.cls);
    const auto* args = cs == nullptr ? nullptr : cs->Step("main-country");
    if (args == nullptr || args->size() != 2) continue;
    const char* fill = (*args)[0].c_str();
    const char* other_role = (*args)[1].c_str();
    if (!role(ev, fill).empty() || ev.amounts.empty()) continue;
    const auto others = role(ev, other_role);
    if (others.empty() || Overlap(others, {main})) continue;
    bool told = false;
    for (const auto& other : evs) {
      told = told || (&other != &ev && other.cls == ev.cls && !role(other, fill).empty() &&
                      Overlap(role(other, other_role), others));
    }
    if (!told) ev.entity_roles[fill].push_back(main);
  }
}

bool EventExtraction::WonBefore(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  for (size_t k = tr.first; k-- > s.first_token && k + 5 > tr.first;) {
    const auto& lemmas = TokenLemmas(k);
    for (const auto& l : lemmas) {
      if (w_.win_lemmas.count(l) > 0) return true;
    }
  }
  return false;
}

}  // namespace newskg::internal
