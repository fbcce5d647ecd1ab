// The coreference stage's resolver (extract/coreference.h): CorefResolver
// groups an article's mentions into entities. coreference.cc runs its steps;
// coref_names.cc links names (surnames, acronyms, corporate names, names
// typed by their context); coref_leaders.cc finds who leads what (titles,
// appositions, "led by"), the main country, pronouns and epithets.
#ifndef NEWSKG_EXTRACT_INTERNAL_COREF_RESOLVER_H_
#define NEWSKG_EXTRACT_INTERNAL_COREF_RESOLVER_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"
#include "extract/coreference.h"
#include "extract/document.h"
#include "extract/entity_recognizer.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"

namespace newskg::internal {

// SplitWords(s): the runs of characters other than a space, each copied once.
inline std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  for (size_t i = 0; i < s.size();) {
    const size_t space = s.find(' ', i);
    const size_t end = space == std::string::npos ? s.size() : space;
    if (end > i) out.emplace_back(s, i, end - i);
    i = end + 1;
  }
  return out;
}
// The number of words SplitWords gives (runs of characters other than a
// space), counted without building them.
inline size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in_word = false;
  for (char c : s) {
    if (c == ' ') {
      in_word = false;
    } else if (!in_word) {
      in_word = true;
      ++n;
    }
  }
  return n;
}

// Given names that may be the same person's: equal, an initial, or a
// transliteration variant (Alexander / Alexandar).
bool CompatibleGiven(const std::string& a, const std::string& b);

// The key entities are found and minted by: "Person/vladimir-putin"; a
// country ISO 3166 knows by its code: "Country/ru".
std::string EntityKey(const Lexicon& lex, EntityType type, const std::string& name);

// Groups the mentions of a Document into entities and finds who leads
// what; Run fills doc.entities, Mention::entity and the leaderOf relations.
class CorefResolver {
 public:
  CorefResolver(Document& doc, const MentionLayer& layer, const Lexicon& lex,
                const StageWords& words)
      : doc_(doc), layer_(layer), lex_(lex), w_(words) {}

  CorefLayer Run();

 private:
  // A common word the article only ever writes capitalized, and more than
  // once, outside its headline: "Apple have released ... Apple said".
  // A noun, never an adjective or a participle ("European", "Following"),
  // that is the subject of a verb or owns something at least once.
  // Needs the part-of-speech tags.
  bool UsedAsName(const std::string& word) const;

  // A word WordNet knows in lower case (in any inflection): "God", "Commenting".
  bool IsCommon(const std::string& word) const;

  void SetLeader(int person, int target);

  // The country an article is about: its dateline's ("ISLAMABAD, July 13 —"),
  // else one named at least twice as often as any other; -1 when unclear.
  int MainCountry();

  int ComputeMainCountry();
  // The mark after an all-caps place that makes it a dateline.
  bool DatelineMark(const Token& t) const;

  // The main country, when it has no leader of this office in the article yet.
  // The sentence names another country and not `country` itself, which the
  // article names only once (in its dateline).
  bool OtherCountryInSentence(size_t sentence, int country);

  int MainCountryWithoutLeader(const std::string& title);

  // Whether a head of state of this title can lead the country: a president
  // no monarchy ("TOKYO — ... President Xi"), a king no republic.
  bool TitleFitsState(const std::string& title, int country) const;

  // "Narendra Modi, India's prime minister", "Modi, the prime minister of
  // India", "was sworn in ... as Venezuela's president": the person leads
  // the country or organization.
  // "the Lopez-headed Monetary Policy Committee": the person the article
  // names with the word before the hyphen leads the organization that follows.
  void LedBy();

  // The person a "Lopez-led" token at `k` names: a person of the article
  // with that name, else the person named just before it ("President Ravi
  // Kumar-led", where the surname is then added to the name); -1 if none.
  int LedByPerson(size_t k);

  // The title starting at token k (the longest known), its length in
  // tokens, its kind and (with `title`) its words; 0 when none starts there.
  size_t TitleAt(size_t k, const TitleInfo** info, std::string* title = nullptr) const;

  // By token: the first mention starting at it, or -1.
  std::vector<int> MentionStarts() const;

  // Whether `entity` is an entity of this type.
  bool Leads(int entity, EntityType type) const;

  // Past the words between a verb or comma and a title: "also the acting".
  size_t SkipOfficeWords(size_t k) const;

  // "the president of Ghana, John Mahama", "her counterparts from Togo, Faure
  // Gnassingbe, and ...", "Ana Ortiz was the Bank of Kibera governor": the
  // person leads the country or organization (coref_offices.cc).
  void OfficeLeaders();

  // Said outright ("Ana Ortiz was the bank's governor"): the person leads
  // `target` too when already found to lead something else.
  void AlsoLeader(int person, int target);

  // The person leads the article's main country, when it has no leader in
  // the article yet and the sentence is not about another country.
  void MainCountryLeader(int person, size_t sentence, const std::string& title);

  // "the Ravi Kumar government", "the Kumar-led government", "Juan Perez, who
  // has been acting president": the person leads the main country.
  void GovernmentLeaders();

  // "the" before token k and the capitalized words (a title, a name)
  // before it.
  bool Definite(size_t k) const;

  // The possessive ending, with an ASCII or a typographic apostrophe.
  bool IsPossessive(const Token& t) const;

