// NameRecognizer: two names joined by "of" (see name_recognizer.h): a
// title, "of" and what it is the title of before the titled name ("the
// Emir of Qatar Sheikh X"); a person's name and what he belongs to ("Ana
// Ruiz of Peru", "Saulos Banda of UTM"), or an organization's and the
// person leading it ("the Civic Party of Tomas Halvorsen").
#include <string>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {

bool NameRecognizer::TitleOfOwner(size_t title_b, size_t of, size_t e, const std::string& title,
                                  size_t si, size_t run_b) {
  const size_t r = of + 1;
  // The longest name the gazetteer knows after "of" that is no person's.
  for (size_t m = e - 1; m > r; --m) {
    const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, r, m));
    if (g == nullptr || g->type == EntityType::kPerson) continue;
    // The person: titles of rank or forms of address ("Sheikh", "Crown
    // Prince"), then a name; or a given name and at least a surname.
    size_t p = m;
    for (size_t tl = TitleAt(p, e, nullptr); tl > 0 && p + tl < e; tl = TitleAt(p, e, nullptr))
      p += tl;
    if (!(p > m || (e - m >= 2 && lex_.IsGivenName(t_[m].text)))) return false;
    EntityType type;
    std::string canonical;
    if (!Classify(r, m, type, canonical) || type == EntityType::kPerson) return false;
    const int owner = AddMention(r, m, type, MentionKind::kName, si, canonical);
    // A title leads a state or an organization, never a city ("the Mayor
    // of Lyon", "the Archbishop of Canterbury").
    const bool led = type == EntityType::kCountry || type == EntityType::kOrganization;
    EmitTitled(title_b, p, e, title, led ? owner : -1, si, run_b);
    return true;
  }
  return false;
}

