// Per-thread memos of what a read-only object computes from a string (a
// lexicon's lookups, a tagger's candidates): the words of news repeat, and a
// small table of the words seen lately is faster to search than the large
// table of every word known.
#ifndef NEWSKG_BASE_MEMO_H_
#define NEWSKG_BASE_MEMO_H_

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace newskg {

// A fast hash of a short string, eight bytes at a time, for tables that
// never leave the process (not stable across machines).
inline uint64_t MemoHash(std::string_view s) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ s.size();
  size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 31;
  }
  // The last 1-7 bytes as a little-endian number, read without a call to
  // memcpy of a variable size: two overlapping loads of four bytes, or three
  // single bytes.
  uint64_t v = 0;
  const size_t r = s.size() - i;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data() + i);
  if (r >= 4) {
    uint32_t lo, hi;
    std::memcpy(&lo, p, 4);
    std::memcpy(&hi, p + r - 4, 4);
    v = lo | uint64_t{hi} << (8 * (r - 4));
  } else if (r > 0) {
    v = uint64_t{p[0]} | uint64_t{p[r / 2]} << (8 * (r / 2)) | uint64_t{p[r - 1]} << (8 * (r - 1));
  }
  h ^= v;
  // MurmurHash3's finalizer: every input bit reaches the low bits.
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  return h ^ (h >> 33);
}

// A number naming one object's contents. A copy gets a new number (a memo's
// entries may point into the original); a move keeps it (the moved tables
// keep their nodes where they were).
class ContentSerial {
 public:
  ContentSerial() : value_(Next()) {}
  ContentSerial(const ContentSerial&) : value_(Next()) {}
  ContentSerial& operator=(const ContentSerial&) {
    value_ = Next();
    return *this;
  }
  ContentSerial(ContentSerial&&) = default;
  ContentSerial& operator=(ContentSerial&&) = default;
  // After the contents change.
  void Renew() { value_ = Next(); }
  uint64_t value() const { return value_; }

 private:
  static uint64_t Next() {
    static std::atomic<uint64_t> next{1};
    return next++;
  }
  uint64_t value_;
};

// An open-addressing index of strings kept elsewhere (a memo's entries, a
// word list's words), each named by its position 0, 1, 2, ... in the order
// added. A slot holds a string's MemoHash (high 32 bits) and its position + 1
// (0: empty); the table doubles when more than one slot in `spread` is full.
// It also remembers the first bytes and the lengths of its strings: a caller
// that asks mostly about strings it does not hold (a word list at every
// token) tests MayHold first and skips the hash for most of them.
class StringIndex {
 public:
  static constexpr size_t npos = static_cast<size_t>(-1);

  // `min_slots` a power of two.
  StringIndex(size_t min_slots, size_t spread)
      : min_slots_(min_slots), spread_(spread), slots_(min_slots, 0) {}
  // False when no string held has the first byte or the length of `key`
  // (lengths of 63 bytes or more count as one).
  bool MayHold(std::string_view key) const {
    if ((lengths_ >> std::min<size_t>(key.size(), 63) & 1) == 0) return false;
    if (key.empty()) return true;
    const auto first = static_cast<unsigned char>(key[0]);
    return (firsts_[first / 64] >> (first % 64) & 1) != 0;
  }
  // MayHold of the string `a` and `b` joined, without joining them.
  bool MayHoldJoined(std::string_view a, std::string_view b) const {
    if ((lengths_ >> std::min<size_t>(a.size() + b.size(), 63) & 1) == 0) return false;
    const std::string_view head = a.empty() ? b : a;
    if (head.empty()) return true;
    const auto first = static_cast<unsigned char>(head[0]);
    return (firsts_[first / 64] >> (first % 64) & 1) != 0;
  }
  // The position of the string equal to `key`, or npos; `at(k)` gives the
  // string at position k.
  template <typename At>
  size_t Find(std::string_view key, const At& at) const {
    const uint64_t h = MemoHash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return npos;
      if (slot >> 32 != h >> 32) continue;
      const size_t k = static_cast<uint32_t>(slot) - 1;
      if (std::string_view(at(k)) == key) return k;
    }
  }
  // Indexes the string just added at position count - 1 (`count` strings
  // in all), growing the table when it is too full.
  template <typename At>
  void Added(size_t count, const At& at) {
    Note(at(count - 1));
    if (spread_ * count > slots_.size()) {
      slots_.assign(slots_.size() * 2, 0);
      for (size_t k = 0; k < count; ++k) Place(k, at(k));
    } else {
      Place(count - 1, at(count - 1));
    }
  }
  void clear() {
    slots_.assign(min_slots_, 0);
    firsts_[0] = firsts_[1] = firsts_[2] = firsts_[3] = 0;
    lengths_ = 0;
  }

 private:
  void Note(std::string_view s) {
    lengths_ |= uint64_t{1} << std::min<size_t>(s.size(), 63);
    if (s.empty()) return;
    const auto first = static_cast<unsigned char>(s[0]);
    firsts_[first / 64] |= uint64_t{1} << (first % 64);
  }
  void Place(size_t k, std::string_view s) {
    const uint64_t h = MemoHash(s);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = (h >> 32) << 32 | (k + 1);
  }

  size_t min_slots_;
  size_t spread_;
  std::vector<uint64_t> slots_;
  uint64_t firsts_[4] = {0, 0, 0, 0};  // the first bytes of the strings
  uint64_t lengths_ = 0;               // bit n: a string of n bytes (63: of 63 or more)
};

