#include "schema/event_classes.h"

#include <algorithm>
#include <cstdlib>

#include "schema/internal/data_fields.h"

namespace newskg {
namespace {

using internal::SplitFields;

bool IsName(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
  });
}

Result<Requirement> ParseRequirement(const std::string& term) {
  Requirement r;
  const size_t colon = term.find(':');
  const std::string name = term.substr(0, colon);
  if (colon != std::string::npos) {
    const std::string n = term.substr(colon + 1);
    char* end = nullptr;
    const long v = std::strtol(n.c_str(), &end, 10);
    if (n.empty() || *end != '\0' || v < 1) return ParseError("bad count in '" + term + "'");
    r.min = static_cast<size_t>(v);
  }
  if (!IsName(name)) return ParseError("bad requirement '" + term + "'");
  if (name == "entity") {
    r.kind = Requirement::Kind::kEntity;
  } else if (name == "date") {
    r.kind = Requirement::Kind::kDate;
  } else if (name == "count") {
    r.kind = Requirement::Kind::kCount;
  } else if (name == "amount") {
    r.kind = Requirement::Kind::kAmount;
  } else if (name == "quote") {
    r.kind = Requirement::Kind::kQuote;
  } else {
    r.kind = Requirement::Kind::kRole;
    r.role = name;
  }
  if (r.kind != Requirement::Kind::kRole && r.min != 1)
    return ParseError("only a role takes a count: '" + term + "'");
  return r;
}

// "meets=participant~participant/Person,Organization", "grantsLoanTo=lender>borrower".
Result<EventRelation> ParseRelation(const std::string& spec) {
  EventRelation rel;
  const size_t eq = spec.find('=');
  if (eq == std::string::npos) return ParseError("relation '" + spec + "' has no '='");
  rel.property = spec.substr(0, eq);
  std::string ends = spec.substr(eq + 1);
  if (const size_t slash = ends.find('/'); slash != std::string::npos) {
    rel.types = SplitFields(ends.substr(slash + 1), ',');
    ends = ends.substr(0, slash);
  }
  size_t op = ends.find('>');
  if (op == std::string::npos) {
    op = ends.find('~');
    rel.pairwise = true;
  }
  if (op == std::string::npos) return ParseError("relation '" + spec + "' needs '>' or '~'");
  rel.from = ends.substr(0, op);
  rel.to = ends.substr(op + 1);
  if (!IsName(rel.property) || !IsName(rel.from) || !IsName(rel.to) ||
      (rel.pairwise && rel.from != rel.to))
    return ParseError("bad relation '" + spec + "'");
  return rel;
}

}  // namespace

// What each step does is told where the extractor runs it
// (extract/event_extractor.cc, extract/quote_extractor.cc):
//   conditional-institution ROLE...: a conditional trigger needs an amount
//       and a lending institution in one of the roles;
//   conditional-win: a conditional trigger needs a winning verb before it;
//   gapped ROLE: ", and X a further $N" is one more mention, X in ROLE;
//   exclusive A,B: an entity in both roles stays in the one it is alone in;
//   main-country ROLE,OTHER: the article's country fills ROLE of a mention
//       with OTHER and an amount;
//   candidates ROLE: people named by a role noun ("his rivals A and B");
//   national-place ROLE: a city stands for its country unless the election
//       is local, and a default place;
//   crowd-count: the count is a crowd's size, not any number near the trigger;
//   quotes SPEAKER: the class the quote extractor makes, a report by nature;
//   sides ROLE...: a leader and what he leads in ROLE are one side, both
//       kept as named (a meeting's participants);
//   leaders-first ROLE...: of a leader and what he leads, told by two
//       mentions of one event in ROLE, the leader stays (the people who met,
//       told in the body, over their states in the headline);
//   individuals ROLE...: a person in ROLE is himself beside what he leads
//       (a sanctioned leader is not his group);
//   voters ROLE...: who votes ("X cast his ballot in the election", "X
//       voted on Sunday") is in none of the ROLEs;
//   unnamed-one ROLE...: one person described and not named in ROLE ("an
//       opposition activist was arrested") may be the one a mention of the
//       same article names ("the arrest of X");
//   institution-lends ROLE,OTHER: a lending institution that is the subject
//       of a receiving verb ("The IMF reached an agreement with Ghana") is in
//       ROLE, not OTHER, when no one else is; the party of "with" is OTHER.
const std::vector<std::string>& KnownEventSteps() {
  static const std::vector<std::string> k = {"conditional-institution",
                                             "conditional-win",
                                             "gapped",
                                             "exclusive",
                                             "main-country",
                                             "candidates",
                                             "national-place",
                                             "crowd-count",
                                             "quotes",
                                             "sides",
                                             "leaders-first",
                                             "individuals",
                                             "institution-lends",
                                             "unnamed-one",
                                             "voters"};
  return k;
}

