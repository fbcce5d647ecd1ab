// The parse layer's models as one unit: the trained tagger, the lemma table
// and the dependency parser, loaded from one folder (models/) and trained
// together from CoNLL-U treebanks by `newskg train`.
#ifndef NEWSKG_EXTRACT_PARSE_MODELS_H_
#define NEWSKG_EXTRACT_PARSE_MODELS_H_

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extract/dependency_parser.h"
#include "extract/document.h"
#include "extract/lemmatizer.h"
#include "extract/pos_tagger.h"
#include "extract/status.h"
#include "extract/tagger.h"

namespace newskg {

struct ParseModels {
  static constexpr const char* kTaggerFile = "tagger.model";
  static constexpr const char* kParserFile = "parser.model";
  static constexpr const char* kLemmaFile = "lemmas.tsv";

  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const Lemmatizer> lemmatizer;
  std::shared_ptr<const DependencyParser> parser;

  // NEWSKG_MODEL_DIR, else the build-time models/ folder.
  static std::string DefaultDir();
  // `lexicon` is the HMM tagger whose lexicon the trained tagger reads.
  [[nodiscard]] static Result<ParseModels> Load(const std::string& dir,
                                                std::shared_ptr<const PosTagger> lexicon,
                                                const std::string& wordnet_dir);

  // Tags, lemmatizes and parses every sentence of `doc`.
  void Annotate(Document& doc) const;
};

struct ParseTrainOptions {
  std::vector<std::string> train_files;  // CoNLL-U
  std::vector<std::string> dev_files;    // CoNLL-U, scored after training
  std::string out_dir;
  int tagger_epochs = 8;
  int parser_epochs = 12;
  int folds = 4;    // jackknifing: the parser trains on tags from taggers that did not see the sentence
  int threads = 2;  // the folds run in parallel; the models do not depend on it
  uint64_t seed = 1;
  std::shared_ptr<const PosTagger> lexicon;
  std::string wordnet_dir;
  std::function<void(const std::string&)> progress;
};

// Trains and writes the three model files into out_dir. The same inputs give
// the same bytes.
[[nodiscard]] Status TrainParseModels(const ParseTrainOptions& options);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_PARSE_MODELS_H_
