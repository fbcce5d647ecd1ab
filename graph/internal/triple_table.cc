#include "graph/internal/triple_table.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>

#include "graph/internal/serd_support.h"
#include "graph/vocabulary.h"

namespace newskg::internal {
namespace {

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v;
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 31);
}

uint64_t HashBytes(std::string_view s, uint64_t h) {
  const char* p = s.data();
  size_t n = s.size();
  h = Mix(h, n);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = Mix(h, v);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return Mix(h, tail);
}

}  // namespace

int TermText::compare(const TermText& other) const {
  // The pieces of each side in turn: a (then a_next) against b (then b_next).
  std::string_view a = head, a_next = tail, b = other.head, b_next = other.tail;
  for (;;) {
    if (a.empty()) a = std::exchange(a_next, std::string_view());
    if (b.empty()) b = std::exchange(b_next, std::string_view());
    if (a.empty() || b.empty()) return a.empty() ? (b.empty() ? 0 : -1) : 1;
    const size_t n = std::min(a.size(), b.size());
    if (const int c = a.substr(0, n).compare(b.substr(0, n)); c != 0) return c;
    a.remove_prefix(n);
    b.remove_prefix(n);
  }
}

bool TermText::starts_with(std::string_view s) const {
  if (s.size() > size()) return false;
  if (s.size() <= head.size()) return head.substr(0, s.size()) == s;
  return s.substr(0, head.size()) == head &&
         tail.substr(0, s.size() - head.size()) == s.substr(head.size());
}

TripleTable::TripleTable() : prefix_slots_(64, Slot{kNoNode, 0}), slots_(1024, kEmptySlot) {}

uint64_t TripleTable::Hash(TermKind kind, std::string_view tail, uint32_t link, uint32_t lang) {
  return HashBytes(tail, (static_cast<uint64_t>(kind) * 0x100000001B3ULL + link) ^
                             (static_cast<uint64_t>(lang) << 40));
}

uint32_t TripleTable::Store(std::string_view s, uint32_t lang_id) {
  const size_t head = lang_id != 0 ? sizeof lang_id : 0;
  const size_t need = head + s.size() + 1;
  uint64_t at = arena_size_;
  if (blocks_.empty() || (at & (kBlock - 1)) + need > kBlock || (at & (kBlock - 1)) == 0) {
    // A new block (or run of blocks for a long term); the rest of the last
    // one stays unused.
    at = static_cast<uint64_t>(blocks_.size()) << kBlockBits;
    const size_t count = (need + kBlock - 1) / kBlock;
    // Offsets are 32-bit: past 4 GiB of distinct terms, stop with an error.
    if (at + count * kBlock > UINT32_MAX) throw std::length_error(kTooLarge);
    chunks_.push_back(std::make_unique<char[]>(count * kBlock));
    for (size_t i = 0; i < count; ++i) blocks_.push_back(chunks_.back().get() + i * kBlock);
  }
  char* out = blocks_[at >> kBlockBits] + (at & (kBlock - 1));
  if (head != 0) std::memcpy(out, &lang_id, head);
  std::memcpy(out + head, s.data(), s.size());
  out[head + s.size()] = '\0';
  arena_size_ = at + need;
  return static_cast<uint32_t>(at + head);
}

uint32_t TripleTable::LangId(std::string_view lang) {
  if (lang.empty()) return 0;
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (std::string_view(At(langs_[i].first), langs_[i].second) == lang)
      return static_cast<uint32_t>(i + 1);
  }
  if (langs_.size() + 1 >= kNoNode) throw std::length_error(kTooLarge);
  langs_.push_back({Store(lang), static_cast<uint32_t>(lang.size())});
  return static_cast<uint32_t>(langs_.size());
}

void TripleTable::Rehash(size_t slots) const {
  slots_.assign(slots, kEmptySlot);
  const size_t mask = slots - 1;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    const Node& n = nodes_[id];
    const auto h = static_cast<uint32_t>(
        Hash(n.kind(), {At(n.offset), n.length()}, n.link, records().LangId(id)));
    size_t i = h & mask;
    while (slots_[i] != kEmptySlot) i = (i + 1) & mask;
    slots_[i] = NodeSlot(id, h);
  }
}

