#include "extract/internal/arc_eager.h"

#include <algorithm>

namespace newskg::arc_eager {

State::State(int words)
    : n(words),
      head(static_cast<size_t>(words) + 1, -1),
      label(static_cast<size_t>(words) + 1, -1),
      in_stack(static_cast<size_t>(words) + 2, 0),
      left1(static_cast<size_t>(words) + 1, -1),
      left2(static_cast<size_t>(words) + 1, -1),
      right1(static_cast<size_t>(words) + 1, -1),
      right2(static_cast<size_t>(words) + 1, -1),
      nleft(static_cast<size_t>(words) + 1, 0),
      nright(static_cast<size_t>(words) + 1, 0),
      left_labels(static_cast<size_t>(words) + 1, 0),
      right_labels(static_cast<size_t>(words) + 1, 0) {
  stack.reserve(static_cast<size_t>(words) + 1);
  stack.push_back(0);
  in_stack[0] = 1;
}

bool Valid(const State& s, int action, int root_label) {
  if (s.Terminal()) return false;
  const int top = s.Top();
  if (action == kShift) return true;
  if (action == kReduce) return top != 0 && s.head[static_cast<size_t>(top)] != -1;
  const int l = LabelOf(action);
  if (IsLeft(action)) {
    return top != 0 && s.head[static_cast<size_t>(top)] == -1 && l != root_label;
  }
  // RIGHT-ARC
  if (top == 0) return !s.root_has_child && l == root_label;
  return l != root_label;
}

namespace {

void AddArc(State& s, int h, int d, int l) {
  const auto hi = static_cast<size_t>(h), di = static_cast<size_t>(d);
  s.head[di] = h;
  s.label[di] = l;
  const uint64_t bit = l >= 0 && l < 64 ? (uint64_t{1} << l) : 0;
  if (d < h) {
    if (s.left1[hi] == -1 || d < s.left1[hi]) {
      s.left2[hi] = s.left1[hi];
      s.left1[hi] = d;
    } else if (s.left2[hi] == -1 || d < s.left2[hi]) {
      s.left2[hi] = d;
    }
    ++s.nleft[hi];
    s.left_labels[hi] |= bit;
  } else {
    if (s.right1[hi] == -1 || d > s.right1[hi]) {
      s.right2[hi] = s.right1[hi];
      s.right1[hi] = d;
    } else if (s.right2[hi] == -1 || d > s.right2[hi]) {
      s.right2[hi] = d;
    }
    ++s.nright[hi];
    s.right_labels[hi] |= bit;
  }
  if (h == 0) s.root_has_child = true;
}

}  // namespace

void Apply(State& s, int action) {
  const int top = s.Top();
  const int b = s.buffer;
  if (action == kShift) {
    s.stack.push_back(b);
    s.in_stack[static_cast<size_t>(b)] = 1;
    ++s.buffer;
  } else if (action == kReduce) {
    s.stack.pop_back();
    s.in_stack[static_cast<size_t>(top)] = 0;
  } else if (IsLeft(action)) {
    AddArc(s, b, top, LabelOf(action));
    s.stack.pop_back();
    s.in_stack[static_cast<size_t>(top)] = 0;
  } else {
    AddArc(s, top, b, LabelOf(action));
    s.stack.push_back(b);
    s.in_stack[static_cast<size_t>(b)] = 1;
    ++s.buffer;
  }
}

int Cost(const State& s, int action, const std::vector<int>& gold_head,
         const std::vector<int>& gold_label) {
  const int top = s.Top();
  const int b = s.buffer;
  auto gh = [&](int w) { return gold_head[static_cast<size_t>(w)]; };
  // Gold dependents of `w` still in the buffer, from `from` on.
  auto deps_in_buffer = [&](int w, int from) {
    int c = 0;
    for (int k = from; k <= s.n; ++k) c += gh(k) == w;
    return c;
  };
  // Headless words on the stack whose gold head is `w`.
  auto deps_in_stack = [&](int w) {
    int c = 0;
    for (int k : s.stack) c += k != 0 && s.head[static_cast<size_t>(k)] == -1 && gh(k) == w;
    return c;
  };
  // The root takes one child: once it has one, arcs from it are lost.
  auto open_on_stack = [&](int h) {
    return s.in_stack[static_cast<size_t>(h)] && (h != 0 || !s.root_has_child);
  };
  if (action == kShift) return (open_on_stack(gh(b)) ? 1 : 0) + deps_in_stack(b);
  if (action == kReduce) return deps_in_buffer(top, b);
  const int l = LabelOf(action);
  if (IsLeft(action)) {
    const int h = gh(top);
    int c = deps_in_buffer(top, b);
    if (h > b) ++c;
    if (h == b && gold_label[static_cast<size_t>(top)] != l) ++c;
    return c;
  }
  const int h = gh(b);
  int c = deps_in_stack(b);
  if (h == top) {
    if (gold_label[static_cast<size_t>(b)] != l) ++c;
  } else if (open_on_stack(h) || h > b) {
    ++c;
  }
  if (top == 0) {
    // The root's one child is b: a gold root word still in the buffer is lost.
    for (int k = b + 1; k <= s.n; ++k) c += gh(k) == 0;
  }
  return c;
}

void Finish(State& s, int root_label, const std::vector<int>& fallback_label) {
  // Words still on the stack without a head hang from the word below them
  // (the nearest earlier word still open), or from the root's child.
  int root = -1;
  for (int w = 1; w <= s.n; ++w) {
    if (s.head[static_cast<size_t>(w)] == 0) root = w;
  }
  for (size_t k = s.stack.size(); k-- > 1;) {
    const int w = s.stack[k];
    if (s.head[static_cast<size_t>(w)] != -1) continue;
    int below = -1;
    for (size_t j = k; j-- > 1;) {
      below = s.stack[j];
      break;
    }
    if (below > 0) {
      AddArc(s, below, w, fallback_label[static_cast<size_t>(w)]);
    } else if (root == -1) {
      root = w;
      AddArc(s, 0, w, root_label);
    } else {
      AddArc(s, root, w, fallback_label[static_cast<size_t>(w)]);
    }
  }
  // Any other word without a head (none when every word went through the stack).
  for (int w = 1; w <= s.n; ++w) {
    if (s.head[static_cast<size_t>(w)] != -1) continue;
    if (root == -1) {
      root = w;
      AddArc(s, 0, w, root_label);
    } else {
      AddArc(s, root, w, fallback_label[static_cast<size_t>(w)]);
    }
  }
}

bool IsTree(const std::vector<int>& head) {
  const int n = static_cast<int>(head.size()) - 1;
  int roots = 0;
  for (int d = 1; d <= n; ++d) {
    const int h = head[static_cast<size_t>(d)];
    if (h < 0 || h > n || h == d) return false;
    roots += h == 0;
    int a = d, steps = 0;
    while (a != 0 && steps++ <= n) a = head[static_cast<size_t>(a)];
    if (a != 0) return false;  // a cycle
  }
  return roots == 1;
}

bool IsProjective(const std::vector<int>& head) {
  const int n = static_cast<int>(head.size()) - 1;
  for (int d = 1; d <= n; ++d) {
    const int h = head[static_cast<size_t>(d)];
    const int lo = std::min(h, d), hi = std::max(h, d);
    for (int k = lo + 1; k < hi; ++k) {
      // k must descend from h.
      int a = k, steps = 0;
      while (a != h && a != 0 && steps++ <= n) a = head[static_cast<size_t>(a)];
      if (a != h) return false;
    }
  }
  return true;
}

int Projectivize(std::vector<int>& head) {
  const int n = static_cast<int>(head.size()) - 1;
  int lifted = 0;
  const int64_t rounds = static_cast<int64_t>(n) * n + 1;
  for (int64_t guard = 0; guard < rounds; ++guard) {
    // The shortest non-projective arc, lifted one step.
    int best = -1, best_len = n + 1;
    for (int d = 1; d <= n; ++d) {
      const int h = head[static_cast<size_t>(d)];
      const int lo = std::min(h, d), hi = std::max(h, d);
      if (hi - lo >= best_len) continue;
      for (int k = lo + 1; k < hi; ++k) {
        int a = k, steps = 0;
        while (a != h && a != 0 && steps++ <= n) a = head[static_cast<size_t>(a)];
        if (a != h) {
          best = d;
          best_len = hi - lo;
          break;
        }
      }
    }
    if (best == -1) return lifted;
    const int h = head[static_cast<size_t>(best)];
    if (h <= 0) return lifted;  // an arc from the root is always projective in a tree
    head[static_cast<size_t>(best)] = head[static_cast<size_t>(h)];
    ++lifted;
  }
  return lifted;
}

}  // namespace newskg::arc_eager
