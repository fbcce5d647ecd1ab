// `newskg parse` and `newskg train`: the parse layer on the command line.
#ifndef NEWSKG_CLI_PARSE_COMMANDS_H_
#define NEWSKG_CLI_PARSE_COMMANDS_H_

#include <string>
#include <vector>

namespace newskg::cli {

// Tags, lemmatizes and parses text or CoNLL-U input; writes CoNLL-U.
int ParseText(const std::vector<std::string>& args);
// Trains the tagger, lemma table and parser from CoNLL-U treebanks.
int Train(const std::vector<std::string>& args);

}  // namespace newskg::cli

#endif  // NEWSKG_CLI_PARSE_COMMANDS_H_
