#include "extract/pipeline.h"

#include <gtest/gtest.h>

#include "extract/lexicon.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

Document RunScope(ParseScope scope, const std::string& text) {
  Pipeline p(std::shared_ptr<const Lexicon>(&testing::TestLexicon(), [](const Lexicon*) {}),
             testing::TestParseModels(), scope);
  Document doc;
  doc.id = "t";
  doc.text = text;
  doc.date = "2024-03-13";
  EXPECT_TRUE(p.Run(doc).ok());
  return doc;
}

// The head word and relation of the first token spelled `word`.
std::string Arc(const Document& doc, const std::string& word) {
  for (const Token& t : doc.tokens) {
    if (t.text != word) continue;
    if (t.deprel.empty()) return "-";
    return (t.head < 0 ? std::string("ROOT") : std::string(doc.tokens[static_cast<size_t>(t.head)].text)) + " " +
           t.deprel;
  }
  return "?";
}

constexpr char kText[] =
    "The weather in Oslo was mild. Norway's prime minister met the Swedish king in Stockholm.";

TEST(PipelineTest, ParseScopes) {
  const Document none = RunScope(ParseScope::kNone, kText);
  EXPECT_EQ(Arc(none, "minister"), "-");
  EXPECT_EQ(Arc(none, "weather"), "-");
  const Document facts = RunScope(ParseScope::kFactSentences, kText);
  EXPECT_EQ(Arc(facts, "minister"), "met nsubj");  // "met" triggers a Meeting
  EXPECT_EQ(Arc(facts, "king"), "met obj");
  EXPECT_EQ(Arc(facts, "weather"), "-");  // no trigger, no parse
  const Document all = RunScope(ParseScope::kAll, kText);
  EXPECT_EQ(Arc(all, "weather"), "mild nsubj");
  // Tags and lemmas are there in every scope.
  for (const Document* d : {&none, &facts, &all}) {
    for (const Token& t : d->tokens) {
      EXPECT_FALSE(t.tag.empty()) << t.text;
      EXPECT_FALSE(t.lemma.empty()) << t.text;
    }
  }
  EXPECT_EQ(Arc(all, "met"), "ROOT root");
  for (const Token& t : all.tokens) {
    if (t.text == "met") {
      EXPECT_EQ(t.lemma, "meet");
    }
  }
}

}  // namespace
}  // namespace newskg
