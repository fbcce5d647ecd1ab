#include "graph/internal/event_coref.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <set>
#include <sstream>
#include <unordered_map>

namespace newskg::internal {
namespace {

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
  return h * 0x100000001B3ULL;
}

uint64_t NumberBits(double v) {
  if (std::isnan(v))
    v = std::signbit(v) ? -std::numeric_limits<double>::quiet_NaN()
                        : std::numeric_limits<double>::quiet_NaN();
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  return bits;
}

// Numbers that print the same with 17 digits: the same value and sign, or both NaN.
bool SameNumber(double a, double b) { return NumberBits(a) == NumberBits(b); }

}  // namespace

uint32_t EventMentions::NameId(std::vector<std::string>& names, std::string_view name) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return static_cast<uint32_t>(i);
  }
  names.emplace_back(name);
  return static_cast<uint32_t>(names.size() - 1);
}

uint32_t EventMentions::FindRole(std::string_view name) const {
  for (size_t i = 0; i < roles_.size(); ++i) {
    if (roles_[i] == name) return static_cast<uint32_t>(i);
  }
  return kNone;
}

uint32_t EventMentions::QuoteId(std::string folded) {
  if (auto it = quote_ids_.find(folded); it != quote_ids_.end()) return it->second;
  quotes_.push_back(std::make_unique<std::string>(std::move(folded)));
  const auto id = static_cast<uint32_t>(quotes_.size() - 1);
  quote_ids_.emplace(*quotes_.back(), id);
  return id;
}

void EventMentions::Begin(uint32_t cls) {
  Close();
  open_ = true;
  article_start_.push_back(static_cast<uint32_t>(articles_.size()));
  records_.push_back(
      Record{cls, static_cast<uint32_t>(roles_of_.size()), static_cast<uint32_t>(dates_.size()),
             static_cast<uint32_t>(amounts_.size()), static_cast<uint32_t>(counts_.size()), kNone});
}

void EventMentions::Close() {
  if (!open_) return;
  open_ = false;
  const Record r = records_.back();
  std::sort(roles_of_.begin() + r.roles, roles_of_.end());
  std::sort(dates_.begin() + r.dates, dates_.end());
  std::sort(amounts_.begin() + r.amounts, amounts_.end());
  std::sort(articles_.begin() + article_start_.back(), articles_.end());
  const auto f = static_cast<uint32_t>(records_.size() - 1);
  const auto h = static_cast<uint32_t>(FactsHash(f));
  if (set_slots_.empty()) set_slots_.assign(1024, {0, 0});
  const size_t mask = set_slots_.size() - 1;
  size_t i = h & mask;
  for (; set_slots_[i].second != 0; i = (i + 1) & mask) {
    const uint32_t g = set_slots_[i].second - 1;
    if (set_slots_[i].first != h || !SameFacts(g, f)) continue;
    // Said already: this mention is set g's, its own values go.
    roles_of_.resize(r.roles);
    dates_.resize(r.dates);
    amounts_.resize(r.amounts);
    counts_.resize(r.counts);
    records_.pop_back();
    facts_of_.push_back(g);
    return;
  }
  set_slots_[i] = {h, f + 1};
  facts_of_.push_back(f);
  if (records_.size() * 4 > set_slots_.size() * 3) RehashSets(set_slots_.size() * 2);
}

void EventMentions::RehashSets(size_t slots) {
  set_slots_.assign(slots, {0, 0});
  const size_t mask = slots - 1;
  for (uint32_t f = 0; f < records_.size(); ++f) {
    const auto h = static_cast<uint32_t>(FactsHash(f));
    size_t i = h & mask;
    while (set_slots_[i].second != 0) i = (i + 1) & mask;
    set_slots_[i] = {h, f + 1};
  }
}

void EventMentions::Finish() {
  Close();
  article_start_.push_back(static_cast<uint32_t>(articles_.size()));
  set_slots_ = decltype(set_slots_)();
  quote_ids_ = decltype(quote_ids_)();
}

