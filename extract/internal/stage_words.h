// Word lists the stages compare words with, beyond the Lexicon's: each one a
// data file under extract/data, one word or phrase a line (lower case unless
// the list says otherwise) or, for a .tsv, one row of fields, that opens
// with a comment line saying what the list is for. Loaded once from
// the data folder (LexiconPaths::Defaults().data_dir) and shared read-only;
// Pipeline::Create reports a missing or malformed list as an error.
#ifndef NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_
#define NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_

#include <string>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"

namespace newskg::internal {

using WordSet = std::unordered_set<std::string>;

struct StageWords {
  // Names (entity recognizer, name typer).
  WordSet name_particles;         // al, bin: "al-Sisi", "bin-Salman"
  WordSet contraction_endings;    // t, ll: "Don't", "We'll" are no names
  WordSet possessive_markers;     // 's
  WordSet definite_articles;      // the
  WordSet coordinators;           // and: "Imran Khan and Sadiq Khan"
  WordSet head_of_preps;          // of: "Bank of England", "Gulf of Oman"
  WordSet org_name_preps;         // of, on, for: "Commission on Human Rights"
  WordSet whole_name_connectors;  // and, for: only inside a name known whole
  WordSet perfect_auxiliaries;    // has, had: "Khan has said"
  WordSet s_verb_forms;           // meets, hosts: verbs, not plural event nouns
  WordSet former_words;           // former, late: "former Prime Minister X"
  WordSet percent_words;          // percent, pct: "40 percent" is a share
  WordSet public_body_modifiers;  // central, national: "the central bank"
  WordSet age_markers;            // -year-old: "the 66-year-old"

  // Coreference.
  WordSet location_participles;  // based: "Los Angeles based X", "Seattle-based X"
  WordSet leading_participles;   // led, headed: "the party, led by X"
  WordSet leading_verbs;         // leads, heads: "X, who heads the bank"
  WordSet agent_preps;           // by
  WordSet person_relatives;      // who
  WordSet subordinators;         // as, when: "As Xi and Putin met, Kishida ..."
  WordSet personal_pronouns;     // he, she
  WordSet head_of_state_titles;  // president
  WordSet role_preps;            // as: "as Venezuela's president"
  WordSet name_suffixes;         // Jr, III: not a surname
  // Epithet noun -> titles it fits beyond its own words ("premier" -> "prime minister").
  std::unordered_map<std::string, WordSet> epithet_titles;

  // Quotes.
  WordSet noun_openers;         // a, the, with: "a statement" is a noun
  WordSet org_pronouns;         // it: "...," it said
  WordSet attribution_phrases;  // according to: "...," according to X
  WordSet quoting_verbs;        // quote: "quoted Diallo as saying"
  WordSet quoted_as_preps;      // as
  // Naming word -> the words it needs before it to name ("as" -> "known").
  std::unordered_map<std::string, WordSet> naming_after;

  // Dates and counts.
  WordSet future_cues;       // will, next: relative dates count forward
  WordSet range_preps;       // since, until: a date as a bound
  WordSet month_cues;        // in, early: "in April", "early May"
  WordSet ambiguous_months;  // may
  WordSet year_cues;         // in, since, of: "in 2019"
  WordSet ordinal_suffixes;  // st, nd, rd, th: "March 1st"

  // Endings (morphology).
  WordSet participle_endings;  // ed: "newly-sanctioned"
  WordSet gerund_endings;      // ing: "Following"
  // Whether `lower`, longer than `min_size`, ends in one of `endings`.
  static bool EndsInAny(const std::string& lower, const WordSet& endings, size_t min_size) {
    if (lower.size() <= min_size) return false;
    for (const std::string& e : endings) {
      if (lower.size() >= e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0)
        return true;
    }
    return false;
  }
  // extract/data/relative_dates.tsv.
  enum class DateUnit { kMonth, kYear };
  std::unordered_map<std::string, int> day_offsets;  // "yesterday" -> -1
  std::unordered_map<std::string, int> directions;   // "last" -> -1, "this" -> 0
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

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_STAGE_WORDS_H_
