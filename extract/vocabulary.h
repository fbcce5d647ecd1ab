// Interned words: a Vocabulary gives every word of the lexicons a dense id
// (WordId), a token's surface and lower-case forms are looked up in it once
// (Lexicon::Intern), and a WordSet answers membership for an interned word
// by one bit test instead of hashing the string again at every question.
#ifndef NEWSKG_EXTRACT_VOCABULARY_H_
#define NEWSKG_EXTRACT_VOCABULARY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.h"

namespace newskg {

// A table of distinct strings, each with a dense id (0, 1, 2, ... in the
// order they were added). Searched with string views; the strings are kept
// in one buffer. Not safe to add while other threads search.
class Vocabulary {
 public:
  Vocabulary();
  // Not copied: a copy would carry the serial of another vocabulary.
  Vocabulary(const Vocabulary&) = delete;
  Vocabulary& operator=(const Vocabulary&) = delete;
  Vocabulary(Vocabulary&&) = default;
  Vocabulary& operator=(Vocabulary&&) = default;
  // The word's id, added when new.
  WordId Add(std::string_view word);
  // Room for `words` words without growing.
  void Reserve(size_t words);
  // The word's id, or kNoWordId.
  WordId Find(std::string_view word) const;
  std::string_view Text(WordId id) const {
    return std::string_view(chars_).substr(offsets_[id], offsets_[id + 1] - offsets_[id]);
  }
  size_t size() const { return offsets_.size() - 1; }
  // A number naming this vocabulary (never 0): a Word interned in it carries
  // it, and a Word interned in another vocabulary is searched by its text.
  uint32_t serial() const { return serial_; }
  // Sets `word.id` (and its vocabulary) to the word's id or kNoWordId.
  void Intern(Word& word) const {
    word.id = Find(word);
    word.vocabulary = serial_;
  }

 private:
  static uint64_t Hash(std::string_view s);
  // Find in the table itself, the hash given.
  WordId FindInTable(std::string_view word, uint64_t h) const;
  // Puts `id`, whose word hashes to `h`, in the first free slot from its own.
  void Place(WordId id, uint64_t h);
  void Grow();

  uint32_t serial_;
  std::string chars_;              // every word, one after another
  std::vector<uint32_t> offsets_;  // word i is chars_[offsets_[i], offsets_[i + 1])
  // Open addressing: the hash's high 32 bits, then id + 1; 0 for empty.
  std::vector<uint64_t> slots_;
};

// A set of words, by id in one Vocabulary. Filled with `insert` while the
// vocabulary grows; `count` takes a Word (one bit test when it was interned
// in this vocabulary) or any string (one search of the vocabulary).
class WordSet {
 public:
  // Sets the vocabulary; must be called before insert, once. A set that has
  // none is empty.
  void Bind(Vocabulary* vocabulary) { vocabulary_ = vocabulary; }
  void insert(std::string_view word);
  // Adds the word of id `id` in the bound vocabulary (from its Add).
  void InsertId(WordId id);
  size_t count(const Word& word) const {
    if (vocabulary_ == nullptr) return 0;
    if (word.vocabulary == vocabulary_->serial()) return Has(word.id);
    return count(std::string_view(word));
  }
  size_t count(std::string_view word) const {
    return vocabulary_ == nullptr ? 0 : Has(vocabulary_->Find(word));
  }
  size_t count(const std::string& word) const { return count(std::string_view(word)); }
  size_t count(const char* word) const { return count(std::string_view(word)); }
  bool Has(WordId id) const {
    return id < bits_.size() * 64 && (bits_[id / 64] >> (id % 64) & 1) != 0;
  }
  size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  // Calls fn(std::string_view) for every word, in the order of their ids.
  template <typename Fn>
  void ForEach(Fn fn) const {
    for (WordId id = 0; id < bits_.size() * 64; ++id) {
      if (Has(id)) fn(vocabulary_->Text(id));
    }
  }

 private:
  Vocabulary* vocabulary_ = nullptr;
  std::vector<uint64_t> bits_;
  size_t size_ = 0;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_VOCABULARY_H_
