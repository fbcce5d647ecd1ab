// CorefResolver: leaders, the main country, pronouns and epithets (see
// coref_resolver.h).
#include <algorithm>
#include <map>

#include "base/base.h"
#include "extract/internal/clauses.h"
#include "extract/internal/coref_resolver.h"

namespace newskg::internal {

void CorefResolver::SetLeader(int person, int target) {
  if (coref_.leader_of.size() < doc_.entities.size()) {
    coref_.leader_of.resize(doc_.entities.size(), -1);
    coref_.titles.resize(doc_.entities.size());
  }
  int& led = coref_.leader_of[static_cast<size_t>(person)];
  auto is_country = [&](int e) {
    return doc_.entities[static_cast<size_t>(e)].type == EntityType::kCountry;
  };
  if (led >= 0) {
    // "The president, who is also chair of the bloc": one country and one
    // body besides; the country is the one the person stands for.
    if (led == target || is_country(led) == is_country(target)) return;
    for (const Relation& r : doc_.relations) {
      if (r.subject == person && r.property == "leaderOf" && r.object != led &&
          is_country(r.object) == is_country(target))
        return;
    }
    if (is_country(target)) led = target;
  } else {
    led = target;
  }
  doc_.relations.push_back(Relation{person, "leaderOf", target, 0});
}
int CorefResolver::MainCountry() {
  if (main_country_ == -2) main_country_ = ComputeMainCountry();
  return main_country_;
}
bool CorefResolver::DatelineMark(const Token& t) const {
  // "NAIROBI, July 13", "BOGOTA —", "KYIV (Reuters) -": what closes an
  // all-caps place opening the article.
  return w_.dateline_marks.count(t.text) > 0;
}
int CorefResolver::ComputeMainCountry() {
  int main = -1;
  const auto& ms = doc_.mentions;
  for (const auto& m : ms) {
    if (m.entity < 0 || m.kind != MentionKind::kName) continue;
    const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
    // "ISLAMABAD, July 13 —", or a line opening "Mumbai: ...".
    const bool line_start = m.span.begin == 0 || doc_.text[m.span.begin - 1] == '\n';
    const bool dateline =
        m.end_token < doc_.tokens.size() && m.sentence <= 2 &&
        ((doc_.tokens[m.first_token].all_caps && DatelineMark(doc_.tokens[m.end_token])) ||
         (line_start && doc_.tokens[m.end_token].text == ":"));
    if (!dateline) continue;
    if (e.type == EntityType::kCountry) main = m.entity;
    if (e.type == EntityType::kCity) main = CountryOfCity(doc_, lex_, m.entity);
    break;
  }
  std::map<int, int> freq;
  for (const auto& m : ms) {
    if (m.entity >= 0 &&
        doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kCountry) {
      ++freq[m.entity];
    }
  }
  // "WASHINGTON — The U.S. imposed sanctions on Bosnia's ...": a dateline
  // whose country the text names less often than another, named twice at
  // least, is the correspondent's, not the story's.
  if (main >= 0) {
    const auto it = freq.find(main);
    const int main_n = it == freq.end() ? 0 : it->second;
    if (std::any_of(freq.begin(), freq.end(),
                    [&](const auto& f) { return f.second > main_n && f.second >= 2; }))
      main = -1;
  }
  if (main < 0) {
    int best_n = 0, second_n = 0;
    for (const auto& [e, n] : freq) {
      if (n > best_n) {
        second_n = best_n;
        best_n = n;
        main = e;
      } else if (n > second_n) {
        second_n = n;
      }
    }
    if (best_n < 2 * second_n || best_n < (second_n == 0 ? 2 : 3)) main = -1;
  }
  return main;
}
bool CorefResolver::OtherCountryInSentence(size_t sentence, int country) {
  if (counted_country_ != country) {
    counted_country_ = country;
    country_mentions_ = 0;
    for (const auto& m : doc_.mentions) country_mentions_ += m.entity == country ? 1 : 0;
  }
  if (country_mentions_ >= 2) return false;
  bool other = false;
  // Mentions are in text order: only this sentence's.
  const auto first = std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), sentence,
                                      [](const Mention& m, size_t si) { return m.sentence < si; });
  for (auto it = first; it != doc_.mentions.end() && it->sentence == sentence; ++it) {
    const Mention& m = *it;
    if (m.entity < 0) continue;
    const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
    const int c = e.type == EntityType::kCountry ? m.entity
                  : e.type == EntityType::kCity  ? CountryOfCity(doc_, lex_, m.entity)
                                                 : -1;
    if (c == country) return false;
    other = other || c >= 0;
  }
  return other;
}
bool CorefResolver::TitleFitsState(const std::string& title, int country) const {
  const std::string& key = doc_.entities[static_cast<size_t>(country)].key;
  const bool monarchy = w_.monarchies.count(key.substr(key.find('/') + 1)) > 0;
  if (w_.monarch_titles.count(title) > 0) return monarchy;
  if (w_.head_of_state_titles.count(title) > 0) return !monarchy;
  return true;
}
int CorefResolver::MainCountryWithoutLeader(const std::string& title) {
  const int main = MainCountry();
  if (main < 0 || !TitleFitsState(title, main)) return -1;

  if (coref_.leader_of.size() < doc_.entities.size())
    coref_.leader_of.resize(doc_.entities.size(), -1);
  // A country has one president and one head of government: a second
  // leader is only guessed for the other office.
  for (size_t p = 0; p < coref_.leader_of.size(); ++p) {
    if (coref_.leader_of[p] != main) continue;
    if (p >= coref_.titles.size()) return -1;
    for (const auto& other : coref_.titles[p]) {
      if (other == title ||
          (w_.head_of_state_titles.count(title) == 0 && w_.head_of_state_titles.count(other) == 0))
        return -1;
    }
  }
  return main;
}
int CorefResolver::LedByPerson(size_t k) {
  const auto& t = doc_.tokens;
  const size_t dash = t[k].text.rfind('-');
  if (dash == std::string::npos || dash == 0 || !t[k].capitalized ||
      lex_.leading_suffixes.count(t[k].lower.substr(t[k].lower.rfind('-') + 1)) == 0)
    return -1;
  const std::string name = t[k].text.substr(0, dash);
  for (size_t e = 0; e < doc_.entities.size(); ++e) {
    const Entity& en = doc_.entities[e];
    if (en.type != EntityType::kPerson) continue;
    const bool surname = en.label.size() > name.size() &&
                         en.label.compare(en.label.size() - name.size(), name.size(), name) == 0 &&
                         en.label[en.label.size() - name.size() - 1] == ' ';
    if (en.label == name || surname || en.alt_labels.count(name) > 0) return static_cast<int>(e);
  }
  // "President Ravi Kumar-led": the name before the hyphen ends the
  // person's name just before it.
  const auto after =
      std::lower_bound(doc_.mentions.begin(), doc_.mentions.end(), k,
                       [](const Mention& m, size_t tok) { return m.first_token < tok; });
  if (after == doc_.mentions.begin()) return -1;
  const Mention& m = *std::prev(after);
  if (m.end_token != k || m.entity < 0 || m.kind != MentionKind::kName ||
      doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson)
    return -1;
  AddLabel(m.entity, m.text + " " + name);
  return m.entity;
}
void CorefResolver::LedBy() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  for (size_t k = 0; k + 1 < t.size(); ++k) {
    const int person = LedByPerson(k);
    if (person < 0) continue;
    // The organization named right after it.
    for (const Mention& mm : ms) {
      if (mm.first_token < k + 1) continue;
      if (mm.first_token > k + 1 || mm.entity < 0) break;
      if (doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kOrganization)
        SetLeader(person, mm.entity);
      break;
    }
  }
}
bool CorefResolver::IsPossessive(const Token& t) const {
  // 's, and ’s: the lower-case form writes the apostrophe straight.
  return w_.possessive_markers.count(t.lower) > 0;
}
void CorefResolver::AppositiveLeaders() {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  auto type_of = [&](int e) { return doc_.entities[static_cast<size_t>(e)].type; };
  auto leader_title_at = [&](size_t k, size_t& len) {
    const TitleInfo* ti = nullptr;
    const size_t l = lex_.TitleAt(t, k, t.size(), &ti, nullptr);
    if (l == 0) return false;
    len = l;
    return ti->leader;
  };
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& p = ms[i];
    if (p.entity < 0 || p.kind != MentionKind::kName || type_of(p.entity) != EntityType::kPerson)
      continue;
    size_t k = p.end_token;
    if (k + 3 >= t.size() || t[k].text != ",") continue;
    ++k;
    size_t len = 0;
    // ", India's prime minister" / ", Russia's president"
    if (i + 1 < ms.size() && ms[i + 1].first_token == k && ms[i + 1].entity >= 0 &&
        (type_of(ms[i + 1].entity) == EntityType::kCountry ||
         type_of(ms[i + 1].entity) == EntityType::kOrganization) &&
        ms[i + 1].end_token < t.size() && IsPossessive(t[ms[i + 1].end_token]) &&
        leader_title_at(ms[i + 1].end_token + 1, len)) {
      // Not ", Qatar's chief of intelligence": the head of a service.
      const size_t after = ms[i + 1].end_token + 1 + len;
      const bool domain = after + 1 < t.size() && w_.head_of_preps.count(t[after].lower) > 0 &&
                          t[after + 1].kind == TokenKind::kWord && !t[after + 1].capitalized;
      if (!domain) SetLeader(p.entity, ms[i + 1].entity);
      continue;
    }
    // ", who is also chair of ...": a relative clause that says what the person is.
    if (t[k].tag == "WP" && k + 1 < t.size() && lex_.passive_auxiliaries.count(t[k + 1].lower)) {
      k += 2;
      if (k < t.size() && t[k].tag == "RB") ++k;
    }
    // ", the president of Belarus", ", Chairman of VTB bank", ", CEO of
    // energy company Gazprom": the first state or organization named after
    // "of", past words that describe it, before the apposition ends.
    if (k < t.size() && t[k].tag == "DT") ++k;
    // ... past the person's age and a word of the office's tenure: ", the
    // 60-year-old chairman of", ", the incumbent president of".
    if (k < t.size() && StageWords::EndsInAny(t[k].lower, w_.age_markers, 0)) ++k;
    if (k < t.size() && w_.office_modifiers.count(t[k].lower) > 0) ++k;
    if (k < t.size() && leader_title_at(k, len) && k + len < t.size() &&
        w_.head_of_preps.count(t[k + len].lower) > 0) {
      const size_t from = k + len + 1;
      for (size_t j = i + 1; j < ms.size() && ms[j].first_token < from + 8; ++j) {
        if (ms[j].first_token < from) continue;
        bool ended = false;  // a comma or semicolon closes the apposition
        for (size_t q = from; q < ms[j].first_token && !ended; ++q)
          ended = t[q].text == "," || t[q].text == ";" || t[q].kind == TokenKind::kQuote;
        if (ended) break;
        if (ms[j].entity < 0 || ms[j].kind == MentionKind::kDemonym) continue;
        if (type_of(ms[j].entity) == EntityType::kCountry ||
            type_of(ms[j].entity) == EntityType::kOrganization) {
          SetLeader(p.entity, ms[j].entity);
        }
        break;
      }
    }
  }
  // "The leader of the Green Party, X,": the title, what it leads and the
  // person in apposition after a comma.
  for (size_t i = 1; i < ms.size(); ++i) {
    const Mention& p = ms[i];
    const Mention& led = ms[i - 1];
    if (p.entity < 0 || p.kind != MentionKind::kName || type_of(p.entity) != EntityType::kPerson ||
        led.entity < 0 || led.kind != MentionKind::kName || p.first_token != led.end_token + 1 ||
        t[led.end_token].text != "," ||
        (type_of(led.entity) != EntityType::kCountry &&
         type_of(led.entity) != EntityType::kOrganization))
      continue;
    size_t k = led.first_token;
    if (k > 0 && w_.definite_articles.count(t[k - 1].lower) > 0) --k;
    if (k < 2 || w_.head_of_preps.count(t[k - 1].lower) == 0) continue;
    for (size_t b = k - 1; b-- > 0 && b + 4 >= k;) {
      size_t len = 0;
      if (leader_title_at(b, len) && b + len == k - 1) {
        // The title heads its phrase: "The leader of ...", not "the former
        // president of", "The deputy leader of", "The daughter of the
        // president of".
        const bool heads = b >= 1 && w_.definite_articles.count(t[b - 1].lower) > 0 &&
                           (b < 2 || w_.head_of_preps.count(t[b - 2].lower) == 0);
        if (heads) SetLeader(p.entity, led.entity);
        break;
      }
    }
  }
  // "Ghanaian President, Nana Akufo-Addo," and "Vanuatu's (incumbent)
  // prime minister, X,": a state's demonym, or a state's or a body's
  // possessive, its leader's title, a comma, then the person who holds it;
  // not "former Malian president, X,".
  // Whether the words from k are a leader's title (maybe after words of its
  // tenure: "incumbent", "elected"), a comma, then p, a named person.
  auto holds_title = [&](size_t k, const Mention& p) {
    while (k < t.size() && w_.office_modifiers.count(t[k].lower) > 0) ++k;
    size_t len = 0;
    return leader_title_at(k, len) && k + len + 1 < t.size() && t[k + len].text == "," &&
           p.first_token == k + len + 1 && p.entity >= 0 && p.kind == MentionKind::kName &&
           type_of(p.entity) == EntityType::kPerson;
  };
  for (size_t i = 0; i + 1 < ms.size(); ++i) {
    const Mention& led = ms[i];
    if (led.entity < 0 || led.end_token + 2 >= t.size()) continue;
    const EntityType ty = type_of(led.entity);
    size_t k = led.end_token;
    if (led.kind == MentionKind::kDemonym && ty == EntityType::kCountry) {
      if (led.first_token > 0 && w_.former_words.count(t[led.first_token - 1].lower) > 0) continue;
    } else if (led.kind == MentionKind::kName &&
               (ty == EntityType::kCountry || ty == EntityType::kOrganization) &&
               IsPossessive(t[k])) {
      ++k;
    } else {
      continue;
    }
    if (holds_title(k, ms[i + 1])) SetLeader(ms[i + 1].entity, led.entity);
  }
  // "Soldiers seized power in Mali. ... the country's elected president, X,":
  // the country named last, in this sentence or the two before it.
  constexpr size_t kCountryReach = 2;
  for (size_t i = 1; i < ms.size(); ++i) {
    const Mention& p = ms[i];
    if (p.first_token < 6 || t[p.first_token - 1].text != ",") continue;
    // "the country's", then at least a title and the comma.
    for (size_t j = p.first_token - 5; j + 8 >= p.first_token && j > 0; --j) {
      if (w_.definite_articles.count(t[j].lower) == 0 ||
          w_.country_nouns.count(t[j + 1].lower) == 0 || !IsPossessive(t[j + 2]))
        continue;
      if (!holds_title(j + 3, p)) break;
      for (size_t c = i; c-- > 0;) {
        const Mention& m = ms[c];
        if (m.sentence + kCountryReach < p.sentence) break;
        if (m.entity < 0 || m.first_token >= j || m.kind != MentionKind::kName ||
            type_of(m.entity) != EntityType::kCountry)
          continue;
        SetLeader(p.entity, m.entity);
        break;
      }
      break;
    }
  }
  // "as Venezuela's president": the subject of the sentence leads it.
  // "was declared Kenya's new president": the subject takes the office's
  // title, which it does not yet hold (office_verbs.txt).
  for (size_t i = 0; i < ms.size(); ++i) {
    const Mention& c = ms[i];
    if (c.entity < 0 || c.first_token == 0) continue;
    const bool as = w_.role_preps.count(t[c.first_token - 1].lower) > 0;
    const bool given = w_.office_verbs.count(t[c.first_token - 1].lower) > 0;
    if ((!as && !given) || type_of(c.entity) != EntityType::kCountry || c.end_token >= t.size() ||
        w_.possessive_markers.count(t[c.end_token].lower) == 0)
      continue;
    size_t k = c.end_token + 1, len = 0;
    if (given && k < t.size() && w_.office_modifiers.count(t[k].lower) > 0) ++k;
    if (!leader_title_at(k, len)) continue;
    for (size_t j = 0; j < i; ++j) {
      if (ms[j].sentence != c.sentence || ms[j].entity < 0 || ms[j].kind != MentionKind::kName)
        continue;
      // The first person the sentence names ("Kenya's vice-president, X,
      // was declared ...").
      if (type_of(ms[j].entity) != EntityType::kPerson) continue;
      if (as) SetLeader(ms[j].entity, c.entity);
      if (given && static_cast<size_t>(ms[j].entity) < coref_.titles.size()) {
        std::string title;
        for (size_t q = k; q < k + len; ++q) title += (q > k ? " " : "") + t[q].lower;
        coref_.titles[static_cast<size_t>(ms[j].entity)].push_back(title);
      }
      break;
    }
  }
}
bool CorefResolver::SaysAfter(size_t k) const {
  const auto& t = doc_.tokens;
  for (size_t j = k; j < t.size() && j < k + 3; ++j) {
    if (t[j].tag.compare(0, 2, "VB") != 0 && t[j].tag != "MD") continue;
    if (lex_.AnyLemmaIn(t[j].lower, lex_.speech_verbs)) return true;
  }
  return false;
}