std::span<const std::pair<uint32_t, uint32_t>> EventMentions::role(size_t m, uint32_t role) const {
  const auto all = roles(m);
  auto first = std::lower_bound(all.begin(), all.end(), std::pair<uint32_t, uint32_t>(role, 0));
  auto last = first;
  while (last != all.end() && last->first == role) ++last;
  return {first, last};
}

bool EventMentions::SameFacts(size_t a, size_t b) const {
  if (cls(a) != cls(b) || records_[a].quote != records_[b].quote) return false;
  const auto ra = roles(a), rb = roles(b);
  if (!std::equal(ra.begin(), ra.end(), rb.begin(), rb.end())) return false;
  const auto da = dates(a), db = dates(b);
  if (!std::equal(da.begin(), da.end(), db.begin(), db.end())) return false;
  const auto aa = amounts(a), ab = amounts(b);
  if (!std::equal(aa.begin(), aa.end(), ab.begin(), ab.end(), [](const Amount& x, const Amount& y) {
        return x.currency == y.currency && SameNumber(x.value, y.value);
      }))
    return false;
  const auto ca = count(a), cb = count(b);
  return ca.has_value() == cb.has_value() && (!ca || SameNumber(*ca, *cb));
}

uint64_t EventMentions::FactsHash(size_t m) const {
  uint64_t h = Mix(0, cls(m));
  h = Mix(h, records_[m].quote);
  for (const auto& [r, e] : roles(m)) h = Mix(Mix(h, r), e);
  for (std::string_view d : dates(m)) h = Mix(h, std::hash<std::string_view>()(d));
  for (const auto& a : amounts(m))
    h = Mix(Mix(h, std::hash<std::string_view>()(a.currency)), NumberBits(a.value));
  if (const auto c = count(m)) h = Mix(Mix(h, 1), NumberBits(*c));
  return h;
}

namespace {

class Clusterer {
 public:
  Clusterer(const EventMentions& mentions, const EventIdentity& identity,
            const EntityFacts& entities)
      : m_(mentions), identity_(identity), entities_(entities) {}

  MentionClusters Run() {
    MakeGroups();
    std::vector<std::set<size_t>> neighbors(GroupCount());
    for (const auto& [a, b] : CandidatePairs()) {
      if (!Conflict(a, b) && Evidence(a, b)) {
        neighbors[a].insert(b);
        neighbors[b].insert(a);
      }
    }
    // A group that fits two groups that conflict with each other stays apart.
    std::vector<bool> bridge(GroupCount(), false);
    for (size_t g = 0; g < GroupCount(); ++g) {
      const std::vector<size_t> n(neighbors[g].begin(), neighbors[g].end());
      for (size_t i = 0; i < n.size() && !bridge[g]; ++i) {
        for (size_t j = i + 1; j < n.size() && !bridge[g]; ++j) bridge[g] = Conflict(n[i], n[j]);
      }
    }
    // Components of the rest; a component with a conflict inside is split
    // greedily, in IRI order, into groups that all fit each other.
    std::vector<size_t> component(GroupCount(), SIZE_MAX);
    std::vector<std::vector<size_t>> components;
    for (size_t g = 0; g < GroupCount(); ++g) {
      if (component[g] != SIZE_MAX) continue;
      component[g] = components.size();
      components.push_back({g});
      if (bridge[g]) continue;
      for (size_t at = 0; at < components.back().size(); ++at) {
        for (size_t n : neighbors[components.back()[at]]) {
          if (bridge[n] || component[n] != SIZE_MAX) continue;
          component[n] = component[g];
          components.back().push_back(n);
        }
      }
    }
    std::vector<std::vector<size_t>> clusters;  // of groups
    for (auto& c : components) {
      std::sort(c.begin(), c.end());
      bool conflict = false;
      for (size_t i = 0; i < c.size() && !conflict; ++i) {
        for (size_t j = i + 1; j < c.size() && !conflict; ++j) conflict = Conflict(c[i], c[j]);
      }
      if (!conflict) {
        clusters.push_back(c);
        continue;
      }
      std::vector<std::vector<size_t>> parts;
      for (size_t g : c) {
        bool placed = false;
        for (auto& p : parts) {
          bool fits = true, evidence = false;
          for (size_t x : p) {
            fits = fits && !Conflict(g, x);
            evidence = evidence || neighbors[g].count(x) > 0;
          }
          if (fits && evidence) {
            p.push_back(g);
            placed = true;
            break;
          }
        }
        if (!placed) parts.push_back({g});
      }
      clusters.insert(clusters.end(), parts.begin(), parts.end());
    }
    // Each cluster's mentions in order, the clusters by their first (the
    // first member of their first group: groups are in order).
    neighbors = decltype(neighbors)();
    std::sort(clusters.begin(), clusters.end(), [&](const auto& a, const auto& b) {
      return Members(a.front()).front() < Members(b.front()).front();
    });
    MentionClusters out;
    out.Reserve(m_.size());
    std::vector<size_t> members;
    for (const auto& c : clusters) {
      members.clear();
      for (size_t g : c) members.insert(members.end(), Members(g).begin(), Members(g).end());
      std::sort(members.begin(), members.end());
      out.Add(members);
    }
    return out;
  }

