#include "graph/internal/serd_support.h"

#include <array>
#include <cctype>
#include <cstdarg>
#include <cstdio>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "base/base.h"

namespace newskg::internal {

SerdSyntax ToSerd(Syntax s) {
  switch (s) {
    case Syntax::kTurtle:
      return SERD_TURTLE;
    case Syntax::kNTriples:
      return SERD_NTRIPLES;
    case Syntax::kNQuads:
      return SERD_NQUADS;
    case Syntax::kTriG:
      return SERD_TRIG;
  }
  return SERD_TURTLE;
}

SerdStatus ErrorCollector::Sink(void* handle, const SerdError* e) noexcept {
  auto* self = static_cast<ErrorCollector*>(handle);
  if (!self->message.empty()) return e->status;
  char buf[1024];
  va_list args;
  va_copy(args, *e->args);
  std::vsnprintf(buf, sizeof buf, e->fmt, args);
  va_end(args);
  try {
    std::string text = buf;
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    self->message =
        self->name + ":" + std::to_string(e->line) + ":" + std::to_string(e->col) + ": " + text;
  } catch (...) {  // out of memory: the status still says what failed
  }
  return e->status;
}

namespace {

bool AsciiLetter(uint8_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether `n` bytes at `p` are all ASCII and none is NUL (then they are valid
// UTF-8 without U+0000), eight at a time: most terms are, and FindInvalidUtf8
// then need not decode them.
bool PlainAscii(const uint8_t* p, size_t n) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    // A byte with its high bit set, or a zero byte ((w - 1) & ~w sets it).
    if (((w | ((w - kOnes) & ~w)) & kHigh) != 0) return false;
  }
  for (; i < n; ++i) {
    if (p[i] == 0 || p[i] >= 0x80) return false;
  }
  return true;
}

}  // namespace

bool HasScheme(const uint8_t* s, size_t n) {
  // Most IRIs (compared as a word or two, not byte by byte).
  if (n >= 8 && (std::memcmp(s, "https://", 8) == 0 || std::memcmp(s, "http://", 7) == 0))
    return true;
  // ASCII classes, as std::isalpha and std::isalnum in the "C" locale.
  if (n == 0 || !AsciiLetter(s[0])) return false;
  for (size_t i = 1; i < n; ++i) {
    const uint8_t c = s[i];
    if (c == ':') return true;
    if (!AsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.')
      return false;
  }
  return false;
}

std::string BadTermBytes(std::initializer_list<const SerdNode*> nodes) {
  for (const SerdNode* n : nodes) {
    if (n == nullptr || n->buf == nullptr || PlainAscii(n->buf, n->n_bytes)) continue;
    const std::string_view bytes(reinterpret_cast<const char*>(n->buf), n->n_bytes);
    const size_t bad = FindInvalidUtf8(bytes);
    if (bad == std::string_view::npos) continue;
    const size_t from = bad > 60 ? bad - 60 : 0;
    size_t start = from;  // a whole UTF-8 character first
    while (start < bad && (static_cast<unsigned char>(bytes[start]) & 0xC0) == 0x80) ++start;
    return std::string(bytes[bad] == '\0' ? "U+0000 (NUL)" : "invalid UTF-8") +
           " in a term, after '" + (from > 0 ? "..." : "") +
           std::string(bytes.substr(start, bad - start)) + "'";
  }
  return "";
}

size_t StringSink(const void* buf, size_t len, void* stream) noexcept {
  try {
    static_cast<std::string*>(stream)->append(static_cast<const char*>(buf), len);
    return len;
  } catch (...) {
    return 0;  // Serd reports the short write
  }
}

Status CheckNoNul(const std::string& text, const std::string& name) {
  if (const size_t nul = text.find('\0'); nul != std::string::npos) {
    return ParseError(name + ": byte " + std::to_string(nul) +
                      ": NUL byte: binary data is not RDF");
  }
  return Status::Ok();
}

Status ReadWholeFile(const std::string& path, std::string& out) {
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return NotFound(path + ": cannot open file");
  out.clear();
  if (std::fseek(f, 0, SEEK_END) == 0) {
    const long size = std::ftell(f);
    if (size > 0) out.reserve(static_cast<size_t>(size));
    std::rewind(f);
  }
  char buf[65536];
  size_t n = 0;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  const bool err = std::ferror(f) != 0;
  std::fclose(f);
  if (err) return IoError(path + ": read error");
  return CheckNoNul(out, path);
}

std::string BaseUriFor(const std::string& name) {
  std::string base_uri = "file:///";
  for (unsigned char c : name) {
    if (std::isalnum(c) || c == '/' || c == '.' || c == '-' || c == '_')
      base_uri += static_cast<char>(c);
  }
  return base_uri;
}

namespace {

// The first byte `a` or `b` in data[i, n), else n: sixteen bytes at a
// time here (the IRIs and strings it crosses are short: a call to memchr
// costs more than the scan), else by memchr.
size_t FindEither(const char* data, size_t i, size_t n, char a, char b) {
#if defined(__SSE2__)
  const __m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b);
  for (; i + 16 <= n; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    const int m = _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, va), _mm_cmpeq_epi8(v, vb)));
    if (m != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(m)));
  }
  for (; i < n; ++i) {
    if (data[i] == a || data[i] == b) return i;
  }
  return n;
