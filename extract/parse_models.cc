#include "extract/parse_models.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include "extract/conllu.h"
#include "extract/entity_recognizer.h"
#include "extract/reader.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"

#ifndef NEWSKG_MODEL_DIR
#define NEWSKG_MODEL_DIR "models"
#endif

namespace newskg {

std::string ParseModels::DefaultDir() {
  if (const char* d = std::getenv("NEWSKG_MODEL_DIR")) return d;
  return NEWSKG_MODEL_DIR;
}

Result<ParseModels> ParseModels::Load(const std::string& dir,
                                      std::shared_ptr<const PosTagger> lexicon,
                                      const std::string& wordnet_dir, bool trained) {
  ParseModels m;
  auto lemmas = Lemmatizer::Load(dir + "/" + kLemmaFile, wordnet_dir);
  if (!lemmas.ok()) return lemmas.status();
  m.lemmatizer = std::make_shared<const Lemmatizer>(std::move(lemmas).value());
  m.fast_tagger = lexicon;
  const std::string names_path = dir + "/" + kNamesFile;
  if (std::filesystem::exists(names_path)) {
    auto names = NameTyper::Load(names_path);
    if (!names.ok()) return names.status();
    m.names = std::make_shared<const NameTyper>(std::move(names).value());
  }
  if (!trained) return m;
  auto tagger = Tagger::Load(dir + "/" + kTaggerFile, lexicon);
  if (!tagger.ok()) return tagger.status();
  auto parser = DependencyParser::Load(dir + "/" + kParserFile);
  if (!parser.ok()) return parser.status();
  m.tagger = std::make_shared<const Tagger>(std::move(tagger).value());
  m.parser = std::make_shared<const DependencyParser>(std::move(parser).value());
  return m;
}

void ParseModels::Annotate(Document& doc) const {
  tagger->Tag(doc);
  lemmatizer->Lemmatize(doc);
  parser->Parse(doc);
}

void ParseModels::AnnotateSelected(
    Document& doc, const std::function<bool(const Document&, const Sentence&)>& select) const {
  fast_tagger->Tag(doc);
  for (Token& t : doc.tokens) {
    t.upos.clear();
    t.head = -1;
    t.deprel.clear();
    t.lemma = lemmatizer->Lemma(t.text, t.tag);
  }
  if (tagger == nullptr || parser == nullptr) return;  // loaded without the trained models
  for (const Sentence& s : doc.sentences) {
    if (!select(doc, s)) continue;
    tagger->TagSentence(doc, s);
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      doc.tokens[i].lemma = lemmatizer->Lemma(doc.tokens[i].text, doc.tokens[i].tag);
    }
    parser->ParseSentence(doc, s);
  }
}

namespace {

Result<std::vector<ConlluSentence>> ReadAll(const std::vector<std::string>& files) {
  std::vector<ConlluSentence> all;
  for (const auto& f : files) {
    auto r = ReadConlluFile(f);
    if (!r.ok()) return r.status();
    for (auto& s : r.value()) all.push_back(std::move(s));
  }
  return all;
}

std::string Percent(size_t a, size_t b) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f",
                100.0 * static_cast<double>(a) / static_cast<double>(b ? b : 1));
  return buf;
}

}  // namespace

