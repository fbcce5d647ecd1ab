// NameRecognizer: what the context says of a run (see name_recognizer.h):
// names of events ("the 43rd Cobra Gold exercises") and titled names
// ("Russian President Vladimir Putin", "opposition leader X").
#include <algorithm>
#include <string>
#include <vector>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {

bool NameRecognizer::NamesEvent(size_t b, size_t e, size_t first, size_t end) const {
  return EventCueBefore(b, first) && EventNounAt(e, end);
}

bool NameRecognizer::EventCueBefore(size_t b, size_t first) const {
  // After a cue ("the", "annual") or a number: "the 43rd Cobra Gold
  // exercises", "2016 Key Resolve drills".
  if (b == first) return false;
  const Token& cue = t_[b - 1];
  const bool number =
      cue.kind == TokenKind::kNumber ||
      (!cue.lower.empty() && std::isdigit(static_cast<unsigned char>(cue.lower[0])));
  return lex_.event_name_cues.count(cue.lower) > 0 || number;
}

void NameRecognizer::CollectEventNames() {
  for (const auto& s : doc_.sentences) {
    size_t i = s.first_token;
    while (i < s.end_token) {
      if (!IsNameAt(i) || InDate(i)) {
        ++i;
        continue;
      }
      size_t e = i + 1;
      while (e < s.end_token && IsNameAt(e) && !InDate(e)) ++e;
      // "Exercise Iron Condor": the name after the opener, alone elsewhere.
      if (const size_t op = EventOpenerAt(i, e); op < e)
        event_names_.insert(JoinTokens(doc_, op + 1, e));
      if (EventCueBefore(i, s.first_token)) {
        // "the Northern Shield exercises", and "the Cold Shield exercise"
        // (one singular noun: an exercise is named so, a meeting is not).
        if (EventNounAt(e, s.end_token) ||
            PhraseLengthAt(w_.exercise_nouns, t_, e, s.end_token) > 0) {
          event_names_.insert(JoinTokens(doc_, i, e));
        } else if (e + 1 < s.end_token && w_.coordinators.count(t_[e].lower) > 0 &&
                   IsNameAt(e + 1)) {
          // "Iron Shield and Sea Lance exercises": both name an event.
          size_t f = e + 2;
          while (f < s.end_token && IsNameAt(f) && !InDate(f)) ++f;
          if (EventNounAt(f, s.end_token)) {
            event_names_.insert(JoinTokens(doc_, i, e));
            event_names_.insert(JoinTokens(doc_, e + 1, f));
          }
        }
      } else if (ExerciseNounAt(i, e, s.first_token, s.end_token) ||
                 DefinedAsExercise(e, s.end_token)) {
        // "Troops joined Steel Falcon exercises": no cue, but a name right
        // before an exercise noun is the exercise's, unless it names a
        // known entity or a people ("Chinese drills").
        size_t from = i;
        while (from + 1 < e && lex_.non_names.count(t_[from].text) > 0) ++from;
        const std::string name = JoinTokens(doc_, from, e);
        if (lex_.Lookup(name) == nullptr && lex_.DemonymCountry(name) == nullptr &&
            lex_.DemonymCountry(t_[from].text) == nullptr)
          event_names_.insert(name);
      }
      i = e;
    }
  }
}

size_t NameRecognizer::EventOpenerAt(size_t b, size_t e) const {
  for (size_t k = b; k + 1 < e; ++k) {
    if (w_.event_name_openers.count(t_[k].text) > 0) return k;
  }
  return e;
}

