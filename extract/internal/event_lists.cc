// EventExtraction: lists of names that fill one role (see
// event_extraction.h): "A, B and C", "A as well as B", "X and his
// counterpart Y", the titled person after a demonym or a body. Split from
// event_subjects.cc.
#include <algorithm>

#include "extract/internal/clauses.h"
#include "extract/internal/event_extraction.h"
#include "schema/schema.h"

namespace newskg::internal {

int EventExtraction::CounterpartAfter(size_t m) const {
  const auto& ms = doc_.mentions;
  size_t k = ms[m].end_token;
  const size_t end = doc_.sentences[ms[m].sentence].end_token;
  if (k + 3 >= end || !Is(k, sw_.coordinators) ||
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

int EventExtraction::CounterpartBefore(size_t m) const {
  const auto& ms = doc_.mentions;
  const size_t first = ms[m].first_token, sent = doc_.sentences[ms[m].sentence].first_token;
  // As far back as CounterpartAfter reads: "and his visiting Danish
  // counterpart Y".
  for (size_t j = first; j-- > sent && j + 6 > first;) {
    if (!Is(j, sw_.coordinators)) continue;
    const int before = j > sent ? MentionAt(j - 1) : -1;
    if (before < 0) return -1;
    const int after = CounterpartAfter(static_cast<size_t>(before));
    return after >= 0 && HeadMention(static_cast<size_t>(after)) == HeadMention(m) ? before : -1;
  }
  return -1;
}

bool EventExtraction::AbbreviatedTitleBefore(size_t first) const {
  // The title and its period glued on, as the name stage reads them
  // (titles.tsv's "mr.", title_abbreviations.txt's "Gen").
  if (first < 2 || t_[first - 1].text != "." || t_[first - 1].space_before ||
      t_[first - 2].sentence != t_[first].sentence)
    return false;
  const Token& w = t_[first - 2];
  return sw_.title_abbreviations.count(w.text) > 0 || lex_.Title(w.lower + ".") != nullptr;
}

bool EventExtraction::OwnedApposition(size_t b, size_t e) const {
  if (e < b + 4 || e > b + 5 || !Is(b, sw_.coordinators) ||
      !Is(b + 1, lex_.possessive_determiners) || t_[e - 1].text != ",")
    return false;
  for (size_t k = b + 2; k + 1 < e; ++k) {
    if (t_[k].kind != TokenKind::kWord || t_[k].capitalized || Is(k, w_.companion_nouns))
      return false;
  }
  return true;
}

size_t EventExtraction::PastHonorific(size_t k) const {
  const int m = k + 2 < t_.size() ? MentionAt(k + 2) : -1;
  if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].first_token == k + 2 &&
      AbbreviatedTitleBefore(k + 2))
    return k + 2;
  // "arrested Member of Parliament X": a title with "of" in it, then the
  // person it titles.
  if (MentionAt(k) >= 0) return k;
  const size_t tl = lex_.TitleAt(t_, k, t_.size(), nullptr, nullptr);
  if (tl < 3 || k + tl >= t_.size()) return k;
  const int p = MentionAt(k + tl);
  return p >= 0 && doc_.mentions[static_cast<size_t>(p)].first_token == k + tl &&
                 doc_.mentions[static_cast<size_t>(p)].entity >= 0 &&
                 IsPerson(doc_.mentions[static_cast<size_t>(p)].entity)
             ? k + tl
             : k;
}

bool EventExtraction::TitleGap(size_t b, size_t e) const {
  // The coordinator or comma at b, then a title that fills the rest, maybe
  // after "former" or "acting" ("A and former Prime Minister B"), or a
  // title of what is named at e, whose holder follows ("A and the
  // president of Peru, B,").
  if (WholeTitle(b + 1, e)) return true;
  const int c = e < t_.size() ? MentionAt(e) : -1;
  return c >= 0 && doc_.mentions[static_cast<size_t>(c)].first_token == e &&
         AppositionHolder(static_cast<size_t>(c)) >= 0 &&
         TitleOfStart(static_cast<size_t>(c)) == b + 1;
}

size_t EventExtraction::TitleOfStart(size_t c) const {
  // "the president of (the) X": where the phrase starts, or npos.
  const Mention& x = doc_.mentions[c];
  const size_t first = doc_.sentences[x.sentence].first_token;
  size_t k = x.first_token;
  if (k > first && Is(k - 1, w_.articles)) --k;
  if (k < first + 2 || !Is(k - 1, w_.genitive_preps)) return std::string::npos;
  const size_t of = k - 1;
  // The longest title that ends at "of" ("prime minister", not "minister").
  for (size_t b = of > first + lex_.MaxTitleWords() ? of - lex_.MaxTitleWords() : first; b < of;
       ++b) {
    if (lex_.TitleAt(t_, b, of, nullptr, nullptr) != of - b) continue;
    return b > first && Is(b - 1, w_.articles) ? b - 1 : b;
  }
  return std::string::npos;
}

int EventExtraction::TitledAfterOf(size_t j, size_t start) const {
  if (!Is(j, w_.genitive_preps) || j + 1 >= t_.size()) return -1;
  const size_t a = j + 2 < t_.size() && Is(j + 1, w_.articles) ? j + 2 : j + 1;
  const int c = MentionAt(a);
  if (c < 0 || doc_.mentions[static_cast<size_t>(c)].first_token != a ||
      AppositionHolder(static_cast<size_t>(c)) < 0 || TitleOfStart(static_cast<size_t>(c)) != start)
    return -1;
  return c;
}

int EventExtraction::AppositionHolder(size_t c) const {
  // "the president of Peru, Ana Ruiz,": the person after the comma holds
  // the title of what is named before it.
  const auto& ms = doc_.mentions;
  if (c + 1 >= ms.size() || ms[c].entity < 0 || IsPerson(ms[c].entity)) return -1;
  const Mention& p = ms[c + 1];
  if (p.sentence != ms[c].sentence || p.first_token != ms[c].end_token + 1 ||
      t_[ms[c].end_token].text != "," || p.entity < 0 || !IsPerson(p.entity) ||
      p.kind != MentionKind::kName)
    return -1;
  if (TitleOfStart(c) == std::string::npos) return -1;
  return static_cast<int>(c + 1);
}

bool EventExtraction::Owned(size_t m) const {
  const Mention& x = doc_.mentions[m];
  const size_t first = doc_.sentences[x.sentence].first_token;
  size_t k = x.first_token;
  if (k > first && Is(k - 1, w_.articles)) --k;
  if (k >= first + 2 && Is(k - 1, w_.genitive_preps) && Is(k - 2, w_.owner_nouns)) return true;
  k = x.end_token;
  if (k < t_.size() && sw_.possessive_markers.count(t_[k].lower) > 0) ++k;
  return k < t_.size() && t_[k].sentence == x.sentence && Is(k, w_.owner_nouns) && x.entity >= 0 &&
         !IsPerson(x.entity);
}

std::vector<int> EventExtraction::Coordinated(size_t mention) const {
  std::vector<int> out;
  const auto& ms = doc_.mentions;
  size_t m = HeadMention(mention);
  out.push_back(ms[m].entity);
  std::vector<int> owned;  // members named as what someone owns
  if (Owned(m)) owned.push_back(ms[m].entity);
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
    // "President A of Malawi and President B of Zambia": what a person is
    // of is no member; the list goes on after it.
    if (PersonBeforeOf(m + 1) == static_cast<int>(m)) {
      ++m;
      continue;
    }
    size_t gap_b = ms[m].end_token;
    // "Ms. A and Dr. B": the honorific belongs to the name after it.
    const size_t gap_e =
        ms[m + 1].first_token - (AbbreviatedTitleBefore(ms[m + 1].first_token) ? 2 : 0);
    // "A as well as B": a coordinator of several words read as its last.
    if (gap_e > gap_b + 1) {
      if (const size_t n = PhraseLengthAt(sw_.coordinators, t_, gap_b, gap_e); n > 1)
        gap_b += n - 1;
    }
    // "A and B", "A, B", "A and the B", "A and Prime Minister B".
    const bool with_the = gap_e == gap_b + 2 && Is(gap_b + 1, w_.articles);
    // "A and his firm, B,": B one more.
    const bool owned_by = gap_e > gap_b && OwnedApposition(gap_b, gap_e);
    if (ms[m + 1].sentence != ms[m].sentence || gap_e < gap_b ||
        (gap_e - gap_b != 1 && !with_the && !owned_by && !TitleGap(gap_b, gap_e)))
      break;
    const std::string& w = t_[gap_b].lower;
    const bool phrase = gap_b != ms[m].end_token;
    if (!phrase && sw_.coordinators.count(w) == 0 && w != "," && w != "&") break;
    // "Xi Jinping and Russian President Vladimir Putin": the titled person.
    m = HeadMention(m + 1);
    if (ms[m].entity < 0) break;
    if (w == "," && !phrase) {
      pending.push_back(ms[m].entity);
    } else {
      out.insert(out.end(), pending.begin(), pending.end());
      pending.clear();
      out.push_back(ms[m].entity);
    }
    if (Owned(m)) owned.push_back(ms[m].entity);
  }
  // A headline lists without "and": "China, Russia Hold Joint Drills", and
  // in sentence case one that opens a line without a closing period
  // ("Mongolia, Kazakhstan begin joint drills").
  const Sentence& ls = doc_.sentences[ms[mention].sentence];
  const bool headline_list = TitleCase(ls) || (ms[mention].first_token == ls.first_token &&
                                               t_[ls.end_token - 1].kind == TokenKind::kWord);
  if (!pending.empty() && headline_list) out.insert(out.end(), pending.begin(), pending.end());
  // "the owner of Dynamo FC and X": what someone owns is no member.
  std::erase_if(out,
                [&](int e) { return std::find(owned.begin(), owned.end(), e) != owned.end(); });
  return out;
}

