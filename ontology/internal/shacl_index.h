// The SHACL processor's view of a graph: every term as a small id
// (Dictionary), the triples indexed by subject, object and predicate (Index),
// the ids of the terms the processor itself uses (Vocab), and RDF lists and
// property paths read over ids.
#ifndef NEWSKG_ONTOLOGY_INTERNAL_SHACL_INDEX_H_
#define NEWSKG_ONTOLOGY_INTERNAL_SHACL_INDEX_H_

#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/graph.h"
#include "ontology/shacl.h"

namespace newskg::shacl::internal {

using Id = uint32_t;
using Pairs = std::vector<std::pair<Id, Id>>;

inline std::string ShIri(const std::string& local) { return vocab::kSh + local; }

// Every term of the shapes and data graphs gets one small id. Keys follow RDF
// term equality ("x" and "x"^^xsd:string are one term); blank nodes are keyed
// by the graph they come from, so two graphs never share one by accident.
class Dictionary {
 public:
  Id Intern(const Term& t, char scope);
  Id Iri(const std::string& iri) { return Intern(Term::Iri(iri), 's'); }
  const Term& term(Id id) const { return terms_[id]; }

 private:
  static std::string Key(const Term& t, char scope);
  std::unordered_map<std::string, Id> ids_;
  std::vector<Term> terms_;
};

// A graph's triples by subject, by object and by predicate.
class Index {
 public:
  void Load(const Graph& g, Dictionary& dict, char scope);
  const Pairs& Out(Id s) const { return Find(out_, s); }
  const Pairs& In(Id o) const { return Find(in_, o); }
  const Pairs& ByPredicate(Id p) const { return Find(by_pred_, p); }
  std::vector<Id> Objects(Id s, Id p) const;
  std::vector<Id> Subjects(Id p, Id o) const;

 private:
  static const Pairs& Find(const std::unordered_map<Id, Pairs>& m, Id k) {
    static const Pairs kEmpty;
    const auto it = m.find(k);
    return it == m.end() ? kEmpty : it->second;
  }
  std::unordered_map<Id, Pairs> out_, in_, by_pred_;
};

// The terms the processor itself uses.
struct Vocab {
  explicit Vocab(Dictionary& d);
  Id type, first, rest, nil, sub_class_of, rdfs_class, node_shape, property_shape, path,
      inverse_path, alternative_path, zero_or_more, one_or_more, zero_or_one, target_class,
      target_node, target_subjects_of, target_objects_of, property, violation;
};

// A path over ids, for evaluation.
struct IdPath {
  PropertyPath::Kind kind = PropertyPath::Kind::kPredicate;
  Id iri = 0;
  std::vector<IdPath> items;
};

// Reads an RDF list starting at `head`; false when it is not a well-formed
// list (a missing rdf:first or rdf:rest, more than one, or a cycle).
bool ReadList(const Index& g, const Vocab& v, Id head, std::vector<Id>& out);

// Parses the path at `node`. On failure, `error` says why.
bool ParseIdPath(const Index& g, const Vocab& v, const Dictionary& dict, Id node, IdPath& out,
                 PropertyPath& pub, std::string& error, int depth = 0);

}  // namespace newskg::shacl::internal

#endif  // NEWSKG_ONTOLOGY_INTERNAL_SHACL_INDEX_H_