bool NameRecognizer::EventNounAt(size_t e, size_t end) const {
  if (e >= end || t_[e].kind != TokenKind::kWord || t_[e].capitalized) return false;
  // A plural event noun ("drills", "talks", "protests"), not a verb ("met",
  // "meets"), maybe after one modifier ("war games", "naval drills") that is
  // no verb: in "Kenya's President X held talks" the name is the subject's.
  if (e + 1 < end && t_[e + 1].kind == TokenKind::kWord && !t_[e + 1].capitalized &&
      t_[e].tag.compare(0, 2, "VB") != 0 && t_[e + 1].lower.size() >= 4 &&
      t_[e + 1].lower.back() == 's') {
    for (const auto& cls : lex_.event_classes) {
      for (const auto& phrase : cls.phrase_triggers) {
        if (phrase.size() == 2 && phrase[0] == t_[e].lower && phrase[1] == t_[e + 1].lower)
          return true;
      }
      for (const auto& l : lex_.Lemmas(t_[e + 1].lower)) {
        if (cls.triggers.count(l) > 0 && lex_.IsAdjective(t_[e].lower)) return true;
      }
    }
  }
  const std::string& w = t_[e].lower;
  if (w.size() < 4 || w.back() != 's' || w_.s_verb_forms.count(w) > 0) return false;
  for (const auto& cls : lex_.event_classes) {
    for (const auto& l : lex_.Lemmas(t_[e].lower)) {
      if (cls.triggers.count(l) > 0) return true;
    }
  }
  return false;
}

bool NameRecognizer::ExerciseNounAt(size_t b, size_t e, size_t first, size_t end) const {
  if (e >= end || t_[e].kind != TokenKind::kWord || t_[e].capitalized) return false;
  if (PhraseLengthAt(w_.exercise_nouns, t_, e, end) == 0) return false;
  // A verb only after a name that may be its subject: one opening the
  // sentence or after a capitalized word or a comma; after a lower-case
  // word ("joined Steel Falcon exercises", "during ...") the name is no subject.
  return w_.present_tense_tags.count(t_[e].tag) == 0 ||
         (b > first && t_[b - 1].kind == TokenKind::kWord && !t_[b - 1].capitalized);
}

bool NameRecognizer::DefinedAsExercise(size_t e, size_t end) const {
  // "Dragon Shield is an annual multinational exercise": a copula, an
  // indefinite article, a few lower-case modifiers, an exercise noun.
  if (e + 2 >= end || w_.copulas.count(t_[e].lower) == 0 ||
      w_.indefinite_determiners.count(t_[e + 1].lower) == 0)
    return false;
  constexpr size_t kModifiers = 3;
  for (size_t k = e + 2; k < end && k <= e + 2 + kModifiers; ++k) {
    if (PhraseLengthAt(w_.exercise_nouns, t_, k, end) > 0) return true;
    if (t_[k].kind != TokenKind::kWord || t_[k].capitalized) return false;
  }
  return false;
}

bool NameRecognizer::QuotedDesignation(size_t b, size_t first) const {
  if (b < first + 2 || t_[b - 1].kind != TokenKind::kQuote) return false;
  return lex_.naming_words.count(t_[b - 2].lower) > 0;
}

void NameRecognizer::EmitTitled(size_t title_b, size_t name_b, size_t e, const std::string& title,
                                int modifier, size_t si, size_t run_b) {
  const TitleInfo* info = lex_.Title(title);
  const int pm = AddMention(name_b, e, EntityType::kPerson, MentionKind::kName, si);
  TitledName tn;
  tn.person_mention = static_cast<size_t>(pm);
  tn.title = title;
  tn.leader = info != nullptr && info->leader;
  // "Former Prime Minister Imran Khan", "the late king": no longer in office.
  for (size_t q = std::min(title_b, run_b) > 0 ? std::min(title_b, run_b) - 1 : 0; q < title_b;
       ++q) {
    tn.former = tn.former || w_.former_words.count(t_[q].lower) > 0;
  }
  // "former Malian president X": before the title's demonym too.
  if (const size_t q = std::min(title_b, run_b); !tn.former && q >= 2 &&
                                                 t_[q - 1].sentence == t_[q - 2].sentence &&
                                                 lex_.DemonymCountry(t_[q - 1].text) != nullptr)
    tn.former = w_.former_words.count(t_[q - 2].lower) > 0;
  // "Pakistan's Prime Minister Shehbaz Sharif": possessive modifier before the title.
  if (modifier < 0 && run_b == title_b && title_b >= 2 &&
      w_.possessive_markers.count(t_[title_b - 1].lower) > 0) {
    for (int mi = static_cast<int>(doc_.mentions.size()) - 1; mi >= 0; --mi) {
      const Mention& m = doc_.mentions[static_cast<size_t>(mi)];
      if (m.end_token == title_b - 1) {
        if (m.type == EntityType::kCountry || m.type == EntityType::kOrganization) modifier = mi;
        break;
      }
      if (m.end_token < title_b - 1) break;
    }
  }
  tn.modifier_mention = modifier;
  layer_.titles.push_back(tn);
}

