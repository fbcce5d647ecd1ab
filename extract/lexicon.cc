#include "extract/lexicon.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>

#include "base/base.h"
#include "extract/internal/lexicon_files.h"

namespace newskg {
namespace {

using internal::ParseInt;
using internal::ParseType;
using internal::ReadIsoRecords;
using internal::ReadList;
using internal::SplitChar;
using internal::Underscores;

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
  for (WordSet* set : {&abbreviations,
                       &org_suffixes,
                       &org_heads,
                       &place_suffixes,
                       &non_names,
                       &non_entity_suffixes,
                       &leading_suffixes,
                       &hyphen_suffixes,
                       &naming_words,
                       &org_nouns,
                       &entourage_nouns,
                       &company_suffixes,
                       &legal_suffixes,
                       &name_abbreviations,
                       &product_nouns,
                       &attribution_verbs,
                       &designators,
                       &non_entity_heads,
                       &org_possessions,
                       &event_name_cues,
                       &people_nouns,
                       &counterpart_nouns,
                       &gerund_subordinators,
                       &statement_source_preps,
                       &possessive_determiners,
                       &name_connectors,
                       &leader_nouns,
                       &person_nouns,
                       &locative_preps,
                       &prepositions,
                       &passive_auxiliaries,
                       &clause_breaks,
                       &speech_verbs,
                       &statement_nouns,
                       &document_verbs,
                       &negations,
                       &modals,
                       &non_events,
                       &receive_verbs,
                       &local_election_words,
                       &crowd_nouns,
                       &crowd_size_nouns,
                       &crowd_size_verbs,
                       &crowd_draw_verbs,
                       &lender_heads,
                       &candidate_nouns,
                       &partial_amount_words,
                       &reaction_verbs,
                       &place_modifier_nouns,
                       &list_verbs,
                       &group_subjects,
                       &example_cases,
                       &quantity_nouns,
                       &participation_verbs,
                       &iso_currencies,
                       &count_qualifiers}) {
    Bind(*set);
  }
  for (WordSet* set : {&common_words_, &common_nouns_, &adjectives_, &verbs_, &given_names_})
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
  // Added last, so that the words of the lists keep the ids they had.
  lex->Bind(lex->title_starts_);
  for (const auto& [title, info] : lex->titles_) {
    lex->title_starts_.insert(std::string_view(title).substr(0, title.find(' ')));
  }
  if (Status s = lex->event_words.Load(paths.data_dir + "/events/pattern_words.tsv",
                                       lex->vocabulary_.get());
      !s.ok())
    return s;
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
      {"entourage_nouns.txt", &entourage_nouns},
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
    Bind(*set);  // a list named here is bound even when the constructor's roll misses it
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
  // "Deputy Chairman", "Vice-President", "Assistant Director General": a
  // deputy's word before a title makes a title of its own, which leads
  // nothing (one titles.tsv lists keeps its kind: "vice admiral").
  auto deputies = ReadDataRows(dir + "/deputy_words.txt", 1);
  if (!deputies.ok()) return deputies.status();
  std::vector<std::pair<std::string, TitleInfo>> deputy_titles;
  for (const auto& [title, info] : titles_) {
    if (info.kind == "honorific" || info.kind == "royal" || info.kind == "religious") continue;
    const std::string kind = info.leader ? "official" : info.kind;
    for (const auto& d : *deputies) {
      deputy_titles.push_back({d[0] + " " + title, TitleInfo{kind, false, false}});
      deputy_titles.push_back({d[0] + "-" + title, TitleInfo{kind, false, false}});
    }
  }
  for (auto& [title, info] : deputy_titles) titles_.try_emplace(title, info);
  if (!deputies->empty()) ++max_title_words_;

