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

WordId Vocabulary::Find(std::string_view word) const { return FindInTable(word, Hash(word)); }

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
  // Hashed once: the lexicons add some 300,000 words at start-up.
  const uint64_t h = Hash(word);
  if (const WordId id = FindInTable(word, h); id != kNoWordId) return id;
  const auto id = static_cast<WordId>(size());
  chars_.append(word);
  offsets_.push_back(static_cast<uint32_t>(chars_.size()));
  // At most half the slots in use.
  if (2 * size() > slots_.size()) {
    Grow();
  } else {
    Place(id, h);
  }
  return id;
}

void Vocabulary::Place(WordId id, uint64_t h) {
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
  for (WordId id = 0; id < size(); ++id) Place(id, Hash(Text(id)));
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
