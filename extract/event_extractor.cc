#include "extract/event_extractor.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/dep_roles.h"
#include "schema/schema.h"

namespace newskg {
namespace {

// Punctuation that breaks a clause; dashes too: "NAIROBI, March 10 — Results
// ..." (a dateline is no subject). Clause-opening words are data.
bool IsClauseBreakPunct(const Token& t) {
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

struct Trigger {
  size_t cls = 0;
  size_t first = 0;  // [first, end)
  size_t end = 0;
  size_t sentence = 0;
  bool passive = false;
  bool verb = false;         // used as a verb (not a noun)
  bool receiving = false;    // the subject's verb receives ("obtained a loan")
  bool conditional = false;  // needs an amount and a lending institution
};

class Extractor {
 public:
  Extractor(Document& doc, const CorefLayer& coref, const Lexicon& lex)
      : doc_(doc), coref_(coref), lex_(lex), t_(doc.tokens) {
    // Checked by Pipeline::Create; without it no mentions merge on conflicts.
    if (auto id = EventIdentity::Default(); id.ok()) identity_ = id.value();
    if (auto cls = EventClassTable::Default(); cls.ok()) classes_ = cls.value();
    lemmas_.resize(t_.size());
  }

  void Run() {
    std::vector<Event> found;
    for (size_t si = 0; si < doc_.sentences.size(); ++si) {
      std::vector<Trigger> triggers = FindTriggers(si);
      if (triggers.empty()) continue;
      const internal::DepRoles dep(doc_, doc_.sentences[si], lex_);
      dep_ = dep.parsed() ? &dep : nullptr;
      if (dep_ != nullptr) {
        // Voice and part of speech as the parse reads them; a negated
        // trigger is no event ("did not meet").
        std::vector<Trigger> kept;
        for (Trigger& tr : triggers) {
          const size_t head = dep.HeadOf(tr.first, tr.end);
          if (dep.Negated(head)) continue;
          tr.verb = !dep.Nominal(head);
          tr.passive = dep.Passive(head);
          kept.push_back(tr);
        }
        triggers.swap(kept);
      }
      for (const Trigger& tr : triggers) {
        Event ev = Fill(tr, triggers);
        const EventClassSchema* cs = Schema(ev.cls);
        if (cs == nullptr) continue;
        // The class's steps (extract/data/events/classes.tsv).
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
        if (const auto* role = cs->Step("candidates"); role != nullptr && role->size() == 1)
          AddCandidatesByRole(doc_.sentences[si], ev, role->front());
        if (const auto* role = cs->Step("national-place"); role != nullptr && role->size() == 1) {
          NationalElectionPlace(doc_.sentences[si], ev, role->front());
          if (ev.entity_roles.count(role->front()) == 0)
            AddDefaultElectionPlace(doc_.sentences[si], ev, role->front());
        }
        if (Useful(ev, *cs)) found.push_back(std::move(ev));
      }
    }
    DefaultParties(found);
    for (auto& ev : found) ExclusiveRoles(ev);
    Merge(found);
    for (auto& ev : found) OnePlace(ev);
    for (auto& ev : found) Attribute(ev);
    for (auto& ev : found) doc_.events.push_back(std::move(ev));
    Relations();
  }

 private:
  const EventClassSchema* Schema(const std::string& cls) const {
    return classes_ == nullptr ? nullptr : classes_->Find(cls);
  }

  // "Moscow and Tehran signed a credit line for Iranian infrastructure": a
  // party named in both roles of an "exclusive" pair (a loan's lender and
  // borrower) is in the one it is alone in.
  void ExclusiveRoles(Event& ev) const {
    const EventClassSchema* cs = Schema(ev.cls);
    const auto* pair = cs == nullptr ? nullptr : cs->Step("exclusive");
    if (pair == nullptr || pair->size() != 2) return;
    auto lenders = ev.entity_roles.find((*pair)[0]);
    auto borrowers = ev.entity_roles.find((*pair)[1]);
    if (lenders == ev.entity_roles.end() || borrowers == ev.entity_roles.end()) return;
    auto& l = lenders->second;
    auto& b = borrowers->second;
    for (int e : std::vector<int>(l)) {
      if (std::find(b.begin(), b.end(), e) == b.end()) continue;
      if (l.size() > 1) {
        l.erase(std::find(l.begin(), l.end(), e));
      } else if (b.size() > 1) {
        b.erase(std::find(b.begin(), b.end(), e));
      }
    }
  }

  // Whether the article tells the event on someone's word, and whose: "...,
  // police said", "Reuters reported that ...", "according to the ministry".
  // Needs the part-of-speech tags: "a report said" reports by its verb, not
  // its noun.
  void Attribute(Event& ev) const {
    for (size_t si : ev.sentences) {
      const auto& s = doc_.sentences[si];
      int source = -1;
      bool reported = false;
      auto mention_entity = [&](size_t first, size_t last) {  // a mention starting in [first, last]
        for (size_t k = first; k <= last && k < s.end_token; ++k) {
          const int m = doc_.mention_at[k];
          if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].first_token == k)
            return std::make_pair(true, doc_.mentions[static_cast<size_t>(m)].entity);
        }
        return std::make_pair(false, -1);
      };
      for (size_t k = s.first_token; k < s.end_token && !reported; ++k) {
        if (t_[k].lower == "according" && k + 1 < s.end_token && t_[k + 1].lower == "to") {
          reported = true;
          source = mention_entity(k + 2, k + 3).second;
          break;
        }
        if (t_[k].tag.rfind("VB", 0) != 0) continue;
        bool attributing = false;
        for (const auto& l : TokenLemmas(k))
          attributing = attributing || lex_.attribution_verbs.count(l) > 0;
        if (!attributing) continue;
        // "..., police said." / "..., said the ministry."
        if (k > s.first_token && doc_.mention_at[k - 1] >= 0) {
          const Mention& m = doc_.mentions[static_cast<size_t>(doc_.mention_at[k - 1])];
          size_t before = m.first_token;
          if (before > s.first_token && t_[before - 1].lower == "the") --before;
          if (before > s.first_token && t_[before - 1].text == ",") {
            reported = true;
            source = m.entity;
            break;
          }
        }
        // "..., police said (on Tuesday).": a comma, a short unnamed subject,
        // the verb, maybe the day of the saying, the end.
        size_t tail = k + 1;
        while (tail < s.end_token && (t_[tail].in_date || t_[tail].lower == "on")) ++tail;
        if (tail >= s.end_token || t_[tail].kind == TokenKind::kPunct) {
          bool comma = false;
          for (size_t b = k; b-- > s.first_token && b + 5 > k && !comma;) comma = t_[b].text == ",";
          if (comma) {
            reported = true;
            break;
          }
        }
        if (k > s.first_token && t_[k - 1].text == ",") {
          const auto [found, entity] = mention_entity(k + 1, k + 2);
          if (found) {
            reported = true;
            source = entity;
            break;
          }
        }
        // "Police said ...", "The ministry has reported that ...": the
        // sentence's subject, then the verb, then the clause.
        size_t subject_end = k;
        if (subject_end > s.first_token &&
            (t_[subject_end - 1].lower == "has" || t_[subject_end - 1].lower == "have" ||
             t_[subject_end - 1].lower == "had")) {
          --subject_end;
        }
        for (size_t b = s.first_token; b < std::min(subject_end, s.first_token + 2); ++b) {
          const int mi = doc_.mention_at[b];
          if (mi < 0) continue;
          const Mention& m = doc_.mentions[static_cast<size_t>(mi)];
          if (m.first_token == b && m.end_token == subject_end) {
            reported = true;
            source = m.entity;
          }
        }
        // "A report said ...", "Officials said ...": a short subject with no
        // name; the source stays unnamed.
        bool short_subject = subject_end > s.first_token && subject_end - s.first_token <= 4 &&
                             k + 1 < s.end_token && t_[k + 1].kind != TokenKind::kPunct;
        for (size_t b = s.first_token; b < subject_end && short_subject; ++b)
          short_subject = t_[b].kind == TokenKind::kWord && t_[b].tag != "CC";
        reported = reported || short_subject;
        break;  // only the first attributing verb of the sentence
      }
      if (!reported) continue;
      ev.reported = true;
      if (source >= 0) ev.entity_roles["reportedBy"].push_back(source);
    }
  }

