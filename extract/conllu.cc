#include "extract/conllu.h"

#include <charconv>
#include <fstream>
#include <sstream>

#include "extract/reader.h"

namespace newskg {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> cols;
  size_t p = 0;
  while (true) {
    const size_t t = line.find('\t', p);
    cols.push_back(line.substr(p, t == std::string::npos ? std::string::npos : t - p));
    if (t == std::string::npos) break;
    p = t + 1;
  }
  return cols;
}

bool ParseInt(const std::string& s, int& out) {
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && ptr == end;
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(std::istream& in, const std::string& name) {
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  std::string line;
  size_t n = 0;
  auto error = [&](const std::string& what) {
    return ParseError(name + ": line " + std::to_string(n) + ": " + what);
  };
  auto finish = [&]() -> Status {
    if (cur.words.empty()) {
      cur.comments.clear();
      return Status::Ok();
    }
    const int size = static_cast<int>(cur.words.size());
    for (const ConlluWord& w : cur.words) {
      if (w.head > size) return error("a head points past the end of its sentence");
    }
    out.push_back(std::move(cur));
    cur = ConlluSentence{};
    return Status::Ok();
  };
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (Status s = finish(); !s.ok()) return s;
      continue;
    }
    if (line[0] == '#') {
      size_t p = 1;
      if (p < line.size() && line[p] == ' ') ++p;
      cur.comments.push_back(line.substr(p));
      continue;
    }
    std::vector<std::string> cols = SplitTabs(line);
    if (cols.size() != 10) {
      return error("expected 10 tab-separated columns, found " + std::to_string(cols.size()));
    }
    if (cols[0].find_first_of("-.") != std::string::npos) continue;  // multiword token, empty node
    int id = 0;
    if (!ParseInt(cols[0], id) || id != static_cast<int>(cur.words.size()) + 1) {
      return error("word id '" + cols[0] + "' is not " + std::to_string(cur.words.size() + 1));
    }
    ConlluWord w;
    w.form = cols[1];
    w.lemma = cols[2];
    w.upos = cols[3];
    w.xpos = cols[4];
    w.feats = cols[5];
    if (cols[6] != "_" && (!ParseInt(cols[6], w.head) || w.head < 0)) {
      return error("head '" + cols[6] + "' is not a word id");
    }
    w.deprel = cols[7];
    w.misc = cols[9];
    for (size_t c = 1; c < cols.size(); ++c) {
      if (cols[c].empty()) return error("column " + std::to_string(c + 1) + " is empty (use _)");
    }
    cur.words.push_back(std::move(w));
  }
  if (Status s = finish(); !s.ok()) return s;
  return out;
}

Result<std::vector<ConlluSentence>> ReadConlluFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return NotFound("cannot open " + path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return IoError(path + ": read error");
  if (Status s = CheckText(bytes.str(), path); !s.ok()) return s;
  std::istringstream text(bytes.str());
  return ReadConllu(text, path);
}

std::string FormatConllu(const ConlluSentence& s) {
  std::string out;
  for (const std::string& c : s.comments) out += "# " + c + "\n";
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    auto col = [](const std::string& v) { return v.empty() ? std::string("_") : v; };
    out += std::to_string(i + 1) + "\t" + col(w.form) + "\t" + col(w.lemma) + "\t" + col(w.upos) +
           "\t" + col(w.xpos) + "\t" + col(w.feats) + "\t" +
           (w.head < 0 ? std::string("_") : std::to_string(w.head)) + "\t" + col(w.deprel) +
           "\t_\t" + col(w.misc) + "\n";
  }
  out += "\n";
  return out;
}

}  // namespace newskg
