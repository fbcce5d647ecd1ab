#include "graph/merge.h"

#include "graph/internal/resolve.h"
#include "graph/internal/triple_table.h"
#include "schema/schema.h"

namespace newskg {

// One producer's share: its own interned table, folded in by Resolve.
class Merger::Part : public TripleSink {
 public:
  Status Add(const Term& s, const Term& p, const Term& o) override { return table.Add(s, p, o); }
  internal::TripleTable table;
};

Merger::Merger(unsigned threads, size_t parts)
    : table_(std::make_unique<internal::TripleTable>()), threads_(threads == 0 ? 1 : threads) {
  table_->set_threads(threads_);
  for (size_t i = 0; i < parts; ++i) parts_.push_back(std::make_unique<Part>());
}
Merger::~Merger() = default;

TripleSink& Merger::part(size_t i) { return *parts_[i]; }

Status Merger::AddFile(const std::string& path, Syntax syntax) {
  return table_->ReadFile(path, syntax);
}

Status Merger::AddGraph(const Graph& graph) { return table_->AddGraph(graph); }

Status Merger::Add(const Term& s, const Term& p, const Term& o) { return table_->Add(s, p, o); }

Status Merger::Resolve() {
  // Event identity reads its data files; a broken one is an error, not a guess.
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  for (auto& part : parts_) {
    if (Status s = table_->Absorb(part->table); !s.ok()) return s;
    part->table = internal::TripleTable();
  }
  internal::ResolveIdentityInPlace(*table_);
  table_->SortUnique(threads_);
  written_ = table_->triples().size();
  return Status::Ok();
}

Status Merger::Write(std::string& out, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  return table_->Write(out, syntax, threads_);
}

Status Merger::Write(const std::function<Status(std::string_view)>& emit, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  return table_->Write(emit, syntax, threads_);
}

Status Merger::Write(std::vector<std::string>& parts, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  return table_->Write(parts, syntax, threads_);
}

}  // namespace newskg
