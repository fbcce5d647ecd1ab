// schema: the event classes as data, one definition that every stage
// follows. Today it holds what makes two mentions of an event one event
// (event_identity.h: the identity fields of each class in
// extract/data/events/identity.tsv, and the comparisons of dates, places,
// amounts and counts), read alike by the in-article merge in extract/ and by
// identity across articles in graph/, so "the same event" has one meaning.
// Depends on base/ only; other folders include this header only.
#ifndef NEWSKG_SCHEMA_SCHEMA_H_
#define NEWSKG_SCHEMA_SCHEMA_H_

#include "schema/event_classes.h"   // IWYU pragma: export
#include "schema/event_identity.h"  // IWYU pragma: export
#include "schema/event_match.h"     // IWYU pragma: export
#include "schema/name_words.h"      // IWYU pragma: export

#endif  // NEWSKG_SCHEMA_SCHEMA_H_
