// Roles read from the dependency parse (extract/internal/dep_roles.h), on
// sentences written for these tests, every sentence parsed.
#include "extract/internal/dep_roles.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EventSummary;
using testing::ExtractParsed;
using V = std::vector<std::string>;

struct Case {
  std::string text;
  std::string cls;
  V expected;
};

TEST(DepRolesTest, RolesFromTheParse) {
  const Case cases[] = {
      // Subject and object of a verb trigger; a noun trigger's light verb.
      {"Pavel Orlov met Maria Lopez in Geneva.",
       "Meeting",
       {"participant=Maria Lopez,Pavel Orlov;place=Geneva"}},
      {"Olaf Scholz held talks with Emmanuel Macron in Berlin.",
       "Meeting",
       {"participant=Emmanuel Macron,Olaf Scholz;place=Berlin"}},
      {"Canada imposed sanctions on Pavel Orlov.",
       "Sanction",
       {"imposer=Canada;target=Pavel Orlov"}},
      // Passive agents and passive subjects.
      {"Pavel Orlov was sanctioned by Canada.", "Sanction", {"imposer=Canada;target=Pavel Orlov"}},
      // Control: the subject of "agreed" lends.
      {"Japan agreed to lend $2 billion to Kenya.",
       "Loan",
       {"amount=2000000000 USD;borrower=Kenya;lender=Japan"}},
      // A relative pronoun stands for the noun its clause modifies.
      {"Pavel Orlov, who met Maria Lopez in Geneva, left.",
       "Meeting",
       {"participant=Maria Lopez,Pavel Orlov;place=Geneva"}},
      // Lists: conjuncts, examples after "including", the objects of "include".
      {"Canada sanctioned Pavel Orlov, Maria Lopez and Tom Baker.",
       "Sanction",
       {"imposer=Canada;target=Maria Lopez,Pavel Orlov,Tom Baker"}},
      {"Those sanctioned by Canada include Pavel Orlov and Maria Lopez.",
       "Sanction",
       {"imposer=Canada;target=Maria Lopez,Pavel Orlov"}},
      // Negation read from the tree: no event.
      {"Canada never imposed sanctions on Pavel Orlov.", "Sanction", {}},
      {"Olaf Scholz did not meet Emmanuel Macron.", "Meeting", {}},
      // A dateline before a dash is no subject.
      {"OTTAWA, May 3 \xE2\x80\x94 The World Bank approved a $2 billion loan to Kenya on Friday.",
       "Loan",
       {"amount=2000000000 USD;borrower=Kenya;lender=World Bank"}},
  };
  for (const auto& c : cases)
    EXPECT_EQ(EventSummary(ExtractParsed(c.text), c.cls), c.expected) << c.text;
}

// The tree's voice, part of speech, negation and list members, directly.
TEST(DepRolesTest, VoiceNegationAndMembers) {
  const Document doc =
      ExtractParsed("Those sanctioned by Canada include Pavel Orlov and Maria Lopez.");
  ASSERT_EQ(doc.sentences.size(), 1u);
  const internal::DepRoles dep(doc, doc.sentences[0], testing::TestLexicon());
  ASSERT_TRUE(dep.parsed());
  size_t trigger = 0, include = 0;
  for (size_t i = 0; i < doc.tokens.size(); ++i) {
    if (doc.tokens[i].text == "sanctioned") trigger = i;
    if (doc.tokens[i].text == "include") include = i;
  }
  EXPECT_TRUE(dep.Passive(trigger));
  EXPECT_FALSE(dep.Nominal(trigger));
  EXPECT_FALSE(dep.Negated(trigger));
  EXPECT_FALSE(dep.Passive(include));
  // The participle's passive subject is "Those", whose members are the
  // objects of "include".
  const auto subjects = dep.Match(trigger, trigger + 1, {DepPattern{"nsubj", ""}});
  ASSERT_EQ(subjects.size(), 1u);
  V members;
  for (size_t m : dep.Members(subjects[0])) members.push_back(doc.tokens[m].text);
  EXPECT_EQ(members, (V{"Orlov", "Lopez"}));
  // An unparsed sentence reads nothing.
  const Document plain = testing::Extract("Canada sanctioned Pavel Orlov.");
  EXPECT_FALSE(internal::DepRoles(plain, plain.sentences[0], testing::TestLexicon()).parsed());
}

}  // namespace
}  // namespace newskg
