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
  // Dependency patterns that fill the role on a parsed sentence; the slot's
  // token window is the fallback on sentences without a parse.
  std::vector<DepPattern> parse;
};

struct EventClassInfo {
  std::string name;                          // Meeting, Loan, ...
  std::unordered_set<std::string> triggers;  // lemmas, single words
  // Lemmas that trigger only with an amount and a lending institution.
  std::unordered_set<std::string> conditional_triggers;
  std::vector<std::vector<std::string>> phrase_triggers;  // multi-word, lower case
  std::vector<RoleRule> roles;
};

class Lexicon {
 public:
  [[nodiscard]] static Result<std::shared_ptr<const Lexicon>> Load(const LexiconPaths& paths);

  // Gazetteer lookup of a whole name, as written ("Saudi Arabia"); a name
  // with letters outside ASCII also by its folded form (FoldName), when one
  // entry has it: "İstanbul" is Istanbul, "Владимир Путин" Vladimir Putin.
  const GazetteerEntry* Lookup(const std::string& name) const;
  // The country a demonym stands for ("Russian" -> "Russia").
  const std::string* DemonymCountry(const std::string& word) const;
  // Title information for a lower-case title ("prime minister").
  const TitleInfo* Title(const std::string& lower) const;
  size_t MaxTitleWords() const { return max_title_words_; }
  // The country a national capital stands for, by metonymy ("Moscow" -> "Russia").
  const std::string* CapitalOf(const std::string& city) const;
  // The country a city is in, when WordNet or the capitals table says.
  const std::string* CountryOf(const std::string& city) const;
  // The ISO 3166-1 alpha-2 code of a country by any of its names ("Russia",
  // "Russian Federation" -> "RU"), or null.
  const std::string* CountryCode(const std::string& name) const;
  // Lemma candidates of a lower-case word (WordNet exceptions, then suffix rules).
  std::vector<std::string> Lemmas(const std::string& lower) const;
  // A lower-case word that WordNet knows as a common (non-proper) word.
  bool IsCommonWord(const std::string& lower) const { return common_words_.count(lower) > 0; }
  // A lower-case word WordNet knows as a noun ("apple", "airbus").
  bool IsCommonNoun(const std::string& lower) const { return common_nouns_.count(lower) > 0; }
  bool IsAdjective(const std::string& lower) const { return adjectives_.count(lower) > 0; }
  bool IsGivenName(const std::string& name) const { return given_names_.count(name) > 0; }

