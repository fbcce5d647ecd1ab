#include "graph/internal/named_graphs.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "graph/internal/serd_support.h"

namespace newskg::internal {
namespace {

// Reads the statements of named graphs; the default graph's are skipped.
struct QuadReading {
  NamedGraphs* graphs;
  SerdEnv* env;
  Status status;

  // The term of a node: IRIs made absolute (CURIEs and relative IRIs through
  // the document's prefixes and base), blank nodes as labelled.
  bool ToTerm(const SerdNode* n, TermKind& kind, std::string& out) {
    const auto* bytes = reinterpret_cast<const char*>(n->buf);
    if (n->type == SERD_BLANK) {
      kind = TermKind::kBlank;
      out.assign(bytes, n->n_bytes);
      return true;
    }
    if (n->type != SERD_URI && n->type != SERD_CURIE) return false;
    kind = TermKind::kIri;
    if (n->type == SERD_URI && HasScheme(n->buf, n->n_bytes)) {
      out.assign(bytes, n->n_bytes);
      return true;
    }
    SerdNode full = serd_env_expand_node(env, n);
    if (full.buf == nullptr) return false;
    out.assign(reinterpret_cast<const char*>(full.buf), full.n_bytes);
    serd_node_free(&full);
    return HasScheme(out);
  }

  static SerdStatus OnBase(void* handle, const SerdNode* uri) noexcept {
    return serd_env_set_base_uri(static_cast<QuadReading*>(handle)->env, uri);
  }
  static SerdStatus OnPrefix(void* handle, const SerdNode* name, const SerdNode* uri) noexcept {
    return serd_env_set_prefix(static_cast<QuadReading*>(handle)->env, name, uri);
  }
  static SerdStatus OnStatement(void* handle, SerdStatementFlags /*flags*/, const SerdNode* graph,
                                const SerdNode* s, const SerdNode* p, const SerdNode* o,
                                const SerdNode* datatype, const SerdNode* lang) noexcept {
    auto* self = static_cast<QuadReading*>(handle);
    if (graph == nullptr || graph->buf == nullptr) return SERD_SUCCESS;  // the default graph
    try {
      Term g, ts, tp, to;
      if (!self->ToTerm(graph, g.kind, g.value) || !self->ToTerm(s, ts.kind, ts.value) ||
          !self->ToTerm(p, tp.kind, tp.value)) {
        self->status = ParseError("a term of a named graph cannot be read");
        return SERD_ERR_BAD_SYNTAX;
      }
      if (o->type == SERD_LITERAL) {
        to.kind = TermKind::kLiteral;
        to.value.assign(reinterpret_cast<const char*>(o->buf), o->n_bytes);
        if (datatype != nullptr && datatype->buf != nullptr) {
          TermKind k;
          if (!self->ToTerm(datatype, k, to.datatype)) {
            self->status = ParseError("a datatype of a named graph cannot be read");
            return SERD_ERR_BAD_SYNTAX;
          }
        }
        if (lang != nullptr && lang->buf != nullptr)
          to.lang.assign(reinterpret_cast<const char*>(lang->buf), lang->n_bytes);
      } else if (!self->ToTerm(o, to.kind, to.value)) {
        self->status = ParseError("a term of a named graph cannot be read");
        return SERD_ERR_BAD_SYNTAX;
      }
      self->status = self->graphs->Add(g, ts, tp, to);
      return self->status.ok() ? SERD_SUCCESS : SERD_ERR_INTERNAL;
    } catch (...) {
      self->status = InvalidArgument("out of memory");
      return SERD_ERR_INTERNAL;
    }
  }
};

// An N-Triples or N-Quads form of a graph name.
std::string NameOf(const Term& g) {
  return g.kind == TermKind::kBlank ? "_:" + g.value : "<" + g.value + ">";
}

}  // namespace

Status NamedGraphs::Add(const Term& g, const Term& s, const Term& p, const Term& o) {
  if (g.kind == TermKind::kIri) {
    for (char c : g.value) {
      // Bytes an IRI may not hold in N-Quads or TriG; names read or minted never do.
      if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"' ||
          c == '{' || c == '}' || c == '|' || c == '^' || c == '`' || c == '\\')
        return InvalidArgument("graph name <" + g.value + "> is not an IRI");
    }
  }
  std::lock_guard<std::mutex> lock(mu_);
  try {
    quads_.push_back({nodes_.Intern(g), nodes_.Intern(s), nodes_.Intern(p), nodes_.Intern(o)});
  } catch (const std::length_error& e) {
    return InvalidArgument(e.what());
  }
  return Status::Ok();
}

