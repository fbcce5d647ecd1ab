// QuoteFinder (internal/quote_finder.h): who a word or phrase that speaks
// stands for, and the subject of a verb of saying.
#include <algorithm>
#include <string>

#include "base/base.h"
#include "extract/internal/clauses.h"
#include "extract/internal/quote_finder.h"

namespace newskg::internal {

bool QuoteFinder::PhrasalSpeech(size_t k) const {
  if (k + 1 >= t_.size() || t_[k + 1].kind != TokenKind::kWord) return false;
  for (const auto& lemma : lex_.Lemmas(t_[k].lower)) {
    const auto it = w_.speech_particles.find(std::string(std::string_view(lemma)));
    if (it != w_.speech_particles.end() && it->second.count(t_[k + 1].lower) > 0) return true;
  }
  return false;
}

bool QuoteFinder::IsSpeech(size_t k) const {
  if (t_[k].kind != TokenKind::kWord) return false;
  // "States" in "United States" is a name, not "state".
  if (doc_.mention_at[k] >= 0 || (t_[k].capitalized && k > 0 && t_[k - 1].kind == TokenKind::kWord))
    return false;
  if (!lex_.AnyLemmaIn(t_[k].lower, lex_.speech_verbs) && !PhrasalSpeech(k)) return false;
  // Used as a noun: "with shouts of", "a statement"; not a verb's base
  // form after its subject's verb ("went on to say"; not "urged his rivals
  // to say", which someone else is to say).
  const bool infinitive = t_[k].tag == "VB" && k > 1 && t_[k - 2].tag.rfind("NN", 0) != 0 &&
                          t_[k - 2].tag.rfind("PRP", 0) != 0;
  if (k > 0 && !infinitive && w_.noun_openers.count(t_[k - 1].lower) > 0 &&
      w_.coordinators.count(t_[k - 1].lower) == 0)
    return false;
  // Before "of" a noun ("shouts of"), but for a finite verb that says of
  // its object ("...," Ruiz said of her rival; "has warned of").
  if (k + 1 < t_.size() && w_.head_of_preps.count(t_[k + 1].lower) > 0) {
    const std::string& tag = t_[k].tag;
    const bool finite =
        w_.past_tense_tags.count(tag) > 0 || w_.present_tense_tags.count(tag) > 0 ||
        (tag == "VBN" && k > 0 && w_.perfect_auxiliaries.count(t_[k - 1].lower) > 0);
    const auto& lemmas = lex_.Lemmas(t_[k].lower);
    if (!finite || std::none_of(lemmas.begin(), lemmas.end(), [&](const Word& l) {
          return w_.speech_of_verbs.count(std::string_view(l)) > 0;
        }))
      return false;
  }
  // "would continue working", "kept insisting": an aspect verb before a gerund.
  if (k + 1 < t_.size() && t_[k + 1].tag == "VBG") return false;
  return true;
}

size_t QuoteFinder::PastAbbreviatedTitles(size_t j, size_t limit) const {
  while (j + 2 < limit && t_[j].kind == TokenKind::kWord && t_[j + 1].text == "." &&
         !t_[j + 1].space_before && doc_.mention_at[j] < 0 &&
         (w_.title_abbreviations.count(t_[j].text) > 0 || lex_.Title(t_[j].lower + ".") != nullptr))
    j += 2;
  return j;
}

size_t QuoteFinder::VerbAfterSpeaker(size_t after) const {
  size_t v = after;
  bool document = after > 0 && lex_.statement_nouns.count(t_[after - 1].lower) > 0;
  if (v + 2 < t_.size() && w_.possessive_markers.count(t_[v].lower) > 0 &&
      lex_.statement_nouns.count(t_[v + 1].lower) > 0) {
    document = true;
    v += 2;
  }
  if (v < t_.size() && w_.perfect_auxiliaries.count(t_[v].lower) > 0) ++v;
  if (v + 1 < t_.size() && t_[v].tag == "RB" && t_[v].kind == TokenKind::kWord &&
      !t_[v].capitalized && doc_.mention_at[v] < 0)
    ++v;
  if (v >= t_.size()) return std::string::npos;
  return IsSpeech(v) || (document && lex_.document_verbs.count(t_[v].lower) > 0)
             ? v
             : std::string::npos;
}

int QuoteFinder::SpeakerAt(size_t k) const {
  const int m = doc_.mention_at[k];
  if (m >= 0) {
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    if (mm.kind == MentionKind::kDemonym) return -1;
    return mm.entity;
  }
  if (w_.personal_pronouns.count(t_[k].lower) > 0) return Antecedent(k);
  // "Making it clear that ...": "it" after a verb is its object, no speaker.
  if (w_.org_pronouns.count(t_[k].lower) > 0 && !(k > 0 && t_[k - 1].tag.rfind("VB", 0) == 0))
    return OrganizationAntecedent(k);
  // "the Canadian communique stated": the state of the statement's people.
  if (lex_.statement_nouns.count(t_[k].lower) > 0)
    return VerbAfterSpeaker(k + 1) != std::string::npos ? StateOfBody(k) : -1;
  if (w_.public_body_nouns.count(t_[k].lower) == 0) return RoleHolder(k);
  // "the government" right after its article; "the Chilean government".
  // "the foreign ministry", "the ministry": lower-case modifiers right
  // after the article.
  size_t b = k;
  while (b > 0 && b + 3 > k && t_[b - 1].kind == TokenKind::kWord && !t_[b - 1].capitalized &&
         doc_.mention_at[b - 1] < 0 && !in_quote_[b - 1] &&
         w_.definite_articles.count(t_[b - 1].lower) == 0)
    --b;
  if (b > 0 && w_.definite_articles.count(t_[b - 1].lower) > 0) {
    if (const int e = BodyAntecedent(k, b); e >= 0 || b == k) return e;
  }
  return StateOfBody(k);
}

size_t QuoteFinder::ModifiersStart(size_t noun) const {
  size_t i = noun;
  while (i > 0 && i + 3 > noun && t_[i - 1].kind == TokenKind::kWord && !t_[i - 1].capitalized &&
         doc_.mention_at[i - 1] < 0 && !in_quote_[i - 1])
    --i;
  return i;
}

int QuoteFinder::StateOfBody(size_t k) const {
  // "the Chilean government", "the Kenyan foreign ministry": the state its
  // people's word names, after "the" (up to two lower-case modifiers between).
  const size_t i = ModifiersStart(k);
  if (i < 2 || w_.definite_articles.count(t_[i - 2].lower) == 0) return -1;
  const int m = doc_.mention_at[i - 1];
  if (m < 0) return -1;
  const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
  if (mm.kind != MentionKind::kDemonym || mm.entity < 0) return -1;
  return doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kCountry ? mm.entity
                                                                                    : -1;
}

int QuoteFinder::BodyAntecedent(size_t k, size_t first) const {
  const size_t sentence = t_[k].sentence;
  const size_t modifiers = k - first;
  for (size_t j = k - 1; j-- > 0 && t_[j].sentence + 5 >= sentence;) {
    if (in_quote_[j] || t_[j].lower != t_[k].lower || j < modifiers) continue;
    // The same modifiers before it, in any case ("Foreign Ministry").
    bool same = true;
    for (size_t n = 1; n <= modifiers && same; ++n) same = t_[j - n].lower == t_[k - n].lower;
    if (!same) continue;
    // Back over up to two lower-case modifiers ("foreign") and a possessive.
    size_t i = ModifiersStart(j);
    if (i > 0 && w_.possessive_markers.count(t_[i - 1].lower) > 0) --i;
    if (i == 0) continue;
    const int m = doc_.mention_at[i - 1];
    if (m < 0) continue;
    const int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (e < 0) continue;
    const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
    if (ty == EntityType::kCountry || ty == EntityType::kOrganization) return e;
  }
  return -1;
}

int QuoteFinder::OrganizationAntecedent(size_t k) const {
  const size_t sentence = t_[k].sentence;
  for (size_t j = k; j-- > 0 && t_[j].sentence + 2 >= sentence;) {
    if (in_quote_[j]) continue;
    const int m = doc_.mention_at[j];
    if (m < 0) continue;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    if (mm.entity >= 0 &&
        doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kOrganization)
      return mm.entity;
  }
  return -1;
}

int QuoteFinder::Antecedent(size_t k) const {
  for (size_t j = k; j-- > 0;) {
    if (in_quote_[j]) continue;
    const int m = doc_.mention_at[j];
    if (m < 0) continue;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    if (mm.entity >= 0 &&
        doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kPerson) {
      return mm.entity;
    }
  }
  return -1;
}

int QuoteFinder::TitledPersonAfter(size_t end, size_t limit) const {
  size_t k = end;
  if (k < limit && w_.possessive_markers.count(t_[k].lower) > 0) ++k;
  size_t title_end = 0;
  // Lower-case words and titles, capitalized or not ("Hamas official",
  // "Treasury Secretary", "Interior Minister").
  for (size_t w = k; w < limit && w < k + 4; ++w) {
    if (t_[w].kind != TokenKind::kWord) break;
    if (const size_t n = lex_.TitleAt(t_, w, limit, nullptr, nullptr); n > 0) {
      title_end = w + n;
      w += n - 1;
      continue;
    }
    if (lex_.person_nouns.count(t_[w].lower) > 0 && !t_[w].capitalized) {
      title_end = w + 1;
      continue;
    }
    if (t_[w].capitalized) break;
  }
  if (title_end == 0) return -1;
  size_t p = title_end;
  // "Country Director for Kenya X": past the title's domain.
  if (p + 1 < limit && w_.title_domain_preps.count(t_[p].lower) > 0) {
    if (const int m = doc_.mention_at[p + 1];
        m >= 0 && doc_.mentions[static_cast<size_t>(m)].first_token == p + 1)
      p = doc_.mentions[static_cast<size_t>(m)].end_token;
  }
  if (p < limit && t_[p].text == ",") ++p;
  for (size_t q = p; q < limit && q < p + 2; ++q) {
    const int person = SpeakerAt(q);
    if (person >= 0 && doc_.entities[static_cast<size_t>(person)].type == EntityType::kPerson)
      return person;
  }
  return -1;
}

bool QuoteFinder::TitleApposition(size_t first, size_t end) const {
  if (end < first + 2 || (w_.definite_articles.count(t_[first].lower) == 0 &&
                          w_.indefinite_determiners.count(t_[first].lower) == 0))
    return false;
  auto person_noun = [&](size_t k) {
    return doc_.mention_at[k] < 0 &&
           (lex_.Title(t_[k].lower) != nullptr || lex_.person_nouns.count(t_[k].lower) > 0);
  };
  size_t head = 0;  // the title or person noun, the last one before a preposition or the end
  for (size_t k = first + 1; k < end; ++k) {
    const Token& w = t_[k];
    if (in_quote_[k]) return false;
    if (doc_.mention_at[k] >= 0) continue;  // "a spokesman for the Peace and Justice Party"
    if (w_.clause_relatives.count(w.lower) > 0 || w_.coordinators.count(w.lower) > 0 ||
        w_.past_tense_tags.count(w.tag) > 0 || w_.present_tense_tags.count(w.tag) > 0)
      return false;
    if (w.kind != TokenKind::kWord && w_.possessive_markers.count(w.lower) == 0) return false;
    if (person_noun(k) && (k + 1 == end || lex_.prepositions.count(t_[k + 1].lower) > 0)) head = k;
  }
  if (head == 0) return false;
  // After the head, at most its prepositional phrase: "a senior official
  // with the party", "the head of the Unity Party".
  return head + 1 == end || head + 2 < end;
}

bool QuoteFinder::DomainOfTitle(size_t first) const {
  size_t b = first;
  if (b > 0 && w_.definite_articles.count(t_[b - 1].lower) > 0) --b;
  if (b < 2 || w_.title_domain_preps.count(t_[b - 1].lower) == 0) return false;
  const Token& head = t_[b - 2];
  // The title may be an epithet's ("the leader of the X party").
  const int hm = doc_.mention_at[b - 2];
  return head.kind == TokenKind::kWord &&
         (hm < 0 || doc_.mentions[static_cast<size_t>(hm)].kind == MentionKind::kEpithet) &&
         (lex_.Title(head.lower) != nullptr || lex_.person_nouns.count(head.lower) > 0);
}

int QuoteFinder::QuotedAsSaying(size_t k, size_t limit, int subject) const {
  if (k + 1 < limit && lex_.passive_auxiliaries.count(t_[k].lower) > 0) ++k;  // "was quoted"
  if (k >= limit || t_[k].capitalized) return -1;
  const auto& lemmas = lex_.Lemmas(t_[k].lower);
  if (std::none_of(lemmas.begin(), lemmas.end(),
                   [&](const std::string& l) { return w_.quoting_verbs.count(l) > 0; }))
    return -1;
  int speaker = subject;
  for (size_t j = k + 1; j + 1 < limit && j < k + 8; ++j) {
    if (t_[j].kind == TokenKind::kPunct) break;
    if (w_.quoted_as_preps.count(t_[j].lower) > 0) return IsSpeech(j + 1) ? speaker : -1;
    if (const int other = SpeakerAt(j); other >= 0) speaker = other;
  }
  return -1;
}

size_t QuoteFinder::BodySpeaksFor(int entity, size_t possessive) const {
  if (possessive + 2 >= t_.size() || w_.possessive_markers.count(t_[possessive].lower) == 0)
    return std::string::npos;
  size_t v = possessive + 1;
  auto says = [&](size_t k) {
    return IsSpeech(k) || (lex_.document_verbs.count(t_[k].lower) > 0 &&
                           lex_.statement_nouns.count(t_[possessive + 1].lower) > 0);
  };
  while (v < t_.size() && v < possessive + 4 && t_[v].kind == TokenKind::kWord &&
         !t_[v].capitalized && !says(v))
    ++v;
  if (v == possessive + 1 || v >= t_.size() || !says(v)) return std::string::npos;
  size_t h = v - 1;  // the head, before an adverb ("statement further stated")
  if (h > possessive + 1 && t_[h].tag == "RB") --h;
  const std::string& head = t_[h].lower;
  // "Diallo's statement said", "the ministry's statement read": the possessor's words.
  if (lex_.statement_nouns.count(head) > 0) return v;
  const bool body =
      doc_.entities[static_cast<size_t>(entity)].type == EntityType::kPerson
          ? lex_.entourage_nouns.count(head) > 0 || w_.party_nouns.count(head) > 0
          : lex_.org_nouns.count(head) > 0 || lex_.org_suffixes.count(TitleCase(head)) > 0;
  return body ? v : std::string::npos;
}

int QuoteFinder::BodySpeaker(int entity, size_t said) const {
  if (w_.party_nouns.count(t_[said - 1].lower) == 0 ||
      doc_.entities[static_cast<size_t>(entity)].type != EntityType::kPerson)
    return entity;
  for (const Relation& r : doc_.relations) {
    if (r.subject == entity && r.property == "leaderOf" &&
        doc_.entities[static_cast<size_t>(r.object)].type == EntityType::kOrganization)
      return r.object;
  }
  return -1;
}

void QuoteFinder::PrepareSentence(const Sentence& s) const {
  std::vector<bool>& skip = skip_;
  if (skip.size() < t_.size()) skip.assign(t_.size(), false);
  for (size_t k = s.first_token; k < s.end_token; ++k) skip[k] = false;
  internal::MarkRelativeClauses(doc_, s, w_, skip);
}

int QuoteFinder::SubjectBefore(size_t v, const Sentence& s) const {
  const std::vector<bool>& skip = skip_;
  // "North Korea, which called the drills \"...\"": the verb of a relative
  // clause with no subject of its own speaks for the name it hangs from.
  if (skip[v]) {
    size_t r = v;
    while (r > s.first_token && skip[r - 1]) --r;
    bool own_subject = false;
    for (size_t k = r; k < v; ++k) own_subject = own_subject || doc_.mention_at[k] >= 0;
    if (!own_subject && r > s.first_token + 1 && t_[r - 1].text == "," &&
        doc_.mention_at[r - 2] >= 0) {
      if (const int sp = SpeakerAt(r - 2); sp >= 0) return sp;
    }
  }
  // "a European Parliament resolution that condemned the ballot as
  // \"...\"": a document's relative clause speaks for the body named
  // before the document.
  if (v > s.first_token + 2 && w_.document_relatives.count(t_[v - 1].lower) > 0 &&
      lex_.statement_nouns.count(t_[v - 2].lower) > 0 && doc_.mention_at[v - 3] >= 0) {
    if (const int sp = SpeakerAt(v - 3); sp >= 0) return sp;
  }
  // "Ana Ortiz, the secretary of state for ..., said": the name before
  // the apposition that ends at the verb.
  size_t verb = v;
  if (verb > s.first_token && t_[verb - 1].tag.rfind("VB", 0) == 0) --verb;  // "has said"
  if (verb > s.first_token + 1 && t_[verb - 1].text == ",") {
    int earliest = -1;  // the apposition's first comma: names inside it are no subject
    for (size_t c = verb - 1; c-- > s.first_token + 1 && c + 30 > verb;) {
      if (in_quote_[c] || IsClauseStop(c)) break;
      if (t_[c].text != ",") continue;
      const int sp = SpeakerAt(c - 1);
      if (sp < 0 || doc_.mention_at[c - 1] < 0) continue;
      const EntityType ty = doc_.entities[static_cast<size_t>(sp)].type;
      // "The head of the Election Board, Samuel Okoro, said": a body that
      // is the domain of a title describes the person in apposition after
      // it, who speaks.
      if (ty != EntityType::kPerson && doc_.mention_at[c + 1] >= 0 &&
          DomainOfTitle(doc_.mentions[static_cast<size_t>(doc_.mention_at[c - 1])].first_token)) {
        const Mention& pm = doc_.mentions[static_cast<size_t>(doc_.mention_at[c + 1])];
        if (pm.first_token == c + 1 && pm.entity >= 0 && pm.end_token < verb &&
            t_[pm.end_token].text == "," &&
            doc_.entities[static_cast<size_t>(pm.entity)].type == EntityType::kPerson) {
          earliest = pm.entity;
          continue;
        }
      }
      if (ty == EntityType::kPerson || ty == EntityType::kOrganization) earliest = sp;
    }
    if (earliest >= 0) return earliest;
  }
  // "Omar Haddad, a senior official of the party told": an apposition
  // that runs into the verb with no comma follows its person.
  for (size_t c = verb; c-- > s.first_token + 1 && c + 14 > verb;) {
    if (in_quote_[c] || IsClauseStop(c)) break;
    if (t_[c].text != ",") continue;
    const int m = doc_.mention_at[c - 1];
    if (m < 0 || !TitleApposition(c + 1, verb)) break;
    const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
    // The object of a finite verb in the same clause is no subject:
    // "Police arrested Omar Haddad, a party official said" is an unnamed
    // official's word.
    for (size_t k = mm.first_token; k-- > s.first_token;) {
      if (t_[k].kind != TokenKind::kWord || IsClauseStop(k)) break;
      if (w_.past_tense_tags.count(t_[k].tag) > 0 || w_.present_tense_tags.count(t_[k].tag) > 0)
        return -1;
    }
    if (mm.entity >= 0 && doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kPerson)
      return mm.entity;
    break;
  }
  for (size_t j = v; j-- > s.first_token;) {
    if (skip[j] || in_quote_[j]) continue;
    if (IsClauseStop(j)) break;
    const int sp = SpeakerAt(j);
    if (sp >= 0) {
      const int m = doc_.mention_at[j];
      const size_t begin = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].first_token : j;
      const size_t end = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].end_token : j + 1;
      // Skip a possessor ("Lukashenko's initiative") and a prepositional
      // object ("took the oath before the National Assembly in Caracas").
      if (end < t_.size() && w_.possessive_markers.count(t_[end].lower) > 0) {
        if (const size_t said = BodySpeaksFor(sp, end); said == v) return BodySpeaker(sp, said);
        continue;
      }
      size_t before = begin;
      if (before > s.first_token && w_.definite_articles.count(t_[before - 1].lower) > 0) --before;
      if (before > s.first_token && w_.noun_openers.count(t_[before - 1].lower) > 0 &&
          w_.coordinators.count(t_[before - 1].lower) == 0 &&
          w_.definite_articles.count(t_[before - 1].lower) == 0) {
        j = begin;
        continue;
      }
      return sp;
    }
  }
  return -1;
}

