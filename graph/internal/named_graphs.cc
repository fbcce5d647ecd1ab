#include "graph/internal/named_graphs.h"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace newskg::internal {
namespace {

// An N-Triples or N-Quads form of a graph name.
std::string NameOf(const Term& g) {
  return g.kind == TermKind::kBlank ? "_:" + g.value : "<" + g.value + ">";
}

}  // namespace

Status NamedGraphs::Add(const Term& g, const Term& s, const Term& p, const Term& o) {
  if (g.kind == TermKind::kIri) {
    for (char c : g.value) {
      // Bytes an IRI may not hold in N-Quads or TriG; names read or minted never do.
      if (static_cast<unsigned char>(c) <= 0x20 || c == '<' || c == '>' || c == '"' || c == '{' ||
          c == '}' || c == '|' || c == '^' || c == '`' || c == '\\')
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

Status NamedGraphs::ReadFile(TripleTable& table, const std::string& path, Syntax syntax) {
  if (syntax != Syntax::kNQuads && syntax != Syntax::kTriG) return table.ReadFile(path, syntax);
  size_t before;
  {
    std::lock_guard<std::mutex> lock(mu_);
    before = quads_.size();
  }
  // The file's own blank node labels, prefixed per file (as the table does).
  const std::string prefix = "g" + std::to_string(++files_) + "_";
  table.set_quad_handler([&](const Term& g, const Term& s, const Term& p, const Term& o) {
    if (s.kind != TermKind::kBlank && o.kind != TermKind::kBlank && g.kind != TermKind::kBlank)
      return Add(g, s, p, o);
    auto renamed = [&](const Term& t) {
      if (t.kind != TermKind::kBlank) return t;
      Term r = t;
      r.value = prefix + t.value;
      return r;
    };
    return Add(renamed(g), renamed(s), p, renamed(o));
  });
  Status st = table.ReadFile(path, syntax);
  table.set_quad_handler(nullptr);
  if (!st.ok()) {
    std::lock_guard<std::mutex> lock(mu_);
    quads_.resize(before);  // nothing of a broken file stays
  }
  return st;
}

Status NamedGraphs::Write(const std::function<Status(std::string_view)>& emit,
                          Syntax syntax) const {
  if (syntax != Syntax::kNQuads && syntax != Syntax::kTriG) return Status::Ok();
  if (quads_.empty()) return Status::Ok();
  // The graphs by name; each graph's statements in a table of its own,
  // written by the one writer so they come out as the default graph's do.
  // A node per name (the table interns them), so quads group by node first.
  std::unordered_map<NodeId, std::vector<size_t>> by_node;
  for (size_t i = 0; i < quads_.size(); ++i) by_node[quads_[i][0]].push_back(i);
  std::map<std::pair<TermKind, std::string>, std::vector<size_t>> by_graph;
  for (auto& [node, indices] : by_node)
    by_graph.emplace(std::make_pair(nodes_.kind(node), nodes_.value(node).str()),
                     std::move(indices));
  by_node = decltype(by_node)();
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
