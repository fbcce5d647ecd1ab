// Lexicon: every word list and gazetteer the extractor uses, loaded from data
// files (the project's own under extract/data, and Debian's iso-codes and
// wordnet-base). Loaded once, shared read-only by all stages.
#ifndef NEWSKG_EXTRACT_LEXICON_H_
#define NEWSKG_EXTRACT_LEXICON_H_

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/base.h"
#include "extract/document.h"
#include "extract/internal/event_words.h"
#include "extract/vocabulary.h"

namespace newskg {

struct LexiconPaths {
  std::string data_dir;     // extract/data
  std::string wordnet_dir;  // /usr/share/wordnet (Debian wordnet-base)
  std::string iso_dir;      // /usr/share/iso-codes/json (Debian iso-codes)
  // Defaults: NEWSKG_DATA_DIR, NEWSKG_WORDNET_DIR, NEWSKG_ISO_DIR from the
  // environment, else the build-time data folder and Debian's paths.
  static LexiconPaths Defaults();
};

struct GazetteerEntry {
  EntityType type = EntityType::kPlace;
  std::string canonical;  // preferred full name ("Russia" for "Russian Federation")
  bool from_wordnet = false;
  // A place of some kind (a country, a city or another place), neither a
  // person nor an organization.
  bool IsPlace() const { return type != EntityType::kPerson && type != EntityType::kOrganization; }
};

struct TitleInfo {
  std::string kind;     // state, leader, official, honorific, military, royal
  bool leader = false;  // heads what it is the title of
  bool state = false;   // an office that leads a country: president, prime minister
};

// One dependency pattern of a role: a relation from the trigger ("obj",
// "nsubj", "obl"; subtypes match their relation) and maybe the word of the
// dependent's `case` child ("obl" with "on").
struct DepPattern {
  std::string rel;
  std::string case_word;  // empty: any
};

// How one role of one event class is filled (extract/data/events/roles.tsv).
struct RoleRule {
  std::string role;
  std::string slot;  // subject, object, prep:to, money, date, count, place
  std::vector<EntityType> types;
  bool passive_only = false;
  bool active_only = false;
  bool receiving_only = false;
  bool noun_only = false;  // the trigger used as a noun ("the arrest of X")
  // Dependency patterns that fill the role on a parsed sentence; the slot's
  // token window is the fallback on sentences without a parse.
  std::vector<DepPattern> parse;
};

struct EventClassInfo {
  std::string name;  // Meeting, Loan, ...
  WordSet triggers;  // lemmas, single words
  // Lemmas that trigger only with an amount and a lending institution.
  WordSet conditional_triggers;
  // Nouns whose payment by a verb trigger is no event of the class
  // ("disbursed $10 million in aid": no loan); <class>_excluded.txt.
  WordSet excluded_objects;
  std::vector<std::vector<std::string>> phrase_triggers;  // multi-word, lower case
  std::vector<RoleRule> roles;
};

class Lexicon {
 public:
  Lexicon();
  [[nodiscard]] static Result<std::shared_ptr<const Lexicon>> Load(const LexiconPaths& paths);

  // Gazetteer lookup of a whole name, as written ("Saudi Arabia"); a name
  // with letters outside ASCII also by its folded form (FoldName), when one
  // entry has it: "İstanbul" is Istanbul, "Владимир Путин" Vladimir Putin.
  const GazetteerEntry* Lookup(const std::string& name) const;
  // The country a demonym stands for ("Russian" -> "Russia").
  const std::string* DemonymCountry(const std::string& word) const;
  // Title information for a lower-case title ("prime minister").
  const TitleInfo* Title(std::string_view lower) const;
  size_t MaxTitleWords() const { return max_title_words_; }
  // The longest title that the tokens [k, end) begin with, by their
  // lower-case forms joined with spaces: its number of words (0 for none),
  // its info and, when `title` is not null, its text.
  size_t TitleAt(const std::vector<Token>& tokens, size_t k, size_t end, const TitleInfo** info,
                 std::string* title) const;
  // The country a national capital stands for, by metonymy ("Moscow" -> "Russia").
  const std::string* CapitalOf(const std::string& city) const;
  // The country a city is in, when WordNet or the capitals table says.
  const std::string* CountryOf(const std::string& city) const;
  // The ISO 3166-1 alpha-2 code of a country by any of its names ("Russia",
  // "Russian Federation" -> "RU"), or null.
  const std::string* CountryCode(const std::string& name) const;
  // Lemma candidates of a lower-case word (WordNet exceptions, then suffix
  // rules), interned. The list stays valid while the thread asks for fewer
  // than 100,000 other words' lemmas (a per-thread memo holds it).
  const std::vector<Word>& Lemmas(std::string_view lower) const;
  // The calling thread's count of times the memo of Lemmas began anew: a
  // list Lemmas returned at epoch E stays valid while LemmaEpoch() <= E + 1.
  static uint64_t LemmaEpoch();
  // Whether any lemma candidate of a lower-case word (the word itself among
  // them) is in `set`: "said" in the speech verbs through "say".
  bool AnyLemmaIn(std::string_view lower, const WordSet& set) const;
  // A lower-case word that WordNet knows as a common (non-proper) word.
  template <typename W>
  bool IsCommonWord(const W& lower) const {
    return common_words_.count(lower) > 0;
  }
  // A lower-case word WordNet knows as a noun ("apple", "airbus").
  template <typename W>
  bool IsCommonNoun(const W& lower) const {
    return common_nouns_.count(lower) > 0;
  }
  template <typename W>
  bool IsAdjective(const W& lower) const {
    return adjectives_.count(lower) > 0;
  }
  // A lower-case word WordNet knows as a verb's lemma ("win", "name").
  template <typename W>
  bool IsVerb(const W& lower) const {
    return verbs_.count(lower) > 0;
  }
  template <typename W>
  bool IsGivenName(const W& name) const {
    return given_names_.count(name) > 0;
  }