size_t NameRecognizer::PastTitleDomain(size_t b, size_t e) const {
  // "Commissioner for Economy Paolo Gentiloni", "Minister of Trade Kemi
  // Badenoch", "Minister of the Interior X": the title's domain, common
  // words after the title and "for" or "of" (and "the"), is no part of the
  // name after it.
  // "led by Minister of Foreign Affairs X": the run opens with the title,
  // its preposition inside the run.
  if (const size_t d = DomainAfterOpeningTitle(b, e); d != b && d + 1 < e) {
    const size_t p = PastTitleDomain(d, e);
    return p != d ? p : b;
  }
  size_t domain_prep = b >= 1 ? b - 1 : 0;
  if (domain_prep >= 2 && w_.definite_articles.count(t_[domain_prep].lower) > 0 &&
      w_.title_domain_preps.count(t_[domain_prep - 1].lower) > 0)
    --domain_prep;
  if (b < 2 || e - b < 3 || w_.title_domain_preps.count(t_[domain_prep].lower) == 0 ||
      lex_.Lookup(JoinTokens(doc_, b, e)) != nullptr)
    return b;
  bool titled = false;
  for (size_t j = domain_prep; j-- > 0 && j + lex_.MaxTitleWords() + 1 >= domain_prep && !titled;)
    titled = TitleAt(j, domain_prep, nullptr) == domain_prep - j;
  // The name: a given name, or a word no dictionary knows, with a word after
  // it. After "the", only a portfolio ("of the Interior"): "head of the
  // Philippine Department of Defense" names a body.
  const bool after_the = domain_prep + 1 < b;
  for (size_t p = b + 1; titled && p + 1 < e; ++p) {
    if (!IsCommon(t_[p - 1].lower) || lex_.Lookup(t_[p - 1].text) != nullptr) break;
    if (after_the && w_.portfolio_words.count(t_[p - 1].lower) == 0) break;
    if (lex_.IsGivenName(t_[p].text) || !IsCommon(t_[p].lower)) return p;
  }
  return b;
}

size_t NameRecognizer::DomainAfterOpeningTitle(size_t b, size_t e) const {
  const size_t tl = TitleAt(b, e, nullptr);
  if (tl == 0 || b + tl + 1 >= e || w_.title_domain_preps.count(t_[b + tl].lower) == 0) return b;
  size_t d = b + tl + 1;
  if (w_.definite_articles.count(t_[d].lower) > 0) ++d;
  return d < e ? d : b;
}

bool NameRecognizer::TitleDomainAt(size_t b, size_t e, size_t first) const {
  // The run opens with the title ("met the Minister of Finance").
  if (const size_t d = DomainAfterOpeningTitle(b, e); d != b) {
    bool all = true;
    for (size_t k = d; k < e && all; ++k) all = w_.portfolio_words.count(t_[k].lower) > 0;
    if (all) return true;
  }
  if (b < first + 2) return false;
  for (size_t k = b; k < e; ++k) {
    if (w_.portfolio_words.count(t_[k].lower) == 0) return false;
  }
  // After another domain and a comma or "and" ("Foreign, Commonwealth and
  // Development Affairs").
  const bool joined = w_.coordinators.count(t_[b - 1].lower) > 0 || t_[b - 1].text == ",";
  if (joined && (domain_end_ == b - 1 || (domain_end_ == b - 2 && t_[b - 2].text == "," &&
                                          w_.coordinators.count(t_[b - 1].lower) > 0)))
    return true;
  // After a title and "for" or "of".
  if (w_.title_domain_preps.count(t_[b - 1].lower) == 0) return false;
  for (size_t j = b - 1; j-- > first && j + lex_.MaxTitleWords() + 1 >= b;) {
    if (TitleAt(j, b - 1, nullptr) == b - 1 - j) return true;
  }
  return false;
}

