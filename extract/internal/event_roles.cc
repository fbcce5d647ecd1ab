#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

size_t EventExtraction::OwnerPhrase(size_t j, size_t end, int* owner) const {
  *owner = -1;
  auto person_after = [&](size_t k) {  // ", Y" or "Y": the person named there
    if (k < end && t_[k].text == ",") ++k;
    const int m = k < end ? MentionAt(k) : -1;
    if (m < 0 || doc_.mentions[static_cast<size_t>(m)].first_token != k) return k;
    const size_t head = HeadMention(static_cast<size_t>(m));
    const int e = doc_.mentions[head].entity;
    if (e < 0 || !IsPerson(e)) return k;
    *owner = static_cast<int>(head);
    return doc_.mentions[head].end_token;
  };
  size_t k = j;
  if (k < end && Is(k, w_.articles)) ++k;
  // "the owner of X, Y".
  if (k + 2 < end && Is(k, w_.owner_nouns) && Is(k + 1, w_.genitive_preps)) {
    size_t x = k + 2;
    if (x < end && Is(x, w_.articles)) ++x;
    const int m = MentionAt(x);
    if (m < 0) return j;
    const size_t after = doc_.mentions[static_cast<size_t>(m)].end_token;
    const size_t next = person_after(after);
    return *owner >= 0 ? next : after;
  }
  // "X's owner, Y", "X owner Y": X an organization's name.
  const int m = MentionAt(j);
  if (m < 0 || doc_.mentions[static_cast<size_t>(m)].first_token != j) return j;
  const int x = doc_.mentions[static_cast<size_t>(m)].entity;
  if (x < 0 || IsPerson(x)) return j;
  k = doc_.mentions[static_cast<size_t>(m)].end_token;
  const bool possessive = k < end && sw_.possessive_markers.count(t_[k].lower) > 0;
  if (possessive) ++k;
  if (k < end && Is(k, w_.owner_nouns)) return person_after(k + 1);
  // "Georgia's (former) interior minister, Levan Beridze": the titled
  // person, when named.
  if (possessive && k < end && (Is(k, sw_.former_words) || Is(k, sw_.office_modifiers))) ++k;
  if (const size_t tl = possessive ? lex_.TitleAt(t_, k, end, nullptr, nullptr) : 0; tl > 0) {
    const size_t next = person_after(k + tl);
    if (*owner >= 0) return next;
  }
  return j;
}

std::vector<int> EventExtraction::NamedMembers(size_t k, size_t end) const {
  // The group's common nouns, or a title ("Ghanaian President, X,"), then a
  // comma.
  size_t j = k;
  if (const size_t n = k < end ? lex_.TitleAt(t_, k, end, nullptr, nullptr) : 0; n > 0) j = k + n;
  while (j == k && j < end && j < k + 4 && t_[j].kind == TokenKind::kWord && !t_[j].capitalized &&
         !IsPreposition(t_[j].lower))
    ++j;
  if (j == k || j + 1 >= end || (t_[j].text != "," && !Is(j, w_.list_openers))) return {};
  if (t_[j].text != ",") return ListedMembers(j, end);
  ++j;
  const bool example = Is(j, w_.inclusion_words);
  if (example) ++j;
  const int m = MentionAt(j);
  if (m < 0) return {};
  const size_t head = HeadMention(static_cast<size_t>(m));
  const Mention& hm = doc_.mentions[head];
  if (hm.kind == MentionKind::kDemonym || hm.entity < 0) return {};
  if (!example) {
    // An apposition of people that closes the phrase ("officials, A and B."),
    // not the subject of a next clause ("officials, A said").
    if (!IsPerson(hm.entity) &&
        doc_.entities[static_cast<size_t>(hm.entity)].type != EntityType::kOrganization)
      return {};
    size_t e = j;
    while (e < end && (MentionAt(e) >= 0 || t_[e].text == "," || Is(e, sw_.coordinators))) {
      const int em = MentionAt(e);
      e = em >= 0 ? doc_.mentions[static_cast<size_t>(em)].end_token : e + 1;
    }
    // ... which may end at a comma before a preposition ("banks, A and B, on Friday").
    if (e < end && t_[e].kind == TokenKind::kWord &&
        !(t_[e - 1].text == "," && IsPreposition(t_[e].lower)))
      return {};
  }
  return Coordinated(head);
}

