#include "graph/identity.h"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>

#include "extract/internal/strings.h"
#include "graph/internal/name_fold.h"
#include "graph/vocabulary.h"

namespace newskg {
namespace {

using internal::FoldName;
using internal::Initials;  // from extract/internal/strings.h
using internal::SplitWords;

const std::string kLabel = vocab::kRdfs + "label";
const std::string kAltLabel = vocab::kSkos + "altLabel";

const std::set<std::string>& EntityClasses() {
  static const std::set<std::string> k = {vocab::kNkg + "Person", vocab::kNkg + "Country",
                                          vocab::kNkg + "City", vocab::kNkg + "Place",
                                          vocab::kNkg + "Organization"};
  return k;
}

const std::set<std::string>& EventClasses() {
  static const std::set<std::string> k = {
      vocab::kNkg + "Meeting",   vocab::kNkg + "Loan",    vocab::kNkg + "MilitaryExercise",
      vocab::kNkg + "Election",  vocab::kNkg + "Protest", vocab::kNkg + "Arrest",
      vocab::kNkg + "Statement", vocab::kNkg + "Sanction"};
  return k;
}

// The roles that define an event of each class.
const std::vector<std::string>& KeyRoles(const std::string& cls) {
  static const std::map<std::string, std::vector<std::string>> k = {
      {"Meeting", {"participant"}},
      {"MilitaryExercise", {"participant"}},
      {"Loan", {"lender", "borrower"}},
      {"Sanction", {"imposer", "target"}},
      {"Statement", {"speaker", "quote"}},
      {"Election", {"place", "date"}},
      {"Protest", {"date", "participantCount"}},
      {"Arrest", {"date", "count", "arrestee"}},
  };
  static const std::vector<std::string> none;
  auto it = k.find(cls);
  return it == k.end() ? none : it->second;
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

// Identity keys of an entity from its type and names.
std::vector<std::string> EntityKeys(const std::string& type, const std::set<std::string>& names) {
  std::vector<std::string> keys;
  const bool person = type == vocab::kNkg + "Person";
  bool multi = false;
  for (const auto& n : names) multi = multi || SplitWords(FoldName(n)).size() >= 2;
  for (const auto& n : names) {
    const std::string f = FoldName(n);
    if (f.empty()) continue;
    const size_t words = SplitWords(f).size();
    if (person) {
      if (words >= 2) {
        keys.push_back("N:" + f);
        keys.push_back("T:" + internal::SkeletonKey(f));
      } else if (!multi) {
        keys.push_back("S:" + f);  // only ever named by one word
      }
      continue;
    }
    keys.push_back("N:" + f);
    if (words >= 2 && Initials(n).size() >= 2) keys.push_back("A:" + Initials(n));
    if (words == 1 && AllCaps(n) && n.size() >= 2) keys.push_back("A:" + n);
  }
  return keys;
}

}  // namespace

Result<Graph> ResolveIdentity(const Graph& in) {
  // Pass 1: what is an entity or an event, the names, the defining roles
  // and the single-valued literals. The graph itself is not copied.
  std::map<std::string, std::string> entity_type;  // IRI -> class IRI
  std::map<std::string, std::set<std::string>> names;
  std::map<std::string, std::string> event_class;  // IRI -> local class name
  std::map<std::string, std::map<std::string, std::set<std::string>>>
      raw_roles;  // event -> role -> values
  const std::set<std::string> single = {vocab::kNkg + "quote", vocab::kNkg + "countQualifier"};
  std::map<std::pair<std::string, std::string>, std::set<std::string>> single_values;
  in.ForEach([&](const Triple& t) {
    if (t.s.kind != TermKind::kIri) return;
    if (t.p.value == vocab::kType) {
      if (EntityClasses().count(t.o.value) > 0) entity_type[t.s.value] = t.o.value;
      if (EventClasses().count(t.o.value) > 0)
        event_class[t.s.value] = t.o.value.substr(vocab::kNkg.size());
    } else if ((t.p.value == kLabel || t.p.value == kAltLabel) && t.o.kind == TermKind::kLiteral) {
      names[t.s.value].insert(t.o.value);  // kept for entities only, below
    } else if (t.p.value.compare(0, vocab::kNkg.size(), vocab::kNkg) == 0) {
      raw_roles[t.s.value][t.p.value.substr(vocab::kNkg.size())].insert(t.o.value);
      if (single.count(t.p.value) > 0) single_values[{t.s.value, t.p.value}].insert(t.o.value);
    }
  });
  // 2. Clusters: entities of one type sharing a key.
  std::vector<std::string> iris;
  std::unordered_map<std::string, size_t> index;
  UnionFind uf;
  for (const auto& [iri, type] : entity_type) {
    index[iri] = uf.Add();
    iris.push_back(iri);
  }
  std::unordered_map<std::string, size_t> by_key;
  for (const auto& [iri, type] : entity_type) {
    for (const auto& key : EntityKeys(type, names[iri])) {
      auto [it, fresh] = by_key.emplace(type + "|" + key, index[iri]);
      if (!fresh) uf.Union(it->second, index[iri]);
    }
  }
  // Union-find keeps the smallest index at the root; entity_type is ordered,
  // so the root is the cluster's smallest IRI.
  std::unordered_map<std::string, std::string> rep;
  std::map<std::string, std::set<std::string>> cluster_names;
  for (const auto& [iri, i] : index) {
    rep[iri] = iris[uf.Find(i)];
    cluster_names[rep[iri]].insert(names[iri].begin(), names[iri].end());
  }
  auto map_entity = [&](const std::string& v) -> const std::string& {
    auto it = rep.find(v);
    return it == rep.end() ? v : it->second;
  };
  // 3. Events: IRIs minted from class and defining roles (after entity identity).
  std::map<std::string, std::string> event_rep;
  for (const auto& [iri, cls] : event_class) {
    const size_t at = iri.find("event/");
    if (at == std::string::npos) continue;  // not minted by newskg: keep
    std::string key = cls;
    bool any = false;
    for (const auto& role : KeyRoles(cls)) {
      key += "|" + role + "=";
      std::set<std::string> values;
      for (const auto& v : raw_roles[iri][role])
        values.insert(role == "quote" ? FoldName(v) : map_entity(v));
      for (const auto& v : values) {
        key += v + ";";
        any = true;
      }
    }
    if (!any) continue;  // nothing defines it: it stays its own event
    std::string lower = cls;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    event_rep[iri] = iri.substr(0, at) + "event/" + lower + "-" + internal::Fnv1a64Hex(key);
  }
  auto map_event = [&](const Term& t) {
    if (t.kind != TermKind::kIri || event_rep.empty() ||
        t.value.find("event/") == std::string::npos)
      return t;
    auto it = event_rep.upper_bound(t.value);
    // The event itself, or a node under it ("<event>/amount-USD-1000").
    if (it != event_rep.begin()) {
      --it;
      if (t.value == it->first) return Term::Iri(it->second);
      if (t.value.size() > it->first.size() &&
          t.value.compare(0, it->first.size(), it->first) == 0 &&
          t.value[it->first.size()] == '/') {
        return Term::Iri(it->second + t.value.substr(it->first.size()));
      }
    }
    return t;
  };
  auto map_term = [&](const Term& t) {
    if (t.kind != TermKind::kIri) return t;
    auto it = rep.find(t.value);
    return it == rep.end() ? map_event(t) : Term::Iri(it->second);
  };
  // An event reported by several outlets keeps one value of each single-valued
  // property (a quote's wording, "at least" or "more than"): the longest,
  // then the smallest.
  std::map<std::pair<std::string, std::string>, std::string> kept;  // (event, property) -> value
  for (const auto& [key, values] : single_values) {
    const std::string ev = map_event(Term::Iri(key.first)).value;
    for (const auto& v : values) {
      auto [it, fresh] = kept.emplace(std::make_pair(ev, key.second), v);
      if (!fresh &&
          (v.size() > it->second.size() || (v.size() == it->second.size() && v < it->second))) {
        it->second = v;
      }
    }
  }
  // Pass 2: every triple, rewritten; entity labels are written again below.
  Graph out;
  Status status;
  in.ForEach([&](const Triple& t) {
    if (!status.ok()) return;
    if ((t.p.value == kLabel || t.p.value == kAltLabel) && rep.count(t.s.value) > 0) return;
    const Term s = map_term(t.s);
    if (single.count(t.p.value) > 0 && kept[{s.value, t.p.value}] != t.o.value) return;
    status = out.Add(s, t.p, map_term(t.o));
  });
  if (!status.ok()) return status;
  // 4. One label per entity: the fullest name; the others as alternatives.
  for (const auto& [iri, all] : cluster_names) {
    if (all.empty()) continue;
    std::vector<std::string> sorted(all.begin(), all.end());
    std::sort(sorted.begin(), sorted.end(), Fuller);
    if (Status s = out.Add(Term::Iri(iri), Term::Iri(kLabel), Term::Literal(sorted.front()));
        !s.ok())
      return s;
    for (size_t i = 1; i < sorted.size(); ++i) {
      if (Status s = out.Add(Term::Iri(iri), Term::Iri(kAltLabel), Term::Literal(sorted[i]));
          !s.ok())
        return s;
    }
  }
  return out;
}

}  // namespace newskg
