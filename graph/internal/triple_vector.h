// The arrays of a TripleTable: PodVector (grown by realloc) and
// TripleVector, triples packed in 5 to 8 bytes each. Only graph/ uses them.
#ifndef NEWSKG_GRAPH_INTERNAL_TRIPLE_VECTOR_H_
#define NEWSKG_GRAPH_INTERNAL_TRIPLE_VECTOR_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <new>
#include <stdexcept>
#include <utility>
#include <vector>

namespace newskg::internal {

// The error of a table that would outgrow its 32-bit ids or offsets.
inline constexpr const char* kTooLarge =
    "graph too large to merge in memory: more than 4 GiB of distinct terms, a term of 1 GiB or "
    "more, or more nodes than triple ids hold (2^28 while the triples use at most 256 "
    "predicates, down to 2^24 for 65536)";

using NodeId = uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;
using IdTriple = std::array<NodeId, 3>;

// An array of trivially copyable values like std::vector's, grown with
// realloc, which for a large array maps more pages instead of copying (so
// growing never holds the old and the new array at once), and so in small
// steps (a sixteenth): the nodes of a table.
template <typename T>
class PodVector {
 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  PodVector() = default;
  ~PodVector() { std::free(data_); }
  PodVector(const PodVector&) = delete;
  PodVector& operator=(const PodVector&) = delete;
  PodVector(PodVector&& o) noexcept
      : data_(std::exchange(o.data_, nullptr)),
        size_(std::exchange(o.size_, 0)),
        capacity_(std::exchange(o.capacity_, 0)) {}
  PodVector& operator=(PodVector&& o) noexcept {
    if (this != &o) {
      std::free(data_);
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      capacity_ = std::exchange(o.capacity_, 0);
    }
    return *this;
  }

  size_t size() const { return size_; }
  size_t capacity() const { return capacity_; }
  bool empty() const { return size_ == 0; }
  T* begin() { return data_; }
  T* end() { return data_ + size_; }
  const T* begin() const { return data_; }
  const T* end() const { return data_ + size_; }
  T& operator[](size_t i) { return data_[i]; }
  const T& operator[](size_t i) const { return data_[i]; }

  void push_back(const T& t) {
    if (size_ == capacity_) reserve(capacity_ + std::max<size_t>(capacity_ / 16, 1024));
    data_[size_++] = t;
  }
  void clear() { size_ = 0; }
  void reserve(size_t n) {
    if (n <= capacity_) return;
    void* p = std::realloc(data_, n * sizeof(T));
    if (p == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(p);
    capacity_ = n;
  }

 private:
  T* data_ = nullptr;
  size_t size_ = 0, capacity_ = 0;
};

// A triple packed in W bytes: the low W bytes of its key, a number that
// holds the subject's id in its high bits, then the predicate's index,
// then the object's id. Keys sort as the triples they pack.
template <unsigned W>
struct PackedTriple {
  static_assert(W >= 5 && W <= 8);
  unsigned char bytes[W];

