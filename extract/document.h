// The Document that extraction stages fill in, layer by layer. Every span is
// a pair of byte offsets into the original UTF-8 text.
#ifndef NEWSKG_EXTRACT_DOCUMENT_H_
#define NEWSKG_EXTRACT_DOCUMENT_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

namespace newskg {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

enum class TokenKind { kWord, kNumber, kPunct, kQuote, kSymbol };

// A word's id in a Vocabulary (extract/vocabulary.h).
using WordId = uint32_t;
inline constexpr WordId kNoWordId = 0xFFFFFFFF;  // in no list of the lexicon

// A token's text that also carries its id in the lexicon's vocabulary, once
// Lexicon::Intern has looked it up: the lexicon's word sets then answer by
// that id, without hashing the text again. Any change of the text forgets
// the id.
class Word : public std::string {
 public:
  Word() = default;
  explicit Word(std::string text) : std::string(std::move(text)) {}
  explicit Word(std::string_view text) : std::string(text) {}
  Word(const char* text)  // NOLINT: "cond ? token.lower : \"\"" stays a Word
      : std::string(text) {}
  Word& operator=(std::string text) {
    std::string::operator=(std::move(text));
    Forget();
    return *this;
  }
  Word& operator=(std::string_view text) {
    std::string::assign(text);
    Forget();
    return *this;
  }
  Word& operator=(const char* text) {
    std::string::operator=(text);
    Forget();
    return *this;
  }

  WordId id = kNoWordId;
  uint32_t vocabulary = 0;  // the serial of the Vocabulary `id` is in; 0 for none

 private:
  void Forget() {
    id = kNoWordId;
    vocabulary = 0;
  }
};

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  Word text;                 // surface form
  Word lower;                // ASCII-lowercased surface form
  bool capitalized = false;  // first character is an upper-case letter
  bool all_caps = false;     // every letter upper case, at least two letters
  bool space_before = false;
  size_t sentence = 0;   // index of its sentence, once the sentence splitter has run
  bool quoted = false;   // inside double quotation marks (they close at a paragraph's end)
  bool in_date = false;  // inside a date expression, once the date normalizer has run
  std::string tag;       // Penn Treebank part of speech, once the tagger has run
  std::string upos;      // Universal Dependencies part of speech (trained tagger)
  std::string lemma;     // dictionary form ("meet" for "met"), lower case but for names
  // The dependency parse: the head as a document token index (-1 for the
  // sentence's root) and the Universal Dependencies relation to it.
  int head = -1;
  std::string deprel;
};

struct Sentence {
  Span span;
  size_t first_token = 0;  // [first_token, end_token)
  size_t end_token = 0;
};

enum class EntityType { kPerson, kCountry, kCity, kPlace, kOrganization };
const char* EntityTypeName(EntityType type);

enum class MentionKind {
  kName,     // "Vladimir Putin", "Sochi"
  kDemonym,  // "Russian" standing for Russia
  kEpithet,  // "the Belarusian leader", "the 66-year-old"
  kPronoun,  // "he", "she"
};

struct Mention {
  size_t first_token = 0;  // [first_token, end_token)
  size_t end_token = 0;
  Span span;
  EntityType type = EntityType::kPerson;
  MentionKind kind = MentionKind::kName;
  std::string text;         // normalized surface form used as a label
  std::string canonical;    // gazetteer name when known ("Russia" for "Russian")
  bool tentative = false;   // typed by a weak cue; coreference may retype or drop it
  bool by_form = false;     // a person only by the form of the name (no cue in context)
  bool in_product = false;  // names a product or its maker ("Airbus A380", "Intel processors")
  int entity = -1;          // index into Document::entities once resolved
  size_t sentence = 0;
};

struct Entity {
  EntityType type = EntityType::kPerson;
  std::string label;                 // the fullest name
  std::set<std::string> alt_labels;  // every other surface form
  std::string key;                   // canonical key for IRI minting
  bool named = false;                // named in the text (not only by demonym or epithet)
};

// A number stated in text, as an exact decimal string ("1500000000", "3.75").
struct MoneyValue {
  std::string value;
  std::string currency;  // ISO 4217
  Span span;
  bool operator==(const MoneyValue& o) const { return value == o.value && currency == o.currency; }
};

struct CountValue {
  int64_t value = 0;
  std::string qualifier;  // "at least", "more than", "about", ""
  Span span;
};

enum class DatePrecision { kDay, kMonth, kYear };

struct DateValue {
  std::string lexical;  // 2020-09-14, 2020-09, 2020
  DatePrecision precision = DatePrecision::kDay;
  Span span;
  bool anchor = true;  // false for the edge of a period: "since August", "until May"
  bool operator==(const DateValue& o) const { return lexical == o.lexical; }
};

// A binary relation between two entities (nkg:meets, nkg:leaderOf, ...).
struct Relation {
  int subject = -1;
  std::string property;
  int object = -1;
  size_t sentence = 0;
  bool operator<(const Relation& o) const {
    return std::tie(subject, property, object) < std::tie(o.subject, o.property, o.object);
  }
};

struct Event {
  std::string cls;                                       // Meeting, Loan, ...
  std::map<std::string, std::vector<int>> entity_roles;  // role -> entity indices
  std::vector<MoneyValue> amounts;
  std::vector<DateValue> dates;
  std::optional<CountValue> count;  // participantCount or count
  std::string quote;                // Statement only
  std::string speaker_description;  // Statement only: a speaker told without a name
  std::vector<size_t> sentences;    // evidence
  bool reported = false;            // attributed ("according to", "said")
  // Told by a definite noun phrase ("the drills", "these exercises"): one the
  // article has told of before, when the class says so. Not written.
  bool definite = false;
  // Roles held by one person the sentence describes and does not name ("An
  // opposition activist was arrested"): within the article such a mention
  // may be one event with a mention that names one ("the arrest of X").
  // Not written.
  std::vector<std::string> unnamed_roles;
};

struct Document {
  std::string id;  // slug
  std::string url;
  std::string title;
  std::string date;  // YYYY-MM-DD publication date, may be empty
  std::string text;  // original UTF-8 text

  // The page's own words around the article (buttons, photo credits,
  // bylines), sorted, not overlapping: the tokenizer makes no token there.
  std::vector<Span> chrome;
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Event> events;
  std::vector<MoneyValue> money;
  std::vector<CountValue> counts;
  std::vector<DateValue> dates;
  // By token: the first mention covering it that names an entity, or -1
  // (set by coreference, read by the event and quote extractors).
  std::vector<int> mention_at;

  std::string_view SpanText(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_DOCUMENT_H_
