// DependencyParser::Run, the transition loop that parsing and training both
// drive (extract/dependency_parser.cc, extract/internal/parser_training.cc).
#ifndef NEWSKG_EXTRACT_INTERNAL_PARSER_RUN_H_
#define NEWSKG_EXTRACT_INTERNAL_PARSER_RUN_H_

#include <algorithm>
#include <cstdint>
#include <vector>

#include "extract/dependency_parser.h"
#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_features.h"

namespace newskg {

template <typename Scorer, typename Chooser>
void DependencyParser::Run(const std::vector<WordInfo>& info, const Scorer& score,
                           const Chooser& choose, std::vector<int>& heads,
                           std::vector<int>& labels) const {
  const int n = static_cast<int>(info.size());
  arc_eager::State s(n);
  const int actions = arc_eager::NumActions(num_labels());
  std::vector<float> scores(static_cast<size_t>(actions));
  uint64_t f[parser_features::kMaxFeatures];
  while (!s.Terminal()) {
    const size_t nf = parser_features::ParserFeatures(s, info, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(f, nf, scores.data());
    const int a = choose(s, f, nf, scores);
    arc_eager::Apply(s, a);
  }
  Finish(s, info, heads, labels);
}

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_INTERNAL_PARSER_RUN_H_
