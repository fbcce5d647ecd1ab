// Names to keys: the one slug that entity keys and entity IRIs are made of,
// and the folding that identity across articles compares names by.
#ifndef NEWSKG_BASE_NAMES_H_
#define NEWSKG_BASE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// A name as a key or IRI path: ASCII letters lower-cased; spaces, '.', ','
// and '\'' become one '-'; no '-' at the end: "Vladimir Putin" ->
// "vladimir-putin", "U.S." -> "u-s". Entity keys ("Person/vladimir-putin")
// are made with it in extraction and their IRIs from the same function.
std::string NameSlug(std::string_view name);

// Accents dropped (Latin letters to ASCII), lower case, punctuation dropped,
// spaces collapsed: "Ekrem İmamoğlu" -> "ekrem imamoglu", "U.S." -> "us".
std::string FoldName(const std::string& name);

// A spelling-tolerant key of a folded multi-word name, for transliteration
// variants: "muammar gaddafi", "moammar kadhafi" and "muammar qaddafi" share one.
std::string SkeletonKey(const std::string& folded);

}  // namespace newskg

#endif  // NEWSKG_BASE_NAMES_H_
