#include "graph/merge.h"

#include <optional>
#include <thread>

#include "graph/internal/named_graphs.h"
#include "graph/internal/resolve.h"
#include "graph/internal/triple_table.h"
#include "schema/schema.h"

namespace newskg {
namespace {

// Fewer nodes than this are sorted after identity, on one thread.
constexpr size_t kPresortNodes = 1024;

}  // namespace

// One producer's share: its own interned table, folded into the Merger's
// whenever it holds kFoldEvery triples (under the Merger's lock, on the
// producer's thread, while the others go on) and at the end by Resolve; so
// the parts stay small and the folding is not all left to the end. The
// Merger's table drops repeated triples as it grows (as one producer's Add
// does), on the producers' threads, so identity reads fewer repeats.
class Merger::Part : public TripleSink {
 public:
  static constexpr size_t kFoldEvery = size_t{1} << 16;
  explicit Part(Merger& m) : merger(m) {}
  Status Add(const Term& s, const Term& p, const Term& o) override {
    if (Status st = table.Add(s, p, o); !st.ok()) return st;
    if (table.triples().size() < kFoldEvery) return Status::Ok();
    Status st;
    {
      std::lock_guard<std::mutex> lock(merger.fold_mu_);
      st = merger.table_->Absorb(static_cast<const internal::TripleTable&>(table));
    }
    table.Clear();
    return st;
  }
  std::unique_ptr<TripleSink> GraphFor(const Term& graph) override {
    return merger.GraphFor(graph);
  }
  Merger& merger;
  internal::TripleTable table;
};

Merger::Merger(unsigned threads, size_t parts)
    : table_(std::make_unique<internal::TripleTable>()),
      named_(std::make_unique<internal::NamedGraphs>()),
      threads_(threads == 0 ? 1 : threads) {
  table_->set_threads(threads_);
  for (size_t i = 0; i < parts; ++i) parts_.push_back(std::make_unique<Part>(*this));
}

std::unique_ptr<TripleSink> Merger::GraphFor(const Term& graph) {
  if (!article_graphs_) return nullptr;
  return std::make_unique<internal::NamedGraphSink>(*named_, graph);
}
Merger::~Merger() = default;

TripleSink& Merger::part(size_t i) { return *parts_[i]; }

void Merger::set_write_part(size_t triples) { table_->set_write_part(triples); }

Status Merger::AddFile(const std::string& path, Syntax syntax) {
  // One pass: the merged view and, for N-Quads and TriG, the named graphs.
  return named_->ReadFile(*table_, path, syntax);
}

Status Merger::AddGraph(const Graph& graph) { return table_->AddGraph(graph); }

Status Merger::Add(const Term& s, const Term& p, const Term& o) { return table_->Add(s, p, o); }

Status Merger::Resolve() {
  // Event identity reads its data files; a broken one is an error, not a guess.
  if (auto identity = EventIdentity::Default(); !identity.ok()) return identity.status();
  if (auto classes = EventClassTable::Default(); !classes.ok()) return classes.status();
  if (auto words = NameWords::Default(); !words.ok()) return words.status();
  for (auto& part : parts_) {
    if (Status s = table_->Absorb(std::move(part->table)); !s.ok()) return s;
    part->table = internal::TripleTable();
  }
  // Repeated triples go, and what extraction freed goes back to the
  // system, before identity takes its arrays.
  table_->Compact();
  internal::ReleaseFreedPages(table_->triples().size());
  // With a core to spare, the nodes are put in order on it while identity
  // is resolved (which reads the nodes, and adds a few that SortUnique
  // then merges in). On one core, in order first: identity then puts the
  // event mentions in that order instead of sorting their IRIs again.
  std::optional<internal::TripleTable::NodeOrder> presorted;
  std::jthread sorter;  // joined on every way out
  if (table_->node_count() >= kPresortNodes) {
    presorted.emplace(table_->TakeNodeOrder());
    if (threads_ > 1) {
      sorter = std::jthread([&presorted] { presorted->Sort(); });
    } else {
      presorted->Sort();
    }
  }
  internal::ResolveIdentityInPlace(*table_, threads_ == 1 && presorted ? &*presorted : nullptr);
  // What identity freed goes back before sorting takes its arrays.
  internal::ReleaseFreedPages(table_->triples().size());
  if (sorter.joinable()) sorter.join();
  table_->SortUnique(threads_, presorted ? &*presorted : nullptr);
  written_ = table_->triples().size();
  return Status::Ok();
}

Status Merger::Write(std::string& out, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  if (Status s = table_->Write(out, syntax, threads_); !s.ok()) return s;
  return named_->Write(
      [&](std::string_view piece) {
        out.append(piece);
        return Status::Ok();
      },
      syntax);
}

Status Merger::Write(const std::function<Status(std::string_view)>& emit, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  if (Status s = table_->Write(emit, syntax, threads_); !s.ok()) return s;
  return named_->Write(emit, syntax);
}

Status Merger::Write(std::vector<std::string>& parts, Syntax syntax) {
  if (Status s = Resolve(); !s.ok()) return s;
  if (Status s = table_->Write(parts, syntax, threads_); !s.ok()) return s;
  return named_->Write(
      [&](std::string_view piece) {
        parts.emplace_back(piece);
        return Status::Ok();
      },
      syntax);
}

}  // namespace newskg
