// The proleptic Gregorian calendar, as every date check of newskg counts it.
#ifndef NEWSKG_BASE_CALENDAR_H_
#define NEWSKG_BASE_CALENDAR_H_

#include <cstdint>

namespace newskg {

inline bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days in month `m` (1-12) of year `y`.
inline int DaysInMonth(int64_t y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

// Days since 0000-03-01 of a date (Howard Hinnant's days_from_civil);
// subtract kUnixEpochDay for days since 1970-01-01.
inline int64_t DaysFromCivil(int64_t y, int m, int d) {
  y -= m <= 2 ? 1 : 0;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe;
}
inline constexpr int64_t kUnixEpochDay = 719468;

}  // namespace newskg

#endif  // NEWSKG_BASE_CALENDAR_H_