void TripleTable::Reserve(size_t bytes) {
  // Turtle of news graphs: about 95 bytes a triple, 2.5 triples a new node.
  const size_t triples = triples_.size() + bytes / 90;
  const size_t nodes = nodes_.size() + triples / 2;
  // Geometric growth: many small documents must not copy the tables each time.
  auto grow = [](auto& v, size_t n) {
    if (n > v.capacity()) v.reserve(std::max(n, v.capacity() * 2));
  };
  grow(triples_, triples);
  grow(nodes_, nodes);
  // Not the index: it grows with the nodes as they come. Sized for the
  // estimate, it is mostly empty when the documents repeat their nodes
  // (merged graphs of many articles do), and every lookup then misses the
  // cache in an array a few times larger than it needs to be (merge of the
  // bench's million triples: 4 MiB of slots for 128,000 nodes; grown, 1
  // MiB, and 4% less CPU time).
}

void TripleTable::ReleaseIndex() {
  slots_ = std::vector<uint32_t>();
  prefix_slots_ = std::vector<Slot>();
}

void TripleTable::RestoreIndexNow() const {
  // As Intern grows them: at most three quarters full.
  auto size_for = [](size_t n, size_t least) {
    size_t slots = least;
    while (n * 4 > slots * 3) slots *= 2;
    return slots;
  };
  RehashPrefixes(size_for(prefixes_.size(), 64));
  Rehash(size_for(nodes_.size(), 1024));
}

uint32_t TripleTable::PrefixSlot(std::string_view prefix, uint32_t h) const {
  RestoreIndex();
  const size_t mask = prefix_slots_.size() - 1;
  size_t i = h & mask;
  for (; prefix_slots_[i].id != kNoNode; i = (i + 1) & mask) {
    if (prefix_slots_[i].hash != h) continue;
    const Prefix& p = prefixes_[prefix_slots_[i].id];
    if (p.length == prefix.size() && std::memcmp(At(p.offset), prefix.data(), p.length) == 0) break;
  }
  return static_cast<uint32_t>(i);
}

void TripleTable::RehashPrefixes(size_t slots) const {
  prefix_slots_.assign(slots, Slot{kNoNode, 0});
  const size_t mask = slots - 1;
  for (uint32_t id = 0; id < prefixes_.size(); ++id) {
    const Prefix& p = prefixes_[id];
    const auto h = static_cast<uint32_t>(HashBytes({At(p.offset), p.length}, 0));
    size_t i = h & mask;
    while (prefix_slots_[i].id != kNoNode) i = (i + 1) & mask;
    prefix_slots_[i] = {id, h};
  }
}

uint32_t TripleTable::SplitIri(std::string_view iri, std::string_view& tail) {
  const auto* slash = static_cast<const char*>(memrchr(iri.data(), '/', iri.size()));
  if (slash == nullptr) {
    tail = iri;
    return kNoNode;
  }
  const std::string_view prefix = iri.substr(0, static_cast<size_t>(slash - iri.data()) + 1);
  tail = iri.substr(prefix.size());
  // The prefixes interned last first (a statement's IRIs take turns among
  // a few), compared from their ends, where prefixes differ.
  for (size_t r = 0; r < recent_prefixes_.size(); ++r) {
    if (recent_prefixes_[r] == kNoNode) continue;
    const Prefix& p = prefixes_[recent_prefixes_[r]];
    if (p.length != prefix.size()) continue;
    const char* const bytes = At(p.offset);
    if (p.length >= 8 && std::memcmp(bytes + p.length - 8, prefix.data() + p.length - 8, 8) != 0)
      continue;
    if (std::memcmp(bytes, prefix.data(), p.length) != 0) continue;
    const uint32_t id = recent_prefixes_[r];
    if (r > 0) std::swap(recent_prefixes_[r], recent_prefixes_[r - 1]);
    return id;
  }
  const auto h = static_cast<uint32_t>(HashBytes(prefix, 0));
  const uint32_t i = PrefixSlot(prefix, h);
  uint32_t id = prefix_slots_[i].id;
  if (id == kNoNode) {
    if (prefixes_.size() + 1 >= kNoNode) throw std::length_error(kTooLarge);
    id = static_cast<uint32_t>(prefixes_.size());
    prefixes_.push_back({Store(prefix), static_cast<uint32_t>(prefix.size())});
    prefix_slots_[i] = {id, h};
    if (prefixes_.size() * 4 > prefix_slots_.size() * 3) RehashPrefixes(prefix_slots_.size() * 2);
  }
  // In the middle of the recent ones: a prefix seen once moves none of the
  // two used most out.
  constexpr size_t kEnter = 2;
  std::copy_backward(recent_prefixes_.begin() + kEnter, recent_prefixes_.end() - 1,
                     recent_prefixes_.end());
  recent_prefixes_[kEnter] = id;
  return id;
}

