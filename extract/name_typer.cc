#include "extract/name_typer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <utility>

#include "extract/date_normalizer.h"
#include "extract/entity_recognizer.h"
#include "extract/tokenizer.h"

namespace newskg {
namespace {

using perceptron::Feature;
using perceptron::HashBytes;

constexpr const char* kHeader = "newskg-name-typer 1";
constexpr uint64_t kNone = 0x6e6f6e65;  // a context word or code that is not there

// GUM's entity types, as our labels: the rest (abstract, event, object,
// time, substance, animal, plant) name nothing the graph holds.
NameTyper::Label FromGumType(const std::string& t) {
  if (t == "person") return NameTyper::kPerson;
  if (t == "organization") return NameTyper::kOrganization;
  if (t == "place") return NameTyper::kPlace;
  return NameTyper::kOther;
}

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
  if (g == nullptr) return kNone;
  return static_cast<uint64_t>(g->type) * 2 + (g->from_wordnet ? 1 : 0) + 1;
}

bool AnyLemmaIn(const Lexicon& lex, const std::string& lower,
                const WordSet& set) {
  if (set.count(lower) > 0) return true;
  for (const auto& l : lex.Lemmas(lower)) {
    if (set.count(l) > 0) return true;
  }
  return false;
}

// The features of the name [b, e) in the sentence [first, end). With
// `parse`, also those of the tree where the name's head has a relation.
void Features(const Document& doc, size_t b, size_t e, size_t first, size_t end, const Lexicon& lex,
              bool parse, const NameTyper::RuleGuess* guess, const NameTyper::NameIndex* index,
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
    if (k + 1 < e && lex.org_heads.count(t[k].text) > 0 && t[k + 1].lower == "of")
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
  if (n > 2 && lex.place_suffixes.count(fw.text) > 0 && t[b + 1].lower == "of")
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
  auto lower = [](const Token* x) { return x ? HashBytes(x->lower) : kNone; };
  auto tag = [](const Token* x) { return x ? HashBytes(x->tag) : kNone; };
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
    if (p1->lower == "the" && p2 != nullptr && lex.locative_preps.count(p2->lower) > 0)
      f.push_back(Feature(50, HashBytes(p2->lower), 1));
    if (p1->text == "," && p2 != nullptr) f.push_back(Feature(57, lower(p2)));
  }
  if (n1 != nullptr) {
    if (n1->kind == TokenKind::kWord && AnyLemmaIn(lex, n1->lower, lex.speech_verbs))
      f.push_back(Feature(51, 1));
    if (!n1->capitalized && lex.org_nouns.count(n1->lower) > 0) f.push_back(Feature(52, 1));
    if (!n1->capitalized && lex.place_suffixes.count(TitleCase(n1->lower)) > 0)
      f.push_back(Feature(53, 1));
    if (!n1->capitalized && lex.person_nouns.count(n1->lower) > 0) f.push_back(Feature(54, 1));
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
  uint64_t gov = kNone;
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

NameTyper::Scores BestOf(const float* s) {
  NameTyper::Scores r;
  int best = 0, second = -1;
  for (int c = 0; c < NameTyper::kNumLabels; ++c) {
    r.score[static_cast<size_t>(c)] = s[c];
    if (c > 0 && s[c] > s[best]) best = c;
  }
  for (int c = 0; c < NameTyper::kNumLabels; ++c) {
    if (c != best && (second < 0 || s[c] > s[second])) second = c;
  }
  r.best = static_cast<NameTyper::Label>(best);
  r.margin = s[best] - s[second];
  return r;
}

// GUM's entity layer in one word's MISC: the mentions it opens (id, type)
// and the ids it closes, in order; a mention opened and closed on one word
// is given as both.
struct EntityMarks {
  std::vector<std::pair<std::string, std::string>> open;
  std::vector<std::string> close;
};

EntityMarks ParseEntityField(const std::string& misc) {
  EntityMarks m;
  std::string value;
  size_t from = 0;
  while (from <= misc.size()) {
    size_t bar = misc.find('|', from);
    if (bar == std::string::npos) bar = misc.size();
    if (misc.compare(from, 7, "Entity=") == 0) value = misc.substr(from + 7, bar - from - 7);
    from = bar + 1;
  }
  size_t i = 0;
  while (i < value.size()) {
    if (value[i] == '(') {
      size_t k = i + 1;
      while (k < value.size() && value[k] != '(' && value[k] != ')') ++k;
      const std::string body = value.substr(i + 1, k - i - 1);
      const size_t dash = body.find('-');
      const std::string id = body.substr(0, dash);
      std::string type;
      if (dash != std::string::npos) {
        const size_t dash2 = body.find('-', dash + 1);
        type = body.substr(dash + 1,
                           dash2 == std::string::npos ? std::string::npos : dash2 - dash - 1);
      }
      m.open.emplace_back(id, type);
      if (k < value.size() && value[k] == ')') {
        m.close.push_back(id);
        ++k;
      }
      i = k;
    } else if (value[i] != ')') {
      size_t k = i;
      while (k < value.size() && value[k] != ')' && value[k] != '(') ++k;
      if (k < value.size() && value[k] == ')') {
        m.close.push_back(value.substr(i, k - i));
        ++k;
      }
      i = k;
    } else {
      ++i;
    }
  }
  return m;
}

struct GoldMention {
  size_t begin, end;  // words
  std::string type;
};

std::vector<GoldMention> GoldMentions(const ConlluSentence& s) {
  std::vector<GoldMention> out;
  std::map<std::string, std::vector<std::pair<size_t, std::string>>> open;
  for (size_t i = 0; i < s.words.size(); ++i) {
    if (s.words[i].misc.find("Entity=") == std::string::npos) continue;
    const EntityMarks m = ParseEntityField(s.words[i].misc);
    for (const auto& [id, type] : m.open) open[id].emplace_back(i, type);
    for (const auto& id : m.close) {
      auto it = open.find(id);
      if (it == open.end() || it->second.empty()) continue;
      out.push_back({it->second.back().first, i + 1, it->second.back().second});
      it->second.pop_back();
    }
  }
  return out;
}

bool StartsUpper(const std::string& w) {
  size_t len = 0;
  return !w.empty() && IsUpperCodePoint(DecodeAt(w, 0, len));
}

}  // namespace

const char* NameTyper::LabelName(Label l) {
  switch (l) {
    case kPerson:
      return "Person";
    case kOrganization:
      return "Organization";
    case kPlace:
      return "Place";
    case kOther:
      break;
  }
  return "Other";
}

std::vector<std::vector<ConlluSentence>> NameTyper::Documents(
    const std::vector<ConlluSentence>& sentences) {
  std::vector<std::vector<ConlluSentence>> docs;
  for (const ConlluSentence& s : sentences) {
    bool newdoc = docs.empty();
    for (const std::string& c : s.comments) newdoc = newdoc || c.rfind("newdoc", 0) == 0;
    if (newdoc) docs.emplace_back();
    docs.back().push_back(s);
  }
  return docs;
}

Document NameTyper::FromConllu(const std::vector<ConlluSentence>& sentences, const Annotators& a,
                               std::vector<Example>* examples) {
  Document doc;
  // Each word's bytes in the text; sentences on lines of their own.
  std::vector<std::vector<std::pair<size_t, size_t>>> wspan(sentences.size());
  std::vector<std::pair<size_t, size_t>> sspan;
  for (size_t si = 0; si < sentences.size(); ++si) {
    const ConlluSentence& s = sentences[si];
    if (si > 0) doc.text += '\n';
    const size_t sb = doc.text.size();
    for (size_t i = 0; i < s.words.size(); ++i) {
      const size_t begin = doc.text.size();
      doc.text += s.words[i].form;
      wspan[si].emplace_back(begin, doc.text.size());
      if (i + 1 < s.words.size() && s.words[i].misc.find("SpaceAfter=No") == std::string::npos)
        doc.text += ' ';
    }
    sspan.emplace_back(sb, doc.text.size());
  }
  Tokenize(doc);
  size_t k = 0;
  for (size_t si = 0; si < sentences.size(); ++si) {
    Sentence sent;
    sent.span = {static_cast<uint32_t>(sspan[si].first), static_cast<uint32_t>(sspan[si].second)};
    sent.first_token = k;
    while (k < doc.tokens.size() && doc.tokens[k].span.begin < sspan[si].second) {
      doc.tokens[k].sentence = si;
      ++k;
    }
    sent.end_token = k;
    doc.sentences.push_back(sent);
  }
  if (doc.tokens.empty()) return doc;
  if (a.tagger != nullptr) a.tagger->Tag(doc);
  for (Token& t : doc.tokens) {
    if (a.lemmatizer != nullptr) t.lemma = a.lemmatizer->Lemma(t.text, t.tag);
  }
  // The token holding each word's first byte; the tree on the tokens that
  // begin where a word begins.
  std::vector<std::vector<size_t>> tok_of(sentences.size());
  for (size_t si = 0; si < sentences.size(); ++si) {
    const auto& words = sentences[si].words;
    size_t t = doc.sentences[si].first_token;
    for (size_t w = 0; w < words.size(); ++w) {
      while (t + 1 < doc.tokens.size() && doc.tokens[t].span.end <= wspan[si][w].first) ++t;
      tok_of[si].push_back(t);
    }
    for (size_t w = 0; w < words.size(); ++w) {
      Token& tok = doc.tokens[tok_of[si][w]];
      if (tok.span.begin != wspan[si][w].first || !tok.deprel.empty()) continue;
      const int hw = words[w].head;
      if (hw < 0) continue;
      tok.deprel = words[w].deprel;
      tok.head = hw == 0 ? -1 : static_cast<int>(tok_of[si][static_cast<size_t>(hw - 1)]);
      if (tok.head == static_cast<int>(tok_of[si][w])) tok.head = -1;
    }
  }
  if (examples == nullptr || a.lexicon == nullptr) return doc;
  const Lexicon& lex = *a.lexicon;
  const size_t first_example = examples->size();
  for (size_t si = 0; si < sentences.size(); ++si) {
    // Named mentions: the innermost mention for each name.
    std::map<std::pair<size_t, size_t>, std::pair<size_t, Label>> names;
    const auto& words = sentences[si].words;
    auto namelike = [&](size_t i) { return StartsUpper(words[i].form); };
    auto glued = [&](size_t i) {  // no space after word i
      return words[i].misc.find("SpaceAfter=No") != std::string::npos;
    };
    auto connector = [&](size_t i) {
      return AsciiLower(words[i].form) == words[i].form &&
             lex.name_connectors.count(words[i].form) > 0 && words[i].form != "and" &&
             words[i].form != "for";
    };
    auto joiner = [&](size_t i) {  // "Wal-Mart", "AT&T"
      return (words[i].form == "-" || words[i].form == "&") && glued(i - 1) && glued(i);
    };
    for (const GoldMention& m : GoldMentions(sentences[si])) {
      size_t h = m.end;
      for (size_t i = m.begin; i < m.end && h == m.end; ++i) {
        const int hd = words[i].head;
        if (hd <= static_cast<int>(m.begin) || hd > static_cast<int>(m.end)) h = i;
      }
      if (h == m.end || words[h].upos != "PROPN" || !namelike(h)) continue;
      // The run of capitalized words around the head, with connectors ("of",
      // "de") and glued joiners inside.
      size_t b = h, e = h + 1;
      for (;;) {
        if (b > m.begin && namelike(b - 1)) {
          --b;
        } else if (b >= m.begin + 2 && namelike(b - 2) && (connector(b - 1) || joiner(b - 1))) {
          b -= 2;
        } else {
          break;
        }
      }
      for (;;) {
        if (e < m.end && namelike(e)) {
          ++e;
        } else if (e + 1 < m.end && namelike(e + 1) && (connector(e) || joiner(e))) {
          e += 2;
        } else {
          break;
        }
      }
      const Label label = FromGumType(m.type);
      // "The", and a person's titles, stand before the name.
      for (bool cut = true; cut && e - b > 1;) {
        cut = false;
        if (AsciiLower(words[b].form) == "the") {
          ++b;
          cut = true;
          continue;
        }
        if (label != kPerson) break;
        for (size_t len = std::min(lex.MaxTitleWords(), e - b - 1); len >= 1 && !cut; --len) {
          std::string phrase;
          for (size_t q = b; q < b + len; ++q)
            phrase += (q > b ? " " : "") + AsciiLower(words[q].form);
          if (lex.Title(phrase) != nullptr) {
            b += len;
            cut = true;
          }
        }
      }
      if (!namelike(b)) continue;
      // Onto newskg's tokens.
      const size_t cb = wspan[si][b].first, ce = wspan[si][e - 1].second;
      size_t tb = tok_of[si][b];
      while (tb < doc.tokens.size() && doc.tokens[tb].span.begin < cb) ++tb;
      size_t te = tb;
      while (te < doc.tokens.size() && doc.tokens[te].span.end <= ce) ++te;
      if (tb >= te) continue;
      const size_t width = m.end - m.begin;
      auto [it, inserted] = names.try_emplace({tb, te}, width, label);
      if (!inserted && width < it->second.first) it->second = {width, label};
    }
    for (const auto& [span, v] : names)
      examples->push_back({span.first, span.second, si, v.second, RuleGuess{}});
  }
  // What the rules make of each name, seen as extraction sees the text
  // (dates marked, no parse).
  Document plain = doc;
  for (Token& t : plain.tokens) {
    t.head = -1;
    t.deprel.clear();
  }
  NormalizeDates(plain, lex);
  const MentionLayer layer = RecognizeEntities(plain, lex);
  for (size_t x = first_example; x < examples->size(); ++x) {
    Example& ex = (*examples)[x];
    for (size_t i = 0; i < plain.mentions.size(); ++i) {
      const Mention& m = plain.mentions[i];
      if (m.kind != MentionKind::kName || m.first_token >= ex.end || m.end_token < ex.end) continue;
      ex.guess = {static_cast<int>(layer.weak[i]), static_cast<int>(m.type)};
      break;
    }
  }
  return doc;
}

NameTyper::NameIndex NameTyper::IndexNames(const Document& doc, const Lexicon& lex) {
  NameIndex index;
  const std::vector<Token>& t = doc.tokens;
  for (const Sentence& s : doc.sentences) {
    size_t i = s.first_token;
    while (i < s.end_token) {
      if (t[i].kind != TokenKind::kWord || !t[i].capitalized || t[i].text == "'s") {
        ++i;
        continue;
      }
      size_t e = i + 1;
      while (e < s.end_token && t[e].kind == TokenKind::kWord && t[e].capitalized) ++e;
      size_t b = i;
      // "The", "In", "Police" opening a sentence are no part of a name.
      if (b == s.first_token && lex.IsCommonWord(t[b].lower)) ++b;
      if (e - b == 1) {
        ++index.alone[t[b].text];
      } else if (e - b >= 2) {
        index.flags[t[e - 1].text] |= NameIndex::kLastOfLonger;
        index.flags[t[b].text] |= NameIndex::kFirstOfLonger;
        if (lex.IsGivenName(t[b].text)) index.flags[t[e - 1].text] |= NameIndex::kAfterGivenName;
      }
      i = e;
    }
  }
  return index;
}

NameTyper::Scores NameTyper::Best(const std::array<float, kNumLabels>& scores) {
  return BestOf(scores.data());
}

NameTyper::Scores NameTyper::Score(const Document& doc, size_t b, size_t e, size_t first,
                                   size_t end, const Lexicon& lex, const RuleGuess* guess,
                                   const NameIndex* index) const {
  thread_local std::vector<uint64_t> f;
  Features(doc, b, e, first, end, lex, true, guess, index, f);
  float s[kNumLabels] = {};
  model_.Score(f.data(), f.size(), s);
  return BestOf(s);
}

std::string NameTyper::Accuracy::Summary() const {
  char buf[256];
  std::snprintf(buf, sizeof buf, "%.2f%% of %zu", Percent(), total);
  std::string out = buf;
  for (int g = 0; g < kNumLabels; ++g) {
    size_t n = 0;
    for (size_t c : confusion[static_cast<size_t>(g)]) n += c;
    std::snprintf(buf, sizeof buf, "%s %s %zu/%zu", g == 0 ? " (" : ",",
                  LabelName(static_cast<Label>(g)),
                  confusion[static_cast<size_t>(g)][static_cast<size_t>(g)], n);
    out += buf;
  }
  return out + ")";
}

// Calls `fn` with every named mention of the documents that carry an
// entity layer, with its document and the document's name index.
void NameTyper::ForEachExample(
    const std::vector<ConlluSentence>& sentences, const Annotators& a,
    const std::function<void(const Document&, const Example&, const NameIndex&)>& fn) {
  std::vector<Example> ex;
  for (const auto& sentences_of_doc : Documents(sentences)) {
    if (!HasEntityLayer(sentences_of_doc)) continue;
    ex.clear();
    const Document doc = FromConllu(sentences_of_doc, a, &ex);
    const NameIndex index = IndexNames(doc, *a.lexicon);
    for (const Example& x : ex) fn(doc, x, index);
  }
}

NameTyper::Accuracy NameTyper::Evaluate(const std::vector<ConlluSentence>& sentences,
                                        const Annotators& a, bool parse) const {
  Accuracy acc;
  std::vector<uint64_t> f;
  ForEachExample(sentences, a, [&](const Document& doc, const Example& x, const NameIndex& index) {
    const Sentence& s = doc.sentences[x.sentence];
    Features(doc, x.begin, x.end, s.first_token, s.end_token, *a.lexicon, parse, &x.guess, &index,
             f);
    float sc[kNumLabels] = {};
    model_.Score(f.data(), f.size(), sc);
    const Label p = BestOf(sc).best;
    ++acc.total;
    acc.correct += p == x.label;
    ++acc.confusion[static_cast<size_t>(x.label)][static_cast<size_t>(p)];
  });
  return acc;
}

bool NameTyper::HasEntityLayer(const std::vector<ConlluSentence>& sentences) {
  for (const ConlluSentence& s : sentences) {
    for (const ConlluWord& w : s.words) {
      if (w.misc.find("Entity=") != std::string::npos) return true;
    }
  }
  return false;
}

Result<NameTyper> NameTyper::Train(const std::vector<ConlluSentence>& train,
                                   const std::vector<ConlluSentence>* dev, const Annotators& a,
                                   const TrainOptions& options) {
  if (a.lexicon == nullptr) return InvalidArgument("name typer: no lexicon");
  struct Item {
    std::vector<uint64_t> with_parse, without_parse;
    Label label;
  };
  std::vector<Item> items;
  ForEachExample(train, a, [&](const Document& doc, const Example& x, const NameIndex& index) {
    Item it;
    it.label = x.label;
    const Sentence& s = doc.sentences[x.sentence];
    Features(doc, x.begin, x.end, s.first_token, s.end_token, *a.lexicon, true, &x.guess, &index,
             it.with_parse);
    Features(doc, x.begin, x.end, s.first_token, s.end_token, *a.lexicon, false, &x.guess, &index,
             it.without_parse);
    items.push_back(std::move(it));
  });
  if (items.empty()) {
    return InvalidArgument("name typer: the training files hold no named mentions (Entity=)");
  }
  if (options.progress) {
    size_t by[kNumLabels] = {};
    for (const Item& it : items) ++by[it.label];
    options.progress("name typer: " + std::to_string(items.size()) + " named mentions (" +
                     std::to_string(by[kPerson]) + " Person, " + std::to_string(by[kOrganization]) +
                     " Organization, " + std::to_string(by[kPlace]) + " Place, " +
                     std::to_string(by[kOther]) + " Other)");
  }
  perceptron::Trainer trainer(kNumLabels);
  std::vector<size_t> order(items.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  perceptron::SplitMix rng{options.seed};
  NameTyper typer;
  for (int epoch = 1; epoch <= options.epochs; ++epoch) {
    perceptron::Shuffle(order, rng);
    size_t right = 0;
    for (size_t i : order) {
      const Item& it = items[i];
      const bool drop = rng.Uniform() < options.parse_dropout;
      const std::vector<uint64_t>& f = drop ? it.without_parse : it.with_parse;
      float s[kNumLabels] = {};
      trainer.Score(f.data(), f.size(), s);
      const Label p = BestOf(s).best;
      right += p == it.label;
      trainer.Tick();
      trainer.Update(f.data(), f.size(), it.label, p);
    }
    if (options.progress) {
      std::string line = "name typer epoch " + std::to_string(epoch) + "/" +
                         std::to_string(options.epochs) + ": train " +
                         std::to_string(100 * right / items.size()) + "%";
      if (dev != nullptr && !dev->empty() && (epoch == options.epochs || epoch % 5 == 0)) {
        typer.model_ = trainer.Average(options.prune);
        line += "; dev, parsed: " + typer.Evaluate(*dev, a, true).Summary() +
                "; dev, not parsed: " + typer.Evaluate(*dev, a, false).Summary();
      }
      options.progress(line);
    }
  }
  typer.model_ = trainer.Average(options.prune);
  return typer;
}

Status NameTyper::Save(const std::string& path) const {
  std::vector<std::string> labels;
  for (int l = 0; l < kNumLabels; ++l) labels.push_back(LabelName(static_cast<Label>(l)));
  return perceptron::SaveModelFile(path, kHeader, labels, {&model_});
}

Result<NameTyper> NameTyper::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open the name typer model " + path);
  perceptron::ModelFileSpec spec{kHeader,        "name typer", "label",
                                 "a label name", kNumLabels,   nullptr};
  auto labels = perceptron::ReadModelLabels(in, path, spec);
  if (!labels.ok()) return labels.status();
  for (int l = 0; l < kNumLabels; ++l) {
    if (labels->size() != static_cast<size_t>(kNumLabels) ||
        (*labels)[static_cast<size_t>(l)] != LabelName(static_cast<Label>(l))) {
      return ParseError(path + ": expected the labels Person, Organization, Place, Other");
    }
  }
  auto m = perceptron::Model::Load(in, path);
  if (!m.ok()) return m.status();
  if (m->num_classes() != kNumLabels)
    return ParseError(path + ": the model has " + std::to_string(m->num_classes()) + " classes");
  NameTyper t;
  t.model_ = std::move(m).value();
  return t;
}

}  // namespace newskg
