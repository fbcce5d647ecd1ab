#include "graph/internal/entity_names.h"

#include <algorithm>

#include "base/base.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg::internal {
namespace {

// The words that come and go between one thing's names (none when the data
// cannot be read: ResolveIdentity reports that through the event data).
const NameWords& Words() {
  static const NameWords* const words = [] {
    static const NameWords none;
    auto loaded = NameWords::Default();
    return loaded.ok() ? loaded.value() : &none;
  }();
  return *words;
}

// A folded organization's name without what outlets add or leave out: a
// leading definite article ("the world bank") and legal suffixes at its end
// ("brindle holdings ltd" -> "brindle"), one word at least kept.
std::string OrganizationCore(const std::string& folded) {
  const NameWords& w = Words();
  std::vector<std::string> words = SplitWords(folded);
  size_t first = 0, last = words.size();
  if (last - first >= 2 && w.articles.count(words[first]) > 0) ++first;
  while (last - first >= 2 && w.legal_suffixes.count(words[last - 1]) > 0) --last;
  std::string out;
  for (size_t i = first; i < last; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

bool AllCaps(const std::string& s) {
  bool letter = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') letter = true;
  }
  return letter;
}

// The words of a name an acronym spells: its capitalized words, and the
// capitalized parts of hyphenated ones ("Agence France-Presse" -> Agence,
// France, Presse; "Tehreek-e-Insaf" -> Tehreek, Insaf); words in lower case
// ("of") spell nothing.
std::vector<std::string> SignificantWords(const std::string& name) {
  std::vector<std::string> out;
  for (const auto& w : SplitWords(name)) {
    size_t at = 0;
    for (size_t dash = 0; dash != std::string::npos; at = dash + 1) {
      dash = w.find('-', at);
      std::string part = w.substr(at, dash == std::string::npos ? std::string::npos : dash - at);
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') out.push_back(std::move(part));
    }
  }
  return out;
}

// A word written as an abbreviation: two or more letters, all capitals ("UN", "FC").
bool Abbreviation(const std::string& w) {
  return w.size() >= 2 &&
         std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

}  // namespace

// A name folded for identity: FoldName of it without a possessive ending
// ("Samuel Otieno's", either apostrophe, is "samuel otieno").
std::string IdentityFold(const std::string& name) {
  for (const auto& e : Words().possessive_endings) {
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      return FoldName(name.substr(0, name.size() - e.size()));
  }
  return FoldName(name);
}

// Fullest name first: more words, then longer, then the smaller string.
bool Fuller(const std::string& a, const std::string& b) {
  const size_t wa = SplitWords(a).size(), wb = SplitWords(b).size();
  if (wa != wb) return wa > wb;
  if (a.size() != b.size()) return a.size() > b.size();
  return a < b;
}

// Whether IRI `a` is kept over `b` for one entity of class `type`, by the
// IRIs alone: a country's ISO 3166 code ("entity/country/ru") first, then
// the fullest name (more words, then longer), then the smaller IRI.
bool KeptIri(const std::string& type, std::string_view a, std::string_view b) {
  auto last = [](std::string_view v) {
    const size_t slash = v.rfind('/');
    return slash == std::string_view::npos ? v : v.substr(slash + 1);
  };
  const std::string_view la = last(a), lb = last(b);
  if (type == vocab::kNkg + "Country") {
    auto code = [](std::string_view v) {
      return v.size() == 2 && v[0] >= 'a' && v[0] <= 'z' && v[1] >= 'a' && v[1] <= 'z';
    };
    if (code(la) != code(lb)) return code(la);
  }
  const auto words = [](std::string_view v) { return std::count(v.begin(), v.end(), '-'); };
  if (words(la) != words(lb)) return words(la) > words(lb);
  if (la.size() != lb.size()) return la.size() > lb.size();
  return a < b;
}

// The acronym a name would have: the first letter of each significant word,
// and every letter of a word in capitals ("UN Security Council" -> "UNSC",
// "US Navy" -> "USN", "World Health Organization" -> "WHO").
std::string Spelled(const std::string& name) {
  std::string out;
  for (const auto& w : SignificantWords(name)) {
    if (AllCaps(w)) {
      for (char c : w) {
        if (c >= 'A' && c <= 'Z') out += c;
      }
    } else {
      out += w[0];
    }
  }
  return out;
}

// Whether `short_name` is `full` with one or more runs of its significant
// (capitalized) words written as their initials, the other words equal:
// "UNSC" and "UN Security Council" abbreviate "United Nations Security
// Council", "Chelsea FC" abbreviates "Chelsea Football Club", "FCDO"
// "Foreign, Commonwealth and Development Office"; "EU" does not abbreviate
// "European Commission", nor "NSC" "National Sports Council" when the other
// is "National Security Council" written out (two full names never join by
// their initials alone).
bool Abbreviates(const std::string& short_name, const std::string& full) {
  const std::vector<std::string> f = SignificantWords(full);
  if (f.size() < 2) return false;
  bool abbreviated = false;
  size_t j = 0;
  for (const auto& w : SignificantWords(short_name)) {
    if (j < f.size() && FoldName(w) == FoldName(f[j])) {
      ++j;
      continue;
    }
    if (!Abbreviation(w)) return false;
    // Each letter stands for a word; a word in capitals stands for itself.
    for (size_t k = 0; k < w.size(); ++j) {
      if (j >= f.size()) return false;
      if (Abbreviation(f[j])) {
        if (w.compare(k, f[j].size(), f[j]) != 0) return false;
        k += f[j].size();
      } else {
        if (f[j][0] != w[k]) return false;
        ++k;
      }
    }
    abbreviated = true;
  }
  return abbreviated && j == f.size();
}

// Whether a name holds an abbreviation, so that it may stand for a fuller name.
bool HasAbbreviation(const std::string& name) {
  for (const auto& w : SplitWords(name)) {
    if (Abbreviation(w)) return true;
  }
  return false;
}

// Identity keys of an entity from its type and some of its names; `multi`:
// some name of it has two words or more. Acronyms are matched apart (see
// Abbreviates), since initials alone join different things.
std::vector<std::string> EntityKeys(const std::string& type, const std::set<std::string>& names,
                                    bool multi) {
  std::vector<std::string> keys;
  const bool person = type == vocab::kNkg + "Person";
  const bool country = type == vocab::kNkg + "Country";
  const bool organization = type == vocab::kNkg + "Organization";
  for (const auto& n : names) {
    const std::string f = IdentityFold(n);
    if (f.empty()) continue;
    const size_t words = SplitWords(f).size();
    if (person) {
      if (words >= 2) {
        keys.push_back("N:" + f);
        keys.push_back("T:" + SkeletonKey(f));
      } else if (!multi) {
        keys.push_back("S:" + f);  // only ever named by one word
      }
      continue;
    }
    keys.push_back("N:" + f);
    // Transliteration variants of a name of several words ("Bank Rossia",
    // "Bank Rossiya"). Not for countries: ISO 3166 names them.
    if (words >= 2 && !country) keys.push_back("T:" + SkeletonKey(f));
    // A business with and without "the" and its legal suffixes ("Novatek
    // Group", "Novatek"; "Brindle Holdings Ltd", "Brindle").
    if (organization) {
      if (const std::string core = OrganizationCore(f); core != f) {
        keys.push_back("N:" + core);
        if (SplitWords(core).size() >= 2) keys.push_back("T:" + SkeletonKey(core));
      }
    }
  }
  return keys;
}

// Whether two names of one type can be one thing's: the same after folding,
// the words of one among the other's ("Islamabad High Court" and "Islamabad
// High Court CJ"), one abbreviating the other, or transliteration variants.
bool CompatibleNames(const std::string& a, const std::string& b) {
  const std::string fa = IdentityFold(a), fb = IdentityFold(b);
  if (fa == fb) return true;
  const auto wa = SplitWords(fa), wb = SplitWords(fb);
  // Words such as "the" and "of" come and go between one thing's names.
  auto within = [](const std::vector<std::string>& x, const std::vector<std::string>& y) {
    return std::all_of(x.begin(), x.end(), [&](const std::string& w) {
      return w == "the" || w == "of" || w == "and" || w == "for" ||
             std::find(y.begin(), y.end(), w) != y.end();
    });
  };
  if (within(wa, wb) || within(wb, wa)) return true;
  if (Abbreviates(a, b) || Abbreviates(b, a)) return true;
  return wa.size() >= 2 && wb.size() >= 2 && SkeletonKey(fa) == SkeletonKey(fb);
}

}  // namespace newskg::internal
