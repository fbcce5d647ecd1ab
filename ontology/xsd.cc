#include "ontology/xsd.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <map>

#include "graph/graph.h"

namespace newskg::xsd {
namespace {

const std::string& X() { return vocab::kXsd; }

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool Digits(const std::string& s, size_t b, size_t e) {
  if (b >= e || e > s.size()) return false;
  for (size_t i = b; i < e; ++i) {
    if (!IsDigit(s[i])) return false;
  }
  return true;
}

int Num(const std::string& s, size_t b, size_t n) { return std::atoi(s.substr(b, n).c_str()); }

// An exact decimal: sign, integer digits without leading zeros, fraction
// digits without trailing zeros.
struct Decimal {
  bool negative = false;
  std::string whole, fraction;
};

// xsd:decimal's lexical space: (+|-)? (digits (. digits?)? | . digits).
std::optional<Decimal> ParseDecimal(const std::string& s) {
  size_t i = 0;
  Decimal d;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) d.negative = s[i++] == '-';
  const size_t dot = s.find('.', i);
  const size_t end_whole = dot == std::string::npos ? s.size() : dot;
  const bool has_whole = end_whole > i;
  if (has_whole && !Digits(s, i, end_whole)) return std::nullopt;
  std::string frac;
  if (dot != std::string::npos) {
    if (dot + 1 < s.size() && !Digits(s, dot + 1, s.size())) return std::nullopt;
    frac = s.substr(dot + 1);
    if (!has_whole && frac.empty()) return std::nullopt;
  } else if (!has_whole) {
    return std::nullopt;
  }
  d.whole = s.substr(i, end_whole - i);
  d.whole.erase(0, d.whole.find_first_not_of('0') == std::string::npos
                       ? d.whole.size()
                       : d.whole.find_first_not_of('0'));
  while (!frac.empty() && frac.back() == '0') frac.pop_back();
  d.fraction = frac;
  if (d.whole.empty() && d.fraction.empty()) d.negative = false;  // -0 == 0
  return d;
}

int CompareMagnitude(const Decimal& a, const Decimal& b) {
  if (a.whole.size() != b.whole.size()) return a.whole.size() < b.whole.size() ? -1 : 1;
  if (const int c = a.whole.compare(b.whole); c != 0) return c < 0 ? -1 : 1;
  const int c = a.fraction.compare(b.fraction);  // no trailing zeros: plain order works
  return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

int CompareDecimal(const Decimal& a, const Decimal& b) {
  if (a.negative != b.negative) return a.negative ? -1 : 1;
  const int m = CompareMagnitude(a, b);
  return a.negative ? -m : m;
}

// The integer types derived from xsd:decimal, with their bounds (empty: none).
struct IntRange {
  std::string min, max;
};
const std::map<std::string, IntRange>& IntegerTypes() {
  static const std::map<std::string, IntRange> kTypes = {
      {"integer", {"", ""}},
      {"long", {"-9223372036854775808", "9223372036854775807"}},
      {"int", {"-2147483648", "2147483647"}},
      {"short", {"-32768", "32767"}},
      {"byte", {"-128", "127"}},
      {"nonNegativeInteger", {"0", ""}},
      {"positiveInteger", {"1", ""}},
      {"nonPositiveInteger", {"", "0"}},
      {"negativeInteger", {"", "-1"}},
      {"unsignedLong", {"0", "18446744073709551615"}},
      {"unsignedInt", {"0", "4294967295"}},
      {"unsignedShort", {"0", "65535"}},
      {"unsignedByte", {"0", "255"}},
  };
  return kTypes;
}

const IntRange* IntegerRange(const std::string& datatype) {
  if (datatype.rfind(X(), 0) != 0) return nullptr;
  const auto it = IntegerTypes().find(datatype.substr(X().size()));
  return it == IntegerTypes().end() ? nullptr : &it->second;
}

std::optional<Decimal> ParseInteger(const std::string& s) {
  if (s.find('.') != std::string::npos) return std::nullopt;
  return ParseDecimal(s);
}

bool InRange(const Decimal& d, const IntRange& r) {
  if (!r.min.empty() && CompareDecimal(d, *ParseDecimal(r.min)) < 0) return false;
  if (!r.max.empty() && CompareDecimal(d, *ParseDecimal(r.max)) > 0) return false;
  return true;
}

// xsd:float and xsd:double: a decimal with an optional exponent, INF, -INF,
// +INF or NaN.
std::optional<long double> ParseFloating(const std::string& s) {
  if (s == "INF" || s == "+INF") return HUGE_VALL;
  if (s == "-INF") return -HUGE_VALL;
  if (s == "NaN") return NAN;
  const size_t e = s.find_first_of("eE");
  const std::string mantissa = s.substr(0, e);
  if (!ParseDecimal(mantissa)) return std::nullopt;
  if (e != std::string::npos) {
    size_t i = e + 1;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (!Digits(s, i, s.size())) return std::nullopt;
  }
  return std::strtold(s.c_str(), nullptr);
}

// A point on the time line, for xsd:date and xsd:dateTime.
struct Moment {
  long double seconds = 0;  // since 0000-03-01, in the literal's own zone when it has none
  bool has_zone = false;
};

// Reads "-?YYYY+" at s[i], advancing i. Four digits at least; no leading zero
// beyond four.
std::optional<int64_t> ReadYear(const std::string& s, size_t& i) {
  const bool negative = i < s.size() && s[i] == '-';
  if (negative) ++i;
  size_t j = i;
  while (j < s.size() && IsDigit(s[j])) ++j;
  if (j - i < 4 || (j - i > 4 && s[i] == '0') || j - i > 12) return std::nullopt;
  const int64_t y = std::strtoll(s.substr(i, j - i).c_str(), nullptr, 10);
  i = j;
  return negative ? -y : y;
}

// Reads an optional time zone (Z, +hh:mm, -hh:mm) that must end the string.
bool ReadZone(const std::string& s, size_t i, Moment& m) {
  if (i == s.size()) return true;
  m.has_zone = true;
  if (s[i] == 'Z') return i + 1 == s.size();
  if ((s[i] != '+' && s[i] != '-') || s.size() != i + 6 || !Digits(s, i + 1, i + 3) ||
      s[i + 3] != ':' || !Digits(s, i + 4, i + 6)) {
    return false;
  }
  const int h = Num(s, i + 1, 2), mi = Num(s, i + 4, 2);
  if (mi > 59 || h > 14 || (h == 14 && mi != 0)) return false;
  const int offset = (h * 60 + mi) * (s[i] == '-' ? -1 : 1);
  m.seconds -= offset * 60.0L;
  return true;
}

// Reads YYYY-MM-DD at s[i] into days, advancing i.
bool ReadDate(const std::string& s, size_t& i, int64_t& days) {
  const auto y = ReadYear(s, i);
  if (!y || s.size() < i + 6 || s[i] != '-' || !Digits(s, i + 1, i + 3) || s[i + 3] != '-' ||
      !Digits(s, i + 4, i + 6)) {
    return false;
  }
  const int m = Num(s, i + 1, 2), d = Num(s, i + 4, 2);
  if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(*y, m)) return false;
  days = DaysFromCivil(*y, m, d);
  i += 6;
  return true;
}

// Reads hh:mm:ss(.s+)? at s[i] into seconds, advancing i.
bool ReadTime(const std::string& s, size_t& i, long double& secs) {
  if (s.size() < i + 8 || !Digits(s, i, i + 2) || s[i + 2] != ':' || !Digits(s, i + 3, i + 5) ||
      s[i + 5] != ':' || !Digits(s, i + 6, i + 8)) {
    return false;
  }
  const int h = Num(s, i, 2), mi = Num(s, i + 3, 2);
  size_t j = i + 8;
  long double sec = Num(s, i + 6, 2);
  if (j < s.size() && s[j] == '.') {
    size_t k = j + 1;
    while (k < s.size() && IsDigit(s[k])) ++k;
    if (k == j + 1) return false;
    sec += std::strtold(("0" + s.substr(j, k - j)).c_str(), nullptr);
    j = k;
  }
  if (mi > 59 || sec >= 60 || h > 24 || (h == 24 && (mi != 0 || sec != 0))) return false;
  secs = h * 3600.0L + mi * 60.0L + sec;
  i = j;
  return true;
}

std::optional<Moment> ParseDate(const std::string& s) {
  size_t i = 0;
  int64_t days = 0;
  if (!ReadDate(s, i, days)) return std::nullopt;
  Moment m;
  m.seconds = days * 86400.0L;
  if (!ReadZone(s, i, m)) return std::nullopt;
  return m;
}

std::optional<Moment> ParseDateTime(const std::string& s) {
  size_t i = 0;
  int64_t days = 0;
  long double secs = 0;
  if (!ReadDate(s, i, days) || i >= s.size() || s[i] != 'T') return std::nullopt;
  ++i;
  if (!ReadTime(s, i, secs)) return std::nullopt;
  Moment m;
  m.seconds = days * 86400.0L + secs;
  if (!ReadZone(s, i, m)) return std::nullopt;
  return m;
}

std::optional<Moment> ParseTime(const std::string& s) {
  size_t i = 0;
  long double secs = 0;
  if (!ReadTime(s, i, secs)) return std::nullopt;
  Moment m;
  m.seconds = secs;
  if (!ReadZone(s, i, m)) return std::nullopt;
  return m;
}

bool ValidGYear(const std::string& s) {
  size_t i = 0;
  Moment m;
  return ReadYear(s, i) && ReadZone(s, i, m);
}

bool ValidGYearMonth(const std::string& s) {
  size_t i = 0;
  Moment m;
  if (!ReadYear(s, i) || s.size() < i + 3 || s[i] != '-' || !Digits(s, i + 1, i + 3)) return false;
  const int month = Num(s, i + 1, 2);
  return month >= 1 && month <= 12 && ReadZone(s, i + 3, m);
}

std::optional<int> CompareMoments(const Moment& a, const Moment& b) {
  const long double d = a.seconds - b.seconds;
  // XSD: with a zone on one side only, the order is known only when the two
  // are more than 14 hours apart.
  if (a.has_zone != b.has_zone && std::fabs(d) <= 14 * 3600.0L) return std::nullopt;
  return d < 0 ? -1 : (d > 0 ? 1 : 0);
}

bool IsNumeric(const std::string& dt) {
  return IntegerRange(dt) != nullptr || dt == X() + "decimal" || dt == X() + "float" ||
         dt == X() + "double";
}

bool IsExact(const std::string& dt) { return IntegerRange(dt) != nullptr || dt == X() + "decimal"; }

}  // namespace

