// Identity resolution over a TripleTable: what ResolveIdentity and merge run.
#ifndef NEWSKG_GRAPH_INTERNAL_RESOLVE_H_
#define NEWSKG_GRAPH_INTERNAL_RESOLVE_H_

#include "graph/internal/triple_table.h"

namespace newskg::internal {

// Rewrites the table's triples so that each real thing has one IRI (see
// newskg::ResolveIdentity for the rules). The triples come out unsorted and
// may repeat: call SortUnique before writing. `order`, when given, is the
// table's nodes sorted (TakeNodeOrder, then Sort), which identity reads
// instead of sorting IRIs itself; the result is the same.
void ResolveIdentityInPlace(TripleTable& table, const TripleTable::NodeOrder* order = nullptr);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_RESOLVE_H_
