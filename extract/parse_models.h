// The parse layer's models as one unit: the trained tagger, the lemma table
// and the dependency parser, loaded from one folder (models/) and trained
// together from CoNLL-U treebanks by `newskg train`.
#ifndef NEWSKG_EXTRACT_PARSE_MODELS_H_
#define NEWSKG_EXTRACT_PARSE_MODELS_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "extract/dependency_parser.h"
#include "extract/document.h"
#include "extract/lemmatizer.h"
#include "extract/lexicon.h"
#include "extract/name_typer.h"
#include "extract/pos_tagger.h"
#include "extract/tagger.h"

namespace newskg {

struct ParseModels {
  static constexpr const char* kTaggerFile = "tagger.model";
  static constexpr const char* kParserFile = "parser.model";
  static constexpr const char* kLemmaFile = "lemmas.tsv";
  static constexpr const char* kNamesFile = "names.model";

  std::shared_ptr<const PosTagger> fast_tagger;  // the HMM; its lexicon is a feature of `tagger`
  std::shared_ptr<const Tagger> tagger;
  std::shared_ptr<const Lemmatizer> lemmatizer;
  std::shared_ptr<const DependencyParser> parser;
  // The name typer (small; loaded whatever `trained` says). Null when the
  // folder has no names.model: the recognizer then types by its rules alone.
  std::shared_ptr<const NameTyper> names;

  // NEWSKG_MODEL_DIR, else the build-time models/ folder.
  static std::string DefaultDir();
  // `lexicon` is the HMM tagger whose lexicon the trained tagger reads.
  // Without `trained`, only the lemmatizer is loaded (tagger and parser stay
  // null): all that extraction needs while no stage reads the parse.
  [[nodiscard]] static Result<ParseModels> Load(const std::string& dir,
                                                std::shared_ptr<const PosTagger> lexicon,
                                                const std::string& wordnet_dir,
                                                bool trained = true);

  // Tags, lemmatizes and parses every sentence of `doc`.
  void Annotate(Document& doc) const;
  // The fast path for extraction: every sentence gets the HMM tagger's Penn
  // tags and lemmas from them; the sentences `select` then picks get the
  // trained tagger's tags (Penn and UD), lemmas and the dependency parse.
  // The others keep Token::upos and Token::deprel empty and Token::head -1.
  void AnnotateSelected(Document& doc,
                        const std::function<bool(const Document&, const Sentence&)>& select) const;
};

// What `newskg parse` does, as one library call: text or CoNLL-U in,
// CoNLL-U out (ID, FORM, LEMMA, UPOS, XPOS, HEAD, DEPREL).
class ConlluAnnotator {
 public:
  // The models from `model_dir`, the lexicons from their default places.
  [[nodiscard]] static Result<ConlluAnnotator> Load(const std::string& model_dir);
  // An article through the tokenizer, sentence splitter, tagger, lemmatizer
  // and parser; sentences are numbered `id`-1, `id`-2... Errors (invalid
  // UTF-8, empty text) name `name`.
  [[nodiscard]] Result<std::string> FromText(std::string text, std::string_view name,
                                             const std::string& id) const;
  // CoNLL-U that keeps its sentences and words and gets the predicted
  // columns filled in (FEATS cleared).
  [[nodiscard]] Result<std::string> FromConllu(std::string_view conllu,
                                               std::string_view name) const;

 private:
  ParseModels models_;
  std::shared_ptr<const Lexicon> lexicon_;
};

struct ParseTrainOptions {
  std::vector<std::string> train_files;  // CoNLL-U
  std::vector<std::string> dev_files;    // CoNLL-U, scored after training
  std::string out_dir;
  int tagger_epochs = 8;
  int parser_epochs = 12;
  int folds =
      4;  // jackknifing: the parser trains on tags from taggers that did not see the sentence
  int threads = 2;  // the folds run in parallel; the models do not depend on it
  uint64_t seed = 1;
  // Averaged weights below these are dropped: smaller models that load and
  // run faster, since scoring is bound by memory reads (see the README).
  float tagger_prune = 1.0f;
  float parser_prune = 1.5f;
  int name_epochs = 10;
  float name_prune = 0.0f;
  // Only the name typer (names.model): the other three files are left as
  // they are.
  bool names_only = false;
  // Only the parser (parser.model): the training files already carry the
  // tags the parser will see (as `tagged_dir` writes them), and the dev files
  // are scored with their own tags.
  bool parser_only = false;
  // Where to write the jackknifed training tags and the tagged dev sentences
  // (train.conllu, dev.conllu), for --parser-only runs; empty: not written.
  std::string tagged_dir;
  int parser_beam = DependencyParser::TrainOptions{}.beam;
  // Which way the parser reads: "ltr", "rtl" or "ltr+rtl" (two parsers
  // combined).
  std::string parser_order = "ltr";
  std::shared_ptr<const PosTagger> lexicon;  // null: the default one (PosTagger::DefaultDir)
  std::string wordnet_dir;                   // empty: LexiconPaths::Defaults()
  std::function<void(const std::string&)> progress;
};

// Trains and writes the model files into out_dir: the tagger, lemma table and
// parser from every training file, the name typer from the sentences that
// carry GUM's entity layer. The same inputs give the same bytes.
[[nodiscard]] Status TrainParseModels(const ParseTrainOptions& options);

// How the entity recognizer types the named mentions of `sentences` (GUM's
// entity layer, as NameTyper::FromConllu finds them), without a parse, by its
// rules alone or with `typer`: a name counts as typed by the name mention that
// holds its last word (Country, City and Place as Place), Other when none does.
NameTyper::Accuracy RuleNameAccuracy(const std::vector<ConlluSentence>& sentences,
                                     const NameTyper::Annotators& a,
                                     const NameTyper* typer = nullptr);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_PARSE_MODELS_H_
