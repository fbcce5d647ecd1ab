#include "extract/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "base/base.h"
#include "extract/internal/json_lite.h"

namespace newskg {
namespace {

std::vector<std::string> SplitChar(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string field;
  std::istringstream in(s);
  while (std::getline(in, field, sep)) {
    field = TrimSpace(field);
    if (!field.empty()) out.push_back(field);
  }
  return out;
}

// Records of an iso-codes JSON file ("iso_3166-1.json" holds key "3166-1").
Result<std::vector<std::map<std::string, std::string>>> ReadIsoRecords(const std::string& dir,
                                                                       const std::string& key) {
  const std::string path = dir + "/iso_" + key + ".json";
  std::ifstream in(path);
  if (!in) {
    return NotFound("cannot open " + path +
                    ": install the Debian package iso-codes (apt-get install iso-codes)");
  }
  std::stringstream buf;
  buf << in.rdbuf();
  auto records = internal::ParseJsonRecords(buf.str(), key);
  if (!records.ok()) return ParseError(path + ": " + records.status().message());
  return records;
}

Status ReadList(const std::string& path, WordSet& out) {
  auto rows = ReadDataRows(path, 1);
  if (!rows.ok()) return rows.status();
  for (auto& r : *rows) out.insert(r[0]);
  return Status::Ok();
}

std::optional<EntityType> ParseType(const std::string& s) {
  if (s == "Person") return EntityType::kPerson;
  if (s == "Country") return EntityType::kCountry;
  if (s == "City") return EntityType::kCity;
  if (s == "Place") return EntityType::kPlace;
  if (s == "Organization") return EntityType::kOrganization;
  return std::nullopt;
}

std::string Underscores(std::string s) {
  for (char& c : s) {
    if (c == '_') c = ' ';
  }
  return s;
}

// Integer field of a data file; false when it is not a number.
bool ParseInt(const std::string& s, int64_t& out, int base = 10) {
  if (s.empty()) return false;
  char* end = nullptr;
  out = std::strtoll(s.c_str(), &end, base);
  return end != nullptr && *end == '\0';
}

const char* EnvOr(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v != nullptr && *v != '\0' ? v : fallback;
}

}  // namespace

const char* EntityTypeName(EntityType type) {
  switch (type) {
    case EntityType::kPerson:
      return "Person";
    case EntityType::kCountry:
      return "Country";
    case EntityType::kCity:
      return "City";
    case EntityType::kPlace:
      return "Place";
    case EntityType::kOrganization:
      return "Organization";
  }
  return "Place";
}

#ifndef NEWSKG_DATA_DIR
#define NEWSKG_DATA_DIR "extract/data"
#endif

LexiconPaths LexiconPaths::Defaults() {
  LexiconPaths p;
  p.data_dir = EnvOr("NEWSKG_DATA_DIR", NEWSKG_DATA_DIR);
  p.wordnet_dir = EnvOr("NEWSKG_WORDNET_DIR", "/usr/share/wordnet");
  p.iso_dir = EnvOr("NEWSKG_ISO_DIR", "/usr/share/iso-codes/json");
  return p;
}

Lexicon::Lexicon() {
  for (WordSet* set : {&abbreviations,        &org_suffixes,          &org_heads,
                       &place_suffixes,       &non_names,             &non_entity_suffixes,
                       &leading_suffixes,     &hyphen_suffixes,       &naming_words,
                       &org_nouns,            &company_suffixes,      &legal_suffixes,
                       &name_abbreviations,   &product_nouns,         &attribution_verbs,
                       &designators,          &non_entity_heads,      &org_possessions,
                       &event_name_cues,      &people_nouns,          &counterpart_nouns,
                       &gerund_subordinators, &statement_source_preps, &possessive_determiners,
                       &name_connectors,      &leader_nouns,          &person_nouns,
                       &locative_preps,       &prepositions,          &passive_auxiliaries,
                       &clause_breaks,        &speech_verbs,          &statement_nouns,
                       &document_verbs,       &negations,             &modals,
                       &non_events,           &receive_verbs,         &local_election_words,
                       &crowd_nouns,          &lender_heads,          &candidate_nouns,
                       &partial_amount_words, &reaction_verbs,        &place_modifier_nouns,
                       &list_verbs,           &group_subjects,        &example_cases,
                       &quantity_nouns,       &participation_verbs,   &iso_currencies,
                       &count_qualifiers}) {
    Bind(*set);
  }
  for (WordSet* set : {&common_words_, &common_nouns_, &adjectives_, &given_names_})
    set->Bind(wordnet_vocabulary_.get());
}

void Lexicon::Intern(Document& doc) const {
  for (Token& t : doc.tokens) {
    vocabulary_->Intern(t.text);
    if (t.lower.size() == t.text.size() && t.lower == t.text) {
      t.lower.id = t.text.id;
      t.lower.vocabulary = t.text.vocabulary;
    } else {
      vocabulary_->Intern(t.lower);
    }
  }
}

uint64_t Lexicon::TriggerStarts(const Word& word) const {
  WordId id = word.id;
  if (word.vocabulary != vocabulary_->serial()) id = vocabulary_->Find(word);
  return id < trigger_starts_by_id_.size() ? trigger_starts_by_id_[id] : 0;
}

Result<std::shared_ptr<const Lexicon>> Lexicon::Load(const LexiconPaths& paths) {
  auto lex = std::make_shared<Lexicon>();
  if (Status s = lex->LoadProjectData(paths.data_dir); !s.ok()) return s;
  if (Status s = lex->LoadIso(paths.iso_dir, paths.data_dir); !s.ok()) return s;
  if (Status s = lex->LoadWordNet(paths.wordnet_dir, paths.data_dir); !s.ok()) return s;
  if (Status s = lex->LoadSubdivisions(paths.iso_dir); !s.ok()) return s;
  if (Status s = lex->LoadEvents(paths.data_dir + "/events"); !s.ok()) return s;
  for (const auto& [name, entry] : lex->gazetteer_) {
    auto [it, fresh] = lex->folded_gazetteer_.emplace(FoldName(name), &entry);
    if (!fresh && it->second != nullptr &&
        (it->second->type != entry.type || it->second->canonical != entry.canonical))
      it->second = nullptr;
  }
  lex->serial_.Renew();  // Lookup ran while loading
  return std::shared_ptr<const Lexicon>(std::move(lex));
}

Status Lexicon::LoadProjectData(const std::string& dir) {
  const std::pair<const char*, WordSet*> lists[] = {
      {"abbreviations.txt", &abbreviations},
      {"org_suffixes.txt", &org_suffixes},
      {"org_heads.txt", &org_heads},
      {"place_suffixes.txt", &place_suffixes},
      {"non_names.txt", &non_names},
      {"non_entity_suffixes.txt", &non_entity_suffixes},
      {"people_nouns.txt", &people_nouns},
      {"counterpart_nouns.txt", &counterpart_nouns},
      {"gerund_subordinators.txt", &gerund_subordinators},
      {"statement_source_preps.txt", &statement_source_preps},
      {"possessive_determiners.txt", &possessive_determiners},
      {"naming_words.txt", &naming_words},
      {"hyphen_suffixes.txt", &hyphen_suffixes},
      {"leading_suffixes.txt", &leading_suffixes},
      {"org_nouns.txt", &org_nouns},
      {"org_possessions.txt", &org_possessions},
      {"designators.txt", &designators},
      {"attribution_verbs.txt", &attribution_verbs},
      {"product_nouns.txt", &product_nouns},
      {"name_abbreviations.txt", &name_abbreviations},
      {"legal_suffixes.txt", &legal_suffixes},
      {"company_suffixes.txt", &company_suffixes},
      {"non_entity_heads.txt", &non_entity_heads},
      {"place_modifier_nouns.txt", &place_modifier_nouns},
      {"event_name_cues.txt", &event_name_cues},
      {"name_connectors.txt", &name_connectors},
      {"leader_nouns.txt", &leader_nouns},
      {"person_nouns.txt", &person_nouns},
      {"locative_preps.txt", &locative_preps},
      {"speech_verbs.txt", &speech_verbs},
      {"statement_nouns.txt", &statement_nouns},
      {"document_verbs.txt", &document_verbs},
      {"negations.txt", &negations},
      {"modals.txt", &modals},
      {"non_events.txt", &non_events},
      {"given_names.txt", &given_names_},
      {"count_qualifiers.txt", &count_qualifiers},
      {"prepositions.txt", &prepositions},
      {"passive_auxiliaries.txt", &passive_auxiliaries},
      {"clause_breaks.txt", &clause_breaks},
  };
  for (const auto& [file, set] : lists) {
    if (Status s = ReadList(dir + "/" + file, *set); !s.ok()) return s;
  }
  auto demonyms = ReadDataRows(dir + "/demonyms.tsv", 2);
  if (!demonyms.ok()) return demonyms.status();
  for (auto& r : *demonyms) demonyms_[r[0]] = r[1];

  auto titles = ReadDataRows(dir + "/titles.tsv", 2);
  if (!titles.ok()) return titles.status();
  for (auto& r : *titles) {
    TitleInfo info{r[1], r[1] == "leader" || r[1] == "state", r[1] == "state"};
    titles_[r[0]] = info;
    max_title_words_ = std::max(max_title_words_, SplitChar(r[0], ' ').size());
  }

  auto gaz = ReadDataRows(dir + "/gazetteer.tsv", 2);
  if (!gaz.ok()) return gaz.status();
  for (auto& r : *gaz) {
    auto type = ParseType(r[1]);
    if (!type) return ParseError(dir + "/gazetteer.tsv: unknown type " + r[1]);
    const std::string canonical = r.size() > 2 && !r[2].empty() ? r[2] : r[0];
    gazetteer_[r[0]] = GazetteerEntry{*type, canonical, false};
    gazetteer_.try_emplace(canonical, GazetteerEntry{*type, canonical, false});
  }

  auto caps = ReadDataRows(dir + "/capitals.tsv", 2);
  if (!caps.ok()) return caps.status();
  for (auto& r : *caps) {
    capitals_[r[0]] = r[1];
    gazetteer_.try_emplace(r[0],
                           GazetteerEntry{EntityType::kCity, r[0], false});  // a capital is a city
  }

  auto cur = ReadDataRows(dir + "/currencies.tsv", 2);
  if (!cur.ok()) return cur.status();
  for (auto& r : *cur) {
    if (r[0] == "symbol") {
      if (r.size() < 3) return ParseError(dir + "/currencies.tsv: symbol rows need 3 fields");
      currency_symbols[r[1]] = r[2];
    } else if (r[0] == "word") {
      if (r.size() < 3) return ParseError(dir + "/currencies.tsv: word rows need 3+ fields");
      currency_words[r[1]].emplace_back(r[2], r.size() > 3 ? r[3] : "");
    }
  }

  auto cal = ReadDataRows(dir + "/calendar.tsv", 3);
  if (!cal.ok()) return cal.status();
  for (auto& r : *cal) {
    int64_t n = 0;
    if (!ParseInt(r[2], n)) return ParseError(dir + "/calendar.tsv: not a number: " + r[2]);
    if (r[0] == "month") months[r[1]] = static_cast<int>(n);
    if (r[0] == "weekday") weekdays[r[1]] = static_cast<int>(n);
  }
  auto nums = ReadDataRows(dir + "/numbers.tsv", 3);
  if (!nums.ok()) return nums.status();
  for (auto& r : *nums) {
    int64_t n = 0;
    if (!ParseInt(r[2], n)) return ParseError(dir + "/numbers.tsv: not a number: " + r[2]);
    if (r[0] == "multiplier") multipliers[r[1]] = n;
    if (r[0] == "word") number_words[r[1]] = n;
  }
  return Status::Ok();
}

Status Lexicon::LoadEvents(const std::string& dir) {
  if (Status s = ReadList(dir + "/receive_verbs.txt", receive_verbs); !s.ok()) return s;
  if (Status s = ReadList(dir + "/crowd_nouns.txt", crowd_nouns); !s.ok()) return s;
  if (Status s = ReadList(dir + "/local_election_words.txt", local_election_words); !s.ok())
    return s;
  if (Status s = ReadList(dir + "/lender_heads.txt", lender_heads); !s.ok()) return s;
  if (Status s = ReadList(dir + "/candidate_nouns.txt", candidate_nouns); !s.ok()) return s;
  if (Status s = ReadList(dir + "/partial_amount_words.txt", partial_amount_words); !s.ok())
    return s;
  if (Status s = ReadList(dir + "/reaction_verbs.txt", reaction_verbs); !s.ok()) return s;
  if (Status s = ReadList(dir + "/list_verbs.txt", list_verbs); !s.ok()) return s;
  if (Status s = ReadList(dir + "/group_subjects.txt", group_subjects); !s.ok()) return s;
  if (Status s = ReadList(dir + "/example_cases.txt", example_cases); !s.ok()) return s;
  if (Status s = ReadList(dir + "/quantity_nouns.txt", quantity_nouns); !s.ok()) return s;
  if (Status s = ReadList(dir + "/participation_verbs.txt", participation_verbs); !s.ok()) return s;
  auto roles = ReadDataRows(dir + "/roles.tsv", 3);
  if (!roles.ok()) return roles.status();
  std::map<std::string, size_t> index;
  for (auto& r : *roles) {
    if (index.count(r[0]) == 0) {
      index[r[0]] = event_classes.size();
      event_classes.push_back(EventClassInfo{r[0], {}, {}, {}, {}});
      Bind(event_classes.back().triggers);
      Bind(event_classes.back().conditional_triggers);
    }
    RoleRule rule;
    rule.role = r[1];
    rule.slot = r[2];
    if (r.size() > 3) {
      for (const auto& t : SplitChar(r[3], ',')) {
        if (t == "-") continue;
        auto type = ParseType(t);
        if (!type) return ParseError(dir + "/roles.tsv: unknown entity type " + t);
        rule.types.push_back(*type);
      }
    }
    if (r.size() > 4) {
      rule.passive_only = r[4] == "passive";
      rule.active_only = r[4] == "active";
      rule.receiving_only = r[4] == "receiving";
    }
    if (r.size() > 5 && r[5] != "-") {
      for (const auto& p : SplitChar(r[5], ',')) {
        const size_t plus = p.find('+');
        DepPattern dp{p.substr(0, plus), plus == std::string::npos ? "" : p.substr(plus + 1)};
        if (dp.rel.empty() ||
            dp.rel.find_first_not_of("abcdefghijklmnopqrstuvwxyz:") != std::string::npos) {
          return ParseError(dir + "/roles.tsv: bad dependency pattern '" + p + "' for " + r[0] +
                            " " + r[1]);
        }
        rule.parse.push_back(std::move(dp));
      }
    }
    event_classes[index[r[0]]].roles.push_back(rule);
  }
  for (auto& cls : event_classes) {
    std::string file = cls.name;
    for (char& c : file) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto rows = ReadDataRows(dir + "/" + file + ".txt", 1);
    if (!rows.ok()) return rows.status();
    for (auto& r : *rows) {
      auto words = SplitChar(r[0], ' ');
      if (words.size() == 1) {
        cls.triggers.insert(words[0]);
      } else if (!words.empty()) {
        cls.phrase_triggers.push_back(words);
      }
    }
    // Optional: <class>_conditional.txt.
    if (std::ifstream(dir + "/" + file + "_conditional.txt")) {
      if (Status s = ReadList(dir + "/" + file + "_conditional.txt", cls.conditional_triggers);
          !s.ok())
        return s;
    }
  }
  for (size_t c = 0; c < event_classes.size(); ++c) {
    const auto& cls = event_classes[c];
    const uint64_t bit = uint64_t{1} << std::min(c, kTriggerClassBits);
    auto add = [&](std::string_view w) {
      trigger_starts[std::string(w)] |= bit;
      const WordId id = vocabulary_->Add(w);
      if (id >= trigger_starts_by_id_.size()) trigger_starts_by_id_.resize(id + 1, 0);
      trigger_starts_by_id_[id] |= bit;
    };
    cls.triggers.ForEach(add);
    cls.conditional_triggers.ForEach(add);
    for (const auto& phrase : cls.phrase_triggers) {
      if (!phrase.empty()) add(phrase[0]);
    }
  }
  return Status::Ok();
}

Status Lexicon::LoadIso(const std::string& dir, const std::string& data_dir) {
  auto records = ReadIsoRecords(dir, "3166-1");
  if (!records.ok()) return records.status();

  // countries.tsv: alpha-2 code, preferred name, aliases separated by '|'.
  auto rows = ReadDataRows(data_dir + "/countries.tsv", 2);
  if (!rows.ok()) return rows.status();
  std::unordered_map<std::string, std::vector<std::string>> extra;
  for (auto& r : *rows) {
    std::vector<std::string> names{r[1]};
    if (r.size() > 2) {
      for (auto& a : SplitChar(r[2], '|')) names.push_back(a);
    }
    extra[r[0]] = std::move(names);
  }
  for (auto& rec : *records) {
    const std::string code = rec["alpha_2"];
    std::string canonical = !rec["common_name"].empty() ? rec["common_name"] : rec["name"];
    std::vector<std::string> names{rec["name"], rec["official_name"], rec["common_name"]};
    if (auto it = extra.find(code); it != extra.end()) {
      canonical = it->second[0];
      names.insert(names.end(), it->second.begin(), it->second.end());
    }
    for (const auto& n : names) {
      if (n.empty()) continue;
      auto& e = gazetteer_[n];
      e = GazetteerEntry{EntityType::kCountry, canonical, false};
      country_codes_[n] = code;
    }
    country_codes_[canonical] = code;
  }
  auto currencies = ReadIsoRecords(dir, "4217");
  if (!currencies.ok()) return currencies.status();
  for (auto& rec : *currencies) iso_currencies.insert(rec["alpha_3"]);
  iso_currencies.insert("XDR");
  return Status::Ok();
}

namespace {

// The fields of a line separated by white space, read as `>>` reads strings
// and numbers from a stream (the lines of data.noun are many, and a string
// stream per line took a tenth of the start-up): once a field is missing,
// every later read fails and leaves its target as it was, but for a number,
// which becomes 0.
class Fields {
 public:
  explicit Fields(std::string_view line) : rest_(line) {}
  Fields& operator>>(std::string& out) {
    std::string_view field;
    if (Next(field)) out.assign(field);
    return *this;
  }
  Fields& operator>>(int& out) {
    std::string_view field;
    out = 0;
    if (!Next(field)) return *this;
    const std::string s(field);
    char* end = nullptr;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (end == s.c_str()) {
      failed_ = true;
    } else {
      out = static_cast<int>(v);
    }
    return *this;
  }