Status NamedGraphs::ReadFile(const std::string& path, Syntax syntax) {
  if (syntax != Syntax::kNQuads && syntax != Syntax::kTriG) return Status::Ok();
  std::string text;
  if (Status s = ReadWholeFile(path, text); !s.ok()) return s;
  if (text.empty()) return Status::Ok();
  if (syntax == Syntax::kTriG) {
    std::string fixed;
    IntegerDotFilter dots;
    dots.Feed(text.data(), text.size(), fixed);
    dots.Finish(fixed);
    text = std::move(fixed);
  }
  const std::string base_uri = BaseUriFor(path);
  const SerdNode base = serd_node_from_string(SERD_URI, U(base_uri));
  EnvPtr env(serd_env_new(&base));
  QuadReading reading{this, env.get(), Status::Ok()};
  ReaderPtr reader(serd_reader_new(ToSerd(syntax), &reading, nullptr, &QuadReading::OnBase,
                                   &QuadReading::OnPrefix, &QuadReading::OnStatement, nullptr));
  ErrorCollector errors{path, ""};
  serd_reader_set_error_sink(reader.get(), &ErrorCollector::Sink, &errors);
  serd_reader_set_strict(reader.get(), true);
  const std::string blank_prefix = "g" + std::to_string(++files_) + "_";
  serd_reader_add_blank_prefix(reader.get(), U(blank_prefix));
  const SerdStatus st = serd_reader_read_string(reader.get(), U(text));
  if (!reading.status.ok()) return Status(reading.status.code(), path + ": " + reading.status.message());
  if (st != SERD_SUCCESS) return ParseError(errors.message.empty() ? path + ": cannot read" : errors.message);
  return Status::Ok();
}

Status NamedGraphs::Write(const std::function<Status(std::string_view)>& emit,
                          Syntax syntax) const {
  if (syntax != Syntax::kNQuads && syntax != Syntax::kTriG) return Status::Ok();
  if (quads_.empty()) return Status::Ok();
  // The graphs by name; each graph's statements in a table of its own,
  // written by the one writer so they come out as the default graph's do.
  std::map<std::pair<TermKind, std::string_view>, std::vector<size_t>> by_graph;
  for (size_t i = 0; i < quads_.size(); ++i)
    by_graph[{nodes_.kind(quads_[i][0]), nodes_.value(quads_[i][0])}].push_back(i);
  std::vector<std::string> prefixes;  // TriG: declared once, before the blocks
  std::set<std::string> declared;
  std::vector<std::pair<std::string, std::string>> bodies;  // (graph name, statements)
  for (const auto& [key, indices] : by_graph) {
    TripleTable table;
    for (size_t i : indices) {
      const auto& q = quads_[i];
      if (Status s = table.Add(nodes_.ToTerm(q[1]), nodes_.ToTerm(q[2]), nodes_.ToTerm(q[3]));
          !s.ok())
        return s;
    }
    table.SortUnique();
    std::string text;
    if (Status s = table.Write(text, syntax == Syntax::kTriG ? Syntax::kTurtle : Syntax::kNTriples);
        !s.ok())
      return s;
    const std::string name = NameOf(nodes_.ToTerm(quads_[indices.front()][0]));
    if (syntax == Syntax::kNQuads) {
      // Each N-Triples line "<s> <p> <o> ." gets the graph before its dot.
      std::string quads;
      quads.reserve(text.size() + indices.size() * (name.size() + 1));
      for (size_t at = 0; at < text.size();) {
        size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        std::string_view line(text.data() + at, end - at);
        if (line.size() >= 2 && line.substr(line.size() - 2) == " .") {
          quads.append(line.substr(0, line.size() - 1));
          quads.append(name);
          quads.append(" .\n");
        } else if (!line.empty()) {
          return InvalidArgument("unexpected N-Triples line: " + std::string(line));
        }
        at = end + 1;
      }
      if (Status s = emit(quads); !s.ok()) return s;
      continue;
    }
    // TriG: the prefix lines go before every block, the rest in the block.
    std::string body;
    for (size_t at = 0; at < text.size();) {
      size_t end = text.find('\n', at);
      if (end == std::string::npos) end = text.size();
      const std::string line = text.substr(at, end - at);
      if (line.rfind("@prefix ", 0) == 0) {
        if (declared.insert(line).second) prefixes.push_back(line);
      } else if (!(body.empty() && line.empty())) {
        body += line;
        body += '\n';
      }
      at = end + 1;
    }
    while (body.size() >= 2 && body[body.size() - 1] == '\n' && body[body.size() - 2] == '\n')
      body.pop_back();
    bodies.emplace_back(name, std::move(body));
  }
  if (syntax == Syntax::kTriG) {
    std::string head = "\n";
    for (const auto& p : prefixes) head += p + "\n";
    if (Status s = emit(head); !s.ok()) return s;
    for (const auto& [name, body] : bodies) {
      if (Status s = emit("\n" + name + " {\n" + body + "}\n"); !s.ok()) return s;
    }
  }
  return Status::Ok();
}

}  // namespace newskg::internal