  // Lemma candidates of token i, computed once per document: every lemma
  // the word could have, whatever its tag (WordNet exceptions, suffix
  // rules), and triggers match on any of them. Token::lemma, which the tag
  // decides, loses a trigger when the tag is wrong ("polls showed the mayor
  // winning" with "winning" tagged as a noun), so the events keep these
  // until they move onto the parse.
  const std::vector<Word>& TokenLemmas(size_t i) const {
    if (lemmas_[i].empty()) {
      const std::string& w = t_[i].lower;
      lemmas_[i] = lex_.Lemmas(w);
      // An adverb glued to a participle: "newly-sanctioned" is "sanctioned".
      const size_t dash = w.rfind('-');
      if (dash != std::string::npos && dash >= 4 && w.compare(dash - 2, 2, "ly") == 0) {
        for (auto& l : lex_.Lemmas(w.substr(dash + 1))) lemmas_[i].push_back(std::move(l));
      }
    }
    return lemmas_[i];
  }

  bool IsBeForm(const std::string& w) const { return lex_.passive_auxiliaries.count(w) > 0; }
  bool IsPreposition(const std::string& w) const { return lex_.prepositions.count(w) > 0; }
  bool IsClauseBreak(const Token& t) const {
    return IsClauseBreakPunct(t) || lex_.clause_breaks.count(t.lower) > 0;
  }

  bool LemmaIn(size_t i, const WordSet& set) const {
    for (const auto& l : TokenLemmas(i)) {
      if (set.count(l) > 0) return true;
    }
    return false;
  }

  std::vector<Trigger> FindTriggers(size_t si) const {
    std::vector<Trigger> out;
    const auto& s = doc_.sentences[si];
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (t_[i].kind != TokenKind::kWord) continue;
      // Names are not triggers ("March for Freedom" is a name, "Monday" no vote).
      // ... but a quoted title opens with one: a "March for Freedom".
      if (t_[i].capitalized && i != s.first_token && t_[i - 1].kind != TokenKind::kQuote) continue;
      if (doc_.mention_at[i] >= 0) continue;
      uint64_t starts = 0;  // the classes a lemma of the word can begin a trigger of
      for (const auto& l : TokenLemmas(i)) starts |= lex_.TriggerStarts(l);
      if (starts == 0) continue;
      for (size_t c = 0; c < lex_.event_classes.size(); ++c) {
        if (c < Lexicon::kTriggerClassBits && (starts >> c & 1) == 0) continue;
        const auto& cls = lex_.event_classes[c];
        size_t len = 0;
        for (const auto& phrase : cls.phrase_triggers) {
          if (i + phrase.size() > s.end_token) continue;
          bool ok = true;
          for (size_t k = 0; k < phrase.size() && ok; ++k) {
            bool any = false;
            for (const auto& l : TokenLemmas(i + k)) any = any || l == phrase[k];
            ok = any;
          }
          if (ok) len = std::max(len, phrase.size());
        }
        if (len == 0 && LemmaIn(i, cls.triggers)) len = 1;
        bool conditional = false;
        if (len == 0 && LemmaIn(i, cls.conditional_triggers)) {
          len = 1;
          conditional = true;
        }
        if (len == 0) continue;
        Trigger tr{c, i, i + len, si, false, false};
        tr.conditional = conditional;
        if (!Admissible(tr)) continue;
        // Verb or noun: a determiner or adjective before makes a noun.
        const std::string& prev = i > s.first_token ? t_[i - 1].lower : "";
        // "a banned march": an adjective between the determiner and the noun.
        const std::string& prev2 = i > s.first_token + 1 ? t_[i - 2].lower : "";
        const bool adjective = lex_.IsAdjective(prev) ||
                               (prev.size() > 3 && prev.compare(prev.size() - 2, 2, "ed") == 0);
        const bool det2 = adjective && (prev2 == "a" || prev2 == "an" || prev2 == "the" ||
                                        prev2 == "its" || prev2 == "their" || prev2 == "'s");
        tr.verb =
            !(det2 || prev == "a" || prev == "an" || prev == "the" || prev == "its" ||
              prev == "their" || prev == "his" || prev == "her" || prev == "'s" ||
              t_[i].lower.back() == 's' ||
              (t_[i].lower.size() > 4 && t_[i].lower.rfind("tion") == t_[i].lower.size() - 4));
        const std::string& w = t_[i].lower;
        const bool past = (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0) || w == "met" ||
                          w == "lent" || w == "held";
        if (past) tr.verb = true;
        // "a $1.5 billion World Bank loan", "the IMF bailout": a name between
        // a determiner or an amount and the trigger modifies a noun.
        if (!past && i > s.first_token && doc_.mention_at[i - 1] >= 0) {
          const size_t mb = doc_.mentions[static_cast<size_t>(doc_.mention_at[i - 1])].first_token;
          if (mb > s.first_token) {
            const Token& before = t_[mb - 1];
            bool money = false;
            const auto [money_b, money_e] = Within(doc_.money, Span{s.span.begin, before.span.end});
            for (auto it = money_b; it != money_e; ++it)
              money = money || it->span.end == before.span.end;
            if (money || before.lower == "a" || before.lower == "an" || before.lower == "the" ||
                before.lower == "new" || before.kind == TokenKind::kNumber) {
              tr.verb = false;
            }
          }
        }
        // "Those sanctioned by Canada": a participle with its agent is passive.
        if (IsParticipleForm(t_[i + len - 1]) && i + len < s.end_token && t_[i + len].lower == "by")
          tr.passive = true;
        // Passive: a form of "be" (maybe with an adverb) before a participle.
        for (size_t k = i; k-- > s.first_token && k + 3 > i;) {
          if (IsBeForm(t_[k].lower)) {
            tr.passive = tr.verb;
            break;
          }
        }
        // "Egypt obtained a loan", and a receiving verb as the trigger itself
        // ("Nigeria borrowed $3bn").
        if (tr.verb && LemmaIn(i, lex_.receive_verbs)) tr.receiving = true;
        for (size_t k = i; k-- > s.first_token && k + 8 > i;) {
          if (IsClauseBreak(t_[k])) break;
          if (LemmaIn(k, lex_.receive_verbs)) tr.receiving = true;
        }
        out.push_back(tr);
        i += len - 1;
        break;
      }
    }
    return out;
  }

  // Negated, hypothetical and non-event uses are no event.
  bool Admissible(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    // "a rally against the exercises": the exercises are told elsewhere.
    {
      size_t k = tr.first;
      if (k > s.first_token && (t_[k - 1].lower == "the" || t_[k - 1].lower == "these")) --k;
      if (k > s.first_token && t_[k - 1].lower == "against") return false;
    }
    if (tr.end < s.end_token && lex_.non_events.count(t_[tr.end].lower) > 0) return false;
    // "an offer of a loan", "calls for sanctions", "threat of arrest".
    for (size_t k = tr.first; k-- > s.first_token && k + 4 > tr.first;) {
      if (lex_.non_events.count(t_[k].lower) > 0) return false;
      if (t_[k].kind == TokenKind::kPunct) break;
    }
    const size_t from = tr.first > s.first_token + 4 ? tr.first - 4 : s.first_token;
    for (size_t k = from; k < tr.first; ++k) {
      if (lex_.negations.count(t_[k].lower) > 0) return false;
      // "may" is a modal, "May 29" a date.
      if (lex_.modals.count(t_[k].lower) > 0 && !(t_[k].capitalized && k > s.first_token))
        return false;
    }
    return true;
  }

  // Entities of the mention starting at token i and of its coordinated
  // neighbours ("Qatar and Kuwait", "Russia, China and Iran").
  // "Modi and his Japanese counterpart Ishiba": the mention of the name
  // joined to mention m by "and", a possessive, at most two modifiers and a
  // relational noun (counterpart_nouns.txt), or -1.
  int CounterpartAfter(size_t m) const {
    const auto& ms = doc_.mentions;
    size_t k = ms[m].end_token;
    const size_t end = doc_.sentences[ms[m].sentence].end_token;
    if (k + 3 >= end || t_[k].lower != "and" ||
        lex_.possessive_determiners.count(t_[k + 1].lower) == 0)
      return -1;
    for (size_t j = k + 2; j < end && j <= k + 4; ++j) {
      if (t_[j].kind != TokenKind::kWord) return -1;
      if (lex_.counterpart_nouns.count(t_[j].lower) == 0) continue;
      const int next = j + 1 < end ? MentionAt(j + 1) : -1;
      if (next < 0 || ms[static_cast<size_t>(next)].first_token != j + 1) return -1;
      return next;
    }
    return -1;
  }

  // The mention before "and his counterpart" when mention m is the name
  // after it, or -1.
  int CounterpartBefore(size_t m) const {
    const auto& ms = doc_.mentions;
    const size_t first = ms[m].first_token, sent = doc_.sentences[ms[m].sentence].first_token;
    for (size_t j = first; j-- > sent && j + 5 > first;) {
      if (t_[j].lower != "and") continue;
      const int before = j > sent ? MentionAt(j - 1) : -1;
      if (before < 0) return -1;
      const int after = CounterpartAfter(static_cast<size_t>(before));
      return after >= 0 && HeadMention(static_cast<size_t>(after)) == HeadMention(m) ? before : -1;
    }
    return -1;
  }

