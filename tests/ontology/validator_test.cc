#include "ontology/validator.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "graph/graph.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

const char* kPrefixes =
    "@prefix nkg: <https://w3id.org/newskg/ontology#> .\n"
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
    "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
    "@prefix schema: <https://schema.org/> .\n"
    "@prefix prov: <http://www.w3.org/ns/prov#> .\n"
    "@prefix : <https://e.org/> .\n"
    ":art a schema:NewsArticle ; schema:identifier \"art\" .\n"
    ":s1 a nkg:Sentence ; nkg:text \"x\" ; nkg:beginOffset 0 ; nkg:endOffset 1 ; nkg:inArticle "
    ":art .\n"
    ":p a nkg:Person ; rdfs:label \"P\" ; nkg:mentionedIn :art .\n"
    ":q a nkg:Person ; rdfs:label \"Q\" ; nkg:mentionedIn :art .\n";

struct Violation {
  std::string focus, path, message;
};

std::vector<Violation> Check(const std::string& body) {
  auto v = Validator::Load();
  EXPECT_TRUE(v.ok()) << v.status().message();
  Graph g;
  const Status s = g.ReadString(std::string(kPrefixes) + body, Syntax::kTurtle, "t.ttl");
  EXPECT_TRUE(s.ok()) << s.message();
  const shacl::ValidationReport report = v->Validate(g);
  EXPECT_EQ(report.conforms, report.results.empty());
  std::vector<Violation> out;
  for (const auto& r : report.results) {
    out.push_back({shacl::ShowTerm(r.focus), r.path ? r.path->ToString() : "",
                   r.messages.empty() ? "" : r.messages[0].value});
  }
  return out;
}

struct BrokenCase {
  std::string body;
  std::string focus, path, message;
  size_t count = 1;  // results in all
};

TEST(ValidatorTest, ValidGraphPasses) {
  EXPECT_TRUE(
      Check(":m a nkg:Meeting ; nkg:participant :p , :q ; nkg:date \"2020-01-02\"^^xsd:date ;"
            " prov:wasDerivedFrom :art ; nkg:evidence :s1 .\n")
          .empty());
  // A statement whose speaker the article describes and does not name.
  EXPECT_TRUE(Check(":s a nkg:Statement ; nkg:quote \"x\" ; nkg:speakerDescription \"the "
                    "prosecutor\" ; prov:wasDerivedFrom :art ; nkg:evidence :s1 .\n")
                  .empty());
}