 private:
  static bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
  }
  bool Next(std::string_view& field) {
    if (failed_) return false;
    size_t b = 0;
    while (b < rest_.size() && IsSpace(rest_[b])) ++b;
    if (b == rest_.size()) {
      failed_ = true;
      return false;
    }
    size_t e = b;
    while (e < rest_.size() && !IsSpace(rest_[e])) ++e;
    field = rest_.substr(b, e - b);
    rest_.remove_prefix(e);
    return true;
  }
  std::string_view rest_;
  bool failed_ = false;
};

struct Synset {
  int lexfile = 0;
  std::vector<std::string> lemmas;
  std::vector<std::string> hypernyms;    // '@' and '@i' targets
  std::vector<std::string> instance_of;  // '@i' targets
  std::vector<std::string> part_of;      // '#p' targets
};

}  // namespace

Status Lexicon::LoadWordNet(const std::string& dir, const std::string& data_dir) {
  const std::string noun_path = dir + "/data.noun";
  std::ifstream in(noun_path);
  if (!in) {
    return NotFound("cannot open " + noun_path +
                    ": install the Debian package wordnet-base (apt-get install wordnet-base)");
  }
  auto anchors = ReadDataRows(data_dir + "/wordnet_anchors.tsv", 2);
  if (!anchors.ok()) return anchors.status();
  std::unordered_map<std::string, EntityType> anchor_types;
  for (auto& r : *anchors) {
    auto t = ParseType(r[1]);
    if (!t) return ParseError(data_dir + "/wordnet_anchors.tsv: unknown type " + r[1]);
    anchor_types[r[0]] = *t;
  }

  std::unordered_map<std::string, Synset> synsets;
  std::vector<std::string> order;  // file order, for a deterministic gazetteer
  std::string line;
  // WordNet 3.0 has 117,798 nouns; reserved, the sets are not rehashed while they grow.
  wordnet_vocabulary_->Reserve(200000);
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == ' ') continue;
    Fields f(line);
    std::string offset, lexfile, pos, wcnt_hex;
    f >> offset >> lexfile >> pos >> wcnt_hex;
    int64_t lf = 0, wcnt = 0;
    if (!ParseInt(lexfile, lf) || !ParseInt(wcnt_hex, wcnt, 16)) {
      return ParseError(noun_path + ": malformed synset line " + offset);
    }
    std::vector<std::string> lemmas;
    for (int64_t k = 0; k < wcnt; ++k) {
      std::string w, lexid;
      f >> w >> lexid;
      // Strip adjective markers such as "(p)".
      if (auto paren = w.find('('); paren != std::string::npos) w = w.substr(0, paren);
      lemmas.push_back(Underscores(w));
    }
    for (const auto& w : lemmas) {
      if (!w.empty() && std::islower(static_cast<unsigned char>(w[0]))) {
        common_words_.insert(w);
        common_nouns_.insert(w);
      }
    }
    if (lf != 14 && lf != 15 && lf != 18) continue;  // noun.group, noun.location, noun.person
    Synset syn;
    syn.lexfile = static_cast<int>(lf);
    syn.lemmas = std::move(lemmas);
    int pcnt = 0;
    f >> pcnt;
    for (int k = 0; k < pcnt; ++k) {
      std::string sym, target, tpos, st;
      f >> sym >> target >> tpos >> st;
      if (tpos != "n") continue;
      if (sym == "@" || sym == "@i") syn.hypernyms.push_back(target);
      if (sym == "@i") syn.instance_of.push_back(target);
      if (sym == "#p") syn.part_of.push_back(target);
    }
    order.push_back(offset);
    synsets.emplace(offset, std::move(syn));
  }
  // Type of a location instance: the first anchor reached going up hypernyms.
  auto location_type = [&](const Synset& s) -> EntityType {
    std::vector<std::string> frontier = s.instance_of;
    for (int depth = 0; depth < 10 && !frontier.empty(); ++depth) {
      std::vector<std::string> next;
      for (const auto& off : frontier) {
        auto it = synsets.find(off);
        if (it == synsets.end()) continue;
        if (auto a = anchor_types.find(it->second.lemmas.empty() ? "" : it->second.lemmas[0]);
            a != anchor_types.end()) {
          return a->second;
        }
        next.insert(next.end(), it->second.hypernyms.begin(), it->second.hypernyms.end());
      }
      frontier = std::move(next);
    }
    return EntityType::kPlace;
  };
  // Where one name is several things ("Berlin" the city and the composer),
  // places win over organizations, organizations over people: news names
  // places far more often than a namesake.
  auto rank = [](EntityType t) {
    return t == EntityType::kPerson ? 0 : t == EntityType::kOrganization ? 1 : 2;
  };
  for (const auto& off : order) {
    const Synset& s = synsets.at(off);
    if (s.instance_of.empty()) continue;
    EntityType type = s.lexfile == 18   ? EntityType::kPerson
                      : s.lexfile == 14 ? EntityType::kOrganization
                                        : location_type(s);
    // The synset's first proper lemma is the canonical name ("Moscow", not
    // "capital of the Russian Federation").
    std::string canonical;
    for (const auto& l : s.lemmas) {
      if (!l.empty() && std::isupper(static_cast<unsigned char>(l[0]))) {
        canonical = l;
        break;
      }
    }
    for (const auto& l : s.lemmas) {
      if (l.empty() || !std::isupper(static_cast<unsigned char>(l[0]))) continue;
      auto it = gazetteer_.find(l);
      if (it != gazetteer_.end() &&
          (!it->second.from_wordnet || rank(it->second.type) >= rank(type))) {
        continue;  // project data and ISO take precedence
      }
      gazetteer_[l] = GazetteerEntry{type, type == EntityType::kPerson ? l : canonical, true};
    }
    // The country a city is in ("Johannesburg" -> South Africa), and national
    // capitals, which stand for their country ("Moscow said ...").
    if (type == EntityType::kCity) {
      bool capital = false;
      for (const auto& t : s.instance_of) {
        auto it = synsets.find(t);
        if (it != synsets.end() && !it->second.lemmas.empty() &&
            it->second.lemmas[0] == "national capital") {
          capital = true;
        }
      }
      for (const auto& p : s.part_of) {
        auto it = synsets.find(p);
        if (it == synsets.end()) continue;
        for (const auto& country_name : it->second.lemmas) {
          const GazetteerEntry* e = Lookup(country_name);
          if (e != nullptr && e->type == EntityType::kCountry) {
            for (const auto& l : s.lemmas) {
              city_country_.try_emplace(l, e->canonical);
              if (capital) capitals_.try_emplace(l, e->canonical);
            }
            break;
          }
        }
      }
    }
  }
  // Given names: the first word of WordNet's multi-word names of people
  // ("Vladimir Putin" -> "Vladimir"), when it is no common word.
  for (const auto& off : order) {
    const Synset& s = synsets.at(off);
    if (s.lexfile != 18 || s.instance_of.empty()) continue;
    for (const auto& l : s.lemmas) {
      const size_t space = l.find(' ');
      if (space == std::string::npos || space < 2) continue;
      const std::string first = l.substr(0, space);
      if (!std::isupper(static_cast<unsigned char>(first[0])) || first.back() == '.') continue;
      if (common_words_.count(AsciiLower(first)) > 0) continue;
      given_names_.insert(first);
    }
  }
  // Inflection exceptions (met -> meet, lent -> lend).
  for (const char* file : {"verb.exc", "noun.exc"}) {
    std::ifstream exc(dir + "/" + file);
    if (!exc) return NotFound("cannot open " + dir + "/" + file + ": install wordnet-base");
    while (std::getline(exc, line)) {
      std::istringstream f(line);
      std::string form, lemma;
      if (f >> form >> lemma) lemma_exceptions_.try_emplace(Underscores(form), Underscores(lemma));
    }
  }
  for (const char* file : {"index.verb", "index.adj", "index.adv"}) {
    std::ifstream idx(dir + "/" + file);
    const bool adj = std::string(file) == "index.adj";
    while (std::getline(idx, line)) {
      if (line.empty() || line[0] == ' ') continue;
      const std::string w = Underscores(line.substr(0, line.find(' ')));
      common_words_.insert(w);
      if (adj) adjectives_.insert(w);
    }
  }
  return Status::Ok();
}

