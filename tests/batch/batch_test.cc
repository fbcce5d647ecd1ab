#include "batch/batch.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace newskg {
namespace {

namespace fs = std::filesystem;

const Pipeline& TestPipeline() {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Create();
    EXPECT_TRUE(p.ok()) << p.status().message();
    return new Pipeline(std::move(p).value());
  }();
  return *pipeline;
}

// Options with the test pipeline and base IRI; the rest as the test needs.
BatchOptions TestOptions() {
  BatchOptions o;
  o.pipeline = &TestPipeline();
  o.base = "https://example.org/";
  return o;
}

Document Article(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.date = "2025-03-04";
  d.text = text;
  return d;
}

const char* const kTexts[] = {
    "The president of Kenya met the prime minister of India in Nairobi on Monday.",
    "Police arrested 40 protesters in Lagos on Tuesday, officials said.",
    "The World Bank approved a $500 million loan to Ghana on Friday.",
};

class BatchTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("newskg-batch-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  static std::string Read(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  // Every article of kTexts (`copies` copies each, under other ids) into
  // one graph; `queue_bytes` as BatchOptions has it.
  std::string Merged(size_t jobs, int copies = 3, size_t queue_bytes = size_t{8} << 20) {
    BatchOptions o = TestOptions();
    o.jobs = jobs;
    o.queue_bytes = queue_bytes;
    o.syntax = Syntax::kNTriples;
    BatchRunner run(std::move(o));
    for (int copy = 0; copy < copies; ++copy) {
      for (size_t i = 0; i < std::size(kTexts); ++i) {
        EXPECT_TRUE(
            run.AddDocument(Article("a" + std::to_string(copy) + std::to_string(i), kTexts[i]),
                            "test")
                .ok());
      }
    }
    EXPECT_TRUE(run.Finish().ok());
    EXPECT_EQ(run.count(), static_cast<size_t>(copies) * std::size(kTexts));
    const fs::path out = dir_ / ("merged-" + std::to_string(jobs) + ".nt");
    EXPECT_TRUE(run.WriteMerged(out.string()).ok());
    return Read(out);
  }
  fs::path dir_;
};

TEST_F(BatchTest, SameBytesForAnyNumberOfThreads) {
  const std::string one = Merged(1);
  EXPECT_NE(one.find("/article/a00>"), std::string::npos);
  EXPECT_EQ(Merged(2), one);
  EXPECT_EQ(Merged(3), one);
}

// The reader fills the workers' queue up to 16 articles per job (or its
// text limit) and waits until it is half empty: enough articles to fill it
// many times over, and a text limit below one article's size (every
// article then waits for an empty queue), give the bytes of one thread.
TEST_F(BatchTest, QueueRefilledInBatchesLosesNoArticle) {
  const int copies = 30;  // 90 articles: the queue of 2 jobs fills at 32
  const std::string one = Merged(1, copies);
  EXPECT_NE(one.find("/article/a292>"), std::string::npos);
  EXPECT_EQ(Merged(2, copies), one);
  EXPECT_EQ(Merged(3, copies, 1), one);
  EXPECT_EQ(Merged(2, copies, 200), one);
}

TEST_F(BatchTest, SplitWritesOneFilePerArticleLikeAOneArticleRun) {
  BatchOptions o = TestOptions();
  o.jobs = 2;
  o.split_dir = dir_.string();
  BatchRunner split(std::move(o));
  ASSERT_TRUE(split.AddDocument(Article("x/1", kTexts[0]), "test").ok());
  ASSERT_TRUE(split.AddDocument(Article("y", kTexts[1]), "test").ok());
  ASSERT_TRUE(split.Finish().ok());
  EXPECT_TRUE(fs::exists(dir_ / "y.ttl"));
  ASSERT_TRUE(fs::exists(dir_ / "x%2F1.ttl"));
  EXPECT_FALSE(split.WriteMerged((dir_ / "all.ttl").string()).ok());

  BatchOptions one = TestOptions();
  BatchRunner single(std::move(one));
  ASSERT_TRUE(single.AddDocument(Article("x/1", kTexts[0]), "test").ok());
  ASSERT_TRUE(single.Finish().ok());
  ASSERT_TRUE(single.WriteMerged((dir_ / "single.ttl").string()).ok());
  EXPECT_EQ(Read(dir_ / "x%2F1.ttl"), Read(dir_ / "single.ttl"));
}

