#include "extract/date_normalizer.h"

#include <algorithm>

#include "extract/internal/stage_words.h"
#include "extract/reader.h"

namespace newskg {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date.
int64_t DaysSinceEpoch(int y, int m, int d) { return DaysFromCivil(y, m, d) - kUnixEpochDay; }

void CivilFromDays(int64_t z, int& y, int& m, int& d) {
  z += kUnixEpochDay;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

bool ParseIso(const std::string& s, int& y, int& m, int& d) {
  if (!IsValidIsoDate(s)) return false;
  y = std::stoi(s.substr(0, 4));
  m = std::stoi(s.substr(5, 2));
  d = std::stoi(s.substr(8, 2));
  return true;
}

std::string FormatDay(int y, int m, int d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
  return buf;
}
std::string FormatMonth(int y, int m) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

using internal::StageWords;

bool IsDayNumber(const Token& t, const StageWords& w, int& day) {
  // One or two digits (read in place), then nothing or an ordinal suffix.
  size_t digits = 0;
  while (digits < t.text.size() && t.text[digits] >= '0' && t.text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 2) return false;
  const std::string_view rest = std::string_view(t.lower).substr(digits);
  if (!rest.empty() && w.ordinal_suffixes.count(rest) == 0) return false;
  day = t.text[0] - '0';
  if (digits == 2) day = day * 10 + (t.text[1] - '0');
  return day >= 1 && day <= 31;
}

bool IsYear(const Token& t, int& year) {
  if (t.kind != TokenKind::kNumber || t.text.size() != 4) return false;
  for (char c : t.text) {
    if (c < '0' || c > '9') return false;
  }
  year = std::stoi(t.text);
  return year >= 1900 && year <= 2100;
}

}  // namespace

std::string AddDays(const std::string& iso, int days) {
  int y = 0, m = 0, d = 0;
  if (!ParseIso(iso, y, m, d)) return "";
  CivilFromDays(DaysSinceEpoch(y, m, d) + days, y, m, d);
  return FormatDay(y, m, d);
}

int Weekday(const std::string& iso) {
  int y = 0, m = 0, d = 0;
  if (!ParseIso(iso, y, m, d)) return -1;
  const int64_t days = DaysSinceEpoch(y, m, d);  // 1970-01-01 was a Thursday (3)
  return static_cast<int>(((days + 3) % 7 + 7) % 7);
}

void NormalizeDates(Document& doc, const Lexicon& lex) {
  doc.dates.clear();
  auto words = StageWords::Default();
  if (!words.ok()) return;  // Pipeline::Create reports it
  const StageWords& w = *words.value();
  int ay = 0, am = 0, ad = 0;
  const bool has_date = ParseIso(doc.date, ay, am, ad);
  const auto& t = doc.tokens;
  for (const auto& sent : doc.sentences) {
    // Future wording turns relative dates forward: a cue ("will", "next") or
    // a present "be" that schedules ("is to", "are set to").
    bool future = false;
    bool past = false;
    for (size_t i = sent.first_token; i < sent.end_token; ++i) {
      // Not "next to the parliament", "due to rising prices": a cue whose
      // "to" opens no verb.
      const bool to_no_verb =
          i + 2 < sent.end_token && t[i + 1].tag == "TO" && t[i + 2].tag != "VB";
      if (w.future_cues.count(t[i].lower) > 0 && !to_no_verb) future = true;
      if (PhraseLengthAt(w.future_frames, t, i, sent.end_token) > 0) future = true;
      if (w.past_tense_tags.count(t[i].tag) > 0) past = true;
    }
    // A date after a present-tense verb in a sentence with no past tense lies
    // ahead ("Voters go to the polls on December 7", "The election is on
    // Sunday"), unless a word between ties it to a past event ("remains in
    // custody after his arrest on Monday") or the verb only reports ("says").
    // The first verb of the sentence: before it, the tagger may have read a
    // present verb in -s as a plural noun after its subject ("Peru votes on
    // 7 April", "The country votes on Sunday").
    size_t first_verb = sent.end_token;
    for (size_t i = sent.first_token; i < sent.end_token && first_verb == sent.end_token; ++i) {
      if (t[i].tag.rfind("VB", 0) == 0 || t[i].tag == "MD") first_verb = i;
    }
    auto ahead = [&](size_t b) {
      // A relative clause keeps its own tense: "X, who won Saturday's
      // election, will be sworn in next month" dates the election back.
      size_t open = b;
      while (open > sent.first_token && t[open - 1].text != ",") --open;
      if (open > sent.first_token && open < b && w.clause_relatives.count(t[open].lower) > 0) {
        bool clause_past = false, clause_future = false;
        for (size_t k = open; k < sent.end_token && t[k].text != ","; ++k) {
          clause_past = clause_past || w.past_tense_tags.count(t[k].tag) > 0;
          clause_future = clause_future || w.future_cues.count(t[k].lower) > 0;
        }
        if (clause_past != clause_future) return clause_future;
      }
      if (future) return true;
      if (past) return false;
      for (size_t j = b; j-- > sent.first_token + 1;) {
        if (j < first_verb && t[j].tag == "NNS" && t[j - 1].tag.rfind("NN", 0) == 0) return true;
        if (w.present_tense_blockers.count(t[j].lower) > 0 ||
            w.present_tense_blockers.count(t[j].lemma) > 0)
          return false;
        // A present form right before a participle that is no form of "be"
        // is a noun before its past verb ("Security forces arrested 200 people
        // on Saturday"); "has" is a blocker above, "is held" stays ahead.
        if (w.present_tense_tags.count(t[j].tag) > 0 && j + 1 < b &&
            (t[j + 1].tag == "VBN" || w.past_tense_tags.count(t[j + 1].tag) > 0) &&
            lex.passive_auxiliaries.count(t[j].lower) == 0)
          return false;
        if (w.present_tense_tags.count(t[j].tag) > 0 && lex.speech_verbs.count(t[j].lemma) == 0 &&
            lex.attribution_verbs.count(t[j].lemma) == 0)
          return true;
      }
      return false;
    };
    const size_t first_date = doc.dates.size();
    std::vector<std::pair<size_t, size_t>> date_tokens;  // this sentence's dates, as tokens
    auto add = [&](size_t b, size_t e, std::string lexical, DatePrecision p) {
      date_tokens.emplace_back(b, e);
      DateValue d{std::move(lexical), p, {t[b].span.begin, t[e - 1].span.end}, true};
      // "since Sunday" is a range's point; "since Sunday's election" dates its noun.
      const bool owner = e < sent.end_token && w.possessive_markers.count(t[e].lower) > 0;
      if (b > sent.first_token && !owner) d.anchor = w.range_preps.count(t[b - 1].lower) == 0;
      doc.dates.push_back(std::move(d));
    };
    for (size_t i = sent.first_token; i < sent.end_token; ++i) {
      const Token& tok = t[i];
      const size_t end = sent.end_token;
      auto month_at = [&](size_t k) -> int {
        if (k >= end || !t[k].capitalized) return 0;
        auto it = lex.months.find(t[k].lower);
        // "May" only as a month when a day or year is next to it.
        return it == lex.months.end() ? 0 : it->second;
      };
      // ISO date in text ("2020-09-14" is one token).
      if (tok.kind == TokenKind::kNumber && IsValidIsoDate(tok.text)) {
        add(i, i + 1, tok.text, DatePrecision::kDay);
        continue;
      }
      // Month Day[, Year] | Month Year.
      if (int m = month_at(i)) {
        int day = 0, year = 0;
        // "Sept. 5": the abbreviation's period.
        const size_t next =
            i + 1 < end && t[i + 1].text == "." && !t[i + 1].space_before ? i + 2 : i + 1;
        if (next < end && t[next].kind == TokenKind::kNumber && IsDayNumber(t[next], w, day)) {
          size_t e = next + 1;
          if (e + 1 < end && t[e].text == "," && IsYear(t[e + 1], year)) {
            e += 2;
          } else if (e < end && IsYear(t[e], year)) {
            e += 1;
          }
          if (year == 0) {
            if (!has_date) continue;
            year = ay;
            const bool after = m > am || (m == am && day > ad);
            const bool before = m < am || (m == am && day < ad);
            const bool forward = ahead(i);
            if (!forward && after) year = ay - 1;
            if (forward && before) year = ay + 1;
          }
          if (IsValidIsoDate(FormatDay(year, m, day))) {
            add(i, e, FormatDay(year, m, day), DatePrecision::kDay);
          }
          i = e - 1;
          continue;
        }
        if (i + 1 < end && IsYear(t[i + 1], year)) {
          add(i, i + 2, FormatMonth(year, m), DatePrecision::kMonth);
          ++i;
          continue;
        }
        // "in April", "in April last year", "next April", "last month" handled below.
        const bool after_in = i > sent.first_token && w.month_cues.count(t[i - 1].lower) > 0;
        if (after_in && has_date && w.ambiguous_months.count(tok.lower) == 0) {
          int y = ay;
          size_t e = i + 1;
          // "April last year", "April next year".
          const int dir = i + 2 < end ? w.Direction(t[i + 1].lower) : 0;
          const auto unit = i + 2 < end ? w.date_units.find(t[i + 2].lower) : w.date_units.end();
          if (dir != 0 && unit != w.date_units.end() &&
              unit->second == StageWords::DateUnit::kYear) {
            y = ay + dir;
            e = i + 3;
          } else if (w.Direction(t[i - 1].lower) == 1 || ahead(i)) {
            if (m <= am) y = ay + 1;
          } else if (m > am) {
            y = ay - 1;
          }
          add(i, e, FormatMonth(y, m), DatePrecision::kMonth);
          i = e - 1;
          continue;
        }
      }
      // Day Month [Year]: "9 August 2020".
      int day = 0;
      if (tok.kind == TokenKind::kNumber && IsDayNumber(tok, w, day) && month_at(i + 1) != 0) {
        const int m = month_at(i + 1);
        int year = 0;
        size_t e = i + 2;
        if (e < end && IsYear(t[e], year)) ++e;
        if (year == 0) {
          if (!has_date) continue;
          year = ay;
          const bool forward = ahead(i);
          if (!forward && (m > am || (m == am && day > ad))) year = ay - 1;
          if (forward && (m < am || (m == am && day < ad))) year = ay + 1;
        }
        if (IsValidIsoDate(FormatDay(year, m, day)))
          add(i, e, FormatDay(year, m, day), DatePrecision::kDay);
        i = e - 1;
        continue;
      }
      if (!has_date) continue;
      // Weekdays: "on Monday", "Monday's vote".
      if (tok.capitalized) {
        auto wd = lex.weekdays.find(tok.lower);
        if (wd != lex.weekdays.end()) {
          const int today = Weekday(doc.date);
          // "Tuesday last week", "Monday of next week": that day of the
          // calendar week (from Monday) before or after the article's.
          size_t j = i + 1;
          if (j < end && w.head_of_preps.count(t[j].lower) > 0) ++j;
          if (j + 1 < end) {
            const auto dir = w.directions.find(t[j].lower);
            const auto unit = w.date_units.find(t[j + 1].lower);
            if (dir != w.directions.end() && dir->second != 0 && unit != w.date_units.end() &&
                unit->second == StageWords::DateUnit::kWeek) {
              add(i, j + 2, AddDays(doc.date, wd->second - today + 7 * dir->second),
                  DatePrecision::kDay);
              i = j + 1;
              continue;
            }
          }
          int delta = 0;
          const int dir = i > sent.first_token ? w.Direction(t[i - 1].lower) : 0;
          const bool last = dir == -1;  // "last Monday"
          const bool next = dir == 1;   // "next Monday"
          if (next || (!last && ahead(i))) {
            delta = (wd->second - today + 7) % 7;
            if (next && delta == 0) delta = 7;
          } else {
            delta = -((today - wd->second + 7) % 7);
            if (last && delta == 0) delta = -7;
          }
          add(i, i + 1, AddDays(doc.date, delta), DatePrecision::kDay);
          continue;
        }
      }
      // "yesterday", "tomorrow"; "today" only when not in future wording.
      if (auto d = w.day_offsets.find(tok.lower);
          d != w.day_offsets.end() && (d->second != 0 || !future)) {
        add(i, i + 1, d->second == 0 ? doc.date : AddDays(doc.date, d->second),
            DatePrecision::kDay);
      }
      // "last month", "this month", "next month", "last year".
      if (auto direction = w.directions.find(tok.lower);
          direction != w.directions.end() && i + 1 < end) {
        const auto unit = w.date_units.find(t[i + 1].lower);
        const int dir = direction->second;
        if (unit != w.date_units.end() && unit->second == StageWords::DateUnit::kMonth) {
          int y = ay, m = am + dir;
          if (m < 1) {
            m = 12;
            --y;
          } else if (m > 12) {
            m = 1;
            ++y;
          }
          add(i, i + 2, FormatMonth(y, m), DatePrecision::kMonth);
          ++i;
        } else if (unit != w.date_units.end() && unit->second == StageWords::DateUnit::kYear) {
          add(i, i + 2, std::to_string(ay + dir), DatePrecision::kYear);
          ++i;
        }
        continue;
      }
      // "in 2019".
      int year = 0;
      if (IsYear(tok, year) && i > sent.first_token && w.year_cues.count(t[i - 1].lower) > 0) {
        add(i, i + 1, std::to_string(year), DatePrecision::kYear);
      }
    }
    // "from February 14 to March 2": a range's start dates what happens
    // over it; its end is a bound.
    for (size_t a = 0; a + 1 < date_tokens.size(); ++a) {
      const auto [ab, ae] = date_tokens[a];
      const size_t bb = date_tokens[a + 1].first;
      if (ab == sent.first_token || w.range_starts.count(t[ab - 1].lower) == 0) continue;
      if (bb != ae + 1 || w.range_links.count(t[ae].lower) == 0) continue;
      doc.dates[first_date + a].anchor = true;
      doc.dates[first_date + a + 1].anchor = false;
    }
  }
  // Which tokens the dates cover, for the stages after this one.
  for (Token& tok : doc.tokens) tok.in_date = false;
  size_t k = 0;
  for (const auto& d : doc.dates) {  // in text order
    while (k < doc.tokens.size() && doc.tokens[k].span.begin < d.span.begin) ++k;
    for (size_t j = k; j < doc.tokens.size() && doc.tokens[j].span.end <= d.span.end; ++j) {
      doc.tokens[j].in_date = true;
    }
  }
}

Result<std::string> ResolvePublicationDate(const Document& doc, const Lexicon& lex,
                                           const std::string& given) {
  const Status bad = InvalidArgument("article date '" + given +
                                     "' is not YYYY-MM-DD, nor DD-MM-YYYY or MM-DD-YYYY");
  // Three numbers: day or month, day or month, four-digit year.
  std::vector<int> parts;
  std::string cur;
  char sep = 0;
  for (char c : given + '\0') {
    if (c >= '0' && c <= '9') {
      cur += c;
      continue;
    }
    if (cur.empty() || cur.size() > 4) return bad;
    parts.push_back(std::stoi(cur));
    cur.clear();
    if (c == '\0') break;
    if (c != '-' && c != '/' && c != '.') return bad;
    if (sep != 0 && c != sep) return bad;
    sep = c;
  }
  if (parts.size() != 3 || parts[2] < 1000) return bad;
  auto iso = [&](int year, int month, int day) {
    auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    return std::to_string(year) + "-" + two(month) + "-" + two(day);
  };
  std::vector<std::string> readings;
  for (const auto& r : {iso(parts[2], parts[1], parts[0]), iso(parts[2], parts[0], parts[1])}) {
    if (IsValidIsoDate(r) && std::find(readings.begin(), readings.end(), r) == readings.end())
      readings.push_back(r);
  }
  if (readings.empty()) return bad;
  if (readings.size() == 1) return readings.front();
  // Ambiguous: the article's own dateline decides.
  Document probe;
  probe.text = doc.text;
  probe.tokens = doc.tokens;
  probe.sentences.assign(doc.sentences.begin(),
                         doc.sentences.begin() + static_cast<std::ptrdiff_t>(
                                                     std::min<size_t>(3, doc.sentences.size())));
  NormalizeDates(probe, lex);
  std::vector<std::string> confirmed;
  for (const auto& d : probe.dates) {
    if (d.precision != DatePrecision::kDay) continue;
    for (const auto& r : readings) {
      if (d.lexical == r && std::find(confirmed.begin(), confirmed.end(), r) == confirmed.end())
        confirmed.push_back(r);
    }
  }
  if (confirmed.size() == 1) return confirmed.front();
  return InvalidArgument("article date '" + given + "' is ambiguous (" + readings[0] + " or " +
                         readings[1] + ") and the article does not state which; give YYYY-MM-DD");
}

}  // namespace newskg