 private:
  // Mentions that say the same thing (all but their articles, one fact
  // set) form one group; groups are compared instead of mentions. A group's
  // members are in index (IRI) order, and the groups in the order of their
  // first members, as the fact sets are numbered: so the greedy split
  // depends only on the set of mentions.
  void MakeGroups() {
    const size_t groups = m_.fact_count();
    member_start_.assign(groups + 1, 0);
    for (size_t i = 0; i < m_.size(); ++i) ++member_start_[m_.facts_of(i) + 1];
    for (size_t g = 0; g < groups; ++g) member_start_[g + 1] += member_start_[g];
    members_.resize(m_.size());
    {
      std::vector<uint32_t> at(member_start_.begin(), member_start_.end() - 1);
      for (size_t i = 0; i < m_.size(); ++i)
        members_[at[m_.facts_of(i)]++] = static_cast<uint32_t>(i);
    }
    // Each group's articles: its members', sorted, each once (at most as
    // many as the mentions have).
    article_start_.assign(groups + 1, 0);
    articles_.reserve(m_.article_count());
    std::vector<uint32_t> all;
    for (size_t g = 0; g < groups; ++g) {
      all.clear();
      for (uint32_t i : Members(g)) {
        const auto a = m_.articles(i);
        all.insert(all.end(), a.begin(), a.end());
      }
      std::sort(all.begin(), all.end());
      articles_.insert(articles_.end(), all.begin(), std::unique(all.begin(), all.end()));
      article_start_[g + 1] = static_cast<uint32_t>(articles_.size());
    }
  }

  // Group g is fact set g: its id is what ValuesConflict and
  // IdentityEvidence read.
  size_t GroupCount() const { return m_.fact_count(); }
  std::span<const uint32_t> Members(size_t g) const {
    return {members_.data() + member_start_[g], member_start_[g + 1] - member_start_[g]};
  }
  std::span<const uint32_t> Articles(size_t g) const {
    return {articles_.data() + article_start_[g], article_start_[g + 1] - article_start_[g]};
  }
  std::vector<uint32_t> Side(uint32_t e) const {
    std::vector<uint32_t> s = {e};
    if (entities_.stands_for) {
      for (uint32_t x : entities_.stands_for(e)) s.push_back(x);
    }
    return s;
  }

  bool SameSide(uint32_t a, uint32_t b) const {
    if (a == b) return true;
    for (uint32_t x : Side(a)) {
      if (x == b) return true;
    }
    for (uint32_t x : Side(b)) {
      if (x == a) return true;
    }
    return false;
  }

  using Entities = std::span<const std::pair<uint32_t, uint32_t>>;  // (role, entity)

  Entities RoleOf(size_t m, const std::string& r) const {
    const uint32_t id = m_.FindRole(r);
    return id == EventMentions::kNone ? Entities() : m_.role(m, id);
  }

