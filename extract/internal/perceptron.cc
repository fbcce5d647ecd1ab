#include "extract/internal/perceptron.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <fstream>

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

void Model::Score(const uint64_t* features, size_t n, float* scores) const {
  if (slots_.empty()) return;
  int32_t local[256];
  const bool small = num_classes_ <= 256;
  std::vector<int32_t> wide;
  int32_t* acc = local;
  if (small) {
    std::fill(local, local + num_classes_, 0);
  } else {
    wide.assign(static_cast<size_t>(num_classes_), 0);
    acc = wide.data();
  }
  Accumulate(features, n, acc);
  for (int c = 0; c < num_classes_; ++c) scores[c] += static_cast<float>(acc[c]) * inverse_scale_;
}

void Model::Accumulate(const uint64_t* features, size_t n, int32_t* acc) const {
  if (slots_.empty()) return;
  // Three passes so that the memory reads of all features overlap: prefetch
  // the slots, find them and prefetch their weights, then add.
  constexpr size_t kBatch = 128;
  uint32_t found[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    const size_t end = std::min(n, start + kBatch);
    for (size_t k = start; k < end; ++k) __builtin_prefetch(&slots_[features[k] & mask_]);
    size_t m = 0;
    for (size_t k = start; k < end; ++k) {
      const uint64_t fp = features[k] >> 32;
      for (uint64_t i = features[k] & mask_;; i = (i + 1) & mask_) {
        const uint64_t slot = slots_[i];
        if (slot == 0) break;
        if ((slot >> 32) == fp) {
          const auto begin = static_cast<uint32_t>(slot);
          __builtin_prefetch(&packed_[begin]);
          found[m++] = begin;
          break;
        }
      }
    }
    for (size_t j = 0; j < m; ++j) {
      const uint32_t* row = packed_.data() + found[j];
      const uint32_t len = row[0];
      for (uint32_t i = 1; i <= len; ++i)
        acc[row[i] >> 16] += static_cast<int16_t>(row[i] & 0xffff);
    }
  }
}

void Model::Build(const Rows& rows) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> lengths;
  std::vector<std::pair<uint16_t, float>> pairs;
  for (const auto& [key, row] : rows) {
    keys.push_back(key);
    lengths.push_back(static_cast<uint32_t>(row.size()));
    pairs.insert(pairs.end(), row.begin(), row.end());
  }
  Build(keys, lengths, pairs);
}

void Model::Build(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& lengths,
                  const std::vector<std::pair<uint16_t, float>>& pairs) {
  float largest = 0;
  for (auto [c, w] : pairs) largest = std::max(largest, std::fabs(w));
  const float scale = largest > 0 ? 32767.0f / largest : 1.0f;
  inverse_scale_ = 1.0f / scale;
  keys_ = keys;
  offsets_.clear();
  offsets_.reserve(keys.size());
  packed_.assign(1, 0);  // offset 0 marks an empty slot
  packed_.reserve(1 + keys.size() + pairs.size());
  size_t next = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    offsets_.push_back(static_cast<uint32_t>(packed_.size()));
    packed_.push_back(lengths[r]);
    for (uint32_t j = 0; j < lengths[r]; ++j, ++next) {
      const auto [c, w] = pairs[next];
      const long q = std::lround(static_cast<double>(w) * scale);
      const auto v = static_cast<int16_t>(std::clamp(q, -32767L, 32767L));
      packed_.push_back((static_cast<uint32_t>(c) << 16) | static_cast<uint16_t>(v));
    }
  }
  size_t cap = 16;
  while (cap < keys_.size() + keys_.size() / 2) cap <<= 1;  // load factor at most 2/3
  mask_ = cap - 1;
  slots_.assign(cap, 0);
  for (size_t r = 0; r < keys_.size(); ++r) {
    uint64_t i = keys_[r] & mask_;
    while (slots_[i] != 0) i = (i + 1) & mask_;
    slots_[i] = (keys_[r] & 0xffffffff00000000ULL) | offsets_[r];
  }
}

Model::Rows Model::Unpack() const {
  Rows rows;
  rows.reserve(keys_.size());
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t* row = packed_.data() + offsets_[r];
    std::vector<std::pair<uint16_t, float>> pairs;
    for (uint32_t i = 1; i <= row[0]; ++i)
      pairs.emplace_back(static_cast<uint16_t>(row[i] >> 16), Weight(row[i]));
    rows.emplace_back(keys_[r], std::move(pairs));
  }
  return rows;
}

Model Model::Pruned(float min_abs) const {
  Rows rows = Unpack();
  Rows kept;
  for (auto& [key, pairs] : rows) {
    std::vector<std::pair<uint16_t, float>> big;
    for (auto [c, w] : pairs) {
      if (std::fabs(w) >= min_abs) big.emplace_back(c, w);
    }
    if (!big.empty()) kept.emplace_back(key, std::move(big));
  }
  Model m;
  m.num_classes_ = num_classes_;
  m.Build(kept);
  return m;
}

