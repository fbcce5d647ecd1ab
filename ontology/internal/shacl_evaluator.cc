#include "ontology/internal/shacl_evaluator.h"

#include <unicode/regex.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <functional>
#include <map>

#include "graph/graph.h"
#include "ontology/xsd.h"

namespace newskg::shacl::internal {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

// SPARQL's langMatches with a basic language range.
bool LangMatches(const std::string& tag, const std::string& range) {
  if (tag.empty()) return false;
  if (range == "*") return true;
  const std::string t = Lower(tag), r = Lower(range);
  return t == r || (t.size() > r.size() && t.compare(0, r.size(), r) == 0 && t[r.size()] == '-');
}

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

// The text SHACL's string-based constraints see: an IRI's string or a
// literal's lexical form.
std::string Str(const Term& t) { return t.value; }

}  // namespace

std::vector<Id> Evaluator::Targets(const Shape& s) const {
  std::vector<Id> out;
  std::unordered_set<Id> seen;
  auto add = [&](Id n) {
    if (seen.insert(n).second) out.push_back(n);
  };
  for (Id n : s.target_nodes) add(n);
  for (Id cls : s.target_classes) {
    for (Id sub : SubClasses(cls)) {
      for (Id n : data_.Subjects(v_.type, sub)) add(n);
    }
  }
  for (Id p : s.subjects_of) {
    for (const auto& [subj, obj] : data_.ByPredicate(p)) add(subj);
  }
  for (Id p : s.objects_of) {
    for (const auto& [subj, obj] : data_.ByPredicate(p)) add(obj);
  }
  return out;
}

void Evaluator::Validate(int index, Id focus, std::vector<RawResult>& out, int depth,
                         bool stop_early) {
  const Shape& s = c_.list[index];
  if (s.deactivated || depth > 64) return;
  const std::vector<Id> values =
      s.is_property ? Eval(s.path, focus, false) : std::vector<Id>{focus};
  for (const Constraint& k : s.constraints) {
    Check(index, k, focus, values, out, depth);
    if (stop_early && !out.empty()) return;
  }
}

bool Evaluator::Conforms(int index, Id node, int depth) {
  std::vector<RawResult> r;
  Validate(index, node, r, depth + 1, true);
  return r.empty();
}

std::vector<Id> Evaluator::SubClasses(Id cls) const {
  std::vector<Id> out{cls}, todo{cls};
  std::unordered_set<Id> seen{cls};
  while (!todo.empty()) {
    const Id c = todo.back();
    todo.pop_back();
    for (Id sub : data_.Subjects(v_.sub_class_of, c)) {
      if (seen.insert(sub).second) {
        out.push_back(sub);
        todo.push_back(sub);
      }
    }
  }
  return out;
}

bool Evaluator::IsInstance(Id node, Id cls) {
  for (Id t : data_.Objects(node, v_.type)) {
    if (t == cls) return true;
    auto it = supers_.find(t);
    if (it == supers_.end()) {
      std::unordered_set<Id> all;
      std::vector<Id> todo{t};
      while (!todo.empty()) {
        const Id c = todo.back();
        todo.pop_back();
        for (Id sup : data_.Objects(c, v_.sub_class_of)) {
          if (all.insert(sup).second) todo.push_back(sup);
        }
      }
      it = supers_.emplace(t, std::move(all)).first;
    }
    if (it->second.count(cls) != 0) return true;
  }
  return false;
}

