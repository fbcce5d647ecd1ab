// DependencyParser's training (Train, TrainDirection): the examples, the
// greedy trainer with its dynamic oracle and the beam trainer, kept apart
// from parsing and the model file (extract/dependency_parser.cc).
#include <algorithm>
#include <functional>
#include <limits>
#include <map>
#include <mutex>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "base/base.h"
#include "extract/dependency_parser.h"
#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_beam.h"
#include "extract/internal/parser_run.h"

namespace newskg {
namespace {

using arc_eager::Mirror;
using arc_eager::State;
using parser_beam::BeamSearch;
using parser_beam::BeamWork;
using parser_beam::Violation;
using parser_features::Describe;
using perceptron::SplitMix;
using WordInfo = DependencyParser::WordInfo;

constexpr size_t kMaxTrainWords = 1000;  // longer training sentences are skipped

}  // namespace

struct DependencyParser::Example {
  std::vector<WordInfo> info;
  std::vector<int> head, label;  // by word 1..n
  std::vector<int> gold;         // the static oracle's derivation (beam training)
};

Result<DependencyParser> DependencyParser::Train(const std::vector<ConlluSentence>& train,
                                                 const std::vector<ConlluSentence>* dev,
                                                 const TrainOptions& options, TrainLog* log) {
  if (!options.left_to_right && !options.right_to_left) {
    return InvalidArgument("parser: no direction to train");
  }
  if (options.left_to_right && options.right_to_left && options.beam > 1) {
    return InvalidArgument("parser: two directions are combined greedily only (beam 1)");
  }
  DependencyParser p;
  std::map<std::string, int> index;
  for (const auto& s : train) {
    for (const auto& w : s.words) {
      if (!w.deprel.empty() && w.deprel != "_") index.emplace(w.deprel, 0);
    }
  }
  if (index.count("root") == 0) return InvalidArgument("parser: no 'root' relation in training");
  if (index.count("dep") == 0) index.emplace("dep", 0);
  if (index.size() > 64) {
    return InvalidArgument("parser: " + std::to_string(index.size()) +
                           " relations (with 'dep'); at most 64");
  }
  for (auto& [k, v] : index) {
    v = static_cast<int>(p.labels_.size());
    p.labels_.push_back(k);
  }
  p.root_label_ = index.at("root");
  p.fallback_label_ = index.at("dep");
  p.punct_label_ = index.count("punct") ? index.at("punct") : p.fallback_label_;
  p.beam_ = std::max(options.beam, 1);
  TrainLog local;
  std::vector<Example> examples;
  std::vector<std::string_view> words, upos, xpos;
  for (const auto& s : train) {
    Example e;
    e.head.assign(s.words.size() + 1, -1);
    e.label.assign(s.words.size() + 1, -1);
    bool complete = true;
    words.clear();
    upos.clear();
    xpos.clear();
    for (size_t i = 0; i < s.words.size(); ++i) {
      const auto& w = s.words[i];
      if (w.head < 0 || w.deprel.empty() || w.deprel == "_") complete = false;
      e.head[i + 1] = w.head;
      const auto label = index.find(w.deprel);
      e.label[i + 1] = label == index.end() ? -1 : label->second;
      words.push_back(w.form);
      upos.push_back(w.upos);
      xpos.push_back(w.xpos);
    }
    // Only trees (one root, every word reaches it), no sentence too long for
    // the quadratic oracle.
    if (!complete || !arc_eager::IsTree(e.head) || s.words.size() > kMaxTrainWords) {
      ++local.skipped_sentences;
      continue;
    }
    if (!arc_eager::IsProjective(e.head)) {
      ++local.nonprojective_sentences;
      local.lifted_arcs += static_cast<size_t>(arc_eager::Projectivize(e.head));
    }
    Describe(words, upos, xpos, e.info);
    if (p.beam_ > 1) {
      // The derivation must exist both ways: the trees are projective, so
      // it does, or the sentence is skipped whichever way it is read.
      e.gold = parser_beam::GoldActions(static_cast<int>(s.words.size()), e.head, e.label,
                                        p.root_label_);
      if (e.gold.empty()) {
        ++local.skipped_sentences;
        continue;
      }
    }
    examples.push_back(std::move(e));
  }
  local.sentences = examples.size();
  if (log != nullptr) *log = local;
  std::vector<bool> order;
  if (options.left_to_right) order.push_back(false);
  if (options.right_to_left) order.push_back(true);
  std::vector<perceptron::Model> models(order.size());
  std::mutex progress_lock;
  auto job = [&](size_t k) {
    std::function<void(const std::string&)> progress;
    if (options.progress) {
      const std::string name = order.size() == 1 ? std::string()
                               : order[k]        ? std::string(" (right to left)")
                                                 : std::string(" (left to right)");
      progress = [&, name](const std::string& line) {
        std::lock_guard<std::mutex> hold(progress_lock);
        options.progress("parser" + name + " " + line);
      };
    }
    models[k] = p.TrainDirection(examples, order[k], dev, options, progress);
  };
  if (options.threads >= 2 && order.size() == 2) {
    std::thread second(job, 1);
    job(0);
    second.join();
  } else {
    for (size_t k = 0; k < order.size(); ++k) job(k);
  }
  for (size_t k = 0; k < order.size(); ++k)
    p.directions_.push_back({std::move(models[k]), order[k]});
  return p;
}

perceptron::Model DependencyParser::TrainDirection(
    const std::vector<Example>& examples_in, bool right_to_left,
    const std::vector<ConlluSentence>* dev, const TrainOptions& options,
    const std::function<void(const std::string&)>& progress) const {
  // The sentences read right to left: word i becomes n + 1 - i.
  std::vector<Example> mirrored;
  if (right_to_left) {
    mirrored.reserve(examples_in.size());
    for (const Example& x : examples_in) {
      Example e;
      const int n = static_cast<int>(x.info.size());
      e.info.assign(x.info.rbegin(), x.info.rend());
      e.head.assign(x.head.size(), -1);
      e.label.assign(x.label.size(), -1);
      for (int w = 1; w <= n; ++w) {
        e.head[static_cast<size_t>(Mirror(w, n))] = Mirror(x.head[static_cast<size_t>(w)], n);
        e.label[static_cast<size_t>(Mirror(w, n))] = x.label[static_cast<size_t>(w)];
      }
      if (!x.gold.empty()) e.gold = parser_beam::GoldActions(n, e.head, e.label, root_label_);
      mirrored.push_back(std::move(e));
    }
  }
  const std::vector<Example>& examples = right_to_left ? mirrored : examples_in;
  // A parser of this direction alone, for scoring the dev files.
  DependencyParser p = *this;
  p.directions_.assign(1, Direction{perceptron::Model(), right_to_left});
  perceptron::Trainer trainer(arc_eager::NumActions(p.num_labels()));
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed};
  std::vector<int> heads, labels, costs;
  BeamWork work;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    perceptron::Shuffle(order, rng);
    size_t steps = 0, errors = 0;
    if (p.beam_ > 1) {
      auto score = [&](const uint64_t* f, size_t n, float* out) { trainer.Score(f, n, out); };
      for (size_t x : order) {
        const Example& e = examples[x];
        if (e.gold.empty()) continue;
        Violation v;
        BeamSearch(e.info, p.beam_, trainer.num_classes(), p.root_label_, score, work, &e.gold, &v);
        trainer.Tick();
        ++steps;
        if (v.step < 0) continue;
        ++errors;
        const auto end = static_cast<size_t>(v.step) + 1;
        parser_beam::GlobalUpdate(trainer, e.info, e.gold, parser_beam::Derivation(work, end, 0));
      }
    }
    for (size_t x : order) {
      if (p.beam_ > 1) break;
      const Example& e = examples[x];
      auto score = [&](const uint64_t* f, size_t n, float* out) { trainer.Score(f, n, out); };
      auto choose = [&](const State& s, const uint64_t* f, size_t nf,
                        const std::vector<float>& scores) {
        const int actions = static_cast<int>(scores.size());
        costs.assign(static_cast<size_t>(actions), std::numeric_limits<int>::max());
        int min_cost = std::numeric_limits<int>::max();
        for (int a = 0; a < actions; ++a) {
          if (!arc_eager::Valid(s, a, p.root_label_)) continue;
          costs[static_cast<size_t>(a)] = arc_eager::Cost(s, a, e.head, e.label);
          min_cost = std::min(min_cost, costs[static_cast<size_t>(a)]);
        }
        int pred = -1, gold = -1;
        for (int a = 0; a < actions; ++a) {
          if (costs[static_cast<size_t>(a)] == std::numeric_limits<int>::max()) continue;
          if (pred == -1 || scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(pred)])
            pred = a;
          if (costs[static_cast<size_t>(a)] == min_cost &&
              (gold == -1 || scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(gold)])) {
            gold = a;
          }
        }
        trainer.Tick();
        ++steps;
        if (costs[static_cast<size_t>(pred)] > min_cost) {
          ++errors;
          trainer.Update(f, nf, gold, pred);
          if (epoch > 1 && rng.Uniform() < options.explore) return pred;
          return gold;
        }
        return pred;
      };
      p.Run(e.info, score, choose, heads, labels);
    }
    if (progress) {
      std::ostringstream line;
      line.precision(2);
      line << std::fixed << "epoch " << epoch << "/" << options.epochs << ": " << steps
           << (p.beam_ > 1 ? " sentences" : " transitions") << ", "
           << 100.0 * static_cast<double>(errors) / static_cast<double>(std::max<size_t>(steps, 1))
           << "% wrong";
      if (dev != nullptr && (epoch % 3 == 0 || epoch == options.epochs)) {
        p.directions_[0].model = trainer.Average(0.0f);
        size_t n = 0, uas = 0, las = 0;
        for (const auto& gold : *dev) {
          ConlluSentence s = gold;
          p.ParseConllu(s);
          for (size_t i = 0; i < s.words.size(); ++i, ++n) {
            if (s.words[i].head != gold.words[i].head) continue;
            ++uas;
            const std::string& l = s.words[i].deprel;
            const std::string& g = gold.words[i].deprel;
            las += l.substr(0, l.find(':')) == g.substr(0, g.find(':'));
          }
        }
        line << ", dev UAS "
             << 100.0 * static_cast<double>(uas) / static_cast<double>(std::max<size_t>(n, 1))
             << " LAS "
             << 100.0 * static_cast<double>(las) / static_cast<double>(std::max<size_t>(n, 1));
      }
      progress(line.str());
    }
  }
  return trainer.Average(options.prune);
}

}  // namespace newskg
