#include "graph/stream.h"

#include <algorithm>
#include <utility>

#include "graph/internal/triple_table.h"
#include "graph/rdf_graph.h"

namespace newskg {

namespace {

using Emit =
    std::function<Status(const std::string& graph, std::string&& ntriples, size_t triples)>;

// With `named`, the statements of named graphs go to `emit` with their
// graph's name; without, every statement is the default graph's.
Status Stream(const std::vector<std::string>& paths, size_t batch, const Emit& emit, bool named) {
  if (batch == 0) batch = 1;
  // N-Triples holds one triple a line (newlines in literals are escaped), so
  // batches are cut at line ends, whatever the table handed on at once.
  std::string pending;
  size_t lines = 0;
  auto flush = [&](bool all) -> Status {
    while (lines >= batch || (all && lines > 0)) {
      size_t cut = 0;
      size_t n = 0;
      for (; n < batch && cut < pending.size(); ++n) cut = pending.find('\n', cut) + 1;
      std::string out = pending.substr(0, cut);
      pending.erase(0, cut);
      lines -= n;
      if (Status s = emit("", std::move(out), n); !s.ok()) return s;
    }
    return Status::Ok();
  };
  internal::TripleTable table;
  table.set_drain(batch, [&](internal::TripleTable& t) -> Status {
    const size_t before = pending.size();
    if (Status s = t.Write(
            [&](std::string_view piece) {
              pending.append(piece);
              return Status::Ok();
            },
            Syntax::kNTriples);
        !s.ok()) {
      return s;
    }
    for (size_t i = before; i < pending.size(); ++i) lines += pending[i] == '\n';
    return flush(false);
  });
  // The current named graph's triples, handed on when `batch` are there,
  // when the graph changes and at the end of a file.
  internal::TripleTable graph_table;
  std::string graph_name;
  auto flush_graph = [&]() -> Status {
    if (graph_table.triples().empty()) return Status::Ok();
    std::string text;
    if (Status s = graph_table.Write(text, Syntax::kNTriples); !s.ok()) return s;
    const size_t n = static_cast<size_t>(std::count(text.begin(), text.end(), '\n'));
    graph_table.Clear();
    return emit(graph_name, std::move(text), n);
  };
  unsigned file = 0;
  std::string blank_prefix;
  auto renamed = [&](const Term& t) {
    if (t.kind != TermKind::kBlank) return t;
    Term r = t;
    r.value = blank_prefix + t.value;
    return r;
  };
  if (named) {
    table.set_quad_handler(
        [&](const Term& g, const Term& s, const Term& p, const Term& o) -> Status {
          if (g.kind != TermKind::kIri) {
            return InvalidArgument("the named graph _:" + g.value +
                                   " has a blank node for a name, which a store cannot address");
          }
          if (g.value != graph_name) {
            if (Status st = flush_graph(); !st.ok()) return st;
            graph_name = g.value;
          }
          if (Status st = graph_table.Add(renamed(s), p, renamed(o)); !st.ok()) return st;
          return graph_table.triples().size() >= batch ? flush_graph() : Status::Ok();
        },
        /*also_table=*/false);
  }
  for (const auto& path : paths) {
    blank_prefix = "g" + std::to_string(++file) + "_";
    if (Status s = table.ReadFile(path, SyntaxForPath(path)); !s.ok()) return s;
    if (Status s = flush_graph(); !s.ok()) return s;
  }
  return flush(true);
}

}  // namespace

Status StreamNTriples(const std::vector<std::string>& paths, size_t batch,
                      const std::function<Status(std::string&& ntriples, size_t triples)>& emit) {
  return Stream(
      paths, batch,
      [&](const std::string& /*graph*/, std::string&& ntriples, size_t triples) {
        return emit(std::move(ntriples), triples);
      },
      /*named=*/false);
}

Status StreamGraphs(const std::vector<std::string>& paths, size_t batch,
                    const std::function<Status(const std::string& graph, std::string&& ntriples,
                                               size_t triples)>& emit) {
  return Stream(paths, batch, emit, /*named=*/true);
}

}  // namespace newskg
