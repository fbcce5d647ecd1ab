// A small JSON reader: enough for JSONL articles and iso-codes files.
#ifndef NEWSKG_EXTRACT_INTERNAL_JSON_LITE_H_
#define NEWSKG_EXTRACT_INTERNAL_JSON_LITE_H_

#include <cctype>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace newskg::internal {

class JsonParser {
 public:
  JsonParser(std::string_view s, std::string_view name, size_t line_no)
      : s_(s), name_(name), line_no_(line_no) {}

  [[nodiscard]] Status Error(const std::string& what) const {
    return ParseError(std::string(name_) + ": line " + std::to_string(line_no_) + ", column " +
                      std::to_string(pos_ + 1) + ": " + what);
  }

  void SkipSpace() {
    while (pos_ < s_.size() &&
           (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\r' || s_[pos_] == '\n')) {
      ++pos_;
    }
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ >= s_.size();
  }
  bool Consume(char c) {
    SkipSpace();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  char Peek() {
    SkipSpace();
    return pos_ < s_.size() ? s_[pos_] : '\0';
  }

  static void AppendUtf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool Hex4(uint32_t& v) {
    if (pos_ + 4 > s_.size()) return false;
    v = 0;
    for (int k = 0; k < 4; ++k) {
      const char c = s_[pos_++];
      v <<= 4;
      if (c >= '0' && c <= '9') {
        v |= c - '0';
      } else if (c >= 'a' && c <= 'f') {
        v |= c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        v |= c - 'A' + 10;
      } else {
        return false;
      }
    }
    return true;
  }

  Status String(std::string& out) {
    if (!Consume('"')) return Error("expected a string");
    while (true) {
      // A run of plain characters (no quote, backslash or control
      // character) is appended at once.
      size_t run = pos_;
      while (run < s_.size() && s_[run] != '"' && s_[run] != '\\' &&
             static_cast<unsigned char>(s_[run]) >= 0x20) {
        ++run;
      }
      out.append(s_.data() + pos_, run - pos_);
      pos_ = run;
      if (pos_ >= s_.size()) return Error("unterminated string");
      const char c = s_[pos_++];
      if (c == '"') return Status::Ok();
      if (static_cast<unsigned char>(c) < 0x20) return Error("control character in string");
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) return Error("unterminated escape");
      const char e = s_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          uint32_t cp = 0;
          if (!Hex4(cp)) return Error("bad \\u escape");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            uint32_t lo = 0;
            if (pos_ + 2 > s_.size() || s_[pos_] != '\\' || s_[pos_ + 1] != 'u') {
              return Error("unpaired surrogate in \\u escape");
            }
            pos_ += 2;
            if (!Hex4(lo) || lo < 0xDC00 || lo > 0xDFFF) return Error("bad surrogate pair");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return Error("unpaired surrogate in \\u escape");
          }
          if (cp == 0) return Error("NUL character in string");
          AppendUtf8(out, cp);
          break;
        }
        default:
          return Error(std::string("bad escape \\") + e);
      }
    }
  }

  // Skips any JSON value (for keys we do not use).
  Status SkipValue(int depth = 0) {
    if (depth > 64) return Error("nesting too deep");
    const char c = Peek();
    if (c == '"') {
      std::string ignored;
      return String(ignored);
    }
    if (c == '{' || c == '[') {
      const char close = c == '{' ? '}' : ']';
      ++pos_;
      if (Consume(close)) return Status::Ok();
      while (true) {
        if (c == '{') {
          std::string key;
          if (Status st = String(key); !st.ok()) return st;
          if (!Consume(':')) return Error("expected ':'");
        }
        if (Status st = SkipValue(depth + 1); !st.ok()) return st;
        if (Consume(close)) return Status::Ok();
        if (!Consume(',')) return Error(std::string("expected ',' or '") + close + "'");
      }
    }
    const size_t start = pos_;
    while (pos_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
                                s_[pos_] == '-' || s_[pos_] == '+' || s_[pos_] == '.')) {
      ++pos_;
    }
    const std::string_view word = s_.substr(start, pos_ - start);
    if (word == "true" || word == "false" || word == "null") return Status::Ok();
    if (!word.empty() && (std::isdigit(static_cast<unsigned char>(word[0])) || word[0] == '-')) {
      return Status::Ok();
    }
    pos_ = start;
    return Error("expected a JSON value");
  }

 private:
  std::string_view s_;
  std::string_view name_;
  size_t line_no_;
  size_t pos_ = 0;
};

// Parses {"KEY": [ {"k": "v", ...}, ... ]}: string fields of each record;
// other values are skipped.
inline Result<std::vector<std::map<std::string, std::string>>> ParseJsonRecords(
    std::string_view text, const std::string& key) {
  JsonParser p(text, "json", 1);
  std::vector<std::map<std::string, std::string>> out;
  if (!p.Consume('{')) return p.Error("expected an object");
  while (true) {
    std::string k;
    if (Status s = p.String(k); !s.ok()) return s;
    if (!p.Consume(':')) return p.Error("expected ':'");
    if (k != key) {
      if (Status s = p.SkipValue(); !s.ok()) return s;
    } else {
      if (!p.Consume('[')) return p.Error("expected '['");
      if (!p.Consume(']')) {
        while (true) {
          if (!p.Consume('{')) return p.Error("expected a record");
          std::map<std::string, std::string> rec;
          if (!p.Consume('}')) {
            while (true) {
              std::string field;
              if (Status s = p.String(field); !s.ok()) return s;
              if (!p.Consume(':')) return p.Error("expected ':'");
              if (p.Peek() == '"') {
                if (Status s = p.String(rec[field]); !s.ok()) return s;
              } else if (Status s = p.SkipValue(); !s.ok()) {
                return s;
              }
              if (p.Consume('}')) break;
              if (!p.Consume(',')) return p.Error("expected ',' or '}'");
            }
          }
          out.push_back(std::move(rec));
          if (p.Consume(']')) break;
          if (!p.Consume(',')) return p.Error("expected ',' or ']'");
        }
      }
    }
    if (p.Consume('}')) break;
    if (!p.Consume(',')) return p.Error("expected ',' or '}'");
  }
  return out;
}

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_JSON_LITE_H_