  uint64_t key() const {
    if constexpr (std::endian::native == std::endian::little) {
      if constexpr (W == 8) {
        uint64_t v;
        std::memcpy(&v, bytes, 8);
        return v;
      } else {
        // Two 4-byte loads (the second ends at the last byte), not one
        // into a zeroed word: a load of 8 bytes after a store of W stalls.
        uint32_t lo, hi;
        std::memcpy(&lo, bytes, 4);
        std::memcpy(&hi, bytes + W - 4, 4);
        return lo | (static_cast<uint64_t>(hi >> (8 * (8 - W))) << 32);
      }
    } else {
      uint64_t v = 0;
      for (unsigned i = W; i-- > 0;) v = (v << 8) | bytes[i];
      return v;
    }
  }
  void set(uint64_t v) {
    if constexpr (std::endian::native == std::endian::little) {
      std::memcpy(bytes, &v, W);
    } else {
      for (unsigned i = 0; i < W; ++i, v >>= 8) bytes[i] = static_cast<unsigned char>(v);
    }
  }
  bool operator==(const PackedTriple& o) const { return std::memcmp(bytes, o.bytes, W) == 0; }
};

// Gives the pages of freed heap blocks back to the system (glibc keeps
// them), when the graph is large (`triples`): before a stretch of work that
// takes memory anew, so that what was freed does not count on top of it.
// For a small graph (one article's) it does nothing: trimming walks the heap.
void ReleaseFreedPages(size_t triples);

// Sorts packed triples by key, as std::sort would, by the key's bytes from
// the highest in use (an in-place radix sort). W is 5 to 8.
template <unsigned W>
void RadixSort(PackedTriple<W>* first, PackedTriple<W>* last);

// The triples of a table, each packed as a key (see PackedTriple): the
// subject's and the object's ids and the index of the predicate in a small
// table of the predicates in use. The fields are as narrow as the ids and
// the predicates seen so far allow, and the keys as few bytes as the fields
// need: 5 bytes while ids stay below 2^16 and predicates number at most
// 256, 6 below 2^20, 7 below 2^24, 8 below 2^28. A larger id, or a 257th
// predicate (4 more bits of predicate index, up to 16), widens the fields
// or the keys, every triple packed again. A node id that does not fit 8
// bytes is kTooLarge (std::length_error). Read t[i] or IdTriple(t); assign
// a whole IdTriple, or another element.
class TripleVector {
 public:
  // A triple in place, as a value: read it, or assign one.
  class Ref {
   public:
    operator IdTriple() const { return v_->Unpack(v_->Key(i_)); }  // NOLINT: a proxy
    NodeId operator[](size_t k) const { return IdTriple(*this)[k]; }
    Ref& operator=(const IdTriple& t) {
      v_->SetKey(i_, v_->Pack(t));
      return *this;
    }
    Ref& operator=(const Ref& r) {  // the packed triple itself: one vector's
      v_->SetKey(i_, r.v_->Key(r.i_));
      return *this;
    }
    Ref(const Ref&) = default;

   private:
    friend class TripleVector;
    Ref(TripleVector* v, size_t i) : v_(v), i_(i) {}
    TripleVector* v_;
    size_t i_;
  };
  class const_iterator {
   public:
    IdTriple operator*() const { return v_->Unpack(v_->Key(i_)); }
    const_iterator& operator++() {
      ++i_;
      return *this;
    }
    bool operator==(const const_iterator& o) const { return i_ == o.i_; }
    bool operator!=(const const_iterator& o) const { return i_ != o.i_; }

   private:
    friend class TripleVector;
    const_iterator(const TripleVector* v, size_t i) : v_(v), i_(i) {}
    const TripleVector* v_;
    size_t i_;
  };

  TripleVector() = default;
  ~TripleVector() { std::free(data_); }
  TripleVector(const TripleVector&) = delete;
  TripleVector& operator=(const TripleVector&) = delete;
  TripleVector(TripleVector&& o) noexcept { *this = std::move(o); }
  TripleVector& operator=(TripleVector&& o) noexcept;

  size_t size() const { return size_; }
  // In triples of the present width.
  size_t capacity() const { return bytes_ / width_; }
  // Bytes a triple takes now (5 to 8).
  unsigned width() const { return width_; }
  bool empty() const { return size_ == 0; }
  void reserve(size_t n) { ReserveBytes(n * width_); }
  // Drops the triples from the n-th on.
  void resize(size_t n) { size_ = std::min(n, size_); }
  // Gives back the memory beyond size().
  void shrink_to_fit();
  // Empties the vector and forgets its predicates.
  void clear();
  // Drops the triples [first, last) (indices).
  void erase(size_t first, size_t last) {
    std::memmove(data_ + first * width_, data_ + last * width_, (size_ - last) * width_);
    size_ -= last - first;
  }
  void push_back(const IdTriple& t) {
    const uint64_t k = Pack(t);
    if ((size_ + 1) * width_ > bytes_) ReserveBytes(bytes_ + std::max<size_t>(bytes_ / 16, 8192));
    SetKey(size_++, k);
  }
  IdTriple operator[](size_t i) const { return Unpack(Key(i)); }
  Ref operator[](size_t i) { return Ref(this, i); }
  const_iterator begin() const { return const_iterator(this, 0); }
  const_iterator end() const { return const_iterator(this, size_); }

