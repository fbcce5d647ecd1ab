// The entity recognizer's parts (extract/entity_recognizer.h): the tests on
// single name tokens, and NameRecognizer, which finds the runs of name
// tokens of each sentence and types them from their form, the gazetteers
// and their context. name_recognizer.cc scans the sentences and holds the
// tests on context; name_tokens.cc the tests on single tokens; name_runs.cc
// splits one run into names (titles, demonyms, opening words), and
// name_of_pairs.cc two names joined by "of"; name_typing.cc types each name
// (known names, the weak rules for unknown ones); name_context.cc holds the
// names of events and titled names.
#ifndef NEWSKG_EXTRACT_INTERNAL_NAME_RECOGNIZER_H_
#define NEWSKG_EXTRACT_INTERNAL_NAME_RECOGNIZER_H_

#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extract/document.h"
#include "extract/entity_recognizer.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"

namespace newskg::internal {

// "al-Sisi", "el-Sisi", "bin-Salman": a lower-case particle joined to a name.
bool IsParticleName(const Token& t, const StageWords& words);

// "iTunes", "eBay", "iPhone": one lower-case letter before a capital.
bool IsCamelName(const Token& t);

// A token that can be part of a name: capitalized or all caps (or a particle
// or camel-case name), no digits, no contraction.
bool IsNameToken(const Token& t, const StageWords& words);

// An apostrophe, straight or curly.
bool IsApostrophe(const std::string& text);

// The text of tokens [b, e) as the article writes it.
std::string JoinTokens(const Document& doc, size_t b, size_t e);

// "2005": a four-digit number that reads as a year.
bool IsYear(const std::string& s);

// "II", "XIV", "WWII": a roman numeral or a world war.
bool IsRomanOrWar(const std::string& s);

// A locative preposition right before token b, maybe with "the" between.
bool AfterLocative(const Document& doc, const Lexicon& lex, const StageWords& words, size_t b,
                   size_t first);

// Finds the name, demonym and epithet mentions of a Document, sentence by
// sentence, and types them; Run adds them to doc.mentions and returns the
// titles seen with names.
class NameRecognizer {
 public:
  NameRecognizer(Document& doc, const Lexicon& lex, const StageWords& words)
      : doc_(doc), lex_(lex), w_(words), t_(doc.tokens) {}

  // Why each mention has its type, when only a weak rule gave it (0: a
  // gazetteer, a form rule or a cue in context), by index into doc.mentions.
  std::vector<WeakRule> reasons_;

  MentionLayer Run();

 private:
  // Lower-case title starting at token i (longest first): its length, or 0.
  size_t TitleAt(size_t i, size_t end, std::string* title) const;

  int AddMention(size_t b, size_t e, EntityType type, MentionKind kind, size_t si,
                 std::string canonical = "", bool tentative = false);

  // Type of a whole name from its form and the gazetteers; false if unknown.
  bool Classify(size_t b, size_t e, EntityType& type, std::string& canonical,
                WeakRule* weak = nullptr) const;

  void Weak(int mention, WeakRule why);

  bool PrecededByLocative(size_t b, size_t first) const;

  bool FollowedBySpeech(size_t e, size_t end) const;

  // "Veltrana said on Tuesday it would cut jobs": after the verb of saying
  // that follows the name ending at e, the first pronoun is "it", doing
  // something (not "it was", "it would be"): the speaker is an organization.
  bool ItActsAfterSpeech(size_t e, size_t end) const;

  // "Lula, 78, won": a name's age between commas right after it.
  bool AgeAfter(size_t e, size_t end) const;

  // "Officials in Tigray said": a preposition (maybe with "the") before
  // token b; the name it governs speaks no verb after it.
  bool AfterPreposition(size_t b, size_t first) const;

