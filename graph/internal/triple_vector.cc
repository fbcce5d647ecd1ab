#include "graph/internal/triple_vector.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace newskg::internal {
namespace {

// The node fields' bits in `width` bytes beside `pbits` bits of predicate.
unsigned NodeBits(unsigned width, unsigned pbits) { return std::min(28U, (8 * width - pbits) / 2); }

// The narrowest width from `width` on whose node fields hold `most`
// beside `pbits` bits of predicate; kTooLarge when even 8 bytes do not.
unsigned WidthFor(NodeId most, unsigned width, unsigned pbits) {
  for (; width <= 8; ++width) {
    if ((uint64_t{most} >> NodeBits(width, pbits)) == 0) return width;
  }
  throw std::length_error(kTooLarge);
}

}  // namespace

void ReleaseFreedPages(size_t triples) {
#ifdef __GLIBC__
  if (triples < (size_t{1} << 16)) return;
  malloc_trim(0);
#else
  (void)triples;
#endif
}

TripleVector& TripleVector::operator=(TripleVector&& o) noexcept {
  if (this != &o) {
    std::free(data_);
    data_ = std::exchange(o.data_, nullptr);
    size_ = std::exchange(o.size_, 0);
    bytes_ = std::exchange(o.bytes_, 0);
    width_ = std::exchange(o.width_, kFirstWidth);
    pbits_ = std::exchange(o.pbits_, 8);
    nbits_ = std::exchange(o.nbits_, NodeBits(kFirstWidth, 8));
    largest_ = std::exchange(o.largest_, 0);
    predicates_ = std::exchange(o.predicates_, {});
    predicate_index_ = std::exchange(o.predicate_index_, {});
    index_by_node_ = std::exchange(o.index_by_node_, {});
    last_predicate_ = std::exchange(o.last_predicate_, kNoNode);
    last_index_ = std::exchange(o.last_index_, 0);
  }
  return *this;
}

void TripleVector::ReserveBytes(size_t n) {
  if (n <= bytes_) return;
  void* p = std::realloc(data_, n + kPadding);
  if (p == nullptr) throw std::bad_alloc();
  data_ = static_cast<unsigned char*>(p);
  bytes_ = n;
}

void TripleVector::shrink_to_fit() {
  const size_t need = size_ * width_;
  if (need == bytes_) return;
  if (need == 0) {
    std::free(data_);
    data_ = nullptr;
  } else if (void* p = std::realloc(data_, need + kPadding); p != nullptr) {
    data_ = static_cast<unsigned char*>(p);
  } else {
    return;  // keeps the larger block
  }
  bytes_ = need;
}

void TripleVector::clear() {
  size_ = 0;
  width_ = kFirstWidth;
  pbits_ = 8;
  nbits_ = NodeBits(width_, pbits_);
  largest_ = 0;
  predicates_.clear();
  predicate_index_.clear();
  index_by_node_.clear();
  last_predicate_ = kNoNode;
  last_index_ = 0;
}

void TripleVector::Widen(NodeId most) { Relayout(WidthFor(most, width_, pbits_), pbits_); }

void TripleVector::Relayout(unsigned width, unsigned pbits) {
  const unsigned nbits = NodeBits(width, pbits);
  ReserveBytes(size_ * width);
  auto repack = [&](size_t i) {
    const uint64_t k = Key(i);
    const uint64_t s = k >> (pbits_ + nbits_), pi = Predicate(k), o = k & NodeMask();
    SetKey(i, (s << (pbits + nbits)) | (pi << nbits) | o, width);
  };
  // Wider keys from the last on: each lands at or after where it was, on
  // keys already moved.
  for (size_t i = size_; i-- > 0;) repack(i);
  width_ = width;
  pbits_ = pbits;
  nbits_ = nbits;
}

uint32_t TripleVector::AddPredicate(NodeId p) {
  auto at = std::lower_bound(predicate_index_.begin(), predicate_index_.end(),
                             std::make_pair(p, uint32_t{0}));
  if (at == predicate_index_.end() || at->first != p) {
    if (predicates_.size() == (size_t{1} << pbits_)) {
      // Four more bits of predicates, two fewer of each node (or a wider
      // key); every triple packed again (the width found first, so a
      // failure changes nothing).
      if (pbits_ == 16) throw std::length_error(kTooLarge);
      Relayout(WidthFor(largest_, width_, pbits_ + 4), pbits_ + 4);
    }
    at = predicate_index_.insert(at, {p, static_cast<uint32_t>(predicates_.size())});
    predicates_.push_back(p);
  }
  if (p < kIndexedIds) {
    if (index_by_node_.size() <= p) index_by_node_.resize(p + 1, kNoNode);
    index_by_node_[p] = at->second;
  }
  last_predicate_ = p;
  return last_index_ = at->second;
}

}  // namespace newskg::internal
