// Per-thread memos of what a read-only object computes from a string (a
// lexicon's lookups, a tagger's candidates): the words of news repeat, and a
// small table of the words seen lately is faster to search than the large
// table of every word known.
#ifndef NEWSKG_BASE_MEMO_H_
#define NEWSKG_BASE_MEMO_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
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
  uint64_t v = 0;
  if (i < s.size()) std::memcpy(&v, s.data() + i, s.size() - i);
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

// A table from strings to values for a memo: open addressing over a fast
// hash (the keys never leave the process, so the hash needs no stability),
// with the entries in a deque, so that a value stays where it is while others
// are added (until clear). The subset of std::unordered_map's interface the
// memos use: find, end, emplace, size, clear.
template <typename V>
class StringMemo {
 public:
  using Entry = std::pair<std::string, V>;
  using iterator = Entry*;

  StringMemo() : slots_(kMinSlots, 0) {}
  iterator end() const { return nullptr; }
  size_t size() const { return entries_.size(); }
  iterator find(std::string_view key) {
    const uint64_t h = MemoHash(key);
    const size_t mask = slots_.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const uint64_t slot = slots_[i];
      if (slot == 0) return nullptr;
      if (slot >> 32 != h >> 32) continue;
      Entry& e = entries_[static_cast<uint32_t>(slot) - 1];
      if (e.first == key) return &e;
    }
  }
  // Adds (key, value) when the key is new.
  template <typename... Args>
  std::pair<iterator, bool> emplace(std::string_view key, Args&&... value) {
    if (iterator it = find(key); it != nullptr) return {it, false};
    entries_.emplace_back(std::piecewise_construct, std::forward_as_tuple(key),
                          std::forward_as_tuple(std::forward<Args>(value)...));
    if (2 * entries_.size() > slots_.size()) {
      slots_.assign(slots_.size() * 2, 0);
      for (size_t k = 0; k < entries_.size(); ++k) Place(k);
    } else {
      Place(entries_.size() - 1);
    }
    return {&entries_.back(), true};
  }
  void clear() {
    entries_.clear();
    slots_.assign(kMinSlots, 0);
  }

 private:
  static constexpr size_t kMinSlots = 1024;
  void Place(size_t k) {
    const uint64_t h = MemoHash(entries_[k].first);
    const size_t mask = slots_.size() - 1;
    size_t i = h & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = (h >> 32) << 32 | (k + 1);
  }

  std::deque<Entry> entries_;
  std::vector<uint64_t> slots_;  // the hash's high 32 bits, then entry index + 1; 0: empty
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
