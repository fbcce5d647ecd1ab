#include "extract/internal/lexicon_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/lexicon.h"
#include "tests/test_util.h"

namespace newskg::internal {
namespace {

// The lines std::getline gives for `text`.
std::vector<std::string> GetlineLines(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

std::vector<std::string> FileLines(const std::string& text) {
  const std::string path =
      (std::filesystem::temp_directory_path() / ("newskg_lines_" + std::to_string(::getpid())))
          .string();
  std::ofstream(path, std::ios::binary) << text;
  std::vector<std::string> lines;
  EXPECT_TRUE(ForEachFileLine(path, [&](std::string_view l) { lines.emplace_back(l); }));
  std::filesystem::remove(path);
  return lines;
}

TEST(ForEachFileLineTest, SameLinesAsGetline) {
  const std::string block(size_t{1} << 18, 'x');  // the reader's block size
  const std::vector<std::string> texts = {
      "",
      "\n",
      "one",
      "one\n",
      "one\ntwo",
      "one\n\n\ntwo\n",
      "  a line of a license\n00001740 03 n 01 entity 0 003\n",
      // Lines across the blocks' edges, and one longer than a block.
      block.substr(1) + "\nnext\n",
      block + "\nnext",
      block + block + "y\nz\n",
      "a\n" + block.substr(2) + "\n" + block,
  };
  for (const auto& text : texts) {
    EXPECT_EQ(FileLines(text), GetlineLines(text)) << "a text of " << text.size() << " bytes";
  }
}

TEST(ForEachFileLineTest, MissingFile) {
  EXPECT_FALSE(ForEachFileLine("/nonexistent/file", [](std::string_view) {}));
}

TEST(TitleAtTest, LongestTitleThatBeginsAtAToken) {
  const Lexicon& lex = testing::TestLexicon();
  // Tokens by their lower-case forms only, as TitleAt reads them.
  std::vector<Token> tokens;
  for (const char* w : {"the", "prime", "minister", "said", "president"}) {
    Token t;
    t.lower = w;
    lex.Intern(t.lower);
    tokens.push_back(t);
  }
  const TitleInfo* info = nullptr;
  std::string title;
  EXPECT_EQ(lex.TitleAt(tokens, 0, tokens.size(), &info, &title), 0u);
  ASSERT_EQ(lex.TitleAt(tokens, 1, tokens.size(), &info, &title), 2u);
  EXPECT_EQ(title, "prime minister");
  EXPECT_EQ(info, lex.Title("prime minister"));
  // Not past `end`.
  EXPECT_EQ(lex.TitleAt(tokens, 1, 2, &info, &title), lex.Title("prime") != nullptr ? 1u : 0u);
  EXPECT_EQ(lex.TitleAt(tokens, 4, tokens.size(), &info, nullptr), 1u);
  EXPECT_EQ(lex.TitleAt(tokens, 5, tokens.size(), &info, nullptr), 0u);
}

}  // namespace
}  // namespace newskg::internal
