// Identity across articles: one IRI per real person, country, city, place,
// organization and event in a graph made of many articles' graphs.
#ifndef NEWSKG_GRAPH_IDENTITY_H_
#define NEWSKG_GRAPH_IDENTITY_H_

#include "base/base.h"
#include "graph/rdf_graph.h"

namespace newskg {

// Rewrites `in` so that each real thing has one IRI.
//
// Entities of one type are the same when a name of one equals a name of the
// other after folding (accents, case, punctuation), when an acronym spells
// the other's name ("WHO" and "World Health Organization"), or, for people,
// when their full names are transliteration variants ("Muammar Gaddafi",
// "Moammar Kadhafi"). A person named only by one word in every article that
// names them is only the same as another such person. The cluster keeps the
// smallest IRI, its fullest name as rdfs:label and every other name as
// skos:altLabel, and every article that mentions it.
//
// Events are the same when their class and defining roles are (after entity
// identity): Meeting and MilitaryExercise by participants, Loan by lender and
// borrower, Sanction by imposer and target, Statement by speaker and quote,
// Election by place and date, Protest by date and crowd size, Arrest by
// date, count and arrestees. Their IRI is minted from that key, so the result depends only
// on the set of input triples: merging is associative and commutative, and
// ResolveIdentity(ResolveIdentity(g)) == ResolveIdentity(g).
[[nodiscard]] Result<Graph> ResolveIdentity(const Graph& in);

}  // namespace newskg

#endif  // NEWSKG_GRAPH_IDENTITY_H_
