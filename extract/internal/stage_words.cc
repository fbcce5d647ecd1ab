#include "extract/internal/stage_words.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <string_view>

#include "extract/lexicon.h"

namespace newskg::internal {
namespace {

// A data file of the stages opens with a comment line saying what it is for.
Status CheckCommentFirst(const std::string& path) {
  std::ifstream in(path);
  std::string first;
  if (in && std::getline(in, first) && TrimSpace(first).rfind('#', 0) != 0)
    return ParseError(path + ":1: a word list opens with a comment line saying what it is for");
  return Status::Ok();
}

// One list: a comment line first (what the list is for), then its words.
Status ReadWordList(const std::string& path, WordList& out) {
  if (Status s = CheckCommentFirst(path); !s.ok()) return s;
  auto rows = ReadDataRows(path, 1);
  if (!rows.ok()) return rows.status();
  for (auto& r : *rows) out.insert(r[0]);
  if (out.empty()) return ParseError(path + ": the list holds no words");
  return Status::Ok();
}

// A table of word pairs: a comment line first, then rows of two columns.
Status ReadWordPairs(const std::string& path, std::unordered_map<std::string, WordList>& out) {
  if (Status s = CheckCommentFirst(path); !s.ok()) return s;
  auto rows = ReadDataRows(path, 2);
  if (!rows.ok()) return rows.status();
  for (auto& r : *rows) out[r[0]].insert(r[1]);
  if (out.empty()) return ParseError(path + ": the table holds no rows");
  return Status::Ok();
}

// relative_dates.tsv: rows of kind (day, direction, unit), word, value.
Status ReadRelativeDates(const std::string& path, StageWords& w) {
  if (Status s = CheckCommentFirst(path); !s.ok()) return s;
  auto rows = ReadDataRows(path, 3);
  if (!rows.ok()) return rows.status();
  for (const auto& r : *rows) {
    const std::string& kind = r[0];
    if (kind == "unit") {
      if (r[2] != "week" && r[2] != "month" && r[2] != "year")
        return ParseError(path + ": a unit is week, month or year, not " + r[2]);
      w.date_units[r[1]] = r[2] == "week"    ? StageWords::DateUnit::kWeek
                           : r[2] == "month" ? StageWords::DateUnit::kMonth
                                             : StageWords::DateUnit::kYear;
      continue;
    }
    char* end = nullptr;
    const long n = std::strtol(r[2].c_str(), &end, 10);
    if (r[2].empty() || *end != '\0') return ParseError(path + ": not a number: " + r[2]);
    if (kind == "day") {
      w.day_offsets[r[1]] = static_cast<int>(n);
    } else if (kind == "direction") {
      if (n < -1 || n > 1) return ParseError(path + ": a direction is -1, 0 or 1: " + r[2]);
      w.directions[r[1]] = static_cast<int>(n);
    } else {
      return ParseError(path + ": unknown kind " + kind + " (day, direction or unit)");
    }
  }
  if (w.day_offsets.empty() || w.directions.empty() || w.date_units.empty())
    return ParseError(path + ": needs day, direction and unit rows");
  return Status::Ok();
}

}  // namespace

void WordList::insert(std::string word) {
  if (count(word) > 0) return;
  words_.push_back(std::move(word));
  index_.Added(words_.size(), WordAt{this});
  // The first word as PhraseLengthAt reads it: the first run of characters
  // other than a space.
  std::string_view first(words_.back());
  while (!first.empty() && first.front() == ' ') first.remove_prefix(1);
  first = first.substr(0, std::min(first.find(' '), first.size()));
  if (first.empty() || OpensPhrase(first)) return;
  first_words_.emplace_back(first);
  firsts_.Added(first_words_.size(), FirstAt{this});
}

Result<StageWords> StageWords::Load(const std::string& data_dir) {
  StageWords w;
  const std::pair<const char*, WordList*> lists[] = {
      {"name_particles.txt", &w.name_particles},
      {"contraction_endings.txt", &w.contraction_endings},
      {"possessive_markers.txt", &w.possessive_markers},
      {"definite_articles.txt", &w.definite_articles},
      {"coordinators.txt", &w.coordinators},
      {"head_of_preps.txt", &w.head_of_preps},
      {"org_name_preps.txt", &w.org_name_preps},
      {"whole_name_connectors.txt", &w.whole_name_connectors},
      {"perfect_auxiliaries.txt", &w.perfect_auxiliaries},
      {"s_verb_forms.txt", &w.s_verb_forms},
      {"former_words.txt", &w.former_words},
      {"percent_words.txt", &w.percent_words},
      {"vague_quantifiers.txt", &w.vague_quantifiers},
      {"public_body_modifiers.txt", &w.public_body_modifiers},
      {"age_markers.txt", &w.age_markers},
      {"word_prefixes.txt", &w.word_prefixes},
      {"compass_words.txt", &w.compass_words},
      {"surname_particles.txt", &w.surname_particles},
      {"led_body_nouns.txt", &w.led_body_nouns},
      {"org_name_openers.txt", &w.org_name_openers},
      {"product_cues.txt", &w.product_cues},
      {"index_modifiers.txt", &w.index_modifiers},
      {"index_heads.txt", &w.index_heads},
      {"name_place_nouns.txt", &w.name_place_nouns},
      {"index_names.txt", &w.index_names},
      {"exercise_nouns.txt", &w.exercise_nouns},
      {"club_suffixes.txt", &w.club_suffixes},
      {"club_prefixes.txt", &w.club_prefixes},
      {"state_body_words.txt", &w.state_bodies},
      {"title_abbreviations.txt", &w.title_abbreviations},
      {"event_name_openers.txt", &w.event_name_openers},
      {"org_part_heads.txt", &w.org_part_heads},
      {"portfolio_words.txt", &w.portfolio_words},
      {"mission_nouns.txt", &w.mission_nouns},
      {"occupation_nouns.txt", &w.occupation_nouns},
      {"org_modifiers.txt", &w.org_modifiers},
      {"workplace_nouns.txt", &w.workplace_nouns},
      {"location_participles.txt", &w.location_participles},
      {"firm_staff_nouns.txt", &w.firm_staff_nouns},
      {"firm_staff_preps.txt", &w.firm_staff_preps},
      {"leading_participles.txt", &w.leading_participles},
      {"leading_verbs.txt", &w.leading_verbs},
      {"agent_preps.txt", &w.agent_preps},
      {"person_relatives.txt", &w.person_relatives},
      {"clause_relatives.txt", &w.clause_relatives},
      {"subordinators.txt", &w.subordinators},
      {"personal_pronouns.txt", &w.personal_pronouns},
      {"object_pronouns.txt", &w.object_pronouns},
      {"head_of_state_titles.txt", &w.head_of_state_titles},
      {"monarch_titles.txt", &w.monarch_titles},
      {"monarchies.txt", &w.monarchies},
      {"role_preps.txt", &w.role_preps},
      {"office_verbs.txt", &w.office_verbs},
      {"report_nouns.txt", &w.report_nouns},
      {"title_domain_preps.txt", &w.title_domain_preps},
      {"name_suffixes.txt", &w.name_suffixes},
      {"copulas.txt", &w.copulas},
      {"expletive_it_verbs.txt", &w.expletive_it_verbs},
      {"settlement_nouns.txt", &w.settlement_nouns},
      {"region_nouns.txt", &w.region_nouns},
      {"party_initials.txt", &w.party_initials},
      {"office_modifiers.txt", &w.office_modifiers},
      {"country_nouns.txt", &w.country_nouns},
      {"dateline_marks.txt", &w.dateline_marks},
      {"counterpart_preps.txt", &w.counterpart_preps},
      {"org_leader_titles.txt", &w.org_leader_titles},
      {"party_nouns.txt", &w.party_nouns},
      {"noun_openers.txt", &w.noun_openers},
      {"indefinite_determiners.txt", &w.indefinite_determiners},
      {"public_body_nouns.txt", &w.public_body_nouns},
      {"document_relatives.txt", &w.document_relatives},
      {"unnamed_speaker_nouns.txt", &w.unnamed_speaker_nouns},
      {"org_pronouns.txt", &w.org_pronouns},
      {"attribution_phrases.txt", &w.attribution_phrases},
      {"quoting_verbs.txt", &w.quoting_verbs},
      {"quoted_as_preps.txt", &w.quoted_as_preps},
      {"issuing_verbs.txt", &w.issuing_verbs},
      {"future_cues.txt", &w.future_cues},
      {"future_frames.txt", &w.future_frames},
      {"present_tense_tags.txt", &w.present_tense_tags},
      {"past_tense_tags.txt", &w.past_tense_tags},
      {"present_tense_blockers.txt", &w.present_tense_blockers},
      {"range_preps.txt", &w.range_preps},
      {"range_starts.txt", &w.range_starts},
      {"range_links.txt", &w.range_links},
      {"month_cues.txt", &w.month_cues},
      {"ambiguous_months.txt", &w.ambiguous_months},
      {"year_cues.txt", &w.year_cues},
      {"ordinal_suffixes.txt", &w.ordinal_suffixes},
      {"participle_endings.txt", &w.participle_endings},
      {"demonym_endings.txt", &w.demonym_endings},
      {"alias_openers.txt", &w.alias_openers},
      {"speech_of_verbs.txt", &w.speech_of_verbs},
      {"naming_relatives.txt", &w.naming_relatives},
      {"naming_verbs.txt", &w.naming_verbs},
      {"scare_quote_markers.txt", &w.scare_quote_markers},
      {"gerund_endings.txt", &w.gerund_endings},
      {"function_word_tags.txt", &w.function_word_tags},
      {"weekday_abbreviations.txt", &w.weekday_abbreviations},
  };
  for (const auto& [file, set] : lists) {
    if (Status s = ReadWordList(data_dir + "/" + file, *set); !s.ok()) return s;
  }
  const std::pair<const char*, std::unordered_map<std::string, WordList>*> tables[] = {
      {"epithet_titles.tsv", &w.epithet_titles},
      {"naming_after.tsv", &w.naming_after},
      {"speech_particles.tsv", &w.speech_particles},
      {"role_noun_kinds.tsv", &w.role_noun_kinds},
      {"page_chrome.tsv", &w.page_chrome},
      {"country_short_names.tsv", &w.country_short_names},
      {"title_countries.tsv", &w.title_countries},
      {"pronoun_owners.tsv", &w.pronoun_owners},
  };
  for (const auto& [file, table] : tables) {
    if (Status s = ReadWordPairs(data_dir + "/" + file, *table); !s.ok()) return s;
  }
  if (Status s = ReadRelativeDates(data_dir + "/relative_dates.tsv", w); !s.ok()) return s;
  return w;
}

Result<const StageWords*> StageWords::Default() {
  static const Result<StageWords> loaded = Load(LexiconPaths::Defaults().data_dir);
  if (!loaded.ok()) return loaded.status();
  return &loaded.value();
}

size_t PhraseLengthAt(const WordList& phrases, const std::vector<Token>& t, size_t k,
                      size_t limit) {
  size_t best = 0;
  if (k >= limit) return 0;  // no phrase of a word or more fits
  // Most words open no phrase of the list.
  if (!phrases.OpensPhrase(t[k].lower)) return 0;
  for (const std::string& p : phrases) {
    // The words of p are its runs of characters other than a space (as
    // SplitWords gives them), read in place.
    // Most phrases differ from the text in their first word: tested first.
    {
      std::string_view q(p);
      while (!q.empty() && q.front() == ' ') q.remove_prefix(1);
      const std::string& w = t[k].lower;
      if (w.empty() || q.size() < w.size() || q[0] != w[0] ||
          (q.size() > w.size() && q[w.size()] != ' ') || q.compare(0, w.size(), w) != 0)
        continue;
    }
    std::string_view rest(p);
    auto next_word = [&rest]() {
      while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
      const size_t e = std::min(rest.find(' '), rest.size());
      const std::string_view w = rest.substr(0, e);
      rest.remove_prefix(e);
      return w;
    };
    size_t n = 0;
    for (std::string_view scan(p); !scan.empty();) {
      while (!scan.empty() && scan.front() == ' ') scan.remove_prefix(1);
      if (scan.empty()) break;
      ++n;
      scan.remove_prefix(std::min(scan.find(' '), scan.size()));
    }
    if (n == 0 || k + n > limit || n <= best) continue;
    bool match = true;
    for (size_t i = 0; i < n && match; ++i) match = t[k + i].lower == next_word();
    if (match) best = n;
  }
  return best;
}

}  // namespace newskg::internal
