// Graphs streamed rather than held: RDF files read in order and handed on
// as N-Triples in batches, for sending to a store (newskg load).
#ifndef NEWSKG_GRAPH_STREAM_H_
#define NEWSKG_GRAPH_STREAM_H_

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "base/base.h"

namespace newskg {

// Reads the files in order (syntax by extension, see SyntaxForPath) and
// calls `emit` with their triples as N-Triples text, `batch` triples at a
// time (the last batch may hold fewer), holding about one batch in memory.
// The input is checked as merge checks it: errors name the file, line and
// column. Blank nodes are renamed per file. Batches already handed on stay
// handed on when a later part of the input is broken; an error from `emit`
// stops the reading with that error.
[[nodiscard]] Status StreamNTriples(
    const std::vector<std::string>& paths, size_t batch,
    const std::function<Status(std::string&& ntriples, size_t triples)>& emit);

// The same for datasets: the default graph's triples are handed on with
// `graph` empty, and those of each named graph of an N-Quads or TriG file
// with its name (an IRI). A batch holds one graph's triples: it ends after
// `batch` triples, where the graph changes and at the end of each file. A
// named graph whose name is a blank node is an error (a store cannot
// address it), as is everything StreamNTriples refuses.
[[nodiscard]] Status StreamGraphs(
    const std::vector<std::string>& paths, size_t batch,
    const std::function<Status(const std::string& graph, std::string&& ntriples, size_t triples)>&
        emit);

}  // namespace newskg

#endif  // NEWSKG_GRAPH_STREAM_H_
