#include "extract/tagger.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <thread>

#include "base/base.h"

namespace newskg {

struct Tagger::WordInfo {
  uint64_t word = 0, lower = 0, shape = 0, lex = 0;
  uint64_t suffix[4] = {}, prefix[3] = {};  // the last and first 1..4 and 1..3 letters
  uint64_t suffix3 = 0;                     // suffix[2], for the neighbours' features
};

namespace {

using perceptron::Feature;
using perceptron::HashBytes;
using perceptron::Shuffle;
using perceptron::SplitMix;

constexpr char kHeader[] = "newskg-tagger 2";
constexpr uint64_t kStart = 0x5354415254ULL, kEnd = 0x454e44ULL;  // outside the sentence
constexpr int kNoTag = 0xffff;

// A word's letters as X, x and d, runs longer than two cut to two.
std::string Shape(std::string_view w) {
  std::string s;
  char last = 0;
  int run = 0;
  for (unsigned char c : w) {
    char k = c >= 0x80         ? 'u'
             : std::isupper(c) ? 'X'
             : std::islower(c) ? 'x'
             : std::isdigit(c) ? 'd'
                               : static_cast<char>(c);
    run = k == last ? run + 1 : 1;
    last = k;
    if (run <= 2) s.push_back(k);
    if (s.size() >= 12) break;
  }
  return s;
}

}  // namespace

void Tagger::Describe(const std::vector<std::string_view>& words,
                      std::vector<WordInfo>& info) const {
  info.assign(words.size(), WordInfo{});
  std::string lower;
  for (size_t i = 0; i < words.size(); ++i) {
    const std::string_view w = words[i];
    WordInfo& d = info[i];
    lower = AsciiLower(w);
    d.word = HashBytes(w);
    d.lower = HashBytes(lower);
    d.shape = HashBytes(Shape(w));
    for (size_t k = 0; k < 4; ++k) {
      d.suffix[k] = HashBytes(
          std::string_view(lower).substr(lower.size() > k + 1 ? lower.size() - k - 1 : 0));
    }
    for (size_t k = 0; k < 3; ++k) d.prefix[k] = HashBytes(w.substr(0, k + 1));
    d.suffix3 = d.suffix[2];
    if (lexicon_) {
      d.lex = lexicon_->AmbiguityClass(w);
      if (d.lex == 0 && i == 0) d.lex = lexicon_->AmbiguityClass(lower) ^ 7;
    }
  }
}

namespace {

size_t TagFeatures(const std::vector<Tagger::WordInfo>& info, size_t i, int p1, int p2,
                   const std::vector<int>* first, uint64_t* f);

}  // namespace

template <typename Scorer>
void Tagger::Decode(const std::vector<WordInfo>& info, std::vector<int>& tags, const Scorer& score,
                    const std::vector<int>* gold, perceptron::Trainer* trainer,
                    const std::vector<int>* first) const {
  const int n_tags = static_cast<int>(upos_.size());
  tags.assign(info.size(), 0);
  std::vector<float> scores(static_cast<size_t>(n_tags));
  uint64_t f[64];
  for (size_t i = 0; i < info.size(); ++i) {
    const int p1 = i > 0 ? tags[i - 1] : kNoTag;
    const int p2 = i > 1 ? tags[i - 2] : kNoTag;
    const size_t n = TagFeatures(info, i, p1, p2, first, f);
    std::fill(scores.begin(), scores.end(), 0.0f);
    score(f, n, scores.data());
    int best = 0;
    for (int c = 1; c < n_tags; ++c) {
      if (scores[static_cast<size_t>(c)] > scores[static_cast<size_t>(best)]) best = c;
    }
    if (trainer != nullptr) {
      const int g = (*gold)[i];
      trainer->Tick();
      trainer->Update(f, n, g, best);  // the history stays the predicted tags
    }
    tags[i] = best;
  }
}

namespace {

size_t TagFeatures(const std::vector<Tagger::WordInfo>& info, size_t i, int p1, int p2,
                   const std::vector<int>* first, uint64_t* f) {
  const size_t n = info.size();
  auto at = [&](long k, uint64_t Tagger::WordInfo::*field) -> uint64_t {
    const long j = static_cast<long>(i) + k;
    if (j < 0) return kStart;
    if (j >= static_cast<long>(n)) return kEnd;
    return info[static_cast<size_t>(j)].*field;
  };
  const Tagger::WordInfo& w = info[i];
  size_t k = 0;
  f[k++] = Feature(1, 0);
  f[k++] = Feature(2, w.word);
  f[k++] = Feature(3, w.lower);
  for (uint64_t s = 0; s < 4; ++s) f[k++] = Feature(4 + s, w.suffix[s]);
  for (uint64_t s = 0; s < 3; ++s) f[k++] = Feature(8 + s, w.prefix[s]);
  f[k++] = Feature(11, w.shape);
  f[k++] = Feature(12, static_cast<uint64_t>(p1));
  f[k++] = Feature(13, static_cast<uint64_t>(p1), static_cast<uint64_t>(p2));
  f[k++] = Feature(14, static_cast<uint64_t>(p1), w.lower);
  f[k++] = Feature(15, at(-1, &Tagger::WordInfo::lower));
  f[k++] = Feature(16, at(-1, &Tagger::WordInfo::suffix3));
  f[k++] = Feature(17, at(-2, &Tagger::WordInfo::lower));
  f[k++] = Feature(18, at(1, &Tagger::WordInfo::lower));
  f[k++] = Feature(19, at(1, &Tagger::WordInfo::suffix3));
  f[k++] = Feature(20, at(2, &Tagger::WordInfo::lower));
  f[k++] = Feature(21, w.lex);
  f[k++] = Feature(22, at(1, &Tagger::WordInfo::lex));
  f[k++] = Feature(23, w.lex, static_cast<uint64_t>(p1));
  f[k++] = Feature(24, at(2, &Tagger::WordInfo::lex));
  f[k++] = Feature(25, at(1, &Tagger::WordInfo::shape));
  f[k++] = Feature(26, w.lower, at(1, &Tagger::WordInfo::lower));
  f[k++] = Feature(27, at(-1, &Tagger::WordInfo::lower), w.lower);
  f[k++] = Feature(28, i == 0 ? 1 : 0, w.shape);
  f[k++] = Feature(29, static_cast<uint64_t>(p1), w.suffix[2]);
  f[k++] = Feature(30, w.lex, at(1, &Tagger::WordInfo::lex));
  f[k++] = Feature(31, at(-1, &Tagger::WordInfo::shape), w.shape);
  f[k++] = Feature(32, at(-1, &Tagger::WordInfo::lex));
  if (first != nullptr) {
    // The second pass sees the first pass's tags on both sides.
    auto t = [&](long d) -> uint64_t {
      const long j = static_cast<long>(i) + d;
      return j < 0 || j >= static_cast<long>(n)
                 ? kNoTag
                 : static_cast<uint64_t>((*first)[static_cast<size_t>(j)]);
    };
    f[k++] = Feature(40, t(0));
    f[k++] = Feature(41, t(1));
    f[k++] = Feature(42, t(1), t(2));
    f[k++] = Feature(43, static_cast<uint64_t>(p1), t(1));
    f[k++] = Feature(44, w.lower, t(1));
    f[k++] = Feature(45, t(0), w.lower);
    f[k++] = Feature(46, t(-1), t(0), t(1));
    f[k++] = Feature(47, t(0), w.suffix[2]);
    f[k++] = Feature(48, t(0), t(1), w.shape);
  }
  return k;
}

}  // namespace

Result<Tagger> Tagger::Train(const std::vector<ConlluSentence>& train,
                             const std::vector<ConlluSentence>* dev,
                             std::shared_ptr<const PosTagger> lexicon, const TrainOptions& options,
                             std::vector<std::vector<JackknifedTag>>* jackknifed) {
  if (jackknifed != nullptr && options.folds < 2) {
    return InvalidArgument("tagger: jackknifing needs at least 2 folds");
  }
  Tagger t;
  t.lexicon_ = std::move(lexicon);
  // Joint tags in sorted order, so the model does not depend on data order.
  std::map<std::pair<std::string, std::string>, int> index;
  for (const auto& s : train) {
    for (const auto& w : s.words) index.emplace(std::pair{w.upos, w.xpos}, 0);
  }
  if (index.empty()) return InvalidArgument("tagger: no training words");
  for (auto& [k, v] : index) {
    v = static_cast<int>(t.upos_.size());
    t.upos_.push_back(k.first);
    t.xpos_.push_back(k.second);
  }
  struct Example {
    std::vector<WordInfo> info;
    std::vector<int> gold;
  };
  std::vector<Example> examples(train.size());
  std::vector<std::string_view> words;
  for (size_t s = 0; s < train.size(); ++s) {
    words.clear();
    for (const auto& w : train[s].words) {
      words.push_back(w.form);
      examples[s].gold.push_back(index.at({w.upos, w.xpos}));
    }
    t.Describe(words, examples[s].info);
  }
  // One pass's model from the examples in `subset`; `first` holds the first
  // pass's tags when this is the second pass.
  auto learn = [&](const std::vector<size_t>& subset, const std::vector<std::vector<int>>* first,
                   uint64_t seed, const char* name) {
    perceptron::Trainer trainer(t.num_tags());
    std::vector<size_t> order = subset;
    SplitMix rng{seed};
    std::vector<int> tags;
    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
      Shuffle(order, rng);
      auto score = [&](const uint64_t* f, size_t n, float* out) { trainer.Score(f, n, out); };
      for (size_t s : order) {
        t.Decode(examples[s].info, tags, score, &examples[s].gold, &trainer,
                 first != nullptr ? &(*first)[s] : nullptr);
      }
      if (options.progress && name != nullptr) {
        options.progress(std::string(name) + " epoch " + std::to_string(epoch) + "/" +
                         std::to_string(options.epochs));
      }
    }
    return trainer.Average(options.prune);
  };
  std::vector<size_t> all(examples.size());
  for (size_t i = 0; i < all.size(); ++i) all[i] = i;
  // Runs `fn(f)` for every fold, `options.threads` at a time.
  auto each_fold = [&](const std::function<void(int)>& fn) {
    const int threads = std::max(1, options.threads);
    for (int f0 = 0; f0 < options.folds; f0 += threads) {
      std::vector<std::thread> pool;
      for (int f = f0; f < std::min(options.folds, f0 + threads); ++f) pool.emplace_back(fn, f);
      for (auto& th : pool) th.join();
    }
  };
  auto others = [&](int f) {
    std::vector<size_t> rest;
    for (size_t i : all) {
      if (static_cast<int>(i % static_cast<size_t>(options.folds)) != f) rest.push_back(i);
    }
    return rest;
  };
  // Tags the sentences of fold f with a model, into out.
  auto tag_fold = [&](int f, const perceptron::Model& m, const std::vector<std::vector<int>>* first,
                      std::vector<std::vector<int>>& out) {
    auto score = [&](const uint64_t* fs, size_t n, float* o) { m.Score(fs, n, o); };
    for (size_t i = static_cast<size_t>(f); i < examples.size();
         i += static_cast<size_t>(options.folds)) {
      t.Decode(examples[i].info, out[i], score, nullptr, nullptr,
               first != nullptr ? &(*first)[i] : nullptr);
    }
  };
  if (options.folds >= 2) {
    // The second pass learns from first-pass tags of models that did not see
    // the sentence (jackknifing), as it will meet them on new text.
    std::vector<std::vector<int>> first(examples.size());
    each_fold([&](int f) {
      tag_fold(f, learn(others(f), nullptr, options.seed + static_cast<uint64_t>(f) + 1, nullptr),
               nullptr, first);
    });
    if (options.progress) {
      options.progress("tagger: first-pass tags of " + std::to_string(options.folds) + " folds");
    }
    if (jackknifed != nullptr) {
      // Both passes' tags for each sentence from models that did not see it.
      std::vector<std::vector<int>> second(examples.size());
      each_fold([&](int f) {
        tag_fold(f, learn(others(f), &first, options.seed + static_cast<uint64_t>(f) + 51, nullptr),
                 &first, second);
      });
      jackknifed->resize(examples.size());
      for (size_t i = 0; i < examples.size(); ++i) {
        auto& row = (*jackknifed)[i];
        row.clear();
        for (size_t k = 0; k < second[i].size(); ++k) {
          const auto tag = static_cast<size_t>(second[i][k]);
          row.push_back(JackknifedTag{t.upos_[tag], t.xpos_[tag]});
        }
      }
      if (options.progress)
        options.progress("tagger: second-pass tags of " + std::to_string(options.folds) + " folds");
    }
    t.model_ = learn(all, nullptr, options.seed, "tagger pass 1");
    t.second_ = learn(all, &first, options.seed + 100, "tagger pass 2");
  } else {
    t.model_ = learn(all, nullptr, options.seed, "tagger");
  }
  if (dev != nullptr && options.progress) {
    size_t ok = 0, n = 0;
    for (const auto& gold : *dev) {
      ConlluSentence s = gold;
      t.TagConllu(s);
      for (size_t i = 0; i < s.words.size(); ++i, ++n) ok += s.words[i].upos == gold.words[i].upos;
    }
    std::ostringstream o;
    o.precision(2);
    o << std::fixed << "tagger: dev UPOS "
      << 100.0 * static_cast<double>(ok) / static_cast<double>(std::max<size_t>(n, 1));
    options.progress(o.str());
  }
  return t;
}

