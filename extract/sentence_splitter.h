// Sentence splitter stage. Needs: tokens. Provides: sentences, Token::sentence.
#ifndef NEWSKG_EXTRACT_SENTENCE_SPLITTER_H_
#define NEWSKG_EXTRACT_SENTENCE_SPLITTER_H_

#include <string>
#include <unordered_set>

#include "extract/document.h"
#include "extract/vocabulary.h"

namespace newskg {

// Ends a sentence at '.', '!', '?' or '…' (with any closing quotes or
// brackets after it) when the next token starts a new sentence, and at every
// line break. A period after a known abbreviation ("Mr.", "Gen."), a single
// capital initial ("S. Gapon") or inside a number does not end a sentence.
// `abbreviations` holds lower-case forms without the final dot. A sentence
// that reaches kMaxSentenceTokens tokens without an end is cut there, so
// that no later stage's work per sentence grows with the whole text.
inline constexpr size_t kMaxSentenceTokens = 400;
void SplitSentences(Document& doc, const WordSet& abbreviations);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_SENTENCE_SPLITTER_H_
