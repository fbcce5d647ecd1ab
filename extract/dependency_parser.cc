#include "extract/dependency_parser.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <limits>
#include <sstream>

#include "base/base.h"
#include "extract/internal/arc_combine.h"
#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_beam.h"
#include "extract/internal/parser_run.h"

namespace newskg {
namespace {

using arc_eager::Mirror;
using arc_eager::State;
using parser_beam::BeamSearch;
using parser_beam::BeamWork;
using parser_features::Describe;
using parser_features::kMaxFeatures;
using WordInfo = DependencyParser::WordInfo;

constexpr char kHeader[] = "newskg-parser 1";

// The best valid action by score, and by how much it beats the next best.
// Validity as arc_eager::Valid, worked out once per state rather than per
// action; ties go to the smaller action.
int BestValid(const State& s, const std::vector<float>& scores, int root_label,
              float* margin = nullptr) {
  if (s.Terminal()) {
    if (margin != nullptr) *margin = 0.0f;
    return -1;
  }
  const int top = s.Top();
  const bool headless = top != 0 && s.head[static_cast<size_t>(top)] == -1;
  const bool reduce = top != 0 && !headless;
  int best = -1;
  float second = -std::numeric_limits<float>::infinity();
  auto consider = [&](int a) {
    const float v = scores[static_cast<size_t>(a)];
    if (best == -1 || v > scores[static_cast<size_t>(best)]) {
      if (best != -1) second = scores[static_cast<size_t>(best)];
      best = a;
    } else if (v > second) {
      second = v;
    }
  };
  consider(arc_eager::kShift);
  if (reduce) consider(arc_eager::kReduce);
  const int labels = (static_cast<int>(scores.size()) - 2) / 2;
  for (int l = 0; l < labels; ++l) {
    if (headless && l != root_label) consider(arc_eager::LeftArc(l));
    if (top == 0 ? !s.root_has_child && l == root_label : l != root_label) {
      consider(arc_eager::RightArc(l));
    }
  }
  if (margin != nullptr) {
    *margin = best == -1 || second == -std::numeric_limits<float>::infinity()
                  ? 0.0f
                  : scores[static_cast<size_t>(best)] - second;
  }
  return best;
}

}  // namespace

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

void DependencyParser::Greedy(const Direction& d, const std::vector<WordInfo>& info_in,
                              std::vector<int>& heads, std::vector<int>& labels,
                              std::vector<float>* margins) const {
  const int n = static_cast<int>(info_in.size());
  thread_local std::vector<WordInfo> reversed;
  if (d.right_to_left) reversed.assign(info_in.rbegin(), info_in.rend());
  const std::vector<WordInfo>& info = d.right_to_left ? reversed : info_in;
  if (margins != nullptr) margins->assign(static_cast<size_t>(n) + 1, 0.0f);
  // The features of a word as the stack top and as the buffer front are
  // scored once per word (exact sums in the model's fixed-point units), and
  // each state adds the rest.
  const auto actions = static_cast<size_t>(arc_eager::NumActions(num_labels()));
  thread_local std::vector<int32_t> top_acc, front_acc, acc;
  thread_local std::vector<float> scores;
  top_acc.assign((static_cast<size_t>(n) + 1) * actions, 0);
  front_acc.assign((static_cast<size_t>(n) + 1) * actions, 0);
  acc.resize(actions);
  scores.resize(actions);
  uint64_t f[kMaxFeatures];
  for (int w = 0; w <= n; ++w) {
    const size_t k = parser_features::TopFeatures(w, info, f);
    d.model.Accumulate(f, k, &top_acc[static_cast<size_t>(w) * actions]);
    if (w == 0) continue;
    const size_t m = parser_features::BufferFeatures(w, info, f);
    d.model.Accumulate(f, m, &front_acc[static_cast<size_t>(w) * actions]);
  }
  const float scale = d.model.scale();
  State s(n);
  while (!s.Terminal()) {
    const int32_t* top = &top_acc[static_cast<size_t>(s.Top()) * actions];
    const int32_t* front = &front_acc[static_cast<size_t>(s.buffer) * actions];
    for (size_t c = 0; c < actions; ++c) acc[c] = top[c] + front[c];
    const size_t nf = parser_features::StateFeatures(s, info, f);
    d.model.Accumulate(f, nf, acc.data());
    for (size_t c = 0; c < actions; ++c) scores[c] = static_cast<float>(acc[c]) * scale;
    float margin = 0;
    const int a = BestValid(s, scores, root_label_, margins != nullptr ? &margin : nullptr);
    if (margins != nullptr) {
      const int dep = arc_eager::IsLeft(a) ? s.Top() : arc_eager::IsRight(a) ? s.buffer : -1;
      if (dep > 0) (*margins)[static_cast<size_t>(d.right_to_left ? Mirror(dep, n) : dep)] = margin;
    }
    arc_eager::Apply(s, a);
  }
  Finish(s, info, heads, labels);
  if (!d.right_to_left) return;
  std::reverse(heads.begin(), heads.end());
  std::reverse(labels.begin(), labels.end());
  for (int& h : heads) h = Mirror(h, n);
}

namespace {

// What a parser's arc weighs in the combination: one vote, plus its margin
// times kMarginWeight, plus kFirstBias for the first (left-to-right)
// parser, which is the more accurate one. Chosen on the dev files (see the
// README's parse layer).
constexpr double kMarginWeight = 0.1, kFirstBias = 2.0;

}  // namespace

void DependencyParser::ParseWords(const std::vector<std::string_view>& words,
                                  const std::vector<std::string_view>& upos,
                                  const std::vector<std::string_view>& xpos,
                                  std::vector<int>& heads, std::vector<int>& labels) const {
  if (beam_ > 1) {
    ParseWordsBeam(words, upos, xpos, beam_, heads, labels);
    return;
  }
  thread_local std::vector<WordInfo> info;
  Describe(words, upos, xpos, info);
  if (directions_.size() == 1) {
    Greedy(directions_[0], info, heads, labels, nullptr);
    return;
  }
  // Each parser's tree, then the heaviest tree over their arcs.
  const int n = static_cast<int>(info.size());
  thread_local std::vector<std::vector<int>> h, l;
  thread_local std::vector<std::vector<float>> m;
  thread_local std::vector<arc_combine::Arc> arcs;
  h.resize(directions_.size());
  l.resize(directions_.size());
  m.resize(directions_.size());
  for (size_t k = 0; k < directions_.size(); ++k) Greedy(directions_[k], info, h[k], l[k], &m[k]);
  arcs.clear();
  for (int d = 1; d <= n; ++d) {
    for (size_t k = 0; k < directions_.size(); ++k) {
      const int head = h[k][static_cast<size_t>(d - 1)];
      const double w =
          1.0 + (k == 0 ? kFirstBias : 0.0) + kMarginWeight * m[k][static_cast<size_t>(d)];
      bool merged = false;
      for (size_t a = arcs.size(); a-- > 0 && arcs[a].dep == d;) {
        if (arcs[a].head == head) {
          arcs[a].weight += w;
          merged = true;
        }
      }
      if (!merged) arcs.push_back({head, d, w});
    }
  }
  const std::vector<int> tree = arc_combine::CombineTrees(n, arcs);
  heads.assign(static_cast<size_t>(n), 0);
  labels.assign(static_cast<size_t>(n), fallback_label_);
  for (int d = 1; d <= n; ++d) {
    const int head = tree[static_cast<size_t>(d)];
    heads[static_cast<size_t>(d - 1)] = head;
    // The relation of the surest parser that proposed the arc.
    float best = -1;
    for (size_t k = 0; k < directions_.size(); ++k) {
      if (h[k][static_cast<size_t>(d - 1)] != head || m[k][static_cast<size_t>(d)] <= best)
        continue;
      best = m[k][static_cast<size_t>(d)];
      labels[static_cast<size_t>(d - 1)] = l[k][static_cast<size_t>(d - 1)];
    }
    if (head == 0) labels[static_cast<size_t>(d - 1)] = root_label_;
  }
}

DependencyParser DependencyParser::OneDirection(int k) const {
  DependencyParser p = *this;
  p.directions_.assign(1, directions_[static_cast<size_t>(k)]);
  return p;
}

void DependencyParser::ParseWordsBeam(const std::vector<std::string_view>& words,
                                      const std::vector<std::string_view>& upos,
                                      const std::vector<std::string_view>& xpos, int width,
                                      std::vector<int>& heads, std::vector<int>& labels) const {
  thread_local std::vector<WordInfo> info;
  thread_local BeamWork work;
  Describe(words, upos, xpos, info);
  const Direction& d = directions_[0];
  if (d.right_to_left) std::reverse(info.begin(), info.end());
  auto score = [&](const uint64_t* f, size_t n, float* out) { d.model.Score(f, n, out); };
  BeamSearch(info, std::max(width, 1), arc_eager::NumActions(num_labels()), root_label_, score,
             work);
  Finish(work.cur[0], info, heads, labels);
  if (!d.right_to_left) return;
  const int n = static_cast<int>(info.size());
  std::reverse(heads.begin(), heads.end());
  std::reverse(labels.begin(), labels.end());
  for (int& h : heads) h = Mirror(h, n);
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

Status DependencyParser::Save(const std::string& path) const {
  // After the format, a model trained with a beam says so ("beam 8"), and
  // one that reads right to left or holds both directions says which, in
  // the order of its models ("order rtl", "order ltr+rtl").
  std::string header = kHeader;
  if (beam_ > 1) header += " beam " + std::to_string(beam_);
  if (directions_.size() != 1 || directions_[0].right_to_left) {
    header += " order ";
    for (size_t k = 0; k < directions_.size(); ++k) {
      header += std::string(k > 0 ? "+" : "") + (directions_[k].right_to_left ? "rtl" : "ltr");
    }
  }
  std::vector<const perceptron::Model*> models;
  for (const Direction& d : directions_) models.push_back(&d.model);
  return perceptron::SaveModelFile(path, header, labels_, models);
}

Result<DependencyParser> DependencyParser::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open the parser model " + path);
  std::string first;
  std::getline(in, first);
  int beam = 1;
  std::vector<bool> order = {false};
  const size_t format = sizeof kHeader - 1;
  const bool options =
      first.compare(0, format, kHeader) == 0 && first.size() > format && first[format] == ' ';
  if (options) {
    std::istringstream words(first.substr(sizeof kHeader - 1));
    std::string key, value;
    bool seen_beam = false, seen_order = false;
    while (words >> key) {
      value.clear();
      words >> value;
      if (key == "beam" && !seen_beam) {
        seen_beam = true;
        if (value.empty() || value.size() > 3 ||
            !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; }) ||
            (beam = std::stoi(value)) < 1) {
          return ParseError(path + ": line 1: bad beam width");
        }
      } else if (key == "order" && !seen_order) {
        seen_order = true;
        if (value == "ltr") {
          order = {false};
        } else if (value == "rtl") {
          order = {true};
        } else if (value == "ltr+rtl") {
          order = {false, true};
        } else {
          return ParseError(path + ": line 1: bad order (ltr, rtl or ltr+rtl)");
        }
      } else {
        return ParseError(path + ": line 1: unknown '" + key + "' after the format");
      }
    }
    if (beam > 1 && order.size() > 1) {
      return ParseError(path + ": line 1: two directions are combined greedily only");
    }
  }
  in.clear();
  in.seekg(0);
  perceptron::ModelFileSpec spec{
      options ? first : std::string(kHeader),         "parser", "relation", "a relation", 64,
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
  for (bool right_to_left : order) {
    auto m = perceptron::Model::Load(in, path);
    if (!m.ok()) return m.status();
    if (m->num_classes() != arc_eager::NumActions(static_cast<int>(n))) {
      return ParseError(path + ": the model's action count does not match its relations");
    }
    p.directions_.push_back({std::move(m).value(), right_to_left});
  }
  return p;
}

}  // namespace newskg
