#include "graph/internal/triple_table.h"

#include <algorithm>
#include <cctype>
#include <climits>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "graph/internal/serd_support.h"
#include "graph/vocabulary.h"

namespace newskg::internal {
namespace {

// Serd abbreviates every xsd:integer and xsd:boolean literal, and every
// xsd:decimal with a '.', to a bare Turtle number or boolean without looking
// at the form. This says whether the form is one Turtle reads back as that
// same literal: INTEGER, DECIMAL (digits after the '.'), `true`, `false`.
bool BareInTurtle(std::string_view lex, std::string_view datatype) {
  constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
  if (datatype.substr(0, kXsd.size()) != kXsd) return true;  // not abbreviated by Serd
  const std::string_view local = datatype.substr(kXsd.size());
  if (local == "boolean") return lex == "true" || lex == "false";
  if (local != "integer" && local != "decimal") return true;
  size_t i = !lex.empty() && (lex[0] == '+' || lex[0] == '-') ? 1 : 0;
  size_t whole = 0, fraction = 0;
  bool dot = false;
  for (; i < lex.size(); ++i) {
    if (lex[i] >= '0' && lex[i] <= '9') {
      ++(dot ? fraction : whole);
    } else if (lex[i] == '.' && !dot) {
      dot = true;
    } else {
      return false;
    }
  }
  return local == "integer" ? whole > 0 && !dot : !dot || fraction > 0;
}

uint64_t Mix(uint64_t h, uint64_t v) {
  h ^= v;
  h *= 0x9E3779B97F4A7C15ULL;
  return h ^ (h >> 31);
}

uint64_t HashBytes(std::string_view s, uint64_t h) {
  const char* p = s.data();
  size_t n = s.size();
  h = Mix(h, n);
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = Mix(h, v);
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return Mix(h, tail);
}

constexpr const char* kTooLarge =
    "graph too large to merge in memory: more than 4 GiB of distinct terms or 4 billion nodes";

// Sord's order of node types: literals, then IRIs, then blank nodes.
int TypeRank(TermKind k) {
  switch (k) {
    case TermKind::kLiteral:
      return 1;
    case TermKind::kIri:
      return 2;
    case TermKind::kBlank:
      return 4;
  }
  return 0;
}

// Sorts [first, last) with `less`, in `threads` pieces merged afterwards.
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

// Statements read on one thread and interned on another travel in batches:
// per node a tag byte (kSame: as in the last statement; else the TermKind
// plus one), a 32-bit length and the bytes. A literal object is followed by
// its datatype (kNone or an IRI) and its language (length, bytes).
constexpr char kSame = 0;
constexpr char kNone = 0;
constexpr size_t kBatchBytes = 1 << 20;

// Batches from the reading thread to the interning thread, at most four in flight.
class BatchQueue {
 public:
  void Push(std::string batch) {
    std::unique_lock lock(mu_);
    room_.wait(lock, [&] { return full_.size() < 4; });
    full_.push_back(std::move(batch));
    ready_.notify_one();
  }
  void Close() {
    std::lock_guard lock(mu_);
    closed_ = true;
    ready_.notify_one();
  }
  // False when closed and drained.
  bool Pop(std::string& batch) {
    std::unique_lock lock(mu_);
    ready_.wait(lock, [&] { return !full_.empty() || closed_; });
    if (full_.empty()) return false;
    batch = std::move(full_.front());
    full_.pop_front();
    room_.notify_one();
    return true;
  }

 private:
  std::mutex mu_;
  std::condition_variable ready_, room_;
  std::deque<std::string> full_;
  bool closed_ = false;
};

// State of one document being read; Serd calls these without exceptions.
// Without a queue, statements are interned as they come; with one, they
// are expanded here and interned on another thread.
struct Reading {
  Reading(TripleTable* t, SerdEnv* e, std::string n) : table(t), env(e), name(std::move(n)) {}

  TripleTable* table;
  SerdEnv* env;
  std::string name;
  BatchQueue* queue = nullptr;
  const TripleTable::QuadHandler* quads = nullptr;  // statements of named graphs
  bool quads_also_table = true;
  std::string blank_prefix;
  std::string g_buf;
  std::string message;
  std::string batch;
  std::string s_buf, p_buf, o_buf, dt_buf;
  // The last subject and predicate as Serd gave them, which Turtle repeats
  // statement after statement.
  std::string last_s, last_p;
  SerdType last_s_type = SERD_NOTHING, last_p_type = SERD_NOTHING;
  NodeId last_s_id = kNoNode, last_p_id = kNoNode;
  bool have_last = false;

  void Fail(const std::string& what) {
    if (message.empty()) message = name + ": " + what;
  }

  // The absolute IRI or blank node label of a resource, in `buf` or in
  // Serd's buffer; false (and message) when it cannot be expanded.
  bool Expand(const SerdNode* n, std::string& buf, std::string_view& out, TermKind& kind) {
    const auto* bytes = reinterpret_cast<const char*>(n->buf);
    switch (n->type) {
      case SERD_URI:
        kind = TermKind::kIri;
        if (HasScheme(n->buf, n->n_bytes)) {
          out = {bytes, n->n_bytes};
        } else {
          SerdNode abs = serd_env_expand_node(env, n);
          if (abs.buf == nullptr) {
            Fail("cannot resolve the relative IRI <" + std::string(bytes, n->n_bytes) + ">");
            return false;
          }
          buf.assign(reinterpret_cast<const char*>(abs.buf), abs.n_bytes);
          serd_node_free(&abs);
          if (!HasScheme(buf)) {
            Fail("the IRI <" + std::string(bytes, n->n_bytes) + "> resolves to <" + buf +
                 ">, which is not absolute");
            return false;
          }
          out = buf;
        }
        return true;
      case SERD_CURIE: {
        kind = TermKind::kIri;
        SerdChunk prefix, suffix;
        if (serd_env_expand(env, n, &prefix, &suffix) != SERD_SUCCESS) {
          Fail("undefined prefix in '" + std::string(bytes, n->n_bytes) + "'");
          return false;
        }
        buf.assign(reinterpret_cast<const char*>(prefix.buf), prefix.len);
        buf.append(reinterpret_cast<const char*>(suffix.buf), suffix.len);
        if (!HasScheme(buf)) {
          Fail("'" + std::string(bytes, n->n_bytes) + "' expands to <" + buf +
               ">, which is not an absolute IRI");
          return false;
        }
        out = buf;
        return true;
      }
      case SERD_BLANK:
        kind = TermKind::kBlank;
        out = {bytes, n->n_bytes};
        return true;
      default:
        Fail("a literal where a resource must be");
        return false;
    }
  }

