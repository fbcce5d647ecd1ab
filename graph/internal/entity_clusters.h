// Which entities of a merged graph are one thing: the clustering stages of
// identity across articles (see newskg::ResolveIdentity for the rules), on
// the entities' types and names, read from the table by
// ResolveIdentityInPlace.
#ifndef NEWSKG_GRAPH_INTERNAL_ENTITY_CLUSTERS_H_
#define NEWSKG_GRAPH_INTERNAL_ENTITY_CLUSTERS_H_

#include <cstddef>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace newskg::internal {

// The entities of a graph, by position (0 to size() - 1).
struct EntitySet {
  std::vector<std::string> type;                // each one's class IRI
  std::vector<std::set<std::string>> strong;    // its own rdfs:labels (all names without one)
  std::vector<std::set<std::string>> weak;      // its other names (skos:altLabel)
  std::vector<bool> multi;                      // some name of it has two words or more
  std::vector<std::pair<size_t, size_t>> same;  // said to be the same (owl:sameAs), one type
  std::vector<std::pair<size_t, size_t>> led;   // (person, what it leads) by nkg:leaderOf
  size_t size() const { return type.size(); }
};

// Each entity's cluster, named by its smallest position: entities of one
// type sharing a key of their labels, acronyms and the names they spell,
// said to be the same, surnames, middle names left out, noise before a
// name, a shared leader or office (stage 1), then weak names that fit
// (stage 2). The result depends
// on the set of entities and facts, not on their order in the graph.
std::vector<size_t> ClusterEntities(const EntitySet& set);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_ENTITY_CLUSTERS_H_
