// Event identity across articles over a TripleTable: which event mentions
// are one event (internal/event_coref.h), and the events written again
// from their mentions. Part of ResolveIdentityInPlace (internal/resolve.h).
#ifndef NEWSKG_GRAPH_INTERNAL_EVENT_RESOLVE_H_
#define NEWSKG_GRAPH_INTERNAL_EVENT_RESOLVE_H_

#include <set>
#include <string>
#include <unordered_map>

#include "graph/internal/triple_table.h"
#include "schema/schema.h"

namespace newskg::internal {

// Event coreference over the triples, after entity identity (see the
// comment at the definition). `entity_type`: entity -> class node;
// `cluster_names`: each entity cluster's kept IRI -> all its names.
void ResolveEvents(TripleTable& table, const std::unordered_map<NodeId, NodeId>& entity_type,
                   const std::unordered_map<NodeId, std::set<std::string>>& cluster_names,
                   const EventIdentity& identity, const TripleTable::NodeOrder* order = nullptr);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_EVENT_RESOLVE_H_