  // "X, head of the Y Party,", "X, of the Y Party,": a title and its
  // domain, or a party, in apposition after the name ending at e.
  bool TitledApposition(size_t e, size_t end) const;
  // "The head of Malawi's largest opposition party, Chikondi Stone,", "the
  // Prime Minister of Portugal, Oviedo Vilela.": the name [b, e), of two
  // words or more, in apposition after a person's title, "of" or "for" and
  // what the title is of, closed by punctuation or the sentence's end.
  bool AfterTitlePhrase(size_t b, size_t e, size_t first, size_t end) const;
  // "President Ana Ruiz's Unity Party", "Ana Ruiz's Unity Party": the name
  // [b, e) before a possessive at e is a person's (a title and a name, a
  // lower-case title before it, or a given name and a surname), and the
  // name [e + 1, f) after it has two words or more: the two are two names,
  // the person's and what he has. `first`: the sentence's first token.
  bool PersonOwns(size_t b, size_t e, size_t f, size_t first) const;
  // A person noun or title in apposition ("Another lawyer, Abdoulaye Tall,",
  // "Omar Haddad, a rebel leader"), or a verb of saying next to a name
  // that does not open with a common word ("Babafemi Akin said").
  bool PersonContext(size_t b, size_t e, size_t first, size_t end) const;

  bool InDate(size_t i) const { return t_[i].in_date; }

  // IsNameToken, and not an adjective made of a name and a common word
  // ("Washington-based", "Kremlin-backed"); "Hsiao Bi-khim" stays a name.
  // Remembered by token (a token is asked again and again as runs grow).
  bool IsName(const Token& t) const;
  // IsName of the token at index i.
  bool IsNameAt(size_t i) const {
    if (is_name_.size() != t_.size()) is_name_.assign(t_.size(), 0);
    if (is_name_[i] == 0) is_name_[i] = ComputeIsName(t_[i]) && !AbbreviatedTitleAt(i) ? 2 : 1;
    return is_name_[i] == 2;
  }
  bool ComputeIsName(const Token& t) const;
  // In a headline, a capitalized word at k that is no part of the name of
  // the run begun at run_b (k == run_b: of any name): a verb's inflected
  // form ("Ana Ruiz Wins Seat") or a preposition ("Talks In Lagos"),
  // outside the names the gazetteer knows.
  bool HeadlineBreakAt(size_t k, size_t run_b, size_t end) const;
  // "Gov." in "Gov. Ana Ruiz": a title abbreviated with its period.
  bool AbbreviatedTitleAt(size_t i) const;

  // Whether the token lies in a run of text without spaces that holds a
  // URL ("https://t.co/x", "pic.twitter.com/x"). Looks at most 256 bytes
  // each way.
  bool InUrl(const Token& t) const;

  // A name that only names an event: "Balikatan drills", "the Gezi protests".
  bool NamesEvent(size_t b, size_t e, size_t first, size_t end) const;
  // Its two halves: a cue before the name ("the", "annual", "2016", "43rd"),
  // and a plural event noun at e ("drills", "naval drills").
  bool EventCueBefore(size_t b, size_t first) const;
  bool EventNounAt(size_t e, size_t end) const;
  // A noun for a military exercise at e, no verb, after the name [b, e)
  // ("joined Steel Falcon drills", "Joint Sword war games"; not "Xi
  // exercises control"): the name, with no cue, names the exercise.
  // A copula and an indefinite phrase of an exercise noun after the run
  // ending at e: "Dragon Shield is an annual multinational exercise".
  bool DefinedAsExercise(size_t e, size_t end) const;
  bool ExerciseNounAt(size_t b, size_t e, size_t first, size_t end) const;
  // The first word in [b, e) that opens an operation's or exercise's name
  // ("Operation", "Exercise") with a name word after it, or e.
  size_t EventOpenerAt(size_t b, size_t e) const;
  // The names the article gives events anywhere ("the 12th Jade Falcon
  // exercises", "2016 Iron Shield and Sea Lance drills"): no entities
  // where they stand alone either ("hosting Jade Falcon").
  void CollectEventNames();

  // A quoted name after "code-named", "dubbed", "called": the name of an operation or slogan.
  bool QuotedDesignation(size_t b, size_t first) const;

  bool IsCommon(const std::string& lower) const;
  // "Moldovans", "Belarusians": the country of a plural demonym, or null.
  const std::string* PluralDemonymCountry(const std::string& word) const;

  // "Ana Ruiz, D-N.Y., said", "Tom Vance, R-Texas,": the run [b, e) is a
  // party's initial, a hyphen and a state's abbreviation or name after a comma.
  bool PartyAndState(size_t b, size_t e, size_t sent_first) const;