  // Pairs of groups of one class that share something evidence could rest on.
  std::set<std::pair<size_t, size_t>> CandidatePairs() const {
    std::unordered_map<std::string, std::vector<size_t>> buckets;
    for (size_t m = 0; m < GroupCount(); ++m) {
      const std::string_view cls = m_.class_name(m_.cls(m));
      const EventIdentityRule* rule = identity_.Rule(cls);
      if (rule == nullptr) continue;
      std::set<std::string> tokens;
      for (const auto& ev : rule->evidence) {
        const std::string key = std::string(cls) + '\x1F' + ev.role + '\x1F';
        if (ev.role == "date") {
          if (!m_.dates(m).empty()) tokens.insert(key);
        } else if (ev.role == "count") {
          if (m_.count(m)) tokens.insert(key);
        } else if (ev.role == "amount") {
          for (const auto& a : m_.amounts(m)) tokens.insert(key + std::string(a.currency));
        } else if (ev.role == "quote") {
          std::istringstream words{std::string(m_.quote(m))};
          std::string w;
          while (words >> w) tokens.insert(key + w);
        } else {
          for (const auto& [r, e] : RoleOf(m, ev.role)) {
            for (uint32_t s : Side(e)) tokens.insert(key + std::to_string(s));
          }
        }
      }
      for (const auto& t : tokens) buckets[t].push_back(m);
    }
    std::set<std::pair<size_t, size_t>> pairs;
    for (const auto& [token, gs] : buckets) {
      for (size_t i = 0; i < gs.size(); ++i) {
        for (size_t j = i + 1; j < gs.size(); ++j)
          pairs.emplace(std::min(gs[i], gs[j]), std::max(gs[i], gs[j]));
      }
    }
    return pairs;
  }

  bool ShareArticle(size_t a, size_t b) const {
    const auto x = Articles(a);
    const auto y = Articles(b);
    size_t i = 0, j = 0;
    while (i < x.size() && j < y.size()) {
      if (x[i] == y[j]) return true;
      if (x[i] < y[j]) {
        ++i;
      } else {
        ++j;
      }
    }
    return false;
  }

  // A mention as schema/event_match.h reads it, the same test the
  // in-article merge applies: every date a mention has, and two entities on
  // one side when equal or one stands for the other.
  struct MatchView {
    const Clusterer& c;
    std::span<const std::string_view> Dates(size_t m) const { return c.m_.dates(m); }
    std::optional<double> Count(size_t m) const { return c.m_.count(m); }
    std::span<const EventMentions::Amount> Amounts(size_t m) const { return c.m_.amounts(m); }
    std::string_view Quote(size_t m) const { return c.m_.quote(m); }
    Entities Role(size_t m, const std::string& r) const { return c.RoleOf(m, r); }
    bool SameSide(const std::pair<uint32_t, uint32_t>& a,
                  const std::pair<uint32_t, uint32_t>& b) const {
      return c.SameSide(a.second, b.second);
    }
    bool PlacesConflict(const std::pair<uint32_t, uint32_t>& a,
                        const std::pair<uint32_t, uint32_t>& b) const {
      return c.entities_.places_conflict && c.entities_.places_conflict(a.second, b.second);
    }
  };

  // A value of one contradicts a value of the other, or one article told them apart.
  bool Conflict(size_t a, size_t b) const {
    if (m_.cls(a) != m_.cls(b) || ShareArticle(a, b)) return true;
    const EventIdentityRule* rule = identity_.Rule(m_.class_name(m_.cls(a)));
    return rule == nullptr || ValuesConflict(a, b, *rule, MatchView{*this});
  }

  // Shared values enough to say the two are one event (no conflict assumed).
  bool Evidence(size_t a, size_t b) const {
    const EventIdentityRule* rule = identity_.Rule(m_.class_name(m_.cls(a)));
    return rule != nullptr && IdentityEvidence(a, b, *rule, MatchView{*this});
  }

  const EventMentions& m_;
  const EventIdentity& identity_;
  const EntityFacts& entities_;
  // The groups, flat: members and articles of group g from its start to the next's.
  std::vector<uint32_t> member_start_, members_, article_start_, articles_;
};

}  // namespace

MentionClusters ClusterEventMentions(const EventMentions& mentions, const EventIdentity& identity,
                                     const EntityFacts& entities) {
  return Clusterer(mentions, identity, entities).Run();
}

}  // namespace newskg::internal
