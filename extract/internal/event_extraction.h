// The event stage's internals: one reading of an article's sentences for
// event mentions (extract/event_extractor.h), its members defined by topic
// in event_extractor.cc (the run and relations), event_triggers.cc
// (triggers, attribution), event_subjects.cc and event_roles.cc (roles;
// the first also background phrases and the day of saying), event_lists.cc
// (the lists of names that fill a role), event_fill.cc (a mention's dates,
// counts, amounts and class steps), event_loans.cc (the loans' steps) and
// event_merge.cc (one event per article for mentions the schema calls one).
#ifndef NEWSKG_EXTRACT_INTERNAL_EVENT_EXTRACTION_H_
#define NEWSKG_EXTRACT_INTERNAL_EVENT_EXTRACTION_H_

#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "extract/coreference.h"
#include "extract/document.h"
#include "extract/internal/dep_roles.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"
#include "schema/schema.h"

namespace newskg::internal {

// Punctuation that breaks a clause; dashes too: "NAIROBI, March 10 — Results
// ..." (a dateline is no subject). Clause-opening words are data.
bool IsClauseBreakPunct(const Token& t);

// A past participle by its tag or by its form ("sanctioned", and
// "newly-sanctioned" when the tagger calls it a noun or an adjective).
bool IsParticipleForm(const Token& t);

struct Trigger {
  size_t cls = 0;
  size_t first = 0;  // [first, end)
  size_t end = 0;
  size_t sentence = 0;
  bool passive = false;
  bool verb = false;         // used as a verb (not a noun)
  bool receiving = false;    // the subject's verb receives ("obtained a loan")
  bool conditional = false;  // needs an amount and a lending institution
};

// The shared stage word lists; empty when they cannot be read (Pipeline::Create
// reports that before any stage runs).
inline const StageWords& DefaultStageWords() {
  static const StageWords kNone;
  auto words = StageWords::Default();
  return words.ok() ? *words.value() : kNone;
}

class EventExtraction {
 public:
  EventExtraction(Document& doc, const CorefLayer& coref, const Lexicon& lex)
      : doc_(doc),
        coref_(coref),
        lex_(lex),
        w_(lex.event_words),
        sw_(DefaultStageWords()),
        t_(doc.tokens) {
    // Checked by Pipeline::Create; without it no mentions merge on conflicts.
    if (auto id = EventIdentity::Default(); id.ok()) identity_ = id.value();
    if (auto cls = EventClassTable::Default(); cls.ok()) classes_ = cls.value();
    lemmas_.resize(t_.size());
    // The classes with a "candidates" step of one role, found once.
    if (classes_ != nullptr) {
      for (const EventClassSchema& cs : classes_->classes()) {
        const auto* role = cs.Step("candidates");
        if (role != nullptr && role->size() == 1)
          candidate_steps_.emplace_back(&cs, &role->front());
      }
    }
  }

  void Run();

 private:
  const EventClassSchema* Schema(const std::string& cls) const;

  // "Moscow and Tehran signed a credit line for Iranian infrastructure": a
  // party named in both roles of an "exclusive" pair (a loan's lender and
  // borrower) is in the one it is alone in.
  void ExclusiveRoles(Event& ev) const;

  // Whether the article tells the event on someone's word, and whose: "...,
  // police said", "Reuters reported that ...", "according to the ministry".
  // Needs the part-of-speech tags: "a report said" reports by its verb, not
  // its noun.
  void Attribute(Event& ev) const;

