// What makes two mentions of an event one event: the identity fields of each
// event class (extract/data/events/identity.tsv), read by the in-article
// merge and by identity across articles, and the value comparisons both use.
#ifndef NEWSKG_SCHEMA_EVENT_IDENTITY_H_
#define NEWSKG_SCHEMA_EVENT_IDENTITY_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"

namespace newskg {

// One evidence role: values of `role` shared by two mentions, at least
// `min_shared` of them (fewer when a mention has fewer).
struct EvidenceRole {
  std::string role;
  size_t min_shared = 1;
};

struct EventIdentityRule {
  std::vector<EvidenceRole> evidence;
  std::vector<std::string> distinct;  // entity roles that must overlap when both have them
  int date_days = -1;                 // < 0: dates never conflict
  double amount_tolerance = -1;       // < 0: amounts never conflict
  double count_tolerance = -1;        // < 0: counts never conflict
  bool place = false;                 // different places conflict
  std::vector<std::string> presence;  // entity roles both mentions name or neither does
  bool HasEvidence(std::string_view role) const;
  bool IsDistinct(std::string_view role) const;
};

class EventIdentity {
 public:
  // Reads DATA_DIR/events/identity.tsv and DATA_DIR/capitals.tsv.
  [[nodiscard]] static Result<EventIdentity> Load(const std::string& data_dir);
  // Loaded once from the default data folder (NEWSKG_DATA_DIR, else the
  // build-time one); the same Status on every call when it cannot be read.
  [[nodiscard]] static Result<const EventIdentity*> Default();

  // The rule of an event class ("Meeting"), or nullptr.
  const EventIdentityRule* Rule(std::string_view cls) const;
  // The classes that have a rule, in name order.
  std::vector<std::string> Classes() const;
  // The country a capital stands for, by its name as written ("Moscow" ->
  // "Russia"), or nullptr.
  const std::string* CapitalOf(const std::string& city) const;
  const std::unordered_map<std::string, std::string>& capitals() const { return capitals_; }

 private:
  std::map<std::string, EventIdentityRule, std::less<>> rules_;
  std::unordered_map<std::string, std::string> capitals_;
};

// Two dates (lexical xsd:date, xsd:gYearMonth or xsd:gYear) whose days are
// at most `days` apart; a month or a year stands for all its days. A form
// that is none of these, or `days` < 0, conflicts with nothing.
bool DatesCompatible(std::string_view a, std::string_view b, int days);

// Two numbers within `tolerance` of the larger (|a - b| <= tolerance *
// max(|a|, |b|)); `tolerance` < 0: always.
bool NumbersCompatible(double a, double b, double tolerance);

// Two quotes (folded: lower case, words separated by single spaces) are the
// same wording when equal or when one is a run of whole words of the other.
bool QuotesMatch(std::string_view a, std::string_view b);

}  // namespace newskg

#endif  // NEWSKG_SCHEMA_EVENT_IDENTITY_H_
