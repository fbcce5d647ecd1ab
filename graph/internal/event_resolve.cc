#include "graph/internal/event_resolve.h"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "base/base.h"
#include "graph/document_graph.h"
#include "graph/internal/event_coref.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg::internal {
namespace {

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

const std::string kMention = vocab::kNkg + "mention";
const std::string kEventMention = vocab::kNkg + "EventMention";
const std::string kEventClass = vocab::kNkg + "eventClass";

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Longer first, then the smaller string: which of several values one event keeps.
bool Preferred(const TermText& a, const TermText& b) {
  return a.size() != b.size() ? a.size() > b.size() : a < b;
}

// Of a single-valued predicate's values, `kept` becomes `o` when none is
// kept yet or `o` is preferred.
void KeepPreferred(const TripleTable& table, NodeId o, NodeId& kept) {
  if (kept == kNoNode || Preferred(table.value(o), table.value(kept))) kept = o;
}

// (node, object) pairs in the table's order made a lookup by node: sorted
// by node, the last pair of each node kept (as assigning to a map would).
void KeepLast(std::vector<std::pair<NodeId, NodeId>>& v) {
  std::stable_sort(v.begin(), v.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  size_t out = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i + 1 == v.size() || v[i + 1].first != v[i].first) v[out++] = v[i];
  }
  v.resize(out);
  v.shrink_to_fit();
}

