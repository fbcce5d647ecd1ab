// Event stage. Needs: tokens, sentences, mentions resolved to entities,
// money, counts, dates, the coreference layer. Provides: events (Meeting,
// Loan, MilitaryExercise, Election, Protest, Arrest, Sanction) with their
// roles, merged across sentences when they are the same event, and the
// meets and grantsLoanTo relations they imply.
#ifndef NEWSKG_EXTRACT_EVENT_EXTRACTOR_H_
#define NEWSKG_EXTRACT_EVENT_EXTRACTOR_H_

#include "extract/coreference.h"
#include "extract/document.h"
#include "extract/lexicon.h"

namespace newskg {

// Triggers come from the per-class lexicons (extract/data/events/*.txt),
// matched by lemma; roles from extract/data/events/roles.tsv by syntactic
// slot (subject, object, prepositional object, possessor, modifier) with
// passive voice swapping subject and object. Negated, hypothetical and
// non-event uses ("did not meet", "could impose", "arrest warrant") are
// skipped.
void ExtractEvents(Document& doc, const CorefLayer& coref, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_EVENT_EXTRACTOR_H_