bool EventExtraction::WholeTitle(size_t b, size_t e) const {
  if (b < e && sw_.possessive_markers.count(t_[b].lower) > 0) ++b;
  if (b < e && (Is(b, sw_.former_words) || Is(b, sw_.office_modifiers))) ++b;
  // One title or several in a row ("Prime Minister Sheikh X").
  size_t k = b;
  while (k < e) {
    const size_t n = lex_.TitleAt(t_, k, e, nullptr, nullptr);
    if (n == 0) break;
    k += n;
  }
  if (k == b || k == e) return k == e && k > b;
  // "Minister of Foreign Affairs", "Secretary for the Home Department": a
  // title, "of" or "for", maybe "the", then words of a portfolio.
  if (sw_.title_domain_preps.count(t_[k].lower) == 0) return false;
  if (++k < e && sw_.definite_articles.count(t_[k].lower) > 0) ++k;
  if (k >= e) return false;
  for (; k < e; ++k) {
    if (sw_.portfolio_words.count(t_[k].lower) == 0 && sw_.coordinators.count(t_[k].lower) == 0 &&
        t_[k].text != ",")
      return false;
  }
  return true;
}

size_t EventExtraction::GroupStart(size_t m) const {
  const auto& ms = doc_.mentions;
  if (m > 0 && AppositionHolder(m - 1) == static_cast<int>(m)) {
    // ... and the title's own mention, when it is one ("the president").
    const size_t start = TitleOfStart(m - 1);
    return m >= 2 && ms[m - 2].kind == MentionKind::kEpithet && ms[m - 2].first_token == start
               ? m - 2
               : m - 1;
  }
  while (m > 0 && ms[m - 1].end_token <= ms[m].first_token &&
         ms[m - 1].end_token + 6 >= ms[m].first_token && ms[m - 1].sentence == ms[m].sentence &&
         ms[m - 1].kind != MentionKind::kPronoun && ms[m].kind == MentionKind::kName &&
         ms[m - 1].end_token < ms[m].first_token) {
    const size_t gb = ms[m - 1].end_token, ge = ms[m].first_token;
    bool titles = ge <= gb + 3;  // "Kazakhstan's President Kassym-Jomart Tokayev" too
    for (size_t k = gb; k < ge && titles; ++k) {
      titles = t_[k].kind == TokenKind::kWord &&
               (sw_.possessive_markers.count(t_[k].lower) > 0 || t_[k].capitalized ||
                lex_.Title(t_[k].lower) != nullptr);
    }
    if (!titles && !WholeTitle(gb, ge)) break;
    --m;
  }
  return m;
}