std::vector<Id> Evaluator::Eval(const IdPath& p, Id node, bool inverse) const {
  std::vector<Id> out;
  std::unordered_set<Id> seen;
  auto add = [&](Id n) {
    if (seen.insert(n).second) out.push_back(n);
  };
  using K = PropertyPath::Kind;
  switch (p.kind) {
    case K::kPredicate:
      for (Id n : inverse ? data_.Subjects(p.iri, node) : data_.Objects(node, p.iri)) add(n);
      break;
    case K::kInverse:
      return Eval(p.items[0], node, !inverse);
    case K::kSequence: {
      std::vector<Id> current{node};
      const size_t n = p.items.size();
      for (size_t i = 0; i < n; ++i) {
        const IdPath& step = p.items[inverse ? n - 1 - i : i];
        std::vector<Id> next;
        std::unordered_set<Id> next_seen;
        for (Id c : current) {
          for (Id r : Eval(step, c, inverse)) {
            if (next_seen.insert(r).second) next.push_back(r);
          }
        }
        current = std::move(next);
      }
      return current;
    }
    case K::kAlternative:
      for (const IdPath& alt : p.items) {
        for (Id r : Eval(alt, node, inverse)) add(r);
      }
      break;
    case K::kZeroOrOne:
      add(node);
      for (Id r : Eval(p.items[0], node, inverse)) add(r);
      break;
    case K::kZeroOrMore:
    case K::kOneOrMore: {
      if (p.kind == K::kZeroOrMore) add(node);
      std::vector<Id> todo{node};
      std::unordered_set<Id> expanded{node};
      while (!todo.empty()) {
        const Id c = todo.back();
        todo.pop_back();
        for (Id r : Eval(p.items[0], c, inverse)) {
          add(r);
          if (expanded.insert(r).second) todo.push_back(r);
        }
      }
      break;
    }
  }
  return out;
}

void Evaluator::Add(std::vector<RawResult>& out, Id focus, int shape, std::optional<Id> value,
                    Id component, std::string message) const {
  out.push_back({focus, shape, value, component, nullptr, std::move(message)});
}

