#include "extract/entity_recognizer.h"

#include <gtest/gtest.h>

#include "extract/pipeline.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EntitySummary;
using testing::Extract;
using V = std::vector<std::string>;

TEST(EntityRecognizerTest, TypesNamesFromFormAndGazetteers) {
  const std::pair<std::string, V> cases[] = {
      {"German Chancellor Olaf Scholz flew to Warsaw.",
       {"City:Warsaw", "Country:Germany", "Person:Olaf Scholz"}},
      // A title's domain after "for" or "of" is no part of the name after it;
      // a hyphenated title is a title.
      {"Minister of Trade Kemi Badenoch flew to Warsaw.", {"City:Warsaw", "Person:Kemi Badenoch"}},
      {"European Commissioner for Economy Paolo Gentiloni flew to Warsaw.",
       {"City:Warsaw", "Person:Paolo Gentiloni"}},
      {"Japan's Chief Cabinet Secretary Yoshimasa Hayashi flew to Warsaw.",
       {"City:Warsaw", "Country:Japan", "Person:Yoshimasa Hayashi"}},
      {"The army's Commander-in-Chief Tomas Halvorsen flew to Warsaw.",
       {"City:Warsaw", "Person:Tomas Halvorsen"}},
      {"The World Bank and the Asian Development Bank lent money to Kenya.",
       {"Country:Kenya", "Organization:Asian Development Bank", "Organization:World Bank"}},
      {"Officials of the Central Bank of Nigeria met in Abuja.",
       {"City:Abuja", "Organization:Central Bank of Nigeria"}},
      {"Police detained 40 people in Tahrir Square.", {"Place:Tahrir Square"}},
      {"The OSCE sent observers.", {"Organization:OSCE"}},
      {"ISLAMABAD, July 13 \xE2\x80\x94 Talks resumed.", {"City:Islamabad"}},
      {"Huge crowds gathered. Thousands marched.", {}},
      // Forms of address are no part of the name, also before a title.
      {"The minister welcomed His Excellency Tomas Verhaar to Lagos.",
       {"City:Lagos", "Person:Tomas Verhaar"}},
      {"Her Majesty Queen Amara Okoye opened the session.", {"Person:Amara Okoye"}},
      // A correlative opening the sentence is no part of the name after it.
      {"Rina Osei and Marco Duval ran. Either Osei or Duval will lead.",
       {"Person:Marco Duval", "Person:Rina Osei"}},
      {"Supporters waved flags in Sokolniki.", {"City:Sokolniki"}},
      {"Finance Minister Ishaq Dar said so.", {"Person:Ishaq Dar"}},
      {"She fled to neighbouring Lithuania.", {"Country:Lithuania"}},
      {"Getty Images, AFP and S. Gapon supplied the pictures.",
       {"Organization:Agence France-Presse", "Organization:Getty Images", "Person:S. Gapon"}},
      // A photo credit is page chrome (extract/page_chrome.h): no entity.
      {"Image: Getty Images/AFP/S. Gapon", {}},
      {"They remembered World War II and the Treaty of Versailles.", {}},
      {"\"I'm tired,\" he said.", {}},
      // ... with typographic apostrophes too, and a hyphen after one.
      {"\"Don\xE2\x80\x99t go,\" he said. \"We\xE2\x80\x99ll stay.\"", {}},
      {"Ana O\xE2\x80\x99Neill-Costa flew to Lagos.", {"City:Lagos", "Person:Ana O'Neill-Costa"}},
      {"Belarusians took to the streets.", {}},
      // A number word opening the sentence before a demonym counts.
      {"Three Kenyan police officers were injured in Nairobi.", {"City:Nairobi"}},
      // An institution's office titles are no part of the name after them.
      {"IMF Resident Representative Ana Ruiz spoke in Lagos.",
       {"City:Lagos", "Organization:International Monetary Fund", "Person:Ana Ruiz"}},
      {"ADB Senior Energy Specialist Karim Osei spoke in Lagos.",
       {"City:Lagos", "Organization:ADB", "Person:Karim Osei"}},
      // A title opening the sentence is no part of the name.
      {"Prosecutor Lena Maric was designated for sanctions.", {"Person:Lena Maric"}},
      {"Two South African miners died in Lagos.", {"City:Lagos"}},
      {"Marchers in Quito wore T-shirts and made a U-turn.", {"City:Quito"}},
      // After a division's or a settlement's noun and "of", a place or a
      // city; a title's domain after "of the" is no part of the name.
      {"Troops reached the province of Huila and the town of Pitalito.",
       {"City:Pitalito", "Place:Huila"}},
      {"Minister of the Interior Camila Osorio flew to Warsaw.",
       {"City:Warsaw", "Person:Camila Osorio"}},
      // ... also when the run opens with the title, mid-sentence; the
      // title and its domain alone name no one.
      {"Talks were led by Minister of Foreign Affairs Camila Osorio.", {"Person:Camila Osorio"}},
      {"He met the Minister of Finance in Warsaw.", {"City:Warsaw"}},
      // A title and its domain, or a party, in apposition: a person; not
      // a noun an organization may be ("owner of").
      {"Dario Vaz, head of the Green Party, spoke.",
       {"Organization:Green Party", "Person:Dario Vaz"}},
      {"Lemos, of the Blue Party, spoke.", {"Organization:Blue Party", "Person:Lemos"}},
      {"Zentrix, owner of the pipeline, spoke.", {"Organization:Zentrix"}},
      // Function words opening a quotation are no names (non_names.txt).
      {"The crowd chanted \"Whose streets?\" and \"Are you ready?\" in Quito.", {"City:Quito"}},
      {"\"So what do you say?\" she asked.", {}},
      // A place's name and a word of place_suffixes.txt: one place.
      {"Troops landed in Okinawa Prefecture.", {"Place:Okinawa Prefecture"}},
      // A candidate's noun opening the sentence describes the name.
      {"Competitor Dario Vaz, who received 48% of the vote, did not attend.", {"Person:Dario Vaz"}},
      // A country's short name before an amount is its currency's; a
      // lower-case particle inside a person's name (name_connectors.txt).
      {"The bank lent some US $79 million to Kenya.", {"Country:Kenya"}},
      {"President Daniel arap Mwangi ruled Kenya.", {"Country:Kenya", "Person:Daniel arap Mwangi"}},
      // A given name that is also a city's, in apposition to a title.
      {"Ghana's Electoral Commissioner, Charlotte Osei, announced the results.",
       {"Country:Ghana", "Person:Charlotte Osei"}},
      // A typographic possessive is a possessive; an owner's possessive and
      // a number name nothing; an organization's office is its own name.
      {"Observers visited 15 of Brazil\u2019s 26 states.", {"Country:Brazil"}},
      {"The Treasury\u2019s Office of Foreign Assets Control said so.",
       {"Organization:Office of Foreign Assets Control", "Organization:Treasury"}},
      {"Carla Mendes, head of the Angolan Department of Trade, flew to Warsaw.",
       {"City:Warsaw", "Organization:Angolan Department of Trade", "Person:Carla Mendes"}},
      {"Officials from the Washington-based lender arrived.", {}},
      {"The annual Cobra Gold drills began.", {}},
      {"The operation, code-named \"Desert Shield\", began.", {}},
      {"Envoy Hsiao Bi-khim spoke.", {"Person:Hsiao Bi-khim"}},
      {"Taiwanese President Tsai Ing-wen spoke.", {"Country:Taiwan", "Person:Tsai Ing-wen"}},
      {"Peru's Congress met.", {"Country:Peru", "Organization:Congress"}},
      {"His party Demosisto said so.", {"Organization:Demosisto"}},
      {"Floods hit Metro Manila as Air India cancelled flights.",
       {"Organization:Air India", "Place:Metro Manila"}},
      {"Bank of Ghana officials met.", {"Organization:Bank of Ghana"}},
      {"Shares of Zentrix Corp fell.", {"Organization:Zentrix Corp"}},
      // So is a word opening a quotation, and its "of".
      {"Marchers chanted, \"Citizens of Nairobi, stand firm.\"", {"City:Nairobi"}},
      // Indices, charters and shows are no entities.
      {"Shares on the Dow Jones Industrial Average fell.", {}},
      {"The move breaks the Arctic Council Charter.", {}},
      {"Jets flew at the Farnborough Air Show.", {}},
      {"Apple Computer said sales rose.", {"Organization:Apple Computer"}},
      {"Photo: AP Photo/S. Grits", {}},
      {"BUENOS AIRES, April 11 \xE2\x80\x94 Markets rose.", {"City:Buenos Aires"}},
      {"Finance Secretary Njuguna Ndung'u spoke.", {"Person:Njuguna Ndung'u"}},
      {"The Kenya National Commission on Human Rights said so.",
       {"Organization:Kenya National Commission on Human Rights"}},
      {"Workers at General Motors walked out.", {"Organization:General Motors"}},
      {"The A330-200 landed.", {}},
      {"It rained in Cupertino, California.", {"City:Cupertino", "Place:California"}},
      {"Apple Computer CEO Steve Jobs spoke.",
       {"Organization:Apple Computer", "Person:Steve Jobs"}},
      {"Saudi Arabia lent money.", {"Country:Saudi Arabia"}},
      {"Ships sailed into the Gulf of Oman.", {"Place:Gulf of Oman"}},
      {"Shares of Apple rose after Airbus said so.", {"Organization:Airbus", "Organization:Apple"}},
      {"Western governments protested.", {}},
      {"The firm filed for Chapter 11 protection.", {}},
      {"Crowds joined a \"March for Justice\" downtown.", {}},
      {"Crowds filled Izmir's Alsancak district.", {"City:Izmir", "Place:Alsancak"}},
      {"Troops at Camp Humphreys and the Eastern Theater Command waited.",
       {"Organization:Eastern Theater Command", "Place:Camp Humphreys"}},
      // Compounds of countries or demonyms name no entity of their own; one
      // of countries names each ("the Kenya-Uganda talks" are Kenya's and
      // Uganda's); "Inter-American" names.
      {"The Kenya-Uganda talks and a Chinese-built road stalled.",
       {"Country:Kenya", "Country:Uganda"}},
      {"The Kenyan-Ugandan talks stalled.", {}},
      {"The Inter-American Development Bank lent more.",
       {"Organization:Inter-American Development Bank"}},
      // Currencies and link noise are no names.
      {"The loan of USD 300 million and 2 billion Renminbi was signed.", {}},
      {"Read more https://t.co/QwErTyUiOp and Kenya.https://x.co/AbCdEfGh now.", {}},
      // Person nouns in apposition and verbs of saying make people of names
      // that form alone would not ("Tall", "Moon" are words).
      {"Another lawyer, Ousseni Tall, told reporters.", {"Person:Ousseni Tall"}},
      {"Kebede Moon, an assistant health minister, resigned.", {"Person:Kebede Moon"}},
      {"\"We will win,\" said Yaw Boateng-Mensah.", {"Person:Yaw Boateng-Mensah"}},
      {"Human Rights Watch said the vote was flawed.", {"Organization:Human Rights Watch"}},
      // A plural noun for people opening the sentence is no part of the name.
      {"Rivals Anies Wibowo and Ganjar Susilo trailed.",
       {"Person:Anies Wibowo", "Person:Ganjar Susilo"}},
      // The name of an exercise after an ordinal or a year names no entity.
      {"Troops began the 43rd Jade Falcon military exercises.", {}},
      {"Troops began the 2016 Jade Falcon drills.", {}},
      // A participle opening a sentence, or a quotation that opens it, is
      // no part of the name after it.
      {"\"Following Mexico's decision, talks resumed,\" she said.", {"Country:Mexico"}},
      {"Leading Kenyan lawyers protested in Nairobi.", {"City:Nairobi"}},
      // Demonyms of small states name their country before a title, and a
      // demonym before a common noun is no organization.
      {"Togolese President Kodjo Amevor spoke.", {"Country:Togo", "Person:Kodjo Amevor"}},
      {"The Laotian government denied it.", {}},
      // Units against their numbers and time zones after clock times.
      {"It comes in 30GB and 60GB models.", {}},
      {"Trading closed at 10:24 IST in Mumbai.", {"City:Mumbai"}},
      // "&" inside firms' names; a possessive and a number name an index.
      {"Sales at AT&T and Marks & Spencer rose.",
       {"Organization:AT&T", "Organization:Marks & Spencer"}},
      {"Buyers waited for AT&T. Many left.", {"Organization:AT&T"}},
      {"The Standard & Poor's 500 index fell.", {}},
      // A prefix and a common word make a common word.
      {"Pre-orders began on Tuesday as Sub-prime lenders fell.", {}},
      // Places by their last word; a word coordinated with a city, or after
      // a place and a comma at the end of the phrase.
      {"Crowds gathered under the Eiffel Tower and in the Rose Garden.",
       {"Place:Eiffel Tower", "Place:Rose Garden"}},
      {"Rail links between Mumbai and Kolhapur improved.", {"City:Kolhapur", "City:Mumbai"}},
      {"Drills began at Pokhran Firing Range, Vandaristan.",
       {"Place:Pokhran Firing Range", "Place:Vandaristan"}},
      // A given name and an organization's word, spoken of as a person; a
      // title word ending a name that opens with a given name.
      {"\"Sales rose,\" said Jim Press, the deputy chairman of Kessler.",
       {"Organization:Kessler", "Person:Jim Press"}},
      {"Crowds honoured Martin Luther King.", {"Person:Martin Luther King"}},
      // A capitalized particle inside a name begins a surname.
      {"Marine Le Pen won 41 percent on Sunday.", {"Person:Marine Le Pen"}},
      // A person's name before the body they lead stays a person's.
      {"Critics slammed the Shehbaz Sharif government.", {"Person:Shehbaz Sharif"}},
      // A name the article has named whole is that name again.
      {"Protesters stormed the headquarters of the governing Georgian Dream party. Critics accused "
       "Georgian Dream of fraud.",
       {"Organization:Georgian Dream"}},
      // A name with digits the gazetteer knows; a territory it types a city.
      {"Leaders met at the G-7 summit in Nairobi.", {"City:Nairobi", "Organization:G7"}},
      {"Police fired tear gas in Macau.", {"City:Macau"}},
      // "All" opens an organization's name ending in its suffix.
      {"The ruling All Farmers Congress won in Abuja.",
       {"City:Abuja", "Organization:All Farmers Congress"}},
      // A title broken by its lower-case word ends inside the run.
      {"Chile's Commander in Chief Tomas Halvorsen flew to Warsaw.",
       {"City:Warsaw", "Country:Chile", "Person:Tomas Halvorsen"}},
      // An organization noun before the name, maybe with "the" between.
      {"German magazine Der Kurier cited documents.", {"Organization:Der Kurier"}},
      {"The right-wing party The Patriots won.", {"Organization:Patriots"}},
      // Plural acronyms; a common word opening a sentence that only WordNet
      // knows as a place.
      {"He met Kenyan MPs and NGOs.", {}},
      {"Union leaders met in Lyon.", {"City:Lyon"}},
      // A name the article gives an event is none where it stands alone.
      {"Troops began the 43rd Jade Falcon military exercises. Chile thanked Peru for hosting "
       "Jade Falcon.",
       {"Country:Chile", "Country:Peru"}},
      {"2016 Iron Hawk and Silver Fox exercises begin today. Iron Hawk lasts a week.", {}},
      // One singular exercise noun after the cue, or a copula's
      // indefinite phrase of one, names an exercise too.
      {"Finland will host the Cold Shield exercise throughout the month.", {"Country:Finland"}},
      {"Iron Hawk began on Monday. Iron Hawk is an annual naval exercise.", {}},
      // A possessive inside a name the gazetteer knows whole; a name right
      // after a model number written as a word.
      {"The People's Republic of China protested.", {"Country:China"}},
      {"The carrier ordered six new Q400 XRT aircraft.", {}},
      // Text tokenized word by word: an initial's apostrophe and a spaced
      // hyphen inside one name.
      {"Chairman Sean O' Dowd resigned.", {"Person:Sean O' Dowd"}},
      {"Shoppers deserted Zel - Mart stores.", {"Organization:Zel - Mart"}},
      // A country before a currency's name names the currency.
      {"The U.S. dollar rose as tickets sold for $4 US dollars.", {}},
      // A title word after "of" ending the name is the body's domain.
      {"Judges sat in the Royal Halls of Justice.", {"Organization:Royal Halls of Justice"}},
      // Capitalized words of a term spelled out before its acronym.
      {"Analysts said that Sales, Marketing and Distribution (SMD) costs grew.", {}},
      // A name ending in a number word names a group, not a person.
      {"Shares of the Big Five rose.", {"Organization:Big Five"}},
      // A city's name coordinated with a firm's names a firm; the planet is a place.
      {"Shares of Hershey and Kraft Foods Inc rose.",
       {"Organization:Hershey", "Organization:Kraft Foods Inc"}},
      {"Trains linked Hershey and Harrisburg.", {"City:Harrisburg", "City:Hershey"}},
      {"Probes mapped every crater on Earth.", {"Place:Earth"}},
      // A name in apposition to an organization noun names an organization.
      {"The automaker will close plants at its luxury division, Lincoln.",
       {"Organization:Lincoln"}},
      // A name after a lower-case noun for a kind of product names the product.
      {"The carmaker will build its next model Corolla in Ohio.", {"Place:Ohio"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// Names of business news: currencies, products, indices, flights, formal names.
// The rules alone, without the trained name typer.
std::vector<std::string> RulesOnly(const std::string& text) {
  static std::shared_ptr<const Lexicon> lex(&testing::TestLexicon(), [](const Lexicon*) {});
  ParseModels models = testing::TestParseModels();
  models.names = nullptr;
  Pipeline p(lex, models);
  Document doc;
  doc.id = "test";
  doc.text = text;
  doc.date = "2024-03-13";
  EXPECT_TRUE(p.Run(doc).ok());
  return EntitySummary(doc);
}

TEST(EntityRecognizerTest, TheTrainedTyperRetypesWeakGuesses) {
  struct Case {
    std::string text;
    V rules, typer;
  };
  const Case cases[] = {
      // Common words inside ("roman") made a place of a person's name.
      {"The government imposed sanctions on Roman Abramovich and six others.",
       {"Place:Roman Abramovich"},
       {"Person:Roman Abramovich"}},
      // A common word last made an organization of a loan's name.
      {"Savings from the Term Facility were small.", {"Organization:Term Facility"}, {}},
      // Strong cues keep their type: a given name, a place after "at".
      {"Lawyers for Pavel Orlov said he would appeal.",
       {"Person:Pavel Orlov"},
       {"Person:Pavel Orlov"}},
      {"Troops waited at Camp Humphreys.", {"Place:Camp Humphreys"}, {"Place:Camp Humphreys"}},
      // A company the rules know by its suffix is not the typer's.
      {"Shares of Zentrix Corp fell.",
       {"Organization:Zentrix Corp"},
       {"Organization:Zentrix Corp"}},
  };
  ASSERT_NE(testing::TestParseModels().names, nullptr) << "models/names.model was not loaded";
  for (const auto& c : cases) {
    EXPECT_EQ(RulesOnly(c.text), c.rules) << c.text;
    EXPECT_EQ(EntitySummary(Extract(c.text)), c.typer) << c.text;
  }
}

// Context cues the rules read, without the trained name typer.
TEST(EntityRecognizerTest, ContextCuesWithoutTheTyper) {
  const std::pair<std::string, V> cases[] = {
      // A lower-case noun for a plant before a name: an organization's name.
      {"Investors bought the Slovak truck plant Tractor Zvolen last year.",
       {"Organization:Tractor Zvolen"}},
      {"A strike idled the engine factory Diesel Jikov.", {"Organization:Diesel Jikov"}},
      // A person noun and a verb of saying after a comma speak the
      // sentence; they are no apposition to the name before them.
      {"Workers struck at Harbor Lights Depot, a union official said.",
       {"Organization:Harbor Lights Depot"}},
      {"Talks stalled at Harbor Lights Depot, a union official, on Monday.",
       {"Person:Harbor Lights Depot"}},
  };
  for (const auto& [text, expected] : cases) EXPECT_EQ(RulesOnly(text), expected) << text;
}

TEST(EntityRecognizerTest, BusinessNames) {
  const std::pair<std::string, V> cases[] = {
      // A currency symbol is no country; the country named alone is.
      {"Zentro paid US$40 million for the plant in Kenya.",
       {"Country:Kenya", "Organization:Zentro"}},
      {"Zentro paid A$40 million.", {"Organization:Zentro"}},
      // An acronym is not title-cased into a gazetteer name ("Gao").
      {"The GAO said the contract was flawed.", {"Organization:GAO"}},
      // Organization nouns after a given name.
      {"Douglas Aircraft built the jet.", {"Organization:Douglas Aircraft"}},
      // A company's branch named by its country; a place after an adjective.
      {"Ford Australia cut jobs in Melbourne.", {"City:Melbourne", "Organization:Ford Australia"}},
      {"Floods hit Central Asia.", {"Place:Central Asia"}},
      // The employer before a title and a name.
      {"Veltrax Chief Executive Mara Lind resigned.", {"Organization:Veltrax", "Person:Mara Lind"}},
      {"The firm said so. Veltrax Industries CEO and co-founder Anna Berglund gave her keynote "
       "speech "
       "to developers on Monday.",
       {"Organization:Veltrax Industries", "Person:Anna Berglund"}},
      {"\"Sales rose,\" said the chairman of Kessler LLC Anna Berglund.",
       {"Organization:Kessler LLC", "Person:Anna Berglund"}},
      {"\"We are proud,\" said Joe Leonard, Chief Operating Officer of Skyline Airways.",
       {"Organization:Skyline Airways", "Person:Joe Leonard"}},
      // A flight names its airline.
      {"Borealis Air Flight 212 crashed in Peru.", {"Country:Peru", "Organization:Borealis Air"}},
      {"Borealis Air Flight BA212 crashed.", {"Organization:Borealis Air"}},
      {"Russia fired Kinzhal missiles at Kyiv.", {"City:Kyiv", "Country:Russia"}},
      // An index: one name with its number, or no entity at all.
      {"The FTSE 100 rose 2% on Monday.", {}},
      {"The ZQX 40 fell as the QRT 250 rose.", {}},
      {"The Hang Seng index fell.", {}},
      {"The Orvel 2000 Index fell.", {}},
      {"The Orvel Brant industrial average fell.", {}},
      {"The Kospi fell 2% in Seoul.", {"City:Seoul"}},
      {"Shares of Kessler Group rose as the FTSE slipped.", {"Organization:Kessler Group"}},
      {"The Zentra composite index rose 3% in Lagos.", {"City:Lagos"}},
      // A country before "index" stays a country.
      {"The main Brazil index fell 2%.", {"Country:Brazil"}},
      {"Shares rose as the primary Canada index gained.", {"Country:Canada"}},
      {"The ABX 2005 keynote began.", {"Organization:ABX"}},
      // Products and their makers named only in them.
      {"Veltrax unveiled new Orion Pro laptops.", {"Organization:Veltrax"}},
      {"The Condor A390 landed in Paris.", {"City:Paris"}},
      {"Airlines ordered the new 797 Skyliner.", {}},
      // Aircraft are products; a name coordinated with a product's before the
      // product noun names a product too.
      {"The air force flies Leonid Tristar aircraft from Lagos.", {"City:Lagos"}},
      {"The air force will replace its Leonid Tristar and Halcor VC-10 aircraft in Lagos.",
       {"City:Lagos"}},
      // An acronym of a common noun is no name.
      {"In a ceremony attended by several Kenyan ministers and 2,000 VIP guests, Veltrax showed "
       "its jet.",
       {"Organization:Veltrax"}},
      // A count before a demonym is no model number ("787 Dreamliner").
      {"Canada imposed sanctions on 15 Russian individuals.", {"Country:Canada", "Country:Russia"}},
      {"Sales on the iTunes Music Store rose.", {}},
      {"Sales at its United Kingdom iTunes store rose.", {"Country:United Kingdom"}},
      // Names with abbreviations, places with organization words.
      {"The plant in St. Louis closed.", {"City:Saint Louis"}},
      {"Police detained 12 people in St Petersburg.", {"City:St. Petersburg"}},
      {"The jet flew to Chiang Mai International Airport.",
       {"Place:Chiang Mai International Airport"}},
      // Holidays are no names.
      {"Sales rose over Christmas and the New Year.", {}},
      // Nor are diseases and the periods they name.
      {"Sales fell in the Covid years and after Brexit.", {}},
      // An airport: "airport" after its name is part of it, a city's name
      // before a known airport names the airport; a city's airport stays
      // the city.
      {"Passengers slept at Gatwick airport after the storm.", {"Place:Gatwick airport"}},
      {"Fog shut the Don Mueang airport for a day.", {"Place:Don Mueang airport"}},
      {"The carrier moved its flights to Paris Orly.", {"Place:Paris Orly"}},
      {"Fog delayed flights out of Schiphol.", {"Place:Schiphol"}},
      {"The Warsaw airport reopened.", {"City:Warsaw"}},
      // A founder's name that WordNet knows as a person's, listed with
      // firms, is a firm's.
      {"Suppliers to Kessler Motors, Ford, and Nordin Aircraft cut jobs.",
       {"Organization:Ford", "Organization:Kessler Motors", "Organization:Nordin Aircraft"}},
      {"Orders from Ford and Nordin Aircraft rose.",
       {"Organization:Ford", "Organization:Nordin Aircraft"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A person only by the form of the name is an organization when the
// context says so; not when it says nothing or names a person.
TEST(EntityRecognizerTest, ContextRetypesNamesThatOnlyLookLikePeople) {
  const std::pair<std::string, V> cases[] = {
      {"Los Angeles based Halvor Brandt won the bid.",
       {"City:Los Angeles", "Organization:Halvor Brandt"}},
      {"Halvor Brandt's shares fell sharply.", {"Organization:Halvor Brandt"}},
      {"Halvor Brandt and Boeing Commercial Airplanes agreed.",
       {"Organization:Boeing Commercial Airplanes", "Organization:Halvor Brandt"}},
      {"Halvor Brandt parent company Kessel said so.",
       {"Organization:Halvor Brandt", "Organization:Kessel"}},
      // The people a firm employs: after its name, or before "at" and it.
      {"Halvor Brandt analysts expect oil prices to rise.", {"Organization:Halvor Brandt"}},
      {"Oil will rise, said economists at Halvor Brandt.", {"Organization:Halvor Brandt"}},
      {"\"Demand is strong,\" said Halvor Brandt. Halvor Brandt analysts expect a rise.",
       {"Organization:Halvor Brandt"}},
      {"Halvor Brandt told analysts at the meeting.", {"Person:Halvor Brandt"}},
      {"Halvor Brandt's wife said so.", {"Person:Halvor Brandt"}},
      {"Halvor Brandt won the bid.", {"Person:Halvor Brandt"}},
      {"Imran Khan and Sadiq Khan spoke.", {"Person:Imran Khan", "Person:Sadiq Khan"}},
      // Coordinated with a business, not with any organization.
      {"Douglas Aircraft and McDonnell Douglas merged.",
       {"Organization:Douglas Aircraft", "Organization:McDonnell Douglas"}},
      {"The IMF and Ishaq Dar agreed.",
       {"Organization:International Monetary Fund", "Person:Ishaq Dar"}},
      // A common noun the article writes only capitalized, as a subject.
      {"Oil prices fell. Shell has cut its dividend. Shell said profits fell.",
       {"Organization:Shell"}},
      {"Following the vote, crowds gathered. Following the protest, police left.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

TEST(EntityRecognizerTest, RecordsTitlesWithTheirCountry) {
  Document doc = Extract("Kenyan President William Ruto spoke.");
  EXPECT_EQ(testing::RelationSummary(doc), V{"leaderOf(William Ruto, Kenya)"});
}

TEST(EntityRecognizerTest, QualifiedTitlesKeepTheirCountry) {
  Document doc =
      Extract("U.S. Defense Secretary Lloyd Austin hosted Carlito Galvez Jr. at the Pentagon.");
  EXPECT_EQ(EntitySummary(doc), (V{"Country:United States", "Organization:Pentagon",
                                   "Person:Carlito Galvez Jr", "Person:Lloyd Austin"}));
  EXPECT_EQ(testing::EventSummary(doc, "Meeting"),
            V{"participant=Carlito Galvez Jr,Lloyd Austin;place=Pentagon"});
}

TEST(EntityRecognizerTest, TwoWordDemonyms) {
  EXPECT_EQ(testing::RelationSummary(Extract("South Korean President Yoon Suk Yeol spoke.")),
            V{"leaderOf(Yoon Suk Yeol, South Korea)"});
}

TEST(EntityRecognizerTest, LowerCaseTitlesBeforeNames) {
  EXPECT_EQ(testing::RelationSummary(Extract("On Friday, ANC leader Cyril Ramaphosa spoke.")),
            V{"leaderOf(Cyril Ramaphosa, ANC)"});
}

TEST(EntityRecognizerTest, FormerLeadersLeadNothing) {
  Document doc = Extract("Former Prime Minister Imran Khan spoke in Lahore.");
  EXPECT_EQ(testing::RelationSummary(doc), V{});
  EXPECT_GE(testing::FindEntity(doc, "Imran Khan"), 0);
}

TEST(EntityRecognizerTest, OrganizationHeadsLeadTheirOrganization) {
  Document doc = Extract("World Bank President Ajay Banga visited Nairobi.");
  EXPECT_EQ(testing::RelationSummary(doc), V{"leaderOf(Ajay Banga, World Bank)"});
}

// "of" between an organization's name and a person's, or a person's and
// what the person belongs to, joins no name: the party is led by its
// person, the titled person leads the state after "of"; names the
// gazetteer or a title's domain holds stay whole.
TEST(EntityRecognizerTest, OfSeparatesAPersonFromWhatTheyBelongTo) {
  const std::pair<std::string, V> cases[] = {
      {"The Civic Renewal Party of Tomas Halvorsen won the vote.",
       {"Organization:Civic Renewal Party", "Person:Tomas Halvorsen"}},
      {"\"We will invest,\" said Daniel Okafor of Vantor Capital.",
       {"Organization:Vantor Capital", "Person:Daniel Okafor"}},
      {"President Ana Ruiz of Peru spoke.", {"Country:Peru", "Person:Ana Ruiz"}},
      {"He met Queen Amara of Zambia.", {"Country:Zambia", "Person:Amara"}},
      {"Officials of the Central Bank of Nigeria met.", {"Organization:Central Bank of Nigeria"}},
      {"Minister of Trade Kemi Badenoch spoke.", {"Person:Kemi Badenoch"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
  const std::pair<std::string, V> relations[] = {
      {"The Civic Renewal Party of Tomas Halvorsen won the vote.",
       {"leaderOf(Tomas Halvorsen, Civic Renewal Party)"}},
      {"President Ana Ruiz of Peru spoke.", {"leaderOf(Ana Ruiz, Peru)"}},
      {"He met Queen Amara of Zambia.", {"leaderOf(Amara, Zambia)"}},
      {"Foreign Minister Jonas Berg of Norway spoke.", {}},
      {"\"We will invest,\" said Daniel Okafor of Vantor Capital.", {}},
  };
  for (const auto& [text, expected] : relations)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

// A title, "of", the state, see or body it is the title of, then the
// person: the person is named without the title, and leads a state or an
// organization, never a city.
TEST(EntityRecognizerTest, TitleOfAnOwnerBeforeTheName) {
  const std::pair<std::string, V> cases[] = {
      {"The Emir of Qatar Sheikh Faisal bin Nasser Al Mahmoud arrived.",
       {"Country:Qatar", "Person:Faisal bin Nasser Al Mahmoud"}},
      {"The Archbishop of Canterbury Thomas Ellery visited Lagos.",
       {"City:Canterbury", "City:Lagos", "Person:Thomas Ellery"}},
      {"The President of Peru Ana Ruiz spoke.", {"Country:Peru", "Person:Ana Ruiz"}},
      {"Grand Ayatollah Hossein Rahimi spoke.", {"Person:Hossein Rahimi"}},
      // Titles of rank after a title are no part of the name either.
      {"Supreme Leader Ayatollah Ali Rahimi spoke.", {"Person:Ali Rahimi"}},
      {"Emir Sheikh Faisal bin Nasser spoke.", {"Person:Faisal bin Nasser"}},
      {"The Grand Mufti Hassan Nour spoke.", {"Person:Hassan Nour"}},
      // A title's domain that is no known name stays out.
      {"Minister of Trade Kemi Badenoch spoke.", {"Person:Kemi Badenoch"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
  const std::pair<std::string, V> relations[] = {
      {"The Emir of Qatar Sheikh Faisal bin Nasser Al Mahmoud arrived.",
       {"leaderOf(Faisal bin Nasser Al Mahmoud, Qatar)"}},
      {"The Archbishop of Canterbury Thomas Ellery visited Lagos.", {}},
      {"The President of Peru Ana Ruiz spoke.", {"leaderOf(Ana Ruiz, Peru)"}},
  };
  for (const auto& [text, expected] : relations)
    EXPECT_EQ(testing::RelationSummary(Extract(text)), expected) << text;
}

// A Latin name written with a letter of another script that looks alike
// ("Аirlines" with a Cyrillic "А") is the Latin name; given names of many
// regions make a pair of words a person's.
TEST(EntityRecognizerTest, LookalikeLettersAndGivenNames) {
  const std::pair<std::string, V> cases[] = {
      {"Vantor \xD0\x90irlines cut flights.", {"Organization:Vantor Airlines"}},
      {"Chinedu Okeke met Wanjiku Mwangi.", {"Person:Chinedu Okeke", "Person:Wanjiku Mwangi"}},
      {"Akhilesh Varma met Oleksandr Hrytsenko.",
       {"Person:Akhilesh Varma", "Person:Oleksandr Hrytsenko"}},
      {"Youssef Amrani met Xiomara Lagos.", {"Person:Xiomara Lagos", "Person:Youssef Amrani"}},
      {"The Roman Catholic Church met.", {"Organization:Roman Catholic Church"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A name right before a noun for a military exercise, with no cue, is the
// exercise's own name, no entity; a people's or a known name stays.
TEST(EntityRecognizerTest, ExerciseNamesAreNoEntities) {
  const std::pair<std::string, V> cases[] = {
      {"Freedom Shield exercises began on Monday near Seoul.", {"City:Seoul"}},
      {"The navies held Pacific Vanguard drills off Guam.", {"Country:Guam"}},
      {"Ukraine watched Zapad maneuvers by Belarus.", {"Country:Belarus", "Country:Ukraine"}},
      {"Chinese drills near Taiwan alarmed Japan.",
       {"Country:China", "Country:Japan", "Country:Taiwan"}},
      {"Japan joined Australian drills.", {"Country:Australia", "Country:Japan"}},
      // An operation's or exercise's own name after its opener, common words
      // before it and all, names an event, alone later too; a name before
      // the opener stands.
      {"Exercise Stone Heron has run every year since 2011.", {}},
      {"Operation Amber Gate began. Amber Gate ended in May.", {}},
      {"Troops opened the Joint Naval Exercise Stone Heron near Mombasa.", {"City:Mombasa"}},
      {"NATO Exercise Stone Heron began.", {"Organization:North Atlantic Treaty Organization"}},
      // A verb and an event noun after a titled name make no event name of
      // it: the name is their subject's.
      {"Ghana's President Kofi Amankwah held talks.", {"Country:Ghana", "Person:Kofi Amankwah"}},
      {"Chile's Foreign Minister Ines Varela opened talks with Bolivia.",
       {"Country:Bolivia", "Country:Chile", "Person:Ines Varela"}},
      {"Kenya's President Daniel Mwangi held rallies in Nakuru.",
       {"City:Nakuru", "Country:Kenya", "Person:Daniel Mwangi"}},
      {"The 12th Coastal Guardian naval drills began.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

// A name that ends or opens with a football club's affix (club_suffixes.txt,
// club_prefixes.txt) is an organization's; an all-caps line is no club.
TEST(EntityRecognizerTest, FootballClubs) {
  const std::pair<std::string, V> cases[] = {
      {"Ivan Morov owns Dynamo Rovers FC.", {"Organization:Dynamo Rovers FC", "Person:Ivan Morov"}},
      {"Ivan Morov sold Volga United F.C. to Anna Berg.",
       {"Organization:Volga United F.C.", "Person:Anna Berg", "Person:Ivan Morov"}},
      {"Ivan Morov sold AC Kamensk to Anna Berg.",
       {"Organization:AC Kamensk", "Person:Anna Berg", "Person:Ivan Morov"}},
      {"Ivan Morov bought FC Kamensk in 2019.", {"Organization:FC Kamensk", "Person:Ivan Morov"}},
      {"Ivan Morov met Anna Berg.", {"Person:Anna Berg", "Person:Ivan Morov"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EntitySummary(Extract(text)), expected) << text;
}

}  // namespace
}  // namespace newskg
