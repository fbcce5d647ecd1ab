#include "extract/dependency_parser.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/internal/arc_eager.h"
#include "extract/internal/parser_features.h"
#include "extract/internal/perceptron.h"
#include "extract/lexicon.h"
#include "extract/parse_models.h"
#include "extract/tagger.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::SplitWords;

std::shared_ptr<const PosTagger> Lexicon() { return testing::TestPosTagger(); }
const ParseModels& Shipped() { return testing::TestParseModels(); }

// Tags and parses words with the shipped models.
void TagAndParse(const std::vector<std::string>& words, std::vector<int>& heads,
                 std::vector<int>& labels) {
  const ParseModels& m = Shipped();
  std::vector<std::string_view> w(words.begin(), words.end()), upos, xpos;
  std::vector<int> tags;
  m.tagger->TagWords(w, tags);
  for (int t : tags) {
    upos.push_back(m.tagger->Upos(t));
    xpos.push_back(m.tagger->Xpos(t));
  }
  m.parser->ParseWords(w, upos, xpos, heads, labels);
}

struct Arc {
  std::string dependent, relation, head;  // head "ROOT" for the root
};

struct ParseCase {
  std::string sentence;
  std::vector<Arc> arcs;
};

TEST(DependencyParserTest, NewsSentences) {
  const ParseCase cases[] = {
      {"The minister met the ambassador in Paris on Monday .",
       {{"minister", "nsubj", "met"},
        {"ambassador", "obj", "met"},
        {"Paris", "obl", "met"},
        {"met", "root", "ROOT"}}},
      {"Andrea Kovacs , the chief executive of the bank , resigned on Friday .",
       {{"Andrea", "nsubj", "resigned"},
        {"executive", "appos", "Andrea"},
        {"Kovacs", "flat", "Andrea"}}},
      {"Dozens of protesters were arrested by police in the capital .",
       {{"Dozens", "nsubj:pass", "arrested"},
        {"police", "obl:agent", "arrested"},
        {"protesters", "nmod", "Dozens"}}},
      {"The fund agreed to lend $ 3 billion to the government .",
       {{"fund", "nsubj", "agreed"},
        {"lend", "xcomp", "agreed"},
        {"$", "obj", "lend"},
        {"government", "obl", "lend"}}},
      {"The leaders , who met in Geneva , signed a treaty .",
       {{"met", "acl:relcl", "leaders"},
        {"leaders", "nsubj", "signed"},
        {"treaty", "obj", "signed"}}},
      {"France and Germany imposed sanctions on the company .",
       {{"Germany", "conj", "France"},
        {"France", "nsubj", "imposed"},
        {"sanctions", "obj", "imposed"}}},
  };
  const ParseModels& m = Shipped();
  for (const ParseCase& c : cases) {
    const std::vector<std::string> words = SplitWords(c.sentence);
    std::vector<int> heads, labels;
    TagAndParse(words, heads, labels);
    for (const Arc& a : c.arcs) {
      auto it = std::find(words.begin(), words.end(), a.dependent);
      ASSERT_NE(it, words.end()) << a.dependent;
      const auto i = static_cast<size_t>(it - words.begin());
      const std::string head = heads[i] == 0 ? "ROOT" : words[static_cast<size_t>(heads[i] - 1)];
      EXPECT_EQ(head + " " + m.parser->Label(labels[i]), a.head + " " + a.relation)
          << "in '" << c.sentence << "', the head of '" << a.dependent << "'";
    }
  }
}

std::vector<ConlluSentence> Slice(size_t n) {
  auto r = ReadConlluFile(std::string(NEWSKG_SOURCE_DIR) +
                          "/../shared/data/ud-english-ewt/en_ewt-ud-train.conllu");
  if (!r.ok()) {
    ADD_FAILURE() << r.status().message();
    return {};
  }
  return std::vector<ConlluSentence>(r->begin(),
                                     r->begin() + static_cast<long>(std::min(n, r->size())));
}

