// A sparse multi-class averaged perceptron, shared by the trained tagger and
// the dependency parser. Features are 64-bit hashes; each feature holds a
// short list of (class, weight) pairs, so a model with a hundred classes
// costs only the pairs that training touched.
//
// `Trainer` learns (lazy averaging, Collins 2002); `Model` is its frozen,
// averaged form: an open-addressing table from feature hash to its pairs,
// read-only and safe to share between threads. Saved models are the same
// bytes for the same training run.
#ifndef NEWSKG_EXTRACT_INTERNAL_PERCEPTRON_H_
#define NEWSKG_EXTRACT_INTERNAL_PERCEPTRON_H_

#include <cstdint>
#include <istream>
#include <ostream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"

namespace newskg::perceptron {

// A stable 64-bit hash of bytes (FNV-1a, finalized): the same on every
// platform and compiler, so saved models stay valid.
inline uint64_t HashBytes(std::string_view s) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

inline uint64_t Mix(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ULL;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebULL;
  h ^= h >> 31;
  return h;
}

// A feature: a template number and up to three atoms (word hashes, tag ids).
inline uint64_t Feature(uint64_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  const uint64_t h = tmpl * 0x9e3779b97f4a7c15ULL + a * 0xc2b2ae3d27d4eb4fULL +
                     ((b * 0x632be59bd9b4e019ULL) >> 7 | (b * 0x632be59bd9b4e019ULL) << 57) +
                     ((c * 0x85ebca6b0f1c3a27ULL) >> 19 | (c * 0x85ebca6b0f1c3a27ULL) << 45);
  return Mix(h) | 1;  // 0 marks an empty slot
}

// A small deterministic generator for shuffling and exploration: the same
// sequence on every platform and standard library (std::shuffle is not).
struct SplitMix {
  uint64_t state;
  uint64_t Next() { return Mix(state += 0x9e3779b97f4a7c15ULL); }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
};

template <typename T>
void Shuffle(std::vector<T>& v, SplitMix& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Next() % i]);
}

class Model {
 public:
  Model() = default;
  int num_classes() const { return num_classes_; }
  size_t num_features() const { return keys_.size(); }
  size_t num_weights() const { return packed_.size() - keys_.size() - 1; }

  // The same model without weights smaller than `min_abs` (and without
  // features left with none): smaller files, fewer cache misses.
  Model Pruned(float min_abs) const;

  // Adds each feature's weights into scores[0..num_classes).
  void Score(const uint64_t* features, size_t n, float* scores) const;
  // The same in the model's fixed-point units (a weight is an integer times
  // scale()): sums of them are exact, so they can be kept and added later.
  void Accumulate(const uint64_t* features, size_t n, int32_t* acc) const;
  float scale() const { return inverse_scale_; }

  [[nodiscard]] Status Save(std::ostream& out) const;
  // `name` is for error messages.
  [[nodiscard]] static Result<Model> Load(std::istream& in, const std::string& name);

 private:
  friend class Trainer;
  using Rows = std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>>;
  // Rows in key order.
  void Build(const Rows& rows);
  void Build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& lengths,
             const std::vector<std::pair<uint16_t, float>>& pairs);
  Rows Unpack() const;
  float Weight(uint32_t entry) const {
    return static_cast<float>(static_cast<int16_t>(entry & 0xffff)) * inverse_scale_;
  }

  int num_classes_ = 0;
  // What scoring reads, laid out for few cache misses: an open-addressing
  // table of (upper 32 bits of the key, offset into packed_), and per
  // feature its count then (class << 16 | weight) entries, the weights
  // quantized to 16 bits against the largest one.
  uint64_t mask_ = 0;
  std::vector<uint64_t> slots_;
  std::vector<uint32_t> packed_;
  float inverse_scale_ = 1.0f;
  // For saving: every key in order with its offset.
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> offsets_;
};

// A model file: a header line naming the format, the number of labels, one
// label per line, then the models.
[[nodiscard]] Status SaveModelFile(const std::string& path, const std::string& header,
                                   const std::vector<std::string>& labels,
                                   const std::vector<const Model*>& models);
// Opens a model file and reads its labels; `kind` ("tagger") and `label`
// ("tag") name them in errors, and `valid` checks each label line.
struct ModelFileSpec {
  std::string header, kind, label, label_form;  // label_form: what a label line looks like
  size_t max_labels = 0;
  bool (*valid)(const std::string& line) = nullptr;
};
[[nodiscard]] Result<std::vector<std::string>> ReadModelLabels(std::istream& in,
                                                               const std::string& path,
                                                               const ModelFileSpec& spec);

class Trainer {
 public:
  explicit Trainer(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  // Current (not averaged) scores.
  void Score(const uint64_t* features, size_t n, float* scores) const;
  // One training example: moves the features towards `good`, away from `bad`.
  void Update(const uint64_t* features, size_t n, int good, int bad);
  // Moves every feature's weight for `cls` by `delta` (for ranking models,
  // whose candidates have different features).
  void Adjust(const uint64_t* features, size_t n, int cls, float delta) {
    for (size_t k = 0; k < n; ++k) Add(features[k], cls, delta);
  }
  // Counts an example (correct or not) for the averaging clock.
  void Tick() { ++clock_; }

  // The averaged model; weights with |w| < prune are dropped.
  Model Average(float prune) const;

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    int64_t stamp;
  };
  void Add(uint64_t f, int cls, float delta);
  // The row of feature f, or kNoRow.
  static constexpr uint32_t kNoRow = 0xffffffffu;
  uint32_t Find(uint64_t f) const;
  uint32_t FindOrAdd(uint64_t f);
  size_t Home(uint64_t f) const {
    return static_cast<size_t>((f * 0x9e3779b97f4a7c15ULL) >> shift_);
  }

  int num_classes_;
  int64_t clock_ = 0;
  // Open addressing (linear probing, at most half full) from a feature to
  // its row of weights: several times faster than std::unordered_map here,
  // where training reads millions of features that are mostly absent.
  struct Cell {
    uint64_t key = 0;
    uint32_t row = kNoRow;
  };
  std::vector<Cell> cells_ = std::vector<Cell>(1024);
  int shift_ = 54;              // 64 - log2(slots_.size())
  std::vector<uint64_t> keys_;  // by row
  std::vector<std::vector<Entry>> rows_;
};

}  // namespace newskg::perceptron

#endif  // NEWSKG_EXTRACT_INTERNAL_PERCEPTRON_H_