std::vector<int> EventExtraction::ListedMembers(size_t k, size_t end) const {
  if (k + 1 >= end || !Is(k, w_.list_openers)) return {};
  const int m = MentionAt(k + 1);
  if (m < 0) return {};
  const size_t head = HeadMention(static_cast<size_t>(m));
  const Mention& hm = doc_.mentions[head];
  if (hm.kind == MentionKind::kDemonym || hm.entity < 0) return {};
  return Coordinated(head);
}

std::vector<int> EventExtraction::PurposePlace(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  size_t k = tr.end;
  // Past the trigger's own words ("a loan of $30 million"), to "to" and a verb.
  while (k + 1 < s.end_token && k < tr.end + 6 && !IsClauseBreakPunct(t_[k]) &&
         !(Is(k, w_.purpose_words) && t_[k + 1].tag == "VB"))
    ++k;
  if (k + 1 >= s.end_token || !Is(k, w_.purpose_words) || t_[k + 1].tag != "VB") return {};
  for (size_t j = k + 2; j + 1 < s.end_token && j < k + 16; ++j) {
    if (t_[j].text == "(") {  // past an aside: "(PPP)"
      while (j + 1 < s.end_token && t_[j].text != ")") ++j;
      continue;
    }
    if (IsClauseBreakPunct(t_[j]) || t_[j].text == ",") break;
    if (lex_.locative_preps.count(t_[j].lower) == 0) continue;
    size_t at = j + 1;
    if (at < s.end_token && Is(at, w_.articles)) ++at;
    const int m = MentionAt(at);
    if (m < 0) continue;
    const int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (e >= 0 && doc_.mentions[static_cast<size_t>(m)].kind == MentionKind::kName &&
        doc_.entities[static_cast<size_t>(e)].type == EntityType::kCountry)
      return {e};
  }
  return {};
}

bool EventExtraction::ParticipleOfNoun(size_t v) const {
  return v > 0 && t_[v].tag == "VBN" && !Is(v, w_.doer_participles) &&
         t_[v - 1].tag.rfind("NN", 0) == 0 && !t_[v - 1].capitalized && MentionAt(v - 1) < 0;
}

std::vector<int> EventExtraction::Object(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  size_t limit = tr.end + 5;
  for (size_t k = tr.end; k < s.end_token && k < limit; ++k) {
    // "arrested Dr. X": past the honorific to the name.
    if (const size_t h = PastHonorific(k); h != k) {
      limit += h - k;
      k = h;
    }
    // "sanctioned the owner of X, Y": Y, and no one when the phrase names no one.
    if (int owner = -1; OwnerPhrase(k, s.end_token, &owner) != k) {
      if (owner < 0) return {};
      return Coordinated(static_cast<size_t>(owner));
    }
    // "sanctioned eight officials, including Héctor Obregón".
    if (t_[k].text == "," && k + 1 < s.end_token && Is(k + 1, w_.inclusion_words)) {
      ++k;
      limit = k + 5;
      continue;
    }
    // "sanctioned four officials: A, B and C": no name before the list.
    if (k > tr.end && Is(k, w_.list_openers)) return ListedMembers(k, s.end_token);
    // "sanctioned three companies owned by X, including A and B": past the
    // participle phrase of a common noun to its examples.
    if (k > tr.end && ParticipleOfNoun(k)) {
      constexpr size_t kPhrase = 8;
      size_t c = k + 1;
      while (c + 1 < s.end_token && c < k + kPhrase && t_[c].kind != TokenKind::kPunct) ++c;
      if (c + 1 < s.end_token && t_[c].text == "," && Is(c + 1, w_.inclusion_words)) {
        k = c - 1;
        limit = c + 1;
        continue;
      }
    }
    // "met the prime minister of Slovenia, Ana Velk,": the holder.
    if (const int c = TitledAfterOf(k, tr.end); c >= 0) {
      k = doc_.mentions[static_cast<size_t>(c)].first_token - 1;
      limit = k + 2;
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
      // "three Russian businessmen, including X": the people named.
      if (hm.kind == MentionKind::kDemonym) {
        if (auto named = NamedMembers(hm.end_token, s.end_token); !named.empty()) return named;
      }
      return Coordinated(head);
    }
  }
  return {};
}

