// batch: articles in, RDF out, for any front end. Reads .txt articles and
// JSONL streams, runs the extraction pipeline over them in batches on
// a pool of threads, and either writes each article's graph to its own file
// (split) or adds every article straight into one Merger, whose graph is
// written once at the end with one IRI per real thing. The output does not
// depend on the number of threads. Depends on extract/ (the pipeline) and
// graph/ (triples, merge, writing); other folders include this header only.
#ifndef NEWSKG_BATCH_BATCH_H_
#define NEWSKG_BATCH_BATCH_H_

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <istream>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"
#include "extract/extract.h"
#include "graph/graph.h"

namespace newskg {

// An article id longer than this is refused: it becomes a file name and an
// IRI segment.
inline constexpr size_t kMaxArticleIdBytes = 200;

// One of N runs that share an input: shard `index` of `count`, numbered from
// 1 (1/N .. N/N, as Slurm's --array=1-N). 1/1, the default, is every article.
struct Shard {
  size_t index = 1;
  size_t count = 1;
};
inline constexpr size_t kMaxShards = 1000000;

// Whether the article with this id belongs to shard `index` (1..count) of
// `count`: the FNV-1a 64-bit hash of the id's bytes, mixed by MurmurHash3's
// 64-bit finalizer, mod count, plus one. Stable across runs, machines and
// versions, so the N shards of one input hold every article exactly once.
bool InShard(std::string_view id, size_t index, size_t count);

// "I/N" (decimal, 1 <= I <= N <= kMaxShards) as a Shard; else an error
// that says what is wrong.
Result<Shard> ParseShard(std::string_view text);

struct BatchOptions {
  const Pipeline* pipeline = nullptr;  // required; outlives the runner
  std::string base;                    // base IRI of minted IRIs
  size_t jobs = 1;                     // threads running the pipeline
  // With jobs > 1: the article text that waits for a worker, at most
  // (besides one article, however long). The queue also holds at most 16
  // articles per job, and once full is refilled when half empty.
  size_t queue_bytes = size_t{8} << 20;
  Syntax syntax = Syntax::kTurtle;
  // Non-empty: one file per article in this existing folder, named by
  // ArticleFileName; nothing is kept in memory after an article is written.
  std::string split_dir;
  // Set (and no split_dir): each article's graph on its own, one after the
  // other in input order, to this stream (a Turtle stream redeclares its
  // prefixes per article, which Turtle allows). Memory does not grow with
  // the input; `newskg merge` of the stream gives the one merged graph.
  std::ostream* split_stream = nullptr;
  // Only the articles of this shard (by id, after the default id is given)
  // are extracted; the others are read, checked and skipped.
  Shard shard;
  // Called after every 100 articles (done = false) and once at the end (done = true).
  std::function<void(size_t articles, bool done)> progress;
  // Called with each article after the pipeline, before its triples are
  // made (for debugging output); may run on any worker thread.
  std::function<void(const Document&)> inspect;
};

// What a plain-text article gets that its text does not say.
struct TextArticleInfo {
  std::string id;    // empty: the file name's stem (or a hash of the text for "-")
  std::string date;  // YYYY-MM-DD; for JSONL, only articles without a date get it
  std::string url;
};

class BatchRunner {
 public:
  explicit BatchRunner(BatchOptions options);
  ~BatchRunner();
  BatchRunner(const BatchRunner&) = delete;
  BatchRunner& operator=(const BatchRunner&) = delete;

  // Adds every article of an input: a .jsonl file (one object a line), a
  // .txt file (one article), or "-" for standard input (JSONL when it starts
  // with '{', else one text article). JSONL is streamed: memory is bounded
  // by the batch, not the file. Errors name the input (and line).
  [[nodiscard]] Status AddInput(const std::string& input, const TextArticleInfo& info);
  // Adds one article; `where` names it in errors.
  [[nodiscard]] Status AddDocument(Document&& doc, const std::string& where);
  // Waits for every article added: after it, every split file is written.
  [[nodiscard]] Status Finish();
  // Writes the one graph of every article added (not with split_dir) to
  // `path` ("" or "-": standard output), whole or not at all.
  [[nodiscard]] Status WriteMerged(const std::string& path);

  size_t count() const { return done_; }
  // Articles read from the inputs, in this shard or not.
  size_t read() const { return read_; }

 private:
  struct Item {
    Document doc;
    std::string where;
    size_t seq = 0;  // place in the input
  };
  class Pool;
  // Runs the pipeline on one article and sends its triples on (worker `w`).
  [[nodiscard]] Status Process(Item& item, size_t w);
  [[nodiscard]] Status ProcessArticle(Item& item, size_t w);
  [[nodiscard]] Status AddStream(std::istream& in, const std::string& input,
                                 const TextArticleInfo& info);
  std::string FileFor(const std::string& id) const;
  // Writes graph `seq` to split_stream now or after the ones before it.
  [[nodiscard]] Status Stream(size_t seq, std::string graph);
  void Done();

  BatchOptions options_;
  std::map<std::string, std::string> split_files_;  // folded file name -> the id written there
  std::unique_ptr<Merger> merger_;                  // every article, without split_dir
  std::unique_ptr<Pool> pool_;                      // with jobs > 1
  // split_stream: graphs done out of order wait here for the ones before.
  std::mutex stream_mu_;
  std::condition_variable stream_cv_;
  std::map<size_t, std::string> stream_pending_;
  size_t stream_next_ = 0;
  Status stream_status_;
  size_t submitted_ = 0;
  size_t done_ = 0;
  size_t read_ = 0;
};

// An article id as a file name, different for different ids and portable:
// ASCII letters, digits, '-', '_' and '.' stay; every other byte is %XX (so
// '/' is %2F and '%' is %25); a leading '.', a trailing '.' and the first
// letter of a Windows device name (CON, NUL, COM1...) are %XX too. A name
// longer than `max_bytes` keeps its start and ends in '~' and a hash of the
// id ('~' is never left as it is, so it cannot clash with a shorter name).
// Ids that differ only in letter case give names that differ only in case:
// BatchRunner refuses such pairs, for case-insensitive file systems.
std::string ArticleFileName(const std::string& id, size_t max_bytes = 200);

// The file extension of a syntax: ".ttl", ".nt", ".nq", ".trig".
std::string SyntaxExtension(Syntax syntax);

}  // namespace newskg

#endif  // NEWSKG_BATCH_BATCH_H_
