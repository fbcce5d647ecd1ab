// Event coreference across articles: which event mentions are one event, by
// the class's identity rule (extract/data/events/identity.tsv), the same
// definition the in-article merge reads.
#ifndef NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_
#define NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_

#include <algorithm>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "schema/schema.h"

namespace newskg::internal {

// Event mentions, each what one article says about one event, held flat:
// one fixed record a mention, its values in arrays shared by all mentions,
// entities as ids of the triple table, articles as ids of their IRIs (one
// id per distinct string), dates and currencies as views of its terms (which stay where they are
// while the table grows), classes and roles as small ids, quotes folded once per distinct text.
// Mentions are added in IRI order, so a mention's index orders it.
class EventMentions {
 public:
  static constexpr uint32_t kNone = 0xFFFFFFFFu;
  struct Amount {
    std::string_view currency;
    double value;
    bool operator<(const Amount& o) const {
      const int c = currency.compare(o.currency);
      return c != 0 ? c < 0 : value < o.value;
    }
  };

  // The id of a class or role name, added when new.
  uint32_t ClassId(std::string_view name) { return NameId(classes_, name); }
  uint32_t RoleId(std::string_view name) { return NameId(roles_, name); }
  // The id of a role name some mention has, else kNone.
  uint32_t FindRole(std::string_view name) const;
  std::string_view class_name(uint32_t cls) const { return classes_[cls]; }
  uint32_t class_count() const { return static_cast<uint32_t>(classes_.size()); }
  // Room for this many mentions and values, so that the arrays do not grow.
  void Reserve(size_t mentions, size_t roles, size_t dates, size_t amounts, size_t articles) {
    records_.reserve(mentions);
    roles_of_.reserve(roles);
    dates_.reserve(dates);
    amounts_.reserve(amounts);
    articles_.reserve(articles);
  }
  // The id of a folded quote, added when new (one copy of each text).
  uint32_t QuoteId(std::string folded);

  // Adds a mention of class `cls`; the Add and Set calls that follow fill
  // it, until the next Begin or Finish.
  void Begin(uint32_t cls);
  void AddRole(uint32_t role, uint32_t entity) { roles_of_.push_back({role, entity}); }
  void AddDate(std::string_view date) { dates_.push_back(date); }
  void AddAmount(std::string_view currency, double value) { amounts_.push_back({currency, value}); }
  // `article`: the same id for the same article IRI, a different one for another.
  void AddArticle(uint32_t article) { articles_.push_back(article); }
  // The last count set stands.
  void SetCount(double count) {
    if (counts_.size() > records_.back().counts) {
      counts_.back() = count;
    } else {
      counts_.push_back(count);
    }
  }
  void SetQuote(uint32_t quote) { records_.back().quote = quote; }
  // After the last mention: sorts each mention's values.
  void Finish();

  size_t size() const { return records_.size(); }
  uint32_t cls(size_t m) const { return records_[m].cls; }
  // The (role, entity) pairs of role `role` (an id), by entity.
  std::span<const std::pair<uint32_t, uint32_t>> role(size_t m, uint32_t role) const;
  // (role, entity) pairs, sorted.
  std::span<const std::pair<uint32_t, uint32_t>> roles(size_t m) const {
    return Range(roles_of_, m, &Record::roles);
  }
  std::span<const std::string_view> dates(size_t m) const {
    return Range(dates_, m, &Record::dates);
  }
  std::span<const Amount> amounts(size_t m) const { return Range(amounts_, m, &Record::amounts); }
  std::span<const uint32_t> articles(size_t m) const {
    return Range(articles_, m, &Record::articles);
  }
  std::optional<double> count(size_t m) const {
    const auto c = Range(counts_, m, &Record::counts);
    return c.empty() ? std::nullopt : std::optional<double>(c.front());
  }
  std::string_view quote(size_t m) const {
    return records_[m].quote == kNone ? std::string_view() : *quotes_[records_[m].quote];
  }
  // Whether two mentions say the same thing (all but their articles), and
  // a hash that is the same when they do.
  bool SameFacts(size_t a, size_t b) const;
  uint64_t FactsHash(size_t m) const;

 private:
  // 28 bytes a mention: where its values start in the shared arrays (they
  // end where the next mention's start; a count is there or not), its
  // class and its quote.
  struct Record {
    uint32_t cls, roles, dates, amounts, articles, counts, quote;
  };
  static uint32_t NameId(std::vector<std::string>& names, std::string_view name);
  template <typename T>
  std::span<const T> Range(const std::vector<T>& v, size_t m, uint32_t Record::*field) const {
    const size_t begin = records_[m].*field;
    const size_t end = m + 1 < records_.size() ? records_[m + 1].*field : v.size();
    return {v.data() + begin, end - begin};
  }

  std::vector<Record> records_;
  std::vector<std::pair<uint32_t, uint32_t>> roles_of_;
  std::vector<std::string_view> dates_;
  std::vector<uint32_t> articles_;
  std::vector<double> counts_;
  std::vector<Amount> amounts_;
  std::vector<std::string> classes_, roles_;
  std::vector<std::unique_ptr<std::string>> quotes_;  // do not move: quote_ids_ views them
  std::unordered_map<std::string_view, uint32_t> quote_ids_;
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

// Clusters of mentions, each a span of mention indices.
class MentionClusters {
 public:
  size_t size() const { return starts_.size(); }
  std::span<const uint32_t> operator[](size_t c) const {
    const size_t end = c + 1 < starts_.size() ? starts_[c + 1] : members_.size();
    return {members_.data() + starts_[c], end - starts_[c]};
  }
  // Room for this many members in all.
  void Reserve(size_t members) { members_.reserve(members); }
  void Add(const std::vector<size_t>& members) {
    starts_.push_back(static_cast<uint32_t>(members_.size()));
    for (size_t m : members) members_.push_back(static_cast<uint32_t>(m));
  }

 private:
  std::vector<uint32_t> members_, starts_;
};

// Clusters of mentions that are one event, as indices into `mentions`, each
// sorted (by IRI: by index) and the clusters by their first mention. Two mentions are one
// event when they have the same class, no conflicting value and enough
// shared evidence (see identity.tsv); mentions from one article are never
// joined (the in-article merge decided), and a mention that fits two events
// that conflict with each other stays apart. The result depends only on the
// set of mentions, not on their order.
MentionClusters ClusterEventMentions(const EventMentions& mentions, const EventIdentity& identity,
                                     const EntityFacts& entities);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_EVENT_COREF_H_
