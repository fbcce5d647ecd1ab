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

// Event mentions, each what one article says about one event, held flat.
// What a mention says but its articles (its facts: class, roles, dates,
// amounts, count, quote) is held once for all mentions that say the same
// (as SameFacts decides), as one fact set: one fixed record, its values in
// arrays shared by all sets; a mention is the id of its fact set and its
// articles. Entities are ids of the triple table, articles ids of their
// IRIs (one id per distinct string), dates and currencies views of its
// terms (which stay where they are while the table grows), classes and
// roles small ids, quotes folded once per distinct text. Mentions are added
// in IRI order, so a mention's index orders it, and fact sets are numbered
// in the order of their first mention.
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
  // Room for this many mentions and articles, so that their arrays do not grow.
  void Reserve(size_t mentions, size_t articles) {
    facts_of_.reserve(mentions);
    article_start_.reserve(mentions + 1);
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
  // After the last mention.
  void Finish();

  // Mentions: how many, each one's fact set and articles (sorted).
  size_t size() const { return facts_of_.size(); }
  uint32_t facts_of(size_t m) const { return facts_of_[m]; }
  std::span<const uint32_t> articles(size_t m) const {
    return {articles_.data() + article_start_[m], article_start_[m + 1] - article_start_[m]};
  }
  // The articles of all mentions, counted with repeats.
  size_t article_count() const { return articles_.size(); }

  // Fact sets: how many, and what set f says.
  size_t fact_count() const { return records_.size(); }
  uint32_t cls(size_t f) const { return records_[f].cls; }
  // The (role, entity) pairs of role `role` (an id), by entity.
  std::span<const std::pair<uint32_t, uint32_t>> role(size_t f, uint32_t role) const;
  // (role, entity) pairs, sorted.
  std::span<const std::pair<uint32_t, uint32_t>> roles(size_t f) const {
    return Range(roles_of_, f, &Record::roles);
  }
  std::span<const std::string_view> dates(size_t f) const {
    return Range(dates_, f, &Record::dates);
  }
  std::span<const Amount> amounts(size_t f) const { return Range(amounts_, f, &Record::amounts); }
  std::optional<double> count(size_t f) const {
    const auto c = Range(counts_, f, &Record::counts);
    return c.empty() ? std::nullopt : std::optional<double>(c.front());
  }
  std::string_view quote(size_t f) const {
    return records_[f].quote == kNone ? std::string_view() : *quotes_[records_[f].quote];
  }
  // Whether two fact sets say the same thing, and a hash that is the same
  // when they do.
  bool SameFacts(size_t a, size_t b) const;
  uint64_t FactsHash(size_t f) const;

 private:
  // 24 bytes a fact set: where its values start in the shared arrays (they
  // end where the next set's start; a count is there or not), its class
  // and its quote.
  struct Record {
    uint32_t cls, roles, dates, amounts, counts, quote;
  };
  static uint32_t NameId(std::vector<std::string>& names, std::string_view name);
  template <typename T>
  std::span<const T> Range(const std::vector<T>& v, size_t f, uint32_t Record::*field) const {
    const size_t begin = records_[f].*field;
    const size_t end = f + 1 < records_.size() ? records_[f + 1].*field : v.size();
    return {v.data() + begin, end - begin};
  }
  // Ends the open mention: its values sorted, and its fact set the one
  // held already when one says the same (its own values dropped then).
  void Close();
  // Rebuilds set_slots_ with `slots` (a power of two) entries.
  void RehashSets(size_t slots);

  std::vector<Record> records_;
  std::vector<std::pair<uint32_t, uint32_t>> roles_of_;
  std::vector<std::string_view> dates_;
  std::vector<double> counts_;
  std::vector<Amount> amounts_;
  std::vector<uint32_t> facts_of_;       // by mention
  std::vector<uint32_t> article_start_;  // by mention, and one past the last
  std::vector<uint32_t> articles_;
  bool open_ = false;  // a mention is being filled
  // While adding: open addressing over the fact sets, by FactsHash (its
  // low 32 bits, and the set's id + 1; 0 for none).
  std::vector<std::pair<uint32_t, uint32_t>> set_slots_;
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