size_t EventExtraction::ListStart(size_t m) const {
  const auto& ms = doc_.mentions;
  m = GroupStart(m);
  while (m > 0 && ms[m - 1].sentence == ms[m].sentence &&
         ms[m - 1].end_token + 1 == ms[m].first_token &&
         (Is(ms[m - 1].end_token, sw_.coordinators) || t_[ms[m - 1].end_token].text == ","))
    m = GroupStart(m - 1);
  return m;
}

int EventExtraction::PersonBeforeOf(size_t m) const {
  const auto& ms = doc_.mentions;
  if (m == 0) return -1;
  size_t of = ms[m].first_token;
  if (of > 0 && Is(of - 1, w_.articles)) --of;
  if (of == 0 || !Is(of - 1, w_.genitive_preps)) return -1;
  const Mention& p = ms[m - 1];
  if (p.sentence != ms[m].sentence || p.end_token + 1 != of || p.entity < 0 ||
      p.kind != MentionKind::kName ||
      doc_.entities[static_cast<size_t>(p.entity)].type != EntityType::kPerson)
    return -1;
  return static_cast<int>(m - 1);
}

std::vector<int> EventExtraction::LeadersPhrase(size_t i, size_t end) const {
  std::vector<int> out;
  if (i + 2 >= end || !Is(i + 1, w_.genitive_preps)) return out;
  if (!Is(i, w_.group_leader_nouns)) return out;
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

size_t EventExtraction::HeadMention(size_t m) const {
  const auto& ms = doc_.mentions;
  if (const int p = AppositionHolder(m); p >= 0) m = static_cast<size_t>(p);
  while (m + 1 < ms.size() && ms[m + 1].entity >= 0 &&
         doc_.entities[static_cast<size_t>(ms[m + 1].entity)].type == EntityType::kPerson &&
         ms[m + 1].kind == MentionKind::kName && ms[m + 1].first_token >= ms[m].end_token &&
         ms[m + 1].first_token <= ms[m].end_token + 6) {
    // "Argentina's President Javier Milei", "US Secretary of State X" too.
    if (WholeTitle(ms[m].end_token, ms[m + 1].first_token)) {
      ++m;
      continue;
    }
    bool titles = ms[m + 1].first_token <= ms[m].end_token + 3;
    // After a demonym, lower-case words describe the person: "Russian
    // oligarch Oleg Deripaska", "Belarusian opposition leader ...".
    const bool demonym = ms[m].kind == MentionKind::kDemonym;
    // "Dynamo Rovers FC owner Ivan Morov": the owner of an organization.
    const bool owns = ms[m].entity >= 0 && !IsPerson(ms[m].entity);
    for (size_t k = ms[m].end_token; k < ms[m + 1].first_token; ++k) {
      titles = titles && t_[k].kind == TokenKind::kWord &&
               (sw_.possessive_markers.count(t_[k].lower) > 0 || t_[k].capitalized ||
                lex_.Title(t_[k].lower) != nullptr || demonym || (owns && Is(k, w_.owner_nouns)));
    }
    if (!titles) break;
    ++m;
  }
  return m;
}

void EventExtraction::AddFollowUpList(size_t si, std::vector<Event>& found,
                                      std::vector<Joins>& joins) const {
  if (si == 0 || found.empty() || found.back().sentences.empty() ||
      found.back().sentences.front() + 1 != si)
    return;
  const Sentence& s = doc_.sentences[si];
  const size_t b = s.first_token;
  if (s.end_token < b + 4) return;
  size_t k = 0;  // where the list starts
  if (Is(b, w_.followup_subjects) && t_[b + 1].tag.rfind("VB", 0) == 0 &&
      LemmaIn(b + 1, lex_.list_verbs)) {
    k = b + 2;  // "They include"
  } else if (Is(b, w_.group_preps) && Is(b + 1, w_.followup_objects) && IsBeForm(t_[b + 2].lower)) {
    k = b + 3;  // "Among them are"
  } else {
    return;
  }
  const Event& latest = found.back();
  const EventClassInfo* cls = nullptr;
  for (const auto& c : lex_.event_classes) {
    if (c.name == latest.cls) cls = &c;
  }
  if (cls == nullptr) return;
  for (const RoleRule& r : cls->roles) {
    if (r.slot != "listed") continue;
    std::vector<int> members;
    for (int e : ListItems(k, s)) {
      if (TypeOk(e, r)) members.push_back(e);
    }
    if (members.empty()) return;
    Event ev;
    ev.cls = latest.cls;
    ev.entity_roles[r.role] = std::move(members);
    ev.sentences.push_back(si);
    joins.push_back(Joins::kLatest);
    found.push_back(std::move(ev));
    return;
  }
}

}  // namespace newskg::internal