std::string FileBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(DependencyParserTest, TrainingTwiceGivesTheSameBytes) {
  if (!std::filesystem::exists(std::string(NEWSKG_SOURCE_DIR) + "/../shared/data/ud-english-ewt")) {
    GTEST_SKIP() << "no UD treebank beside the checkout";
  }
  const auto train = Slice(300);
  ASSERT_EQ(train.size(), 300u);
  // Greedy with the dynamic oracle, beams trained globally, right to left,
  // and both directions combined (trained in one thread, then in two).
  struct Config {
    int beam;
    bool ltr, rtl;
  };
  for (const Config c : {Config{1, true, false}, Config{2, true, false}, Config{4, true, false},
                         Config{2, false, true}, Config{1, true, true}}) {
    const std::string name =
        "beam " + std::to_string(c.beam) + (c.ltr ? " ltr" : "") + (c.rtl ? " rtl" : "");
    std::string bytes[2];
    for (int run = 0; run < 2; ++run) {
      DependencyParser::TrainOptions o;
      o.epochs = 3;
      o.beam = c.beam;
      o.left_to_right = c.ltr;
      o.right_to_left = c.rtl;
      o.threads = 1 + run;
      DependencyParser::TrainLog log;
      auto p = DependencyParser::Train(train, nullptr, o, &log);
      ASSERT_TRUE(p.ok()) << p.status().message();
      // The static oracle rebuilds every (lifted) training tree.
      EXPECT_EQ(log.sentences + log.skipped_sentences, train.size());
      EXPECT_LE(log.skipped_sentences, 2u) << name;
      EXPECT_EQ(p->beam(), c.beam);
      ASSERT_EQ(p->num_directions(), c.ltr + c.rtl) << name;
      EXPECT_EQ(p->right_to_left(p->num_directions() - 1), c.rtl) << name;
      const testing::TempFile file("parser-" + std::to_string(c.beam) + (c.ltr ? "l" : "") +
                                   (c.rtl ? "r" : "") + "-" + std::to_string(run) + ".model");
      const std::string& path = file.path();
      ASSERT_TRUE(p->Save(path).ok());
      bytes[run] = FileBytes(path);
      // The saved model loads and parses like the trained one, with its beam.
      auto loaded = DependencyParser::Load(path);
      ASSERT_TRUE(loaded.ok()) << loaded.status().message();
      EXPECT_EQ(loaded->beam(), c.beam);
      EXPECT_EQ(loaded->num_directions(), p->num_directions());
      for (size_t k = 0; k < 20; ++k) {
        std::vector<std::string_view> w, u, x;
        for (const auto& word : train[k].words) {
          w.push_back(word.form);
          u.push_back(word.upos);
          x.push_back(word.xpos);
        }
        std::vector<int> h1, l1, h2, l2;
        p->ParseWords(w, u, x, h1, l1);
        loaded->ParseWords(w, u, x, h2, l2);
        EXPECT_EQ(h1, h2);
        EXPECT_EQ(l1, l2);
        // A tree, the root's child labelled root and no other word.
        std::vector<int> tree = {-1};
        tree.insert(tree.end(), h1.begin(), h1.end());
        EXPECT_TRUE(arc_eager::IsTree(tree)) << name << ", sentence " << k;
        for (size_t i = 0; i < h1.size(); ++i) EXPECT_EQ(h1[i] == 0, p->Label(l1[i]) == "root");
        if (p->num_directions() == 2) {
          // When both directions give the same tree, the combination keeps it.
          std::vector<int> a, la, b, lb;
          p->OneDirection(0).ParseWords(w, u, x, a, la);
          p->OneDirection(1).ParseWords(w, u, x, b, lb);
          if (a == b) {
            EXPECT_EQ(h1, a) << "sentence " << k;
          }
        }
      }
    }
    EXPECT_GT(bytes[0].size(), 1000u);
    EXPECT_EQ(bytes[0], bytes[1]) << name;
  }

  std::string tagger_bytes[2];
  for (int run = 0; run < 2; ++run) {
    Tagger::TrainOptions o;
    o.epochs = 2;
    auto t = Tagger::Train(train, nullptr, Lexicon(), o);
    ASSERT_TRUE(t.ok());
    const testing::TempFile file("tagger-" + std::to_string(run) + ".model");
    const std::string& path = file.path();
    ASSERT_TRUE(t->Save(path).ok());
    tagger_bytes[run] = FileBytes(path);
  }
  EXPECT_GT(tagger_bytes[0].size(), 1000u);
  EXPECT_EQ(tagger_bytes[0], tagger_bytes[1]);
}

