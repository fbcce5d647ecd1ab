#include "extract/internal/arc_eager.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <string>

#include "extract/conllu.h"

namespace newskg::arc_eager {
namespace {

constexpr int kRoot = 0, kNsubj = 1, kObj = 2, kDet = 3;

// "the dog barked": 1 <-det- 2 <-nsubj- 3 <-root- 0
const std::vector<int> kHead = {-1, 2, 3, 0};
const std::vector<int> kLabel = {-1, kDet, kNsubj, kRoot};

struct CostCase {
  const char* name;
  std::vector<int> before;  // actions applied first
  int action;
  int cost;
};

TEST(ArcEagerTest, DynamicOracleCosts) {
  const CostCase cases[] = {
      {"shift the first word", {}, kShift, 0},
      {"root takes a word that has a head to come, and the root word is lost",
       {},
       RightArc(kRoot),
       2},
      {"right arc from root with a wrong label is not valid", {}, RightArc(kDet), -1},
      {"left arc of the determiner to its noun", {kShift}, LeftArc(kDet), 0},
      {"left arc with the wrong label", {kShift}, LeftArc(kNsubj), 1},
      {"reduce a word without a head is not valid", {kShift}, kReduce, -1},
      // "the" on the stack, "dog" in front: shifting strands "the" below "dog".
      {"shift past a dependent", {kShift}, kShift, 1},
      // "dog" as the dependent of "the" loses dog's head and the's head.
      {"right arc the wrong way", {kShift}, RightArc(kObj), 2},
      {"dog to barked", {kShift, LeftArc(kDet), kShift}, LeftArc(kNsubj), 0},
      {"dog made the root: barked then cannot head it",
       {kShift, LeftArc(kDet)},
       RightArc(kRoot),
       2},
      {"barked as root", {kShift, LeftArc(kDet), kShift, LeftArc(kNsubj)}, RightArc(kRoot), 0},
  };
  for (const CostCase& c : cases) {
    State s(3);
    for (int a : c.before) {
      ASSERT_TRUE(Valid(s, a, kRoot)) << c.name;
      Apply(s, a);
    }
    if (c.cost < 0) {
      EXPECT_FALSE(Valid(s, c.action, kRoot)) << c.name;
      continue;
    }
    ASSERT_TRUE(Valid(s, c.action, kRoot)) << c.name;
    EXPECT_EQ(Cost(s, c.action, kHead, kLabel), c.cost) << c.name;
  }
}

TEST(ArcEagerTest, LostDependentsInTheBuffer) {
  // "saw it": 1 root, 2 obj of 1. Reducing or left-arcing 1 loses "it".
  const std::vector<int> head = {-1, 0, 1};
  const std::vector<int> label = {-1, kRoot, kObj};
  State s(2);
  Apply(s, RightArc(kRoot));  // stack [0 1], buffer [2]
  EXPECT_EQ(Cost(s, kReduce, head, label), 1);
  EXPECT_EQ(Cost(s, RightArc(kObj), head, label), 0);
  EXPECT_EQ(Cost(s, kShift, head, label), 1);
}

TEST(ArcEagerTest, OnlyTreesAreTrees) {
  const std::pair<std::vector<int>, bool> cases[] = {
      {{-1, 2, 0, 2}, true},  {{-1, 3, 0, 1}, false},  // 1 -> 3 -> 1: a cycle beside the root
      {{-1, 1, 0}, false},                             // a word heads itself
      {{-1, 0, 0}, false},                             // two roots
      {{-1, 2, 3, 1}, false},                          // no root
      {{-1, 5, 0}, false},                             // a head past the end
  };
  for (const auto& [head, tree] : cases) EXPECT_EQ(IsTree(head), tree);
}

TEST(ArcEagerTest, ProjectivizeLiftsCrossingArcs) {
  // 1 -> 3, 2 -> 4 cross; lifting 2's arc makes the tree projective.
  std::vector<int> head = {-1, 0, 4, 1, 1};
  EXPECT_FALSE(IsProjective(head));
  EXPECT_GE(Projectivize(head), 1);
  EXPECT_TRUE(IsProjective(head));
  std::vector<int> tree = {-1, 2, 0, 2};
  EXPECT_TRUE(IsProjective(tree));
  EXPECT_EQ(Projectivize(tree), 0);
}

// The static oracle (always a zero-cost action) rebuilds every projective
// tree of a treebank sample exactly.
TEST(ArcEagerTest, OracleRebuildsProjectiveTrees) {
  const std::string path =
      std::string(NEWSKG_SOURCE_DIR) + "/../shared/data/ud-english-ewt/en_ewt-ud-dev.conllu";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no treebank at " << path;
  auto r = ReadConlluFile(path);
  ASSERT_TRUE(r.ok()) << r.status().message();
  std::map<std::string, int> labels{{"root", 0}};
  size_t checked = 0;
  for (size_t k = 0; k < r->size() && k < 500; ++k) {
    const ConlluSentence& sent = (*r)[k];
    const int n = static_cast<int>(sent.words.size());
    std::vector<int> head(static_cast<size_t>(n) + 1, -1), label(static_cast<size_t>(n) + 1, -1);
    for (int i = 1; i <= n; ++i) {
      const ConlluWord& w = sent.words[static_cast<size_t>(i - 1)];
      head[static_cast<size_t>(i)] = w.head;
      label[static_cast<size_t>(i)] =
          labels.emplace(w.deprel, static_cast<int>(labels.size())).first->second;
    }
    if (!IsProjective(head)) continue;
    const int actions = NumActions(static_cast<int>(labels.size()) + 1);
    State s(n);
    while (!s.Terminal()) {
      int chosen = -1;
      for (int a = 0; a < actions && chosen < 0; ++a) {
        if (Valid(s, a, 0) && Cost(s, a, head, label) == 0) chosen = a;
      }
      ASSERT_GE(chosen, 0) << "no zero-cost action in sentence " << k;
      Apply(s, chosen);
    }
    for (int i = 1; i <= n; ++i) {
      ASSERT_EQ(s.head[static_cast<size_t>(i)], head[static_cast<size_t>(i)]) << "sentence " << k;
      ASSERT_EQ(s.label[static_cast<size_t>(i)], label[static_cast<size_t>(i)]) << "sentence " << k;
    }
    ++checked;
  }
  EXPECT_GT(checked, 400u);
}

}  // namespace
}  // namespace newskg::arc_eager
