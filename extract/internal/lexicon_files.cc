#include "extract/internal/lexicon_files.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include "base/base.h"
#include "extract/internal/json_lite.h"

namespace newskg::internal {

std::vector<std::string> SplitChar(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) {
    field = TrimSpace(field);
    if (!field.empty()) out.push_back(field);
  }
  return out;
}

// Records of an iso-codes JSON file ("iso_3166-1.json" holds key "3166-1").
Result<std::vector<std::map<std::string, std::string>>> ReadIsoRecords(const std::string& dir,
                                                                       const std::string& key) {
  const std::string path = dir + "/iso_" + key + ".json";
  std::ifstream in(path);
  if (!in) {
    return NotFound("cannot open " + path +
                    ": install the Debian package iso-codes (apt-get install iso-codes)");
  }
  std::stringstream buf;
  buf << in.rdbuf();
  auto records = ParseJsonRecords(buf.str(), key);
  if (!records.ok()) return ParseError(path + ": " + records.status().message());
  return records;
}

Status ReadList(const std::string& path, WordSet& out) {
  auto rows = ReadDataRows(path, 1);
  if (!rows.ok()) return rows.status();
  for (auto& r : *rows) out.insert(r[0]);
  return Status::Ok();
}

std::optional<EntityType> ParseType(const std::string& s) {
  if (s == "Person") return EntityType::kPerson;
  if (s == "Country") return EntityType::kCountry;
  if (s == "City") return EntityType::kCity;
  if (s == "Place") return EntityType::kPlace;
  if (s == "Organization") return EntityType::kOrganization;
  return std::nullopt;
}

std::string Underscores(std::string s) {
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}

// Integer field of a data file; false when it is not a number.
bool ParseInt(const std::string& s, int64_t& out, int base) {
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtoll(s.c_str(), &end, base);
  return end != nullptr && *end == '\0';
}

}  // namespace newskg::internal
