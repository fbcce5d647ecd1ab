// Validates graphs against the shipped ontology and SHACL shapes.
#ifndef NEWSKG_ONTOLOGY_VALIDATOR_H_
#define NEWSKG_ONTOLOGY_VALIDATOR_H_

#include <memory>
#include <string>

#include "base/base.h"
#include "graph/graph.h"
#include "ontology/shacl.h"

namespace newskg {

// The shipped checks: ontology/shapes.ttl through the SHACL Core processor
// (shacl.h), and two checks SHACL Core cannot state, reported as results of
// the shape nkgsh:OntologyCheck: every term in the ontology namespace is
// declared in ontology/newskg.ttl (component nkgsh:DeclaredTermComponent),
// and every typed literal has a valid lexical form (component
// nkgsh:LexicalFormComponent).
class Validator {
 public:
  // Reads ontology/newskg.ttl and ontology/shapes.ttl from `dir`
  // (default: NEWSKG_ONTOLOGY_DIR from the environment, else the build-time path).
  [[nodiscard]] static Result<Validator> Load(const std::string& dir = "");

  shacl::ValidationReport Validate(const Graph& data) const;

  const Graph& ontology() const { return ontology_; }

 private:
  Graph ontology_;
  std::shared_ptr<const shacl::ShapesGraph> shapes_;
};

std::string DefaultOntologyDir();

}  // namespace newskg

#endif  // NEWSKG_ONTOLOGY_VALIDATOR_H_