// ISO 3166-2 subdivisions (states, provinces, regions) fill the gaps the
// other gazetteers leave: "Alabama", "Punjab", "Zambales".
Status Lexicon::LoadSubdivisions(const std::string& dir) {
  auto records = ReadIsoRecords(dir, "3166-2");
  if (!records.ok()) return records.status();
  // A province named as a known city is the city: "İstanbul" the province is
  // "Istanbul" from WordNet, by the folded name.
  std::unordered_set<std::string> known;
  for (const auto& rec : *records) {
    if (!rec.at("name").empty()) known.insert(FoldName(rec.at("name")));
  }
  for (const auto& [n, e] : gazetteer_) {
    (void)e;
    if (known.count(FoldName(n)) > 0) known.insert("=" + FoldName(n));
  }
  for (auto& rec : *records) {
    const std::string& name = rec["name"];
    if (name.empty() || gazetteer_.count(name) > 0 || known.count("=" + FoldName(name)) > 0)
      continue;
    if (common_words_.count(AsciiLower(name)) > 0) continue;  // "Central", "Eastern"
    const std::string& type = rec["type"];
    const bool city =
        type.find("city") != std::string::npos || type.find("City") != std::string::npos;
    gazetteer_[name] = GazetteerEntry{city ? EntityType::kCity : EntityType::kPlace, name, true};
  }
  return Status::Ok();
}

