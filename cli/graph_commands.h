// `newskg merge`, `validate` and `load`: graphs in, a graph, a report or a
// triple store out.
#ifndef NEWSKG_CLI_GRAPH_COMMANDS_H_
#define NEWSKG_CLI_GRAPH_COMMANDS_H_

#include <string>
#include <vector>

namespace newskg::cli {

// Merges graphs into one, each triple once and each real thing under one IRI.
int Merge(const std::vector<std::string>& args);
// Checks graphs against the shipped or given SHACL shapes.
int Validate(const std::vector<std::string>& args);
// Sends graphs to a triple store (SPARQL 1.1 Graph Store Protocol).
int Load(const std::vector<std::string>& args);

}  // namespace newskg::cli

#endif  // NEWSKG_CLI_GRAPH_COMMANDS_H_
