// extract: English news text to facts, with no RDF in sight. Reads articles
// (reader.h), runs the stages over a Document layer by layer (pipeline.h:
// tokens, sentences, tags, lemmas and the dependency parse, dates, amounts,
// counts, mentions, entities, events, quotes), and trains and runs the parse
// layer on its own (parse_models.h: `newskg train`, `newskg parse`). The
// Document (document.h) is what other libraries read. Each stage has its own
// header for its tests; other folders include this header only.
#ifndef NEWSKG_EXTRACT_EXTRACT_H_
#define NEWSKG_EXTRACT_EXTRACT_H_

#include "extract/document.h"      // IWYU pragma: export
#include "extract/parse_models.h"  // IWYU pragma: export
#include "extract/pipeline.h"      // IWYU pragma: export
#include "extract/reader.h"        // IWYU pragma: export

#endif  // NEWSKG_EXTRACT_EXTRACT_H_