  std::unordered_set<std::string> abbreviations;        // lower, no final dot
  std::unordered_set<std::string> org_suffixes;         // "Bank", "Fund", ...
  std::unordered_set<std::string> org_heads;            // "Ministry", "Bank" as "Bank of X"
  std::unordered_set<std::string> place_suffixes;       // "Province", "Sea", ...
  std::unordered_set<std::string> non_names;            // capitalized words that are never names
  std::unordered_set<std::string> non_entity_suffixes;  // "War", "Treaty": named non-entities
  std::unordered_set<std::string> leading_suffixes;     // "led", "headed": "the Orlov-led party"
  std::unordered_set<std::string> hyphen_suffixes;  // "based", "led": "Washington-based" is no name
  std::unordered_set<std::string> naming_words;     // "dubbed", "called": before a quoted name
  std::unordered_set<std::string>
      org_nouns;  // "party", "broadcaster": before an organization's name
  // "campaign", "office": a person's entourage that speaks for the person.
  std::unordered_set<std::string> entourage_nouns;
  std::unordered_set<std::string>
      company_suffixes;                            // "Aircraft", "Airlines": end a business's name
  std::unordered_set<std::string> legal_suffixes;  // "Corporation", "LLC": end a firm's formal name
  std::unordered_set<std::string> name_abbreviations;  // "St": "St. Louis" is one name
  std::unordered_set<std::string> product_nouns;  // "laptops": "MacBook Air laptops" is a product
  std::unordered_set<std::string>
      attribution_verbs;                        // "say", "report": events told on someone's word
  std::unordered_set<std::string> designators;  // "Flight": "Adam Air Flight 574"
  std::unordered_set<std::string> non_entity_heads;   // "index": "the Hang Seng index" is no entity
  std::unordered_set<std::string> org_possessions;    // "shares", "plant": "X's shares" is a firm's
  std::unordered_set<std::string> event_name_cues;    // "the", "annual": before an event's name
  std::unordered_set<std::string> people_nouns;       // "people", "protesters": what crowds count
  std::unordered_set<std::string> counterpart_nouns;  // "and his counterpart X" joins X
  std::unordered_set<std::string> gerund_subordinators;    // "after", "by": "after holding talks"
  std::unordered_set<std::string> statement_source_preps;  // "a statement from X" names X
  std::unordered_set<std::string> possessive_determiners;  // "his", "her", "their", "its"
  std::unordered_set<std::string> name_connectors;         // "of", "de", "al", ...
  std::unordered_set<std::string> leader_nouns;            // "leader", "strongman", ...
  std::unordered_set<std::string> person_nouns;            // epithet heads: "minister", ...
  std::unordered_set<std::string> locative_preps;          // "in", "at", ...
  std::unordered_set<std::string> prepositions;            // "in", "with", "against", ...
  std::unordered_set<std::string> passive_auxiliaries;     // was, were, got, ...
  std::unordered_set<std::string> clause_breaks;           // while, but, who, ...
  std::unordered_set<std::string> speech_verbs;            // lemmas: say, tell, ...
  std::unordered_set<std::string> statement_nouns;       // statement, release: "the statement read"
  std::unordered_set<std::string> document_verbs;        // read, say: what a statement does
  std::unordered_set<std::string> negations;             // not, never, ...
  std::unordered_set<std::string> modals;                // could, may, ...
  std::unordered_set<std::string> non_events;            // offer, threat, warrant, ...
  std::unordered_set<std::string> receive_verbs;         // obtain, receive, secure, ...
  std::unordered_set<std::string> local_election_words;  // "mayoral", "city council"
  std::unordered_set<std::string> crowd_nouns;           // protesters, demonstrators, ...
  std::unordered_set<std::string> lender_heads;          // Bank, Fund
  std::unordered_set<std::string> candidate_nouns;       // challenger, candidate, ...
  std::unordered_set<std::string> partial_amount_words;  // tranche, upfront, ...
  std::unordered_set<std::string> reaction_verbs;        // condemn, criticize, ...
  std::unordered_set<std::string> place_modifier_nouns;  // embassy, border, ...
  std::unordered_set<std::string> list_verbs;  // include, comprise: "those sanctioned include A, B"
  std::unordered_set<std::string> group_subjects;  // "those", "others": "Those hit by X are A, B"
  std::unordered_set<std::string> example_cases;   // including, such: "oligarchs, including A"
  std::unordered_set<std::string> quantity_nouns;  // number, group: "a number of oligarchs"
  std::unordered_set<std::string> participation_verbs;            // march, rally, take (part), ...
  std::unordered_map<std::string, std::string> currency_symbols;  // "$" -> USD
  // Currency words: lower-case name -> candidates (code, country) in preference order.
  std::unordered_map<std::string, std::vector<std::pair<std::string, std::string>>> currency_words;
  std::unordered_set<std::string> iso_currencies;         // USD, EUR, ...
  std::unordered_map<std::string, int> months;            // "january" -> 1, "jan" -> 1
  std::unordered_map<std::string, int> weekdays;          // "monday" -> 0
  std::unordered_map<std::string, int64_t> multipliers;   // "billion" -> 1e9
  std::unordered_map<std::string, int64_t> number_words;  // "two" -> 2
  std::unordered_set<std::string> count_qualifiers;       // "at least", ...
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

  // Lookup without the per-thread memo.
  const GazetteerEntry* Find(const std::string& name) const;
  ContentSerial serial_;  // names the contents for the memo of Lookup

  std::unordered_map<std::string, GazetteerEntry> gazetteer_;
  // FoldName of every gazetteer name -> its entry; null when names that fold
  // alike are different things.
  std::unordered_map<std::string, const GazetteerEntry*> folded_gazetteer_;
  std::unordered_map<std::string, std::string> demonyms_;
  std::unordered_map<std::string, TitleInfo> titles_;
  size_t max_title_words_ = 1;
  std::unordered_map<std::string, std::string> capitals_;
  std::unordered_map<std::string, std::string> city_country_;
  std::unordered_map<std::string, std::string> country_codes_;  // any name -> alpha-2
  std::unordered_map<std::string, std::string> lemma_exceptions_;
  std::unordered_set<std::string> common_words_;
  std::unordered_set<std::string> common_nouns_;
  std::unordered_set<std::string> adjectives_;
  std::unordered_set<std::string> given_names_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_LEXICON_H_
