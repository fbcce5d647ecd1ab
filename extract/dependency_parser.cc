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
  std::vector<WordInfo> info;
  Describe(words, upos, xpos, info);
  auto score = [&](const uint64_t* f, size_t n, float* out) { model_.Score(f, n, out); };
  auto choose = [&](const State& s, const uint64_t*, size_t, const std::vector<float>& scores) {
    return BestValid(s, scores, root_label_);
  };
  Run(info, score, choose, heads, labels);
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
    examples.push_back(std::move(e));
  }
  local.sentences = examples.size();
  if (log != nullptr) *log = local;
  perceptron::Trainer trainer(arc_eager::NumActions(p.num_labels()));
  std::vector<size_t> order(examples.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  SplitMix rng{options.seed};
  std::vector<int> heads, labels, costs;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    perceptron::Shuffle(order, rng);
    size_t steps = 0, errors = 0;
    for (size_t x : order) {
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
           << " transitions, "
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
  return perceptron::SaveModelFile(path, kHeader, labels_, {&model_});
}

Result<DependencyParser> DependencyParser::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open the parser model " + path);
  perceptron::ModelFileSpec spec{kHeader,    "parser",
                                 "relation", "a relation",
                                 64,         [](const std::string& l) { return !l.empty(); }};
  auto labels = perceptron::ReadModelLabels(in, path, spec);
  if (!labels.ok()) return labels.status();
  const size_t n = labels->size();
  DependencyParser p;
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
