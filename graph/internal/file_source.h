// FileSource: feeds Serd a file page by page, for TripleTable::ReadFile.
// A NUL byte ends the input there (binary data is not RDF) and is reported
// with its offset; Turtle and TriG go through IntegerDotFilter on the way.
// Split from triple_reading.cc.
#ifndef NEWSKG_GRAPH_INTERNAL_FILE_SOURCE_H_
#define NEWSKG_GRAPH_INTERNAL_FILE_SOURCE_H_

#include <cstddef>
#include <cstdio>
#include <string>

#include "graph/internal/serd_support.h"

namespace newskg::internal {

struct FileSource {
  FILE* file = nullptr;
  bool filter = false;
  size_t offset = 0;
  size_t nul = std::string::npos;
  bool failed = false;
  IntegerDotFilter dots;
  std::string pending;  // filtered bytes not yet given to Serd
  size_t pending_at = 0;
  bool eof = false;

  // Reads up to `n` raw bytes into `buf`, stopping before a NUL byte.
  size_t ReadRaw(char* buf, size_t n);

  // Fills `buf` with `want` filtered bytes (fewer only at the end: Serd
  // takes a short page for the end of the input).
  size_t ReadFiltered(char* buf, size_t want);

  // Serd's SerdSource and SerdStreamErrorFunc; never throw.
  static size_t Read(void* buf, size_t size, size_t nmemb, void* stream) noexcept;
  static int Error(void* stream) noexcept;
};

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_FILE_SOURCE_H_