bool QuoteFinder::NewUnnamedSpeaker(size_t si) const {
  const Sentence& s = doc_.sentences[si];
  for (size_t v = s.first_token; v < s.end_token; ++v) {
    if (in_quote_[v] || !IsSpeech(v)) continue;
    size_t h = v;
    if (h > s.first_token && w_.perfect_auxiliaries.count(t_[h - 1].lower) > 0) --h;
    if (h == s.first_token) return false;
    --h;  // the subject's last word
    if (doc_.mention_at[h] >= 0 || t_[h].kind != TokenKind::kWord) return false;
    if (t_[h].tag == "NNS") return true;
    for (size_t j = h + 1; j-- > s.first_token && j + 6 > h;) {
      if (t_[j].kind != TokenKind::kWord || doc_.mention_at[j] >= 0) return false;
      if (w_.indefinite_determiners.count(t_[j].lower) > 0) return true;
    }
    return false;
  }
  return false;
}

int QuoteFinder::ReportedSpeaker(size_t si) const {
  const Sentence& s = doc_.sentences[si];
  for (size_t v = s.first_token; v < s.end_token; ++v) {
    if (in_quote_[v] || !IsSpeech(v)) continue;
    PrepareSentence(s);
    if (const int sp = SubjectBefore(v, s); sp >= 0) return sp;
    // "..., said the Belarusian leader".
    for (size_t j = v + 1; j < s.end_token && j < v + 5; ++j) {
      if (t_[j].kind == TokenKind::kPunct || in_quote_[j]) break;
      if (const int sp = SpeakerAt(j); sp >= 0) return sp;
    }
    return -1;
  }
  return -1;
}

