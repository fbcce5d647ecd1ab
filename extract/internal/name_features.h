// The name typer's features (extract/name_typer.h): the words and shape of a
// name, the words around it, the gazetteers and word lists, and, where the
// sentence is parsed, its relation, governor and preposition.
#ifndef NEWSKG_EXTRACT_INTERNAL_NAME_FEATURES_H_
#define NEWSKG_EXTRACT_INTERNAL_NAME_FEATURES_H_

#include <cstdint>
#include <vector>

#include "extract/document.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"
#include "extract/name_typer.h"

namespace newskg::internal {

// A context word or code that is not there.
inline constexpr uint64_t kNoFeatureValue = 0x6e6f6e65;

// The features of the name [b, e) in the sentence [first, end). With
// `parse`, also those of the tree where the name's head has a relation.
void NameFeatures(const Document& doc, size_t b, size_t e, size_t first, size_t end,
                  const Lexicon& lex, const StageWords& words, bool parse,
                  const NameTyper::RuleGuess* guess, const NameTyper::NameIndex* index,
                  std::vector<uint64_t>& f);

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_NAME_FEATURES_H_
