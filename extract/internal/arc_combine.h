// Parser combination by reparsing (Sagae & Lavie 2006): the arcs that
// several parsers proposed, each weighted, and the heaviest tree over them
// (Chu & Liu 1965, Edmonds 1967).
#ifndef NEWSKG_EXTRACT_INTERNAL_ARC_COMBINE_H_
#define NEWSKG_EXTRACT_INTERNAL_ARC_COMBINE_H_

#include <vector>

namespace newskg::arc_combine {

// An arc from `head` (0: the root) to `dep` (1..n).
struct Arc {
  int head = 0, dep = 0;
  double weight = 0;
};

// The maximum spanning arborescence rooted at 0 over words 1..n: for each
// node 0..n the index into `arcs` of its incoming arc (-1 for the root, and
// for a word no arc reaches). Arcs from a word to itself or into the root
// are ignored. Ties go to the earlier arc, so the result depends only on the
// input.
std::vector<int> MaxSpanningTree(int n, const std::vector<Arc>& arcs);

// The heaviest tree with exactly one arc from the root, over arcs that hold
// at least one such tree (for example the union of parsers' trees): by word
// 1..n (index 0 unused), its head.
std::vector<int> CombineTrees(int n, const std::vector<Arc>& arcs);

}  // namespace newskg::arc_combine

#endif  // NEWSKG_EXTRACT_INTERNAL_ARC_COMBINE_H_