// The object KeepLast kept for `n`, else kNoNode.
NodeId Lookup(const std::vector<std::pair<NodeId, NodeId>>& v, NodeId n) {
  auto it = std::lower_bound(v.begin(), v.end(), std::make_pair(n, NodeId{0}));
  return it != v.end() && it->first == n ? it->second : kNoNode;
}

}  // namespace

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
                   const EventIdentity& identity, const TripleTable::NodeOrder* order) {
  auto find = [&](const std::string& v) { return table.Find(TermKind::kIri, v); };
  auto str = [&](NodeId n) { return table.value(n).str(); };
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
  std::vector<bool> event_class(table.node_count(), false);  // read per type triple
  for (const auto& [n, name] : event_classes) event_class[n] = true;
  std::vector<NodeId> cls(table.node_count(), kNoNode);  // event or mention -> class node
  bool any_canonical = false;
  triples.ForEachOf({type_p, mention_p}, [&](const IdTriple& t) {
    if (t[1] == type_p) {
      if (event_class[t[2]]) cls[t[0]] = t[2];
      if (t[2] == mention_class && mention_class != kNoNode) flags[t[0]] |= kTypedMention;
    } else if (t[1] == mention_p && mention_p != kNoNode) {
      flags[t[0]] |= kCanonical;
      any_canonical = true;
    }
  });
  if (class_p != kNoNode) {
    triples.ForEachOf({class_p}, [&](const IdTriple& t) {
      if (t[1] != class_p || (flags[t[0]] & kTypedMention) == 0) return;
      if (event_class[t[2]]) cls[t[0]] = t[2];
    });
  }
  std::vector<NodeId> mentions;
  for (NodeId n = 0; n < cls.size(); ++n) {
    if (cls[n] == kNoNode) continue;
    if ((flags[n] & kCanonical) != 0 || table.kind(n) != TermKind::kIri) continue;
    // Not newskg's. ("event/" ends in a '/': when the suffix holds none, as
    // after a prefix, it is in the prefix if anywhere; no string per node.)
    const TermText v = table.value(n);
    if ((v.tail.find('/') == std::string_view::npos ? v.head.find("event/")
                                                    : v.str().find("event/")) == std::string::npos)
      continue;
    mentions.push_back(n);
  }
  if (mentions.empty() && !any_canonical) return;
  mentions.shrink_to_fit();
  table.SortIris(mentions, table.threads(), order);
  // Each mention's class; the arrays over the nodes go (the flags stay
  // when what an earlier merge made is dropped below), before the
  // mentions' facts are held.
  std::vector<NodeId> mention_cls(mentions.size());
  for (size_t i = 0; i < mentions.size(); ++i) mention_cls[i] = cls[mentions[i]];
  cls = decltype(cls)();
  event_class = decltype(event_class)();
  if (!any_canonical) flags = decltype(flags)();
  constexpr uint32_t kNotMention = 0xFFFFFFFFu;
  std::vector<uint32_t> index(table.node_count(), kNotMention);  // node -> mention
  for (size_t i = 0; i < mentions.size(); ++i) index[mentions[i]] = static_cast<uint32_t>(i);
  auto mention_of = [&](NodeId n) { return n < index.size() ? index[n] : kNotMention; };
  const NodeId value_p = find(vocab::kSchema + "value"),
               currency_p = find(vocab::kSchema + "currency"),
               leader_p = find(vocab::kNkg + "leaderOf"), date_p = find(vocab::kNkg + "date"),
               amount_p = find(vocab::kNkg + "amount"), quote_p = find(vocab::kNkg + "quote"),
               qualifier_p = find(vocab::kNkg + "countQualifier"),
               described_p = find(vocab::kNkg + "speakerDescription"),
               attribution_p = find(vocab::kNkg + "attribution"),
               derived_p = find(vocab::kProv + "wasDerivedFrom");
  std::unordered_set<NodeId> count_ps;
  for (const auto& c : CountProperties()) {
    if (NodeId n = find(c); n != kNoNode) count_ps.insert(n);
  }
  const NodeId city = find(vocab::kNkg + "City"), country = find(vocab::kNkg + "Country");
  // Whether a node is an entity, read for every statement of a mention:
  // by id, not by hashing (the nodes added below are none).
  std::vector<bool> entity(table.node_count(), false);
  for (const auto& [n, type] : entity_type) entity[n] = true;
  auto is_entity = [&entity](NodeId n) { return n < entity.size() && entity[n]; };
  // Each amount's value and currency (schema:value, schema:currency).
  std::vector<std::pair<NodeId, NodeId>> amount_value, amount_currency;
  std::unordered_map<NodeId, std::vector<NodeId>> leads;
  triples.ForEachOf({value_p, currency_p, leader_p}, [&](const IdTriple& t) {
    if (t[1] == kNoNode) return;
    if (t[1] == value_p) amount_value.push_back({t[0], t[2]});
    if (t[1] == currency_p) amount_currency.push_back({t[0], t[2]});
    if (t[1] == leader_p && is_entity(t[0]) && is_entity(t[2])) leads[t[0]].push_back(t[2]);
  });
  KeepLast(amount_value);
  KeepLast(amount_currency);
  // What is said of each mention (but its type and class): those triples,
  // moved to the front of the table (its order does not matter: it is
  // sorted before writing), by mention, then predicate and object, each once;
  // no copy. said(i): the range of mention i's, as indices, since the table
  // grows while they are read.
  auto said_by = [&](const IdTriple& t) {
    const uint32_t m = mention_of(t[0]);
    return t[1] != kNoNode && t[1] != type_p && t[1] != class_p ? m : kNotMention;
  };
  // Sorted as packed triples with the mention's index in the subject's
  // place, then made triples again: a mention's triples come by predicate
  // index, not id, which changes only the order between different
  // predicates (what is read below does not depend on it: one count
  // property a class).
  const size_t said_size = triples.WithPacked([&](auto* packed, auto* end) {
    auto* const said_end = std::partition(packed, end, [&](const auto& r) {
      return said_by(triples.Unpack(r.key())) != kNotMention;
    });
    for (auto* r = packed; r != said_end; ++r) {
      const uint64_t k = r->key();
      const IdTriple t = triples.Unpack(k);
      r->set(triples.PackFields(index[t[0]], triples.Predicate(k), t[2]));
    }
    RadixSort(packed, said_end);
    const auto size = static_cast<size_t>(std::unique(packed, said_end) - packed);
    for (auto* r = packed; r != packed + size; ++r) {
      const uint64_t k = r->key();
      const IdTriple t = triples.Unpack(k);
      r->set(triples.PackFields(mentions[t[0]], triples.Predicate(k), t[2]));
    }
    // The duplicates' places take the last triples (the order does not matter).
    const auto said = static_cast<size_t>(said_end - packed),
               all = static_cast<size_t>(end - packed);
    const size_t gap = said - size, moved = std::min(gap, all - said);
    std::copy(end - moved, end, packed + size);
    triples.resize(all - gap);
    return size;
  });
  if (said_size >= UINT32_MAX) throw std::length_error(kTooLarge);
  std::vector<uint32_t> said_start(mentions.size() + 1, 0);  // 4 bytes a mention
  for (size_t k = 0; k < said_size; ++k) ++said_start[index[triples[k][0]] + 1];
  for (size_t i = 1; i < said_start.size(); ++i) said_start[i] += said_start[i - 1];
  struct Range {
    size_t first, last;
  };
  auto said = [&](size_t i) { return Range{said_start[i], said_start[i + 1]}; };
  // Drop what an earlier merge made, and the mentions' types; write them again.
  std::unordered_set<std::string> canonical_iris;
  if (any_canonical) {
    for (NodeId n = 0; n < flags.size(); ++n) {
      if ((flags[n] & kCanonical) != 0) canonical_iris.insert(str(n));
    }
  }
  // Whether an IRI's text up to its last '/' is a canonical IRI: mostly
  // that is its prefix's text (the suffix has no '/'), found once per
  // prefix (by where the table keeps its text), not a string per node.
  std::unordered_map<const char*, bool> under_canonical;  // by prefix text
  auto is_under_canonical = [&](const TermText& v) {
    if (const size_t slash = v.tail.rfind('/'); slash != std::string_view::npos) {
      std::string dir(v.head);
      dir.append(v.tail.substr(0, slash));
      return canonical_iris.count(dir) > 0;
    }
    const size_t slash = v.head.rfind('/');
    if (slash == std::string_view::npos) return false;
    auto [it, fresh] = under_canonical.emplace(v.head.data(), false);
    if (fresh) it->second = canonical_iris.count(std::string(v.head.substr(0, slash))) > 0;
    return it->second;
  };
  auto made_before = [&](NodeId s) {
    if (!any_canonical) return false;
    uint8_t& f = flags[s];
    if ((f & kMadeKnown) == 0) {
      // (With no canonical IRI left, as below the drop, only the flag.)
      const bool made =
          (f & kCanonical) != 0 || (table.kind(s) == TermKind::kIri && !canonical_iris.empty() &&
                                    is_under_canonical(table.value(s)));
      f |= kMadeKnown | (made ? kMadeBefore : 0);
    }
    return (f & kMadeBefore) != 0;
  };
  // Drop what an earlier merge made, and the mentions' types (written
  // again below); of what is said of the mentions, after the events are
  // made (the rest is dropped now, before the mentions' facts are held).
  auto dropped = [&](const IdTriple& t) {
    return made_before(t[0]) || ((t[1] == type_p || (t[1] == class_p && class_p != kNoNode)) &&
                                 mention_of(t[0]) != kNotMention);
  };
  triples.resize(triples.WithPacked([&](auto* packed, auto* end) {
    auto* out = packed + said_size;
    for (auto* r = out; r != end; ++r) {
      if (!dropped(triples.Unpack(r->key()))) *out++ = *r;
    }
    return static_cast<size_t>(out - packed);
  }));
  // The mention indices stay only when what an earlier merge made is
  // dropped at the end (freed: `x = {}` would keep a vector's buffer).
  if (!any_canonical) index = decltype(index)();
  canonical_iris = decltype(canonical_iris)();
  // What each mention says, as ids: role names and classes by small ids,
  // each distinct quote folded once. Read by id: the table's index goes
  // until the events intern their nodes (4 bytes a node, a few MB).
  table.ReleaseIndex();
  internal::EventMentions facts;
  {
    size_t articles = 0;
    for (size_t k = 0; k < said_size; ++k) articles += triples[k][1] == derived_p ? 1 : 0;
    facts.Reserve(mentions.size(), articles);
  }
  std::unordered_map<NodeId, uint32_t> role_ids, class_ids, quote_ids;  // node -> id
  std::unordered_map<NodeId, uint32_t> article_ids;                     // article node -> id
  // Dates and currencies are read as views: a node's text in one piece (a
  // literal's always is), else joined here.
  std::deque<std::string> joined;
  auto whole = [&](NodeId n) {
    const TermText t = table.value(n);
    return t.head.empty() ? t.tail : std::string_view(joined.emplace_back(t.str()));
  };
  // Per predicate (a few), found once: whether it is newskg's (a role when
  // its object is an entity), and whether it states a count.
  enum : uint8_t { kKnown = 1, kNkgPredicate = 2, kCountPredicate = 4 };
  std::vector<uint8_t> predicate_kind(table.node_count(), 0);
  auto kind_of = [&](NodeId p) {
    uint8_t& k = predicate_kind[p];
    if (k == 0) {
      k = kKnown | (table.value(p).starts_with(vocab::kNkg) ? kNkgPredicate : 0) |
          (count_ps.count(p) > 0 ? kCountPredicate : 0);
    }
    return k;
  };
  for (size_t i = 0; i < mentions.size(); ++i) {
    const NodeId class_node = mention_cls[i];
    auto [ci, fresh_class] = class_ids.emplace(class_node, 0);
    if (fresh_class) ci->second = facts.ClassId(event_classes.at(class_node));
    facts.Begin(ci->second);
    for (size_t k = said(i).first; k < said(i).last; ++k) {
      const IdTriple t = triples[k];
      const NodeId p = t[1], o = t[2];
      if (is_entity(o) && (kind_of(p) & kNkgPredicate) != 0) {
        auto [ri, fresh] = role_ids.emplace(p, 0);
        if (fresh) ri->second = facts.RoleId(str(p).substr(vocab::kNkg.size()));
        facts.AddRole(ri->second, o);
      } else if (p == date_p) {
        facts.AddDate(whole(o));
      } else if (p == amount_p) {
        const NodeId v = Lookup(amount_value, o), c = Lookup(amount_currency, o);
        if (v != kNoNode && c != kNoNode)
          facts.AddAmount(whole(c), std::strtod(str(v).c_str(), nullptr));
      } else if ((kind_of(p) & kCountPredicate) != 0) {
        facts.SetCount(std::strtod(str(o).c_str(), nullptr));
      } else if (p == quote_p) {
        auto [qi, fresh] = quote_ids.emplace(o, 0);
        if (fresh) qi->second = facts.QuoteId(FoldName(str(o)));
        facts.SetQuote(qi->second);
      } else if (p == derived_p) {
        const auto [ai, fresh] = article_ids.emplace(o, static_cast<uint32_t>(article_ids.size()));
        facts.AddArticle(ai->second);
      }
    }
  }
  facts.Finish();
  predicate_kind = decltype(predicate_kind)();
  mention_cls = decltype(mention_cls)();
  quote_ids = decltype(quote_ids)();
  article_ids = decltype(article_ids)();
  // Metonymy and places: a leader stands for what he leads, a capital for its state.
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
  for (size_t c = 0; c < clusters.size(); ++c)
    cluster_class[c] = facts.cls(facts.facts_of(clusters[c].front()));
  facts = internal::EventMentions();
  // What the mentions' facts freed goes back to the system (glibc keeps
  // the pages of freed small blocks, while the triples grow into pages of
  // their own).
  ReleaseFreedPages(triples.size());
  // The nodes the events add, interned first, with the table's index (built
  // again here): each class's node, each event of several mentions and its
  // amounts (in the order they are written below). The index then goes
  // again before the events' triples are added.
  const NodeId type = table.Intern(TermKind::kIri, vocab::kType);
  const NodeId place_p = find(vocab::kNkg + "place");
  const NodeId participant_p = find(vocab::kNkg + "participant");
  NodeId mention_pred = kNoNode, mention_type = kNoNode, class_pred = kNoNode, money = kNoNode;
  std::vector<NodeId> class_nodes(class_names.size(), kNoNode);  // by class id
  std::vector<NodeId> event_nodes(clusters.size(), kNoNode);
  // The amounts of the events of several mentions (the union of each
  // one's mentions'), by cluster, then currency and value: gathered here
  // with their nodes, written below.
  struct EventAmount {
    size_t cluster;
    NodeId node, currency, value;
  };
  std::vector<EventAmount> event_amounts;
  for (size_t ci = 0; ci < clusters.size(); ++ci) {
    const auto& c = clusters[ci];
    const std::string& cl = class_names[cluster_class[ci]];
    NodeId& class_node = class_nodes[cluster_class[ci]];
    if (class_node == kNoNode) class_node = table.Intern(TermKind::kIri, vocab::kNkg + cl);
    if (c.size() == 1) continue;
    std::string key = cl;
    for (size_t i : c) table.value(mentions[i]).AppendTo(key.append("\n"));
    const std::string first = str(mentions[c.front()]);
    const std::string iri =
        first.substr(0, first.find("event/")) + "event/" + Lower(cl) + "-" + Fnv1a64Hex(key);
    event_nodes[ci] = table.Intern(TermKind::kIri, iri);
    if (mention_pred == kNoNode) {
      mention_pred = table.Intern(TermKind::kIri, kMention);
      mention_type = table.Intern(TermKind::kIri, kEventMention);
      class_pred = table.Intern(TermKind::kIri, kEventClass);
      money = table.Intern(TermKind::kIri, vocab::kSchema + "MonetaryAmount");
    }
    std::set<std::pair<NodeId, NodeId>> amounts;  // (currency, value)
    for (size_t i : c) {
      for (size_t k = said(i).first; k < said(i).last; ++k) {
        const IdTriple t = triples[k];
        const NodeId p = t[1], o = t[2];
        if (p != amount_p || is_entity(o)) continue;
        const NodeId v = Lookup(amount_value, o), cur = Lookup(amount_currency, o);
        if (v != kNoNode && cur != kNoNode) amounts.insert({cur, v});
      }
    }
    for (const auto& [cur, value] : amounts) {
      event_amounts.push_back(
          {ci,
           table.Intern(TermKind::kIri, iri + "/amount-" + PercentEncode(str(cur)) + "-" +
                                            PercentEncode(str(value))),
           cur, value});
    }
  }
  table.ReleaseIndex();
  ReleaseFreedPages(triples.size());  // the index's too, before the triples grow
  size_t next_amount = 0;             // in event_amounts
  for (size_t ci = 0; ci < clusters.size(); ++ci) {
    const auto& c = clusters[ci];
    const NodeId class_node = class_nodes[cluster_class[ci]];
    if (c.size() == 1) {
      table.Add(mentions[c.front()], type, class_node);
      continue;
    }
    const NodeId ev = event_nodes[ci];
    table.Add(ev, type, class_node);
    // The union of the mentions' values; one date, count and quote.
    std::map<NodeId, std::set<NodeId>> roles;  // entity roles
    std::set<NodeId> plain;                    // articles, evidence, ...
    NodeId date = kNoNode, quote = kNoNode, attribution = kNoNode, described = kNoNode;
    std::pair<double, NodeId> count{-1, kNoNode};
    NodeId count_pred = kNoNode;
    std::vector<size_t> counted;  // mentions that state the kept count
    for (size_t i : c) {
      table.Add(ev, mention_pred, mentions[i]);
      table.Add(mentions[i], type, mention_type);
      table.Add(mentions[i], class_pred, class_node);
      for (size_t k = said(i).first; k < said(i).last; ++k) {
        const IdTriple t = triples[k];
        const NodeId p = t[1], o = t[2];
        if (is_entity(o)) {
          roles[p].insert(o);
        } else if (p == date_p) {
          KeepPreferred(table, o, date);
        } else if (p == quote_p) {
          KeepPreferred(table, o, quote);
        } else if (p == attribution_p) {
          if (attribution == kNoNode || table.value(o) == "asserted") attribution = o;
        } else if (p == described_p) {
          KeepPreferred(table, o, described);
        } else if (count_ps.count(p) > 0) {
          const double v = std::strtod(str(o).c_str(), nullptr);
          if (v > count.first) {
            count = {v, o};
            count_pred = p;
            counted.clear();
          }
          if (o == count.second) counted.push_back(i);
        } else if (p != amount_p && p != qualifier_p && table.kind(o) != TermKind::kLiteral) {
          plain.insert(p);  // marks the predicate; objects added below
        }
      }
    }
    for (size_t i : c) {
      for (size_t k = said(i).first; k < said(i).last; ++k) {
        const IdTriple t = triples[k];  // a copy: Add may move the triples
        const NodeId p = t[1], o = t[2];
        if (plain.count(p) > 0 && !is_entity(o) && p != amount_p) table.Add(ev, p, o);
      }
    }
    // One place: the mentions' places are compatible (one inside the other,
    // or not known to differ), so the finest stands: not a country when
    // another place is named, then the one most mentions name, then the
    // smaller IRI.
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
        if (p != participant_p) {
          if (auto it = leads.find(o); it != leads.end()) {
            for (NodeId x : it->second) led_other = led_other || (x != o && values.count(x) > 0);
          }
        }
        if (!led_other) table.Add(ev, p, o);
      }
    }
    if (date != kNoNode) table.Add(ev, date_p, date);
    if (quote != kNoNode) table.Add(ev, quote_p, quote);
    if (described != kNoNode) table.Add(ev, described_p, described);
    if (attribution != kNoNode) table.Add(ev, attribution_p, attribution);
    if (count.second != kNoNode) {
      table.Add(ev, count_pred, count.second);
      NodeId qualifier = kNoNode;
      for (size_t i : counted) {
        for (size_t k = said(i).first; k < said(i).last; ++k) {
          const IdTriple t = triples[k];
          const NodeId p = t[1], o = t[2];
          if (p == qualifier_p) KeepPreferred(table, o, qualifier);
        }
      }
      if (qualifier != kNoNode) table.Add(ev, qualifier_p, qualifier);
    }
    for (; next_amount < event_amounts.size() && event_amounts[next_amount].cluster == ci;
         ++next_amount) {
      const EventAmount& a = event_amounts[next_amount];
      table.Add(ev, amount_p, a.node);
      table.Add(a.node, type, money);
      table.Add(a.node, value_p, a.value);
      table.Add(a.node, currency_p, a.currency);
    }
  }
  if (any_canonical) {  // of what was said of the mentions; the rest stays as it is
    triples.resize(triples.WithPacked([&](auto* packed, auto* end) {
      auto* out = packed;
      for (auto* r = packed; r != packed + said_size; ++r) {
        if (!dropped(triples.Unpack(r->key()))) *out++ = *r;
      }
      return static_cast<size_t>(
          (out == packed + said_size ? end : std::copy(packed + said_size, end, out)) - packed);
    }));
  }
}

}  // namespace newskg::internal
