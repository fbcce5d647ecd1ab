#include "graph/identity.h"

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"
#include "graph/document_graph.h"
#include "graph/internal/entity_clusters.h"
#include "graph/internal/entity_names.h"
#include "graph/internal/event_resolve.h"
#include "graph/internal/resolve.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg {
namespace {

using internal::IdTriple;
using internal::kNoNode;
using internal::NodeId;
using internal::TripleTable;

const std::string kLabel = vocab::kRdfs + "label";
const std::string kAltLabel = vocab::kSkos + "altLabel";
const std::string kSameAs = vocab::kOwl + "sameAs";

const std::set<std::string>& EntityClasses() {
  static const std::set<std::string> k = {vocab::kNkg + "Person", vocab::kNkg + "Country",
                                          vocab::kNkg + "City", vocab::kNkg + "Place",
                                          vocab::kNkg + "Organization"};
  return k;
}

}  // namespace

namespace internal {

void ResolveIdentityInPlace(TripleTable& table, const TripleTable::NodeOrder* order) {
  auto loaded = EventIdentity::Default();
  const EventIdentity* identity = loaded.ok() ? loaded.value() : nullptr;
  auto iri = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return table.value(n).str(); };
  const NodeId type_p = iri(vocab::kType), label_p = iri(kLabel), alt_p = iri(kAltLabel),
               same_p = iri(kSameAs);
  std::vector<NodeId> entity_classes;  // a few: found by a scan, read per type triple
  for (const auto& c : EntityClasses()) {
    if (NodeId n = iri(c); n != kNoNode) entity_classes.push_back(n);
  }
  // Pass 1a: what is an entity: a node typed with an entity class, or one
  // an earlier merge made an alias (owl:sameAs) of an entity.
  std::unordered_map<NodeId, NodeId> entity_type;  // node -> class node
  auto& triples = table.triples();
  if (type_p != kNoNode) {
    triples.ForEachOf({type_p}, [&](const IdTriple& t) {
      if (t[1] != type_p || table.kind(t[0]) != TermKind::kIri) return;
      if (std::find(entity_classes.begin(), entity_classes.end(), t[2]) != entity_classes.end())
        entity_type[t[0]] = t[2];
    });
  }
  std::vector<std::pair<NodeId, NodeId>> same;  // owl:sameAs between IRIs
  if (same_p != kNoNode) {
    triples.ForEachOf({same_p}, [&](const IdTriple& t) {
      if (t[1] == same_p && t[0] != t[2] && table.kind(t[0]) == TermKind::kIri &&
          table.kind(t[2]) == TermKind::kIri)
        same.push_back({t[0], t[2]});
    });
    std::sort(same.begin(), same.end());
    // An alias takes the type of what it is the same as (chains too).
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& [a, b] : same) {
        const bool ta = entity_type.count(a) > 0, tb = entity_type.count(b) > 0;
        if (ta == tb) continue;
        if (ta) {
          entity_type[b] = entity_type[a];
        } else {
          entity_type[a] = entity_type[b];
        }
        grew = true;
      }
    }
  }
  // Pass 1b: names of entities: each node's own rdfs:label, and all its names.
  std::unordered_map<NodeId, std::set<std::string>> names, own_labels;
  triples.ForEachOf({label_p, alt_p}, [&](const IdTriple& t) {
    if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode) {
      if (table.kind(t[2]) == TermKind::kLiteral && entity_type.count(t[0]) > 0) {
        names[t[0]].insert(str(t[2]));
        if (t[1] == label_p) own_labels[t[0]].insert(str(t[2]));
      }
    }
  });
  // 2. Clusters: entities of one type sharing a key, or said to be the same.
  std::vector<NodeId> entities;
  entities.reserve(entity_type.size());
  for (const auto& [n, type] : entity_type) entities.push_back(n);
  std::sort(entities.begin(), entities.end(),
            [&](NodeId a, NodeId b) { return table.value(a) < table.value(b); });
  std::unordered_map<NodeId, size_t> position;
  for (size_t i = 0; i < entities.size(); ++i) position[entities[i]] = i;
  // An entity's rdfs:label (a function of its key) is strong evidence; a
  // skos:altLabel (a name as one article wrote it) is weak: a wrong one ("EU"
  // for the European Commission) must not join two things.
  EntitySet entity_set;
  entity_set.type.reserve(entities.size());
  for (NodeId e : entities) entity_set.type.push_back(str(entity_type[e]));
  entity_set.strong.resize(entities.size());
  entity_set.weak.resize(entities.size());
  entity_set.multi.assign(entities.size(), false);
  for (size_t i = 0; i < entities.size(); ++i) {
    auto it = names.find(entities[i]);
    if (it == names.end()) continue;
    auto own = own_labels.find(entities[i]);
    for (const auto& n : it->second) {
      entity_set.multi[i] = entity_set.multi[i] || SplitWords(FoldName(n)).size() >= 2;
      // With no rdfs:label, every name counts as one.
      if (own == own_labels.end() || own->second.count(n) > 0) {
        entity_set.strong[i].insert(n);
      } else {
        entity_set.weak[i].insert(n);
      }
    }
  }
  std::set<std::pair<NodeId, NodeId>> joined_same;  // sameAs triples the clusters write again
  for (const auto& [a, b] : same) {
    auto ia = position.find(a), ib = position.find(b);
    if (ia == position.end() || ib == position.end() || entity_type[a] != entity_type[b]) continue;
    entity_set.same.push_back({ia->second, ib->second});
    joined_same.insert({a, b});
  }
  if (NodeId leader_p = iri(vocab::kNkg + "leaderOf"); leader_p != kNoNode) {
    triples.ForEachOf({leader_p}, [&](const IdTriple& t) {
      if (t[1] != leader_p) return;
      auto a = position.find(t[0]), b = position.find(t[2]);
      if (a != position.end() && b != position.end())
        entity_set.led.push_back({a->second, b->second});
    });
  }
  const std::vector<size_t> cluster = ClusterEntities(entity_set);
  entity_set = EntitySet();
  // The IRI a cluster keeps: by the IRIs alone, so that it does not depend
  // on how the articles were grouped into merges.
  std::vector<size_t> root(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) root[i] = i;
  for (size_t i = 0; i < entities.size(); ++i) {
    size_t& r = root[cluster[i]];
    if (KeptIri(str(entity_type[entities[i]]), str(entities[i]), str(entities[r]))) r = i;
  }
  std::vector<NodeId> remap(table.node_count());
  for (NodeId n = 0; n < remap.size(); ++n) remap[n] = n;
  std::unordered_map<NodeId, std::set<std::string>> cluster_names;  // root -> names
  std::unordered_map<NodeId, std::vector<NodeId>> aliases;          // root -> other members
  for (size_t i = 0; i < entities.size(); ++i) {
    const NodeId r = entities[root[cluster[i]]];
    remap[entities[i]] = r;
    if (r != entities[i]) aliases[r].push_back(entities[i]);
    auto& all = cluster_names[r];
    if (auto it = names.find(entities[i]); it != names.end())
      all.insert(it->second.begin(), it->second.end());
  }
  // Pass 2: every triple, rewritten; entity labels and the sameAs between
  // members of a cluster are written again below.
  // In place, packed: the ids written are ones the triples hold.
  triples.resize(triples.WithPacked([&](auto* packed, auto* end) {
    auto* out = packed;
    for (auto* r = packed; r != end; ++r) {
      const uint64_t k = r->key();
      const IdTriple t = triples.Unpack(k);
      if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode && entity_type.count(t[0]) > 0)
        continue;
      if (t[1] == same_p && same_p != kNoNode && joined_same.count({t[0], t[2]}) > 0) continue;
      (out++)->set(triples.PackFields(remap[t[0]], triples.Predicate(k), remap[t[2]]));
    }
    return static_cast<size_t>(out - packed);
  }));
  remap = decltype(remap)();
  // 3. Names. Each IRI keeps the rdfs:label it was minted with (a function
  // of its key), so a store that loads the articles' graphs one by one sees
  // one label per IRI, as one that loads the merged graph does; the kept IRI
  // has every other name as skos:altLabel, and each other IRI of the
  // cluster says it is the same (owl:sameAs) as the kept one.
  const NodeId label = table.Intern(TermKind::kIri, kLabel);
  const NodeId alt = table.Intern(TermKind::kIri, kAltLabel);
  const NodeId same_as = table.Intern(TermKind::kIri, kSameAs);
  auto own_label = [&](NodeId n) -> std::string {
    auto it = own_labels.find(n);
    if (it == own_labels.end() || it->second.empty()) return "";
    std::vector<std::string> sorted(it->second.begin(), it->second.end());
    std::sort(sorted.begin(), sorted.end(), Fuller);
    return sorted.front();
  };
  for (const auto& [r, all] : cluster_names) {
    std::string kept = own_label(r);
    if (kept.empty() && !all.empty()) {
      std::vector<std::string> sorted(all.begin(), all.end());
      std::sort(sorted.begin(), sorted.end(), Fuller);
      kept = sorted.front();
    }
    if (!kept.empty()) table.Add(r, label, table.Intern(TermKind::kLiteral, kept));
    for (const auto& n : all) {
      if (n != kept) table.Add(r, alt, table.Intern(TermKind::kLiteral, n));
    }
    if (auto it = aliases.find(r); it != aliases.end()) {
      for (NodeId a : it->second) {
        table.Add(a, same_as, r);
        if (const std::string l = own_label(a); !l.empty())
          table.Add(a, label, table.Intern(TermKind::kLiteral, l));
      }
    }
  }
  // 4. Events: mentions clustered by the classes' identity rule (after
  // the names, which intern their nodes while the table's index is there).
  if (identity != nullptr) ResolveEvents(table, entity_type, cluster_names, *identity, order);
}

}  // namespace internal

Result<Graph> ResolveIdentity(const Graph& in) {
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  if (auto words = NameWords::Default(); !words.ok()) return words.status();
  internal::TripleTable table;
  if (Status st = table.AddGraph(in); !st.ok()) return st;
  internal::ResolveIdentityInPlace(table);
  table.SortUnique();
  return table.ToGraph();
}

}  // namespace newskg
