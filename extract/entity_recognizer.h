// Entity mention stage. Needs: tokens, sentences. Provides: mentions (names,
// demonyms and epithets, typed; unresolved: Mention::entity == -1) and the
// titles seen with each name.
#ifndef NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_
#define NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_

#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon.h"

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

struct MentionLayer {
  std::vector<TitledName> titles;
};

// Finds name mentions and types them from their form, the gazetteers and
// context: titles, organizational suffixes and acronyms, place suffixes,
// locative prepositions, demonyms. Single unknown capitalized words are
// typed later by coreference (a surname of a named person) or left out.
MentionLayer RecognizeEntities(Document& doc, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_ENTITY_RECOGNIZER_H_
