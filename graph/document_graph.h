// Turns an extracted Document into RDF triples under the newskg ontology.
#ifndef NEWSKG_GRAPH_DOCUMENT_GRAPH_H_
#define NEWSKG_GRAPH_DOCUMENT_GRAPH_H_

#include <string>

#include "base/base.h"
#include "extract/extract.h"
#include "graph/rdf_graph.h"

namespace newskg {

// Percent-encodes every byte outside [A-Za-z0-9-._~/] so no text can break an IRI.
std::string PercentEncode(const std::string& s);
// `s` as one IRI path segment: also '/' encoded, and "." or ".." never left
// as they are (a consumer that normalizes paths would resolve them).
std::string PathSegment(const std::string& s);

// The IRI of the article with id `id` under `base`: "<base>article/<id>".
std::string ArticleIri(const std::string& id, const std::string& base);

// Adds the article node, its entities, relations, events and evidence
// sentences. IRIs are minted from canonical keys under `base`, so the same
// input gives the same IRIs. `doc.id` must be set. When the sink keeps named
// graphs (TripleSink::GraphFor), every statement also goes to the graph
// named by the article's IRI.
[[nodiscard]] Status AddDocument(const Document& doc, const std::string& base, TripleSink& sink);

}  // namespace newskg

#endif  // NEWSKG_GRAPH_DOCUMENT_GRAPH_H_
