#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

void EventExtraction::ExclusiveRoles(Event& ev) const {
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

void EventExtraction::Attribute(Event& ev) const {
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
      if (PhraseLengthAt(sw_.attribution_phrases, t_, k, s.end_token) > 0) {
        reported = true;
        source = mention_entity(k + 2, k + 3).second;
        break;
      }
      if (t_[k].tag.rfind("VB", 0) != 0) continue;
      bool attributing = false;
      for (const auto& l : TokenLemmas(k))
        attributing = attributing || lex_.attribution_verbs.count(l) > 0;
      if (!attributing) continue;
      // "Canada added X to its sanctions list": a verb that places its object.
      if (const int om = k + 1 < s.end_token ? doc_.mention_at[k + 1] : -1; om >= 0) {
        const size_t after = doc_.mentions[static_cast<size_t>(om)].end_token;
        if (after < s.end_token && Is(after, w_.placing_preps)) continue;
      }
      // "..., police said." / "..., said the ministry."
      if (k > s.first_token && doc_.mention_at[k - 1] >= 0) {
        const Mention& m = doc_.mentions[static_cast<size_t>(doc_.mention_at[k - 1])];
        size_t before = m.first_token;
        if (before > s.first_token && Is(before - 1, w_.articles)) --before;
        if (before > s.first_token && t_[before - 1].text == ",") {
          reported = true;
          source = m.entity;
          break;
        }
      }
      // "..., police said (on Tuesday).": a comma, a short unnamed subject,
      // the verb, maybe the day of the saying, the end.
      size_t tail = k + 1;
      while (tail < s.end_token && (t_[tail].in_date || Is(tail, w_.date_preps))) ++tail;
      if (tail >= s.end_token || t_[tail].kind == TokenKind::kPunct) {
        bool comma = false;
        for (size_t b = k; b-- > s.first_token && b + 5 > k && !comma;) comma = t_[b].text == ",";
        if (comma) {
          reported = true;
          break;
        }
      }
      // "..., said the ministry" (not "X, said he was", whose pronoun is
      // the reported clause's).
      if (k > s.first_token && t_[k - 1].text == ",") {
        const auto [found, entity] = mention_entity(k + 1, k + 2);
        const bool pronoun = doc_.mention_at[k + 1] >= 0 &&
                             doc_.mentions[static_cast<size_t>(doc_.mention_at[k + 1])].kind ==
                                 MentionKind::kPronoun;
        if (found && !pronoun) {
          reported = true;
          source = entity;
          break;
        }
      }
      // "Police said ...", "The ministry has reported that ...": the
      // sentence's subject, then the verb, then the clause.
      size_t subject_end = k;
      if (subject_end > s.first_token && Is(subject_end - 1, w_.perfect_auxiliaries)) {
        --subject_end;
      }
      // "His lawyer(,) X(,) said", "Y's daughter(,) X(,) said": the name in
      // apposition to a relation.
      size_t name_from = s.first_token + 2;
      size_t relation = SIZE_MAX;
      if (lex_.possessive_determiners.count(t_[s.first_token].lower) > 0) {
        relation = s.first_token + 1;
      } else if (const int om = MentionAt(s.first_token); om >= 0) {
        const size_t oe = doc_.mentions[static_cast<size_t>(om)].end_token;
        if (oe + 1 < subject_end && sw_.possessive_markers.count(t_[oe].lower) > 0)
          relation = oe + 1;
      }
      if (relation != SIZE_MAX) {
        size_t n = RelationWordsEnd(t_, relation, subject_end);
        if (n < subject_end && t_[n].text == ",") ++n;
        name_from = n + 1;
      }
      const size_t name_end = subject_end > name_from && t_[subject_end - 1].text == ","
                                  ? subject_end - 1
                                  : subject_end;
      for (size_t b = s.first_token; b < std::min(name_end, name_from); ++b) {
        const int mi = doc_.mention_at[b];
        if (mi < 0) continue;
        const Mention& m = doc_.mentions[static_cast<size_t>(mi)];
        if (m.first_token == b && m.end_token == name_end) {
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

std::span<const Word> EventExtraction::TokenLemmas(size_t i) const {
  LemmaList& list = lemmas_[i];
  if (!list.words.empty() &&
      (list.epoch == LemmaList::kOwned || Lexicon::LemmaEpoch() <= list.epoch + 1))
    return list.words;
  const std::string& w = t_[i].lower;
  const std::vector<Word>& lemmas = lex_.Lemmas(w);
  // An adverb glued to a participle: "newly-sanctioned" is "sanctioned".
  const size_t dash = w.rfind('-');
  if (dash == std::string::npos || dash < 4 || w.compare(dash - 2, 2, "ly") != 0) {
    // The lexicon's own list, while its memo keeps it.
    list = {lemmas, Lexicon::LemmaEpoch()};
    return list.words;
  }
  const std::vector<Word>& glued = lex_.Lemmas(w.substr(dash + 1));
  const size_t n = lemmas.size() + glued.size();
  constexpr size_t kChunk = 1024;
  if (lemma_chunks_.empty() || lemma_chunks_.back().size() + n > lemma_chunks_.back().capacity()) {
    lemma_chunks_.emplace_back().reserve(std::max(kChunk, n));
  }
  std::vector<Word>& chunk = lemma_chunks_.back();
  const size_t start = chunk.size();
  chunk.insert(chunk.end(), lemmas.begin(), lemmas.end());
  chunk.insert(chunk.end(), glued.begin(), glued.end());
  list = {std::span<const Word>(chunk.data() + start, n), LemmaList::kOwned};
  return list.words;
}

bool EventExtraction::IsClauseBreak(const Token& t) const {
  return IsClauseBreakPunct(t) || lex_.clause_breaks.count(t.lower) > 0;
}

bool EventExtraction::LemmaIn(size_t i, const WordSet& set) const {
  for (const auto& l : TokenLemmas(i)) {
    if (set.count(l) > 0) return true;
  }
  return false;
}

std::vector<Trigger> EventExtraction::FindTriggers(size_t si) const {
  std::vector<Trigger> out;
  const auto& s = doc_.sentences[si];
  int headline = -1;  // whether the sentence is a headline in title case, once asked
  // Whether an amount of money in the sentence ends with token TOK.
  const auto money_ends_at = [&](const Token& tok) {
    const auto [money_b, money_e] = Within(doc_.money, Span{s.span.begin, tok.span.end});
    for (auto it = money_b; it != money_e; ++it) {
      if (it->span.end == tok.span.end) return true;
    }
    return false;
  };
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    if (t_[i].kind != TokenKind::kWord || doc_.mention_at[i] >= 0) continue;
    // Names are not triggers ("March for Justice" is a name, "Monday" no vote).
    // ... but a quoted title opens with one: a "March for Justice"; and in
    // a headline in title case every word is capitalized ("China, Russia
    // Hold Joint Drills"), names being those the recognizer found.
    if (t_[i].capitalized && i != s.first_token && t_[i - 1].kind != TokenKind::kQuote) {
      if (t_[i].in_date || t_[i].all_caps) continue;
      if (headline < 0) headline = TitleCase(s) ? 1 : 0;
      if (headline == 0) continue;
    }
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
      const auto& determiners = w_.noun_determiners;
      const bool det2 = adjective && determiners.count(prev2) > 0;
      // A word in -s is a plural noun ("talks", "protests") unless tagged a
      // verb in the present tense ("Tomas Velk meets Rosa Maren") or only a
      // verb ("Parliament elects", s_verb_forms.txt).
      const bool plural = t_[i].lower.back() == 's' && t_[i].tag != "VBZ" &&
                          sw_.s_verb_forms.count(t_[i].lower) == 0;
      tr.verb = !(det2 || determiners.count(prev) > 0 || plural ||
                  (t_[i].lower.size() > 4 && t_[i].lower.rfind("tion") == t_[i].lower.size() - 4));
      const std::string& w = t_[i].lower;
      const bool past = (w.size() > 2 && w.compare(w.size() - 2, 2, "ed") == 0) ||
                        w_.irregular_pasts.count(w) > 0;
      if (past) tr.verb = true;
      // "a $3 billion loan": an amount right before makes a noun.
      if (!past && i > s.first_token && money_ends_at(t_[i - 1])) tr.verb = false;
      // "a $1.5 billion World Bank loan", "the IMF bailout": a name between
      // a determiner or an amount and the trigger modifies a noun.
      if (!past && i > s.first_token && doc_.mention_at[i - 1] >= 0) {
        const size_t mb = doc_.mentions[static_cast<size_t>(doc_.mention_at[i - 1])].first_token;
        if (mb > s.first_token) {
          const Token& before = t_[mb - 1];
          if (money_ends_at(before) || Is(mb - 1, w_.articles) || Is(mb - 1, w_.noun_adjectives) ||
              before.kind == TokenKind::kNumber) {
            tr.verb = false;
          }
        }
      }
      if (tr.verb && TakesExcludedObject(tr)) continue;
      if (ThingAsGuest(tr)) continue;
      // "Those sanctioned by Canada": a participle with its agent is passive.
      if (IsParticipleForm(t_[i + len - 1]) && i + len < s.end_token &&
          Is(i + len, sw_.agent_preps))
        tr.passive = true;
      // "Arrested in Abuja on Thursday, X was charged": a leading participle
      // before a preposition is passive.
      if (tr.verb && i == s.first_token && IsParticipleForm(t_[i + len - 1]) &&
          i + len < s.end_token && IsPreposition(t_[i + len].lower))
        tr.passive = true;
      // Passive: a form of "be" (maybe with an adverb) before a participle;
      // not before a verb's base form ("is to meet") nor its gerund ("is
      // freezing the assets of X" is progressive).
      const bool base_form =
          t_[i].tag == "VB" || StageWords::EndsInAny(t_[i].lower, sw_.gerund_endings, 5);
      for (size_t k = i; !base_form && k-- > s.first_token && k + 3 > i;) {
        if (IsBeForm(t_[k].lower)) {
          tr.passive = tr.verb;
          break;
        }
      }
      // "Opposition leader X arrested in Abuja": a participle right after
      // a person's name, before a preposition or the end, is a headline's,
      // a reduced relative's or an apposition's passive.
      if (tr.verb && !tr.passive && IsParticipleForm(t_[i + len - 1]) && i > s.first_token &&
          (i + len >= s.end_token || t_[i + len].kind == TokenKind::kPunct ||
           IsPreposition(t_[i + len].lower))) {
        // ... or after the name and a comma: "X, arrested in Abuja on Friday,".
        const bool comma = t_[i - 1].text == "," && i > s.first_token + 1;
        const int m = MentionAt(comma ? i - 2 : i - 1);
        tr.passive = m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0 &&
                     IsPerson(doc_.mentions[static_cast<size_t>(m)].entity);
      }
      // "X was among 20 people arrested": a form of "be", "among", the
      // group, then the participle.
      if (tr.verb && !tr.passive && IsParticipleForm(t_[i + len - 1])) {
        for (size_t k = i; k-- > s.first_token + 1 && k + 5 > i;) {
          if (Is(k, w_.group_preps)) {
            tr.passive = IsBeForm(t_[k - 1].lower);
            break;
          }
          if (t_[k].kind == TokenKind::kPunct || MentionAt(k) >= 0) break;
        }
      }
      // "Iran was hit with new sanctions", "X, who is under EU sanctions":
      // a noun trigger that befalls its clause's subject, as a passive
      // verb's would.
      if (!tr.verb && Undergone(tr)) tr.passive = true;
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

bool EventExtraction::TitleCase(const Sentence& s) const {
  // Every longer word capitalized, three at least, and no closing period.
  constexpr size_t kLongWord = 4;
  size_t words = 0;
  for (size_t k = s.first_token; k < s.end_token; ++k) {
    const Token& w = t_[k];
    if (w.kind != TokenKind::kWord || w.text.size() < kLongWord) continue;
    if (!w.capitalized) return false;
    ++words;
  }
  return words >= 3 && t_[s.end_token - 1].kind == TokenKind::kWord;
}

size_t EventExtraction::NounPhraseStart(const Trigger& tr, bool names) const {
  const auto& s = doc_.sentences[tr.sentence];
  size_t k = tr.first;
  for (size_t n = 0; k > s.first_token && n < 6; ++n) {
    const size_t p = k - 1;
    if (const int m = MentionAt(p); m >= 0) {
      if (!names) break;
      k = doc_.mentions[static_cast<size_t>(m)].first_token;
      continue;
    }
    const Token& w = t_[p];
    const auto [money_b, money_e] = Within(doc_.money, Span{s.span.begin, w.span.end});
    bool money = false;
    for (auto it = money_b; it != money_e; ++it)
      money = money || (it->span.begin <= w.span.begin && it->span.end >= w.span.end);
    if (!money && !Is(p, w_.noun_determiners) && w.tag != "JJ" && w.kind != TokenKind::kNumber)
      break;
    k = p;
  }
  return k;
}

bool EventExtraction::Undergone(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  const size_t k = NounPhraseStart(tr, true);
  if (k <= s.first_token + 1) return false;
  size_t p = k - 1;
  // "X is under sanctions", "who remained under EU sanctions" (not "put
  // four banks under sanctions": those are the object's).
  if (Is(p, w_.undergoing_preps))
    return IsBeForm(t_[p - 1].lower) || sw_.copulas.count(t_[p - 1].lower) > 0;
  if (Is(p, w_.undergone_preps)) {
    --p;
  } else if (Is(p, w_.designation_preps) && p > s.first_token + 1) {
    // "was designated for sanctions", "was singled out for sanctions".
    if (Is(p - 1, w_.designation_preps) && p > s.first_token + 2) --p;
    if (!Is(p - 1, w_.designation_participles)) return false;
    --p;
  } else if (IsPreposition(t_[p].lower)) {
    return false;
  }
  // A passive participle: a form of "be", maybe an adverb, the participle.
  if (MentionAt(p) >= 0 || t_[p].capitalized || !IsParticipleForm(t_[p])) return false;
  for (size_t q = p; q-- > s.first_token && q + 3 > p;) {
    if (IsBeForm(t_[q].lower)) return true;
    if (t_[q].tag != "RB") return false;
  }
  return false;
}

bool EventExtraction::TakesExcludedObject(const Trigger& tr) const {
  const WordSet& excluded = lex_.event_classes[tr.cls].excluded_objects;
  if (excluded.empty()) return false;
  const auto& s = doc_.sentences[tr.sentence];
  size_t k = tr.end;
  // Past an amount and its "in": "$10 million in".
  if (k < s.end_token) {
    const auto [money_b, money_e] = Within(doc_.money, Span{t_[k].span.begin, s.span.end});
    if (money_b != money_e && money_b->span.begin == t_[k].span.begin) {
      k = TokenAt(money_b->span.end - 1) + 1;
      if (k >= s.end_token || !Is(k, w_.payment_preps)) return false;
      ++k;
    }
  }
  // Past an article or a possessive and up to two adjectives: "the
  // humanitarian aid", "his right".
  if (k < s.end_token && (Is(k, w_.articles) || Is(k, lex_.possessive_determiners))) ++k;
  for (size_t n = 0; n < 2 && k + 1 < s.end_token && t_[k].tag == "JJ"; ++n) ++k;
  return k < s.end_token && excluded.count(t_[k].lower) > 0;
}

bool EventExtraction::ReportedFuture(size_t k, const Sentence& s) const {
  // "The bank said (Tuesday) (that) (on Monday) it would lend": the reported
  // clause whose pronoun Subject reads, then "would".
  if (!Is(k, w_.reported_future_modals) || k < s.first_token + 2) return false;
  if (!Is(k - 1, w_.subject_pronouns)) return false;
  size_t v = BeforeDate(k - 2, s.first_token);
  if (Is(v, w_.complementizers) && v > s.first_token) v = BeforeDate(v - 1, s.first_token);
  return Is(v, w_.saying_forms);
}

size_t EventExtraction::PastApposition(size_t k, const Sentence& s) const {
  // A comma, a relative word or a participle ("which took place", "held"),
  // then the closing comma a few words on.
  constexpr size_t kMaxWords = 12;
  if (k + 2 >= s.end_token || t_[k].text != "," ||
      !(Is(k + 1, sw_.clause_relatives) || IsParticipleForm(t_[k + 1]) ||
        Is(k + 1, w_.apposition_openers)))
    return k;
  for (size_t j = k + 2; j < s.end_token && j < k + 2 + kMaxWords; ++j) {
    if (t_[j].kind == TokenKind::kQuote || t_[j].text == ";") return k;
    if (t_[j].text == ",") return j + 1;
  }
  return k;
}

bool EventExtraction::NegatedBeforePlace(const Trigger& tr) const {
  // "did not run in the election", "did not take part in the drills": a
  // negation up to four words before a noun trigger's phrase, then a
  // locative preposition: the negation is the verb's, and the noun's event
  // still happened.
  if (tr.verb) return false;
  const auto& s = doc_.sentences[tr.sentence];
  const size_t start = NounPhraseStart(tr, false);
  const size_t from = start > s.first_token + 4 ? start - 4 : s.first_token;
  bool negated = false;
  for (size_t k = from; k < start; ++k) {
    if (lex_.negations.count(t_[k].lower) > 0) negated = true;
    if (negated && lex_.locative_preps.count(t_[k].lower) > 0) return true;
  }
  return false;
}

bool EventExtraction::ThingAsGuest(const Trigger& tr) const {
  // "A and B welcomed the new budget figures": a verb of hosting whose
  // object is a thing, not a guest.
  if (!tr.verb || tr.passive || !LemmaIn(tr.first, w_.guest_verbs)) return false;
  const auto& s = doc_.sentences[tr.sentence];
  size_t head = SIZE_MAX;
  for (size_t k = tr.end; k < s.end_token && k < tr.end + 6; ++k) {
    if (const int m = MentionAt(k); m >= 0) {
      // "welcome ESRI housing report findings": a name that modifies a
      // common noun is no guest.
      const size_t e = doc_.mentions[static_cast<size_t>(m)].end_token;
      if (e >= s.end_token || t_[e].capitalized || (t_[e].tag != "NN" && t_[e].tag != "NNS"))
        return false;  // a guest named
      k = e - 1;
      continue;
    }
    if (t_[k].kind != TokenKind::kWord || IsPreposition(t_[k].lower)) break;
    if (t_[k].tag == "NN" || t_[k].tag == "NNS") {
      head = k;
    } else if (head != SIZE_MAX) {
      break;
    }
  }
  if (head == SIZE_MAX) return false;
  // "hosted the summit": the noun is the event itself.
  const EventClassInfo& cls = lex_.event_classes[tr.cls];
  if (LemmaIn(head, cls.triggers)) return false;
  return !Is(head, w_.guest_nouns) && lex_.Title(t_[head].lower) == nullptr;
}

bool EventExtraction::Admissible(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  // Where the trigger's noun phrase starts, names aside.
  const size_t np = NounPhraseStart(tr, false);
  // "a rally against the exercises": the exercises are told elsewhere; but
  // "tear gas against the marchers" names the crowd of one.
  if (lex_.crowd_nouns.count(t_[tr.first].lower) == 0) {
    // ... past the noun's article and adjectives ("against the joint drills").
    size_t k = np;
    if (k > s.first_token && Is(k - 1, w_.trigger_determiners)) --k;
    if (k > s.first_token && Is(k - 1, w_.opposition_preps)) return false;
  }
  if (tr.end < s.end_token && lex_.non_events.count(t_[tr.end].lower) > 0) return false;
  // "the head of the election board": a noun trigger that names the body or
  // the people after it.
  if (!tr.verb && tr.end < s.end_token && Is(tr.end, w_.trigger_modified_heads) &&
      !IsParticipleForm(t_[tr.end - 1]))
    return false;
  // "the country's total disbursement": a sum of events, no one event.
  if (!tr.verb && tr.first > s.first_token && Is(tr.first - 1, w_.sum_modifiers)) return false;
  // "an offer of a loan", "calls for sanctions", "threat of arrest", and
  // past a possessor: "a warrant for the general's arrest".
  size_t head = tr.first;
  if (head > s.first_token + 1 && sw_.possessive_markers.count(t_[head - 1].lower) > 0) {
    if (const int m = MentionAt(head - 2); m >= 0)
      head = doc_.mentions[static_cast<size_t>(m)].first_token;
  }
  for (size_t k = head; k-- > s.first_token && k + 4 > head;) {
    if (lex_.non_events.count(t_[k].lower) > 0) return false;
    if (t_[k].kind == TokenKind::kPunct) break;
  }
  // "Authorities denied (reports) that X had been arrested": a negation
  // before the "that" of the clause that holds the trigger.
  for (size_t k = tr.first; k-- > s.first_token + 1 && k + 12 > tr.first;) {
    if (IsClauseBreakPunct(t_[k])) break;
    if (!Is(k, w_.complementizers)) continue;
    for (size_t n = k; n-- > s.first_token && n + 4 > k;) {
      if (lex_.negations.count(t_[n].lower) > 0) return false;
    }
    break;
  }
  // Four words before the trigger's noun phrase ("is seeking a $1 billion
  // loan", "did not approve a new $2 billion loan").
  const size_t start = std::min(head, np);
  const size_t from = start > s.first_token + 4 ? start - 4 : s.first_token;
  for (size_t k = from; k < tr.first; ++k) {
    if (lex_.negations.count(t_[k].lower) > 0 && !NegatedBeforePlace(tr)) return false;
    // "may" is a modal, "May 29" a date.
    if (lex_.modals.count(t_[k].lower) > 0 && !(t_[k].capitalized && k > s.first_token) &&
        !ReportedFuture(k, s))
      return false;
  }
  return true;
}

std::vector<int> EventExtraction::Modifier(const Trigger& tr) const {
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
    if (IsPreposition(t_[k].lower) || Is(k, w_.articles) ||
        sw_.possessive_markers.count(t_[k].lower) > 0)
      break;
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

}  // namespace newskg::internal
