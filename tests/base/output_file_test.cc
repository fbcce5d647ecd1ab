#include "base/output_file.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace newskg {
namespace {

class OutputFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("newskg-output-file-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  static std::string Read(const std::filesystem::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  std::filesystem::path dir_;
};

TEST_F(OutputFileTest, WritesPartsAndKeepsPermissions) {
  const auto file = dir_ / "out.ttl";
  ASSERT_TRUE(WriteFileAtomically(file.string(), {"a", "b"}).ok());
  EXPECT_EQ(Read(file), "ab");
  ::chmod(file.c_str(), 0600);
  ASSERT_TRUE(WriteFileAtomically(file.string(), {"c"}).ok());
  EXPECT_EQ(Read(file), "c");
  struct stat st {};
  ASSERT_EQ(::stat(file.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(OutputFileTest, FollowsSymlinkAndRefusesDirectory) {
  const auto target = dir_ / "target.ttl";
  const auto link = dir_ / "link.ttl";
  ASSERT_TRUE(WriteFileAtomically(target.string(), {"old"}).ok());
  std::filesystem::create_symlink(target, link);
  ASSERT_TRUE(WriteFileAtomically(link.string(), {"new"}).ok());
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  EXPECT_EQ(Read(target), "new");
  const Status s = WriteFileAtomically(dir_.string(), {"x"});
  EXPECT_EQ(s.code(), StatusCode::kIo);
  EXPECT_NE(s.message().find("is a directory"), std::string::npos) << s.message();
}

TEST_F(OutputFileTest, MissingFolderIsAnErrorNamingThePath) {
  const auto file = dir_ / "no" / "such" / "out.ttl";
  const Status s = WriteFileAtomically(file.string(), {"x"});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find(file.string()), std::string::npos) << s.message();
  EXPECT_FALSE(std::filesystem::exists(file));
}

TEST_F(OutputFileTest, DroppedWithoutCommitLeavesTheTargetAsItWas) {
  const auto file = dir_ / "kept.ttl";
  ASSERT_TRUE(WriteFileAtomically(file.string(), {"before"}).ok());
  {
    auto out = OutputFile::Open(file.string());
    ASSERT_TRUE(out.ok()) << out.status().message();
    ASSERT_TRUE(out->Write("half of a").ok());
  }  // an error on the way: no Commit
  EXPECT_EQ(Read(file), "before");
  size_t files = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir_)) ++files;
  EXPECT_EQ(files, 1u) << "a temporary file was left behind";
}

TEST_F(OutputFileTest, WritesInPiecesAndCommitsOnce) {
  const auto file = dir_ / "pieces.nt";
  auto out = OutputFile::Open(file.string());
  ASSERT_TRUE(out.ok());
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(out->Write("piece ").ok());
  EXPECT_FALSE(std::filesystem::exists(file));  // not before Commit
  ASSERT_TRUE(out->Commit().ok());
  EXPECT_EQ(Read(file), "piece piece piece ");
  EXPECT_EQ(out->Commit().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(out->Write("late").code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace newskg
