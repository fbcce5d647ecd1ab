// What every Serd user in graph/ shares: RAII handles, syntax mapping, the
// error sink, the string sink and file reading. Only graph/ sources include it.
#ifndef NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_
#define NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_

#include <serd/serd.h>

#include <memory>
#include <string>

#include "extract/status.h"
#include "graph/graph.h"

namespace newskg::internal {

struct EnvFree {
  void operator()(SerdEnv* e) const { serd_env_free(e); }
};
struct ReaderFree {
  void operator()(SerdReader* r) const { serd_reader_free(r); }
};
struct WriterFree {
  void operator()(SerdWriter* w) const { serd_writer_free(w); }
};
using EnvPtr = std::unique_ptr<SerdEnv, EnvFree>;
using ReaderPtr = std::unique_ptr<SerdReader, ReaderFree>;
using WriterPtr = std::unique_ptr<SerdWriter, WriterFree>;

inline const uint8_t* U(const std::string& s) {
  return reinterpret_cast<const uint8_t*>(s.c_str());
}

SerdSyntax ToSerd(Syntax s);

// Collects the first error Serd reports, as "name:line:col: message"; never
// throws (called from C).
struct ErrorCollector {
  std::string name;
  std::string message;
  static SerdStatus Sink(void* handle, const SerdError* e) noexcept;
};

// Appends to the std::string `stream`.
size_t StringSink(const void* buf, size_t len, void* stream) noexcept;

// The whole file; an error names the file, and the byte of a NUL (binary data).
[[nodiscard]] Status ReadWholeFile(const std::string& path, std::string& out);
// An error when `text` holds a NUL byte (binary data is not RDF).
[[nodiscard]] Status CheckNoNul(const std::string& text, const std::string& name);
// The IRI relative IRIs of a document named `name` resolve against.
std::string BaseUriFor(const std::string& name);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_
