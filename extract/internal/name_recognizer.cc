#include "extract/internal/name_recognizer.h"

#include <algorithm>

#include "base/base.h"

namespace newskg::internal {

MentionLayer NameRecognizer::Run() {
  CollectEventNames();
  for (size_t si = 0; si < doc_.sentences.size(); ++si) Sentence(si);
  return std::move(layer_);
}

size_t NameRecognizer::TitleAt(size_t i, size_t end, std::string* title) const {
  return lex_.TitleAt(t_, i, end, nullptr, title);
}

int NameRecognizer::AddMention(size_t b, size_t e, EntityType type, MentionKind kind, size_t si,
                               std::string canonical, bool tentative) {
  Mention m;
  m.first_token = b;
  m.end_token = e;
  m.span = {t_[b].span.begin, t_[e - 1].span.end};
  m.type = type;
  m.kind = kind;
  m.text = JoinTokens(doc_, b, e);
  m.canonical = std::move(canonical);
  m.tentative = tentative;
  m.sentence = si;
  doc_.mentions.push_back(std::move(m));
  return static_cast<int>(doc_.mentions.size() - 1);
}

bool NameRecognizer::Classify(size_t b, size_t e, EntityType& type, std::string& canonical,
                              WeakRule* weak) const {
  if (weak != nullptr) *weak = WeakRule::kNone;
  const std::string name = JoinTokens(doc_, b, e);
  if (const GazetteerEntry* g = lex_.Lookup(name)) {
    // WordNet single-word people are only a weak cue ("Reed", "Bush").
    if (!(g->from_wordnet && g->type == EntityType::kPerson && e - b == 1)) {
      type = g->type;
      // People are keyed by the name the article gives them.
      canonical = g->type == EntityType::kPerson ? "" : g->canonical;
      return true;
    }
  }
  bool all_caps = true;  // a dateline: "ISLAMABAD", "BUENOS AIRES"
  for (size_t k = b; k < e; ++k) all_caps = all_caps && t_[k].all_caps;
  if (all_caps && (e - b > 1 || t_[b].text.size() > 3)) {
    // Not WordNet's one-word people: "(KNUT)" is no "Knut".
    if (const GazetteerEntry* g = lex_.Lookup(TitleCase(name));
        g != nullptr && !(g->from_wordnet && g->type == EntityType::kPerson && e - b == 1)) {
      type = g->type;
      canonical = g->canonical;  // a dateline's "ISLAMABAD" is labelled "Islamabad"
      return true;
    }
  }
  const std::string& last = t_[e - 1].text;
  // "Chiang Mai International Airport": a place noun last makes a place,
  // whatever organization words come before it.
  if (e - b > 1 && (lex_.place_suffixes.count(last) > 0 || w_.name_place_nouns.count(last) > 0) &&
      lex_.org_suffixes.count(last) == 0) {
    type = EntityType::kPlace;
    return true;
  }
  // "Pakistan Muslim League-Nawaz": an organization's word and a faction's
  // name joined by a hyphen end an organization's name too.
  if (const size_t dash = t_[e - 1].text.find('-');
      e - b >= 2 && dash != std::string::npos && dash > 0 &&
      lex_.org_suffixes.count(t_[e - 1].text.substr(0, dash)) > 0 &&
      dash + 1 < t_[e - 1].text.size() && t_[e - 1].text[dash + 1] >= 'A' &&
      t_[e - 1].text[dash + 1] <= 'Z') {
    type = EntityType::kOrganization;
    return true;
  }
  for (size_t k = b; k < e; ++k) {
    if (lex_.org_suffixes.count(t_[k].text) > 0 &&
        (k == e - 1 || k + 1 == e - 1 || w_.org_name_preps.count(t_[k + 1].lower) > 0)) {
      type = EntityType::kOrganization;
      return true;
    }
    if (lex_.org_heads.count(t_[k].text) > 0 && k + 1 < e &&
        w_.head_of_preps.count(t_[k + 1].lower) > 0) {
      type = EntityType::kOrganization;
      return true;
    }
  }
  if (lex_.place_suffixes.count(last) > 0 && e - b > 1) {
    type = EntityType::kPlace;
    return true;
  }
  // "Gulf of Oman", "Sea of Japan", "Bay of Bengal".
  if (e - b >= 3 && lex_.place_suffixes.count(t_[b].text) > 0 &&
      w_.head_of_preps.count(t_[b + 1].lower) > 0) {
    type = EntityType::kPlace;
    return true;
  }
  if (e - b == 1 && t_[b].all_caps && t_[b].text.size() <= 6 && !IsRomanOrWar(t_[b].text) &&
      !lex_.IsCommonWord(t_[b].lower)) {
    type = EntityType::kOrganization;
    if (weak != nullptr) *weak = WeakRule::kAcronym;
    return true;
  }
  if (e - b >= 2 && lex_.IsGivenName(t_[b].text)) {
    type = EntityType::kPerson;
    if (weak != nullptr) *weak = WeakRule::kGivenName;
    return true;
  }
  return false;
}

void NameRecognizer::Weak(int mention, WeakRule why) {
  if (reasons_.size() <= static_cast<size_t>(mention))
    reasons_.resize(static_cast<size_t>(mention) + 1, WeakRule::kNone);
  reasons_[static_cast<size_t>(mention)] = why;
}

bool NameRecognizer::PrecededByLocative(size_t b, size_t first) const {
  return AfterLocative(doc_, lex_, w_, b, first);
}

bool NameRecognizer::FollowedBySpeech(size_t e, size_t end) const {
  size_t k = e;
  if (k < end && t_[k].text == ",") return false;
  if (k < end && w_.perfect_auxiliaries.count(t_[k].lower) > 0) ++k;
  return k < end && lex_.AnyLemmaIn(t_[k].lower, lex_.speech_verbs);
}

bool NameRecognizer::ItActsAfterSpeech(size_t e, size_t end) const {
  size_t k = e;
  if (k < end && w_.perfect_auxiliaries.count(t_[k].lower) > 0) ++k;
  // "said on Tuesday it would", "said in a statement that it had".
  constexpr size_t kMaxGap = 8;
  for (size_t j = k + 1; j < end && j <= k + kMaxGap; ++j) {
    if (t_[j].kind == TokenKind::kPunct || t_[j].kind == TokenKind::kQuote) return false;
    if (w_.personal_pronouns.count(t_[j].lower) > 0) return false;
    if (w_.org_pronouns.count(t_[j].lower) == 0) continue;
    size_t v = j + 1;
    while (v < end && t_[v].tag == "MD") ++v;  // "would", "will"
    if (v + 1 < end && w_.perfect_auxiliaries.count(t_[v].lower) > 0 && t_[v + 1].tag == "VBN")
      ++v;  // "had agreed"
    return v < end && t_[v].tag.rfind("VB", 0) == 0 &&
           w_.expletive_it_verbs.count(t_[v].lower) == 0;
  }
  return false;
}

bool NameRecognizer::AgeAfter(size_t e, size_t end) const {
  // "Maria, 24, said", and at the sentence's end: "his daughter Maria, 24."
  if (e + 2 >= end || t_[e].text != "," || t_[e + 1].kind != TokenKind::kNumber ||
      (t_[e + 2].text != "," && !(e + 3 == end && t_[e + 2].kind == TokenKind::kPunct)))
    return false;
  const std::string& n = t_[e + 1].text;
  return (n.size() == 1 || n.size() == 2 || (n.size() == 3 && n[0] == '1')) &&
         std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool NameRecognizer::AfterPreposition(size_t b, size_t first) const {
  if (b <= first) return false;
  size_t k = b - 1;
  if (w_.definite_articles.count(t_[k].lower) > 0 && k > first) --k;
  return t_[k].kind == TokenKind::kWord && lex_.prepositions.count(t_[k].lower) > 0;
}

bool NameRecognizer::TitledApposition(size_t e, size_t end) const {
  if (e + 3 >= end || t_[e].text != ",") return false;
  // "Lula da Silva, head of the Workers' Party,", "X, former chair of Y,":
  // a title and "of" or "for" right after the comma (not a person noun an
  // organization may be too: "Gazprom, owner of the pipeline,").
  size_t k = e + 1;
  if (w_.former_words.count(t_[k].lower) > 0 || w_.office_modifiers.count(t_[k].lower) > 0) ++k;
  if (k + 1 < end && !t_[k].capitalized && lex_.Title(t_[k].lower) != nullptr &&
      w_.title_domain_preps.count(t_[k + 1].lower) > 0)
    return true;
  // "Bolsonaro, of the Liberal Party,": a member of a party.
  if (w_.head_of_preps.count(t_[e + 1].lower) == 0) return false;
  k = e + 2;
  if (w_.definite_articles.count(t_[k].lower) > 0) ++k;
  const size_t name = k;
  while (k < end && t_[k].capitalized && w_.party_nouns.count(t_[k].lower) == 0) ++k;
  return k < end && k > name && w_.party_nouns.count(t_[k].lower) > 0;
}

bool NameRecognizer::PersonOwns(size_t b, size_t e, size_t f, size_t first) const {
  // "King Edward's Hospital": one word after the possessive stays the
  // name's; so does a plural's bare apostrophe ("Consumers' Action Network").
  if (f < e + 3 || e < b + 2 || w_.possessive_markers.count(t_[e].lower) == 0) return false;
  while (b + 1 < e && lex_.non_names.count(t_[b].text) > 0) ++b;  // "The"
  if (lex_.Lookup(JoinTokens(doc_, b, e)) != nullptr) return false;
  auto person_title = [&](const std::string& title) {
    const TitleInfo* ti = lex_.Title(title);
    return ti != nullptr && ti->kind != "honorific" && ti->kind != "royal" &&
           ti->kind != "religious" && w_.monarch_titles.count(title) == 0;
  };
  // "opposition leader Ana Ruiz's": a lower-case title right before the name.
  for (size_t j = b; j-- > first && j + lex_.MaxTitleWords() >= b;) {
    std::string title;
    if (t_[j].capitalized || TitleAt(j, b, &title) != b - j) continue;
    if (person_title(title)) return true;
  }
  // "President Ana Ruiz's": a title, then a name; not a form of address,
  // nor a royal's or a cleric's title, whose holders name institutions
  // ("Queen Mary's Royal Hospital", "Archbishop Okoro's Peace Centre").
  // "Unity Party Leader Ana Ruiz's": what the title is of may come first.
  for (size_t j = b; j + 1 < e; ++j) {
    std::string title;
    const size_t tl = TitleAt(j, e, &title);
    if (tl == 0) continue;
    return person_title(title) && j + tl < e;
  }
  // "Ana Ruiz's": a given name and a surname that is no common word.
  return e >= b + 2 && lex_.IsGivenName(t_[b].text) && !IsCommon(t_[e - 1].lower);
}

bool NameRecognizer::AfterTitlePhrase(size_t b, size_t e, size_t first, size_t end) const {
  if (e - b < 2 || b < first + 4 || t_[b - 1].text != ",") return false;
  // "the leader of the opposition bloc, New Dawn,": a common word opening
  // the name may name what the title is of; a given name does not.
  if (IsCommon(t_[b].lower) && !lex_.IsGivenName(t_[b].text)) return false;
  // "the chairman of Kestrel Mining, Halvor Steel and Norvex Foods": a list.
  if (e < end && t_[e].kind != TokenKind::kPunct) return false;
  // "the chief executive of the firm, Zentrix Dynamics,": a plural common
  // noun last names a body, no surname.
  if (const std::string& last = t_[e - 1].lower;
      !lex_.IsGivenName(t_[b].text) && last.size() > 3 && last.back() == 's') {
    for (const auto& lemma : lex_.Lemmas(last))
      if (lemma != last && lex_.IsCommonNoun(lemma)) return false;
  }
  // What the title is of: up to eight words before the comma, no clause's
  // verb, no other punctuation.
  constexpr size_t kMaxDomain = 8;
  for (size_t of = b - 2; of > first && of + kMaxDomain + 2 >= b; --of) {
    const Token& tok = t_[of];
    if (tok.kind == TokenKind::kPunct || tok.kind == TokenKind::kQuote ||
        tok.kind == TokenKind::kSymbol || tok.tag == "MD" ||
        (tok.tag.rfind("VB", 0) == 0 && tok.tag != "VBN" && tok.tag != "VBG"))
      return false;
    if (w_.title_domain_preps.count(tok.text) == 0 || of + 2 > b - 1) continue;
    for (size_t j = of; j-- > first && j + lex_.MaxTitleWords() >= of;) {
      std::string title;
      if (TitleAt(j, of, &title) != of - j) continue;
      const TitleInfo* ti = lex_.Title(title);
      if (ti != nullptr && ti->kind != "honorific") return true;
    }
  }
  return false;
}

bool NameRecognizer::PersonContext(size_t b, size_t e, size_t first, size_t end) const {
  auto person_word = [&](size_t k) {
    return !t_[k].capitalized &&
           (lex_.person_nouns.count(t_[k].lower) > 0 || lex_.Title(t_[k].lower) != nullptr ||
            w_.occupation_nouns.count(t_[k].lower) > 0);
  };
  // "Amara Nwosu, the minister,", "Electoral Commissioner, Charlotte Osei,".
  if (b >= first + 2 && t_[b - 1].text == "," &&
      (person_word(b - 2) || lex_.Title(t_[b - 2].lower) != nullptr))
    return true;
  if (TitledApposition(e, end)) return true;
  if (AfterTitlePhrase(b, e, first, end)) return true;
  if (e + 2 < end && t_[e].text == "," && t_[e + 1].tag == "DT") {
    for (size_t k = e + 2; k < end && k < e + 7; ++k) {
      if (t_[k].kind != TokenKind::kWord) break;
      // "... at Vantor Mills, a union official said": a person noun and a
      // verb of saying after the comma speak the sentence; no apposition.
      if (person_word(k)) {
        if (FollowedBySpeech(k + 1, end)) break;
        return true;
      }
    }
  }
  if (IsCommon(t_[b].lower)) return false;
  if (FollowedBySpeech(e, end) && !AfterPreposition(b, first)) return true;
  return b > first && t_[b - 1].tag.rfind("VB", 0) == 0 &&
         lex_.AnyLemmaIn(t_[b - 1].lower, lex_.speech_verbs);
}

bool NameRecognizer::IsTitleCase(const newskg::Sentence& s) const {
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    const Token& t = t_[i];
    if (t.kind != TokenKind::kWord || t.capitalized || IsCamelName(t) ||
        w_.possessive_markers.count(t.lower) > 0)
      continue;
    if (lex_.prepositions.count(t.lower) == 0 && w_.definite_articles.count(t.lower) == 0 &&
        w_.indefinite_determiners.count(t.lower) == 0 && w_.coordinators.count(t.lower) == 0)
      return false;
  }
  return true;
}

bool NameRecognizer::IsHeadline(const newskg::Sentence& s) const {
  size_t words = 0, caps = 0;
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    if (t_[i].kind != TokenKind::kWord) continue;
    ++words;
    if (t_[i].capitalized) ++caps;
  }
  return words >= 3 && caps * 10 >= words * 6;
}

