// The merge stage: many graphs in, one graph out, each triple once and each
// real thing under one IRI. Reads with Serd straight into interned ids and
// writes with Serd, with no store in between.
#ifndef NEWSKG_GRAPH_MERGE_H_
#define NEWSKG_GRAPH_MERGE_H_

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "graph/rdf_graph.h"

namespace newskg {

namespace internal {
class TripleTable;
class NamedGraphs;
}  // namespace internal

class Merger : public TripleSink {
 public:
  // `threads`: how many cores sorting and writing may use; `parts`: how many
  // producer threads fill it at once (see part). The output is the same for
  // any number of either.
  explicit Merger(unsigned threads = 1, size_t parts = 0);
  ~Merger() override;
  Merger(const Merger&) = delete;
  Merger& operator=(const Merger&) = delete;

  // Adds a file's triples. A file that does not parse adds nothing; the
  // error names the file, line and column. Blank nodes stay per file. The
  // statements of an N-Quads or TriG file's named graphs go to the merged
  // view too, and are kept in their graphs as they are, for an N-Quads or
  // TriG output.
  [[nodiscard]] Status AddFile(const std::string& path, Syntax syntax);
  // Adds a graph's triples.
  [[nodiscard]] Status AddGraph(const Graph& graph);
  // Adds one triple (AddDocument writes an article straight into a Merger).
  [[nodiscard]] Status Add(const Term& s, const Term& p, const Term& o) override;
  std::unique_ptr<TripleSink> GraphFor(const Term& graph) override;
  // The sink of producer `i` (< parts): one thread may fill each part while
  // other threads fill the others, with no lock; Write folds the parts in.
  TripleSink& part(size_t i);
  // With `on`, AddDocument also writes each article's statements in a graph
  // named by the article's IRI (see TripleSink::GraphFor), which an N-Quads
  // or TriG output holds beside the merged view in the default graph.
  void set_article_graphs(bool on) { article_graphs_ = on; }
  // With several threads, Write holds a few parts of the output at once
  // (one per thread and one more), each of at most about this many triples
  // (default 2^14).
  void set_write_part(size_t triples);

  // Resolves identity across everything added (see ResolveIdentity) and
  // writes the result, sorted as Graph::Write sorts; N-Quads and TriG then
  // hold the named graphs, each once, in the order of their names.
  [[nodiscard]] Status Write(std::string& out, Syntax syntax);
  // The same output in parts that follow each other (no copy to join them).
  [[nodiscard]] Status Write(std::vector<std::string>& parts, Syntax syntax);
  // The same output handed to `emit` piece by piece, in order: with one
  // thread, the output is never held whole. An error from `emit` stops it.
  [[nodiscard]] Status Write(const std::function<Status(std::string_view)>& emit, Syntax syntax);
  // Triples written by the last Write.
  size_t size() const { return written_; }

 private:
  class Part;
  [[nodiscard]] Status Resolve();

  std::unique_ptr<internal::TripleTable> table_;
  std::unique_ptr<internal::NamedGraphs> named_;
  bool article_graphs_ = false;
  std::vector<std::unique_ptr<Part>> parts_;
  std::mutex fold_mu_;  // parts folding into table_
  unsigned threads_;
  size_t written_ = 0;
};

}  // namespace newskg

#endif  // NEWSKG_GRAPH_MERGE_H_
