// Word lists the stages compare words with, beyond the Lexicon's: each one a
// data file under extract/data, one word or phrase a line (lower case unless
// the list says otherwise) or, for a .tsv, one row of fields, that opens
// with a comment line saying what the list is for. Loaded once from
// the data folder (LexiconPaths::Defaults().data_dir) and shared read-only;
// Pipeline::Create reports a missing or malformed list as an error.
#ifndef NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_
#define NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/base.h"
#include "extract/document.h"

namespace newskg::internal {

// A word list. The stages ask the small lists at almost every token, so a
// word is first checked against the first bytes and the lengths the list
// has (most words stop there), then looked up by a fast hash (base/memo.h's
// StringIndex, the table of the memos). Iterated in the order the words were
// added.
class WordList {
 public:
  // Adds a word (a word already in the list is kept once).
  void insert(std::string word);
  size_t count(std::string_view word) const {
    return index_.MayHold(word) && index_.Find(word, WordAt{this}) != StringIndex::npos ? 1 : 0;
  }
  // Whether some word of the list, read as a phrase of words separated by
  // spaces, opens with `word` (a test before matching phrases in place).
  bool OpensPhrase(std::string_view word) const {
    return firsts_.MayHold(word) && firsts_.Find(word, FirstAt{this}) != StringIndex::npos;
  }
  size_t size() const { return words_.size(); }
  bool empty() const { return words_.empty(); }
  std::vector<std::string>::const_iterator begin() const { return words_.begin(); }
  std::vector<std::string>::const_iterator end() const { return words_.end(); }

 private:
  struct WordAt {
    const WordList* list;
    const std::string& operator()(size_t k) const { return list->words_[k]; }
  };

  struct FirstAt {
    const WordList* list;
    const std::string& operator()(size_t k) const { return list->first_words_[k]; }
  };

  std::vector<std::string> words_;
  // At most a quarter of the slots full: a word not in the list mostly
  // meets an empty slot at once.
  StringIndex index_{16, 4};
  // The distinct first words of the words read as phrases.
  std::vector<std::string> first_words_;
  StringIndex firsts_{16, 4};
};

struct StageWords {
  // Names (entity recognizer, name typer).
  WordList name_particles;         // al, bin: "al-Sisi", "bin-Salman"
  WordList function_word_tags;     // IN, DT: "Upon release, he said" opens with no name
  WordList weekday_abbreviations;  // thu: "Thu, 09 Mar, 2023" names no one
  WordList contraction_endings;    // t, ll: "Don't", "We'll" are no names
  WordList possessive_markers;     // 's
  WordList definite_articles;      // the
  WordList coordinators;           // and: "Imran Khan and Sadiq Khan"
  WordList head_of_preps;          // of: "Bank of England", "Gulf of Oman"
  WordList org_name_preps;         // of, on, for: "Commission on Human Rights"
  WordList whole_name_connectors;  // and, for: only inside a name known whole
  WordList perfect_auxiliaries;    // has, had: "Khan has said"
  WordList s_verb_forms;           // meets, hosts: verbs, not plural event nouns
  WordList former_words;           // former, late: "former Prime Minister X"
  WordList percent_words;          // percent, pct: "40 percent" is a share
  WordList vague_quantifiers;      // several, few: "several hundred" states no count
  WordList public_body_modifiers;  // central, national: "the central bank"
  WordList age_markers;            // -year-old: "the 66-year-old"
  WordList word_prefixes;          // pre, sub, co: "Pre-orders" is no name
  WordList compass_words;          // North: "the North" for North Korea
  WordList surname_particles;      // le, de: "Marine Le Pen" is a person's name
  WordList led_body_nouns;         // government: "the Shehbaz Sharif government"
  WordList org_name_openers;       // all: "All Nippon Airways" keeps its "All"
  WordList product_cues;           // model, system: "its next model Corolla"
  WordList index_modifiers;        // industrial: "the Dow Jones industrial average"
  WordList index_heads;            // average, index: "the Dow Jones industrial average"
  WordList name_place_nouns;       // airport: "Gatwick airport" is the airport's own name
  WordList index_names;            // FTSE, Kospi: a stock index alone (case as written)
  WordList exercise_nouns;         // drills, war games: "Steel Falcon drills" names the drills
  WordList club_suffixes;          // FC: "Dynamo Rovers FC" is a club (case as written)
  WordList club_prefixes;          // AC: "AC Kamensk" is a club (case as written)
  WordList state_bodies;           // Senate: alone names a body; "Party" alone names none
  WordList title_abbreviations;    // Gov, Lt: "Gov. Ana Ruiz" (case as written)
  WordList event_name_openers;     // Operation: "Operation Desert Lion" names an event
  WordList org_part_heads;         // board of directors: "Board of Directors of X" is X's
  WordList portfolio_words;        // affairs, trade: "the minister for Trade" names no entity
  WordList mission_nouns;          // embassy: "the Chinese embassy" is an organization
  WordList occupation_nouns;       // journalist: "Journalist Musa Bello" is Musa Bello
  WordList org_modifiers;          // ruling: "Ruling X Party" is X Party
  WordList workplace_nouns;        // officials: "officials at Vantor": Vantor is a firm

