#include "graph/identity.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"
#include "graph/document_graph.h"
#include "graph/internal/event_resolve.h"
#include "graph/internal/resolve.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg {
namespace {

using internal::IdTriple;
using internal::kNoNode;
using internal::NodeId;
using internal::TripleTable;

const std::string kLabel = vocab::kRdfs + "label";
const std::string kAltLabel = vocab::kSkos + "altLabel";
const std::string kSameAs = vocab::kOwl + "sameAs";

const std::set<std::string>& EntityClasses() {
  static const std::set<std::string> k = {vocab::kNkg + "Person", vocab::kNkg + "Country",
                                          vocab::kNkg + "City", vocab::kNkg + "Place",
                                          vocab::kNkg + "Organization"};
  return k;
}

class UnionFind {
 public:
  size_t Add() {
    parent_.push_back(parent_.size());
    return parent_.size() - 1;
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

bool AllCaps(const std::string& s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// Fullest name first: more words, then longer, then the smaller string.
bool Fuller(const std::string& a, const std::string& b) {
  const size_t wa = SplitWords(a).size(), wb = SplitWords(b).size();
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

// Whether IRI `a` is kept over `b` for one entity of class `type`, by the
// IRIs alone: a country's ISO 3166 code ("entity/country/ru") first, then
// the fullest name (more words, then longer), then the smaller IRI.
bool KeptIri(const std::string& type, std::string_view a, std::string_view b) {
  auto last = [](std::string_view v) {
    const size_t slash = v.rfind('/');
    return slash == std::string_view::npos ? v : v.substr(slash + 1);
  };
  const std::string_view la = last(a), lb = last(b);
  if (type == vocab::kNkg + "Country") {
    auto code = [](std::string_view v) {
      return v.size() == 2 && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z';
    };
    if (code(la) != code(lb)) return code(la);
  }
  const auto words = [](std::string_view v) { return std::count(v.begin(), v.end(), '-'); };
  if (words(la) != words(lb)) return words(la) > words(lb);
  if (la.size() != lb.size()) return la.size() > lb.size();
  return a < b;
}

// The words of a name an acronym spells: its capitalized words, and the
// capitalized parts of hyphenated ones ("Agence France-Presse" -> Agence,
// France, Presse; "Tehreek-e-Insaf" -> Tehreek, Insaf); words in lower case
// ("of") spell nothing.
std::vector<std::string> SignificantWords(const std::string& name) {
  std::vector<std::string> out;
  for (const auto& w : SplitWords(name)) {
    size_t at = 0;
    for (size_t dash = 0; dash != std::string::npos; at = dash + 1) {
      dash = w.find('-', at);
      std::string part = w.substr(at, dash == std::string::npos ? std::string::npos : dash - at);
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') out.push_back(std::move(part));
    }
  }
  return out;
}

// The acronym a name would have: the first letter of each significant word,
// and every letter of a word in capitals ("UN Security Council" -> "UNSC",
// "US Navy" -> "USN", "World Health Organization" -> "WHO").
std::string Spelled(const std::string& name) {
  std::string out;
  for (const auto& w : SignificantWords(name)) {
    if (AllCaps(w)) {
      for (char c : w) {
        if (c >= 'A' && c <= 'Z') out += c;
      }
    } else {
      out += w[0];
    }
  }
  return out;
}

// A word written as an abbreviation: two or more letters, all capitals ("UN", "FC").
bool Abbreviation(const std::string& w) {
  return w.size() >= 2 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Whether `short_name` is `full` with one or more runs of its significant
// (capitalized) words written as their initials, the other words equal:
// "UNSC" and "UN Security Council" abbreviate "United Nations Security
// Council", "Chelsea FC" abbreviates "Chelsea Football Club", "FCDO"
// "Foreign, Commonwealth and Development Office"; "EU" does not abbreviate
// "European Commission", nor "NSC" "National Sports Council" when the other
// is "National Security Council" written out (two full names never join by
// their initials alone).
bool Abbreviates(const std::string& short_name, const std::string& full) {
  const std::vector<std::string> f = SignificantWords(full);
  if (f.size() < 2) return false;
  bool abbreviated = false;
  size_t j = 0;
  for (const auto& w : SignificantWords(short_name)) {
    if (j < f.size() && FoldName(w) == FoldName(f[j])) {
      ++j;
      continue;
    }
    if (!Abbreviation(w)) return false;
    // Each letter stands for a word; a word in capitals stands for itself.
    for (size_t k = 0; k < w.size(); ++j) {
      if (j >= f.size()) return false;
      if (Abbreviation(f[j])) {
        if (w.compare(k, f[j].size(), f[j]) != 0) return false;
        k += f[j].size();
      } else {
        if (f[j][0] != w[k]) return false;
        ++k;
      }
    }
    abbreviated = true;
  }
  return abbreviated && j == f.size();
}

// Whether a name holds an abbreviation, so that it may stand for a fuller name.
bool HasAbbreviation(const std::string& name) {
  for (const auto& w : SplitWords(name)) {
    if (Abbreviation(w)) return true;
  }
  return false;
}

// Identity keys of an entity from its type and some of its names; `multi`:
// some name of it has two words or more. Acronyms are matched apart (see
// Abbreviates), since initials alone join different things.
std::vector<std::string> EntityKeys(const std::string& type, const std::set<std::string>& names,
                                    bool multi) {
  std::vector<std::string> keys;
  const bool person = type == vocab::kNkg + "Person";
  const bool country = type == vocab::kNkg + "Country";
  for (const auto& n : names) {
    const std::string f = FoldName(n);
    if (f.empty()) continue;
    const size_t words = SplitWords(f).size();
    if (person) {
      if (words >= 2) {
        keys.push_back("N:" + f);
        keys.push_back("T:" + SkeletonKey(f));
      } else if (!multi) {
        keys.push_back("S:" + f);  // only ever named by one word
      }
      continue;
    }
    keys.push_back("N:" + f);
    // Transliteration variants of a name of several words ("Bank Rossia",
    // "Bank Rossiya"). Not for countries: ISO 3166 names them.
    if (words >= 2 && !country) keys.push_back("T:" + SkeletonKey(f));
  }
  return keys;
}

// Whether two names of one type can be one thing's: the same after folding,
// the words of one among the other's ("Islamabad High Court" and "Islamabad
// High Court CJ"), one abbreviating the other, or transliteration variants.
bool CompatibleNames(const std::string& a, const std::string& b) {
  const std::string fa = FoldName(a), fb = FoldName(b);
  if (fa == fb) return true;
  const auto wa = SplitWords(fa), wb = SplitWords(fb);
  // Words such as "the" and "of" come and go between one thing's names.
  auto within = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::all_of(x.begin(), x.end(), [&](const std::string& w) {
      return w == "the" || w == "of" || w == "and" || w == "for" ||
             std::find(y.begin(), y.end(), w) != y.end();
    });
  };
  if (within(wa, wb) || within(wb, wa)) return true;
  if (Abbreviates(a, b) || Abbreviates(b, a)) return true;
  return wa.size() >= 2 && wb.size() >= 2 && SkeletonKey(fa) == SkeletonKey(fb);
}

}  // namespace

namespace internal {

void ResolveIdentityInPlace(TripleTable& table) {
  auto loaded = EventIdentity::Default();
  const EventIdentity* identity = loaded.ok() ? loaded.value() : nullptr;
  auto iri = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return table.value(n).str(); };
  const NodeId type_p = iri(vocab::kType), label_p = iri(kLabel), alt_p = iri(kAltLabel),
               same_p = iri(kSameAs);
  std::unordered_set<NodeId> entity_classes;
  for (const auto& c : EntityClasses()) {
    if (NodeId n = iri(c); n != kNoNode) entity_classes.insert(n);
  }
  // Pass 1a: what is an entity: a node typed with an entity class, or one
  // an earlier merge made an alias (owl:sameAs) of an entity.
  std::unordered_map<NodeId, NodeId> entity_type;  // node -> class node
  auto& triples = table.triples();
  if (type_p != kNoNode) {
    for (const auto& t : triples) {
      if (t[1] != type_p || table.kind(t[0]) != TermKind::kIri) continue;
      if (entity_classes.count(t[2]) > 0) entity_type[t[0]] = t[2];
    }
  }
  std::vector<std::pair<NodeId, NodeId>> same;  // owl:sameAs between IRIs
  if (same_p != kNoNode) {
    for (const auto& t : triples) {
      if (t[1] == same_p && t[0] != t[2] && table.kind(t[0]) == TermKind::kIri &&
          table.kind(t[2]) == TermKind::kIri)
        same.push_back({t[0], t[2]});
    }
    std::sort(same.begin(), same.end());
    // An alias takes the type of what it is the same as (chains too).
    for (bool grew = true; grew;) {
      grew = false;
      for (const auto& [a, b] : same) {
        const bool ta = entity_type.count(a) > 0, tb = entity_type.count(b) > 0;
        if (ta == tb) continue;
        if (ta) {
          entity_type[b] = entity_type[a];
        } else {
          entity_type[a] = entity_type[b];
        }
        grew = true;
      }
    }
  }
  // Pass 1b: names of entities: each node's own rdfs:label, and all its names.
  std::unordered_map<NodeId, std::set<std::string>> names, own_labels;
  for (const auto& t : triples) {
    if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode) {
      if (table.kind(t[2]) == TermKind::kLiteral && entity_type.count(t[0]) > 0) {
        names[t[0]].insert(str(t[2]));
        if (t[1] == label_p) own_labels[t[0]].insert(str(t[2]));
      }
    }
  }
  // 2. Clusters: entities of one type sharing a key, or said to be the same.
  std::vector<NodeId> entities;
  entities.reserve(entity_type.size());
  for (const auto& [n, type] : entity_type) entities.push_back(n);
  std::sort(entities.begin(), entities.end(),
            [&](NodeId a, NodeId b) { return table.value(a) < table.value(b); });
  std::unordered_map<NodeId, size_t> position;
  for (size_t i = 0; i < entities.size(); ++i) position[entities[i]] = i;
  UnionFind uf;
  for (size_t i = 0; i < entities.size(); ++i) uf.Add();
  // An entity's rdfs:label (a function of its key) is strong evidence; a
  // skos:altLabel (a name as one article wrote it) is weak: a wrong one ("EU"
  // for the European Commission) must not join two things.
  static const std::set<std::string> kNoNames;
  std::vector<std::set<std::string>> strong(entities.size()), weak(entities.size());
  std::vector<bool> multi(entities.size(), false);
  for (size_t i = 0; i < entities.size(); ++i) {
    auto it = names.find(entities[i]);
    if (it == names.end()) continue;
    auto own = own_labels.find(entities[i]);
    for (const auto& n : it->second) {
      multi[i] = multi[i] || SplitWords(FoldName(n)).size() >= 2;
      // With no rdfs:label, every name counts as one.
      if (own == own_labels.end() || own->second.count(n) > 0) {
        strong[i].insert(n);
      } else {
        weak[i].insert(n);
      }
    }
  }
  // Stage 1: the same strong key.
  std::unordered_map<std::string, size_t> by_key;
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string type = str(entity_type[entities[i]]);
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
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string type = str(entity_type[entities[i]]);
    if (type == vocab::kNkg + "Person" || type == vocab::kNkg + "Country") continue;
    for (const auto& n : strong[i]) {
      if (const std::string a = Spelled(n); a.size() >= 2)
        by_initials[type + "|" + a].push_back({i, n});
    }
  }
  for (size_t i = 0; i < entities.size(); ++i) {
    const std::string type = str(entity_type[entities[i]]);
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
  std::set<std::pair<NodeId, NodeId>> joined_same;  // sameAs triples the clusters write again
  for (const auto& [a, b] : same) {
    auto ia = position.find(a), ib = position.find(b);
    if (ia == position.end() || ib == position.end() || entity_type[a] != entity_type[b]) continue;
    uf.Union(ia->second, ib->second);
    joined_same.insert({a, b});
  }
  // Stage 1, surnames: a person only ever named by one word ("Abramovich")
  // is the person of several words whose last word it is ("Roman
  // Abramovich"), when exactly one such person is in the merged set (not
  // "Khan" beside Imran Khan and Sadiq Khan); decided on the clusters so far.
  {
    const std::string person = vocab::kNkg + "Person";
    std::unordered_map<std::string, std::set<size_t>> by_surname;  // folded last word -> clusters
    std::vector<std::pair<size_t, std::string>> single;            // (entity, folded name)
    for (size_t i = 0; i < entities.size(); ++i) {
      if (str(entity_type[entities[i]]) != person) continue;
      for (const auto& n : strong[i]) {
        const auto words = SplitWords(FoldName(n));
        if (words.size() >= 2) {
          by_surname[words.back()].insert(uf.Find(i));
        } else if (words.size() == 1 && !multi[i]) {
          single.push_back({i, words.front()});
        }
      }
    }
    std::vector<std::pair<size_t, size_t>> joins;
    for (const auto& [i, name] : single) {
      auto it = by_surname.find(name);
      if (it != by_surname.end() && it->second.size() == 1)
        joins.push_back({i, *it->second.begin()});
    }
    for (const auto& [a, b] : joins) uf.Union(a, b);
  }
  // Stage 1, noise before a name: a person labelled "Chelsea FC Roman
  // Abramovich" is the person whose whole label ends it ("Roman
  // Abramovich"), two words or more, when one such person is in the set.
  {
    const std::string person = vocab::kNkg + "Person";
    std::unordered_map<std::string, std::set<size_t>> by_name;  // folded label -> clusters
    for (size_t i = 0; i < entities.size(); ++i) {
      if (str(entity_type[entities[i]]) != person) continue;
      for (const auto& n : strong[i]) {
        const std::string f = FoldName(n);
        if (SplitWords(f).size() >= 2) by_name[f].insert(uf.Find(i));
      }
    }
    std::vector<std::pair<size_t, size_t>> joins;
    for (size_t i = 0; i < entities.size(); ++i) {
      if (str(entity_type[entities[i]]) != person) continue;
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
  if (NodeId leader_p = iri(vocab::kNkg + "leaderOf"); leader_p != kNoNode) {
    std::map<std::pair<size_t, size_t>, bool> leads;  // (person cluster, led cluster)
    std::vector<std::pair<size_t, size_t>> led;       // (person entity, led entity)
    for (const auto& t : triples) {
      if (t[1] != leader_p) continue;
      auto a = position.find(t[0]), b = position.find(t[2]);
      if (a != position.end() && b != position.end()) led.push_back({a->second, b->second});
    }
    std::map<size_t, std::set<size_t>> by_led, by_leader;  // cluster -> entities
    for (const auto& [a, b] : led) {
      by_led[uf.Find(b)].insert(a);
      by_leader[uf.Find(a)].insert(b);
    }
    const std::string person = vocab::kNkg + "Person", org = vocab::kNkg + "Organization";
    // Compared cluster by cluster (all their labels), so that a merged
    // graph merged again decides the same.
    std::map<size_t, std::set<std::string>> cluster_labels;
    for (size_t i = 0; i < entities.size(); ++i)
      cluster_labels[uf.Find(i)].insert(strong[i].begin(), strong[i].end());
    auto fit = [&](size_t a, size_t b) {
      const std::string ta = str(entity_type[entities[a]]);
      if (ta != str(entity_type[entities[b]]) || uf.Find(a) == uf.Find(b)) return false;
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
    for (size_t i = 0; i < entities.size(); ++i) {
      const std::string type = str(entity_type[entities[i]]);
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
    for (size_t i = 0; i < entities.size(); ++i)
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
  // The IRI a cluster keeps: by the IRIs alone, so that it does not depend
  // on how the articles were grouped into merges.
  std::vector<size_t> root(entities.size());
  for (size_t i = 0; i < entities.size(); ++i) root[i] = i;
  for (size_t i = 0; i < entities.size(); ++i) {
    size_t& r = root[uf.Find(i)];
    if (KeptIri(str(entity_type[entities[i]]), str(entities[i]), str(entities[r]))) r = i;
  }
  std::vector<NodeId> remap(table.node_count());
  for (NodeId n = 0; n < remap.size(); ++n) remap[n] = n;
  std::unordered_map<NodeId, std::set<std::string>> cluster_names;  // root -> names
  std::unordered_map<NodeId, std::vector<NodeId>> aliases;          // root -> other members
  for (size_t i = 0; i < entities.size(); ++i) {
    const NodeId r = entities[root[uf.Find(i)]];
    remap[entities[i]] = r;
    if (r != entities[i]) aliases[r].push_back(entities[i]);
    auto& all = cluster_names[r];
    if (auto it = names.find(entities[i]); it != names.end())
      all.insert(it->second.begin(), it->second.end());
  }
  // Pass 2: every triple, rewritten; entity labels and the sameAs between
  // members of a cluster are written again below.
  size_t out = 0;
  for (size_t i = 0; i < triples.size(); ++i) {
    const IdTriple t = triples[i];
    if ((t[1] == label_p || t[1] == alt_p) && t[1] != kNoNode && entity_type.count(t[0]) > 0)
      continue;
    if (t[1] == same_p && same_p != kNoNode && joined_same.count({t[0], t[2]}) > 0) continue;
    triples[out++] = {remap[t[0]], t[1], remap[t[2]]};
  }
  triples.resize(out);
  remap = decltype(remap)();
  // 3. Events: mentions clustered by the classes' identity rule.
  if (identity != nullptr) ResolveEvents(table, entity_type, cluster_names, *identity);
  // 4. Names. Each IRI keeps the rdfs:label it was minted with (a function
  // of its key), so a store that loads the articles' graphs one by one sees
  // one label per IRI, as one that loads the merged graph does; the kept IRI
  // has every other name as skos:altLabel, and each other IRI of the
  // cluster says it is the same (owl:sameAs) as the kept one.
  const NodeId label = table.Intern(TermKind::kIri, kLabel);
  const NodeId alt = table.Intern(TermKind::kIri, kAltLabel);
  const NodeId same_as = table.Intern(TermKind::kIri, kSameAs);
  auto own_label = [&](NodeId n) -> std::string {
    auto it = own_labels.find(n);
    if (it == own_labels.end() || it->second.empty()) return "";
    std::vector<std::string> sorted(it->second.begin(), it->second.end());
    std::sort(sorted.begin(), sorted.end(), Fuller);
    return sorted.front();
  };
  for (const auto& [r, all] : cluster_names) {
    std::string kept = own_label(r);
    if (kept.empty() && !all.empty()) {
      std::vector<std::string> sorted(all.begin(), all.end());
      std::sort(sorted.begin(), sorted.end(), Fuller);
      kept = sorted.front();
    }
    if (!kept.empty()) table.Add(r, label, table.Intern(TermKind::kLiteral, kept));
    for (const auto& n : all) {
      if (n != kept) table.Add(r, alt, table.Intern(TermKind::kLiteral, n));
    }
    if (auto it = aliases.find(r); it != aliases.end()) {
      for (NodeId a : it->second) {
        table.Add(a, same_as, r);
        if (const std::string l = own_label(a); !l.empty())
          table.Add(a, label, table.Intern(TermKind::kLiteral, l));
      }
    }
  }
}

}  // namespace internal

Result<Graph> ResolveIdentity(const Graph& in) {
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  internal::TripleTable table;
  if (Status st = table.AddGraph(in); !st.ok()) return st;
  internal::ResolveIdentityInPlace(table);
  table.SortUnique();
  return table.ToGraph();
}

}  // namespace newskg
