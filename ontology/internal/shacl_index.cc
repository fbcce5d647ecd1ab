#include "ontology/internal/shacl_index.h"

#include <unordered_set>

namespace newskg::shacl::internal {

Id Dictionary::Intern(const Term& t, char scope) {
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

std::string Dictionary::Key(const Term& t, char scope) {
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

void Index::Load(const Graph& g, Dictionary& dict, char scope) {
  g.ForEach([&](const Triple& t) {
    const Id s = dict.Intern(t.s, scope), p = dict.Intern(t.p, scope), o = dict.Intern(t.o, scope);
    out_[s].emplace_back(p, o);
    in_[o].emplace_back(p, s);
    by_pred_[p].emplace_back(s, o);
  });
}

std::vector<Id> Index::Objects(Id s, Id p) const {
  std::vector<Id> r;
  for (const auto& [pp, o] : Out(s)) {
    if (pp == p) r.push_back(o);
  }
  return r;
}

std::vector<Id> Index::Subjects(Id p, Id o) const {
  std::vector<Id> r;
  for (const auto& [pp, s] : In(o)) {
    if (pp == p) r.push_back(s);
  }
  return r;
}

Vocab::Vocab(Dictionary& d)
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

bool ParseIdPath(const Index& g, const Vocab& v, const Dictionary& dict, Id node, IdPath& out,
                 PropertyPath& pub, std::string& error, int depth) {
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

}  // namespace newskg::shacl::internal