TEST_F(BatchTest, SplitStreamWritesEachGraphInInputOrderForAnyThreads) {
  auto stream = [&](size_t jobs) {
    std::ostringstream out;
    BatchOptions o = TestOptions();
    o.jobs = jobs;
    o.syntax = Syntax::kNTriples;
    o.split_stream = &out;
    BatchRunner run(std::move(o));
    for (int copy = 0; copy < 4; ++copy) {
      for (size_t i = 0; i < std::size(kTexts); ++i) {
        EXPECT_TRUE(
            run.AddDocument(Article("s" + std::to_string(copy) + std::to_string(i), kTexts[i]),
                            "test")
                .ok());
      }
    }
    EXPECT_TRUE(run.Finish().ok());
    EXPECT_FALSE(run.WriteMerged((dir_ / "no.nt").string()).ok());
    return out.str();
  };
  const std::string one = stream(1);
  // Input order: the first article's graph comes first, the last one's last.
  const size_t first = one.find("/article/s00>");
  const size_t last = one.rfind("/article/s32>");
  ASSERT_NE(first, std::string::npos);
  ASSERT_NE(last, std::string::npos);
  EXPECT_LT(first, one.find("/article/s01>"));
  EXPECT_GT(last, one.rfind("/article/s31>"));
  EXPECT_EQ(stream(2), one);
  EXPECT_EQ(stream(4), one);
}

TEST_F(BatchTest, SplitRefusesIdsThatShareAFile) {
  struct Row {
    std::string first, second, error;
  };
  const Row rows[] = {
      {"same", "same", "appears twice"},
      {"Case", "case", "differ only in letter case"},
  };
  for (const auto& r : rows) {
    BatchOptions o = TestOptions();
    o.split_dir = dir_.string();
    BatchRunner run(std::move(o));
    ASSERT_TRUE(run.AddDocument(Article(r.first, kTexts[0]), "in.jsonl").ok());
    const Status s = run.AddDocument(Article(r.second, kTexts[1]), "in.jsonl");
    EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
    EXPECT_NE(s.message().find(r.error), std::string::npos) << s.message();
    EXPECT_EQ(s.message().rfind("in.jsonl: ", 0), 0u) << s.message();
  }
}

TEST_F(BatchTest, InputErrorsNameTheInput) {
  BatchOptions o = TestOptions();
  BatchRunner run(std::move(o));
  const std::string missing = (dir_ / "missing.txt").string();
  Status s = run.AddInput(missing, {});
  EXPECT_EQ(s.code(), StatusCode::kNotFound);
  EXPECT_EQ(s.message(), missing + ": no such file");
  s = run.AddInput(dir_.string(), {});
  EXPECT_EQ(s.message(), dir_.string() + ": is a directory");
  const fs::path bad = dir_ / "bad.jsonl";
  std::ofstream(bad) << "{\"id\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\n";
  s = run.AddInput(bad.string(), {});
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.message().rfind(bad.string() + ": line 2,", 0), 0u) << s.message();
  const fs::path long_id = dir_ / "long.jsonl";
  std::ofstream(long_id) << "{\"id\":\"" << std::string(201, 'x') << "\",\"text\":\"Fine.\"}\n";
  s = run.AddInput(long_id.string(), {});
  EXPECT_NE(s.message().find("the limit is 200"), std::string::npos) << s.message();
}

TEST_F(BatchTest, TextArticleTakesIdFromFileNameAndInfo) {
  const fs::path file = dir_ / "kenya-india.txt";
  std::ofstream(file) << kTexts[0] << "\n";
  BatchOptions o = TestOptions();
  o.syntax = Syntax::kNTriples;
  BatchRunner run(std::move(o));
  ASSERT_TRUE(run.AddInput(file.string(), {"", "2025-03-03", "https://news.example/a"}).ok());
  ASSERT_TRUE(run.Finish().ok());
  const fs::path out = dir_ / "out.nt";
  ASSERT_TRUE(run.WriteMerged(out.string()).ok());
  const std::string nt = Read(out);
  EXPECT_NE(nt.find("<https://example.org/article/kenya-india>"), std::string::npos);
  EXPECT_NE(nt.find("https://news.example/a"), std::string::npos);
}

