// The lexicon's entries from Debian's iso-codes (countries, currencies,
// subdivisions) and wordnet-base (named instances, common words, lemma
// exceptions).
#include <algorithm>
#include <charconv>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>

#include "base/base.h"
#include "extract/internal/lexicon_files.h"
#include "extract/lexicon.h"

namespace newskg {
namespace {

using internal::ForEachFileLine;
using internal::ParseInt;
using internal::ParseType;
using internal::ReadIsoRecords;
using internal::ReadList;
using internal::SplitChar;
using internal::Underscores;

}  // namespace

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
      country_codes_[n] = code;
      if (listed_names_.count(n) > 0) continue;  // "Hong Kong": a city
      auto& e = gazetteer_[n];
      e = GazetteerEntry{EntityType::kCountry, canonical, false};
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

// A field of digits alone, as WordNet writes its numbers, read in place
// into `out`; false for anything else (a sign, spaces, other bytes).
bool ReadDigits(std::string_view field, int64_t& out, int base = 10) {
  if (field.empty() || field[0] == '-') return false;
  const auto [end, ec] = std::from_chars(field.data(), field.data() + field.size(), out, base);
  return ec == std::errc() && end == field.data() + field.size();
}

// The fields of a line separated by white space, read as `>>` reads strings
// and numbers from a stream (the lines of data.noun are many, and a string
// stream per line took a tenth of the start-up): once a field is missing,
// every later read fails and gives an empty field, but for a number, which
// becomes 0.
class Fields {
 public:
  explicit Fields(std::string_view line) : rest_(line) {}
  // The next field, or empty once one is missing.
  std::string_view View() {
    std::string_view field;
    return Next(field) ? field : std::string_view();
  }
  int Int() {
    std::string_view field;
    if (!Next(field)) return 0;
    if (int64_t digits = 0; ReadDigits(field, digits) && digits <= std::numeric_limits<int>::max())
      return static_cast<int>(digits);
    const std::string s(field);
    char* end = nullptr;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (end == s.c_str()) {
      failed_ = true;
      return 0;
    }
    return static_cast<int>(v);
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

// ParseInt of a field: digits alone read in place, anything else by
// ParseInt itself.
bool ParseDigits(std::string_view field, int64_t& out, int base = 10) {
  return ReadDigits(field, out, base) || ParseInt(std::string(field), out, base);
}

// WordNet's "New_York" as "New York", into `out`.
void UnderscoresInto(std::string_view w, std::string& out) {
  out.assign(w);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
}

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
  const auto not_found = [&noun_path] {
    return NotFound("cannot open " + noun_path +
                    ": install the Debian package wordnet-base (apt-get install wordnet-base)");
  };
  if (std::FILE* f = std::fopen(noun_path.c_str(), "rb")) {
    std::fclose(f);
  } else {
    return not_found();
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
  // WordNet 3.0 has 117,798 nouns; reserved, the sets are not rehashed while they grow.
  wordnet_vocabulary_->Reserve(200000);
  Status status = Status::Ok();
  std::vector<std::string_view> words;  // a synset's lemmas as written
  std::string lemma;
  // Its lines seen in place (data.noun is 15 MB).
  const bool read = ForEachFileLine(noun_path, [&](std::string_view line) {
    if (!status.ok() || line.empty() || line[0] == ' ') return;
    Fields f(line);
    const std::string_view offset = f.View();
    const std::string_view lexfile = f.View();
    f.View();  // the part of speech
    const std::string_view wcnt_hex = f.View();
    int64_t lf = 0, wcnt = 0;
    if (!ParseDigits(lexfile, lf) || !ParseDigits(wcnt_hex, wcnt, 16)) {
      status = ParseError(noun_path + ": malformed synset line " + std::string(offset));
      return;
    }
    words.clear();
    for (int64_t k = 0; k < wcnt; ++k) {
      std::string_view w = f.View();
      f.View();  // lex_id
      // Strip adjective markers such as "(p)".
      if (auto paren = w.find('('); paren != std::string_view::npos) w = w.substr(0, paren);
      words.push_back(w);
    }
    const bool named = lf == 14 || lf == 15 || lf == 18;  // noun.group, noun.location, noun.person
    Synset syn;
    for (std::string_view w : words) {
      UnderscoresInto(w, lemma);
      if (!lemma.empty() && std::islower(static_cast<unsigned char>(lemma[0]))) {
        const WordId id = wordnet_vocabulary_->Add(lemma);
        common_words_.InsertId(id);
        common_nouns_.InsertId(id);
      }
      if (named) syn.lemmas.push_back(lemma);
    }
    if (!named) return;
    syn.lexfile = static_cast<int>(lf);
    const int pcnt = f.Int();
    for (int k = 0; k < pcnt; ++k) {
      const std::string_view sym = f.View(), target = f.View(), tpos = f.View();
      f.View();  // source/target
      if (tpos != "n") continue;
      if (sym == "@" || sym == "@i") syn.hypernyms.emplace_back(target);
      if (sym == "@i") syn.instance_of.emplace_back(target);
      if (sym == "#p") syn.part_of.emplace_back(target);
    }
    order.emplace_back(offset);
    synsets.emplace(std::string(offset), std::move(syn));
  });
  if (!read) return not_found();
  if (!status.ok()) return status;
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
  // The country a city's whole (WordNet's part holonym) is or lies in: the
  // whole itself when it is a country, else the country its own whole is
  // in, two levels up at most ("Atlanta" is part of the US state Georgia,
  // which is part of the United States: not of the country Georgia).
  auto country_of = [&](const std::string& whole) -> const Synset* {
    std::string at = whole;
    for (int depth = 0; depth < 3; ++depth) {
      auto it = synsets.find(at);
      if (it == synsets.end()) return nullptr;
      if (location_type(it->second) == EntityType::kCountry) return &it->second;
      if (it->second.part_of.empty()) return nullptr;
      at = it->second.part_of.front();
    }
    return nullptr;
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
        const Synset* whole = country_of(p);
        if (whole == nullptr) continue;
        for (const auto& country_name : whole->lemmas) {
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
  std::string form;
  for (const char* file : {"verb.exc", "noun.exc"}) {
    const bool exc_read = ForEachFileLine(dir + "/" + file, [&](std::string_view line) {
      Fields f(line);
      const std::string_view a = f.View(), b = f.View();
      if (b.empty()) return;
      UnderscoresInto(a, form);
      UnderscoresInto(b, lemma);
      lemma_exceptions_.try_emplace(form, lemma);
    });
    if (!exc_read) return NotFound("cannot open " + dir + "/" + file + ": install wordnet-base");
  }
  for (const char* file : {"index.verb", "index.adj", "index.adv"}) {
    const bool adj = std::string_view(file) == "index.adj";
    const bool verb = std::string_view(file) == "index.verb";
    ForEachFileLine(dir + "/" + file, [&](std::string_view line) {
      if (line.empty() || line[0] == ' ') return;
      UnderscoresInto(line.substr(0, line.find(' ')), lemma);
      const WordId id = wordnet_vocabulary_->Add(lemma);
      common_words_.InsertId(id);
      if (adj) adjectives_.InsertId(id);
      if (verb) verbs_.InsertId(id);
    });
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

}  // namespace newskg