size_t QuoteFinder::DescriptionEndingAt(size_t last, size_t first_allowed) const {
  auto speaker_noun = [&](size_t k) {
    return t_[k].kind == TokenKind::kWord && doc_.mention_at[k] < 0 && !in_quote_[k] &&
           w_.unnamed_speaker_nouns.count(t_[k].lower) > 0 &&
           (!t_[k].capitalized || k == first_allowed);
  };
  if (last < first_allowed || !speaker_noun(last)) return std::string::npos;
  size_t start = last;
  for (size_t j = last; j-- > first_allowed && j + 5 > last;) {
    const Token& w = t_[j];
    if (w.kind != TokenKind::kWord || doc_.mention_at[j] >= 0 || in_quote_[j])
      return std::string::npos;
    if (w_.definite_articles.count(w.lower) > 0 || w_.indefinite_determiners.count(w.lower) > 0)
      return j;
    if (w.capitalized && j != first_allowed) return std::string::npos;
    start = j;
  }
  // "Police said": a phrase that opens the clause needs no determiner.
  return start == first_allowed ? start : std::string::npos;
}

size_t QuoteFinder::DescriptionStartingAt(size_t first, size_t limit) const {
  if (first >= limit) return std::string::npos;
  for (size_t k = first; k < limit && k < first + 5; ++k) {
    if (t_[k].kind != TokenKind::kWord || doc_.mention_at[k] >= 0 || in_quote_[k]) break;
    if (w_.unnamed_speaker_nouns.count(t_[k].lower) == 0) continue;
    // The head ends the phrase: no noun or possessive after it ("the
    // police chief", "the ministry's").
    // ... but for its own statement ("the ministry's statement said").
    const bool own_statement = k + 2 < limit && w_.possessive_markers.count(t_[k + 1].lower) > 0 &&
                               lex_.statement_nouns.count(t_[k + 2].lower) > 0;
    if (k + 1 < limit && !own_statement &&
        (t_[k + 1].tag.rfind("NN", 0) == 0 || w_.possessive_markers.count(t_[k + 1].lower) > 0))
      continue;
    return DescriptionEndingAt(k, first) == first ? k + 1 : std::string::npos;
  }
  return std::string::npos;
}

