// Names to keys: the one folding (by ICU) that identity across articles
// compares names by, and the slug of it that entity keys and IRIs are made of.
#ifndef NEWSKG_BASE_NAMES_H_
#define NEWSKG_BASE_NAMES_H_

#include <string>
#include <string_view>
#include <vector>

namespace newskg {

// A name folded for identity, by ICU: any script transliterated to Latin and
// Latin to ASCII ("Any-Latin; Latin-ASCII"), decomposed (NFKD) with accents
// dropped, case-folded; punctuation dropped, hyphens and spaces one space:
// "Ekrem İmamoğlu" -> "ekrem imamoglu", "Владимир Путин" -> "vladimir
// putin", "ÅRHUS" -> "arhus", "U.S." -> "us". A letter with no ASCII
// spelling is kept. ASCII words are folded without ICU.
std::string FoldName(const std::string& name);

// A name spelled in ASCII Latin letters, its case and punctuation kept, by
// the same transliteration: "Ekrem İmamoğlu" -> "Ekrem Imamoglu",
// "Владимир Путин" -> "Vladimir Putin"; ASCII names come back as they are.
// Names that fold alike and differ only in script or accents get one
// spelling.
std::string LatinName(const std::string& name);

// Text whose words that mix Latin letters with letters of another script
// ("Chelsea FС" with a Cyrillic "С", a homoglyph) are spelled in the Latin
// letters those look like, by ICU's confusable skeletons; as many code
// points as before. Words of one script ("Путин") and text without a byte
// over 0x7F come back as they are.
std::string FoldLookalikes(std::string_view text);

// A name as a key or IRI path: FoldName with '-' for the spaces, each part
// between '/' on its own: "Vladimir Putin" -> "vladimir-putin",
// "Person/Århus" -> "person/arhus", "U.S." -> "us". Entity keys
// ("Person/vladimir-putin") are made with it in extraction and their IRIs
// from the same function, so two names that fold alike share one IRI. A
// part with nothing left after folding becomes "x" and a hash of it.
std::string NameSlug(std::string_view name);

// A spelling-tolerant key of a folded multi-word name, for transliteration
// variants: "muammar gaddafi", "moammar kadhafi" and "muammar qaddafi" share one.
std::string SkeletonKey(const std::string& folded);

}  // namespace newskg

#endif  // NEWSKG_BASE_NAMES_H_
