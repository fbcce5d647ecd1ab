// The compiled shapes graph (ShapesGraph::Impl): each shape with its targets,
// its path and its constraints, the shapes its constraints name given by
// their index in the list of shapes.
#ifndef NEWSKG_ONTOLOGY_INTERNAL_SHACL_SHAPES_H_
#define NEWSKG_ONTOLOGY_INTERNAL_SHACL_SHAPES_H_

#include <unicode/regex.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/base.h"
#include "ontology/internal/shacl_index.h"
#include "ontology/shacl.h"

namespace newskg::shacl {
namespace internal {

// A constraint component, by the parameter that names it.
enum class Kind {
  kClass,
  kDatatype,
  kNodeKind,
  kMinCount,
  kMaxCount,
  kMinExclusive,
  kMinInclusive,
  kMaxExclusive,
  kMaxInclusive,
  kMinLength,
  kMaxLength,
  kPattern,
  kLanguageIn,
  kUniqueLang,
  kEquals,
  kDisjoint,
  kLessThan,
  kLessThanOrEquals,
  kNot,
  kAnd,
  kOr,
  kXone,
  kNode,
  kProperty,
  kQualified,
  kClosed,
  kHasValue,
  kIn,
};

// What a parameter's value must be.
enum class ParamType {
  kIri,
  kAny,
  kLiteral,
  kCount,
  kBoolean,
  kList,
  kShape,
  kShapeList,
  kNodeKind,
  kStringList
};

// One constraint of a shape: its component, its parameter's value and what
// was compiled from it.
struct Constraint {
  Kind kind;
  Id component = 0;
  Id param = 0;
  uint64_t count = 0;
  std::vector<Id> list;
  std::vector<int> shapes;
  std::shared_ptr<icu::RegexPattern> regex;
  // sh:qualifiedValueShape
  std::optional<uint64_t> qualified_min, qualified_max;
  bool disjoint = false;  // sh:qualifiedValueShapesDisjoint true
  Id max_component = 0;
  std::vector<int> siblings;
  // sh:closed
  std::unordered_set<Id> allowed;
};

// A shape: a node shape, or a property shape (one with a path).
struct Shape {
  Id node = 0;
  bool is_property = false;
  IdPath path;
  std::shared_ptr<const PropertyPath> public_path;
  Id severity = 0;
  bool deactivated = false;
  std::vector<Id> messages;
  std::vector<Id> target_nodes, target_classes, subjects_of, objects_of;
  std::vector<Constraint> constraints;
};

}  // namespace internal

// The shapes graph's terms and triples, and its shapes: those of section 2.1
// and every shape a constraint names.
struct ShapesGraph::Impl {
  internal::Dictionary dict;
  std::unique_ptr<internal::Vocab> v;
  internal::Index shapes;
  std::vector<internal::Shape> list;
  std::unordered_map<internal::Id, int> index_of;
  std::vector<internal::Id> worklist;

  // The index of the shape at `node`; a new shape is queued on `worklist`.
  int ShapeIndex(internal::Id node);
  // An InvalidArgument error that names the shape and the triple.
  Status Error(internal::Id shape, internal::Id pred, internal::Id obj,
               const std::string& why) const;
  // Whether `node` is an instance of `cls` (through rdfs:subClassOf) in the
  // shapes graph.
  bool IsInstanceInShapes(internal::Id node, internal::Id cls) const;
  // Checks that the value `obj` of parameter `pred` is of `type`; the members
  // of a list go to `list_out`.
  Status CheckParam(internal::Id shape, internal::Id pred, internal::Id obj,
                    internal::ParamType type, std::vector<internal::Id>& list_out);
  // Compiles the shape `list[index]`, adding the shapes it names.
  Status CompileShape(int index);
  // sh:qualifiedValueShapesDisjoint: the sibling shapes are the qualified
  // value shapes of the other property shapes of every shape that has this
  // property shape as a value of sh:property.
  void FindSiblings();
};

}  // namespace newskg::shacl

#endif  // NEWSKG_ONTOLOGY_INTERNAL_SHACL_SHAPES_H_
