// Trained tagger stage. Needs: tokens, sentences. Provides: Token::upos (UD
// part of speech) and Token::tag (Penn Treebank part of speech).
//
// Two greedy left-to-right averaged perceptrons over one joint label (UPOS
// and XPOS together), trained by `newskg train` on the UD English treebanks;
// the second pass also reads the first pass's tags on both sides. Their
// features are the word, its affixes and shape, the two words on each side,
// the two tags before it and, as outside evidence from news text, the tags
// that the lexicon of Debian's liblingua-en-tagger-perl lists for the word.
#ifndef NEWSKG_EXTRACT_TAGGER_H_
#define NEWSKG_EXTRACT_TAGGER_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/base.h"
#include "extract/conllu.h"
#include "extract/document.h"
#include "extract/internal/perceptron.h"
#include "extract/pos_tagger.h"

namespace newskg {

// A word's tags from a tagger that did not see its sentence in training.
struct JackknifedTag {
  std::string upos, xpos;
};

class Tagger {
 public:
  struct TrainOptions {
    int epochs = 8;
    uint64_t seed = 1;
    // With two or more folds, a second pass that also reads the first pass's
    // tags of the words after each word, trained on jackknifed first-pass tags.
    int folds = 4;
    int threads = 2;
    float prune = 0.0f;  // drop averaged weights smaller than this
    // Called with a line per epoch and pass, then the dev score.
    std::function<void(const std::string&)> progress;
  };

  // Learns from `train`; `dev` (may be null) is scored at the end.
  // `lexicon` gives the outside lexicon feature and must be the one the
  // model is later loaded with. When `jackknifed` is given, it receives, for
  // every training sentence, the (UPOS, XPOS) tags of models that did not
  // see it: what the parser should train on.
  [[nodiscard]] static Result<Tagger> Train(
      const std::vector<ConlluSentence>& train, const std::vector<ConlluSentence>* dev,
      std::shared_ptr<const PosTagger> lexicon, const TrainOptions& options,
      std::vector<std::vector<JackknifedTag>>* jackknifed = nullptr);
  [[nodiscard]] static Result<Tagger> Load(const std::string& path,
                                           std::shared_ptr<const PosTagger> lexicon);
  [[nodiscard]] Status Save(const std::string& path) const;

  // The joint tag of each word of one sentence.
  void TagWords(const std::vector<std::string_view>& words, std::vector<int>& tags) const;
  const std::string& Upos(int tag) const { return upos_[static_cast<size_t>(tag)]; }
  const std::string& Xpos(int tag) const { return xpos_[static_cast<size_t>(tag)]; }
  int num_tags() const { return static_cast<int>(upos_.size()); }

  // Fills the UPOS and XPOS columns of a CoNLL-U sentence from its words.
  void TagConllu(ConlluSentence& sentence) const;

  // Tags every sentence of `doc`, or one.
  void Tag(Document& doc) const;
  void TagSentence(Document& doc, const Sentence& sentence) const;

  struct WordInfo;  // what the features read of one word

 private:
  void Describe(const std::vector<std::string_view>& words, std::vector<WordInfo>& info) const;
  template <typename Scorer>
  void Decode(const std::vector<WordInfo>& info, std::vector<int>& tags, const Scorer& score,
              const std::vector<int>* gold, perceptron::Trainer* trainer,
              const std::vector<int>* first = nullptr) const;

  std::shared_ptr<const PosTagger> lexicon_;
  std::vector<std::string> upos_, xpos_;
  perceptron::Model model_;
  perceptron::Model second_;  // empty for a one-pass tagger
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_TAGGER_H_
