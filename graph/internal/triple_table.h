// A set of triples over interned nodes: the fast path of merge. Nodes are
// ids into one string arena, triples are three ids packed in 5 to 8 bytes
// (see TripleVector in triple_vector.h), and the table reads with Serd's
// reader and writes with Serd's writer without a store in between. Only
// graph/ uses it. The table is in triple_table.cc, reading in
// triple_reading.cc, sorting in triple_sorting.cc and writing in
// triple_writing.cc.
#ifndef NEWSKG_GRAPH_INTERNAL_TRIPLE_TABLE_H_
#define NEWSKG_GRAPH_INTERNAL_TRIPLE_TABLE_H_

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <new>
#include <stdexcept>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "base/base.h"
#include "graph/internal/triple_vector.h"
#include "graph/rdf_graph.h"

struct SerdReaderImpl;  // Serd's SerdReader

namespace newskg::internal {

// Sorts [first, last) with `less`, in `threads` pieces merged afterwards;
// the result is std::sort's.
template <typename It, typename Less>
void ParallelSort(It first, It last, unsigned threads, Less less) {
  const size_t n = static_cast<size_t>(last - first);
  if (threads <= 1 || n < 65536) {
    std::sort(first, last, less);
    return;
  }
  const It mid = first + static_cast<std::ptrdiff_t>(n / 2);
  std::thread left([&] { ParallelSort(first, mid, threads / 2, less); });
  ParallelSort(mid, last, threads - threads / 2, less);
  left.join();
  std::inplace_merge(first, mid, last, less);
}

// The text of a node, in two pieces to be read one after the other: an IRI
// is kept as a prefix that other IRIs share (up to its last '/': the base
// and an article's own namespace) and its own suffix; other nodes have only
// the tail. The views stay valid while the table lives (and is not cleared).
struct TermText {
  std::string_view head, tail;

  size_t size() const { return head.size() + tail.size(); }
  std::string str() const {
    std::string out;
    AppendTo(out);
    return out;
  }
  void AppendTo(std::string& out) const {
    out.reserve(out.size() + size());
    out.append(head).append(tail);
  }
  // As std::string_view::compare of the joined texts.
  int compare(const TermText& other) const;
  int compare(std::string_view s) const { return compare(TermText{{}, s}); }
  bool starts_with(std::string_view s) const;
  bool operator==(std::string_view s) const { return size() == s.size() && compare(s) == 0; }
  bool operator<(const TermText& other) const { return compare(other) < 0; }
};

class TripleTable {
 public:
  TripleTable();
  // How many threads reading, sorting and writing may use (default 1); the
  // result is the same for any number.
  void set_threads(unsigned n) { threads_ = n == 0 ? 1 : n; }
  unsigned threads() const { return threads_; }
  // With several threads, Write writes its output in parts of at most about
  // this many triples (default 2^14), one per thread at a time, and holds a
  // few of them at once.
  void set_write_part(size_t triples) { write_part_ = triples == 0 ? 1 : triples; }

  // The id of a node, added when new. `datatype` and `lang` are for literals.
  NodeId Intern(TermKind kind, std::string_view value, NodeId datatype = kNoNode,
                std::string_view lang = {});
  NodeId Intern(const Term& t);
  // The id of a node already present, else kNoNode.
  NodeId Find(TermKind kind, std::string_view value) const;

  void Add(NodeId s, NodeId p, NodeId o) { triples_.push_back({s, p, o}); }
  // Interns and adds; an error when the table would outgrow its 32-bit ids.
  // Duplicates are dropped now and then (when the triples have grown by half
  // since the last time), so many articles naming the same things stay small.
  [[nodiscard]] Status Add(const Term& s, const Term& p, const Term& o);
  // Every triple of `g`; an error when the table would outgrow its 32-bit ids.
  [[nodiscard]] Status AddGraph(const Graph& g);
  // Every triple of `other`, its nodes interned here (one lookup per node
  // that a triple uses, not per triple); repeated triples are dropped now and
  // then, as Add drops them.
  [[nodiscard]] Status Absorb(const TripleTable& other);
  // The same, taking `other` whole when this table is empty (no copy).
  [[nodiscard]] Status Absorb(TripleTable&& other);
  // Reads RDF. Blank nodes are renamed per document, so two documents'
  // blank nodes never merge. Errors name the document, line and column.
  [[nodiscard]] Status ReadFile(const std::string& path, Syntax syntax);
  [[nodiscard]] Status ReadString(const std::string& text, Syntax syntax, const std::string& name);

