// The parse layer on gold-tokenized CoNLL-U: accuracy of the trained tagger
// next to the HMM tagger it replaces (whose Penn tags are mapped to UD tags
// by a fixed table), and speed in words per second on one core for the HMM
// tagger (the baseline), the trained tagger, and the parser, in one run.
//   newskg_parse_bench CONLLU...
#include <chrono>
#include <ctime>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "extract/conllu.h"
#include "extract/lexicon.h"
#include "extract/parse_models.h"
#include "extract/pos_tagger.h"

namespace {

using newskg::ConlluSentence;

// Penn Treebank tags as UD tags, with the word for the few the tag leaves open.
std::string PennToUpos(const std::string& tag, const std::string& word, const std::string& next) {
  std::string w = word;
  for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (tag.rfind("NNP", 0) == 0) return "PROPN";
  if (tag.rfind("NN", 0) == 0) return "NOUN";
  if (tag == "MD") return "AUX";
  if (tag.rfind("VB", 0) == 0) {
    static const char* kBe[] = {"be",    "is", "are", "was", "were", "been",
                                "being", "am", "'s",  "'re", "'m"};
    for (const char* b : kBe) {
      if (w == b) return "AUX";
    }
    if ((w == "have" || w == "has" || w == "had" || w == "do" || w == "does" || w == "did") &&
        next.rfind("VB", 0) == 0) {
      return "AUX";
    }
    return "VERB";
  }
  if (tag.rfind("JJ", 0) == 0) return "ADJ";
  if (tag.rfind("RB", 0) == 0) return w == "not" || w == "n't" ? "PART" : "ADV";
  if (tag == "WRB") return "ADV";
  if (tag == "IN" || tag == "RP") return "ADP";
  if (tag == "DT" || tag == "PDT") return "DET";
  if (tag == "PRP" || tag == "PRP$" || tag == "WP" || tag == "WP$" || tag == "WDT" || tag == "EX") {
    return "PRON";
  }
  if (tag == "CD") return "NUM";
  if (tag == "CC") return "CCONJ";
  if (tag == "TO" || tag == "POS") return "PART";
  if (tag == "UH") return "INTJ";
  if (tag == "SYM" || tag == "$") return "SYM";
  if (tag == "FW" || tag == "LS") return "X";
  return "PUNCT";
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

double CpuSeconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: newskg_parse_bench CONLLU...\n";
    return 2;
  }
  auto hmm_r = newskg::PosTagger::Load(newskg::PosTagger::DefaultDir());
  if (!hmm_r.ok()) {
    std::cerr << hmm_r.status().message() << "\n";
    return 1;
  }
  auto hmm = std::make_shared<const newskg::PosTagger>(std::move(hmm_r).value());
  auto models = newskg::ParseModels::Load(newskg::ParseModels::DefaultDir(), hmm,
                                          newskg::LexiconPaths::Defaults().wordnet_dir);
  if (!models.ok()) {
    std::cerr << models.status().message() << "\n";
    return 1;
  }
  const newskg::ParseModels& m = models.value();
  std::vector<ConlluSentence> all;
  for (int i = 1; i < argc; ++i) {
    auto r = newskg::ReadConlluFile(argv[i]);
    if (!r.ok()) {
      std::cerr << r.status().message() << "\n";
      return 1;
    }
    all.insert(all.end(), r->begin(), r->end());
  }
  std::vector<std::vector<std::string>> words(all.size());
  std::vector<std::vector<std::string_view>> views(all.size()), upos(all.size()), xpos(all.size());
  size_t n = 0;
  for (size_t s = 0; s < all.size(); ++s) {
    for (const auto& w : all[s].words) words[s].push_back(w.form);
    views[s].assign(words[s].begin(), words[s].end());
    n += words[s].size();
  }
  // Accuracy.
  size_t hmm_upos = 0, hmm_xpos = 0, upos_ok = 0, xpos_ok = 0;
  std::vector<int> tags, heads, labels;
  for (size_t s = 0; s < all.size(); ++s) {
    const auto h = hmm->TagWords(words[s]);
    m.tagger->TagWords(views[s], tags);
    for (size_t i = 0; i < h.size(); ++i) {
      const auto& g = all[s].words[i];
      hmm_xpos += h[i] == g.xpos;
      hmm_upos += PennToUpos(h[i], words[s][i], i + 1 < h.size() ? h[i + 1] : "") == g.upos;
      upos_ok += m.tagger->Upos(tags[i]) == g.upos;
      xpos_ok += m.tagger->Xpos(tags[i]) == g.xpos;
      upos[s].push_back(m.tagger->Upos(tags[i]));
      xpos[s].push_back(m.tagger->Xpos(tags[i]));
    }
  }
  auto pct = [n](size_t k) { return 100.0 * static_cast<double>(k) / static_cast<double>(n); };
  std::cout.setf(std::ios::fixed);
  std::cout.precision(2);
  std::cout << n << " words in " << all.size() << " sentences\n"
            << "HMM tagger:     UPOS " << pct(hmm_upos) << "  XPOS " << pct(hmm_xpos) << "\n"
            << "trained tagger: UPOS " << pct(upos_ok) << "  XPOS " << pct(xpos_ok) << "\n";
  // Speed: each step over the whole corpus, repeated for at least a second.
  // Also per second of this thread's CPU time, which other processes on a
  // shared core do not inflate.
  std::vector<double> cpu_rates;
  auto rate = [&](auto&& step) {
    size_t done = 0;
    const auto start = std::chrono::steady_clock::now();
    const double cpu_start = CpuSeconds();
    do {
      for (size_t s = 0; s < all.size(); ++s) step(s);
      done += n;
    } while (Seconds(start) < 1.0);
    cpu_rates.push_back(static_cast<double>(done) / (CpuSeconds() - cpu_start));
    return static_cast<double>(done) / Seconds(start);
  };
  const double hmm_rate = rate([&](size_t s) { (void)hmm->TagWords(words[s]); });
  const double tag_rate = rate([&](size_t s) { m.tagger->TagWords(views[s], tags); });
  const double parse_rate =
      rate([&](size_t s) { m.parser->ParseWords(views[s], upos[s], xpos[s], heads, labels); });
  const double both = 1.0 / (1.0 / tag_rate + 1.0 / parse_rate);
  std::cout.precision(0);
  std::cout << "words/s: HMM tagger " << hmm_rate << ", trained tagger " << tag_rate << ", parser "
            << parse_rate << ", tagger + parser " << both << "\n";
  std::cout << "words per CPU second: HMM tagger " << cpu_rates[0] << ", trained tagger "
            << cpu_rates[1] << ", parser " << cpu_rates[2] << ", tagger + parser "
            << 1.0 / (1.0 / cpu_rates[1] + 1.0 / cpu_rates[2]) << "\n";
  std::cout.precision(2);
  std::cout << "tagger + parser / HMM tagger speed: " << both / hmm_rate << "x\n";
  return 0;
}
