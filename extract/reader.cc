#include "extract/reader.h"

#include <cctype>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "base/base.h"
#include "extract/internal/json_lite.h"

namespace newskg {

namespace {

// 1-based line and column (in bytes) of `offset`.
std::string Position(std::string_view s, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < s.size(); ++i) {
    if (s[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col) + " (byte " +
         std::to_string(offset) + ")";
}

}  // namespace

Status CheckText(std::string_view bytes, std::string_view name) {
  const size_t bad = FindInvalidUtf8(bytes);
  if (bad != std::string_view::npos) {
    const bool nul = bytes[bad] == '\0';
    return InvalidArgument(
        std::string(name) + ": " + Position(bytes, bad) + ": " +
        (nul ? "NUL byte: binary input is not an article" : "invalid UTF-8 byte sequence"));
  }
  return Status::Ok();
}

Result<Document> ReadTextArticle(std::string text, std::string_view name) {
  if (Status s = CheckText(text, name); !s.ok()) return s;
  bool blank = true;
  for (char c : text) {
    if (!std::isspace(static_cast<unsigned char>(c))) {
      blank = false;
      break;
    }
  }
  if (blank) return InvalidArgument(std::string(name) + ": empty article (no text)");
  Document doc;
  doc.text = std::move(text);
  return doc;
}

std::string DefaultArticleId(const std::string& text) { return "article-" + Fnv1a64Hex(text); }

bool IsValidIsoDate(std::string_view d) {
  if (d.size() != 10 || d[4] != '-' || d[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(d[i]))) return false;
  }
  const int y = std::stoi(std::string(d.substr(0, 4)));
  const int m = std::stoi(std::string(d.substr(5, 2)));
  const int day = std::stoi(std::string(d.substr(8, 2)));
  if (y < 1 || m < 1 || m > 12 || day < 1) return false;  // no year 0000
  return day <= DaysInMonth(y, m);
}

Result<Document> ParseJsonArticle(std::string_view line, std::string_view name, size_t line_no) {
  if (Status s = CheckText(line, name); !s.ok()) {
    // The position within the line, as a position in the file: "line 7, column 25".
    std::string where = s.message().substr(name.size() + 2);
    if (where.rfind("line 1, ", 0) == 0) where = where.substr(8);
    return InvalidArgument(std::string(name) + ": line " + std::to_string(line_no) + ", " + where);
  }
  internal::JsonParser p(line, name, line_no);
  if (!p.Consume('{')) return p.Error("expected a JSON object");
  Document doc;
  bool has_text = false;
  if (!p.Consume('}')) {
    while (true) {
      std::string key;
      if (Status s = p.String(key); !s.ok()) return s;
      if (!p.Consume(':')) return p.Error("expected ':' after key");
      std::string* field = nullptr;
      if (key == "id") field = &doc.id;
      if (key == "url") field = &doc.url;
      if (key == "title") field = &doc.title;
      if (key == "date") field = &doc.date;
      if (key == "text") field = &doc.text;
      if (field != nullptr) {
        if (p.Peek() == 'n') {
          if (Status s = p.SkipValue(); !s.ok()) return s;  // null
        } else {
          field->clear();
          if (Status s = p.String(*field); !s.ok()) return s;
        }
        if (key == "text") has_text = true;
      } else if (Status s = p.SkipValue(); !s.ok()) {
        return s;
      }
      if (p.Consume('}')) break;
      if (!p.Consume(',')) return p.Error("expected ',' or '}'");
    }
  }
  if (!p.AtEnd()) return p.Error("trailing characters after the JSON object");
  if (!has_text) return p.Error("the object has no \"text\"");
  if (doc.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return p.Error("empty article (\"text\" is null, empty or blank)");
  }
  if (!doc.url.empty() && !IsAbsoluteIri(doc.url)) {
    return p.Error("\"url\" is not an absolute IRI: " + doc.url);
  }
  if (!doc.date.empty() && !IsValidIsoDate(doc.date)) {
    return p.Error("\"date\" is not a YYYY-MM-DD date: " + doc.date);
  }
  return doc;
}

bool IsAbsoluteIri(std::string_view iri) {
  const size_t colon = iri.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon + 1 >= iri.size() ||
      !std::isalpha(static_cast<unsigned char>(iri[0])))
    return false;
  for (size_t i = 0; i < colon; ++i) {
    const char c = iri[i];
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '.' && c != '-')
      return false;
  }
  for (char c : iri) {
    if (c == ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}' || c == '|' ||
        c == '\\' || c == '^' || c == '`' || static_cast<unsigned char>(c) < 0x20)
      return false;
  }
  return true;
}

Status ForEachJsonlArticle(std::istream& in, std::string_view name,
                           const std::function<Status(Document&&)>& fn) {
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    // A byte order mark at the start of the file is no part of the JSON.
    if (line_no == 1 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    bool blank = true;
    for (char c : line) {
      if (!std::isspace(static_cast<unsigned char>(c))) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    Result<Document> doc = ParseJsonArticle(line, name, line_no);
    if (!doc.ok()) return doc.status();
    if (Status s = fn(std::move(doc).value()); !s.ok()) return s;
  }
  if (in.bad()) return IoError(std::string(name) + ": read error");
  return Status::Ok();
}

}  // namespace newskg
