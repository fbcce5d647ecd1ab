#include "batch/batch.h"

#include <array>
#include <cctype>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

namespace newskg {

namespace fs = std::filesystem;

std::string ArticleFileName(const std::string& id, size_t max_bytes) {
  static const char kHex[] = "0123456789ABCDEF";
  auto escape = [](std::string& out, unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
  };
  auto portable = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '_' || c == '.';
  };
  // CON, PRN, AUX, NUL, COM1-9, LPT1-9, alone or before a '.', any case.
  auto device_name = [&] {
    const std::string stem = AsciiLower(id.substr(0, id.find('.')));
    if (stem == "con" || stem == "prn" || stem == "aux" || stem == "nul") return true;
    return stem.size() == 4 && (stem.rfind("com", 0) == 0 || stem.rfind("lpt", 0) == 0) &&
           stem[3] >= '1' && stem[3] <= '9';
  };
  std::string out;
  for (size_t i = 0; i < id.size(); ++i) {
    const auto c = static_cast<unsigned char>(id[i]);
    const bool edge_dot = c == '.' && (i == 0 || i + 1 == id.size());
    if (!portable(c) || edge_dot || (i == 0 && device_name())) {
      escape(out, c);
    } else {
      out += static_cast<char>(c);
    }
  }
  if (out.empty()) out = "%";  // the empty id: '%' alone is no escape, so no other id gives it
  if (out.size() > max_bytes) {
    const std::string hash = "~" + Fnv1a64Hex(id);
    size_t keep = max_bytes - hash.size();
    // Never cut an escape in two.
    if (keep >= 1 && out[keep - 1] == '%') {
      keep -= 1;
    } else if (keep >= 2 && out[keep - 2] == '%') {
      keep -= 2;
    }
    out = out.substr(0, keep) + hash;
  }
  return out;
}

bool InShard(std::string_view id, size_t index, size_t count) {
  if (count <= 1) return true;
  // FNV-1a alone spreads ids that differ in their last bytes poorly over
  // its high bits (and its lowest bit is a parity): MurmurHash3's final mix
  // makes every bit depend on every byte.
  uint64_t h = Fnv1a64(id);
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  h *= 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  return h % count == index - 1;
}

Result<Shard> ParseShard(std::string_view text) {
  const std::string quoted = "--shard '" + std::string(text) + "'";
  const size_t slash = text.find('/');
  auto number = [](std::string_view digits, size_t& out) {
    if (digits.empty() || digits.size() > 7) return false;
    out = 0;
    for (char c : digits) {
      if (c < '0' || c > '9') return false;
      out = out * 10 + static_cast<size_t>(c - '0');
    }
    return true;
  };
  Shard shard;
  if (slash == std::string_view::npos || !number(text.substr(0, slash), shard.index) ||
      !number(text.substr(slash + 1), shard.count)) {
    return InvalidArgument(quoted + " is not I/N (shard I of N, numbered from 1, such as 2/4)");
  }
  if (shard.count < 1 || shard.count > kMaxShards) {
    return InvalidArgument(quoted + ": N must be between 1 and " + std::to_string(kMaxShards));
  }
  if (shard.index < 1 || shard.index > shard.count) {
    return InvalidArgument(quoted + ": I must be between 1 and N (shards are numbered from 1)");
  }
  return shard;
}

std::string SyntaxExtension(Syntax syntax) {
  switch (syntax) {
    case Syntax::kTurtle:
      return ".ttl";
    case Syntax::kNTriples:
      return ".nt";
    case Syntax::kNQuads:
      return ".nq";
    case Syntax::kTriG:
      return ".trig";
  }
  return ".ttl";
}

