#include "extract/event_extractor.h"

#include <algorithm>
#include <cstdint>
#include <set>

#include "extract/internal/event_extraction.h"

namespace newskg {
namespace internal {

// Punctuation that breaks a clause; dashes too: "NAIROBI, March 10 — Results
// ..." (a dateline is no subject). Clause-opening words are data.
bool IsClauseBreakPunct(const Token& t) {
  // The marks below are of three bytes at most.
  if (t.text.size() > 3) return t.kind == TokenKind::kQuote;
  // ... and begin with one of these bytes: most tokens stop here.
  const char c = t.text.empty() ? '\0' : t.text[0];
  if (c != ';' && c != ':' && c != '(' && c != ')' && c != '-' && c != '\xE2')
    return t.kind == TokenKind::kQuote;
  return t.text == ";" || t.text == ":" || t.kind == TokenKind::kQuote || t.text == "(" ||
         t.text == "\xE2\x80\x94" || t.text == "\xE2\x80\x93" || t.text == "-" || t.text == "--" ||
         t.text == ")";
}

// A past participle by its tag or by its form ("sanctioned", and
// "newly-sanctioned" when the tagger calls it a noun or an adjective).
bool IsParticipleForm(const Token& t) {
  return t.tag == "VBN" ||
         (t.lower.size() > 4 && t.lower.compare(t.lower.size() - 2, 2, "ed") == 0);
}

void EventExtraction::Run() {
  std::vector<Event> found;
  // How each mention joins the others (see Merge).
  std::vector<Joins> joins;
  for (size_t si = 0; si < doc_.sentences.size(); ++si) {
    std::vector<Trigger> triggers = FindTriggers(si);
    const size_t first = found.size();  // the sentence's own events start here
    FillTriggers(si, triggers, found, joins);
    AddNamedCandidates(si, first, found, joins);
    // A sentence that tells of no event of its own may list the last one's group.
    if (found.size() == first) AddFollowUpList(si, found, joins);
  }
  DefaultParties(found);
  for (auto& ev : found) ExclusiveRoles(ev);
  Merge(found, joins);
  for (auto& ev : found) OnePlace(ev);
  for (auto& ev : found) Attribute(ev);
  for (auto& ev : found) doc_.events.push_back(std::move(ev));
  Relations();
}

void EventExtraction::FillTriggers(size_t si, std::vector<Trigger>& triggers,
                                   std::vector<Event>& found, std::vector<Joins>& joins) {
  if (triggers.empty()) return;
  const internal::DepRoles dep(doc_, doc_.sentences[si], lex_);
  dep_ = dep.parsed() ? &dep : nullptr;
  if (dep_ != nullptr) {
    // Voice and part of speech as the parse reads them; a negated
    // trigger is no event ("did not meet").
    std::vector<Trigger> kept;
    for (Trigger& tr : triggers) {
      const size_t head = dep.HeadOf(tr.first, tr.end);
      if (dep.Negated(head)) continue;
      // ... but a form that is only a verb stays one ("Parliament elects").
      tr.verb = !dep.Nominal(head) || sw_.s_verb_forms.count(t_[tr.first].lower) > 0;
      tr.passive = dep.Passive(head);
      kept.push_back(tr);
    }
    triggers.swap(kept);
  }
  // "reached an agreement with Ghana on a $3 billion loan": the loan is the
  // agreement's topic, one mention with it when the agreement makes one.
  const std::vector<size_t> topic_of = AgreementTopics(triggers);
  std::vector<bool> kept(triggers.size(), false);
  for (size_t ti = 0; ti < triggers.size(); ++ti) {
    const Trigger& tr = triggers[ti];
    if (topic_of[ti] != SIZE_MAX && kept[topic_of[ti]]) continue;
    Event ev = Fill(tr, triggers);
    const EventClassSchema* cs = Schema(ev.cls);
    if (cs == nullptr) continue;
    // The class's steps (extract/data/events/classes.tsv).
    if (const auto* lends = cs->Step("institution-lends"); lends != nullptr)
      InstitutionLends(tr, *lends, ev);
    if (tr.conditional) {
      const auto* institution = cs->Step("conditional-institution");
      if (institution != nullptr && !LendingInstitution(ev, *institution)) continue;
      if (cs->Step("conditional-win") != nullptr && !WonBefore(tr)) continue;
    }
    // "..., and the United Arab Emirates a further $1bn": the same loan
    // again, from another lender.
    if (const auto* gapped_role = cs->Step("gapped");
        gapped_role != nullptr && gapped_role->size() == 1 &&
        ev.entity_roles.count(gapped_role->front()) > 0) {
      if (auto gapped = Gapped(tr, ev, gapped_role->front()); gapped.has_value())
        found.push_back(std::move(*gapped));
    }
    if (const auto* role = cs->Step("national-place"); role != nullptr && role->size() == 1) {
      NationalElectionPlace(doc_.sentences[si], ev, role->front());
      if (ev.entity_roles.count(role->front()) == 0)
        AddDefaultElectionPlace(doc_.sentences[si], ev, role->front());
    }
    if (const auto* roles = cs->Step("unnamed-one"); roles != nullptr) {
      for (const auto& r : *roles) {
        if (ev.entity_roles.count(r) == 0 && !ev.count && UnnamedOne(tr))
          ev.unnamed_roles.push_back(r);
      }
    }
    const bool useful = Useful(ev, *cs, Headline(si));
    if (useful || DateOnly(ev)) {
      kept[ti] = true;
      joins.push_back(useful ? Joins::kAsFound : Joins::kLatestIfFits);
      found.push_back(std::move(ev));
    }
  }
  dep_ = nullptr;  // the sentence's parse view goes out of scope
}

void EventExtraction::AddNamedCandidates(size_t si, size_t first, std::vector<Event>& found,
                                         std::vector<Joins>& joins) const {
  for (const auto& [step_class, role] : candidate_steps_) {
    const EventClassSchema& cs = *step_class;
    // Only in an article that has told of an event of the class.
    if (std::none_of(found.begin(), found.end(), [&](const Event& e) { return e.cls == cs.name; }))
      continue;
    const Sentence& sent = doc_.sentences[si];
    std::vector<int> named = CandidatesByRole(sent);
    // "Ndong got nearly 40 percent": a share of the vote in an article of
    // an election.
    for (int e : VoteShareHolders(sent)) {
      if (std::find(named.begin(), named.end(), e) == named.end()) named.push_back(e);
    }
    // "Ana Costa defeated Rui Matos by a wide margin": a result told after
    // the election, in a sentence with no mention of the class of its own
    // (that one reads them, roles.tsv's defeat slot) and no date (a result
    // of another year is no result of this election).
    // Only the events found from `first` on can be the sentence's own: a
    // scan of them all would grow with the square of a long article.
    const auto from = found.begin() + static_cast<std::ptrdiff_t>(std::min(first, found.size()));
    const bool own = std::any_of(from, found.end(), [&](const Event& e) {
      return e.cls == cs.name && !e.sentences.empty() && e.sentences.front() == si;
    });
    const auto [dates_b, dates_e] = Within(doc_.dates, sent.span);
    if (!own && dates_b == dates_e) {
      for (int e : DefeatSides(sent)) {
        if (std::find(named.begin(), named.end(), e) == named.end()) named.push_back(e);
      }
    }
    if (named.empty()) continue;
    Event ev;
    ev.cls = cs.name;
    ev.entity_roles[*role] = std::move(named);
    ev.sentences.push_back(si);
    joins.push_back(Joins::kLatest);
    found.push_back(std::move(ev));
  }
}

const EventClassSchema* EventExtraction::Schema(const std::string& cls) const {
  return classes_ == nullptr ? nullptr : classes_->Find(cls);
}

void EventExtraction::Relations() {
  std::set<Relation> seen(doc_.relations.begin(), doc_.relations.end());
  auto add = [&](int s, const std::string& p, int o, size_t sent) {
    Relation r{s, p, o, sent};
    if (s != o && seen.insert(r).second) doc_.relations.push_back(r);
  };
  for (const auto& ev : doc_.events) {
    const EventClassSchema* cs = Schema(ev.cls);
    if (cs == nullptr) continue;
    const size_t sent = ev.sentences.empty() ? 0 : ev.sentences.front();
    for (const EventRelation& rel : cs->relations) {
      auto typed = [&](int e) {
        if (rel.types.empty()) return true;
        const char* name = EntityTypeName(doc_.entities[static_cast<size_t>(e)].type);
        return std::find(rel.types.begin(), rel.types.end(), name) != rel.types.end();
      };
      const auto from = RoleOf(ev, rel.from.c_str()), to = RoleOf(ev, rel.to.c_str());
      if (rel.pairwise) {
        for (size_t i = 0; i < from.size(); ++i) {
          for (size_t j = i + 1; j < from.size(); ++j) {
            if (typed(from[i]) && typed(from[j]))
              add(std::min(from[i], from[j]), rel.property, std::max(from[i], from[j]), sent);
          }
        }
      } else {
        for (int x : from) {
          for (int y : to) {
            if (typed(x) && typed(y)) add(x, rel.property, y, sent);
          }
        }
      }
    }
  }
}

}  // namespace internal

void ExtractEvents(Document& doc, const CorefLayer& coref, const Lexicon& lex) {
  internal::EventExtraction(doc, coref, lex).Run();
}

}  // namespace newskg