std::vector<int> EventExtraction::Involved(const Trigger& tr, const WordSet& verbs) const {
  const auto& s = doc_.sentences[tr.sentence];
  if (tr.verb) return {};
  // ", which involve" / "that involve" / "involving": the verb right after
  // the noun, maybe after a comma and a relative word.
  size_t k = tr.end;
  if (k < s.end_token && t_[k].text == ",") ++k;
  if (k < s.end_token && Is(k, w_.relative_words)) ++k;
  // ... or past an apposition: "The exercise, held in X on Tuesday, involved".
  if (k < s.end_token && !Is(k, verbs)) k = PastApposition(tr.end, s);
  if (k >= s.end_token || !Is(k, verbs)) return {};
  // The parties themselves ("involving Poland and Lithuania"), or their
  // forces: a few words, then "from" ("5,000 troops from Poland").
  for (size_t j = k + 1; j < s.end_token && j < k + 6; ++j) {
    if (const int m = MentionAt(j); m >= 0) {
      const size_t first = doc_.mentions[static_cast<size_t>(m)].first_token;
      if (first > k + 1 && !Is(first - 1, w_.origin_preps) &&
          !(first > k + 2 && Is(first - 1, w_.articles) && Is(first - 2, w_.origin_preps)))
        return {};
      return Coordinated(HeadMention(static_cast<size_t>(m)));
    }
    const Token& w = t_[j];
    if (w.kind == TokenKind::kPunct || IsClauseBreak(w) ||
        (IsPreposition(w.lower) && !Is(j, w_.origin_preps)))
      return {};
  }
  return {};
}

std::vector<int> EventExtraction::WithObject(const Trigger& tr) const {
  const int m = WithObjectMention(tr);
  return m < 0 ? std::vector<int>{} : Coordinated(HeadMention(static_cast<size_t>(m)));
}

