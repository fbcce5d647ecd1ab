#include "schema/event_identity.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "schema/internal/data_fields.h"

namespace newskg {
namespace {

using internal::SplitFields;

bool ParseNumber(const std::string& s, double& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtod(s.c_str(), &end);
  return end == s.c_str() + s.size() && std::isfinite(out);
}

// The first and last day of a date, month or year; false for another form.
bool DayRange(std::string_view s, long& first, long& last) {
  auto digits = [&](size_t at, size_t n, long& v) {
    if (at + n > s.size()) return false;
    v = 0;
    for (size_t i = at; i < at + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    return true;
  };
  long y = 0, m = 0, d = 0;
  if (!digits(0, 4, y)) return false;
  if (s.size() == 4) {
    first = DaysFromCivil(y, 1, 1);
    last = DaysFromCivil(y, 12, 31);
    return true;
  }
  if (s.size() < 7 || s[4] != '-' || !digits(5, 2, m) || m < 1 || m > 12) return false;
  const long month_days = DaysInMonth(y, static_cast<int>(m));
  if (s.size() == 7) {
    first = DaysFromCivil(y, m, 1);
    last = DaysFromCivil(y, m, month_days);
    return true;
  }
  if (s.size() != 10 || s[7] != '-' || !digits(8, 2, d) || d < 1 || d > month_days) return false;
  first = last = DaysFromCivil(y, m, d);
  return true;
}

}  // namespace

bool EventIdentityRule::HasEvidence(std::string_view role) const {
  for (const auto& e : evidence) {
    if (e.role == role) return true;
  }
  return false;
}

bool EventIdentityRule::IsDistinct(std::string_view role) const {
  return std::find(distinct.begin(), distinct.end(), role) != distinct.end();
}

Result<EventIdentity> EventIdentity::Load(const std::string& data_dir) {
  EventIdentity id;
  const std::string path = data_dir + "/events/identity.tsv";
  auto rows = ReadDataRows(path, 7);
  if (!rows.ok()) return rows.status();
  for (const auto& r : *rows) {
    EventIdentityRule rule;
    auto bad = [&](const std::string& what) {
      return ParseError(path + ": class " + r[0] + ": " + what);
    };
    for (const auto& e : SplitFields(r[1], ',')) {
      if (e.empty() || e == "-") continue;
      EvidenceRole ev;
      const size_t colon = e.find(':');
      ev.role = e.substr(0, colon);
      if (colon != std::string::npos) {
        double n = 0;
        if (!ParseNumber(e.substr(colon + 1), n) || n < 1 || n != std::floor(n))
          return bad("bad evidence count in '" + e + "'");
        ev.min_shared = static_cast<size_t>(n);
      }
      rule.evidence.push_back(ev);
    }
    if (rule.evidence.empty()) return bad("no evidence role");
    for (const auto& d : SplitFields(r[2], ',')) {
      if (!d.empty() && d != "-") rule.distinct.push_back(d);
    }
    double v = 0;
    if (r[3] != "-") {
      if (!ParseNumber(r[3], v) || v < 0 || v != std::floor(v))
        return bad("bad days '" + r[3] + "'");
      rule.date_days = static_cast<int>(v);
    }
    if (r[4] != "-") {
      if (!ParseNumber(r[4], v) || v < 0) return bad("bad amount tolerance '" + r[4] + "'");
      rule.amount_tolerance = v;
    }
    if (r[5] != "-") {
      if (!ParseNumber(r[5], v) || v < 0) return bad("bad count tolerance '" + r[5] + "'");
      rule.count_tolerance = v;
    }
    if (r[6] != "-" && r[6] != "place") return bad("place column must be 'place' or '-'");
    rule.place = r[6] == "place";
    if (r.size() > 7) {
      for (const auto& d : SplitFields(r[7], ',')) {
        if (!d.empty() && d != "-") rule.presence.push_back(d);
      }
    }
    if (!id.rules_.emplace(r[0], std::move(rule)).second) return bad("listed twice");
  }
  auto capitals = ReadDataRows(data_dir + "/capitals.tsv", 2);
  if (!capitals.ok()) return capitals.status();
  for (const auto& r : *capitals) id.capitals_.emplace(r[0], r[1]);
  return id;
}

Result<const EventIdentity*> EventIdentity::Default() {
  static const Result<EventIdentity> loaded = Load(internal::SchemaDataDir());
  if (!loaded.ok()) return loaded.status();
  return &loaded.value();
}

const EventIdentityRule* EventIdentity::Rule(std::string_view cls) const {
  auto it = rules_.find(cls);
  return it == rules_.end() ? nullptr : &it->second;
}

const std::string* EventIdentity::CapitalOf(const std::string& city) const {
  auto it = capitals_.find(city);
  return it == capitals_.end() ? nullptr : &it->second;
}

bool DatesCompatible(std::string_view a, std::string_view b, int days) {
  if (days < 0) return true;
  long a0 = 0, a1 = 0, b0 = 0, b1 = 0;
  if (!DayRange(a, a0, a1) || !DayRange(b, b0, b1)) return true;
  const long gap = std::max({0L, b0 - a1, a0 - b1});
  return gap <= days;
}

bool NumbersCompatible(double a, double b, double tolerance) {
  if (tolerance < 0) return true;
  return std::fabs(a - b) <= tolerance * std::max(std::fabs(a), std::fabs(b));
}

bool QuotesMatch(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a.size() < b.size()) std::swap(a, b);
  for (size_t at = a.find(b); at != std::string_view::npos; at = a.find(b, at + 1)) {
    const bool starts = at == 0 || a[at - 1] == ' ';
    const bool ends = at + b.size() == a.size() || a[at + b.size()] == ' ';
    if (starts && ends) return true;
  }
  return false;
}

std::vector<std::string> EventIdentity::Classes() const {
  std::vector<std::string> out;
  for (const auto& [name, rule] : rules_) out.push_back(name);
  return out;
}

}  // namespace newskg
