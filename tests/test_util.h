// Shared helpers for the extraction tests.
#ifndef NEWSKG_TESTS_TEST_UTIL_H_
#define NEWSKG_TESTS_TEST_UTIL_H_

#include <memory>
#include <string>
#include <vector>

#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/parse_models.h"
#include "extract/pos_tagger.h"

namespace newskg::testing {

// The project's lexicons, loaded once (fails the test when they cannot be).
const Lexicon& TestLexicon();

// The HMM tagger (whose lexicon the trained tagger reads) and the shipped
// parse models, loaded once.
std::shared_ptr<const PosTagger> TestPosTagger();
const ParseModels& TestParseModels();

// A file in the test temporary folder named for this process alone (the
// test binaries of two builds may run at once), removed when it goes out of
// scope. WriteTemp writes `data` to a new one.
class TempFile {
 public:
  explicit TempFile(const std::string& name);
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile();
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};
std::unique_ptr<TempFile> WriteTemp(const std::string& name, const std::string& data);

// A new, empty folder in the test temporary folder named for this process
// alone, removed with its contents when it goes out of scope.
class TempFolder {
 public:
  explicit TempFolder(const std::string& name);
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  ~TempFolder();
  const std::string& path() const { return path_; }
  // `path()/name`.
  std::string File(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

// The words of a sentence written with spaces between them.
std::vector<std::string> SplitWords(const std::string& s);

// Runs the whole pipeline on `text` with article date `date`.
Document Extract(const std::string& text, const std::string& date = "2024-03-13");
// The same with every sentence tagged by the trained tagger and parsed.
Document ExtractParsed(const std::string& text, const std::string& date = "2024-03-13");

// Label of the entity with this label or alt label, "" when none.
int FindEntity(const Document& doc, const std::string& name);

// "Person:Vladimir Putin" for every entity, sorted.
std::vector<std::string> EntitySummary(const Document& doc);

// "leaderOf(Vladimir Putin, Russia)" for every relation, sorted.
std::vector<std::string> RelationSummary(const Document& doc);

// Events of a class, "role=value;..." with entity labels, sorted.
std::vector<std::string> EventSummary(const Document& doc, const std::string& cls);

}  // namespace newskg::testing

#endif  // NEWSKG_TESTS_TEST_UTIL_H_