TEST(ValidatorTest, BrokenGraphsFailWithTheExpectedMessage) {
  const std::string ok_event = " prov:wasDerivedFrom :art ; nkg:evidence :s1 .\n";
  const BrokenCase cases[] = {
      {":m a nkg:Meeting ; nkg:participant :p ;" + ok_event, "<https://e.org/m>",
       "<https://w3id.org/newskg/ontology#participant>", "has 1 values; at least 2 required"},
      {":x a nkg:Person ; nkg:mentionedIn :art .\n", "<https://e.org/x>",
       "<http://www.w3.org/2000/01/rdf-schema#label>", "has 0 values; at least 1 required"},
      {":x a nkg:Person ; rdfs:label \"A\" , \"B\" ; nkg:mentionedIn :art .\n", "<https://e.org/x>",
       "<http://www.w3.org/2000/01/rdf-schema#label>", "has 2 values; at most 1 allowed"},
      {":l a nkg:Loan ; nkg:lender \"Russia\" ;" + ok_event, "<https://e.org/l>",
       "<https://w3id.org/newskg/ontology#lender>",
       "value \"Russia\" does not conform to <https://w3id.org/newskg/shapes#AnEntity>"},
      {":a a schema:MonetaryAmount ; schema:value \"1.5\"^^xsd:decimal ; schema:currency \"usd\" "
       ".\n",
       "<https://e.org/a>", "<https://schema.org/currency>",
       "value \"usd\" does not match \"^[A-Z]{3}$\""},
      {":a a schema:MonetaryAmount ; schema:value \"lots\" ; schema:currency \"USD\" .\n",
       "<https://e.org/a>", "<https://schema.org/value>",
       "value \"lots\" is not a valid literal of datatype "
       "<http://www.w3.org/2001/XMLSchema#decimal>"},
      {":r a nkg:Protest ; nkg:participantCount \"-5\"^^xsd:integer ;" + ok_event,
       "<https://e.org/r>", "<https://w3id.org/newskg/ontology#participantCount>",
       "value \"-5\"^^xsd:integer is not >= \"0\"^^xsd:integer"},
      {":r a nkg:Protest ; nkg:date \"2020-02-30\"^^xsd:date ;" + ok_event, "<https://e.org/r>",
       "<https://w3id.org/newskg/ontology#date>",
       "\"2020-02-30\" is not a valid http://www.w3.org/2001/XMLSchema#date", 2},
      {":r a nkg:Protest ; nkg:evidence :s1 .\n", "<https://e.org/r>",
       "<http://www.w3.org/ns/prov#wasDerivedFrom>", "has 0 values; at least 1 required"},
      {":p nkg:likes :q .\n", "<https://e.org/p>", "<https://w3id.org/newskg/ontology#likes>",
       "property is not declared in the newskg ontology"},
      {":z a nkg:Unicorn .\n", "<https://e.org/z>",
       "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>",
       "class https://w3id.org/newskg/ontology#Unicorn is not declared in the newskg ontology"},
      {":s a nkg:Statement ; nkg:speaker :p ;" + ok_event, "<https://e.org/s>",
       "<https://w3id.org/newskg/ontology#quote>", "has 0 values; at least 1 required"},
      // A statement names its speaker or describes one it does not name.
      {":s a nkg:Statement ; nkg:quote \"x\" ;" + ok_event, "<https://e.org/s>", "",
       "value <https://e.org/s> conforms to none of the 2 shapes of sh:or"},
      {":s a nkg:Statement ; nkg:quote \"x\" ; nkg:speakerDescription \"a\" , \"b\" ;" + ok_event,
       "<https://e.org/s>", "<https://w3id.org/newskg/ontology#speakerDescription>",
       "has 2 values; at most 1 allowed"},
      {":x a nkg:Arrest ; nkg:arrestee :art ;" + ok_event, "<https://e.org/x>",
       "<https://w3id.org/newskg/ontology#arrestee>",
       "value <https://e.org/art> is not an instance of <https://w3id.org/newskg/ontology#Person>"},
  };
  for (const auto& c : cases) {
    const auto violations = Check(c.body);
    ASSERT_EQ(violations.size(), c.count) << c.body;
    const bool found = std::any_of(violations.begin(), violations.end(), [&](const Violation& v) {
      return v.focus == c.focus && v.path == c.path && v.message == c.message;
    });
    EXPECT_TRUE(found) << c.body << "\nfirst: " << violations[0].focus << " " << violations[0].path
                       << ": " << violations[0].message;
  }
}

TEST(ValidatorTest, ExtractorOutputValidates) {
  Document doc = testing::Extract(
      "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
      "Monday. The World Bank lent $500 million to Kenya. \"We are grateful,\" Ruto said. "
      "\"The loan is welcome,\" a ministry spokesman said.");
  Graph g;
  ASSERT_TRUE(AddDocument(doc, vocab::kDefaultBase, g).ok());
  auto v = Validator::Load();
  ASSERT_TRUE(v.ok());
  const auto report = v->Validate(g);
  EXPECT_TRUE(report.conforms);
  for (const auto& x : report.results) {
    ADD_FAILURE() << shacl::ShowTerm(x.focus) << " " << (x.path ? x.path->ToString() : "-") << " "
                  << x.messages[0].value;
  }
}

}  // namespace
}  // namespace newskg
