#include "schema/name_words.h"

#include "schema/internal/data_fields.h"

namespace newskg {

Result<NameWords> NameWords::Load(const std::string& data_dir) {
  NameWords words;
  auto read = [&](const char* file, auto add) -> Status {
    auto rows = ReadDataRows(data_dir + "/" + file, 1);
    if (!rows.ok()) return rows.status();
    for (const auto& r : *rows) {
      if (!r[0].empty()) add(r[0]);
    }
    return Status();
  };
  auto folded = [](std::unordered_set<std::string>& set) {
    return [&set](const std::string& w) {
      if (std::string f = FoldName(w); !f.empty()) set.insert(std::move(f));
    };
  };
  if (Status st = read("legal_suffixes.txt", folded(words.legal_suffixes)); !st.ok()) return st;
  if (Status st = read("definite_articles.txt", folded(words.articles)); !st.ok()) return st;
  // Each ending as written and with a curly apostrophe ("'s", "’s").
  auto ending = [&](const std::string& w) {
    words.possessive_endings.push_back(w);
    if (w[0] == '\'') words.possessive_endings.push_back("\xE2\x80\x99" + w.substr(1));
  };
  if (Status st = read("possessive_markers.txt", ending); !st.ok()) return st;
  return words;
}

Result<const NameWords*> NameWords::Default() {
  static const Result<NameWords> loaded = Load(internal::SchemaDataDir());
  if (!loaded.ok()) return loaded.status();
  return &loaded.value();
}

}  // namespace newskg
