// A client for the SPARQL 1.1 Graph Store HTTP Protocol (libcurl).
#ifndef NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
#define NEWSKG_CLI_GRAPH_STORE_CLIENT_H_

#include <string>

#include "base/base.h"

namespace newskg {

struct GraphStoreRequest {
  std::string endpoint;  // e.g. http://127.0.0.1:8890/sparql-graph-crud-auth
  std::string graph;     // the named graph's IRI
  bool replace = false;  // PUT (replace the graph) instead of POST (add to it)
  std::string body;      // N-Triples
  // Seconds to wait for the connection, and for any byte to move while
  // sending or waiting for the answer. There is no limit on the whole
  // transfer: a large graph on a slow link takes what it takes.
  long connect_timeout = 10;
  long idle_timeout = 120;
  // Credentials: user and password from the environment
  // (NEWSKG_ENDPOINT_USER, NEWSKG_ENDPOINT_PASSWORD), else a netrc file
  // (NETRC, else ~/.netrc). Never from the command line.
};

// Sends the graph; the error names the endpoint, the HTTP status and the
// server's answer (control characters and invalid UTF-8 escaped). The body
// goes with "Expect: 100-continue": a server that asks for credentials
// does so before the body is sent, and the body is sent once.
[[nodiscard]] Status SendGraph(const GraphStoreRequest& request);

// `text` safe to print on a terminal: control characters as \n, \t, \r or
// \xNN, invalid UTF-8 bytes as \xNN, backslashes doubled.
std::string EscapeForTerminal(const std::string& text);

}  // namespace newskg

#endif  // NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
