// The one test of "the same event" by a class's identity fields
// (extract/data/events/identity.tsv): which values of two mentions
// contradict each other, and which shared values are evidence that they are
// one event. The in-article merge (extract/) and identity across articles
// (graph/) both call these two templates, each with its own view of a
// mention; only what a value is (an entity id, a date's lexical form)
// differs between them.
//
// The view `f` (of type `F`) gives, for a mention `m` of type `M`:
//   f.Dates(m)     a range of the lexical dates to compare (string_view-able)
//   f.Count(m)     std::optional<double>
//   f.Amounts(m)   a range of (currency, value) pairs, value a double
//   f.Quote(m)     the folded quote, or empty
//   f.Role(m, r)    a range of the entities (as the view names them) in role r
//   f.SameSide(x, y)        the same entity, or one stands for the other
//   f.PlacesConflict(x, y)  two places that cannot both be the event's
#ifndef NEWSKG_SCHEMA_EVENT_MATCH_H_
#define NEWSKG_SCHEMA_EVENT_MATCH_H_

#include <algorithm>
#include <string_view>

#include "schema/event_identity.h"

namespace newskg {

// How many of `a`'s values have a value of `b` on the same side.
template <typename F, typename R>
size_t SharedValues(const F& f, const R& a, const R& b) {
  size_t n = 0;
  for (const auto& x : a) {
    for (const auto& y : b) {
      if (f.SameSide(x, y)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

// A value of one mention contradicts a value of the other: dates further
// apart than the class allows, counts or amounts (in one currency) too far
// apart, a distinct role with no value in common, a role one names and the
// other does not (presence), places that cannot be one.
template <typename M, typename F>
bool ValuesConflict(const M& a, const M& b, const EventIdentityRule& rule, const F& f) {
  const auto& da = f.Dates(a);
  const auto& db = f.Dates(b);
  if (!da.empty() && !db.empty()) {
    bool fits = false;
    for (const auto& x : da) {
      for (const auto& y : db) fits = fits || DatesCompatible(x, y, rule.date_days);
    }
    if (!fits) return true;
  }
  const auto ca = f.Count(a), cb = f.Count(b);
  if (ca && cb && !NumbersCompatible(*ca, *cb, rule.count_tolerance)) return true;
  if (rule.amount_tolerance >= 0) {
    const auto& ma = f.Amounts(a);
    const auto& mb = f.Amounts(b);
    for (const auto& [cx, vx] : ma) {
      bool same_currency = false, close = false;
      for (const auto& [cy, vy] : mb) {
        if (std::string_view(cx) != std::string_view(cy)) continue;
        same_currency = true;
        close = close || NumbersCompatible(vx, vy, rule.amount_tolerance);
      }
      if (same_currency && !close) return true;
    }
  }
  for (const auto& r : rule.distinct) {
    const auto& ra = f.Role(a, r);
    const auto& rb = f.Role(b, r);
    if (!ra.empty() && !rb.empty() && SharedValues(f, ra, rb) == 0) return true;
  }
  for (const auto& r : rule.presence) {
    if (f.Role(a, r).empty() != f.Role(b, r).empty()) return true;
  }
  if (rule.place) {
    const auto& pa = f.Role(a, "place");
    const auto& pb = f.Role(b, "place");
    if (!pa.empty() && !pb.empty()) {
      bool fits = false;
      for (const auto& x : pa) {
        for (const auto& y : pb) fits = fits || x == y || !f.PlacesConflict(x, y);
      }
      if (!fits) return true;
    }
  }
  return false;
}

// Shared values enough to say two mentions with no conflict are one event,
// by the class's evidence roles: both dated, compatible counts, amounts in
// one currency, the same quote, or enough shared values of an entity role.
template <typename M, typename F>
bool IdentityEvidence(const M& a, const M& b, const EventIdentityRule& rule, const F& f) {
  for (const auto& ev : rule.evidence) {
    if (ev.role == "date") {
      if (!f.Dates(a).empty() && !f.Dates(b).empty()) return true;
    } else if (ev.role == "count") {
      const auto ca = f.Count(a), cb = f.Count(b);
      if (ca && cb && NumbersCompatible(*ca, *cb, std::max(0.0, rule.count_tolerance))) return true;
    } else if (ev.role == "amount") {
      const auto& ma = f.Amounts(a);
      const auto& mb = f.Amounts(b);
      for (const auto& [cx, vx] : ma) {
        for (const auto& [cy, vy] : mb) {
          if (std::string_view(cx) == std::string_view(cy) &&
              NumbersCompatible(vx, vy, std::max(0.0, rule.amount_tolerance)))
            return true;
        }
      }
    } else if (ev.role == "quote") {
      if (QuotesMatch(f.Quote(a), f.Quote(b))) return true;
    } else {
      const auto& ra = f.Role(a, ev.role);
      const auto& rb = f.Role(b, ev.role);
      const size_t shared = SharedValues(f, ra, rb);
      if (shared > 0 && shared >= std::min({ev.min_shared, size_t{ra.size()}, size_t{rb.size()}}))
        return true;
    }
  }
  return false;
}

}  // namespace newskg

#endif  // NEWSKG_SCHEMA_EVENT_MATCH_H_
