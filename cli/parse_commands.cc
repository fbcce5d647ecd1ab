#include "cli/parse_commands.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>

#include "cli/cli_util.h"
#include "extract/extract.h"

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
  auto annotator = ConlluAnnotator::Load(models);
  Check(annotator.status());
  std::string out;
  for (const auto& input : vm["input"].as<std::vector<std::string>>()) {
    const std::string name = input == "-" ? "standard input" : input;
    const std::string id =
        input == "-" ? std::string("stdin") : std::filesystem::path(input).stem().string();
    auto part = format == "conllu" ? annotator->FromConllu(ReadInput(input), name)
                                   : annotator->FromText(ReadInput(input), name, id);
    Check(part.status());
    out += part.value();
  }
  WriteAtomically(output, out);
  return kOk;
}

int Train(const std::vector<std::string>& args) {
  po::options_description desc(
      "Usage: newskg train --train FILE... [--dev FILE...] -o DIR [options]\n"
      "Trains the tagger, the lemma table and the dependency parser from CoNLL-U\n"
      "treebanks, and the name typer from the sentences that carry GUM's entity layer\n"
      "(Entity= in MISC), and writes tagger.model, lemmas.tsv, parser.model and\n"
      "names.model into DIR.\n"
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
      "drop the parser's averaged weights smaller than this")(
      "name-epochs", po::value(&o.name_epochs)->default_value(o.name_epochs),
      "name typer passes over the data")(
      "parser-beam", po::value(&o.parser_beam)->default_value(o.parser_beam),
      "the parser's beam width (1: greedy, trained with the dynamic oracle)")(
      "parser-order", po::value(&o.parser_order)->default_value(o.parser_order),
      "which way the parser reads: ltr, rtl, or ltr+rtl (two greedy parsers whose trees are "
      "combined)")(
      "parser-only", po::bool_switch(&o.parser_only),
      "train only the parser (parser.model) on training files that already hold predicted "
      "tags (see --save-tagged); dev files are scored with their own tags")(
      "save-tagged", po::value(&o.tagged_dir),
      "write the jackknifed training tags and the tagged dev files into this folder "
      "(train.conllu, dev.conllu)")(
      "names-only", po::bool_switch(&o.names_only),
      "train only the name typer (names.model); leave the other model files as they are");
  po::variables_map vm;
  po::positional_options_description pos;
  Parse(desc, pos, args, vm);
  if (vm.count("help")) {
    std::cout << desc << "\n";
    return kOk;
  }
  if (o.train_files.empty()) throw UsageError("train: no --train file (see newskg train --help)");
  if (o.out_dir.empty()) throw UsageError("train: no output folder (-o DIR)");
  if (o.tagger_epochs < 1 || o.parser_epochs < 1 || o.name_epochs < 1 || o.folds < 2 ||
      o.threads < 1 || o.parser_beam < 1 || !(o.tagger_prune >= 0.0f) ||
      !(o.parser_prune >= 0.0f)) {
    throw UsageError(
        "train: epochs, threads and the beam must be at least 1, folds at least 2, prune >= 0");
  }
  if (o.parser_order != "ltr" && o.parser_order != "rtl" && o.parser_order != "ltr+rtl") {
    throw UsageError("train: --parser-order is ltr, rtl or ltr+rtl");
  }
  if (o.parser_order == "ltr+rtl" && o.parser_beam > 1) {
    throw UsageError("train: --parser-order ltr+rtl parses greedily (no --parser-beam)");
  }
  o.progress = [](const std::string& line) { std::cerr << "train: " << line << "\n"; };
  Check(TrainParseModels(o));
  return kOk;
}

}  // namespace newskg::cli
