#include "extract/internal/name_features.h"

#include <algorithm>

#include "base/base.h"

namespace newskg::internal {
namespace {

using perceptron::Feature;
using perceptron::HashBytes;

// "Xx", "XX", "Xx-Xx", "X.": letters by case, digits as d, repeats collapsed.
std::string Shape(const std::string& w) {
  std::string s;
  size_t len = 0;
  for (size_t i = 0; i < w.size() && s.size() < 8; i += len) {
    const uint32_t cp = DecodeAt(w, i, len);
    char c = static_cast<char>(cp < 0x80 ? cp : '*');
    if (IsUpperCodePoint(cp)) {
      c = 'X';
    } else if (IsLetterCodePoint(cp)) {
      c = 'x';
    } else if (cp >= '0' && cp <= '9') {
      c = 'd';
    }
    if (s.empty() || s.back() != c) s += c;
  }
  return s;
}

std::string Suffix(const std::string& w, size_t n) {
  return w.size() <= n ? w : w.substr(w.size() - n);
}

uint64_t GazetteerCode(const GazetteerEntry* g) {
  if (g == nullptr) return kNoFeatureValue;
  return static_cast<uint64_t>(g->type) * 2 + (g->from_wordnet ? 1 : 0) + 1;
}

}  // namespace

// The features of the name [b, e) in the sentence [first, end). With
// `parse`, also those of the tree where the name's head has a relation.
void NameFeatures(const Document& doc, size_t b, size_t e, size_t first, size_t end,
                  const Lexicon& lex, const StageWords& words, bool parse,
                  const NameTyper::RuleGuess* guess, const NameTyper::NameIndex* index,
                  std::vector<uint64_t>& f) {
  const std::vector<Token>& t = doc.tokens;
  f.clear();
  const size_t n = e - b;
  const Token& fw = t[b];
  const Token& lw = t[e - 1];
  const std::string whole(doc.SpanText({fw.span.begin, lw.span.end}));
  f.push_back(Feature(1, 0));
  std::string shapes;
  size_t common = 0;
  bool all_caps = true;
  for (size_t k = b; k < e; ++k) {
    f.push_back(Feature(2, HashBytes(t[k].lower)));
    const std::string sh = Shape(t[k].text);
    f.push_back(Feature(8, HashBytes(sh)));
    shapes += (k > b ? " " : "") + sh;
    common += lex.IsCommonWord(t[k].lower) ? 1 : 0;
    all_caps = all_caps && t[k].all_caps;
    if (k > b && k + 1 < e && t[k].text == t[k].lower && lex.name_connectors.count(t[k].lower))
      f.push_back(Feature(38, HashBytes(t[k].lower)));
    if (k + 1 < e && lex.org_heads.count(t[k].text) > 0 &&
        words.head_of_preps.count(t[k + 1].lower) > 0)
      f.push_back(Feature(22, 1));
    if (k + 1 < e && lex.org_suffixes.count(t[k].text) > 0) f.push_back(Feature(21, 1));
    if (k > b && lex.IsGivenName(t[k].text)) f.push_back(Feature(19, 1));
    if (k > b && lex.DemonymCountry(t[k].text) != nullptr) f.push_back(Feature(28, 1));
  }
  f.push_back(Feature(3, HashBytes(fw.lower)));
  f.push_back(Feature(4, HashBytes(lw.lower)));
  if (n <= 4) f.push_back(Feature(5, HashBytes(AsciiLower(whole))));
  f.push_back(Feature(6, std::min<size_t>(n, 5)));
  f.push_back(Feature(7, HashBytes(shapes)));
  f.push_back(Feature(9, HashBytes(Suffix(lw.lower, 3))));
  f.push_back(Feature(10, HashBytes(Suffix(lw.lower, 2))));
  f.push_back(Feature(11, HashBytes(Suffix(fw.lower, 3))));
  // Gazetteers: the whole name, its first and last words, the names it
  // ends and begins with.
  f.push_back(Feature(12, GazetteerCode(lex.Lookup(whole))));
  if (all_caps) f.push_back(Feature(13, GazetteerCode(lex.Lookup(TitleCase(whole)))));
  if (n > 1) {
    f.push_back(Feature(14, GazetteerCode(lex.Lookup(fw.text))));
    f.push_back(Feature(15, GazetteerCode(lex.Lookup(lw.text))));
    for (size_t j = b + 1; j < e; ++j) {
      const std::string tail(doc.SpanText({t[j].span.begin, lw.span.end}));
      if (const GazetteerEntry* g = lex.Lookup(tail)) f.push_back(Feature(16, GazetteerCode(g)));
      const std::string head(doc.SpanText({fw.span.begin, t[j - 1].span.end}));
      if (const GazetteerEntry* g = lex.Lookup(head)) f.push_back(Feature(17, GazetteerCode(g)));
    }
  }
  f.push_back(Feature(18, lex.IsGivenName(fw.text) ? 1 : 0, n > 1 ? 1 : 0));
  f.push_back(Feature(20, lex.org_suffixes.count(lw.text) > 0 ? 1 : 0));
  if (lex.company_suffixes.count(lw.text) > 0) f.push_back(Feature(23, 1));
  if (lex.legal_suffixes.count(lw.text) > 0) f.push_back(Feature(24, 1));
  if (lex.place_suffixes.count(lw.text) > 0) f.push_back(Feature(25, 1));
  if (n > 2 && lex.place_suffixes.count(fw.text) > 0 &&
      words.head_of_preps.count(t[b + 1].lower) > 0)
    f.push_back(Feature(26, 1));
  if (lex.DemonymCountry(fw.text) != nullptr) f.push_back(Feature(27, n > 1 ? 1 : 0));
  if (lex.CapitalOf(whole) != nullptr) f.push_back(Feature(29, 1));
  if (lex.CountryOf(whole) != nullptr) f.push_back(Feature(30, 1));
  f.push_back(Feature(31, std::min<size_t>(common, 3), std::min<size_t>(n, 4)));
  f.push_back(Feature(32, lex.IsCommonWord(fw.lower) ? 1 : 0, lex.IsAdjective(fw.lower) ? 1 : 0));
  f.push_back(Feature(33, lex.IsCommonWord(lw.lower) ? 1 : 0, lex.IsCommonNoun(lw.lower) ? 1 : 0));
  if (all_caps) f.push_back(Feature(36, std::min<size_t>(whole.size(), 7)));
  if (lex.non_names.count(fw.text) > 0) f.push_back(Feature(39, 1));
  // The article's other names.
  if (index != nullptr) {
    auto flags = [&](const std::string& w) -> uint64_t {
      auto it = index->flags.find(w);
      return it == index->flags.end() ? 0 : it->second;
    };
    auto alone = [&](const std::string& w) -> uint64_t {
      auto it = index->alone.find(w);
      return it == index->alone.end() ? 0 : it->second;
    };
    if (n == 1) {
      f.push_back(Feature(100, flags(fw.text)));
      f.push_back(Feature(101, std::min<uint64_t>(alone(fw.text), 5)));
    } else {
      f.push_back(Feature(102, alone(lw.text) > 0 ? 1 : 0, alone(fw.text) > 0 ? 1 : 0));
    }
  }
  // What the rules made of it.
  if (guess != nullptr) {
    const auto rule = static_cast<uint64_t>(guess->rule + 2);
    f.push_back(Feature(90, rule));
    f.push_back(Feature(91, rule, static_cast<uint64_t>(guess->type + 2)));
  }

  // The words around it.
  auto word = [&](long k) -> const Token* {
    if (k < static_cast<long>(first) || k >= static_cast<long>(end)) return nullptr;
    return &t[static_cast<size_t>(k)];
  };
  const Token* p1 = word(static_cast<long>(b) - 1);
  const Token* p2 = word(static_cast<long>(b) - 2);
  const Token* n1 = word(static_cast<long>(e));
  const Token* n2 = word(static_cast<long>(e) + 1);
  auto lower = [](const Token* x) { return x ? HashBytes(x->lower) : kNoFeatureValue; };
  auto tag = [](const Token* x) { return x ? HashBytes(x->tag) : kNoFeatureValue; };
  f.push_back(Feature(40, lower(p1)));
  f.push_back(Feature(41, lower(p2)));
  f.push_back(Feature(42, lower(n1)));
  f.push_back(Feature(43, lower(n2)));
  f.push_back(Feature(44, tag(p1)));
  f.push_back(Feature(45, tag(n1)));
  f.push_back(Feature(46, tag(p1), tag(n1)));
  f.push_back(Feature(58, lower(p1), lower(n1)));
  f.push_back(Feature(60, b == first ? 1 : 0));
  if (p1 != nullptr) {
    if (const TitleInfo* ti = lex.Title(p1->lower)) f.push_back(Feature(47, HashBytes(ti->kind)));
    if (lex.person_nouns.count(p1->lower) > 0) f.push_back(Feature(48, 1));
    if (!p1->capitalized && lex.org_nouns.count(p1->lower) > 0) f.push_back(Feature(49, 1));
    if (lex.locative_preps.count(p1->lower) > 0) f.push_back(Feature(50, HashBytes(p1->lower)));
    if (words.definite_articles.count(p1->lower) > 0 && p2 != nullptr &&
        lex.locative_preps.count(p2->lower) > 0)
      f.push_back(Feature(50, HashBytes(p2->lower), 1));
    if (p1->text == "," && p2 != nullptr) f.push_back(Feature(57, lower(p2)));
  }
  if (n1 != nullptr) {
    if (n1->kind == TokenKind::kWord && lex.AnyLemmaIn(n1->lower, lex.speech_verbs))
      f.push_back(Feature(51, 1));
    if (!n1->capitalized && lex.org_nouns.count(n1->lower) > 0) f.push_back(Feature(52, 1));
    if (!n1->capitalized && lex.place_suffixes.count(TitleCase(n1->lower)) > 0)
      f.push_back(Feature(53, 1));
    if (!n1->capitalized && lex.person_nouns.count(n1->lower) > 0) f.push_back(Feature(54, 1));
    // The ASCII form only, as the shipped model was trained: with
    // words.possessive_markers (read on the lower-case form, "’s" and "'S"
    // too) the features of GUM's text change, and so would a model trained
    // again.
    if (n1->text == "'s") f.push_back(Feature(55, lower(n2)));
    if (n1->text == ",") f.push_back(Feature(56, lower(n2)));
  }
  if (!parse) return;

  // The tree: the name's head, its relation, governor and preposition.
  size_t h = e;
  for (size_t k = b; k < e && h == e; ++k) {
    if (t[k].head < static_cast<int>(b) || t[k].head >= static_cast<int>(e)) h = k;
  }
  if (h == e || t[h].deprel.empty()) return;
  const std::string& rel = t[h].deprel;
  f.push_back(Feature(70, HashBytes(rel)));
  uint64_t gov = kNoFeatureValue;
  if (t[h].head >= 0) {
    const Token& g = t[static_cast<size_t>(t[h].head)];
    gov = HashBytes(AsciiLower(g.lemma));
    f.push_back(Feature(71, gov));
    f.push_back(Feature(72, HashBytes(rel), gov));
    f.push_back(Feature(73, HashBytes(g.tag)));
    f.push_back(Feature(77, HashBytes(rel), HashBytes(g.deprel)));
  }
  for (size_t c = first; c < end; ++c) {
    if (t[c].head != static_cast<int>(h) || (c >= b && c < e)) continue;
    f.push_back(Feature(74, HashBytes(t[c].deprel), HashBytes(t[c].lower)));
    if (t[c].deprel == "case") {
      f.push_back(Feature(75, HashBytes(t[c].lower)));
      f.push_back(Feature(76, HashBytes(t[c].lower), gov));
    }
  }
}

}  // namespace newskg::internal