void Evaluator::Check(int index, const Constraint& k, Id focus, const std::vector<Id>& values,
                      std::vector<RawResult>& out, int depth) {
  const Term& param = T(k.param);
  auto each = [&](const std::function<bool(Id)>& ok, const std::function<std::string(Id)>& why) {
    for (Id v : values) {
      if (!ok(v)) Add(out, focus, index, v, k.component, why(v));
    }
  };
  auto show = [&](Id id) { return ShowTerm(T(id)); };
  switch (k.kind) {
    case Kind::kClass:
      each([&](Id v) { return T(v).kind != TermKind::kLiteral && IsInstance(v, k.param); },
           [&](Id v) { return "value " + show(v) + " is not an instance of " + ShowTerm(param); });
      break;
    case Kind::kDatatype:
      each(
          [&](Id v) {
            const Term& t = T(v);
            return t.kind == TermKind::kLiteral && xsd::DatatypeOf(t) == param.value &&
                   xsd::IsValidLexical(t.value, param.value);
          },
          [&](Id v) {
            return "value " + show(v) + " is not a valid literal of datatype " + ShowTerm(param);
          });
      break;
    case Kind::kNodeKind:
      each(
          [&](Id v) {
            const TermKind tk = T(v).kind;
            const std::string& nk = param.value;
            const bool blank = tk == TermKind::kBlank, iri = tk == TermKind::kIri,
                       lit = tk == TermKind::kLiteral;
            return (nk == ShIri("BlankNode") && blank) || (nk == ShIri("IRI") && iri) ||
                   (nk == ShIri("Literal") && lit) ||
                   (nk == ShIri("BlankNodeOrIRI") && (blank || iri)) ||
                   (nk == ShIri("BlankNodeOrLiteral") && (blank || lit)) ||
                   (nk == ShIri("IRIOrLiteral") && (iri || lit));
          },
          [&](Id v) { return "value " + show(v) + " is not of node kind " + ShowTerm(param); });
      break;
    case Kind::kMinCount:
      if (values.size() < k.count) {
        Add(out, focus, index, std::nullopt, k.component,
            "has " + std::to_string(values.size()) + " values; at least " +
                std::to_string(k.count) + " required");
      }
      break;
    case Kind::kMaxCount:
      if (values.size() > k.count) {
        Add(out, focus, index, std::nullopt, k.component,
            "has " + std::to_string(values.size()) + " values; at most " + std::to_string(k.count) +
                " allowed");
      }
      break;
    case Kind::kMinExclusive:
    case Kind::kMinInclusive:
    case Kind::kMaxExclusive:
    case Kind::kMaxInclusive: {
      const char* op = k.kind == Kind::kMinExclusive   ? ">"
                       : k.kind == Kind::kMinInclusive ? ">="
                       : k.kind == Kind::kMaxExclusive ? "<"
                                                       : "<=";
      each(
          [&](Id v) {
            const auto c = xsd::Compare(T(v), param);
            if (!c) return false;
            switch (k.kind) {
              case Kind::kMinExclusive:
                return *c > 0;
              case Kind::kMinInclusive:
                return *c >= 0;
              case Kind::kMaxExclusive:
                return *c < 0;
              default:
                return *c <= 0;
            }
          },
          [&](Id v) { return "value " + show(v) + " is not " + op + " " + ShowTerm(param); });
      break;
    }
    case Kind::kMinLength:
    case Kind::kMaxLength:
      each(
          [&](Id v) {
            if (T(v).kind == TermKind::kBlank) return false;
            const size_t n = CodePoints(Str(T(v)));
            return k.kind == Kind::kMinLength ? n >= k.count : n <= k.count;
          },
          [&](Id v) {
            return "value " + show(v) + " is " +
                   (k.kind == Kind::kMinLength ? "shorter" : "longer") + " than " +
                   std::to_string(k.count) + " characters";
          });
      break;
    case Kind::kPattern:
      each(
          [&](Id v) {
            if (T(v).kind == TermKind::kBlank) return false;
            UErrorCode status = U_ZERO_ERROR;
            // The matcher keeps a reference to its input: the text must outlive it.
            const icu::UnicodeString text = icu::UnicodeString::fromUTF8(Str(T(v)));
            std::unique_ptr<icu::RegexMatcher> m(k.regex->matcher(text, status));
            return U_SUCCESS(status) && m->find(status) && U_SUCCESS(status);
          },
          [&](Id v) { return "value " + show(v) + " does not match " + ShowTerm(param); });
      break;
    case Kind::kLanguageIn:
      each(
          [&](Id v) {
            const Term& t = T(v);
            if (t.kind != TermKind::kLiteral) return false;
            for (Id r : k.list) {
              if (LangMatches(t.lang, T(r).value)) return true;
            }
            return false;
          },
          [&](Id v) { return "value " + show(v) + " has no allowed language tag"; });
      break;
    case Kind::kUniqueLang: {
      std::map<std::string, int> used;
      for (Id v : values) {
        if (T(v).kind == TermKind::kLiteral && !T(v).lang.empty()) ++used[Lower(T(v).lang)];
      }
      for (const auto& [lang, n] : used) {
        if (n > 1) {
          Add(out, focus, index, std::nullopt, k.component,
              "language tag \"" + lang + "\" is used by " + std::to_string(n) + " values");
        }
      }
      break;
    }
    case Kind::kEquals:
    case Kind::kDisjoint: {
      const std::vector<Id> others = ValuesOf(focus, k.param);
      const std::unordered_set<Id> other_set(others.begin(), others.end());
      const std::unordered_set<Id> value_set(values.begin(), values.end());
      if (k.kind == Kind::kDisjoint) {
        each([&](Id v) { return other_set.count(v) == 0; },
             [&](Id v) { return "value " + show(v) + " is also a value of " + ShowTerm(param); });
        break;
      }
      each([&](Id v) { return other_set.count(v) != 0; },
           [&](Id v) { return "value " + show(v) + " is not a value of " + ShowTerm(param); });
      for (Id o : others) {
        if (value_set.count(o) == 0) {
          Add(out, focus, index, o, k.component,
              "value " + show(o) + " of " + ShowTerm(param) + " is not a value node");
        }
      }
      break;
    }
    case Kind::kLessThan:
    case Kind::kLessThanOrEquals: {
      const std::vector<Id> others = ValuesOf(focus, k.param);
      for (Id v : values) {
        for (Id o : others) {
          const auto c = xsd::Compare(T(v), T(o));
          const bool ok = c && (k.kind == Kind::kLessThan ? *c < 0 : *c <= 0);
          if (!ok) {
            Add(out, focus, index, v, k.component,
                "value " + show(v) + " is not " +
                    (k.kind == Kind::kLessThan ? "less than " : "at most ") + show(o) + " (" +
                    ShowTerm(param) + ")");
          }
        }
      }
      break;
    }
    case Kind::kNot:
      each([&](Id v) { return !Conforms(k.shapes[0], v, depth); },
           [&](Id v) { return "value " + show(v) + " conforms to " + ShowTerm(param); });
      break;
    case Kind::kNode:
      each([&](Id v) { return Conforms(k.shapes[0], v, depth); },
           [&](Id v) { return "value " + show(v) + " does not conform to " + ShowTerm(param); });
      break;
    case Kind::kAnd:
    case Kind::kOr:
    case Kind::kXone:
      each(
          [&](Id v) {
            size_t n = 0;
            for (int sh : k.shapes) n += Conforms(sh, v, depth) ? 1 : 0;
            if (k.kind == Kind::kAnd) return n == k.shapes.size();
            if (k.kind == Kind::kOr) return n > 0;
            return n == 1;
          },
          [&](Id v) {
            size_t n = 0;
            for (int sh : k.shapes) n += Conforms(sh, v, depth) ? 1 : 0;
            const std::string of = " of the " + std::to_string(k.shapes.size()) + " shapes of ";
            if (k.kind == Kind::kAnd)
              return "value " + show(v) + " conforms to " + std::to_string(n) + of +
                     "sh:and, not all";
            if (k.kind == Kind::kOr) return "value " + show(v) + " conforms to none" + of + "sh:or";
            return "value " + show(v) + " conforms to " + std::to_string(n) + of +
                   "sh:xone, not exactly one";
          });
      break;
    case Kind::kProperty:
      for (Id v : values) Validate(k.shapes[0], v, out, depth + 1, false);
      break;
    case Kind::kQualified: {
      uint64_t n = 0;
      for (Id v : values) {
        if (!Conforms(k.shapes[0], v, depth)) continue;
        bool in_sibling = false;
        for (int sib : k.siblings) {
          if (Conforms(sib, v, depth)) {
            in_sibling = true;
            break;
          }
        }
        if (!in_sibling) ++n;
      }
      if (k.qualified_min && n < *k.qualified_min) {
        Add(out, focus, index, std::nullopt, k.component,
            std::to_string(n) + " values conform to " + ShowTerm(param) + "; at least " +
                std::to_string(*k.qualified_min) + " required");
      }
      if (k.qualified_max && n > *k.qualified_max) {
        Add(out, focus, index, std::nullopt, k.max_component,
            std::to_string(n) + " values conform to " + ShowTerm(param) + "; at most " +
                std::to_string(*k.qualified_max) + " allowed");
      }
      break;
    }
    case Kind::kClosed:
      for (Id v : values) {
        for (const auto& [p, o] : data_.Out(v)) {
          if (k.allowed.count(p) != 0) continue;
          auto path = std::make_shared<PropertyPath>();
          path->iri = T(p);
          out.push_back({v, index, o, k.component, std::move(path),
                         "property " + show(p) + " is not allowed by the closed shape"});
        }
      }
      break;
    case Kind::kHasValue:
      if (std::find(values.begin(), values.end(), k.param) == values.end()) {
        Add(out, focus, index, std::nullopt, k.component, "has no value " + ShowTerm(param));
      }
      break;
    case Kind::kIn:
      each([&](Id v) { return std::find(k.list.begin(), k.list.end(), v) != k.list.end(); },
           [&](Id v) { return "value " + show(v) + " is not in the list of allowed values"; });
      break;
  }
}

}  // namespace newskg::shacl::internal
