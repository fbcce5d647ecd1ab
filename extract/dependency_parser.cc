#include "extract/dependency_parser.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "base/base.h"
#include "extract/internal/arc_eager.h"

namespace newskg {
namespace {

using arc_eager::State;
using perceptron::Feature;
using perceptron::HashBytes;
using perceptron::Mix;
using perceptron::SplitMix;
using WordInfo = DependencyParser::WordInfo;

constexpr char kHeader[] = "newskg-parser 1";
constexpr int kMaxFeatures = 128;
constexpr size_t kMaxTrainWords = 1000;  // longer training sentences are skipped
const uint64_t kNone = HashBytes("<none>");
const uint64_t kRootWord = HashBytes("<root>");

inline uint64_t Pair(uint64_t a, uint64_t b) { return Mix(a * 0x9e3779b97f4a7c15ULL + b); }

// The feature templates of Zhang & Nivre (2011) for arc-eager, and a few of
// the second stack word. p is the Penn tag, u the UD tag.
size_t ParserFeatures(const State& s, const std::vector<WordInfo>& info, uint64_t* f) {
  // One atom of word x: none (-1), the root (0) or a word's field.
  auto atom = [&](int x, uint64_t WordInfo::*field) {
    return x < 0 ? kNone : x == 0 ? kRootWord : info[static_cast<size_t>(x - 1)].*field;
  };
  auto W = [&](int x) { return atom(x, &WordInfo::w); };
  auto P = [&](int x) { return atom(x, &WordInfo::p); };
  auto U = [&](int x) { return atom(x, &WordInfo::u); };
  auto X = [&](int x) { return atom(x, &WordInfo::s); };
  auto L = [&](int x) -> uint64_t {
    return x <= 0 ? 0xffff : static_cast<uint64_t>(s.label[static_cast<size_t>(x)] + 1);
  };
  auto at = [&](const std::vector<int>& v, int x) {
    return x < 0 ? -1 : v[static_cast<size_t>(x)];
  };
  const int s0 = s.Top();
  const int s1 = s.stack.size() >= 2 ? s.stack[s.stack.size() - 2] : -1;
  const int n0 = s.buffer <= s.n ? s.buffer : -1;
  const int n1 = n0 >= 0 && n0 + 1 <= s.n ? n0 + 1 : -1;
  const int n2 = n0 >= 0 && n0 + 2 <= s.n ? n0 + 2 : -1;
  const int s0h = s0 > 0 ? s.head[static_cast<size_t>(s0)] : -1;
  const int s0h2 = s0h > 0 ? s.head[static_cast<size_t>(s0h)] : -1;
  const int s0l = at(s.left1, s0), s0l2 = at(s.left2, s0);
  const int s0r = at(s.right1, s0), s0r2 = at(s.right2, s0);
  const int n0l = at(s.left1, n0), n0l2 = at(s.left2, n0);
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const uint64_t n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  const uint64_t s0wp = Pair(s0w, s0p), n0wp = Pair(n0w, n0p);
  const uint64_t d = n0 >= 0 ? static_cast<uint64_t>(std::min(n0 - s0, 10)) : 0;
  const auto vr = static_cast<uint64_t>(at(s.nright, s0) + 1);
  const auto vl = static_cast<uint64_t>(at(s.nleft, s0) + 1);
  const auto n0vl = static_cast<uint64_t>(at(s.nleft, n0) + 1);
  const uint64_t srset = s0 >= 0 ? s.right_labels[static_cast<size_t>(s0)] : 0;
  const uint64_t slset = s0 >= 0 ? s.left_labels[static_cast<size_t>(s0)] : 0;
  const uint64_t nlset = n0 >= 0 ? s.left_labels[static_cast<size_t>(n0)] : 0;
  size_t k = 0;
  f[k++] = Feature(1, s0wp);
  f[k++] = Feature(2, s0w);
  f[k++] = Feature(3, s0p);
  f[k++] = Feature(4, n0wp);
  f[k++] = Feature(5, n0w);
  f[k++] = Feature(6, n0p);
  f[k++] = Feature(7, Pair(n1w, n1p));
  f[k++] = Feature(8, n1w);
  f[k++] = Feature(9, n1p);
  f[k++] = Feature(10, Pair(n2w, n2p));
  f[k++] = Feature(11, n2w);
  f[k++] = Feature(12, n2p);
  f[k++] = Feature(13, s0wp, n0wp);
  f[k++] = Feature(14, s0wp, n0w);
  f[k++] = Feature(15, s0w, n0wp);
  f[k++] = Feature(16, s0wp, n0p);
  f[k++] = Feature(17, s0p, n0wp);
  f[k++] = Feature(18, s0w, n0w);
  f[k++] = Feature(19, s0p, n0p);
  f[k++] = Feature(20, n0p, n1p);
  f[k++] = Feature(21, n0p, n1p, n2p);
  f[k++] = Feature(22, s0p, n0p, n1p);
  f[k++] = Feature(23, P(s0h), s0p, n0p);
  f[k++] = Feature(24, s0p, P(s0l), n0p);
  f[k++] = Feature(25, s0p, P(s0r), n0p);
  f[k++] = Feature(26, s0p, n0p, P(n0l));
  f[k++] = Feature(27, s0w, d);
  f[k++] = Feature(28, s0p, d);
  f[k++] = Feature(29, n0w, d);
  f[k++] = Feature(30, n0p, d);
  f[k++] = Feature(31, s0w, n0w, d);
  f[k++] = Feature(32, s0p, n0p, d);
  f[k++] = Feature(33, s0w, vr);
  f[k++] = Feature(34, s0p, vr);
  f[k++] = Feature(35, s0w, vl);
  f[k++] = Feature(36, s0p, vl);
  f[k++] = Feature(37, n0w, n0vl);
  f[k++] = Feature(38, n0p, n0vl);
  f[k++] = Feature(39, W(s0h));
  f[k++] = Feature(40, P(s0h));
  f[k++] = Feature(41, L(s0));
  f[k++] = Feature(42, W(s0l));
  f[k++] = Feature(43, P(s0l));
  f[k++] = Feature(44, L(s0l));
  f[k++] = Feature(45, W(s0r));
  f[k++] = Feature(46, P(s0r));
  f[k++] = Feature(47, L(s0r));
  f[k++] = Feature(48, W(n0l));
  f[k++] = Feature(49, P(n0l));
  f[k++] = Feature(50, L(n0l));
  f[k++] = Feature(51, W(s0h2));
  f[k++] = Feature(52, P(s0h2));
  f[k++] = Feature(53, L(s0h));
  f[k++] = Feature(54, W(s0l2));
  f[k++] = Feature(55, P(s0l2));
  f[k++] = Feature(56, L(s0l2));
  f[k++] = Feature(57, W(s0r2));
  f[k++] = Feature(58, P(s0r2));
  f[k++] = Feature(59, L(s0r2));
  f[k++] = Feature(60, W(n0l2));
  f[k++] = Feature(61, P(n0l2));
  f[k++] = Feature(62, L(n0l2));
  f[k++] = Feature(63, s0p, P(s0l), P(s0l2));
  f[k++] = Feature(64, s0p, P(s0r), P(s0r2));
  f[k++] = Feature(65, s0p, P(s0h), P(s0h2));
  f[k++] = Feature(66, n0p, P(n0l), P(n0l2));
  f[k++] = Feature(67, s0w, srset);
  f[k++] = Feature(68, s0p, srset);
  f[k++] = Feature(69, s0w, slset);
  f[k++] = Feature(70, s0p, slset);
  f[k++] = Feature(71, n0w, nlset);
  f[k++] = Feature(72, n0p, nlset);
  f[k++] = Feature(73, Pair(W(s1), P(s1)));
  f[k++] = Feature(74, P(s1), s0p, n0p);
  f[k++] = Feature(75, P(s1), s0p);
  f[k++] = Feature(76, U(s0), U(n0));
  f[k++] = Feature(77, U(s0), U(n0), U(n1));
  f[k++] = Feature(78, 0);
  f[k++] = Feature(79, s0p, n0p, s0 > 0 && s.head[static_cast<size_t>(s0)] != -1 ? 1 : 0);
  f[k++] = Feature(80, s0w, P(s0h), n0p);
  f[k++] = Feature(81, P(s1), W(s1), n0p);
  f[k++] = Feature(82, U(n0), U(n1), U(n2));
  // Coarse tags and suffixes, which stay informative when a fine tag is wrong.
  const uint64_t s0u = U(s0), n0u = U(n0);
  f[k++] = Feature(83, s0u);
  f[k++] = Feature(84, n0u);
  f[k++] = Feature(85, s0w, n0u);
  f[k++] = Feature(86, s0u, n0w);
  f[k++] = Feature(87, s0u, n0u, d);
  f[k++] = Feature(88, X(s0), X(n0));
  f[k++] = Feature(89, X(s0), n0u);
  f[k++] = Feature(90, s0u, X(n0));
  f[k++] = Feature(91, U(s0h), s0u, n0u);
  f[k++] = Feature(92, s0u, U(s0l), n0u);
  f[k++] = Feature(93, s0u, U(s0r), n0u);
  f[k++] = Feature(94, U(s1), s0u, n0u);
  f[k++] = Feature(95, n0w, n1w);
  return k;
}

void Describe(const std::vector<std::string_view>& words, const std::vector<std::string_view>& upos,
              const std::vector<std::string_view>& xpos, std::vector<WordInfo>& info) {
  info.resize(words.size());
  std::string lower;
  for (size_t i = 0; i < words.size(); ++i) {
    lower = AsciiLower(words[i]);
    info[i].w = HashBytes(lower);
    info[i].p = HashBytes(xpos[i]);
    info[i].u = HashBytes(upos[i]) ^ 0x55;
    info[i].s =
        HashBytes(std::string_view(lower).substr(lower.size() > 3 ? lower.size() - 3 : 0)) ^ 0x77;
    info[i].punct = upos[i] == "PUNCT";
  }
}

}  // namespace

template <typename Scorer, typename Chooser>
void DependencyParser::Run(const std::vector<WordInfo>& info, const Scorer& score,
                           const Chooser& choose, std::vector<int>& heads,
                           std::vector<int>& labels) const {
  const int n = static_cast<int>(info.size());
  State s(n);
  const int actions = arc_eager::NumActions(num_labels());
  std::vector<float> scores(static_cast<size_t>(actions));
  uint64_t f[kMaxFeatures];
  while (!s.Terminal()) {
    const size_t nf = ParserFeatures(s, info, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(f, nf, scores.data());
    const int a = choose(s, f, nf, scores);
    arc_eager::Apply(s, a);
  }
  Finish(s, info, heads, labels);
}

void DependencyParser::Finish(State& s, const std::vector<WordInfo>& info, std::vector<int>& heads,
                              std::vector<int>& labels) const {
  const int n = s.n;
  std::vector<int> fallback(static_cast<size_t>(n) + 1, fallback_label_);
  for (int w = 1; w <= n; ++w) {
    if (info[static_cast<size_t>(w - 1)].punct) fallback[static_cast<size_t>(w)] = punct_label_;
  }
  arc_eager::Finish(s, root_label_, fallback);
  heads.assign(static_cast<size_t>(n), 0);
  labels.assign(static_cast<size_t>(n), 0);
  for (int w = 1; w <= n; ++w) {
    heads[static_cast<size_t>(w - 1)] = s.head[static_cast<size_t>(w)];
    labels[static_cast<size_t>(w - 1)] = s.label[static_cast<size_t>(w)];
  }
}

namespace {

// Beam search. Each step expands every item of the beam by its valid
// actions (an item whose buffer is empty is carried over unchanged) and keeps
// the `width` best by the sum of their action scores; ties go to the earlier
// item, then the smaller action, so a beam of one is the greedy parse.
struct Candidate {
  float score;
  int parent, action;  // action -1: a finished item carried over
};

bool Before(const Candidate& a, const Candidate& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.parent != b.parent) return a.parent < b.parent;
  return a.action < b.action;
}

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

}  // namespace

namespace {

// The best valid action by score.
int BestValid(const State& s, const std::vector<float>& scores, int root_label) {
  int best = -1;
  for (int a = 0; a < static_cast<int>(scores.size()); ++a) {
    if (!arc_eager::Valid(s, a, root_label)) continue;
    if (best == -1 || scores[static_cast<size_t>(a)] > scores[static_cast<size_t>(best)]) best = a;
  }
  return best;
}

}  // namespace

void DependencyParser::ParseWords(const std::vector<std::string_view>& words,
                                  const std::vector<std::string_view>& upos,
                                  const std::vector<std::string_view>& xpos,
                                  std::vector<int>& heads, std::vector<int>& labels) const {
  if (beam_ > 1) {
    ParseWordsBeam(words, upos, xpos, beam_, heads, labels);
    return;
  }
  std::vector<WordInfo> info;
  Describe(words, upos, xpos, info);
  auto score = [&](const uint64_t* f, size_t n, float* out) { model_.Score(f, n, out); };
  auto choose = [&](const State& s, const uint64_t*, size_t, const std::vector<float>& scores) {
    return BestValid(s, scores, root_label_);
  };
  Run(info, score, choose, heads, labels);
}

void DependencyParser::ParseWordsBeam(const std::vector<std::string_view>& words,
                                      const std::vector<std::string_view>& upos,
                                      const std::vector<std::string_view>& xpos, int width,
                                      std::vector<int>& heads, std::vector<int>& labels) const {
  thread_local std::vector<WordInfo> info;
  thread_local BeamWork work;
  Describe(words, upos, xpos, info);
  auto score = [&](const uint64_t* f, size_t n, float* out) { model_.Score(f, n, out); };
  BeamSearch(info, std::max(width, 1), arc_eager::NumActions(num_labels()), root_label_, score,
             work);
  Finish(work.cur[0], info, heads, labels);
}

void DependencyParser::ParseConllu(ConlluSentence& sentence) const {
  std::vector<std::string_view> words, upos, xpos;
  for (const auto& w : sentence.words) {
    words.push_back(w.form);
    upos.push_back(w.upos);
    xpos.push_back(w.xpos);
  }
  std::vector<int> heads, labels;
  ParseWords(words, upos, xpos, heads, labels);
  for (size_t i = 0; i < heads.size(); ++i) {
    sentence.words[i].head = heads[i];
    sentence.words[i].deprel = labels_[static_cast<size_t>(labels[i])];
  }
}

void DependencyParser::Parse(Document& doc) const {
  for (const Sentence& s : doc.sentences) ParseSentence(doc, s);
}

void DependencyParser::ParseSentence(Document& doc, const Sentence& s) const {
  // A run of proper nouns ("Emmanuel Macron", "International Monetary Fund")
  // is parsed as its last word, the others attached to that word as `flat`:
  // the parser decides nothing inside a name, and has fewer words to read.
  auto proper = [&](size_t i) {
    return i < s.end_token && (doc.tokens[i].tag == "NNP" || doc.tokens[i].tag == "NNPS");
  };
  std::vector<std::string_view> words, upos, xpos;
  std::vector<size_t> kept;  // document token of each parsed word
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    if (proper(i) && proper(i + 1)) continue;
    kept.push_back(i);
    words.push_back(doc.tokens[i].text);
    upos.push_back(doc.tokens[i].upos);
    xpos.push_back(doc.tokens[i].tag);
  }
  std::vector<int> heads, labels;
  ParseWords(words, upos, xpos, heads, labels);
  for (size_t w = 0; w < kept.size(); ++w) {
    Token& t = doc.tokens[kept[w]];
    const int h = heads[w];
    t.head = h == 0 ? -1 : static_cast<int>(kept[static_cast<size_t>(h - 1)]);
    t.deprel = labels_[static_cast<size_t>(labels[w])];
  }
  size_t next = kept.size();  // the kept word a dropped name word belongs to
  for (size_t i = s.end_token; i-- > s.first_token;) {
    while (next > 0 && kept[next - 1] >= i) --next;
    if (next < kept.size() && kept[next] == i) continue;
    Token& t = doc.tokens[i];
    t.head = static_cast<int>(kept[next]);
    t.deprel = "flat";
  }
}

