#include "ontology/validator.h"

#include <cstdlib>
#include <set>

#include "graph/graph.h"
#include "ontology/xsd.h"

#ifndef NEWSKG_ONTOLOGY_DIR
#define NEWSKG_ONTOLOGY_DIR "ontology"
#endif

namespace newskg {
namespace {

const std::string kShapes = "https://w3id.org/newskg/shapes#";

shacl::ValidationResult OntologyResult(const Triple& t, const std::string& component,
                                       const std::string& message) {
  shacl::ValidationResult r;
  r.focus = t.s;
  auto path = std::make_shared<shacl::PropertyPath>();
  path->iri = t.p;
  r.path = std::move(path);
  r.value = t.o;
  r.severity = Term::Iri(vocab::kSh + "Violation");
  r.component = Term::Iri(kShapes + component);
  r.source_shape = Term::Iri(kShapes + "OntologyCheck");
  r.messages.push_back(Term::Literal(message));
  return r;
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
  Graph shapes;
  if (Status s = shapes.ReadFile(dir + "/shapes.ttl", Syntax::kTurtle); !s.ok()) return s;
  auto compiled = shacl::ShapesGraph::Compile(shapes);
  if (!compiled.ok())
    return Status(compiled.status().code(), dir + "/shapes.ttl: " + compiled.status().message());
  v.shapes_ = std::make_shared<const shacl::ShapesGraph>(std::move(compiled).value());
  return v;
}

shacl::ValidationReport Validator::Validate(const Graph& data) const {
  shacl::ValidationReport report = shapes_->Validate(data);
  std::set<std::string> declared;
  const Term type = Term::Iri(vocab::kType);
  for (const auto& t : ontology_.Match(nullptr, &type, nullptr)) declared.insert(t.s.value);
  data.ForEach([&](const Triple& t) {
    if (t.p.value.rfind(vocab::kNkg, 0) == 0 && declared.count(t.p.value) == 0) {
      report.results.push_back(OntologyResult(t, "DeclaredTermComponent",
                                              "property is not declared in the newskg ontology"));
    }
    if (t.p.value == vocab::kType && t.o.value.rfind(vocab::kNkg, 0) == 0 &&
        declared.count(t.o.value) == 0) {
      report.results.push_back(
          OntologyResult(t, "DeclaredTermComponent",
                         "class " + t.o.value + " is not declared in the newskg ontology"));
    }
    if (t.o.kind == TermKind::kLiteral && !t.o.datatype.empty() &&
        !xsd::IsValidLexical(t.o.value, t.o.datatype)) {
      report.results.push_back(OntologyResult(
          t, "LexicalFormComponent", "\"" + t.o.value + "\" is not a valid " + t.o.datatype));
    }
  });
  report.conforms = report.results.empty();
  return report;
}

}  // namespace newskg
