#include "base/data_file.h"

#include <cctype>
#include <fstream>

namespace newskg {

std::string TrimSpace(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

Result<std::vector<std::vector<std::string>>> ReadDataRows(const std::string& path,
                                                           size_t min_fields) {
  std::ifstream in(path);
  if (!in) return NotFound("cannot open data file " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  size_t no = 0;
  while (std::getline(in, line)) {
    ++no;
    const std::string t = TrimSpace(line);
    if (t.empty() || t[0] == '#') continue;
    std::vector<std::string> fields;
    size_t at = 0;
    for (;;) {
      const size_t tab = line.find('\t', at);
      fields.push_back(TrimSpace(line.substr(at, tab == std::string::npos ? tab : tab - at)));
      if (tab == std::string::npos) break;
      at = tab + 1;
    }
    if (fields.size() < min_fields) {
      return ParseError(path + ":" + std::to_string(no) + ": expected " +
                        std::to_string(min_fields) + " tab-separated fields");
    }
    rows.push_back(std::move(fields));
  }
  return rows;
}

}  // namespace newskg
