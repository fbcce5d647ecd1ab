#include "extract/lemmatizer.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <fstream>
#include <map>

#include "base/base.h"
#include "extract/internal/lexicon_files.h"

namespace newskg {
namespace {

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

}  // namespace

Result<Lemmatizer> Lemmatizer::LoadWordNet(const std::string& dir) {
  Lemmatizer l;
  l.vocabulary_->Reserve(160000);
  for (WordSet& set : l.words_) set.Bind(l.vocabulary_.get());
  const std::pair<const char*, int> kinds[] = {
      {"noun", kNoun}, {"verb", kVerb}, {"adj", kAdjective}, {"adv", kAdverb}};
  // The files' lines are seen in place.
  std::string word;
  for (const auto& kind : kinds) {
    // Named, not a structured binding: a lambda below uses it (clang 14
    // cannot capture a binding).
    const char* name = kind.first;
    const int pos = kind.second;
    const std::string index = dir + "/index." + name;
    if (!internal::ForEachFileLine(index, [&](std::string_view line) {
          if (line.empty() || line[0] == ' ') return;  // the license header
          word.assign(line.substr(0, line.find(' ')));
          std::replace(word.begin(), word.end(), '_', ' ');
          l.words_[pos].insert(word);
        }))
      return NotFound("cannot open " + index + ": install Debian's wordnet-base");
    const std::string exc = dir + "/" + name + ".exc";
    if (!internal::ForEachFileLine(exc, [&](std::string_view line) {
          const size_t sp = line.find(' ');
          if (sp == std::string_view::npos) return;
          const size_t end = line.find(' ', sp + 1);
          l.exceptions_[pos].emplace(
              line.substr(0, sp),
              line.substr(sp + 1,
                          end == std::string_view::npos ? std::string_view::npos : end - sp - 1));
        }))
      return NotFound("cannot open " + exc + ": install Debian's wordnet-base");
  }
  return l;
}

Result<Lemmatizer> Lemmatizer::Load(const std::string& table_path, const std::string& dir) {
  auto r = LoadWordNet(dir);
  if (!r.ok()) return r.status();
  Lemmatizer l = std::move(r).value();
  std::ifstream in(table_path);
  if (!in) return NotFound("cannot open the lemma table " + table_path);
  std::string line;
  for (size_t n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    const size_t a = line.find('\t');
    const size_t b = a == std::string::npos ? a : line.find('\t', a + 1);
    if (b == std::string::npos || line.find('\t', b + 1) != std::string::npos) {
      return ParseError(table_path + ": line " + std::to_string(n) +
                        ": expected form<TAB>tag<TAB>lemma");
    }
    l.table_[line.substr(0, a)].emplace_back(line.substr(a + 1, b - a - 1), line.substr(b + 1));
    ++l.table_size_;
  }
  l.serial_ = NextSerial();
  return l;
}

bool Lemmatizer::Known(std::string_view w, int pos) const {
  return !w.empty() && words_[pos].count(w) > 0;
}

std::string Lemmatizer::RuleLemma(std::string_view form, std::string_view xpos) const {
  if (xpos == "NNP") return std::string(form);
  if (xpos == "NNPS") {
    return EndsWith(form, "s") ? std::string(form.substr(0, form.size() - 1)) : std::string(form);
  }
  if (xpos == "CD" || form.empty() || !std::isalpha(static_cast<unsigned char>(form[0]))) {
    return std::string(form);
  }
  const std::string w = AsciiLower(form);
  const int pos = xpos.starts_with("NN")   ? kNoun
                  : xpos.starts_with("VB") ? kVerb
                  : xpos.starts_with("JJ") ? kAdjective
                  : xpos.starts_with("RB") ? kAdverb
                                           : -1;
  if (pos < 0 || xpos == "NN" || xpos == "VB" || xpos == "VBP" || xpos == "JJ" || xpos == "RB") {
    return w;
  }
  if (auto it = exceptions_[pos].find(w); it != exceptions_[pos].end()) return it->second;
  auto cut = [&](size_t n) { return w.substr(0, w.size() - n); };
  if (xpos == "NNS" || xpos == "VBZ") {
    if (EndsWith(w, "ies") && Known(cut(3) + "y", pos)) return cut(3) + "y";
    if (EndsWith(w, "s") && Known(cut(1), pos)) return cut(1);
    if (EndsWith(w, "es") && Known(cut(2), pos)) return cut(2);
    if (EndsWith(w, "ies") && w.size() > 4) return cut(3) + "y";
    for (const char* s : {"sses", "xes", "zes", "ches", "shes"}) {
      if (EndsWith(w, s)) return cut(2);
    }
    if (EndsWith(w, "s") && !EndsWith(w, "ss") && !EndsWith(w, "us") && !EndsWith(w, "is")) {
      return cut(1);
    }
    return w;
  }
  auto stem = [&](size_t n) -> std::string {
    // "stopped" -> "stop", "hoped" -> "hope", "needed" -> "need", "tried" -> "try".
    std::string s = cut(n);
    if (s.size() >= 2 && s.back() == 'i' && Known(s.substr(0, s.size() - 1) + "y", pos)) {
      return s.substr(0, s.size() - 1) + "y";
    }
    if (s.size() >= 3 && s.back() == s[s.size() - 2] && !IsVowel(s.back()) &&
        Known(s.substr(0, s.size() - 1), pos)) {
      return s.substr(0, s.size() - 1);
    }
    if (Known(s + "e", pos) && !Known(s, pos)) return s + "e";
    // Both are words: a short stem ending in one vowel and one consonant
    // drops a silent e ("hoped" -> "hope"; "hopped" -> "hop" doubles).
    if (Known(s + "e", pos) && s.size() <= 4 && s.size() >= 3 && !IsVowel(s.back()) &&
        s.back() != 'w' && s.back() != 'x' && s.back() != 'y' && IsVowel(s[s.size() - 2]) &&
        !IsVowel(s[s.size() - 3])) {
      return s + "e";
    }
    if (Known(s, pos)) return s;
    if (Known(s + "e", pos)) return s + "e";
    if (s.size() >= 2 && s.back() == 'i') return s.substr(0, s.size() - 1) + "y";
    return s;
  };
  if ((xpos == "VBD" || xpos == "VBN") && EndsWith(w, "ed")) return stem(2);
  if (xpos == "VBG" && EndsWith(w, "ing") && w.size() > 4) return stem(3);
  if ((xpos == "JJR" || xpos == "RBR") && EndsWith(w, "er") && w.size() > 3) return stem(2);
  if ((xpos == "JJS" || xpos == "RBS") && EndsWith(w, "est") && w.size() > 4) return stem(3);
  return w;
}

uint64_t Lemmatizer::NextSerial() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

const std::string& Lemmatizer::Lemma(std::string_view form, std::string_view xpos) const {
  // Each thread remembers the lemmas it gave (a word and its tag decide the
  // lemma): most tokens of news are words seen before.
  struct Memo {
    uint64_t serial = 0;
    StringMemo<std::string> lemmas;  // form, '\t', tag -> lemma
    std::string key;
  };
  thread_local Memo memo;
  if (memo.serial != serial_ || memo.lemmas.size() >= 200000) {
    memo.lemmas.clear();
    memo.serial = serial_;
  }
  // The key form, '\t', tag: built on the stack when it is short (a word).
  char buf[64];
  std::string_view key;
  if (form.size() + 1 + xpos.size() <= sizeof buf) {
    // Byte by byte: a call to memcpy costs more than a short word's copy.
    size_t n = 0;
    for (const char c : form) buf[n++] = c;
    buf[n++] = '\t';
    for (const char c : xpos) buf[n++] = c;
    key = std::string_view(buf, n);
  } else {
    memo.key.assign(form);
    memo.key += '\t';
    memo.key.append(xpos);
    key = memo.key;
  }
  if (auto it = memo.lemmas.find(key); it != memo.lemmas.end()) return it->second;
  return memo.lemmas.emplace(key, Compute(form, xpos)).first->second;
}

std::string Lemmatizer::Compute(std::string_view form, std::string_view xpos) const {
  auto in_table = [&](std::string_view f) -> const std::string* {
    auto it = table_.find(f);
    if (it == table_.end()) return nullptr;
    for (const auto& [tag, lemma] : it->second) {
      if (tag == xpos) return &lemma;
    }
    return nullptr;
  };
  if (const std::string* l = in_table(form)) return *l;
  if (!form.empty() && std::isupper(static_cast<unsigned char>(form[0])) && xpos != "NNP" &&
      xpos != "NNPS") {
    if (const std::string* l = in_table(AsciiLower(form))) return *l;
  }
  return RuleLemma(form, xpos);
}

void Lemmatizer::Learn(const std::vector<ConlluSentence>& sentences) {
  serial_ = NextSerial();
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> counts;
  for (const auto& s : sentences) {
    for (const auto& w : s.words) {
      if (w.lemma.empty() || w.lemma == "_") continue;
      ++counts[{w.form, w.xpos}][w.lemma];
    }
  }
  table_.clear();
  table_size_ = 0;
  for (const auto& [key, lemmas] : counts) {
    const std::string* best = nullptr;
    int n = -1;
    for (const auto& [lemma, c] : lemmas) {
      if (c > n) {
        n = c;
        best = &lemma;
      }
    }
    if (RuleLemma(key.first, key.second) != *best) {
      table_[key.first].emplace_back(key.second, *best);
      ++table_size_;
    }
  }
}

Status Lemmatizer::Save(const std::string& path) const {
  std::vector<std::pair<std::string, std::string>> rows;  // "form\txpos", lemma
  for (const auto& [form, entries] : table_) {
    for (const auto& [tag, lemma] : entries) rows.emplace_back(form + "\t" + tag, lemma);
  }
  std::sort(rows.begin(), rows.end());
  std::ofstream out(path, std::ios::trunc);
  if (!out) return IoError("cannot write " + path);
  out << "# form\tPenn tag\tlemma: the treebank words whose lemma the rules of "
         "extract/lemmatizer.cc would get wrong\n";
  for (const auto& [k, v] : rows) out << k << '\t' << v << '\n';
  out.close();
  if (!out) return IoError("cannot write " + path);
  return Status::Ok();
}

void Lemmatizer::Lemmatize(Document& doc) const {
  for (Token& t : doc.tokens) t.lemma = Lemma(t.text, t.tag);
}

}  // namespace newskg