  std::vector<int> Coordinated(size_t mention) const {
    std::vector<int> out;
    const auto& ms = doc_.mentions;
    size_t m = HeadMention(mention);
    out.push_back(ms[m].entity);
    std::vector<int> pending;  // after commas, kept only if an "and" closes the list
    while (m + 1 < ms.size()) {
      if (const int c = CounterpartAfter(m); c >= 0) {
        m = HeadMention(static_cast<size_t>(c));
        if (ms[m].entity < 0) break;
        out.insert(out.end(), pending.begin(), pending.end());
        pending.clear();
        out.push_back(ms[m].entity);
        continue;
      }
      const size_t gap_b = ms[m].end_token, gap_e = ms[m + 1].first_token;
      // "A and B", "A, B", "A and the B".
      const bool with_the = gap_e == gap_b + 2 && t_[gap_b + 1].lower == "the";
      if (ms[m + 1].sentence != ms[m].sentence || gap_e < gap_b ||
          (gap_e - gap_b != 1 && !with_the))
        break;
      const std::string& w = t_[gap_b].lower;
      if (w != "and" && w != "," && w != "&") break;
      // "Xi Jinping and Russian President Vladimir Putin": the titled person.
      m = HeadMention(m + 1);
      if (ms[m].entity < 0) break;
      if (w == ",") {
        pending.push_back(ms[m].entity);
      } else {
        out.insert(out.end(), pending.begin(), pending.end());
        pending.clear();
        out.push_back(ms[m].entity);
      }
    }
    return out;
  }

  // The first mention of a titled group ending at mention m: "Russian
  // President Vladimir Putin" starts at "Russian".
  size_t GroupStart(size_t m) const {
    const auto& ms = doc_.mentions;
    while (m > 0 && ms[m - 1].end_token <= ms[m].first_token &&
           ms[m - 1].end_token + 3 >= ms[m].first_token && ms[m - 1].sentence == ms[m].sentence &&
           ms[m - 1].kind != MentionKind::kPronoun && ms[m].kind == MentionKind::kName &&
           ms[m - 1].end_token < ms[m].first_token) {
      bool titles = true;  // "Kazakhstan's President Kassym-Jomart Tokayev" too
      for (size_t k = ms[m - 1].end_token; k < ms[m].first_token; ++k) {
        titles = titles && t_[k].kind == TokenKind::kWord &&
                 (t_[k].text == "'s" || t_[k].capitalized || lex_.Title(t_[k].lower) != nullptr);
      }
      if (!titles) break;
      --m;
    }
    return m;
  }

  // The mention covering token i, or -1.
  int MentionAt(size_t i) const { return i < doc_.mention_at.size() ? doc_.mention_at[i] : -1; }

  // "the leaders of Russia and Belarus": the leaders of those countries.
  std::vector<int> LeadersPhrase(size_t i, size_t end) const {
    std::vector<int> out;
    if (i + 2 >= end || t_[i + 1].lower != "of") return out;
    if (t_[i].lower != "leaders" && t_[i].lower != "presidents" && t_[i].lower != "heads")
      return out;
    const int m = MentionAt(i + 2);
    if (m < 0) return out;
    for (int e : Coordinated(static_cast<size_t>(m))) {
      int leader = -1;
      for (size_t p = 0; p < coref_.leader_of.size(); ++p) {
        if (coref_.leader_of[p] == e) leader = static_cast<int>(p);
      }
      out.push_back(leader >= 0 ? leader : e);
    }
    return out;
  }

  // The word that opens the gerund clause holding the trigger ("after
  // holding talks", "by imposing sanctions", "before meeting X"), or the
  // comma before a participle clause ("The UK expanded sanctions, putting
  // seven more people on its list"), or npos.
  size_t GerundClause(const Trigger& tr) const {
    const size_t first = doc_.sentences[tr.sentence].first_token;
    auto gerund = [&](size_t i) {
      // By its tag, or by its form when the tagger called it a noun.
      const Token& g = t_[i];
      return g.tag == "VBG" || (g.lower.size() > 5 && !g.capitalized &&
                                g.lower.compare(g.lower.size() - 3, 3, "ing") == 0);
    };
    for (size_t k = tr.first; k-- > first && k + 4 > tr.first;) {
      if (lex_.gerund_subordinators.count(t_[k].lower) > 0)
        return gerund(k + 1) ? k : std::string::npos;
      if (t_[k].kind != TokenKind::kWord) break;
    }
    for (size_t k = tr.first; k-- > first && k + 12 > tr.first;) {
      if (t_[k].text == "," && k > first && t_[k + 1].tag == "VBG" && k + 1 < tr.first) {
        // "..., prompting the EU to prepare sanctions": the participle's
        // object does the infinitive; the window reads that.
        for (size_t j = k + 2; j < tr.first; ++j) {
          if (t_[j].tag == "TO" && MentionAt(j - 1) >= 0) return std::string::npos;
        }
        return k;
      }
      if (t_[k].kind != TokenKind::kWord || IsClauseBreak(t_[k])) break;
    }
    return std::string::npos;
  }

  // The subject of the clause a gerund clause at k hangs from: its first
  // name group that no preposition governs ("Modi and Ishiba faced the press
  // after holding talks"; "Western countries responded to the Russian
  // authorities by imposing sanctions" has none).
  std::vector<int> MainSubject(size_t k, const Sentence& s) const {
    size_t start = k;
    while (start > s.first_token) {
      if (t_[start - 1].text == ")") {  // "(29 August)": an aside, not a break
        while (start > s.first_token && t_[start - 1].text != "(") --start;
        if (start > s.first_token) --start;
        continue;
      }
      if (IsClauseBreakPunct(t_[start - 1])) break;
      --start;
    }
    for (size_t j = start; j < k; ++j) {
      if (t_[j].text == "(") {  // skip the aside
        while (j + 1 < k && t_[j].text != ")") ++j;
        continue;
      }
      const int m = MentionAt(j);
      if (m < 0) continue;
      const size_t g = GroupStart(static_cast<size_t>(m));
      size_t gf = doc_.mentions[g].first_token;
      while (gf > start && t_[gf - 1].tag == "DT") --gf;  // "of the Russian authorities"
      if (gf > s.first_token && IsPreposition(t_[gf - 1].lower)) {
        j = doc_.mentions[static_cast<size_t>(m)].end_token - 1;
        continue;
      }
      return Coordinated(g);
    }
    return {};
  }

