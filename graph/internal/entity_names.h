// What names say about identity across articles: which names can be one
// thing's, the keys that join entities, and which IRI a cluster keeps. Used
// by the entity clustering (entity_clusters.h) and ResolveIdentityInPlace.
#ifndef NEWSKG_GRAPH_INTERNAL_ENTITY_NAMES_H_
#define NEWSKG_GRAPH_INTERNAL_ENTITY_NAMES_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace newskg::internal {

// A name folded for identity: FoldName of it without a possessive ending
// ("Samuel Otieno's" -> "samuel otieno"; the endings are data).
std::string IdentityFold(const std::string& name);

// Fullest name first: more words, then longer, then the smaller string.
bool Fuller(const std::string& a, const std::string& b);

// Whether IRI `a` is kept over `b` for one entity of class `type`, by the
// IRIs alone: a country's ISO 3166 code ("entity/country/ru") first, then
// the fullest name (more words, then longer), then the smaller IRI.
bool KeptIri(const std::string& type, std::string_view a, std::string_view b);

// The acronym a name would have: the first letter of each significant
// (capitalized) word, and every letter of a word in capitals ("UN Security
// Council" -> "UNSC", "US Navy" -> "USN", "World Health Organization" ->
// "WHO").
std::string Spelled(const std::string& name);

// Whether `short_name` is `full` with one or more runs of its significant
// words written as their initials, the other words equal ("UNSC" and "UN
// Security Council" abbreviate "United Nations Security Council"; "EU"
// does not abbreviate "European Commission").
bool Abbreviates(const std::string& short_name, const std::string& full);

// Whether a name holds an abbreviation (a word of two or more capitals), so
// that it may stand for a fuller name.
bool HasAbbreviation(const std::string& name);

// Identity keys of an entity from its type and some of its names; `multi`:
// some name of it has two words or more. An organization's name is keyed
// with and without a leading "the" and its legal suffixes (data files). Acronyms are matched apart
// (see Abbreviates), since initials alone join different things.
std::vector<std::string> EntityKeys(const std::string& type, const std::set<std::string>& names,
                                    bool multi);

// Whether two names of one type can be one thing's: the same after folding,
// the words of one among the other's, one abbreviating the other, or
// transliteration variants.
bool CompatibleNames(const std::string& a, const std::string& b);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_ENTITY_NAMES_H_
