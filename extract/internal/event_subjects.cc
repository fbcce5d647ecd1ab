#include <algorithm>
#include <cstdlib>
#include <optional>
#include <set>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

size_t EventExtraction::GerundClause(const Trigger& tr) const {
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

std::vector<int> EventExtraction::LeadSubject(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  // The participle itself ("Arrested in"), or the noun it governs right
  // after it ("Following talks with"); not a noun deeper in the phrase
  // ("Struggling to pay back loans, X": X borrows, it does not lend).
  const Token& lead = t_[s.first_token];
  const bool participle = lead.tag == "VBG" || lead.tag == "VBN" ||
                          StageWords::EndsInAny(lead.lower, sw_.gerund_endings, 5);
  if (tr.first > s.first_token + 1 || (!participle && !(tr.first == s.first_token && tr.verb))) {
    // "Speaking after talks with X, Y said", "During a meeting with X, Y
    // pledged": a participle or a background preposition, a short phrase
    // of prepositions, determiners and adjectives, then a noun trigger
    // with its other party ("with").
    if (tr.verb || tr.first > s.first_token + 4 || tr.end >= s.end_token ||
        !Is(tr.end, w_.party_preps) || (!participle && !Is(s.first_token, w_.background_preps)))
      return {};
    for (size_t k = s.first_token + 1; k < tr.first; ++k) {
      if (!IsPreposition(t_[k].lower) && !Is(k, w_.noun_determiners) && t_[k].tag != "JJ")
        return {};
    }
  }
  // The comma that closes the phrase, after the trigger ("after" in the
  // phrase breaks no clause).
  size_t c = std::max(s.first_token + 1, tr.end);
  while (c < s.end_token && t_[c].text != "," && !IsClauseBreak(t_[c])) ++c;
  if (c >= s.end_token || t_[c].text != "," || c < tr.end || c - s.first_token > 14) return {};
  // The main clause's subject, maybe after a title or two ("President X").
  for (size_t j = c + 1; j < s.end_token && j < c + 4; ++j) {
    const int m = MentionAt(j);
    if (m >= 0) return Coordinated(HeadMention(static_cast<size_t>(m)));
    if (t_[j].kind != TokenKind::kWord || t_[j].tag.rfind("VB", 0) == 0) break;
  }
  return {};
}

size_t EventExtraction::OwnBackground(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  if (tr.verb) return std::string::npos;
  const size_t np = NounPhraseStart(tr, false);
  if (np > s.first_token && np < tr.first && Is(np, w_.group_possessives) &&
      Is(np - 1, w_.background_preps))
    return np - 1;
  return std::string::npos;
}

int EventExtraction::WithObjectMention(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  if (tr.verb) return -1;
  // Back over the noun's modifiers ("with a new $3 billion loan").
  const size_t k = NounPhraseStart(tr, false);
  if (k <= s.first_token + 2 || !Is(k - 1, w_.object_preps)) return -1;
  const int m = MentionAt(k - 2);
  if (m < 0) return -1;
  const size_t first =
      doc_.mentions[static_cast<size_t>(GroupStart(static_cast<size_t>(m)))].first_token;
  if (first <= s.first_token) return -1;
  const Token& verb = t_[first - 1];
  if (verb.tag.rfind("VB", 0) != 0 || IsBeForm(verb.lower) || MentionAt(first - 1) >= 0) return -1;
  return m;
}

std::vector<int> EventExtraction::MainSubject(size_t k, const Sentence& s) const {
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

size_t EventExtraction::AfterDate(size_t k, size_t end) const {
  size_t j = k;
  if (j < end && Is(j, w_.date_preps)) ++j;
  if (j >= end) return k;
  const auto [dates_b, dates_e] = Within(doc_.dates, Span{t_[j].span.begin, t_[end - 1].span.end});
  if (dates_b == dates_e || dates_b->span.begin != t_[j].span.begin) return k;
  return TokenAt(dates_b->span.end - 1) + 1;
}

size_t EventExtraction::BeforeDate(size_t k, size_t begin) const {
  if (k <= begin) return k;
  const auto [dates_b, dates_e] = Within(doc_.dates, Span{t_[begin].span.begin, t_[k].span.end});
  if (dates_b == dates_e) return k;
  const DateValue& d = *(dates_e - 1);
  if (d.span.end != t_[k].span.end) return k;
  size_t j = TokenAt(d.span.begin);
  if (j > begin && Is(j - 1, w_.date_preps)) --j;
  return j > begin ? j - 1 : k;
}

std::vector<int> EventExtraction::Subject(const Trigger& tr) const {
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
  if (const size_t g = GerundClause(tr); g != std::string::npos) {
    std::vector<int> main = MainSubject(g, s);
    // "Japan joined the United States in imposing sanctions": the one
    // joined takes part too.
    if (const int m = MentionAt(g - 1); m >= 0 && g > s.first_token + 1) {
      // The first of the names joined ("Britain and Australia").
      const size_t first = ListStart(static_cast<size_t>(m));
      size_t v = doc_.mentions[first].first_token;
      if (v > s.first_token + 1 && Is(v - 1, w_.articles)) --v;
      if (v > s.first_token && LemmaIn(v - 1, w_.joining_verbs)) {
        for (int e : Coordinated(first)) {
          if (std::find(main.begin(), main.end(), e) == main.end()) main.push_back(e);
        }
      }
    }
    return main;
  }
  if (const size_t b = OwnBackground(tr); b != std::string::npos) return MainSubject(b, s);
  if (auto lead = LeadSubject(tr); !lead.empty()) return lead;
  // One array for the document, cleared over this sentence only (linear).
  std::vector<bool>& rel = rel_;
  if (rel.size() < t_.size()) rel.assign(t_.size(), false);
  for (size_t k = s.first_token; k < s.end_token; ++k) rel[k] = false;
  internal::MarkRelativeClauses(doc_, s, sw_, rel);
  std::vector<int> possessor;  // "The IMF's board approved a loan": the fallback subject
  int with_object = -1;
  for (const RoleRule& r : lex_.event_classes[tr.cls].roles) {
    if (r.slot == "withobject") {
      with_object = WithObjectMention(tr);
      break;
    }
  }
  // Inside ", who met Y": the subject is the name before the comma.
  if (rel[tr.first]) {
    size_t k = tr.first;
    while (k > s.first_token && rel[k]) --k;
    if (t_[k].text == "," && k > s.first_token) {
      // "A and B, who met in X": from the first of the list.
      if (const int m = MentionAt(k - 1); m >= 0)
        return Coordinated(ListStart(static_cast<size_t>(m)));
    }
  }
  // "X, an opposition journalist who was detained": the person the
  // apposition describes, before the comma that opens it.
  if (const int m = AppositionPerson(tr); m >= 0) return Coordinated(static_cast<size_t>(m));
  for (size_t k = tr.first; k-- > s.first_token;) {
    if (t_[k].text == ")") {  // "(about 835 billion rupees)": skip the aside
      while (k > s.first_token && t_[k].text != "(") --k;
      continue;
    }
    if (rel[k] && !rel[tr.first]) continue;
    if (t_[k].text == "," && k + 1 < t_.size() && rel[k + 1] && !rel[tr.first]) continue;
    if (IsClauseBreak(t_[k]) && tr.first - k > 1) break;
    if (Is(k, w_.saying_forms) || Is(k, w_.complementizers)) {
      // "The bank said it would provide a loan": "it" is the one who said.
      size_t verb = Is(k, w_.complementizers) && k > s.first_token ? k - 1 : k;
      // "said Tuesday that it": the day of the saying before "that".
      if (verb != k) verb = BeforeDate(verb, s.first_token);
      // "The bank said on Monday it would lend": the day of the saying
      // between the verb and the pronoun.
      const size_t pronoun = AfterDate(k + 1, tr.first);
      // "The bank later said": an adverb between the name and the verb.
      while (verb > s.first_token + 1 && t_[verb - 1].tag == "RB") --verb;
      if (pronoun < tr.first && Is(pronoun, w_.subject_pronouns) && verb > s.first_token) {
        const int m = MentionAt(verb - 1);
        if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0 &&
            doc_.entities[static_cast<size_t>(doc_.mentions[static_cast<size_t>(m)].entity)].type !=
                EntityType::kPerson) {
          return Coordinated(GroupStart(static_cast<size_t>(m)));
        }
      }
      break;
    }
    if (auto leaders = LeadersPhrase(k, tr.first); !leaders.empty()) return leaders;
    const int m = MentionAt(k);
    if (m < 0) continue;
    // "The IMF provided Egypt with a loan": the verb's object is no subject.
    if (m == with_object) {
      k = doc_.mentions[GroupStart(static_cast<size_t>(m))].first_token;
      continue;
    }
    // A name right before a noun trigger modifies it ("World Bank loan"): no subject.
    if (!tr.verb && doc_.mentions[static_cast<size_t>(m)].end_token == tr.first) {
      k = doc_.mentions[static_cast<size_t>(m)].first_token;
      continue;
    }
    // Walk to the first mention of a coordination ("Qatar and Kuwait").
    // "President Ana Ruiz of Peru met Y": the person, not what the person
    // belongs to, here and at each name of the list.
    size_t first = GroupStart(static_cast<size_t>(m));
    if (const int p = PersonBeforeOf(first); p >= 0) first = GroupStart(static_cast<size_t>(p));
    const size_t last = first;
    bool companion = false;
    while (first > 0) {
      if (const int c = CounterpartBefore(first); c >= 0) {
        first = GroupStart(static_cast<size_t>(c));
        continue;
      }
      const Mention& prev = doc_.mentions[first - 1];
      const Mention& cur = doc_.mentions[first];
      if (prev.sentence != cur.sentence || prev.entity < 0) break;
      // "According to Peskov, Putin and Xi will meet": the source is no member.
      bool source = false;
      const size_t sent_first = doc_.sentences[prev.sentence].first_token;
      for (size_t n = 1; n <= 3 && sent_first + n <= prev.first_token && !source; ++n) {
        source = PhraseLengthAt(sw_.attribution_phrases, t_, prev.first_token - n,
                                prev.first_token) == n;
      }
      if (source) break;
      const size_t gb = prev.end_token, ge = cur.first_token;
      // "President X and his wife (Dr) Y": X, without the companion.
      if (ge >= gb + 3 && Is(gb, sw_.coordinators) && Is(gb + 1, w_.person_possessives) &&
          Is(gb + 2, w_.companion_nouns) && IsPerson(prev.entity) &&
          (ge == gb + 3 || (ge == gb + 4 && t_[gb + 3].text == ",") || WholeTitle(gb + 3, ge))) {
        first = GroupStart(first - 1);
        companion = true;
        break;
      }
      const bool with_the = ge == gb + 2 && Is(gb + 1, w_.articles);
      if (ge <= gb ||
          (ge - gb != 1 && !with_the && !OwnedApposition(gb, ge) && !TitleGap(gb, ge)) ||
          (!Is(gb, sw_.coordinators) && t_[gb].text != ","))
        break;
      first = GroupStart(first - 1);
      if (const int p = PersonBeforeOf(first); p >= 0) first = GroupStart(static_cast<size_t>(p));
    }
    // A comma list counts only when an "and" closes it ("In Washington,
    // Austin hosted" is no list).
    if (!companion) {
      const auto list = Coordinated(first);
      const int head = doc_.mentions[HeadMention(last)].entity;
      if (std::find(list.begin(), list.end(), head) == list.end()) first = last;
    }
    const Mention& fm = doc_.mentions[first];
    if (fm.first_token >= s.first_token + 2) {
      if (auto leaders = LeadersPhrase(fm.first_token - 2, tr.first); !leaders.empty())
        return leaders;
    }
    // A prepositional object or a possessor is not the subject; a name right
    // before the verb is ("after Tsai met McCarthy").
    size_t after = doc_.mentions[static_cast<size_t>(m)].end_token;
    while (after < tr.first && Is(after, w_.subject_auxiliaries)) {
      ++after;
    }
    // Not a place after a locative preposition: "X on Wednesday in Banjul
    // met Y".
    const int fe = fm.entity;
    const bool located = fm.first_token > s.first_token &&
                         lex_.locative_preps.count(t_[fm.first_token - 1].lower) > 0 && fe >= 0 &&
                         doc_.entities[static_cast<size_t>(fe)].type != EntityType::kPerson &&
                         doc_.entities[static_cast<size_t>(fe)].type != EntityType::kOrganization;
    const bool before_verb = tr.verb && after == tr.first && !located;
    // The preposition may govern a longer noun phrase that ends in the
    // name: an article, a demonym and common words before it ("arrived in
    // the Norwegian capital Oslo for talks").
    size_t pf = fm.first_token;
    // "The president of Peru, Ana Ruiz, met": from the title's phrase.
    if (AppositionHolder(first) >= 0) pf = TitleOfStart(first);
    for (size_t n = 0; n < 4 && pf > s.first_token + 1; ++n) {
      const Token& w = t_[pf - 1];
      const int dm = MentionAt(pf - 1);
      const bool demonym =
          dm >= 0 && doc_.mentions[static_cast<size_t>(dm)].kind == MentionKind::kDemonym;
      const bool common = !w.capitalized && (w.tag == "NN" || w.tag == "JJ");
      if (!demonym && !common) break;
      --pf;
    }
    if (pf > s.first_token + 1 && Is(pf - 1, w_.articles)) --pf;
    if (pf > s.first_token && !before_verb) {
      const std::string& before = t_[pf - 1].lower;
      if (IsPreposition(before) && w_.predicative_preps.count(before) == 0 &&
          !OriginOfSubject(pf - 1, s)) {
        k = pf;
        continue;
      }
    }
    const Mention& lm = doc_.mentions[static_cast<size_t>(m)];
    if (lm.end_token < t_.size() && sw_.possessive_markers.count(t_[lm.end_token].lower) > 0 &&
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

int EventExtraction::AppositionPerson(const Trigger& tr) const {
  const auto& s = doc_.sentences[tr.sentence];
  // "who", then at most three lower-case words ("was", "had been") before the trigger.
  size_t r = tr.first;
  for (size_t n = 0; n < 4 && r > s.first_token; ++n) {
    --r;
    if (sw_.person_relatives.count(t_[r].lower) > 0) break;
    if (t_[r].kind != TokenKind::kWord || t_[r].capitalized) return -1;
  }
  if (r + 1 >= tr.first || sw_.person_relatives.count(t_[r].lower) == 0) return -1;
  // The apposition's words: an article, lower-case words and demonyms.
  size_t a = r;
  for (size_t n = 0; n < 5 && a > s.first_token + 1; ++n) {
    const Token& w = t_[a - 1];
    const int dm = MentionAt(a - 1);
    const bool demonym =
        dm >= 0 && doc_.mentions[static_cast<size_t>(dm)].kind == MentionKind::kDemonym;
    if (!demonym && (w.kind != TokenKind::kWord || w.capitalized)) break;
    --a;
  }
  if (a == r || a < s.first_token + 2 || t_[a - 1].text != ",") return -1;
  const int m = MentionAt(a - 2);
  if (m < 0 || doc_.mentions[static_cast<size_t>(m)].entity < 0 ||
      !IsPerson(doc_.mentions[static_cast<size_t>(m)].entity))
    return -1;
  return m;
}

bool EventExtraction::OriginOfSubject(size_t prep, const Sentence& s) const {
  // "Troops from Kenya and Uganda", "the leaders of Ghana and Togo": a plural
  // noun that opens its clause, then "from" or "of".
  if (!Is(prep, w_.origin_preps) || prep < s.first_token + 1) return false;
  // "The Executive Board of the IMF approved": a body of an organization
  // acts for it.
  for (size_t b = prep; b-- > s.first_token && b + 4 > prep;) {
    if (PhraseLengthAt(sw_.org_part_heads, t_, b, prep) != prep - b) continue;
    return b == s.first_token || (b == s.first_token + 1 && Is(s.first_token, w_.articles));
  }
  // The sentence's first word, capitalized, is tagged as a name when it
  // names nothing ("Warships from", "Naval units from"): read it as the
  // common word it is.
  auto tag_at = [&](size_t k) -> std::string_view {
    const std::string& tag = t_[k].tag;
    const int m = doc_.mention_at[k];
    if (k != s.first_token || (m >= 0 && doc_.mentions[static_cast<size_t>(m)].entity >= 0))
      return tag;
    if (tag == "NNPS" || (tag == "NNP" && k + 1 == prep && t_[k].lower.back() == 's')) return "NNS";
    return tag == "NNP" ? std::string_view("JJ") : std::string_view(tag);
  };
  if (tag_at(prep - 1) != "NNS") return false;
  for (size_t k = prep - 1; k-- > s.first_token;) {
    if (IsClauseBreak(t_[k])) return true;
    // "Thousands of troops from", "a group of soldiers from": the count's "of".
    if (k > s.first_token && Is(k, w_.genitive_preps) &&
        (lex_.quantity_nouns.count(t_[k - 1].lower) > 0 || t_[k - 1].tag == "CD"))
      continue;
    const std::string_view tag = tag_at(k);
    // ... and a count's qualifier: "About 3,000 troops from".
    if (tag != "DT" && tag != "JJ" && tag != "CD" && tag != "NN" && tag != "PRP$" &&
        lex_.count_qualifiers.count(t_[k].lower) == 0 &&
        lex_.quantity_nouns.count(t_[k].lower) == 0)
      return false;
  }
  return true;
}

bool EventExtraction::Background(const Trigger& o) const {
  for (size_t k = o.first; k-- > doc_.sentences[o.sentence].first_token && k + 4 > o.first;) {
    const std::string& w = t_[k].lower;
    if (w_.background_preps.count(w) > 0) {
      // "spoke on Friday after holding talks": a gerund clause shares the
      // main clause's subject and time, and so does "after their talks";
      // "after a banned march" does not.
      return GerundClause(o) == std::string::npos && OwnBackground(o) == std::string::npos;
    }
  }
  return false;
}

bool EventExtraction::InDateline(size_t k, const Sentence& s) const {
  if (k < s.first_token + 2 || k > s.first_token + 6 || t_[k - 1].text != ",") return false;
  size_t j = k - 1;
  while (j > s.first_token && t_[j - 1].all_caps) --j;  // "BUENOS AIRES"
  return j < k - 1 && j <= s.first_token + 1 && t_[k - 2].all_caps;
}

size_t EventExtraction::VerbBefore(size_t k, const Sentence& s) const {
  for (size_t j = k; j-- > s.first_token && j + 4 > k;) {
    if (t_[j].tag.rfind("VB", 0) == 0) return j;
    if (t_[j].kind == TokenKind::kPunct) return SIZE_MAX;
  }
  return SIZE_MAX;
}

bool EventExtraction::PublishedOn(size_t k, const Sentence& s) const {
  // "results released Monday", "results showed on Saturday": the day a body
  // published what it found, days after an election or a count.
  const size_t v = VerbBefore(k, s);
  return v != SIZE_MAX && v > s.first_token && Is(v - 1, w_.findings_nouns);
}

bool EventExtraction::SaidOn(size_t k, const Sentence& s) const {
  // "declared victory in Saturday's election": a possessive date is its noun's.
  size_t e = k;
  while (e < s.end_token && t_[e].in_date && sw_.possessive_markers.count(t_[e].lower) == 0) ++e;
  if (e < s.end_token && sw_.possessive_markers.count(t_[e].lower) > 0) return false;
  const size_t v = VerbBefore(k, s);
  if (v == SIZE_MAX) return false;
  for (const auto& l : TokenLemmas(v)) {
    if (lex_.attribution_verbs.count(l) > 0 || lex_.speech_verbs.count(l) > 0) return true;
  }
  return false;
}

}  // namespace newskg::internal