#else
  const auto* first = static_cast<const char*>(std::memchr(data + i, a, n - i));
  const size_t stop = first == nullptr ? n : static_cast<size_t>(first - data);
  if (a == b) return stop;
  const auto* second = static_cast<const char*>(std::memchr(data + i, b, stop - i));
  return second == nullptr ? stop : static_cast<size_t>(second - data);
#endif
}

// The first quote `q` or backslash in data[i, n), else n.
size_t NextQuoteOrEscape(const char* data, size_t i, size_t n, char q) {
  return FindEither(data, i, n, q, '\\');
}

// How the filter reads a byte outside strings, IRIs and comments: kSpace
// (white space: a delimiter before a number), kPlain (a byte that neither
// starts, signs nor ends a number, delimits one or opens anything: letters,
// most punctuation, non-ASCII) or kOther (read one at a time). A run of one
// class leaves the filter as its first byte does.
enum ByteClass : uint8_t { kOther, kPlain, kSpace };
const std::array<uint8_t, 256>& ByteClasses() {
  static const std::array<uint8_t, 256> table = [] {
    std::array<uint8_t, 256> t{};
    t.fill(kPlain);
    for (const unsigned char c : std::string_view("0123456789.+-([,;{<#\"'")) t[c] = kOther;
    for (const unsigned char c : std::string_view(" \t\n\r")) t[c] = kSpace;
    return t;
  }();
  return table;
}

}  // namespace

void IntegerDotFilter::Feed(const char* data, size_t n, std::string& out) {
  out.reserve(out.size() + n + 16);
  Run<false>(data, n, &out);
}

size_t IntegerDotFilter::Pass(const char* data, size_t n) { return Run<true>(data, n, nullptr); }

