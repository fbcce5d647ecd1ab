// Statement stage. Needs: tokens, sentences, mentions resolved to entities,
// the titles coreference saw with each person.
// Provides: Statement events (speaker, quote).
#ifndef NEWSKG_EXTRACT_QUOTE_EXTRACTOR_H_
#define NEWSKG_EXTRACT_QUOTE_EXTRACTOR_H_

#include "extract/coreference.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace newskg {

// Finds double-quoted passages and their speaker: attribution after the
// quote ("...," Putin said / said the Belarusian leader / 68-year-old
// supporter Alla Georgievna told Reuters), before it (Dar told reporters:
// "..."; Putin described X as "..."; the fund said, adding that ... "..."), a
// pronoun or epithet as speaker resolved to the person last named, and an
// unattributed quote right after an attributed one continuing its speaker.
// A quotation split by its attribution ("...," said X, "and ...") is one
// statement, its parts joined; "the head of ORG, NAME, said" gives NAME.
// Quotes with no speech verb (names, scare quotes) are no statement. A
// role noun that speaks ("...," the minister said) stands for the one person
// named before whose titles (coref.titles) it fits.
void ExtractQuotes(Document& doc, const CorefLayer& coref, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_QUOTE_EXTRACTOR_H_
