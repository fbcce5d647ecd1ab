#include "extract/entity_recognizer.h"

#include <algorithm>
#include <optional>

#include "base/base.h"

namespace newskg {
namespace {

// "al-Sisi", "el-Sisi", "bin-Salman": a lower-case particle joined to a name.
bool IsParticleName(const Token& t) {
  const size_t dash = t.text.find('-');
  if (dash == std::string::npos || dash + 1 >= t.text.size() || t.text[dash + 1] < 'A' ||
      t.text[dash + 1] > 'Z') {
    return false;
  }
  const std::string p = t.text.substr(0, dash);
  return p == "al" || p == "el" || p == "ad" || p == "as" || p == "ash" || p == "an" || p == "ar" ||
         p == "at" || p == "az" || p == "bin" || p == "ibn" || p == "abu" || p == "d" || p == "l";
}

// "iTunes", "eBay", "iPhone": one lower-case letter before a capital.
bool IsCamelName(const Token& t) {
  return t.text.size() >= 3 && t.text[0] >= 'a' && t.text[0] <= 'z' && t.text[1] >= 'A' &&
         t.text[1] <= 'Z' && t.text[2] >= 'a' && t.text[2] <= 'z';
}

bool IsNameToken(const Token& t) {
  if (t.kind == TokenKind::kWord && IsParticleName(t)) return true;
  if (t.kind == TokenKind::kWord && IsCamelName(t)) return true;
  if (t.kind != TokenKind::kWord || !(t.capitalized || t.all_caps) || t.text == "'s") return false;
  // "A330-200", "F-16": model numbers are no names.
  for (char c : t.text) {
    if (c >= '0' && c <= '9') return false;
  }

  // Contractions are no names ("I'm", "Don't", "We'll"); "O'Brien" and
  // "Ndung'u" are.
  for (size_t i = 0; i + 1 < t.text.size(); ++i) {
    const bool ascii_apostrophe = t.text[i] == '\'';
    const bool curly = i + 3 < t.text.size() && t.text.compare(i, 3, "\xE2\x80\x99") == 0;
    if (!ascii_apostrophe && !curly) continue;
    const std::string rest = t.lower.substr(i + (curly ? 3 : 1));
    if (rest == "t" || rest == "m" || rest == "re" || rest == "ve" || rest == "ll" || rest == "d" ||
        rest == "s") {
      return false;
    }
  }
  return true;
}

std::string JoinTokens(const Document& doc, size_t b, size_t e) {
  if (b >= e) return "";
  return std::string(doc.SpanText({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end}));
}

// "2005": a four-digit number that reads as a year.
bool IsYear(const std::string& s) {
  return s.size() == 4 && (s.rfind("19", 0) == 0 || s.rfind("20", 0) == 0) &&
         std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsRomanOrWar(const std::string& s) {
  if (s.rfind("WW", 0) == 0) return true;
  return std::all_of(s.begin(), s.end(), [](char c) { return c == 'I' || c == 'V' || c == 'X'; });
}

// A locative preposition right before token b, maybe with "the" between.
bool AfterLocative(const Document& doc, const Lexicon& lex, size_t b, size_t first) {
  if (b <= first) return false;
  size_t k = b - 1;
  if (doc.tokens[k].lower == "the" && k > first) --k;
  return lex.locative_preps.count(doc.tokens[k].lower) > 0;
}

class Recognizer {
 public:
  Recognizer(Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex), t_(doc.tokens) {}

  // Why each mention has its type, when only a weak rule gave it (0: a
  // gazetteer, a form rule or a cue in context), by index into doc.mentions.
  std::vector<WeakRule> reasons_;

  MentionLayer Run() {
    for (size_t si = 0; si < doc_.sentences.size(); ++si) Sentence(si);
    return std::move(layer_);
  }

 private:
  // Lower-case title starting at token i (longest first): its length, or 0.
  size_t TitleAt(size_t i, size_t end, std::string* title) const {
    for (size_t len = std::min(lex_.MaxTitleWords(), end - i); len >= 1; --len) {
      std::string phrase;
      for (size_t k = i; k < i + len; ++k) phrase += (k > i ? " " : "") + t_[k].lower;
      if (lex_.Title(phrase) != nullptr) {
        if (title != nullptr) *title = phrase;
        return len;
      }
    }
    return 0;
  }

  int AddMention(size_t b, size_t e, EntityType type, MentionKind kind, size_t si,
                 std::string canonical = "", bool tentative = false) {
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

  // Type of a whole name from its form and the gazetteers; false if unknown.
  bool Classify(size_t b, size_t e, EntityType& type, std::string& canonical,
                WeakRule* weak = nullptr) const {
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
      if (const GazetteerEntry* g = lex_.Lookup(TitleCase(name))) {
        type = g->type;
        canonical = g->canonical;  // a dateline's "ISLAMABAD" is labelled "Islamabad"
        return true;
      }
    }
    const std::string& last = t_[e - 1].text;
    // "Chiang Mai International Airport": a place noun last makes a place,
    // whatever organization words come before it.
    if (e - b > 1 && lex_.place_suffixes.count(last) > 0 && lex_.org_suffixes.count(last) == 0) {
      type = EntityType::kPlace;
      return true;
    }
    for (size_t k = b; k < e; ++k) {
      if (lex_.org_suffixes.count(t_[k].text) > 0 &&
          (k == e - 1 || k + 1 == e - 1 || t_[k + 1].lower == "of" || t_[k + 1].lower == "on" ||
           t_[k + 1].lower == "for")) {
        type = EntityType::kOrganization;
        return true;
      }
      if (lex_.org_heads.count(t_[k].text) > 0 && k + 1 < e && t_[k + 1].lower == "of") {
        type = EntityType::kOrganization;
        return true;
      }
    }
    if (lex_.place_suffixes.count(last) > 0 && e - b > 1) {
      type = EntityType::kPlace;
      return true;
    }
    // "Gulf of Oman", "Sea of Japan", "Bay of Bengal".
    if (e - b >= 3 && lex_.place_suffixes.count(t_[b].text) > 0 && t_[b + 1].lower == "of") {
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

  void Weak(int mention, WeakRule why) {
    if (reasons_.size() <= static_cast<size_t>(mention))
      reasons_.resize(static_cast<size_t>(mention) + 1, WeakRule::kNone);
    reasons_[static_cast<size_t>(mention)] = why;
  }

  bool PrecededByLocative(size_t b, size_t first) const {
    return AfterLocative(doc_, lex_, b, first);
  }

  bool FollowedBySpeech(size_t e, size_t end) const {
    size_t k = e;
    if (k < end && t_[k].text == ",") return false;
    if (k < end && (t_[k].lower == "has" || t_[k].lower == "had")) ++k;
    if (k >= end) return false;
    for (const auto& l : lex_.Lemmas(t_[k].lower)) {
      if (lex_.speech_verbs.count(l) > 0) return true;
    }
    return false;
  }

  // A person noun or title in apposition ("Another lawyer, Abdoulaye Tall,",
  // "Yusuf Al Madani, a Houthi leader"), or a verb of saying next to a name
  // that does not open with a common word ("Babafemi Akin said").
  bool PersonContext(size_t b, size_t e, size_t first, size_t end) const {
    auto person_word = [&](size_t k) {
      return !t_[k].capitalized &&
             (lex_.person_nouns.count(t_[k].lower) > 0 || lex_.Title(t_[k].lower) != nullptr);
    };
    if (b >= first + 2 && t_[b - 1].text == "," && person_word(b - 2)) return true;
    if (e + 2 < end && t_[e].text == "," && t_[e + 1].tag == "DT") {
      for (size_t k = e + 2; k < end && k < e + 7; ++k) {
        if (t_[k].kind != TokenKind::kWord) break;
        if (person_word(k)) return true;
      }
    }
    if (IsCommon(t_[b].lower)) return false;
    if (FollowedBySpeech(e, end)) return true;
    if (b > first && t_[b - 1].tag.rfind("VB", 0) == 0) {
      for (const auto& l : lex_.Lemmas(t_[b - 1].lower)) {
        if (lex_.speech_verbs.count(l) > 0) return true;
      }
    }
    return false;
  }

  bool InDate(size_t i) const { return t_[i].in_date; }

  // IsNameToken, and not an adjective made of a name and a common word
  // ("Washington-based", "Kremlin-backed"); "Hsiao Bi-khim" stays a name.
  bool IsName(const Token& t) const {
    if (!IsNameToken(t)) return false;
    const size_t dash = t.text.rfind('-');
    if (dash != std::string::npos && dash + 1 < t.text.size() && t.text[dash + 1] >= 'a' &&
        t.text[dash + 1] <= 'z' && lex_.hyphen_suffixes.count(t.lower.substr(dash + 1)) > 0) {
      return false;
    }
    // "Russia-Ukraine", "Turkish-French", "Chinese-built": a compound with a
    // country or its demonym describes; it names nothing of its own.
    // Every part is a country, a demonym or a lower-case word ("Inter-American"
    // is a name).
    if (dash != std::string::npos && lex_.Lookup(t.text) == nullptr) {
      bool country = false, describes = true;
      size_t from = 0;
      while (from < t.text.size() && describes) {
        size_t to = t.text.find('-', from);
        if (to == std::string::npos) to = t.text.size();
        const std::string part = t.text.substr(from, to - from);
        const GazetteerEntry* g = lex_.Lookup(part);
        const bool c = lex_.DemonymCountry(part) != nullptr ||
                       (g != nullptr && g->type == EntityType::kCountry);
        country = country || c;
        describes = c || part.empty() || !std::isupper(static_cast<unsigned char>(part[0]));
        from = to + 1;
      }
      if (country && describes) return false;
    }
    // Currencies: "USD 308 million", "Renminbi".
    if (lex_.iso_currencies.count(t.text) > 0 || lex_.currency_symbols.count(t.text) > 0 ||
        lex_.currency_words.count(t.lower) > 0)
      return false;
    // Link noise: "MfWvFtnNuo" from a shortened URL, "Ukraine.https".
    int switches = 0;
    for (size_t i = 1; i < t.text.size(); ++i) {
      switches += std::islower(static_cast<unsigned char>(t.text[i - 1])) &&
                  std::isupper(static_cast<unsigned char>(t.text[i]));
    }
    if (switches >= 2 || InUrl(t)) return false;
    return true;
  }

  // Whether the token lies in a run of text without spaces that holds a
  // URL ("https://t.co/x", "pic.twitter.com/x"). Looks at most 256 bytes
  // each way.
  bool InUrl(const Token& t) const {
    const std::string& text = doc_.text;
    size_t b = t.span.begin, e = t.span.end;
    while (b > 0 && t.span.begin - b < 256 &&
           !std::isspace(static_cast<unsigned char>(text[b - 1])))
      --b;
    while (e < text.size() && e - t.span.end < 256 &&
           !std::isspace(static_cast<unsigned char>(text[e])))
      ++e;
    const std::string_view chunk(text.data() + b, e - b);
    return chunk.find("://") != std::string_view::npos ||
           chunk.find("www.") != std::string_view::npos ||
           chunk.find(".com/") != std::string_view::npos;
  }

  // A name that only names an event: "Balikatan drills", "the Gezi protests".
  bool NamesEvent(size_t b, size_t e, size_t first, size_t end) const {
    if (e >= end || t_[e].kind != TokenKind::kWord || t_[e].capitalized) return false;
    // After a cue ("the", "annual") or a number: "the 43rd Cobra Gold
    // exercises", "2016 Key Resolve drills".
    if (b == first) return false;
    const Token& cue = t_[b - 1];
    const bool number =
        cue.kind == TokenKind::kNumber ||
        (!cue.lower.empty() && std::isdigit(static_cast<unsigned char>(cue.lower[0])));
    if (lex_.event_name_cues.count(cue.lower) == 0 && !number) return false;
    // A plural event noun ("drills", "talks", "protests"), not a verb ("met",
    // "meets"), maybe after one modifier ("war games", "naval drills").
    if (e + 1 < end && t_[e + 1].kind == TokenKind::kWord && !t_[e + 1].capitalized &&
        t_[e + 1].lower.size() >= 4 && t_[e + 1].lower.back() == 's') {
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
    if (w.size() < 4 || w.back() != 's' || w == "meets" || w == "hosts" || w == "holds")
      return false;
    for (const auto& cls : lex_.event_classes) {
      for (const auto& l : lex_.Lemmas(t_[e].lower)) {
        if (cls.triggers.count(l) > 0) return true;
      }
    }
    return false;
  }

  // A quoted name after "code-named", "dubbed", "called": the name of an operation or slogan.
  bool QuotedDesignation(size_t b, size_t first) const {
    if (b < first + 2 || t_[b - 1].kind != TokenKind::kQuote) return false;
    return lex_.naming_words.count(t_[b - 2].lower) > 0;
  }

  bool IsCommon(const std::string& lower) const {
    if (lower.size() == 1) return false;  // initials
    for (const auto& l : lex_.Lemmas(lower)) {
      if (lex_.IsCommonWord(l)) return true;
    }
    return false;
  }

  // Handles one maximal run [b, e) of name tokens.
  void Run(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end) {
    // "chairman of Chrysler LLC Jim Press": a company's legal form, then a
    // person's given name, ends the company's name.
    for (size_t k = b + 1; k + 2 < e + 1 && k + 1 < e; ++k) {
      if (lex_.legal_suffixes.count(t_[k].text) > 0 && lex_.IsGivenName(t_[k + 1].text) &&
          lex_.legal_suffixes.count(t_[k + 1].text) == 0) {
        Run(b, k + 1, si, sent_first, sent_end);
        Run(k + 1, e, si, sent_first, sent_end);
        return;
      }
    }
    // Names of wars, treaties, games and the like are no entity of ours.
    size_t last = e - 1;
    while (last > b && IsRomanOrWar(t_[last].text)) --last;  // "World War II"
    if (lex_.non_entity_suffixes.count(t_[last].text) > 0) return;
    // "Treaty of Versailles", "Day of Remembrance".
    if (e - b >= 3 && lex_.non_entity_suffixes.count(t_[b].text) > 0 && t_[b + 1].lower == "of")
      return;
    if (QuotedDesignation(b, sent_first)) return;
    if (NamesEvent(b, e, sent_first, sent_end) && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
        lex_.DemonymCountry(t_[b].text) == nullptr) {
      EntityType ty;
      std::string canon;
      if (!Classify(b, e, ty, canon)) return;
    }
    // Strip words that never begin a name ("The", "In", month names before names...).
    while (b < e && (lex_.non_names.count(t_[b].text) > 0 ||
                     (t_[b].all_caps && lex_.non_names.count(TitleCase(t_[b].text)) > 0 &&
                      lex_.Lookup(t_[b].text) == nullptr))) {
      // "May", "March" are kept when a title or name follows? They are dates here.
      ++b;
    }
    if (b >= e) return;
    // A sentence-initial common word ("Huge protests", "Workers put down") is no name,
    // unless the run is a known name as a whole.
    bool known_prefix = false;  // "World Bank President ...": a known name starts the run
    for (size_t j = b + 2; j <= e && !known_prefix; ++j) {
      known_prefix = lex_.Lookup(JoinTokens(doc_, b, j)) != nullptr;
    }
    // "Shares of Zentrix Corp fell": a sentence-initial word and "of" are no part of the name.
    if (b == sent_first && e - b >= 3 && IsCommon(t_[b].lower) && t_[b + 1].lower == "of" &&
        lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr && lex_.org_heads.count(t_[b].text) == 0 &&
        lex_.org_suffixes.count(t_[b].text) == 0 && lex_.place_suffixes.count(t_[b].text) == 0) {
      b += 2;
    }
    // "Rivals Anies Baswedan and ...", "Protesters Maria Lopez ...": a plural
    // noun for people opening the sentence describes the name after it.
    if (b == sent_first && e - b >= 3 && t_[b].lower.back() == 's' &&
        lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr && !known_prefix) {
      const std::string one = t_[b].lower.substr(0, t_[b].lower.size() - 1);
      if (lex_.candidate_nouns.count(one) > 0 || lex_.person_nouns.count(one) > 0 ||
          lex_.people_nouns.count(t_[b].lower) > 0)
        ++b;
    }
    bool title_in_run = false;
    for (size_t j = b; j < e && !title_in_run; ++j)
      title_in_run = TitleAt(j, e, nullptr) > 0 && j + 1 < e;
    if (b == sent_first && IsCommon(t_[b].lower) && lex_.Lookup(t_[b].text) == nullptr &&
        lex_.DemonymCountry(t_[b].text) == nullptr && !title_in_run && !known_prefix) {
      EntityType ty;
      std::string canon;
      // In an ordinary sentence, words capitalized after the first make the
      // whole run a name ("Apple Computer said"); alone, the first is a word.
      const bool named_run = e - b >= 2 && !headline_ && IsName(t_[b + 1]) && !t_[b + 1].all_caps;
      if (e - b == 1 && !headline_ && lex_.non_names.count(t_[b].text) == 0) {
        // One common word opening a sentence ("Xi, who ...", "Police said"):
        // kept as a guess that coreference links to a name ("Xi Jinping") or drops.
        Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true),
             WeakRule::kOpeningWord);
        return;
      }
      if ((!Classify(b, e, ty, canon) && !named_run) || e - b == 1) ++b;
      if (b >= e) return;
    }
    // "Georgian Dream party", "Civic Platform movement": a name before a
    // lower-case organization noun is an organization, demonym and all.
    if (e < sent_end && t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
        lex_.org_suffixes.count(TitleCase(t_[e].lower)) > 0 &&
        lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr) {
      bool titled = false;
      for (size_t j = b; j < e && !titled; ++j) titled = TitleAt(j, e, nullptr) > 0;
      EntityType ty;
      std::string canon;
      const bool known_single = e - b == 1 && Classify(b, e, ty, canon);
      if (!titled && !known_single && lex_.DemonymCountry(t_[e - 1].text) == nullptr) {
        AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", false);
        return;
      }
    }
    // Leading demonyms, countries or organizations qualifying a title:
    // "Russian President Vladimir Putin", "IMF Managing Director Kristalina Georgieva".
    int modifier = -1;
    size_t k = b;
    while (k < e) {
      std::string title;
      // A known name that starts with a demonym ("Saudi Arabia") is that name.
      bool known = false;
      if (lex_.DemonymCountry(t_[k].text) != nullptr) {
        for (size_t j = e; j >= k + 2 && !known; --j)
          known = lex_.Lookup(JoinTokens(doc_, k, j)) != nullptr;
      }
      if (known) break;
      // Two-word demonyms: "South Korean", "North Korean", "South African".
      if (k + 1 < e) {
        if (const std::string* country = lex_.DemonymCountry(t_[k].text + " " + t_[k + 1].text)) {
          modifier =
              AddMention(k, k + 2, EntityType::kCountry, MentionKind::kDemonym, si, *country);
          k += 2;
          continue;
        }
      }
      if (const std::string* country = lex_.DemonymCountry(t_[k].text)) {
        // "Nigerian National Petroleum Company", "British Airways": the demonym
        // begins an organization's name when no title follows it.
        EntityType whole;
        std::string whole_canon;
        bool titled = false;
        for (size_t j = k + 1; j < e && !titled; ++j) titled = TitleAt(j, e, nullptr) > 0;
        if (!titled && e - k >= 2 && Classify(k, e, whole, whole_canon) &&
            whole == EntityType::kOrganization)
          break;
        // "North Korean": two-word demonyms.
        modifier = AddMention(k, k + 1, EntityType::kCountry, MentionKind::kDemonym, si, *country);
        ++k;
        continue;
      }
      if (size_t tl = TitleAt(k, e, &title)) {
        // Title followed by a name.
        size_t name_b = k + tl;
        // "Chief Executive Officer of General Motors": the title of an organization.
        if (name_b < e && t_[name_b].lower == "of" &&
            lex_.Lookup(JoinTokens(doc_, k, e)) == nullptr) {
          EmitName(name_b + 1, e, si, sent_first, sent_end);
          return;
        }
        // "General Motors", "Prince Edward Island": a name that only looks titled.
        EntityType whole_type;
        std::string whole_canon;
        if (Classify(k, e, whole_type, whole_canon) && whole_type != EntityType::kPerson) break;
        // A bare title ("President") is no name.
        if (name_b < e) EmitTitled(k, name_b, e, title, modifier, si, b);
        return;
      }
      // A title inside the run, after a known entity and/or common words
      // qualifying it: "IMF Managing Director ...", "U.S. Defense Secretary
      // Lloyd Austin", "Apple Computer CEO Steve Jobs".
      size_t tl2 = 0;
      for (size_t j = k + 1; j < e; ++j) {
        if ((tl2 = TitleAt(j, e, &title)) == 0) continue;
        if (j + tl2 >= e) {
          // "Apple Computer CEO and co-founder ...", "White House Press
          // Secretary ...": no name after the title; the organization before it.
          EntityType whole;
          std::string whole_canon;
          const bool whole_known = Classify(k, e, whole, whole_canon) &&
                                   whole != EntityType::kPerson &&
                                   lex_.Lookup(JoinTokens(doc_, k, e)) != nullptr;
          const TitleInfo* ti = lex_.Title(title);
          if (!whole_known && ti != nullptr && ti->kind != "honorific" && j > k &&
              lex_.DemonymCountry(t_[j - 1].text) == nullptr) {
            EmitName(k, j, si, sent_first, sent_end);
            return;
          }
          break;
        }
        // The longest known-entity prefix [k, m), then qualifiers [m, j).
        size_t m = k;
        EntityType mod_type = EntityType::kOrganization;
        std::string mod_canon;
        for (size_t mm = j; mm > k; --mm) {
          EntityType ty;
          std::string canon;
          if (Classify(k, mm, ty, canon) && ty != EntityType::kPerson) {
            m = mm;
            mod_type = ty;
            mod_canon = canon;
            break;
          }
        }
        bool qualifiers = true;
        for (size_t q = m; q < j; ++q)
          qualifiers = qualifiers && IsCommon(t_[q].lower) && !lex_.Lookup(t_[q].text);
        // "Chrysler Chief Executive Robert Nardelli": an unknown name before a
        // title and a name is the organization the person serves.
        bool unknown_owner = !qualifiers && m == k;
        for (size_t q = k; q < j && unknown_owner; ++q) {
          unknown_owner = IsName(t_[q]) && !IsCommon(t_[q].lower) && !lex_.Lookup(t_[q].text) &&
                          lex_.DemonymCountry(t_[q].text) == nullptr &&
                          !lex_.IsGivenName(t_[q].text);
        }
        if (unknown_owner) {
          modifier = AddMention(k, j, EntityType::kOrganization, MentionKind::kName, si, "", true);
          EmitTitled(j, j + tl2, e, title, modifier, si, b);
          return;
        }
        if (!qualifiers) break;
        const TitleInfo* ti = lex_.Title(title);
        if (m == k && ti != nullptr && ti->leader && !ti->state) {
          // Only common words before a leader title: they name the organization led.
          modifier = AddMention(k, j, EntityType::kOrganization, MentionKind::kName, si, "", true);
          EmitTitled(j, j + tl2, e, title, modifier, si, b);
          return;
        }
        if (m > k) modifier = AddMention(k, m, mod_type, MentionKind::kName, si, mod_canon);
        std::string full;
        for (size_t q = m; q < j + tl2; ++q) full += (q > m ? " " : "") + t_[q].lower;
        EmitTitled(m, j + tl2, e, lex_.Title(full) ? full : title, modifier, si, b);
        return;
      }
      break;
    }
    if (k >= e) return;
    if (e - k == 1 && t_[k].text.size() == 1) return;  // a lone letter is no name
    if (k == b && LowercaseTitled(b, e, si, sent_first)) return;
    if (e - k == 1) {
      const std::string& w = t_[k].text;
      // "Belarusians", "WWII", "TV": no entity names.
      if (w.size() > 1 && w.back() == 's' && lex_.DemonymCountry(w.substr(0, w.size() - 1)) &&
          lex_.Lookup(w) == nullptr) {
        return;
      }
      if (t_[k].all_caps &&
          (IsRomanOrWar(w) || lex_.iso_currencies.count(w) > 0 || lex_.Title(t_[k].lower) ||
           (lex_.IsCommonWord(t_[k].lower) && !lex_.Lookup(w)))) {
        return;
      }
    }
    EmitName(k, e, si, sent_first, sent_end);
  }

  void EmitTitled(size_t title_b, size_t name_b, size_t e, const std::string& title, int modifier,
                  size_t si, size_t run_b) {
    const TitleInfo* info = lex_.Title(title);
    const int pm = AddMention(name_b, e, EntityType::kPerson, MentionKind::kName, si);
    TitledName tn;
    tn.person_mention = static_cast<size_t>(pm);
    tn.title = title;
    tn.leader = info != nullptr && info->leader;
    // "Former Prime Minister Imran Khan", "the late king": no longer in office.
    for (size_t q = std::min(title_b, run_b) > 0 ? std::min(title_b, run_b) - 1 : 0; q < title_b;
         ++q) {
      const std::string& w = t_[q].lower;
      tn.former = tn.former || w == "former" || w == "late" || w == "ex" || w == "ex-";
    }
    // "Pakistan's Prime Minister Shehbaz Sharif": possessive modifier before the title.
    if (modifier < 0 && run_b == title_b && title_b >= 2 && t_[title_b - 1].text == "'s") {
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

  // "CHP leader Özgür Özel", "opposition leader María Machado": a lower-case
  // title right before the name.
  bool LowercaseTitled(size_t b, size_t e, size_t si, size_t sent_first) {
    if (b < sent_first + 1 || t_[b - 1].capitalized || t_[b - 1].kind != TokenKind::kWord)
      return false;
    const std::string& title = t_[b - 1].lower;
    const TitleInfo* info = lex_.Title(title);
    if (info == nullptr || info->kind == "honorific") return false;
    EntityType ty;
    std::string canon;
    if (Classify(b, e, ty, canon) && ty != EntityType::kPerson) return false;
    int modifier = -1;
    if (b >= sent_first + 2 && !doc_.mentions.empty()) {
      const Mention& prev = doc_.mentions.back();
      if (prev.end_token == b - 1 &&
          (prev.type == EntityType::kOrganization || prev.type == EntityType::kCountry)) {
        modifier = static_cast<int>(doc_.mentions.size() - 1);
      }
    }
    EmitTitled(b - 1, b, e, title, modifier, si, b - 1);
    return true;
  }

  void EmitName(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end) {
    // Connectors at either end are not part of a name.
    while (e > b && lex_.name_connectors.count(t_[e - 1].lower) > 0) --e;
    while (b < e && lex_.name_connectors.count(t_[b].lower) > 0 && t_[b].text == t_[b].lower) ++b;
    if (b >= e) return;
    EntityType type;
    std::string canonical;
    WeakRule weak = WeakRule::kNone;
    if (Classify(b, e, type, canonical, &weak)) {
      const int m = AddMention(b, e, type, MentionKind::kName, si, canonical);
      if (weak != WeakRule::kNone) Weak(m, weak);
      // A person by a given name alone ("Northrop Grumman": Northrop Frye):
      // the context may still say it is an organization.
      if (type == EntityType::kPerson && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
          (b == sent_first || (lex_.Title(t_[b - 1].lower) == nullptr &&
                               lex_.person_nouns.count(t_[b - 1].lower) == 0))) {
        doc_.mentions[static_cast<size_t>(m)].by_form = true;
      }
      // A dateline's "WARSAW" is labelled "Warsaw".
      // Not an acronym: "the GAO" is no "Gao".
      const std::string surface = JoinTokens(doc_, b, e);
      if (t_[b].all_caps && (e - b > 1 || surface.size() > 3) && lex_.Lookup(surface) == nullptr &&
          lex_.Lookup(TitleCase(surface)) != nullptr) {
        doc_.mentions[static_cast<size_t>(m)].text = TitleCase(surface);
      }
      return;
    }
    // Split a run that joins two known names ("Minsk Sochi"): try the longest
    // known prefix.
    if (e - b >= 2) {
      for (size_t j = e - 1; j > b; --j) {
        EntityType ty;
        std::string canon;
        if (lex_.Lookup(JoinTokens(doc_, b, j)) != nullptr && Classify(b, j, ty, canon)) {
          // The rest must stand as a name of its own ("Minsk Sochi"); otherwise
          // the known name begins a longer one ("Dow Jones Industrial Average").
          EntityType rest_ty;
          std::string rest_canon;
          const bool rest_known = lex_.Lookup(JoinTokens(doc_, j, e)) != nullptr ||
                                  Classify(j, e, rest_ty, rest_canon) ||
                                  lex_.DemonymCountry(t_[j].text) != nullptr ||
                                  lex_.non_names.count(t_[j].text) > 0;  // "AP Photo"
          if (!rest_known && ty == EntityType::kOrganization) {
            AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true);
            return;
          }
          AddMention(b, j, ty, MentionKind::kName, si, canon);
          EmitName(j, e, si, sent_first, sent_end);
          return;
        }
      }
    }
    // "FTSE 100", "CAC 40": a name with a number is no person's.
    if (t_[e - 1].kind == TokenKind::kNumber) {
      AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true);
      return;
    }
    // A lower-case title or person noun right before: "supporter Alla Georgievna".
    bool person_cue = false;
    if (b > sent_first) {
      const std::string& prev = t_[b - 1].lower;
      person_cue = lex_.Title(prev) != nullptr || lex_.person_nouns.count(prev) > 0 ||
                   lex_.candidate_nouns.count(prev) > 0;
    }
    person_cue = person_cue || (e - b >= 2 && PersonContext(b, e, sent_first, sent_end));
    // "his party Demosisto", "state broadcaster BT": an organization.
    if (b > sent_first && !t_[b - 1].capitalized && lex_.org_nouns.count(t_[b - 1].lower) > 0) {
      EntityType ty;
      std::string canon;
      if (!Classify(b, e, ty, canon)) {
        AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", false);
        return;
      }
    }
    // "Imran Khan and Sadiq Khan": coordinated with a person, a person; only
    // by form when that person is one by form ("Northrop Grumman and Airbus").
    bool coordinated_by_form = false;
    if (!person_cue && b >= sent_first + 2 && (t_[b - 1].lower == "and" || t_[b - 1].text == ",") &&
        !doc_.mentions.empty() && doc_.mentions.back().end_token == b - 1 &&
        doc_.mentions.back().type == EntityType::kPerson && !doc_.mentions.back().tentative) {
      person_cue = true;
      coordinated_by_form = doc_.mentions.back().by_form;
    }
    if (e - b >= 2) {
      // Multi-word unknown names: connectors make an organization, plain
      // capitalized words a person.
      bool connector = false;
      for (size_t k = b; k < e; ++k)
        connector = connector || lex_.name_connectors.count(t_[k].lower) > 0;
      // Common English words make a name of a thing ("Eastern Theater
      // Command", "Camp Aguinaldo"), not of a person.
      // Exact forms of words of four letters or more: "Gitanas", "Ken Lewis"
      // and "Lee Hsien Loong" stay names though "gitana", "ken", "lee" are words.
      const bool last_common = IsCommon(t_[e - 1].lower);
      bool any_common = false;
      for (size_t k = b; k < e; ++k)
        any_common = any_common || (t_[k].lower.size() >= 4 && lex_.IsCommonWord(t_[k].lower));
      // "Air India", "Ford Australia", "GM Europe": a name ending in a place
      // it does not name is an organization.
      bool ends_in_place = false;
      for (size_t j = b + 1; j < e && !ends_in_place; ++j) {
        const GazetteerEntry* tail = lex_.Lookup(JoinTokens(doc_, j, e));
        ends_in_place = tail != nullptr && tail->type != EntityType::kPerson &&
                        tail->type != EntityType::kOrganization;
      }
      // "Metro Manila", "Greater London", "Central Asia": common words before a
      // city, adjectives before a country or region, name a place; "Ford
      // Australia" and "GM Europe" are a company's branch.
      bool common_prefix = ends_in_place;
      for (size_t k = b; k < e && common_prefix; ++k) {
        const GazetteerEntry* tail = lex_.Lookup(JoinTokens(doc_, k, e));
        if (tail != nullptr && tail->type != EntityType::kPerson &&
            tail->type != EntityType::kOrganization)
          break;
        const GazetteerEntry* rest = nullptr;
        for (size_t j = k + 1; j < e && rest == nullptr; ++j) {
          rest = lex_.Lookup(JoinTokens(doc_, j, e));
          if (rest != nullptr &&
              (rest->type == EntityType::kPerson || rest->type == EntityType::kOrganization))
            rest = nullptr;
        }
        const bool city_tail = rest != nullptr && rest->type == EntityType::kCity;
        common_prefix =
            (city_tail ? lex_.IsCommonWord(t_[k].lower) : lex_.IsAdjective(t_[k].lower)) &&
            lex_.org_suffixes.count(t_[k].text) == 0;
      }
      if (ends_in_place && common_prefix && !person_cue) {
        Weak(AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", true),
             WeakRule::kPlaceByPrefix);
      } else if ((connector || ends_in_place) && !person_cue) {
        Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true),
             connector ? WeakRule::kConnector : WeakRule::kEndsInPlace);
      } else if (!person_cue && any_common && !lex_.IsGivenName(t_[b].text) &&
                 t_[b].text.size() > 1) {
        Weak(AddMention(b, e, last_common ? EntityType::kOrganization : EntityType::kPlace,
                        MentionKind::kName, si, "", true),
             last_common ? WeakRule::kCommonLast : WeakRule::kCommonWords);
      } else {
        const int m = AddMention(b, e, EntityType::kPerson, MentionKind::kName, si, "",
                                 !person_cue && e - b > 3);
        doc_.mentions[static_cast<size_t>(m)].by_form = !person_cue || coordinated_by_form;
        if (!person_cue) Weak(m, WeakRule::kPersonByForm);
      }
      return;
    }
    // One unknown word: a weak cue decides; coreference may retype it.
    const GazetteerEntry* g = lex_.Lookup(t_[b].text);
    // A common noun capitalized inside a sentence of ordinary case is a name
    // ("shares of Apple", "Airbus said"); adjectives ("Western") and titles
    // ("the President") are not.
    const bool mid_sentence_noun =
        b > sent_first && !headline_ && !t_[b].quoted && !t_[b].all_caps &&
        lex_.IsCommonNoun(t_[b].lower) && !lex_.IsAdjective(t_[b].lower) &&
        !(e < sent_end && t_[e].kind == TokenKind::kNumber) && lex_.Title(t_[b].lower) == nullptr &&
        g == nullptr && lex_.non_names.count(t_[b].text) == 0;
    // "Saraçhane district", "Silivri prison": a place noun after the name.
    const bool place_noun = e < sent_end && t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
                            lex_.place_suffixes.count(TitleCase(t_[e].lower)) > 0;
    if (place_noun && (g == nullptr || g->type == EntityType::kPlace)) {
      AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", true);
    } else if (person_cue) {
      const int m = AddMention(b, e, EntityType::kPerson, MentionKind::kName, si, "", false);
      doc_.mentions[static_cast<size_t>(m)].by_form = coordinated_by_form;
    } else if (FollowedBySpeech(e, sent_end)) {
      // "Airbus said": a capitalized common noun speaking is an organization
      // (a surname is linked to its full name before this counts).
      Weak(AddMention(b, e, mid_sentence_noun ? EntityType::kOrganization : EntityType::kPerson,
                      MentionKind::kName, si, "", !mid_sentence_noun),
           mid_sentence_noun ? WeakRule::kSpeakingNoun : WeakRule::kSpeaking);
    } else if (e + 1 < sent_end && t_[e].text == "," && lex_.Lookup(t_[e + 1].text) != nullptr &&
               (lex_.Lookup(t_[e + 1].text)->type == EntityType::kPlace ||
                lex_.Lookup(t_[e + 1].text)->type == EntityType::kCountry) &&
               (g == nullptr || g->type == EntityType::kCity)) {
      // "Cupertino, California", "Mobile, Alabama": a city and its state.
      AddMention(b, e, EntityType::kCity, MentionKind::kName, si, "", true);
    } else if (PrecededByLocative(b, sent_first)) {
      // "in Darwin" is a place even though WordNet knows a Darwin.
      const bool place =
          g != nullptr && g->type != EntityType::kPerson && g->type != EntityType::kOrganization;
      Weak(AddMention(b, e, place ? g->type : EntityType::kCity, MentionKind::kName, si,
                      place ? g->canonical : "", true),
           WeakRule::kLocative);
    } else if (g != nullptr) {
      Weak(AddMention(b, e, g->type, MentionKind::kName, si,
                      g->type == EntityType::kPerson ? "" : g->canonical, true),
           WeakRule::kWordNetWord);
    } else {
      Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "",
                      !mid_sentence_noun),
           WeakRule::kUnknownWord);
    }
  }