namespace {

// The HMM tagger whose lexicon the trained tagger reads.
Result<std::shared_ptr<const PosTagger>> LoadDefaultLexicon() {
  auto lex = PosTagger::Load(PosTagger::DefaultDir());
  if (!lex.ok()) return lex.status();
  return std::shared_ptr<const PosTagger>(
      std::make_shared<const PosTagger>(std::move(lex).value()));
}

// Text on one line: newlines and tabs become single spaces (a CoNLL-U comment).
std::string OneLine(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace

NameTyper::Accuracy RuleNameAccuracy(const std::vector<ConlluSentence>& sentences,
                                     const NameTyper::Annotators& a, const NameTyper* typer) {
  NameTyper::Accuracy acc;
  std::vector<NameTyper::Example> ex;
  for (const auto& sentences_of_doc : NameTyper::Documents(sentences)) {
    if (!NameTyper::HasEntityLayer(sentences_of_doc)) continue;
    ex.clear();
    Document doc = NameTyper::FromConllu(sentences_of_doc, a, &ex);
    if (ex.empty()) continue;
    for (Token& t : doc.tokens) {  // the recognizer sees what --parse none gives it
      t.head = -1;
      t.deprel.clear();
    }
    RecognizeEntities(doc, *a.lexicon, typer);
    for (const auto& x : ex) {
      // The mention holding the name's last word, the head of most names.
      NameTyper::Label p = NameTyper::kOther;
      for (const Mention& m : doc.mentions) {
        if (m.kind != MentionKind::kName || m.first_token >= x.end || m.end_token < x.end) continue;
        p = m.type == EntityType::kPerson         ? NameTyper::kPerson
            : m.type == EntityType::kOrganization ? NameTyper::kOrganization
                                                  : NameTyper::kPlace;
        break;
      }
      ++acc.total;
      acc.correct += p == x.label;
      ++acc.confusion[static_cast<size_t>(x.label)][static_cast<size_t>(p)];
    }
  }
  return acc;
}

Result<ConlluAnnotator> ConlluAnnotator::Load(const std::string& model_dir) {
  auto lexicon = LoadDefaultLexicon();
  if (!lexicon.ok()) return lexicon.status();
  const LexiconPaths paths = LexiconPaths::Defaults();
  auto models = ParseModels::Load(model_dir, lexicon.value(), paths.wordnet_dir);
  if (!models.ok()) return models.status();
  auto lex = Lexicon::Load(paths);
  if (!lex.ok()) return lex.status();
  ConlluAnnotator a;
  a.models_ = std::move(models).value();
  a.lexicon_ = std::move(lex).value();
  return a;
}

Result<std::string> ConlluAnnotator::FromConllu(std::string_view conllu,
                                                std::string_view name) const {
  if (Status s = CheckText(conllu, name); !s.ok()) return s;
  std::istringstream in{std::string(conllu)};
  auto sentences = ReadConllu(in, std::string(name));
  if (!sentences.ok()) return sentences.status();
  std::string out;
  for (ConlluSentence& s : sentences.value()) {
    models_.tagger->TagConllu(s);
    for (ConlluWord& w : s.words) {
      w.lemma = models_.lemmatizer->Lemma(w.form, w.xpos);
      w.feats.clear();
    }
    models_.parser->ParseConllu(s);
    out += FormatConllu(s);
  }
  return out;
}

Result<std::string> ConlluAnnotator::FromText(std::string text, std::string_view name,
                                              const std::string& id) const {
  auto doc_r = ReadTextArticle(std::move(text), name);
  if (!doc_r.ok()) return doc_r.status();
  Document& doc = doc_r.value();
  Tokenize(doc);
  SplitSentences(doc, lexicon_->abbreviations);
  models_.Annotate(doc);
  std::string out;
  for (size_t k = 0; k < doc.sentences.size(); ++k) {
    const Sentence& s = doc.sentences[k];
    ConlluSentence c;
    c.comments.push_back("sent_id = " + id + "-" + std::to_string(k + 1));
    c.comments.push_back("text = " + OneLine(doc.SpanText(s.span)));
    for (size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = doc.tokens[i];
      ConlluWord w;
      w.form = t.text;
      w.lemma = t.lemma;
      w.upos = t.upos;
      w.xpos = t.tag;
      w.head = t.head < 0 ? 0 : t.head - static_cast<int>(s.first_token) + 1;
      w.deprel = t.deprel;
      if (i + 1 < s.end_token && !doc.tokens[i + 1].space_before) w.misc = "SpaceAfter=No";
      c.words.push_back(std::move(w));
    }
    out += FormatConllu(c);
  }
  return out;
}

namespace {

// The parser's training options from the command's: one place for both the
// full run and --parser-only.
DependencyParser::TrainOptions ParserOptions(const ParseTrainOptions& o,
                                             const std::function<void(const std::string&)>& say) {
  DependencyParser::TrainOptions po;
  po.epochs = o.parser_epochs;
  po.seed = o.seed;
  po.prune = o.parser_prune;
  po.beam = o.parser_beam;
  po.left_to_right = o.parser_order != "rtl";
  po.right_to_left = o.parser_order != "ltr";
  po.threads = o.threads;
  po.progress = say;
  return po;
}

}  // namespace

Status TrainParseModels(const ParseTrainOptions& options) {
  ParseTrainOptions o = options;
  if (o.lexicon == nullptr) {
    auto lexicon = LoadDefaultLexicon();
    if (!lexicon.ok()) return lexicon.status();
    o.lexicon = std::move(lexicon).value();
  }
  if (o.wordnet_dir.empty()) o.wordnet_dir = LexiconPaths::Defaults().wordnet_dir;
  std::mutex mu;
  const auto start = std::chrono::steady_clock::now();
  auto say = [&](const std::string& line) {
    if (!o.progress) return;
    const double s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    char buf[32];
    std::snprintf(buf, sizeof buf, "[%6.1fs] ", s);
    std::lock_guard<std::mutex> lock(mu);
    o.progress(buf + line);
  };
  if (o.train_files.empty()) return InvalidArgument("train: no training files");
  if (o.folds < 2) return InvalidArgument("train: --folds must be at least 2");
  auto train_r = ReadAll(o.train_files);
  if (!train_r.ok()) return train_r.status();
  auto dev_r = ReadAll(o.dev_files);
  if (!dev_r.ok()) return dev_r.status();
  std::vector<ConlluSentence> train = std::move(train_r).value();
  const std::vector<ConlluSentence> dev_gold = std::move(dev_r).value();
  if (train.empty()) return InvalidArgument("train: the training files hold no sentences");
  size_t words = 0;
  for (const auto& s : train) words += s.words.size();
  say("read " + std::to_string(train.size()) + " training sentences (" + std::to_string(words) +
      " words), " + std::to_string(dev_gold.size()) + " dev sentences");
  std::error_code ec;
  std::filesystem::create_directories(o.out_dir, ec);
  if (ec) return IoError("cannot create " + o.out_dir + ": " + ec.message());
  // The three files are written into a temporary folder beside them and
  // moved into place together at the end: a failed run leaves the old set.
  std::string tmpl = o.out_dir + "/.newskg-train-XXXXXX";
  if (mkdtemp(tmpl.data()) == nullptr)
    return IoError("cannot create a temporary folder in " + o.out_dir);
  const std::string tmp = tmpl;
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
  } cleanup{tmp};

  if (o.parser_only) {
    const DependencyParser::TrainOptions po = ParserOptions(o, say);
    auto parser_r =
        DependencyParser::Train(train, dev_gold.empty() ? nullptr : &dev_gold, po, nullptr);
    if (!parser_r.ok()) return parser_r.status();
    if (Status s = parser_r->Save(tmp + "/" + ParseModels::kParserFile); !s.ok()) return s;
    std::filesystem::rename(tmp + "/" + ParseModels::kParserFile,
                            o.out_dir + "/" + ParseModels::kParserFile, ec);
    if (ec) return IoError("cannot move parser.model into " + o.out_dir + ": " + ec.message());
    say("wrote " + o.out_dir + "/" + ParseModels::kParserFile);
    return Status::Ok();
  }

  // Lemmas.
  auto lem_r = Lemmatizer::LoadWordNet(o.wordnet_dir);
  if (!lem_r.ok()) return lem_r.status();
  Lemmatizer lemmatizer = std::move(lem_r).value();
  lemmatizer.Learn(train);
  if (!o.names_only) {
    if (Status s = lemmatizer.Save(tmp + "/" + ParseModels::kLemmaFile); !s.ok()) return s;
    say("lemmas: " + std::to_string(lemmatizer.table_size()) + " table entries");
  }

  // The name typer, on the sentences with GUM's entity layer, tagged and
  // lemmatized as extraction does it (the HMM tagger, this lemma table).
  // Without any, there is no names.model to write.
  const bool entity_layer = NameTyper::HasEntityLayer(train);
  if (!entity_layer && o.names_only)
    return InvalidArgument(
        "train: --names-only, but no training file has an entity layer (Entity=)");
  if (!entity_layer)
    say("name typer: no entity layer (Entity=) in the training files; skipped "
        "(a names.model already in the folder is left as it is)");
  if (entity_layer) {
    LexiconPaths paths = LexiconPaths::Defaults();
    paths.wordnet_dir = o.wordnet_dir;
    auto lex = Lexicon::Load(paths);
    if (!lex.ok()) return lex.status();
    NameTyper::Annotators a{lex.value().get(), o.lexicon.get(), &lemmatizer};
    NameTyper::TrainOptions no;
    no.epochs = o.name_epochs;
    no.seed = o.seed;
    no.prune = o.name_prune;
    no.progress = say;
    auto names = NameTyper::Train(train, dev_gold.empty() ? nullptr : &dev_gold, a, no);
    if (!names.ok()) return names.status();
    if (!dev_gold.empty()) {
      say("name typing by the recognizer's rules alone, dev: " +
          RuleNameAccuracy(dev_gold, a).Summary());
      say("name typing by the recognizer with the typer, dev: " +
          RuleNameAccuracy(dev_gold, a, &names.value()).Summary());
    }
    if (Status s = names->Save(tmp + "/" + ParseModels::kNamesFile); !s.ok()) return s;
    say("name typer: " + std::to_string(names->num_features()) + " features");
  }
  if (o.names_only) {
    std::filesystem::rename(tmp + "/" + ParseModels::kNamesFile,
                            o.out_dir + "/" + ParseModels::kNamesFile, ec);
    if (ec) return IoError("cannot move names.model into " + o.out_dir + ": " + ec.message());
    say("wrote " + o.out_dir + "/" + ParseModels::kNamesFile);
    return Status::Ok();
  }

  // The tagger, and jackknifed tags for the parser's training data.
  Tagger::TrainOptions to;
  to.epochs = o.tagger_epochs;
  to.seed = o.seed;
  to.folds = o.folds;
  to.threads = o.threads;
  to.prune = o.tagger_prune;
  to.progress = say;
  std::vector<std::vector<JackknifedTag>> jackknifed;
  auto tagger_r =
      Tagger::Train(train, dev_gold.empty() ? nullptr : &dev_gold, o.lexicon, to, &jackknifed);
  if (!tagger_r.ok()) return tagger_r.status();
  const Tagger tagger = std::move(tagger_r).value();
  if (Status s = tagger.Save(tmp + "/" + ParseModels::kTaggerFile); !s.ok()) return s;
  std::vector<ConlluSentence> retagged = train;
  size_t jk_ok = 0;
  for (size_t i = 0; i < train.size(); ++i) {
    for (size_t k = 0; k < train[i].words.size(); ++k) {
      retagged[i].words[k].upos = jackknifed[i][k].upos;
      retagged[i].words[k].xpos = jackknifed[i][k].xpos;
      jk_ok += train[i].words[k].upos == retagged[i].words[k].upos;
    }
  }
  say("jackknifed training tags: UPOS " + Percent(jk_ok, words));
  std::vector<ConlluSentence> dev = dev_gold;
  for (ConlluSentence& s : dev) tagger.TagConllu(s);

  if (!o.tagged_dir.empty()) {
    std::filesystem::create_directories(o.tagged_dir, ec);
    for (const auto& [name, set] :
         {std::pair<std::string, const std::vector<ConlluSentence>*>{"train.conllu", &retagged},
          {"dev.conllu", &dev}}) {
      std::ofstream out(o.tagged_dir + "/" + name, std::ios::binary | std::ios::trunc);
      for (const ConlluSentence& s : *set) out << FormatConllu(s);
      if (!out) return IoError("cannot write " + o.tagged_dir + "/" + name);
    }
    say("wrote the tagged sentences into " + o.tagged_dir);
  }

  // The parser.
  const DependencyParser::TrainOptions po = ParserOptions(o, say);
  DependencyParser::TrainLog log;
  auto parser_r = DependencyParser::Train(retagged, dev.empty() ? nullptr : &dev, po, &log);
  if (!parser_r.ok()) return parser_r.status();
  say("parser: " + std::to_string(log.sentences) + " sentences, " +
      std::to_string(log.nonprojective_sentences) + " non-projective made projective by lifting " +
      std::to_string(log.lifted_arcs) + " arcs, " + std::to_string(log.skipped_sentences) +
      " skipped (not a tree, or over 1,000 words)");
  if (Status s = parser_r->Save(tmp + "/" + ParseModels::kParserFile); !s.ok()) return s;
  for (const char* file : {ParseModels::kLemmaFile, ParseModels::kTaggerFile,
                           ParseModels::kParserFile, ParseModels::kNamesFile}) {
    if (!entity_layer && file == std::string(ParseModels::kNamesFile)) continue;
    std::filesystem::rename(tmp + "/" + file, o.out_dir + "/" + file, ec);
    if (ec)
      return IoError("cannot move " + std::string(file) + " into " + o.out_dir + ": " +
                     ec.message());
  }
  say("wrote " + o.out_dir + "/{" + ParseModels::kTaggerFile + "," + ParseModels::kParserFile +
      "," + ParseModels::kLemmaFile +
      (entity_layer ? std::string(",") + ParseModels::kNamesFile : "") + "}");
  return Status::Ok();
}

}  // namespace newskg
