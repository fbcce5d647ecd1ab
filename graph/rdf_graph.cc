#include "graph/rdf_graph.h"

#include <serd/serd.h>
#include <sord/sord.h>

#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "graph/internal/serd_support.h"
#include "graph/internal/triple_table.h"
#include "graph/vocabulary.h"

namespace newskg {
namespace {

using internal::EnvPtr;
using internal::ErrorCollector;
using internal::ReaderPtr;
using internal::ToSerd;
using internal::U;

struct WorldFree {
  void operator()(SordWorld* w) const { sord_world_free(w); }
};
struct ModelFree {
  void operator()(SordModel* m) const { sord_free(m); }
};
struct InserterFree {
  void operator()(SordInserter* i) const { sord_inserter_free(i); }
};
struct IterFree {
  void operator()(SordIter* i) const { sord_iter_free(i); }
};

using WorldPtr = std::unique_ptr<SordWorld, WorldFree>;
using ModelPtr = std::unique_ptr<SordModel, ModelFree>;
using InserterPtr = std::unique_ptr<SordInserter, InserterFree>;
using IterPtr = std::unique_ptr<SordIter, IterFree>;

// Sord's inserter, with every prefixed name checked first: given one whose
// prefix was never declared, Sord prints to stderr and then drops the
// datatype of a literal (the triple changes) or fails with no reason.
struct Insertion {
  SordInserter* inserter;
  SerdEnv* env;
  std::string message;
  // The reader's error sink: Serd 0.30 reads on after some errors it
  // reports (a blank node label without its ':') and hands on statements
  // whose nodes Sord then reads past the end of; none is inserted after a
  // report.
  const internal::ErrorCollector* errors = nullptr;

  // False (and message) when a base or prefix IRI holds bytes no term may.
  bool GoodBytes(const SerdNode* prefix, const SerdNode* uri) noexcept {
    if (!message.empty()) return false;  // the first error stands
    try {
      message = internal::BadTermBytes({prefix, uri});
    } catch (...) {
      message = "out of memory";
    }
    return message.empty();
  }
  static SerdStatus OnBase(void* handle, const SerdNode* uri) noexcept {
    auto* self = static_cast<Insertion*>(handle);
    if (!self->GoodBytes(nullptr, uri)) return SERD_ERR_BAD_SYNTAX;
    return sord_inserter_set_base_uri(self->inserter, uri);
  }
  static SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) noexcept {
    auto* self = static_cast<Insertion*>(handle);
    if (!self->GoodBytes(name, uri)) return SERD_ERR_BAD_SYNTAX;
    return sord_inserter_set_prefix(self->inserter, name, uri);
  }
  static SerdStatus OnStatement(void* handle, SerdStatementFlags flags, const SerdNode* graph,
                                const SerdNode* s, const SerdNode* p, const SerdNode* o,
                                const SerdNode* datatype, const SerdNode* lang) noexcept {
    auto* self = static_cast<Insertion*>(handle);
    if (!self->message.empty()) return SERD_ERR_BAD_SYNTAX;  // the first error stands
    if (self->errors != nullptr && !self->errors->message.empty()) return SERD_ERR_BAD_SYNTAX;
    // Each node again, as Serd makes one from its bytes: with IRIs absolute
    // and the character count that Graph::Add's nodes have. Serd's reader
    // counts the characters of a non-ASCII IRI differently, and Sord keeps
    // nodes with different counts apart, so a subject like <http://ex.org/ü>
    // was not found by Match.
    std::string absolute[4];
    SerdNode fixed[4];
    const SerdNode* in[4] = {s, p, o, datatype};
    try {
      self->message = internal::BadTermBytes({s, p, o, datatype, lang});
      if (!self->message.empty()) return SERD_ERR_BAD_SYNTAX;
      for (int i = 0; i < 4; ++i) {
        const SerdNode* n = in[i];
        if (n == nullptr || n->buf == nullptr) continue;
        if (n->type != SERD_CURIE && n->type != SERD_URI) {
          fixed[i] = serd_node_from_substring(n->type, n->buf, n->n_bytes);
          in[i] = &fixed[i];
          continue;
        }
        const std::string written(reinterpret_cast<const char*>(n->buf), n->n_bytes);
        if (n->type == SERD_URI && internal::HasScheme(written)) {
          absolute[i] = written;
        } else {
          SerdNode full = serd_env_expand_node(self->env, n);
          if (full.buf == nullptr) {
            self->message = n->type == SERD_CURIE
                                ? "undefined prefix in '" + written + "'"
                                : "cannot resolve the relative IRI <" + written + ">";
            return SERD_ERR_BAD_CURIE;
          }
          absolute[i].assign(reinterpret_cast<const char*>(full.buf), full.n_bytes);
          serd_node_free(&full);
          if (!internal::HasScheme(absolute[i])) {
            self->message = (n->type == SERD_CURIE ? "'" + written + "'" : "<" + written + ">") +
                            " expands to <" + absolute[i] + ">, which is not an absolute IRI";
            return SERD_ERR_BAD_CURIE;
          }
        }
        fixed[i] = serd_node_from_substring(SERD_URI, U(absolute[i]), absolute[i].size());
        in[i] = &fixed[i];
      }
    } catch (...) {  // out of memory
      return SERD_ERR_INTERNAL;
    }
    return sord_inserter_write_statement(self->inserter, flags, graph, in[0], in[1], in[2], in[3],
                                         lang);
  }
};

}  // namespace

