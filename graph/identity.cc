#include "graph/identity.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"
#include "graph/document_graph.h"
#include "graph/internal/event_coref.h"
#include "graph/internal/resolve.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg {
namespace {

using internal::EntityFacts;
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

// The event classes of the schema (extract/data/events/classes.tsv), as IRIs,
// and the properties their counts are written as.
std::set<std::string> EventClasses() {
  std::set<std::string> out;
  if (auto classes = EventClassTable::Default(); classes.ok()) {
    for (const auto& c : classes.value()->classes()) out.insert(vocab::kNkg + c.name);
  }
  return out;
}

std::set<std::string> CountProperties() {
  std::set<std::string> out;
  if (auto classes = EventClassTable::Default(); classes.ok()) {
    for (const auto& c : classes.value()->classes()) out.insert(vocab::kNkg + c.count_property);
  }
  return out;
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

const std::string kMention = vocab::kNkg + "mention";
const std::string kEventMention = vocab::kNkg + "EventMention";
const std::string kEventClass = vocab::kNkg + "eventClass";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Longer first, then the smaller string: which of several values one event keeps.
bool Preferred(std::string_view a, std::string_view b) {
  return a.size() != b.size() ? a.size() > b.size() : a < b;
}

// Event coreference over the triples, after entity identity. A mention is
// what one article says of one event: a node typed with an event class and
// minted by newskg, or a nkg:EventMention kept by an earlier merge. Events
// made by an earlier merge (the subjects of nkg:mention) are dropped and
// made again from all mentions, so the result depends only on the mentions.
// A cluster of one mention stays that node, typed with its class; a larger
// one gets a node of its own holding the union of the mentions' compatible
// values and a nkg:mention to each, and the mentions become nkg:EventMention
// with nkg:eventClass, keeping their own roles, date, place, attribution,
// article and evidence.
void ResolveEvents(TripleTable& table, const std::unordered_map<NodeId, NodeId>& entity_type,
                   const std::unordered_map<NodeId, std::set<std::string>>& cluster_names,
                   const EventIdentity& identity) {
  auto find = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return std::string(table.value(n)); };
  const NodeId type_p = find(vocab::kType);
  if (type_p == kNoNode) return;
  std::unordered_map<NodeId, std::string> event_classes;  // class node -> local name
  for (const auto& c : EventClasses()) {
    if (NodeId n = find(c); n != kNoNode) event_classes[n] = c.substr(vocab::kNkg.size());
  }
  const NodeId mention_class = find(kEventMention), mention_p = find(kMention),
               class_p = find(kEventClass);
  auto& triples = table.triples();
  // Per node, one byte of flags and the class of an event or mention (as
  // a node), in arrays over the nodes: no map entry per mention.
  enum : uint8_t { kTypedMention = 1, kCanonical = 2, kMadeKnown = 4, kMadeBefore = 8 };
  std::vector<uint8_t> flags(table.node_count(), 0);
  std::vector<NodeId> cls(table.node_count(), kNoNode);  // event or mention -> class node
  bool any_canonical = false;
  for (const auto& t : triples) {
    if (t[1] == type_p) {
      if (event_classes.count(t[2]) > 0) cls[t[0]] = t[2];
      if (t[2] == mention_class && mention_class != kNoNode) flags[t[0]] |= kTypedMention;
    } else if (t[1] == mention_p && mention_p != kNoNode) {
      flags[t[0]] |= kCanonical;
      any_canonical = true;
    }
  }
  if (class_p != kNoNode) {
    for (const auto& t : triples) {
      if (t[1] != class_p || (flags[t[0]] & kTypedMention) == 0) continue;
      if (event_classes.count(t[2]) > 0) cls[t[0]] = t[2];
    }
  }
  std::vector<NodeId> mentions;
  for (NodeId n = 0; n < cls.size(); ++n) {
    if (cls[n] == kNoNode) continue;
    if ((flags[n] & kCanonical) != 0 || table.kind(n) != TermKind::kIri) continue;
    if (table.value(n).find("event/") == std::string_view::npos) continue;  // not newskg's
    mentions.push_back(n);
  }
  if (mentions.empty() && !any_canonical) return;
  std::sort(mentions.begin(), mentions.end(),
            [&](NodeId a, NodeId b) { return table.value(a) < table.value(b); });
  constexpr uint32_t kNotMention = 0xFFFFFFFFu;
  std::vector<uint32_t> index(table.node_count(), kNotMention);  // node -> mention
  for (size_t i = 0; i < mentions.size(); ++i) index[mentions[i]] = static_cast<uint32_t>(i);
  auto mention_of = [&](NodeId n) { return n < index.size() ? index[n] : kNotMention; };
  const NodeId value_p = find(vocab::kSchema + "value"),
               currency_p = find(vocab::kSchema + "currency"),
               leader_p = find(vocab::kNkg + "leaderOf"), date_p = find(vocab::kNkg + "date"),
               amount_p = find(vocab::kNkg + "amount"),
               quote_p = find(vocab::kNkg + "quote"),
               qualifier_p = find(vocab::kNkg + "countQualifier"),
               attribution_p = find(vocab::kNkg + "attribution"),
               derived_p = find(vocab::kProv + "wasDerivedFrom");
  std::unordered_set<NodeId> count_ps;
  for (const auto& c : CountProperties()) {
    if (NodeId n = find(c); n != kNoNode) count_ps.insert(n);
  }
  std::unordered_map<NodeId, NodeId> amount_value, amount_currency;
  std::unordered_map<NodeId, std::vector<NodeId>> leads;
  for (const auto& t : triples) {
    if (t[1] == kNoNode) continue;
    if (t[1] == value_p) amount_value[t[0]] = t[2];
    if (t[1] == currency_p) amount_currency[t[0]] = t[2];
    if (t[1] == leader_p && entity_type.count(t[0]) > 0 && entity_type.count(t[2]) > 0)
      leads[t[0]].push_back(t[2]);
  }
  // What is said of each mention (but its type and class): those triples,
  // moved to the front of the table (its order does not matter: it is
  // sorted before writing), by mention, predicate and object, each once;
  // no copy. said(i): the range of mention i's, as indices, since the table
  // grows while they are read.
  auto said_by = [&](const IdTriple& t) {
    const uint32_t m = mention_of(t[0]);
    return t[1] != kNoNode && t[1] != type_p && t[1] != class_p ? m : kNotMention;
  };
  const auto said_end = std::partition(triples.begin(), triples.end(), [&](const IdTriple& t) {
    return said_by(t) != kNotMention;
  });
  std::sort(triples.begin(), said_end, [&](const IdTriple& a, const IdTriple& b) {
    const uint32_t ma = index[a[0]], mb = index[b[0]];
    if (ma != mb) return ma < mb;
    return a[1] != b[1] ? a[1] < b[1] : a[2] < b[2];
  });
  const auto unique_end = std::unique(triples.begin(), said_end);
  const auto said_size = static_cast<size_t>(unique_end - triples.begin());
  triples.erase(unique_end, said_end);
  std::vector<size_t> said_start(mentions.size() + 1, 0);
  for (size_t k = 0; k < said_size; ++k) ++said_start[index[triples[k][0]] + 1];
  for (size_t i = 1; i < said_start.size(); ++i) said_start[i] += said_start[i - 1];
  struct Range {
    size_t first, last;
  };
  auto said = [&](size_t i) { return Range{said_start[i], said_start[i + 1]}; };
  // What each mention says, as ids: role names and classes by small ids,
  // each distinct quote folded once.
  internal::EventMentions facts;
  {
    size_t roles = 0, dates = 0, amounts = 0, articles = 0;
    for (size_t k = 0; k < said_size; ++k) {
      const NodeId p = triples[k][1];
      roles += entity_type.count(triples[k][2]) > 0 ? 1 : 0;
      dates += p == date_p ? 1 : 0;
      amounts += p == amount_p ? 1 : 0;
      articles += p == derived_p ? 1 : 0;
    }
    facts.Reserve(mentions.size(), roles, dates, amounts, articles);
  }
  std::unordered_map<NodeId, uint32_t> role_ids, class_ids, quote_ids;  // node -> id
  std::unordered_map<std::string_view, uint32_t> article_ids;          // article IRI -> id
  for (size_t i = 0; i < mentions.size(); ++i) {
    const NodeId class_node = cls[mentions[i]];
    auto [ci, fresh_class] = class_ids.emplace(class_node, 0);
    if (fresh_class) ci->second = facts.ClassId(event_classes.at(class_node));
    facts.Begin(ci->second);
    for (size_t k = said(i).first; k < said(i).last; ++k) {
      const NodeId p = triples[k][1], o = triples[k][2];
      const std::string_view pv = table.value(p);
      if (entity_type.count(o) > 0 && pv.substr(0, vocab::kNkg.size()) == vocab::kNkg) {
        auto [ri, fresh] = role_ids.emplace(p, 0);
        if (fresh) ri->second = facts.RoleId(pv.substr(vocab::kNkg.size()));
        facts.AddRole(ri->second, o);
      } else if (p == date_p) {
        facts.AddDate(table.value(o));
      } else if (p == amount_p) {
        auto v = amount_value.find(o);
        auto c = amount_currency.find(o);
        if (v != amount_value.end() && c != amount_currency.end())
          facts.AddAmount(table.value(c->second), std::strtod(str(v->second).c_str(), nullptr));
      } else if (count_ps.count(p) > 0) {
        facts.SetCount(std::strtod(str(o).c_str(), nullptr));
      } else if (p == quote_p) {
        auto [qi, fresh] = quote_ids.emplace(o, 0);
        if (fresh) qi->second = facts.QuoteId(FoldName(str(o)));
        facts.SetQuote(qi->second);
      } else if (p == derived_p) {
        const auto [ai, fresh] =
            article_ids.emplace(table.value(o), static_cast<uint32_t>(article_ids.size()));
        facts.AddArticle(ai->second);
      }
    }
  }
  facts.Finish();
  quote_ids = {};
  article_ids = {};
  cls = {};
  // Metonymy and places: a leader stands for what he leads, a capital for its state.
  const NodeId city = find(vocab::kNkg + "City"), country = find(vocab::kNkg + "Country");
  std::unordered_map<std::string, NodeId> country_by_name;
  std::unordered_set<std::string> ambiguous;
  for (const auto& [root, all] : cluster_names) {
    auto t = entity_type.find(root);
    if (t == entity_type.end() || t->second != country) continue;
    for (const auto& n : all) {
      auto [it, fresh] = country_by_name.emplace(FoldName(n), root);
      if (!fresh && it->second != root) ambiguous.insert(it->first);
    }
  }
  for (const auto& n : ambiguous) country_by_name.erase(n);
  std::unordered_map<NodeId, NodeId> capital_of;
  for (const auto& [root, all] : cluster_names) {
    auto t = entity_type.find(root);
    if (t == entity_type.end() || t->second != city) continue;
    for (const auto& n : all) {
      const std::string* c = identity.CapitalOf(n);
      if (c == nullptr) continue;
      if (auto it = country_by_name.find(FoldName(*c)); it != country_by_name.end()) {
        capital_of[root] = it->second;
        break;
      }
    }
  }
  EntityFacts entity_facts;
  entity_facts.stands_for = [&](uint32_t e) {
    std::vector<uint32_t> out;
    if (auto it = leads.find(e); it != leads.end()) out = it->second;
    if (auto it = capital_of.find(e); it != capital_of.end()) out.push_back(it->second);
    return out;
  };
  entity_facts.places_conflict = [&](uint32_t a, uint32_t b) {
    auto cap = [&](uint32_t x) {
      auto it = capital_of.find(x);
      return it == capital_of.end() ? kNoNode : it->second;
    };
    if (a == b || cap(a) == b || cap(b) == a) return false;
    auto type = [&](uint32_t x) {
      auto it = entity_type.find(x);
      return it == entity_type.end() ? kNoNode : it->second;
    };
    if (type(a) == type(b)) return true;
    // A capital and a country it is not the capital of.
    return (type(a) == country && cap(b) != kNoNode) || (type(b) == country && cap(a) != kNoNode);
  };
  const auto clusters = ClusterEventMentions(facts, identity, entity_facts);
  // The class of each cluster; then the mentions' records go.
  std::vector<std::string> class_names;
  for (uint32_t c = 0; c < facts.class_count(); ++c) class_names.emplace_back(facts.class_name(c));
  std::vector<uint32_t> cluster_class(clusters.size());
  for (size_t c = 0; c < clusters.size(); ++c) cluster_class[c] = facts.cls(clusters[c].front());
  facts = internal::EventMentions();
  // Drop what an earlier merge made, and the mentions' types; write them again.
  std::unordered_set<std::string> canonical_iris;
  if (any_canonical) {
    for (NodeId n = 0; n < flags.size(); ++n) {
      if ((flags[n] & kCanonical) != 0) canonical_iris.insert(str(n));
    }
  }
  auto made_before = [&](NodeId s) {
    if (!any_canonical) return false;
    uint8_t& f = flags[s];
    if ((f & kMadeKnown) == 0) {
      const std::string_view v = table.value(s);
      const size_t slash = v.rfind('/');
      const bool made = (f & kCanonical) != 0 ||
                        (table.kind(s) == TermKind::kIri && slash != std::string_view::npos &&
                         canonical_iris.count(std::string(v.substr(0, slash))) > 0);
      f |= kMadeKnown | (made ? kMadeBefore : 0);
    }
    return (f & kMadeBefore) != 0;
  };
  // Drop what an earlier merge made, and the mentions' types (written
  // again below); of what is said of the mentions, after it is read.
  auto dropped = [&](const IdTriple& t) {
    return made_before(t[0]) || (mention_of(t[0]) != kNotMention &&
                                 (t[1] == type_p || (t[1] == class_p && class_p != kNoNode)));
  };
  {
    size_t out = said_size;
    for (size_t i = said_size; i < triples.size(); ++i) {
      if (!dropped(triples[i])) triples[out++] = triples[i];
    }
    triples.resize(out);
  }
  const NodeId type = table.Intern(TermKind::kIri, vocab::kType);
  for (size_t ci = 0; ci < clusters.size(); ++ci) {
    const auto c = clusters[ci];
    const std::string& cl = class_names[cluster_class[ci]];
    const NodeId class_node = table.Intern(TermKind::kIri, vocab::kNkg + cl);
    if (c.size() == 1) {
      table.Add(mentions[c.front()], type, class_node);
      continue;
    }
    std::string key = cl;
    for (size_t i : c) key.append("\n").append(table.value(mentions[i]));
    const std::string first(table.value(mentions[c.front()]));
    const std::string iri =
        first.substr(0, first.find("event/")) + "event/" + Lower(cl) + "-" + Fnv1a64Hex(key);
    const NodeId ev = table.Intern(TermKind::kIri, iri);
    const NodeId mention_pred = table.Intern(TermKind::kIri, kMention);
    const NodeId mention_type = table.Intern(TermKind::kIri, kEventMention);
    const NodeId class_pred = table.Intern(TermKind::kIri, kEventClass);
    table.Add(ev, type, class_node);
    // The union of the mentions' values; one date, count and quote.
    std::map<NodeId, std::set<NodeId>> roles;  // entity roles
    std::set<NodeId> plain;                    // articles, evidence, ...
    std::set<std::pair<NodeId, NodeId>> amounts;
    NodeId date = kNoNode, quote = kNoNode, attribution = kNoNode;
    std::pair<double, NodeId> count{-1, kNoNode};
    NodeId count_pred = kNoNode;
    std::vector<size_t> counted;  // mentions that state the kept count
    for (size_t i : c) {
      table.Add(ev, mention_pred, mentions[i]);
      table.Add(mentions[i], type, mention_type);
      table.Add(mentions[i], class_pred, class_node);
      for (size_t k = said(i).first; k < said(i).last; ++k) {
        const NodeId p = triples[k][1], o = triples[k][2];
        if (entity_type.count(o) > 0) {
          roles[p].insert(o);
        } else if (p == date_p) {
          if (date == kNoNode || Preferred(table.value(o), table.value(date))) date = o;
        } else if (p == quote_p) {
          if (quote == kNoNode || Preferred(table.value(o), table.value(quote))) quote = o;
        } else if (p == attribution_p) {
          if (attribution == kNoNode || table.value(o) == "asserted") attribution = o;
        } else if (count_ps.count(p) > 0) {
          const double v = std::strtod(str(o).c_str(), nullptr);
          if (v > count.first) {
            count = {v, o};
            count_pred = p;
            counted.clear();
          }
          if (o == count.second) counted.push_back(i);
        } else if (p == amount_p) {
          auto v = amount_value.find(o);
          auto cur = amount_currency.find(o);
          if (v != amount_value.end() && cur != amount_currency.end())
            amounts.insert({cur->second, v->second});
        } else if (p != qualifier_p && table.kind(o) != TermKind::kLiteral) {
          plain.insert(p);  // marks the predicate; objects added below
        }
      }
    }
    for (size_t i : c) {
      for (size_t k = said(i).first; k < said(i).last; ++k) {
        const NodeId p = triples[k][1], o = triples[k][2];  // copies: Add may move the triples
        if (plain.count(p) > 0 && entity_type.count(o) == 0 && p != amount_p) table.Add(ev, p, o);
      }
    }
    const std::string participant = vocab::kNkg + "participant";
    // One place: the mentions' places are compatible (one inside the other,
    // or not known to differ), so the finest stands: not a country when
    // another place is named, then the one most mentions name, then the
    // smaller IRI.
    const NodeId place_p = find(vocab::kNkg + "place");
    if (auto it = roles.find(place_p);
        place_p != kNoNode && it != roles.end() && it->second.size() > 1) {
      auto rank = [&](NodeId o) {
        size_t named = 0;
        for (size_t i : c) {
          for (size_t k = said(i).first; k < said(i).last; ++k)
            named += (triples[k][1] == place_p && triples[k][2] == o) ? 1 : 0;
        }
        auto t = entity_type.find(o);
        const bool state = t != entity_type.end() && t->second == country;
        return std::make_tuple(state, -static_cast<long>(named), table.value(o));
      };
      NodeId best = *it->second.begin();
      for (NodeId o : it->second) {
        if (rank(o) < rank(best)) best = o;
      }
      it->second = {best};
    }
    for (const auto& [p, values] : roles) {
      for (NodeId o : values) {
        // One side named by its leader and by its state: the state stands.
        bool led_other = false;
        if (table.value(p) != participant) {
          if (auto it = leads.find(o); it != leads.end()) {
            for (NodeId x : it->second) led_other = led_other || (x != o && values.count(x) > 0);
          }
        }
        if (!led_other) table.Add(ev, p, o);
      }
    }
    if (date != kNoNode) table.Add(ev, date_p, date);
    if (quote != kNoNode) table.Add(ev, quote_p, quote);
    if (attribution != kNoNode) table.Add(ev, attribution_p, attribution);
    if (count.second != kNoNode) {
      table.Add(ev, count_pred, count.second);
      NodeId qualifier = kNoNode;
      for (size_t i : counted) {
        for (size_t k = said(i).first; k < said(i).last; ++k) {
          const NodeId p = triples[k][1], o = triples[k][2];
          if (p == qualifier_p &&
              (qualifier == kNoNode || Preferred(table.value(o), table.value(qualifier))))
            qualifier = o;
        }
      }
      if (qualifier != kNoNode) table.Add(ev, qualifier_p, qualifier);
    }
    const NodeId money = table.Intern(TermKind::kIri, vocab::kSchema + "MonetaryAmount");
    for (const auto& [cur, value] : amounts) {
      const NodeId a = table.Intern(TermKind::kIri, iri + "/amount-" + PercentEncode(str(cur)) +
                                                        "-" + PercentEncode(str(value)));
      table.Add(ev, amount_p, a);
      table.Add(a, type, money);
      table.Add(a, value_p, value);
      table.Add(a, currency_p, cur);
    }
  }
  if (any_canonical) {
    size_t out = 0;
    for (size_t i = 0; i < triples.size(); ++i) {
      if (i >= said_size || !dropped(triples[i])) triples[out++] = triples[i];
    }
    triples.resize(out);
  }
}
}  // namespace

namespace internal {

void ResolveIdentityInPlace(TripleTable& table) {
  auto loaded = EventIdentity::Default();
  const EventIdentity* identity = loaded.ok() ? loaded.value() : nullptr;
  auto iri = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return std::string(table.value(n)); };
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
    if (KeptIri(str(entity_type[entities[i]]), table.value(entities[i]), table.value(entities[r])))
      r = i;
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
  remap = {};
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
