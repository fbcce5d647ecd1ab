// base: what every newskg library shares and nothing about language or RDF.
// Errors as values (Status, Result, WarningSink), UTF-8 checking and
// decoding, string helpers, the name slug that entity keys and IRIs are made
// of and the name folding identity compares by, and whole-or-absent output
// files. extract/, graph/, ontology/, batch/ and cli/ depend on it; it
// depends on nothing of the project. Other folders include this header only.
#ifndef NEWSKG_BASE_BASE_H_
#define NEWSKG_BASE_BASE_H_

#include "base/calendar.h"     // IWYU pragma: export
#include "base/data_file.h"    // IWYU pragma: export
#include "base/memo.h"         // IWYU pragma: export
#include "base/names.h"        // IWYU pragma: export
#include "base/output_file.h"  // IWYU pragma: export
#include "base/status.h"       // IWYU pragma: export
#include "base/strings.h"      // IWYU pragma: export
#include "base/utf8.h"         // IWYU pragma: export

#endif  // NEWSKG_BASE_BASE_H_