  auto gaz = ReadDataRows(dir + "/gazetteer.tsv", 2);
  if (!gaz.ok()) return gaz.status();
  for (auto& r : *gaz) {
    auto type = ParseType(r[1]);
    if (!type) return ParseError(dir + "/gazetteer.tsv: unknown type " + r[1]);
    const std::string canonical = r.size() > 2 && !r[2].empty() ? r[2] : r[0];
    gazetteer_[r[0]] = GazetteerEntry{*type, canonical, false};
    gazetteer_.try_emplace(canonical, GazetteerEntry{*type, canonical, false});
    listed_names_.insert(r[0]);
    listed_names_.insert(canonical);
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
      currency_symbols[r[1]].emplace_back(r[2], r.size() > 3 ? r[3] : "");
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
  if (Status s = ReadList(dir + "/crowd_size_nouns.txt", crowd_size_nouns); !s.ok()) return s;
  if (Status s = ReadList(dir + "/crowd_size_verbs.txt", crowd_size_verbs); !s.ok()) return s;
  if (Status s = ReadList(dir + "/crowd_draw_verbs.txt", crowd_draw_verbs); !s.ok()) return s;
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
  auto defeats = ReadDataRows(dir + "/defeat_verbs.txt", 1);
  if (!defeats.ok()) return defeats.status();
  for (auto& r : *defeats) defeat_phrases.push_back(SplitChar(r[0], ' '));
  auto roles = ReadDataRows(dir + "/roles.tsv", 3);
  if (!roles.ok()) return roles.status();
  std::map<std::string, size_t> index;
  for (auto& r : *roles) {
    if (index.count(r[0]) == 0) {
      index[r[0]] = event_classes.size();
      event_classes.push_back(EventClassInfo{r[0], {}, {}, {}, {}, {}});
      Bind(event_classes.back().triggers);
      Bind(event_classes.back().conditional_triggers);
      Bind(event_classes.back().excluded_objects);
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
      rule.noun_only = r[4] == "noun";
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
    // Optional: <class>_excluded.txt.
    if (std::ifstream(dir + "/" + file + "_excluded.txt")) {
      if (Status s = ReadList(dir + "/" + file + "_excluded.txt", cls.excluded_objects); !s.ok())
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

const TitleInfo* Lexicon::Title(std::string_view lower) const {
  auto it = titles_.find(lower);
  return it == titles_.end() ? nullptr : &it->second;
}

size_t Lexicon::TitleAt(const std::vector<Token>& tokens, size_t k, size_t end,
                        const TitleInfo** info, std::string* title) const {
  if (k >= end || k >= tokens.size()) return 0;
  const Word& first = tokens[k].lower;
  // A form with a space in it could begin a title by its first part.
  if (title_starts_.count(first) == 0 && first.find(' ') == std::string::npos) return 0;
  const size_t n = std::min({max_title_words_, end - k, tokens.size() - k});
  // The n words joined once; a shorter phrase is a prefix of it.
  std::string phrase;
  std::vector<size_t> ends;
  ends.reserve(n);
  for (size_t q = k; q < k + n; ++q) {
    if (q > k) phrase += ' ';
    phrase += tokens[q].lower;
    ends.push_back(phrase.size());
  }
  for (size_t l = n; l >= 1; --l) {
    const std::string_view candidate = std::string_view(phrase).substr(0, ends[l - 1]);
    if (const TitleInfo* ti = Title(candidate)) {
      if (info != nullptr) *info = ti;
      if (title != nullptr) title->assign(candidate);
      return l;
    }
  }
  return 0;
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

namespace {

// Lexicon::Lemmas's memo, by thread. The memo hands out references, so a
// full memo is not freed at once: it is kept as the previous one until the
// next fills, and a caller that holds a list while it asks for others (a
// loop over one word's lemmas) keeps a list that stays where it is.
struct LemmaMemo {
  uint64_t owner = 0;
  uint64_t epoch = 0;  // how many times `current` was begun anew
  StringMemo<std::vector<Word>> current, previous;
};
thread_local LemmaMemo lemma_memo;

}  // namespace

const std::vector<Word>& Lexicon::Lemmas(std::string_view lower) const {
  // The words of news repeat: each thread remembers the candidates it gave
  // lately.
  constexpr size_t kCapacity = 100000;
  LemmaMemo& memo = lemma_memo;
  if (memo.owner != serial_.value() || memo.current.size() >= kCapacity) {
    std::swap(memo.previous, memo.current);
    memo.current.clear();
    memo.owner = serial_.value();
    ++memo.epoch;
  }
  if (auto it = memo.current.find(lower); it != memo.current.end()) return it->second;
  return memo.current.emplace(lower, ComputeLemmas(lower)).first->second;
}

uint64_t Lexicon::LemmaEpoch() { return lemma_memo.epoch; }

bool Lexicon::AnyLemmaIn(std::string_view lower, const WordSet& set) const {
  for (const auto& l : Lemmas(lower)) {
    if (set.count(l) > 0) return true;
  }
  return false;
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
  // WordNet's own rule for plurals in "-men" ("fishermen", "gunmen").
  if (ends("men")) out.push_back(w.substr(0, w.size() - 3) + "man");
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