bool NameRecognizer::LowercaseTitled(size_t b, size_t e, size_t si, size_t sent_first) {
  // The longest lower-case title that ends right before the name
  // ("president", "chief executive").
  const TitleInfo* info = nullptr;
  std::string title;
  size_t title_b = b;
  for (size_t n = std::min(lex_.MaxTitleWords(), b - sent_first); n >= 1 && title_b == b; --n) {
    bool lower = true;
    for (size_t k = b - n; k < b && lower; ++k)
      lower = !t_[k].capitalized && t_[k].kind == TokenKind::kWord;
    if (lower && lex_.TitleAt(t_, b - n, b, &info, &title) == n) title_b = b - n;
  }
  if (title_b == b || info->kind == "honorific") return false;
  // "by 4 pm Tomas Halvorsen had left": after a number, a time of day.
  if (title_b > sent_first && t_[title_b - 1].kind == TokenKind::kNumber) return false;
  EntityType ty;
  std::string canon;
  if (Classify(b, e, ty, canon) && ty != EntityType::kPerson) return false;
  int modifier = -1;
  if (title_b >= sent_first + 1 && !doc_.mentions.empty()) {
    Mention& prev = doc_.mentions.back();
    // "Norvex president Daniel Okafor": one word right before a leader's
    // title is what the person leads, even where a list of people made it
    // look like one of them ("A and Norvex president B"), unless it is a
    // given name.
    if (prev.end_token == title_b && prev.type == EntityType::kPerson && info->leader &&
        prev.first_token + 1 == prev.end_token && !lex_.IsGivenName(prev.text)) {
      prev.type = EntityType::kOrganization;
    }
    if (prev.end_token == title_b &&
        (prev.type == EntityType::kOrganization || prev.type == EntityType::kCountry)) {
      modifier = static_cast<int>(doc_.mentions.size() - 1);
    }
  }
  EmitTitled(title_b, b, e, title, modifier, si, title_b);
  return true;
}

bool NameRecognizer::OccupationOpens(size_t b, size_t e, size_t sent_first) const {
  const bool opens =
      b == sent_first || (b == sent_first + 1 && t_[sent_first].kind == TokenKind::kQuote);
  if (!opens || e - b < 2 || !t_[b].capitalized || t_[b].all_caps) return false;
  const std::string& w = t_[b].lower;
  // "Opposition People's Democratic Party candidate X": a word that
  // qualifies organizations before one's name of two words or more.
  // Else, as "Incumbent Carlos Mena", a noun for a person may describe him.
  if (w_.org_modifiers.count(w) > 0 && e - b >= 3) {
    EntityType type;
    std::string canonical;
    if (Classify(b + 1, e, type, canonical) && type == EntityType::kOrganization) return true;
  }
  if (w_.occupation_nouns.count(w) == 0 && lex_.person_nouns.count(w) == 0 &&
      lex_.candidate_nouns.count(w) == 0)
    return false;
  if (lex_.Title(w) != nullptr || lex_.IsGivenName(t_[b].text)) return false;
  // "Student Union", a name known whole: the word is the name's own.
  if (lex_.Lookup(JoinTokens(doc_, b, e)) != nullptr) return false;
  EntityType type;
  std::string canonical;
  if (Classify(b, e, type, canonical) && type != EntityType::kPerson) return false;
  return !IsCommon(t_[b + 1].lower) || lex_.IsGivenName(t_[b + 1].text);
}

bool NameRecognizer::PersonNounBefore(size_t b, size_t sent_first) const {
  if (b <= sent_first) return false;
  // "Ms. Ruiz", "Mr. Musk": a title abbreviated with its period.
  if (b >= sent_first + 2 && t_[b - 1].text == "." && !t_[b - 1].space_before &&
      (lex_.Title(t_[b - 2].lower + ".") != nullptr ||
       w_.title_abbreviations.count(t_[b - 2].text) > 0))
    return true;
  const std::string& prev = t_[b - 1].lower;
  return lex_.Title(prev) != nullptr || lex_.person_nouns.count(prev) > 0 ||
         lex_.candidate_nouns.count(prev) > 0 || w_.occupation_nouns.count(prev) > 0;
}

