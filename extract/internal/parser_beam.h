// Beam search for the arc-eager dependency parser (Zhang & Clark 2008,
// Zhang & Nivre 2011) and its global training: the static oracle's
// derivation and the max-violation update (Huang, Fayong & Guo 2012).
#ifndef NEWSKG_EXTRACT_INTERNAL_PARSER_BEAM_H_
#define NEWSKG_EXTRACT_INTERNAL_PARSER_BEAM_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_features.h"
#include "extract/internal/perceptron.h"

namespace newskg::parser_beam {

using arc_eager::State;
using parser_features::kMaxFeatures;
using parser_features::ParserFeatures;
using parser_features::WordInfo;

// Beam search. Each step expands every item of the beam by its valid
// actions (an item whose buffer is empty is carried over unchanged) and keeps
// the `width` best by the sum of their action scores; ties go to the earlier
// item, then the smaller action, so a beam of one is the greedy parse.
struct Candidate {
  float score;
  int parent, action;  // action -1: a finished item carried over
};

bool Before(const Candidate& a, const Candidate& b);

struct BeamWork {
  std::vector<State> cur, next;
  std::vector<float> cur_score, next_score;
  std::vector<char> cur_gold, next_gold;  // the item is a prefix of the gold derivation
  std::vector<Candidate> candidates;
  std::vector<std::vector<std::pair<int, int>>> history;  // by step, by item: parent, action
  std::vector<float> scores;
  size_t steps = 0;
};

// Where global training updates: the step at which the best item outscores
// the gold prefix by the most (Huang, Fayong & Guo 2012).
struct Violation {
  long step = -1;
  float amount = 0;
};

// Runs the search; the best finished state is work.cur[0]. With `gold` (the
// static oracle's actions), also finds the step of largest violation.
template <typename Scorer>
void BeamSearch(const std::vector<WordInfo>& info, int width, int num_actions, int root_label,
                const Scorer& score, BeamWork& w, const std::vector<int>* gold = nullptr,
                Violation* violation = nullptr) {
  const int n = static_cast<int>(info.size());
  w.cur.resize(1);
  w.cur[0] = State(n);
  w.cur_score.assign(1, 0.0f);
  w.cur_gold.assign(1, 1);
  w.steps = 0;
  w.scores.resize(static_cast<size_t>(num_actions));
  uint64_t f[kMaxFeatures];
  State gold_state(gold != nullptr ? n : 0);
  float gold_score = 0;
  if (violation != nullptr) *violation = Violation{};
  for (;;) {
    bool done = true;
    for (const State& s : w.cur) done = done && s.Terminal();
    if (done) break;
    const size_t t = w.steps;
    const int gold_action = gold != nullptr && t < gold->size() ? (*gold)[t] : -1;
    bool gold_scored = false;
    float next_gold_score = gold_score;
    w.candidates.clear();
    for (size_t i = 0; i < w.cur.size(); ++i) {
      const State& s = w.cur[i];
      const float base = w.cur_score[i];
      if (s.Terminal()) {
        w.candidates.push_back({base, static_cast<int>(i), -1});
        continue;
      }
      const size_t nf = ParserFeatures(s, info, f);
      std::fill(w.scores.begin(), w.scores.end(), 0.0f);
      score(f, nf, w.scores.data());
      for (int a = 0; a < num_actions; ++a) {
        if (!arc_eager::Valid(s, a, root_label)) continue;
        w.candidates.push_back({base + w.scores[static_cast<size_t>(a)], static_cast<int>(i), a});
      }
      if (gold != nullptr && w.cur_gold[i] && gold_action >= 0) {
        next_gold_score = base + w.scores[static_cast<size_t>(gold_action)];
        gold_scored = true;
      }
    }
    if (gold != nullptr && gold_action >= 0 && !gold_scored) {
      // The gold prefix fell off the beam: score its next action apart.
      const size_t nf = ParserFeatures(gold_state, info, f);
      std::fill(w.scores.begin(), w.scores.end(), 0.0f);
      score(f, nf, w.scores.data());
      next_gold_score = gold_score + w.scores[static_cast<size_t>(gold_action)];
    }
    const size_t keep = std::min(w.candidates.size(), static_cast<size_t>(width));
    std::partial_sort(w.candidates.begin(), w.candidates.begin() + static_cast<long>(keep),
                      w.candidates.end(), Before);
    w.next.resize(keep);
    w.next_score.resize(keep);
    w.next_gold.resize(keep);
    if (w.history.size() <= t) w.history.resize(t + 1);
    auto& step = w.history[t];
    step.clear();
    for (size_t j = 0; j < keep; ++j) {
      const Candidate& c = w.candidates[j];
      w.next[j] = w.cur[static_cast<size_t>(c.parent)];
      if (c.action >= 0) arc_eager::Apply(w.next[j], c.action);
      w.next_score[j] = c.score;
      w.next_gold[j] =
          gold != nullptr && w.cur_gold[static_cast<size_t>(c.parent)] && c.action == gold_action;
      step.emplace_back(c.parent, c.action);
    }
    std::swap(w.cur, w.next);
    std::swap(w.cur_score, w.next_score);
    std::swap(w.cur_gold, w.next_gold);
    ++w.steps;
    if (gold != nullptr) {
      if (gold_action >= 0) arc_eager::Apply(gold_state, gold_action);
      gold_score = next_gold_score;
      if (violation != nullptr && !w.cur_gold[0]) {
        const float amount = w.cur_score[0] - gold_score;
        if (amount >= 0 && (violation->step < 0 || amount > violation->amount)) {
          violation->step = static_cast<long>(t);
          violation->amount = amount;
        }
      }
    }
  }
}

// The actions of beam item `item` after `steps` steps (-1 where it was
// carried over finished).
std::vector<int> Derivation(const BeamWork& w, size_t steps, int item);

// The static oracle's derivation of a projective tree (arcs as soon as they
// are gold, REDUCE before SHIFT); empty when it does not rebuild the tree.
std::vector<int> GoldActions(int n, const std::vector<int>& head, const std::vector<int>& label,
                             int root_label);

// The perceptron update between the gold and the predicted derivations up
// to the step of largest violation: their shared prefix cancels out.
void GlobalUpdate(perceptron::Trainer& trainer, const std::vector<WordInfo>& info,
                  const std::vector<int>& gold, const std::vector<int>& predicted);

}  // namespace newskg::parser_beam

#endif  // NEWSKG_EXTRACT_INTERNAL_PARSER_BEAM_H_