std::string DatatypeOf(const Term& literal) {
  if (!literal.datatype.empty()) return literal.datatype;
  return literal.lang.empty() ? X() + "string" : vocab::kRdf + "langString";
}

bool IsKnownDatatype(const std::string& dt) {
  if (IsNumeric(dt)) return true;
  for (const char* name :
       {"string", "boolean", "date", "dateTime", "time", "gYear", "gYearMonth"}) {
    if (dt == X() + name) return true;
  }
  return false;
}

bool IsValidLexical(const std::string& lex, const std::string& dt) {
  if (const IntRange* r = IntegerRange(dt)) {
    const auto d = ParseInteger(lex);
    return d && InRange(*d, *r);
  }
  if (dt == X() + "decimal") return ParseDecimal(lex).has_value();
  if (dt == X() + "float" || dt == X() + "double") return ParseFloating(lex).has_value();
  if (dt == X() + "boolean") return lex == "true" || lex == "false" || lex == "1" || lex == "0";
  if (dt == X() + "date") return ParseDate(lex).has_value();
  if (dt == X() + "dateTime") return ParseDateTime(lex).has_value();
  if (dt == X() + "time") return ParseTime(lex).has_value();
  if (dt == X() + "gYear") return ValidGYear(lex);
  if (dt == X() + "gYearMonth") return ValidGYearMonth(lex);
  return true;
}

