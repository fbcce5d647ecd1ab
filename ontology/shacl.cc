#include "ontology/shacl.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "graph/graph.h"
#include "ontology/xsd.h"

namespace newskg::shacl {
namespace {

using Id = uint32_t;
using Pairs = std::vector<std::pair<Id, Id>>;

const std::string& Sh() { return vocab::kSh; }
std::string ShIri(const std::string& local) { return vocab::kSh + local; }

// Every term of the shapes and data graphs gets one small id. Keys follow RDF
// term equality ("x" and "x"^^xsd:string are one term); blank nodes are keyed
// by the graph they come from, so two graphs never share one by accident.
class Dictionary {
 public:
  Id Intern(const Term& t, char scope) {
    const std::string key = Key(t, scope);
    const auto [it, added] = ids_.emplace(key, static_cast<Id>(terms_.size()));
    if (added) {
      Term stored = t;
      if (stored.kind == TermKind::kLiteral && stored.datatype == vocab::kXsd + "string") {
        stored.datatype.clear();
      }
      terms_.push_back(std::move(stored));
    }
    return it->second;
  }
  Id Iri(const std::string& iri) { return Intern(Term::Iri(iri), 's'); }
  const Term& term(Id id) const { return terms_[id]; }

 private:
  static std::string Key(const Term& t, char scope) {
    switch (t.kind) {
      case TermKind::kIri:
        return "I" + t.value;
      case TermKind::kBlank:
        return std::string("B") + scope + t.value;
      case TermKind::kLiteral: {
        const std::string dt = t.datatype == vocab::kXsd + "string" ? "" : t.datatype;
        return "L" + t.value + '\x1f' + dt + '\x1f' + t.lang;
      }
    }
    return "";
  }
  std::unordered_map<std::string, Id> ids_;
  std::vector<Term> terms_;
};

// A graph's triples by subject, by object and by predicate.
class Index {
 public:
  void Load(const Graph& g, Dictionary& dict, char scope) {
    g.ForEach([&](const Triple& t) {
      const Id s = dict.Intern(t.s, scope), p = dict.Intern(t.p, scope),
               o = dict.Intern(t.o, scope);
      out_[s].emplace_back(p, o);
      in_[o].emplace_back(p, s);
      by_pred_[p].emplace_back(s, o);
    });
  }
  const Pairs& Out(Id s) const { return Find(out_, s); }
  const Pairs& In(Id o) const { return Find(in_, o); }
  const Pairs& ByPredicate(Id p) const { return Find(by_pred_, p); }
  std::vector<Id> Objects(Id s, Id p) const {
    std::vector<Id> r;
    for (const auto& [pp, o] : Out(s)) {
      if (pp == p) r.push_back(o);
    }
    return r;
  }
  std::vector<Id> Subjects(Id p, Id o) const {
    std::vector<Id> r;
    for (const auto& [pp, s] : In(o)) {
      if (pp == p) r.push_back(s);
    }
    return r;
  }

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
  explicit Vocab(Dictionary& d)
      : type(d.Iri(vocab::kType)),
        first(d.Iri(vocab::kRdf + "first")),
        rest(d.Iri(vocab::kRdf + "rest")),
        nil(d.Iri(vocab::kRdf + "nil")),
        sub_class_of(d.Iri(vocab::kRdfs + "subClassOf")),
        rdfs_class(d.Iri(vocab::kRdfs + "Class")),
        node_shape(d.Iri(ShIri("NodeShape"))),
        property_shape(d.Iri(ShIri("PropertyShape"))),
        path(d.Iri(ShIri("path"))),
        inverse_path(d.Iri(ShIri("inversePath"))),
        alternative_path(d.Iri(ShIri("alternativePath"))),
        zero_or_more(d.Iri(ShIri("zeroOrMorePath"))),
        one_or_more(d.Iri(ShIri("oneOrMorePath"))),
        zero_or_one(d.Iri(ShIri("zeroOrOnePath"))),
        target_class(d.Iri(ShIri("targetClass"))),
        target_node(d.Iri(ShIri("targetNode"))),
        target_subjects_of(d.Iri(ShIri("targetSubjectsOf"))),
        target_objects_of(d.Iri(ShIri("targetObjectsOf"))),
        property(d.Iri(ShIri("property"))),
        violation(d.Iri(ShIri("Violation"))) {}
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
bool ReadList(const Index& g, const Vocab& v, Id head, std::vector<Id>& out) {
  std::unordered_set<Id> seen;
  while (head != v.nil) {
    if (!seen.insert(head).second) return false;
    const auto firsts = g.Objects(head, v.first);
    const auto rests = g.Objects(head, v.rest);
    if (firsts.size() != 1 || rests.size() != 1) return false;
    out.push_back(firsts[0]);
    head = rests[0];
  }
  return true;
}

// Parses the path at `node`. On failure, `error` says why.
bool ParseIdPath(const Index& g, const Vocab& v, const Dictionary& dict, Id node, IdPath& out,
                 PropertyPath& pub, std::string& error, int depth = 0) {
  if (depth > 64) {
    error = "the path nests too deeply or is cyclic";
    return false;
  }
  const Term& t = dict.term(node);
  if (t.kind == TermKind::kLiteral) {
    error = "a literal is not a path";
    return false;
  }
  if (t.kind == TermKind::kIri && node != v.nil) {
    out.kind = pub.kind = PropertyPath::Kind::kPredicate;
    out.iri = node;
    pub.iri = t;
    return true;
  }
  auto sub = [&](Id child, PropertyPath::Kind kind) {
    out.kind = pub.kind = kind;
    out.items.emplace_back();
    pub.items.emplace_back();
    return ParseIdPath(g, v, dict, child, out.items.back(), pub.items.back(), error, depth + 1);
  };
  auto list = [&](Id head, PropertyPath::Kind kind, size_t min_items) {
    std::vector<Id> members;
    if (!ReadList(g, v, head, members)) {
      error = "the path's list is not a well-formed RDF list";
      return false;
    }
    if (members.size() < min_items) {
      error = "the path's list needs at least " + std::to_string(min_items) + " members";
      return false;
    }
    out.kind = pub.kind = kind;
    for (Id m : members) {
      out.items.emplace_back();
      pub.items.emplace_back();
      if (!ParseIdPath(g, v, dict, m, out.items.back(), pub.items.back(), error, depth + 1)) {
        return false;
      }
    }
    return true;
  };
  if (!g.Objects(node, v.first).empty()) return list(node, PropertyPath::Kind::kSequence, 2);
  const std::pair<Id, PropertyPath::Kind> unary[] = {
      {v.inverse_path, PropertyPath::Kind::kInverse},
      {v.zero_or_more, PropertyPath::Kind::kZeroOrMore},
      {v.one_or_more, PropertyPath::Kind::kOneOrMore},
      {v.zero_or_one, PropertyPath::Kind::kZeroOrOne},
  };
  for (const auto& [pred, kind] : unary) {
    const auto objs = g.Objects(node, pred);
    if (objs.size() > 1) {
      error = "more than one value of " + ShowTerm(dict.term(pred));
      return false;
    }
    if (objs.size() == 1) return sub(objs[0], kind);
  }
  const auto alts = g.Objects(node, v.alternative_path);
  if (alts.size() == 1) return list(alts[0], PropertyPath::Kind::kAlternative, 2);
  error =
      "a blank node that is neither a list nor has sh:inversePath, sh:alternativePath, "
      "sh:zeroOrMorePath, sh:oneOrMorePath or sh:zeroOrOnePath";
  if (node == v.nil) error = "rdf:nil is not a path";
  return false;
}

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

struct ParamInfo {
  Kind kind;
  const char* component;  // local name, without "ConstraintComponent"
  ParamType type;
  bool property_only;  // applies to property shapes only
};

const std::map<std::string, ParamInfo>& Params() {
  static const std::map<std::string, ParamInfo> kParams = {
      {"class", {Kind::kClass, "Class", ParamType::kAny, false}},
      {"datatype", {Kind::kDatatype, "Datatype", ParamType::kIri, false}},
      {"nodeKind", {Kind::kNodeKind, "NodeKind", ParamType::kNodeKind, false}},
      {"minCount", {Kind::kMinCount, "MinCount", ParamType::kCount, true}},
      {"maxCount", {Kind::kMaxCount, "MaxCount", ParamType::kCount, true}},
      {"minExclusive", {Kind::kMinExclusive, "MinExclusive", ParamType::kLiteral, false}},
      {"minInclusive", {Kind::kMinInclusive, "MinInclusive", ParamType::kLiteral, false}},
      {"maxExclusive", {Kind::kMaxExclusive, "MaxExclusive", ParamType::kLiteral, false}},
      {"maxInclusive", {Kind::kMaxInclusive, "MaxInclusive", ParamType::kLiteral, false}},
      {"minLength", {Kind::kMinLength, "MinLength", ParamType::kCount, false}},
      {"maxLength", {Kind::kMaxLength, "MaxLength", ParamType::kCount, false}},
      {"pattern", {Kind::kPattern, "Pattern", ParamType::kLiteral, false}},
      {"languageIn", {Kind::kLanguageIn, "LanguageIn", ParamType::kStringList, false}},
      {"uniqueLang", {Kind::kUniqueLang, "UniqueLang", ParamType::kBoolean, true}},
      {"equals", {Kind::kEquals, "Equals", ParamType::kIri, false}},
      {"disjoint", {Kind::kDisjoint, "Disjoint", ParamType::kIri, false}},
      {"lessThan", {Kind::kLessThan, "LessThan", ParamType::kIri, true}},
      {"lessThanOrEquals", {Kind::kLessThanOrEquals, "LessThanOrEquals", ParamType::kIri, true}},
      {"not", {Kind::kNot, "Not", ParamType::kShape, false}},
      {"and", {Kind::kAnd, "And", ParamType::kShapeList, false}},
      {"or", {Kind::kOr, "Or", ParamType::kShapeList, false}},
      {"xone", {Kind::kXone, "Xone", ParamType::kShapeList, false}},
      {"node", {Kind::kNode, "Node", ParamType::kShape, false}},
      {"property", {Kind::kProperty, "Property", ParamType::kShape, false}},
      {"qualifiedValueShape", {Kind::kQualified, "QualifiedMinCount", ParamType::kShape, true}},
      {"closed", {Kind::kClosed, "Closed", ParamType::kBoolean, false}},
      {"hasValue", {Kind::kHasValue, "HasValue", ParamType::kAny, false}},
      {"in", {Kind::kIn, "In", ParamType::kList, false}},
  };
  return kParams;
}

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

bool IsTrue(const Term& t) {
  return t.kind == TermKind::kLiteral && t.value == "true" && t.datatype == vocab::kXsd + "boolean";
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// SPARQL's langMatches with a basic language range.
bool LangMatches(const std::string& tag, const std::string& range) {
  if (tag.empty()) return false;
  if (range == "*") return true;
  const std::string t = Lower(tag), r = Lower(range);
  return t == r || (t.size() > r.size() && t.compare(0, r.size(), r) == 0 && t[r.size()] == '-');
}

// XPath's flag x: whitespace in the regex is removed, except inside a
// character class (ICU's comment mode would also drop what follows a '#').
std::string StripXPathWhitespace(const std::string& regex) {
  std::string out;
  bool in_class = false;
  for (size_t i = 0; i < regex.size(); ++i) {
    const char c = regex[i];
    if (c == '\\' && i + 1 < regex.size()) {
      out += c;
      out += regex[++i];
      continue;
    }
    if (c == '[') in_class = true;
    if (c == ']') in_class = false;
    if (!in_class && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) continue;
    out += c;
  }
  return out;
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// The text SHACL's string-based constraints see: an IRI's string or a
// literal's lexical form.
std::string Str(const Term& t) { return t.value; }

}  // namespace

struct ShapesGraph::Impl {
  Dictionary dict;
  std::unique_ptr<Vocab> v;
  Index shapes;
  std::vector<Shape> list;
  std::unordered_map<Id, int> index_of;
  std::vector<Id> worklist;

  int ShapeIndex(Id node) {
    const auto [it, added] = index_of.emplace(node, static_cast<int>(list.size()));
    if (added) {
      list.emplace_back();
      list.back().node = node;
      worklist.push_back(node);
    }
    return it->second;
  }

  Status Error(Id shape, Id pred, Id obj, const std::string& why) const {
    return InvalidArgument("ill-formed shape " + ShowTerm(dict.term(shape)) + ": triple " +
                           ShowTerm(dict.term(shape)) + " " + ShowTerm(dict.term(pred)) + " " +
                           ShowTerm(dict.term(obj)) + " : " + why);
  }

  bool IsInstanceInShapes(Id node, Id cls) const {
    std::vector<Id> todo = shapes.Objects(node, v->type);
    std::unordered_set<Id> seen;
    while (!todo.empty()) {
      const Id c = todo.back();
      todo.pop_back();
      if (c == cls) return true;
      if (!seen.insert(c).second) continue;
      for (Id s : shapes.Objects(c, v->sub_class_of)) todo.push_back(s);
    }
    return false;
  }

  Status CheckParam(Id shape, Id pred, Id obj, ParamType type, std::vector<Id>& list_out) {
    const Term& t = dict.term(obj);
    switch (type) {
      case ParamType::kIri:
        if (t.kind != TermKind::kIri) return Error(shape, pred, obj, "the value must be an IRI");
        break;
      case ParamType::kLiteral:
        if (t.kind != TermKind::kLiteral)
          return Error(shape, pred, obj, "the value must be a literal");
        break;
      case ParamType::kCount:
        if (t.kind != TermKind::kLiteral || t.datatype.empty() ||
            !xsd::IsValidLexical(t.value, t.datatype) ||
            !xsd::IsValidLexical(t.value, vocab::kXsd + "nonNegativeInteger")) {
          return Error(shape, pred, obj, "the value must be a non-negative xsd:integer");
        }
        break;
      case ParamType::kBoolean:
        if (t.kind != TermKind::kLiteral || t.datatype != vocab::kXsd + "boolean") {
          return Error(shape, pred, obj, "the value must be an xsd:boolean");
        }
        break;
      case ParamType::kNodeKind: {
        bool ok = false;
        for (const char* k : {"BlankNode", "IRI", "Literal", "BlankNodeOrIRI", "BlankNodeOrLiteral",
                              "IRIOrLiteral"}) {
          ok = ok || (t.kind == TermKind::kIri && t.value == ShIri(k));
        }
        if (!ok)
          return Error(shape, pred, obj, "the value must be one of the six sh:nodeKind values");
        break;
      }
      case ParamType::kList:
      case ParamType::kShapeList:
      case ParamType::kStringList:
        if (!ReadList(shapes, *v, obj, list_out)) {
          return Error(shape, pred, obj, "the value must be a well-formed RDF list");
        }
        if (type == ParamType::kStringList) {
          for (Id m : list_out) {
            if (dict.term(m).kind != TermKind::kLiteral || !dict.term(m).datatype.empty() ||
                !dict.term(m).lang.empty()) {
              return Error(shape, pred, obj, "every member must be a string literal");
            }
          }
        }
        if (type == ParamType::kShapeList) {
          for (Id m : list_out) {
            if (dict.term(m).kind == TermKind::kLiteral) {
              return Error(shape, pred, obj, "a literal is not a shape");
            }
          }
        }
        break;
      case ParamType::kShape:
        if (t.kind == TermKind::kLiteral)
          return Error(shape, pred, obj, "a literal is not a shape");
        break;
      case ParamType::kAny:
        break;
    }
    return Status::Ok();
  }

  Status CompileShape(int index) {
    const Id node = list[index].node;
    Shape s;
    s.node = node;
    s.severity = v->violation;
    const auto paths = shapes.Objects(node, v->path);
    if (paths.size() > 1) return Error(node, v->path, paths[1], "a shape has at most one sh:path");
    if (paths.size() == 1) {
      s.is_property = true;
      auto pub = std::make_shared<PropertyPath>();
      std::string why;
      if (!ParseIdPath(shapes, *v, dict, paths[0], s.path, *pub, why)) {
        return Error(node, v->path, paths[0], why);
      }
      s.public_path = std::move(pub);
    }
    // Flags apply to every sh:pattern of the shape.
    std::string flags;
    const auto flag_values = shapes.Objects(node, dict.Iri(ShIri("flags")));
    if (flag_values.size() > 1)
      return Error(node, dict.Iri(ShIri("flags")), flag_values[1], "more than one sh:flags");
    if (flag_values.size() == 1) {
      const Term& f = dict.term(flag_values[0]);
      if (f.kind != TermKind::kLiteral || f.value.find_first_not_of("smixq") != std::string::npos) {
        return Error(node, dict.Iri(ShIri("flags")), flag_values[0],
                     "flags must be a string of the XPath flags s, m, i, x and q");
      }
      flags = f.value;
    }
    // Gathers sh:qualifiedMinCount and friends before the shape-valued parameters.
    std::optional<uint64_t> qmin, qmax;
    bool qdisjoint = false;
    std::unordered_set<Id> ignored;
    const Pairs triples = shapes.Out(node);
    for (const auto& [p, o] : triples) {
      const Term& pt = dict.term(p);
      if (pt.value.rfind(Sh(), 0) != 0) continue;
      const std::string local = pt.value.substr(Sh().size());
      const Term& ot = dict.term(o);
      if (local == "qualifiedMinCount" || local == "qualifiedMaxCount") {
        std::vector<Id> unused;
        if (Status st = CheckParam(node, p, o, ParamType::kCount, unused); !st.ok()) return st;
        (local == "qualifiedMinCount" ? qmin : qmax) = std::strtoull(ot.value.c_str(), nullptr, 10);
      } else if (local == "qualifiedValueShapesDisjoint") {
        qdisjoint = IsTrue(ot);
      } else if (local == "ignoredProperties") {
        std::vector<Id> members;
        if (Status st = CheckParam(node, p, o, ParamType::kList, members); !st.ok()) return st;
        ignored.insert(members.begin(), members.end());
      } else if (local == "severity") {
        if (ot.kind != TermKind::kIri) return Error(node, p, o, "the severity must be an IRI");
        s.severity = o;
      } else if (local == "deactivated") {
        std::vector<Id> unused;
        if (Status st = CheckParam(node, p, o, ParamType::kBoolean, unused); !st.ok()) return st;
        s.deactivated = IsTrue(ot);
      } else if (local == "message") {
        s.messages.push_back(o);
      } else if (local == "targetNode") {
        s.target_nodes.push_back(o);
      } else if (local == "targetClass") {
        s.target_classes.push_back(o);
      } else if (local == "targetSubjectsOf" || local == "targetObjectsOf") {
        if (ot.kind != TermKind::kIri) return Error(node, p, o, "the value must be an IRI");
        (local == "targetSubjectsOf" ? s.subjects_of : s.objects_of).push_back(o);
      }
    }
    if (IsInstanceInShapes(node, v->rdfs_class)) s.target_classes.push_back(node);
    for (const auto& [p, o] : triples) {
      const Term& pt = dict.term(p);
      if (pt.value.rfind(Sh(), 0) != 0) continue;
      const auto it = Params().find(pt.value.substr(Sh().size()));
      if (it == Params().end()) continue;
      const ParamInfo& info = it->second;
      if (info.property_only && !s.is_property) continue;
      Constraint c;
      c.kind = info.kind;
      c.param = o;
      c.component = dict.Iri(ShIri(std::string(info.component) + "ConstraintComponent"));
      if (Status st = CheckParam(node, p, o, info.type, c.list); !st.ok()) return st;
      const Term& ot = dict.term(o);
      switch (info.kind) {
        case Kind::kMinCount:
        case Kind::kMaxCount:
        case Kind::kMinLength:
        case Kind::kMaxLength:
          c.count = std::strtoull(ot.value.c_str(), nullptr, 10);
          break;
        case Kind::kPattern: {
          uint32_t f = 0;
          for (char ch : flags) {
            f |= ch == 's'   ? UREGEX_DOTALL
                 : ch == 'm' ? UREGEX_MULTILINE
                 : ch == 'i' ? UREGEX_CASE_INSENSITIVE
                 : ch == 'q' ? UREGEX_LITERAL
                             : 0;  // 'x' is applied to the text below
          }
          const bool literal = flags.find('q') != std::string::npos;
          const std::string regex = flags.find('x') != std::string::npos && !literal
                                        ? StripXPathWhitespace(ot.value)
                                        : ot.value;
          UErrorCode status = U_ZERO_ERROR;
          UParseError perr;
          c.regex.reset(
              icu::RegexPattern::compile(icu::UnicodeString::fromUTF8(regex), f, perr, status));
          if (U_FAILURE(status)) {
            return Error(node, p, o,
                         std::string("invalid regular expression (") + u_errorName(status) +
                             " at offset " + std::to_string(perr.offset) + ")");
          }
          break;
        }
        case Kind::kUniqueLang:
        case Kind::kClosed:
          if (!IsTrue(ot)) continue;
          if (info.kind == Kind::kClosed) {
            c.allowed = ignored;
            for (Id ps : shapes.Objects(node, v->property)) {
              for (Id path : shapes.Objects(ps, v->path)) {
                if (dict.term(path).kind == TermKind::kIri) c.allowed.insert(path);
              }
            }
          }
          break;
        case Kind::kNot:
        case Kind::kNode:
        case Kind::kProperty:
          c.shapes.push_back(ShapeIndex(o));
          break;
        case Kind::kQualified:
          c.shapes.push_back(ShapeIndex(o));
          c.qualified_min = qmin;
          c.qualified_max = qmax;
          c.max_component = dict.Iri(ShIri("QualifiedMaxCountConstraintComponent"));
          if (!qmin && !qmax) continue;
          c.disjoint = qdisjoint;  // the sibling shapes are found once all are compiled
          break;
        case Kind::kAnd:
        case Kind::kOr:
        case Kind::kXone:
          for (Id m : c.list) c.shapes.push_back(ShapeIndex(m));
          break;
        default:
          break;
      }
      s.constraints.push_back(std::move(c));
    }
    list[index] = std::move(s);
    return Status::Ok();
  }

  // sh:qualifiedValueShapesDisjoint: the sibling shapes are the qualified
  // value shapes of the other property shapes of every shape that has this
  // property shape as a value of sh:property.
  void FindSiblings() {
    for (Shape& s : list) {
      for (Constraint& c : s.constraints) {
        if (c.kind != Kind::kQualified || !c.disjoint) continue;
        std::set<int> sib;
        for (Id parent : shapes.Subjects(v->property, s.node)) {
          for (Id other : shapes.Objects(parent, v->property)) {
            if (other == s.node) continue;
            const auto it = index_of.find(other);
            if (it == index_of.end()) continue;
            for (const Constraint& oc : list[it->second].constraints) {
              if (oc.kind == Kind::kQualified) sib.insert(oc.shapes[0]);
            }
          }
        }
        c.siblings.assign(sib.begin(), sib.end());
      }
    }
  }
};

namespace {

// One result before it is turned into terms.
struct RawResult {
  Id focus;
  int shape;
  std::optional<Id> value;
  Id component;
  std::shared_ptr<const PropertyPath> path_override;
  std::string message;
};

class Evaluator {
 public:
  Evaluator(const ShapesGraph::Impl& c, const Dictionary& dict, const Index& data)
      : c_(c), v_(*c.v), dict_(dict), data_(data) {}

  std::vector<Id> Targets(const Shape& s) const {
    std::vector<Id> out;
    std::unordered_set<Id> seen;
    auto add = [&](Id n) {
      if (seen.insert(n).second) out.push_back(n);
    };
    for (Id n : s.target_nodes) add(n);
    for (Id cls : s.target_classes) {
      for (Id sub : SubClasses(cls)) {
        for (Id n : data_.Subjects(v_.type, sub)) add(n);
      }
    }
    for (Id p : s.subjects_of) {
      for (const auto& [subj, obj] : data_.ByPredicate(p)) add(subj);
    }
    for (Id p : s.objects_of) {
      for (const auto& [subj, obj] : data_.ByPredicate(p)) add(obj);
    }
    return out;
  }

  void Validate(int index, Id focus, std::vector<RawResult>& out, int depth, bool stop_early) {
    const Shape& s = c_.list[index];
    if (s.deactivated || depth > 64) return;
    const std::vector<Id> values =
        s.is_property ? Eval(s.path, focus, false) : std::vector<Id>{focus};
    for (const Constraint& k : s.constraints) {
      Check(index, k, focus, values, out, depth);
      if (stop_early && !out.empty()) return;
    }
  }

  bool Conforms(int index, Id node, int depth) {
    std::vector<RawResult> r;
    Validate(index, node, r, depth + 1, true);
    return r.empty();
  }

 private:
  std::vector<Id> SubClasses(Id cls) const {
    std::vector<Id> out{cls}, todo{cls};
    std::unordered_set<Id> seen{cls};
    while (!todo.empty()) {
      const Id c = todo.back();
      todo.pop_back();
      for (Id sub : data_.Subjects(v_.sub_class_of, c)) {
        if (seen.insert(sub).second) {
          out.push_back(sub);
          todo.push_back(sub);
        }
      }
    }
    return out;
  }

  bool IsInstance(Id node, Id cls) {
    for (Id t : data_.Objects(node, v_.type)) {
      if (t == cls) return true;
      auto it = supers_.find(t);
      if (it == supers_.end()) {
        std::unordered_set<Id> all;
        std::vector<Id> todo{t};
        while (!todo.empty()) {
          const Id c = todo.back();
          todo.pop_back();
          for (Id sup : data_.Objects(c, v_.sub_class_of)) {
            if (all.insert(sup).second) todo.push_back(sup);
          }
        }
        it = supers_.emplace(t, std::move(all)).first;
      }
      if (it->second.count(cls) != 0) return true;
    }
    return false;
  }

  // The nodes reached from `node` by `p` (or, with `inverse`, the nodes
  // from which `node` is reached), each once.
  std::vector<Id> Eval(const IdPath& p, Id node, bool inverse) const {
    std::vector<Id> out;
    std::unordered_set<Id> seen;
    auto add = [&](Id n) {
      if (seen.insert(n).second) out.push_back(n);
    };
    using K = PropertyPath::Kind;
    switch (p.kind) {
      case K::kPredicate:
        for (Id n : inverse ? data_.Subjects(p.iri, node) : data_.Objects(node, p.iri)) add(n);
        break;
      case K::kInverse:
        return Eval(p.items[0], node, !inverse);
      case K::kSequence: {
        std::vector<Id> current{node};
        const size_t n = p.items.size();
        for (size_t i = 0; i < n; ++i) {
          const IdPath& step = p.items[inverse ? n - 1 - i : i];
          std::vector<Id> next;
          std::unordered_set<Id> next_seen;
          for (Id c : current) {
            for (Id r : Eval(step, c, inverse)) {
              if (next_seen.insert(r).second) next.push_back(r);
            }
          }
          current = std::move(next);
        }
        return current;
      }
      case K::kAlternative:
        for (const IdPath& alt : p.items) {
          for (Id r : Eval(alt, node, inverse)) add(r);
        }
        break;
      case K::kZeroOrOne:
        add(node);
        for (Id r : Eval(p.items[0], node, inverse)) add(r);
        break;
      case K::kZeroOrMore:
      case K::kOneOrMore: {
        if (p.kind == K::kZeroOrMore) add(node);
        std::vector<Id> todo{node};
        std::unordered_set<Id> expanded{node};
        while (!todo.empty()) {
          const Id c = todo.back();
          todo.pop_back();
          for (Id r : Eval(p.items[0], c, inverse)) {
            add(r);
            if (expanded.insert(r).second) todo.push_back(r);
          }
        }
        break;
      }
    }
    return out;
  }

  std::vector<Id> ValuesOf(Id focus, Id predicate) const { return data_.Objects(focus, predicate); }

  const Term& T(Id id) const { return dict_.term(id); }

  void Add(std::vector<RawResult>& out, Id focus, int shape, std::optional<Id> value, Id component,
           std::string message) const {
    out.push_back({focus, shape, value, component, nullptr, std::move(message)});
  }

  void Check(int index, const Constraint& k, Id focus, const std::vector<Id>& values,
             std::vector<RawResult>& out, int depth) {
    const Term& param = T(k.param);
    auto each = [&](const std::function<bool(Id)>& ok, const std::function<std::string(Id)>& why) {
      for (Id v : values) {
        if (!ok(v)) Add(out, focus, index, v, k.component, why(v));
      }
    };
    auto show = [&](Id id) { return ShowTerm(T(id)); };
    switch (k.kind) {
      case Kind::kClass:
        each(
            [&](Id v) { return T(v).kind != TermKind::kLiteral && IsInstance(v, k.param); },
            [&](Id v) { return "value " + show(v) + " is not an instance of " + ShowTerm(param); });
        break;
      case Kind::kDatatype:
        each(
            [&](Id v) {
              const Term& t = T(v);
              return t.kind == TermKind::kLiteral && xsd::DatatypeOf(t) == param.value &&
                     xsd::IsValidLexical(t.value, param.value);
            },
            [&](Id v) {
              return "value " + show(v) + " is not a valid literal of datatype " + ShowTerm(param);
            });
        break;
      case Kind::kNodeKind:
        each(
            [&](Id v) {
              const TermKind tk = T(v).kind;
              const std::string& nk = param.value;
              const bool blank = tk == TermKind::kBlank, iri = tk == TermKind::kIri,
                         lit = tk == TermKind::kLiteral;
              return (nk == ShIri("BlankNode") && blank) || (nk == ShIri("IRI") && iri) ||
                     (nk == ShIri("Literal") && lit) ||
                     (nk == ShIri("BlankNodeOrIRI") && (blank || iri)) ||
                     (nk == ShIri("BlankNodeOrLiteral") && (blank || lit)) ||
                     (nk == ShIri("IRIOrLiteral") && (iri || lit));
            },
            [&](Id v) { return "value " + show(v) + " is not of node kind " + ShowTerm(param); });
        break;
      case Kind::kMinCount:
        if (values.size() < k.count) {
          Add(out, focus, index, std::nullopt, k.component,
              "has " + std::to_string(values.size()) + " values; at least " +
                  std::to_string(k.count) + " required");
        }
        break;
      case Kind::kMaxCount:
        if (values.size() > k.count) {
          Add(out, focus, index, std::nullopt, k.component,
              "has " + std::to_string(values.size()) + " values; at most " +
                  std::to_string(k.count) + " allowed");
        }
        break;
      case Kind::kMinExclusive:
      case Kind::kMinInclusive:
      case Kind::kMaxExclusive:
      case Kind::kMaxInclusive: {
        const char* op = k.kind == Kind::kMinExclusive   ? ">"
                         : k.kind == Kind::kMinInclusive ? ">="
                         : k.kind == Kind::kMaxExclusive ? "<"
                                                         : "<=";
        each(
            [&](Id v) {
              const auto c = xsd::Compare(T(v), param);
              if (!c) return false;
              switch (k.kind) {
                case Kind::kMinExclusive:
                  return *c > 0;
                case Kind::kMinInclusive:
                  return *c >= 0;
                case Kind::kMaxExclusive:
                  return *c < 0;
                default:
                  return *c <= 0;
              }
            },
            [&](Id v) { return "value " + show(v) + " is not " + op + " " + ShowTerm(param); });
        break;
      }
      case Kind::kMinLength:
      case Kind::kMaxLength:
        each(
            [&](Id v) {
              if (T(v).kind == TermKind::kBlank) return false;
              const size_t n = CodePoints(Str(T(v)));
              return k.kind == Kind::kMinLength ? n >= k.count : n <= k.count;
            },
            [&](Id v) {
              return "value " + show(v) + " is " +
                     (k.kind == Kind::kMinLength ? "shorter" : "longer") + " than " +
                     std::to_string(k.count) + " characters";
            });
        break;
      case Kind::kPattern:
        each(
            [&](Id v) {
              if (T(v).kind == TermKind::kBlank) return false;
              UErrorCode status = U_ZERO_ERROR;
              // The matcher keeps a reference to its input: the text must outlive it.
              const icu::UnicodeString text = icu::UnicodeString::fromUTF8(Str(T(v)));
              std::unique_ptr<icu::RegexMatcher> m(k.regex->matcher(text, status));
              return U_SUCCESS(status) && m->find(status) && U_SUCCESS(status);
            },
            [&](Id v) { return "value " + show(v) + " does not match " + ShowTerm(param); });
        break;
      case Kind::kLanguageIn:
        each(
            [&](Id v) {
              const Term& t = T(v);
              if (t.kind != TermKind::kLiteral) return false;
              for (Id r : k.list) {
                if (LangMatches(t.lang, T(r).value)) return true;
              }
              return false;
            },
            [&](Id v) { return "value " + show(v) + " has no allowed language tag"; });
        break;
      case Kind::kUniqueLang: {
        std::map<std::string, int> used;
        for (Id v : values) {
          if (T(v).kind == TermKind::kLiteral && !T(v).lang.empty()) ++used[Lower(T(v).lang)];
        }
        for (const auto& [lang, n] : used) {
          if (n > 1) {
            Add(out, focus, index, std::nullopt, k.component,
                "language tag \"" + lang + "\" is used by " + std::to_string(n) + " values");
          }
        }
        break;
      }
      case Kind::kEquals:
      case Kind::kDisjoint: {
        const std::vector<Id> others = ValuesOf(focus, k.param);
        const std::unordered_set<Id> other_set(others.begin(), others.end());
        const std::unordered_set<Id> value_set(values.begin(), values.end());
        if (k.kind == Kind::kDisjoint) {
          each([&](Id v) { return other_set.count(v) == 0; },
               [&](Id v) { return "value " + show(v) + " is also a value of " + ShowTerm(param); });
          break;
        }
        each([&](Id v) { return other_set.count(v) != 0; },
             [&](Id v) { return "value " + show(v) + " is not a value of " + ShowTerm(param); });
        for (Id o : others) {
          if (value_set.count(o) == 0) {
            Add(out, focus, index, o, k.component,
                "value " + show(o) + " of " + ShowTerm(param) + " is not a value node");
          }
        }
        break;
      }
      case Kind::kLessThan:
      case Kind::kLessThanOrEquals: {
        const std::vector<Id> others = ValuesOf(focus, k.param);
        for (Id v : values) {
          for (Id o : others) {
            const auto c = xsd::Compare(T(v), T(o));
            const bool ok = c && (k.kind == Kind::kLessThan ? *c < 0 : *c <= 0);
            if (!ok) {
              Add(out, focus, index, v, k.component,
                  "value " + show(v) + " is not " +
                      (k.kind == Kind::kLessThan ? "less than " : "at most ") + show(o) + " (" +
                      ShowTerm(param) + ")");
            }
          }
        }
        break;
      }
      case Kind::kNot:
        each([&](Id v) { return !Conforms(k.shapes[0], v, depth); },
             [&](Id v) { return "value " + show(v) + " conforms to " + ShowTerm(param); });
        break;
      case Kind::kNode:
        each([&](Id v) { return Conforms(k.shapes[0], v, depth); },
             [&](Id v) { return "value " + show(v) + " does not conform to " + ShowTerm(param); });
        break;
      case Kind::kAnd:
      case Kind::kOr:
      case Kind::kXone:
        each(
            [&](Id v) {
              size_t n = 0;
              for (int sh : k.shapes) n += Conforms(sh, v, depth) ? 1 : 0;
              if (k.kind == Kind::kAnd) return n == k.shapes.size();
              if (k.kind == Kind::kOr) return n > 0;
              return n == 1;
            },
            [&](Id v) {
              size_t n = 0;
              for (int sh : k.shapes) n += Conforms(sh, v, depth) ? 1 : 0;
              const std::string of = " of the " + std::to_string(k.shapes.size()) + " shapes of ";
              if (k.kind == Kind::kAnd)
                return "value " + show(v) + " conforms to " + std::to_string(n) + of +
                       "sh:and, not all";
              if (k.kind == Kind::kOr)
                return "value " + show(v) + " conforms to none" + of + "sh:or";
              return "value " + show(v) + " conforms to " + std::to_string(n) + of +
                     "sh:xone, not exactly one";
            });
        break;
      case Kind::kProperty:
        for (Id v : values) Validate(k.shapes[0], v, out, depth + 1, false);
        break;
      case Kind::kQualified: {
        uint64_t n = 0;
        for (Id v : values) {
          if (!Conforms(k.shapes[0], v, depth)) continue;
          bool in_sibling = false;
          for (int sib : k.siblings) {
            if (Conforms(sib, v, depth)) {
              in_sibling = true;
              break;
            }
          }
          if (!in_sibling) ++n;
        }
        if (k.qualified_min && n < *k.qualified_min) {
          Add(out, focus, index, std::nullopt, k.component,
              std::to_string(n) + " values conform to " + ShowTerm(param) + "; at least " +
                  std::to_string(*k.qualified_min) + " required");
        }
        if (k.qualified_max && n > *k.qualified_max) {
          Add(out, focus, index, std::nullopt, k.max_component,
              std::to_string(n) + " values conform to " + ShowTerm(param) + "; at most " +
                  std::to_string(*k.qualified_max) + " allowed");
        }
        break;
      }
      case Kind::kClosed:
        for (Id v : values) {
          for (const auto& [p, o] : data_.Out(v)) {
            if (k.allowed.count(p) != 0) continue;
            auto path = std::make_shared<PropertyPath>();
            path->iri = T(p);
            out.push_back({v, index, o, k.component, std::move(path),
                           "property " + show(p) + " is not allowed by the closed shape"});
          }
        }
        break;
      case Kind::kHasValue:
        if (std::find(values.begin(), values.end(), k.param) == values.end()) {
          Add(out, focus, index, std::nullopt, k.component, "has no value " + ShowTerm(param));
        }
        break;
      case Kind::kIn:
        each([&](Id v) { return std::find(k.list.begin(), k.list.end(), v) != k.list.end(); },
             [&](Id v) { return "value " + show(v) + " is not in the list of allowed values"; });
        break;
    }
  }

  const ShapesGraph::Impl& c_;
  const Vocab& v_;
  const Dictionary& dict_;
  const Index& data_;
  std::unordered_map<Id, std::unordered_set<Id>> supers_;
};

}  // namespace

std::string ShowTerm(const Term& t) {
  switch (t.kind) {
    case TermKind::kIri:
      return "<" + t.value + ">";
    case TermKind::kBlank:
      return "_:" + t.value;
    case TermKind::kLiteral:
      if (!t.lang.empty()) return "\"" + t.value + "\"@" + t.lang;
      if (t.datatype.empty() || t.datatype == vocab::kXsd + "string") return "\"" + t.value + "\"";
      if (t.datatype.rfind(vocab::kXsd, 0) == 0) {
        return "\"" + t.value + "\"^^xsd:" + t.datatype.substr(vocab::kXsd.size());
      }
      return "\"" + t.value + "\"^^<" + t.datatype + ">";
  }
  return "";
}

std::string PropertyPath::ToString() const {
  auto group = [](const PropertyPath& p) {
    const std::string s = p.ToString();
    return p.kind == Kind::kSequence || p.kind == Kind::kAlternative ? "(" + s + ")" : s;
  };
  std::string out;
  switch (kind) {
    case Kind::kPredicate:
      return ShowTerm(iri);
    case Kind::kInverse:
      return "^" + group(items[0]);
    case Kind::kZeroOrMore:
      return group(items[0]) + "*";
    case Kind::kOneOrMore:
      return group(items[0]) + "+";
    case Kind::kZeroOrOne:
      return group(items[0]) + "?";
    case Kind::kSequence:
    case Kind::kAlternative:
      for (size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += kind == Kind::kSequence ? "/" : "|";
        out += group(items[i]);
      }
      return out;
  }
  return out;
}

Result<Term> PropertyPath::AddTo(Graph& out, const std::string& blank_prefix) const {
  if (kind == Kind::kPredicate) return iri;
  int counter = 0;
  std::function<Result<Term>(const PropertyPath&)> add =
      [&](const PropertyPath& p) -> Result<Term> {
    if (p.kind == Kind::kPredicate) return p.iri;
    const Term node{TermKind::kBlank, blank_prefix + std::to_string(counter++), "", ""};
    auto list = [&](const Term& head) -> Status {
      Term cell = head;
      for (size_t i = 0; i < p.items.size(); ++i) {
        auto item = add(p.items[i]);
        if (!item.ok()) return item.status();
        if (Status st = out.Add(cell, Term::Iri(vocab::kRdf + "first"), *item); !st.ok()) return st;
        const Term next =
            i + 1 == p.items.size()
                ? Term::Iri(vocab::kRdf + "nil")
                : Term{TermKind::kBlank, blank_prefix + std::to_string(counter++), "", ""};
        if (Status st = out.Add(cell, Term::Iri(vocab::kRdf + "rest"), next); !st.ok()) return st;
        cell = next;
      }
      return Status::Ok();
    };
    if (p.kind == Kind::kSequence) {
      if (Status st = list(node); !st.ok()) return st;
      return node;
    }
    if (p.kind == Kind::kAlternative) {
      const Term head{TermKind::kBlank, blank_prefix + std::to_string(counter++), "", ""};
      if (Status st = out.Add(node, Term::Iri(ShIri("alternativePath")), head); !st.ok()) return st;
      if (Status st = list(head); !st.ok()) return st;
      return node;
    }
    const char* pred = p.kind == Kind::kInverse      ? "inversePath"
                       : p.kind == Kind::kZeroOrMore ? "zeroOrMorePath"
                       : p.kind == Kind::kOneOrMore  ? "oneOrMorePath"
                                                     : "zeroOrOnePath";
    auto item = add(p.items[0]);
    if (!item.ok()) return item.status();
    if (Status st = out.Add(node, Term::Iri(ShIri(pred)), *item); !st.ok()) return st;
    return node;
  };
  return add(*this);
}

Result<PropertyPath> ReadPath(const Graph& g, const Term& node) {
  Dictionary dict;
  const Vocab v(dict);
  Index index;
  index.Load(g, dict, 's');
  IdPath ids;
  PropertyPath pub;
  std::string why;
  if (!ParseIdPath(index, v, dict, dict.Intern(node, 's'), ids, pub, why)) {
    return InvalidArgument("not a SHACL path: " + ShowTerm(node) + ": " + why);
  }
  return pub;
}

Status ValidationReport::AddTo(Graph& out) const {
  const Term report{TermKind::kBlank, "report", "", ""};
  const Term type = Term::Iri(vocab::kType);
  auto sh = [](const char* local) { return Term::Iri(ShIri(local)); };
  Status st = out.Add(report, type, sh("ValidationReport"));
  if (st.ok()) {
    st = out.Add(report, sh("conforms"),
                 Term::Literal(conforms ? "true" : "false", vocab::kXsd + "boolean"));
  }
  for (size_t i = 0; i < results.size() && st.ok(); ++i) {
    const ValidationResult& r = results[i];
    const Term node{TermKind::kBlank, "result" + std::to_string(i), "", ""};
    std::vector<std::pair<Term, Term>> props = {
        {type, sh("ValidationResult")},      {sh("focusNode"), r.focus},
        {sh("resultSeverity"), r.severity},  {sh("sourceConstraintComponent"), r.component},
        {sh("sourceShape"), r.source_shape},
    };
    if (r.value) props.emplace_back(sh("value"), *r.value);
    if (r.path) {
      auto path = r.path->AddTo(out, "result" + std::to_string(i) + "path");
      if (!path.ok()) return path.status();
      props.emplace_back(sh("resultPath"), *path);
    }
    for (const Term& m : r.messages) props.emplace_back(sh("resultMessage"), m);
    st = out.Add(report, sh("result"), node);
    for (const auto& [p, o] : props) {
      if (st.ok()) st = out.Add(node, p, o);
    }
  }
  return st;
}

ShapesGraph::ShapesGraph() : impl_(std::make_unique<Impl>()) {}
ShapesGraph::ShapesGraph(ShapesGraph&&) noexcept = default;
ShapesGraph& ShapesGraph::operator=(ShapesGraph&&) noexcept = default;
ShapesGraph::~ShapesGraph() = default;

size_t ShapesGraph::shape_count() const { return impl_->list.size(); }

Result<ShapesGraph> ShapesGraph::Compile(const Graph& shapes) {
  ShapesGraph out;
  Impl& c = *out.impl_;
  c.v = std::make_unique<Vocab>(c.dict);
  c.shapes.Load(shapes, c.dict, 's');
  const Vocab& v = *c.v;
  // Section 2.1: what is a shape.
  std::vector<Id> seeds;
  for (Id cls : {v.node_shape, v.property_shape}) {
    for (const auto& [s, o] : c.shapes.ByPredicate(v.type)) {
      if (c.IsInstanceInShapes(s, cls)) seeds.push_back(s);
    }
  }
  for (Id p : {v.target_class, v.target_node, v.target_subjects_of, v.target_objects_of, v.path}) {
    for (const auto& [s, o] : c.shapes.ByPredicate(p)) seeds.push_back(s);
  }
  std::sort(seeds.begin(), seeds.end());
  seeds.erase(std::unique(seeds.begin(), seeds.end()), seeds.end());
  for (Id s : seeds) {
    if (c.dict.term(s).kind != TermKind::kLiteral) c.ShapeIndex(s);
  }
  while (!c.worklist.empty()) {
    const Id node = c.worklist.back();
    c.worklist.pop_back();
    if (Status st = c.CompileShape(c.index_of.at(node)); !st.ok()) return st;
  }
  c.FindSiblings();
  return out;
}

ValidationReport ShapesGraph::Validate(const Graph& data, DataGraph kind) const {
  Dictionary dict = impl_->dict;
  Index index;
  index.Load(data, dict, kind == DataGraph::kSameAsShapes ? 's' : 'd');
  Evaluator eval(*impl_, dict, index);
  std::vector<RawResult> raw;
  for (size_t i = 0; i < impl_->list.size(); ++i) {
    const Shape& s = impl_->list[i];
    if (s.deactivated) continue;
    for (Id focus : eval.Targets(s)) eval.Validate(static_cast<int>(i), focus, raw, 0, false);
  }
  ValidationReport report;
  report.conforms = raw.empty();
  for (const RawResult& r : raw) {
    const Shape& s = impl_->list[r.shape];
    ValidationResult out;
    out.focus = dict.term(r.focus);
    out.path = r.path_override ? r.path_override : s.public_path;
    if (r.value) out.value = dict.term(*r.value);
    out.severity = dict.term(s.severity);
    out.component = dict.term(r.component);
    out.source_shape = dict.term(s.node);
    for (Id m : s.messages) out.messages.push_back(dict.term(m));
    if (out.messages.empty()) out.messages.push_back(Term::Literal(r.message));
    report.results.push_back(std::move(out));
  }
  return report;
}

}  // namespace newskg::shacl