Status Model::Save(std::ostream& out) const {
  std::string buf(kMagic, sizeof kMagic);
  PutU64(buf, static_cast<uint64_t>(num_classes_));
  PutU64(buf, keys_.size());
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t* row = packed_.data() + offsets_[r];
    PutU64(buf, keys_[r]);
    PutU16(buf, static_cast<uint16_t>(row[0]));
    for (uint32_t i = 1; i <= row[0]; ++i) {
      PutU16(buf, static_cast<uint16_t>(row[i] >> 16));
      PutF32(buf, Weight(row[i]));
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
  const uint64_t classes = r.U(8);
  const uint64_t count = r.U(8);
  if (!r.ok() || (classes == 0 && count != 0) || classes > 65535 || count > (1ULL << 30)) {
    return ParseError(name + ": corrupt model header");
  }
  // The file's rows are in key order: read them straight into one array.
  std::vector<uint64_t> keys;
  std::vector<uint32_t> lengths;
  std::vector<std::pair<uint16_t, float>> pairs;
  // No reservation from the header's count: a corrupt count must not allocate.
  uint64_t last = 0;
  unsigned char buf[6];
  for (uint64_t i = 0; i < count; ++i) {
    const uint64_t key = r.U(8);
    const uint64_t len = r.U(2);
    if (!r.ok()) {
      return ParseError(name + ": model truncated at feature " + std::to_string(i) + " of " +
                        std::to_string(count));
    }
    if (key == 0 || (i > 0 && key <= last)) {
      return ParseError(name + ": corrupt model (feature " + std::to_string(i) + " out of order)");
    }
    last = key;
    keys.push_back(key);
    lengths.push_back(static_cast<uint32_t>(len));
    for (uint64_t j = 0; j < len; ++j) {
      if (!in.read(reinterpret_cast<char*>(buf), sizeof buf)) {
        return ParseError(name + ": model truncated at feature " + std::to_string(i) + " of " +
                          std::to_string(count));
      }
      const uint32_t c = buf[0] | (static_cast<uint32_t>(buf[1]) << 8);
      const float w = std::bit_cast<float>(buf[2] | (static_cast<uint32_t>(buf[3]) << 8) |
                                           (static_cast<uint32_t>(buf[4]) << 16) |
                                           (static_cast<uint32_t>(buf[5]) << 24));
      if (c >= classes || !std::isfinite(w)) {
        return ParseError(name + ": corrupt model (feature " + std::to_string(i) + ")");
      }
      pairs.emplace_back(static_cast<uint16_t>(c), w);
    }
  }
  Model m;
  m.num_classes_ = static_cast<int>(classes);
  m.Build(keys, lengths, pairs);
  return m;
}

Status SaveModelFile(const std::string& path, const std::string& header,
                     const std::vector<std::string>& labels,
                     const std::vector<const Model*>& models) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IoError("cannot write " + path);
  out << header << "\n" << labels.size() << "\n";
  for (const auto& l : labels) out << l << "\n";
  for (const Model* m : models) {
    if (Status s = m->Save(out); !s.ok()) return IoError(path + ": " + s.message());
  }
  out.close();
  if (!out) return IoError("cannot write " + path);
  return Status::Ok();
}

Result<std::vector<std::string>> ReadModelLabels(std::istream& in, const std::string& path,
                                                 const ModelFileSpec& spec) {
  std::string line;
  if (!std::getline(in, line) || line != spec.header) {
    return ParseError(path + ": not a newskg " + spec.kind + " model (expected '" + spec.header +
                      "')");
  }
  size_t n = 0;
  if (!std::getline(in, line) || (n = std::strtoul(line.c_str(), nullptr, 10)) == 0 ||
      n > spec.max_labels) {
    return ParseError(path + ": line 2: bad " + spec.label + " count");
  }
  std::vector<std::string> labels;
  for (size_t i = 0; i < n; ++i) {
    if (!std::getline(in, line) || (spec.valid != nullptr && !spec.valid(line))) {
      return ParseError(path + ": line " + std::to_string(i + 3) + ": expected " + spec.label_form);
    }
    labels.push_back(line);
  }
  return labels;
}

uint32_t Trainer::Find(uint64_t f) const {
  const size_t mask = cells_.size() - 1;
  for (size_t i = Home(f);; i = (i + 1) & mask) {
    const Cell& s = cells_[i];
    if (s.row == kNoRow) return kNoRow;
    if (s.key == f) return s.row;
  }
}

uint32_t Trainer::FindOrAdd(uint64_t f) {
  size_t mask = cells_.size() - 1;
  size_t i = Home(f);
  for (;; i = (i + 1) & mask) {
    const Cell& s = cells_[i];
    if (s.row == kNoRow) break;
    if (s.key == f) return s.row;
  }
  const auto row = static_cast<uint32_t>(rows_.size());
  keys_.push_back(f);
  rows_.emplace_back();
  if (2 * rows_.size() > cells_.size()) {
    // Grow: twice the slots, every key placed again.
    cells_.assign(cells_.size() * 2, Cell{});
    --shift_;
    mask = cells_.size() - 1;
    for (uint32_t r = 0; r < rows_.size(); ++r) {
      size_t j = Home(keys_[r]);
      while (cells_[j].row != kNoRow) j = (j + 1) & mask;
      cells_[j] = Cell{keys_[r], r};
    }
    return row;
  }
  cells_[i] = Cell{f, row};
  return row;
}

void Trainer::Score(const uint64_t* features, size_t n, float* scores) const {
  for (size_t k = 0; k < n; ++k) __builtin_prefetch(&cells_[Home(features[k])]);
  for (size_t k = 0; k < n; ++k) {
    const uint32_t row = Find(features[k]);
    if (row == kNoRow) continue;
    for (const Entry& e : rows_[row]) scores[e.cls] += e.w;
  }
}

void Trainer::Add(uint64_t f, int cls, float delta) {
  auto& v = rows_[FindOrAdd(f)];
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
  rows.reserve(rows_.size());
  const double clock = clock_ > 0 ? static_cast<double>(clock_) : 1.0;
  for (size_t r = 0; r < rows_.size(); ++r) {
    const uint64_t key = keys_[r];
    const std::vector<Entry>& entries = rows_[r];
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
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  Model m;
  m.num_classes_ = num_classes_;
  m.Build(rows);
  return m;
}

}  // namespace newskg::perceptron