bool NameRecognizer::SplitAtOf(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end) {
  size_t from = b;  // past "The", "Outgoing"
  while (from + 1 < e && lex_.non_names.count(t_[from].text) > 0) ++from;
  if (from == sent_first && DescribesTitled(from, e)) ++from;
  if (e - from < 4 || lex_.Lookup(JoinTokens(doc_, from, e)) != nullptr) return false;
  for (size_t k = from + 2; k + 1 < e; ++k) {
    // Only the lower-case word: "Bank Of America" in a headline is one name.
    if (w_.head_of_preps.count(t_[k].text) == 0) continue;
    const size_t r = k + 1;
    const GazetteerEntry* right_known = lex_.Lookup(JoinTokens(doc_, r, e));
    EntityType left = EntityType::kPerson, right = EntityType::kPerson;
    std::string canon;
    WeakRule weak = WeakRule::kNone;
    // A person's name after "of": a given name and at least a surname.
    const bool person_right = e - r >= 2 && lex_.IsGivenName(t_[r].text) &&
                              (right_known == nullptr || right_known->type == EntityType::kPerson);
    // An organization's name before it, ending in its organization word
    // ("Alliance", "Party", "Front").
    const bool org_left = person_right && lex_.org_suffixes.count(t_[k - 1].text) > 0 &&
                          Classify(from, k, left, canon) && left == EntityType::kOrganization;
    // A person's name before "of": a title and a name, or a given name and
    // a surname. After it, what the person belongs to: a state or an
    // organization (after a title, one known or typed by a strong rule), a
    // place, never a person's name.
    std::string title;
    size_t title_len = TitleAt(from, k, &title);
    if (title_len > 0 && lex_.Title(title) != nullptr && lex_.Title(title)->kind == "honorific")
      title_len = 0;
    // Not a given name before an organization's word: "the Supreme Court of
    // Malawi" ("Supreme" opens a WordNet name of a person).
    const bool person_left =
        !org_left && (title_len > 0 ? from + title_len < k
                                    : lex_.IsGivenName(t_[from].text) &&
                                          lex_.org_suffixes.count(t_[k - 1].text) == 0);
    // "Saulos Banda of UTM", "Dr Lazarus Phiri of Malawi Congress Party": a
    // name of two or three words no dictionary knows (after a form of
    // address, maybe), then "of" and an organization's name (ending in its
    // organization word, an acronym, or known): a person and his party or
    // firm, as with "of the".
    const bool unknown_left = !org_left && !person_left && UnknownPersonOf(from, k, r, e);
    const bool typed = (person_left || unknown_left) && Classify(r, e, right, canon, &weak);
    const bool state_right =
        unknown_left ||
        (person_left &&
         (right_known != nullptr ? right_known->type != EntityType::kPerson
                                 : !lex_.IsGivenName(t_[r].text)) &&
         (title_len > 0 ? typed && weak == WeakRule::kNone &&
                              (right == EntityType::kCountry || right == EntityType::kOrganization)
                        : !typed || right != EntityType::kPerson));
    if (!org_left && !state_right) continue;
    const size_t mentions_before = doc_.mentions.size(), titles_before = layer_.titles.size();
    Run(b, k, si, sent_first, sent_end);
    const size_t mentions_left = doc_.mentions.size();
    Run(r, e, si, sent_first, sent_end);
    auto typed_at = [&](size_t lo, size_t hi, size_t first, size_t end, EntityType type) {
      for (size_t m = lo; m < hi; ++m) {
        const Mention& mm = doc_.mentions[m];
        if (mm.first_token >= first && mm.end_token == end && mm.type == type)
          return static_cast<int>(m);
      }
      return -1;
    };
    if (org_left) {
      const int org = typed_at(mentions_before, mentions_left, from, k, EntityType::kOrganization);
      const int person = typed_at(mentions_left, doc_.mentions.size(), r, e, EntityType::kPerson);
      if (org >= 0 && person >= 0) {
        TitledName tn;
        tn.person_mention = static_cast<size_t>(person);
        tn.leader = true;
        tn.modifier_mention = org;
        layer_.titles.push_back(tn);
      }
      return true;
    }
    // "Maria Costa of Vantor Capital": an unknown name of what a person
    // belongs to is no person's.
    for (size_t m = mentions_left; m < doc_.mentions.size(); ++m) {
      Mention& mm = doc_.mentions[m];
      if (mm.first_token != r || mm.end_token != e || mm.type != EntityType::kPerson) continue;
      mm.type = EntityType::kOrganization;
      mm.by_form = false;
      if (m < reasons_.size()) reasons_[m] = WeakRule::kNone;
    }
    const int state = typed ? typed_at(mentions_left, doc_.mentions.size(), r, e, right) : -1;
    for (size_t n = titles_before; n < layer_.titles.size() && state >= 0; ++n) {
      TitledName& tn = layer_.titles[n];
      if (doc_.mentions[tn.person_mention].end_token == k && tn.modifier_mention < 0)
        tn.modifier_mention = state;
    }
    return true;
  }
  return false;
}

bool NameRecognizer::UnknownPersonOf(size_t b, size_t of, size_t r, size_t e) const {
  std::string title;
  if (const size_t tl = TitleAt(b, of, &title);
      tl > 0 && lex_.Title(title) != nullptr && lex_.Title(title)->kind == "honorific")
    b += tl;
  if (of < b + 2 || of > b + 3 || lex_.Lookup(JoinTokens(doc_, b, of)) != nullptr) return false;
  for (size_t q = b; q < of; ++q) {
    if (!t_[q].capitalized || t_[q].all_caps || IsCommon(t_[q].lower) ||
        lex_.DemonymCountry(t_[q].text) != nullptr || lex_.org_suffixes.count(t_[q].text) > 0 ||
        lex_.org_heads.count(t_[q].text) > 0 || lex_.place_suffixes.count(t_[q].text) > 0 ||
        lex_.non_names.count(t_[q].text) > 0 || TitleAt(q, of, nullptr) > 0)
      return false;
  }
  // What is after "of": a name the gazetteer knows as an organization's,
  // one ending in an organization's word, or an acronym.
  if (const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, r, e)); g != nullptr)
    return g->type == EntityType::kOrganization;
  if (e == r + 1)
    return t_[r].all_caps && t_[r].text.size() >= 2 && !lex_.IsCommonWord(t_[r].lower);
  return lex_.org_suffixes.count(t_[e - 1].text) > 0 && !t_[e - 1].all_caps;
}

}  // namespace newskg::internal
