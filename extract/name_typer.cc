#include "extract/name_typer.h"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <map>
#include <utility>

#include "extract/date_normalizer.h"
#include "extract/entity_recognizer.h"
#include "extract/internal/name_features.h"
#include "extract/internal/stage_words.h"
#include "extract/tokenizer.h"

namespace newskg {
namespace {

using perceptron::Feature;
using perceptron::HashBytes;

constexpr const char* kHeader = "newskg-name-typer 1";

// The stages' word lists. Load and Train make no typer without them (the
// empty lists serve only FromConllu called on its own, by tests).
const internal::StageWords& Words() {
  static const internal::StageWords kNoWords;
  auto w = internal::StageWords::Default();
  return w.ok() ? *w.value() : kNoWords;
}

void Features(const Document& doc, size_t b, size_t e, size_t first, size_t end, const Lexicon& lex,
              bool parse, const NameTyper::RuleGuess* guess, const NameTyper::NameIndex* index,
              std::vector<uint64_t>& f) {
  internal::NameFeatures(doc, b, e, first, end, lex, Words(), parse, guess, index, f);
}

// GUM's entity types, as our labels: the rest (abstract, event, object,
// time, substance, animal, plant) name nothing the graph holds.
NameTyper::Label FromGumType(const std::string& t) {
  if (t == "person") return NameTyper::kPerson;
  if (t == "organization") return NameTyper::kOrganization;
  if (t == "place") return NameTyper::kPlace;
  return NameTyper::kOther;
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
             lex.name_connectors.count(words[i].form) > 0 &&
             Words().whole_name_connectors.count(words[i].form) == 0;
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
        if (Words().definite_articles.count(AsciiLower(words[b].form)) > 0) {
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
      if (t[i].kind != TokenKind::kWord || !t[i].capitalized ||
          Words().possessive_markers.count(t[i].lower) > 0) {
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
  if (auto w = internal::StageWords::Default(); !w.ok()) return w.status();
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
  if (auto w = internal::StageWords::Default(); !w.ok()) return w.status();
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
