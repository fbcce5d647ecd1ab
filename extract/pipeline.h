// The extraction pipeline: every stage over one Document, in order.
#ifndef NEWSKG_EXTRACT_PIPELINE_H_
#define NEWSKG_EXTRACT_PIPELINE_H_

#include <memory>

#include "base/base.h"
#include "extract/document.h"
#include "extract/lexicon.h"
#include "extract/parse_models.h"
#include "extract/pos_tagger.h"

namespace newskg {

// Articles larger than this are refused rather than processed slowly.
inline constexpr size_t kMaxArticleBytes = 32u << 20;

// Which sentences get the trained tagger and the dependency parse. Every
// sentence gets Penn tags (the HMM tagger) and lemmas either way.
enum class ParseScope {
  kNone,           // none: roles from token windows only, fastest
  kFactSentences,  // the sentences with an event trigger, which can hold a fact (default)
  kAll,
};

class Pipeline {
 public:
  Pipeline(std::shared_ptr<const Lexicon> lexicon, ParseModels parse,
           ParseScope scope = ParseScope::kNone)
      : lex_(std::move(lexicon)), parse_(std::move(parse)), scope_(scope) {}

  // Loads the lexicons and the parse models from their default places (see
  // LexiconPaths, PosTagger::DefaultDir and ParseModels::DefaultDir). With
  // `threads` > 1 the lexicons load on a thread of their own while the
  // models load on this one (the same result, in about half the wall time).
  [[nodiscard]] static Result<Pipeline> Create(ParseScope scope = ParseScope::kNone,
                                               unsigned threads = 1);

  // Runs tokenizer, sentence splitter, the parse layer (tags and lemmas for
  // every sentence; the trained tagger and the dependency parse for the
  // sentences the scope names, see ParseModels::AnnotateSelected),
  // date, money and count normalizers,
  // entity recognizer, coreference, event and quote extractors, then drops
  // entities that are neither named nor used by a fact. `doc.text` must be
  // valid UTF-8 (see reader.h); `doc.date`, when set, is YYYY-MM-DD.
  [[nodiscard]] Status Run(Document& doc) const;

  const Lexicon& lexicon() const { return *lex_; }

 private:
  std::shared_ptr<const Lexicon> lex_;
  ParseModels parse_;
  ParseScope scope_;
};

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_PIPELINE_H_