  // While reading a document, every `every` triples (and at its end): calls
  // `drain`, then empties the table, so reading holds one batch at a time.
  // An error from `drain` stops the reading with that error.
  void set_drain(size_t every, std::function<Status(TripleTable&)> drain) {
    drain_every_ = every;
    drain_ = std::move(drain);
  }
  // While reading N-Quads or TriG: each statement of a named graph also
  // goes to `handler`, with the graph's name (blank node labels as the
  // document writes them, without the per-document prefix the table adds).
  // With `also_table` false, such statements go to the handler only, and the
  // table holds the default graph. Statements handed on stay handed on when
  // the document turns out broken later. An empty handler stops this.
  using QuadHandler =
      std::function<Status(const Term& graph, const Term& s, const Term& p, const Term& o)>;
  void set_quad_handler(QuadHandler handler, bool also_table = true) {
    quad_handler_ = std::move(handler);
    quads_also_table_ = also_table;
  }
  // Empties the table (keeps its capacity).
  void Clear();
  // Drops the repeated triples added since the last drop of repeats (when
  // there was one: Add and Absorb drop them now and then) and gives back
  // the memory the triples do not use, before a stretch of work that holds
  // more than the triples.
  void Compact();
  // Frees the index that finds a node by its text (4 to 8 bytes a node),
  // for a stretch of work that reads ids only; the next Intern or Find
  // builds it again.
  void ReleaseIndex();
  // For the reader: drains when a batch is full. kDrained means the table
  // was emptied (node ids given out before are gone); kFailed keeps the error.
  enum class Drain { kNotDue, kDrained, kFailed };
  Drain DrainIfDue();

  TripleVector& triples() { return triples_; }
  const TripleVector& triples() const { return triples_; }
  size_t node_count() const { return nodes_.size(); }
  TermKind kind(NodeId n) const { return nodes_[n].kind(); }
  TermText value(NodeId n) const { return records().Value(n); }
  NodeId datatype(NodeId n) const {
    return kind(n) == TermKind::kLiteral ? nodes_[n].link : kNoNode;
  }
  std::string_view lang(NodeId n) const { return records().Lang(n); }
  Term ToTerm(NodeId n) const;

  // The nodes the table holds when it is made, in the order SortUnique
  // gives them, sorted on another thread while this table goes on (see
  // TakeNodeOrder).
  class NodeOrder;
  // Copies what ordering the nodes reads (their 16-byte records, not their
  // bytes, which do not move while the table is not cleared): the copy's
  // Sort may run on another thread while this table grows, and SortUnique
  // then sorts only the nodes added since.
  NodeOrder TakeNodeOrder() const;

  // Sorts IRI nodes by their text (as value(a) < value(b)), on `threads`
  // threads.
  // With `presorted` (this table's, sorted, the table not cleared since):
  // distinct IRIs it holds are put in its order, the others sorted and
  // merged in.
  void SortIris(std::vector<NodeId>& iris, unsigned threads,
                const NodeOrder* presorted = nullptr) const;

  // Sorts the triples in the order a Sord model iterates them (subject,
  // predicate, object; literals before IRIs before blank nodes, then by
  // string, datatype and language) and drops duplicates. `threads` > 1 sorts
  // in parallel; the result is the same. With `presorted` (this table's,
  // sorted, and the table not cleared since), the nodes it holds are not
  // sorted again. Frees the index (see ReleaseIndex).
  void SortUnique(unsigned threads = 1, const NodeOrder* presorted = nullptr);
  // Writes the triples as they are (call SortUnique first) with the project's
  // prefixes. With `threads` > 1, parts of the output are written in
  // parallel; the bytes are the same.
  [[nodiscard]] Status Write(std::string& out, Syntax syntax, unsigned threads = 1) const;
  // The same output handed to `emit` piece by piece, in order; with one
  // thread the output is never held whole, with more only a few parts of it
  // (see set_write_part).
  [[nodiscard]] Status Write(const std::function<Status(std::string_view)>& emit, Syntax syntax,
                             unsigned threads = 1) const;
  // The same output in parts, to be written one after the other.
  [[nodiscard]] Status Write(std::vector<std::string>& parts, Syntax syntax,
                             unsigned threads = 1) const;
  // A Graph holding the triples.
  [[nodiscard]] Result<Graph> ToGraph() const;

