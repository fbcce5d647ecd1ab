// TripleTable's writing: the sorted triples through Serd's writer, with the
// project's prefixes, on one thread streaming or on several in parts handed
// on in order. Split from triple_table.cc, which holds the table itself.
#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "graph/internal/serd_support.h"
#include "graph/internal/triple_table.h"
#include "graph/vocabulary.h"

namespace newskg::internal {
namespace {

// A datatype as Serd's writer reads it: not XML Schema's, one of its types
// Serd writes bare (below), or another.
enum class XsdType { kNone, kOther, kBoolean, kInteger, kDecimal };
XsdType XsdTypeOf(std::string_view datatype) {
  constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
  if (datatype.substr(0, kXsd.size()) != kXsd) return XsdType::kNone;
  const std::string_view local = datatype.substr(kXsd.size());
  if (local == "boolean") return XsdType::kBoolean;
  if (local == "integer") return XsdType::kInteger;
  if (local == "decimal") return XsdType::kDecimal;
  return XsdType::kOther;
}

// Serd abbreviates every xsd:integer and xsd:boolean literal, and every
// xsd:decimal with a '.', to a bare Turtle number or boolean without looking
// at the form. This says whether the form is one Turtle reads back as that
// same literal: INTEGER, DECIMAL (digits after the '.'), `true`, `false`.
bool BareInTurtle(std::string_view lex, XsdType type) {
  if (type == XsdType::kBoolean) return lex == "true" || lex == "false";
  if (type != XsdType::kInteger && type != XsdType::kDecimal) return true;
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
  return type == XsdType::kInteger ? whole > 0 && !dot : !dot || fraction > 0;
}

// Whether Serd writes a literal of this form and datatype bare (a Turtle
// number or boolean, without its datatype): xsd:integer and xsd:boolean
// always, xsd:decimal with a '.' not at its end.
bool SerdWritesBare(std::string_view lex, XsdType type) {
  if (type == XsdType::kInteger || type == XsdType::kBoolean) return true;
  return type == XsdType::kDecimal && lex.find('.') != std::string_view::npos && lex.back() != '.';
}

// Whether Serd writes `local` after a prefix: ASCII letters and digits only.
bool SerdLocalName(std::string_view local) {
  for (const char c : local) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

}  // namespace

std::string_view TripleTable::NodeCuries::Get(NodeId n) const {
  if (at.empty() || at[n] == kNone) return {};
  return std::string_view(text.data() + at[n]);  // up to its NUL
}

std::vector<uint8_t> TripleTable::NodeUses() const {
  if (uses_.size() == node_count() && uses_triples_ == triples_.size()) return uses_;
  std::vector<uint8_t> uses(node_count(), 0);
  for (const IdTriple t : triples_) {
    uses[t[0]] |= kAsTerm;
    uses[t[1]] |= kAsPredicate;
    uses[t[2]] |= kAsTerm;
  }
  return uses;
}

TripleTable::NodeCuries TripleTable::FindCuries(
    std::vector<std::pair<std::string, std::string>>& declared) const {
  const auto& all = Graph::Prefixes();
  NodeCuries out;
  // rdf:type as a predicate is written "a" (found among the predicates: no
  // index, which SortUnique let go).
  const std::string type_iri = std::string(vocab::kRdf) + "type";
  for (const NodeId p : triples_.predicates()) {
    if (kind(p) == TermKind::kIri && value(p) == type_iri) out.type = p;
  }
  const std::string nil_iri = std::string(vocab::kRdf) + "nil";
  // Per prefix of the table's IRIs (prefixes_), when first needed: which of
  // `all` every IRI under it starts with (bits 0-31) and which start with
  // it, where the suffix decides (bits 32-63).
  std::vector<std::pair<uint64_t, bool>> by_prefix(prefixes_.size(), {0, false});
  auto prefix_masks = [&](uint32_t link) {
    auto& [masks, done] = by_prefix[link];
    if (!done) {
      const std::string_view head(At(prefixes_[link].offset), prefixes_[link].length);
      for (size_t k = 0; k < all.size(); ++k) {
        const std::string_view ns = all[k].second;
        if (ns.size() <= head.size() ? head.substr(0, ns.size()) == ns
                                     : ns.substr(0, head.size()) == head)
          masks |= uint64_t{1} << (ns.size() <= head.size() ? k : k + 32);
      }
      done = true;
    }
    return masks;
  };
  // Which of `all` an IRI starts with, as bits.
  auto matches = [&](NodeId id) {
    const TermText v = value(id);
    uint32_t m = 0;
    if (nodes_[id].link == kNoNode) {
      for (size_t k = 0; k < all.size(); ++k) m |= v.starts_with(all[k].second) ? 1U << k : 0U;
      return m;
    }
    const uint64_t masks = prefix_masks(nodes_[id].link);
    m = static_cast<uint32_t>(masks);
    for (uint32_t partial = static_cast<uint32_t>(masks >> 32); partial != 0;
         partial &= partial - 1) {
      const auto k = static_cast<size_t>(__builtin_ctz(partial));
      if (v.starts_with(all[k].second)) m |= 1U << k;
    }
    return m;
  };
  uint32_t used = 0;
  std::vector<bool> seen(node_count(), false);
  std::string joined;
  // A node written as an IRI: the prefixes it uses, and its prefixed name
  // when Serd would write one (the first prefix it starts with, a suffix of
  // letters and digits, never rdf:nil, which Serd writes "()").
  auto visit = [&](NodeId id) {
    if (seen[id]) return;
    seen[id] = true;
    const uint32_t m = matches(id);
    if (m == 0) return;
    used |= m;
    const auto k = static_cast<size_t>(__builtin_ctz(m));
    joined = value(id).str();
    const std::string_view local = std::string_view(joined).substr(all[k].second.size());
    if (!HasScheme(joined) || joined == nil_iri || !SerdLocalName(local)) return;
    if (out.at.empty()) out.at.assign(node_count(), NodeCuries::kNone);
    out.at[id] = static_cast<uint32_t>(out.text.size());
    out.text.append(all[k].first).append(":").append(local).push_back('\0');
  };
  const std::vector<uint8_t> uses = NodeUses();
  for (NodeId id = 0; id < uses.size(); ++id) {
    if (uses[id] == 0) continue;
    const TermKind k = kind(id);
    if (k == TermKind::kLiteral) {
      if (datatype(id) != kNoNode) visit(datatype(id));
    } else if (k == TermKind::kIri && ((uses[id] & kAsTerm) != 0 || id != out.type)) {
      visit(id);
    }
  }
  for (size_t k = 0; k < all.size(); ++k) {
    if ((used >> k & 1U) != 0) declared.push_back(all[k]);
  }
  return out;
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
  const auto style = static_cast<SerdStyle>(abbreviated ? (SERD_STYLE_ABBREVIATED | SERD_STYLE_BULK)
                                                        : (SERD_STYLE_ASCII | SERD_STYLE_BULK));
  // Only the prefixes some IRI of the graph starts with are declared, and an
  // IRI Serd would write as a prefixed name is handed to it as one (a CURIE
  // node, made once per node here), so the writer need not match every IRI
  // it writes against the prefixes (its SERD_STYLE_CURIED is off).
  std::vector<std::pair<std::string, std::string>> prefixes;
  NodeCuries curies;
  if (abbreviated) curies = FindCuries(prefixes);
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
  // The same, as a prefixed name when the node has one.
  auto curie_or_node = [&](NodeId id, std::string& buf) {
    const std::string_view c = curies.Get(id);
    if (c.empty()) return serd_node(id, buf);
    return SerdNode{reinterpret_cast<const uint8_t*>(c.data()), c.size(), c.size(), 0, SERD_CURIE};
  };
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
    std::string xsd_curie, s_buf, p_buf, o_buf, dt_buf, dt_written_buf;
    // The last literal's datatype (a few serve all literals): as Serd
    // reads it to write a number bare, as it is written, and its type.
    NodeId dt_id = kNoNode;
    SerdNode dt_iri{}, dt_written{};
    XsdType dt_type = XsdType::kNone;
    for (size_t i = bounds[part]; i < bounds[part + 1] && st == SERD_SUCCESS; ++i) {
      const IdTriple& t = triples_[i];
      if (t[0] != last_s) s = curie_or_node(last_s = t[0], s_buf);
      // rdf:type as a predicate goes as an IRI, which Serd writes "a".
      if (t[1] != last_p)
        p = t[1] == curies.type ? serd_node(t[1], p_buf) : curie_or_node(t[1], p_buf);
      last_p = t[1];
      SerdNode o = curie_or_node(t[2], o_buf);
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
          if (datatype(t[2]) != dt_id) {
            dt_id = datatype(t[2]);
            dt_iri = serd_node(dt_id, dt_buf);
            dt_type = XsdTypeOf({reinterpret_cast<const char*>(dt_iri.buf), dt_iri.n_bytes});
            dt_written = curie_or_node(dt_id, dt_written_buf);  // a prefixed name if it has one
          }
          dt = dt_iri;
          // A form Serd would write bare but Turtle would not read back
          // (`"1"^^xsd:boolean`, `"x"^^xsd:integer`) keeps its quotes: given
          // as a CURIE, the datatype escapes Serd's abbreviation.
          const std::string_view lex = value(t[2]).tail;
          if (abbreviated && !BareInTurtle(lex, dt_type)) {
            xsd_curie =
                "xsd:" + std::string(reinterpret_cast<const char*>(dt_iri.buf) + vocab::kXsd.size(),
                                     dt_iri.n_bytes - vocab::kXsd.size());
            dt = serd_node_from_string(SERD_CURIE, U(xsd_curie));
          } else if (abbreviated && !SerdWritesBare(lex, dt_type)) {
            dt = dt_written;  // Serd writes the datatype
          }                   // else Serd reads the IRI to write the number bare
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

}  // namespace newskg::internal
