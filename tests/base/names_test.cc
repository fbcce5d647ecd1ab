#include "base/names.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "base/output_file.h"
#include "base/utf8.h"

namespace newskg {
namespace {

TEST(NameSlugTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Vladimir Putin", "vladimir-putin"},
      {"Person/Vladimir Putin", "person/vladimir-putin"},
      {"U.S.", "u-s"},
      {"St. John's", "st-john-s"},
      {"Smith, Jones  and Co.", "smith-jones-and-co"},
      {"  leading", "leading"},
      {"\xC3\x89krem", "\xC3\x89krem"},  // only ASCII is folded here
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(NameSlug(in), out) << in;
}

TEST(Utf8Test, FindInvalidUtf8) {
  const std::pair<std::string, size_t> cases[] = {
      {"plain", std::string::npos},
      {"caf\xC3\xA9", std::string::npos},
      {std::string("a\0b", 3), 1},
      {"ab\xC3", 2},            // truncated
      {"\xC0\xAF", 0},          // overlong
      {"x\xED\xA0\x80", 1},     // surrogate
      {"\xF4\x90\x80\x80", 0},  // past U+10FFFF
  };
  for (const auto& [in, at] : cases) EXPECT_EQ(FindInvalidUtf8(in), at) << in;
}

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

}  // namespace
}  // namespace newskg