 private:
  // 12 bytes a node: its bytes in the arena (an IRI's suffix only;
  // NUL-terminated there), its length with its kind in the top two bits (a
  // TermKind, or kLangLiteral for a literal with a language, whose id, an
  // index into langs_ plus one, is the 4 bytes before its text), and its
  // link (a literal's datatype, an IRI's prefix, or kNoNode).
  static constexpr uint32_t kLangLiteral = 3;
  static constexpr uint32_t kLengthMask = (1U << 30) - 1;
  struct Node {
    uint32_t offset;
    uint32_t size_kind;
    uint32_t link;
    TermKind kind() const {
      const uint32_t k = size_kind >> 30;
      return k == kLangLiteral ? TermKind::kLiteral : static_cast<TermKind>(k);
    }
    uint32_t length() const { return size_kind & kLengthMask; }
    bool has_lang() const { return (size_kind >> 30) == kLangLiteral; }
  };
  // The size_kind of a node.
  static uint32_t SizeKind(TermKind kind, size_t length, uint32_t lang_id) {
    if (length > kLengthMask) throw std::length_error(kTooLarge);
    const uint32_t k = lang_id != 0 ? kLangLiteral : static_cast<uint32_t>(kind);
    return (k << 30) | static_cast<uint32_t>(length);
  }
  // A prefix of IRIs: its bytes in the arena.
  struct Prefix {
    uint32_t offset, length;
  };
  // An open-addressing slot of the prefixes: the prefix and the low 32 bits of its hash.
  struct Slot {
    uint32_t id;
    uint32_t hash;
  };
  // A slot of the nodes, 4 bytes: the node's id in the low 28 bits and the
  // top 4 bits of the low 32 of its hash above (most other nodes are passed
  // over without reading them); kEmptySlot for none. Ids stay below
  // kIdMask, as the triples' node fields need anyway.
  static constexpr uint32_t kIdMask = (1U << 28) - 1;
  static constexpr uint32_t kEmptySlot = 0xFFFFFFFFU;
  static uint32_t NodeSlot(NodeId id, uint32_t hash) { return id | (hash & ~kIdMask); }
  // The arena is blocks of 2^kBlockBits bytes; a term never straddles two
  // (a longer one has blocks of its own), so an offset names its block and
  // its place in it, and the arena grows without copying what it holds.
  static constexpr unsigned kBlockBits = 16;
  static constexpr size_t kBlock = size_t{1} << kBlockBits;
  const char* At(uint32_t offset) const { return records().At(offset); }
  static uint64_t Hash(TermKind kind, std::string_view tail, uint32_t link, uint32_t lang);
  // The node of (kind, tail, link, language id), added when new.
  NodeId InternNode(TermKind kind, std::string_view tail, uint32_t link, uint32_t lang_id);
  NodeId FindNode(TermKind kind, std::string_view tail, uint32_t link) const;
  // An IRI split at its last '/': the id of the prefix (added when new, or
  // kNoNode for an IRI without '/') and the suffix.
  uint32_t SplitIri(std::string_view iri, std::string_view& tail);
  // The same, without adding: false when the prefix is not in the table.
  bool FindSplit(std::string_view iri, uint32_t& prefix, std::string_view& tail) const;
  uint32_t PrefixSlot(std::string_view prefix, uint32_t hash) const;
  void RehashPrefixes(size_t slots) const;
  // The prefixed names of the nodes Serd writes as one (Turtle, TriG), made
  // once per node: `text` holds each followed by a NUL.
  struct NodeCuries {
    static constexpr uint32_t kNone = 0xFFFFFFFFu;
    std::vector<uint32_t> at;  // by node: its name's place in `text`, or kNone
    std::string text;
    NodeId type = kNoNode;  // rdf:type, written "a" as a predicate
    // The node's prefixed name, or empty.
    std::string_view Get(NodeId n) const;
  };
  // The prefixes of Graph::Prefixes() the written nodes start with (in that
  // order) into `declared`, and the nodes' prefixed names.
  NodeCuries FindCuries(std::vector<std::pair<std::string, std::string>>& declared) const;
  // How the triples use a node, as SortUnique found (bits of uses_).
  enum : uint8_t { kAsTerm = 1, kAsPredicate = 2 };
  // uses_ as SortUnique left it when the table has not changed since (same
  // nodes and triples), else computed from the triples.
  std::vector<uint8_t> NodeUses() const;
  // Drops repeated triples when they have grown by half since the last time.
  void CompactIfDue();
  void DropRepeats();
  // Builds the index again after ReleaseIndex.
  void RestoreIndex() const {
    if (slots_.empty()) RestoreIndexNow();
  }
  void RestoreIndexNow() const;
  // Copies `s` into the arena, NUL-terminated; with a language id (not 0),
  // after that id. Its offset.
  uint32_t Store(std::string_view s, uint32_t lang_id = 0);
  // The index of a language tag in langs_ plus one, added when new; 0 for none.
  uint32_t LangId(std::string_view lang);
  // Rebuilds the open-addressing slots with `slots` (a power of two) entries.
  void Rehash(size_t slots) const;
  // Makes room for the triples and nodes of a document of `bytes` bytes
  // (not the index, which grows as nodes are added).
  void Reserve(size_t bytes);
  // What ordering nodes reads: views of the records of a table or of a
  // NodeOrder's copy of them.
  struct Records {
    const Node* nodes;
    const Prefix* prefixes;
    const std::pair<uint32_t, uint32_t>* langs;
    char* const* blocks;
    // By prefix (when set, see PrefixRanks): its place among the prefixes
    // in their order, with kNested when it starts another prefix.
    const uint32_t* prefix_ranks = nullptr;
    static constexpr uint32_t kNested = 1U << 31;
    const char* At(uint32_t offset) const {
      return blocks[offset >> kBlockBits] + (offset & (kBlock - 1));
    }
    TermText Value(NodeId n) const {
      const Node& x = nodes[n];
      const std::string_view tail(At(x.offset), x.length());
      if (x.kind() != TermKind::kIri || x.link == kNoNode) return {{}, tail};
      return {{At(prefixes[x.link].offset), prefixes[x.link].length}, tail};
    }
    // The node's language id (0 for none).
    uint32_t LangId(NodeId n) const {
      const Node& x = nodes[n];
      if (!x.has_lang()) return 0;
      uint32_t id;
      std::memcpy(&id, At(x.offset) - sizeof id, sizeof id);
      return id;
    }
    std::string_view Lang(NodeId n) const {
      const uint32_t l = LangId(n);
      return l == 0 ? std::string_view()
                    : std::string_view(At(langs[l - 1].first), langs[l - 1].second);
    }
    // SortUnique's order of nodes.
    bool Less(NodeId a, NodeId b) const;
    // The prefix_ranks of `count` prefixes: two IRIs under prefixes that
    // start no other are in the order of their prefixes, whatever follows.
    std::vector<uint32_t> PrefixRanks(size_t count) const;
  };
  Records records() const {
    return {nodes_.begin(), prefixes_.begin(), langs_.data(), blocks_.data()};
  }
  bool Less(NodeId a, NodeId b) const { return records().Less(a, b); }
  // Reads a document with `run`, which starts the Serd reader it is given.
  Status Read(const std::string& name, Syntax syntax, bool pipelined,
              const std::function<Status(::SerdReaderImpl*)>& run);

