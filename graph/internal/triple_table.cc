#include "graph/internal/triple_table.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <thread>

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

// Sord's order of node types: literals, then IRIs, then blank nodes.
int TypeRank(TermKind k) {
  switch (k) {
    case TermKind::kLiteral:
      return 1;
    case TermKind::kIri:
      return 2;
    case TermKind::kBlank:
      return 4;
  }
  return 0;
}

// How many pieces ParallelFor cuts n items into.
unsigned Pieces(size_t n, unsigned threads) { return n < 65536 ? 1 : std::max(1U, threads); }

// Calls fn(piece, first, last) on the Pieces(n, threads) pieces of [0, n) at once.
template <typename Fn>
void ParallelFor(size_t n, unsigned threads, const Fn& fn) {
  const unsigned pieces = Pieces(n, threads);
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < pieces; ++t)
    helpers.emplace_back([&fn, n, t, pieces] { fn(t, n * t / pieces, n * (t + 1) / pieces); });
  fn(0U, size_t{0}, n / pieces);
  for (auto& h : helpers) h.join();
}

// Moves the words of [first, last) below `pivot` to the front (in no
// particular order) and returns where the others start: `threads` pieces
// partitioned at once, then the pieces' lower parts moved together.
uint64_t* ParallelPartition(uint64_t* first, uint64_t* last, uint64_t pivot, unsigned threads) {
  const auto n = static_cast<size_t>(last - first);
  const unsigned pieces = Pieces(n, threads);
  std::vector<uint64_t*> begins(pieces + 1), mids(pieces);
  for (unsigned t = 0; t <= pieces; ++t) begins[t] = first + n * t / pieces;
  ParallelFor(n, threads, [&](unsigned piece, size_t, size_t) {
    mids[piece] = std::partition(begins[piece], begins[piece + 1],
                                 [pivot](uint64_t w) { return w < pivot; });
  });
  // [lower | upper] of the pieces before, then the next piece's lower part
  // rotated in front of their upper parts.
  uint64_t* lower_end = mids[0];
  for (unsigned t = 1; t < pieces; ++t)
    lower_end = std::rotate(lower_end, begins[t], mids[t]);
  return lower_end;
}

// Sorts words on `threads` threads: split first into ranges of values at
// words of a sample, each then sorted on its own (no merge afterwards).
void SortWords(uint64_t* first, uint64_t* last, unsigned threads) {
  const auto n = static_cast<size_t>(last - first);
  if (threads <= 1 || n < 65536) {
    std::sort(first, last);
    return;
  }
  constexpr size_t kSample = 1024;
  std::vector<uint64_t> sample(kSample);
  for (size_t i = 0; i < kSample; ++i) sample[i] = first[i * (n / kSample)];
  std::sort(sample.begin(), sample.end());
  std::vector<uint64_t*> bounds = {first};
  for (unsigned t = 1; t < threads; ++t) {
    const uint64_t pivot = sample[t * kSample / threads];
    bounds.push_back(ParallelPartition(bounds.back(), last, pivot, threads));
  }
  bounds.push_back(last);
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t)
    helpers.emplace_back([&bounds, t] { std::sort(bounds[t], bounds[t + 1]); });
  std::sort(bounds[0], bounds[1]);
  for (auto& h : helpers) h.join();
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

void TripleVector::clear() {
  words_.clear();
  pbits_ = 8;
  nbits_ = 28;
  predicates_.clear();
  predicate_index_.clear();
  index_by_node_.clear();
  last_predicate_ = kNoNode;
  last_index_ = 0;
}

