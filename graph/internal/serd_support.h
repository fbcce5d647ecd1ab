// What every Serd user in graph/ shares: RAII handles, syntax mapping, the
// error sink, the string sink and file reading. Only graph/ sources include it.
#ifndef NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_
#define NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_

#include <serd/serd.h>

#include <initializer_list>
#include <memory>
#include <string>

#include "base/base.h"
#include "graph/rdf_graph.h"

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

// Whether `s` starts with a URI scheme and ':' (an absolute IRI).
bool HasScheme(const uint8_t* s, size_t n);
inline bool HasScheme(const std::string& s) { return HasScheme(U(s), s.size()); }

// Empty when the bytes of every given node (null: none) are valid UTF-8
// without U+0000; otherwise what is wrong, with the text before the bad
// byte. Serd passes overlong UTF-8 and a "\u0000" escape through, and a
// NUL would cut the term short when it is written.
std::string BadTermBytes(std::initializer_list<const SerdNode*> nodes);

// Appends to the std::string `stream`.
size_t StringSink(const void* buf, size_t len, void* stream) noexcept;

// The whole file; an error names the file, and the byte of a NUL (binary data).
[[nodiscard]] Status ReadWholeFile(const std::string& path, std::string& out);
// An error when `text` holds a NUL byte (binary data is not RDF).
[[nodiscard]] Status CheckNoNul(const std::string& text, const std::string& name);
// Serd 0.30 reads an integer followed by the dot that ends a statement
// (`:s :p 500000.`, as N3.js writes it) as the plain string "500000". This
// filter puts a space before such a dot (`500000 .`), which every Serd reads
// as xsd:integer. It follows Turtle's strings, IRIs and comments, so their
// content is never touched, and works on a document fed in pieces.
class IntegerDotFilter {
 public:
  // Appends the filtered `n` bytes at `data` to `out` (a held-back '.' may
  // come out with the next piece).
  void Feed(const char* data, size_t n, std::string& out);
  // Reads the `n` bytes at `data` as Feed does while the filter passes them
  // unchanged (no copy): how many it read, `n` or the place of a '.' that
  // Feed must read with the rest (it may hold it back). Not while holding.
  size_t Pass(const char* data, size_t n);
  // Whether a '.' is held back, to come out with the next piece.
  bool holding() const { return number_ == Number::kDot; }
  // Ends the document.
  void Finish(std::string& out);

 private:
  // Feed (`out`) or Pass (no `out`).
  template <bool kPass>
  size_t Run(const char* data, size_t n, std::string* out);

  enum class State { kNormal, kIri, kComment, kQuote1, kQuote2, kShort, kLong };
  enum class Number { kNone, kSign, kDigits, kDot };
  State state_ = State::kNormal;
  Number number_ = Number::kNone;
  bool after_delimiter_ = true;
  char quote_ = '"';
  bool escaped_ = false;
  int closing_quotes_ = 0;
};

// The IRI relative IRIs of a document named `name` resolve against.
std::string BaseUriFor(const std::string& name);

}  // namespace newskg::internal

#endif  // NEWSKG_GRAPH_INTERNAL_SERD_SUPPORT_H_