struct Graph::Impl {
  explicit Impl(bool query_indexes)
      : model(sord_new(world.get(), query_indexes ? (SORD_SPO | SORD_OPS | SORD_PSO) : SORD_SPO,
                       false)) {}
  WorldPtr world{sord_world_new()};
  ModelPtr model;
  unsigned file_counter = 0;

  SordNode* Node(const Term& t) {
    switch (t.kind) {
      case TermKind::kIri:
        return sord_new_uri(world.get(), U(t.value));
      case TermKind::kBlank:
        return sord_new_blank(world.get(), U(t.value));
      case TermKind::kLiteral: {
        SordNode* dt = t.datatype.empty() ? nullptr : sord_new_uri(world.get(), U(t.datatype));
        SordNode* n = sord_new_literal(world.get(), dt, U(t.value),
                                       t.lang.empty() ? nullptr : t.lang.c_str());
        if (dt != nullptr) sord_node_free(world.get(), dt);
        return n;
      }
    }
    return nullptr;
  }

  static Term ToTerm(const SordNode* n) {
    Term t;
    // By length: a node Sord made from some malformed input holds no final
    // NUL (found by the validate fuzzer).
    size_t bytes = 0;
    const uint8_t* str = sord_node_get_string_counted(n, &bytes);
    t.value.assign(reinterpret_cast<const char*>(str), bytes);
    switch (sord_node_get_type(n)) {
      case SORD_URI:
        t.kind = TermKind::kIri;
        break;
      case SORD_BLANK:
        t.kind = TermKind::kBlank;
        break;
      case SORD_LITERAL: {
        t.kind = TermKind::kLiteral;
        if (const SordNode* dt = sord_node_get_datatype(n)) {
          size_t dt_bytes = 0;
          const uint8_t* dt_str = sord_node_get_string_counted(dt, &dt_bytes);
          t.datatype.assign(reinterpret_cast<const char*>(dt_str), dt_bytes);
        }
        if (const char* lang = sord_node_get_language(n)) t.lang = lang;
        break;
      }
    }
    return t;
  }
};

Graph::Graph(bool query_indexes) : impl_(std::make_unique<Impl>(query_indexes)) {}
Graph::~Graph() = default;
Graph::Graph(Graph&&) noexcept = default;
Graph& Graph::operator=(Graph&&) noexcept = default;

bool ParseSyntaxName(const std::string& name, Syntax& out) {
  if (name == "turtle" || name == "ttl") {
    out = Syntax::kTurtle;
  } else if (name == "ntriples" || name == "nt") {
    out = Syntax::kNTriples;
  } else if (name == "nquads" || name == "nq") {
    out = Syntax::kNQuads;
  } else if (name == "trig") {
    out = Syntax::kTriG;
  } else {
    return false;
  }
  return true;
}

Syntax SyntaxForPath(const std::string& path) {
  auto ends = [&](const char* ext) {
    const size_t n = std::strlen(ext);
    return path.size() >= n && path.compare(path.size() - n, n, ext) == 0;
  };
  if (ends(".nt")) return Syntax::kNTriples;
  if (ends(".nq")) return Syntax::kNQuads;
  if (ends(".trig")) return Syntax::kTriG;
  return Syntax::kTurtle;
}

const std::vector<std::pair<std::string, std::string>>& Graph::Prefixes() {
  static const std::vector<std::pair<std::string, std::string>> kPrefixes = {
      {"nkg", vocab::kNkg},   {"rdf", vocab::kRdf},   {"rdfs", vocab::kRdfs},
      {"xsd", vocab::kXsd},   {"skos", vocab::kSkos}, {"schema", vocab::kSchema},
      {"prov", vocab::kProv}, {"sem", vocab::kSem},   {"owl", vocab::kOwl},
      {"sh", vocab::kSh},
  };
  return kPrefixes;
}