uint32_t TripleVector::AddPredicate(NodeId p) {
  auto at = std::lower_bound(predicate_index_.begin(), predicate_index_.end(),
                             std::make_pair(p, uint32_t{0}));
  if (at == predicate_index_.end() || at->first != p) {
    if (predicates_.size() == (size_t{1} << pbits_)) {
      // Four more bits of predicates, two fewer of each node; every word
      // packed again (checked first, so a failure changes nothing).
      if (pbits_ == 16) throw std::length_error(kTooLarge);
      const unsigned pbits = pbits_ + 4, nbits = nbits_ - 2;
      for (uint64_t w : words_) {
        const IdTriple t = Unpack(w);
        if (std::max(t[0], t[2]) >> nbits != 0) throw std::length_error(kTooLarge);
      }
      for (uint64_t& w : words_) {
        const uint64_t s = w >> (pbits_ + nbits_), pi = Predicate(w), o = w & NodeMask();
        w = (s << (pbits + nbits)) | (pi << nbits) | o;
      }
      pbits_ = pbits;
      nbits_ = nbits;
    }
    at = predicate_index_.insert(at, {p, static_cast<uint32_t>(predicates_.size())});
    predicates_.push_back(p);
  }
  if (p < (NodeId{1} << 20)) {
    if (index_by_node_.size() <= p) index_by_node_.resize(p + 1, kNoNode);
    index_by_node_[p] = at->second;
  }
  last_predicate_ = p;
  return last_index_ = at->second;
}

TripleTable::TripleTable() : prefix_slots_(64, Slot{kNoNode, 0}), slots_(1024, kEmptySlot) {}

uint64_t TripleTable::Hash(TermKind kind, std::string_view tail, uint32_t link, uint32_t lang) {
  return HashBytes(tail, (static_cast<uint64_t>(kind) * 0x100000001B3ULL + link) ^
                             (static_cast<uint64_t>(lang) << 40));
}

uint32_t TripleTable::Store(std::string_view s) {
  const size_t need = s.size() + 1;
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
  std::memcpy(out, s.data(), s.size());
  out[s.size()] = '\0';
  arena_size_ = at + need;
  return static_cast<uint32_t>(at);
}

uint32_t TripleTable::LangId(std::string_view lang) {
  if (lang.empty()) return 0;
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (std::string_view(At(langs_[i].first), langs_[i].second) == lang)
      return static_cast<uint32_t>(i + 1);
  }
  if (langs_.size() + 1 > kLangMask) throw std::length_error(kTooLarge);
  langs_.push_back({Store(lang), static_cast<uint32_t>(lang.size())});
  return static_cast<uint32_t>(langs_.size());
}

void TripleTable::Rehash(size_t slots) const {
  slots_.assign(slots, kEmptySlot);
  const size_t mask = slots - 1;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    const Node& n = nodes_[id];
    const auto h =
        static_cast<uint32_t>(Hash(static_cast<TermKind>(n.lang_kind >> 30),
                                   {At(n.offset), n.length}, n.link, n.lang_kind & kLangMask));
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
  RestoreIndex();
  size_t want = slots_.size();
  while (want * 3 < nodes * 4) want *= 2;
  if (want > slots_.size()) Rehash(want);
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
  return InternNode(kind, v, kind == TermKind::kLiteral ? datatype : kNoNode, LangId(lang));
}

