// Name patterns of real news, table by table, on sentences written for
// these tests: organization words alone, titles and demonyms around
// organizations' names, title domains, labels, and headlines in title case.
#include <gtest/gtest.h>

#include "extract/entity_recognizer.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EntitySummary;
using testing::Extract;
using V = std::vector<std::string>;

// An organization word alone refers to a fuller name and names nothing by
// itself, unless it names one body of a state; a title ending a run of
// common words heads the body they name, a demonym before them included;
// common words naming a portfolio before a lower-case head name the body.
TEST(EntityRecognizerTest, OrganizationWordsAloneAndBeforeTitles) {
  const std::pair<std::string, V> cases[] = {
      {"Voters queued outside the Party's offices in Lagos.", {"City:Lagos"}},
      {"The Senate rejected the budget on Friday.", {"Organization:Senate"}},
      {"Bids for the Halvor Group fell. The Group said it would sell.",
       {"Organization:Halvor Group"}},
      {"Kenyan Defence Forces Chief General Tomas Halvorsen toured Lagos.",
       {"City:Lagos", "Organization:Kenyan Defence Forces", "Person:Tomas Halvorsen"}},
      {"Harbour Police Chief Tomas Halvorsen said 40 arrests were made.",
       {"Organization:Harbour Police", "Person:Tomas Halvorsen"}},
      {"Crowds grew, Police Chief Tomas Halvorsen said.", {"Person:Tomas Halvorsen"}},
      {"Navy Chief of Staff Admiral Tomas Halvorsen toured Lagos.",
       {"City:Lagos", "Person:Tomas Halvorsen"}},
      // Titles abbreviated in capitals: no part of the name; after the
      // court's acronym the court is named, no person.
      {"Markets waited as FM Amina Phiri read the budget.", {"Person:Amina Phiri"}},
      {"Lawyers waited. The KHC CJ said the court would rule.", {"Organization:KHC"}},
      {"The Sri Lankan Government signed the accord.", {"Organization:Sri Lankan Government"}},
      {"The last Sri Lankan government sold the port.", {}},
      {"The Belgian Interior ministry counted 9,000 marchers.",
       {"Organization:Belgian Interior ministry"}},
      {"The Georgian Dream party won.", {"Organization:Georgian Dream"}},
      {"The Serbian Orthodox Church and the Iranian Revolutionary Guards spoke.",
       {"Organization:Iranian Revolutionary Guards", "Organization:Serbian Orthodox Church"}},
      // A title's domain, portfolios after the title and "for" or "of" (or
      // after another domain and a comma or "and"), is no name; nor is a
      // title alone; a firm after "spokesman for" is.
      {"Ana Ruiz, the secretary for Energy, Mines and Rural Development, resigned.",
       {"Person:Ana Ruiz"}},
      {"Ana Ruiz, the minister of Home Affairs, resigned.", {"Person:Ana Ruiz"}},
      {"The Cabinet Secretary for Trade, Ana Ruiz, resigned.", {"Person:Ana Ruiz"}},
      {"A spokesman for Kestrel declined to comment.", {"Organization:Kestrel"}},
      // A common word before a colon is a label, no name.
      {"Crowds marched.\n  \xE2\x80\xA2 Region:\n  \xE2\x80\xA2 Kenya\nPolice watched.",
       {"Country:Kenya"}},
      {"Crowds marched as police watched Footage: Zentro News", {"Organization:Zentro News"}},
      // "of the", "for the" after an organization's word go on with its name.
      {"The Ministry of the Interior counted 9,000 marchers.",
       {"Organization:Ministry of the Interior"}},
      {"The Agency for the Arctic Fisheries fined the firm.",
       {"Organization:Agency for the Arctic Fisheries"}},
      {"The Office of the President said so.", {}},
      // A state's mission: its demonym or name and the mission's noun.
      {"The deal was signed, the Ghanaian embassy here said.", {"Organization:Ghanaian embassy"}},
      {"The Ghanaian High Commission in Lusaka closed.",
       {"City:Lusaka", "Organization:Ghanaian High Commission"}},
      {"The embassy said so.", {}},
      // An organization word that WordNet also knows as a person's one name.
      {"Lawyers said the Court ruled on Tuesday.", {}},
      // A body inside an organization is no entity; the organization is.
      {"The Board of Trustees of the Halvor Foundation met.", {"Organization:Halvor Foundation"}},
      {"The Executive Board of the Halvor Foundation met.", {"Organization:Halvor Foundation"}},
      {"The Honourable Grace Wanjiru said the bill would pass.", {"Person:Grace Wanjiru"}},
      // An age after a single name, also at the sentence's end; not a score.
      {"The rally was addressed by his daughter Ilse, 24.", {"Person:Ilse"}},
      {"The final score was Kenya 3, Peru 24.", {"Country:Kenya", "Country:Peru"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
  const std::pair<std::string, V> relations[] = {
      {"Kenyan Defence Forces Chief General Tomas Halvorsen toured Lagos.",
       {"leaderOf(Tomas Halvorsen, Kenyan Defence Forces)"}},
      {"Crowds cheered as Malawi Tsogolo-e-Watan chief Amina Phiri spoke.",
       {"leaderOf(Amina Phiri, Malawi Tsogolo-e-Watan)"}},
      {"Sanctions hit Ivan Petrov, Chairman of the Board of Directors of Bank Veltrax.",
       {"leaderOf(Ivan Petrov, Bank Veltrax)"}},
      // After a number "pm" is a time of day, no title.
      {"Talks in Malawi ended. By 4 pm Amina Phiri had left Malawi.", {}},
  };
  for (const auto& [text, expected] : relations)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

// A noun for an occupation opening the sentence before a name describes the
// person (titles and plural nouns have their own rows); a name the
// gazetteer knows, a name its form makes an organization's and a given name
// keep their first word. A lower-case preposition other than "of" ends an
// organization's name before a state or place the gazetteer knows; a
// capitalized preposition inside a name makes an organization's; a name
// inside a prepositional phrase speaks no verb of saying after it.
// A surname's lower-case particles after a title are the name's.
TEST(EntityRecognizerTest, OpeningNounsAndPrepositionsInNames) {
  const std::pair<std::string, V> cases[] = {
      {"Journalist Musa Bello was detained in Abuja.", {"City:Abuja", "Person:Musa Bello"}},
      {"Rapper Kofi Mensah was freed on bail.", {"Person:Kofi Mensah"}},
      {"Journalist Bello was detained on Monday.", {"Person:Bello"}},
      {"\"Activist Lerato Dlamini must be freed,\" the group said.", {"Person:Lerato Dlamini"}},
      {"Opposition leader Grace Achieng said the vote was rigged.", {"Person:Grace Achieng"}},
      {"Student Union leaders met the dean.", {"Organization:Student Union"}},
      {"Opposition Halvor Democratic Party candidate Ana Ruiz lost.",
       {"Organization:Halvor Democratic Party", "Person:Ana Ruiz"}},
      {"Ruling Halvor National Congress lawmakers walked out.",
       {"Organization:Halvor National Congress"}},
      {"Opposition Alliance leaders met.", {"Organization:Opposition Alliance"}},
      {"Hope Mwale won the seat.", {"Person:Hope Mwale"}},
      {"Voters said rapper Kofi Mensah would run.", {"Person:Kofi Mensah"}},
      {"Diplomats said the statement of the European Union on Myanmar was weak.",
       {"Country:Myanmar", "Organization:European Union"}},
      {"A report by the World Bank on Kenya was published.",
       {"Country:Kenya", "Organization:World Bank"}},
      {"Aid from the Halvor Foundation for Malawi arrived.",
       {"Country:Malawi", "Organization:Halvor Foundation"}},
      {"The Commission on Human Rights met.", {"Organization:Commission on Human Rights"}},
      {"The Council for Foreign Relations said so.",
       {"Organization:Council for Foreign Relations"}},
      {"Doctors Without Borders said two clinics were hit.",
       {"Organization:Doctors Without Borders"}},
      {"The charity Mothers Against Hunger said food ran out.",
       {"Organization:Mothers Against Hunger"}},
      // A name a preposition governs does not speak the verb after it: "in"
      // names a place; "at", "with" after a firm's staff where they work.
      {"Officials in Kanthari said the road was closed.", {"City:Kanthari"}},
      {"Officials at Vantor said the plant would close.", {"Organization:Vantor"}},
      {"Analysts at Brentwood expect two cuts.", {"Organization:Brentwood"}},
      {"Residents at Kanthari said the water was cut.", {"City:Kanthari"}},
      {"A spokesman for Kestrel said it would appeal.", {"Organization:Kestrel"}},
      // A surname's lower-case particles after a title belong to the name.
      {"Ms von der Berg said the plan was ready.", {"Person:von der Berg"}},
      {"Mr. de Villiers met the envoy.", {"Person:de Villiers"}},
      {"Voters backed President van Dijk.", {"Person:van Dijk"}},
      // A title abbreviated with its period before one name: a person's.
      {"Ms. Ruiz declined to comment.", {"Person:Ruiz"}},
      {"Mr. Musk said the deal was off.", {"Person:Musk"}},
      // A name with its age between commas: a person's.
      {"Halvorsen, 78, won a third term.", {"Person:Halvorsen"}},
      {"Kestrel, 2023, was a bad year.", {}},
      // An office won but not yet taken ("-elect") is a title.
      {"President-elect Ana Ruiz named her cabinet.", {"Person:Ana Ruiz"}},
      // An office once held, written with "ex-", is a title that leads nothing.
      {"Ex-President Ana Ruiz of Peru was jailed.", {"Country:Peru", "Person:Ana Ruiz"}},
      {"The ex-prime minister Imran Rahimi was jailed.", {"Person:Imran Rahimi"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A title, "of the", an organization's name and a person's in one run: the
// organization's name ends in its organization word, in the state after
// its "of", or is one the gazetteer knows; the person is titled.
TEST(EntityRecognizerTest, TitleOfTheBodyThenName) {
  const std::pair<std::string, V> cases[] = {
      {"The chairman of the Halvor Group Tomas Verhaar resigned.",
       {"Organization:Halvor Group", "Person:Tomas Verhaar"}},
      {"Governor of the Central Bank of Malawi Amina Phiri said rates would rise.",
       {"Organization:Central Bank of Malawi", "Person:Amina Phiri"}},
      {"The head of the World Bank Tomas Verhaar visited Lagos.",
       {"City:Lagos", "Organization:World Bank", "Person:Tomas Verhaar"}},
      {"Chairman of the Board Ivan Petrenko resigned.", {"Person:Ivan Petrenko"}},
      {"President of the Halvor Commission Ana Ruiz von Berg said so.",
       {"Organization:Halvor Commission", "Person:Ana Ruiz von Berg"}},
      {"Speaker of the National Assembly Tulia Ackson adjourned the session.",
       {"Organization:National Assembly", "Person:Tulia Ackson"}},
      {"Parliament speaker Alban Mensah adjourned the house.", {"Person:Alban Mensah"}},
      // After the organization's word, a given name that is a common word.
      {"The head of the Tana Farmers Union Patience Wanjiru spoke in Nakuru.",
       {"City:Nakuru", "Organization:Tana Farmers Union", "Person:Patience Wanjiru"}},
      {"The head of the Tana Farmers Union Council resigned.",
       {"Organization:Tana Farmers Union Council"}},
      // A name ending in an event's word names the event, unless the
      // gazetteer knows it as an organization's.
      {"The annual Halvor Economic Forum opened in Davos.", {"City:Davos"}},
      {"Leaders gathered at the World Economic Forum in Davos.",
       {"City:Davos", "Organization:World Economic Forum"}},
      // No person after the organization: the name stays whole.
      {"A member of the Halvor Group Board resigned.", {"Organization:Halvor Group Board"}},
      {"The chairman of the Halvor Fund Management Company resigned.",
       {"Organization:Halvor Fund Management Company"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
  const std::pair<std::string, V> relations[] = {
      {"The chairman of the Halvor Group Tomas Verhaar resigned.",
       {"leaderOf(Tomas Verhaar, Halvor Group)"}},
      {"Governor of the Central Bank of Malawi Amina Phiri said rates would rise.",
       {"leaderOf(Amina Phiri, Central Bank of Malawi)"}},
  };
  for (const auto& [text, expected] : relations)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

// A name of two words or more in apposition after a person's title, "of"
// or "for" and what the title is of, closed by punctuation or the
// sentence's end, is a person's, whatever its words (a common word last, a
// place WordNet knows first, a form the typer takes for a place's); not
// one that opens with a common word or ends in a plural common noun, nor a
// name that goes on in a list.
TEST(EntityRecognizerTest, NameInAppositionAfterTitlePhrase) {
  const std::pair<std::string, V> cases[] = {
      {"The head of Malawi's largest opposition party, Chikondi Stone, was detained on Friday.",
       {"Country:Malawi", "Person:Chikondi Stone"}},
      {"The queen welcomed the Prime Minister of the Kingdom of Norway, Toralf Brekkesund, on "
       "Monday.",
       {"Country:Norway", "Person:Toralf Brekkesund"}},
      {"The minister hosted a lunch for the Prime Minister of Portugal, Oviedo Vilela.",
       {"Country:Portugal", "Person:Oviedo Vilela"}},
      {"The minister hosted a lunch for the Prime Minister of Portugal, Salinas Vilela.",
       {"Country:Portugal", "Person:Salinas Vilela"}},
      {"The deputy leader of the Unity Party, Hamilton Okoro, spoke.",
       {"Organization:Unity Party", "Person:Hamilton Okoro"}},
      {"The former minister for trade, Mutale Green, said prices would rise.",
       {"Person:Mutale Green"}},
      // A common word first, or a plural common noun last, may name what
      // the title is of; a list goes on.
      {"The chief executive of the firm, Zentrix Foods, said sales fell.",
       {"Organization:Zentrix Foods"}},
      {"The chief executive of the firm, Zentrix Dynamics, said sales fell.", {}},
      {"The leader of the opposition bloc, New Dawn, rejected the result.",
       {"Organization:New Dawn"}},
      {"The chairman of Kestrel Mining, Halvor Steel and Norvex Foods met in Lima.",
       {"City:Lima", "Organization:Halvor Steel", "Organization:Kestrel Mining",
        "Organization:Norvex Foods"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A possessive inside a run of capitalized words parts a person's name (a
// title and a name, a lower-case title before it, or a given name and a
// surname) from the organization's of two words or more after it; the
// names of institutions a royal, a saint or a plural noun owns stay whole.
TEST(EntityRecognizerTest, PersonsPossessiveBeforeAnOrganization) {
  const std::pair<std::string, V> cases[] = {
      {"Prime Minister Lerato Dube's Unity Congress Party won the vote on Sunday.",
       {"Organization:Unity Congress Party", "Person:Lerato Dube"}},
      {"Ana Ruiz's Civic Renewal Party won the vote.",
       {"Organization:Civic Renewal Party", "Person:Ana Ruiz"}},
      {"Opposition leader Tendai Moyo's Citizens Coalition for Change won seats.",
       {"Organization:Citizens Coalition for Change", "Person:Tendai Moyo"}},
      {"The Republican People's Party won the vote.", {"Organization:Republican People's Party"}},
      {"Doctors at Queen Mary's Royal Hospital said two people died.",
       {"Organization:Queen Mary's Royal Hospital"}},
      {"The President's Emergency Relief Fund paid out.",
       {"Organization:President's Emergency Relief Fund"}},
      {"Doctors at King Edward's Hospital said two people died.",
       {"Organization:King Edward's Hospital"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// Names the gazetteer knows joined by hyphens in one token name each of
// them; a name it knows whole, or one of WordNet's regions, stays one; a
// prefix before a name describes.
TEST(EntityRecognizerTest, HyphenedNames) {
  const std::pair<std::string, V> cases[] = {
      {"The Kenya-Uganda border reopened.", {"Country:Kenya", "Country:Uganda"}},
      {"Talks on the Israel-Hamas truce resumed.", {"Country:Israel", "Organization:Hamas"}},
      {"Guinea-Bissau voted.", {"Country:Guinea-Bissau"}},
      {"Schleswig-Holstein voted.", {"Place:Schleswig-Holstein"}},
      // A prefix and a name in one word alone describe; before a name's
      // other words they begin it.
      {"Pro-Russian separatists seized the town.", {}},
      {"Anti-Halvor protesters gathered in Tbilisi.", {"City:Tbilisi"}},
      {"Pro-Kremlin media said so.", {}},
      {"The Anti-Corruption Commission arrested him.", {"Organization:Anti-Corruption Commission"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// "and" inside an organization's name: the name's words spell the acronym
// in brackets after it, or "and" joins common words of the domain after
// the organization's "of" or "for"; a place, a name the gazetteer knows or
// another organization's word after it begins another name.
TEST(EntityRecognizerTest, AndInsideOrganizationNames) {
  const std::pair<std::string, V> cases[] = {
      {"The Ministry of Trade and Industry said exports rose.",
       {"Organization:Ministry of Trade and Industry"}},
      {"The Department of Justice and Constitutional Development said so.",
       {"Organization:Department of Justice and Constitutional Development"}},
      {"The Commission for Human Rights and Good Governance said so.",
       {"Organization:Commission for Human Rights and Good Governance"}},
      {"The Halvor Electoral and Boundaries Commission (HEBC) declared the results.",
       {"Organization:Halvor Electoral and Boundaries Commission"}},
      {"Officials from the Common Market for Eastern and Southern Africa (COMESA) met.",
       {"Organization:Common Market for Eastern and Southern Africa"}},
      {"The Organisation for Economic Co-operation and Development (OECD) cut its forecast.",
       {"Organization:Organisation for Economic Co-operation and Development"}},
      {"The talks in Kenya and Uganda (East Africa) ended.",
       {"Country:Kenya", "Country:Uganda", "Place:East Africa"}},
      {"The Bank of England and Treasury met.",
       {"Organization:Bank of England", "Organization:Treasury"}},
      {"The Ministry of Defence and Kestrel Group signed.",
       {"Organization:Kestrel Group", "Organization:Ministry of Defence"}},
      {"The Halvor Group and Vantor Mills (HGVM) signed.",
       {"Organization:Halvor Group", "Organization:Vantor Mills"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A name before a lower-case noun for a place, maybe after a noun that
// qualifies it, names the place ("the Jabalia refugee camp", "the Bagram
// air base"); not before a noun alone ("its customer base").
TEST(EntityRecognizerTest, NamesBeforePlaceNouns) {
  const std::pair<std::string, V> cases[] = {
      {"Strikes hit the Kanthari refugee camp.", {"Place:Kanthari"}},
      {"Troops left the Tessalit air base.", {"Place:Tessalit"}},
      {"Talks were held at the Halvor camp.", {"Place:Halvor"}},
      {"Shares of Kestrel rose as the firm grew its customer base.", {"Organization:Kestrel"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A headline in title case: a name ends before a verb's inflected form or
// a preposition, which are no names themselves; a common word that opens
// the headline before a surname and a verb is a given name; a surname
// that looks like a verb after a given name, and names the gazetteer
// knows, stay whole. Not in ordinary sentences.
TEST(EntityRecognizerTest, HeadlineVerbsEndNames) {
  const std::pair<std::string, V> cases[] = {
      {"Precious Banda Leads Talks In Zomba\nThe talks began.",
       {"City:Zomba", "Person:Precious Banda"}},
      {"Kofi Boateng Meets Tomas Verhaar In Lagos\nThe talks began.",
       {"City:Lagos", "Person:Kofi Boateng", "Person:Tomas Verhaar"}},
      {"Ghana's Lovemore Dube Named Envoy To Kenya\nThe talks began.",
       {"Country:Ghana", "Country:Kenya", "Person:Lovemore Dube"}},
      {"Tony Banks Says Vote Was Rigged\nThe talks began.", {"Person:Tony Banks"}},
      {"General Motors Cuts Jobs In United States\nThe talks began.",
       {"Country:United States", "Organization:General Motors"}},
      {"Party Expels Three Members In Zomba\nThe talks began.", {"City:Zomba"}},
      // Common words ending in an organization's word name what the body
      // names so, or nothing.
      {"Nigeria's Tinubu Names New Army Chief\nPresident Bola Tinubu named a chief.",
       {"Country:Nigeria", "Person:Bola Tinubu"}},
      {"Ghana's Central Bank Holds Rates\nThe Bank of Ghana kept its rate.",
       {"Country:Ghana", "Organization:Bank of Ghana"}},
      {"Supreme Court Rules On Appeal\nThe Supreme Court ruled on Monday.",
       {"Organization:Supreme Court"}},
      // A headline's verb is no verb of saying for the one word before it;
      // the body's cues type the name.
      {"Kestralink Posts Record Profit\nShares of Kestralink rose.", {"Organization:Kestralink"}},
      // A name, a comma and a country's possessive: an apposition, no city.
      {"Kestralink, Ghana's largest lender, said profit rose.",
       {"Country:Ghana", "Organization:Kestralink"}},
      // An organization's word and a faction's name joined by a hyphen.
      {"The Ghana Freedom Alliance-Mensah won 20 seats in Accra.",
       {"City:Accra", "Organization:Ghana Freedom Alliance-Mensah"}},
      // A legislator's party and state after a comma.
      {"Sen. Lena Brandt, D-N.J., was convicted on Tuesday, prosecutors said.",
       {"Person:Lena Brandt"}},
      {"Rep. Lena Brandt, R-Ga., called the vote a disgrace in remarks in Lima.",
       {"City:Lima", "Person:Lena Brandt"}},
      // A plural's bare apostrophe inside an organization's name.
      {"Members of the ruling Workers' Party gathered in Lima on Saturday to mark the day.",
       {"City:Lima", "Organization:Workers' Party"}},
      {"The Zomba Teachers' Service Commission said on Monday that salaries would be paid.",
       {"Organization:Zomba Teachers' Service Commission"}},
      {"The farmers' union said the protests in Lima would go on until the government changed "
       "course.",
       {"City:Lima"}},
      // A place the gazetteer knows only with its article keeps it.
      {"The court in The Hague will rule next month, lawyers in Lima said.",
       {"City:Lima", "City:The Hague"}},
      {"The court in the Hague will rule next month, lawyers in Lima said.",
       {"City:Lima", "City:The Hague"}},
      // A name and a past participle joined by a hyphen describe.
      {"Shares in the London-listed miner rose 3 percent in Lima.", {"City:Lima"}},
      {"Lima welcomed the Beijing-brokered deal on Monday, officials said.", {"City:Lima"}},
      // A verb's plain form after two names; "Of" opening no name.
      {"Ana Ruiz, Tomas Verhaar Discuss Trade In Lima\nThe talks began.",
       {"City:Lima", "Person:Ana Ruiz", "Person:Tomas Verhaar"}},
      {"Coast Guard Accuses Ghana Of Water Cannon Attack\nThe talks began.",
       {"Country:Ghana", "Organization:Coast Guard"}},
      {"Troops trained at the Rocky Field Firing Range near Zomba.",
       {"City:Zomba", "Place:Rocky Field Firing Range"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A one-word speaker that "it" then stands for, doing something, is a firm;
// an "it" that only is or seems leaves a person. A capitalized word heading
// a phrase after "a" or "another" is a kind, no name. A Latin capital
// outside Latin-1 opens a name; a plural in "-men" opening a sentence is a
// common word.
TEST(EntityRecognizerTest, SpeakersKindsAndCapitals) {
  const std::pair<std::string, V> cases[] = {
      {"Korlinga said on Monday it would close two plants.", {"Organization:Korlinga"}},
      {"Korlinga said it had agreed to sell its stake.", {"Organization:Korlinga"}},
      {"Halvorsen said on Monday it was too early to judge.", {"Person:Halvorsen"}},
      // A common word opening the sentence that WordNet also knows as a
      // name: a firm's, speaking before "it" acts or before its shares.
      {"Ford said on Thursday it would open a new plant near Lyon next year.",
       {"City:Lyon", "Organization:Ford"}},
      {"Tesla shares fell 4 percent on Monday after deliveries slowed in Norway.",
       {"Country:Norway", "Organization:Tesla"}},
      {"Police said on Thursday it would open a new station near Lyon next year.", {"City:Lyon"}},
      {"Halvorsen said it would be a long night.", {"Person:Halvorsen"}},
      {"Halvorsen said he would resign.", {"Person:Halvorsen"}},
      {"Lena Brandt, a Democrat from Ohio, voted against it.",
       {"Person:Lena Brandt", "Place:Ohio"}},
      {"The bill was backed by a Democrat and opposed by a Republican.", {}},
      {"Ana Ruiz met a Korlinga executive in Lima.",
       {"City:Lima", "Organization:Korlinga", "Person:Ana Ruiz"}},
      {"Țiriac Popescu was elected in Romania.", {"Country:Romania", "Person:Tiriac Popescu"}},
      {"Łucja Wrona was elected in Poland.", {"Country:Poland", "Person:Lucja Wrona"}},
      {"Gunmen attacked a bus near Lagos.", {"City:Lagos"}},
      // A known organization's name going on with "of" and a state is one
      // name; a word only WordNet knows as a place opens a person's name
      // where a person is spoken of.
      {"The Supreme Court of Malawi dismissed the appeal.",
       {"Organization:Supreme Court of Malawi"}},
      {"Lawyers said the Supreme Court of Malawi would rule.",
       {"Organization:Supreme Court of Malawi"}},
      {"Dr. Amara Kalinda said 30 people had died.", {"Person:Amara Kalinda"}},
      {"Amara Kalinda, the health minister, resigned.", {"Person:Amara Kalinda"}},
      // A noun for an organization opening the sentence describes the name
      // after it; not when the next word is a common one.
      {"Carmaker Korlinga said sales fell.", {"Organization:Korlinga"}},
      {"Broadcaster Zentro TV denied the report.", {"Organization:Zentro TV"}},
      {"Airline Pilots Association members voted to strike.",
       {"Organization:Airline Pilots Association"}},
      {"Bank of Zambia Holds Rates\nBank of Zambia kept its rate.",
       {"Organization:Bank of Zambia"}},
      // A name after a counterpart's noun is a person's.
      {"She met her Latvian counterpart Edgars Vilkevics in Tallinn.",
       {"City:Tallinn", "Person:Edgars Vilkevics"}},
      {"She met her counterpart Edgars Vilkevics in Tallinn.",
       {"City:Tallinn", "Person:Edgars Vilkevics"}},
      // "the city of", "the province of" before a name no gazetteer knows.
      {"Fighting spread to the port city of Qaryatan on Friday.", {"City:Qaryatan"}},
      {"Troops entered the province of Barqali.", {"Place:Barqali"}},
      // An acronym in brackets after its organization's name is no
      // WordNet person's name in capitals.
      {"The Kenya National Union of Teachers (KNUT) called a strike.",
       {"Organization:Kenya National Union of Teachers"}},
      {"Congressmen voted on Tuesday.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

}  // namespace
}  // namespace newskg
