#include "graph/internal/entity_clusters.h"

#include <algorithm>
#include <iterator>
#include <map>
#include <unordered_map>

#include "base/base.h"
#include "graph/internal/entity_names.h"
#include "graph/vocabulary.h"

namespace newskg::internal {
namespace {

// Union by the smaller index: a cluster's root is its smallest member,
// whatever the order of the unions.
class UnionFind {
 public:
  explicit UnionFind(size_t n) : parent_(n) {
    for (size_t i = 0; i < n; ++i) parent_[i] = i;
  }
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Union(size_t a, size_t b) {
    a = Find(a);
    b = Find(b);
    if (a != b) parent_[std::max(a, b)] = std::min(a, b);
  }

 private:
  std::vector<size_t> parent_;
};

}  // namespace

std::vector<size_t> ClusterEntities(const EntitySet& set) {
  const size_t count = set.size();
  const auto& strong = set.strong;
  const auto& weak = set.weak;
  const auto& multi = set.multi;
  UnionFind uf(count);
  // Stage 1: the same strong key.
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < count; ++i) {
    const std::string& type = set.type[i];
    for (const auto& key : EntityKeys(type, strong[i], multi[i])) {
      auto [at, fresh] = by_key.emplace(type + "|" + key, i);
      if (!fresh) uf.Union(at->second, i);
    }
  }
  // Stage 1, acronyms: a label with an abbreviation ("UNSC", "Chelsea FC")
  // joins the labels it abbreviates (Abbreviates), when they are one name
  // written out: an acronym that spells two different full names joins
  // neither. Not for people, nor countries (ISO 3166 names their acronyms).
  std::unordered_map<std::string, std::vector<std::pair<size_t, std::string>>> by_initials;
  for (size_t i = 0; i < count; ++i) {
    const std::string& type = set.type[i];
    if (type == vocab::kNkg + "Person" || type == vocab::kNkg + "Country") continue;
    for (const auto& n : strong[i]) {
      if (const std::string a = Spelled(n); a.size() >= 2)
        by_initials[type + "|" + a].push_back({i, n});
    }
  }
  for (size_t i = 0; i < count; ++i) {
    const std::string& type = set.type[i];
    for (const auto& n : strong[i]) {
      if (!HasAbbreviation(n)) continue;
      auto it = by_initials.find(type + "|" + Spelled(n));
      if (it == by_initials.end()) continue;
      std::vector<size_t> targets;
      std::set<std::string> written_out;
      for (const auto& [j, full] : it->second) {
        if (j == i || !Abbreviates(n, full)) continue;
        targets.push_back(j);
        if (!HasAbbreviation(full)) written_out.insert(FoldName(full));
      }
      if (written_out.size() > 1) continue;
      for (size_t j : targets) uf.Union(i, j);
    }
  }
  for (const auto& [a, b] : set.same) uf.Union(a, b);
  // Whether the people of two clusters both lead something and lead
  // nothing in common (a chief executive of one company, and one of
  // another): then a name that only fits does not make them one.
  std::unordered_map<size_t, std::set<size_t>> leads;  // cluster -> clusters it leads
  auto find_leads = [&] {
    leads.clear();
    for (const auto& [p, o] : set.led) leads[uf.Find(p)].insert(uf.Find(o));
  };
  auto leads_apart = [&](size_t a, size_t b) {
    auto la = leads.find(uf.Find(a)), lb = leads.find(uf.Find(b));
    if (la == leads.end() || lb == leads.end()) return false;
    return std::none_of(la->second.begin(), la->second.end(),
                        [&](size_t o) { return lb->second.count(o) > 0; });
  };
  // Joins each person to the one cluster whose fuller names give the key one
  // of its shorter names gives (`full_key` and `short_key` of a name's
  // folded words, "" for none), when exactly one cluster has that key and
  // they do not lead different things; decided on the clusters so far.
  const std::string person = vocab::kNkg + "Person";
  auto join_by_key = [&](auto full_key, auto short_key) {
    find_leads();
    std::unordered_map<std::string, std::set<size_t>> full;  // key -> clusters
    std::vector<std::pair<size_t, std::string>> shorter;     // (entity, key)
    for (size_t i = 0; i < count; ++i) {
      if (set.type[i] != person) continue;
      for (const auto& n : strong[i]) {
        const auto words = SplitWords(IdentityFold(n));
        if (std::string k = full_key(words); !k.empty()) {
          full[k].insert(uf.Find(i));
        } else if (k = short_key(i, words); !k.empty()) {
          shorter.push_back({i, std::move(k)});
        }
      }
    }
    std::vector<std::pair<size_t, size_t>> joins;
    for (const auto& [i, key] : shorter) {
      auto it = full.find(key);
      if (it == full.end() || it->second.size() != 1) continue;
      const size_t other = *it->second.begin();
      if (other != uf.Find(i) && !leads_apart(i, other)) joins.push_back({i, other});
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  };
  using Words = std::vector<std::string>;
  // Stage 1, surnames: a person only ever named by one word ("Abramovich")
  // is the person of several words whose last word it is ("Roman
  // Abramovich"), not "Khan" beside Imran Khan and Sadiq Khan.
  join_by_key([](const Words& w) { return w.size() >= 2 ? w.back() : std::string(); },
              [&](size_t i, const Words& w) {
                return w.size() == 1 && !multi[i] ? w.front() : std::string();
              });
  // Stage 1, a middle name or initial one outlet leaves out: a person named
  // by two words ("Laura Miller") is the person whose name has more words,
  // the same first and last ("Laura J. Miller"), not "John Smith" beside
  // John A. and John B. Smith.
  auto ends = [](const Words& w) { return w.front() + " " + w.back(); };
  join_by_key([&](const Words& w) { return w.size() >= 3 ? ends(w) : std::string(); },
              [&](size_t, const Words& w) { return w.size() == 2 ? ends(w) : std::string(); });
  // Stage 1, noise before a name: a person labelled "Chelsea FC Roman
  // Abramovich" is the person whose whole label ends it ("Roman
  // Abramovich"), two words or more, when one such person is in the set.
  {
    std::unordered_map<std::string, std::set<size_t>> by_name;  // folded label -> clusters
    for (size_t i = 0; i < count; ++i) {
      if (set.type[i] != person) continue;
      for (const auto& n : strong[i]) {
        const std::string f = FoldName(n);
        if (SplitWords(f).size() >= 2) by_name[f].insert(uf.Find(i));
      }
    }
    std::vector<std::pair<size_t, size_t>> joins;
    for (size_t i = 0; i < count; ++i) {
      if (set.type[i] != person) continue;
      for (const auto& n : strong[i]) {
        const auto words = SplitWords(FoldName(n));
        // The longest ending that is another person's label decides.
        for (size_t k = words.size() - 1; k >= 2 && k < words.size(); --k) {
          std::string tail;
          for (size_t w = words.size() - k; w < words.size(); ++w)
            tail += (tail.empty() ? "" : " ") + words[w];
          auto it = by_name.find(tail);
          if (it == by_name.end()) continue;
          if (it->second.size() == 1) joins.push_back({i, *it->second.begin()});
          break;
        }
      }
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  }
  // Stage 1, a shared leader or a shared office: two organizations whose
  // labels fit each other (CompatibleNames: "VTB" and "VTB Bank") led by
  // one person are one; a person named by one word and one of several
  // words that starts or ends with it ("Vladimir", "Vladimir Putin") who
  // lead one thing are one.
  {
    std::map<size_t, std::set<size_t>> by_led, by_leader;  // cluster -> entities
    for (const auto& [a, b] : set.led) {
      by_led[uf.Find(b)].insert(a);
      by_leader[uf.Find(a)].insert(b);
    }
    const std::string org = vocab::kNkg + "Organization";
    // Compared cluster by cluster (all their labels), so that a merged
    // graph merged again decides the same.
    std::map<size_t, std::set<std::string>> cluster_labels;
    for (size_t i = 0; i < count; ++i)
      cluster_labels[uf.Find(i)].insert(strong[i].begin(), strong[i].end());
    auto fit = [&](size_t a, size_t b) {
      const std::string& ta = set.type[a];
      if (ta != set.type[b] || uf.Find(a) == uf.Find(b)) return false;
      for (const auto& x : cluster_labels[uf.Find(a)]) {
        for (const auto& y : cluster_labels[uf.Find(b)]) {
          const auto wx = SplitWords(FoldName(x)), wy = SplitWords(FoldName(y));
          const auto& shorter = wx.size() <= wy.size() ? wx : wy;
          const auto& longer = wx.size() <= wy.size() ? wy : wx;
          const bool starts =
              !shorter.empty() && std::equal(shorter.begin(), shorter.end(), longer.begin());
          // Organizations: one name the start of the other ("VTB", "VTB
          // Bank"; not "Bank Rossiya" and "Board of Directors of Bank
          // Rossiya"), or an abbreviation of it.
          if (ta == org && (starts || Abbreviates(x, y) || Abbreviates(y, x))) return true;
          if (ta == person && shorter.size() == 1 && longer.size() >= 2 &&
              (longer.front() == shorter[0] || longer.back() == shorter[0]))
            return true;
        }
      }
      return false;
    };
    std::vector<std::pair<size_t, size_t>> joins;
    // Organizations led by one person; persons leading one thing.
    for (const auto* groups : {&by_leader, &by_led}) {
      for (const auto& [cluster, members] : *groups) {
        for (auto a = members.begin(); a != members.end(); ++a) {
          for (auto b = std::next(a); b != members.end(); ++b) {
            if (fit(*a, *b)) joins.push_back({*a, *b});
          }
        }
      }
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  }
  // Stage 2: a weak name joins the clusters that hold it (as a label or as
  // a name) when every two of them have compatible labels (CompatibleNames);
  // decided on the clusters of stage 1 only, so the order does not matter.
  {
    std::map<std::string, std::set<size_t>> holders;  // key -> entities holding it
    for (size_t i = 0; i < count; ++i) {
      const std::string& type = set.type[i];
      // Only a name that fits the entity's own label: "EU" for the European
      // Commission is a wrong name, and joins nothing.
      std::set<std::string> fitting;
      for (const auto& n : weak[i]) {
        for (const auto& l : strong[i]) {
          if (CompatibleNames(n, l)) {
            fitting.insert(n);
            break;
          }
        }
      }
      for (const auto& key : EntityKeys(type, fitting, multi[i]))
        holders[type + "|" + key].insert(i);
    }
    std::unordered_map<size_t, std::set<std::string>> labels;  // cluster -> its strong names
    for (size_t i = 0; i < count; ++i)
      labels[uf.Find(i)].insert(strong[i].begin(), strong[i].end());
    auto compatible = [&](size_t a, size_t b) {
      for (const auto& x : labels[a]) {
        for (const auto& y : labels[b]) {
          if (CompatibleNames(x, y)) return true;
        }
      }
      return false;
    };
    std::vector<std::pair<size_t, size_t>> joins;
    for (const auto& [key, held] : holders) {
      std::set<size_t> clusters;
      for (size_t i : held) clusters.insert(uf.Find(i));
      if (auto it = by_key.find(key); it != by_key.end()) clusters.insert(uf.Find(it->second));
      if (clusters.size() < 2) continue;
      bool ok = true;
      for (auto a = clusters.begin(); ok && a != clusters.end(); ++a) {
        for (auto b = std::next(a); ok && b != clusters.end(); ++b) ok = compatible(*a, *b);
      }
      if (!ok) continue;
      for (size_t c : clusters) joins.push_back({*clusters.begin(), c});
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  }
  std::vector<size_t> cluster(count);
  for (size_t i = 0; i < count; ++i) cluster[i] = uf.Find(i);
  return cluster;
}

}  // namespace newskg::internal