  // Looks up every token's surface and lower-case forms in the vocabulary of
  // the word lists once (Token::text.id, Token::lower.id), so that the word
  // sets answer for them by id. Run after the tokenizer.
  void Intern(Document& doc) const;
  // Sets `word.id` to its id in the vocabulary of the word lists.
  void Intern(Word& word) const { vocabulary_->Intern(word); }
  // trigger_starts of a word.
  uint64_t TriggerStarts(const Word& word) const;

  WordSet abbreviations;           // lower, no final dot
  WordSet org_suffixes;            // "Bank", "Fund", ...
  WordSet org_heads;               // "Ministry", "Bank" as "Bank of X"
  WordSet place_suffixes;          // "Province", "Sea", ...
  WordSet non_names;               // capitalized words that are never names
  WordSet non_entity_suffixes;     // "War", "Treaty": named non-entities
  WordSet leading_suffixes;        // "led", "headed": "the Orlov-led party"
  WordSet hyphen_suffixes;         // "based", "led": "Washington-based" is no name
  WordSet naming_words;            // "dubbed", "called": before a quoted name
  WordSet org_nouns;               // "party", "broadcaster": before an organization's name
  WordSet entourage_nouns;         // "campaign", "office": a person's entourage speaks for them
  WordSet company_suffixes;        // "Aircraft", "Airlines": end a business's name
  WordSet legal_suffixes;          // "Corporation", "LLC": end a firm's formal name
  WordSet name_abbreviations;      // "St": "St. Louis" is one name
  WordSet product_nouns;           // "laptops": "MacBook Air laptops" is a product
  WordSet attribution_verbs;       // "say", "report": events told on someone's word
  WordSet designators;             // "Flight": "Adam Air Flight 574"
  WordSet non_entity_heads;        // "index": "the Hang Seng index" is no entity
  WordSet org_possessions;         // "shares", "plant": "X's shares" is a firm's
  WordSet event_name_cues;         // "the", "annual": before an event's name
  WordSet people_nouns;            // "people", "protesters": what crowds count
  WordSet counterpart_nouns;       // "and his counterpart X" joins X
  WordSet gerund_subordinators;    // "after", "by": "after holding talks"
  WordSet statement_source_preps;  // "a statement from X" names X
  WordSet possessive_determiners;  // "his", "her", "their", "its"
  WordSet name_connectors;         // "of", "de", "al", ...
  WordSet leader_nouns;            // "leader", "strongman", ...
  WordSet person_nouns;            // epithet heads: "minister", ...
  WordSet locative_preps;          // "in", "at", ...
  WordSet prepositions;            // "in", "with", "against", ...
  WordSet passive_auxiliaries;     // was, were, got, ...
  WordSet clause_breaks;           // while, but, who, ...
  WordSet speech_verbs;            // lemmas: say, tell, ...
  WordSet statement_nouns;         // statement, release: "the statement read"
  WordSet document_verbs;          // read, say: what a statement does
  WordSet negations;               // not, never, ...
  WordSet modals;                  // could, may, ...
  WordSet non_events;              // offer, threat, warrant, ...
  WordSet receive_verbs;           // obtain, receive, secure, ...
  WordSet local_election_words;    // "mayoral", "city council"
  WordSet crowd_nouns;             // protesters, demonstrators, ...
  WordSet crowd_size_nouns;        // crowd, turnout: "the crowd reached 107,000"
  WordSet crowd_size_verbs;        // reach, number, swell: a crowd's size as object
  WordSet crowd_draw_verbs;        // draw, attract: "the rally drew 5,000 people"
  WordSet lender_heads;            // Bank, Fund
  WordSet candidate_nouns;         // challenger, candidate, ...
  WordSet partial_amount_words;    // tranche, upfront, ...
  WordSet reaction_verbs;          // condemn, criticize, ...
  WordSet place_modifier_nouns;    // embassy, border, ...
  WordSet list_verbs;              // include, comprise: "those sanctioned include A, B"
  WordSet group_subjects;          // "those", "others": "Those hit by X are A, B"
  WordSet example_cases;           // including, such: "oligarchs, including A"
  WordSet quantity_nouns;          // number, group: "a number of oligarchs"
  WordSet participation_verbs;     // march, rally, take (part), ...
  // Verbs of defeating ("defeat", "win against"): a lemma, then words as written.
  std::vector<std::vector<std::string>> defeat_phrases;
  // Currency symbols ("$", "Rs") and words (lower-case names): text -> candidates
  // (code, country) in preference order; more than one for an ambiguous one.
  WordMap<std::vector<std::pair<std::string, std::string>>> currency_symbols;
  WordMap<std::vector<std::pair<std::string, std::string>>> currency_words;
  WordSet iso_currencies;         // USD, EUR, ...
  WordMap<int> months;            // "january" -> 1, "jan" -> 1
  WordMap<int> weekdays;          // "monday" -> 0
  WordMap<int64_t> multipliers;   // "billion" -> 1e9
  WordMap<int64_t> number_words;  // "two" -> 2
  WordSet count_qualifiers;       // "at least", ...
  std::vector<EventClassInfo> event_classes;
  // The closed-class words of the event patterns (events/pattern_words.tsv).
  internal::EventWords event_words;
  // Every word that can begin a trigger of some class (its single-word and
  // conditional triggers and the first words of its phrases), with the
  // classes it can begin one of: bit c for event_classes[c], bit 63 for any
  // class from the 63rd on. A word not in it triggers nothing.
  StringMap<uint64_t> trigger_starts;
  static constexpr size_t kTriggerClassBits = 63;

