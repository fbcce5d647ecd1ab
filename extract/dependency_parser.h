// Dependency parser stage. Needs: tokens, sentences, Token::upos and
// Token::tag (the trained tagger). Provides: Token::head and Token::deprel,
// Universal Dependencies relations with their subtypes (nsubj:pass,
// obl:agent, nmod:poss, acl:relcl, ...).
//
// A greedy arc-eager transition parser (Nivre 2003) scored by an averaged
// perceptron over the rich feature templates of Zhang & Nivre (2011), and
// trained by `newskg train` with the dynamic oracle and exploration of
// Goldberg & Nivre (2012) on the UD English treebanks, with tags predicted by
// a tagger that did not see the sentence (jackknifing). A model may hold two
// such parsers, one reading the sentence left to right and one right to
// left; their trees are then combined by reparsing (Sagae & Lavie 2006): the
// heaviest tree over both parsers' arcs, each weighted by how sure its parser
// was (extract/internal/arc_combine.h).
#ifndef NEWSKG_EXTRACT_DEPENDENCY_PARSER_H_
#define NEWSKG_EXTRACT_DEPENDENCY_PARSER_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "extract/conllu.h"
#include "extract/document.h"
#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_features.h"
#include "extract/internal/perceptron.h"

namespace newskg {

class DependencyParser {
 public:
  struct TrainOptions {
    int epochs = 12;
    uint64_t seed = 1;
    double explore = 0.9;  // from the second epoch, how often to follow a wrong prediction
    // Beam width. 1: greedy, trained with the dynamic oracle and exploration.
    // More: beam search trained globally (the perceptron update at the
    // prefix of largest violation, Huang, Fayong & Guo 2012) on the static
    // oracle's derivation; the model then parses with this beam.
    int beam = 1;
    float prune = 0.0f;  // drop averaged weights smaller than this
    // Which parsers to train: left to right, right to left, or both (the
    // combined parser; greedy only).
    bool left_to_right = true, right_to_left = false;
    int threads = 1;  // both directions at once when 2; the model does not depend on it
    std::function<void(const std::string&)> progress;
  };
  struct TrainLog {
    size_t sentences = 0, lifted_arcs = 0, nonprojective_sentences = 0;
    size_t skipped_sentences = 0;  // not a tree, no relations, or over 1,000 words
  };

  // Learns from `train`, whose UPOS and XPOS columns hold the tags the
  // parser will see (predicted ones); `dev` (may be null) is scored with its
  // own tags after some epochs.
  [[nodiscard]] static Result<DependencyParser> Train(const std::vector<ConlluSentence>& train,
                                                      const std::vector<ConlluSentence>* dev,
                                                      const TrainOptions& options,
                                                      TrainLog* log = nullptr);
  [[nodiscard]] static Result<DependencyParser> Load(const std::string& path);
  [[nodiscard]] Status Save(const std::string& path) const;

  // Parses one sentence. heads[i] is 0 for the root or the 1-based word.
  void ParseWords(const std::vector<std::string_view>& words,
                  const std::vector<std::string_view>& upos,
                  const std::vector<std::string_view>& xpos, std::vector<int>& heads,
                  std::vector<int>& labels) const;
  // Fills the HEAD and DEPREL columns of a CoNLL-U sentence from its words
  // and their UPOS and XPOS columns.
  void ParseConllu(ConlluSentence& sentence) const;
  // ParseWords with a beam of `width` (1 gives the greedy parse) by the
  // first direction's model alone.
  void ParseWordsBeam(const std::vector<std::string_view>& words,
                      const std::vector<std::string_view>& upos,
                      const std::vector<std::string_view>& xpos, int width, std::vector<int>& heads,
                      std::vector<int>& labels) const;
  // The beam width it parses with (what it was trained with).
  int beam() const { return beam_; }
  void set_beam(int width) { beam_ = width < 1 ? 1 : width; }
  const std::string& Label(int label) const { return labels_[static_cast<size_t>(label)]; }
  int num_labels() const { return static_cast<int>(labels_.size()); }

  // Parses every sentence of `doc`, or one.
  void Parse(Document& doc) const;
  void ParseSentence(Document& doc, const Sentence& sentence) const;

  using WordInfo = parser_features::WordInfo;
  // The parsers it holds: 1, or 2 combined. ParseWordsBeam uses the first.
  int num_directions() const { return static_cast<int>(directions_.size()); }
  bool right_to_left(int k) const { return directions_[static_cast<size_t>(k)].right_to_left; }
  // A parser of direction k alone.
  DependencyParser OneDirection(int k) const;
  // The first direction's weights (for tests).
  const perceptron::Model& FirstModel() const { return directions_[0].model; }

 private:
  struct Direction {
    perceptron::Model model;
    bool right_to_left = false;
  };
  // The greedy parse by one direction's model; with `margins`, by word
  // 1..n the score by which the action that gave the word its head beat the
  // best other valid action (0 for words attached after the last action).
  void Greedy(const Direction& d, const std::vector<WordInfo>& info, std::vector<int>& heads,
              std::vector<int>& labels, std::vector<float>* margins) const;
  // Trains one direction on `examples` (the parser's labels are set).
  struct Example;
  [[nodiscard]] perceptron::Model TrainDirection(
      const std::vector<Example>& examples, bool right_to_left,
      const std::vector<ConlluSentence>* dev, const TrainOptions& options,
      const std::function<void(const std::string&)>& progress) const;

  template <typename Scorer, typename Chooser>
  void Run(const std::vector<WordInfo>& info, const Scorer& score, const Chooser& choose,
           std::vector<int>& heads, std::vector<int>& labels) const;

  void Finish(arc_eager::State& s, const std::vector<WordInfo>& info, std::vector<int>& heads,
              std::vector<int>& labels) const;

  std::vector<std::string> labels_;
  int beam_ = 1;
  int root_label_ = 0, fallback_label_ = 0, punct_label_ = 0;
  std::vector<Direction> directions_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_DEPENDENCY_PARSER_H_
