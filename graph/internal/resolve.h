// Identity resolution over a TripleTable: what ResolveIdentity and merge run.
#ifndef NEWSKG_GRAPH_INTERNAL_RESOLVE_H_
#define NEWSKG_GRAPH_INTERNAL_RESOLVE_H_

#include "graph/internal/triple_table.h"

namespace newskg::internal {

// Rewrites the table's triples so that each real thing has one IRI (see
// newskg::ResolveIdentity for the rules). The triples come out unsorted and
// may repeat: call SortUnique before writing.
void ResolveIdentityInPlace(TripleTable& table);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_RESOLVE_H_