// The persistent workers of a run with jobs > 1: a bounded queue of
// articles in, each worker sending its articles' triples to its own part
// of the Merger (or to its own split files). The output does not depend on
// which worker took which article: the Merger sorts, and split files are
// named by article.
class BatchRunner::Pool {
 public:
  // The queue fills up to `high` articles (or `bytes` of text) and,
  // once full, the reader waits until the workers have taken it down to
  // half: it wakes once per batch of articles, not once per article (with a
  // queue of a few articles, the reader's wake-ups cost --jobs 2 a tenth of
  // its speed-up on two cores).
  static constexpr size_t kPerJob = 16;  // articles queued per job, at most
  Pool(BatchRunner& runner, size_t jobs, size_t bytes)
      : runner_(runner), high_(kPerJob * jobs), low_(high_ / 2), bytes_(bytes) {
    for (size_t w = 0; w < jobs; ++w) threads_.emplace_back([this, w] { Work(w); });
  }
  ~Pool() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      closing_ = true;
    }
    ready_.notify_all();
    for (auto& t : threads_) t.join();
  }
  Pool(const Pool&) = delete;
  Pool& operator=(const Pool&) = delete;

  // Queues an article; when the queue is full, waits until it is half empty.
  void Push(Item&& item) {
    std::unique_lock<std::mutex> lock(mu_);
    if (Full()) {
      waiting_ = true;
      space_.wait(lock, [&] { return !HalfFull(); });
      waiting_ = false;
    }
    queued_bytes_ += item.doc.text.size();
    queue_.push_back(std::move(item));
    ready_.notify_one();
  }
  // Waits until every queued article is done; the error of the earliest
  // article (in input order) that failed, if any.
  Status Drain() {
    std::unique_lock<std::mutex> lock(mu_);
    idle_.wait(lock, [&] { return queue_.empty() && busy_ == 0; });
    return error_;
  }
  bool failed() {
    std::lock_guard<std::mutex> lock(mu_);
    return !error_.ok();
  }
  size_t completed() {
    std::lock_guard<std::mutex> lock(mu_);
    return completed_;
  }

 private:
  bool Full() const {
    return !queue_.empty() && (queue_.size() >= high_ || queued_bytes_ >= bytes_);
  }
  bool HalfFull() const {
    return !queue_.empty() && (queue_.size() > low_ || queued_bytes_ > bytes_ / 2);
  }

  void Work(size_t w) {
    for (;;) {
      Item item;
      bool wake_reader = false;
      {
        std::unique_lock<std::mutex> lock(mu_);
        ready_.wait(lock, [&] { return closing_ || !queue_.empty(); });
        if (queue_.empty()) return;
        item = std::move(queue_.front());
        queue_.pop_front();
        queued_bytes_ -= item.doc.text.size();
        ++busy_;
        wake_reader = waiting_ && !HalfFull();
      }
      if (wake_reader) space_.notify_one();
      Status s = runner_.Process(item, w);
      std::lock_guard<std::mutex> lock(mu_);
      --busy_;
      ++completed_;
      if (!s.ok() && item.seq < error_seq_) {
        error_ = std::move(s);
        error_seq_ = item.seq;
      }
      if (queue_.empty() && busy_ == 0) idle_.notify_all();
    }
  }

  BatchRunner& runner_;
  const size_t high_, low_, bytes_;
  std::mutex mu_;
  std::condition_variable ready_, space_, idle_;
  std::deque<Item> queue_;
  size_t queued_bytes_ = 0;
  bool waiting_ = false;
  size_t busy_ = 0, completed_ = 0;
  bool closing_ = false;
  Status error_;
  size_t error_seq_ = SIZE_MAX;
  std::vector<std::thread> threads_;
};

BatchRunner::BatchRunner(BatchOptions options) : options_(std::move(options)) {
  if (options_.jobs == 0) options_.jobs = 1;
  if (options_.split_dir.empty() && options_.split_stream == nullptr) {
    merger_ = std::make_unique<Merger>(static_cast<unsigned>(options_.jobs),
                                       options_.jobs > 1 ? options_.jobs : 0);
    merger_->set_article_graphs(options_.syntax == Syntax::kNQuads ||
                                options_.syntax == Syntax::kTriG);
  }
  if (options_.jobs > 1) pool_ = std::make_unique<Pool>(*this, options_.jobs, options_.queue_bytes);
}