const std::string* Lexicon::CountryCode(const std::string& name) const {
  auto it = country_codes_.find(name);
  return it == country_codes_.end() ? nullptr : &it->second;
}

namespace {

// FoldName through ICU costs a few microseconds, and the recognizer asks for
// the same names again and again: each thread keeps what it folded (FoldName
// depends on its argument only), forgetting all when the memo is full.
const std::string& FoldNameCached(const std::string& name) {
  thread_local StringMap<std::string> memo;
  if (auto it = memo.find(name); it != memo.end()) return it->second;
  if (memo.size() >= 100000) memo.clear();
  return memo.emplace(name, FoldName(name)).first->second;
}

}  // namespace

const GazetteerEntry* Lexicon::Lookup(const std::string& name) const {
  // The gazetteer is large and the names of news repeat: each thread
  // remembers the answers it gave lately.
  thread_local ThreadMemo<const GazetteerEntry*> memo;
  auto& known = memo.For(serial_);
  if (auto it = known.find(name); it != known.end()) return it->second;
  const GazetteerEntry* entry = Find(name);
  known.emplace(name, entry);
  return entry;
}

const GazetteerEntry* Lexicon::Find(const std::string& name) const {
  auto it = gazetteer_.find(name);
  if (it != gazetteer_.end()) return &it->second;
  for (char c : name) {
    if (static_cast<unsigned char>(c) < 0x80) continue;
    auto f = folded_gazetteer_.find(FoldNameCached(name));
    if (f != folded_gazetteer_.end() && f->second != nullptr) return f->second;
    break;
  }
  // "St Petersburg" is "St. Petersburg": an abbreviation that begins a name,
  // with or without its period.
  const size_t space = name.find(' ');
  if (space == std::string::npos || space < 2) return nullptr;
  const bool dotted = name[space - 1] == '.';
  const std::string first = name.substr(0, dotted ? space - 1 : space);
  if (name_abbreviations.count(first) == 0) return nullptr;
  it = gazetteer_.find(first + (dotted ? "" : ".") + name.substr(space));
  return it == gazetteer_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::DemonymCountry(const std::string& word) const {
  auto it = demonyms_.find(word);
  return it == demonyms_.end() ? nullptr : &it->second;
}

const TitleInfo* Lexicon::Title(const std::string& lower) const {
  auto it = titles_.find(lower);
  return it == titles_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::CapitalOf(const std::string& city) const {
  auto it = capitals_.find(city);
  return it == capitals_.end() ? nullptr : &it->second;
}

const std::string* Lexicon::CountryOf(const std::string& city) const {
  if (const std::string* c = CapitalOf(city)) return c;
  auto it = city_country_.find(city);
  return it == city_country_.end() ? nullptr : &it->second;
}

std::vector<Word> Lexicon::Lemmas(std::string_view lower) const {
  // The words of news repeat: each thread remembers the candidates it gave
  // lately.
  thread_local ThreadMemo<std::vector<Word>> memo;
  auto& seen = memo.For(serial_);
  if (auto it = seen.find(lower); it != seen.end()) return it->second;
  return seen.emplace(lower, ComputeLemmas(lower)).first->second;
}

std::vector<Word> Lexicon::ComputeLemmas(std::string_view lower) const {
  const std::string w(lower);
  std::vector<std::string> out{w};
  if (const auto it = lemma_exceptions_.find(w); it != lemma_exceptions_.end())
    out.push_back(it->second);
  auto ends = [&](const char* suf) {
    const size_t n = std::char_traits<char>::length(suf);
    return w.size() > n + 1 && w.compare(w.size() - n, n, suf) == 0;
  };
  if (ends("ies")) out.push_back(w.substr(0, w.size() - 3) + "y");
  if (ends("es")) out.push_back(w.substr(0, w.size() - 2));
  if (ends("s") && !ends("ss")) out.push_back(w.substr(0, w.size() - 1));
  if (ends("ed")) {
    out.push_back(w.substr(0, w.size() - 2));
    out.push_back(w.substr(0, w.size() - 1));
    if (w.size() > 4 && w[w.size() - 3] == w[w.size() - 4])
      out.push_back(w.substr(0, w.size() - 3));
  }
  if (ends("ied")) out.push_back(w.substr(0, w.size() - 3) + "y");
  if (ends("ing")) {
    out.push_back(w.substr(0, w.size() - 3));
    out.push_back(w.substr(0, w.size() - 3) + "e");
    if (w.size() > 5 && w[w.size() - 4] == w[w.size() - 5])
      out.push_back(w.substr(0, w.size() - 4));
  }
  std::vector<Word> words;
  words.reserve(out.size());
  for (std::string& l : out) {
    words.emplace_back(std::move(l));
    vocabulary_->Intern(words.back());
  }
  return words;
}

}  // namespace newskg