const std::string* CorefResolver::RelationOwner(size_t first) const {
  const auto& t = doc_.tokens;
  size_t k = first;
  if (k > 0 && t[k - 1].text == ",") --k;
  // One to three lower-case words: the relation ("lawyer", "elder brother").
  size_t words = 0;
  while (k > 0 && words < 3 && t[k - 1].kind == TokenKind::kWord && !t[k - 1].capitalized &&
         lex_.possessive_determiners.count(t[k - 1].lower) == 0) {
    --k;
    ++words;
  }
  if (words == 0 || k == 0 || lex_.possessive_determiners.count(t[k - 1].lower) == 0)
    return nullptr;
  // The possessive opens the sentence.
  const size_t b = k - 1;
  if (b > 0 && t[b - 1].sentence == t[b].sentence) return nullptr;
  return &t[b].lower;
}

int CorefResolver::PossessedBy(size_t mi) const {
  const auto& t = doc_.tokens;
  const auto& ms = doc_.mentions;
  const Mention& owner = ms[mi];
  if (mi + 1 >= ms.size() || owner.end_token + 2 >= t.size() ||
      w_.possessive_markers.count(t[owner.end_token].lower) == 0)
    return -1;
  const size_t relation = owner.end_token + 1;
  size_t j = RelationWordsEnd(t, relation, t.size());
  if (j == relation || j >= t.size()) return -1;
  if (t[j].text == ",") ++j;
  const Mention& p = ms[mi + 1];
  if (p.first_token != j || p.entity < 0 || p.entity == owner.entity ||
      p.kind != MentionKind::kName ||
      doc_.entities[static_cast<size_t>(p.entity)].type != EntityType::kPerson)
    return -1;
  return p.entity;
}