bool TripleTable::FindSplit(std::string_view iri, uint32_t& prefix, std::string_view& tail) const {
  const size_t slash = iri.rfind('/');
  if (slash == std::string_view::npos) {
    tail = iri;
    prefix = kNoNode;
    return true;
  }
  const std::string_view head = iri.substr(0, slash + 1);
  tail = iri.substr(slash + 1);
  const uint32_t i = PrefixSlot(head, static_cast<uint32_t>(HashBytes(head, 0)));
  prefix = prefix_slots_[i].id;
  return prefix != kNoNode;
}

NodeId TripleTable::Intern(TermKind kind, std::string_view v, NodeId datatype,
                           std::string_view lang) {
  if (kind == TermKind::kIri) {
    std::string_view tail;
    const uint32_t prefix = SplitIri(v, tail);
    return InternNode(kind, tail, prefix, 0);
  }
  if (kind != TermKind::kLiteral) return InternNode(kind, v, kNoNode, 0);
  return InternNode(kind, v, datatype, LangId(lang));
}

NodeId TripleTable::InternNode(TermKind kind, std::string_view v, uint32_t link, uint32_t lang_id) {
  RestoreIndex();
  const uint64_t full = Hash(kind, v, link, lang_id);
  const auto h = static_cast<uint32_t>(full);
  const uint32_t size_kind = SizeKind(kind, v.size(), lang_id);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  const uint32_t tag = h & ~kIdMask;
  for (; slots_[i] != kEmptySlot; i = (i + 1) & mask) {
    if ((slots_[i] & ~kIdMask) != tag) continue;
    const NodeId id = slots_[i] & kIdMask;
    const Node& n = nodes_[id];
    if (n.size_kind == size_kind && n.link == link &&
        std::memcmp(At(n.offset), v.data(), v.size()) == 0 &&
        (lang_id == 0 || records().LangId(id) == lang_id)) {
      return id;
    }
  }
  if (nodes_.size() >= kIdMask) throw std::length_error(kTooLarge);
  Node n{};
  n.size_kind = size_kind;
  n.link = link;
  n.offset = Store(v, lang_id);
  const auto id = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(n);
  slots_[i] = NodeSlot(id, h);
  // At most three quarters full: probes stay short (each slot holds some
  // bits of the hash), and the slots take 4 to 8 bytes a node.
  if (nodes_.size() * 4 > slots_.size() * 3) Rehash(slots_.size() * 2);
  return id;
}

NodeId TripleTable::Intern(const Term& t) {
  if (t.kind != TermKind::kLiteral) return Intern(t.kind, t.value);
  const NodeId dt = t.datatype.empty() ? kNoNode : Intern(TermKind::kIri, t.datatype);
  return Intern(TermKind::kLiteral, t.value, dt, t.lang);
}

NodeId TripleTable::Find(TermKind kind, std::string_view v) const {
  uint32_t link = kNoNode;
  std::string_view tail = v;
  if (kind == TermKind::kIri && !FindSplit(v, link, tail)) return kNoNode;
  return FindNode(kind, tail, link);
}

NodeId TripleTable::FindNode(TermKind kind, std::string_view v, uint32_t link) const {
  RestoreIndex();
  const auto h = static_cast<uint32_t>(Hash(kind, v, link, 0));
  if (v.size() > kLengthMask) return kNoNode;
  const uint32_t size_kind = SizeKind(kind, v.size(), 0);
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = h & ~kIdMask;
  for (size_t i = h & mask; slots_[i] != kEmptySlot; i = (i + 1) & mask) {
    if ((slots_[i] & ~kIdMask) != tag) continue;
    const Node& n = nodes_[slots_[i] & kIdMask];
    if (n.size_kind == size_kind && n.link == link &&
        std::memcmp(At(n.offset), v.data(), v.size()) == 0)
      return slots_[i] & kIdMask;
  }
  return kNoNode;
}

Term TripleTable::ToTerm(NodeId n) const {
  Term t;
  t.kind = kind(n);
  t.value = value(n).str();
  if (t.kind == TermKind::kLiteral) {
    if (datatype(n) != kNoNode) t.datatype = value(datatype(n)).str();
    t.lang = std::string(lang(n));
  }
  return t;
}

void TripleTable::CompactIfDue() {
  if (triples_.size() >= compacted_ + compacted_ / 2 + (1U << 16)) DropRepeats();
}

void TripleTable::DropRepeats() {
  // By id, not by string: cheap, and SortUnique orders them later.
  triples_.resize(triples_.WithPacked([](auto* first, auto* last) {
    RadixSort(first, last);
    return static_cast<size_t>(std::unique(first, last) - first);
  }));
  compacted_ = triples_.size();
}

