#include "extract/internal/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>

namespace newskg::perceptron {
namespace {

constexpr char kMagic[8] = {'N', 'K', 'G', 'P', 'E', 'R', 'C', '1'};

void PutU64(std::string& out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
void PutU16(std::string& out, uint16_t v) {
  out.push_back(static_cast<char>(v & 0xff));
  out.push_back(static_cast<char>(v >> 8));
}
void PutF32(std::string& out, float f) {
  const uint32_t v = std::bit_cast<uint32_t>(f);
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

// Reads little-endian numbers from a stream, remembering the first failure.
class Reader {
 public:
  explicit Reader(std::istream& in) : in_(in) {}
  bool ok() const { return ok_; }
  uint64_t U(int bytes) {
    unsigned char b[8] = {};
    if (!in_.read(reinterpret_cast<char*>(b), bytes)) ok_ = false;
    uint64_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | b[i];
    return v;
  }
  float F32() { return std::bit_cast<float>(static_cast<uint32_t>(U(4))); }

 private:
  std::istream& in_;
  bool ok_ = true;
};

}  // namespace

const Model::Slot* Model::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  for (uint64_t i = key & mask_;; i = (i + 1) & mask_) {
    const Slot& s = slots_[i];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
  }
}

void Model::Score(const uint64_t* features, size_t n, float* scores) const {
  if (slots_.empty()) return;
  // Three passes so that the memory reads of all features overlap: prefetch
  // the slots, find them and prefetch their weights, then add.
  constexpr size_t kBatch = 128;
  const Slot* found[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    const size_t end = std::min(n, start + kBatch);
    for (size_t k = start; k < end; ++k) __builtin_prefetch(&slots_[features[k] & mask_]);
    size_t m = 0;
    for (size_t k = start; k < end; ++k) {
      const Slot* s = Find(features[k]);
      if (s == nullptr) continue;
      __builtin_prefetch(&weights_[s->begin]);
      found[m++] = s;
    }
    for (size_t j = 0; j < m; ++j) {
      const Weight* w = weights_.data() + found[j]->begin;
      for (uint32_t i = 0; i < found[j]->len; ++i) scores[w[i].cls] += w[i].w;
    }
  }
}

void Model::Build(std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>>& rows) {
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  count_ = rows.size();
  size_t cap = 16;
  while (cap < rows.size() * 2) cap <<= 1;
  mask_ = cap - 1;
  slots_.assign(cap, Slot{});
  weights_.clear();
  for (auto& [key, pairs] : rows) {
    uint64_t i = key & mask_;
    while (slots_[i].key != 0) i = (i + 1) & mask_;
    slots_[i] = Slot{key, static_cast<uint32_t>(weights_.size()),
                     static_cast<uint32_t>(pairs.size())};
    for (auto [c, w] : pairs) weights_.push_back(Weight{c, w});
  }
}

Status Model::Save(std::ostream& out) const {
  // Rows in key order so the bytes do not depend on the table's layout.
  std::vector<const Slot*> order;
  order.reserve(count_);
  for (const Slot& s : slots_) {
    if (s.key != 0) order.push_back(&s);
  }
  std::sort(order.begin(), order.end(), [](const Slot* a, const Slot* b) { return a->key < b->key; });
  std::string buf(kMagic, sizeof kMagic);
  PutU64(buf, static_cast<uint64_t>(num_classes_));
  PutU64(buf, count_);
  for (const Slot* s : order) {
    PutU64(buf, s->key);
    PutU16(buf, static_cast<uint16_t>(s->len));
    for (uint32_t j = 0; j < s->len; ++j) {
      PutU16(buf, static_cast<uint16_t>(weights_[s->begin + j].cls));
      PutF32(buf, weights_[s->begin + j].w);
    }
    if (buf.size() > (1u << 20)) {
      out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
      buf.clear();
    }
  }
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
  if (!out) return IoError("cannot write the model");
  return Status::Ok();
}

Result<Model> Model::Load(std::istream& in, const std::string& name) {
  char magic[sizeof kMagic];
  if (!in.read(magic, sizeof magic) || std::memcmp(magic, kMagic, sizeof kMagic) != 0) {
    return ParseError(name + ": not a newskg perceptron model (bad header)");
  }
  Reader r(in);
  Model m;
  const uint64_t classes = r.U(8);
  const uint64_t count = r.U(8);
  if (!r.ok() || (classes == 0 && count != 0) || classes > 65535 || count > (1ULL << 32)) {
    return ParseError(name + ": corrupt model header");
  }
  m.num_classes_ = static_cast<int>(classes);
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows;
  rows.reserve(count);
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t key = r.U(8);
    const uint64_t len = r.U(2);
    std::vector<std::pair<uint16_t, float>> pairs;
    pairs.reserve(len);
    for (uint64_t j = 0; j < len; ++j) {
      const auto c = static_cast<uint16_t>(r.U(2));
      const float w = r.F32();
      if (c >= classes || !std::isfinite(w)) {
        return ParseError(name + ": corrupt model (feature " + std::to_string(i) + ")");
      }
      pairs.emplace_back(c, w);
    }
    if (!r.ok()) {
      return ParseError(name + ": model truncated at feature " + std::to_string(i) + " of " +
                        std::to_string(count));
    }
    if (key == 0) return ParseError(name + ": corrupt model (zero key)");
    rows.emplace_back(key, std::move(pairs));
  }
  m.Build(rows);
  return m;
}

void Trainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t k = 0; k < n; ++k) {
    auto it = weights_.find(features[k]);
    if (it == weights_.end()) continue;
    for (const Entry& e : it->second) scores[e.cls] += e.w;
  }
}

void Trainer::Add(uint64_t f, int cls, float delta) {
  auto& v = weights_[f];
  for (Entry& e : v) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.w;
      e.stamp = clock_;
      e.w += delta;
      return;
    }
  }
  v.push_back(Entry{static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void Trainer::Update(const uint64_t* features, size_t n, int good, int bad) {
  if (good == bad) return;
  for (size_t k = 0; k < n; ++k) {
    Add(features[k], good, 1.0f);
    Add(features[k], bad, -1.0f);
  }
}

Model Trainer::Average(float prune) const {
  std::vector<std::pair<uint64_t, std::vector<std::pair<uint16_t, float>>>> rows;
  rows.reserve(weights_.size());
  const double clock = clock_ > 0 ? static_cast<double>(clock_) : 1.0;
  for (const auto& [key, entries] : weights_) {
    std::vector<std::pair<uint16_t, float>> pairs;
    for (const Entry& e : entries) {
      const double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      const auto avg = static_cast<float>(total / clock);
      if (std::fabs(avg) >= prune && avg != 0.0f) pairs.emplace_back(e.cls, avg);
    }
    if (pairs.empty()) continue;
    std::sort(pairs.begin(), pairs.end());
    rows.emplace_back(key, std::move(pairs));
  }
  Model m;
  m.num_classes_ = num_classes_;
  m.Build(rows);
  return m;
}

}  // namespace newskg::perceptron
