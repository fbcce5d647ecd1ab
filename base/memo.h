// Per-thread memos of what a read-only object computes from a string (a
// lexicon's lookups, a tagger's candidates): the words of news repeat, and a
// small table of the words seen lately is faster to search than the large
// table of every word known.
#ifndef NEWSKG_BASE_MEMO_H_
#define NEWSKG_BASE_MEMO_H_

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "base/strings.h"

namespace newskg {

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

// What one thread computed for one object, by string key; forgets all when
// it holds `kCapacity` entries or serves another object.
template <typename V, size_t kCapacity = 100000>
class ThreadMemo {
 public:
  // The memo of the object named `serial`, emptied if it was another's.
  StringMap<V>& For(const ContentSerial& serial) {
    if (owner_ != serial.value() || map_.size() >= kCapacity) {
      map_.clear();
      owner_ = serial.value();
    }
    return map_;
  }

 private:
  uint64_t owner_ = 0;
  StringMap<V> map_;
};

}  // namespace newskg

#endif  // NEWSKG_BASE_MEMO_H_