void Tagger::TagWords(const std::vector<std::string_view>& words, std::vector<int>& tags) const {
  std::vector<WordInfo> info;
  Describe(words, info);
  const bool two = second_.num_features() != 0;
  auto score = [&](const uint64_t* f, size_t n, float* out) { model_.Score(f, n, out); };
  Decode(info, tags, score, nullptr, nullptr);
  if (!two) return;
  const std::vector<int> first = tags;
  auto score2 = [&](const uint64_t* f, size_t n, float* out) { second_.Score(f, n, out); };
  Decode(info, tags, score2, nullptr, nullptr, &first);
}

void Tagger::TagConllu(ConlluSentence& sentence) const {
  std::vector<std::string_view> words;
  std::vector<int> tags;
  for (const auto& w : sentence.words) words.push_back(w.form);
  TagWords(words, tags);
  for (size_t k = 0; k < tags.size(); ++k) {
    sentence.words[k].upos = upos_[static_cast<size_t>(tags[k])];
    sentence.words[k].xpos = xpos_[static_cast<size_t>(tags[k])];
  }
}

void Tagger::Tag(Document& doc) const {
  for (const Sentence& s : doc.sentences) TagSentence(doc, s);
}

void Tagger::TagSentence(Document& doc, const Sentence& s) const {
  std::vector<std::string_view> words;
  std::vector<int> tags;
  for (size_t i = s.first_token; i < s.end_token; ++i) words.push_back(doc.tokens[i].text);
  TagWords(words, tags);
  for (size_t i = s.first_token; i < s.end_token; ++i) {
    Token& t = doc.tokens[i];
    const int g = tags[i - s.first_token];
    t.upos = upos_[static_cast<size_t>(g)];
    t.tag = xpos_[static_cast<size_t>(g)];
  }
}

