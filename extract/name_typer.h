// A trained name typer: is a capitalized name a person, an organization, a
// place, or something else (a work, an event, a product, a language)? An
// averaged perceptron over the name's words and shape, the words around it,
// titles and nouns before it, the gazetteers (countries, capitals, WordNet
// instances, given names, organization heads and suffixes, place nouns) and,
// where the sentence is parsed, the name's relation, its governor and its
// preposition. Trained by `newskg train` on the typed named mentions of GUM
// (the entity layer in MISC, mentions whose head is tagged PROPN).
//
// The entity recognizer asks it where its rules have no strong evidence
// (see README, "Extraction: how it works and why").
#ifndef NEWSKG_EXTRACT_NAME_TYPER_H_
#define NEWSKG_EXTRACT_NAME_TYPER_H_

#include <array>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "base/base.h"
#include "extract/conllu.h"
#include "extract/document.h"
#include "extract/internal/perceptron.h"
#include "extract/lemmatizer.h"
#include "extract/lexicon.h"
#include "extract/pos_tagger.h"

namespace newskg {

class NameTyper {
 public:
  enum Label { kPerson = 0, kOrganization = 1, kPlace = 2, kOther = 3 };
  static constexpr int kNumLabels = 4;
  static const char* LabelName(Label l);

  struct Scores {
    std::array<float, kNumLabels> score{};
    Label best = kOther;
    float margin = 0.0f;  // best score minus the runner-up's
  };

  // What the entity recognizer's rules made of a name, a feature of the
  // typer: the weak rule that typed it (a WeakRule; 0 for strong evidence,
  // -1 when the rules found no name there) and the type they gave it (an
  // EntityType, -1 for none).
  struct RuleGuess {
    int rule = -1;
    int type = -1;
  };

  // A named mention of a training sentence, on the Document made from it.
  struct Example {
    size_t begin = 0, end = 0;  // tokens [begin, end)
    size_t sentence = 0;
    Label label = kOther;
    RuleGuess guess;  // filled by FromConllu with the recognizer's rules
  };

  // What the other names of an article say about a name ("Abramovich" alone
  // after "Roman Abramovich"; "Lockheed" alone beside "Lockheed Martin"):
  // built once per Document.
  struct NameIndex {
    enum Flag : uint8_t { kLastOfLonger = 1, kFirstOfLonger = 2, kAfterGivenName = 4 };
    std::unordered_map<std::string, uint8_t> flags;   // by word as written
    std::unordered_map<std::string, uint16_t> alone;  // times it stands as a one-word name
  };
  static NameIndex IndexNames(const Document& doc, const Lexicon& lex);
  // The sentences of a CoNLL-U file grouped into documents ("# newdoc").
  static std::vector<std::vector<ConlluSentence>> Documents(
      const std::vector<ConlluSentence>& sentences);
  // The CoNLL-U sentences of one document as a Document: its text rebuilt
  // (SpaceAfter=No kept, a line per sentence), newskg's tokens with the HMM
  // tagger's tags and lemmas (what extraction sees), and the treebank's tree
  // copied onto the tokens that begin where a word begins. `examples`
  // receives its named mentions: for each
  // GUM mention whose head is tagged PROPN, the run of capitalized words
  // around the head (connectors inside), without titles and "the" before it,
  // each with what the recognizer's rules (no typer) made of it.
  struct Annotators {
    const Lexicon* lexicon = nullptr;
    const PosTagger* tagger = nullptr;
    const Lemmatizer* lemmatizer = nullptr;
  };
  static Document FromConllu(const std::vector<ConlluSentence>& sentences, const Annotators& a,
                             std::vector<Example>* examples);
  // Every named mention of the documents with an entity layer, with its
  // document and the document's name index (training and scoring).
  static void ForEachExample(
      const std::vector<ConlluSentence>& sentences, const Annotators& a,
      const std::function<void(const Document&, const Example&, const NameIndex&)>& fn);

  struct TrainOptions {
    int epochs = 10;
    uint64_t seed = 1;
    float prune = 0.0f;
    // Each epoch, an example is seen without its parse features with this
    // probability, so the model also types names in sentences not parsed.
    double parse_dropout = 0.5;
    std::function<void(const std::string&)> progress;
  };
  struct Accuracy {
    size_t total = 0, correct = 0;
    std::array<std::array<size_t, kNumLabels>, kNumLabels> confusion{};  // [gold][predicted]
    double Percent() const {
      return total ? 100.0 * static_cast<double>(correct) / static_cast<double>(total) : 0.0;
    }
    std::string Summary() const;  // "91.20% of 1,234 (Person 95.1 ...)"
  };

  // Whether any word of `sentences` has GUM's entity layer (Entity= in MISC).
  static bool HasEntityLayer(const std::vector<ConlluSentence>& sentences);

  // Learns from the sentences that carry GUM's entity layer (others hold no
  // examples); `dev` (may be null) is scored after each epoch.
  [[nodiscard]] static Result<NameTyper> Train(const std::vector<ConlluSentence>& train,
                                               const std::vector<ConlluSentence>* dev,
                                               const Annotators& a, const TrainOptions& options);
  [[nodiscard]] static Result<NameTyper> Load(const std::string& path);
  [[nodiscard]] Status Save(const std::string& path) const;

  // Scores the name [b, e) of `doc`, inside the sentence [first, end) of
  // tokens. Parse features are used when the name's tokens have a parse.
  Scores Score(const Document& doc, size_t b, size_t e, size_t first, size_t end,
               const Lexicon& lex, const RuleGuess* guess = nullptr,
               const NameIndex* index = nullptr) const;
  // The best of four scores, and its margin.
  static Scores Best(const std::array<float, kNumLabels>& scores);

  // Accuracy on the named mentions of `sentences`, with and without the
  // treebank's parse.
  Accuracy Evaluate(const std::vector<ConlluSentence>& sentences, const Annotators& a,
                    bool parse) const;

  size_t num_features() const { return model_.num_features(); }

 private:
  perceptron::Model model_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_NAME_TYPER_H_
