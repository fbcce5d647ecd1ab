#include "extract/internal/parser_features.h"

#include <algorithm>
#include <string>

#include "base/base.h"
#include "extract/internal/perceptron.h"

namespace newskg::parser_features {
namespace {

using arc_eager::State;
using perceptron::Feature;
using perceptron::HashBytes;
using perceptron::Mix;

const uint64_t kNone = HashBytes("<none>");
const uint64_t kRootWord = HashBytes("<root>");

inline uint64_t Pair(uint64_t a, uint64_t b) { return Mix(a * 0x9e3779b97f4a7c15ULL + b); }

// One atom of word x: none (-1), the root (0) or a word's field.
inline uint64_t Atom(const std::vector<WordInfo>& info, int x, uint64_t WordInfo::*field) {
  return x < 0 ? kNone : x == 0 ? kRootWord : info[static_cast<size_t>(x - 1)].*field;
}

}  // namespace

size_t TopFeatures(int s0, const std::vector<WordInfo>& info, uint64_t* f) {
  const uint64_t s0w = Atom(info, s0, &WordInfo::w), s0p = Atom(info, s0, &WordInfo::p);
  size_t k = 0;
  f[k++] = Feature(1, Pair(s0w, s0p));
  f[k++] = Feature(2, s0w);
  f[k++] = Feature(3, s0p);
  f[k++] = Feature(83, Atom(info, s0, &WordInfo::u));
  return k;
}

size_t BufferFeatures(int n0, const std::vector<WordInfo>& info, uint64_t* f) {
  const int n = static_cast<int>(info.size());
  const int n1 = n0 >= 0 && n0 + 1 <= n ? n0 + 1 : -1;
  const int n2 = n0 >= 0 && n0 + 2 <= n ? n0 + 2 : -1;
  auto W = [&](int x) { return Atom(info, x, &WordInfo::w); };
  auto P = [&](int x) { return Atom(info, x, &WordInfo::p); };
  auto U = [&](int x) { return Atom(info, x, &WordInfo::u); };
  const uint64_t n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
  size_t k = 0;
  f[k++] = Feature(4, Pair(n0w, n0p));
  f[k++] = Feature(5, n0w);
  f[k++] = Feature(6, n0p);
  f[k++] = Feature(7, Pair(n1w, n1p));
  f[k++] = Feature(8, n1w);
  f[k++] = Feature(9, n1p);
  f[k++] = Feature(10, Pair(n2w, n2p));
  f[k++] = Feature(11, n2w);
  f[k++] = Feature(12, n2p);
  f[k++] = Feature(20, n0p, n1p);
  f[k++] = Feature(21, n0p, n1p, n2p);
  f[k++] = Feature(82, U(n0), U(n1), U(n2));
  f[k++] = Feature(84, U(n0));
  f[k++] = Feature(95, n0w, n1w);
  return k;
}

size_t ParserFeatures(const State& s, const std::vector<WordInfo>& info, uint64_t* f) {
  const int n0 = s.buffer <= s.n ? s.buffer : -1;
  size_t k = TopFeatures(s.Top(), info, f);
  k += BufferFeatures(n0, info, f + k);
  return k + StateFeatures(s, info, f + k);
}

// The feature templates of Zhang & Nivre (2011) for arc-eager, and a few of
// the second stack word. p is the Penn tag, u the UD tag.
size_t StateFeatures(const State& s, const std::vector<WordInfo>& info, uint64_t* f) {
  auto W = [&](int x) { return Atom(info, x, &WordInfo::w); };
  auto P = [&](int x) { return Atom(info, x, &WordInfo::p); };
  auto U = [&](int x) { return Atom(info, x, &WordInfo::u); };
  auto X = [&](int x) { return Atom(info, x, &WordInfo::s); };
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
  const int s0h = s0 > 0 ? s.head[static_cast<size_t>(s0)] : -1;
  const int s0h2 = s0h > 0 ? s.head[static_cast<size_t>(s0h)] : -1;
  const int s0l = at(s.left1, s0), s0l2 = at(s.left2, s0);
  const int s0r = at(s.right1, s0), s0r2 = at(s.right2, s0);
  const int n0l = at(s.left1, n0), n0l2 = at(s.left2, n0);
  const uint64_t s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0);
  const uint64_t n1p = P(n1);
  const uint64_t s0wp = Pair(s0w, s0p), n0wp = Pair(n0w, n0p);
  const uint64_t d = n0 >= 0 ? static_cast<uint64_t>(std::min(n0 - s0, 10)) : 0;
  const auto vr = static_cast<uint64_t>(at(s.nright, s0) + 1);
  const auto vl = static_cast<uint64_t>(at(s.nleft, s0) + 1);
  const auto n0vl = static_cast<uint64_t>(at(s.nleft, n0) + 1);
  const uint64_t srset = s0 >= 0 ? s.right_labels[static_cast<size_t>(s0)] : 0;
  const uint64_t slset = s0 >= 0 ? s.left_labels[static_cast<size_t>(s0)] : 0;
  const uint64_t nlset = n0 >= 0 ? s.left_labels[static_cast<size_t>(n0)] : 0;
  size_t k = 0;
  f[k++] = Feature(13, s0wp, n0wp);
  f[k++] = Feature(14, s0wp, n0w);
  f[k++] = Feature(15, s0w, n0wp);
  f[k++] = Feature(16, s0wp, n0p);
  f[k++] = Feature(17, s0p, n0wp);
  f[k++] = Feature(18, s0w, n0w);
  f[k++] = Feature(19, s0p, n0p);
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
  // Coarse tags and suffixes, which stay informative when a fine tag is wrong.
  const uint64_t s0u = U(s0), n0u = U(n0);
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

}  // namespace newskg::parser_features
