#include "tests/test_util.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "extract/pipeline.h"

namespace newskg::testing {

TempFile::TempFile(const std::string& name)
    : path_(::testing::TempDir() + "newskg-" + std::to_string(getpid()) + "-" + name) {}

TempFile::~TempFile() { std::remove(path_.c_str()); }

TempFolder::TempFolder(const std::string& name)
    : path_(::testing::TempDir() + "newskg-" + std::to_string(getpid()) + "-" + name) {
  std::filesystem::remove_all(path_);
  std::filesystem::create_directories(path_);
}

TempFolder::~TempFolder() {
  std::error_code ignored;
  std::filesystem::remove_all(path_, ignored);
}

std::unique_ptr<TempFile> WriteTemp(const std::string& name, const std::string& data) {
  auto file = std::make_unique<TempFile>(name);
  std::ofstream(file->path(), std::ios::binary) << data;
  return file;
}

const Lexicon& TestLexicon() {
  static std::shared_ptr<const Lexicon> lex = [] {
    auto loaded = Lexicon::Load(LexiconPaths::Defaults());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::move(loaded).value();
  }();
  return *lex;
}

std::shared_ptr<const PosTagger> TestPosTagger() {
  static std::shared_ptr<const PosTagger> tagger = [] {
    auto loaded = PosTagger::Load(PosTagger::DefaultDir());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return std::make_shared<const PosTagger>(std::move(loaded).value());
  }();
  return tagger;
}

const ParseModels& TestParseModels() {
  static const ParseModels* models = [] {
    auto loaded = ParseModels::Load(ParseModels::DefaultDir(), TestPosTagger(),
                                    LexiconPaths::Defaults().wordnet_dir);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      std::abort();
    }
    return new ParseModels(std::move(loaded).value());
  }();
  return *models;
}

std::vector<std::string> SplitWords(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

namespace {
Document RunScope(const std::string& text, const std::string& date, ParseScope scope) {
  static std::shared_ptr<const Lexicon> lex(&TestLexicon(), [](const Lexicon*) {});
  Pipeline p(lex, TestParseModels(), scope);
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = date;
  const Status s = p.Run(doc);
  EXPECT_TRUE(s.ok()) << s.message();
  return doc;
}
}  // namespace

Document Extract(const std::string& text, const std::string& date) {
  return RunScope(text, date, ParseScope::kNone);
}

Document ExtractParsed(const std::string& text, const std::string& date) {
  return RunScope(text, date, ParseScope::kAll);
}

int FindEntity(const Document& doc, const std::string& name) {
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.label == name || e.alt_labels.count(name) > 0) return static_cast<int>(i);
  }
  return -1;
}

std::vector<std::string> EntitySummary(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& e : doc.entities)
    out.push_back(std::string(EntityTypeName(e.type)) + ":" + e.label);
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> RelationSummary(const Document& doc) {
  std::vector<std::string> out;
  for (const auto& r : doc.relations) {
    out.push_back(r.property + "(" + doc.entities[static_cast<size_t>(r.subject)].label + ", " +
                  doc.entities[static_cast<size_t>(r.object)].label + ")");
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> EventSummary(const Document& doc, const std::string& cls) {
  std::vector<std::string> out;
  for (const auto& ev : doc.events) {
    if (ev.cls != cls) continue;
    std::vector<std::string> parts;
    for (const auto& [role, v] : ev.entity_roles) {
      std::vector<std::string> names;
      for (int e : v) names.push_back(doc.entities[static_cast<size_t>(e)].label);
      std::sort(names.begin(), names.end());
      std::string joined;
      for (const auto& n : names) joined += (joined.empty() ? "" : ",") + n;
      parts.push_back(role + "=" + joined);
    }
    for (const auto& m : ev.amounts) parts.push_back("amount=" + m.value + " " + m.currency);
    for (const auto& d : ev.dates) parts.push_back("date=" + d.lexical);
    if (ev.count) parts.push_back("count=" + std::to_string(ev.count->value));
    if (!ev.quote.empty()) parts.push_back("quote=" + ev.quote);
    if (!ev.speaker_description.empty()) parts.push_back("described=" + ev.speaker_description);
    std::sort(parts.begin(), parts.end());
    std::string s;
    for (const auto& p : parts) s += (s.empty() ? "" : ";") + p;
    out.push_back(s);
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace newskg::testing
