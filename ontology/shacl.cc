#include "ontology/shacl.h"

#include <algorithm>
#include <functional>
#include <utility>

#include "graph/graph.h"
#include "ontology/internal/shacl_evaluator.h"
#include "ontology/internal/shacl_index.h"
#include "ontology/internal/shacl_shapes.h"

namespace newskg::shacl {

using internal::Dictionary;
using internal::Evaluator;
using internal::Id;
using internal::IdPath;
using internal::Index;
using internal::ParseIdPath;
using internal::RawResult;
using internal::Shape;
using internal::ShIri;
using internal::Vocab;

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
