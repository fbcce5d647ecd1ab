#include "extract/internal/parser_beam.h"

namespace newskg::parser_beam {

bool Before(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.parent != b.parent) return a.parent < b.parent;
  return a.action < b.action;
}

// The actions of beam item `item` after `steps` steps (-1 where it was
// carried over finished).
std::vector<int> Derivation(const BeamWork& w, size_t steps, int item) {
  std::vector<int> actions(steps);
  for (size_t t = steps; t-- > 0;) {
    const auto [parent, action] = w.history[t][static_cast<size_t>(item)];
    actions[t] = action;
    item = parent;
  }
  return actions;
}

// The static oracle's derivation of a projective tree (arcs as soon as they
// are gold, REDUCE before SHIFT); empty when it does not rebuild the tree.
std::vector<int> GoldActions(int n, const std::vector<int>& head, const std::vector<int>& label,
                             int root_label) {
  State s(n);
  std::vector<int> actions;
  while (!s.Terminal()) {
    const int top = s.Top(), b = s.buffer;
    const int options[4] = {top > 0 ? arc_eager::LeftArc(label[static_cast<size_t>(top)]) : -1,
                            arc_eager::RightArc(label[static_cast<size_t>(b)]), arc_eager::kReduce,
                            arc_eager::kShift};
    int chosen = -1;
    for (int a : options) {
      if (a >= 0 && arc_eager::Valid(s, a, root_label) && arc_eager::Cost(s, a, head, label) == 0) {
        chosen = a;
        break;
      }
    }
    if (chosen < 0) return {};
    actions.push_back(chosen);
    arc_eager::Apply(s, chosen);
  }
  for (int w = 1; w <= n; ++w) {
    if (s.head[static_cast<size_t>(w)] != head[static_cast<size_t>(w)] ||
        s.label[static_cast<size_t>(w)] != label[static_cast<size_t>(w)]) {
      return {};
    }
  }
  return actions;
}

// The perceptron update between the gold and the predicted derivations up
// to the step of largest violation: their shared prefix cancels out.
void GlobalUpdate(perceptron::Trainer& trainer, const std::vector<WordInfo>& info,
                  const std::vector<int>& gold, const std::vector<int>& predicted) {
  const int n = static_cast<int>(info.size());
  State shared(n);
  size_t k = 0;
  auto at = [](const std::vector<int>& v, size_t i) { return i < v.size() ? v[i] : -1; };
  while (k < predicted.size() && at(gold, k) == predicted[k]) {
    if (predicted[k] >= 0) arc_eager::Apply(shared, predicted[k]);
    ++k;
  }
  uint64_t f[kMaxFeatures];
  for (int side = 0; side < 2; ++side) {
    State s = shared;
    for (size_t t = k; t < predicted.size(); ++t) {
      const int a = side == 0 ? at(gold, t) : predicted[t];
      if (a < 0) continue;
      const size_t nf = ParserFeatures(s, info, f);
      trainer.Adjust(f, nf, a, side == 0 ? 1.0f : -1.0f);
      arc_eager::Apply(s, a);
    }
  }
}

}  // namespace newskg::parser_beam
