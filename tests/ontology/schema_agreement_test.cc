// The event schema the extractor reads (extract/data/events/roles.tsv and a
// trigger list per class) and the ontology and shapes that ship with it
// (ontology/newskg.ttl, ontology/shapes.ttl) describe the same classes and
// roles: a class or role added to one and not the other fails here.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "graph/graph.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

const std::string kOwl = "http://www.w3.org/2002/07/owl#";
const std::string kSh = "http://www.w3.org/ns/shacl#";

Graph Load(const std::string& file) {
  Graph g;
  const Status s =
      g.ReadFile(std::string(NEWSKG_SOURCE_DIR) + "/ontology/" + file, Syntax::kTurtle);
  EXPECT_TRUE(s.ok()) << s.message();
  return g;
}

bool Has(const Graph& g, const std::string& s, const std::string& p, const std::string& o) {
  const Term ts = Term::Iri(s), tp = Term::Iri(p), to = Term::Iri(o);
  return !g.Match(&ts, &tp, &to).empty();
}

// The schema's classes with their roles; Statement comes from the quote
// extractor with its two roles.
std::map<std::string, std::set<std::string>> SchemaClasses() {
  std::map<std::string, std::set<std::string>> out;
  for (const auto& cls : testing::TestLexicon().event_classes) {
    for (const auto& r : cls.roles) out[cls.name].insert(r.role);
  }
  out["Statement"] = {"speaker", "quote"};
  return out;
}

TEST(SchemaAgreementTest, EverySchemaClassAndRoleIsInTheOntologyAndShapes) {
  const Graph onto = Load("newskg.ttl");
  const Graph shapes = Load("shapes.ttl");
  const auto classes = SchemaClasses();
  ASSERT_GE(classes.size(), 8u);
  for (const auto& [cls, roles] : classes) {
    const std::string c = vocab::kNkg + cls;
    EXPECT_TRUE(Has(onto, c, vocab::kType, kOwl + "Class")) << cls << " is no owl:Class";
    EXPECT_TRUE(Has(onto, c, vocab::kRdfs + "subClassOf", vocab::kNkg + "Event"))
        << cls << " is no nkg:Event";
    const Term target = Term::Iri(kSh + "targetClass"), ct = Term::Iri(c);
    EXPECT_FALSE(shapes.Match(nullptr, &target, &ct).empty()) << "no shape targets " << cls;
    for (const auto& role : roles) {
      const std::string p = vocab::kNkg + role;
      EXPECT_TRUE(Has(onto, p, vocab::kType, kOwl + "ObjectProperty") ||
                  Has(onto, p, vocab::kType, kOwl + "DatatypeProperty"))
          << cls << "." << role << " is no property of the ontology";
      EXPECT_TRUE(Has(onto, p, vocab::kRdfs + "domain", c) ||
                  Has(onto, p, vocab::kRdfs + "domain", vocab::kNkg + "Event"))
          << cls << "." << role << ": the property's domain is neither " << cls << " nor Event";
    }
  }
}

TEST(SchemaAgreementTest, EveryOntologyEventClassIsInTheSchema) {
  const Graph onto = Load("newskg.ttl");
  const auto classes = SchemaClasses();
  const Term sub = Term::Iri(vocab::kRdfs + "subClassOf"), event = Term::Iri(vocab::kNkg + "Event");
  const auto declared = onto.Match(nullptr, &sub, &event);
  ASSERT_FALSE(declared.empty());
  for (const auto& t : declared) {
    ASSERT_EQ(t.s.value.rfind(vocab::kNkg, 0), 0u) << t.s.value;
    const std::string name = t.s.value.substr(vocab::kNkg.size());
    EXPECT_EQ(classes.count(name), 1u) << "nkg:" << name << " has no schema (roles.tsv)";
  }
}

}  // namespace
}  // namespace newskg
