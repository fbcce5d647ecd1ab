// How the transliterator that folds names spells the characters of the
// Latin blocks and of general punctuation, from a table, so that names in
// those characters need not make the transliterator (about 150 M
// instructions per process, most of it ICU's registry of transliterators).
#ifndef NEWSKG_BASE_LATIN_SPELLING_H_
#define NEWSKG_BASE_LATIN_SPELLING_H_

#include <cstdint>
#include <string_view>

namespace newskg {

// What ICU's "Any-Latin; Latin-ASCII; NFKD; [:Nonspacing Mark:] Remove;
// NFC" makes of the character `cp` whatever its neighbours are, for a
// character of U+0080..U+036F, U+1E00..U+1EFF or U+2000..U+206F that is not
// an ASCII letter with accents (those decompose by NFD): kSpelled, with its
// ASCII spelling in `spelling` ("Æ" -> "AE", "ł" -> "l", a combining accent
// -> ""); kKept, when it is left as it is ("ə", "†"); kUnknown for any
// other character, whose spelling depends on its neighbours or is not
// ASCII (Greek, Cyrillic, "µ" -> "μ").
enum class LatinSpelling { kUnknown, kKept, kSpelled };
LatinSpelling SpellLatin(uint32_t cp, std::string_view& spelling);

}  // namespace newskg

#endif  // NEWSKG_BASE_LATIN_SPELLING_H_
