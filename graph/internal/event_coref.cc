#include "graph/internal/event_coref.h"

#include <algorithm>
#include <set>
#include <sstream>
#include <unordered_map>

namespace newskg::internal {
namespace {

// Mentions that say the same thing (all but their article) form one group;
// groups are compared instead of mentions.
struct Group {
  std::vector<size_t> members;             // sorted by IRI
  std::vector<std::string_view> articles;  // sorted, unique
};

std::string Signature(const EventMentionFacts& m) {
  std::ostringstream s;
  s.precision(17);
  s << m.cls << '\x1F';
  for (const auto& [role, ids] : m.roles) {
    s << role << '=';
    for (uint32_t id : ids) s << id << ',';
    s << ';';
  }
  s << '\x1F';
  for (const auto& d : m.dates) s << d << ',';
  s << '\x1F';
  for (const auto& [c, v] : m.amounts) s << c << ':' << v << ',';
  s << '\x1F';
  if (m.count) s << *m.count;
  s << '\x1F' << m.quote;
  return s.str();
}

class Clusterer {
 public:
  Clusterer(const std::vector<EventMentionFacts>& mentions, const EventIdentity& identity,
            const EntityFacts& entities)
      : m_(mentions), identity_(identity), entities_(entities) {}

  std::vector<std::vector<size_t>> Run() {
    MakeGroups();
    std::vector<std::set<size_t>> neighbors(groups_.size());
    for (const auto& [a, b] : CandidatePairs()) {
      if (!Conflict(a, b) && Evidence(a, b)) {
        neighbors[a].insert(b);
        neighbors[b].insert(a);
      }
    }
    // A group that fits two groups that conflict with each other stays apart.
    std::vector<bool> bridge(groups_.size(), false);
    for (size_t g = 0; g < groups_.size(); ++g) {
      const std::vector<size_t> n(neighbors[g].begin(), neighbors[g].end());
      for (size_t i = 0; i < n.size() && !bridge[g]; ++i) {
        for (size_t j = i + 1; j < n.size() && !bridge[g]; ++j) bridge[g] = Conflict(n[i], n[j]);
      }
    }
    // Components of the rest; a component with a conflict inside is split
    // greedily, in IRI order, into groups that all fit each other.
    std::vector<size_t> component(groups_.size(), SIZE_MAX);
    std::vector<std::vector<size_t>> components;
    for (size_t g = 0; g < groups_.size(); ++g) {
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
    std::vector<std::vector<size_t>> out;
    for (const auto& c : clusters) {
      std::vector<size_t> members;
      for (size_t g : c)
        members.insert(members.end(), groups_[g].members.begin(), groups_[g].members.end());
      std::sort(members.begin(), members.end(),
                [&](size_t a, size_t b) { return m_[a].iri < m_[b].iri; });
      out.push_back(std::move(members));
    }
    std::sort(out.begin(), out.end(),
              [&](const auto& a, const auto& b) { return m_[a.front()].iri < m_[b.front()].iri; });
    return out;
  }

 private:
  void MakeGroups() {
    // By a hash of the signature; a hit is checked against the group's
    // first member, so only hashes are held, not the signatures.
    std::unordered_multimap<size_t, size_t> by_signature;
    for (size_t i = 0; i < m_.size(); ++i) {
      const std::string sig = Signature(m_[i]);
      const size_t h = std::hash<std::string>()(sig);
      size_t group = groups_.size();
      for (auto [it, end] = by_signature.equal_range(h); it != end && group == groups_.size();
           ++it) {
        if (Signature(Rep(it->second)) == sig) group = it->second;
      }
      if (group == groups_.size()) {
        by_signature.emplace(h, group);
        groups_.emplace_back();
      }
      groups_[group].members.push_back(i);
    }
    for (auto& g : groups_) {
      std::sort(g.members.begin(), g.members.end(),
                [&](size_t a, size_t b) { return m_[a].iri < m_[b].iri; });
      for (size_t i : g.members)
        g.articles.insert(g.articles.end(), m_[i].articles.begin(), m_[i].articles.end());
      std::sort(g.articles.begin(), g.articles.end());
      g.articles.erase(std::unique(g.articles.begin(), g.articles.end()), g.articles.end());
    }
    // In IRI order, so that the greedy split depends only on the set.
    std::sort(groups_.begin(), groups_.end(), [&](const Group& a, const Group& b) {
      return m_[a.members.front()].iri < m_[b.members.front()].iri;
    });
  }

  const EventMentionFacts& Rep(size_t g) const { return m_[groups_[g].members.front()]; }

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

  static const std::vector<uint32_t>& RoleOf(const EventMentionFacts& m, const std::string& r) {
    static const std::vector<uint32_t> kNone;
    auto it = m.roles.find(r);
    return it == m.roles.end() ? kNone : it->second;
  }

  // Pairs of groups of one class that share something evidence could rest on.
  std::set<std::pair<size_t, size_t>> CandidatePairs() const {
    std::unordered_map<std::string, std::vector<size_t>> buckets;
    for (size_t g = 0; g < groups_.size(); ++g) {
      const EventMentionFacts& m = Rep(g);
      const EventIdentityRule* rule = identity_.Rule(m.cls);
      if (rule == nullptr) continue;
      std::set<std::string> tokens;
      for (const auto& ev : rule->evidence) {
        const std::string key = std::string(m.cls) + '\x1F' + ev.role + '\x1F';
        if (ev.role == "date") {
          if (!m.dates.empty()) tokens.insert(key);
        } else if (ev.role == "count") {
          if (m.count) tokens.insert(key);
        } else if (ev.role == "amount") {
          for (const auto& a : m.amounts) tokens.insert(key + a.first);
        } else if (ev.role == "quote") {
          std::istringstream words(m.quote);
          std::string w;
          while (words >> w) tokens.insert(key + w);
        } else {
          for (uint32_t e : RoleOf(m, ev.role)) {
            for (uint32_t s : Side(e)) tokens.insert(key + std::to_string(s));
          }
        }
      }
      for (const auto& t : tokens) buckets[t].push_back(g);
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
    const auto& x = groups_[a].articles;
    const auto& y = groups_[b].articles;
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
    static const std::vector<std::string_view>& Dates(const EventMentionFacts& m) {
      return m.dates;
    }
    static std::optional<double> Count(const EventMentionFacts& m) { return m.count; }
    static const std::vector<std::pair<std::string, double>>& Amounts(const EventMentionFacts& m) {
      return m.amounts;
    }
    static std::string_view Quote(const EventMentionFacts& m) { return m.quote; }
    const std::vector<uint32_t>& Role(const EventMentionFacts& m, const std::string& r) const {
      return RoleOf(m, r);
    }
    bool SameSide(uint32_t a, uint32_t b) const { return c.SameSide(a, b); }
    bool PlacesConflict(uint32_t a, uint32_t b) const {
      return c.entities_.places_conflict && c.entities_.places_conflict(a, b);
    }
  };

  // A value of one contradicts a value of the other, or one article told them apart.
  bool Conflict(size_t ga, size_t gb) const {
    const EventMentionFacts& a = Rep(ga);
    const EventMentionFacts& b = Rep(gb);
    if (a.cls != b.cls || ShareArticle(ga, gb)) return true;
    const EventIdentityRule* rule = identity_.Rule(a.cls);
    return rule == nullptr || ValuesConflict(a, b, *rule, MatchView{*this});
  }

  // Shared values enough to say the two are one event (no conflict assumed).
  bool Evidence(size_t ga, size_t gb) const {
    const EventMentionFacts& a = Rep(ga);
    const EventMentionFacts& b = Rep(gb);
    const EventIdentityRule* rule = identity_.Rule(a.cls);
    return rule != nullptr && IdentityEvidence(a, b, *rule, MatchView{*this});
  }

  const std::vector<EventMentionFacts>& m_;
  const EventIdentity& identity_;
  const EntityFacts& entities_;
  std::vector<Group> groups_;
};

}  // namespace

void MentionPairs::Allocate() {
  for (size_t m = 1; m < start_.size(); ++m) start_[m] += start_[m - 1];
  pairs_.resize(start_.back());
  next_.assign(start_.begin(), start_.end() - 1);
}

void MentionPairs::Finish() {
  next_ = std::vector<size_t>();
  size_t out = 0;
  for (size_t m = 0; m + 1 < start_.size(); ++m) {
    const auto first = pairs_.begin() + static_cast<std::ptrdiff_t>(start_[m]);
    const auto last = pairs_.begin() + static_cast<std::ptrdiff_t>(start_[m + 1]);
    std::sort(first, last);
    const auto end = std::unique(first, last);
    start_[m] = out;
    out = static_cast<size_t>(
        std::move(first, end, pairs_.begin() + static_cast<std::ptrdiff_t>(out)) - pairs_.begin());
  }
  start_.back() = out;
  pairs_.resize(out);
}

std::vector<std::vector<size_t>> ClusterEventMentions(
    const std::vector<EventMentionFacts>& mentions, const EventIdentity& identity,
    const EntityFacts& entities) {
  return Clusterer(mentions, identity, entities).Run();
}

}  // namespace newskg::internal