bool NameRecognizer::PlaceAfterPrep(size_t b, size_t e, size_t from, size_t end) const {
  size_t f = from;
  while (f < end && IsNameAt(f)) ++f;
  if (f == from) return false;
  const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, from, f));
  if (g == nullptr || !g->IsPlace()) return false;
  while (b + 1 < e && lex_.non_names.count(t_[b].text) > 0) ++b;  // "The"
  return lex_.Lookup(JoinTokens(doc_, b, f)) == nullptr;
}

bool NameRecognizer::TitleOfTheBody(size_t b, size_t e, size_t si, size_t sent_first) {
  if (e - b < 3 || b < sent_first + 3 || w_.definite_articles.count(t_[b - 1].lower) == 0 ||
      w_.head_of_preps.count(t_[b - 2].text) == 0)
    return false;
  // The title ending right before "of".
  const size_t of = b - 2;
  std::string title;
  size_t title_b = of;
  for (size_t n = std::min(lex_.MaxTitleWords(), of - sent_first); n >= 1 && title_b == of; --n) {
    if (TitleAt(of - n, of, &title) == n) title_b = of - n;
  }
  if (title_b == of) return false;
  const TitleInfo* info = lex_.Title(title);
  if (info == nullptr || info->kind == "honorific") return false;
  // The longest organization's name that leaves a person's: two words or
  // more, the first a given name or no common word, none an organization's.
  // The organization's name ends in its organization word, or in the state
  // or place after its "of", or is one the gazetteer knows.
  for (size_t k = e - 2; k > b; --k) {
    EntityType type;
    std::string canonical;
    if (!Classify(b, k, type, canonical) || type != EntityType::kOrganization) continue;
    bool of_place = false;
    for (size_t q = b + 1; q + 1 < k && !of_place; ++q) {
      if (w_.head_of_preps.count(t_[q].text) == 0) continue;  // look up only after "of"
      const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, q + 1, k));
      of_place = g != nullptr && g->IsPlace();
    }
    if (!of_place && lex_.org_suffixes.count(t_[k - 1].text) == 0 &&
        lex_.Lookup(JoinTokens(doc_, b, k)) == nullptr)
      continue;
    // "the Kenya Law Society Faith Odhiambo": after an organization's word,
    // a common word opens the person's name that a word no dictionary or
    // gazetteer knows ends.
    const bool after_org_word =
        lex_.org_suffixes.count(t_[k - 1].text) > 0 && k + 1 < e && !IsCommon(t_[e - 1].lower) &&
        lex_.Lookup(t_[e - 1].text) == nullptr && lex_.Lookup(t_[k].text) == nullptr;
    if (!t_[k].capitalized || lex_.name_connectors.count(t_[k].lower) > 0 ||
        (!lex_.IsGivenName(t_[k].text) && !after_org_word &&
         (IsCommon(t_[k].lower) || lex_.Lookup(t_[k].text))))
      continue;
    bool org_word = false;
    for (size_t q = k; q < e; ++q) org_word = org_word || lex_.org_suffixes.count(t_[q].text) > 0;
    if (org_word) return false;
    EntityType whole;
    std::string whole_canon;
    if (lex_.Lookup(JoinTokens(doc_, k, e)) != nullptr ||
        (Classify(k, e, whole, whole_canon) && whole != EntityType::kPerson))
      return false;
    const int body = AddMention(b, k, type, MentionKind::kName, si, canonical, LoneOrgWord(b, k));
    EmitTitled(title_b, k, e, title, body, si, title_b);
    return true;
  }
  return false;
}

namespace {

// Whether the letters of `acronym` from `at` on are the words of `words`
// from `w` on: each capitalized word gives the first one or more of its
// letters, a lower-case word ("of", "and") its first letter or none.
bool SpellsAcronym(const std::vector<const Token*>& words, size_t w, const std::string& acronym,
                   size_t at) {
  if (w == words.size()) return at == acronym.size();
  const std::string& text = words[w]->text;
  if (!words[w]->capitalized && SpellsAcronym(words, w + 1, acronym, at)) return true;
  for (size_t n = 1; n <= text.size() && at + n <= acronym.size(); ++n) {
    const char c = text[n - 1];
    if (c < 'A' || (c > 'Z' && c < 'a') || c > 'z') break;
    if ((c & ~0x20) != acronym[at + n - 1]) break;
    if (SpellsAcronym(words, w + 1, acronym, at + n)) return true;
  }
  return false;
}

}  // namespace

