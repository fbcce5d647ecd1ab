// Named graphs of a dataset (N-Quads, TriG): what `merge` reads from the
// graph names of its input and `extract --format nquads|trig` writes, each
// article's own statements in a graph named by the article's IRI. The
// default graph (the merged view) stays in the Merger's triple table; this
// holds only the named graphs, as they are: identity does not rewrite them
// (their IRIs do not move: the merged view links them with owl:sameAs).
// Only graph/ uses it.
#ifndef NEWSKG_GRAPH_INTERNAL_NAMED_GRAPHS_H_
#define NEWSKG_GRAPH_INTERNAL_NAMED_GRAPHS_H_

#include <array>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "graph/internal/triple_table.h"
#include "graph/rdf_graph.h"

namespace newskg::internal {

class NamedGraphs {
 public:
  // Adds a statement to graph `g` (an IRI or a blank node). Safe to call
  // from several threads.
  [[nodiscard]] Status Add(const Term& g, const Term& s, const Term& p, const Term& o);
  // Reads a file into `table` (every statement: the merged view) and, in the
  // same pass, the statements of its named graphs here (N-Quads or TriG;
  // nothing for a syntax without graphs). Blank nodes are renamed per file.
  // A file that does not parse adds nothing here (nor to `table`).
  [[nodiscard]] Status ReadFile(TripleTable& table, const std::string& path, Syntax syntax);
  bool empty() const { return quads_.empty(); }

  // Writes every named graph, in the order of their names, each graph's
  // statements sorted as the default graph's are and each once: N-Quads
  // lines, or TriG blocks (`<g> { ... }`) after the prefixes they use. For
  // other syntaxes, nothing.
  [[nodiscard]] Status Write(const std::function<Status(std::string_view)>& emit,
                             Syntax syntax) const;

 private:
  std::mutex mu_;
  TripleTable nodes_;                         // interns the terms
  std::vector<std::array<NodeId, 4>> quads_;  // graph, subject, predicate, object
  unsigned files_ = 0;
};

// A sink that adds every triple to one named graph of `graphs`.
class NamedGraphSink : public TripleSink {
 public:
  NamedGraphSink(NamedGraphs& graphs, Term graph) : graphs_(graphs), graph_(std::move(graph)) {}
  [[nodiscard]] Status Add(const Term& s, const Term& p, const Term& o) override {
    return graphs_.Add(graph_, s, p, o);
  }

 private:
  NamedGraphs& graphs_;
  Term graph_;
};

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_NAMED_GRAPHS_H_
