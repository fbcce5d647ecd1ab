#include "extract/internal/arc_combine.h"

#include <gtest/gtest.h>

#include <limits>
#include <string>
#include <vector>

#include "extract/internal/arc_eager.h"
#include "extract/internal/perceptron.h"

namespace newskg::arc_combine {
namespace {

struct CombineCase {
  const char* name;
  int n;
  std::vector<Arc> arcs;
  std::vector<int> heads;  // by word 1..n (index 0 unused)
};

TEST(ArcCombineTest, HeaviestTree) {
  const CombineCase cases[] = {
      {"two parsers agree", 3, {{2, 1, 2}, {0, 2, 2}, {2, 3, 2}}, {0, 2, 0, 2}},
      {"the surer parser wins a disputed head",
       3,
       {{2, 1, 2}, {0, 2, 2}, {2, 3, 1.2}, {1, 3, 1.1}},
       {0, 2, 0, 2}},
      {"the best heads make a cycle (1 <-> 2), broken where it costs least",
       3,
       {{2, 1, 3}, {1, 2, 3}, {0, 1, 1}, {3, 2, 2.5}, {0, 3, 2}},
       {0, 2, 3, 0}},
      {"two arcs from the root: only one is kept",
       2,
       {{0, 1, 2}, {0, 2, 2}, {1, 2, 1}, {2, 1, 0.5}},
       {0, 0, 1}},
      {"one word", 1, {{0, 1, 1}}, {0, 0}},
  };
  for (const CombineCase& c : cases) {
    std::vector<int> heads = CombineTrees(c.n, c.arcs);
    heads[0] = 0;
    EXPECT_EQ(heads, c.heads) << c.name;
  }
}

// The weight of a tree given by heads (1..n), or -infinity when an arc is
// missing from `arcs`.
double Weight(const std::vector<int>& heads, const std::vector<Arc>& arcs) {
  double total = 0;
  for (size_t d = 1; d < heads.size(); ++d) {
    double best = -std::numeric_limits<double>::infinity();
    for (const Arc& a : arcs) {
      if (a.dep == static_cast<int>(d) && a.head == heads[d] && a.weight > best) best = a.weight;
    }
    total += best;
  }
  return total;
}

// The union of three random trees with random weights: the combination is a
// tree with one root arc, and no tree with one root arc over those arcs
// weighs more (checked against every choice of heads).
TEST(ArcCombineTest, MatchesExhaustiveSearchOnRandomTrees) {
  perceptron::SplitMix rng{7};
  for (int trial = 0; trial < 300; ++trial) {
    const int n = 1 + static_cast<int>(rng.Next() % 6);
    std::vector<Arc> arcs;
    for (int t = 0; t < 3; ++t) {
      // A random tree: a random order of the words, each under an earlier one
      // (the first under the root).
      std::vector<int> order;
      for (int w = 1; w <= n; ++w) order.push_back(w);
      perceptron::Shuffle(order, rng);
      for (size_t k = 0; k < order.size(); ++k) {
        const int head = k == 0 ? 0 : order[rng.Next() % k];
        arcs.push_back({head, order[k], 0.25 * static_cast<double>(1 + rng.Next() % 8)});
      }
    }
    const std::vector<int> heads = CombineTrees(n, arcs);
    ASSERT_TRUE(arc_eager::IsTree(heads)) << "trial " << trial;
    const double got = Weight(heads, arcs);
    ASSERT_GT(got, -std::numeric_limits<double>::infinity());
    // Every assignment of heads from the arcs.
    std::vector<std::vector<int>> options(static_cast<size_t>(n) + 1);
    for (const Arc& a : arcs) options[static_cast<size_t>(a.dep)].push_back(a.head);
    std::vector<size_t> pick(static_cast<size_t>(n) + 1, 0);
    double best = -std::numeric_limits<double>::infinity();
    for (;;) {
      std::vector<int> h(static_cast<size_t>(n) + 1, 0);
      for (int d = 1; d <= n; ++d)
        h[static_cast<size_t>(d)] = options[static_cast<size_t>(d)][pick[static_cast<size_t>(d)]];
      if (arc_eager::IsTree(h)) best = std::max(best, Weight(h, arcs));
      int d = 1;
      while (d <= n && ++pick[static_cast<size_t>(d)] == options[static_cast<size_t>(d)].size()) {
        pick[static_cast<size_t>(d)] = 0;
        ++d;
      }
      if (d > n) break;
    }
    EXPECT_DOUBLE_EQ(got, best) << "trial " << trial << ", " << n << " words";
  }
}

}  // namespace
}  // namespace newskg::arc_combine