  static bool Same(const SerdNode* n, const std::string& last, SerdType last_type) {
    return n->type == last_type && n->n_bytes == last.size() &&
           std::memcmp(n->buf, last.data(), last.size()) == 0;
  }

  void Put(char tag, std::string_view bytes) {
    const auto len = static_cast<uint32_t>(bytes.size());
    batch.push_back(tag);
    batch.append(reinterpret_cast<const char*>(&len), sizeof len);
    batch.append(bytes);
  }

  bool Statement(const SerdNode* s, const SerdNode* p, const SerdNode* o, const SerdNode* datatype,
                 const SerdNode* lang) {
    const bool same_s = have_last && Same(s, last_s, last_s_type);
    const bool same_p = have_last && Same(p, last_p, last_p_type);
    // A subject or predicate as in the last statement was checked then.
    if (std::string bad =
            BadTermBytes({same_s ? nullptr : s, same_p ? nullptr : p, o, datatype, lang});
        !bad.empty()) {
      Fail(bad);
      return false;
    }
    std::string_view sv, pv, ov, dv, lv;
    TermKind sk = TermKind::kIri, pk = TermKind::kIri, ok = TermKind::kIri, dk = TermKind::kIri;
    if (!same_s && !Expand(s, s_buf, sv, sk)) return false;
    if (!same_p && !Expand(p, p_buf, pv, pk)) return false;
    const bool literal = o->type == SERD_LITERAL;
    if (literal) {
      ok = TermKind::kLiteral;
      ov = {reinterpret_cast<const char*>(o->buf), o->n_bytes};
      if (datatype != nullptr && datatype->buf != nullptr && !Expand(datatype, dt_buf, dv, dk))
        return false;
      if (lang != nullptr && lang->buf != nullptr)
        lv = {reinterpret_cast<const char*>(lang->buf), lang->n_bytes};
    } else if (!Expand(o, o_buf, ov, ok)) {
      return false;
    }
    if (queue != nullptr) {
      Put(same_s ? kSame : static_cast<char>(static_cast<int>(sk) + 1), sv);
      Put(same_p ? kSame : static_cast<char>(static_cast<int>(pk) + 1), pv);
      Put(static_cast<char>(static_cast<int>(ok) + 1), ov);
      if (literal) {
        Put(dv.data() == nullptr ? kNone : static_cast<char>(static_cast<int>(dk) + 1), dv);
        Put(kNone, lv);
      }
      if (batch.size() >= kBatchBytes) {
        queue->Push(std::move(batch));
        batch = std::string();
        batch.reserve(kBatchBytes + 4096);
      }
    } else {
      if (!same_s) last_s_id = table->Intern(sk, sv);
      if (!same_p) last_p_id = table->Intern(pk, pv);
      const NodeId dt = dv.data() == nullptr ? kNoNode : table->Intern(TermKind::kIri, dv);
      table->Add(last_s_id, last_p_id, table->Intern(ok, ov, dt, lv));
      switch (table->DrainIfDue()) {
        case TripleTable::Drain::kNotDue:
          break;
        case TripleTable::Drain::kDrained:
          have_last = false;  // the ids it remembers are gone
          return true;
        case TripleTable::Drain::kFailed:
          Fail("the batch could not be handed on");
          return false;
      }
    }
    if (!same_s) {
      last_s.assign(reinterpret_cast<const char*>(s->buf), s->n_bytes);
      last_s_type = s->type;
    }
    if (!same_p) {
      last_p.assign(reinterpret_cast<const char*>(p->buf), p->n_bytes);
      last_p_type = p->type;
    }
    have_last = true;
    return true;
  }

  // False (and message) when a base or prefix IRI holds bytes no term may.
  bool GoodBytes(const SerdNode* prefix, const SerdNode* uri) noexcept {
    try {
      if (std::string bad = BadTermBytes({prefix, uri}); !bad.empty()) {
        Fail(bad);
        return false;
      }
    } catch (...) {
      Fail("out of memory");
      return false;
    }
    return true;
  }
  static SerdStatus OnBase(void* handle, const SerdNode* uri) noexcept {
    auto* self = static_cast<Reading*>(handle);
    if (!self->GoodBytes(nullptr, uri)) return SERD_ERR_BAD_SYNTAX;
    return serd_env_set_base_uri(self->env, uri);
  }
  static SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) noexcept {
    auto* self = static_cast<Reading*>(handle);
    if (!self->GoodBytes(name, uri)) return SERD_ERR_BAD_SYNTAX;
    return serd_env_set_prefix(self->env, name, uri);
  }
  // A term as the quad handler gets it: blank node labels without the
  // per-document prefix.
  bool QuadTerm(const SerdNode* n, std::string& buf, Term& t) {
    std::string_view v;
    if (!Expand(n, buf, v, t.kind)) return false;
    if (t.kind == TermKind::kBlank && v.substr(0, blank_prefix.size()) == blank_prefix)
      v.remove_prefix(blank_prefix.size());
    t.value.assign(v);
    return true;
  }

  // A statement of a named graph, handed to the quad handler.
  bool Quad(const SerdNode* g, const SerdNode* s, const SerdNode* p, const SerdNode* o,
            const SerdNode* datatype, const SerdNode* lang) {
    if (std::string bad = BadTermBytes({g, s, p, o, datatype, lang}); !bad.empty()) {
      Fail(bad);
      return false;
    }
    Term tg, ts, tp, to;
    if (!QuadTerm(s, s_buf, ts) || !QuadTerm(p, p_buf, tp)) return false;
    if (o->type == SERD_LITERAL) {
      to.kind = TermKind::kLiteral;
      to.value.assign(reinterpret_cast<const char*>(o->buf), o->n_bytes);
      if (datatype != nullptr && datatype->buf != nullptr) {
        std::string_view dv;
        TermKind dk;
        if (!Expand(datatype, dt_buf, dv, dk)) return false;
        to.datatype.assign(dv);
      }
      if (lang != nullptr && lang->buf != nullptr)
        to.lang.assign(reinterpret_cast<const char*>(lang->buf), lang->n_bytes);
    } else if (!QuadTerm(o, o_buf, to)) {
      return false;
    }
    if (!QuadTerm(g, g_buf, tg)) return false;
    if (Status st = (*quads)(tg, ts, tp, to); !st.ok()) {
      Fail(st.message());
      return false;
    }
    return true;
  }

