// Dependency parser stage. Needs: tokens, sentences, Token::upos and
// Token::tag (the trained tagger). Provides: Token::head and Token::deprel,
// Universal Dependencies relations with their subtypes (nsubj:pass,
// obl:agent, nmod:poss, acl:relcl, ...).
//
// A greedy arc-eager transition parser (Nivre 2003) scored by an averaged
// perceptron over the rich feature templates of Zhang & Nivre (2011), and
// trained by `newskg train` with the dynamic oracle and exploration of
// Goldberg & Nivre (2012) on the UD English treebanks, with tags predicted by
// a tagger that did not see the sentence (jackknifing).
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
  // ParseWords with a beam of `width` (1 gives the greedy parse).
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

  struct WordInfo {
    uint64_t w = 0, p = 0, u = 0, s = 0;  // word, Penn tag, UD tag, suffix
    bool punct = false;
  };

 private:
  template <typename Scorer, typename Chooser>
  void Run(const std::vector<WordInfo>& info, const Scorer& score, const Chooser& choose,
           std::vector<int>& heads, std::vector<int>& labels) const;

  void Finish(arc_eager::State& s, const std::vector<WordInfo>& info, std::vector<int>& heads,
              std::vector<int>& labels) const;

  std::vector<std::string> labels_;
  int beam_ = 1;
  int root_label_ = 0, fallback_label_ = 0, punct_label_ = 0;
  perceptron::Model model_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_DEPENDENCY_PARSER_H_
