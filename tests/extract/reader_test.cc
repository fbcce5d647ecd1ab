#include "extract/reader.h"

#include <gtest/gtest.h>

#include <sstream>

namespace newskg {
namespace {

struct Utf8Case {
  std::string input;
  size_t bad;  // npos when valid
};

TEST(ReaderTest, FindsFirstInvalidUtf8Byte) {
  const Utf8Case cases[] = {
      {"plain ASCII", std::string::npos},
      {"Tsikhanouskaya \xC3\xA9t\xC3\xA9", std::string::npos},
      {"\xE2\x80\x9Cquoted\xE2\x80\x9D", std::string::npos},
      {"emoji \xF0\x9F\x98\x80", std::string::npos},
      {"bad \xFF byte", 4},
      {"truncated \xC3", 10},
      {"overlong \xC0\xAF", 9},
      {"surrogate \xED\xA0\x80", 10},
      {std::string("nul\0byte", 8), 3},
      {"lone continuation \x80", 18},
      {"beyond \xF4\x90\x80\x80", 7},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(FindInvalidUtf8(c.input), c.bad) << c.input;
  }
}

TEST(ReaderTest, CheckTextNamesInputAndPosition) {
  const Status s = CheckText("line one\nbad \xFF", "a.txt");
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(s.message(), "a.txt: line 2, column 5 (byte 13): invalid UTF-8 byte sequence");
  const Status nul = CheckText(std::string("ab\0", 3), "b.bin");
  EXPECT_EQ(nul.message(),
            "b.bin: line 1, column 3 (byte 2): NUL byte: binary input is not an article");
}

TEST(ReaderTest, EmptyArticleIsAnError) {
  for (const char* text : {"", "   ", "\n\t\n"}) {
    auto doc = ReadTextArticle(text, "empty.txt");
    ASSERT_FALSE(doc.ok());
    EXPECT_EQ(doc.status().message(), "empty.txt: empty article (no text)");
  }
}

struct JsonCase {
  std::string line;
  std::string id, date, text;
  std::string error;  // empty when the line is valid
};

TEST(ReaderTest, ParsesJsonArticles) {
  const JsonCase cases[] = {
      {R"({"id":"a","date":"2020-09-14","text":"Hello."})", "a", "2020-09-14", "Hello.", ""},
      {R"({"text":"Quote \"x\" and \\ back\nslash","id":"b"})", "b", "",
       "Quote \"x\" and \\ back\nslash", ""},
      {R"({"id":"c","text":"caf\u00e9 \ud83d\ude00","extra":[1,{"k":null}],"n":3.5})", "c", "",
       "caf\xC3\xA9 \xF0\x9F\x98\x80", ""},
      {R"({"id":"d","url":null,"title":"T","text":"x"})", "d", "", "x", ""},
      {R"({"id":"e"})", "", "", "", "in.jsonl: line 7, column 11: the object has no \"text\""},
      {R"({"id":"f","text":"x")", "", "", "", "in.jsonl: line 7, column 21: expected ',' or '}'"},
      {R"(["not an object"])", "", "", "", "in.jsonl: line 7, column 1: expected a JSON object"},
      {R"({"id":"g","text":"x"} trailing)", "", "", "",
       "in.jsonl: line 7, column 23: trailing characters after the JSON object"},
      {R"({"id":"h","date":"2020-13-01","text":"x"})", "", "", "",
       "in.jsonl: line 7, column 42: \"date\" is not a YYYY-MM-DD date: 2020-13-01"},
      {R"({"id":"u","url":"not a url","text":"x"})", "", "", "",
       "in.jsonl: line 7, column 40: \"url\" is not an absolute IRI: not a url"},
      {R"({"id":"v","url":"https://example.org/a b","text":"x"})", "", "", "",
       "in.jsonl: line 7, column 54: \"url\" is not an absolute IRI: https://example.org/a b"},
      {R"({"id":"w","url":"urn:isbn:123","text":"x"})", "w", "", "x", ""},
      {R"({"id":"i","text":"bad \u12"})", "", "", "",
       "in.jsonl: line 7, column 28: bad \\u escape"},
      {R"({"id":"j","text":"\ud800"})", "", "", "",
       "in.jsonl: line 7, column 25: unpaired surrogate in \\u escape"},
      {"{\"id\":\"k\",\"text\":\"raw\ttab\"}", "", "", "",
       "in.jsonl: line 7, column 23: control character in string"},
  };
  for (const auto& c : cases) {
    auto doc = ParseJsonArticle(c.line, "in.jsonl", 7);
    if (c.error.empty()) {
      ASSERT_TRUE(doc.ok()) << c.line << ": " << doc.status().message();
      EXPECT_EQ(doc->id, c.id);
      EXPECT_EQ(doc->date, c.date);
      EXPECT_EQ(doc->text, c.text);
    } else {
      ASSERT_FALSE(doc.ok()) << c.line;
      EXPECT_EQ(doc.status().message(), c.error) << c.line;
    }
  }
}

TEST(ReaderTest, JsonlStreamStopsAtFirstBadLineWithItsNumber) {
  std::istringstream in(
      "{\"id\":\"a\",\"text\":\"one\"}\n\n{\"id\":\"b\",\"text\":\"two\"}\n{oops}\n");
  std::vector<std::string> ids;
  const Status s = ForEachJsonlArticle(in, "s.jsonl", [&](Document&& d) {
    ids.push_back(d.id);
    return Status::Ok();
  });
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.message(), "s.jsonl: line 4, column 2: expected a string");
}

TEST(ReaderTest, ValidatesIsoDates) {
  const std::pair<const char*, bool> cases[] = {
      {"2020-09-14", true},  {"2024-02-29", true},  {"2023-02-29", false}, {"2020-9-14", false},
      {"2020-00-10", false}, {"2020-04-31", false}, {"abcd-ef-gh", false}, {"", false},
      {"1900-02-29", false}, {"2000-02-29", true},
  };
  for (const auto& [d, ok] : cases) EXPECT_EQ(IsValidIsoDate(d), ok) << d;
}

}  // namespace
}  // namespace newskg
