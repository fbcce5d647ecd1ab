// A SHACL Core processor (W3C Recommendation "Shapes Constraint Language",
// 2017): targets, every core constraint component, property paths,
// severities, sh:deactivated, sh:message, and validation reports.
#ifndef NEWSKG_ONTOLOGY_SHACL_H_
#define NEWSKG_ONTOLOGY_SHACL_H_

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "base/base.h"
#include "graph/graph.h"

namespace newskg::shacl {

// A SHACL property path (section 2.3.1).
struct PropertyPath {
  enum class Kind {
    kPredicate,
    kInverse,
    kSequence,
    kAlternative,
    kZeroOrMore,
    kOneOrMore,
    kZeroOrOne
  };
  Kind kind = Kind::kPredicate;
  Term iri;                         // kPredicate
  std::vector<PropertyPath> items;  // the sub-paths: one, or the list's members

  // SPARQL 1.1 property path syntax, e.g. `^<p>/(<q>|<r>)*`.
  std::string ToString() const;
  // Adds the path's SHACL form to `out` and returns its node (an IRI, or a
  // blank node named from `blank_prefix`).
  [[nodiscard]] Result<Term> AddTo(Graph& out, const std::string& blank_prefix) const;
};

// Reads the path whose node is `node` in `g`. An ill-formed path is an error
// that names the offending node.
[[nodiscard]] Result<PropertyPath> ReadPath(const Graph& g, const Term& node);

struct ValidationResult {
  Term focus;
  std::shared_ptr<const PropertyPath> path;  // null: none (node shapes)
  std::optional<Term> value;
  Term severity;   // sh:Violation, sh:Warning, sh:Info or another IRI
  Term component;  // sh:...ConstraintComponent
  Term source_shape;
  std::vector<Term> messages;  // the shape's sh:message values, else one made here
};

struct ValidationReport {
  bool conforms = true;
  std::vector<ValidationResult> results;

  // The report as an RDF graph (an sh:ValidationReport node with sh:conforms
  // and one sh:result per result).
  [[nodiscard]] Status AddTo(Graph& out) const;
};

// Whether the data graph is the shapes graph itself, so that the two share
// blank nodes (as in W3C tests whose data and shapes graph are one file).
enum class DataGraph { kSeparate, kSameAsShapes };

// A shapes graph, checked and compiled once, to validate many data graphs.
class ShapesGraph {
 public:
  // Checks every shape and compiles it. An ill-formed shapes graph (a path
  // that is not a path, an invalid regular expression or flags, a count that
  // is not a non-negative integer, a list that is not a list, ...) is an
  // InvalidArgument error that names the shape and the triple.
  [[nodiscard]] static Result<ShapesGraph> Compile(const Graph& shapes);

  ShapesGraph(ShapesGraph&&) noexcept;
  ShapesGraph& operator=(ShapesGraph&&) noexcept;
  ~ShapesGraph();

  ValidationReport Validate(const Graph& data, DataGraph kind = DataGraph::kSeparate) const;

  size_t shape_count() const;

  struct Impl;  // opaque: the compiled shapes, defined in internal/shacl_shapes.h

 private:
  ShapesGraph();
  std::unique_ptr<Impl> impl_;
};

// Shows a term for messages: <iri>, _:label, "x", "x"@lang, "x"^^xsd:name or
// "x"^^<datatype>.
std::string ShowTerm(const Term& t);

}  // namespace newskg::shacl

#endif  // NEWSKG_ONTOLOGY_SHACL_H_
