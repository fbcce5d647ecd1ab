#include "ontology/internal/shacl_shapes.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <map>
#include <set>

#include "graph/graph.h"
#include "ontology/xsd.h"

namespace newskg::shacl {

using internal::Constraint;
using internal::Id;
using internal::Kind;
using internal::Pairs;
using internal::ParamType;
using internal::ParseIdPath;
using internal::ReadList;
using internal::Shape;
using internal::ShIri;

namespace {

const std::string& Sh() { return vocab::kSh; }

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

bool IsTrue(const Term& t) {
  return t.kind == TermKind::kLiteral && t.value == "true" && t.datatype == vocab::kXsd + "boolean";
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

}  // namespace

int ShapesGraph::Impl::ShapeIndex(Id node) {
  const auto [it, added] = index_of.emplace(node, static_cast<int>(list.size()));
  if (added) {
    list.emplace_back();
    list.back().node = node;
    worklist.push_back(node);
  }
  return it->second;
}

Status ShapesGraph::Impl::Error(Id shape, Id pred, Id obj, const std::string& why) const {
  return InvalidArgument("ill-formed shape " + ShowTerm(dict.term(shape)) + ": triple " +
                         ShowTerm(dict.term(shape)) + " " + ShowTerm(dict.term(pred)) + " " +
                         ShowTerm(dict.term(obj)) + " : " + why);
}

bool ShapesGraph::Impl::IsInstanceInShapes(Id node, Id cls) const {
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

Status ShapesGraph::Impl::CheckParam(Id shape, Id pred, Id obj, ParamType type,
                                     std::vector<Id>& list_out) {
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
      if (t.kind == TermKind::kLiteral) return Error(shape, pred, obj, "a literal is not a shape");
      break;
    case ParamType::kAny:
      break;
  }
  return Status::Ok();
}

Status ShapesGraph::Impl::CompileShape(int index) {
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

void ShapesGraph::Impl::FindSiblings() {
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

}  // namespace newskg::shacl