Status Graph::Add(const Term& s, const Term& p, const Term& o) {
  SordWorld* w = impl_->world.get();
  SordNode* sn = impl_->Node(s);
  SordNode* pn = impl_->Node(p);
  SordNode* on = impl_->Node(o);
  Status st;
  if (sn == nullptr || pn == nullptr || on == nullptr) {
    st = InvalidArgument("cannot make an RDF node");
  } else {
    const SordQuad quad = {sn, pn, on, nullptr};
    sord_add(impl_->model.get(), quad);
  }
  for (SordNode* n : {sn, pn, on}) {
    if (n != nullptr) sord_node_free(w, n);
  }
  return st;
}

Status Graph::ReadString(const std::string& text, Syntax syntax, const std::string& name) {
  if (Status st = internal::CheckNoNul(text, name); !st.ok()) return st;
  // An empty document is an empty graph. Serd 0.30 is not given one: its
  // string reader reads on past the terminating NUL of an empty string.
  if (text.empty()) return Status::Ok();
  // Relative IRIs resolve against the file's own URI.
  const std::string base_uri = internal::BaseUriFor(name);
  const SerdNode base = serd_node_from_string(SERD_URI, U(base_uri));
  EnvPtr env(serd_env_new(&base));
  InserterPtr inserter(sord_inserter_new(impl_->model.get(), env.get()));
  Insertion insertion{inserter.get(), env.get(), ""};
  ReaderPtr reader(serd_reader_new(ToSerd(syntax), &insertion, nullptr, &Insertion::OnBase,
                                   &Insertion::OnPrefix, &Insertion::OnStatement, nullptr));
  ErrorCollector errors{name, ""};
  insertion.errors = &errors;
  serd_reader_set_error_sink(reader.get(), &ErrorCollector::Sink, &errors);
  serd_reader_set_strict(reader.get(), true);
  const std::string blank_prefix = "f" + std::to_string(++impl_->file_counter) + "_";
  serd_reader_add_blank_prefix(reader.get(), U(blank_prefix));
  std::string fixed;
  if (syntax == Syntax::kTurtle || syntax == Syntax::kTriG) {
    internal::IntegerDotFilter dots;
    dots.Feed(text.data(), text.size(), fixed);
    dots.Finish(fixed);
  }
  const SerdStatus st = serd_reader_read_string(reader.get(), U(fixed.empty() ? text : fixed));
  if (!insertion.message.empty()) return ParseError(name + ": " + insertion.message);
  // Serd 0.30 reports some errors through the sink and then reads on (a
  // blank node label without its ':'): a reported error fails the document
  // whatever the status.
  if (st != SERD_SUCCESS || !errors.message.empty()) {
    return ParseError(errors.message.empty()
                          ? name + ": " + reinterpret_cast<const char*>(serd_strerror(st))
                          : errors.message);
  }
  return Status::Ok();
}

Status Graph::ReadFile(const std::string& path, Syntax syntax) {
  std::string data;
  if (Status st = internal::ReadWholeFile(path, data); !st.ok()) return st;
  return ReadString(data, syntax, path);
}

Status Graph::Write(std::string& out, Syntax syntax) const {
  // One writer for every graph newskg writes: the triple table's, which
  // sorts as Sord iterates.
  internal::TripleTable table;
  if (Status st = table.AddGraph(*this); !st.ok()) return st;
  table.SortUnique();
  return table.Write(out, syntax);
}

std::vector<Triple> Graph::Match(const Term* s, const Term* p, const Term* o) const {
  SordWorld* w = impl_->world.get();
  SordNode* sn = s != nullptr ? impl_->Node(*s) : nullptr;
  SordNode* pn = p != nullptr ? impl_->Node(*p) : nullptr;
  SordNode* on = o != nullptr ? impl_->Node(*o) : nullptr;
  std::vector<Triple> out;
  IterPtr it(sord_search(impl_->model.get(), sn, pn, on, nullptr));
  for (; it && !sord_iter_end(it.get()); sord_iter_next(it.get())) {
    SordQuad q;
    sord_iter_get(it.get(), q);
    out.push_back({Impl::ToTerm(q[0]), Impl::ToTerm(q[1]), Impl::ToTerm(q[2])});
  }
  for (SordNode* n : {sn, pn, on}) {
    if (n != nullptr) sord_node_free(w, n);
  }
  return out;
}

void Graph::ForEach(const std::function<void(const Triple&)>& fn) const {
  IterPtr it(sord_begin(impl_->model.get()));
  Triple t;
  for (; it && !sord_iter_end(it.get()); sord_iter_next(it.get())) {
    SordQuad q;
    sord_iter_get(it.get(), q);
    t.s = Impl::ToTerm(q[0]);
    t.p = Impl::ToTerm(q[1]);
    t.o = Impl::ToTerm(q[2]);
    fn(t);
  }
}

size_t Graph::size() const { return sord_num_quads(impl_->model.get()); }

}  // namespace newskg
