#include "base/names.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace newskg {
namespace {

TEST(NameSlugTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Vladimir Putin", "vladimir-putin"},
      {"Person/Vladimir Putin", "person/vladimir-putin"},
      {"person/vladimir-putin", "person/vladimir-putin"},  // a slug slugs to itself
      {"U.S.", "us"},
      {"St. John's", "st-johns"},
      {"Smith, Jones  and Co.", "smith-jones-and-co"},
      {"  leading", "leading"},
      {"Hsiao Bi-khim", "hsiao-bi-khim"},
      {"\xC3\x89krem", "ekrem"},
      // One IRI for Århus, whatever its case: %C3%85rhus and %C3%A5rhus never both occur.
      {"City/\xC3\x85rhus", "city/arhus"},
      {"City/\xC3\xA5rhus", "city/arhus"},
      {"City/\xC3\x85RHUS", "city/arhus"},
      {"City/Aarhus", "city/aarhus"},
      {"Person/\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD",
       "person/vladimir-putin"},
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(NameSlug(in), out) << in;
  // Nothing left after folding: a key of its own, still a slug.
  const std::string odd = NameSlug("Person/!!!");
  EXPECT_EQ(odd.substr(0, 8), "person/x");
  EXPECT_NE(odd, NameSlug("Person/???"));
  EXPECT_EQ(NameSlug(odd), odd);
}

TEST(FoldNameTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      // Cyrillic, Greek, Arabic, Han: transliterated.
      {"\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD",
       "vladimir putin"},
      {"\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1", "athena"},
      {"\xE4\xB9\xA0\xE8\xBF\x91\xE5\xB9\xB3", "xi jin ping"},
      // Dotted capital I, dotless i.
      {"\xC4\xB0stanbul", "istanbul"},
      {"Istanbul", "istanbul"},
      {"ISTANBUL", "istanbul"},
      // Case folded and accents dropped, whatever the case.
      {"\xC3\x85rhus", "arhus"},
      {"\xC3\x85RHUS", "arhus"},
      {"\xC3\xA5rhus", "arhus"},
      // Latin letters with no decomposition, ligatures, sharp s.
      {"Ekrem \xC4\xB0mamo\xC4\x9Flu", "ekrem imamoglu"},
      {"Ren\xC3\xA9 \xC3\x86rling \xC3\x9F", "rene aerling ss"},
      {"\xC5\x81\xC3\xB3"
       "d\xC5\xBA",
       "lodz"},
      {"\xC4\x90or\xC4\x91"
       "e \xC3\x9E\xC3\xB3r",
       "dorde thor"},
      {"\xEF\xAC\x81nance", "finance"},  // U+FB01, compatibility decomposition (NFKD)
      // Punctuation dropped, separators one space.
      {"U.S.", "us"},
      {"Hsiao Bi-khim", "hsiao bi khim"},
      {"  World   Health Organization ", "world health organization"},
      {"Erdo\xC4\x9F"
       "an\xE2\x80\x99s",
       "erdogans"},  // right single quote
      {"Abu\xC2\xA0"
       "Dhabi",
       "abu dhabi"},                                            // no-break space
      {"Bosnia\xE2\x80\x93Herzegovina", "bosnia herzegovina"},  // en dash
      {"\xE2\x80\x9CWe agree,\xE2\x80\x9D he said", "we agree he said"},
      // A Cyrillic letter inside a Latin word reads as the Latin letter it
      // looks like (a real news text wrote "Chelsea F\u0421"); a word wholly in
      // Cyrillic is transliterated.
      {"Chelsea F\xD0\xA1", "chelsea fc"},
      {"\xD0\xA0utin \xD0\xA1\xD0\xA1", "putin ss"},
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(FoldName(in), out) << in;
}

TEST(LatinNameTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Ekrem \xC4\xB0mamo\xC4\x9Flu", "Ekrem Imamoglu"},
      {"\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80 "
       "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD",
       "Vladimir Putin"},
      {"\xC3\x85rhus", "Arhus"},
      {"Chelsea F\xD0\xA1", "Chelsea FC"},
      {"Abdel Fattah el-Sisi", "Abdel Fattah el-Sisi"},  // ASCII as it is
      {"U.S.", "U.S."},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(LatinName(in), out) << in;
}

// Letters with accents, the Latin letters and punctuation SpellLatin
// knows and combining accents go around ICU's transliterator (which costs
// much to make): spelled as the transliterator spells them, for every
// character of the Latin blocks, IPA, spacing modifiers, combining accents
// and general punctuation, in a word and in a folded name.
TEST(LatinNameTest, AccentedLettersAsTheTransliteratorSpellsThem) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
      "Any-Latin; Latin-ASCII; NFKD; [:Nonspacing Mark:] Remove; NFC", UTRANS_FORWARD, status));
  ASSERT_FALSE(U_FAILURE(status));
  auto spell = [&](const std::string& word, bool fold) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(word);
    t->transliterate(u);
    if (fold) u.foldCase();
    std::string out;
    u.toUTF8String(out);
    return out;
  };
  // FoldName spells as the transliterator with case folding does, when
  // that spelling spells as itself ("\xC6\xA6" folds to "\xCA\x80", which
  // is spelled "r").
  auto expect_folded = [&](const std::string& word, UChar32 c) {
    const std::string folded = spell(word, true);
    if (spell(folded, true) == folded) {
      EXPECT_EQ(FoldName(word), FoldName(folded)) << std::hex << c;
    }
  };
  const std::pair<UChar32, UChar32> blocks[] = {
      {0x80, 0x36F}, {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x212B, 0x212B}};
  for (const auto& [first, last] : blocks) {
    for (UChar32 c = first; c <= last; ++c) {
      std::string word = "x";
      icu::UnicodeString(c).toUTF8String(word);
      word += "Y";
      EXPECT_EQ(LatinName(word), spell(word, false)) << std::hex << c;
      expect_folded(word, c);
    }
  }
  // Next to each other, after a letter with accents and with an accent
  // after them.
  for (const auto& [first, last] : blocks) {
    for (UChar32 c = first; c <= last; ++c) {
      std::string word = "Ka\xCC\x81";
      icu::UnicodeString(c).toUTF8String(word);
      icu::UnicodeString(c).toUTF8String(word);
      word += "\xC3\xA9\xCC\xA7";
      EXPECT_EQ(LatinName(word), spell(word, false)) << std::hex << c;
      expect_folded(word, c);
    }
  }
  // A kept letter is case-folded as the transliterator's output is.
  EXPECT_EQ(FoldName("\xC6\x8F"
                     "li"),
            "\xC9\x99"
            "li");
  EXPECT_EQ(LatinName("K\xC4\xB1l\xC4\xB1\xC3\xA7"
                      "daro\xC4\x9Flu"),
            "Kilicdaroglu");
}