  // Lemma candidates of token i, computed once per document: every lemma
  // the word could have, whatever its tag (WordNet exceptions, suffix
  // rules), and triggers match on any of them. Token::lemma, which the tag
  // decides, loses a trigger when the tag is wrong ("polls showed the mayor
  // winning" with "winning" tagged as a noun), so the events keep these
  // until they move onto the parse.
  std::span<const Word> TokenLemmas(size_t i) const;
  bool IsBeForm(const std::string& w) const { return lex_.passive_auxiliaries.count(w) > 0; }
  bool IsPreposition(const std::string& w) const { return lex_.prepositions.count(w) > 0; }
  bool IsClauseBreak(const Token& t) const;
  // A finite verb or a modal by its tag (VBD, VBZ, VBP, MD).
  bool IsFinite(size_t k) const;
  // Punctuation among tokens [b, e).
  bool PunctBetween(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      if (t_[k].kind == TokenKind::kPunct) return true;
    }
    return false;
  }
  // A finite verb among tokens [b, e).
  bool FiniteBetween(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k) {
      if (IsFinite(k)) return true;
    }
    return false;
  }
  // Token k is a word of `set` (a list of events/pattern_words.tsv).
  template <typename Set>
  bool Is(size_t k, const Set& set) const {
    return set.count(t_[k].lower) > 0;
  }
  bool LemmaIn(size_t i, const WordSet& set) const;
  std::vector<Trigger> FindTriggers(size_t si) const;

  // Negated, hypothetical and non-event uses are no event.
  bool Admissible(const Trigger& tr) const;
  // A verb of hosting whose object is a thing ("welcomed the figures").
  bool ThingAsGuest(const Trigger& tr) const;
  // A negation before a locative preposition and noun trigger TR's phrase:
  // the verb's ("did not run in the election"); the event still happened,
  // without the verb's subject.
  bool NegatedBeforePlace(const Trigger& tr) const;
  // Where the noun phrase of noun trigger TR starts: back over determiners,
  // adjectives, numbers, amounts and, when `names`, names ("a $3 billion
  // loan", "new EU sanctions").
  size_t NounPhraseStart(const Trigger& tr, bool names) const;
  // A headline in title case: "China, Russia Hold Joint Naval Drills".
  bool TitleCase(const Sentence& s) const;
  // A noun trigger that befalls its clause's subject: after a passive verb
  // ("was hit with new sanctions", "Myanmar was hit by sanctions") or a
  // preposition of undergoing ("under EU sanctions").
  bool Undergone(const Trigger& tr) const;
  // A verb trigger whose object its class excludes (<class>_excluded.txt):
  // "disbursed aid", "disbursed $10 million in humanitarian aid",
  // "exercising his right".
  bool TakesExcludedObject(const Trigger& tr) const;

  // "Modi and his Japanese counterpart Ishiba": the mention of the name
  // joined to mention m by "and", a possessive, at most two modifiers and a
  // relational noun (counterpart_nouns.txt), or -1.
  int CounterpartAfter(size_t m) const;

  // The mention before "and his counterpart" when mention m is the name
  // after it, or -1.
  int CounterpartBefore(size_t m) const;

  // Whether the tokens [b, e) between two names are a coordinator or comma
  // and a title of the second ("A and Prime Minister B"): WholeTitle after b.
  bool TitleGap(size_t b, size_t e) const;
  // The capital city of a country when the article names it, else the country.
  int NamedCapital(int country) const;
  // "the president of (the) X": where the phrase before mention c starts
  // (its article or title), or npos.
  size_t TitleOfStart(size_t c) const;
  // "the president of Peru, Ana Ruiz,": the person mention after mention c
  // that holds the title before it, or -1.
  int AppositionHolder(size_t c) const;
  // The "of" at j of a title phrase that starts at `start`, whose holder
  // follows: the mention after "of" ("the prime minister of Slovenia, Ana
  // Velk,"), or -1.
  int TitledAfterOf(size_t j, size_t start) const;
  // Whether the tokens [b, e) are titles in a row, maybe after "'s" and
  // "former", maybe with a portfolio ("'s Minister of Foreign Affairs",
  // "former Prime Minister Sheikh").
  bool WholeTitle(size_t b, size_t e) const;
  // Mention m names what someone owns: "the owner of X", "X's owner" (owner_nouns).
  bool Owned(size_t m) const;
  // Entities of mention `mention` and of its coordinated neighbours
  // ("Qatar and Kuwait", "Russia, China and Iran"), but for what someone
  // owns ("the owner of X and Y": Y).
  std::vector<int> Coordinated(size_t mention) const;

  // The first mention of a titled group ending at mention m: "Russian
  // President Vladimir Putin" starts at "Russian".
  size_t GroupStart(size_t m) const;
  // The first mention of the list that mention m ends, names joined by a
  // coordinator or a comma ("Britain and Australia", "A, B and C"), each
  // from its GroupStart.
  size_t ListStart(size_t m) const;

  // "President Ana Ruiz of Peru", "Daniel Okafor of the Vantor Group": the
  // person mention right before "of" (maybe "of the") and mention m, or -1.
  int PersonBeforeOf(size_t m) const;

  // The mention covering token i, or -1.
  int MentionAt(size_t i) const { return i < doc_.mention_at.size() ? doc_.mention_at[i] : -1; }
  // Whether an abbreviated title and its period ("Mr.", "Dr.", "Gen.")
  // stand right before the mention that starts at FIRST.
  bool AbbreviatedTitleBefore(size_t first) const;
  // Whether tokens [b, e) between two names are "and his firm," (a
  // coordinator, a possessive, one or two lower-case nouns, a comma): the
  // name after is one more member, not a companion ("and his wife, Y").
  bool OwnedApposition(size_t b, size_t e) const;
  // Token K, or the mention's first token when an abbreviated title and
  // its period start at K ("met Mr. X": from "Mr" to "X"), or a title of
  // three words or more ("arrested Member of Parliament X").
  size_t PastHonorific(size_t k) const;

  // "the leaders of Russia and Belarus": the leaders of those countries.
  std::vector<int> LeadersPhrase(size_t i, size_t end) const;

  // The word that opens the gerund clause holding the trigger ("after
  // holding talks", "by imposing sanctions", "before meeting X"), or the
  // comma before a participle clause ("The UK expanded sanctions, putting
  // seven more people on its list"), or npos.
  size_t GerundClause(const Trigger& tr) const;

  // The subject of the clause a gerund clause at k hangs from: its first
  // name group that no preposition governs ("Modi and Ishiba faced the press
  // after holding talks"; "Western countries responded to the Russian
  // authorities by imposing sanctions" has none).
  std::vector<int> MainSubject(size_t k, const Sentence& s) const;
  // A trigger in a leading participial phrase takes the main clause's
  // subject: "Speaking after talks with X, Y said", "Arrested on Friday, X".
  std::vector<int> LeadSubject(const Trigger& tr) const;
  // "X and Y spoke to reporters after their talks": the background
  // preposition before a noun trigger's plural possessive (group_possessives;
  // "his" may be another's: "X congratulated Y after his election"), whose
  // owner is the clause's subject (its subject, time and place the
  // trigger's), or npos.
  size_t OwnBackground(const Trigger& tr) const;
  // "X, an opposition journalist who was detained": the mention of the
  // person an apposition with a relative clause holding trigger TR
  // describes, or -1.
  int AppositionPerson(const Trigger& tr) const;
  std::vector<int> Subject(const Trigger& tr) const;
  // Whether PREP ("from", "of") follows a plural noun that opens its clause,
  // so that its objects are the subject ("Troops from Kenya and Uganda").
  bool OriginOfSubject(size_t prep, const Sentence& s) const;
  // Whether the modal at K reports a stated future ("said it would lend").
  bool ReportedFuture(size_t k, const Sentence& s) const;

  // The token after a date that starts at token k ("on Monday", "Monday",
  // "on March 3"), before `end`; k when no date starts there.
  size_t AfterDate(size_t k, size_t end) const;
  // The token before a date that ends at token k ("said Tuesday that"),
  // after `begin`; k when no date ends there.
  size_t BeforeDate(size_t k, size_t begin) const;

  // A country or organization named before a title and a person ("IMF
  // Managing Director Kristalina Georgieva", "Russian Prime Minister Mikhail
  // Mishustin") stands for that person in a role.
  size_t HeadMention(size_t m) const;
  std::vector<int> Object(const Trigger& tr) const;
  // Token v is a past participle that tells of the lower-case common noun
  // before it, not of an event's doing ("companies owned by X"; not
  // "sanctions imposed by X", doer_participles).
  bool ParticipleOfNoun(size_t v) const;
  // The people (or, after "including", anything) named after a group that a
  // demonym at K's left qualifies: "three Russian businessmen, including A",
  // "two Iranian officials, A and B". Empty when none is named.
  std::vector<int> NamedMembers(size_t k, size_t end) const;
  // The names listed after a list opener at token K (list_openers: "loans to
  // three countries: A, B and C"), before `end`. Empty when no name of an
  // entity follows it.
  std::vector<int> ListedMembers(size_t k, size_t end) const;
  // The country where the purpose after a trigger takes place ("a loan to
  // support projects in the Philippines"): roles.tsv's slot "purpose".
  std::vector<int> PurposePlace(const Trigger& tr) const;
  // The token of a conjunction of the same time ("as", "when") that opens
  // the clause right after a verb trigger's, else 0.
  size_t SimultaneousClause(const Trigger& tr) const;
  // "the owner of X, Y", "X's owner, Y", "X owner Y" (owner_nouns) starting
  // at token j, before `end`: the token after the phrase, with *owner the
  // mention of the person Y or -1 when the phrase names none ("the owner
  // of X"); j when no such phrase starts there. X is what Y owns, no value
  // of the role.
  size_t OwnerPhrase(size_t j, size_t end, int* owner) const;
  std::vector<int> PrepObject(const Trigger& tr, const std::string& prep) const;
  // "The IMF provided Egypt with a loan", "The US hit Iran with new
  // sanctions": the mention between a verb and "with" before a noun
  // trigger (the verb's object, no subject of the trigger), or -1; and
  // its entities (the roles.tsv slot "withobject").
  int WithObjectMention(const Trigger& tr) const;
  std::vector<int> WithObject(const Trigger& tr) const;
  // "The drills, which involve 5,000 troops from Poland and Lithuania",
  // "exercises involving Egypt and Jordan": the parties named right after
  // a verb of involving (involving_verbs) that follows a noun trigger,
  // themselves or after "from" / "of".
  // With targeting_verbs, the targets ("The sanctions, announced on Friday,
  // target A and B"; the roles.tsv slot "targeted").
  std::vector<int> Involved(const Trigger& tr, const WordSet& verbs) const;
  // The token after an apposition of a relative clause or a participle
  // between commas that starts at the comma K ("The exercise, held in X on
  // Tuesday, involved"), or K when none starts there.
  size_t PastApposition(size_t k, const Sentence& s) const;

  // "Those sanctioned by the UK include A, owner of B; C and D": the names
  // listed after a listing verb (list_verbs.txt) that follows the trigger,
  // but for names inside a phrase that describes one of them ("owner of B").
  std::vector<int> Listed(const Trigger& tr) const;
  // The names a list from token k to the sentence's end gives, past what
  // describes them ("A, the head of X; B, the interior minister; and C").
  std::vector<int> ListItems(size_t k, const Sentence& s) const;

  // "Volga Oil CEO Ivan Petrov, Kama Bank CEO Sergei Orlov, businessman
  // Pavel Lebed (Ural Group) and Dmitry Volkov were placed under sanctions":
  // the people of a list of titled names that ends at the trigger's verb
  // group. Each item between commas (or "and") holds a person; the list ends
  // at an item without one.
  std::vector<int> ListBefore(const Trigger& tr) const;
  std::vector<int> Possessor(const Trigger& tr) const;

  // Entity names or demonyms right before a noun trigger: "Belarusian
  // election", "joint Russian-Belarusian drills", "EU sanctions".
  std::vector<int> Modifier(const Trigger& tr) const;
  bool IsClauseWord(const Token& t) const;
  std::vector<int> Place(const Trigger& tr) const;
  bool TypeOk(int e, const RoleRule& r) const;

  // The values of a text-ordered vector that lie within `span`.
  template <typename T>
  static std::pair<typename std::vector<T>::const_iterator, typename std::vector<T>::const_iterator>
  Within(const std::vector<T>& values, Span span) {
    auto b = std::lower_bound(values.begin(), values.end(), span.begin,
                              [](const T& v, uint32_t at) { return v.span.begin < at; });
    auto e = b;
    while (e != values.end() && e->span.begin < span.end) ++e;
    return {b, e};
  }

  static size_t Distance(const Trigger& tr, Span s, const std::vector<Token>& t);

  // A trigger in a background phrase: "after a banned march", "two days after he held talks".
  bool Background(const Trigger& o) const;

  // The date of a dateline: "CARACAS, July 30 (AP) —" opening the article.
  bool InDateline(size_t k, const Sentence& s) const;

  // The verb among the three words before token k, no punctuation between;
  // SIZE_MAX when there is none.
  size_t VerbBefore(size_t k, const Sentence& s) const;
  // The date is the day a body published its findings ("results released
  // Monday"), no event's.
  bool PublishedOn(size_t k, const Sentence& s) const;

  // A date right after a verb of saying ("said on Tuesday", "told
  // reporters on Monday") dates the saying.
  bool SaidOn(size_t k, const Sentence& s) const;

  // Whether noun trigger O lies in the object of verb trigger TR, a few
  // words after it with no name, punctuation or preposition between (one
  // before a number counts: "more than 200 protesters").
  bool InObjectOf(const Trigger& o, const Trigger& tr) const;
  // Whether date D closes TR's phrase and O follows in another verb's: no
  // finite verb between TR and D, one between D and O ("The arrest of X in
  // Abuja on Friday sparked protests").
  bool DateClosesPhrase(const Trigger& tr, const DateValue& d, const Trigger& o) const;
  // The trigger is a verb of voting, or a verb of voting comes before it in
  // its clause, no other verb between: "X voted in the election", "X cast
  // his ballot during local elections".
  bool Voting(const Trigger& tr) const;
  // A noun trigger after a definite determiner: "the drills".
  bool Definite(const Trigger& tr) const;
  // The date closest to this trigger, among dates for which no other trigger
  // of the sentence is closer; edges of periods ("since August") are no date.
  const DateValue* DateFor(const Trigger& tr, const std::vector<Trigger>& all,
                           const Sentence& s) const;
  size_t TokenAt(uint32_t byte) const;

  // The trigger is a verb in the present perfect: "have detained", "has
  // been arrested" ("has" or "have" up to three words before it).
  bool PresentPerfect(const Trigger& tr) const;

  // A count that sizes this event: a crowd for protests ("100,000
  // demonstrators", "100,000 people took part"), a count next to the
  // trigger for arrests ("almost 7,000 were detained", "arrested 300 people").
  // A protest's crowd size told in the next sentence, when that sentence
  // has no trigger of its own, or null.
  const CountValue* NextSentenceCrowd(const Trigger& tr) const;
  // "The rally drew about 5,000 people", "the march brought out 40,000
  // people": a count whose first token is `first`, after a verb of drawing
  // a crowd (crowd_draw_verbs.txt) whose subject is the noun trigger `tr`
  // of sentence `s`, before the people noun that ends at `after`; not
  // people the event saw hurt or held ("saw 300 people arrested").
  bool DrawnCrowd(const Trigger& tr, size_t first, size_t after, const Sentence& s) const;
  const CountValue* CountFor(const Trigger& tr, const Sentence& s,
                             const std::vector<Trigger>& all) const;
  Event Fill(const Trigger& tr, const std::vector<Trigger>& all);

  // How a mention joins the others in Merge: as found (one event per set of
  // mentions that are one); naming nothing but its day, it joins the latest
  // event of its class when it fits, else goes; naming nothing but people
  // named as candidates, it joins the latest event of its class.
  enum class Joins { kAsFound, kLatestIfFits, kLatest };
  // The events of the triggers of sentence `si`.
  void FillTriggers(size_t si, std::vector<Trigger>& triggers, std::vector<Event>& found,
                    std::vector<Joins>& joins);
  // "his main challenger, Sviatlana Tsikhanouskaya": the people sentence
  // `s` names by a candidate noun.
  std::vector<int> CandidatesByRole(const Sentence& s) const;
  // "A defeated B", "A won against B", "B was defeated by A": the people on
  // both sides of a verb of defeating (defeat_verbs.txt) in sentence `s`.
  std::vector<int> DefeatSides(const Sentence& s) const;
  // "Ndong got nearly 40 percent": the person whose verb takes a share.
  std::vector<int> VoteShareHolders(const Sentence& s) const;
  // The length of the phrase of defeat_verbs.txt that starts at token k, or 0.
  size_t DefeatAt(size_t k, const Sentence& s) const;
  // "Rivals A and B trailed": in an article that has told of an event of a
  // class with a candidates step, the people a sentence names as
  // candidates are a mention of it, whatever the sentence's triggers. The
  // sentence's own events are found[first...].
  // "They include A, B and C", "Among them are A and B": a sentence with no
  // event of its own that lists the members of the group the latest event's sentence,
  // just before, told of; a mention of that event in its listed slot's role.
  void AddFollowUpList(size_t si, std::vector<Event>& found, std::vector<Joins>& joins) const;
  void AddNamedCandidates(size_t si, size_t first, std::vector<Event>& found,
                          std::vector<Joins>& joins) const;

  // A presidential or parliamentary election named with a city ("took to
  // the streets in Caracas after ... Sunday's presidential vote") is the
  // city's country's, unless the sentence speaks of a local one (a mayor).
  // The sentence speaks of a local election (local_election_words.txt).
  bool LocalElection(const Sentence& s) const;
  void NationalElectionPlace(const Sentence& s, Event& ev, const std::string& role) const;

  // An election with no place named is the article's country's ("the May 29
  // election"); a mayor's is the city's the sentence names.
  void AddDefaultElectionPlace(const Sentence& s, Event& ev, const std::string& role) const;

  // The "main-country" step (ROLE,OTHER): a mention with OTHER and an amount
  // but no ROLE, in an article about a country named again and again: that
  // country fills ROLE ("ISLAMABAD — Beijing refinanced a $1 billion loan":
  // Pakistan borrows). Not when another mention with the same OTHER names
  // its ROLE: that is the same event.
  void DefaultParties(std::vector<Event>& evs) const;

  // ", and [the] X [a further | another] $N": a loan by X like the one before.
  // The new mention has X in `role` and the other entity roles of `ev`.
  std::optional<Event> Gapped(const Trigger& tr, const Event& ev, const std::string& role) const;

  // "the first $1.2bn tranche", "$12 billion upfront": a part paid out, not the loan.
  bool PartialAmount(const MoneyValue& m) const;
  // An amount after a noun of paying out and "of" ("a disbursement of $300
  // million"): the loan's only when no other amount is told with it.
  // An amount told after a sum that follows the trigger ("bringing the total to").
  bool SumAfter(const Trigger& tr, const MoneyValue& m) const;
  bool PaidOutShare(const MoneyValue& m) const;

  // "won the Istanbul mayoralty": a form of "win" shortly before the office.
  bool WonBefore(const Trigger& tr) const;

  // An amount, and a lender or borrower whose name ends in a lending
  // institution's head word ("... Monetary Fund", "... Development Bank").
  bool LendingInstitution(const Event& ev, const std::vector<std::string>& roles) const;
  bool IsLendingInstitution(int e) const;

  // "X reached an agreement with Y on a $3 billion loan": for each trigger,
  // the index of the conditional trigger of its class whose topic it is (a
  // preposition of topic_preps between them, in one clause, a few words
  // apart), or SIZE_MAX. The two are one mention.
  std::vector<size_t> AgreementTopics(const std::vector<Trigger>& triggers) const;

  // The institution-lends step (ROLE, OTHER): a receiving mention whose OTHER
  // holds a lending institution and whose ROLE is empty ("The IMF reached an
  // agreement with Ghana"): the institution goes to ROLE, and the party of
  // "with" after the trigger to OTHER.
  void InstitutionLends(const Trigger& tr, const std::vector<std::string>& roles, Event& ev) const;

  // Whether a mention meets one of its class's requirements (classes.tsv):
  // "X leaned on Y for deposits" names no amount and one party of a loan.
  // In a headline (UNDATED) a requirement of a date is met without one:
  // "Thousands protest in Lima over new law" tells the news of the day.
  static bool Useful(const Event& ev, const EventClassSchema& cs, bool undated = false);
  // The article's first sentence without a closing period: its headline.
  bool Headline(size_t si) const;

  // Whether class `cls`'s step `step` (classes.tsv) names `role`.
  bool StepHas(const std::string& cls, std::string_view step, const std::string& role) const;

  // The entities of a role, or none.
  static std::vector<int> RoleOf(const Event& e, const char* role);
  bool IsPerson(int e) const;

  // Two entities are one side of an event when equal or one leads the other.
  bool SameSide(int a, int b) const;
  // The country entity whose name or demonym opens an organization's name
  // ("U.S. Department of the Treasury", "Chinese Defence Ministry"), or -1.
  int StateOfOrganization(int e) const;
  bool Overlap(const std::vector<int>& a, const std::vector<int>& b) const;

  // Places that are the same, or one inside the other (a city inside its country).
  bool SamePlace(int a, int b) const;

  // One place per event (the shapes say so): a country that holds another of
  // the event's places goes ("in Tbilisi, Georgia": Tbilisi); of places not
  // one inside the other, the first stays.
  void OnePlace(Event& ev) const;

  // Two places that cannot both be the event's place: not the same, not one
  // inside the other, and of one kind (two cities, two countries) or in
  // different countries.
  bool PlacePairConflicts(int x, int y) const;

  // Whether the trigger's passive subject or active object is one person
  // described and not named ("An opposition activist was arrested").
  bool UnnamedOne(const Trigger& tr) const;
  static constexpr int kUnnamedOne = -2;  // MatchView's value of an unnamed person
  // A mention as schema/event_match.h reads it, the same test identity
  // across articles applies: an article's mention is compared by its first
  // date, and two entities are one side when equal or one leads the other.
  struct MatchView {
    const EventExtraction& x;
    static std::vector<std::string_view> Dates(const Event& e) {
      if (e.dates.empty()) return {};
      return {e.dates.front().lexical};
    }
    static std::optional<double> Count(const Event& e) {
      if (!e.count) return std::nullopt;
      return static_cast<double>(e.count->value);
    }
    static std::vector<std::pair<std::string_view, double>> Amounts(const Event& e) {
      std::vector<std::pair<std::string_view, double>> out;
      for (const auto& m : e.amounts)
        out.emplace_back(m.currency, std::strtod(m.value.c_str(), nullptr));
      return out;
    }
    static std::string_view Quote(const Event& e) { return e.quote; }
    // A role held by one unnamed person is one value that any one named
    // person may be.
    std::vector<int> Role(const Event& e, const std::string& r) const {
      std::vector<int> v = RoleOf(e, r.c_str());
      if (v.empty() &&
          std::find(e.unnamed_roles.begin(), e.unnamed_roles.end(), r) != e.unnamed_roles.end())
        v.push_back(kUnnamedOne);
      return v;
    }
    // In the identity test only, "the U.S. Department of the Treasury"
    // also stands for the United States.
    bool SameSide(int a, int b) const {
      if (a == kUnnamedOne || b == kUnnamedOne) return a != b;
      return x.SameSide(a, b) || (a >= 0 && x.StateOfOrganization(a) == b) ||
             (b >= 0 && x.StateOfOrganization(b) == a);
    }
    bool PlacesConflict(int a, int b) const { return x.PlacePairConflicts(a, b); }
  };

  // Two mentions in one article are one event when they have no conflict,
  // the same presence of the roles that must match, and the identity
  // evidence or the class's in-article evidence (classes.tsv).
  bool Compatible(const Event& a, const Event& b) const;
  // Two mentions of a class have no conflicting value.
  bool Fits(const Event& a, const Event& b) const;
  // One mention is undated and told in the article's lead (its first three
  // sentences: the news itself), the other dated two or more calendar
  // years before the article ("In the 2019 election" in 2024): two events,
  // whatever they share.
  bool LeadAndPastYear(const Event& a, const Event& b) const;
  void MergeInto(Event& a, const Event& b) const;
  // One event per set of mentions that are one, each mention joining as
  // `joins` says.
  void Merge(std::vector<Event>& evs, const std::vector<Joins>& joins) const;
  // A mention that names nothing but its day.
  static bool DateOnly(const Event& ev);
  // A mention that names nothing but its size: it joins the latest event of
  // its class that has none, when it fits.
  static bool CountOnly(const Event& ev);

  // The relations each event gives, as its class says (classes.tsv):
  // "meets" between the people and organizations of a meeting, "grantsLoanTo"
  // from a loan's lender to its borrower.
  void Relations();
  Document& doc_;
  const CorefLayer& coref_;
  const Lexicon& lex_;
  const EventWords& w_;   // the closed-class words of the event patterns
  const StageWords& sw_;  // the words the stages share ("and", "according to")
  const EventIdentity* identity_ = nullptr;
  const EventClassTable* classes_ = nullptr;
  const internal::DepRoles* dep_ = nullptr;  // the parse of the current sentence, if any
  const std::vector<Token>& t_;
  // TokenLemmas by token: the lexicon's list (valid while its memo keeps
  // it, see Lexicon::LemmaEpoch), or one of two words' lemmas joined, kept
  // in `lemma_chunks_`: a token's list lies within one chunk, and a chunk
  // never grows past the room it reserved, so a list stays where it is
  // while others are added.
  struct LemmaList {
    static constexpr uint64_t kOwned = ~uint64_t{0};  // in lemma_chunks_
    std::span<const Word> words;
    uint64_t epoch = 0;  // Lexicon::LemmaEpoch() when the lexicon gave it, or kOwned
    // Unset while `words` is empty: every word has a lemma (itself at least).
  };
  mutable std::vector<LemmaList> lemmas_;
  mutable std::vector<std::vector<Word>> lemma_chunks_;
  mutable std::vector<bool> rel_;       // relative clauses of the sentence being read
  mutable std::vector<int> org_state_;  // by entity: the state an organization's name opens with
  // Each class whose "candidates" step names one role, with that role, in
  // the order of the class table.
  std::vector<std::pair<const EventClassSchema*, const std::string*>> candidate_steps_;
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_EVENT_EXTRACTION_H_