  // Coreference.
  WordList location_participles;  // based: "Los Angeles based X", "Seattle-based X"
  WordList firm_staff_nouns;      // analysts: "X analysts", "analysts at X" name a firm
  WordList firm_staff_preps;      // at, with: "analysts at X"
  WordList leading_participles;   // led, headed: "the party, led by X"
  WordList leading_verbs;         // leads, heads: "X, who heads the bank"
  WordList agent_preps;           // by
  WordList person_relatives;      // who
  WordList clause_relatives;      // who, which: ", who was ousted in April,"
  WordList subordinators;         // as, when: "As Xi and Putin met, Kishida ..."
  WordList personal_pronouns;     // he, she
  WordList object_pronouns;       // him, her: "police arrested him"
  WordList head_of_state_titles;  // president
  WordList monarch_titles;        // king, emir: a monarch's, never a republic's head
  WordList monarchies;            // jp, gb: ISO 3166 codes of states a monarch heads
  WordList role_preps;            // as: "as Venezuela's president"
  WordList office_verbs;          // declared: "was declared Kenya's new president"
  WordList report_nouns;          // report: "according to a report by Reuters" names no speaker
  WordList title_domain_preps;    // for, of: "Commissioner for Economy Paolo Gentiloni"
  WordList name_suffixes;         // Jr, III: not a surname
  WordList copulas;               // was, has been: "X was the bank's governor"
  WordList expletive_it_verbs;    // was, seem: "said it was too early" names no one
  WordList settlement_nouns;      // city, town: "the port city of X" is a city
  WordList region_nouns;          // province: "the province of X" is a place
  WordList party_initials;        // D, R: "Ana Ruiz, D-N.Y.," names no party or state
  WordList office_modifiers;      // acting, new: "the acting president"
  WordList dateline_marks;        // , —: "BOGOTA —" opens the article from Colombia
  WordList country_nouns;         // country: "the country's president, X," (the last one named)
  WordList counterpart_preps;     // in: "his counterpart in Ghana, John Mahama"
  WordList org_leader_titles;     // governor: "Bank of England Governor X" leads it
  WordList party_nouns;           // party: "Diallo's UDR party" is the party he leads
  // A country's short name -> its name ("SA" -> "South Africa"), case as written.
  std::unordered_map<std::string, WordList> country_short_names;
  // A title only one state's leader holds -> that state ("taoiseach" -> "Ireland").
  std::unordered_map<std::string, WordList> title_countries;
  // Epithet noun -> titles it fits beyond its own words ("premier" -> "prime minister").
  std::unordered_map<std::string, WordList> epithet_titles;
  // Possessive determiner -> the personal pronouns of its person ("his" -> he, him).
  std::unordered_map<std::string, WordList> pronoun_owners;