template <bool kPass>
size_t IntegerDotFilter::Run(const char* data, size_t n, std::string* out) {
  const std::array<uint8_t, 256>& classes = ByteClasses();
  // The state in locals (registers across the calls that scan), stored
  // back on the way out.
  State state = state_;
  Number number = number_;
  bool after_delimiter = after_delimiter_;
  char quote = quote_;
  bool escaped = escaped_;
  int closing_quotes = closing_quotes_;
  auto store = [&] {
    state_ = state;
    number_ = number;
    after_delimiter_ = after_delimiter;
    quote_ = quote;
    escaped_ = escaped;
    closing_quotes_ = closing_quotes;
  };
  size_t from = 0;  // data[from, i) is copied as it is, in one piece
  for (size_t i = 0; i < n; ++i) {
    const char c = data[i];
    switch (state) {
      case State::kIri: {
        const size_t end = FindEither(data, i, n, '>', '>');
        if (end < n) state = State::kNormal;
        i = end < n ? end : n - 1;
        continue;
      }
      case State::kComment: {
        size_t j = i;
        while (j < n && data[j] != '\n' && data[j] != '\r') ++j;
        if (j < n) state = State::kNormal;
        i = j < n ? j : n - 1;
        continue;
      }
      case State::kQuote1:  // one quote seen: a short string, or the start of "" or """
        if (c == quote) {
          state = State::kQuote2;
        } else {
          state = State::kShort;
          escaped = c == '\\';
        }
        continue;
      case State::kQuote2:  // two quotes: a long string opens, or "" was empty
        if (c == quote) {
          state = State::kLong;
          escaped = false;
          closing_quotes = 0;
          continue;
        }
        state = State::kNormal;
        after_delimiter = false;
        break;  // `c` is read below as normal text
      case State::kShort: {
        if (escaped) {
          escaped = false;
          continue;
        }
        // Straight to the next quote or backslash (FindEither reads many
        // bytes at a time; nothing in a string changes).
        const size_t j = NextQuoteOrEscape(data, i, n, quote);
        if (j == n) {
          i = n - 1;
        } else if (data[j] == '\\') {
          escaped = true;
          i = j;
        } else {
          state = State::kNormal;
          after_delimiter = false;
          i = j;
        }
        continue;
      }
      case State::kLong:
        if (escaped) {
          escaped = false;
          closing_quotes = 0;
        } else if (c == '\\') {
          escaped = true;
          closing_quotes = 0;
        } else if (c == quote) {
          if (++closing_quotes == 3) {
            state = State::kNormal;
            after_delimiter = false;
          }
        } else {
          closing_quotes = 0;
          i = NextQuoteOrEscape(data, i + 1, n, quote) - 1;  // the loop steps to it
        }
        continue;
      case State::kNormal:
        break;
    }
    if (number != Number::kDot) {
      if (const uint8_t k = classes[static_cast<unsigned char>(c)]; k != kOther) {
        size_t j = i + 1;
        while (j < n && classes[static_cast<unsigned char>(data[j])] == k) ++j;
        number = Number::kNone;
        after_delimiter = k == kSpace;
        i = j - 1;
        continue;
      }
    }
    const bool digit = c >= '0' && c <= '9';
    if (number == Number::kDot) {
      // The held dot (just before `c`, so nothing is waiting to be copied):
      // part of the number when a digit or an exponent follows, else the end
      // of the statement.
      const bool in_number = digit || c == 'e' || c == 'E';
      if constexpr (!kPass) *out += in_number ? "." : " .";
      number = Number::kNone;
      after_delimiter = !in_number;
      if (in_number) continue;
    }
    if (digit && (number == Number::kDigits || number == Number::kSign ||
                  (number == Number::kNone && after_delimiter))) {
      number = Number::kDigits;
      continue;
    }
    if (c == '.' && number == Number::kDigits) {
      if constexpr (kPass) {
        store();
        return i;  // Feed decides on it with what follows
      }
      number = Number::kDot;
      out->append(data + from, i - from);
      from = i + 1;
      continue;
    }
    number = (c == '+' || c == '-') && after_delimiter ? Number::kSign : Number::kNone;
    after_delimiter = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '(' || c == '[' ||
                      c == ',' || c == ';' || c == '{';
    if (c == '<') {
      state = State::kIri;
    } else if (c == '#') {
      state = State::kComment;
    } else if (c == '"' || c == '\'') {
      state = State::kQuote1;
      quote = c;
    }
  }
  if constexpr (!kPass) out->append(data + from, n - from);
  store();
  return n;
}

void IntegerDotFilter::Finish(std::string& out) {
  if (number_ == Number::kDot) out += " .";
  number_ = Number::kNone;
}

}  // namespace newskg::internal
