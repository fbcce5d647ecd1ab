// Money normalizer stage. Needs: tokens, sentences. Provides: Document::money.
#ifndef NEWSKG_EXTRACT_MONEY_NORMALIZER_H_
#define NEWSKG_EXTRACT_MONEY_NORMALIZER_H_

#include "extract/document.h"
#include "extract/lexicon.h"

namespace newskg {

// Finds amounts of money and writes their exact value and ISO 4217 code:
// "$1.5 billion", "(€1.26 billion)", "US$1.5bn", "1.5bn dollars",
// "835 billion rupees" (an ambiguous currency name takes the code of a
// country the article names), "2.25 billion special drawing rights".
void NormalizeMoney(Document& doc, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_MONEY_NORMALIZER_H_
