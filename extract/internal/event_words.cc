#include "extract/internal/event_words.h"

#include <set>
#include <sstream>
#include <utility>

#include "base/base.h"

namespace newskg::internal {

Status EventWords::Load(const std::string& path, Vocabulary* vocabulary) {
  const std::pair<const char*, WordSet*> sets[] = {
      {"articles", &articles},
      {"noun_determiners", &noun_determiners},
      {"trigger_determiners", &trigger_determiners},
      {"perfect_auxiliaries", &perfect_auxiliaries},
      {"subject_auxiliaries", &subject_auxiliaries},
      {"crowd_verb_fillers", &crowd_verb_fillers},
      {"casualty_words", &casualty_words},
      {"payout_nouns", &payout_nouns},
      {"background_preps", &background_preps},
      {"additive_words", &additive_words},
      {"inclusion_words", &inclusion_words},
      {"list_openers", &list_openers},
      {"designation_participles", &designation_participles},
      {"designation_preps", &designation_preps},
      {"purpose_words", &purpose_words},
      {"findings_nouns", &findings_nouns},
      {"voting_lemmas", &voting_lemmas},
      {"followup_subjects", &followup_subjects},
      {"followup_objects", &followup_objects},
      {"trigger_modified_heads", &trigger_modified_heads},
      {"proximity_words", &proximity_words},
      {"sum_modifiers", &sum_modifiers},
      {"guest_verbs", &guest_verbs},
      {"guest_nouns", &guest_nouns},
      {"simultaneous_conjunctions", &simultaneous_conjunctions},
      {"relative_words", &relative_words},
      {"place_relatives", &place_relatives},
      {"place_nouns", &place_nouns},
      {"capital_nouns", &capital_nouns},
      {"street_nouns", &street_nouns},
      {"genitive_preps", &genitive_preps},
      {"group_leader_nouns", &group_leader_nouns},
      {"saying_forms", &saying_forms},
      {"complementizers", &complementizers},
      {"subject_pronouns", &subject_pronouns},
      {"date_preps", &date_preps},
      {"opposition_preps", &opposition_preps},
      {"predicative_preps", &predicative_preps},
      {"origin_preps", &origin_preps},
      {"reported_future_modals", &reported_future_modals},
      {"noun_adjectives", &noun_adjectives},
      {"irregular_pasts", &irregular_pasts},
      {"win_lemmas", &win_lemmas},
      {"national_election_words", &national_election_words},
      {"converge_preps", &converge_preps},
      {"converge_verbs", &converge_verbs},
      {"present_perfect_auxiliaries", &present_perfect_auxiliaries},
      {"topic_preps", &topic_preps},
      {"party_preps", &party_preps},
      {"draw_particles", &draw_particles},
      {"owner_nouns", &owner_nouns},
      {"payment_preps", &payment_preps},
      {"undergoing_preps", &undergoing_preps},
      {"undergone_preps", &undergone_preps},
      {"involving_verbs", &involving_verbs},
      {"travel_preps", &travel_preps},
      {"travel_verbs", &travel_verbs},
      {"duration_nouns", &duration_nouns},
      {"object_preps", &object_preps},
      {"group_preps", &group_preps},
      {"group_possessives", &group_possessives},
      {"joining_verbs", &joining_verbs},
      {"person_possessives", &person_possessives},
      {"placing_preps", &placing_preps},
      {"hosting_verbs", &hosting_verbs},
      {"targeting_verbs", &targeting_verbs},
      {"doer_participles", &doer_participles},
      {"apposition_openers", &apposition_openers},
      {"companion_nouns", &companion_nouns},
  };
  for (const auto& [name, set] : sets) set->Bind(vocabulary);
  auto rows = ReadDataRows(path, 2);
  if (!rows.ok()) return rows.status();
  std::set<std::string> seen;
  for (const auto& r : *rows) {
    std::vector<std::string> words;
    std::istringstream in(r[1]);
    for (std::string w; in >> w;) words.push_back(w);
    if (!seen.insert(r[0]).second) return ParseError(path + ": list named twice: " + r[0]);
    WordSet* set = nullptr;
    for (const auto& [name, s] : sets) {
      if (r[0] == name) set = s;
    }
    if (set == nullptr) return ParseError(path + ": no such list: " + r[0]);
    for (const auto& w : words) {
      if (!w.empty()) set->insert(w);
    }
  }
  for (const auto& [name, s] : sets) {
    if (seen.count(name) == 0) return ParseError(path + ": missing list: " + name);
  }
  return Status::Ok();
}

}  // namespace newskg::internal