  std::vector<std::unique_ptr<char[]>> chunks_;  // the arena's allocations
  std::vector<char*> blocks_;                    // block number -> its bytes
  uint64_t arena_size_ = 0;                      // the next free offset
  PodVector<Node> nodes_;
  PodVector<Prefix> prefixes_;
  // The index (mutable: a const Find rebuilds it after ReleaseIndex).
  mutable std::vector<Slot> prefix_slots_;  // open addressing over prefixes_
  // The prefixes interned last, the most used first (IRIs come in runs).
  std::array<uint32_t, 4> recent_prefixes_ = {kNoNode, kNoNode, kNoNode, kNoNode};
  std::vector<std::pair<uint32_t, uint32_t>> langs_;  // (offset, length) of each tag
  mutable std::vector<uint32_t> slots_;               // open addressing over nodes_
  TripleVector triples_;
  size_t compacted_ = 0;  // triples after the last drop of duplicates
  // After SortUnique: per node, how the triples use it (kAsTerm, kAsPredicate),
  // and how many triples there were then.
  std::vector<uint8_t> uses_;
  size_t uses_triples_ = 0;
  size_t drain_every_ = 0;
  std::function<Status(TripleTable&)> drain_;
  Status drain_status_;
  QuadHandler quad_handler_;
  bool quads_also_table_ = true;
  unsigned documents_ = 0;
  unsigned threads_ = 1;
  size_t write_part_ = size_t{1} << 14;
};

class TripleTable::NodeOrder {
 public:
  // Sorts the nodes copied (on any one thread).
  void Sort();

 private:
  friend class TripleTable;
  std::vector<Node> nodes_;
  std::vector<Prefix> prefixes_;
  std::vector<std::pair<uint32_t, uint32_t>> langs_;
  std::vector<char*> blocks_;
  const TripleTable* table_ = nullptr;  // whose nodes
  std::vector<NodeId> order_;           // after Sort: every node copied, in order
  bool sorted_ = false;
};

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_TRIPLE_TABLE_H_
