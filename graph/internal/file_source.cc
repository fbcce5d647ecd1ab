// FileSource: Serd's page source over a file (file_source.h).
#include "graph/internal/file_source.h"

#include <algorithm>
#include <cstring>

namespace newskg::internal {

// Reads up to `n` raw bytes into `buf`, stopping before a NUL byte.
size_t FileSource::ReadRaw(char* buf, size_t n) {
  if (nul != std::string::npos) return 0;
  const size_t got = std::fread(buf, 1, n, file);
  if (const void* at = std::memchr(buf, '\0', got); at != nullptr) {
    const auto before = static_cast<size_t>(static_cast<const char*>(at) - buf);
    nul = offset + before;
    return before;
  }
  offset += got;
  return got;
}

// Fills `buf` with `want` filtered bytes (fewer only at the end: Serd
// takes a short page for the end of the input). The raw bytes are read
// straight into `buf` and stay there while the filter passes them as they
// are (nearly always); from the first '.' it may change on, they go
// through Feed into `pending`, and from there into `buf`.
size_t FileSource::ReadFiltered(char* buf, size_t want) {
  size_t got = 0;
  while (got < want) {
    if (pending_at < pending.size()) {
      const size_t k = std::min(want - got, pending.size() - pending_at);
      std::memcpy(buf + got, pending.data() + pending_at, k);
      pending_at += k;
      got += k;
      continue;
    }
    if (eof) break;
    pending.clear();
    pending_at = 0;
    const size_t n = ReadRaw(buf + got, want - got);
    if (n == 0) {
      dots.Finish(pending);  // a held '.'
      eof = true;
      continue;
    }
    const char* const raw = buf + got;
    size_t passed = dots.holding() ? 0 : dots.Pass(raw, n);
    // Stopped at a '.' after digits, with the byte after it here: a
    // decimal's point mostly, which Feed writes as it is; the rest then
    // passes on.
    bool window = false;  // Feed read raw[passed, passed + 2) into `pending`
    while (passed + 1 < n) {
      pending.clear();
      dots.Feed(raw + passed, 2, pending);
      if (pending.size() != 2 || pending.compare(0, 2, raw + passed, 2) != 0 || dots.holding()) {
        window = true;  // changed (a space before the '.'): the rest through Feed
        break;
      }
      pending.clear();
      passed += 2 + dots.Pass(raw + passed + 2, n - passed - 2);
    }
    if (passed < n) {
      const size_t fed = passed + (window ? 2 : 0);
      if (!window) pending.clear();
      dots.Feed(raw + fed, n - fed, pending);
    }
    got += passed;
  }
  return got;
}

size_t FileSource::Read(void* buf, size_t size, size_t nmemb, void* stream) noexcept {
  auto* self = static_cast<FileSource*>(stream);
  const size_t want = size * nmemb;
  if (!self->filter) return self->ReadRaw(static_cast<char*>(buf), want) / size;
  try {
    if (size == 1) return self->ReadFiltered(static_cast<char*>(buf), want);
    char raw[1 << 16];
    while (self->pending.size() - self->pending_at < want && !self->eof) {
      self->pending.erase(0, self->pending_at);
      self->pending_at = 0;
      const size_t n = self->ReadRaw(raw, sizeof raw);
      self->dots.Feed(raw, n, self->pending);
      if (n == 0) {
        self->dots.Finish(self->pending);
        self->eof = true;
      }
    }
    const size_t give = std::min(want, self->pending.size() - self->pending_at) / size * size;
    std::memcpy(buf, self->pending.data() + self->pending_at, give);
    self->pending_at += give;
    return give / size;
  } catch (...) {  // out of memory: Serd sees a read error
    self->failed = true;
    return 0;
  }
}
int FileSource::Error(void* stream) noexcept {
  auto* self = static_cast<FileSource*>(stream);
  return self->failed ? 1 : std::ferror(self->file);
}

}  // namespace newskg::internal
