// graph: the RDF side of newskg, on Serd (reading and writing every syntax)
// and Sord (an indexed store where matching earns it). Turns an extracted
// Document into triples under the newskg ontology (document_graph.h), merges
// many graphs into one with one IRI per real thing (merge.h, identity.h), and
// writes them, sorted, through one writer. serd.h and sord.h stay inside
// graph/; other folders include this header only.
#ifndef NEWSKG_GRAPH_GRAPH_H_
#define NEWSKG_GRAPH_GRAPH_H_

#include "graph/document_graph.h"  // IWYU pragma: export
#include "graph/identity.h"        // IWYU pragma: export
#include "graph/merge.h"           // IWYU pragma: export
#include "graph/rdf_graph.h"       // IWYU pragma: export
#include "graph/stream.h"          // IWYU pragma: export
#include "graph/vocabulary.h"      // IWYU pragma: export

#endif  // NEWSKG_GRAPH_GRAPH_H_
