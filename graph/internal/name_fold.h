// Name folding for identity across articles.
#ifndef NEWSKG_GRAPH_INTERNAL_NAME_FOLD_H_
#define NEWSKG_GRAPH_INTERNAL_NAME_FOLD_H_

#include <string>
#include <vector>

namespace newskg::internal {

// Accents dropped (Latin letters to ASCII), lower case, punctuation dropped,
// spaces collapsed: "Ekrem İmamoğlu" -> "ekrem imamoglu", "U.S." -> "us".
std::string FoldName(const std::string& name);

// A spelling-tolerant key of a folded multi-word name, for transliteration
// variants: "muammar gaddafi", "moammar kadhafi" and "muammar qaddafi" share one.
std::string SkeletonKey(const std::string& folded);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_NAME_FOLD_H_