BatchRunner::~BatchRunner() = default;

std::string BatchRunner::FileFor(const std::string& id) const {
  return (fs::path(options_.split_dir) / (ArticleFileName(id) + SyntaxExtension(options_.syntax)))
      .string();
}

Status BatchRunner::AddInput(const std::string& input, const TextArticleInfo& info) {
  if (input == "-") return AddStream(std::cin, input, info);
  std::error_code ec;
  if (!fs::exists(input, ec)) return NotFound(input + ": no such file");
  if (fs::is_directory(input, ec)) return InvalidArgument(input + ": is a directory");
  std::ifstream file(input, std::ios::binary);
  if (!file) return IoError(input + ": cannot open file");
  return AddStream(file, input, info);
}

Status BatchRunner::AddStream(std::istream& in, const std::string& input,
                              const TextArticleInfo& info) {
  const std::string name = input == "-" ? "standard input" : input;
  bool jsonl = input.size() >= 6 && input.compare(input.size() - 6, 6, ".jsonl") == 0;
  if (input == "-") {
    // Standard input is JSONL when it starts with '{'.
    while (std::isspace(in.peek())) in.get();
    jsonl = in.peek() == '{';
  }
  if (jsonl) {
    return ForEachJsonlArticle(in, name, [&](Document&& doc) {
      if (doc.date.empty()) doc.date = info.date;
      return AddDocument(std::move(doc), name);
    });
  }
  // Read in blocks until just past the limit: a huge file is refused
  // without reading it whole, and a small one costs no buffer of the
  // limit's size.
  std::string text;
  std::array<char, 1 << 16> block;
  while (text.size() <= kMaxArticleBytes && in) {
    in.read(block.data(), static_cast<std::streamsize>(block.size()));
    text.append(block.data(), static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return IoError(name + ": read error");
  auto doc = ReadTextArticle(std::move(text), name);
  if (!doc.ok()) return doc.status();
  doc->id = !info.id.empty() ? info.id : input == "-" ? "" : fs::path(input).stem().string();
  doc->date = info.date;
  doc->url = info.url;
  return AddDocument(std::move(doc).value(), name);
}

Status BatchRunner::AddDocument(Document&& doc, const std::string& where) {
  if (doc.id.empty()) doc.id = DefaultArticleId(doc.text);
  if (doc.id.size() > kMaxArticleIdBytes) {
    return InvalidArgument(where + ": article id is " + std::to_string(doc.id.size()) +
                           " bytes; the limit is " + std::to_string(kMaxArticleIdBytes));
  }
  if (!options_.split_dir.empty()) {
    // Two articles must not share a file: the second would replace the
    // first. Distinct ids give distinct names; names that differ only in
    // letter case would still be one file where case is ignored.
    const std::string file = ArticleFileName(doc.id) + SyntaxExtension(options_.syntax);
    auto [it, fresh] = split_files_.emplace(AsciiLower(file), doc.id);
    if (!fresh && it->second == doc.id) {
      return InvalidArgument(where + ": article id '" + doc.id +
                             "' appears twice; --split needs unique ids");
    }
    if (!fresh) {
      return InvalidArgument(where + ": article ids '" + it->second + "' and '" + doc.id +
                             "' differ only in letter case (file " + file +
                             "); --split needs ids that give distinct file names");
    }
  }
  ++read_;
  if (!InShard(doc.id, options_.shard.index, options_.shard.count)) return Status::Ok();
  Item item{std::move(doc), where, submitted_++};
  if (!pool_) {
    if (Status s = Process(item, 0); !s.ok()) return s;
    ++done_;
    if (options_.progress && done_ % 100 == 0) options_.progress(done_, false);
    return Status::Ok();
  }
  if (pool_->failed()) return pool_->Drain();
  if (options_.split_stream != nullptr) {
    // Graphs wait for the ones before them; a slow article must not let
    // the waiting ones pile up (beyond a full queue and half as many more).
    const size_t window = Pool::kPerJob * options_.jobs * 3 / 2;
    std::unique_lock<std::mutex> lock(stream_mu_);
    stream_cv_.wait(lock, [&] { return item.seq < stream_next_ + window || !stream_status_.ok(); });
  }
  pool_->Push(std::move(item));
  Done();
  return Status::Ok();
}

void BatchRunner::Done() {
  const size_t now = pool_->completed();
  if (options_.progress && now / 100 > done_ / 100) options_.progress(now / 100 * 100, false);
  done_ = now;
}

Status BatchRunner::Process(Item& item, size_t w) {
  Status s = ProcessArticle(item, w);
  if (!s.ok() && options_.split_stream != nullptr) {
    // The graphs after this one will not be written: nobody waits for them.
    std::lock_guard<std::mutex> lock(stream_mu_);
    if (stream_status_.ok()) stream_status_ = s;
    stream_cv_.notify_all();
  }
  return s;
}

Status BatchRunner::ProcessArticle(Item& item, size_t w) {
  Document& doc = item.doc;
  if (Status s = options_.pipeline->Run(doc); !s.ok()) {
    return Status(s.code(), item.where + ": " + s.message());
  }
  if (options_.inspect) options_.inspect(doc);
  if (merger_) {
    // Straight into the Merger (this worker's part of it): no copy.
    return newskg::AddDocument(doc, options_.base, pool_ ? merger_->part(w) : *merger_);
  }
  // One article, one graph.
  Merger merger;
  merger.set_article_graphs(options_.syntax == Syntax::kNQuads || options_.syntax == Syntax::kTriG);
  if (Status s = newskg::AddDocument(doc, options_.base, merger); !s.ok()) return s;
  std::string out;
  if (Status s = merger.Write(out, options_.syntax); !s.ok()) return s;
  if (options_.split_stream != nullptr) return Stream(item.seq, std::move(out));
  return WriteFileAtomically(FileFor(doc.id), {out});
}

Status BatchRunner::Stream(size_t seq, std::string graph) {
  std::lock_guard<std::mutex> lock(stream_mu_);
  stream_pending_.emplace(seq, std::move(graph));
  while (stream_status_.ok() && !stream_pending_.empty() &&
         stream_pending_.begin()->first == stream_next_) {
    const std::string& next = stream_pending_.begin()->second;
    options_.split_stream->write(next.data(), static_cast<std::streamsize>(next.size()));
    if (!*options_.split_stream) stream_status_ = IoError("cannot write the output stream");
    stream_pending_.erase(stream_pending_.begin());
    ++stream_next_;
  }
  stream_cv_.notify_all();
  return stream_status_;
}

Status BatchRunner::Finish() {
  if (pool_) {
    if (Status s = pool_->Drain(); !s.ok()) return s;
    Done();
  }
  if (options_.split_stream != nullptr) {
    options_.split_stream->flush();
    if (!*options_.split_stream) return IoError("cannot write the output stream");
  }
  if (options_.progress) options_.progress(done_, true);
  return Status::Ok();
}

Status BatchRunner::WriteMerged(const std::string& path) {
  if (!merger_) return InvalidArgument("WriteMerged: the runner writes one file per article");
  // Streamed: the serialized graph is never held whole.
  auto file = OutputFile::Open(path);
  if (!file.ok()) return file.status();
  OutputFile& out = file.value();
  if (Status s =
          merger_->Write([&](std::string_view piece) { return out.Write(piece); }, options_.syntax);
      !s.ok()) {
    return s;
  }
  return out.Commit();
}

}  // namespace newskg