 private:
  Status LoadProjectData(const std::string& dir);
  Status LoadEvents(const std::string& dir);
  Status LoadIso(const std::string& dir, const std::string& data_dir);
  Status LoadWordNet(const std::string& dir, const std::string& data_dir);
  Status LoadSubdivisions(const std::string& dir);

  // Binds a word set to the vocabulary.
  void Bind(WordSet& set) { set.Bind(vocabulary_.get()); }

  // Every word of the project's word lists and of the triggers, with its id
  // (a table small enough to stay in the cache, where tokens are interned);
  // on the heap, so that the sets can point to it.
  std::unique_ptr<Vocabulary> vocabulary_ = std::make_unique<Vocabulary>();
  // WordNet's words (common_words_ and the sets beside it), searched by text.
  std::unique_ptr<Vocabulary> wordnet_vocabulary_ = std::make_unique<Vocabulary>();
  std::vector<uint64_t> trigger_starts_by_id_;  // trigger_starts by WordId

  // Lemmas without the per-thread memo.
  std::vector<Word> ComputeLemmas(std::string_view lower) const;
  // Lookup without the per-thread memo.
  const GazetteerEntry* Find(const std::string& name) const;
  ContentSerial serial_;  // names the contents for the memo of Lookup

  std::unordered_map<std::string, GazetteerEntry> gazetteer_;
  // The names gazetteer.tsv types: ISO 3166 does not retype them ("Hong
  // Kong" has a code but is a city).
  std::unordered_set<std::string> listed_names_;
  // FoldName of every gazetteer name -> its entry; null when names that fold
  // alike are different things.
  std::unordered_map<std::string, const GazetteerEntry*> folded_gazetteer_;
  std::unordered_map<std::string, std::string> demonyms_;
  StringMap<TitleInfo> titles_;
  size_t max_title_words_ = 1;
  // The first word of every title (what a token's lower-case form must be
  // for a title to begin there).
  WordSet title_starts_;
  std::unordered_map<std::string, std::string> capitals_;
  std::unordered_map<std::string, std::string> city_country_;
  std::unordered_map<std::string, std::string> country_codes_;  // any name -> alpha-2
  std::unordered_map<std::string, std::string> lemma_exceptions_;
  WordSet common_words_;
  WordSet common_nouns_;
  WordSet adjectives_;
  WordSet verbs_;
  WordSet given_names_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_LEXICON_H_
