// Tokenizer stage. Needs: Document::text (valid UTF-8), Document::chrome
// (page chrome, extract/page_chrome.h; none when empty). Provides: tokens,
// with Token::quoted; none inside chrome, which ends a word as a space does.
#ifndef NEWSKG_EXTRACT_TOKENIZER_H_
#define NEWSKG_EXTRACT_TOKENIZER_H_

#include "extract/document.h"

namespace newskg {

// Splits the text into words, numbers, punctuation, quotes and symbols.
// Hyphenated words ("66-year-old"), dotted abbreviations ("U.S.", "Tut.by")
// and numbers with separators ("100,000", "1.5") stay one token; a possessive
// "'s" and a unit glued to a number ("1.5bn") become tokens of their own, and
// so does a full stop between two sentences that lost the space after it
// ("Petrov.Over": "Petrov", ".", "Over").
void Tokenize(Document& doc);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_TOKENIZER_H_