  std::vector<int> Subject(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    // "North Korea condemned the drills": who reacts to an event takes no part in it.
    if (!tr.verb) {
      for (size_t k = tr.first; k-- > s.first_token && k + 6 > tr.first;) {
        if (IsClauseBreak(t_[k])) break;
        if (LemmaIn(k, lex_.reaction_verbs)) return {};
      }
    }
    // "X and Y spoke to reporters after holding talks": a gerund clause
    // takes the subject of the clause it hangs from.
    if (const size_t g = GerundClause(tr); g != std::string::npos) return MainSubject(g, s);
    // One array for the document, cleared over this sentence only (linear).
    std::vector<bool>& rel = rel_;
    if (rel.size() < t_.size()) rel.assign(t_.size(), false);
    for (size_t k = s.first_token; k < s.end_token; ++k) rel[k] = false;
    internal::MarkRelativeClauses(doc_, s, rel);
    std::vector<int> possessor;  // "The IMF's board approved a loan": the fallback subject
    // Inside ", who met Y": the subject is the name before the comma.
    if (rel[tr.first]) {
      size_t k = tr.first;
      while (k > s.first_token && rel[k]) --k;
      if (t_[k].text == "," && k > s.first_token) {
        const int m = MentionAt(k - 1);
        if (m >= 0) return Coordinated(static_cast<size_t>(m));
      }
    }
    for (size_t k = tr.first; k-- > s.first_token;) {
      if (t_[k].text == ")") {  // "(about 835 billion rupees)": skip the aside
        while (k > s.first_token && t_[k].text != "(") --k;
        continue;
      }
      if (rel[k] && !rel[tr.first]) continue;
      if (t_[k].text == "," && k + 1 < t_.size() && rel[k + 1] && !rel[tr.first]) continue;
      if (IsClauseBreak(t_[k]) && tr.first - k > 1) break;
      if (t_[k].lower == "said" || t_[k].lower == "says" || t_[k].lower == "that") {
        // "The bank said it would provide a loan": "it" is the one who said.
        const size_t verb = t_[k].lower == "that" && k > s.first_token ? k - 1 : k;
        if (k + 1 < tr.first && (t_[k + 1].lower == "it" || t_[k + 1].lower == "they") &&
            verb > s.first_token) {
          const int m = MentionAt(verb - 1);
          if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0 &&
              doc_.entities[static_cast<size_t>(doc_.mentions[static_cast<size_t>(m)].entity)]
                      .type != EntityType::kPerson) {
            return Coordinated(GroupStart(static_cast<size_t>(m)));
          }
        }
        break;
      }
      if (auto leaders = LeadersPhrase(k, tr.first); !leaders.empty()) return leaders;
      const int m = MentionAt(k);
      if (m < 0) continue;
      // A name right before a noun trigger modifies it ("World Bank loan"): no subject.
      if (!tr.verb && doc_.mentions[static_cast<size_t>(m)].end_token == tr.first) {
        k = doc_.mentions[static_cast<size_t>(m)].first_token;
        continue;
      }
      // Walk to the first mention of a coordination ("Qatar and Kuwait").
      size_t first = GroupStart(static_cast<size_t>(m));
      while (first > 0) {
        if (const int c = CounterpartBefore(first); c >= 0) {
          first = GroupStart(static_cast<size_t>(c));
          continue;
        }
        const Mention& prev = doc_.mentions[first - 1];
        const Mention& cur = doc_.mentions[first];
        if (prev.sentence != cur.sentence || prev.entity < 0) break;
        // "According to Peskov, Putin and Xi will meet": the source is no member.
        if (prev.first_token >= 2 && t_[prev.first_token - 1].lower == "to" &&
            t_[prev.first_token - 2].lower == "according")
          break;
        const size_t gb = prev.end_token, ge = cur.first_token;
        const bool with_the = ge == gb + 2 && t_[gb + 1].lower == "the";
        if (ge <= gb || (ge - gb != 1 && !with_the) ||
            (t_[gb].lower != "and" && t_[gb].text != ","))
          break;
        first = GroupStart(first - 1);
      }
      // A comma list counts only when an "and" closes it ("In Washington,
      // Austin hosted" is no list).
      {
        const auto list = Coordinated(first);
        const int head = doc_.mentions[HeadMention(GroupStart(static_cast<size_t>(m)))].entity;
        if (std::find(list.begin(), list.end(), head) == list.end())
          first = GroupStart(static_cast<size_t>(m));
      }
      const Mention& fm = doc_.mentions[first];
      if (fm.first_token >= s.first_token + 2) {
        if (auto leaders = LeadersPhrase(fm.first_token - 2, tr.first); !leaders.empty())
          return leaders;
      }
      // A prepositional object or a possessor is not the subject; a name right
      // before the verb is ("after Tsai met McCarthy").
      size_t after = doc_.mentions[static_cast<size_t>(m)].end_token;
      while (after < tr.first &&
             (t_[after].lower == "has" || t_[after].lower == "had" || t_[after].lower == "have" ||
              t_[after].lower == "will" || t_[after].lower == "was" || t_[after].lower == "were")) {
        ++after;
      }
      const bool before_verb = tr.verb && after == tr.first;
      if (fm.first_token > s.first_token && !before_verb) {
        const std::string& before = t_[fm.first_token - 1].lower;
        if (IsPreposition(before) && before != "as") {
          k = fm.first_token;
          continue;
        }
      }
      const Mention& lm = doc_.mentions[static_cast<size_t>(m)];
      if (lm.end_token < t_.size() && t_[lm.end_token].text == "'s" &&
          lm.end_token + 1 < tr.first) {
        possessor = Coordinated(first);
        k = fm.first_token;
        continue;
      }
      // A lone demonym is a subject only for states ("Filipino and American
      // troops began exercises"); the role's types decide.
      return Coordinated(first);
    }
    return possessor;
  }

  // A country or organization named before a title and a person ("IMF
  // Managing Director Kristalina Georgieva", "Russian Prime Minister Mikhail
  // Mishustin") stands for that person in a role.
  size_t HeadMention(size_t m) const {
    const auto& ms = doc_.mentions;
    while (m + 1 < ms.size() && ms[m + 1].entity >= 0 &&
           doc_.entities[static_cast<size_t>(ms[m + 1].entity)].type == EntityType::kPerson &&
           ms[m + 1].kind == MentionKind::kName && ms[m + 1].first_token >= ms[m].end_token &&
           ms[m + 1].first_token <= ms[m].end_token + 3) {
      bool titles = true;  // "Argentina's President Javier Milei" too
      // After a demonym, lower-case words describe the person: "Russian
      // oligarch Oleg Deripaska", "Belarusian opposition leader ...".
      const bool demonym = ms[m].kind == MentionKind::kDemonym;
      for (size_t k = ms[m].end_token; k < ms[m + 1].first_token; ++k) {
        titles = titles && t_[k].kind == TokenKind::kWord &&
                 (t_[k].text == "'s" || t_[k].capitalized || lex_.Title(t_[k].lower) != nullptr ||
                  demonym);
      }
      if (!titles) break;
      ++m;
    }
    return m;
  }

  std::vector<int> Object(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    size_t limit = tr.end + 5;
    for (size_t k = tr.end; k < s.end_token && k < limit; ++k) {
      // "sanctioned eight officials, including Héctor Obregón".
      if (t_[k].text == "," && k + 1 < s.end_token &&
          (t_[k + 1].lower == "including" || t_[k + 1].lower == "among")) {
        ++k;
        limit = k + 5;
        continue;
      }
      if (t_[k].kind == TokenKind::kPunct || IsPreposition(t_[k].lower)) break;
      const int m = MentionAt(k);
      if (m >= 0) {
        const size_t head = HeadMention(static_cast<size_t>(m));
        const Mention& hm = doc_.mentions[head];
        // "sanctioned three Iranian officials": a demonym before a common
        // noun stands for its country; the role's types decide if it fits.
        if (hm.kind == MentionKind::kDemonym &&
            !(hm.end_token < s.end_token && t_[hm.end_token].kind == TokenKind::kWord &&
              !t_[hm.end_token].capitalized)) {
          continue;
        }
        return Coordinated(head);
      }
    }
    return {};
  }

  std::vector<int> PrepObject(const Trigger& tr, const std::string& prep) const {
    const auto& s = doc_.sentences[tr.sentence];
    for (size_t k = tr.end; k < s.end_token && k < tr.end + 15; ++k) {
      // The preposition belongs to the trigger's clause: none after a comma
      // ("received by Biden on Monday, two days after he held talks with Milei").
      if (t_[k].kind == TokenKind::kQuote || t_[k].text == ";" || t_[k].text == ",") break;
      if (t_[k].lower != prep) continue;
      // "on the library, on the Hudson Institute and on Hsiao Bi-khim": the
      // same preposition repeated in a list adds its objects.
      std::vector<int> out;
      size_t p = k;  // the current preposition
      while (true) {
        size_t next_prep = 0;
        for (size_t j = p + 1; j < s.end_token && j < p + 8; ++j) {
          // "on more than 500 targets, including Gazprom Neft": the named examples.
          if (t_[j].text == "," && j + 1 < s.end_token && t_[j + 1].lower == "including") {
            ++j;
            continue;
          }
          if (IsPreposition(t_[j].lower) || t_[j].kind == TokenKind::kPunct ||
              t_[j].lower == "and") {
            size_t q = j;  // ", on", "and on", ", and on"
            while (q < s.end_token && q < j + 3 && (t_[q].text == "," || t_[q].lower == "and")) ++q;
            if (q < s.end_token && t_[q].lower == prep) next_prep = q;
            break;
          }
          if (out.empty()) {
            if (auto leaders = LeadersPhrase(j, s.end_token); !leaders.empty()) return leaders;
          }
          // Demonyms count here: "sanctions on Venezuelan officials".
          const int m = MentionAt(j);
          if (m < 0) continue;
          for (int e : Coordinated(HeadMention(static_cast<size_t>(m)))) {
            if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
          }
          j = doc_.mentions[static_cast<size_t>(m)].end_token - 1;
        }
        if (next_prep == 0) break;
        p = next_prep;
      }
      return out;
    }
    // "between A and B" also stands before the trigger ("talks between A and B").
    return {};
  }

  // "Those sanctioned by the UK include A, owner of B; C and D": the names
  // listed after a listing verb (list_verbs.txt) that follows the trigger,
  // but for names inside a phrase that describes one of them ("owner of B").
  std::vector<int> Listed(const Trigger& tr) const {
    std::vector<int> out;
    const auto& s = doc_.sentences[tr.sentence];
    size_t k = tr.end;
    // A finite listing verb ("include", "includes"); "including" introduces
    // examples, read by the object slots.
    // "Others sanctioned are A, B and C": a form of "be" right after the
    // participle lists too.
    const bool participle = IsParticipleForm(t_[tr.end - 1]);
    // "Those hit by the new sanctions are A, B and C": the trigger in a
    // phrase about a group that opens the sentence.
    const bool group =
        lex_.group_subjects.count(t_[s.first_token].lower) > 0 && tr.first < s.first_token + 8;
    auto listing = [&](size_t i) {
      if (i == tr.end && participle && IsBeForm(t_[i].lower)) return true;
      // ... and the list starts right after the verb ("are now subject to" lists nobody).
      if (i == tr.end && group && IsBeForm(t_[i].lower) && i + 1 < s.end_token &&
          MentionAt(i + 1) >= 0)
        return true;
      // "this year's exercises including Thailand, Japan and Malaysia": the
      // members a noun trigger lists right after it.
      if (i == tr.end && !tr.verb && t_[i].tag == "VBG" && LemmaIn(i, lex_.list_verbs)) return true;
      return LemmaIn(i, lex_.list_verbs) && t_[i].tag.rfind("VB", 0) == 0 && t_[i].tag != "VBG";
    };
    while (k < s.end_token && k < tr.end + 12 && !listing(k)) {
      if (t_[k].kind == TokenKind::kQuote || t_[k].text == ";" || t_[k].text == ":") return out;
      ++k;
    }
    if (k >= s.end_token || k >= tr.end + 12) return out;
    bool described = false;  // after a preposition, until the next comma or "and"
    for (size_t j = k + 1; j < s.end_token; ++j) {
      if (t_[j].kind == TokenKind::kQuote) break;
      if (t_[j].text == "," || t_[j].text == ";" || t_[j].tag == "CC") described = false;
      // "A, who heads B": a relative clause describes A.
      if (IsPreposition(t_[j].lower) || t_[j].tag == "WP" || t_[j].tag == "WDT") described = true;
      const int m = MentionAt(j);
      if (m < 0) continue;
      // "..., and the ministry raised ...": a new clause ends the list.
      const size_t after = doc_.mentions[static_cast<size_t>(m)].end_token;
      if (after < s.end_token && t_[after].tag.rfind("VB", 0) == 0) break;
      // "Rosneft CEO Igor Sechin": the titled person after the company.
      const Mention& mm = doc_.mentions[HeadMention(static_cast<size_t>(m))];
      j = std::max(j, mm.end_token - 1);
      if (described || mm.kind == MentionKind::kDemonym || mm.entity < 0) continue;
      if (std::find(out.begin(), out.end(), mm.entity) == out.end()) out.push_back(mm.entity);
    }
    return out;
  }

  // "Rosneft CEO Igor Sechin, VTB CEO Andrey Kostin, businessman Oleg
  // Deripaska (EN+ Group) and Nikolay Tokarev were placed under sanctions":
  // the people of a list of titled names that ends at the trigger's verb
  // group. Each item between commas (or "and") holds a person; the list ends
  // at an item without one.
  std::vector<int> ListBefore(const Trigger& tr) const {
    std::vector<int> out;
    const auto& s = doc_.sentences[tr.sentence];
    size_t k = tr.first;  // back over the verb group: "were placed (under)"
    while (k > s.first_token && k + 4 > tr.first && t_[k - 1].kind == TokenKind::kWord &&
           MentionAt(k - 1) < 0 && !t_[k - 1].capitalized)
      --k;
    size_t end = k;  // the current item is [.., end)
    int depth = 0;   // inside parentheses
    int person = -1;
    bool named = false;  // the item names something, if no person
    for (size_t j = end; j-- > s.first_token;) {
      const Token& t = t_[j];
      if (t.text == ")") ++depth;
      if (t.text == "(") --depth;
      if (depth > 0 || t.text == "(") continue;
      const bool separator = t.text == "," || t.tag == "CC";
      const bool stop = t.text == "." || t.text == ":" || t.text == ";" ||
                        t.kind == TokenKind::kQuote || j == s.first_token;
      if (!separator && !stop) {
        const int m = MentionAt(j);
        if (m >= 0 && person < 0) {
          const int e = doc_.mentions[static_cast<size_t>(m)].entity;
          if (e >= 0 && IsPerson(e)) person = e;
          named = true;
        }
        if (j != s.first_token) continue;
      }
      // An item ends here; one that names no one ends the list, one whose
      // name is not a person's is passed over.
      if (!named) break;
      if (person >= 0 && std::find(out.begin(), out.end(), person) == out.end())
        out.push_back(person);
      person = -1;
      named = false;
      if (stop) break;
    }
    return out.size() >= 2 ? out : std::vector<int>{};
  }

  std::vector<int> Possessor(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    for (size_t k = tr.first; k-- > s.first_token && k + 5 > tr.first;) {
      if (t_[k].text == "'s" && k > s.first_token) {
        const int m = MentionAt(k - 1);
        if (m >= 0) return Coordinated(static_cast<size_t>(m));
        return {};
      }
      if (t_[k].kind == TokenKind::kPunct) break;
    }
    return {};
  }

  // Entity names or demonyms right before a noun trigger: "Belarusian
  // election", "joint Russian-Belarusian drills", "EU sanctions".
  std::vector<int> Modifier(const Trigger& tr) const {
    std::vector<int> out;
    const auto& s = doc_.sentences[tr.sentence];
    for (size_t k = tr.first; k-- > s.first_token && k + 4 > tr.first;) {
      const int m = MentionAt(k);
      if (m >= 0) {
        out.push_back(doc_.mentions[static_cast<size_t>(m)].entity);
        k = doc_.mentions[static_cast<size_t>(m)].first_token;
        continue;
      }
      if (t_[k].kind == TokenKind::kPunct && t_[k].text != "-") break;
      if (IsPreposition(t_[k].lower) || t_[k].lower == "the" || t_[k].lower == "'s") break;
      // Only adjectives stand between a modifier and its noun ("joint
      // military drills"), no verbs ("EU slaps new sanctions").
      const std::string& w = t_[k].lower;
      if (w.size() > 3 &&
          (w.compare(w.size() - 2, 2, "ed") == 0 || w.compare(w.size() - 3, 3, "ing") == 0))
        break;
      if (!lex_.IsAdjective(w) && w.find('-') == std::string::npos) break;
    }
    return out;
  }

  static bool IsClauseWord(const Token& t) {
    return t.lower == "that" || t.lower == "which" || t.lower == "while" || t.lower == "but" ||
           t.text == ";" || t.kind == TokenKind::kQuote;
  }

  std::vector<int> Place(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    std::vector<int> best;
    size_t best_dist = SIZE_MAX;
    for (size_t k = s.first_token; k + 1 < s.end_token; ++k) {
      // "in Minsk", and "the streets of Tel Aviv".
      const bool streets_of =
          t_[k].lower == "of" && k > s.first_token && t_[k - 1].lower == "streets";
      if (lex_.locative_preps.count(t_[k].lower) == 0 && !streets_of) continue;
      // Only places in the trigger's own clause: none after a "that" or "which"
      // clause that follows the trigger.
      bool crosses = false;
      // A quoted title ("March for Peace") closes its own quote.
      const bool titled = tr.first > s.first_token && t_[tr.first - 1].kind == TokenKind::kQuote;
      for (size_t q = tr.end; q < k && !crosses; ++q) {
        crosses = IsClauseWord(t_[q]) && !(titled && t_[q].kind == TokenKind::kQuote);
      }
      for (size_t q = k; q < tr.first && !crosses; ++q)
        crosses = t_[q].text == ";" || t_[q].kind == TokenKind::kQuote;
      if (crosses) continue;
      size_t j = k + 1;
      // "in Russian resort of Sochi", "in the capital Minsk".
      for (size_t look = j; look < s.end_token && look < j + 5; ++look) {
        const int m = MentionAt(look);
        if (m >= 0) {
          const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
          if (mm.kind == MentionKind::kDemonym) continue;
          // "near the US embassy": the embassy is the place, not the country.
          if (mm.end_token < s.end_token &&
              lex_.place_modifier_nouns.count(t_[mm.end_token].lower) > 0)
            break;
          const EntityType ty = doc_.entities[static_cast<size_t>(mm.entity)].type;
          // "at the Kremlin", "in the Kremlin": a seat named for its organization.
          const bool seat = ty == EntityType::kOrganization;
          if (ty != EntityType::kCity && ty != EntityType::kPlace && ty != EntityType::kCountry &&
              !seat)
            break;
          const size_t dist = k > tr.first ? k - tr.first : tr.first - k;
          if (dist < best_dist) {
            best = {mm.entity};
            best_dist = dist;
          }
          break;
        }
        // "rallied in the capital", "through the Bangladeshi capital": the
        // capital of the country named there, else of the article's country;
        // the country when the article never names its capital.
        if (t_[look].lower == "capital" &&
            !(look + 1 < s.end_token &&
              (MentionAt(look + 1) >= 0 ||
               (t_[look + 1].text == "," && look + 2 < s.end_token && MentionAt(look + 2) >= 0)))) {
          int country = -1;
          for (size_t q = j; q < look; ++q) {
            const int dm = MentionAt(q);
            if (dm >= 0 && doc_.mentions[static_cast<size_t>(dm)].kind == MentionKind::kDemonym)
              country = doc_.mentions[static_cast<size_t>(dm)].entity;
          }
          if (country < 0) country = coref_.main_country;
          if (country >= 0) {
            int place = country;
            for (size_t e = 0; e < doc_.entities.size(); ++e) {
              const Entity& city = doc_.entities[e];
              if (city.type != EntityType::kCity || !city.named) continue;
              const std::string* of = lex_.CapitalOf(city.label);
              if (of != nullptr && *of == doc_.entities[static_cast<size_t>(country)].label) {
                place = static_cast<int>(e);
                break;
              }
            }
            const size_t dist = k > tr.first ? k - tr.first : tr.first - k;
            if (dist < best_dist) {
              best = {place};
              best_dist = dist;
            }
          }
          break;
        }
        if (t_[look].kind == TokenKind::kPunct || IsPreposition(t_[look].lower)) {
          // "in the capital, Ankara": a place named in apposition.
          const bool apposition =
              t_[look].text == "," && look > j &&
              (t_[look - 1].lower == "capital" || t_[look - 1].lower == "city" ||
               t_[look - 1].lower == "town" || t_[look - 1].lower == "province");
          if (t_[look].lower != "of" && !apposition) break;
        }
      }
    }
    // "a trip to Kyiv, where he held talks": the place the clause refers to.
    if (best.empty()) {
      for (size_t k = tr.first; k-- > s.first_token + 1;) {
        if (t_[k].lower != "where") continue;
        if (t_[k - 1].text != ",") break;
        const int m = MentionAt(k - 2);
        if (m >= 0) {
          const int e = doc_.mentions[static_cast<size_t>(m)].entity;
          const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
          if (ty == EntityType::kCity || ty == EntityType::kPlace || ty == EntityType::kCountry)
            best = {e};
        }
        break;
      }
    }
    return best;
  }

  bool TypeOk(int e, const RoleRule& r) const {
    if (e < 0) return false;
    if (r.types.empty()) return true;
    const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
    return std::find(r.types.begin(), r.types.end(), ty) != r.types.end();
  }

  // The values of a text-ordered vector that lie within `span`.
  template <typename T>
  static std::pair<typename std::vector<T>::const_iterator, typename std::vector<T>::const_iterator>
  Within(const std::vector<T>& values, Span span) {
    auto b = std::lower_bound(values.begin(), values.end(), span.begin,
                              [](const T& v, uint32_t at) { return v.span.begin < at; });
    auto e = b;
    while (e != values.end() && e->span.begin < span.end) ++e;
    return {b, e};
  }

  static size_t Distance(const Trigger& tr, Span s, const std::vector<Token>& t) {
    const uint32_t a = t[tr.first].span.begin;
    return s.begin > a ? s.begin - a : a - s.begin;
  }

  // A trigger in a background phrase: "after a banned march", "two days after he held talks".
  bool Background(const Trigger& o) const {
    for (size_t k = o.first; k-- > doc_.sentences[o.sentence].first_token && k + 4 > o.first;) {
      const std::string& w = t_[k].lower;
      if (w == "after" || w == "before" || w == "during" || w == "following") {
        // "spoke on Friday after holding talks": a gerund clause shares the
        // main clause's subject and time; "after a banned march" does not.
        return GerundClause(o) == std::string::npos;
      }
    }
    return false;
  }

  // The date of a dateline: "CARACAS, July 30 (AP) —" opening the article.
  bool InDateline(size_t k, const Sentence& s) const {
    if (k < s.first_token + 2 || k > s.first_token + 6 || t_[k - 1].text != ",") return false;
    size_t j = k - 1;
    while (j > s.first_token && t_[j - 1].all_caps) --j;  // "BUENOS AIRES"
    return j < k - 1 && j <= s.first_token + 1 && t_[k - 2].all_caps;
  }

  // A date right after a verb of saying ("said on Tuesday", "told
  // reporters on Monday") dates the saying.
  bool SaidOn(size_t k, const Sentence& s) const {
    for (size_t j = k; j-- > s.first_token && j + 4 > k;) {
      if (t_[j].tag.rfind("VB", 0) == 0) {
        for (const auto& l : TokenLemmas(j)) {
          if (lex_.attribution_verbs.count(l) > 0 || lex_.speech_verbs.count(l) > 0) return true;
        }
        return false;
      }
      if (t_[j].kind == TokenKind::kPunct) return false;
    }
    return false;
  }

  // The date closest to this trigger, among dates for which no other trigger
  // of the sentence is closer; edges of periods ("since August") are no date.
  const DateValue* DateFor(const Trigger& tr, const std::vector<Trigger>& all,
                           const Sentence& s) const {
    const DateValue* best = nullptr;
    size_t best_dist = SIZE_MAX;
    const bool background = Background(tr);
    const auto [dates_b, dates_e] = Within(doc_.dates, s.span);
    for (auto it = dates_b; it != dates_e; ++it) {
      const DateValue& d = *it;
      if (!d.anchor || d.span.begin < s.span.begin || d.span.end > s.span.end) continue;
      // A background event only takes dates after it.
      if (background && d.span.begin < t_[tr.first].span.begin) continue;
      // "..., the minister said on Tuesday": the day of the saying; "CARACAS,
      // July 30 (AP) —": the day of the report.
      if (SaidOn(TokenAt(d.span.begin), s) || InDateline(TokenAt(d.span.begin), s)) continue;
      const size_t dist = Distance(tr, d.span, t_);
      bool other_closer = false;
      for (const auto& o : all) {
        // "detained 43 people on Sunday after a banned march": an event in a
        // background phrase does not take the date of the main one.
        other_closer = other_closer ||
                       (o.first != tr.first && !Background(o) && Distance(o, d.span, t_) < dist);
      }
      if (!other_closer && dist < best_dist) {
        best = &d;
        best_dist = dist;
      }
    }
    return best;
  }

  size_t TokenAt(uint32_t byte) const {
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

  // A count that sizes this event: a crowd for protests ("100,000
  // demonstrators", "100,000 people took part"), a count next to the
  // trigger for arrests ("almost 7,000 were detained", "arrested 300 people").
  const CountValue* CountFor(const Trigger& tr, const Sentence& s,
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
          ok = true;
        } else {
          if (k < s.end_token && lex_.people_nouns.count(t_[k].lower) > 0) ++k;
          size_t v = k;
          while (v < s.end_token && v < k + 3 &&
                 (t_[v].lower == "have" || t_[v].lower == "had" || t_[v].lower == "were" ||
                  t_[v].lower == "also")) {
            ++v;
          }
          ok = v < s.end_token && LemmaIn(v, lex_.participation_verbs);
          // "2,000 students from the university who tried to march": the
          // trigger itself, used as a verb, soon after the crowd.
          ok = ok || (tr.verb && k > first + 1 && lex_.people_nouns.count(t_[k - 1].lower) > 0 &&
                      tr.first > k && tr.first <= k + 10);
        }
      } else {
        const size_t gap = first > tr.end ? first - tr.end : (tr.first > k ? tr.first - k : 0);
        ok = gap <= 5;
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

  Event Fill(const Trigger& tr, const std::vector<Trigger>& all) {
    const auto& cls = lex_.event_classes[tr.cls];
    const auto& s = doc_.sentences[tr.sentence];
    Event ev;
    ev.cls = cls.name;
    ev.sentences.push_back(tr.sentence);
    // Receiving verbs only matter to classes with roles for them ("Egypt
    // obtained a loan"); "Silva won the election" keeps its active subject.
    bool has_receiving = false;
    for (const RoleRule& r : cls.roles) has_receiving = has_receiving || r.receiving_only;
    const bool receiving = tr.receiving && has_receiving;
    for (const RoleRule& r : cls.roles) {
      if (r.passive_only && !tr.passive) continue;
      if (r.active_only && (tr.passive || receiving)) continue;
      if (r.receiving_only && (!receiving || tr.passive)) continue;
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
        ents = Subject(tr);
      } else if (r.slot == "object") {
        if (tr.verb) ents = Object(tr);
      } else if (r.slot.rfind("prep:", 0) == 0) {
        ents = PrepObject(tr, r.slot.substr(5));
      } else if (r.slot == "poss") {
        ents = Possessor(tr);
      } else if (r.slot == "listed") {
        ents = Listed(tr);
      } else if (r.slot == "listbefore") {
        ents = ListBefore(tr);
      } else if (r.slot == "modifier") {
        if (!tr.verb) ents = Modifier(tr);
      } else if (r.slot == "place") {
        ents = Place(tr);
      } else if (r.slot == "money") {
        // Amounts in the trigger's clause: up to ", and" / ";" on either side.
        size_t cb = tr.first, ce = tr.end;
        while (cb > s.first_token &&
               !(t_[cb - 1].text == ";" ||
                 (t_[cb - 1].lower == "and" && cb >= 2 && t_[cb - 2].text == ","))) {
          --cb;
        }
        while (ce < s.end_token &&
               !(t_[ce].text == ";" ||
                 (t_[ce].text == "," && ce + 1 < s.end_token && t_[ce + 1].lower == "and"))) {
          ++ce;
        }
        const Span clause{t_[cb].span.begin, t_[ce - 1].span.end};
        const auto [money_b, money_e] = Within(doc_.money, clause);
        for (auto it = money_b; it != money_e; ++it) {
          if (it->span.end > clause.end || PartialAmount(*it)) continue;
          ev.amounts.push_back(*it);
        }
      } else if (r.slot == "date") {
        if (const DateValue* d = DateFor(tr, all, s)) ev.dates.push_back(*d);
      } else if (r.slot == "count") {
        if (const CountValue* c = CountFor(tr, s, all)) ev.count = *c;
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

  // "his main challenger, Sviatlana Tsikhanouskaya": candidates named by role.
  void AddCandidatesByRole(const Sentence& s, Event& ev, const std::string& role) const {
    for (size_t k = s.first_token; k < s.end_token; ++k) {
      if (!LemmaIn(k, lex_.candidate_nouns)) continue;
      size_t j = k + 1;
      // "his rival from the far right, Marine Le Pen": a short phrase after
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
        auto& c = ev.entity_roles[role];
        if (std::find(c.begin(), c.end(), e) == c.end()) c.push_back(e);
      }
    }
  }

  // A presidential or parliamentary election named with a city ("took to
  // the streets in Caracas after ... Sunday's presidential vote") is the
  // city's country's, unless the sentence speaks of a local one (a mayor).
  // The sentence speaks of a local election (local_election_words.txt).
  bool LocalElection(const Sentence& s) const {
    for (size_t k = s.first_token; k < s.end_token; ++k) {
      if (lex_.local_election_words.count(t_[k].lower) > 0) return true;
      if (k + 1 < s.end_token &&
          lex_.local_election_words.count(t_[k].lower + " " + t_[k + 1].lower) > 0)
        return true;
    }
    return false;
  }

  void NationalElectionPlace(const Sentence& s, Event& ev, const std::string& role) const {
    auto it = ev.entity_roles.find(role);
    if (it == ev.entity_roles.end() || LocalElection(s)) return;
    for (int& e : it->second) {
      if (doc_.entities[static_cast<size_t>(e)].type != EntityType::kCity) continue;
      const int country = CountryOfCity(doc_, lex_, e);
      if (country >= 0) e = country;
    }
  }

  // An election with no place named is the article's country's ("the May 29
  // election"); a mayor's is the city's the sentence names.
  void AddDefaultElectionPlace(const Sentence& s, Event& ev, const std::string& role) const {
    // "was elected Mexico's first female president": the country whose
    // office the sentence names.
    for (size_t k = s.first_token; k + 2 < s.end_token; ++k) {
      if (t_[k + 1].text != "'s") continue;
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
    for (size_t k = s.first_token; k < s.end_token; ++k) {
      const int m = MentionAt(k);
      if (m < 0 || city >= 0) continue;
      const int e = doc_.mentions[static_cast<size_t>(m)].entity;
      if (doc_.entities[static_cast<size_t>(e)].type == EntityType::kCity) city = e;
    }
    const int place = local && city >= 0 ? city : coref_.main_country;
    if (place >= 0) ev.entity_roles[role].push_back(place);
  }

  // The "main-country" step (ROLE,OTHER): a mention with OTHER and an amount
  // but no ROLE, in an article about a country named again and again: that
  // country fills ROLE ("ISLAMABAD — Beijing refinanced a $1 billion loan":
  // Pakistan borrows). Not when another mention with the same OTHER names
  // its ROLE: that is the same event.
  void DefaultParties(std::vector<Event>& evs) const {
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

  // ", and [the] X [a further | another] $N": a loan by X like the one before.
  // The new mention has X in `role` and the other entity roles of `ev`.
  std::optional<Event> Gapped(const Trigger& tr, const Event& ev, const std::string& role) const {
    const auto& s = doc_.sentences[tr.sentence];
    for (size_t k = tr.end; k + 2 < s.end_token; ++k) {
      if (t_[k].text != "," || t_[k + 1].lower != "and") continue;
      size_t j = k + 2;
      if (j < s.end_token && t_[j].lower == "the") ++j;
      const int m = MentionAt(j);
      if (m < 0) return std::nullopt;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      const EntityType ty = doc_.entities[static_cast<size_t>(mm.entity)].type;
      if (ty != EntityType::kCountry && ty != EntityType::kOrganization) return std::nullopt;
      size_t q = mm.end_token;
      if (q < s.end_token && t_[q].lower == "a" && q + 1 < s.end_token &&
          t_[q + 1].lower == "further")
        q += 2;
      if (q < s.end_token && (t_[q].lower == "another" || t_[q].lower == "further")) ++q;
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

  // "the first $1.2bn tranche", "$12 billion upfront": a part paid out, not the loan.
  bool PartialAmount(const MoneyValue& m) const {
    const size_t first = TokenAt(m.span.begin), last = TokenAt(m.span.end - 1);
    for (size_t k = last + 1; k < t_.size() && k <= last + 2; ++k) {
      if (lex_.partial_amount_words.count(t_[k].lower) > 0) return true;
    }
    return first > 0 && lex_.partial_amount_words.count(t_[first - 1].lower) > 0;
  }

  // "won the Istanbul mayoralty": a form of "win" shortly before the office.
  bool WonBefore(const Trigger& tr) const {
    const auto& s = doc_.sentences[tr.sentence];
    for (size_t k = tr.first; k-- > s.first_token && k + 5 > tr.first;) {
      const auto& lemmas = TokenLemmas(k);
      if (std::find(lemmas.begin(), lemmas.end(), "win") != lemmas.end()) return true;
    }
    return false;
  }

  // An amount, and a lender or borrower whose name ends in a lending
  // institution's head word ("... Monetary Fund", "... Development Bank").
  bool LendingInstitution(const Event& ev, const std::vector<std::string>& roles) const {
    if (ev.amounts.empty()) return false;
    for (const auto& role : roles) {
      auto it = ev.entity_roles.find(role);
      if (it == ev.entity_roles.end()) continue;
      auto lends = [&](const std::string& name) {
        const size_t space = name.rfind(' ');
        return lex_.lender_heads.count(space == std::string::npos ? name : name.substr(space + 1)) >
               0;
      };
      for (int e : it->second) {
        // The label, or another name of it: the IMF is also the "... Monetary Fund".
        const Entity& entity = doc_.entities[static_cast<size_t>(e)];
        if (lends(entity.label)) return true;
        for (const auto& alt : entity.alt_labels) {
          if (lends(alt)) return true;
        }
      }
    }
    return false;
  }

  // Whether a mention meets one of its class's requirements (classes.tsv):
  // "X leaned on Y for deposits" names no amount and one party of a loan.
  static bool Useful(const Event& ev, const EventClassSchema& cs) {
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
          return !ev.dates.empty();
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

  // The entities of a role, or none.
  static std::vector<int> RoleOf(const Event& e, const char* role) {
    auto it = e.entity_roles.find(role);
    return it == e.entity_roles.end() ? std::vector<int>{} : it->second;
  }

  bool IsPerson(int e) const {
    return doc_.entities[static_cast<size_t>(e)].type == EntityType::kPerson;
  }

  // Two entities are one side of an event when equal or one leads the other.
  bool SameSide(int a, int b) const {
    if (a == b) return true;
    auto led = [&](int p) {
      return p >= 0 && static_cast<size_t>(p) < coref_.leader_of.size()
                 ? coref_.leader_of[static_cast<size_t>(p)]
                 : -1;
    };
    return led(a) == b || led(b) == a;
  }

  bool Overlap(const std::vector<int>& a, const std::vector<int>& b) const {
    for (int x : a) {
      for (int y : b) {
        if (SameSide(x, y)) return true;
      }
    }
    return false;
  }

  // Places that are the same, or one inside the other (a city inside its country).
  bool SamePlace(int a, int b) const {
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

  // One place per event (the shapes say so): a country that holds another of
  // the event's places goes ("in Tbilisi, Georgia": Tbilisi); of places not
  // one inside the other, the first stays.
  void OnePlace(Event& ev) const {
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

  // Two places conflict when they are not the same, not one inside the other,
  // and of one kind (two cities, two countries) or in different countries.
  bool PlacesConflict(const std::vector<int>& a, const std::vector<int>& b) const {
    if (a.empty() || b.empty()) return false;
    for (int x : a) {
      for (int y : b) {
        if (SamePlace(x, y)) return false;
        const Entity& ex = doc_.entities[static_cast<size_t>(x)];
        const Entity& ey = doc_.entities[static_cast<size_t>(y)];
        if (ex.type == ey.type) continue;
        const Entity& city = ex.type == EntityType::kCountry ? ey : ex;
        const Entity& country = ex.type == EntityType::kCountry ? ex : ey;
        if (country.type != EntityType::kCountry || lex_.CountryOf(city.label) == nullptr)
          return false;  // unknown: no conflict
      }
    }
    return true;
  }

  // The conflicts of the class's identity rule (extract/data/events/identity.tsv).
  bool Conflict(const Event& a, const Event& b, const EventIdentityRule& rule) const {
    // "this year's exercises" (2024) and "began on Tuesday" (2024-02-27)
    // can be one event: a coarser date contains a finer one.
    if (!a.dates.empty() && !b.dates.empty() &&
        !DatesCompatible(a.dates[0].lexical, b.dates[0].lexical, rule.date_days))
      return true;
    if (a.count && b.count &&
        !NumbersCompatible(static_cast<double>(a.count->value), static_cast<double>(b.count->value),
                           rule.count_tolerance))
      return true;
    if (rule.amount_tolerance >= 0 && !a.amounts.empty() && !b.amounts.empty()) {
      for (const auto& x : a.amounts) {
        bool same_currency = false, close = false;
        for (const auto& y : b.amounts) {
          if (x.currency != y.currency) continue;
          same_currency = true;
          close = close ||
                  NumbersCompatible(std::strtod(x.value.c_str(), nullptr),
                                    std::strtod(y.value.c_str(), nullptr), rule.amount_tolerance);
        }
        if (same_currency && !close) return true;
      }
    }
    for (const auto& r : rule.distinct) {
      const auto ra = RoleOf(a, r.c_str()), rb = RoleOf(b, r.c_str());
      if (!ra.empty() && !rb.empty() && !Overlap(ra, rb)) return true;
    }
    return rule.place && PlacesConflict(RoleOf(a, "place"), RoleOf(b, "place"));
  }

  // The identity fields' evidence (identity.tsv), as identity across
  // articles reads it: enough shared values of an evidence role (after
  // metonymy), both dated, compatible counts or amounts, the same quote.
  bool SharedEvidence(const Event& a, const Event& b, const EventIdentityRule& rule) const {
    for (const auto& ev : rule.evidence) {
      if (ev.role == "date") {
        if (!a.dates.empty() && !b.dates.empty()) return true;
      } else if (ev.role == "count") {
        if (a.count && b.count &&
            NumbersCompatible(static_cast<double>(a.count->value),
                              static_cast<double>(b.count->value),
                              std::max(0.0, rule.count_tolerance)))
          return true;
      } else if (ev.role == "amount") {
        for (const auto& x : a.amounts) {
          for (const auto& y : b.amounts) {
            if (x.currency == y.currency && NumbersCompatible(std::strtod(x.value.c_str(), nullptr),
                                                              std::strtod(y.value.c_str(), nullptr),
                                                              std::max(0.0, rule.amount_tolerance)))
              return true;
          }
        }
      } else if (ev.role == "quote") {
        if (!a.quote.empty() && QuotesMatch(a.quote, b.quote)) return true;
      } else {
        const auto ra = RoleOf(a, ev.role.c_str()), rb = RoleOf(b, ev.role.c_str());
        size_t shared = 0;
        for (int x : ra) {
          shared +=
              std::any_of(rb.begin(), rb.end(), [&](int y) { return SameSide(x, y); }) ? 1 : 0;
        }
        if (shared > 0 && shared >= std::min({ev.min_shared, ra.size(), rb.size()})) return true;
      }
    }
    return false;
  }

  // Two mentions in one article are one event when they have no conflict,
  // the same presence of the roles that must match, and the identity
  // evidence or the class's in-article evidence (classes.tsv).
  bool Compatible(const Event& a, const Event& b) const {
    if (a.cls != b.cls || identity_ == nullptr) return false;
    const EventIdentityRule* rule = identity_->Rule(a.cls);
    const EventClassSchema* cs = Schema(a.cls);
    if (rule == nullptr || cs == nullptr || Conflict(a, b, *rule)) return false;
    for (const auto& r : rule->presence) {
      if (RoleOf(a, r.c_str()).empty() != RoleOf(b, r.c_str()).empty()) return false;
    }
    if (SharedEvidence(a, b, *rule)) return true;
    // "The UK imposed sanctions on Monday. Those sanctioned include A and
    // B": a round of sanctions told without its imposer is the one told with it.
    for (const auto& r : cs->article_lacks) {
      if (RoleOf(a, r.c_str()).empty() != RoleOf(b, r.c_str()).empty()) return true;
    }
    if (cs->article_count && a.count && b.count && a.count->value == b.count->value) return true;
    if (cs->article_shared) {
      for (const auto& [r, v] : a.entity_roles) {
        if (Overlap(v, RoleOf(b, r.c_str()))) return true;
      }
    }
    return cs->article_dated && !a.dates.empty() && !b.dates.empty();
  }

  void MergeInto(Event& a, const Event& b) const {
    for (const auto& [r, v] : b.entity_roles) {
      auto& dst = a.entity_roles[r];
      for (int e : v) {
        bool same = false;
        for (int& x : dst) {
          if (!SameSide(x, e)) continue;
          same = true;
          // One side named by its leader and by its state: the state stands in
          // agent roles ("Xi promised a loan" + "Beijing will lend").
          if (r != "participant" && IsPerson(x) && !IsPerson(e)) x = e;
        }
        if (!same) dst.push_back(e);
      }
    }
    for (const auto& m : b.amounts) {
      if (std::find(a.amounts.begin(), a.amounts.end(), m) == a.amounts.end())
        a.amounts.push_back(m);
    }
    if (a.dates.empty() ||
        (!b.dates.empty() && b.dates[0].lexical.size() > a.dates[0].lexical.size()))
      a.dates = b.dates;
    if (!a.count) a.count = b.count;
    a.sentences.insert(a.sentences.end(), b.sentences.begin(), b.sentences.end());
  }

  void Merge(std::vector<Event>& evs) const {
    std::vector<Event> out;
    for (auto& ev : evs) {
      bool merged = false;
      for (auto& o : out) {
        if (Compatible(o, ev)) {
          MergeInto(o, ev);
          merged = true;
          break;
        }
      }
      if (!merged) out.push_back(std::move(ev));
    }
    // A lender that is a leader of another lender is the same side: keep the state.
    for (auto& ev : out) {
      for (auto& [role, v] : ev.entity_roles) {
        std::vector<int> kept;
        for (int e : v) {
          bool led_other = false;
          for (int x : v) {
            led_other = led_other || (x != e && static_cast<size_t>(e) < coref_.leader_of.size() &&
                                      coref_.leader_of[static_cast<size_t>(e)] == x);
          }
          if (!led_other || role == "participant") kept.push_back(e);
        }
        v = kept;
      }
    }
    evs = std::move(out);
  }

  // The relations each event gives, as its class says (classes.tsv):
  // "meets" between the people and organizations of a meeting, "grantsLoanTo"
  // from a loan's lender to its borrower.
  void Relations() {
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

  Document& doc_;
  const CorefLayer& coref_;
  const Lexicon& lex_;
  const EventIdentity* identity_ = nullptr;
  const EventClassTable* classes_ = nullptr;
  const internal::DepRoles* dep_ = nullptr;  // the parse of the current sentence, if any
  const std::vector<Token>& t_;
  mutable std::vector<std::vector<Word>> lemmas_;
  mutable std::vector<bool> rel_;  // relative clauses of the sentence being read
};

}  // namespace

void ExtractEvents(Document& doc, const CorefLayer& coref, const Lexicon& lex) {
  Extractor(doc, coref, lex).Run();
}

}  // namespace newskg