  static SerdStatus OnStatement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* graph,
                                const SerdNode* s, const SerdNode* p, const SerdNode* o,
                                const SerdNode* datatype, const SerdNode* lang) noexcept {
    auto* self = static_cast<Reading*>(handle);
    try {
      const bool named = self->quads != nullptr && graph != nullptr && graph->buf != nullptr;
      if ((!named || self->quads_also_table) && !self->Statement(s, p, o, datatype, lang)) {
        self->have_last = false;
        return SERD_ERR_BAD_CURIE;
      }
      if (named) {
        // Quad reuses the buffers Statement expanded its last subject and
        // predicate into: Statement must expand them again.
        self->have_last = false;
        if (!self->Quad(graph, s, p, o, datatype, lang)) return SERD_ERR_BAD_CURIE;
      }
      return SERD_SUCCESS;
    } catch (const std::length_error&) {
      self->Fail(kTooLarge);
      return SERD_ERR_INTERNAL;
    } catch (...) {
      self->Fail("out of memory");
      return SERD_ERR_INTERNAL;
    }
  }
};

// Interns the statements of batches (the other end of Reading's queue).
void InternBatches(TripleTable& table, BatchQueue& queue, std::string& failure) noexcept {
  std::string batch;
  NodeId s = kNoNode, p = kNoNode;
  try {
    while (queue.Pop(batch)) {
      const char* at = batch.data();
      const char* const end = at + batch.size();
      auto next = [&](char& tag) {
        tag = *at++;
        uint32_t len;
        std::memcpy(&len, at, sizeof len);
        at += sizeof len;
        const std::string_view v(at, len);
        at += len;
        return v;
      };
      while (at < end) {
        char tag;
        std::string_view v = next(tag);
        if (tag != kSame) s = table.Intern(static_cast<TermKind>(tag - 1), v);
        v = next(tag);
        if (tag != kSame) p = table.Intern(static_cast<TermKind>(tag - 1), v);
        char o_tag;
        const std::string_view ov = next(o_tag);
        const auto o_kind = static_cast<TermKind>(o_tag - 1);
        NodeId o = kNoNode;
        if (o_kind == TermKind::kLiteral) {
          char dt_tag, lang_tag;
          const std::string_view dv = next(dt_tag);
          const std::string_view lv = next(lang_tag);
          const NodeId dt = dt_tag == kNone ? kNoNode : table.Intern(TermKind::kIri, dv);
          o = table.Intern(TermKind::kLiteral, ov, dt, lv);
        } else {
          o = table.Intern(o_kind, ov);
        }
        table.Add(s, p, o);
      }
    }
  } catch (const std::length_error&) {
    failure = kTooLarge;
  } catch (...) {
    failure = "out of memory";
  }
  while (queue.Pop(batch)) {  // after a failure: let the reader finish
  }
}

}  // namespace

int TermText::compare(const TermText& other) const {
  // The pieces of each side in turn: a (then a_next) against b (then b_next).
  std::string_view a = head, a_next = tail, b = other.head, b_next = other.tail;
  for (;;) {
    if (a.empty()) a = std::exchange(a_next, std::string_view());
    if (b.empty()) b = std::exchange(b_next, std::string_view());
    if (a.empty() || b.empty()) return a.empty() ? (b.empty() ? 0 : -1) : 1;
    const size_t n = std::min(a.size(), b.size());
    if (const int c = a.substr(0, n).compare(b.substr(0, n)); c != 0) return c;
    a.remove_prefix(n);
    b.remove_prefix(n);
  }
}

bool TermText::starts_with(std::string_view s) const {
  if (s.size() > size()) return false;
  if (s.size() <= head.size()) return head.substr(0, s.size()) == s;
  return s.substr(0, head.size()) == head &&
         tail.substr(0, s.size() - head.size()) == s.substr(head.size());
}

TripleTable::TripleTable() : prefix_slots_(64, Slot{kNoNode, 0}), slots_(1024, Slot{kNoNode, 0}) {}

uint64_t TripleTable::Hash(TermKind kind, std::string_view tail, uint32_t link, uint32_t lang) {
  return HashBytes(tail, (static_cast<uint64_t>(kind) * 0x100000001B3ULL + link) ^
                             (static_cast<uint64_t>(lang) << 40));
}

uint32_t TripleTable::Store(std::string_view s) {
  const size_t need = s.size() + 1;
  uint64_t at = arena_size_;
  if (blocks_.empty() || (at & (kBlock - 1)) + need > kBlock || (at & (kBlock - 1)) == 0) {
    // A new block (or run of blocks for a long term); the rest of the last
    // one stays unused.
    at = static_cast<uint64_t>(blocks_.size()) << kBlockBits;
    const size_t count = (need + kBlock - 1) / kBlock;
    // Offsets are 32-bit: past 4 GiB of distinct terms, stop with an error.
    if (at + count * kBlock > UINT32_MAX) throw std::length_error(kTooLarge);
    chunks_.push_back(std::make_unique<char[]>(count * kBlock));
    for (size_t i = 0; i < count; ++i) blocks_.push_back(chunks_.back().get() + i * kBlock);
  }
  char* out = blocks_[at >> kBlockBits] + (at & (kBlock - 1));
  std::memcpy(out, s.data(), s.size());
  out[s.size()] = '\0';
  arena_size_ = at + need;
  return static_cast<uint32_t>(at);
}

uint32_t TripleTable::LangId(std::string_view lang) {
  if (lang.empty()) return 0;
  for (size_t i = 0; i < langs_.size(); ++i) {
    if (std::string_view(At(langs_[i].first), langs_[i].second) == lang)
      return static_cast<uint32_t>(i + 1);
  }
  if (langs_.size() + 1 > kLangMask) throw std::length_error(kTooLarge);
  langs_.push_back({Store(lang), static_cast<uint32_t>(lang.size())});
  return static_cast<uint32_t>(langs_.size());
}

