#include "extract/vocabulary.h"

#include <atomic>
#include <cstring>

#include "base/base.h"

namespace newskg {
namespace {

uint32_t NextSerial() {
  static std::atomic<uint32_t> next{1};
  return next++;
}

}  // namespace

Vocabulary::Vocabulary() : serial_(NextSerial()), offsets_{0}, slots_(1024, 0) {}

uint64_t Vocabulary::Hash(std::string_view s) { return MemoHash(s); }

WordId Vocabulary::Find(std::string_view word) const {
  const uint64_t h = Hash(word);
  // The words of news repeat: a short word's answer is remembered per thread
  // in a small table that stays in the cache, where the vocabulary's own
  // table (megabytes with WordNet) and its characters cost a cache miss or
  // two a word. An entry holds the word (zero-padded, its length in the
  // last byte), so it answers only for that word, and the vocabulary's
  // serial and size when it was asked, so it answers only while the
  // vocabulary is the same (ids never change; a word added since may have
  // been missing then).
  struct Entry {
    char key[16];
    uint64_t stamp;
    WordId id;
  };
  constexpr size_t kEntries = 4096;
  static thread_local Entry cache[kEntries];
  if (word.size() >= sizeof(Entry::key)) return FindInTable(word, h);
  char key[sizeof(Entry::key)] = {};
  std::memcpy(key, word.data(), word.size());
  key[sizeof(key) - 1] = static_cast<char>(word.size());
  const uint64_t stamp = uint64_t{serial_} << 32 | size();
  Entry& e = cache[(h >> 40) & (kEntries - 1)];
  if (e.stamp == stamp && std::memcmp(e.key, key, sizeof(key)) == 0) return e.id;
  const WordId id = FindInTable(word, h);
  std::memcpy(e.key, key, sizeof(key));
  e.stamp = stamp;
  e.id = id;
  return id;
}

WordId Vocabulary::FindInTable(std::string_view word, uint64_t h) const {
  const uint64_t tag = h >> 32;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const uint64_t slot = slots_[i];
    if (slot == 0) return kNoWordId;
    if (slot >> 32 != tag) continue;
    const auto id = static_cast<WordId>(slot) - 1;
    const uint32_t b = offsets_[id], e = offsets_[id + 1];
    if (e - b == word.size() && std::memcmp(chars_.data() + b, word.data(), word.size()) == 0)
      return id;
  }
}

WordId Vocabulary::Add(std::string_view word) {
  // Not through Find's cache: the words loaded are asked once.
  if (const WordId id = FindInTable(word, Hash(word)); id != kNoWordId) return id;
  const auto id = static_cast<WordId>(size());
  chars_.append(word);
  offsets_.push_back(static_cast<uint32_t>(chars_.size()));
  // At most half the slots in use.
  if (2 * size() > slots_.size()) {
    Grow();
  } else {
    Place(id);
  }
  return id;
}

void Vocabulary::Place(WordId id) {
  const uint64_t h = Hash(Text(id));
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = (h >> 32) << 32 | (uint64_t{id} + 1);
}

void Vocabulary::Reserve(size_t words) {
  size_t n = slots_.size();
  while (n < 2 * words) n *= 2;
  if (n == slots_.size()) return;
  slots_.resize(n / 2);
  Grow();
}

void Vocabulary::Grow() {
  slots_.assign(slots_.size() * 2, 0);
  for (WordId id = 0; id < size(); ++id) Place(id);
}

void WordSet::insert(std::string_view word) { InsertId(vocabulary_->Add(word)); }

void WordSet::InsertId(WordId id) {
  if (id >= bits_.size() * 64) bits_.resize(id / 64 + 1, 0);
  if (!Has(id)) {
    bits_[id / 64] |= uint64_t{1} << (id % 64);
    ++size_;
  }
}

}  // namespace newskg
