// Entity mention stage. Needs: tokens, sentences. Provides: mentions (names,
// demonyms and epithets, typed; unresolved: Mention::entity == -1) and the
// titles seen with each name.
#ifndef NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_
#define NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/name_typer.h"

namespace newskg {

// A title standing with a person's name: "Russian President Vladimir Putin",
// "IMF Managing Director Kristalina Georgieva", "Prime Minister Shehbaz Sharif".
struct TitledName {
  size_t person_mention = 0;  // index into Document::mentions
  std::string title;          // lower case: "president"
  bool leader = false;        // a head of state, government or organization
  bool former = false;        // "former", "ex-", "late"
  int modifier_mention = -1;  // the country/organization it is the title of, if named
};

// The weak rules that type a name when no gazetteer, form rule or cue in
// context does: the names a trained typer may retype (see NameTyper).
enum class WeakRule : uint8_t {
  kNone = 0,       // typed by strong evidence
  kAcronym,        // "OSCE": an unknown all-caps word, an organization
  kGivenName,      // "Northrop Grumman": a given name first, a person
  kOpeningWord,    // "Xi, who ...": a common word opening a sentence
  kPlaceByPrefix,  // "Metro Manila": common words before a known place
  kConnector,      // "Champs de Mars": a connector inside, an organization
  kEndsInPlace,    // "Air India": ends in a place it does not name, an organization
  kCommonLast,     // "Apple Computer": a common word last, an organization
  kCommonWords,    // "Roman Abramovich": common words inside, a place
  kPersonByForm,   // "Ruth Bader": plain capitalized words, a person
  kSpeakingNoun,   // "Airbus said": a common noun speaking, an organization
  kSpeaking,       // "Gitanas said": a word speaking, a person
  kLocative,       // "in Darwin": after a locative preposition, a city
  kWordNetWord,    // "Reed": one word WordNet knows
  kUnknownWord,    // "Zentrix": one unknown word, an organization
  kNumRules
};

struct MentionLayer {
  std::vector<TitledName> titles;
  // By index into Document::mentions: the weak rule that typed each, if any.
  std::vector<WeakRule> weak;
};

// Finds name mentions and types them from their form, the gazetteers and
// context: titles, organizational suffixes and acronyms, place suffixes,
// locative prepositions, demonyms. Single unknown capitalized words are
// typed later by coreference (a surname of a named person) or left out.
// With `typer`, names that only a weak rule typed are retyped by it.
MentionLayer RecognizeEntities(Document& doc, const Lexicon& lex,
                               const NameTyper* typer = nullptr);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_