void TripleTable::Rehash(size_t slots) const {
  slots_.assign(slots, Slot{kNoNode, 0});
  const size_t mask = slots - 1;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    const Node& n = nodes_[id];
    const auto h =
        static_cast<uint32_t>(Hash(static_cast<TermKind>(n.lang_kind >> 30),
                                   {At(n.offset), n.length}, n.link, n.lang_kind & kLangMask));
    size_t i = h & mask;
    while (slots_[i].id != kNoNode) i = (i + 1) & mask;
    slots_[i] = {id, h};
  }
}

void TripleTable::Reserve(size_t bytes) {
  // Turtle of news graphs: about 95 bytes a triple, 2.5 triples a new node.
  const size_t triples = triples_.size() + bytes / 90;
  const size_t nodes = nodes_.size() + triples / 2;
  // Geometric growth: many small documents must not copy the tables each time.
  auto grow = [](auto& v, size_t n) {
    if (n > v.capacity()) v.reserve(std::max(n, v.capacity() * 2));
  };
  grow(triples_, triples);
  grow(nodes_, nodes);
  RestoreIndex();
  size_t want = slots_.size();
  while (want * 3 < nodes * 4) want *= 2;
  if (want > slots_.size()) Rehash(want);
}

void TripleTable::ReleaseIndex() {
  slots_ = std::vector<Slot>();
  prefix_slots_ = std::vector<Slot>();
}

void TripleTable::RestoreIndexNow() const {
  // As Intern grows them: at most three quarters full.
  auto size_for = [](size_t n, size_t least) {
    size_t slots = least;
    while (n * 4 > slots * 3) slots *= 2;
    return slots;
  };
  RehashPrefixes(size_for(prefixes_.size(), 64));
  Rehash(size_for(nodes_.size(), 1024));
}

uint32_t TripleTable::PrefixSlot(std::string_view prefix, uint32_t h) const {
  RestoreIndex();
  const size_t mask = prefix_slots_.size() - 1;
  size_t i = h & mask;
  for (; prefix_slots_[i].id != kNoNode; i = (i + 1) & mask) {
    if (prefix_slots_[i].hash != h) continue;
    const Prefix& p = prefixes_[prefix_slots_[i].id];
    if (p.length == prefix.size() && std::memcmp(At(p.offset), prefix.data(), p.length) == 0) break;
  }
  return static_cast<uint32_t>(i);
}

void TripleTable::RehashPrefixes(size_t slots) const {
  prefix_slots_.assign(slots, Slot{kNoNode, 0});
  const size_t mask = slots - 1;
  for (uint32_t id = 0; id < prefixes_.size(); ++id) {
    const Prefix& p = prefixes_[id];
    const auto h = static_cast<uint32_t>(HashBytes({At(p.offset), p.length}, 0));
    size_t i = h & mask;
    while (prefix_slots_[i].id != kNoNode) i = (i + 1) & mask;
    prefix_slots_[i] = {id, h};
  }
}

uint32_t TripleTable::SplitIri(std::string_view iri, std::string_view& tail) {
  const size_t slash = iri.rfind('/');
  if (slash == std::string_view::npos) {
    tail = iri;
    return kNoNode;
  }
  const std::string_view prefix = iri.substr(0, slash + 1);
  tail = iri.substr(slash + 1);
  if (last_prefix_ != kNoNode) {
    const Prefix& p = prefixes_[last_prefix_];
    if (p.length == prefix.size() && std::memcmp(At(p.offset), prefix.data(), p.length) == 0)
      return last_prefix_;
  }
  const auto h = static_cast<uint32_t>(HashBytes(prefix, 0));
  const uint32_t i = PrefixSlot(prefix, h);
  if (prefix_slots_[i].id != kNoNode) return last_prefix_ = prefix_slots_[i].id;
  if (prefixes_.size() + 1 >= kNoNode) throw std::length_error(kTooLarge);
  const auto id = static_cast<uint32_t>(prefixes_.size());
  prefixes_.push_back({Store(prefix), static_cast<uint32_t>(prefix.size())});
  prefix_slots_[i] = {id, h};
  if (prefixes_.size() * 4 > prefix_slots_.size() * 3) RehashPrefixes(prefix_slots_.size() * 2);
  return last_prefix_ = id;
}

bool TripleTable::FindSplit(std::string_view iri, uint32_t& prefix, std::string_view& tail) const {
  const size_t slash = iri.rfind('/');
  if (slash == std::string_view::npos) {
    tail = iri;
    prefix = kNoNode;
    return true;
  }
  const std::string_view head = iri.substr(0, slash + 1);
  tail = iri.substr(slash + 1);
  const uint32_t i = PrefixSlot(head, static_cast<uint32_t>(HashBytes(head, 0)));
  prefix = prefix_slots_[i].id;
  return prefix != kNoNode;
}

NodeId TripleTable::Intern(TermKind kind, std::string_view v, NodeId datatype,
                           std::string_view lang) {
  if (kind == TermKind::kIri) {
    std::string_view tail;
    const uint32_t prefix = SplitIri(v, tail);
    return InternNode(kind, tail, prefix, 0);
  }
  return InternNode(kind, v, kind == TermKind::kLiteral ? datatype : kNoNode, LangId(lang));
}

NodeId TripleTable::InternNode(TermKind kind, std::string_view v, uint32_t link, uint32_t lang_id) {
  RestoreIndex();
  const uint64_t full = Hash(kind, v, link, lang_id);
  const auto h = static_cast<uint32_t>(full);
  const uint32_t lang_kind = (static_cast<uint32_t>(kind) << 30) | lang_id;
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (; slots_[i].id != kNoNode; i = (i + 1) & mask) {
    if (slots_[i].hash != h) continue;
    const Node& n = nodes_[slots_[i].id];
    if (n.lang_kind == lang_kind && n.link == link && n.length == v.size() &&
        std::memcmp(At(n.offset), v.data(), v.size()) == 0) {
      return slots_[i].id;
    }
  }
  if (nodes_.size() + 1 >= kNoNode) throw std::length_error(kTooLarge);
  Node n{};
  n.lang_kind = lang_kind;
  n.link = link;
  n.offset = Store(v);
  n.length = static_cast<uint32_t>(v.size());
  const auto id = static_cast<NodeId>(nodes_.size());
  nodes_.push_back(n);
  slots_[i] = {id, h};
  // At most three quarters full: probes stay short (each slot holds the
  // hash), and the slots take 8 to 16 bytes a node.
  if (nodes_.size() * 4 > slots_.size() * 3) Rehash(slots_.size() * 2);
  return id;
}