TEST(ShardTest, ParseShardTakesIOfNNumberedFromOne) {
  const std::pair<std::string, std::pair<size_t, size_t>> good[] = {
      {"1/1", {1, 1}},
      {"1/4", {1, 4}},
      {"4/4", {4, 4}},
      {"37/100", {37, 100}},
      {"1000000/1000000", {1000000, 1000000}},
      {"01/04", {1, 4}},
  };
  for (const auto& [text, want] : good) {
    const auto s = ParseShard(text);
    ASSERT_TRUE(s.ok()) << text << ": " << s.status().message();
    EXPECT_EQ(s->index, want.first) << text;
    EXPECT_EQ(s->count, want.second) << text;
  }
  const std::pair<std::string, std::string> bad[] = {
      {"0/4", "I must be between 1 and N"},
      {"5/4", "I must be between 1 and N"},
      {"1/0", "N must be between 1 and 1000000"},
      {"0/0", "N must be between 1 and 1000000"},
      {"1/1000001", "N must be between 1 and 1000000"},
      {"4", "is not I/N"},
      {"", "is not I/N"},
      {"/4", "is not I/N"},
      {"1/", "is not I/N"},
      {"-1/4", "is not I/N"},
      {"+1/4", "is not I/N"},
      {" 1/4", "is not I/N"},
      {"1/4 ", "is not I/N"},
      {"1//4", "is not I/N"},
      {"1/4/8", "is not I/N"},
      {"a/4", "is not I/N"},
      {"1.5/4", "is not I/N"},
      {"99999999999999999999/4", "is not I/N"},
  };
  for (const auto& [text, error] : bad) {
    const auto s = ParseShard(text);
    ASSERT_FALSE(s.ok()) << text;
    EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument) << text;
    EXPECT_EQ(s.status().message().rfind("--shard '" + text + "'", 0), 0u) << s.status().message();
    EXPECT_NE(s.status().message().find(error), std::string::npos) << s.status().message();
  }
}

TEST(ShardTest, EveryIdIsInExactlyOneShardAndTheShardsAreEven) {
  std::vector<std::string> ids = {
      "", "a", "A", "dw-sochi-loan", "x/1", "Ω-ünïcode", std::string(200, 'z')};
  for (int i = 0; i < 4000; ++i) ids.push_back("article-" + std::to_string(i));
  for (size_t n : {1, 2, 3, 4, 5, 7, 8, 16, 100}) {
    std::vector<size_t> sizes(n + 1, 0);
    for (const auto& id : ids) {
      size_t in = 0;
      for (size_t i = 1; i <= n; ++i) {
        if (InShard(id, i, n)) {
          ++in;
          ++sizes[i];
        }
      }
      EXPECT_EQ(in, 1u) << "'" << id << "' is in " << in << " of " << n << " shards";
    }
    // 4000 similar ids: every shard within a fifth of the mean for small N
    // (the top bits of FNV-1a alone, unmixed, leave some shards near empty).
    const double mean = static_cast<double>(ids.size()) / static_cast<double>(n);
    for (size_t i = 1; i <= n; ++i) {
      EXPECT_GT(sizes[i], 0u) << i << "/" << n;
      if (n <= 16) {
        EXPECT_NEAR(static_cast<double>(sizes[i]), mean, mean / 5) << i << "/" << n;
      }
    }
  }
  // Out of range: no shard.
  EXPECT_FALSE(InShard("a", 0, 4));
  EXPECT_FALSE(InShard("a", 5, 4));
  EXPECT_TRUE(InShard("a", 1, 1));
}