// A small map from words to values, filled once and then asked at almost
// every token ("yesterday" -> -1, "billion" -> 1e9): a StringIndex, so most
// words that are no key stop at its first-byte and length test, before a
// hash. The subset of std::unordered_map's interface its users need: find,
// end, count, operator[] (to fill it), size, empty; the entries in the order
// added.
template <typename V>
class WordMap {
 public:
  using Entry = std::pair<std::string, V>;
  using const_iterator = const Entry*;

  const_iterator end() const { return nullptr; }
  const_iterator find(std::string_view key) const {
    if (!index_.MayHold(key)) return nullptr;
    const size_t k = index_.Find(key, KeyAt{this});
    return k == StringIndex::npos ? nullptr : &entries_[k];
  }
  size_t count(std::string_view key) const { return find(key) != nullptr ? 1 : 0; }
  // count of `a` and `b` joined; most pairs stop before they are joined.
  size_t CountJoined(std::string_view a, std::string_view b) const {
    if (!index_.MayHoldJoined(a, b)) return 0;
    std::string key;
    key.reserve(a.size() + b.size());
    key.append(a).append(b);
    return count(key);
  }
  // The value of `key`, added (value-initialized) when new.
  V& operator[](std::string_view key) {
    if (const_iterator it = find(key); it != nullptr) return entries_[it - entries_.data()].second;
    entries_.emplace_back(std::string(key), V{});
    index_.Added(entries_.size(), KeyAt{this});
    return entries_.back().second;
  }
  size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }

 private:
  struct KeyAt {
    const WordMap* map;
    const std::string& operator()(size_t k) const { return map->entries_[k].first; }
  };

  std::vector<Entry> entries_;
  StringIndex index_{16, 4};  // at most a quarter of the slots full
};

// A table from strings to values for a memo: a StringIndex over entries kept
// in chunks of a fixed size, so that a value stays where it is while others
// are added (until clear), and an entry is found by two shifts. The subset of
// std::unordered_map's interface the memos use: find, end, emplace, size,
// clear.
template <typename V>
class StringMemo {
 public:
  using Entry = std::pair<std::string, V>;
  using iterator = Entry*;

  StringMemo() : index_(kMinSlots, 2) {}
  iterator end() const { return nullptr; }
  size_t size() const { return size_; }
  iterator find(std::string_view key) {
    const size_t k = index_.Find(key, KeyAt{this});
    return k == StringIndex::npos ? nullptr : &At(k);
  }
  // Adds (key, value) when the key is new.
  template <typename... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... value) {
    if (iterator it = find(key); it != nullptr) return {it, false};
    if (size_ % kChunk == 0) chunks_.emplace_back().reserve(kChunk);
    Entry& e = chunks_.back().emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                                           std::forward_as_tuple(std::forward<Args>(value)...));
    ++size_;
    index_.Added(size_, KeyAt{this});
    return {&e, true};
  }
  void clear() {
    chunks_.clear();
    size_ = 0;
    index_.clear();
  }

 private:
  static constexpr size_t kMinSlots = 1024;
  static constexpr size_t kChunkBits = 8;
  static constexpr size_t kChunk = size_t{1} << kChunkBits;
  struct KeyAt {
    const StringMemo* memo;
    const std::string& operator()(size_t k) const { return memo->At(k).first; }
  };
  Entry& At(size_t k) { return chunks_[k >> kChunkBits][k & (kChunk - 1)]; }
  const Entry& At(size_t k) const { return chunks_[k >> kChunkBits][k & (kChunk - 1)]; }

  // Entry k is chunks_[k / kChunk][k % kChunk]; a chunk never grows past
  // the capacity it was given, so its entries never move.
  std::vector<std::vector<Entry>> chunks_;
  size_t size_ = 0;
  StringIndex index_;
};

// What one thread computed for one object, by string key; forgets all when
// it holds `kCapacity` entries or serves another object.
template <typename V, size_t kCapacity = 100000>
class ThreadMemo {
 public:
  // The memo of the object named `serial`, emptied if it was another's.
  StringMemo<V>& For(const ContentSerial& serial) { return For(serial.value()); }
  StringMemo<V>& For(uint64_t serial) {
    if (owner_ != serial || map_.size() >= kCapacity) {
      map_.clear();
      owner_ = serial;
    }
    return map_;
  }

 private:
  uint64_t owner_ = 0;
  StringMemo<V> map_;
};

}  // namespace newskg

#endif  // NEWSKG_BASE_MEMO_H_