std::string QuoteFinder::DescribedSpeaker(const Quote& q) const {
  auto text = [&](size_t b, size_t e) {
    return std::string(doc_.SpanText({t_[b].span.begin, t_[e - 1].span.end}));
  };
  const Sentence& s = doc_.sentences[t_[q.open].sentence];
  // Before the quote: "The prosecutor said the suspect had \"...\"".
  for (size_t v = q.open; v-- > s.first_token;) {
    if (in_quote_[v]) break;
    if (!IsSpeech(v)) continue;
    size_t h = v;
    if (h > s.first_token && w_.perfect_auxiliaries.count(t_[h - 1].lower) > 0) --h;
    if (h == s.first_token) break;
    const size_t b = DescriptionEndingAt(h - 1, s.first_token);
    if (b != std::string::npos) return text(b, h);
    break;
  }
  // After it: "\"...,\" a police spokesman said" / "said the prosecutor".
  if (q.open_ended || q.close + 2 >= t_.size() || LineBetween(q.close, q.close + 1)) return {};
  const std::string& last = t_[q.doubled ? q.close - 2 : q.close - 1].text;
  size_t k = q.close + 1;
  if (t_[k].text == ",") {
    ++k;
  } else if (last != "," && last != "?" && last != "!") {
    return {};
  }
  const size_t limit = std::min(t_.size(), k + 8);
  if (k < limit && IsSpeech(k)) {
    const size_t e = DescriptionStartingAt(k + 1, limit);
    return e == std::string::npos ? std::string() : text(k + 1, e);
  }
  const size_t e = DescriptionStartingAt(k, limit);
  if (e == std::string::npos) return {};
  return VerbAfterSpeaker(e) != std::string::npos ? text(k, e) : std::string();
}

}  // namespace newskg::internal
