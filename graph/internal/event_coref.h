// Event coreference across articles: which event mentions are one event, by
// the class's identity rule (extract/data/events/identity.tsv), the same
// definition the in-article merge reads.
#ifndef NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_
#define NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "schema/schema.h"

namespace newskg::internal {

// What one article says about one event. The views point into the triple
// table's terms, which stay where they are while the table grows.
struct EventMentionFacts {
  std::string_view iri;                                 // orders mentions; ties nothing else
  std::string_view cls;                                 // Meeting, Loan, ...
  std::vector<std::string_view> articles;               // sorted
  std::map<std::string, std::vector<uint32_t>> roles;   // entity role -> entity ids, sorted
  std::vector<std::string_view> dates;                  // lexical, sorted
  std::vector<std::pair<std::string, double>> amounts;  // (currency, value), sorted
  std::optional<double> count;
  std::string quote;  // folded (lower case, single spaces)
};

// The (predicate, object) pairs said of each mention, in one array: counted
// in one pass over the triples, placed in a second, then each mention's
// sorted and kept once.
class MentionPairs {
 public:
  using Pair = std::pair<uint32_t, uint32_t>;
  explicit MentionPairs(size_t mentions) : start_(mentions + 1, 0) {}
  void Count(size_t m) { ++start_[m + 1]; }
  // After every Count.
  void Allocate();
  void Put(size_t m, uint32_t p, uint32_t o) { pairs_[next_[m]++] = {p, o}; }
  // After every Put.
  void Finish();
  std::span<const Pair> operator[](size_t m) const {
    return {pairs_.data() + start_[m], start_[m + 1] - start_[m]};
  }

 private:
  std::vector<size_t> start_;  // mention m's pairs: [start_[m], start_[m + 1])
  std::vector<size_t> next_;   // while placing
  std::vector<Pair> pairs_;
};

// What is known of the entities the roles name.
struct EntityFacts {
  // The entities an entity stands for besides itself: what a leader leads,
  // the state of a capital.
  std::function<std::vector<uint32_t>(uint32_t)> stands_for;
  // Two different places that cannot both be an event's place: the same
  // kind (two cities, two countries), or a capital and another country.
  std::function<bool(uint32_t, uint32_t)> places_conflict;
};

// Clusters of mentions that are one event, as indices into `mentions`, each
// sorted by IRI and the clusters by their first IRI. Two mentions are one
// event when they have the same class, no conflicting value and enough
// shared evidence (see identity.tsv); mentions from one article are never
// joined (the in-article merge decided), and a mention that fits two events
// that conflict with each other stays apart. The result depends only on the
// set of mentions, not on their order.
std::vector<std::vector<size_t>> ClusterEventMentions(
    const std::vector<EventMentionFacts>& mentions, const EventIdentity& identity,
    const EntityFacts& entities);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_