TEST(DependencyParserTest, BeamOfOneIsGreedy) {
  const ParseModels& m = Shipped();
  // The first direction alone (the beam search reads one direction).
  DependencyParser greedy = m.parser->OneDirection(0);
  greedy.set_beam(1);
  const char* sentences[] = {
      "The minister met the ambassador in Paris on Monday .",
      "Dozens of protesters were arrested by police in the capital .",
      "\" We will not leave , \" said the leader of the party , who was elected in May .",
      "Prices rose .",
      "Yes",
  };
  for (const char* sentence : sentences) {
    const std::vector<std::string> words = SplitWords(sentence);
    std::vector<std::string_view> w(words.begin(), words.end()), upos, xpos;
    std::vector<int> tags;
    m.tagger->TagWords(w, tags);
    for (int t : tags) {
      upos.push_back(m.tagger->Upos(t));
      xpos.push_back(m.tagger->Xpos(t));
    }
    std::vector<int> h1, l1, h2, l2;
    greedy.ParseWords(w, upos, xpos, h1, l1);
    greedy.ParseWordsBeam(w, upos, xpos, 1, h2, l2);
    EXPECT_EQ(h1, h2) << sentence;
    EXPECT_EQ(l1, l2) << sentence;
  }
}

TEST(DependencyParserTest, EveryParseIsATree) {
  const ParseModels& m = Shipped();
  std::vector<std::string> words;
  // A long list, quotes, brackets and non-ASCII names.
  for (int i = 0; i < 120; ++i) words.push_back(i % 2 ? "," : "Zürich");
  words.insert(words.end(), {"\"", "We", "will", "not", "(", "ever", ")", "leave", ",", "\"",
                             "said", "Łukasz", "Müller", "."});
  std::vector<std::string_view> w(words.begin(), words.end()), upos, xpos;
  std::vector<int> tags;
  m.tagger->TagWords(w, tags);
  for (int t : tags) {
    upos.push_back(m.tagger->Upos(t));
    xpos.push_back(m.tagger->Xpos(t));
  }
  for (const int width : {1, 2, 8, 32}) {
    std::vector<int> heads, labels;
    m.parser->ParseWordsBeam(w, upos, xpos, width, heads, labels);
    ASSERT_EQ(heads.size(), words.size());
    int roots = 0;
    for (size_t i = 0; i < heads.size(); ++i) {
      ASSERT_GE(heads[i], 0);
      ASSERT_LE(heads[i], static_cast<int>(words.size()));
      ASSERT_NE(heads[i], static_cast<int>(i) + 1);
      roots += heads[i] == 0;
      EXPECT_EQ(heads[i] == 0, m.parser->Label(labels[i]) == "root");
      // No cycles: every word reaches the root.
      int a = static_cast<int>(i) + 1, steps = 0;
      while (a != 0 && steps++ <= static_cast<int>(words.size()))
        a = heads[static_cast<size_t>(a - 1)];
      EXPECT_EQ(a, 0);
    }
    EXPECT_EQ(roots, 1) << "beam " << width;
  }
}

