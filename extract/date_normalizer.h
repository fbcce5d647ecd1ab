// Date normalizer stage. Needs: tokens, sentences, Document::date (may be
// empty). Provides: Document::dates, Token::in_date.
#ifndef NEWSKG_EXTRACT_DATE_NORMALIZER_H_
#define NEWSKG_EXTRACT_DATE_NORMALIZER_H_

#include <string>

#include "extract/document.h"
#include "extract/lexicon.h"

namespace newskg {

// Absolute dates ("August 9, 2020", "9 August", "2020-09-14", "August 2020",
// "in 2019") and dates relative to the article's date, past-biased as news
// reports are: "on Monday" is the last Monday (today if the article is from a
// Monday), "August 9" without a year is the last August 9, "last month" is the
// month before. Future wording ("will", "next") turns the bias forward.
// Relative dates are skipped when the article has no date.
void NormalizeDates(Document& doc, const Lexicon& lex);

// The article's publication date when it is given in a numeric form other
// than YYYY-MM-DD ("03-02-2009", "25/12/2009", "12.25.2009"): a form only one
// reading of day and month fits, or the reading that a day-precise date in
// the article's first three sentences (its dateline) confirms. Needs tokens,
// sentences; leaves `doc` as it was. An error says why no reading is sure.
[[nodiscard]] Result<std::string> ResolvePublicationDate(const Document& doc, const Lexicon& lex,
                                                         const std::string& given);

// Day arithmetic on ISO dates, exposed for tests.
std::string AddDays(const std::string& iso_date, int days);
int Weekday(const std::string& iso_date);  // 0 = Monday

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_DATE_NORMALIZER_H_