NodeId TripleTable::Intern(const Term& t) {
  if (t.kind != TermKind::kLiteral) return Intern(t.kind, t.value);
  const NodeId dt = t.datatype.empty() ? kNoNode : Intern(TermKind::kIri, t.datatype);
  return Intern(TermKind::kLiteral, t.value, dt, t.lang);
}

NodeId TripleTable::Find(TermKind kind, std::string_view v) const {
  uint32_t link = kNoNode;
  std::string_view tail = v;
  if (kind == TermKind::kIri && !FindSplit(v, link, tail)) return kNoNode;
  return FindNode(kind, tail, link);
}

NodeId TripleTable::FindNode(TermKind kind, std::string_view v, uint32_t link) const {
  RestoreIndex();
  const auto h = static_cast<uint32_t>(Hash(kind, v, link, 0));
  const uint32_t lang_kind = static_cast<uint32_t>(kind) << 30;
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask; slots_[i].id != kNoNode; i = (i + 1) & mask) {
    if (slots_[i].hash != h) continue;
    const Node& n = nodes_[slots_[i].id];
    if (n.lang_kind == lang_kind && n.link == link && n.length == v.size() &&
        std::memcmp(At(n.offset), v.data(), v.size()) == 0)
      return slots_[i].id;
  }
  return kNoNode;
}

Term TripleTable::ToTerm(NodeId n) const {
  Term t;
  t.kind = kind(n);
  t.value = value(n).str();
  if (t.kind == TermKind::kLiteral) {
    if (datatype(n) != kNoNode) t.datatype = value(datatype(n)).str();
    t.lang = std::string(lang(n));
  }
  return t;
}

