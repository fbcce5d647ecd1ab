#include "extract/pos_tagger.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <limits>

#include "extract/internal/lexicon_files.h"
#include "extract/internal/perceptron.h"

namespace newskg {
namespace {

// The model's tag names that are not Penn Treebank's own, lower-cased.
std::string TreebankName(const std::string& tag) {
  static const std::unordered_map<std::string, std::string> kNames = {
      {"det", "DT"}, {"prps", "PRP$"}, {"wps", "WP$"},   {"pp", "."},
      {"ppc", ","},  {"ppd", "$"},     {"ppl", "``"},    {"ppr", "''"},
      {"pps", ":"},  {"lrb", "-LRB-"}, {"rrb", "-RRB-"}, {"sym", "SYM"},
  };
  if (auto it = kNames.find(tag); it != kNames.end()) return it->second;
  std::string up = tag;
  for (char& c : up) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return up;
}

// One line of the model: `key: { tag: number, tag: number }`, the key maybe
// in double quotes. False when the line is not of that form. Read in place:
// the model files have some 50,000 lines.
bool ParseLine(std::string_view text, std::string_view& key,
               std::vector<std::pair<std::string_view, double>>& values) {
  values.clear();
  size_t i = 0;
  if (text.empty() || text[0] == '#' || text.compare(0, 3, "---") == 0) return false;
  if (text[0] == '"') {
    const size_t close = text.find("\": {", 1);
    if (close == std::string_view::npos) return false;
    key = text.substr(1, close - 1);
    i = close + 4;
  } else {
    const size_t colon = text.find(": {");
    if (colon == std::string_view::npos) return false;
    key = text.substr(0, colon);
    i = colon + 3;
  }
  const size_t end = text.rfind('}');
  if (end == std::string_view::npos || end < i) return false;
  const std::string_view body = text.substr(i, end - i);
  size_t p = 0;
  while (p < body.size()) {
    const size_t comma = body.find(',', p);
    const std::string_view item =
        body.substr(p, comma == std::string_view::npos ? std::string_view::npos : comma - p);
    const size_t colon = item.find(':');
    if (colon == std::string_view::npos) return false;
    std::string_view tag = item.substr(0, colon);
    while (!tag.empty() && tag.front() == ' ') tag.remove_prefix(1);
    while (!tag.empty() && tag.back() == ' ') tag.remove_suffix(1);
    // The number ends at the item's end, a ',' or the closing '}' of the
    // line, where strtod stops too, so it is read in the line itself.
    const char* number = text.data() + i + p + colon + 1;
    char* stop = nullptr;
    const double v = std::strtod(number, &stop);
    if (stop == number || tag.empty()) return false;
    values.emplace_back(tag, v);
    if (comma == std::string_view::npos) break;
    p = comma + 1;
  }
  return !values.empty();
}

using Rows = std::vector<std::pair<std::string, std::vector<std::pair<std::string, double>>>>;

// Calls fn(key, values) for each line of the model file at `path`, its
// lines seen in place; a line is valid during its call only.
template <typename Fn>
Status ReadModelFile(const std::string& path, Fn fn) {
  std::string_view key;
  std::vector<std::pair<std::string_view, double>> values;
  size_t n = 0;
  Status status = Status::Ok();
  const bool read = internal::ForEachFileLine(path, [&](std::string_view line) {
    ++n;
    if (!status.ok()) return;
    if (line.empty() || line[0] == '#' || line.compare(0, 3, "---") == 0) return;
    if (!ParseLine(line, key, values)) {
      status = ParseError(path + ":" + std::to_string(n) + ": not a `word: { tag: count }` line");
      return;
    }
    fn(key, values);
  });
  if (!read) {
    return NotFound("cannot open " + path +
                    ": install the part-of-speech model (Debian package liblingua-en-tagger-perl)");
  }
  return status;
}

constexpr const char* kFormClassNames[] = {"-abr-", "-cap-",  "-hyp-", "-ing-",    "-ed-",
                                           "-ly-",  "-tion-", "-s-",   "-unknown-"};

bool HasDigit(std::string_view w) {
  for (char c : w) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

bool EndsWith(std::string_view w, std::string_view s) {
  return w.size() > s.size() && w.compare(w.size() - s.size(), s.size(), s) == 0;
}

}  // namespace

std::string PosTagger::DefaultDir() {
  if (const char* d = std::getenv("NEWSKG_TAGGER_DIR")) return d;
  return "/usr/share/perl5/Lingua/EN/Tagger";
}

Result<PosTagger> PosTagger::Load(const std::string& dir) {
  PosTagger t;
  // Tags are numbered in the order the files name them: the transitions',
  // then the words', then the unknown words' classes.
  auto tag_index = [&t](std::string_view tag) {
    if (auto it = t.index_.find(std::string(tag)); it != t.index_.end()) return it->second;
    const int i = static_cast<int>(t.names_.size());
    t.index_.emplace(std::string(tag), i);
    t.names_.push_back(TreebankName(std::string(tag)));
    return i;
  };
  Rows tags;
  if (Status s = ReadModelFile(dir + "/tags.yml",
                               [&](std::string_view from, const auto& next) {
                                 tags.emplace_back(std::string(from),
                                                   std::vector<std::pair<std::string, double>>());
                                 for (const auto& [to, p] : next)
                                   tags.back().second.emplace_back(to, p);
                               });
      !s.ok())
    return s;
  for (const auto& [from, next] : tags) {
    tag_index(from);
    for (const auto& [to, p] : next) tag_index(to);
  }
  // The words' counts, their tags as indices, read in place (words.yml has
  // some 50,000 lines); the first line of a word counts, as every line
  // counts toward the totals of its tags.
  std::vector<double> tag_total;
  if (Status s = ReadModelFile(dir + "/words.yml",
                               [&](std::string_view w, const auto& counts) {
                                 Counts c;
                                 c.reserve(counts.size());
                                 for (const auto& [tag, v] : counts) {
                                   const int i = tag_index(tag);
                                   c.emplace_back(i, v);
                                   if (static_cast<size_t>(i) >= tag_total.size())
                                     tag_total.resize(static_cast<size_t>(i) + 1, 0.0);
                                   tag_total[static_cast<size_t>(i)] += v;
                                 }
                                 t.words_.emplace(std::string(w), std::move(c));
                               });
      !s.ok())
    return s;
  if (Status s = ReadModelFile(dir + "/unknown.yml",
                               [&](std::string_view w, const auto& counts) {
                                 Counts c;
                                 c.reserve(counts.size());
                                 for (const auto& [tag, v] : counts)
                                   c.emplace_back(tag_index(tag), v);
                                 t.unknown_.emplace(std::string(w), std::move(c));
                               });
      !s.ok())
    return s;
  const size_t n = t.names_.size();
  constexpr double kFloor = 1e-7;  // a transition the model never saw
  t.transition_.assign(n * n, std::log(kFloor));
  for (const auto& [from, next] : tags) {
    for (const auto& [to, p] : next) {
      t.transition_[static_cast<size_t>(t.index_[from]) * n + static_cast<size_t>(t.index_[to])] =
          std::log(std::max(p, kFloor));
    }
  }
  tag_total.resize(n, 0.0);
  t.tag_total_ = std::move(tag_total);
  if (t.index_.count("pp") == 0 || t.unknown_.count("-unknown-") == 0) {
    return ParseError(dir + ": the model has no sentence-end tag or no -unknown- class");
  }
  t.sentence_end_ = t.index_["pp"];
  t.number_ = {{t.index_.count("cd") ? t.index_.at("cd") : t.sentence_end_, 1.0}};
  for (int c = 0; c < kFormClasses; ++c) {
    if (auto it = t.unknown_.find(kFormClassNames[c]); it != t.unknown_.end()) {
      t.has_[c] = true;
      t.form_[c] = it->second;
    }
  }
  t.quote_open_ = t.Candidates("``", false);
  t.quote_close_ = t.Candidates("''", false);
  // P(tag | form) of an unknown word, as Decode weighs it.
  auto unknown_emits = [](const Counts& counts) {
    double total = 0;
    for (const auto& [tag, c] : counts) total += c;
    std::vector<double> emits;
    for (const auto& [tag, c] : counts) emits.push_back(std::log(c / total) - 12.0);
    return emits;
  };
  for (int c = 0; c < kFormClasses; ++c) {
    if (t.has_[c]) t.unknown_emits_[c] = unknown_emits(t.form_[c]);
  }
  t.unknown_emits_[kFormClasses] = unknown_emits(t.number_);
  t.unknown_emits_[kFormClasses + 1] = unknown_emits(t.quote_open_);
  t.unknown_emits_[kFormClasses + 2] = unknown_emits(t.quote_close_);
  t.ComputeAmbiguityClasses();
  return t;
}

const PosTagger::Counts& PosTagger::Form(FormClass c) const {
  // A class the model lacks throws, as a lookup of it always did.
  return has_[c] ? form_[c] : unknown_.at(kFormClassNames[c]);
}

const double* PosTagger::UnknownEmits(const Counts* cands) const {
  for (int c = 0; c < kFormClasses; ++c) {
    if (cands == &form_[c]) return has_[c] ? unknown_emits_[c].data() : nullptr;
  }
  if (cands == &number_) return unknown_emits_[kFormClasses].data();
  if (cands == &quote_open_) return unknown_emits_[kFormClasses + 1].data();
  if (cands == &quote_close_) return unknown_emits_[kFormClasses + 2].data();
  return nullptr;
}

const PosTagger::Counts& PosTagger::Candidates(std::string_view w, bool sentence_start) const {
  // The model writes quotation marks and brackets as the treebank does.
  if (w == "(" || w == "[" || w == "{") w = "*LRB*";
  if (w == ")" || w == "]" || w == "}") w = "*RRB*";
  if (w == "\xE2\x80\x9C" || w == "\xE2\x80\x98") w = "``";
  if (w == "\xE2\x80\x9D" || w == "\xE2\x80\x99") w = "''";
  if (auto it = words_.find(w); it != words_.end()) return it->second;
  // A clitic with a typographic apostrophe ("’s", "n’t", "’re") is the
  // treebank's straight one.
  if (const size_t q = w.find("\xE2\x80\x99"); q != std::string_view::npos && w.size() > 3 &&
                                               (q == 0 || w.substr(q - 1) == "n\xE2\x80\x99t")) {
    std::string plain(w.substr(0, q));
    plain += '\'';
    plain += w.substr(q + 3);
    if (auto it = words_.find(plain); it != words_.end()) return it->second;
  }
  // "The" at a sentence start is "the".
  if (!w.empty() && std::isupper(static_cast<unsigned char>(w[0]))) {
    if (sentence_start) {
      std::string lower(w);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      if (auto it = words_.find(lower); it != words_.end()) return it->second;
    }
    return w.find('.') != std::string_view::npos && has_[kAbr] ? Form(kAbr) : Form(kCap);
  }
  if (w.find('-') != std::string_view::npos && has_[kHyp]) return Form(kHyp);
  if (EndsWith(w, "ing") && has_[kIng]) return Form(kIng);
  if (EndsWith(w, "ed") && has_[kEd]) return Form(kEd);
  if (EndsWith(w, "ly") && has_[kLy]) return Form(kLy);
  if (EndsWith(w, "tion") && has_[kTion]) return Form(kTion);
  if (EndsWith(w, "s") && has_[kS]) return Form(kS);
  return Form(kUnknown);
}

void PosTagger::Decode(const std::vector<std::string_view>& words, std::vector<int>& out) const {
  out.assign(words.size(), sentence_end_);
  if (words.empty()) return;
  // Viterbi over each word's possible tags only; the scores and back
  // pointers of word i are at [offset[i], offset[i + 1]). The buffers are
  // the thread's, kept from sentence to sentence.
  struct Buffers {
    std::vector<const Counts*> cands;
    std::vector<char> known;
    std::vector<size_t> offset;
    std::vector<const double*> emits;
    std::vector<double> score;
    std::vector<int> back;
  };
  thread_local Buffers buffers;
  auto& cands = buffers.cands;
  auto& known = buffers.known;
  auto& offset = buffers.offset;
  cands.assign(words.size(), nullptr);
  known.assign(words.size(), 0);
  offset.assign(words.size() + 1, 0);
  bool open_quote = false;
  // The lexicon is large and the words of news repeat: each thread keeps a
  // copy of the entries it found lately (empty: not in the lexicon), in
  // memory it touched lately, where the large table's are far apart.
  // With a known word's counts, the logarithms of its emissions, which
  // depend on nothing else.
  struct Known {
    Counts counts;
    std::vector<double> emit;
  };
  thread_local ThreadMemo<Known> memo;
  auto& seen = memo.For(serial_);
  auto& emits = buffers.emits;
  emits.assign(words.size(), nullptr);
  for (size_t i = 0; i < words.size(); ++i) {
    auto found = seen.find(words[i]);
    if (found == seen.end()) {
      const auto it = words_.find(words[i]);
      Known k;
      if (it != words_.end()) {
        k.counts = it->second;
        for (const auto& [tag, c] : k.counts)
          k.emit.push_back(std::log(c / std::max(1.0, tag_total_[static_cast<size_t>(tag)])));
      }
      found = seen.emplace(words[i], std::move(k)).first;
    }
    known[i] = !found->second.counts.empty();
    const bool number = !known[i] && HasDigit(words[i]);
    if (words[i] == "\"") {
      // A straight quotation mark opens or closes, in turn.
      open_quote = !open_quote;
      cands[i] = open_quote ? &quote_open_ : &quote_close_;
      if (!known[i]) emits[i] = UnknownEmits(cands[i]);
    } else if (known[i]) {
      cands[i] = &found->second.counts;
      emits[i] = found->second.emit.data();
    } else {
      cands[i] = number ? &number_ : &Candidates(words[i], i == 0);
      emits[i] = UnknownEmits(cands[i]);
    }
    offset[i + 1] = offset[i] + cands[i]->size();
  }
  auto& score = buffers.score;
  auto& back = buffers.back;
  score.assign(offset.back(), -std::numeric_limits<double>::infinity());
  back.assign(offset.back(), 0);
  const size_t tags = names_.size();
  for (size_t i = 0; i < words.size(); ++i) {
    const Counts& c_i = *cands[i];
    double total = 0;
    for (const auto& [tag, c] : c_i) total += c;
    double* sc = score.data() + offset[i];
    int* bk = back.data() + offset[i];
    for (size_t k = 0; k < c_i.size(); ++k) {
      const auto [tag, c] = c_i[k];
      // P(word | tag) for known words; P(tag | form) for the others.
      const double emit = emits[i] != nullptr ? emits[i][k]
                          : known[i]
                              ? std::log(c / std::max(1.0, tag_total_[static_cast<size_t>(tag)]))
                              : std::log(c / total) - 12.0;
      if (i == 0) {
        sc[k] = transition_[static_cast<size_t>(sentence_end_) * tags + static_cast<size_t>(tag)] +
                emit;
        continue;
      }
      const Counts& c_prev = *cands[i - 1];
      const double* prev = score.data() + offset[i - 1];
      for (size_t j = 0; j < c_prev.size(); ++j) {
        const double s =
            prev[j] +
            transition_[static_cast<size_t>(c_prev[j].first) * tags + static_cast<size_t>(tag)] +
            emit;
        if (s > sc[k]) {
          sc[k] = s;
          bk[k] = static_cast<int>(j);
        }
      }
    }
  }
  const size_t last = words.size() - 1;
  size_t best = 0;
  for (size_t k = 1; k < cands[last]->size(); ++k) {
    if (score[offset[last] + k] > score[offset[last] + best]) best = k;
  }
  for (size_t i = words.size(); i-- > 0;) {
    out[i] = (*cands[i])[best].first;
    if (i > 0) best = static_cast<size_t>(back[offset[i] + best]);
  }
}

std::vector<std::string> PosTagger::TagWords(const std::vector<std::string>& words) const {
  std::vector<std::string_view> views(words.begin(), words.end());
  std::vector<int> tags;
  Decode(views, tags);
  std::vector<std::string> out;
  out.reserve(tags.size());
  for (int t : tags) out.push_back(names_[static_cast<size_t>(t)]);
  return out;
}

void PosTagger::Tag(Document& doc) const {
  std::vector<std::string_view> words;
  std::vector<int> tags;
  for (const auto& s : doc.sentences) {
    words.clear();
    for (size_t i = s.first_token; i < s.end_token; ++i) words.emplace_back(doc.tokens[i].text);
    Decode(words, tags);
    for (size_t i = s.first_token; i < s.end_token; ++i)
      doc.tokens[i].tag = names_[static_cast<size_t>(tags[i - s.first_token])];
  }
}

}  // namespace newskg

namespace newskg {

uint64_t PosTagger::AmbiguityClass(std::string_view word) const {
  auto it = ambiguity_.find(word);
  return it == ambiguity_.end() ? 0 : it->second;
}

void PosTagger::ComputeAmbiguityClasses() {
  ambiguity_.clear();
  ambiguity_.reserve(words_.size());
  std::vector<std::string_view> tags;
  std::string joined;
  for (const auto& [word, counts] : words_) {
    double total = 0;
    for (const auto& [tag, c] : counts) total += c;
    tags.clear();
    for (const auto& [tag, c] : counts) {
      if (c >= 0.1 * total) tags.push_back(names_[static_cast<size_t>(tag)]);
    }
    std::sort(tags.begin(), tags.end());
    joined.clear();
    for (auto t : tags) (joined += t) += '|';
    ambiguity_.emplace(word, perceptron::HashBytes(joined) | 1);
  }
}

}  // namespace newskg
