// TripleTable's reading: Serd's reader into interned ids, on one thread or
// (a large document) parsed on one and interned on another; Turtle and TriG
// through IntegerDotFilter (a file fed by FileSource, file_source.h). Split
// from triple_table.cc, which holds the table itself.
#include <algorithm>
#include <array>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#include "graph/internal/file_source.h"
#include "graph/internal/serd_support.h"
#include "graph/internal/triple_table.h"

namespace newskg::internal {
namespace {

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
  // The last literal's datatype as expanded, and its id (kNoNode: none yet);
  // a few datatypes serve all literals.
  std::string last_dt;
  NodeId last_dt_id = kNoNode;
  // IRIs interned lately, by a hash of their length and last bytes: the
  // predicates, and the objects (classes, entities), repeat; one lookup
  // here instead of splitting and hashing the IRI (id kNoNode: none).
  struct RecentIri {
    std::string text;
    NodeId id = kNoNode;
  };
  std::array<RecentIri, 32> recent_predicates;
  std::array<RecentIri, 128> recent_objects;

  template <size_t kSize>
  NodeId InternIri(std::array<RecentIri, kSize>& recent, std::string_view v) {
    uint64_t last = 0;
    const size_t n = std::min<size_t>(v.size(), 8);
    std::memcpy(&last, v.data() + v.size() - n, n);
    RecentIri& r = recent[((last ^ v.size()) * 0x9E3779B97F4A7C15ULL) >> 32 & (kSize - 1)];
    if (r.id != kNoNode && r.text == v) return r.id;
    r.id = table->Intern(TermKind::kIri, v);
    r.text.assign(v);
    return r.id;
  }
  void ForgetIds() {
    have_last = false;
    last_dt_id = kNoNode;
    for (auto& r : recent_predicates) r.id = kNoNode;
    for (auto& r : recent_objects) r.id = kNoNode;
  }

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
      if (!same_p)
        last_p_id = pk == TermKind::kIri ? InternIri(recent_predicates, pv) : table->Intern(pk, pv);
      NodeId dt = kNoNode;
      if (dv.data() != nullptr) {
        if (last_dt_id == kNoNode || dv != last_dt) {
          last_dt_id = table->Intern(TermKind::kIri, dv);
          last_dt.assign(dv);
        }
        dt = last_dt_id;
      }
      table->Add(
          last_s_id, last_p_id,
          ok == TermKind::kIri ? InternIri(recent_objects, ov) : table->Intern(ok, ov, dt, lv));
      switch (table->DrainIfDue()) {
        case TripleTable::Drain::kNotDue:
          break;
        case TripleTable::Drain::kDrained:
          ForgetIds();  // the ids it remembers are gone
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
  std::string batch, last_dt;
  NodeId s = kNoNode, p = kNoNode, last_dt_id = kNoNode;
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
          NodeId dt = kNoNode;
          if (dt_tag != kNone) {
            if (last_dt_id == kNoNode || dv != last_dt) {
              last_dt_id = table.Intern(TermKind::kIri, dv);
              last_dt.assign(dv);
            }
            dt = last_dt_id;
          }
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
  // Serd 0.30 reports some errors through the sink and then reads on (a
  // blank node label without its ':'): a reported error fails the document
  // whatever the status.
  const bool reported = !errors.message.empty();
  if (drain_ && st.ok() && reading.message.empty() && !reported && !triples_.empty()) {
    if (Status d = drain_(*this); !d.ok()) return d;
    Clear();
  }
  if (interner.joinable()) {
    if (!reading.batch.empty()) queue.Push(std::move(reading.batch));
    queue.Close();
    interner.join();
    if (!intern_failure.empty() && st.ok()) st = InvalidArgument(name + ": " + intern_failure);
  }
  if (!st.ok() || !reading.message.empty() || reported) {
    triples_.resize(before);  // nothing of a broken document stays
    if (!st.message().empty()) return st;
    if (!reading.message.empty()) return ParseError(reading.message);
    return ParseError(errors.message.empty() ? name + ": not valid RDF" : errors.message);
  }
  return Status::Ok();
}

}  // namespace newskg::internal
