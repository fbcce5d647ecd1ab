// The SHACL evaluator: a data graph's focus nodes checked against the
// compiled shapes, each failed constraint one raw result.
#ifndef NEWSKG_ONTOLOGY_INTERNAL_SHACL_EVALUATOR_H_
#define NEWSKG_ONTOLOGY_INTERNAL_SHACL_EVALUATOR_H_

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ontology/internal/shacl_index.h"
#include "ontology/internal/shacl_shapes.h"
#include "ontology/shacl.h"

namespace newskg::shacl::internal {

// One result before it is turned into terms.
struct RawResult {
  Id focus;
  int shape;
  std::optional<Id> value;
  Id component;
  std::shared_ptr<const PropertyPath> path_override;
  std::string message;
};

// Evaluates the shapes of `c` on the data graph `data`, whose terms are in
// `dict`.
class Evaluator {
 public:
  Evaluator(const ShapesGraph::Impl& c, const Dictionary& dict, const Index& data)
      : c_(c), v_(*c.v), dict_(dict), data_(data) {}

  // The focus nodes of shape `s`, each once.
  std::vector<Id> Targets(const Shape& s) const;
  // Adds to `out` the results of validating `focus` against shape `index`;
  // with `stop_early`, stops at the first constraint with a result.
  void Validate(int index, Id focus, std::vector<RawResult>& out, int depth, bool stop_early);
  // Whether `node` conforms to shape `index`.
  bool Conforms(int index, Id node, int depth);

 private:
  std::vector<Id> SubClasses(Id cls) const;
  bool IsInstance(Id node, Id cls);
  // The nodes reached from `node` by `p` (or, with `inverse`, the nodes
  // from which `node` is reached), each once.
  std::vector<Id> Eval(const IdPath& p, Id node, bool inverse) const;
  std::vector<Id> ValuesOf(Id focus, Id predicate) const { return data_.Objects(focus, predicate); }
  const Term& T(Id id) const { return dict_.term(id); }
  void Add(std::vector<RawResult>& out, Id focus, int shape, std::optional<Id> value, Id component,
           std::string message) const;
  void Check(int index, const Constraint& k, Id focus, const std::vector<Id>& values,
             std::vector<RawResult>& out, int depth);

  const ShapesGraph::Impl& c_;
  const Vocab& v_;
  const Dictionary& dict_;
  const Index& data_;
  std::unordered_map<Id, std::unordered_set<Id>> supers_;
};

}  // namespace newskg::shacl::internal

#endif  // NEWSKG_ONTOLOGY_INTERNAL_SHACL_EVALUATOR_H_