  // Calls fn(first, last) with the packed triples as PackedTriple<W>
  // pointers for the present width W, and returns what it returns. Equal
  // keys are equal triples, and sorting keys sorts by subject id, predicate
  // index, object id. What fn stores there comes from PackFields, of ids no
  // larger than those the vector holds.
  template <typename Fn>
  decltype(auto) WithPacked(Fn&& fn) {
    return ByWidth(*this, std::forward<Fn>(fn));
  }
  // The same, read-only.
  template <typename Fn>
  decltype(auto) WithPacked(Fn&& fn) const {
    return ByWidth(*this, std::forward<Fn>(fn));
  }
  // Calls fn(t) with each triple in order: a loop over the packed triples
  // of the present width, the triples unpacked inline (not through an
  // iterator's call per triple).
  template <typename Fn>
  void ForEach(Fn&& fn) const {
    auto each = [&](const auto* first, const auto* last) {
      for (const auto* r = first; r != last; ++r) fn(Unpack(r->key()));
    };
    WithPacked(each);
  }
  // The same for the triples whose predicate is one of `predicates` (ids
  // not in use match none): the others are passed over by their keys'
  // predicate index alone, not unpacked.
  template <typename Fn>
  void ForEachOf(std::initializer_list<NodeId> predicates, Fn&& fn) const {
    std::vector<uint8_t> wanted(predicates_.size(), 0);
    bool any = false;
    for (const NodeId p : predicates) {
      for (size_t i = 0; i < predicates_.size(); ++i) {
        if (predicates_[i] == p) {
          wanted[i] = 1;
          any = true;
        }
      }
    }
    if (!any) return;
    auto each = [&](const auto* first, const auto* last) {
      for (const auto* r = first; r != last; ++r) {
        const uint64_t k = r->key();
        if (wanted[Predicate(k)] != 0) fn(Unpack(k));
      }
    };
    WithPacked(each);
  }
  uint64_t Pack(const IdTriple& t) {
    FitIds(std::max(t[0], t[2]));
    return PackFields(t[0], PredicateIndex(t[1]), t[2]);
  }
  // Makes the node fields hold ids up to `most` (wider when they do not).
  void FitIds(NodeId most) {
    if (most <= largest_) return;
    if (most > NodeMask()) Widen(most);
    largest_ = most;
  }
  IdTriple Unpack(uint64_t k) const {
    return {static_cast<NodeId>(k >> (pbits_ + nbits_)), predicates_[Predicate(k)],
            static_cast<NodeId>(k & NodeMask())};
  }
  // The parts of a key: the predicate's index, and a key of parts.
  uint32_t Predicate(uint64_t k) const {
    return static_cast<uint32_t>((k >> nbits_) & ((uint64_t{1} << pbits_) - 1));
  }
  uint64_t PackFields(NodeId s, uint32_t predicate, NodeId o) const {
    if (s > NodeMask() || o > NodeMask()) throw std::length_error(kTooLarge);
    return (static_cast<uint64_t>(s) << (pbits_ + nbits_)) |
           (static_cast<uint64_t>(predicate) << nbits_) | o;
  }
  // The predicates, by index.
  const std::vector<NodeId>& predicates() const { return predicates_; }