// A greedy parse scores a word's templates as the stack top and as the
// buffer front once, and the rest per state: together they are the state's
// features, and a model's scores of the parts add up to its score of all.
TEST(DependencyParserTest, FeaturesSplitIntoWordAndStateParts) {
  const std::vector<std::string_view> words = {"Prices", "rose", "sharply", "."},
                                      upos = {"NOUN", "VERB", "ADV", "PUNCT"},
                                      xpos = {"NNS", "VBD", "RB", "."};
  std::vector<parser_features::WordInfo> info;
  parser_features::Describe(words, upos, xpos, info);
  arc_eager::State s(4);
  const ParseModels& m = Shipped();
  const perceptron::Model& model = m.parser->FirstModel();
  const size_t actions = static_cast<size_t>(model.num_classes());
  for (int action : {arc_eager::kShift, arc_eager::LeftArc(0), arc_eager::kShift,
                     arc_eager::RightArc(1), arc_eager::kReduce}) {
    uint64_t all[parser_features::kMaxFeatures], parts[parser_features::kMaxFeatures];
    const size_t n = parser_features::ParserFeatures(s, info, all);
    size_t k = parser_features::TopFeatures(s.Top(), info, parts);
    const size_t top = k;
    k += parser_features::BufferFeatures(s.buffer, info, parts + k);
    const size_t front = k;
    k += parser_features::StateFeatures(s, info, parts + k);
    EXPECT_EQ(std::vector<uint64_t>(all, all + n), std::vector<uint64_t>(parts, parts + k));
    std::vector<int32_t> whole(actions, 0), split(actions, 0);
    model.Accumulate(all, n, whole.data());
    model.Accumulate(parts, top, split.data());
    model.Accumulate(parts + top, front - top, split.data());
    model.Accumulate(parts + front, k - front, split.data());
    EXPECT_EQ(whole, split);
    std::vector<float> scores(actions, 0.0f);
    model.Score(all, n, scores.data());
    for (size_t c = 0; c < actions; ++c) {
      EXPECT_EQ(scores[c], static_cast<float>(whole[c]) * model.scale());
    }
    arc_eager::Apply(s, action);
  }
}

TEST(DependencyParserTest, BadModelFiles) {
  const testing::TempFile file("bad-parser.model");
  const std::string& path = file.path();
  const std::pair<std::string, std::string> cases[] = {
      {"", "not a newskg parser model"},
      {"newskg-parser 1\nx\n", "line 2: bad relation count"},
      {"newskg-parser 1\n2\nroot\nnsubj\n", "lack 'root' or 'dep'"},
      {"newskg-parser 1\n2\nroot\ndep\nNKGPERC1", "corrupt model header"},
      {"newskg-parser 1 beam x\n2\nroot\ndep\n", "bad beam width"},
      {"newskg-parser 1 beam 0\n2\nroot\ndep\n", "bad beam width"},
      {"newskg-parser 1 beam 8\n2\nroot\ndep\nNKGPERC1", "corrupt model header"},
      {"newskg-parser 2\n2\nroot\ndep\n", "not a newskg parser model"},
      {"newskg-parser 1 order up\n2\nroot\ndep\n", "bad order"},
      {"newskg-parser 1 beam 4 order ltr+rtl\n2\nroot\ndep\n", "combined greedily only"},
      {"newskg-parser 1 colour red\n2\nroot\ndep\n", "unknown 'colour'"},
      {"newskg-parser 10\n2\nroot\ndep\n", "not a newskg parser model"},
      {"newskg-parser 1 order ltr+rtl\n2\nroot\ndep\nNKGPERC1", "corrupt model header"},
  };
  for (const auto& [bytes, error] : cases) {
    std::ofstream(path, std::ios::binary) << bytes;
    auto r = DependencyParser::Load(path);
    ASSERT_FALSE(r.ok()) << bytes;
    EXPECT_NE(r.status().message().find(error), std::string::npos) << r.status().message();
  }
  EXPECT_EQ(DependencyParser::Load("/nonexistent/parser.model").status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace newskg
