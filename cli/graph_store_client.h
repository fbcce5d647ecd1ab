// A client for the SPARQL 1.1 Graph Store HTTP Protocol (libcurl).
#ifndef NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
#define NEWSKG_CLI_GRAPH_STORE_CLIENT_H_

#include <string>

#include "extract/status.h"

namespace newskg {

struct GraphStoreRequest {
  std::string endpoint;  // e.g. http://127.0.0.1:8890/sparql-graph-crud-auth
  std::string graph;     // the named graph's IRI
  bool replace = false;  // PUT (replace the graph) instead of POST (add to it)
  std::string body;      // N-Triples
  // Credentials: user and password from the environment
  // (NEWSKG_ENDPOINT_USER, NEWSKG_ENDPOINT_PASSWORD), else a netrc file
  // (NETRC, else ~/.netrc). Never from the command line.
};

// Sends the graph; the error names the endpoint, the HTTP status and the
// server's answer.
[[nodiscard]] Status SendGraph(const GraphStoreRequest& request);

}  // namespace newskg

#endif  // NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