// The assignment is part of the interface: shards of one input made by two
// versions must still fit together. These values pin it.
TEST(ShardTest, AssignmentIsStable) {
  const std::pair<std::string, std::pair<size_t, size_t>> table[] = {
      // id, {shard of 4, shard of 7}
      {"", {3, 7}},
      {"a", {2, 7}},
      {"dw-sochi-loan", {3, 3}},
      {"pakistan-imf-bailout", {3, 1}},
      {"xi-putin-moscow-talks", {4, 3}},
      {"a/b", {2, 4}},
      {"Ω-ünïcode", {1, 7}},
      {"article-0", {4, 3}},
      {"article-1", {2, 2}},
      {"article-2", {4, 6}},
  };
  for (const auto& [id, want] : table) {
    EXPECT_TRUE(InShard(id, want.first, 4)) << id;
    EXPECT_TRUE(InShard(id, want.second, 7)) << id;
  }
}

// Shards of one input, each run on its own: the articles in one shard are
// in no other, the shards together are the whole run file for file (ids
// given or, for articles without one, the default id of their text), and
// every shard reads every article.
TEST_F(BatchTest, ShardsSplitTheInputByIdAndTogetherAreTheWholeRun) {
  auto run_shard = [&](size_t index, size_t count, const fs::path& dir) {
    fs::create_directories(dir);
    BatchOptions o = TestOptions();
    o.jobs = index % 2 + 1;
    o.split_dir = dir.string();
    o.shard = {index, count};
    BatchRunner run(std::move(o));
    for (int copy = 0; copy < 4; ++copy) {
      for (size_t i = 0; i < std::size(kTexts); ++i) {
        EXPECT_TRUE(
            run.AddDocument(Article("h" + std::to_string(copy) + std::to_string(i), kTexts[i]),
                            "test")
                .ok());
      }
    }
    EXPECT_TRUE(run.AddDocument(Article("", kTexts[0]), "test").ok());
    EXPECT_TRUE(run.AddDocument(Article("", kTexts[2]), "test").ok());
    EXPECT_TRUE(run.Finish().ok());
    EXPECT_EQ(run.read(), 4 * std::size(kTexts) + 2);
    std::map<std::string, std::string> files;
    for (const auto& e : fs::directory_iterator(dir)) {
      files[e.path().filename().string()] = Read(e.path());
    }
    EXPECT_EQ(run.count(), files.size());
    return files;
  };
  const auto whole = run_shard(1, 1, dir_ / "whole");
  ASSERT_EQ(whole.size(), 4 * std::size(kTexts) + 2);
  EXPECT_EQ(whole.count(DefaultArticleId(kTexts[2]) + ".ttl"), 1u);
  for (size_t n : {2, 3, 5}) {
    std::map<std::string, std::string> together;
    for (size_t i = 1; i <= n; ++i) {
      const auto files = run_shard(i, n, dir_ / (std::to_string(i) + "of" + std::to_string(n)));
      for (const auto& [name, bytes] : files) {
        const std::string id = name.substr(0, name.size() - 4);
        EXPECT_TRUE(InShard(id, i, n)) << name << " in shard " << i << "/" << n;
        EXPECT_TRUE(together.emplace(name, bytes).second) << name << " in two shards of " << n;
      }
    }
    EXPECT_EQ(together, whole) << n << " shards";
  }
}

TEST(ArticleFileNameTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"bbc-2025-03-04", "bbc-2025-03-04"},
      {"a/b", "a%2Fb"},
      {"a_b", "a_b"},
      {"100%", "100%25"},
      {".hidden", "%2Ehidden"},
      {"end.", "end%2E"},
      {"con", "%63on"},
      {"COM1.txt", "%43OM1.txt"},
      {"", "%"},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(ArticleFileName(in), out) << in;
  const std::string long_name = ArticleFileName(std::string(300, 'a'));
  EXPECT_EQ(long_name.size(), 200u);
  EXPECT_EQ(long_name.substr(200 - 17, 1), "~");
  EXPECT_NE(ArticleFileName(std::string(300, 'a')), ArticleFileName(std::string(301, 'a')));
}

TEST(SyntaxExtensionTest, Table) {
  EXPECT_EQ(SyntaxExtension(Syntax::kTurtle), ".ttl");
  EXPECT_EQ(SyntaxExtension(Syntax::kNTriples), ".nt");
  EXPECT_EQ(SyntaxExtension(Syntax::kNQuads), ".nq");
  EXPECT_EQ(SyntaxExtension(Syntax::kTriG), ".trig");
}

}  // namespace
}  // namespace newskg
