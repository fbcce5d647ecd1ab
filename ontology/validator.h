// Validates graphs against the shipped ontology and SHACL shapes, on Sord.
#ifndef NEWSKG_ONTOLOGY_VALIDATOR_H_
#define NEWSKG_ONTOLOGY_VALIDATOR_H_

#include <string>
#include <vector>

#include "extract/status.h"
#include "graph/graph.h"

namespace newskg {

struct Violation {
  std::string focus;    // the node that breaks a constraint
  std::string path;     // the property, or empty
  std::string message;  // what is wrong
};

// Implements the SHACL Core constraints the shapes use: sh:targetClass,
// sh:property with sh:path (an IRI), sh:minCount, sh:maxCount, sh:datatype
// (with the lexical form checked for xsd:date, gYearMonth, gYear, integer,
// decimal), sh:class (following rdfs:subClassOf in the ontology),
// sh:nodeKind (sh:IRI, sh:Literal), sh:pattern, sh:minInclusive. It also
// reports any term in the ontology namespace that the ontology does not declare.
class Validator {
 public:
  // Reads ontology/newskg.ttl and ontology/shapes.ttl from `dir`
  // (default: NEWSKG_ONTOLOGY_DIR from the environment, else the build-time path).
  [[nodiscard]] static Result<Validator> Load(const std::string& dir = "");

  std::vector<Violation> Validate(const Graph& data) const;

  const Graph& ontology() const { return ontology_; }

 private:
  Graph ontology_;
  Graph shapes_;
};

std::string DefaultOntologyDir();

}  // namespace newskg

#endif  // NEWSKG_ONTOLOGY_VALIDATOR_H_
