// The event schema the extractor reads (extract/data/events/roles.tsv and a
// trigger list per class) and the ontology and shapes that ship with it
// (ontology/newskg.ttl, ontology/shapes.ttl) describe the same classes and
// roles: a class or role added to one and not the other fails here. The
// class table (classes.tsv) and the identity fields (identity.tsv) name the
// same classes, and every role they use is one of the class's roles. With
// NEWSKG_DATA_DIR and NEWSKG_ONTOLOGY_DIR set, the test reads those folders
// (tests/cli/ninth_class_test.sh runs it on a schema with a ninth class).
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <string>

#include "graph/graph.h"
#include "schema/schema.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

const std::string kOwl = "http://www.w3.org/2002/07/owl#";
const std::string kSh = "http://www.w3.org/ns/shacl#";

std::string OntologyDir() {
  const char* env = std::getenv("NEWSKG_ONTOLOGY_DIR");
  return env != nullptr && *env != '\0' ? env : std::string(NEWSKG_SOURCE_DIR) + "/ontology";
}

std::string DataDir() {
  const char* env = std::getenv("NEWSKG_DATA_DIR");
  return env != nullptr && *env != '\0' ? env : LexiconPaths::Defaults().data_dir;
}

Graph Load(const std::string& file) {
  Graph g;
  const Status s = g.ReadFile(OntologyDir() + "/" + file, Syntax::kTurtle);
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
    // The mention shape's list of classes (nkg:eventClass sh:in (...)).
    const Term first = Term::Iri(vocab::kRdf + "first");
    EXPECT_FALSE(shapes.Match(nullptr, &first, &ct).empty())
        << cls << " is in no list of the shapes (the event mention's sh:in)";
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

const EventClassTable& Classes() {
  static const Result<EventClassTable> t = EventClassTable::Load(DataDir());
  if (!t.ok()) {
    ADD_FAILURE() << t.status().message();
    std::abort();
  }
  return t.value();
}

const EventIdentity& Identity() {
  static const Result<EventIdentity> t = EventIdentity::Load(DataDir());
  if (!t.ok()) {
    ADD_FAILURE() << t.status().message();
    std::abort();
  }
  return t.value();
}

TEST(SchemaAgreementTest, ClassTableIdentityAndRolesNameTheSameClasses) {
  const auto roles = SchemaClasses();
  const std::vector<std::string> identity_classes = Identity().Classes();
  const std::set<std::string> identity(identity_classes.begin(), identity_classes.end());
  std::set<std::string> table;
  for (const auto& c : Classes().classes()) table.insert(c.name);
  std::set<std::string> with_roles;
  for (const auto& [name, r] : roles) with_roles.insert(name);
  EXPECT_EQ(table, with_roles) << "classes.tsv and roles.tsv";
  EXPECT_EQ(table, identity) << "classes.tsv and identity.tsv";
}

TEST(SchemaAgreementTest, EveryRoleTheClassTableAndIdentityUseIsAClassRole) {
  const auto roles = SchemaClasses();
  const Graph onto = Load("newskg.ttl");
  const std::set<std::string> value_kinds = {"date", "count", "amount", "quote"};
  for (const auto& c : Classes().classes()) {
    SCOPED_TRACE(c.name);
    ASSERT_EQ(roles.count(c.name), 1u);
    const auto& own = roles.at(c.name);
    auto known = [&](const std::string& r) { return own.count(r) > 0; };
    for (const auto& alt : c.requires_any) {
      for (const auto& r : alt) {
        if (r.kind == Requirement::Kind::kRole) {
          EXPECT_TRUE(known(r.role)) << "requires " << r.role;
        }
      }
    }
    for (const auto& rel : c.relations) {
      EXPECT_TRUE(known(rel.from)) << rel.property << " from " << rel.from;
      EXPECT_TRUE(known(rel.to)) << rel.property << " to " << rel.to;
      EXPECT_TRUE(Has(onto, vocab::kNkg + rel.property, vocab::kType, kOwl + "ObjectProperty"))
          << "nkg:" << rel.property << " is no object property of the ontology";
    }
    for (const auto& r : c.article_lacks) EXPECT_TRUE(known(r)) << "article lacks:" << r;
    for (const auto& [step, args] : c.steps) {
      for (const auto& a : args) EXPECT_TRUE(known(a)) << "step " << step << " role " << a;
    }
    const Term p = Term::Iri(vocab::kNkg + c.count_property);
    const Term dt = Term::Iri(vocab::kType), dp = Term::Iri(kOwl + "DatatypeProperty");
    if (c.count_property != "count" || own.count("count") > 0) {
      EXPECT_FALSE(onto.Match(&p, &dt, &dp).empty()) << "nkg:" << c.count_property;
    }
    const EventIdentityRule* rule = Identity().Rule(c.name);
    ASSERT_NE(rule, nullptr);
    for (const auto& e : rule->evidence) {
      EXPECT_TRUE(known(e.role) || value_kinds.count(e.role) > 0) << "evidence " << e.role;
    }
    for (const auto& r : rule->distinct) EXPECT_TRUE(known(r)) << "distinct " << r;
    for (const auto& r : rule->presence) EXPECT_TRUE(known(r)) << "presence " << r;
  }
}

}  // namespace
}  // namespace newskg