  // "the Russia-Ukraine war", "Israel-Hamas talks": a token of names the
  // gazetteer knows (no people's) joined by hyphens names each of them.
  // Adds their mentions and returns true; false when the token is no such.
  bool HyphenedNames(size_t i, size_t si);

  // "Sales, Marketing and Distribution (SMD)": capitalized common words in a
  // list, then their initials in parentheses; the token after the ")", or 0.
  size_t SpelledOutTerm(size_t b, size_t end) const;

  // Handles one maximal run [b, e) of name tokens.
  void Run(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end);

  // "the Democratic Alliance of Luis Montenegro", "President Ana Ruiz of
  // Peru": a lower-case "of" between an organization's name and a person's,
  // or between a person's and a state's or organization's, joins two names
  // in one run. Handles both (the organization led by the person, the
  // state or organization of the person's leading title) and returns true;
  // false when the run is no such pair.
  bool SplitAtOf(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end);
  // "Visiting Sri Lankan President X", "Incumbent Prime Minister X": the
  // word at b, a participle or a word that keeps a title's holder in office,
  // describes the person a demonym or a title after it names.
  bool DescribesTitled(size_t b, size_t e) const;
  // "Saulos Banda of UTM": the name [b, of) (after a form of address) is of
  // two or three words no dictionary knows, and [r, e) after "of" an
  // organization's (known, ending in its word, or an acronym).
  bool UnknownPersonOf(size_t b, size_t of, size_t r, size_t e) const;

  // "the Emir of Qatar Sheikh Hamid bin Nasser", "President of Peru Ana
  // Ruiz": a title, "of" at `of`, a known state, place or organization and
  // a person's name in [title_b, e). Adds the owner and the titled person
  // (leading the owner when it is a state or an organization) and returns
  // true; false when the run is no such name.
  bool TitleOfOwner(size_t title_b, size_t of, size_t e, const std::string& title, size_t si,
                    size_t run_b);

  // "Speaker of the National Assembly Tulia Ackson", "the governor of the
  // Central Bank of Nigeria Olayemi Cardoso": a title, "of" and "the" before
  // the run [b, e), which holds an organization's name and then a person's.
  // Adds both (the person titled, with the organization) and returns true;
  // false when the run is no such pair.
  bool TitleOfTheBody(size_t b, size_t e, size_t si, size_t sent_first);

  // "the Chinese embassy", "the US Embassy": a demonym or a country's name
  // [b, ...) and a noun for a state's mission, in lower case after the run
  // [b, e) or capitalized ending it: the mission's end, or 0.
  size_t MissionAt(size_t b, size_t e, size_t end) const;

  // "Journalist Musa Bello was detained": a noun for the person's
  // occupation (no title, no given name) opening the sentence before a
  // name that is no common word, or a word qualifying organizations before
  // one's name ("Ruling African National Congress"); the name begins after it.
  bool OccupationOpens(size_t b, size_t e, size_t sent_first) const;

  // A lower-case noun for a person right before token b: a title, the
  // head of an epithet or an occupation ("rapper Kofi Mensah").
  bool PersonNounBefore(size_t b, size_t sent_first) const;

  // "Defense Forces", "Foreign Ministry": [b, e) is made of common words
  // and ends in an organization's word.
  bool CommonOrgWords(size_t b, size_t e) const;

  // The words of [b, e), capitalized as there, stand in another sentence
  // than si.
  bool NamedElsewhere(size_t b, size_t e, size_t si) const;

  // Past the titles of rank that lead nothing after a title, up to the
  // name ("Supreme Leader Ayatollah Ali Rahimi", "Chief General X"): the
  // name's first token.
  size_t PastRanks(size_t name_b, size_t e) const;

  // "the Party's offices", "the Group said", "Army" before a title: one
  // organization word alone refers to a fuller name (coreference links it
  // or drops it), unless it alone names one body of a state ("the Senate").
  bool LoneOrgWord(size_t b, size_t e) const;

  void EmitTitled(size_t title_b, size_t name_b, size_t e, const std::string& title, int modifier,
                  size_t si, size_t run_b);

