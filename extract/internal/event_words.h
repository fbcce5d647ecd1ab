// The closed-class words the event stage's patterns read ("and", "the",
// "according to"), as named lists from extract/data/events/pattern_words.tsv,
// so no English word is a literal in the stage's code.
#ifndef NEWSKG_EXTRACT_INTERNAL_EVENT_WORDS_H_
#define NEWSKG_EXTRACT_INTERNAL_EVENT_WORDS_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "extract/vocabulary.h"

namespace newskg::internal {

struct EventWords {
  WordSet articles, noun_determiners, trigger_determiners, perfect_auxiliaries, subject_auxiliaries,
      crowd_verb_fillers, casualty_words, payout_nouns, background_preps, additive_words,
      inclusion_words, relative_words, place_relatives, place_nouns, capital_nouns, street_nouns,
      genitive_preps, group_leader_nouns, saying_forms, complementizers, subject_pronouns,
      date_preps, opposition_preps, predicative_preps, origin_preps, reported_future_modals,
      noun_adjectives, irregular_pasts, win_lemmas, national_election_words, converge_preps,
      converge_verbs, present_perfect_auxiliaries, topic_preps, party_preps, draw_particles,
      owner_nouns, payment_preps, undergoing_preps, undergone_preps, involving_verbs, travel_preps,
      travel_verbs, duration_nouns, object_preps, group_preps, group_possessives, joining_verbs,
      person_possessives, placing_preps, hosting_verbs, targeting_verbs, doer_participles,
      apposition_openers, companion_nouns, list_openers, simultaneous_conjunctions,
      designation_participles, designation_preps, purpose_words, findings_nouns, voting_lemmas,
      followup_subjects, followup_objects, trigger_modified_heads, proximity_words, sum_modifiers,
      guest_verbs, guest_nouns;

  // Reads PATH: every list above must have its row, and a row whose name is
  // no list is an error naming the file and the name. The lists' words are
  // added to `vocabulary`, so that a token interned in it is looked up by id.
  [[nodiscard]] Status Load(const std::string& path, Vocabulary* vocabulary);
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_EVENT_WORDS_H_