const std::vector<std::string>* EventClassSchema::Step(std::string_view step) const {
  auto it = steps.find(step);
  return it == steps.end() ? nullptr : &it->second;
}

Result<EventClassTable> EventClassTable::Load(const std::string& data_dir) {
  EventClassTable table;
  const std::string path = data_dir + "/events/classes.tsv";
  auto rows = ReadDataRows(path, 6);
  if (!rows.ok()) return rows.status();
  for (const auto& r : *rows) {
    auto bad = [&](const std::string& what) {
      return ParseError(path + ": class " + r[0] + ": " + what);
    };
    EventClassSchema cls;
    cls.name = r[0];
    if (!IsName(cls.name) || table.Find(cls.name) != nullptr) return bad("bad or repeated name");
    if (r[1] != "-") {
      if (!IsName(r[1])) return bad("bad count property '" + r[1] + "'");
      cls.count_property = r[1];
    }
    for (const auto& alt : SplitFields(r[2], '|')) {
      std::vector<Requirement> all;
      for (const auto& term : SplitFields(alt, '&')) {
        auto req = ParseRequirement(term);
        if (!req.ok()) return bad(req.status().message());
        all.push_back(std::move(req).value());
      }
      if (!all.empty()) cls.requires_any.push_back(std::move(all));
    }
    if (cls.requires_any.empty()) return bad("no requirement");
    if (r[3] != "-") {
      for (const auto& spec : SplitFields(r[3], ';')) {
        auto rel = ParseRelation(spec);
        if (!rel.ok()) return bad(rel.status().message());
        cls.relations.push_back(std::move(rel).value());
      }
    }
    if (r[4] != "-") {
      for (const auto& e : SplitFields(r[4], ',')) {
        if (e == "shared") {
          cls.article_shared = true;
        } else if (e == "dated") {
          cls.article_dated = true;
        } else if (e == "count") {
          cls.article_count = true;
        } else if (e == "definite") {
          cls.article_definite = true;
        } else if (e.rfind("lacks:", 0) == 0 && IsName(e.substr(6))) {
          cls.article_lacks.push_back(e.substr(6));
        } else {
          return bad("unknown in-article evidence '" + e + "'");
        }
      }
    }
    if (r[5] != "-") {
      for (const auto& s : SplitFields(r[5], ' ')) {
        const size_t colon = s.find(':');
        const std::string name = s.substr(0, colon);
        const auto& known = KnownEventSteps();
        if (std::find(known.begin(), known.end(), name) == known.end())
          return bad("unknown step '" + name + "'");
        cls.steps[name] = colon == std::string::npos ? std::vector<std::string>{}
                                                     : SplitFields(s.substr(colon + 1), ',');
      }
    }
    table.classes_.push_back(std::move(cls));
  }
  return table;
}

Result<const EventClassTable*> EventClassTable::Default() {
  static const Result<EventClassTable> loaded = Load(internal::SchemaDataDir());
  if (!loaded.ok()) return loaded.status();
  return &loaded.value();
}

const EventClassSchema* EventClassTable::Find(std::string_view name) const {
  for (const auto& c : classes_) {
    if (c.name == name) return &c;
  }
  return nullptr;
}

}  // namespace newskg