 private:
  // fn(first, last) over self's packed triples of its present width, self
  // a TripleVector or a const one.
  template <typename Self, typename Fn>
  static decltype(auto) ByWidth(Self& self, Fn&& fn) {
    switch (self.width_) {
      case 5:
        return fn(self.template As<5>(), self.template As<5>() + self.size_);
      case 6:
        return fn(self.template As<6>(), self.template As<6>() + self.size_);
      case 7:
        return fn(self.template As<7>(), self.template As<7>() + self.size_);
      default:
        return fn(self.template As<8>(), self.template As<8>() + self.size_);
    }
  }
  template <unsigned W>
  PackedTriple<W>* As() {
    return reinterpret_cast<PackedTriple<W>*>(data_);
  }
  template <unsigned W>
  const PackedTriple<W>* As() const {
    return reinterpret_cast<const PackedTriple<W>*>(data_);
  }
  uint64_t Key(size_t i) const {
    if constexpr (std::endian::native == std::endian::little) {
      // 8 bytes, the key's and what follows (kPadding past the last), masked.
      uint64_t v;
      std::memcpy(&v, data_ + i * width_, 8);
      return v & KeyMask();
    }
    switch (width_) {
      case 5:
        return As<5>()[i].key();
      case 6:
        return As<6>()[i].key();
      case 7:
        return As<7>()[i].key();
      default:
        return As<8>()[i].key();
    }
  }
  void SetKey(size_t i, uint64_t k) { SetKey(i, k, width_); }
  // Stores key `k` as the i-th of keys `width` bytes wide (Relayout's
  // width, while width_ is still the old one).
  void SetKey(size_t i, uint64_t k, unsigned width) {
    switch (width) {
      case 5:
        return As<5>()[i].set(k);
      case 6:
        return As<6>()[i].set(k);
      case 7:
        return As<7>()[i].set(k);
      default:
        return As<8>()[i].set(k);
    }
  }
  uint64_t NodeMask() const { return (uint64_t{1} << nbits_) - 1; }
  uint64_t KeyMask() const { return ~uint64_t{0} >> (64 - 8 * width_); }
  void ReserveBytes(size_t n);
  // Room for node ids up to `most`: wider fields and keys.
  void Widen(NodeId most);
  // Packs every triple again with `width` bytes and `pbits` bits of predicate.
  void Relayout(unsigned width, unsigned pbits);
  // The index of predicate `p`, added when new (widening the index then).
  uint32_t PredicateIndex(NodeId p) {
    if (p == last_predicate_ && !predicates_.empty()) return last_index_;
    if (p < index_by_node_.size() && index_by_node_[p] != kNoNode) {
      last_predicate_ = p;
      return last_index_ = index_by_node_[p];
    }
    return AddPredicate(p);
  }
  uint32_t AddPredicate(NodeId p);

  static constexpr unsigned kFirstWidth = 5;
  // Bytes allocated past bytes_, so that Key reads 8 bytes at any triple.
  static constexpr size_t kPadding = 8;
  unsigned char* data_ = nullptr;
  size_t size_ = 0, bytes_ = 0;  // triples held, bytes allocated
  unsigned width_ = kFirstWidth;
  unsigned pbits_ = 8, nbits_ = 16;  // 2 * nbits_ + pbits_ <= 8 * width_
  NodeId largest_ = 0;               // the largest id the fields must hold
  std::vector<NodeId> predicates_;
  std::vector<std::pair<NodeId, uint32_t>> predicate_index_;  // sorted by node
  // The same for predicates with ids below kIndexedIds (most: they are
  // interned early), by id; kNoNode for none. Not for all ids: a predicate
  // interned late (as the events' nkg:mention) would size it by the nodes.
  static constexpr NodeId kIndexedIds = NodeId{1} << 16;
  std::vector<uint32_t> index_by_node_;
  NodeId last_predicate_ = kNoNode;
  uint32_t last_index_ = 0;
};

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_TRIPLE_VECTOR_H_
