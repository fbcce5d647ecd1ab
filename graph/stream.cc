#include "graph/stream.h"

#include <utility>

#include "graph/internal/triple_table.h"
#include "graph/rdf_graph.h"

namespace newskg {

Status StreamNTriples(const std::vector<std::string>& paths, size_t batch,
                      const std::function<Status(std::string&& ntriples, size_t triples)>& emit) {
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
      if (Status s = emit(std::move(out), n); !s.ok()) return s;
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
  for (const auto& path : paths) {
    if (Status s = table.ReadFile(path, SyntaxForPath(path)); !s.ok()) return s;
  }
  return flush(true);
}

}  // namespace newskg
