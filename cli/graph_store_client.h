// A client for the SPARQL 1.1 Graph Store HTTP Protocol (libcurl).
#ifndef NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
#define NEWSKG_CLI_GRAPH_STORE_CLIENT_H_

#include <functional>
#include <memory>
#include <string>

#include "base/base.h"

namespace newskg {

struct GraphStoreRequest {
  std::string endpoint;  // e.g. http://127.0.0.1:8890/sparql-graph-crud-auth
  std::string graph;     // the named graph's IRI
  bool replace = false;  // PUT (replace the graph) instead of POST (add to it)
  std::string body;      // N-Triples
  // When set, the body comes from here instead, sent with chunked transfer
  // encoding as it is produced: fills `buf` with up to `size` bytes and
  // returns how many, 0 at the end, or -1 to abort the request (the input
  // turned out broken: the server sees a truncated request and stores nothing).
  std::function<long(char* buf, size_t size)> source;
  // Seconds to wait for the connection, and for any byte to move while
  // sending or waiting for the answer. There is no limit on the whole
  // transfer: a large graph on a slow link takes what it takes.
  long connect_timeout = 10;
  long idle_timeout = 120;
  // Credentials: user and password from the environment
  // (NEWSKG_ENDPOINT_USER, NEWSKG_ENDPOINT_PASSWORD), else a netrc file
  // (NETRC, else ~/.netrc). Never from the command line.
};

// Sends graphs to a store over one connection, kept open from one request to
// the next. The first request goes with "Expect: 100-continue": a server that
// asks for credentials and honours the header does so before the body is
// sent, and the body is sent once. Credentials are negotiated once: the
// scheme the server asked for (Basic or Digest, with the server's nonce) goes
// with every later request, so a load of many batches meets one challenge,
// not one per batch. Once the server has accepted a request, later ones go
// without "Expect: 100-continue" (no round trip before the body; a server
// that refuses one then costs that body twice, never a lost batch).
class GraphStoreClient {
 public:
  GraphStoreClient();
  ~GraphStoreClient();
  GraphStoreClient(const GraphStoreClient&) = delete;
  GraphStoreClient& operator=(const GraphStoreClient&) = delete;

  // Sends the graph; the error names the endpoint, the HTTP status and the
  // server's answer (control characters and invalid UTF-8 escaped).
  // `http_status`, when given, gets the server's status code (0: no answer).
  [[nodiscard]] Status Send(const GraphStoreRequest& request, long* http_status = nullptr);

 private:
  struct Handle;
  std::unique_ptr<Handle> handle_;
};

// One request on a client of its own.
[[nodiscard]] Status SendGraph(const GraphStoreRequest& request, long* http_status = nullptr);

// `text` safe to print on a terminal: control characters as \n, \t, \r or
// \xNN, invalid UTF-8 bytes as \xNN, backslashes doubled.
std::string EscapeForTerminal(const std::string& text);

}  // namespace newskg

#endif  // NEWSKG_CLI_GRAPH_STORE_CLIENT_H_