void TripleTable::Compact() {
  // The triples before compacted_ are as DropRepeats left them, sorted and
  // each once (unless changed in place since: then fewer repeats go). Only
  // those added since are sorted, each kept once, and dropped when the
  // first part holds them (one pass over both, in order). A table that
  // never dropped repeats (read from files) keeps them for SortUnique: a
  // sort of all its triples here would cost as much as that one.
  const size_t start = std::min(compacted_, triples_.size());
  if (start == 0) {
    triples_.shrink_to_fit();
    return;
  }
  triples_.resize(triples_.WithPacked([start](auto* first, auto* last) {
    auto* const tail = first + start;
    RadixSort(tail, last);
    auto* const tail_end = std::unique(tail, last);
    auto* kept = tail;
    const auto* old = first;
    for (auto* t = tail; t != tail_end; ++t) {
      const uint64_t k = t->key();
      while (old != tail && old->key() < k) ++old;
      if (old == tail || old->key() != k) *kept++ = *t;
    }
    return static_cast<size_t>(kept - first);
  }));
  compacted_ = triples_.size();
  triples_.shrink_to_fit();
}

Status TripleTable::Add(const Term& s, const Term& p, const Term& o) {
  CompactIfDue();
  try {
    Add(Intern(s), Intern(p), Intern(o));
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  return Status::Ok();
}

TripleTable::Drain TripleTable::DrainIfDue() {
  if (!drain_status_.ok()) return Drain::kFailed;  // the reading is over
  if (!drain_ || triples_.size() < drain_every_) return Drain::kNotDue;
  if (Status st = drain_(*this); !st.ok()) {
    drain_status_ = st;
    return Drain::kFailed;
  }
  Clear();
  return Drain::kDrained;
}

void TripleTable::Clear() {
  triples_.clear();
  uses_ = decltype(uses_)();
  compacted_ = 0;
  nodes_.clear();
  prefixes_.clear();
  RestoreIndex();
  std::fill(prefix_slots_.begin(), prefix_slots_.end(), Slot{kNoNode, 0});
  recent_prefixes_.fill(kNoNode);
  langs_.clear();
  chunks_.clear();
  blocks_.clear();
  arena_size_ = 0;
  std::fill(slots_.begin(), slots_.end(), kEmptySlot);
}

Status TripleTable::Absorb(TripleTable&& other) {
  if (!triples_.empty() || !nodes_.empty()) return Absorb(static_cast<const TripleTable&>(other));
  const unsigned documents = documents_, threads = threads_;
  *this = std::move(other);
  documents_ = documents;
  threads_ = threads;
  other = TripleTable();
  return Status::Ok();
}

Status TripleTable::Absorb(const TripleTable& other) {
  std::vector<NodeId> map(other.nodes_.size(), kNoNode);
  std::vector<uint32_t> prefix_map(other.prefixes_.size(), kNoNode);
  // Nodes by their parts: an IRI's prefix is looked up once, not per IRI.
  auto intern = [&](NodeId n, uint32_t link) {
    const Node& x = other.nodes_[n];
    const TermKind k = other.kind(n);
    if (k == TermKind::kIri && x.link != kNoNode) {
      if (prefix_map[x.link] == kNoNode) {
        const Prefix& p = other.prefixes_[x.link];
        std::string_view ignored;
        prefix_map[x.link] = SplitIri({other.At(p.offset), p.length}, ignored);
      }
      link = prefix_map[x.link];
    }
    return InternNode(k, {other.At(x.offset), x.length()}, link, LangId(other.lang(n)));
  };
  auto remap = [&](NodeId n) {
    if (map[n] == kNoNode) {
      const NodeId dt = other.datatype(n);
      if (dt != kNoNode && map[dt] == kNoNode) map[dt] = intern(dt, kNoNode);
      map[n] = intern(n, dt == kNoNode ? kNoNode : map[dt]);
    }
    return map[n];
  };
  try {
    triples_.reserve(triples_.size() + other.triples_.size());
    for (const auto& t : other.triples_) Add(remap(t[0]), remap(t[1]), remap(t[2]));
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  CompactIfDue();
  return Status::Ok();
}

Status TripleTable::AddGraph(const Graph& g) {
  try {
    g.ForEach([&](const Triple& t) { Add(Intern(t.s), Intern(t.p), Intern(t.o)); });
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  return Status::Ok();
}

Result<Graph> TripleTable::ToGraph() const {
  Graph g;
  for (const auto& t : triples_) {
    if (Status st = g.Add(ToTerm(t[0]), ToTerm(t[1]), ToTerm(t[2])); !st.ok()) return st;
  }
  return g;
}

}  // namespace newskg::internal