  // Where the name in run [b, e) starts past a title's domain before it
  // ("Minister of the Interior X" from "Interior"), else b.
  // A run that opens with a title and "of" or "for" (maybe "the"): the
  // first word of the title's domain ("Minister of the Interior X" ->
  // "Interior"); b when the run opens otherwise.
  size_t DomainAfterOpeningTitle(size_t b, size_t e) const;
  size_t PastTitleDomain(size_t b, size_t e) const;
  // "the minister for Trade", "the secretary of state for Foreign,
  // Commonwealth and Development Affairs": [b, e) is a title's domain, words
  // of portfolios after the title and "for" or "of", or after another
  // domain (ending at domain_end_) and a comma or "and".
  bool TitleDomainAt(size_t b, size_t e, size_t first) const;

  // "CHP leader Özgür Özel", "opposition leader María Machado": a lower-case
  // title right before the name.
  bool LowercaseTitled(size_t b, size_t e, size_t si, size_t sent_first);

  void EmitName(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end);

  // A model designation: "787", "A380", "3GS"; not a year or an amount.
  bool IsModel(size_t k, size_t end) const;

  // The number at k is an amount or a share: "100 million", "40%", "3 percent".
  bool QuantityAfter(size_t k, size_t end) const;

  // The end of a product name that the unknown name [b, e) begins ("MacBook
  // Air laptops", "Boeing 787 Dreamliner"), or 0.
  size_t ProductAt(size_t b, size_t e, size_t end) const;

  // "the European Union on Myanmar", "the Fund for the Gambia": the name
  // from `from` on is a state's or a place's that the gazetteer knows, and
  // the name [b, e) joined to it by a preposition is none it knows whole.
  bool PlaceAfterPrep(size_t b, size_t e, size_t from, size_t end) const;

  // The name [b, e), a connector ("and") at e and the name [e + 1, f) make
  // one organization's name: the connector joins common words of an
  // organization's domain after its "of" or "for" ("Ministry of Trade and
  // Industry").
  bool AndGoesOn(size_t b, size_t e, size_t f) const;

  // The name [b, e), a lower-case connector at e and names and connectors
  // after it spell the acronym in brackets that follows them ("the Common
  // Market for Eastern and Southern Africa (COMESA)"): the bracket's index,
  // the end of the one name; or 0.
  size_t AcronymSpanEnd(size_t b, size_t e, size_t end) const;

  // "Common Market for Eastern and Southern Africa" for "COMESA": each
  // capitalized word of [b, e) gives the first of its letters in turn, each
  // lower-case one its first letter or none.
  bool AcronymOf(size_t b, size_t e, const std::string& acronym) const;

  // "Ms von der Leyen", "President de Klerk": the lower-case particles of a
  // surname (one or two) between a title and the name at i; their number.
  size_t ParticlesBefore(size_t i, size_t first) const;

  // A headline: most words capitalized.
  bool IsHeadline(const newskg::Sentence& s) const;
  // Every word capitalized but prepositions, articles and coordinators.
  bool IsTitleCase(const newskg::Sentence& s) const;

  void Sentence(size_t si);

  // "the Belarusian leader", "the 66-year-old", "the 71-year-old premier", "the fund".
  void CollectEpithets(size_t si);

  // "rivals Toyota and General Motors": a city's name, or a person's that
  // only WordNet knows ("Ford"), coordinated with a known firm's is a
  // firm's (mentions from `from` on, of one sentence).
  void CoordinatedFirms(size_t from, size_t sent_first);

  // An age used as a noun: "66-year-old".
  bool HasAgeMarker(const std::string& lower) const;

  Document& doc_;
  const Lexicon& lex_;
  const StageWords& w_;
  const std::vector<Token>& t_;
  // IsName by token index: 0 not asked yet, 1 no, 2 yes.
  mutable std::vector<uint8_t> is_name_;
  bool headline_ = false;
  // A headline in title case: no word in lower case but prepositions,
  // articles and coordinators ("Ana Ruiz Wins Seat In Lagos").
  bool title_case_ = false;
  // The end of the last run that was a title's domain (TitleDomainAt).
  size_t domain_end_ = 0;
  MentionLayer layer_;
  // Name mentions by their text, for "a name the article has named whole":
  // indexed up to names_indexed_ (a mention's text is final once the run
  // that made it returns).
  std::unordered_map<std::string, std::vector<size_t>> names_by_text_;
  size_t names_indexed_ = 0;
  std::unordered_set<std::string> event_names_;
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_NAME_RECOGNIZER_H_
