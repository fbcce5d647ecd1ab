#include "extract/coreference.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EntitySummary;
using testing::Extract;
using V = std::vector<std::string>;

TEST(CoreferenceTest, OneEntityPerRealThing) {
  const std::pair<std::string, V> cases[] = {
      {"Kenyan President William Ruto arrived. Ruto said little.",
       {"Country:Kenya", "Person:William Ruto"}},
      {"Alexandar Lukashenko spoke. Alexander Lukashenko left. Lukashenko returned.",
       {"Person:Alexandar Lukashenko"}},
      {"The International Monetary Fund agreed. The IMF said it would pay.",
       {"Organization:International Monetary Fund"}},
      {"The Asian Infrastructure Investment Bank (AIIB) lent. AIIB officials agreed.",
       {"Organization:Asian Infrastructure Investment Bank"}},
      {"The US and the United States are one.", {"Country:United States"}},
      {"Chinese President Xi Jinping arrived. Xi said little.",
       {"Country:China", "Person:Xi Jinping"}},
      {"Carlos Galvez Jr. spoke. Galvez left.", {"Person:Carlos Galvez Jr"}},
      {"Defense Secretary Lloyd Austin spoke. Austin left.", {"Person:Lloyd Austin"}},
      {"The National Electoral Council (CNE) met. The CNE ruled.",
       {"Organization:National Electoral Council"}},
      {"The European Commission agreed. The Commission said so.",
       {"Organization:European Commission"}},
      {"They met in Vlora. The resort of Vlora was calm.", {"City:Vlora"}},
      // A given name alone after the full name; a title abbreviated ("PM")
      // or a form of address ("Barrister") is no part of the name.
      {"Police held Rashid Qureshi in Multan. Why was Rashid arrested, his aides asked.",
       {"City:Multan", "Person:Rashid Qureshi"}},
      {"Vikram Sethi landed in Osaka. PM Sethi then met investors.",
       {"City:Osaka", "Person:Vikram Sethi"}},
      {"\"His lawyer Barrister Omar Daudzai saw him. Omar said the guards pushed him,\" she said.",
       {"Person:Omar Daudzai"}},
      {"Gov. Ana Ruiz spoke. Lt. Gen. Tomas Berg agreed.",
       {"Person:Ana Ruiz", "Person:Tomas Berg"}},
      // A country's short name, where the article names the country; a
      // demonym that is its country's name names the country alone.
      {"New Zealand and Fiji signed a pact. Critics said NZ gave too much.",
       {"Country:Fiji", "Country:New Zealand"}},
      {"Crowds in Fiji cheered as the team flew to New Zealand on Monday.",
       {"Country:Fiji", "Country:New Zealand"}},
      {"Zentrix said orders rose. Shares of Zentrix Corp fell.", {"Organization:Zentrix Corp"}},
      {"WARSAW, Sept 22 \xE2\x80\x94 Talks ended.", {"City:Warsaw"}},
      // One name, a person by its form and an organization by its context.
      {"Halvor Brandt buys new jets. The national airline Halvor Brandt bought 12 jets.",
       {"Organization:Halvor Brandt"}},
      // "The North" for the article's North Korea; alone, nothing of ours.
      {"North Korea fired missiles. The drills went ahead despite protests from the North.",
       {"Country:North Korea"}},
      {"Sales in the North American market fell.", {}},
      // The last words of a longer name.
      {"He beat his rival, Marine Le Pen, on Sunday. Le Pen conceded.", {"Person:Marine Le Pen"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// "City, X" with X a country's name: X is that country when the city lies
// in it, else a region of the city's own country that shares the name.
TEST(CoreferenceTest, ARegionAfterACityOfAnotherCountryIsAPlace) {
  const std::pair<std::string, V> cases[] = {
      {"The firm is based in Atlanta, Georgia, and hires 900 people.",
       {"City:Atlanta", "Place:Georgia"}},
      {"Exports from Savannah, Georgia, rose in May.", {"City:Savannah", "Place:Georgia"}},
      {"Crowds gathered in Tbilisi, Georgia, on Monday.", {"City:Tbilisi", "Country:Georgia"}},
      {"Talks were held in Nairobi, Kenya, on Friday.", {"City:Nairobi", "Country:Kenya"}},
      {"The plant in Houston, Texas, closed.", {"City:Houston", "Place:Texas"}},
      {"Georgia's parliament met in Tbilisi.", {"City:Tbilisi", "Country:Georgia"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

TEST(CoreferenceTest, AltLabelsKeepEverySurfaceForm) {
  Document doc =
      Extract("Chilean President Gabriel Boric arrived. Boric spoke. President Boric left.");
  const int e = testing::FindEntity(doc, "Gabriel Boric");
  ASSERT_GE(e, 0);
  EXPECT_EQ(doc.entities[static_cast<size_t>(e)].alt_labels, (std::set<std::string>{"Boric"}));
}

// A person's label is his fullest name, though the gazetteer knows his
// surname alone as someone's ("Martin", "Howard"); a known full name is
// still the gazetteer's.
TEST(CoreferenceTest, APersonsSurnameTheGazetteerKnowsKeepsTheFullLabel) {
  const std::pair<std::string, V> cases[] = {
      {"Prime Minister Michel Martin welcomed the report. Mr Martin said it was good.",
       {"Person:Michel Martin"}},
      {"Aid chief Tomas Howard arrived. Howard spoke.", {"Person:Tomas Howard"}},
      {"Tomas Brenn arrived. Brenn spoke.", {"Person:Tomas Brenn"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// Forms of one name: qualified by place or country, with or without the
// legal form, or the first words of a longer name.
TEST(CoreferenceTest, OneOrganizationOrPlaceUnderItsForms) {
  const struct {
    std::string text, name;
    std::set<std::string> labels;  // label and alternative labels
  } cases[] = {
      {"The plant is in Mobile, Alabama.", "Mobile", {"Mobile", "Mobile, Alabama"}},
      {"The US Federal Reserve cut rates on Monday.",
       "Federal Reserve",
       {"Federal Reserve", "US Federal Reserve"}},
      {"The U.S. Air Force chose a tanker. The Air Force said so.",
       "U.S. Air Force",
       {"U.S. Air Force", "Air Force"}},
      {"General Motors Corporation cut jobs. General Motors said sales fell.",
       "General Motors Corporation",
       {"General Motors Corporation", "General Motors"}},
      {"Kessler Group PLC and Kessler Group agreed.",
       "Kessler Group PLC",
       {"Kessler Group PLC", "Kessler Group"}},
      // The first words of a longer name, the last one cut short.
      {"Vantor Air said so. Vantor Airways Holdings reported a loss.",
       "Vantor Airways Holdings",
       {"Vantor Airways Holdings", "Vantor Air"}},
      {"Shares of Nasdaq Stock Market firms rose. The Nasdaq gained 2%.",
       "Nasdaq",
       {"Nasdaq Stock Market", "Nasdaq"}},
      // An acronym in mixed case in brackets after the name.
      {"The Halvor Development Bank (HalDB) lent more. The HalDB said so.",
       "Halvor Development Bank",
       {"Halvor Development Bank", "HalDB"}},
      // ... or after ", or" (an acronym of another language's name).
      {"Results came from the Supreme Electoral Council, or CSE. The CSE said so.",
       "Supreme Electoral Council",
       {"Supreme Electoral Council", "CSE"}},
      // A name's inner word, when only one person has it.
      {"Luiz Carlos Vaz da Costa won. Vaz said he was confident.",
       "Luiz Carlos Vaz da Costa",
       {"Luiz Carlos Vaz da Costa", "Vaz"}},
      // A surname written without its accents.
      {"Candidate Jos\u00e9 N\u00fa\u00f1ez won. Nunez later questioned the results.",
       "Jos\u00e9 N\u00fa\u00f1ez",
       {"Jose Nunez", "Jos\u00e9 N\u00fa\u00f1ez", "Nunez"}},
      // The words before "of" and a state or place of a longer name.
      {"The Central Bank's rate stayed. The Central Bank of Kenya met on Monday.",
       "Central Bank of Kenya",
       {"Central Bank of Kenya", "Central Bank"}},
      // The first word before a plural noun: the organization, unless it
      // names a people or region ("African countries").
      {"Halvor Dynamics won the contract. Halvor shares rose 3 percent.",
       "Halvor Dynamics",
       {"Halvor Dynamics", "Halvor"}},
      {"The Asian Development Bank lent $50 million to four East Asian countries on Monday.",
       "Asian Development Bank",
       {"Asian Development Bank"}},
  };
  for (const auto& c : cases) {
    Document doc = Extract(c.text);
    const int e = testing::FindEntity(doc, c.name);
    ASSERT_GE(e, 0) << c.text;
    const Entity& entity = doc.entities[static_cast<size_t>(e)];
    std::set<std::string> labels = entity.alt_labels;
    labels.insert(entity.label);
    EXPECT_EQ(labels, c.labels) << c.text;
  }
  // A title after a name is no longer name ("White House Press Secretary").
  const Document doc =
      Extract("The White House said so. White House Press Secretary Dana Perino spoke.");
  EXPECT_EQ(EntitySummary(doc), (V{"Organization:White House", "Person:Dana Perino"}));
}

TEST(CoreferenceTest, EpithetsFindTheirLeader) {
  Document doc = Extract(
      "Cuban President Miguel Diaz-Canel met Peruvian officials. \"We are ready,\" the Cuban "
      "leader said.");
  ASSERT_EQ(testing::EventSummary(doc, "Statement"),
            V{"quote=We are ready,;speaker=Miguel Diaz-Canel"});
  // "the new Kenyan president": the person declared to that office
  // (office_verbs.txt), not the one named last.
  doc = Extract(
      "Kenya\u2019s vice-president, Dario Vaz, was declared Kenya\u2019s new president on Monday. "
      "Rival Omar Fayed did not comment. The new Kenyan president said, \"We will work with "
      "all.\"");
  EXPECT_EQ(testing::EventSummary(doc, "Statement"),
            V{"quote=We will work with all.;speaker=Dario Vaz"});
}

// An unqualified head of state or government leads the article's country;
// not under a dateline only, in a sentence about another country
// ("BRUSSELS —" news of the EU); yes in an article that names its country
// again and again, whatever else the sentence names.
TEST(CoreferenceTest, UnqualifiedHeadOfGovernmentLeadsTheArticlesCountry) {
  const std::pair<std::string, V> cases[] = {
      {"Nepal will hold talks. Prime Minister Pushpa Kamal Dahal said Nepal needs funds from "
       "India. Nepal has asked before.",
       {"leaderOf(Pushpa Kamal Dahal, Nepal)"}},
      {"BRUSSELS, March 12 \xE2\x80\x94 Ministers met. The White House said President Joe Biden "
       "would meet Chinese President Xi Jinping in San Francisco.",
       {"leaderOf(Xi Jinping, China)"}},
      {"Egypt will receive $3 billion. Egypt needs dollars, and Egypt has few. President Adel "
       "Mansour has leaned on Saudi Arabia and Qatar for deposits.",
       {"leaderOf(Adel Mansour, Egypt)"}},
      // Twice is enough when the article names no other country; not
      // when it names another as often.
      {"Lebanon's cabinet met on Monday. President Farid Haddad said Lebanon would wait.",
       {"leaderOf(Farid Haddad, Lebanon)"}},
      {"Lebanon's cabinet met Syria's envoy on Monday. President Farid Haddad said Lebanon "
       "and Syria would wait.",
       {}},
      // Not the country the writer names for someone else in the sentence.
      {"Portuguese President Rui Tavares arrived. Portuguese firms followed. Prime Minister "
       "Anil Rao shook hands with Portuguese President Rui Tavares in Delhi.",
       {"leaderOf(Rui Tavares, Portugal)"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

TEST(CoreferenceTest, HeadedByMakesALeader) {
  EXPECT_EQ(testing::RelationSummary(Extract("The NEC, headed by Mary Wanjiru, met on Friday.")),
            V{"leaderOf(Mary Wanjiru, NEC)"});
  EXPECT_EQ(testing::RelationSummary(Extract(
                "Peter Okoye, who heads the Nigerian National Petroleum Company, resigned.")),
            V{"leaderOf(Peter Okoye, Nigerian National Petroleum Company)"});
  // In the main clause too; not what a person leads in a race.
  EXPECT_EQ(testing::RelationSummary(Extract("Peter Okoye heads the Unity Party.")),
            V{"leaderOf(Peter Okoye, Unity Party)"});
  EXPECT_EQ(testing::RelationSummary(Extract("Peter Okoye currently chairs the Zentrix Group.")),
            V{"leaderOf(Peter Okoye, Zentrix Group)"});
  EXPECT_EQ(testing::RelationSummary(Extract("Peter Okoye leads Ana Ruiz in the polls.")), V{});
}

TEST(CoreferenceTest, AppositionsNameLeaders) {
  EXPECT_EQ(testing::RelationSummary(
                Extract("Fumio Kishida met Narendra Modi, India's prime minister, on Monday.")),
            (V{"leaderOf(Narendra Modi, India)", "meets(Fumio Kishida, Narendra Modi)"}));
  EXPECT_EQ(testing::RelationSummary(Extract("Luis Arce, the president of Bolivia, spoke.")),
            V{"leaderOf(Luis Arce, Bolivia)"});
  EXPECT_EQ(testing::RelationSummary(
                Extract("Daniel Noboa was sworn in as Ecuador's president on Friday.")),
            V{"leaderOf(Daniel Noboa, Ecuador)"});
  // Titles of companies, with words that describe the company, no article,
  // a relative clause, a curly possessive.
  const std::pair<std::string, V> cases[] = {
      {"Pavel Orlov, Chairman of Sberbank, spoke.", {"leaderOf(Pavel Orlov, Sberbank)"}},
      // The title, what it leads and the person after a comma; a leader's
      // title over a service ("chief of intelligence") leads no country.
      {"The leader of the Unity Party, Pavel Orlov, spoke.",
       {"leaderOf(Pavel Orlov, Unity Party)"}},
      {"The spokesman of the Unity Party, Pavel Orlov, spoke.", {}},
      {"The deputy leader of the Unity Party, Pavel Orlov, spoke.", {}},
      // A name the form alone would not make a person's: the apposition does.
      {"The chairman of the Unity Party, Hamilton Okoro, spoke in Lagos.",
       {"leaderOf(Hamilton Okoro, Unity Party)"}},
      {"The deputy leader of the Unity Party, Hamilton Okoro, spoke.", {}},
      {"The queen welcomed the Prime Minister of the Kingdom of Norway, Toralf Brekkesund, on "
       "Monday.",
       {"leaderOf(Toralf Brekkesund, Norway)"}},
      {"The minister hosted a lunch for the Prime Minister of Portugal, Oviedo Vilela.",
       {"leaderOf(Oviedo Vilela, Portugal)"}},
      {"Pavel Orlov, Qatar's chief of intelligence, spoke.", {}},
      // A state's or a body's possessive, its leader's title (maybe
      // "incumbent"), a comma, the holder; not a former one, nor a title
      // that leads nothing.
      {"Vanuatu's prime minister, Ralph Tamsey, spoke.", {"leaderOf(Ralph Tamsey, Vanuatu)"}},
      {"Vanuatu's incumbent prime minister, Ralph Tamsey, spoke.",
       {"leaderOf(Ralph Tamsey, Vanuatu)"}},
      {"Vanuatu's former prime minister, Ralph Tamsey, spoke.", {}},
      {"Kenya's foreign minister, Mary Wanjiru, spoke.", {}},
      {"The Unity Party's spokesman, Pavel Orlov, spoke.", {}},
      // "the country's (elected) president, X,": the country named last,
      // in this sentence or the two before; not a former one, nor from afar.
      {"Soldiers seized power in Togo on Monday. They detained the country's elected president, "
       "Kossi Ameda.",
       {"leaderOf(Kossi Ameda, Togo)"}},
      {"Floods hit Chad and Niger. The nation's president, Idriss Kaba, toured the area.",
       {"leaderOf(Idriss Kaba, Niger)"}},
      {"Floods hit Chad. The country's former president, Idriss Kaba, spoke.", {}},
      {"Floods hit Chad. Rain fell. Roads closed. Schools shut. The country's president, Idriss "
       "Kaba, spoke.",
       {}},
      // The person's age or the tenure's word before the title.
      {"Tomas Gebre, the 60-year-old chairman of the Unity Congress, was arrested.",
       {"leaderOf(Tomas Gebre, Unity Congress)"}},
      {"Tomas Gebre, the incumbent president of Namibia, spoke.",
       {"leaderOf(Tomas Gebre, Namibia)"}},
      // A state's title, a comma, its holder; not a former one.
      {"He met Ghanaian President, Kofi Amankwah, on Monday.", {"leaderOf(Kofi Amankwah, Ghana)"}},
      {"They ousted former Malian president Amadou Tall in 2012.", {}},
      {"Pavel Orlov, CEO of energy company Gazprom, spoke.", {"leaderOf(Pavel Orlov, Gazprom)"}},
      {"Pavel Orlov, who is also chair of the World Bank, spoke.",
       {"leaderOf(Pavel Orlov, World Bank)"}},
      {"Rishi Sunak, UK\u2019s Prime Minister, spoke.", {"leaderOf(Rishi Sunak, United Kingdom)"}},
      // A lower-case title of one or more words between what is led and
      // the person, also after another person's name in a list; not a
      // title that leads nothing.
      {"Norvex chief executive Daniel Okafor spoke.", {"leaderOf(Daniel Okafor, Norvex)"}},
      {"Police held the banker Ade Bello and Norvex president Daniel Okafor.",
       {"leaderOf(Daniel Okafor, Norvex)"}},
      {"Police held the banker Ade Bello and Norvex spokesman Daniel Okafor.", {}},
      // One country and one body besides, in either order; not two bodies.
      {"Kofi Mensah, who is also chair of the West African Union, spoke. The president of Ghana, "
       "Kofi Mensah, flew to Lome.",
       {"leaderOf(Kofi Mensah, Ghana)", "leaderOf(Kofi Mensah, West African Union)"}},
      {"The president of Ghana, Kofi Mensah, flew to Lome. Kofi Mensah, who is also chair of the "
       "West African Union, spoke.",
       {"leaderOf(Kofi Mensah, Ghana)", "leaderOf(Kofi Mensah, West African Union)"}},
      {"Kofi Mensah, who is also chair of the West African Union, spoke. The chairman of the "
       "Cocoa Board, Kofi Mensah, flew to Lome.",
       {"leaderOf(Kofi Mensah, West African Union)"}},
      // "headed by": the name after a qualifying name and a noun.
      {"The Electoral Board, headed by Osei loyalist Ama Boateng, named the winner.",
       {"leaderOf(Ama Boateng, Electoral Board)"}},
      // An apposition ends at its comma: the next name is not led.
      {"Pavel Orlov, head of the bank, and Gazprom spoke.", {}},
      {"Pavel Orlov, a critic of Gazprom, spoke.", {}},
      // "the Lopez-headed committee": the person named before the hyphen leads it.
      {"Maria Lopez spoke. The Lopez-headed Monetary Policy Committee kept rates.",
       {"leaderOf(Maria Lopez, Monetary Policy Committee)"}},
      {"The Lopez-headed Monetary Policy Committee kept rates.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

TEST(CoreferenceTest, DatelineCountryHasItsUnqualifiedPremier) {
  EXPECT_EQ(testing::RelationSummary(
                Extract("NAIROBI, May 2 \xE2\x80\x94 Prime Minister Wanjiku Kamau spoke.")),
            V{"leaderOf(Wanjiku Kamau, Kenya)"});
  // A president leads no monarchy and a king no republic: under a
  // monarchy's dateline, an unqualified president is a visitor.
  EXPECT_EQ(
      testing::RelationSummary(Extract("TOKYO, May 2 \xE2\x80\x94 President Ana Ruiz spoke.")),
      V{});
  EXPECT_EQ(
      testing::RelationSummary(Extract("NAIROBI, May 2 \xE2\x80\x94 King Tomas Verhaar spoke.")),
      V{});
  EXPECT_EQ(
      testing::RelationSummary(Extract("AMMAN, May 2 \xE2\x80\x94 King Tomas Verhaar spoke.")),
      V{"leaderOf(Tomas Verhaar, Jordan)"});
  // A dash or an agency's name after the place makes a dateline too.
  EXPECT_EQ(testing::RelationSummary(
                Extract("NAIROBI \xE2\x80\x94 Prime Minister Wanjiku Kamau spoke on Friday.")),
            V{"leaderOf(Wanjiku Kamau, Kenya)"});
  EXPECT_EQ(testing::RelationSummary(
                Extract("NAIROBI (Reuters) - Prime Minister Wanjiku Kamau spoke on Friday.")),
            V{"leaderOf(Wanjiku Kamau, Kenya)"});
  // A dateline whose country the text names less often than another, named
  // twice at least, is the correspondent's: the story's country is that one.
  EXPECT_EQ(testing::RelationSummary(
                Extract("NAIROBI, May 2 \xE2\x80\x94 Uganda said on Friday that Prime Minister "
                        "Okello Mugisha would visit Uganda's north. Uganda is dry.")),
            V{"leaderOf(Okello Mugisha, Uganda)"});
  // Without a dateline or a dominant country, nobody is guessed a leader.
  EXPECT_EQ(
      testing::RelationSummary(Extract("President Joe Biden met officials from Spain and China.")),
      V{});
}

// Sentences that put a person in office: a title with what it is of before
// the name, a counterpart in a country, "was the bank's governor", a
// government named after its head, a relative clause, a party of his.
TEST(CoreferenceTest, OfficesNameLeaders) {
  const char kKenya[] = " Kenya will borrow. Kenya is poor. Kenya spends.";
  const std::pair<std::string, V> cases[] = {
      {"Voters cheered the current president of Ghana, Dr John Mahama, in Accra.",
       {"leaderOf(John Mahama, Ghana)"}},
      {"Voters cheered the former president of Ghana, John Mahama, in Accra.", {}},
      {"President Ama Owusu met her counterparts from Togo, Faure Gnassingbe, and Liberia, George "
       "Weah, in Accra.",
       {"leaderOf(Faure Gnassingbe, Togo)", "leaderOf(George Weah, Liberia)"}},
      // A minister's counterpart is a minister.
      {"The foreign minister met his counterpart in Ghana, Ama Owusu, on Monday.", {}},
      // A head of state's counterpart named with a demonym leads its country;
      // a minister's does not.
      {"President Ama Owusu held talks with her Togolese counterpart Kodjo Amevor in Lome.",
       {"leaderOf(Kodjo Amevor, Togo)", "meets(Ama Owusu, Kodjo Amevor)"}},
      {"Foreign Minister Ama Owusu held talks with her Togolese counterpart Kodjo Amevor.",
       {"meets(Ama Owusu, Kodjo Amevor)"}},
      {"Ravi Kumar spoke. Kumar was the Bank of England governor until 2020.",
       {"leaderOf(Ravi Kumar, Bank of England)"}},
      // Already the leader of one body, and said outright to lead another.
      {"The Kumar-chaired Rates Council met. Ravi Kumar was the Bank of Kibera "
       "governor.",
       {"leaderOf(Ravi Kumar, Bank of Kibera)", "leaderOf(Ravi Kumar, Rates Council)"}},
      // A governor heads a bank named with the title, not a state.
      {"Bank of England Governor Ana Ortiz spoke.", {"leaderOf(Ana Ortiz, Bank of England)"}},
      {"Texas Governor Greg Abbott spoke.", {}},
      // A team leader leads a team, not the bank.
      {"The World Bank said growth will slow. World Bank Program Team Leader Grace Mutua spoke.",
       {}},
      {std::string("Unions criticised the Ravi Kumar government on Tuesday.") + kKenya,
       {"leaderOf(Ravi Kumar, Kenya)"}},
      {std::string("Critics warned against a Ravi Kumar administration.") + kKenya, {}},
      {std::string("Ravi Kumar spoke. Critics attacked the Kumar-led government.") + kKenya,
       {"leaderOf(Ravi Kumar, Kenya)"}},
      {std::string("Juan Perez, who has been interim president since March, was "
                   "blacklisted.") +
           kKenya,
       {"leaderOf(Juan Perez, Kenya)"}},
      {std::string("Juan Perez, who has been acting president of Bolivia, was blacklisted.") +
           kKenya,
       {}},
      {"Opposition leader Ousmane Diallo was arrested. Diallo's UDR party said he was "
       "beaten.",
       {"leaderOf(Ousmane Diallo, UDR)"}},
      // A titled name's possessive before its party's name, in one run.
      {"Prime Minister Lerato Dube's Unity Congress Party won the vote on Sunday.",
       {"leaderOf(Lerato Dube, Unity Congress Party)"}},
      {"Ana Ruiz's Civic Renewal Party won the vote.", {"leaderOf(Ana Ruiz, Civic Renewal Party)"}},
      // A "City:" line opens the article with its place.
      {"Chennai: The slowdown is temporary, Prime Minister Ravi Kumar said on Tuesday.",
       {"leaderOf(Ravi Kumar, India)"}},
      {"The slowdown is temporary, Prime Minister Ravi Kumar said in Chennai on Tuesday.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
  // The surname before "-led" completes the name.
  const Document doc =
      Extract("The loan was criticised by the President Ravi Kumar-led government.");
  EXPECT_GE(testing::FindEntity(doc, "Ravi Kumar"), 0);
}

TEST(CoreferenceTest, EpithetPrefersItsSentencesSubjectAndMatchingTitle) {
  Document doc = Extract(
      "Prime Minister Anna Berg met Managing Director Tom Hale. \"We agreed,\" the 60-year-old "
      "premier said.");
  EXPECT_EQ(testing::EventSummary(doc, "Statement"), V{"quote=We agreed,;speaker=Anna Berg"});
}

TEST(CoreferenceTest, OrganizationEpithetsFindAcronyms) {
  Document doc = Extract("The IMF approved the loan. \"It is a good step,\" the fund said.");
  EXPECT_EQ(testing::EventSummary(doc, "Statement"),
            V{"quote=It is a good step,;speaker=International Monetary Fund"});
}

TEST(CoreferenceTest, PronounsFollowTheSubject) {
  // "he" is Gonzalez both times, not the last person named (Biden).
  Document doc = Extract(
      "Edmundo Gonzalez toured the region. He was received by President Joe Biden on Monday, "
      "two days after he held talks with President Javier Milei.");
  EXPECT_EQ(testing::EventSummary(doc, "Meeting"),
            (V{"date=2024-03-11;participant=Edmundo Gonzalez,Joe Biden",
               "participant=Edmundo Gonzalez,Javier Milei"}));
  // A leading subordinate clause holds no subject.
  Document doc2 = Extract(
      "As Xi Jinping and Vladimir Putin met, Fumio Kishida flew to Kyiv, where he held talks "
      "with Volodymyr Zelenskiy.");
  EXPECT_EQ(testing::RelationSummary(doc2),
            (V{"meets(Fumio Kishida, Volodymyr Zelenskiy)", "meets(Xi Jinping, Vladimir Putin)"}));
}

// A sentence opened by someone's relation ("His lawyer, X,"): a pronoun
// that agrees with the possessive is its owner, one that does not is X.
TEST(CoreferenceTest, PronounsAfterARelationOfTheSubject) {
  const std::pair<std::string, V> arrests[] = {
      {"Activist Ravi Mehta has not been seen since Sunday. His lawyer, Ana Ferraz, said he was "
       "detained in Porto on Monday.",
       {"arrestee=Ravi Mehta;date=2024-03-11;place=Porto;reportedBy=Ana Ferraz"}},
      {"Senator Lena Okafor was not at the hearing. Her son Tomas Okafor said she had been "
       "arrested in Porto on Monday.",
       {"arrestee=Lena Okafor;date=2024-03-11;place=Porto;reportedBy=Tomas Okafor"}},
      // A pronoun that does not agree with the possessive is the relation.
      {"Activist Ravi Mehta has not been seen since Sunday. His wife, Ana Mehta, said she was "
       "detained in Porto on Monday.",
       {"arrestee=Ana Mehta;date=2024-03-11;place=Porto;reportedBy=Ana Mehta"}},
      // "X's daughter, Y, said she": the subject is Y, not X.
      {"Activist Ravi Mehta was freed on Sunday. Mehta's daughter, Ana Mehta, said she was "
       "detained in Porto on Monday.",
       {"arrestee=Ana Mehta;date=2024-03-11;place=Porto;reportedBy=Ana Mehta"}},
      // A sentence that opens with the name itself keeps it.
      {"Activist Ravi Mehta has not been seen since Sunday. Lawyer Ana Ferraz said she was "
       "detained in Porto on Monday.",
       {"arrestee=Ana Ferraz;date=2024-03-11;place=Porto;reportedBy=Ana Ferraz"}},
  };
  for (const auto& [text, expected] : arrests)
    EXPECT_EQ(testing::EventSummary(Extract(text), "Arrest"), expected) << text;
}

// An object pronoun stands for the latest person but the subject of the
// verb it follows; "her" before a noun is a possessive.
TEST(CoreferenceTest, ObjectPronouns) {
  const std::pair<std::string, V> arrests[] = {
      {"Opposition leader Darius Vell returned to Porto on Sunday. Police arrested him on "
       "Monday.",
       {"arrestee=Darius Vell;date=2024-03-11"}},
      {"Officers raided the home of activist Lena Okafor in Porto and detained her on Monday.",
       {"arrestee=Lena Okafor;date=2024-03-11;place=Porto"}},
      {"Darius Vell returned to Porto on Sunday. Police detained Ravi Mehta and released him on "
       "Monday.",
       {"arrestee=Ravi Mehta;date=2024-03-11"}},
      {"Activist Lena Okafor returned to Porto on Sunday. Police detained her brother on "
       "Monday.",
       {}},
      {"Senator Lena Okafor spoke in Porto on Sunday. Police detained her most senior aide on "
       "Monday.",
       {}},
      // A reported clause's object pronoun is its speaker.
      {"Judge Ana Ferraz opened an inquiry on Monday. Ravi Mehta said police arrested him in "
       "Porto on Sunday.",
       {"arrestee=Ravi Mehta;date=2024-03-10;place=Porto;reportedBy=Ravi Mehta"}},
  };
  for (const auto& [text, expected] : arrests)
    EXPECT_EQ(testing::EventSummary(Extract(text), "Arrest"), expected) << text;
  const std::pair<std::string, V> meetings[] = {
      {"President Ana Ferraz flew to Porto, where Ravi Mehta met her on Monday.",
       {"date=2024-03-11;participant=Ana Ferraz,Ravi Mehta;place=Porto"}},
      {"President Ana Ferraz met Ravi Mehta in Porto and thanked him on Monday.",
       {"date=2024-03-11;participant=Ana Ferraz,Ravi Mehta;place=Porto"}},
  };
  for (const auto& [text, expected] : meetings)
    EXPECT_EQ(testing::EventSummary(Extract(text), "Meeting"), expected) << text;
}

TEST(CoreferenceTest, EpithetsPreferThePreviousSubject) {
  Document doc = Extract(
      "Chinese President Xi Jinping arrived. Xi, who dined with Russian President Vladimir Putin, "
      "insisted on "
      "peace. \"We want dialogue,\" the 69-year-old leader said.");
  EXPECT_EQ(testing::EventSummary(doc, "Statement"),
            V{"quote=We want dialogue,;speaker=Xi Jinping"});
}

TEST(CoreferenceTest, CapitalsStandForTheirState) {
  Document doc = Extract("Tokyo will lend Jakarta $4 billion, Japan said.");
  const int tokyo = testing::FindEntity(doc, "Tokyo");
  ASSERT_GE(tokyo, 0);
  EXPECT_EQ(StateFor(doc, testing::TestLexicon(), tokyo), testing::FindEntity(doc, "Japan"));
}

// A demonym qualifying a person's title names its country, which is an
// entity of the article even where nothing else names it; a demonym before
// a lower-case noun names none (MEANTIME's gold lists no such country).
TEST(CoreferenceTest, DemonymBeforeTitleNamesItsCountry) {
  const std::pair<std::string, V> cases[] = {
      {"Ukrainian Foreign Minister Olena Hrytsenko flew to Antalya.",
       {"City:Antalya", "Country:Ukraine", "Person:Olena Hrytsenko"}},
      {"Saudi Crown Prince Faisal bin Nasser received the delegation.",
       {"Country:Saudi Arabia", "Person:Faisal bin Nasser"}},
      {"Ukrainian troops withdrew from the village.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// Titles that lead and titles that do not: an office only one state has
// leads that state where the article names it; a deputy's title leads
// nothing; a chairperson leads the body named before the title; a word that
// keeps the holder in office opens the sentence; "Person of PARTY" makes
// no leader of a member.
TEST(CoreferenceTest, TitlesOfDeputiesAndOfOneState) {
  const std::pair<std::string, V> cases[] = {
      {"Taoiseach Ciaran Doyle said Ireland would build more homes.",
       {"leaderOf(Ciaran Doyle, Ireland)"}},
      {"Taoiseach Ciaran Doyle spoke in Cork.", {}},
      {"Tánaiste Aoife Brennan said Ireland would build more homes.", {}},
      {"Deputy Chairman of the Halvor Group Tomas Brenn resigned.", {}},
      {"Kenyan Deputy President Ana Ruiz spoke.", {}},
      {"Halvor Group Deputy Chairman Tomas Brenn resigned.", {}},
      {"Halvor Group Chairman Tomas Brenn resigned.", {"leaderOf(Tomas Brenn, Halvor Group)"}},
      {"Deputy General Director of the Halvor News Agency Maria Ferro presented the photos.", {}},
      {"General Director of the Halvor News Agency Maria Ferro presented the photos.",
       {"leaderOf(Maria Ferro, Halvor News Agency)"}},
      {"Electoral Commission chairperson Jane Tembo declared the results.",
       {"leaderOf(Jane Tembo, Electoral Commission)"}},
      {"Incumbent Samoan Prime Minister Tui Malo said the vote was fair.",
       {"leaderOf(Tui Malo, Samoa)"}},
      {"Veteran Samoan Prime Minister Tui Malo said the vote was fair.",
       {"leaderOf(Tui Malo, Samoa)"}},
      {"Embattled President Ana Ruiz of Peru spoke.", {"leaderOf(Ana Ruiz, Peru)"}},
      {"Former Samoan Prime Minister Tui Malo said the vote was fair.", {}},
      {"Ana Mwale won, beating Tiyamike Banda of Unity Congress Party and Chisomo Phiri of UDF.",
       {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

// "led by" after an organization in a relative clause ("which is led by
// X") or a main clause ("The party is led by X"), and "It is led by X" for
// the organization the sentence before opens with; not another verb, nor
// "it" after a sentence about a person.
TEST(CoreferenceTest, PassiveLeadingNamesTheLeader) {
  const std::pair<std::string, V> cases[] = {
      {"The small Unity Congress party holds three seats. It is led by businessman Tomas Brenn.",
       {"leaderOf(Tomas Brenn, Unity Congress)"}},
      {"The small Unity Congress party, which is led by Tomas Brenn, holds three seats.",
       {"leaderOf(Tomas Brenn, Unity Congress)"}},
      {"The Unity Congress is led by Tomas Brenn.", {"leaderOf(Tomas Brenn, Unity Congress)"}},
      {"Ana Ruiz spoke. It is led by Tomas Brenn.", {}},
      {"The Unity Congress, which was founded by Tomas Brenn, won.", {}},
      {"The Unity Congress won. It was founded by Tomas Brenn.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

}  // namespace
}  // namespace newskg
