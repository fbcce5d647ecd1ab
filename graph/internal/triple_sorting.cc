// TripleTable's sorting: the order of nodes (Sord's), the node order made
// on another thread (NodeOrder), and SortUnique, which sorts the triples in
// that order and drops repeats, its passes over the triples on several
// threads. Split from triple_table.cc, which holds the table itself.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <thread>
#include <utility>
#include <vector>

#include "graph/internal/triple_table.h"

namespace newskg::internal {
namespace {

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

// Moves the triples of [first, last) whose keys are below `pivot` to the
// front (in no particular order) and returns where the others start:
// `threads` pieces partitioned at once, then the pieces' lower parts moved
// together.
template <unsigned W>
PackedTriple<W>* ParallelPartition(PackedTriple<W>* first, PackedTriple<W>* last, uint64_t pivot,
                                   unsigned threads) {
  const auto n = static_cast<size_t>(last - first);
  const unsigned pieces = Pieces(n, threads);
  std::vector<PackedTriple<W>*> begins(pieces + 1), mids(pieces);
  for (unsigned t = 0; t <= pieces; ++t) begins[t] = first + n * t / pieces;
  ParallelFor(n, threads, [&](unsigned piece, size_t, size_t) {
    mids[piece] = std::partition(begins[piece], begins[piece + 1],
                                 [pivot](const PackedTriple<W>& r) { return r.key() < pivot; });
  });
  // [lower | upper] of the pieces before, then the next piece's lower part
  // rotated in front of their upper parts.
  PackedTriple<W>* lower_end = mids[0];
  for (unsigned t = 1; t < pieces; ++t) lower_end = std::rotate(lower_end, begins[t], mids[t]);
  return lower_end;
}

// RadixSortFrom sorts packed triples whose keys are equal above their low
// `bits` bits, by those bits: a range larger than kLocalSort by an
// in-place bucket pass on its top 8 bits (American flag sort), then each
// bucket on the bits below; a range of n up to kLocalSort as keys in `buf`
// (room for 2n), which stay in the cache: by digits from the lowest,
// each pass from one half of `buf` into the other; a range shorter than
// kSmallSort by std::sort of its keys. (Bucket passes down to the last
// byte cost three passes over a million triples where this takes one.)
constexpr size_t kSmallSort = 64;
constexpr size_t kLocalSort = 16384;

// Sorts the `n` keys at `keys` by their low `bits` bits (the others equal),
// through `spare` (room for n); where they end, `keys` or `spare`.
uint64_t* SortKeysByDigits(uint64_t* keys, uint64_t* spare, size_t n, int bits) {
  // As few passes as digits of up to 11 bits take, the digits as even as
  // they go (34 bits: four of 9, not five of 8 with the last of 2).
  const int passes = (bits + 10) / 11;
  const int width = (bits + passes - 1) / passes;
  const uint64_t mask = (uint64_t{1} << width) - 1;
  std::vector<size_t> count(size_t{1} << width);
  for (int shift = 0; shift < bits; shift += width) {
    std::fill(count.begin(), count.end(), 0);
    for (size_t i = 0; i < n; ++i) ++count[(keys[i] >> shift) & mask];
    if (count[(keys[0] >> shift) & mask] == n) continue;  // one digit: nothing moves
    size_t sum = 0;
    for (size_t& c : count) sum += std::exchange(c, sum);  // each digit's first place
    for (size_t i = 0; i < n; ++i) spare[count[(keys[i] >> shift) & mask]++] = keys[i];
    std::swap(keys, spare);
  }
  return keys;
}

template <unsigned W>
void RadixSortFrom(PackedTriple<W>* first, PackedTriple<W>* last, int bits, uint64_t* buf) {
  for (;;) {
    const auto n = static_cast<size_t>(last - first);
    if (bits <= 0 || n < 2) return;  // all equal
    if (n <= kLocalSort) {
      uint64_t* keys = buf;
      for (size_t i = 0; i < n; ++i) keys[i] = first[i].key();
      if (n < kSmallSort) {
        std::sort(keys, keys + n);
      } else {
        keys = SortKeysByDigits(keys, buf + n, n, bits);
      }
      for (size_t i = 0; i < n; ++i) first[i].set(keys[i]);
      return;
    }
    const int shift = std::max(bits - 8, 0);
    auto digit = [shift](const PackedTriple<W>& r) {
      return static_cast<unsigned>((r.key() >> shift) & 255);
    };
    size_t count[256] = {};
    for (const PackedTriple<W>* r = first; r != last; ++r) ++count[digit(*r)];
    if (count[digit(*first)] == n) {  // one bucket: the bits below decide
      bits = shift;
      continue;
    }
    size_t head[256], end[256];
    size_t sum = 0;
    for (unsigned b = 0; b < 256; ++b) {
      head[b] = sum;
      sum += count[b];
      end[b] = sum;
    }
    // Each triple goes to its bucket, displacing the one there, until a
    // triple of this bucket comes back.
    for (unsigned b = 0; b < 256; ++b) {
      while (head[b] < end[b]) {
        PackedTriple<W> v = first[head[b]];
        for (unsigned d = digit(v); d != b; d = digit(v)) std::swap(v, first[head[d]++]);
        first[head[b]++] = v;
      }
    }
    for (unsigned b = 0; b < 256; ++b) {
      if (count[b] > 1) RadixSortFrom(first + end[b] - count[b], first + end[b], shift, buf);
    }
    return;
  }
}

// Sorts packed triples on `threads` threads: split first into ranges of
// keys at keys of a sample, each then sorted on its own (no merge
// afterwards).
template <unsigned W>
void SortPacked(PackedTriple<W>* first, PackedTriple<W>* last, unsigned threads) {
  const auto n = static_cast<size_t>(last - first);
  if (threads <= 1 || n < 65536) {
    RadixSort(first, last);
    return;
  }
  constexpr size_t kSample = 1024;
  std::vector<uint64_t> sample(kSample);
  for (size_t i = 0; i < kSample; ++i) sample[i] = first[i * (n / kSample)].key();
  std::sort(sample.begin(), sample.end());
  std::vector<PackedTriple<W>*> bounds = {first};
  for (unsigned t = 1; t < threads; ++t) {
    const uint64_t pivot = sample[t * kSample / threads];
    bounds.push_back(ParallelPartition(bounds.back(), last, pivot, threads));
  }
  bounds.push_back(last);
  std::vector<std::thread> helpers;
  for (unsigned t = 1; t < threads; ++t)
    helpers.emplace_back([&bounds, t] { RadixSort(bounds[t], bounds[t + 1]); });
  RadixSort(bounds[0], bounds[1]);
  for (auto& h : helpers) h.join();
}

// Inverts the permutation `p` of 0 to p.size() - 1 in place (p[i] == j
// becomes p[j] == i), cycle by cycle; the top bit marks what is done.
void InvertPermutation(std::vector<uint32_t>& p) {
  constexpr uint32_t kDone = 1U << 31;
  for (uint32_t i = 0; i < p.size(); ++i) {
    if ((p[i] & kDone) != 0) continue;
    uint32_t prev = i, cur = p[i];
    while (cur != i) {
      const uint32_t next = p[cur];
      p[cur] = prev | kDone;
      prev = cur;
      cur = next;
    }
    p[i] = prev | kDone;
  }
  for (uint32_t& v : p) v &= ~kDone;
}

}  // namespace

template <unsigned W>
void RadixSort(PackedTriple<W>* first, PackedTriple<W>* last) {
  uint64_t any = 0;
  for (const PackedTriple<W>* r = first; r != last; ++r) any |= r->key();
  if (any == 0) return;  // all zero (or none)
  std::vector<uint64_t> buf(2 * std::min(kLocalSort, static_cast<size_t>(last - first)));
  RadixSortFrom(first, last, 64 - __builtin_clzll(any), buf.data());  // the bits in use
}
template void RadixSort(PackedTriple<5>*, PackedTriple<5>*);
template void RadixSort(PackedTriple<6>*, PackedTriple<6>*);
template void RadixSort(PackedTriple<7>*, PackedTriple<7>*);
template void RadixSort(PackedTriple<8>*, PackedTriple<8>*);

bool TripleTable::Records::Less(NodeId a, NodeId b) const {
  const Node& x = nodes[a];
  const Node& y = nodes[b];
  const TermKind kx = x.kind(), ky = y.kind();
  if (kx != ky) return TypeRank(kx) < TypeRank(ky);
  if (kx == TermKind::kIri && x.link == y.link) {  // one prefix: the suffixes decide
    return std::string_view(At(x.offset), x.length()).compare({At(y.offset), y.length()}) < 0;
  }
  if (kx == TermKind::kIri && prefix_ranks != nullptr && x.link != kNoNode && y.link != kNoNode) {
    // Neither prefix starts the other: they differ before either ends.
    const uint32_t rx = prefix_ranks[x.link], ry = prefix_ranks[y.link];
    if (((rx | ry) & kNested) == 0) return rx < ry;
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

std::vector<uint32_t> TripleTable::Records::PrefixRanks(size_t count) const {
  auto text = [this](uint32_t p) {
    return std::string_view(At(prefixes[p].offset), prefixes[p].length);
  };
  std::vector<uint32_t> sorted(count);
  for (uint32_t p = 0; p < count; ++p) sorted[p] = p;
  std::sort(sorted.begin(), sorted.end(),
            [&](uint32_t a, uint32_t b) { return text(a).compare(text(b)) < 0; });
  std::vector<uint32_t> ranks(count);
  for (uint32_t r = 0; r < count; ++r) {
    // A prefix that starts others comes right before the first of them.
    const bool nested =
        r + 1 < count && text(sorted[r + 1]).substr(0, text(sorted[r]).size()) == text(sorted[r]);
    ranks[sorted[r]] = r | (nested ? kNested : 0);
  }
  return ranks;
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
  Records r{nodes_.data(), prefixes_.data(), langs_.data(), blocks_.data()};
  const std::vector<uint32_t> ranks = r.PrefixRanks(prefixes_.size());
  r.prefix_ranks = ranks.data();
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

void TripleTable::SortIris(std::vector<NodeId>& iris, unsigned threads,
                           const NodeOrder* presorted) const {
  // Between IRIs, Less is the order of their texts.
  Records r = records();
  const std::vector<uint32_t> ranks = r.PrefixRanks(prefixes_.size());
  r.prefix_ranks = ranks.data();
  if (presorted != nullptr && presorted->sorted_ && presorted->table_ == this &&
      presorted->order_.size() <= nodes_.size()) {
    std::vector<uint8_t> wanted(presorted->order_.size(), 0);
    std::vector<NodeId> later;  // added since the order was taken
    for (const NodeId id : iris) {
      if (id < wanted.size()) {
        wanted[id] = 1;
      } else {
        later.push_back(id);
      }
    }
    iris.clear();
    for (const NodeId id : presorted->order_) {
      if (wanted[id] != 0) iris.push_back(id);
    }
    const auto known = static_cast<std::ptrdiff_t>(iris.size());
    std::sort(later.begin(), later.end(), [&r](NodeId a, NodeId b) { return r.Less(a, b); });
    iris.insert(iris.end(), later.begin(), later.end());
    std::inplace_merge(iris.begin(), iris.begin() + known, iris.end(),
                       [&r](NodeId a, NodeId b) { return r.Less(a, b); });
    return;
  }
  ParallelSort(iris.begin(), iris.end(), threads,
               [&r](NodeId a, NodeId b) { return r.Less(a, b); });
}

void TripleTable::SortUnique(unsigned threads, const NodeOrder* presorted) {
  // Rank the nodes the triples use, then sort triples of ranks (the
  // predicates by their rank among the predicates). Sorting and writing
  // read nodes by id: the index goes first.
  ReleaseIndex();
  // The passes over every triple below run on `threads` pieces at once.
  const size_t n = triples_.size();
  // How the triples use each node (kAsTerm, kAsPredicate), kept for Write.
  uses_.assign(nodes_.size(), 0);
  std::vector<uint8_t>& used = uses_;
  triples_.WithPacked([&](const auto* packed, const auto*) {
    std::vector<std::vector<uint8_t>> more(Pieces(n, threads) - 1,
                                           std::vector<uint8_t>(nodes_.size(), 0));
    ParallelFor(n, threads, [&](unsigned piece, size_t first, size_t last) {
      std::vector<uint8_t>& u = piece == 0 ? used : more[piece - 1];
      for (size_t i = first; i < last; ++i) {
        const IdTriple t = triples_.Unpack(packed[i].key());
        u[t[0]] |= kAsTerm;
        u[t[1]] |= kAsPredicate;
        u[t[2]] |= kAsTerm;
      }
    });
    for (const auto& u : more) {
      for (size_t id = 0; id < u.size(); ++id) used[id] |= u[id];
    }
  });
  Records records = this->records();
  const std::vector<uint32_t> prefix_ranks = records.PrefixRanks(prefixes_.size());
  records.prefix_ranks = prefix_ranks.data();
  const auto less = [&records](NodeId a, NodeId b) { return records.Less(a, b); };
  // One array over the nodes is both orders: by rank, the nodes used (then
  // the others), inverted in place into each node's rank while the triples
  // are packed as ranks, then back.
  std::vector<NodeId> order;
  order.reserve(nodes_.size());
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
  const size_t used_count = order.size();
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    if (used[id] == 0) order.push_back(id);
  }
  InvertPermutation(order);
  const std::vector<uint32_t>& rank = order;
  const std::vector<NodeId>& predicates = triples_.predicates();
  std::vector<uint32_t> by_rank(predicates.size()), predicate_rank(predicates.size());
  for (uint32_t i = 0; i < by_rank.size(); ++i) by_rank[i] = i;
  std::sort(by_rank.begin(), by_rank.end(), [&](uint32_t a, uint32_t b) {
    return rank[predicates[a]] != rank[predicates[b]] ? rank[predicates[a]] < rank[predicates[b]]
                                                      : a < b;
  });
  for (uint32_t r = 0; r < by_rank.size(); ++r) predicate_rank[by_rank[r]] = r;
  // Ranks in the node fields: as many as the nodes used, predicates too.
  if (used_count > 0) triples_.FitIds(static_cast<NodeId>(used_count - 1));
  const size_t unique = triples_.WithPacked([&](auto* packed, auto* end) {
    ParallelFor(n, threads, [&](unsigned, size_t first, size_t last) {
      for (size_t i = first; i < last; ++i) {
        const uint64_t k = packed[i].key();
        const IdTriple t = triples_.Unpack(k);
        packed[i].set(
            triples_.PackFields(rank[t[0]], predicate_rank[triples_.Predicate(k)], rank[t[2]]));
      }
    });
    InvertPermutation(order);
    SortPacked(packed, end, threads);
    const auto u = static_cast<size_t>(std::unique(packed, end) - packed);
    ParallelFor(u, threads, [&](unsigned, size_t first, size_t last) {
      for (size_t i = first; i < last; ++i) {
        // Ranks in the node fields, a predicate's rank in its index's place.
        const uint64_t k = packed[i].key();
        const uint32_t p = by_rank[triples_.Predicate(k)];
        const IdTriple t = triples_.Unpack(k);
        packed[i].set(triples_.PackFields(order[t[0]], p, order[t[2]]));
      }
    });
    return u;
  });
  triples_.resize(unique);
  uses_triples_ = triples_.size();
}

}  // namespace newskg::internal
