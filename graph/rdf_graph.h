// RDF terms, triples and syntaxes; the sink that producers of triples write
// to; and an RDF graph in memory (Sord) that reads and writes every syntax
// Serd knows. Part of graph/'s public header, graph/graph.h.
#ifndef NEWSKG_GRAPH_RDF_GRAPH_H_
#define NEWSKG_GRAPH_RDF_GRAPH_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "base/base.h"

namespace newskg {

enum class TermKind { kIri, kBlank, kLiteral };

struct Term {
  TermKind kind = TermKind::kIri;
  std::string value;
  std::string datatype;  // literals only; empty: plain string
  std::string lang;      // literals only

  static Term Iri(std::string v) { return {TermKind::kIri, std::move(v), "", ""}; }
  static Term Literal(std::string v, std::string datatype = "", std::string lang = "") {
    return {TermKind::kLiteral, std::move(v), std::move(datatype), std::move(lang)};
  }
  bool operator==(const Term&) const = default;
};

struct Triple {
  Term s, p, o;
};

enum class Syntax { kTurtle, kNTriples, kNQuads, kTriG };

// "turtle", "ntriples", "nquads", "trig" -> Syntax; false if unknown.
bool ParseSyntaxName(const std::string& name, Syntax& out);
// By file extension (.ttl, .nt, .nq, .trig); Turtle otherwise.
Syntax SyntaxForPath(const std::string& path);

// Where triples go: a Graph (a Sord store, for matching) or a Merger (the
// interned triple table that identity and the writer work on). Producers of
// triples, such as AddDocument, write to a sink and know nothing of either.
class TripleSink {
 public:
  virtual ~TripleSink() = default;
  [[nodiscard]] virtual Status Add(const Term& s, const Term& p, const Term& o) = 0;
  // A sink for the statements of the named graph `graph`, when this sink
  // keeps named graphs (a Merger writing N-Quads or TriG); else null, and
  // the producer writes to this sink only.
  virtual std::unique_ptr<TripleSink> GraphFor(const Term& /*graph*/) { return nullptr; }
};

class Graph : public TripleSink {
 public:
  // With `query_indexes`, patterns by predicate or object are fast too
  // (validation); without, only subject-first patterns are, and adding and
  // writing triples is faster (extract, merge).
  explicit Graph(bool query_indexes = false);
  ~Graph() override;
  Graph(Graph&&) noexcept;
  Graph& operator=(Graph&&) noexcept;
  Graph(const Graph&) = delete;
  Graph& operator=(const Graph&) = delete;

  // Adds a triple (to the default graph); duplicates are kept once.
  [[nodiscard]] Status Add(const Term& s, const Term& p, const Term& o) override;

  // Reads a file into this graph. Blank nodes are renamed per file so that
  // two files' blank nodes never merge. Errors name the file, line and column.
  [[nodiscard]] Status ReadFile(const std::string& path, Syntax syntax);
  [[nodiscard]] Status ReadString(const std::string& text, Syntax syntax, const std::string& name);

  // Writes every triple, grouped by subject, in a stable order, with the
  // project's prefixes declared.
  [[nodiscard]] Status Write(std::string& out, Syntax syntax) const;

  // Calls `fn` for every triple, in the graph's order, without copying the graph.
  void ForEach(const std::function<void(const Triple&)>& fn) const;

  // All triples matching a pattern (null: any).
  std::vector<Triple> Match(const Term* s, const Term* p, const Term* o) const;
  size_t size() const;

  // Every (prefix, namespace) written in Turtle output.
  static const std::vector<std::pair<std::string, std::string>>& Prefixes();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newskg

#endif  // NEWSKG_GRAPH_RDF_GRAPH_H_