NodeId TripleTable::InternNode(TermKind kind, std::string_view v, uint32_t link, uint32_t lang_id) {
  RestoreIndex();
  const uint64_t full = Hash(kind, v, link, lang_id);
  const auto h = static_cast<uint32_t>(full);
  const uint32_t lang_kind = (static_cast<uint32_t>(kind) << 30) | lang_id;
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  const uint32_t tag = h & ~kIdMask;
  for (; slots_[i] != kEmptySlot; i = (i + 1) & mask) {
    if ((slots_[i] & ~kIdMask) != tag) continue;
    const Node& n = nodes_[slots_[i] & kIdMask];
    if (n.lang_kind == lang_kind && n.link == link && n.length == v.size() &&
        std::memcmp(At(n.offset), v.data(), v.size()) == 0) {
      return slots_[i] & kIdMask;
    }
  }
  if (nodes_.size() >= kIdMask) throw std::length_error(kTooLarge);
  Node n{};
  n.lang_kind = lang_kind;
  n.link = link;
  n.offset = Store(v);
  n.length = static_cast<uint32_t>(v.size());
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
  const uint32_t lang_kind = static_cast<uint32_t>(kind) << 30;
  const size_t mask = slots_.size() - 1;
  const uint32_t tag = h & ~kIdMask;
  for (size_t i = h & mask; slots_[i] != kEmptySlot; i = (i + 1) & mask) {
    if ((slots_[i] & ~kIdMask) != tag) continue;
    const Node& n = nodes_[slots_[i] & kIdMask];
    if (n.lang_kind == lang_kind && n.link == link && n.length == v.size() &&
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
  if (triples_.size() < compacted_ + compacted_ / 2 + (1U << 16)) return;
  // By id, not by string: cheap, and SortUnique orders them later.
  uint64_t* words = triples_.words();
  std::sort(words, words + triples_.size());
  triples_.resize(static_cast<size_t>(std::unique(words, words + triples_.size()) - words));
  compacted_ = triples_.size();
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
    return InternNode(k, {other.At(x.offset), x.length}, link, LangId(other.lang(n)));
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

bool TripleTable::Records::Less(NodeId a, NodeId b) const {
  const Node& x = nodes[a];
  const Node& y = nodes[b];
  const auto kx = static_cast<TermKind>(x.lang_kind >> 30),
             ky = static_cast<TermKind>(y.lang_kind >> 30);
  if (kx != ky) return TypeRank(kx) < TypeRank(ky);
  if (kx == TermKind::kIri && x.link == y.link) {  // one prefix: the suffixes decide
    return std::string_view(At(x.offset), x.length).compare({At(y.offset), y.length}) < 0;
  }
  // The texts: literals and blank nodes in one piece; IRIs of two prefixes
  // mostly decided by the prefixes alone.
  const TermText va = Value(a), vb = Value(b);
  int c = 0;
  if (va.head.empty() && vb.head.empty()) {
    c = va.tail.compare(vb.tail);
  } else if (!va.head.empty() && !vb.head.empty()) {
    c = std::memcmp(va.head.data(), vb.head.data(), std::min(va.head.size(), vb.head.size()));
  }
  if (c == 0) c = va.compare(vb);
  if (c != 0) return c < 0;
  if (kx != TermKind::kLiteral) return false;
  if (x.link != y.link) {
    if (x.link == kNoNode) return true;
    if (y.link == kNoNode) return false;
    if (const int d = Value(x.link).compare(Value(y.link)); d != 0) return d < 0;
  }
  return Lang(a) < Lang(b);
}

TripleTable::NodeOrder TripleTable::TakeNodeOrder() const {
  NodeOrder o;
  o.nodes_.assign(nodes_.begin(), nodes_.end());
  o.prefixes_.assign(prefixes_.begin(), prefixes_.end());
  o.langs_ = langs_;
  o.blocks_ = blocks_;
  o.table_ = this;
  return o;
}

void TripleTable::NodeOrder::Sort() {
  const Records r{nodes_.data(), prefixes_.data(), langs_.data(), blocks_.data()};
  order_.resize(nodes_.size());
  for (NodeId id = 0; id < order_.size(); ++id) order_[id] = id;
  std::sort(order_.begin(), order_.end(), [&r](NodeId a, NodeId b) { return r.Less(a, b); });
  sorted_ = true;
  // Only the order is kept: the copies (16 bytes a node) go.
  nodes_ = decltype(nodes_)();
  prefixes_ = decltype(prefixes_)();
  langs_ = decltype(langs_)();
  blocks_ = decltype(blocks_)();
}

void TripleTable::SortUnique(unsigned threads, const NodeOrder* presorted) {
  // Rank the nodes the triples use, then sort triples of ranks (the
  // predicates by their rank among the predicates). Sorting and writing
  // read nodes by id: the index goes first.
  ReleaseIndex();
  // The passes over every triple below run on `threads` pieces at once.
  uint64_t* const words = triples_.words();
  const size_t n = triples_.size();
  // How the triples use each node (kAsTerm, kAsPredicate), kept for Write.
  uses_.assign(nodes_.size(), 0);
  std::vector<uint8_t>& used = uses_;
  {
    std::vector<std::vector<uint8_t>> more(Pieces(n, threads) - 1,
                                           std::vector<uint8_t>(nodes_.size(), 0));
    ParallelFor(n, threads, [&](unsigned piece, size_t first, size_t last) {
      std::vector<uint8_t>& u = piece == 0 ? used : more[piece - 1];
      for (size_t i = first; i < last; ++i) {
        const IdTriple t = triples_.Unpack(words[i]);
        u[t[0]] |= kAsTerm;
        u[t[1]] |= kAsPredicate;
        u[t[2]] |= kAsTerm;
      }
    });
    for (const auto& u : more) {
      for (size_t id = 0; id < u.size(); ++id) used[id] |= u[id];
    }
  }
  const auto less = [this](NodeId a, NodeId b) { return Less(a, b); };
  std::vector<NodeId> order;
  if (presorted != nullptr && presorted->sorted_ && presorted->table_ == this &&
      presorted->order_.size() <= nodes_.size()) {
    // The nodes sorted before, then those added since, sorted and merged in.
    for (const NodeId id : presorted->order_) {
      if (used[id] != 0) order.push_back(id);
    }
    const auto known = static_cast<std::ptrdiff_t>(order.size());
    for (auto id = static_cast<NodeId>(presorted->order_.size()); id < nodes_.size(); ++id) {
      if (used[id] != 0) order.push_back(id);
    }
    std::sort(order.begin() + known, order.end(), less);
    std::inplace_merge(order.begin(), order.begin() + known, order.end(), less);
  } else {
    for (NodeId id = 0; id < nodes_.size(); ++id) {
      if (used[id] != 0) order.push_back(id);
    }
    ParallelSort(order.begin(), order.end(), threads, less);
  }
  std::vector<uint32_t> rank(nodes_.size(), 0);
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  const std::vector<NodeId>& predicates = triples_.predicates();
  std::vector<uint32_t> by_rank(predicates.size()), predicate_rank(predicates.size());
  for (uint32_t i = 0; i < by_rank.size(); ++i) by_rank[i] = i;
  std::sort(by_rank.begin(), by_rank.end(), [&](uint32_t a, uint32_t b) {
    return rank[predicates[a]] != rank[predicates[b]] ? rank[predicates[a]] < rank[predicates[b]]
                                                      : a < b;
  });
  for (uint32_t r = 0; r < by_rank.size(); ++r) predicate_rank[by_rank[r]] = r;
  ParallelFor(n, threads, [&](unsigned, size_t first, size_t last) {
    for (size_t i = first; i < last; ++i) {
      const IdTriple t = triples_.Unpack(words[i]);
      words[i] =
          triples_.PackFields(rank[t[0]], predicate_rank[triples_.Predicate(words[i])], rank[t[2]]);
    }
  });
  rank = decltype(rank)();
  SortWords(words, words + n, threads);
  triples_.resize(static_cast<size_t>(std::unique(words, words + n) - words));
  ParallelFor(triples_.size(), threads, [&](unsigned, size_t first, size_t last) {
    for (size_t i = first; i < last; ++i) {
      // Ranks in the node fields, a predicate's rank in its index's place.
      const uint64_t w = words[i];
      const uint32_t p = by_rank[triples_.Predicate(w)];
      const IdTriple t = triples_.Unpack(w);
      words[i] = triples_.PackFields(order[t[0]], p, order[t[2]]);
    }
  });
  uses_triples_ = triples_.size();
}

Result<Graph> TripleTable::ToGraph() const {
  Graph g;
  for (const auto& t : triples_) {
    if (Status st = g.Add(ToTerm(t[0]), ToTerm(t[1]), ToTerm(t[2])); !st.ok()) return st;
  }
  return g;
}

}  // namespace newskg::internal
