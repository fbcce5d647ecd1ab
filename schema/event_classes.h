// What each event class needs and gives beyond its roles, triggers and
// identity fields: the rows of extract/data/events/classes.tsv. The extractor
// reads it to keep, merge and relate event mentions, and graph/ for the list
// of event classes and the property a class's count is written as, so that
// adding a class is a change of data files alone.
#ifndef NEWSKG_SCHEMA_EVENT_CLASSES_H_
#define NEWSKG_SCHEMA_EVENT_CLASSES_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "base/base.h"

namespace newskg {

// One term of a requirement: an entity role with at least `min` values, any
// entity role with a value ("entity"), or a date, count, amount or quote.
struct Requirement {
  enum class Kind { kRole, kEntity, kDate, kCount, kAmount, kQuote };
  Kind kind = Kind::kEntity;
  std::string role;  // kRole only
  size_t min = 1;
};

// A relation between the entities of an event's roles: each value of `from`
// to each value of `to`, or, when `pairwise`, each pair of values of `from`
// (the smaller index first). `types` (entity type names) limits both ends.
struct EventRelation {
  std::string property;
  std::string from;
  std::string to;
  bool pairwise = false;
  std::vector<std::string> types;
};

struct EventClassSchema {
  std::string name;
  std::string count_property = "count";
  // Alternatives: a mention is kept when it meets every term of one of them.
  std::vector<std::vector<Requirement>> requires_any;
  std::vector<EventRelation> relations;
  // Evidence within one article, beyond the identity fields: a shared entity
  // in any role, both mentions dated, the same count, or a role one mention
  // has and the other lacks.
  bool article_shared = false;
  bool article_dated = false;
  bool article_count = false;
  bool article_definite = false;  // a later mention told as "the drills" is the latest one
  std::vector<std::string> article_lacks;
  // The extractor's class-specific steps by name, each with its arguments.
  std::map<std::string, std::vector<std::string>, std::less<>> steps;

  // The arguments of a step, or nullptr when the class does not take it.
  const std::vector<std::string>* Step(std::string_view name) const;
};

class EventClassTable {
 public:
  // Reads DATA_DIR/events/classes.tsv. Unknown step names are an error, so a
  // misspelled step is never silently ignored.
  [[nodiscard]] static Result<EventClassTable> Load(const std::string& data_dir);
  // Loaded once from the default data folder (NEWSKG_DATA_DIR, else the
  // build-time one).
  [[nodiscard]] static Result<const EventClassTable*> Default();

  const EventClassSchema* Find(std::string_view name) const;
  const std::vector<EventClassSchema>& classes() const { return classes_; }

 private:
  std::vector<EventClassSchema> classes_;
};

// The step names classes.tsv may use (the extractor implements each).
const std::vector<std::string>& KnownEventSteps();

}  // namespace newskg

#endif  // NEWSKG_SCHEMA_EVENT_CLASSES_H_