Result<DependencyParser> DependencyParser::Train(const std::vector<ConlluSentence>& train,
                                                 const std::vector<ConlluSentence>* dev,
                                                 const TrainOptions& options, TrainLog* log) {
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
  struct Example {
    std::vector<WordInfo> info;
    std::vector<int> head, label;  // by word 1..n
    std::vector<int> gold;         // the static oracle's derivation (beam training)
  };
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
    if (options.beam > 1) {
      e.gold = GoldActions(static_cast<int>(s.words.size()), e.head, e.label, p.root_label_);
      if (e.gold.empty()) {
        ++local.skipped_sentences;
        continue;
      }
    }
    examples.push_back(std::move(e));
  }
  local.sentences = examples.size();
  if (log != nullptr) *log = local;
  perceptron::Trainer trainer(arc_eager::NumActions(p.num_labels()));
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed};
  std::vector<int> heads, labels, costs;
  p.beam_ = std::max(options.beam, 1);
  BeamWork work;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    perceptron::Shuffle(order, rng);
    size_t steps = 0, errors = 0;
    if (p.beam_ > 1) {
      auto score = [&](const uint64_t* f, size_t n, float* out) { trainer.Score(f, n, out); };
      for (size_t x : order) {
        const Example& e = examples[x];
        Violation v;
        BeamSearch(e.info, p.beam_, trainer.num_classes(), p.root_label_, score, work, &e.gold, &v);
        trainer.Tick();
        ++steps;
        if (v.step < 0) continue;
        ++errors;
        const auto end = static_cast<size_t>(v.step) + 1;
        GlobalUpdate(trainer, e.info, e.gold, Derivation(work, end, 0));
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
    if (options.progress) {
      std::ostringstream line;
      line.precision(2);
      line << std::fixed << "parser epoch " << epoch << "/" << options.epochs << ": " << steps
           << (p.beam_ > 1 ? " sentences" : " transitions") << ", "
           << 100.0 * static_cast<double>(errors) / static_cast<double>(std::max<size_t>(steps, 1))
           << "% wrong";
      if (dev != nullptr && (epoch % 3 == 0 || epoch == options.epochs)) {
        p.model_ = trainer.Average(0.0f);
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
      options.progress(line.str());
    }
  }
  p.model_ = trainer.Average(options.prune);
  return p;
}

Status DependencyParser::Save(const std::string& path) const {
  // A model trained with a beam says so after the format: "newskg-parser 1 beam 8".
  const std::string header =
      beam_ > 1 ? std::string(kHeader) + " beam " + std::to_string(beam_) : std::string(kHeader);
  return perceptron::SaveModelFile(path, header, labels_, {&model_});
}

Result<DependencyParser> DependencyParser::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open the parser model " + path);
  std::string first;
  std::getline(in, first);
  int beam = 1;
  const std::string beam_tag = std::string(kHeader) + " beam ";
  if (first.rfind(beam_tag, 0) == 0) {
    const std::string width = first.substr(beam_tag.size());
    if (width.empty() || width.size() > 3 ||
        !std::all_of(width.begin(), width.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
        (beam = std::stoi(width)) < 1) {
      return ParseError(path + ": line 1: bad beam width");
    }
  }
  in.clear();
  in.seekg(0);
  perceptron::ModelFileSpec spec{
      beam > 1 ? first : std::string(kHeader),        "parser", "relation", "a relation", 64,
      [](const std::string& l) { return !l.empty(); }};
  auto labels = perceptron::ReadModelLabels(in, path, spec);
  if (!labels.ok()) return labels.status();
  const size_t n = labels->size();
  DependencyParser p;
  p.beam_ = beam;
  p.labels_ = std::move(labels).value();
  auto root = std::find(p.labels_.begin(), p.labels_.end(), "root");
  auto dep = std::find(p.labels_.begin(), p.labels_.end(), "dep");
  if (root == p.labels_.end() || dep == p.labels_.end()) {
    return ParseError(path + ": the relations lack 'root' or 'dep'");
  }
  p.root_label_ = static_cast<int>(root - p.labels_.begin());
  p.fallback_label_ = static_cast<int>(dep - p.labels_.begin());
  auto punct = std::find(p.labels_.begin(), p.labels_.end(), "punct");
  p.punct_label_ =
      punct == p.labels_.end() ? p.fallback_label_ : static_cast<int>(punct - p.labels_.begin());
  auto m = perceptron::Model::Load(in, path);
  if (!m.ok()) return m.status();
  if (m->num_classes() != arc_eager::NumActions(static_cast<int>(n))) {
    return ParseError(path + ": the model's action count does not match its relations");
  }
  p.model_ = std::move(m).value();
  return p;
}

}  // namespace newskg