Status Tagger::Save(const std::string& path) const {
  std::vector<std::string> labels;
  for (size_t i = 0; i < upos_.size(); ++i) labels.push_back(upos_[i] + "\t" + xpos_[i]);
  return perceptron::SaveModelFile(path, kHeader, labels, {&model_, &second_});
}

Result<Tagger> Tagger::Load(const std::string& path, std::shared_ptr<const PosTagger> lexicon) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open the tagger model " + path);
  perceptron::ModelFileSpec spec{
      kHeader, "tagger",
      "tag",   "'UPOS<TAB>XPOS'",
      65535,   [](const std::string& l) { return l.find('\t') != std::string::npos; }};
  auto labels = perceptron::ReadModelLabels(in, path, spec);
  if (!labels.ok()) return labels.status();
  const size_t n = labels->size();
  Tagger t;
  t.lexicon_ = std::move(lexicon);
  for (const std::string& line : labels.value()) {
    const size_t tab = line.find('\t');
    t.upos_.push_back(line.substr(0, tab));
    t.xpos_.push_back(line.substr(tab + 1));
  }
  auto m = perceptron::Model::Load(in, path);
  if (!m.ok()) return m.status();
  if (m->num_classes() != static_cast<int>(n)) {
    return ParseError(path + ": the model has " + std::to_string(m->num_classes()) +
                      " classes for " + std::to_string(n) + " tags");
  }
  t.model_ = std::move(m).value();
  auto m2 = perceptron::Model::Load(in, path + " (second pass)");
  if (!m2.ok()) return m2.status();
  if (m2->num_features() != 0 && m2->num_classes() != static_cast<int>(n)) {
    return ParseError(path + ": the second pass has " + std::to_string(m2->num_classes()) +
                      " classes for " + std::to_string(n) + " tags");
  }
  t.second_ = std::move(m2).value();
  return t;
}

}  // namespace newskg
