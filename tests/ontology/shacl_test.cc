// The SHACL Core processor on small hand-made shapes and data, beyond what
// the W3C suite covers: regexes on characters with XPath flags, node kinds,
// dates, severities, deactivation, ill-formed shapes; and XSD lexical forms.
#include "ontology/shacl.h"

#include <gtest/gtest.h>

#include "graph/graph.h"
#include "ontology/xsd.h"

namespace newskg {
namespace {

const char* kPrefixes =
    "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n"
    "@prefix : <https://e.org/> .\n";

Result<shacl::ShapesGraph> CompileShapes(const std::string& shapes_ttl) {
  Graph shapes;
  if (Status st = shapes.ReadString(kPrefixes + shapes_ttl, Syntax::kTurtle, "shapes.ttl");
      !st.ok()) {
    return st;
  }
  return shacl::ShapesGraph::Compile(shapes);
}

shacl::ValidationReport ValidateTtl(const std::string& shapes_ttl, const std::string& data_ttl) {
  auto compiled = CompileShapes(shapes_ttl);
  EXPECT_TRUE(compiled.ok()) << compiled.status().message();
  if (!compiled.ok()) return {};
  Graph data;
  const Status st = data.ReadString(kPrefixes + data_ttl, Syntax::kTurtle, "data.ttl");
  EXPECT_TRUE(st.ok()) << st.message();
  return compiled->Validate(data);
}

struct Case {
  const char* name;
  std::string shapes, data;
  size_t results;         // how many validation results
  std::string component;  // of the first result, local name; "" when none
};

TEST(ShaclTest, ConstraintsGiveTheExpectedResults) {
  const std::string on_x = ":S a sh:NodeShape ; sh:targetNode :x ; sh:property [ sh:path :p ; ";
  const Case cases[] = {
      // sh:pattern works on characters: "é" is one character, so ^.{3}$ fits "néo".
      {"pattern on characters", on_x + "sh:pattern \"^.{3}$\" ] .", ":x :p \"néo\" .", 0, ""},
      // Longer than ICU's in-object buffer: the matcher reads the whole text.
      {"pattern on a long value", on_x + "sh:pattern \"^[a-z]+:[^ ]+$\" ] .",
       ":x :p \"https://www.example.org/news/2024/03/long-article-name\" .", 0, ""},
      {"pattern mismatch", on_x + "sh:pattern \"^.{2}$\" ] .", ":x :p \"néo\" .", 1, "Pattern"},
      {"flag i", on_x + "sh:pattern \"^ABC$\" ; sh:flags \"i\" ] .", ":x :p \"abc\" .", 0, ""},
      {"no flag i", on_x + "sh:pattern \"^ABC$\" ] .", ":x :p \"abc\" .", 1, "Pattern"},
      {"unicode property", on_x + "sh:pattern \"^\\\\p{Lu}\" ] .", ":x :p \"Élan\" .", 0, ""},
      {"flag q: literal", on_x + "sh:pattern \"a.c\" ; sh:flags \"q\" ] .", ":x :p \"abc\" .", 1,
       "Pattern"},
      // XPath's x: "^a b#c$" is "^ab#c$", so "ab" does not match (a '#' does not
      // start a comment); whitespace inside a class stays.
      {"flag x keeps '#'", on_x + "sh:pattern \"^a b#c$\" ; sh:flags \"x\" ] .", ":x :p \"ab\" .",
       1, "Pattern"},
      {"flag x keeps class whitespace", on_x + "sh:pattern \"^a [ ] b$\" ; sh:flags \"x\" ] .",
       ":x :p \"a b\" .", 0, ""},
      {"pattern on a blank node", on_x + "sh:pattern \".\" ] .", ":x :p [] .", 1, "Pattern"},
      {"BlankNodeOrIRI takes an IRI", on_x + "sh:nodeKind sh:BlankNodeOrIRI ] .", ":x :p :y .", 0,
       ""},
      {"BlankNodeOrIRI takes a blank node", on_x + "sh:nodeKind sh:BlankNodeOrIRI ] .",
       ":x :p [] .", 0, ""},
      {"BlankNodeOrIRI refuses a literal", on_x + "sh:nodeKind sh:BlankNodeOrIRI ] .",
       ":x :p \"y\" .", 1, "NodeKind"},
      {"minInclusive on dates", on_x + "sh:minInclusive \"2020-01-01\"^^xsd:date ] .",
       ":x :p \"2020-03-01\"^^xsd:date , \"2019-12-31\"^^xsd:date .", 1, "MinInclusive"},
      {"minInclusive: a date against a number", on_x + "sh:minInclusive 0 ] .",
       ":x :p \"2020-03-01\"^^xsd:date .", 1, "MinInclusive"},
      {"maxExclusive on decimals", on_x + "sh:maxExclusive 1.5 ] .", ":x :p 1.49 , 1.50 .", 1,
       "MaxExclusive"},
      {"datatype: a language string is not xsd:string", on_x + "sh:datatype xsd:string ] .",
       ":x :p \"a\"@en .", 1, "Datatype"},
      {"datatype: xsd:string", on_x + "sh:datatype xsd:string ] .", ":x :p \"a\" .", 0, ""},
      {"datatype: a date with a time zone", on_x + "sh:datatype xsd:date ] .",
       ":x :p \"2020-09-14Z\"^^xsd:date .", 0, ""},
      {"datatype: a decimal ending in a point", on_x + "sh:datatype xsd:decimal ] .",
       ":x :p \"1500000000.\"^^xsd:decimal .", 0, ""},
      {"datatype: byte out of range", on_x + "sh:datatype xsd:byte ] .",
       ":x :p \"128\"^^xsd:byte .", 1, "Datatype"},
      {"minLength counts characters", on_x + "sh:maxLength 3 ] .", ":x :p \"néo\" .", 0, ""},
      {"languageIn", on_x + "sh:languageIn (\"en\") ] .", ":x :p \"a\"@en-GB , \"b\"@de .", 1,
       "LanguageIn"},
      {"inverse path",
       ":S a sh:NodeShape ; sh:targetNode :x ; sh:property [ sh:path [ "
       "sh:inversePath :p ] ; sh:minCount 2 ] .",
       ":a :p :x . :b :p :x .", 0, ""},
      {"zeroOrMore path",
       ":S a sh:NodeShape ; sh:targetNode :x ; sh:property [ sh:path [ "
       "sh:zeroOrMorePath :p ] ; sh:maxCount 2 ] .",
       ":x :p :y . :y :p :z .", 1, "MaxCount"},
      {"deactivated", ":S a sh:NodeShape ; sh:targetNode :x ; sh:deactivated true ; sh:class :C .",
       ":x :p 1 .", 0, ""},
      {"targetSubjectsOf and sh:closed",
       ":S a sh:NodeShape ; sh:targetSubjectsOf :p ; sh:closed true ; sh:property [ sh:path :p ] .",
       ":x :p 1 ; :q 2 .", 1, "Closed"},
      {"implicit class target",
       ":C a <http://www.w3.org/2000/01/rdf-schema#Class> , sh:NodeShape ; sh:property [ "
       "sh:path :p ; sh:minCount 1 ] .",
       ":x a :C .", 1, "MinCount"},
  };
  for (const Case& c : cases) {
    const auto report = ValidateTtl(c.shapes, c.data);
    EXPECT_EQ(report.results.size(), c.results) << c.name;
    EXPECT_EQ(report.conforms, c.results == 0) << c.name;
    if (!c.component.empty() && !report.results.empty()) {
      EXPECT_EQ(report.results[0].component.value, vocab::kSh + c.component + "ConstraintComponent")
          << c.name;
    }
  }
}

TEST(ShaclTest, SeverityAndMessageReachTheResult) {
  const auto report = ValidateTtl(
      ":S a sh:NodeShape ; sh:targetNode :x ; sh:property [ sh:path :p ; sh:minCount 1 ; "
      "sh:severity sh:Warning ; sh:message \"needs a p\"@en ] .",
      ":x :q 1 .");
  ASSERT_EQ(report.results.size(), 1u);
  EXPECT_FALSE(report.conforms);
  EXPECT_EQ(report.results[0].severity.value, vocab::kSh + "Warning");
  ASSERT_EQ(report.results[0].messages.size(), 1u);
  EXPECT_EQ(report.results[0].messages[0].value, "needs a p");
  EXPECT_EQ(report.results[0].messages[0].lang, "en");
  ASSERT_TRUE(report.results[0].path);
  EXPECT_EQ(report.results[0].path->ToString(), "<https://e.org/p>");
}

TEST(ShaclTest, IllFormedShapesNameTheShapeAndTriple) {
  struct Bad {
    std::string shapes;
    std::string needle;  // part of the error
  };
  const Bad cases[] = {
      {":S a sh:NodeShape ; sh:targetNode :x ; sh:pattern \"([a-\" .",
       "<https://e.org/S> <http://www.w3.org/ns/shacl#pattern> \"([a-\" : invalid regular"},
      {":S a sh:NodeShape ; sh:pattern \"a\" ; sh:flags \"g\" .", "flags"},
      {":S a sh:PropertyShape ; sh:path \"p\" .", "a literal is not a path"},
      {":S a sh:PropertyShape ; sh:path [ :foo :p ] .", "neither a list"},
      {":S a sh:PropertyShape ; sh:path :p ; sh:minCount \"one\" .", "non-negative xsd:integer"},
      {":S a sh:PropertyShape ; sh:path :p ; sh:maxCount -1 .", "non-negative xsd:integer"},
      {":S a sh:NodeShape ; sh:in :notAList .", "well-formed RDF list"},
      {":S a sh:NodeShape ; sh:nodeKind sh:Thing .", "sh:nodeKind"},
      {":S a sh:NodeShape ; sh:node \"x\" .", "a literal is not a shape"},
  };
  for (const Bad& b : cases) {
    auto compiled = CompileShapes(b.shapes);
    ASSERT_FALSE(compiled.ok()) << b.shapes;
    EXPECT_NE(compiled.status().message().find("shape <https://e.org/S>"), std::string::npos)
        << compiled.status().message();
    EXPECT_NE(compiled.status().message().find(b.needle), std::string::npos)
        << compiled.status().message();
  }
}

TEST(ShaclTest, ReportIsAGraphWithEveryField) {
  const auto report = ValidateTtl(
      ":S a sh:NodeShape ; sh:targetNode :x ; sh:property [ sh:path ( :p "
      "[ sh:inversePath :q ] ) ; sh:class :C ] .",
      ":x :p :y . :z :q :y .");
  ASSERT_EQ(report.results.size(), 1u);
  Graph g;
  ASSERT_TRUE(report.AddTo(g).ok());
  std::string turtle;
  ASSERT_TRUE(g.Write(turtle, Syntax::kTurtle).ok());
  Graph back;
  ASSERT_TRUE(back.ReadString(turtle, Syntax::kTurtle, "report.ttl").ok()) << turtle;
  for (const char* p : {"focusNode", "resultPath", "value", "resultSeverity",
                        "sourceConstraintComponent", "sourceShape", "resultMessage", "conforms"}) {
    const Term pred = Term::Iri(vocab::kSh + p);
    EXPECT_EQ(back.Match(nullptr, &pred, nullptr).size(), 1u) << p;
  }
  const Term path_pred = Term::Iri(vocab::kSh + "resultPath");
  const auto path = shacl::ReadPath(back, back.Match(nullptr, &path_pred, nullptr)[0].o);
  ASSERT_TRUE(path.ok()) << path.status().message();
  EXPECT_EQ(path->ToString(), "<https://e.org/p>/^<https://e.org/q>");
}

struct LexicalCase {
  const char* lexical;
  const char* datatype;  // local name in xsd:
  bool valid;
};

TEST(XsdTest, LexicalForms) {
  const LexicalCase cases[] = {
      {"2020-09-14", "date", true},
      {"2020-09-14Z", "date", true},
      {"2020-09-14+05:30", "date", true},
      {"2020-02-30", "date", false},
      {"2020-9-14", "date", false},
      {"1500000000.", "decimal", true},
      {".5", "decimal", true},
      {"1500000000.0", "decimal", true},
      {".", "decimal", false},
      {"1e5", "decimal", false},
      {"500000", "integer", true},
      {"500000.", "integer", false},
      {"-0", "integer", true},
      {"1e5", "double", true},
      {"INF", "double", true},
      {"2024-03", "gYearMonth", true},
      {"2024-13", "gYearMonth", false},
      {"2024", "gYear", true},
      {"24", "gYear", false},
      {"1", "boolean", true},
      {"yes", "boolean", false},
      {"2020-09-14T24:00:00", "dateTime", true},
      {"300", "unsignedByte", false},
      {"255", "unsignedByte", true},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(xsd::IsValidLexical(c.lexical, vocab::kXsd + c.datatype), c.valid)
        << c.lexical << " " << c.datatype;
  }
}

TEST(XsdTest, CompareFollowsSparql) {
  auto lit = [](const char* v, const char* dt) { return Term::Literal(v, vocab::kXsd + dt); };
  EXPECT_EQ(xsd::Compare(lit("1500000000.", "decimal"), lit("1500000000.0", "decimal")), 0);
  EXPECT_EQ(xsd::Compare(lit("10", "integer"), lit("9.5", "decimal")), 1);
  EXPECT_EQ(xsd::Compare(lit("1e1", "double"), lit("9", "integer")), 1);
  EXPECT_EQ(xsd::Compare(lit("2020-01-01", "date"), lit("2019-12-31", "date")), 1);
  EXPECT_EQ(xsd::Compare(lit("2020-01-01Z", "date"), lit("2020-01-01", "date")), std::nullopt);
  EXPECT_EQ(xsd::Compare(lit("2020-01-01", "date"), lit("1", "integer")), std::nullopt);
  EXPECT_EQ(xsd::Compare(Term::Literal("a"), Term::Literal("b")), -1);
  EXPECT_EQ(xsd::Compare(Term::Literal("a", "", "en"), Term::Literal("b", "", "en")), std::nullopt);
}

}  // namespace
}  // namespace newskg
