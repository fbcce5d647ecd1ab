#include "extract/internal/arc_combine.h"

#include <cstddef>

namespace newskg::arc_combine {

std::vector<int> MaxSpanningTree(int n, const std::vector<Arc>& arcs) {
  const int nodes = n + 1;
  std::vector<int> best(static_cast<size_t>(nodes), -1);
  for (size_t i = 0; i < arcs.size(); ++i) {
    const Arc& a = arcs[i];
    if (a.dep <= 0 || a.dep > n || a.head < 0 || a.head > n || a.head == a.dep) continue;
    int& b = best[static_cast<size_t>(a.dep)];
    if (b < 0 || a.weight > arcs[static_cast<size_t>(b)].weight) b = static_cast<int>(i);
  }
  // A cycle among the best incoming arcs: walk up from each node, marking
  // the walk with its starting node.
  std::vector<int> mark(static_cast<size_t>(nodes), -1);
  std::vector<char> in_cycle(static_cast<size_t>(nodes), 0);
  bool found = false;
  for (int v = 1; v <= n && !found; ++v) {
    int u = v;
    while (u > 0 && mark[static_cast<size_t>(u)] == -1 && best[static_cast<size_t>(u)] >= 0) {
      mark[static_cast<size_t>(u)] = v;
      u = arcs[static_cast<size_t>(best[static_cast<size_t>(u)])].head;
    }
    if (u > 0 && mark[static_cast<size_t>(u)] == v) {
      // u is on a cycle: mark it.
      int c = u;
      do {
        in_cycle[static_cast<size_t>(c)] = 1;
        c = arcs[static_cast<size_t>(best[static_cast<size_t>(c)])].head;
      } while (c != u);
      found = true;
    }
  }
  if (!found) return best;
  // Contract the cycle into one node (the last id) and solve the smaller
  // problem: an arc into the cycle counts what it adds over the cycle's arc
  // it replaces.
  std::vector<int> id(static_cast<size_t>(nodes));
  int next = 0;
  for (int v = 0; v <= n; ++v) {
    if (!in_cycle[static_cast<size_t>(v)]) id[static_cast<size_t>(v)] = next++;
  }
  const int cycle = next;
  for (int v = 0; v <= n; ++v) {
    if (in_cycle[static_cast<size_t>(v)]) id[static_cast<size_t>(v)] = cycle;
  }
  std::vector<Arc> sub;
  std::vector<size_t> origin;
  sub.reserve(arcs.size());
  origin.reserve(arcs.size());
  for (size_t i = 0; i < arcs.size(); ++i) {
    const Arc& a = arcs[i];
    if (a.dep <= 0 || a.dep > n || a.head < 0 || a.head > n || a.head == a.dep) continue;
    const int h = id[static_cast<size_t>(a.head)], d = id[static_cast<size_t>(a.dep)];
    if (h == d) continue;
    double w = a.weight;
    if (d == cycle) w -= arcs[static_cast<size_t>(best[static_cast<size_t>(a.dep)])].weight;
    sub.push_back({h, d, w});
    origin.push_back(i);
  }
  const std::vector<int> chosen = MaxSpanningTree(cycle, sub);
  std::vector<int> result = best;
  for (int v = 1; v <= n; ++v) {
    const int c = chosen[static_cast<size_t>(id[static_cast<size_t>(v)])];
    if (in_cycle[static_cast<size_t>(v)]) continue;
    result[static_cast<size_t>(v)] = c < 0 ? -1 : static_cast<int>(origin[static_cast<size_t>(c)]);
  }
  const int entering = chosen[static_cast<size_t>(cycle)];
  if (entering >= 0) {
    const size_t original = origin[static_cast<size_t>(entering)];
    result[static_cast<size_t>(arcs[original].dep)] = static_cast<int>(original);
  }
  return result;
}

std::vector<int> CombineTrees(int n, const std::vector<Arc>& arcs) {
  // Every arc from the root costs more than all the other weights together,
  // so the tree takes as few as it can: one.
  double total = 1;
  for (const Arc& a : arcs) total += a.weight < 0 ? -a.weight : a.weight;
  std::vector<Arc> penalized = arcs;
  for (Arc& a : penalized) {
    if (a.head == 0) a.weight -= 2 * total;
  }
  const std::vector<int> chosen = MaxSpanningTree(n, penalized);
  std::vector<int> heads(static_cast<size_t>(n) + 1, 0);
  for (int v = 1; v <= n; ++v) {
    const int c = chosen[static_cast<size_t>(v)];
    heads[static_cast<size_t>(v)] = c < 0 ? 0 : arcs[static_cast<size_t>(c)].head;
  }
  return heads;
}

}  // namespace newskg::arc_combine