std::optional<int> Compare(const Term& a, const Term& b) {
  if (a.kind != TermKind::kLiteral || b.kind != TermKind::kLiteral) return std::nullopt;
  const std::string da = DatatypeOf(a), db = DatatypeOf(b);
  if (!IsValidLexical(a.value, da) || !IsValidLexical(b.value, db)) return std::nullopt;
  if (IsNumeric(da) && IsNumeric(db)) {
    if (IsExact(da) && IsExact(db)) {
      return CompareDecimal(*ParseDecimal(a.value), *ParseDecimal(b.value));
    }
    const long double x = *ParseFloating(a.value), y = *ParseFloating(b.value);
    if (std::isnan(x) || std::isnan(y)) return std::nullopt;
    return x < y ? -1 : (x > y ? 1 : 0);
  }
  if (da != db) return std::nullopt;
  if (da == X() + "string") {
    const int c = a.value.compare(b.value);  // UTF-8 byte order is code point order
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
  if (da == X() + "boolean") {
    const bool x = a.value == "true" || a.value == "1", y = b.value == "true" || b.value == "1";
    return static_cast<int>(x) - static_cast<int>(y);
  }
  if (da == X() + "date") return CompareMoments(*ParseDate(a.value), *ParseDate(b.value));
  if (da == X() + "dateTime")
    return CompareMoments(*ParseDateTime(a.value), *ParseDateTime(b.value));
  if (da == X() + "time") return CompareMoments(*ParseTime(a.value), *ParseTime(b.value));
  return std::nullopt;
}

}  // namespace newskg::xsd
