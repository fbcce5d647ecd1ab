#include "graph/merge.h"

#include "extract/event_identity.h"
#include "graph/internal/resolve.h"
#include "graph/internal/triple_table.h"

namespace newskg {

Merger::Merger(unsigned threads)
    : table_(std::make_unique<internal::TripleTable>()), threads_(threads == 0 ? 1 : threads) {
  table_->set_threads(threads_);
}
Merger::~Merger() = default;

Status Merger::AddFile(const std::string& path, Syntax syntax) {
  return table_->ReadFile(path, syntax);
}

Status Merger::AddGraph(const Graph& graph) { return table_->AddGraph(graph); }

void Merger::Resolve() {
  internal::ResolveIdentityInPlace(*table_);
  table_->SortUnique(threads_);
  written_ = table_->triples().size();
}

Status Merger::Write(std::string& out, Syntax syntax) {
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  Resolve();
  return table_->Write(out, syntax, threads_);
}

Status Merger::Write(std::vector<std::string>& parts, Syntax syntax) {
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  Resolve();
  return table_->Write(parts, syntax, threads_);
}

}  // namespace newskg
