#include "ontology/validator.h"

#include <cstdlib>
#include <map>
#include <optional>
#include <regex>
#include <set>

#include "extract/reader.h"
#include "graph/vocabulary.h"

#ifndef NEWSKG_ONTOLOGY_DIR
#define NEWSKG_ONTOLOGY_DIR "ontology"
#endif

namespace newskg {
namespace {

Term Iri(const std::string& v) { return Term::Iri(v); }
const Term kType = Term::Iri(vocab::kType);

bool AllDigits(const std::string& s, size_t b, size_t e) {
  if (b >= e || e > s.size()) return false;
  for (size_t i = b; i < e; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  return true;
}

// Is `lex` a valid lexical form of datatype `dt`? Unknown datatypes pass.
bool LexicalOk(const std::string& lex, const std::string& dt) {
  const std::string x = vocab::kXsd;
  if (dt == x + "date") return IsValidIsoDate(lex);
  if (dt == x + "gYearMonth") {
    return lex.size() == 7 && AllDigits(lex, 0, 4) && lex[4] == '-' && AllDigits(lex, 5, 7) &&
           std::stoi(lex.substr(5)) >= 1 && std::stoi(lex.substr(5)) <= 12;
  }
  if (dt == x + "gYear") return lex.size() == 4 && AllDigits(lex, 0, 4);
  if (dt == x + "integer") {
    const size_t b = !lex.empty() && (lex[0] == '-' || lex[0] == '+') ? 1 : 0;
    return AllDigits(lex, b, lex.size());
  }
  if (dt == x + "decimal") {
    const size_t b = !lex.empty() && (lex[0] == '-' || lex[0] == '+') ? 1 : 0;
    const size_t dot = lex.find('.');
    if (dot == std::string::npos) return AllDigits(lex, b, lex.size());
    return AllDigits(lex, b, dot) && AllDigits(lex, dot + 1, lex.size());
  }
  return true;
}

std::string Show(const Term& t) {
  if (t.kind == TermKind::kIri) return "<" + t.value + ">";
  if (t.kind == TermKind::kBlank) return "_:" + t.value;
  return "\"" + t.value + "\"";
}

}  // namespace

std::string DefaultOntologyDir() {
  const char* env = std::getenv("NEWSKG_ONTOLOGY_DIR");
  return env != nullptr && *env != '\0' ? env : NEWSKG_ONTOLOGY_DIR;
}

Result<Validator> Validator::Load(const std::string& dir_in) {
  const std::string dir = dir_in.empty() ? DefaultOntologyDir() : dir_in;
  Validator v;
  if (Status s = v.ontology_.ReadFile(dir + "/newskg.ttl", Syntax::kTurtle); !s.ok()) return s;
  if (Status s = v.shapes_.ReadFile(dir + "/shapes.ttl", Syntax::kTurtle); !s.ok()) return s;
  return v;
}

std::vector<Violation> Validator::Validate(const Graph& data) const {
  std::vector<Violation> out;
  const std::string sh = vocab::kSh;
  // Subclass closure from the ontology.
  std::map<std::string, std::set<std::string>> supers;
  const Term sub = Iri(vocab::kRdfs + "subClassOf");
  for (const auto& t : ontology_.Match(nullptr, &sub, nullptr)) supers[t.s.value].insert(t.o.value);
  auto is_a = [&](const std::string& cls, const std::string& target) {
    std::set<std::string> seen;
    std::vector<std::string> todo{cls};
    while (!todo.empty()) {
      std::string c = todo.back();
      todo.pop_back();
      if (c == target) return true;
      if (!seen.insert(c).second) continue;
      for (const auto& s : supers[c]) todo.push_back(s);
    }
    return false;
  };
  auto has_type = [&](const Term& node, const std::string& cls) {
    for (const auto& t : data.Match(&node, &kType, nullptr)) {
      if (is_a(t.o.value, cls)) return true;
    }
    return false;
  };
  // Declared terms of the ontology namespace.
  std::set<std::string> declared;
  for (const auto& t : ontology_.Match(nullptr, &kType, nullptr)) declared.insert(t.s.value);
  for (const auto& t : data.Match(nullptr, nullptr, nullptr)) {
    if (t.p.value.rfind(vocab::kNkg, 0) == 0 && declared.count(t.p.value) == 0) {
      out.push_back({Show(t.s), t.p.value, "property is not declared in the newskg ontology"});
    }
    if (t.p.value == vocab::kType && t.o.value.rfind(vocab::kNkg, 0) == 0 &&
        declared.count(t.o.value) == 0) {
      out.push_back({Show(t.s), vocab::kType,
                     "class " + t.o.value + " is not declared in the newskg ontology"});
    }
    if (t.o.kind == TermKind::kLiteral && !t.o.datatype.empty() &&
        !LexicalOk(t.o.value, t.o.datatype)) {
      out.push_back({Show(t.s), t.p.value, "\"" + t.o.value + "\" is not a valid " + t.o.datatype});
    }
  }
  // Node shapes.
  const Term target_class = Iri(sh + "targetClass");
  const Term property = Iri(sh + "property");
  for (const auto& ts : shapes_.Match(nullptr, &target_class, nullptr)) {
    const Term& shape = ts.s;
    const std::string cls = ts.o.value;
    std::set<std::string> focus_seen;
    std::vector<Term> focus;
    for (const auto& t : data.Match(nullptr, &kType, nullptr)) {
      if (is_a(t.o.value, cls) && focus_seen.insert(t.s.value).second) focus.push_back(t.s);
    }
    for (const auto& pt : shapes_.Match(&shape, &property, nullptr)) {
      const Term& ps = pt.o;
      auto one = [&](const std::string& name) -> std::optional<Term> {
        const Term pred = Iri(sh + name);
        const auto found = shapes_.Match(&ps, &pred, nullptr);
        if (found.empty()) return std::nullopt;
        return found.front().o;
      };
      const auto p = one("path");
      if (!p || p->kind != TermKind::kIri) continue;
      const Term pterm = *p;
      auto get_str = [&](const std::string& name) -> std::optional<std::string> {
        const auto t = one(name);
        return t ? std::optional<std::string>(t->value) : std::nullopt;
      };
      const auto min_count = get_str("minCount");
      const auto max_count = get_str("maxCount");
      const auto datatype = get_str("datatype");
      const auto klass = get_str("class");
      const auto node_kind = get_str("nodeKind");
      const auto pattern = get_str("pattern");
      const auto min_incl = get_str("minInclusive");
      for (const Term& f : focus) {
        const auto values = data.Match(&f, &pterm, nullptr);
        const std::string fs = Show(f);
        if (min_count && values.size() < std::strtoul(min_count->c_str(), nullptr, 10)) {
          out.push_back({fs, pterm.value,
                         "has " + std::to_string(values.size()) + " values; at least " +
                             *min_count + " required"});
        }
        if (max_count && values.size() > std::strtoul(max_count->c_str(), nullptr, 10)) {
          out.push_back({fs, pterm.value,
                         "has " + std::to_string(values.size()) + " values; at most " + *max_count +
                             " allowed"});
        }
        for (const auto& v : values) {
          if (datatype &&
              (v.o.kind != TermKind::kLiteral ||
               (v.o.datatype.empty() ? vocab::kXsd + "string" : v.o.datatype) != *datatype)) {
            out.push_back(
                {fs, pterm.value, "value " + Show(v.o) + " is not of datatype " + *datatype});
          }
          if (klass && (v.o.kind == TermKind::kLiteral || !has_type(v.o, *klass))) {
            out.push_back({fs, pterm.value, "value " + Show(v.o) + " is not a " + *klass});
          }
          if (node_kind) {
            const bool iri_ok = *node_kind == sh + "IRI" && v.o.kind == TermKind::kIri;
            const bool lit_ok = *node_kind == sh + "Literal" && v.o.kind == TermKind::kLiteral;
            if (!iri_ok && !lit_ok) {
              out.push_back(
                  {fs, pterm.value, "value " + Show(v.o) + " is not of node kind " + *node_kind});
            }
          }
          if (pattern && !std::regex_search(v.o.value, std::regex(*pattern))) {
            out.push_back({fs, pterm.value, "value " + Show(v.o) + " does not match " + *pattern});
          }
          if (min_incl && v.o.kind == TermKind::kLiteral) {
            char* end = nullptr;
            const double value = std::strtod(v.o.value.c_str(), &end);
            if (end == v.o.value.c_str() || *end != '\0') {
              out.push_back({fs, pterm.value, "value " + Show(v.o) + " is not a number"});
            } else if (value < std::strtod(min_incl->c_str(), nullptr)) {
              out.push_back({fs, pterm.value, "value " + Show(v.o) + " is below " + *min_incl});
            }
          }
        }
      }
    }
  }
  return out;
}

}  // namespace newskg