  void AppositiveLeaders();

  int ByKey(EntityType type, const std::string& canonical, const std::string& surface, bool named);

  void AddLabel(int id, const std::string& surface);

  int PersonByFullName(const std::string& name);

  // The last word of a name that is no suffix ("Carlito Galvez Jr" -> "Galvez").
  std::string Surname(const std::string& name) const;

  // Indexes of the multi-word names, for LinkSingle (built before single words are linked).
  void IndexNames();

  int LinkSingle(const Mention& m);

  // The one country or place of the article whose name begins with the
  // compass word `word` ("North" for North Korea), or -1.
  int CompassPlace(const std::string& word) const;

  void MergeAcronyms();

  // "sanctions against SA" in an article that names South Africa: a
  // country's short name (country_short_names.tsv) names that country.
  void MergeCountryShortNames();

  // Entities named only by guesses (tentative mentions), by index.
  std::vector<bool> OnlyGuessed() const;

  // "Boeing said ..." guessed a person; "Boeing's 787" named an organization:
  // one word guessed a person only by a speech verb is the organization of
  // that name.
  void MergeGuessedPeople();

  // "Aer Lingus buys jets" guessed a person by form; "the airline Aer
  // Lingus" named an organization: a person and an organization of one name
  // are one, of the type most of its mentions give it (a person's by the
  // form of the name alone do not count).
  void MergeSameNames();

  // "National Electoral Council (CNE)": the acronym in parentheses names the
  // organization before it, whatever its initials.
  void MergeParenthesized();

  // Does the context of a name mention say it names an organization? "Los
  // Angeles based X", "X's shares", "X parent company", "X and Boeing".
  bool OrganizationContext(const Mention& m) const;
  // "X analysts said", "economists at X": the people a firm employs, named
  // with mention m (firm_staff_nouns.txt, firm_staff_preps.txt).
  bool FirmStaffContext(const Mention& m) const;

  // A person only by the form of the name ("Northrop Grumman") whose
  // context names an organization is one.
  void RetypeByContext();

  // Names qualified by the place they are in: "Mobile, Alabama" names the
  // city Mobile, "the US Federal Reserve" the Federal Reserve. The qualified
  // form is kept as an alternative label.
  void QualifiedNames();
  // In "City, X", X named as a country in which the lexicon does not put the
  // city is a region of the city's country ("Atlanta, Georgia"): a place.
  void RegionOfCityCountry(int city, int region);

  // A name seen only in products' names ("Airbus A380", "Intel processors",
  // "MacBook Air laptops") names no entity the article is about.
  void DropProductOnly();

  // A company's name without the words of its legal form: "General Motors
  // Corporation" -> "General Motors"; "Fiat Group SpA" -> "Fiat".
  std::string CoreName(const std::string& label) const;

  // words[k] is "of" and the words after it name a state or a place the
  // gazetteer knows ("Central Bank of Kenya").
  bool OfPlace(const std::vector<std::string>& words, size_t k) const;

  // "General Motors Corporation" and "General Motors", "Chrysler Holding LLC"
  // and "Chrysler" are one company; so is a guess at a one-word name
  // ("a stake in Chrysler" guessed a city) and the company of that name.
  void MergeCorporateNames();

  // "the Air Force" after "the U.S. Air Force": an organization's name
  // without the country that begins it is the same organization.
  void MergeQualifiedOrganizations();

  // "the CNE, headed by Elvis Amoroso" and "Héctor Obregón, who heads PDVSA":
  // the person leads the organization.
  void HeadedBy();

  // "he" and "she" stand for the person named last (outside quotations).
  // Whether a verb of saying follows within three tokens of k ("X said").
  bool SaysAfter(size_t k) const;
  void AddPronouns();
  // The possessive determiner ("his") that opens a sentence with a relation
  // before the name at token FIRST ("His lawyer, X,", "Her son X"), else null.
  const std::string* RelationOwner(size_t first) const;
  // The person named right after mention MI's relation ("X's daughter(,)
  // Y": Y), else -1.
  int PossessedBy(size_t mi) const;

  // Every mention of entity `from` now names `to`; `from` is left unnamed.
  void Redirect(int from, int to);

  int ResolveEpithet(size_t mi);

  Document& doc_;
  const MentionLayer& layer_;
  const Lexicon& lex_;
  const StageWords& w_;
  CorefLayer coref_;
  std::map<std::string, int> by_key_;
  std::unordered_map<std::string, int> surname_, org_word_, place_first_, org_last_;
  std::unordered_map<std::string, std::vector<int>> first_person_;
  // Capitalized inner words of people's names of three words or more
  // ("Lula" of "Luiz Inácio Lula da Silva"), by word.
  std::unordered_map<std::string, std::vector<int>> inner_person_;
  std::unordered_map<std::string, int> guessed_;  // one-word guesses by their text
  std::vector<bool> retyped_;  // organizations found by their context (RetypeByContext)
  mutable std::vector<int> starting_at_, ending_at_;  // first mention starting / ending at a token
  int counted_country_ = -1;  // the country whose mentions country_mentions_ counts
  size_t country_mentions_ = 0;
  // UsedAsName's answers in this article, by lower-case word.
  mutable std::vector<std::pair<std::string, bool>> word_use_;
  int main_country_ = -2;  // cached MainCountry(); -2: not computed
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_COREF_RESOLVER_H_