void NameRecognizer::Sentence(size_t si) {
  const auto& s = doc_.sentences[si];
  headline_ = IsHeadline(s);
  title_case_ = headline_ && IsTitleCase(s);
  const size_t first_mention = doc_.mentions.size();
  size_t i = s.first_token;
  while (i < s.end_token) {
    if (InDate(i)) {  // "Jan 10", "Monday"
      ++i;
      continue;
    }
    // "US$40 billion", "A$52 million": a currency symbol, not a country.
    if (i + 1 < s.end_token && !t_[i + 1].space_before &&
        lex_.currency_symbols.CountJoined(t_[i].text, t_[i + 1].text) > 0) {
      i += 2;
      continue;
    }
    // "a 30GB model": a unit written against its number; "at 10:24 IST": a
    // time zone after a clock time. No names.
    if (i > s.first_token && t_[i].all_caps && t_[i - 1].kind == TokenKind::kNumber &&
        (!t_[i].space_before ||
         (i >= s.first_token + 3 && t_[i - 2].text == ":" && !t_[i - 2].space_before &&
          !t_[i - 1].space_before && t_[i - 3].kind == TokenKind::kNumber))) {
      ++i;
      continue;
    }
    // "the G20", "the G-7": a name with digits that the gazetteer knows.
    const bool known_code = t_[i].kind == TokenKind::kWord && t_[i].capitalized &&
                            std::any_of(t_[i].text.begin(), t_[i].text.end(),
                                        [](char c) { return c >= '0' && c <= '9'; }) &&
                            lex_.Lookup(t_[i].text) != nullptr;
    if (known_code) {
      Run(i, i + 1, si, s.first_token, s.end_token);
      ++i;
      continue;
    }
    if (HyphenedNames(i, si)) {  // "the Russia-Ukraine war"
      ++i;
      continue;
    }
    // A lower-case word the gazetteer knows, beyond WordNet's, is a name too
    // (WordNet's words last: its table is megabytes, far from the cache,
    // where the gazetteer's answers for the words seen lately are near).
    if (!IsNameAt(i) &&
        !(t_[i].kind == TokenKind::kWord && t_[i].text == t_[i].lower && lex_.Lookup(t_[i].text) &&
          !lex_.Lookup(t_[i].text)->from_wordnet && !lex_.IsCommonWord(t_[i].lower))) {
      ++i;
      continue;
    }
    // "Ana Ruiz Wins Seat": a headline's verb or preposition is no name.
    if (title_case_ && i > s.first_token && HeadlineBreakAt(i, i, s.end_token)) {
      ++i;
      continue;
    }
    // "Sales, Marketing and Distribution (SMD)": a term spelled out before
    // its acronym; its capitalized words name no entity.
    if (const size_t after = SpelledOutTerm(i, s.end_token); after > 0) {
      i = after;
      continue;
    }
    size_t e = i + 1;
    i -= ParticlesBefore(i, s.first_token);  // "Ms von der Leyen"
    while (e < s.end_token && !InDate(e)) {
      // "Sean O' Dowd": text tokenized word by word spaces the name after
      // an initial and its apostrophe; the three make one surname.
      if (e + 1 < s.end_token && t_[e - 1].text.size() == 1 && t_[e - 1].capitalized &&
          !t_[e].space_before && t_[e + 1].space_before && IsApostrophe(t_[e].text) &&
          IsNameAt(e + 1)) {
        e += 2;
        continue;
      }
      // "Zel - Mart": text tokenized word by word spaces the hyphen of a
      // hyphenated name; two words around it that name nothing alone and
      // are no words of the language are one name.
      if (e == i + 1 && e + 1 < s.end_token && t_[e].text == "-" && t_[e].space_before &&
          t_[e + 1].space_before && IsNameAt(e + 1) && !t_[i].all_caps && !t_[e + 1].all_caps &&
          lex_.Lookup(t_[i].text) == nullptr && lex_.Lookup(t_[e + 1].text) == nullptr &&
          !IsCommon(t_[i].lower) && (e + 2 >= s.end_token || !IsNameAt(e + 2))) {
        e += 2;
        continue;
      }
      // A possessive inside a name: "Republican People's Party", or one the
      // gazetteer knows whole: "(The) People's Republic of China".
      if (w_.possessive_markers.count(t_[e].lower) > 0 && e + 1 < s.end_token && IsNameAt(e + 1)) {
        const size_t from = lex_.non_names.count(t_[i].text) > 0 && i + 1 < e ? i + 1 : i;
        size_t known = 0;
        for (size_t g = std::min(s.end_token, e + 6); g >= e + 2 && known == 0; --g) {
          if (lex_.Lookup(JoinTokens(doc_, from, g)) != nullptr) known = g;
        }
        if (known > 0) {
          e = known;
          continue;
        }
      }
      // Not after a place: "Peru's Congress" is Peru's, not a name.
      auto place_owner = [&] {
        const GazetteerEntry* owner = lex_.Lookup(JoinTokens(doc_, i, e));
        return owner != nullptr && owner->type != EntityType::kOrganization &&
               owner->type != EntityType::kPerson;
      };
      // "the Workers' Party", "Farmers' Union": a plural's bare apostrophe too.
      const bool plural_possessive = IsApostrophe(t_[e].text) && !t_[e].space_before &&
                                     !t_[e - 1].lower.empty() && t_[e - 1].lower.back() == 's';
      // Nor after an organization's own word: "the Treasury's Office of
      // Foreign Assets Control" is the Treasury's office.
      if ((w_.possessive_markers.count(t_[e].lower) > 0 || plural_possessive) &&
          e + 1 < s.end_token && IsNameAt(e + 1) && !place_owner() &&
          (plural_possessive || lex_.org_suffixes.count(t_[e - 1].text) == 0)) {
        size_t f = e + 1;
        while (f < s.end_token && IsNameAt(f)) ++f;
        if (lex_.org_suffixes.count(t_[f - 1].text) > 0 && !PersonOwns(i, e, f, s.first_token)) {
          e = f;
          continue;
        }
      }
      if (title_case_ && e > i && HeadlineBreakAt(e, i, s.end_token)) break;
      if (IsNameAt(e)) {
        ++e;
        continue;
      }
      // An initial inside a name: "S. Gapon", "John F. Kennedy", "St. Louis".
      // Not the last letter of "AT&T." ending a sentence.
      const bool after_connector =
          e >= i + 2 && !t_[e - 1].space_before && lex_.name_connectors.count(t_[e - 2].lower) > 0;
      if (t_[e].text == "." && !t_[e].space_before && !after_connector &&
          ((t_[e - 1].text.size() == 1 && t_[e - 1].capitalized) ||
           lex_.name_abbreviations.count(t_[e - 1].text) > 0) &&
          e + 1 < s.end_token && IsNameAt(e + 1)) {
        ++e;
        continue;
      }
      // Connectors inside names: "Bank of England", "Bosnia and Herzegovina".
      if (lex_.name_connectors.count(t_[e].lower) > 0 && e + 1 < s.end_token && IsNameAt(e + 1) &&
          w_.whole_name_connectors.count(t_[e].lower) == 0) {
        ++e;
        continue;
      }
      // Two lower-case particles: "Ursula von der Leyen", "Joost van den Berg".
      if (e + 2 < s.end_token && t_[e].text == t_[e].lower && t_[e + 1].text == t_[e + 1].lower &&
          lex_.name_connectors.count(t_[e].lower) > 0 &&
          lex_.name_connectors.count(t_[e + 1].lower) > 0 &&
          w_.whole_name_connectors.count(t_[e].lower) == 0 &&
          w_.head_of_preps.count(t_[e].lower) == 0 &&
          w_.whole_name_connectors.count(t_[e + 1].lower) == 0 && IsNameAt(e + 2)) {
        e += 2;
        continue;
      }
      // "Commission on Human Rights", "Council for Foreign Relations"; not
      // "the European Union on Myanmar".
      if (w_.org_name_preps.count(t_[e].lower) > 0 && e + 1 < s.end_token && IsNameAt(e + 1) &&
          lex_.org_suffixes.count(t_[e - 1].text) > 0 && !InDate(e + 1) &&
          !PlaceAfterPrep(i, e, e + 1, s.end_token)) {
        ++e;
        continue;
      }
      // "Ministry of the Interior", "Federal Service for the Financial
      // Markets": "the" too, after an organization's word (not before a
      // title: "the Office of the President").
      if (w_.org_name_preps.count(t_[e].lower) > 0 && e + 2 < s.end_token &&
          w_.definite_articles.count(t_[e + 1].text) > 0 && IsNameAt(e + 2) && !InDate(e + 2) &&
          TitleAt(e + 2, s.end_token, nullptr) == 0 && !PlaceAfterPrep(i, e, e + 2, s.end_token) &&
          (lex_.org_suffixes.count(t_[e - 1].text) > 0 ||
           lex_.org_heads.count(t_[e - 1].text) > 0)) {
        e += 2;
        continue;
      }
      if (w_.whole_name_connectors.count(t_[e].lower) > 0 && e + 1 < s.end_token &&
          IsNameAt(e + 1)) {
        // Only inside a name the gazetteer knows whole.
        size_t f = e + 2;
        while (f < s.end_token && IsNameAt(f)) ++f;
        if (lex_.Lookup(JoinTokens(doc_, i, f)) != nullptr || AndGoesOn(i, e, f)) {
          e = f;
          continue;
        }
      }
      // "the Common Market for Eastern and Southern Africa (COMESA)".
      if (const size_t bracket = AcronymSpanEnd(i, e, s.end_token); bracket > 0) {
        e = bracket;
        continue;
      }
      break;
    }
    // "Gatwick airport", "the Don Mueang airport": a lower-case noun for an
    // airport after a name that is no known city or country ends the
    // airport's own name ("the Warsaw airport" stays Warsaw's).
    if (e < s.end_token && t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
        w_.name_place_nouns.count(t_[e].lower) > 0 &&
        lex_.DemonymCountry(t_[e - 1].text) == nullptr) {
      size_t from = i;  // "The Warsaw airport"
      while (from + 1 < e && lex_.non_names.count(t_[from].text) > 0) ++from;
      const GazetteerEntry* known = lex_.Lookup(JoinTokens(doc_, from, e));
      if (known == nullptr || known->type == EntityType::kPlace) ++e;
    }
    // "the operating system Linux Mint", "its next model Corolla": a name
    // right after a lower-case noun for a kind of product names the product.
    if (i > s.first_token && t_[i - 1].kind == TokenKind::kWord && !t_[i - 1].capitalized &&
        w_.product_cues.count(t_[i - 1].lower) > 0 &&
        lex_.Lookup(JoinTokens(doc_, i, e)) == nullptr) {
      i = e;
      continue;
    }
    // "the U.S. dollar", "Canadian dollars": a country or its demonym before
    // a currency's name names the currency, not the country.
    if (e < s.end_token && lex_.currency_words.count(t_[e].lower) > 0) {
      size_t from = i;  // "The U.S. dollar"
      while (from + 1 < e && lex_.non_names.count(t_[from].text) > 0) ++from;
      const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, from, e));
      if ((g != nullptr && g->type == EntityType::kCountry) ||
          (e - from == 1 && lex_.DemonymCountry(t_[from].text) != nullptr)) {
        i = e;
        continue;
      }
    }
    // "Adam Air Flight 574", "Garuda Indonesia Flight 200": the number
    // designates a flight of the airline named before the designator.
    if (e - i >= 2 && e < s.end_token &&
        (t_[e].kind == TokenKind::kNumber || IsModel(e, s.end_token)) &&
        lex_.designators.count(t_[e - 1].text) > 0) {
      Run(i, e - 1, si, s.first_token, s.end_token);
      i = e + 1;
      continue;
    }
    // "the FTSE 100", "the CAC 40": an acronym and its number name a stock
    // index, no organization.
    if ((e - i == 1 || (e - i == 2 && lex_.non_names.count(t_[i].text) > 0)) &&
        t_[e - 1].all_caps && e < s.end_token && t_[e].kind == TokenKind::kNumber &&
        t_[e].space_before &&
        std::all_of(t_[e].text.begin(), t_[e].text.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !IsYear(t_[e].text) && !QuantityAfter(e, s.end_token)) {
      i = e + 1;
      continue;
    }
    // "the Standard & Poor's 500": a name, its possessive and a number name
    // an index.
    if (e + 1 < s.end_token && w_.possessive_markers.count(t_[e].lower) > 0 &&
        t_[e + 1].kind == TokenKind::kNumber && t_[e + 1].space_before &&
        std::all_of(t_[e + 1].text.begin(), t_[e + 1].text.end(),
                    [](char c) { return c >= '0' && c <= '9'; }) &&
        !IsYear(t_[e + 1].text) && !QuantityAfter(e + 1, s.end_token)) {
      e += 2;
    }
    // "iTunes Music Store", "iPod Nano": names written like these are
    // products' names.
    if (auto camel = std::find_if(t_.begin() + static_cast<std::ptrdiff_t>(i),
                                  t_.begin() + static_cast<std::ptrdiff_t>(e), IsCamelName);
        camel != t_.begin() + static_cast<std::ptrdiff_t>(e)) {
      // The name before it stands ("its United Kingdom iTunes store").
      const auto at = static_cast<size_t>(camel - t_.begin());
      if (at > i) Run(i, at, si, s.first_token, s.end_token);
      i = e;
      continue;
    }
    // "the new 787 Dreamliner", "six A350 XWB jets": a name right after a
    // model number.
    if (i > s.first_token &&
        (t_[i - 1].kind == TokenKind::kNumber || t_[i - 1].kind == TokenKind::kWord) &&
        IsModel(i - 1, s.end_token) && lex_.Lookup(JoinTokens(doc_, i, e)) == nullptr &&
        lex_.DemonymCountry(t_[i].text) == nullptr) {
      i = e;
      continue;
    }
    // "MacBook Air laptops", "Airbus A380", "Boeing 787 Dreamliner": a
    // product's name, whose maker is named elsewhere if it matters.
    if (size_t after = ProductAt(i, e, s.end_token); after > 0) {
      const size_t before = doc_.mentions.size();
      Run(i, e, si, s.first_token, s.end_token);
      for (size_t k = before; k < doc_.mentions.size(); ++k) doc_.mentions[k].in_product = true;
      i = after;
      continue;
    }
    // "the Hang Seng index", "the Russell 2000 Index": an index is no entity.
    const size_t head = e < s.end_token && t_[e].kind == TokenKind::kNumber ? e + 1 : e;
    // A country's name stays: "the primary Canada index".
    const GazetteerEntry* place = head == e ? lex_.Lookup(JoinTokens(doc_, i, e)) : nullptr;
    if (head < s.end_token && lex_.non_entity_heads.count(t_[head].lower) > 0 &&
        (!t_[head].capitalized || head > e) &&
        (place == nullptr || place->type != EntityType::kCountry)) {
      i = e;
      continue;
    }
    // "the Dow Jones industrial average", "the Hang Seng composite index": a
    // name, lower-case index words and an index noun name a stock index.
    size_t mod = head;
    while (mod < s.end_token && !t_[mod].capitalized && w_.index_modifiers.count(t_[mod].lower) > 0)
      ++mod;
    if (mod > head && mod < s.end_token && !t_[mod].capitalized &&
        w_.index_heads.count(t_[mod].lower) > 0 &&
        (place == nullptr || place->type != EntityType::kCountry)) {
      i = e;
      continue;
    }
    Run(i, e, si, s.first_token, s.end_token);
    i = e;
  }
  CoordinatedFirms(first_mention, s.first_token);
  CollectEpithets(si);
}

}  // namespace newskg::internal