Status TripleTable::Add(const Term& s, const Term& p, const Term& o) {
  if (triples_.size() >= compacted_ + compacted_ / 2 + (1U << 16)) {
    // By id, not by string: cheap, and SortUnique orders them later.
    std::sort(triples_.begin(), triples_.end());
    triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
    compacted_ = triples_.size();
  }
  try {
    Add(Intern(s), Intern(p), Intern(o));
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  return Status::Ok();
}

TripleTable::Drain TripleTable::DrainIfDue() {
  if (!drain_status_.ok()) return Drain::kFailed;  // the reading is over
  if (!drain_ || triples_.size() < drain_every_) return Drain::kNotDue;
  if (Status st = drain_(*this); !st.ok()) {
    drain_status_ = st;
    return Drain::kFailed;
  }
  Clear();
  return Drain::kDrained;
}

void TripleTable::Clear() {
  triples_.clear();
  compacted_ = 0;
  nodes_.clear();
  prefixes_.clear();
  RestoreIndex();
  std::fill(prefix_slots_.begin(), prefix_slots_.end(), Slot{kNoNode, 0});
  last_prefix_ = kNoNode;
  langs_.clear();
  chunks_.clear();
  blocks_.clear();
  arena_size_ = 0;
  std::fill(slots_.begin(), slots_.end(), Slot{kNoNode, 0});
}

Status TripleTable::Absorb(TripleTable&& other) {
  if (!triples_.empty() || !nodes_.empty()) return Absorb(static_cast<const TripleTable&>(other));
  const unsigned documents = documents_, threads = threads_;
  *this = std::move(other);
  documents_ = documents;
  threads_ = threads;
  other = TripleTable();
  return Status::Ok();
}

Status TripleTable::Absorb(const TripleTable& other) {
  std::vector<NodeId> map(other.nodes_.size(), kNoNode);
  std::vector<uint32_t> prefix_map(other.prefixes_.size(), kNoNode);
  // Nodes by their parts: an IRI's prefix is looked up once, not per IRI.
  auto intern = [&](NodeId n, uint32_t link) {
    const Node& x = other.nodes_[n];
    const TermKind k = other.kind(n);
    if (k == TermKind::kIri && x.link != kNoNode) {
      if (prefix_map[x.link] == kNoNode) {
        const Prefix& p = other.prefixes_[x.link];
        std::string_view ignored;
        prefix_map[x.link] = SplitIri({other.At(p.offset), p.length}, ignored);
      }
      link = prefix_map[x.link];
    }
    return InternNode(k, {other.At(x.offset), x.length}, link, LangId(other.lang(n)));
  };
  auto remap = [&](NodeId n) {
    if (map[n] == kNoNode) {
      const NodeId dt = other.datatype(n);
      if (dt != kNoNode && map[dt] == kNoNode) map[dt] = intern(dt, kNoNode);
      map[n] = intern(n, dt == kNoNode ? kNoNode : map[dt]);
    }
    return map[n];
  };
  try {
    triples_.reserve(triples_.size() + other.triples_.size());
    for (const auto& t : other.triples_) Add(remap(t[0]), remap(t[1]), remap(t[2]));
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  return Status::Ok();
}

Status TripleTable::AddGraph(const Graph& g) {
  try {
    g.ForEach([&](const Triple& t) { Add(Intern(t.s), Intern(t.p), Intern(t.o)); });
  } catch (const std::length_error&) {
    return InvalidArgument(kTooLarge);
  }
  return Status::Ok();
}

namespace {

// Feeds Serd a file page by page; a NUL byte ends the input there (binary
// data is not RDF) and is reported with its offset. Turtle and TriG go
// through IntegerDotFilter on the way.
struct FileSource {
  FILE* file = nullptr;
  bool filter = false;
  size_t offset = 0;
  size_t nul = std::string::npos;
  bool failed = false;
  IntegerDotFilter dots;
  std::string pending;  // filtered bytes not yet given to Serd
  size_t pending_at = 0;
  bool eof = false;

  // Reads up to `n` raw bytes into `buf`, stopping before a NUL byte.
  size_t ReadRaw(char* buf, size_t n) {
    if (nul != std::string::npos) return 0;
    const size_t got = std::fread(buf, 1, n, file);
    if (const void* at = std::memchr(buf, '\0', got); at != nullptr) {
      const auto before = static_cast<size_t>(static_cast<const char*>(at) - buf);
      nul = offset + before;
      return before;
    }
    offset += got;
    return got;
  }

  static size_t Read(void* buf, size_t size, size_t nmemb, void* stream) noexcept {
    auto* self = static_cast<FileSource*>(stream);
    const size_t want = size * nmemb;
    if (!self->filter) return self->ReadRaw(static_cast<char*>(buf), want) / size;
    try {
      char raw[1 << 16];
      while (self->pending.size() - self->pending_at < want && !self->eof) {
        self->pending.erase(0, self->pending_at);
        self->pending_at = 0;
        const size_t n = self->ReadRaw(raw, sizeof raw);
        self->dots.Feed(raw, n, self->pending);
        if (n == 0) {
          self->dots.Finish(self->pending);
          self->eof = true;
        }
      }
      const size_t give = std::min(want, self->pending.size() - self->pending_at) / size * size;
      std::memcpy(buf, self->pending.data() + self->pending_at, give);
      self->pending_at += give;
      return give / size;
    } catch (...) {  // out of memory: Serd sees a read error
      self->failed = true;
      return 0;
    }
  }
  static int Error(void* stream) noexcept {
    auto* self = static_cast<FileSource*>(stream);
    return self->failed ? 1 : std::ferror(self->file);
  }
};

struct FileClose {
  void operator()(FILE* f) const { std::fclose(f); }
};

}  // namespace

Status TripleTable::ReadFile(const std::string& path, Syntax syntax) {
  std::unique_ptr<FILE, FileClose> file(std::fopen(path.c_str(), "rb"));
  if (file == nullptr) return NotFound(path + ": cannot open file");
  // Room for what a file of this size holds, so the tables grow less often.
  if (std::fseek(file.get(), 0, SEEK_END) == 0) {
    const long size = std::ftell(file.get());
    if (size == 0) return Status::Ok();  // an empty file is an empty graph
    if (size > 0 && !drain_) {           // drained: one batch at a time, not the file
      try {
        Reserve(static_cast<size_t>(size));
      } catch (...) {  // only a hint: the tables still grow as they fill
      }
    }
    std::rewind(file.get());
  }
  FileSource source;
  source.file = file.get();
  source.filter = syntax == Syntax::kTurtle || syntax == Syntax::kTriG;
  return Read(path, syntax, /*pipelined=*/true, [&](SerdReader* reader) {
    const SerdStatus st = serd_reader_read_source(reader, &FileSource::Read, &FileSource::Error,
                                                  &source, U(path), 1 << 16);
    if (source.nul != std::string::npos) {
      return ParseError(path + ": byte " + std::to_string(source.nul) +
                        ": NUL byte: binary data is not RDF");
    }
    if (std::ferror(file.get()) != 0 || source.failed) return IoError(path + ": read error");
    return st == SERD_SUCCESS ? Status::Ok() : ParseError("");
  });
}

Status TripleTable::ReadString(const std::string& text, Syntax syntax, const std::string& name) {
  if (Status st = CheckNoNul(text, name); !st.ok()) return st;
  // Empty: an empty graph, and Serd 0.30 reads past the end of an empty string.
  if (text.empty()) return Status::Ok();
  std::string fixed;
  if (syntax == Syntax::kTurtle || syntax == Syntax::kTriG) {
    IntegerDotFilter dots;
    dots.Feed(text.data(), text.size(), fixed);
    dots.Finish(fixed);
  }
  const std::string& input = fixed.empty() ? text : fixed;
  return Read(name, syntax, /*pipelined=*/text.size() > kBatchBytes, [&](SerdReader* reader) {
    return serd_reader_read_string(reader, U(input)) == SERD_SUCCESS ? Status::Ok()
                                                                     : ParseError("");
  });
}

Status TripleTable::Read(const std::string& name, Syntax syntax, bool pipelined,
                         const std::function<Status(SerdReader*)>& run) {
  const std::string base_uri = BaseUriFor(name);
  const SerdNode base = serd_node_from_string(SERD_URI, U(base_uri));
  EnvPtr env(serd_env_new(&base));
  Reading reading(this, env.get(), name);
  // Reading a big document on two threads: Serd parses on this one, the
  // other interns.
  BatchQueue queue;
  std::string intern_failure;
  std::thread interner;
  if (threads_ > 1 && pipelined) {
    reading.queue = &queue;
    reading.batch.reserve(kBatchBytes + 4096);
    interner = std::thread([&] { InternBatches(*this, queue, intern_failure); });
  }
  ReaderPtr reader(serd_reader_new(ToSerd(syntax), &reading, nullptr, &Reading::OnBase,
                                   &Reading::OnPrefix, &Reading::OnStatement, nullptr));
  ErrorCollector errors{name, ""};
  serd_reader_set_error_sink(reader.get(), &ErrorCollector::Sink, &errors);
  serd_reader_set_strict(reader.get(), true);
  reading.blank_prefix = "f" + std::to_string(++documents_) + "_";
  serd_reader_add_blank_prefix(reader.get(), U(reading.blank_prefix));
  if (quad_handler_ && (syntax == Syntax::kNQuads || syntax == Syntax::kTriG)) {
    reading.quads = &quad_handler_;
    reading.quads_also_table = quads_also_table_;
  }
  const size_t before = drain_ ? 0 : triples_.size();
  drain_status_ = Status::Ok();
  Status st = run(reader.get());
  if (!drain_status_.ok()) return drain_status_;
  if (drain_ && st.ok() && reading.message.empty() && !triples_.empty()) {
    if (Status d = drain_(*this); !d.ok()) return d;
    Clear();
  }
  if (interner.joinable()) {
    if (!reading.batch.empty()) queue.Push(std::move(reading.batch));
    queue.Close();
    interner.join();
    if (!intern_failure.empty() && st.ok()) st = InvalidArgument(name + ": " + intern_failure);
  }
  if (!st.ok() || !reading.message.empty()) {
    triples_.resize(before);  // nothing of a broken document stays
    if (!st.message().empty()) return st;
    if (!reading.message.empty()) return ParseError(reading.message);
    return ParseError(errors.message.empty() ? name + ": not valid RDF" : errors.message);
  }
  return Status::Ok();
}

bool TripleTable::Less(NodeId a, NodeId b) const {
  const Node& x = nodes_[a];
  const Node& y = nodes_[b];
  const TermKind kx = kind(a), ky = kind(b);
  if (kx != ky) return TypeRank(kx) < TypeRank(ky);
  if (kx == TermKind::kIri && x.link == y.link) {  // one prefix: the suffixes decide
    return std::string_view(At(x.offset), x.length).compare({At(y.offset), y.length}) < 0;
  }
  if (const int c = value(a).compare(value(b)); c != 0) return c < 0;
  if (kx != TermKind::kLiteral) return false;
  if (x.link != y.link) {
    if (x.link == kNoNode) return true;
    if (y.link == kNoNode) return false;
    if (const int c = value(x.link).compare(value(y.link)); c != 0) return c < 0;
  }
  return lang(a) < lang(b);
}

void TripleTable::SortUnique(unsigned threads) {
  // Rank the nodes the triples use, then sort triples of ranks.
  std::vector<uint8_t> used(nodes_.size(), 0);
  for (const auto& t : triples_) used[t[0]] = used[t[1]] = used[t[2]] = 1;
  std::vector<NodeId> order;
  for (NodeId id = 0; id < nodes_.size(); ++id) {
    if (used[id] != 0) order.push_back(id);
  }
  ParallelSort(order.begin(), order.end(), threads,
               [this](NodeId a, NodeId b) { return Less(a, b); });
  std::vector<uint32_t> rank(nodes_.size(), 0);
  for (uint32_t r = 0; r < order.size(); ++r) rank[order[r]] = r;
  for (auto& t : triples_) t = {rank[t[0]], rank[t[1]], rank[t[2]]};
  ParallelSort(triples_.begin(), triples_.end(), threads, std::less<IdTriple>());
  triples_.erase(std::unique(triples_.begin(), triples_.end()), triples_.end());
  for (auto& t : triples_) t = {order[t[0]], order[t[1]], order[t[2]]};
}

Status TripleTable::Write(std::string& out, Syntax syntax, unsigned threads) const {
  std::vector<std::string> parts;
  if (Status st = Write(parts, syntax, threads); !st.ok()) return st;
  out.clear();
  size_t total = 0;
  for (const auto& t : parts) total += t.size();
  out.reserve(total);
  for (const auto& t : parts) out += t;
  return Status::Ok();
}

namespace {

// Serd's output sink: collects what the writer writes and, with `emit`,
// hands it on in pieces of about a megabyte (the output is never held whole).
struct ChunkSink {
  std::string text;
  const std::function<Status(std::string_view)>* emit = nullptr;
  Status status;

  static size_t Write(const void* buf, size_t len, void* self) noexcept {
    auto* sink = static_cast<ChunkSink*>(self);
    try {
      sink->text.append(static_cast<const char*>(buf), len);
      if (sink->emit != nullptr && sink->text.size() >= (1U << 20) && sink->status.ok()) {
        sink->status = (*sink->emit)(sink->text);
        sink->text.clear();
      }
    } catch (...) {
      return 0;  // Serd reports the short write
    }
    return sink->status.ok() ? len : 0;
  }
};

}  // namespace

Status TripleTable::Write(std::vector<std::string>& texts, Syntax syntax, unsigned threads) const {
  texts.clear();
  return Write(
      [&](std::string_view piece) {
        texts.emplace_back(piece);
        return Status::Ok();
      },
      syntax, threads);
}

Status TripleTable::Write(const std::function<Status(std::string_view)>& emit, Syntax syntax,
                          unsigned threads) const {
  const bool abbreviated = syntax == Syntax::kTurtle || syntax == Syntax::kTriG;
  // Parts end where a subject does, so each writer starts a subject afresh.
  // With several threads, each part is written into its own text by one of
  // them and handed on in order (below): the output held at once stays a
  // few parts, however large the graph.
  std::vector<size_t> bounds = {0};
  const size_t n = triples_.size();
  const unsigned writers = n < 100000 ? 1U : std::max(1U, threads);
  const size_t parts =
      writers == 1 ? 1 : std::max<size_t>(writers, (n + write_part_ - 1) / write_part_);
  for (size_t i = 1; i < parts; ++i) {
    size_t at = std::max(bounds.back(), n * i / parts);
    while (at > 0 && at < n && triples_[at][0] == triples_[at - 1][0]) ++at;
    bounds.push_back(at);
  }
  bounds.push_back(n);
  const auto style = static_cast<SerdStyle>(
      abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_CURIED | SERD_STYLE_BULK)
                  : (SERD_STYLE_ASCII | SERD_STYLE_BULK));
  // A node's text in one piece: a view of the arena, or joined in `buf`.
  auto joined = [this](NodeId id, std::string& buf) {
    const TermText text = value(id);
    if (text.head.empty()) return text.tail;
    buf.assign(text.head).append(text.tail);
    return std::string_view(buf);
  };
  // Serd's writer reads a node's bytes, length and flags; the flags it would
  // compute (a newline or a quote inside) are the ones a literal must not
  // have (below), so the node is made without a pass over its bytes.
  auto serd_node = [&](NodeId id, std::string& buf) {
    static constexpr SerdType kTypes[] = {SERD_URI, SERD_BLANK, SERD_LITERAL};
    const std::string_view v = joined(id, buf);
    return SerdNode{reinterpret_cast<const uint8_t*>(v.data()), v.size(), v.size(), 0,
                    kTypes[static_cast<int>(kind(id))]};
  };
  // Only the prefixes some IRI of the graph starts with are declared.
  std::vector<std::pair<std::string, std::string>> prefixes;
  if (abbreviated) {
    std::vector<bool> seen(node_count(), false);
    std::vector<bool> used(Graph::Prefixes().size(), false);
    auto visit = [&](NodeId id) {
      if (id == kNoNode || seen[id]) return;
      seen[id] = true;
      if (kind(id) == TermKind::kLiteral) {
        if (datatype(id) != kNoNode) {
          // The datatype is visited once per literal node, which `seen` bounds.
          const TermText dt = value(datatype(id));
          for (size_t k = 0; k < used.size(); ++k)
            used[k] = used[k] || dt.starts_with(Graph::Prefixes()[k].second);
        }
        return;
      }
      if (kind(id) != TermKind::kIri) return;
      const TermText v = value(id);
      for (size_t k = 0; k < used.size(); ++k)
        used[k] = used[k] || v.starts_with(Graph::Prefixes()[k].second);
    };
    // rdf:type as a predicate is written "a".
    const NodeId type = Find(TermKind::kIri, std::string(vocab::kRdf) + "type");
    for (const IdTriple& t : triples_) {
      visit(t[0]);
      if (t[1] != type) visit(t[1]);
      visit(t[2]);
    }
    for (size_t k = 0; k < used.size(); ++k) {
      if (used[k]) prefixes.push_back(Graph::Prefixes()[k]);
    }
  }
  // Writes part `part` into `sink` (through `emit` when the sink has it).
  auto write_part = [&](size_t part, ChunkSink& sink) -> SerdStatus {
    EnvPtr env(serd_env_new(nullptr));
    for (const auto& [prefix, ns] : prefixes) {
      serd_env_set_prefix_from_strings(env.get(), U(prefix), U(ns));
    }
    WriterPtr writer(
        serd_writer_new(ToSerd(syntax), style, env.get(), nullptr, ChunkSink::Write, &sink));
    if (abbreviated && part == 0) {
      for (const auto& [prefix, ns] : prefixes) {
        const SerdNode name = serd_node_from_string(SERD_LITERAL, U(prefix));
        const SerdNode uri = serd_node_from_string(SERD_URI, U(ns));
        serd_writer_set_prefix(writer.get(), &name, &uri);
      }
    }
    SerdStatus st = SERD_SUCCESS;
    NodeId last_s = kNoNode, last_p = kNoNode;
    SerdNode s{}, p{};
    std::string xsd_curie, s_buf, p_buf, o_buf, dt_buf;
    for (size_t i = bounds[part]; i < bounds[part + 1] && st == SERD_SUCCESS; ++i) {
      const IdTriple& t = triples_[i];
      if (t[0] != last_s) s = serd_node(last_s = t[0], s_buf);
      if (t[1] != last_p) p = serd_node(last_p = t[1], p_buf);
      SerdNode o = serd_node(t[2], o_buf);
      SerdNode dt{}, lang{};
      if (kind(t[2]) == TermKind::kLiteral) {
        // Serd writes a literal holding a quote or a newline as a long
        // (triple-quoted) string, and Serd 0.30's reader misreads an escape
        // right after a lone '"' inside one: written text "\the" comes
        // back with a tab. Without these flags every literal is a short
        // string with '"', '\' and control characters escaped, which every
        // Turtle reader reads back unchanged.
        o.flags &= ~static_cast<SerdNodeFlags>(SERD_HAS_NEWLINE | SERD_HAS_QUOTE);
        if (datatype(t[2]) != kNoNode) {
          dt = serd_node(datatype(t[2]), dt_buf);
          const std::string_view dt_text(reinterpret_cast<const char*>(dt.buf), dt.n_bytes);
          // A form Serd would write bare but Turtle would not read back
          // (`"1"^^xsd:boolean`, `"x"^^xsd:integer`) keeps its quotes: given
          // as a CURIE, the datatype escapes Serd's abbreviation.
          if (abbreviated && !BareInTurtle(value(t[2]).tail, dt_text)) {
            xsd_curie = "xsd:" + std::string(dt_text.substr(vocab::kXsd.size()));
            dt = serd_node_from_string(SERD_CURIE, U(xsd_curie));
          }
        }
        const std::string_view l = this->lang(t[2]);
        if (!l.empty())
          lang = serd_node_from_substring(SERD_LITERAL, reinterpret_cast<const uint8_t*>(l.data()),
                                          l.size());
      }
      st = serd_writer_write_statement(writer.get(), 0, nullptr, &s, &p, &o,
                                       dt.buf != nullptr ? &dt : nullptr,
                                       lang.buf != nullptr ? &lang : nullptr);
    }
    if (st == SERD_SUCCESS) st = serd_writer_finish(writer.get());
    return st;
  };
  // A finished writer ends with the blank line one writer puts between
  // subjects, so the parts join as they are.
  auto hand_on = [&](ChunkSink& sink, SerdStatus st) -> Status {
    if (!sink.status.ok()) return sink.status;
    if (st != SERD_SUCCESS) {
      return IoError(std::string("serd could not write a statement: ") +
                     reinterpret_cast<const char*>(serd_strerror(st)));
    }
    if (!sink.text.empty()) {
      if (Status s = emit(sink.text); !s.ok()) return s;
    }
    sink.text = std::string();
    return Status::Ok();
  };
  if (parts == 1) {
    // One part streams through `emit` as it is written.
    ChunkSink sink;
    sink.emit = &emit;
    const SerdStatus st = write_part(0, sink);
    return hand_on(sink, st);
  }
  // `writers` threads take the parts in order of their numbers, each into
  // its own text, at most `window` parts ahead of the one handed on next;
  // this thread hands them on in order as they are done, while the writers
  // go on.
  const size_t window = writers + 1;
  struct Done {
    ChunkSink sink;
    SerdStatus status = SERD_SUCCESS;
    bool ready = false;
  };
  std::vector<Done> done(parts);
  std::mutex mu;
  std::condition_variable changed;
  size_t next = 0, handed = 0;
  bool stop = false;
  auto work = [&](unsigned /*thread*/) {
    for (;;) {
      size_t part;
      {
        std::unique_lock<std::mutex> lock(mu);
        changed.wait(lock, [&] { return stop || next >= parts || next < handed + window; });
        if (stop || next >= parts) return;
        part = next++;
      }
      ChunkSink sink;
      const SerdStatus st = write_part(part, sink);
      std::lock_guard<std::mutex> lock(mu);
      done[part].sink = std::move(sink);
      done[part].status = st;
      done[part].ready = true;
      changed.notify_all();
    }
  };
  std::vector<std::thread> threads_writing;
  for (unsigned t = 0; t < writers; ++t) threads_writing.emplace_back(work, t);
  Status result;
  for (size_t part = 0; part < parts && result.ok(); ++part) {
    Done d;
    {
      std::unique_lock<std::mutex> lock(mu);
      changed.wait(lock, [&] { return done[part].ready; });
      d = std::move(done[part]);
    }
    result = hand_on(d.sink, d.status);
    std::lock_guard<std::mutex> lock(mu);
    handed = part + 1;
    if (!result.ok()) stop = true;
    changed.notify_all();
  }
  for (auto& t : threads_writing) t.join();
  return result;
}

Result<Graph> TripleTable::ToGraph() const {
  Graph g;
  for (const auto& t : triples_) {
    if (Status st = g.Add(ToTerm(t[0]), ToTerm(t[1]), ToTerm(t[2])); !st.ok()) return st;
  }
  return g;
}

}  // namespace newskg::internal
