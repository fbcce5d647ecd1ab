// The dependency parser's view of a sentence (hashed word, tags and suffix
// per word) and its feature templates over an arc-eager state, shared by
// greedy parsing, beam search and training (extract/dependency_parser.h).
#ifndef NEWSKG_EXTRACT_INTERNAL_PARSER_FEATURES_H_
#define NEWSKG_EXTRACT_INTERNAL_PARSER_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/internal/arc_eager.h"

namespace newskg::parser_features {

constexpr int kMaxFeatures = 128;

struct WordInfo {
  uint64_t w = 0, p = 0, u = 0, s = 0;  // word, Penn tag, UD tag, suffix
  bool punct = false;
};

// One WordInfo per word, from its form and its UPOS and XPOS tags.
void Describe(const std::vector<std::string_view>& words, const std::vector<std::string_view>& upos,
              const std::vector<std::string_view>& xpos, std::vector<WordInfo>& info);

// Writes the features of state `s` into f (room for kMaxFeatures); returns
// how many. They are TopFeatures of the stack top,
// BufferFeatures of the buffer front, then StateFeatures: the first two read
// one word's position alone, so a greedy parse can score them once per word.
size_t ParserFeatures(const arc_eager::State& s, const std::vector<WordInfo>& info, uint64_t* f);
size_t TopFeatures(int s0, const std::vector<WordInfo>& info, uint64_t* f);
size_t BufferFeatures(int n0, const std::vector<WordInfo>& info, uint64_t* f);
size_t StateFeatures(const arc_eager::State& s, const std::vector<WordInfo>& info, uint64_t* f);

}  // namespace newskg::parser_features

#endif  // NEWSKG_EXTRACT_INTERNAL_PARSER_FEATURES_H_
