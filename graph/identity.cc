#include "graph/identity.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"
#include "graph/internal/resolve.h"
#include "graph/vocabulary.h"

namespace newskg {
namespace {

using internal::IdTriple;
using internal::kNoNode;
using internal::NodeId;
using internal::TripleTable;

const std::string kLabel = vocab::kRdfs + "label";
const std::string kAltLabel = vocab::kSkos + "altLabel";

const std::set<std::string>& EntityClasses() {
  static const std::set<std::string> k = {vocab::kNkg + "Person", vocab::kNkg + "Country",
                                          vocab::kNkg + "City", vocab::kNkg + "Place",
                                          vocab::kNkg + "Organization"};
  return k;
}

const std::set<std::string>& EventClasses() {
  static const std::set<std::string> k = {
      vocab::kNkg + "Meeting",   vocab::kNkg + "Loan",    vocab::kNkg + "MilitaryExercise",
      vocab::kNkg + "Election",  vocab::kNkg + "Protest", vocab::kNkg + "Arrest",
      vocab::kNkg + "Statement", vocab::kNkg + "Sanction"};
  return k;
}

// The roles that define an event of each class.
const std::vector<std::string>& KeyRoles(const std::string& cls) {
  static const std::map<std::string, std::vector<std::string>> k = {
      {"Meeting", {"participant"}},
      {"MilitaryExercise", {"participant"}},
      {"Loan", {"lender", "borrower"}},
      {"Sanction", {"imposer", "target"}},
      {"Statement", {"speaker", "quote"}},
      {"Election", {"place", "date"}},
      {"Protest", {"date", "participantCount"}},
      {"Arrest", {"date", "count", "arrestee"}},
  };
  static const std::vector<std::string> none;
  auto it = k.find(cls);
  return it == k.end() ? none : it->second;
}

class UnionFind {
 public:
  size_t Add() {
    parent_.push_back(parent_.size());
    return parent_.size() - 1;
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

bool AllCaps(const std::string& s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// Fullest name first: more words, then longer, then the smaller string.
bool Fuller(const std::string& a, const std::string& b) {
  const size_t wa = SplitWords(a).size(), wb = SplitWords(b).size();
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

// Identity keys of an entity from its type and names.
std::vector<std::string> EntityKeys(const std::string& type, const std::set<std::string>& names) {
  std::vector<std::string> keys;
  const bool person = type == vocab::kNkg + "Person";
  bool multi = false;
  for (const auto& n : names) multi = multi || SplitWords(FoldName(n)).size() >= 2;
  for (const auto& n : names) {
    const std::string f = FoldName(n);
    if (f.empty()) continue;
    const size_t words = SplitWords(f).size();
    if (person) {
      if (words >= 2) {
        keys.push_back("N:" + f);
        keys.push_back("T:" + SkeletonKey(f));
      } else if (!multi) {
        keys.push_back("S:" + f);  // only ever named by one word
      }
      continue;
    }
    keys.push_back("N:" + f);
    if (words >= 2 && Initials(n).size() >= 2) keys.push_back("A:" + Initials(n));
    if (words == 1 && AllCaps(n) && n.size() >= 2) keys.push_back("A:" + n);
  }
  return keys;
}

}  // namespace

namespace internal {

void ResolveIdentityInPlace(TripleTable& table) {
  auto iri = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return std::string(table.value(n)); };
  const NodeId type_p = iri(vocab::kType), label_p = iri(kLabel), alt_p = iri(kAltLabel);
  std::unordered_set<NodeId> entity_classes;
  std::unordered_map<NodeId, std::string> event_classes;  // class node -> local name
  for (const auto& c : EntityClasses()) {
    if (NodeId n = iri(c); n != kNoNode) entity_classes.insert(n);
  }
  for (const auto& c : EventClasses()) {
    if (NodeId n = iri(c); n != kNoNode) event_classes[n] = c.substr(vocab::kNkg.size());
  }
  // Predicates in the nkg: namespace, by local name; single-valued ones.
  std::unordered_map<NodeId, std::string> nkg_local;
  std::unordered_map<NodeId, bool> single_p;
  auto nkg_role = [&](NodeId p) -> const std::string* {
    auto it = nkg_local.find(p);
    if (it == nkg_local.end()) {
      const std::string_view v = table.value(p);
      std::string local;
      if (table.kind(p) == TermKind::kIri && v.substr(0, vocab::kNkg.size()) == vocab::kNkg)
        local = std::string(v.substr(vocab::kNkg.size()));
      it = nkg_local.emplace(p, local).first;
      single_p[p] = local == "quote" || local == "countQualifier";
    }
    return it->second.empty() ? nullptr : &it->second;
  };
  // Pass 1a: what is an entity or an event.
  std::unordered_map<NodeId, NodeId> entity_type;  // node -> class node
  std::unordered_map<NodeId, std::string> event_class;
  auto& triples = table.triples();
  if (type_p != kNoNode) {
    for (const auto& t : triples) {
      if (t[1] != type_p || table.kind(t[0]) != TermKind::kIri) continue;
      if (entity_classes.count(t[2]) > 0) entity_type[t[0]] = t[2];
      if (auto it = event_classes.find(t[2]); it != event_classes.end())
        event_class[t[0]] = it->second;
    }
  }
  // Pass 1b: names of entities, defining roles and single-valued literals of events.
  std::unordered_map<NodeId, std::set<std::string>> names;
  std::unordered_map<NodeId, std::map<std::string, std::set<NodeId>>> raw_roles;
  std::map<std::pair<NodeId, NodeId>, std::set<std::string>> single_values;
  for (const auto& t : triples) {
    if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode) {
      if (table.kind(t[2]) == TermKind::kLiteral && entity_type.count(t[0]) > 0)
        names[t[0]].insert(str(t[2]));
      continue;
    }
    const std::string* role = nkg_role(t[1]);
    if (role == nullptr) continue;
    if (single_p[t[1]]) single_values[{t[0], t[1]}].insert(str(t[2]));
    if (event_class.count(t[0]) > 0) raw_roles[t[0]][*role].insert(t[2]);
  }
  // 2. Clusters: entities of one type sharing a key; the root of a cluster
  // is its smallest IRI.
  std::vector<NodeId> entities;
  entities.reserve(entity_type.size());
  for (const auto& [n, type] : entity_type) entities.push_back(n);
  std::sort(entities.begin(), entities.end(),
            [&](NodeId a, NodeId b) { return table.value(a) < table.value(b); });
  UnionFind uf;
  for (size_t i = 0; i < entities.size(); ++i) uf.Add();
  std::unordered_map<std::string, size_t> by_key;
  static const std::set<std::string> kNoNames;
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string type = str(entity_type[entities[i]]);
    auto it = names.find(entities[i]);
    for (const auto& key : EntityKeys(type, it == names.end() ? kNoNames : it->second)) {
      auto [at, fresh] = by_key.emplace(type + "|" + key, i);
      if (!fresh) uf.Union(at->second, i);
    }
  }
  std::vector<NodeId> remap(table.node_count());
  for (NodeId n = 0; n < remap.size(); ++n) remap[n] = n;
  std::unordered_map<NodeId, std::set<std::string>> cluster_names;  // root -> names
  for (size_t i = 0; i < entities.size(); ++i) {
    const NodeId root = entities[uf.Find(i)];
    remap[entities[i]] = root;
    auto& all = cluster_names[root];
    if (auto it = names.find(entities[i]); it != names.end())
      all.insert(it->second.begin(), it->second.end());
  }
  // 3. Events: IRIs minted from class and defining roles (after entity identity).
  std::map<std::string, std::string> event_rep;
  for (const auto& [node, cls] : event_class) {
    const std::string ev = str(node);
    const size_t at = ev.find("event/");
    if (at == std::string::npos) continue;  // not minted by newskg: keep
    std::string key = cls;
    bool any = false;
    auto roles = raw_roles.find(node);
    for (const auto& role : KeyRoles(cls)) {
      key += "|" + role + "=";
      std::set<std::string> values;
      if (roles != raw_roles.end()) {
        if (auto r = roles->second.find(role); r != roles->second.end()) {
          for (NodeId v : r->second)
            values.insert(role == "quote" ? FoldName(str(v)) : str(remap[v]));
        }
      }
      for (const auto& v : values) {
        key += v + ";";
        any = true;
      }
    }
    if (!any) continue;  // nothing defines it: it stays its own event
    std::string lower = cls;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    event_rep[ev] = ev.substr(0, at) + "event/" + lower + "-" + Fnv1a64Hex(key);
  }
  // The event itself, or a node under it ("<event>/amount-USD-1000").
  if (!event_rep.empty()) {
    const NodeId before = static_cast<NodeId>(table.node_count());
    for (NodeId n = 0; n < before; ++n) {
      if (table.kind(n) != TermKind::kIri || entity_type.count(n) > 0) continue;
      const std::string_view v = table.value(n);
      if (v.find("event/") == std::string_view::npos) continue;
      auto it = event_rep.upper_bound(std::string(v));
      if (it == event_rep.begin()) continue;
      --it;
      if (v == it->first) {
        remap[n] = table.Intern(TermKind::kIri, it->second);
      } else if (v.size() > it->first.size() && v.substr(0, it->first.size()) == it->first &&
                 v[it->first.size()] == '/') {
        remap[n] =
            table.Intern(TermKind::kIri, it->second + std::string(v.substr(it->first.size())));
      }
    }
  }
  // An event reported by several outlets keeps one value of each single-valued
  // property (a quote's wording, "at least" or "more than"): the longest,
  // then the smallest.
  std::map<std::pair<NodeId, NodeId>, std::string> kept;  // (event, property) -> value
  for (const auto& [key, values] : single_values) {
    const NodeId ev = remap[key.first];
    for (const auto& v : values) {
      auto [it, fresh] = kept.emplace(std::make_pair(ev, key.second), v);
      if (!fresh &&
          (v.size() > it->second.size() || (v.size() == it->second.size() && v < it->second))) {
        it->second = v;
      }
    }
  }
  // Pass 2: every triple, rewritten; entity labels are written again below.
  size_t out = 0;
  for (size_t i = 0; i < triples.size(); ++i) {
    const IdTriple t = triples[i];
    if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode && entity_type.count(t[0]) > 0)
      continue;
    const NodeId s = remap[t[0]];
    if (auto sp = single_p.find(t[1]); sp != single_p.end() && sp->second) {
      auto k = kept.find({s, t[1]});
      if (k == kept.end() || k->second != table.value(t[2])) continue;
    }
    triples[out++] = {s, t[1], remap[t[2]]};
  }
  triples.resize(out);
  // 4. One label per entity: the fullest name; the others as alternatives.
  const NodeId label = table.Intern(TermKind::kIri, kLabel);
  const NodeId alt = table.Intern(TermKind::kIri, kAltLabel);
  for (const auto& [root, all] : cluster_names) {
    if (all.empty()) continue;
    std::vector<std::string> sorted(all.begin(), all.end());
    std::sort(sorted.begin(), sorted.end(), Fuller);
    table.Add(root, label, table.Intern(TermKind::kLiteral, sorted.front()));
    for (size_t i = 1; i < sorted.size(); ++i)
      table.Add(root, alt, table.Intern(TermKind::kLiteral, sorted[i]));
  }
}

}  // namespace internal

Result<Graph> ResolveIdentity(const Graph& in) {
  internal::TripleTable table;
  if (Status st = table.AddGraph(in); !st.ok()) return st;
  internal::ResolveIdentityInPlace(table);
  table.SortUnique();
  return table.ToGraph();
}

}  // namespace newskg
