// XML Schema datatypes as SHACL needs them: which lexical forms are valid
// (sh:datatype) and how two literals order (sh:minInclusive and friends,
// sh:lessThan), following XSD 1.1 Part 2 and SPARQL's `<` operator.
#ifndef NEWSKG_ONTOLOGY_XSD_H_
#define NEWSKG_ONTOLOGY_XSD_H_

#include <optional>
#include <string>

#include "graph/graph.h"

namespace newskg::xsd {

// The datatype IRI of a literal: its own, else rdf:langString when it has a
// language tag, else xsd:string.
std::string DatatypeOf(const Term& literal);

// Is `datatype` one this module knows the lexical space of?
bool IsKnownDatatype(const std::string& datatype);

// Is `lexical` in the lexical space of `datatype` (including the value range
// of the derived integer types)? Unknown datatypes accept every form.
bool IsValidLexical(const std::string& lexical, const std::string& datatype);

// Orders two RDF terms as SPARQL's `<` does: numbers with numbers, strings
// with strings, dates with dates, date-times with date-times, booleans with
// booleans. Returns <0, 0, >0, or nothing when they cannot be compared
// (different kinds, an ill-formed literal, a date with and one without a
// time zone, a non-literal).
std::optional<int> Compare(const Term& a, const Term& b);

}  // namespace newskg::xsd

#endif  // NEWSKG_ONTOLOGY_XSD_H_
