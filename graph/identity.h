// Identity across articles: one IRI per real person, country, city, place,
// organization and event in a graph made of many articles' graphs.
#ifndef NEWSKG_GRAPH_IDENTITY_H_
#define NEWSKG_GRAPH_IDENTITY_H_

#include "base/base.h"
#include "graph/rdf_graph.h"

namespace newskg {

// Rewrites `in` so that each real thing has one IRI.
//
// Entities of one type are the same when their labels are equal after
// folding (accents, case, punctuation, a possessive ending), transliteration
// variants ("Muammar Gaddafi", "Moammar Kadhafi"; "Bank Rossia", "Bank
// Rossiya"), an organization's name with and without "the" and its legal
// suffixes ("Novatek Group", "Novatek"; extract/data/legal_suffixes.txt),
// a person's with and without a middle name or initial when one person of the
// set fits ("Laura Miller", "Laura J. Miller"), or when one
// abbreviates the other word by word ("WHO" and "World Health
// Organization", "Chelsea FC" and "Chelsea Football Club"; an acronym that
// abbreviates two different names joins neither). An altLabel (a name as
// an article wrote it) joins only when it fits its own entity's label and
// the labels of every entity holding it fit each other, so a wrong name
// ("EU" for the European Commission) joins nothing. A person named only by one word in every
// article that names them is only the same as another such person, or as
// the one person of the set whose name ends with that word, unless both
// lead things and none in common (nkg:leaderOf). IRIs said to be the same
// (owl:sameAs, as an earlier merge writes) are one cluster. The cluster keeps one IRI, chosen by
// the IRIs alone (a country's ISO code, then the fullest name, then the smaller IRI), with its own
// rdfs:label, every other name as skos:altLabel, and every article that mentions it; each other IRI
// of the cluster stays as an alias: owl:sameAs to the kept IRI and the one
// rdfs:label it was minted with. No IRI of the input vanishes.
//
// Event mentions are one event when they have the same class, no
// conflicting value and enough shared evidence, by the class's fields in
// extract/data/events/identity.tsv (the in-article merge reads the same
// file); see internal/event_coref.h. An event one article tells keeps its
// IRI; one that several tell gets a node of its own, minted from its
// mentions, with the union of their compatible values and nkg:mention to each
// mention (kept as nkg:EventMention). Events are recomputed from the mentions,
// so the result depends only on the set of input triples: merging is
// associative and commutative, and ResolveIdentity(ResolveIdentity(g)) ==
// ResolveIdentity(g). An error when the identity data cannot be read.
[[nodiscard]] Result<Graph> ResolveIdentity(const Graph& in);

}  // namespace newskg

#endif  // NEWSKG_GRAPH_IDENTITY_H_