void CorefResolver::AddPronouns() {
  const auto& t = doc_.tokens;
  // A pronoun stands for the person who is the subject of its own sentence
  // so far (the first person named in it), else of the sentences before:
  // "He was received by Biden ..., after he held talks with Milei" is one man.
  std::vector<Mention> added;
  size_t next = 0;
  int last_subject = -1;      // first person of the latest sentence that named one
  int sentence_subject = -1;  // first person of the current sentence
  // When the sentence's subject is someone's relation ("His lawyer, X,"):
  // the possessive that opens it, whose person is the sentence before's.
  const std::string* subject_owner = nullptr;
  size_t sentence = 0;
  // A sentence that opens with a subordinate clause ("As Xi and Putin met,
  // Kishida ...") has its subject after the clause's comma.
  size_t subject_from = 0;
  auto clause_start = [&](size_t si) {
    const auto& s = doc_.sentences[si];
    const std::string& w = t[s.first_token].lower;
    if (w_.subordinators.count(w) == 0) return s.first_token;
    for (size_t k = s.first_token; k < s.end_token; ++k) {
      if (t[k].text == ",") return k + 1;
    }
    return s.first_token;
  };
  if (!doc_.sentences.empty()) subject_from = clause_start(0);
  // For object pronouns: the current sentence's people (entity, the token
  // after the mention).
  std::vector<std::pair<int, size_t>> seen;
  auto sentence_of = [&](size_t tok) {
    while (sentence + 1 < doc_.sentences.size() &&
           doc_.sentences[sentence + 1].first_token <= tok) {
      ++sentence;
      seen.clear();
      if (sentence_subject >= 0) last_subject = sentence_subject;
      sentence_subject = -1;
      subject_owner = nullptr;
      subject_from = clause_start(sentence);
    }
  };
  // Whether a verb follows a mention ending before `after` (its subject).
  auto subject_of_verb = [&](size_t after) {
    for (size_t k = after; k < t.size() && k < after + 3; ++k) {
      if (t[k].tag == "MD" || t[k].tag == "VBD" || t[k].tag == "VBZ" || t[k].tag == "VBP")
        return true;
      if (t[k].tag != "RB") return false;
    }
    return false;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    sentence_of(i);
    while (next < doc_.mentions.size() && doc_.mentions[next].first_token <= i) {
      const Mention& m = doc_.mentions[next++];
      if (m.entity < 0 || t[m.first_token].quoted || m.kind == MentionKind::kDemonym ||
          doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson)
        continue;
      seen.push_back({m.entity, m.end_token});
      if (sentence_subject < 0 && m.first_token >= subject_from) {
        sentence_subject = m.entity;
        subject_owner = RelationOwner(m.first_token);
        // "X's daughter(,) Y": the subject is Y, whom X's relation names.
        if (const int possessed = PossessedBy(next - 1); possessed >= 0)
          sentence_subject = possessed;
      }
    }
    const int last_person = sentence_subject >= 0 ? sentence_subject : last_subject;
    // An object pronoun ("arrested him"), not a possessive ("her party").
    size_t after = i + 1;  // past adverbs: "her most senior aide"
    while (after < t.size() && t[after].tag.compare(0, 2, "RB") == 0) ++after;
    const bool object =
        w_.object_pronouns.count(t[i].lower) > 0 &&
        !(after < t.size() && (t[after].tag.compare(0, 2, "NN") == 0 ||
                               t[after].tag.compare(0, 2, "JJ") == 0 || t[after].tag == "CD"));
    if (t[i].quoted || (w_.personal_pronouns.count(t[i].lower) == 0 && !object) || last_person < 0)
      continue;
    int person = last_person;
    // "His lawyer, X, said he was detained": "he" is the owner of "his",
    // the person of the sentence before, when the two agree.
    if (subject_owner != nullptr && person == sentence_subject && last_subject >= 0 &&
        last_subject != sentence_subject) {
      const auto own = w_.pronoun_owners.find(*subject_owner);
      if (own != w_.pronoun_owners.end() && own->second.count(t[i].lower) > 0)
        person = last_subject;
    }
    if (object && sentence_subject >= 0 && !seen.empty()) {
      // The sentence's first person is a verb's subject: the pronoun is
      // someone else when its own clause goes on from that subject ("Ruiz
      // met Quiroga and thanked him": the latest person, no subject); when
      // another subject opens its clause ("Ruiz flew in, where Quiroga met
      // her"), the first person.
      size_t first_end = 0;
      for (const auto& [e, end] : seen) {
        if (e == sentence_subject) {
          first_end = end;
          break;
        }
      }
      const auto& [latest, latest_end] = seen.back();
      if (first_end != 0 && subject_of_verb(first_end)) {
        if (latest != sentence_subject && !subject_of_verb(latest_end)) {
          person = latest;
        } else if (latest == sentence_subject) {
          // "X said police arrested him": a reported clause's object is
          // its speaker; else someone of the sentence before.
          person = SaysAfter(first_end)               ? sentence_subject
                   : last_subject != sentence_subject ? last_subject
                                                      : -1;
        }
      }
      if (person < 0) continue;
    }
    if (sentence_subject < 0 && !object)
      sentence_subject = last_person;  // the pronoun is this sentence's subject
    Mention p;
    p.first_token = i;
    p.end_token = i + 1;
    p.span = t[i].span;
    p.type = EntityType::kPerson;
    p.kind = MentionKind::kPronoun;
    p.text = t[i].text;
    p.entity = person;
    added.push_back(p);
  }
  for (auto& p : added) {
    // The sentence holding the pronoun: the last one starting at or before it.
    auto it = std::upper_bound(doc_.sentences.begin(), doc_.sentences.end(), p.first_token,
                               [](size_t tok, const Sentence& s) { return tok < s.first_token; });
    p.sentence =
        it == doc_.sentences.begin() ? 0 : static_cast<size_t>(it - doc_.sentences.begin() - 1);
  }
  auto by_start = [](const Mention& a, const Mention& b) { return a.first_token < b.first_token; };
  const auto old_end = static_cast<std::ptrdiff_t>(doc_.mentions.size());
  for (auto& p : added) doc_.mentions.push_back(std::move(p));
  // The pronouns come in text order: when the mentions before them are in
  // order too, a stable merge gives what a stable sort of the whole would.
  if (std::is_sorted(doc_.mentions.begin(), doc_.mentions.begin() + old_end, by_start)) {
    std::inplace_merge(doc_.mentions.begin(), doc_.mentions.begin() + old_end, doc_.mentions.end(),
                       by_start);
  } else {
    std::stable_sort(doc_.mentions.begin(), doc_.mentions.end(), by_start);
  }
}
void CorefResolver::Redirect(int from, int to) {
  for (auto& m : doc_.mentions) {
    if (m.entity == from) m.entity = to;
  }
  Entity& f = doc_.entities[static_cast<size_t>(from)];
  AddLabel(to, f.label);
  for (const auto& l : f.alt_labels) AddLabel(to, l);
  f.named = false;
  f.alt_labels.clear();
}
int CorefResolver::ResolveEpithet(size_t mi) {
  const Mention& ep = doc_.mentions[mi];
  if (ep.type == EntityType::kOrganization) {
    // "the fund" for the IMF too: its canonical name is in its key.
    const std::string lowered = AsciiLower(ep.canonical);
    for (size_t j = mi; j-- > 0 && j + 400 > mi;) {
      const Mention& m = doc_.mentions[j];
      if (m.entity < 0 || m.kind == MentionKind::kEpithet) continue;
      const Entity& e = doc_.entities[static_cast<size_t>(m.entity)];
      if (e.type == EntityType::kOrganization && e.named &&
          (e.label.find(ep.canonical) != std::string::npos ||
           e.key.find(lowered) != std::string::npos)) {
        return m.entity;
      }
    }
    return -1;
  }
  // Demonym inside the epithet: "the Belarusian leader" (mentions near it).
  int country = -1;
  const size_t lo = mi > 8 ? mi - 8 : 0, hi = std::min(doc_.mentions.size(), mi + 8);
  for (size_t j = lo; j < hi; ++j) {
    const Mention& m = doc_.mentions[j];
    if (m.kind == MentionKind::kDemonym && m.span.begin >= ep.span.begin &&
        m.span.end <= ep.span.end) {
      country = m.entity;
    }
  }
  // "the president of Peru": the genitive names whose office; "the
  // president of Peru, Ana Ruiz,": the person after the comma holds it.
  const auto& ms = doc_.mentions;
  const auto& tk = doc_.tokens;
  if (mi + 1 < ms.size() && ms[mi + 1].sentence == ep.sentence && ep.end_token < tk.size() &&
      w_.head_of_preps.count(tk[ep.end_token].lower) > 0) {
    const Mention& c = ms[mi + 1];
    size_t k = ep.end_token + 1;
    if (k < c.first_token && w_.definite_articles.count(tk[k].lower) > 0) ++k;
    if (k == c.first_token && c.entity >= 0 &&
        doc_.entities[static_cast<size_t>(c.entity)].type != EntityType::kPerson) {
      if (mi + 2 < ms.size()) {
        const Mention& holder = ms[mi + 2];
        if (holder.sentence == ep.sentence && holder.kind == MentionKind::kName &&
            holder.entity >= 0 && c.end_token < tk.size() && tk[c.end_token].text == "," &&
            holder.first_token == c.end_token + 1 &&
            doc_.entities[static_cast<size_t>(holder.entity)].type == EntityType::kPerson)
          return holder.entity;
      }
      country = c.entity;
    }
  }
  const std::string& noun = ep.canonical;
  const bool leader_noun = lex_.leader_nouns.count(noun) > 0;
  if (country >= 0 && leader_noun) {
    for (size_t p = 0; p < coref_.leader_of.size(); ++p) {
      if (coref_.leader_of[p] == country) return static_cast<int>(p);
    }
  }
  // Generic leader nouns ("the leader", "the strongman") fit anyone who
  // leads; an office ("the president", "the premier") only its holder.
  const TitleInfo* office = lex_.Title(noun);
  const bool generic = leader_noun && (office == nullptr || !office->state);
  auto title_fits = [&](const std::string& t) {
    if (t == noun) return true;
    if (t.size() > noun.size() && t.compare(t.size() - noun.size(), noun.size(), noun) == 0 &&
        t[t.size() - noun.size() - 1] == ' ') {
      return true;  // "foreign minister" fits "minister"
    }
    if (auto it = w_.epithet_titles.find(noun);
        it != w_.epithet_titles.end() && it->second.count(t) > 0)
      return true;
    return generic && lex_.Title(t) != nullptr && lex_.Title(t)->leader;
  };
  // Does person p fit the epithet's noun, by any title seen with them?
  auto fits = [&](size_t p) {
    if (noun.empty()) return true;
    if (p >= coref_.titles.size()) return false;
    for (const auto& t : coref_.titles[p]) {
      if (title_fits(t)) return true;
    }
    return false;
  };
  auto led = [&](size_t p) { return p < coref_.leader_of.size() ? coref_.leader_of[p] : -1; };
  // The subject of the epithet's own sentence comes first ("Xi, who landed
  // ..., said ... the 69-year-old leader said").
  size_t first_in_sentence = mi;
  while (first_in_sentence > 0 && doc_.mentions[first_in_sentence - 1].sentence == ep.sentence)
    --first_in_sentence;
  for (size_t j = first_in_sentence; j < mi; ++j) {
    const Mention& m = doc_.mentions[j];
    if (m.sentence != ep.sentence || m.entity < 0 || m.kind != MentionKind::kName) continue;
    if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) continue;
    if (fits(static_cast<size_t>(m.entity)) &&
        m.first_token == doc_.sentences[m.sentence].first_token) {
      return m.entity;
    }
    break;
  }
  // The subject of the previous sentence, when it fits ("Xi, who ... met
  // Putin, insisted ... \"...,\" the 69-year-old leader said").
  if (ep.sentence > 0) {
    const auto& prev = doc_.sentences[ep.sentence - 1];
    for (size_t j = mi; j-- > 0;) {
      const Mention& m = doc_.mentions[j];
      if (m.sentence < ep.sentence - 1) break;
      if (m.sentence != ep.sentence - 1 || m.first_token != prev.first_token) continue;
      if (m.entity < 0 || m.kind != MentionKind::kName ||
          doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) {
        break;
      }
      const size_t p = static_cast<size_t>(m.entity);
      if (country >= 0 && led(p) >= 0 && led(p) != country) break;
      if (fits(p)) return m.entity;
      break;
    }
  }
  // The most recent person named before (within the last few hundred
  // mentions), whose titles fit and whose country does not clash.
  int fallback = -1;
  for (size_t j = mi; j-- > 0 && j + 400 > mi;) {
    const Mention& m = doc_.mentions[j];
    if (m.entity < 0 || m.kind != MentionKind::kName) continue;
    if (doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPerson) continue;
    const size_t p = static_cast<size_t>(m.entity);
    if (country >= 0 && led(p) >= 0 && led(p) != country) continue;
    if (fits(p) || (generic && led(p) >= 0)) {
      if (country >= 0 && leader_noun && led(p) < 0) SetLeader(m.entity, country);
      return m.entity;
    }
    if (fallback < 0) fallback = m.entity;
  }
  if (fallback >= 0 && country >= 0 && leader_noun) SetLeader(fallback, country);
  return fallback;
}

}  // namespace newskg::internal
