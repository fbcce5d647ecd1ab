#include "cli/parse_commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/cli_util.h"
#include "extract/internal/conllu.h"
#include "extract/lexicon.h"
#include "extract/parse_models.h"
#include "extract/reader.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"

namespace newskg::cli {
namespace {

std::string ReadInput(const std::string& path) {
  if (path == "-") {
    return std::string(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  }
  CheckInputFile(path);
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Failure(path + ": cannot open");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw Failure(path + ": read error");
  return s.str();
}

std::shared_ptr<const PosTagger> LoadLexicon() {
  auto lex = PosTagger::Load(PosTagger::DefaultDir());
  Check(lex.status());
  return std::make_shared<const PosTagger>(std::move(lex).value());
}

// Fills the predicted columns of one sentence from its words.
void Annotate(const ParseModels& m, ConlluSentence& s) {
  m.tagger->TagConllu(s);
  for (ConlluWord& w : s.words) {
    w.lemma = m.lemmatizer->Lemma(w.form, w.xpos);
    w.feats.clear();
  }
  m.parser->ParseConllu(s);
}

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

int ParseText(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg parse [options] INPUT...\n"
      "Tags, lemmatizes and parses, writing CoNLL-U (ID, FORM, LEMMA, UPOS, XPOS, HEAD,\n"
      "DEPREL). Text goes through newskg's own tokenizer and sentence splitter; CoNLL-U\n"
      "input keeps its sentences and words and gets the other columns filled in.\n"
      "INPUT may be '-' for standard input.\n\nOptions");
  std::string format = "text", output, models = ParseModels::DefaultDir();
  desc.add_options()("help,h", "show this help")(
      "input-format", po::value(&format)->default_value("text"), "text or conllu")(
      "output,o", po::value(&output), "write to FILE instead of standard output")(
      "models", po::value(&models),
      "folder with the model files (default: NEWSKG_MODEL_DIR or the built-in one)");
  po::variables_map vm;
  if (ParseCommand(desc, "input files", args, vm)) return kOk;
  if (format != "text" && format != "conllu") {
    throw UsageError("parse: --input-format must be text or conllu, not '" + format + "'");
  }
  if (!vm.count("input")) throw UsageError("parse: no INPUT given (see newskg parse --help)");
  const auto paths = LexiconPaths::Defaults();
  auto models_r = ParseModels::Load(models, LoadLexicon(), paths.wordnet_dir);
  Check(models_r.status());
  const ParseModels& m = models_r.value();
  std::string out;
  if (format == "conllu") {
    for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
      const std::string bytes = ReadInput(input);
      const std::string name = input == "-" ? "standard input" : input;
      Check(CheckText(bytes, name));
      std::istringstream in(bytes);
      auto sentences = ReadConllu(in, name);
      Check(sentences.status());
      for (ConlluSentence& s : sentences.value()) {
        Annotate(m, s);
        out += FormatConllu(s);
      }
    }
    WriteAtomically(output, out);
    return kOk;
  }
  auto lex = Lexicon::Load(paths);
  Check(lex.status());
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    const std::string name = input == "-" ? "standard input" : input;
    auto doc_r = ReadTextArticle(ReadInput(input), name);
    Check(doc_r.status());
    Document& doc = doc_r.value();
    const std::string id =
        input == "-" ? std::string("stdin") : std::filesystem::path(input).stem().string();
    Tokenize(doc);
    SplitSentences(doc, lex.value()->abbreviations);
    m.Annotate(doc);
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
  }
  WriteAtomically(output, out);
  return kOk;
}

int Train(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg train --train FILE... [--dev FILE...] -o DIR [options]\n"
      "Trains the tagger, the lemma table and the dependency parser from CoNLL-U\n"
      "treebanks and writes tagger.model, lemmas.tsv and parser.model into DIR.\n"
      "The same inputs and options give the same bytes.\n\nOptions");
  ParseTrainOptions o;
  desc.add_options()("help,h", "show this help")("train", po::value(&o.train_files)->composing(),
                                                 "a CoNLL-U training file (repeatable)")(
      "dev", po::value(&o.dev_files)->composing(),
      "a CoNLL-U file scored during training (repeatable)")("output,o", po::value(&o.out_dir),
                                                            "the folder to write the models to")(
      "tagger-epochs", po::value(&o.tagger_epochs)->default_value(o.tagger_epochs),
      "tagger passes over the data")(
      "parser-epochs", po::value(&o.parser_epochs)->default_value(o.parser_epochs),
      "parser passes over the data")("folds", po::value(&o.folds)->default_value(o.folds),
                                     "jackknifing folds for the parser's training tags")(
      "threads", po::value(&o.threads)->default_value(o.threads),
      "threads for the jackknifing folds")("seed", po::value(&o.seed)->default_value(o.seed),
                                           "shuffling seed")(
      "tagger-prune", po::value(&o.tagger_prune)->default_value(o.tagger_prune),
      "drop the tagger's averaged weights smaller than this")(
      "parser-prune", po::value(&o.parser_prune)->default_value(o.parser_prune),
      "drop the parser's averaged weights smaller than this");
  po::variables_map vm;
  po::positional_options_description pos;
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (o.train_files.empty()) throw UsageError("train: no --train file (see newskg train --help)");
  if (o.out_dir.empty()) throw UsageError("train: no output folder (-o DIR)");
  if (o.tagger_epochs < 1 || o.parser_epochs < 1 || o.folds < 2 || o.threads < 1 ||
      !(o.tagger_prune >= 0.0f) || !(o.parser_prune >= 0.0f)) {
    throw UsageError("train: epochs and threads must be at least 1, folds at least 2, prune >= 0");
  }
  o.lexicon = LoadLexicon();
  o.wordnet_dir = LexiconPaths::Defaults().wordnet_dir;
  o.progress = [](const std::string& line) { std::cerr << "train: " << line << "\n"; };
  Check(TrainParseModels(o));
  return kOk;
}

}  // namespace newskg::cli