bool NameRecognizer::AcronymOf(size_t b, size_t e, const std::string& acronym) const {
  std::vector<const Token*> words;
  for (size_t k = b; k < e; ++k) {
    if (t_[k].kind != TokenKind::kWord) return false;
    words.push_back(&t_[k]);
  }
  return words.size() >= 2 && words.size() <= 12 && SpellsAcronym(words, 0, acronym, 0);
}

size_t NameRecognizer::AcronymSpanEnd(size_t b, size_t e, size_t end) const {
  // A lower-case connector, or a capitalized word that names nothing alone
  // ("Co-operation").
  if (t_[e].kind != TokenKind::kWord ||
      (!t_[e].capitalized && lex_.name_connectors.count(t_[e].lower) == 0 &&
       w_.org_name_preps.count(t_[e].lower) == 0))
    return 0;
  // Not after a whole organization's name ("the Halvor Group and Vantor
  // Mills (HGVM)").
  if (w_.coordinators.count(t_[e].lower) > 0 && lex_.org_suffixes.count(t_[e - 1].text) > 0)
    return 0;
  size_t k = e;
  // Names, capitalized words, and lower-case connectors, prepositions of
  // names and articles between them.
  auto spans = [&](size_t at) {
    if (IsNameAt(at)) return true;
    if (t_[at].kind != TokenKind::kWord) return false;
    const std::string& w = t_[at].lower;
    return t_[at].capitalized || (t_[at].text == w && (lex_.name_connectors.count(w) > 0 ||
                                                       w_.org_name_preps.count(w) > 0 ||
                                                       w_.definite_articles.count(w) > 0));
  };
  while (k < end && k < b + 14 && spans(k)) ++k;
  if (k + 2 >= end || !IsNameAt(k - 1) || t_[k].text != "(" || t_[k + 2].text != ")" ||
      !t_[k + 1].all_caps || t_[k + 1].text.size() < 3)
    return 0;
  size_t from = b;  // past "The"
  while (from + 1 < k && lex_.non_names.count(t_[from].text) > 0) ++from;
  return AcronymOf(from, k, t_[k + 1].text) ? k : 0;
}

bool NameRecognizer::AndGoesOn(size_t b, size_t e, size_t f) const {
  if (w_.coordinators.count(t_[e].lower) == 0 || t_[e].text != t_[e].lower) return false;
  // Common words of a domain after an organization's word and "of" or
  // "for", on both sides of the connector, the last no organization's word.
  auto common = [&](size_t from, size_t to) {
    if (to <= from || to - from > 3) return false;
    for (size_t k = from; k < to; ++k) {
      if (!t_[k].capitalized || !IsCommon(t_[k].lower) || lex_.Lookup(t_[k].text) != nullptr)
        return false;
    }
    return true;
  };
  if (lex_.org_suffixes.count(t_[f - 1].text) > 0 || !common(e + 1, f)) return false;
  for (size_t k = b + 1; k + 1 < e; ++k) {
    if (w_.org_name_preps.count(t_[k].text) > 0 &&
        (lex_.org_suffixes.count(t_[k - 1].text) > 0 || lex_.org_heads.count(t_[k - 1].text) > 0))
      return common(k + 1, e);
  }
  return false;
}

size_t NameRecognizer::ParticlesBefore(size_t i, size_t first) const {
  auto particle = [&](size_t k) {
    return t_[k].kind == TokenKind::kWord && t_[k].text == t_[k].lower &&
           w_.surname_particles.count(t_[k].lower) > 0;
  };
  size_t n = 0;
  while (n < 2 && i >= first + n + 2 && particle(i - n - 1)) ++n;
  for (; n > 0; --n) {
    size_t k = i - n - 1;  // the title, or the period of its abbreviation
    if (t_[k].text == "." && k > first) --k;
    if (t_[k].capitalized && lex_.Title(t_[k].lower) != nullptr) return n;
  }
  return 0;
}

}  // namespace newskg::internal