  // A model designation: "787", "A380", "3GS"; not a year or an amount.
  bool IsModel(size_t k, size_t end) const {
    const std::string& w = t_[k].text;
    bool digit = false;
    for (char c : w) {
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-')) {
        return false;
      }
    }
    if (!digit || !t_[k].space_before || InDate(k)) return false;
    if (IsYear(w)) return false;
    return !QuantityAfter(k, end) && (k + 1 >= end || t_[k + 1].kind != TokenKind::kNumber);
  }

  // The number at k is an amount or a share: "100 million", "40%", "3 percent".
  bool QuantityAfter(size_t k, size_t end) const {
    return k + 1 < end && (lex_.multipliers.count(t_[k + 1].lower) > 0 || t_[k + 1].text == "%" ||
                           t_[k + 1].lower == "percent");
  }

  // The end of a product name that the unknown name [b, e) begins ("MacBook
  // Air laptops", "Boeing 787 Dreamliner"), or 0.
  size_t ProductAt(size_t b, size_t e, size_t end) const {
    if (e >= end) return 0;
    size_t first = b;
    while (first < e && lex_.non_names.count(t_[first].text) > 0) ++first;
    if (first >= e) return 0;
    const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, first, e));
    if (g != nullptr || lex_.DemonymCountry(t_[e - 1].text) != nullptr) return 0;
    for (size_t k = first; k < e; ++k) {
      if (TitleAt(k, e, nullptr) > 0) return 0;  // "Apple CEO Steve Jobs"
    }
    if (t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
        lex_.product_nouns.count(t_[e].lower) > 0) {
      return e + 1;
    }
    if (IsModel(e, end)) {
      size_t k = e + 1;
      while (k < end && IsName(t_[k]) && !InDate(k)) ++k;  // "787 Dreamliner"
      return k;
    }
    return 0;
  }

  // A headline: most words capitalized.
  bool IsHeadline(const newskg::Sentence& s) const {
    size_t words = 0, caps = 0;
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      if (t_[i].kind != TokenKind::kWord) continue;
      ++words;
      if (t_[i].capitalized) ++caps;
    }
    return words >= 3 && caps * 10 >= words * 6;
  }

  void Sentence(size_t si) {
    const auto& s = doc_.sentences[si];
    headline_ = IsHeadline(s);
    size_t i = s.first_token;
    while (i < s.end_token) {
      if (InDate(i)) {  // "Jan 10", "Monday"
        ++i;
        continue;
      }
      // "US$40 billion", "A$52 million": a currency symbol, not a country.
      if (i + 1 < s.end_token && !t_[i + 1].space_before &&
          lex_.currency_symbols.count(t_[i].text + t_[i + 1].text) > 0) {
        i += 2;
        continue;
      }
      if (!IsName(t_[i]) && !(t_[i].kind == TokenKind::kWord && lex_.Lookup(t_[i].text) &&
                              !lex_.IsCommonWord(t_[i].lower) && t_[i].text == t_[i].lower &&
                              !lex_.Lookup(t_[i].text)->from_wordnet)) {
        ++i;
        continue;
      }
      size_t e = i + 1;
      while (e < s.end_token && !InDate(e)) {
        // A possessive inside a name: "Republican People's Party".
        // Not after a place: "Peru's Congress" is Peru's, not a name.
        const GazetteerEntry* owner = lex_.Lookup(JoinTokens(doc_, i, e));
        const bool place_owner = owner != nullptr && owner->type != EntityType::kOrganization &&
                                 owner->type != EntityType::kPerson;
        if (t_[e].text == "'s" && e + 1 < s.end_token && IsName(t_[e + 1]) && !place_owner) {
          size_t f = e + 1;
          while (f < s.end_token && IsName(t_[f])) ++f;
          if (lex_.org_suffixes.count(t_[f - 1].text) > 0) {
            e = f;
            continue;
          }
        }
        if (IsName(t_[e])) {
          ++e;
          continue;
        }
        // An initial inside a name: "S. Gapon", "John F. Kennedy", "St. Louis".
        if (t_[e].text == "." && !t_[e].space_before &&
            ((t_[e - 1].text.size() == 1 && t_[e - 1].capitalized) ||
             lex_.name_abbreviations.count(t_[e - 1].text) > 0) &&
            e + 1 < s.end_token && IsName(t_[e + 1])) {
          ++e;
          continue;
        }
        // Connectors inside names: "Bank of England", "Bosnia and Herzegovina".
        if (lex_.name_connectors.count(t_[e].lower) > 0 && e + 1 < s.end_token &&
            IsName(t_[e + 1]) && t_[e].lower != "and" && t_[e].lower != "for") {
          ++e;
          continue;
        }
        // Two lower-case particles: "Ursula von der Leyen", "Joost van den Berg".
        if (e + 2 < s.end_token && t_[e].text == t_[e].lower && t_[e + 1].text == t_[e + 1].lower &&
            lex_.name_connectors.count(t_[e].lower) > 0 &&
            lex_.name_connectors.count(t_[e + 1].lower) > 0 && t_[e].lower != "and" &&
            t_[e].lower != "for" && t_[e].lower != "of" && t_[e + 1].lower != "and" &&
            t_[e + 1].lower != "for" && IsName(t_[e + 2])) {
          e += 2;
          continue;
        }
        // "Commission on Human Rights", "Council for Foreign Relations".
        if ((t_[e].lower == "on" || t_[e].lower == "for") && e + 1 < s.end_token &&
            IsName(t_[e + 1]) && lex_.org_suffixes.count(t_[e - 1].text) > 0 && !InDate(e + 1)) {
          ++e;
          continue;
        }
        if ((t_[e].lower == "and" || t_[e].lower == "for") && e + 1 < s.end_token &&
            IsName(t_[e + 1])) {
          // Only inside a name the gazetteer knows whole.
          size_t f = e + 2;
          while (f < s.end_token && IsName(t_[f])) ++f;
          if (lex_.Lookup(JoinTokens(doc_, i, f)) != nullptr) {
            e = f;
            continue;
          }
        }
        break;
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
      // "the FTSE 100", "the CAC 40": an acronym and its number are one name.
      if ((e - i == 1 || (e - i == 2 && lex_.non_names.count(t_[i].text) > 0)) &&
          t_[e - 1].all_caps && e < s.end_token && t_[e].kind == TokenKind::kNumber &&
          t_[e].space_before &&
          std::all_of(t_[e].text.begin(), t_[e].text.end(),
                      [](char c) { return c >= '0' && c <= '9'; }) &&
          !IsYear(t_[e].text) && !QuantityAfter(e, s.end_token)) {
        ++e;
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
      // "the new 787 Dreamliner": a name right after a model number.
      if (i > s.first_token && t_[i - 1].kind == TokenKind::kNumber &&
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
      if (head < s.end_token && lex_.non_entity_heads.count(t_[head].lower) > 0 &&
          (!t_[head].capitalized || head > e)) {
        i = e;
        continue;
      }
      Run(i, e, si, s.first_token, s.end_token);
      i = e;
    }
    CollectEpithets(si);
  }

  // "the Belarusian leader", "the 66-year-old", "the 71-year-old premier", "the fund".
  void CollectEpithets(size_t si) {
    const auto& s = doc_.sentences[si];
    for (size_t i = s.first_token; i + 1 < s.end_token; ++i) {
      if (t_[i].lower != "the") continue;
      size_t k = i + 1;
      bool age = false;
      if (k < s.end_token && t_[k].lower.find("-year-old") != std::string::npos) {
        age = true;
        ++k;
      }
      bool demonym = false;
      if (k < s.end_token && lex_.DemonymCountry(t_[k].text) != nullptr) {
        demonym = true;
        ++k;
      }
      if (k >= s.end_token) {
        if (age) AddMention(i, k, EntityType::kPerson, MentionKind::kEpithet, si);
        continue;
      }
      // Not an epithet when a name follows ("the 66-year-old Lukashenko").
      if (k < s.end_token && IsName(t_[k])) continue;
      std::string noun = t_[k].lower;
      size_t end = k + 1;
      if (k + 1 < s.end_token && lex_.person_nouns.count(noun + " " + t_[k + 1].lower) > 0) {
        noun += " " + t_[k + 1].lower;
        end = k + 2;
      }
      if (lex_.person_nouns.count(noun) > 0 && (age || demonym || lex_.leader_nouns.count(noun))) {
        AddMention(i, end, EntityType::kPerson, MentionKind::kEpithet, si, noun);
      } else if (age) {
        AddMention(i, k, EntityType::kPerson, MentionKind::kEpithet, si);
      } else if (!demonym && k + 1 < s.end_token && !IsName(t_[k]) &&
                 lex_.org_suffixes.count(TitleCase(t_[k + 1].lower)) > 0 && !age &&
                 (k + 2 >= s.end_token || !IsName(t_[k + 2])) && t_[k].kind == TokenKind::kWord &&
                 (t_[k].lower == "central" || t_[k].lower == "national" || t_[k].lower == "state" ||
                  t_[k].lower == "federal")) {
        // "the central bank", "the national assembly".
        AddMention(i, k + 2, EntityType::kOrganization, MentionKind::kEpithet, si,
                   TitleCase(t_[k + 1].lower));
      } else if (!demonym && lex_.org_suffixes.count(TitleCase(noun)) > 0 && end < s.end_token &&
                 !IsName(t_[end])) {
        // "the fund", "the bank": an organization named before with that head word.
        AddMention(i, end, EntityType::kOrganization, MentionKind::kEpithet, si, TitleCase(noun));
      }
    }
  }

  Document& doc_;
  const Lexicon& lex_;
  const std::vector<Token>& t_;
  bool headline_ = false;
  MentionLayer layer_;
};

// The entity type of a name the typer calls a place: the gazetteer's when it
// knows the name, else a city for one word and a place for more.
EntityType PlaceType(const Lexicon& lex, const Mention& m, std::string* canonical) {
  if (const GazetteerEntry* g = lex.Lookup(m.text);
      g != nullptr && g->type != EntityType::kPerson && g->type != EntityType::kOrganization) {
    *canonical = g->canonical;
    return g->type;
  }
  return m.end_token - m.first_token == 1 ? EntityType::kCity : EntityType::kPlace;
}

// What the typer may do to a name that a weak rule typed. Chosen rule by rule
// on real news (dev-real) and MEANTIME; see the README, "Names typed by a
// trained model". Where the rules knew better, the typer stays out: it takes
// companies for people ("Apple Computer said", "Boeing said"), as GUM has few.
enum class TyperAction { kNone, kRetype, kDropOther };

TyperAction ActionFor(WeakRule rule) {
  switch (rule) {
    case WeakRule::kCommonWords:   // "Roman Abramovich" was a place
    case WeakRule::kPersonByForm:  // "Ruth Bader", or "Key Resolve" as a person
      return TyperAction::kRetype;
    case WeakRule::kCommonLast:  // "Term Facility", "Joint Strike Fighter": no names of ours
      return TyperAction::kDropOther;
    default:
      return TyperAction::kNone;
  }
}

// How far the typer's score for "something else" must pass the next one for
// a name to be dropped. Dropping takes a name's facts with it: with no margin,
// "Pavel Orlov" in "a travel ban on Pavel Orlov" went. With 5, dev-real and
// MEANTIME lost nothing against no margin (0.713 against 0.714 fact F1 on
// dev-real, 0.810 entity F1 on MEANTIME either way).
constexpr float kDropMargin = 5.0f;

bool IsPlace(EntityType t) {
  return t == EntityType::kCountry || t == EntityType::kCity || t == EntityType::kPlace;
}

// Names that only a weak rule typed get the typer's type; names it calls
// something else (an event, a product, a work) are dropped.
void RetypeWeakNames(Document& doc, const Lexicon& lex, const NameTyper& typer,
                     MentionLayer& layer) {
  std::optional<NameTyper::NameIndex> index;
  std::vector<bool> keep(doc.mentions.size(), true);
  bool dropped = false;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const TyperAction action = ActionFor(layer.weak[i]);
    if (action == TyperAction::kNone) continue;
    Mention& m = doc.mentions[i];
    const Sentence& s = doc.sentences[m.sentence];
    if (!index) index = NameTyper::IndexNames(doc, lex);
    const NameTyper::RuleGuess guess{static_cast<int>(layer.weak[i]), static_cast<int>(m.type)};
    const NameTyper::Scores sc =
        typer.Score(doc, m.first_token, m.end_token, s.first_token, s.end_token, lex, &guess,
                    &*index);
    if (sc.best == NameTyper::kOther) {
      // Only when it is sure: a name dropped takes its facts with it.
      if (sc.margin < kDropMargin) continue;
      keep[i] = false;
      dropped = true;
      continue;
    }
    if (action != TyperAction::kRetype) continue;
    // "at Camp Humphreys": a place after a locative preposition stays one.
    if (IsPlace(m.type) && AfterLocative(doc, lex, m.first_token, s.first_token)) continue;
    std::string canonical;
    const EntityType type = sc.best == NameTyper::kPerson         ? EntityType::kPerson
                            : sc.best == NameTyper::kOrganization ? EntityType::kOrganization
                                                                  : PlaceType(lex, m, &canonical);
    if (type == m.type) continue;
    m.type = type;
    m.canonical = canonical;
    m.by_form = type == EntityType::kPerson;
  }
  if (!dropped) return;
  std::vector<int> where(doc.mentions.size(), -1);
  std::vector<Mention> kept;
  std::vector<WeakRule> weak;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    if (!keep[i]) continue;
    where[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(doc.mentions[i]));
    weak.push_back(layer.weak[i]);
  }
  doc.mentions = std::move(kept);
  layer.weak = std::move(weak);
  std::vector<TitledName> titles;
  for (TitledName& t : layer.titles) {
    if (where[t.person_mention] < 0) continue;
    t.person_mention = static_cast<size_t>(where[t.person_mention]);
    if (t.modifier_mention >= 0) t.modifier_mention = where[static_cast<size_t>(t.modifier_mention)];
    titles.push_back(t);
  }
  layer.titles = std::move(titles);
}

}  // namespace

MentionLayer RecognizeEntities(Document& doc, const Lexicon& lex, const NameTyper* typer) {
  doc.mentions.clear();
  Recognizer r(doc, lex);
  MentionLayer layer = r.Run();
  r.reasons_.resize(doc.mentions.size(), WeakRule::kNone);
  // Mentions in text order; the layer's indices follow the permutation.
  std::vector<size_t> order(doc.mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return doc.mentions[a].span.begin < doc.mentions[b].span.begin;
  });
  std::vector<size_t> where(order.size());
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  layer.weak.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = i;
    sorted.push_back(std::move(doc.mentions[order[i]]));
    layer.weak.push_back(r.reasons_[order[i]]);
  }
  doc.mentions = std::move(sorted);
  for (auto& t : layer.titles) {
    t.person_mention = where[t.person_mention];
    if (t.modifier_mention >= 0) {
      t.modifier_mention = static_cast<int>(where[static_cast<size_t>(t.modifier_mention)]);
    }
  }
  if (typer != nullptr) RetypeWeakNames(doc, lex, *typer, layer);
  return layer;
}

}  // namespace newskg