// Only words that mix Latin letters with another script's are respelled;
// accents, words of one script and punctuation stay as written.
TEST(FoldLookalikesTest, Table) {
  const std::pair<std::string, std::string> cases[] = {
      {"Chelsea F\xD0\xA1 won.", "Chelsea FC won."},
      {"\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and P\xD0\xB0ris",
       "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 and Paris"},
      {"Ekrem \xC4\xB0mamo\xC4\x9Flu\xE2\x80\x99s party",
       "Ekrem \xC4\xB0mamo\xC4\x9Flu\xE2\x80\x99s party"},
      {"plain text", "plain text"},
      {"", ""},
  };
  for (const auto& [in, out] : cases) EXPECT_EQ(FoldLookalikes(in), out) << in;
}

TEST(FoldNameTest, SameOnEveryThread) {
  const std::string name = "\xD0\x92\xD0\xBB\xD0\xB0\xD0\xB4\xD0\xB8\xD0\xBC\xD0\xB8\xD1\x80";
  std::vector<std::string> got(4);
  std::vector<std::thread> threads;
  for (size_t i = 0; i < got.size(); ++i) {
    threads.emplace_back([&, i] {
      for (int k = 0; k < 200; ++k) got[i] = FoldName(name + " \xC3\x85rhus");
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& g : got) EXPECT_EQ(g, "vladimir arhus");
}

}  // namespace
}  // namespace newskg