  // Quotes.
  WordList noun_openers;            // a, the, with: "a statement" is a noun
  WordList indefinite_determiners;  // a, another: "a spokesman said" is someone new
  WordList org_pronouns;            // it: "...," it said
  WordList public_body_nouns;       // embassy: "the embassy said" speaks for its country
  WordList unnamed_speaker_nouns;   // prosecutor: "the prosecutor said \"...\"" names no one
  WordList document_relatives;      // that, which: "a UN report that called it \"...\""
  WordList attribution_phrases;     // according to: "...," according to X
  WordList quoting_verbs;           // quote: "quoted Diallo as saying"
  WordList quoted_as_preps;         // as
  WordList issuing_verbs;           // issue, release: "X issued a statement" is X's
  WordList speech_of_verbs;         // say, warn: "..., X said of Y" still says
  WordList naming_relatives;        // what: "what the party called an \"unknown location\""
  WordList naming_verbs;            // call, describe: ditto, "what X described as a \"...\""
  WordList scare_quote_markers;     // so-called: "a so-called \"special operation\""
  // Role noun -> the kinds of titles it stands for ("official" -> official).
  std::unordered_map<std::string, WordList> role_noun_kinds;
  // Verb of saying -> the particle it needs after it ("point" -> "out").
  std::unordered_map<std::string, WordList> speech_particles;
  // Naming word -> the words it needs before it to name ("as" -> "known").
  std::unordered_map<std::string, WordList> naming_after;
  // Page chrome (extract/page_chrome.h): phrases by kind ("line": "license
  // photo", "credit": "photo", "byline": "by").
  std::unordered_map<std::string, WordList> page_chrome;

  // Dates and counts.
  WordList future_cues;             // will, next: relative dates count forward
  WordList future_frames;           // is to, are set to: what follows is scheduled
  WordList present_tense_tags;      // VBZ, VBP: a date after one lies ahead
  WordList past_tense_tags;         // VBD: the sentence tells of the past
  WordList present_tense_blockers;  // after, since: the date is a past event's
  WordList range_preps;             // since, until: a date as a bound
  WordList range_starts;            // from: "from May 3 to May 5" dates by its start
  WordList range_links;             // to, through: between a range's two dates
  WordList month_cues;              // in, early: "in April", "early May"
  WordList ambiguous_months;        // may
  WordList year_cues;               // in, since, of: "in 2019"
  WordList ordinal_suffixes;        // st, nd, rd, th: "March 1st"

  // Endings (morphology).
  WordList participle_endings;  // ed: "newly-sanctioned"
  WordList demonym_endings;     // an, ese: "African countries" names no bank
  WordList alias_openers;       // or: "the Supreme Electoral Council, or CSE,"
  WordList gerund_endings;      // ing: "Following"
  // Whether `lower`, longer than `min_size`, ends in one of `endings`.
  static bool EndsInAny(const std::string& lower, const WordList& endings, size_t min_size) {
    if (lower.size() <= min_size) return false;
    for (const std::string& e : endings) {
      if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
        return true;
    }
    return false;
  }
  // extract/data/relative_dates.tsv.
  enum class DateUnit { kWeek, kMonth, kYear };
  WordMap<int> day_offsets;  // "yesterday" -> -1
  WordMap<int> directions;   // "last" -> -1, "this" -> 0
  std::unordered_map<std::string, DateUnit> date_units;
  // The direction of a word ("next" 1), 0 for "this" and for any other word.
  int Direction(const std::string& lower) const {
    const auto it = directions.find(lower);
    return it == directions.end() ? 0 : it->second;
  }

  // Loads every list from `data_dir`: an error names the file.
  [[nodiscard]] static Result<StageWords> Load(const std::string& data_dir);
  // The lists of the default data folder, loaded on first use.
  [[nodiscard]] static Result<const StageWords*> Default();
};

// The length in tokens of the longest phrase of `phrases` ("according to")
// whose words, lower case, start at token k of `t` and end before `limit`, or 0.
size_t PhraseLengthAt(const WordList& phrases, const std::vector<Token>& t, size_t k, size_t limit);

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_
