// Event coreference across articles: which event mentions are one event, by
// the class's identity rule (extract/data/events/identity.tsv), the same
// definition the in-article merge reads.
#ifndef NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_
#define NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_

#include <algorithm>
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

// Role name -> entity ids, in the order of the names: a sorted vector, as
// a mention has a few roles (a map's nodes cost more than they hold).
class RoleMap {
 public:
  using value_type = std::pair<std::string, std::vector<uint32_t>>;
  using iterator = std::vector<value_type>::iterator;
  using const_iterator = std::vector<value_type>::const_iterator;

  std::vector<uint32_t>& operator[](std::string_view role) {
    auto it = Lower(entries_.begin(), entries_.end(), role);
    if (it == entries_.end() || it->first != role)
      it = entries_.insert(it, value_type(std::string(role), {}));
    return it->second;
  }
  const_iterator find(std::string_view role) const {
    auto it = Lower(entries_.begin(), entries_.end(), role);
    return it != entries_.end() && it->first == role ? it : entries_.end();
  }
  iterator begin() { return entries_.begin(); }
  iterator end() { return entries_.end(); }
  const_iterator begin() const { return entries_.begin(); }
  const_iterator end() const { return entries_.end(); }

 private:
  template <typename It>
  static It Lower(It first, It last, std::string_view role) {
    return std::lower_bound(first, last, role, [](const value_type& e, std::string_view r) {
      return e.first.compare(r) < 0;
    });
  }
  std::vector<value_type> entries_;
};

// What one article says about one event. The views point into the triple
// table's terms, which stay where they are while the table grows.
struct EventMentionFacts {
  std::string_view iri;                                 // orders mentions; ties nothing else
  std::string_view cls;                                 // Meeting, Loan, ...
  std::vector<std::string_view> articles;               // sorted
  RoleMap roles;                                        // entity role -> entity ids, sorted
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