std::vector<int> EventExtraction::PrepObject(const Trigger& tr, const std::string& prep) const {
  const auto& s = doc_.sentences[tr.sentence];
  // "The talks, held in X on Monday, were the first between A and B": past
  // the subject's apposition to a form of "be" and its complement.
  size_t start = PastApposition(tr.end, s);
  if (start == tr.end || start >= s.end_token || !IsBeForm(t_[start].lower)) start = tr.end;
  for (size_t k = start; k < s.end_token && k < start + 15; ++k) {
    // The preposition belongs to the trigger's clause: none after a comma
    // ("received by Biden on Monday, two days after he held talks with Milei").
    // A participle after the comma still speaks of the trigger ("imposed
    // sanctions on Monday, targeting two ministers").
    const bool participle_next = t_[k].text == "," && k + 1 < s.end_token &&
                                 t_[k + 1].lower == prep &&
                                 StageWords::EndsInAny(prep, sw_.gerund_endings, 5);
    // "The sanctions, announced by X on Friday,": the trigger's own
    // participle and its agent.
    const bool own_agent = k == tr.end && t_[k].text == "," && k + 2 < s.end_token &&
                           Is(k + 1, w_.doer_participles) && t_[k + 2].lower == prep &&
                           sw_.agent_preps.count(prep) > 0;
    if (t_[k].kind == TokenKind::kQuote || t_[k].text == ";" ||
        (t_[k].text == "," && !participle_next && !own_agent))
      break;
    // A noun trigger's phrase ends at a verb of reaction: "sanctions on X
    // were criticized by China" names no imposer.
    if (!tr.verb && LemmaIn(k, lex_.reaction_verbs)) break;
    if (t_[k].lower != prep) continue;
    // "arrests that have targeted opponents of X": a noun trigger's "of"
    // is its own phrase's, before any verb.
    if (!tr.verb && w_.genitive_preps.count(prep) > 0 && FiniteBetween(tr.end, k)) break;
    // "sanctioned three companies owned by X": the agent of a participle
    // that tells of another common noun than the trigger.
    if (sw_.agent_preps.count(prep) > 0 && k >= tr.end + 2 && ParticipleOfNoun(k - 1)) continue;
    // "on the library, on the Hudson Institute and on Hsiao Bi-khim": the
    // same preposition repeated in a list adds its objects.
    std::vector<int> out;
    bool named = false;  // whether a name that is no demonym has been read
    size_t p = k;        // the current preposition
    while (true) {
      size_t next_prep = 0;
      for (size_t j = p + 1; j < s.end_token && j < p + 8; ++j) {
        j = PastHonorific(j);  // "on Dr. X"
        // "on more than 500 targets, including Gazprom Neft": the named examples.
        if (t_[j].text == "," && j + 1 < s.end_token && Is(j + 1, w_.inclusion_words)) {
          ++j;
          continue;
        }
        // "on 13 current and former Venezuelan officials": adjectives joined.
        if (Is(j, sw_.coordinators) && j > p + 1 && t_[j - 1].tag == "JJ" && j + 1 < s.end_token &&
            (t_[j + 1].tag == "JJ" || Is(j + 1, sw_.former_words)))
          continue;
        // "loans to three countries: A, B and C": the names listed after a
        // group that only demonyms qualify; after a plural noun, with the
        // names before ("to Kenya and two other countries: A and B").
        if (Is(j, w_.list_openers)) {
          const bool group = t_[j - 1].kind == TokenKind::kWord && !t_[j - 1].capitalized &&
                             t_[j - 1].tag == "NNS";
          if (!named || group) {
            auto listed = ListedMembers(j, s.end_token);
            if (!named && !listed.empty()) return listed;
            for (int e : listed) {
              if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
            }
          }
        }
        // "with the prime minister of Slovenia, Ana Velk,": the holder.
        if (const int c = TitledAfterOf(j, p + 1); c >= 0) {
          j = doc_.mentions[static_cast<size_t>(c)].first_token - 1;
          continue;
        }
        if (IsPreposition(t_[j].lower) || t_[j].kind == TokenKind::kPunct ||
            Is(j, sw_.coordinators)) {
          size_t q = j;  // ", on", "and on", ", and on"
          while (q < s.end_token && q < j + 3 && (t_[q].text == "," || Is(q, sw_.coordinators)))
            ++q;
          // Not "of" ("the arrest of dozens of supporters of X"): each "of"
          // is the last noun's.
          if (q < s.end_token && t_[q].lower == prep && w_.genitive_preps.count(prep) == 0)
            next_prep = q;
          break;
        }
        // "on X's owner, Y", "on the owner of X, Y": Y, not X.
        int owner = -1;
        if (const size_t after = OwnerPhrase(j, s.end_token, &owner); after != j) {
          if (owner >= 0) {
            named = true;
            const int e = doc_.mentions[static_cast<size_t>(owner)].entity;
            if (std::find(out.begin(), out.end(), e) == out.end()) out.push_back(e);
          }
          j = after - 1;
          continue;
        }
        if (out.empty()) {
          if (auto leaders = LeadersPhrase(j, s.end_token); !leaders.empty()) return leaders;
        }
        // Demonyms count here: "sanctions on Venezuelan officials".
        const int m = MentionAt(j);
        if (m < 0) continue;
        // "sanctions on Maduro's intelligence services": a person's what,
        // not the person (a state's is the state: "on Russia's central bank").
        if (const Mention& pm = doc_.mentions[static_cast<size_t>(m)];
            pm.entity >= 0 && IsPerson(pm.entity) && pm.end_token + 1 < s.end_token &&
            sw_.possessive_markers.count(t_[pm.end_token].lower) > 0 &&
            t_[pm.end_token + 1].kind == TokenKind::kWord && !t_[pm.end_token + 1].capitalized) {
          j = pm.end_token;
          continue;
        }
        // "on two Iranian officials, A and B": the people named.
        if (const Mention& dm = doc_.mentions[static_cast<size_t>(m)];
            out.empty() && dm.kind == MentionKind::kDemonym) {
          if (auto members = NamedMembers(dm.end_token, s.end_token); !members.empty())
            return members;
        }
        named = named || doc_.mentions[static_cast<size_t>(m)].kind != MentionKind::kDemonym;
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

std::vector<int> EventExtraction::Listed(const Trigger& tr) const {
  std::vector<int> out;
  const auto& s = doc_.sentences[tr.sentence];
  size_t k = tr.end;
  // A finite listing verb ("include", "includes"); "including" introduces
  // examples, read by the object slots.
  // "Others sanctioned are A, B and C": a form of "be" right after the
  // participle lists too.
  const bool participle = IsParticipleForm(t_[tr.end - 1]);
  // "Those affected by the latest sanctions are A, B and C": the trigger in a
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
  return ListItems(k + 1, s);
}

std::vector<int> EventExtraction::ListItems(size_t k, const Sentence& s) const {
  std::vector<int> out;
  bool described = false;  // after a preposition, until the next comma or "and"
  for (size_t j = k; j < s.end_token; ++j) {
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

std::vector<int> EventExtraction::ListBefore(const Trigger& tr) const {
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
    // A finite verb ends the list: "X, said he was detained" is no item.
    const bool stop = t.text == "." || t.text == ":" || t.text == ";" ||
                      t.kind == TokenKind::kQuote || j == s.first_token || IsFinite(j);
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

std::vector<int> EventExtraction::Possessor(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  for (size_t k = tr.first; k-- > s.first_token && k + 5 > tr.first;) {
    if (sw_.possessive_markers.count(t_[k].lower) > 0 && k > s.first_token) {
      const int m = MentionAt(k - 1);
      if (m >= 0) return Coordinated(static_cast<size_t>(m));
      return {};
    }
    if (t_[k].kind == TokenKind::kPunct) break;
    // "X was freed after his arrest": the one person the clause names before.
    if (Is(k, w_.person_possessives)) {
      int person = -1;
      for (size_t j = k; j-- > s.first_token;) {
        if (IsClauseBreakPunct(t_[j])) break;
        const int m = MentionAt(j);
        if (m < 0) continue;
        const int e = doc_.mentions[static_cast<size_t>(m)].entity;
        if (e >= 0 && IsPerson(e)) {
          if (person >= 0 && person != e) return {};
          person = e;
        }
        j = doc_.mentions[static_cast<size_t>(m)].first_token;
      }
      if (person >= 0) return {person};
      return {};
    }
  }
  return {};
}

bool EventExtraction::IsClauseWord(const Token& t) const {
  return w_.relative_words.count(t.lower) > 0 || t.text == ";" || t.kind == TokenKind::kQuote;
}

int EventExtraction::NamedCapital(int country) const {
  // The capital of the country, when the article names it; else the country.
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& city = doc_.entities[e];
    if (city.type != EntityType::kCity || !city.named) continue;
    const std::string* of = lex_.CapitalOf(city.label);
    if (of != nullptr && *of == doc_.entities[static_cast<size_t>(country)].label)
      return static_cast<int>(e);
  }
  return country;
}

std::vector<int> EventExtraction::Place(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  std::vector<int> best;
  size_t best_dist = SIZE_MAX;
  std::vector<int> named;  // every place named in a locative of the clause
  // A city, a place or a country: what an event takes place in.
  const auto is_place = [&](int e) {
    if (e < 0) return false;
    const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
    return ty == EntityType::kCity || ty == EntityType::kPlace || ty == EntityType::kCountry;
  };
  // A background event ("a day after the arrest of X") takes no place
  // before it: that is the main event's.
  const size_t first = Background(tr) ? tr.end : s.first_token;
  for (size_t k = first; k + 1 < s.end_token; ++k) {
    // "in Minsk", and "the streets of Tel Aviv".
    const bool streets_of =
        Is(k, w_.genitive_preps) && k > s.first_token && Is(k - 1, w_.street_nouns);
    // "descended on Belgrade", "marched on the capital".
    const bool converge_on =
        k > s.first_token && Is(k, w_.converge_preps) && LemmaIn(k - 1, w_.converge_verbs);
    // "will travel to Kampala for talks": where a verb of travel leads.
    bool travel_to = k > s.first_token && Is(k, w_.travel_preps) && LemmaIn(k - 1, w_.travel_verbs);
    // "welcomed Y to Asuncion": where a verb of hosting leads its object.
    if (const int om = k > s.first_token + 1 && Is(k, w_.travel_preps) ? MentionAt(k - 1) : -1;
        om >= 0) {
      const size_t of = doc_.mentions[GroupStart(static_cast<size_t>(om))].first_token;
      travel_to = of > s.first_token && LemmaIn(of - 1, w_.hosting_verbs);
    }
    // "massed close to the palace", "next to X": a locative of two words.
    const bool near_to =
        k > s.first_token && Is(k, w_.travel_preps) && Is(k - 1, w_.proximity_words);
    if (lex_.locative_preps.count(t_[k].lower) == 0 && !streets_of && !converge_on && !travel_to &&
        !near_to)
      continue;
    // Only places in the trigger's own clause: none after a "that" or "which"
    // clause that follows the trigger.
    bool crosses = false;
    // A quoted title ("March for Peace") closes its own quote.
    const bool titled = tr.first > s.first_token && t_[tr.first - 1].kind == TokenKind::kQuote;
    // ... but past the trigger's own relative clause between commas: "The
    // protest, which drew 8,000 people, ended in Accra".
    size_t from = tr.end;
    if (from + 1 < k && t_[from].text == "," && Is(from + 1, sw_.clause_relatives)) {
      size_t c = from + 2;
      while (c < k && t_[c].text != "," && !IsClauseBreakPunct(t_[c])) ++c;
      if (c < k && t_[c].text == ",") from = c + 1;
    }
    for (size_t q = from; q < k && !crosses; ++q) {
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
        // "at the Kremlin", "in the Kremlin": a seat named for its organization.
        const bool seat =
            doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kOrganization;
        if (!is_place(mm.entity) && !seat) break;
        int where = mm.entity;
        // "the streets of Ecuador's capital": the capital, when named.
        if (mm.end_token + 1 < s.end_token &&
            sw_.possessive_markers.count(t_[mm.end_token].lower) > 0 &&
            Is(mm.end_token + 1, w_.capital_nouns))
          where = NamedCapital(mm.entity);
        // "at the Prime Minister's Office in Dhaka", "at the State House,
        // Banjul": the city an organization's seat is in.
        if (seat && mm.end_token + 1 < s.end_token &&
            (lex_.locative_preps.count(t_[mm.end_token].lower) > 0 ||
             t_[mm.end_token].text == ",")) {
          const int cm = MentionAt(mm.end_token + 1);
          if (cm >= 0 && is_place(doc_.mentions[static_cast<size_t>(cm)].entity))
            where = doc_.mentions[static_cast<size_t>(cm)].entity;
        }
        const size_t dist = k > tr.first ? k - tr.first : tr.first - k;
        if (dist < best_dist) {
          best = {where};
          best_dist = dist;
        }
        named.push_back(where);
        break;
      }
      // "rallied in the capital", "through the Bangladeshi capital": the
      // capital of the country named there, else of the article's country;
      // the country when the article never names its capital.
      if (Is(look, w_.capital_nouns) &&
          !(look + 1 < s.end_token &&
            (MentionAt(look + 1) >= 0 ||
             (t_[look + 1].text == "," && look + 2 < s.end_token && MentionAt(look + 2) >= 0)))) {
        int country = -1;
        for (size_t q = j; q < look; ++q) {
          const int dm = MentionAt(q);
          if (dm >= 0 && doc_.mentions[static_cast<size_t>(dm)].kind == MentionKind::kDemonym)
            country = doc_.mentions[static_cast<size_t>(dm)].entity;
        }
        // "the capital of Ecuador".
        if (country < 0 && look + 2 < s.end_token && Is(look + 1, w_.genitive_preps)) {
          const int cm = MentionAt(look + 2);
          if (cm >= 0 &&
              doc_.entities[static_cast<size_t>(doc_.mentions[static_cast<size_t>(cm)].entity)]
                      .type == EntityType::kCountry)
            country = doc_.mentions[static_cast<size_t>(cm)].entity;
        }
        if (country < 0) country = coref_.main_country;
        if (country >= 0) {
          const int place = NamedCapital(country);
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
        const bool apposition = t_[look].text == "," && look > j && Is(look - 1, w_.place_nouns);
        if (!Is(look, w_.genitive_preps) && !apposition) break;
      }
    }
  }
  // "The meeting, which took place in Geneva on Monday, was": a place in
  // the trigger's own relative clause, when none is named outside it.
  if (best.empty() && tr.end + 2 < s.end_token && t_[tr.end].text == "," &&
      Is(tr.end + 1, sw_.clause_relatives)) {
    for (size_t k = tr.end + 2; k + 1 < s.end_token && t_[k].text != ","; ++k) {
      if (lex_.locative_preps.count(t_[k].lower) == 0) continue;
      const size_t j = k + 1 < s.end_token && Is(k + 1, w_.articles) ? k + 2 : k + 1;
      const int m = j < s.end_token ? MentionAt(j) : -1;
      const int e = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].entity : -1;
      if (is_place(e)) {
        best = {e};
        break;
      }
    }
  }
  // "a trip to Kyiv, where he held talks": the place the clause refers to.
  if (best.empty()) {
    for (size_t k = tr.first; k-- > s.first_token + 1;) {
      if (!Is(k, w_.place_relatives)) continue;
      if (t_[k - 1].text != ",") break;
      const int m = MentionAt(k - 2);
      if (m >= 0) {
        const int e = doc_.mentions[static_cast<size_t>(m)].entity;
        if (is_place(e)) best = {e};
      }
      break;
    }
  }
  // "Police in Bolivia arrested ... in La Paz": a city of the country
  // named in the clause is the more precise place.
  if (best.size() == 1 &&
      doc_.entities[static_cast<size_t>(best[0])].type == EntityType::kCountry) {
    const std::string& country = doc_.entities[static_cast<size_t>(best[0])].label;
    for (int e : named) {
      const Entity& city = doc_.entities[static_cast<size_t>(e)];
      const std::string* of = city.type == EntityType::kCity ? lex_.CountryOf(city.label) : nullptr;
      if (of != nullptr && *of == country) {
        best = {e};
        break;
      }
    }
  }
  return best;
}

bool EventExtraction::IsFinite(size_t k) const {
  const std::string& tag = t_[k].tag;
  return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
}

bool EventExtraction::DrawnCrowd(const Trigger& tr, size_t first, size_t after,
                                 const Sentence& s) const {
  if (tr.verb || &doc_.sentences[tr.sentence] != &s || first <= tr.end) return false;
  size_t v = first - 1;
  if (Is(v, w_.draw_particles) && v > tr.end) --v;
  if (!LemmaIn(v, lex_.crowd_draw_verbs) || t_[v].tag.rfind("VB", 0) != 0) return false;
  if (after < s.end_token && IsParticipleForm(t_[after])) return false;
  // "The protest, which drew about 8,000 people": its own relative clause.
  if (v == tr.end + 2 && t_[tr.end].text == "," && Is(tr.end + 1, sw_.clause_relatives))
    return true;
  // The trigger heads the verb's subject: a few words on, in one clause,
  // with no finite verb between ("The march in Faro on Sunday drew"), past
  // its apposition ("The protest, which was held in X on Sunday, drew").
  const size_t past = PastApposition(tr.end, s);
  const size_t from = past <= v ? past : tr.end;
  if (v - from > 10) return false;
  for (size_t k = from; k < v; ++k) {
    if (IsClauseBreak(t_[k]) || IsClauseWord(t_[k]) || IsFinite(k)) return false;
  }
  return true;
}

size_t EventExtraction::DefeatAt(size_t k, const Sentence& s) const {
  // A verb ("beat"), not a noun ("a beat"); or an adverb's phrase ("ahead of").
  const bool verb = t_[k].tag.rfind("VB", 0) == 0;
  if ((!verb && t_[k].tag != "RB") || MentionAt(k) >= 0) return 0;
  size_t best = 0;
  const auto lemmas = TokenLemmas(k);
  for (const auto& phrase : lex_.defeat_phrases) {
    if (phrase.empty() || k + phrase.size() > s.end_token || phrase.size() <= best) continue;
    if (!verb && phrase.size() < 2) continue;
    bool ok = std::find(lemmas.begin(), lemmas.end(), phrase[0]) != lemmas.end();
    for (size_t i = 1; i < phrase.size() && ok; ++i) ok = t_[k + i].lower == phrase[i];
    if (ok) best = phrase.size();
  }
  return best;
}

std::vector<int> EventExtraction::VoteShareHolders(const Sentence& s) const {
  std::vector<int> out;
  for (size_t k = s.first_token + 2; k + 1 < s.end_token; ++k) {
    if (t_[k].kind != TokenKind::kNumber ||
        (t_[k + 1].text != "%" && sw_.percent_words.count(t_[k + 1].lower) == 0))
      continue;
    // Back over an adverb of degree ("nearly", "almost") to the verb, past
    // an auxiliary to its subject.
    size_t v = k - 1;
    while (v > s.first_token && v + 3 > k && t_[v].tag == "RB") --v;
    if (t_[v].tag.rfind("VB", 0) != 0 || v == s.first_token) continue;
    size_t j = v - 1;
    if (j > s.first_token && Is(j, w_.subject_auxiliaries)) --j;
    const int m = MentionAt(j);
    if (m < 0) continue;
    const int e = doc_.mentions[static_cast<size_t>(m)].entity;
    if (e >= 0 && IsPerson(e) && std::find(out.begin(), out.end(), e) == out.end())
      out.push_back(e);
  }
  return out;
}

std::vector<int> EventExtraction::DefeatSides(const Sentence& s) const {
  std::vector<int> out;
  auto add = [&](int e) {
    if (e >= 0 && IsPerson(e) && std::find(out.begin(), out.end(), e) == out.end())
      out.push_back(e);
  };
  for (size_t k = s.first_token + 1; k + 1 < s.end_token; ++k) {
    const size_t len = DefeatAt(k, s);
    if (len == 0) continue;
    // Before: the subject, past auxiliaries and adverbs ("has narrowly
    // beaten", "was defeated"), or the name a relative clause hangs from
    // ("A, who defeated B").
    size_t j = k - 1;
    while (j > s.first_token && j + 4 > k &&
           (Is(j, w_.subject_auxiliaries) || IsBeForm(t_[j].lower) || t_[j].tag == "RB"))
      --j;
    if (j > s.first_token + 1 && sw_.person_relatives.count(t_[j].lower) > 0 &&
        t_[j - 1].text == ",")
      j -= 2;
    if (const int m = MentionAt(j); m >= 0) add(doc_.mentions[static_cast<size_t>(m)].entity);
    // After: the object, or the agent of a passive ("by A").
    size_t a = k + len;
    if (a < s.end_token && Is(a, sw_.agent_preps)) ++a;
    for (size_t q = a; q < s.end_token && q < a + 5; ++q) {
      if (t_[q].kind != TokenKind::kWord || IsPreposition(t_[q].lower)) break;
      const int m = MentionAt(q);
      if (m < 0) continue;
      for (int e : Coordinated(HeadMention(static_cast<size_t>(m)))) add(e);
      break;
    }
    k += len - 1;
  }
  return out;
}

bool EventExtraction::TypeOk(int e, const RoleRule& r) const {
  if (e < 0) return false;
  if (r.types.empty()) return true;
  const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
  return std::find(r.types.begin(), r.types.end(), ty) != r.types.end();
}

size_t EventExtraction::Distance(const Trigger& tr, Span s, const std::vector<Token>& t) {
  const uint32_t a = t[tr.first].span.begin;
  return s.begin > a ? s.begin - a : a - s.begin;
}

}  // namespace newskg::internal
