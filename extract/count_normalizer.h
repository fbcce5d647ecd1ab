// Count normalizer stage. Needs: tokens, money, dates. Provides: Document::counts.
#ifndef NEWSKG_EXTRACT_COUNT_NORMALIZER_H_
#define NEWSKG_EXTRACT_COUNT_NORMALIZER_H_

#include "extract/document.h"
#include "extract/lexicon.h"

namespace newskg {

// Finds counts of people or things with their qualifier: "at least 100,000",
// "almost 7,000", "an estimated 40,000", "eight people", "2 million". Numbers
// inside money amounts and dates, percentages, ages ("68-year-old") and
// years are not counts.
void NormalizeCounts(Document& doc, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_COUNT_NORMALIZER_H_
