// The arc-eager transition system (Nivre 2003) with the dynamic oracle of
// Goldberg & Nivre (2012), for the dependency parser and its tests.
//
// Words are 1..n; 0 is the root, which starts at the bottom of the stack.
// Actions: SHIFT, REDUCE, LEFT-ARC(label) and RIGHT-ARC(label), numbered
// 0, 1, 2 + 2 * label and 3 + 2 * label. The root gets exactly one child,
// with the root label, and no other arc carries that label.
#ifndef NEWSKG_EXTRACT_INTERNAL_ARC_EAGER_H_
#define NEWSKG_EXTRACT_INTERNAL_ARC_EAGER_H_

#include <cstdint>
#include <vector>

namespace newskg::arc_eager {

constexpr int kShift = 0;
constexpr int kReduce = 1;
inline int LeftArc(int label) { return 2 + 2 * label; }
inline int RightArc(int label) { return 3 + 2 * label; }
inline bool IsLeft(int action) { return action >= 2 && action % 2 == 0; }
inline bool IsRight(int action) { return action >= 2 && action % 2 == 1; }
inline int LabelOf(int action) { return (action - 2) / 2; }
inline int NumActions(int num_labels) { return 2 + 2 * num_labels; }
// A word's position read from the other end: 1..n <-> n..1, the root stays 0.
inline int Mirror(int x, int n) { return x <= 0 ? x : n + 1 - x; }

struct State {
  int n = 0;               // number of words
  std::vector<int> stack;  // word indices, root (0) at the bottom
  int buffer = 1;          // the next word; n + 1 when the buffer is empty
  std::vector<int> head;   // by word, -1 while it has none
  std::vector<int> label;  // by word, -1 while it has none
  std::vector<char> in_stack;
  // Children kept for features: the two leftmost and two rightmost, the
  // number on each side, and the labels seen on each side as bit sets.
  std::vector<int> left1, left2, right1, right2, nleft, nright;
  std::vector<uint64_t> left_labels, right_labels;
  bool root_has_child = false;

  State() : State(0) {}
  explicit State(int words);
  bool Terminal() const { return buffer > n; }
  int Top() const { return stack.back(); }
};

bool Valid(const State& s, int action, int root_label);
void Apply(State& s, int action);
// Gold arcs (by word 1..n: gold_head[w], gold_label[w]) that `action` makes
// unreachable. The tree must be projective.
int Cost(const State& s, int action, const std::vector<int>& gold_head,
         const std::vector<int>& gold_label);
// After the last action: each word left on the stack without a head goes
// under the word below it, or under the root's child (the first becomes the
// root's child when there is none), with fallback_label[word].
void Finish(State& s, int root_label, const std::vector<int>& fallback_label);

// Every word has one head in 0..n, not itself, and reaches the single root.
bool IsTree(const std::vector<int>& head);
// Makes a tree (see IsTree) projective by lifting each non-projective arc to the head's
// head until none is left; returns how many arcs were lifted.
int Projectivize(std::vector<int>& head);
bool IsProjective(const std::vector<int>& head);

}  // namespace newskg::arc_eager

#endif  // NEWSKG_EXTRACT_INTERNAL_ARC_EAGER_H_
