#include "extract/event_extractor.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "extract/internal/event_words.h"
#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EventSummary;
using testing::Extract;
using testing::RelationSummary;
using V = std::vector<std::string>;

struct EventCase {
  std::string text;
  std::string cls;
  V expected;
};

// Article date 2024-03-13 is a Wednesday.
TEST(EventExtractorTest, Table) {
  const EventCase cases[] = {
      // Meeting
      {"Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on "
       "Monday.",
       "Meeting",
       {"date=2024-03-11;participant=Samia Suluhu Hassan,William Ruto;place=Arusha"}},
      {"Olaf Scholz held talks with Emmanuel Macron in Berlin.",
       "Meeting",
       {"participant=Emmanuel Macron,Olaf Scholz;place=Berlin"}},
      {"Olaf Scholz did not meet Emmanuel Macron.", "Meeting", {}},
      // A gerund clause after "after"/"before" takes the main clause's subject.
      {"Olaf Scholz and Emmanuel Macron spoke to reporters on Monday (11 March) after holding "
       "talks in Berlin.",
       "Meeting",
       {"date=2024-03-11;participant=Emmanuel Macron,Olaf Scholz;place=Berlin"}},
      {"Olaf Scholz spoke to reporters after the talks in Berlin.", "Meeting", {}},
      // A participle clause after a comma takes the main subject, unless its
      // object does the infinitive ("prompting the EU to prepare sanctions").
      {"Canada widened its measures on Friday, putting four more Russian banks under sanctions.",
       "Sanction",
       {"imposer=Canada"}},
      {"The crackdown was condemned, prompting the European Union to prepare sanctions against "
       "Belarus.",
       "Sanction",
       {"imposer=European Union;target=Belarus"}},
      // "Those affected by the sanctions are A, title; B, title; and C."
      {"Those affected by the latest sanctions are Ivan Petrov, chairman of Volga Bank; Sergei "
       "Orlov, "
       "head of the mining firm Norilsk Metals; and Dmitry Volkov.",
       "Sanction",
       {"target=Dmitry Volkov,Ivan Petrov,Sergei Orlov"}},
      {"Those listed in the measures are now subject to travel bans, Britain said.",
       "Sanction",
       {}},
      // Who shrugs off, evades or faces sanctions does not impose them.
      {"Hamas has shrugged off the sanctions.", "Sanction", {}},
      {"Iran evaded the sanctions for years.", "Sanction", {}},
      {"Russia faces new sanctions.", "Sanction", {}},
      // The gerund clause's subject is the main clause's, not the nearest name.
      {"Germany responded to the demands of Russian officials by imposing sanctions on Belarus.",
       "Sanction",
       {"imposer=Germany;target=Belarus"}},
      // "X and his counterpart Y": both are named.
      {"Chancellor Olaf Scholz and his French counterpart Emmanuel Macron held talks in Berlin.",
       "Meeting",
       {"participant=Emmanuel Macron,Olaf Scholz;place=Berlin"}},
      {"President William Ruto and his host Samia Suluhu Hassan met in Arusha.",
       "Meeting",
       {"participant=Samia Suluhu Hassan,William Ruto;place=Arusha"}},
      {"Olaf Scholz could meet Emmanuel Macron next week.", "Meeting", {}},
      // The object of a preposition is no subject, also when an article, a
      // demonym and common nouns stand before the name.
      {"President Anna Berg arrived in the Norwegian capital Oslo on Monday for talks with "
       "Prime Minister Karl Holm.",
       "Meeting",
       {"date=2024-03-11;participant=Anna Berg,Karl Holm;place=Oslo"}},
      // ... and where a verb of travel leads is the place (travel_verbs).
      {"Chancellor Olaf Scholz flew to the Italian port city Genoa for a meeting with Giorgia "
       "Meloni.",
       "Meeting",
       {"participant=Giorgia Meloni,Olaf Scholz;place=Genoa"}},
      {"The foreign minister spoke at the European Commission to announce sanctions against "
       "Belarus.",
       "Sanction",
       {"target=Belarus"}},
      {"Narendra Modi welcomed Anthony Albanese in New Delhi.",
       "Meeting",
       {"participant=Anthony Albanese,Narendra Modi;place=New Delhi"}},
      // Loan
      {"The World Bank lent $500 million to Kenya.",
       "Loan",
       {"amount=500000000 USD;borrower=Kenya;lender=World Bank"}},
      {"A loan of $2 billion was granted to Egypt by the World Bank.",
       "Loan",
       {"amount=2000000000 USD;borrower=Egypt;lender=World Bank"}},
      {"Qatar and Kuwait pledged a $500m loan to Jordan.",
       "Loan",
       {"amount=500000000 USD;borrower=Jordan;lender=Kuwait,Qatar"}},
      {"Egypt obtained a $3 billion loan from the International Monetary Fund.",
       "Loan",
       {"amount=3000000000 USD;borrower=Egypt;lender=International Monetary Fund"}},
      {"Ghana rejected an offer of a loan from China.", "Loan", {}},
      {"Tokyo will lend $4 billion to Indonesia.",
       "Loan",
       {"amount=4000000000 USD;borrower=Indonesia;lender=Japan"}},
      // Protest
      {"At least 20,000 protesters marched through Nairobi on Sunday.",
       "Protest",
       {"count=20000;date=2024-03-10;place=Nairobi"}},
      // Verbs of crowds: "N people poured into X for a rally".
      {"About 30,000 people poured into Nairobi on Sunday for a rally.",
       "Protest",
       {"count=30000;date=2024-03-10;place=Nairobi"}},
      {"About 30,000 people watched the rally on television.", "Protest", {}},
      // "on" gives a place after a verb of crowds converging, and only there.
      {"Thousands of people descended on Nairobi for a rally on Sunday.",
       "Protest",
       {"date=2024-03-10;place=Nairobi"}},
      {"Thousands of people rallied on Nairobi's budget on Sunday in Mombasa.",
       "Protest",
       {"date=2024-03-10;place=Mombasa"}},
      // A crowd's size as the object of a verb of size.
      {"Police said the crowd reached 45,000 at the height of the march in Nairobi on Sunday.",
       "Protest",
       {"count=45000;date=2024-03-10;place=Nairobi"}},
      {"The crowd reached 45,000 at the football match in Nairobi on Sunday.", "Protest", {}},
      // A count with a multiplier ("1.2 million") ends at the multiplier.
      {"About 1.2 million people took part in the marches in Nairobi on Sunday.",
       "Protest",
       {"count=1200000;date=2024-03-10;place=Nairobi"}},
      {"Organizers said 2.3 million people had turned out for the march in Nairobi on Sunday.",
       "Protest",
       {"count=2300000;date=2024-03-10;place=Nairobi"}},
      // Arrest
      {"Police arrested more than 300 people in Dakar on Friday.",
       "Arrest",
       {"count=300;date=2024-03-08;place=Dakar"}},
      {"Opposition leader Ousmane Sonko was arrested in Dakar.",
       "Arrest",
       {"arrestee=Ousmane Sonko;place=Dakar"}},
      {"A court issued an arrest warrant for Ousmane Sonko.", "Arrest", {}},
      // Sanction
      {"The European Union imposed sanctions on Iran.",
       "Sanction",
       {"imposer=European Union;target=Iran"}},
      {"Washington could impose sanctions on Iran.", "Sanction", {}},
      // "targeting" names targets, also after a comma; another participle does not.
      {"Canada announced sanctions against Belarus on Monday, targeting Defence Minister Ivo "
       "Petrak.",
       "Sanction",
       {"imposer=Canada;target=Belarus,Ivo Petrak"}},
      {"Canada announced sanctions against Belarus on Monday, thanking Defence Minister Ivo "
       "Petrak.",
       "Sanction",
       {"imposer=Canada;target=Belarus"}},
      // MilitaryExercise
      {"Japan and Australia held joint military drills in Darwin.",
       "MilitaryExercise",
       {"participant=Australia,Japan;place=Darwin"}},
      {"More than 5,000 Indonesian and Malaysian troops began joint exercises in Borneo.",
       "MilitaryExercise",
       {"participant=Indonesia,Malaysia;place=Borneo"}},
      // A plural noun opening the clause, then "from" or "of": its objects
      // are the subject; a preposition after a name or mid-clause is not.
      {"Soldiers from Chile and Peru began joint drills near Arica.",
       "MilitaryExercise",
       {"participant=Chile,Peru;place=Arica"}},
      {"The presidents of Ghana and Togo met in Lome.",
       "Meeting",
       {"participant=Ghana,Togo;place=Lome"}},
      {"After a request from Chile, Peruvian troops began drills near Arica.",
       "MilitaryExercise",
       {"participant=Peru;place=Arica"}},
      // The one who said "it would lend" lends, an adverb before the verb or not.
      {"The Asian Development Bank later said it would provide a $200 million loan to Laos.",
       "Loan",
       {"amount=200000000 USD;borrower=Laos;lender=Asian Development Bank"}},
      // "would" after "said it" reports a stated future, alone it is a hypothesis.
      {"The Asian Development Bank said it would lend $200 million to Laos.",
       "Loan",
       {"amount=200000000 USD;borrower=Laos;lender=Asian Development Bank;reportedBy=Asian "
        "Development Bank"}},
      {"The Asian Development Bank said on Monday it would lend $200 million to Laos.",
       "Loan",
       {"amount=200000000 USD;borrower=Laos;lender=Asian Development Bank;reportedBy=Asian "
        "Development Bank"}},
      {"The Asian Development Bank would lend $200 million to Laos.", "Loan", {}},
      {"The Asian Development Bank said it would consider lending $200 million to Laos.",
       "Loan",
       {}},
      // A receiving verb makes the subject the borrower.
      {"Kenya secured a $1 billion loan from the African Development Bank.",
       "Loan",
       {"amount=1000000000 USD;borrower=Kenya;lender=African Development Bank"}},
      // The possessor of the subject lends when no other subject is named.
      {"The World Bank's board approved a $750 million loan for Ghana.",
       "Loan",
       {"amount=750000000 USD;borrower=Ghana;lender=World Bank"}},
      // Crowd sizes count people taking part, not casualties.
      {"Protests spread and at least 12 people were killed in Lagos.", "Protest", {}},
      {"Some 8,000 people took part in a rally in Accra on Saturday.",
       "Protest",
       {"count=8000;date=2024-03-09;place=Accra"}},
      // A relative clause is skipped to find the subject.
      {"Former President Alpha Conde, who ruled for a decade, was arrested in Conakry on Monday.",
       "Arrest",
       {"arrestee=Alpha Conde;date=2024-03-11;place=Conakry"}},
      // "since" marks the edge of a period, not the event's date.
      {"Police have detained 40 people in Dakar since February.",
       "Arrest",
       {"count=40;place=Dakar"}},
      // A pronoun subject stands for the person named last.
      {"Kenyan President William Ruto flew to Kampala. He met Ugandan President Yoweri Museveni "
       "there.",
       "Meeting",
       {"participant=William Ruto,Yoweri Museveni"}},
      // An age in apposition is no count.
      {"Opposition leader Ama Boateng, 47, was detained in Accra.",
       "Arrest",
       {"arrestee=Ama Boateng;place=Accra"}},
      // A crowd, then the trigger as a verb; a place in apposition.
      {"In the capital, Lusaka, nearly 3,000 students who tried to march were stopped.",
       "Protest",
       {"count=3000;place=Lusaka"}},
      // Elections: where and when; "May 29" is no modal.
      {"Results of the May 29 election in South Africa were announced.",
       "Election",
       {"date=2023-05-29;place=South Africa"}},
      {"South Africa held an election on May 29.",
       "Election",
       {"date=2023-05-29;place=South Africa"}},
      // Candidates named by their role.
      {"Ana Costa won the presidential vote in Brazil on Sunday, while her main challenger, Rui "
       "Matos, got 30%.",
       "Election",
       {"candidate=Ana Costa,Rui Matos;date=2024-03-10;place=Brazil"}},
      {"Ana Costa won the presidential vote in Brazil on Sunday against her rival from the far "
       "right, Rui Matos.",
       "Election",
       {"candidate=Ana Costa,Rui Matos;date=2024-03-10;place=Brazil"}},
      // People named as candidates in a later sentence without a trigger
      // are candidates of the election told before; with no election told,
      // they are none.
      {"Ana Costa won the presidential vote in Brazil on Sunday. Her rivals Rui Matos and Lia "
       "Pires trailed far behind.",
       "Election",
       {"candidate=Ana Costa,Lia Pires,Rui Matos;date=2024-03-10;place=Brazil"}},
      {"Ana Costa won the presidential vote in Brazil on Sunday. Her main challenger, Rui Matos, "
       "conceded on Monday.",
       "Election",
       {"candidate=Ana Costa,Rui Matos;date=2024-03-10;place=Brazil"}},
      {"Her main challenger, Rui Matos, called the plan a fraud.", "Election", {}},
      // An office won is an election.
      {"Ana Costa first won the Porto mayoralty in 2019.",
       "Election",
       {"candidate=Ana Costa;date=2019;place=Porto"}},
      {"Lena Vogt, a lawyer, is winning the Bremen mayoralty in 2025.",
       "Election",
       {"candidate=Lena Vogt;date=2025;place=Bremen"}},
      {"The presidency of the council rotates.", "Election", {}},
      // Elections: the winner, and the person elected.
      {"Voters in Argentina elected Javier Milei as president on November 19.",
       "Election",
       {"candidate=Javier Milei;date=2023-11-19;place=Argentina"}},
      {"Maria Silva won the presidential election in Brazil on Sunday.",
       "Election",
       {"candidate=Maria Silva;date=2024-03-10;place=Brazil"}},
      {"Mayor Tomas Novak was re-elected in Brno in 2022.",
       "Election",
       {"candidate=Tomas Novak;date=2022;place=Brno"}},
      // "X, where": the place a relative clause refers to.
      {"Olaf Scholz flew to Vilnius, where he held talks with Gitanas Nauseda.",
       "Meeting",
       {"participant=Gitanas Nauseda,Olaf Scholz;place=Vilnius"}},
      // An apposition is no list: "Modi, India's prime minister" is one person.
      {"Fumio Kishida met Narendra Modi, India's prime minister, in New Delhi.",
       "Meeting",
       {"participant=Fumio Kishida,Narendra Modi;place=New Delhi"}},
      // A place after a "that" clause belongs to that clause.
      {"Olaf Scholz held talks in Paris that critics watched for signs of a rift in Brussels.",
       "Meeting",
       {}},
      // Each loan takes the amounts of its own clause.
      {"Qatar lent $2 billion to Egypt, and Kuwait pledged $1 billion.",
       "Loan",
       {"amount=2000000000 USD;borrower=Egypt;lender=Qatar"}},
      // An aside in parentheses does not hide the subject.
      {"The World Bank's board approved a $300 million (about 40 billion yen) loan for Laos.",
       "Loan",
       {"amount=300000000 USD;amount=40000000000 JPY;borrower=Laos;lender=World Bank"}},
      // A nominalization with a possessor; capitals stand for their states.
      {"Tokyo's $4bn facility for Jakarta was signed.",
       "Loan",
       {"amount=4000000000 USD;borrower=Indonesia;lender=Japan"}},
      // Grants are no loans; trade figures are no amounts of a loan.
      {"The European Union gave Ukraine a grant of 50 million euros.", "Loan", {}},
      {"Trade between China and Russia reached $190 billion last year.", "Loan", {}},
      // Metonymy: the capital imposes.
      {"Washington imposed sanctions on Iran on Friday.",
       "Sanction",
       {"imposer=United States;target=Iran"}},
      {"Japan and Australia held joint naval drills on Tuesday.",
       "MilitaryExercise",
       {"date=2024-03-12;participant=Australia,Japan"}},
      // A demonym with a description before the person: the person is the target.
      {"The United States imposed sanctions on Russian oligarch Oleg Deripaska.",
       "Sanction",
       {"imposer=United States;target=Oleg Deripaska"}},
      {"Kazakhstan's President Kassym-Jomart Tokayev met Vladimir Putin in Astana.",
       "Meeting",
       {"participant=Kassym-Jomart Tokayev,Vladimir Putin;place=Astana"}},
      {"Tens of thousands of people took to the streets of Tel Aviv on Saturday.",
       "Protest",
       {"date=2024-03-09;place=Tel Aviv"}},
      {"Turkish police detained 43 people in Istanbul on Sunday after a banned march.",
       "Arrest",
       {"count=43;date=2024-03-10;place=Istanbul"}},
      // A name before a noun trigger modifies it: the lender of a "World Bank loan".
      {"Kenya secures $1.5 billion World Bank loan.",
       "Loan",
       {"amount=1500000000 USD;borrower=Kenya;lender=World Bank"}},
      // A quoted title names the protest.
      {"More than 20,000 people took part in a \"March for Peace\" in Accra on Saturday.",
       "Protest",
       {"count=20000;date=2024-03-09;place=Accra"}},
      // Arrested demonstrators are no crowd size.
      {"Thousands marched in Lima on Thursday and police arrested at least 45 demonstrators.",
       "Protest",
       {"date=2024-03-07;place=Lima"}},
      // A verb between a name and a noun trigger: the name is no modifier.
      {"EU slaps new sanctions on Iran.", "Sanction", {"imposer=European Union;target=Iran"}},
      // "Deal" and "agreement" are loans only with an amount and a lending institution.
      {"Argentina reached a $20 billion agreement with the International Monetary Fund on Friday.",
       "Loan",
       {"amount=20000000000 USD;borrower=Argentina;lender=International Monetary Fund"}},
      {"China and Brazil signed a $10 billion trade agreement.", "Loan", {}},
      {"The World Bank and the Asian Development Bank pledged loans of $2 billion to Nepal.",
       "Loan",
       {"amount=2000000000 USD;borrower=Nepal;lender=Asian Development Bank,World Bank"}},
      // Who condemns drills does not take part; a protest against drills is no new drill.
      {"North Korea condemned the drills as a provocation.", "MilitaryExercise", {}},
      {"Police in Seoul detained activists who staged a rally against the exercises on Sunday.",
       "MilitaryExercise",
       {}},
      {"South Korea, the United States and Japan launched a trilateral military exercise on "
       "Monday.",
       "MilitaryExercise",
       {"date=2024-03-11;participant=Japan,South Korea,United States"}},
      // A tranche paid out first is not the loan's amount.
      {"The IMF approved a $3 billion loan for Ghana, releasing the first $600 million tranche.",
       "Loan",
       {"amount=3000000000 USD;borrower=Ghana;lender=International Monetary Fund"}},
      // ", headed by X," is no subject.
      {"The commission, headed by judge Mary Ndlovu, announced the results of the May 1 election "
       "in Zambia.",
       "Election",
       {"date=2023-05-01;place=Zambia"}},
      // A list of objects of one preposition.
      {"Beijing imposed sanctions on the museum, on the Hudson Institute and on Hsiao Bi-khim.",
       "Sanction",
       {"imposer=China;target=Hsiao Bi-khim,Hudson Institute"}},
      // "US sanctions" are imposed by the US; examples after "including" are targets.
      {"US sanctions hit Iran.", "Sanction", {"imposer=United States"}},
      {"Japan imposed sanctions on 40 targets, including Russian oil producer Gazprom Neft.",
       "Sanction",
       {"imposer=Japan;target=Gazprom Neft"}},
      // Sanction targets after "including".
      {"The U.S. Treasury sanctioned six officials, including Hassan Diab.",
       "Sanction",
       {"imposer=U.S. Treasury;target=Hassan Diab"}},
      // Lists after a listing verb, but for names that describe a member
      // and a new clause.
      {"Those sanctioned by Canada include Pavel Orlov, owner of Spartak Moscow, and Maria "
       "Lopez.",
       "Sanction",
       {"imposer=Canada;target=Maria Lopez,Pavel Orlov"}},
      {"The list of sanctioned officials includes Tom Baker, Maria Lopez and Pavel Orlov.",
       "Sanction",
       {"target=Maria Lopez,Pavel Orlov,Tom Baker"}},
      {"Those newly-sanctioned by Canada include Maria Lopez, who heads Gazprom, and the ministry "
       "said more would follow.",
       "Sanction",
       {"imposer=Canada;target=Maria Lopez"}},
      // A list of titled names before a passive trigger: every person of it,
      // past an item whose name is no person's; the list ends at an item
      // that names no one.
      {"After talks, Sberbank CEO Pavel Orlov, businessman Tom Baker (Acme Group), the owner of "
       "Dynamo FC and Zenit Group chair Maria Lopez were placed under sanctions.",
       "Sanction",
       {"target=Maria Lopez,Pavel Orlov,Tom Baker"}},
      {"Pavel Orlov and Maria Lopez were detained on Monday.",
       "Arrest",
       {"arrestee=Maria Lopez,Pavel Orlov;date=2024-03-11"}},
      {"Others sanctioned are trade minister Pavel Orlov, former judge Maria Lopez and Tom Baker.",
       "Sanction",
       {"target=Maria Lopez,Pavel Orlov,Tom Baker"}},
      {"The sanctioned firms are part of a plan by Maria Lopez.", "Sanction", {}},
      // Candidates named by a plural role noun.
      {"Bola Tinubu won the presidential election in Nigeria on Wednesday, beating his main "
       "opponents Atiku Bello and Peter Obi.",
       "Election",
       {"candidate=Atiku Bello,Bola Tinubu,Peter Obi;date=2024-03-13;place=Nigeria"}},
      // The members a noun trigger lists right after it.
      {"Forces from five countries joined this year's drills including Kenya, Uganda and Ghana.",
       "MilitaryExercise",
       {"date=2024;participant=Ghana,Kenya,Uganda"}},
      // Asset freezes and travel bans are sanctions.
      {"Canada announced an asset freeze and travel ban on Pavel Orlov.",
       "Sanction",
       {"imposer=Canada;target=Pavel Orlov"}},
      // Negation and relatives read from the parse.
      {"Canada never imposed sanctions on Pavel Orlov.", "Sanction", {}},
      {"Pavel Orlov, who met Maria Lopez in Geneva, left.",
       "Meeting",
       {"participant=Maria Lopez,Pavel Orlov;place=Geneva"}},
      // Control: the subject of "agreed" lends.
      {"Japan agreed to lend $2 billion to Kenya.",
       "Loan",
       {"amount=2000000000 USD;borrower=Kenya;lender=Japan"}},
      // A present-tense verb and no past tense: the date lies ahead
      // (future_frames.txt, present_tense_tags.txt, past_tense_tags.txt).
      {"Voters in Peru go to the polls on December 7.", "Election", {"date=2024-12-07;place=Peru"}},
      {"Peru holds a presidential election on 7 April.",
       "Election",
       {"date=2024-04-07;place=Peru"}},
      {"The presidential election in Peru is on Sunday.",
       "Election",
       {"date=2024-03-17;place=Peru"}},
      // A verb in -s tagged VBZ is a verb, not a plural noun; "is to meet" is no passive.
      {"Tomas Velk meets Rosa Maren in Santiago on Friday.",
       "Meeting",
       {"date=2024-03-15;participant=Rosa Maren,Tomas Velk;place=Santiago"}},
      {"The armies of Chile and Argentina are set to hold joint drills on March 3.",
       "MilitaryExercise",
       {"date=2025-03-03;participant=Argentina,Chile"}},
      {"Jan Horvik is to meet Lena Barsk in Lisbon on Monday.",
       "Meeting",
       {"date=2024-03-18;participant=Jan Horvik,Lena Barsk;place=Lisbon"}},
      // A title between "and" and the next name keeps the list going.
      {"President Lena Barsk and Prime Minister Jan Horvik held talks in Lisbon on Wednesday.",
       "Meeting",
       {"date=2024-03-13;participant=Jan Horvik,Lena Barsk;place=Lisbon"}},
      {"The European Union sanctioned Defence Minister Ivan Morov and Interior Minister Boris "
       "Katel.",
       "Sanction",
       {"imposer=European Union;target=Boris Katel,Ivan Morov"}},
      {"Police arrested opposition leader Tomas Relk and former Prime Minister Jan Horvik on "
       "Monday.",
       "Arrest",
       {"arrestee=Jan Horvik,Tomas Relk;date=2024-03-11"}},
      // The candidate beaten: "against X", "beating X", "defeating X" (roles.tsv).
      {"Marek Talven won the presidential election in Peru on Sunday, beating Ines Corova.",
       "Election",
       {"candidate=Ines Corova,Marek Talven;date=2024-03-10;place=Peru"}},
      {"Marek Talven won Sunday's presidential runoff in Peru against Ines Corova.",
       "Election",
       {"candidate=Ines Corova,Marek Talven;date=2024-03-10;place=Peru"}},
      // A crowd's size after its noun and a preposition, or in the next
      // sentence when that one tells of no event (crowd_size_nouns.txt).
      {"Police estimated the crowd at 5,000 as protesters marched through Lisbon on Saturday.",
       "Protest",
       {"count=5000;date=2024-03-09;place=Lisbon"}},
      {"Thousands of people marched in Lisbon on Saturday. Police put the number at 5,000.",
       "Protest",
       {"count=5000;date=2024-03-09;place=Lisbon"}},
      {"Thousands of people marched in Lisbon on Saturday. Organizers said 20,000 people took "
       "part.",
       "Protest",
       {"count=20000;date=2024-03-09;place=Lisbon"}},
      {"Thousands of people marched in Lisbon on Saturday. Officials said 12 people were killed.",
       "Protest",
       {"date=2024-03-09;place=Lisbon"}},
      // A negation before the "that" of the trigger's clause.
      {"Authorities denied that journalist Mira Stanek had been arrested.", "Arrest", {}},
      {"The ministry denied reports that Ivan Morov met Boris Katel in Minsk.", "Meeting", {}},
      {"Police said that journalist Mira Stanek had been arrested.",
       "Arrest",
       {"arrestee=Mira Stanek"}},
      // ... but not when the sentence tells of the past, or a word ties the
      // date to a past event (present_tense_blockers.txt).
      {"Police say Tomas Relk was arrested in Nairobi on Monday.",
       "Arrest",
       {"arrestee=Tomas Relk;date=2024-03-11;place=Nairobi"}},
      {"Tomas Relk remains in custody after his arrest in Nairobi on Monday.",
       "Arrest",
       {"arrestee=Tomas Relk;date=2024-03-11;place=Nairobi"}},
      // An asset freeze whose target is the "of" phrase after "assets"
      // (sanction.txt), "froze" and "frozen" being past forms of a trigger
      // verb (irregular_pasts); a progressive "is freezing" is not passive.
      {"The European Union froze the assets of Ivan Morov on Friday.",
       "Sanction",
       {"imposer=European Union;target=Ivan Morov"}},
      {"Japan has frozen assets of Kama Bank and Volga Oil.",
       "Sanction",
       {"imposer=Japan;target=Kama Bank,Volga Oil"}},
      {"Canada is freezing the assets of Boris Katel.",
       "Sanction",
       {"imposer=Canada;target=Boris Katel"}},
      // "elect" in any tense (election.txt, s_verb_forms.txt); a present verb
      // the tagger read as a plural noun dates ahead (date_normalizer.cc).
      {"Voters in Peru elect a new president on Sunday.",
       "Election",
       {"date=2024-03-17;place=Peru"}},
      {"The parliament of Peru elects Marta Ruiz as speaker.",
       "Election",
       {"candidate=Marta Ruiz;place=Peru"}},
      {"Peru votes on 7 April.", "Election", {"date=2024-04-07;place=Peru"}},
      {"Peru will vote on Sunday.", "Election", {"date=2024-03-17;place=Peru"}},
      {"Peru voted on 7 April.", "Election", {"date=2023-04-07;place=Peru"}},
      {"Voters in Peru elected Marta Ruiz as president on Sunday.",
       "Election",
       {"candidate=Marta Ruiz;date=2024-03-10;place=Peru"}},
      {"The board of Peru Mining elects its chairman by secret ballot.", "Election", {}},
      // An agreement on a loan is one mention with it (topic_preps); a
      // lending institution that reaches it lends, the party of "with"
      // borrows (the institution-lends step).
      {"The International Monetary Fund reached a staff-level agreement with Ghana on a $3 "
       "billion loan.",
       "Loan",
       {"amount=3000000000 USD;borrower=Ghana;lender=International Monetary Fund"}},
      {"Ghana reached a staff-level agreement with the International Monetary Fund on a $3 "
       "billion loan.",
       "Loan",
       {"amount=3000000000 USD;borrower=Ghana;lender=International Monetary Fund"}},
      {"Pakistan and the IMF reached an agreement on a $7 billion loan.",
       "Loan",
       {"amount=7000000000 USD;borrower=Pakistan;lender=International Monetary Fund"}},
      {"Egypt and Qatar signed a trade agreement worth $2 billion.", "Loan", {}},
  };
  for (const auto& c : cases) EXPECT_EQ(EventSummary(Extract(c.text), c.cls), c.expected) << c.text;
}

// A round of sanctions told without its imposer is the one told with it.
TEST(EventExtractorTest, SanctionsWithoutImposerJoinTheRound) {
  const Document doc = Extract(
      "Canada imposed new sanctions on Monday. Those sanctioned include Pavel Orlov and Maria "
      "Lopez.");
  EXPECT_EQ(EventSummary(doc, "Sanction"), V{"imposer=Canada;target=Maria Lopez,Pavel Orlov"});
  // Of two rounds, the latest told before it.
  const Document two = Extract(
      "Canada imposed sanctions on Belarus. Japan imposed sanctions on Pavel Orlov. Others "
      "sanctioned include Maria Lopez.");
  EXPECT_EQ(EventSummary(two, "Sanction"),
            (V{"imposer=Canada;target=Belarus", "imposer=Japan;target=Maria Lopez,Pavel Orlov"}));
}

// A sanctioned leader stays a target beside his group.
TEST(EventExtractorTest, ASanctionedLeaderIsNotHisGroup) {
  const Document doc = Extract(
      "The United Nations imposed sanctions on Hamas leader Khalid Nasser. The sanctions on "
      "Hamas froze his assets.");
  EXPECT_EQ(EventSummary(doc, "Sanction"), V{"imposer=United Nations;target=Hamas,Khalid Nasser"});
}

// A mention that names nothing but its day dates the event told before it,
// when the days fit.
TEST(EventExtractorTest, ADayAloneDatesTheEventBefore) {
  EXPECT_EQ(EventSummary(Extract("At least 20,000 people marched through Lima. Protesters blocked "
                                 "the avenues on Sunday."),
                         "Protest"),
            V{"count=20000;date=2024-03-10;place=Lima"});
  EXPECT_EQ(EventSummary(Extract("Thousands of protesters marched through Lima on Friday. Another "
                                 "protest took place on Monday."),
                         "Protest"),
            V{"date=2024-03-08;place=Lima"});
  EXPECT_EQ(EventSummary(Extract("Protesters blocked the avenues on Sunday."), "Protest"), V{});
}

// A size alone is the size of the event told before, when it has none.
TEST(EventExtractorTest, ASizeAloneSizesTheEventBefore) {
  EXPECT_EQ(EventSummary(Extract("Protesters rallied in Lima on Sunday. About 48,000 protesters "
                                 "took part, police said."),
                         "Protest"),
            V{"count=48000;date=2024-03-10;place=Lima"});
  EXPECT_EQ(EventSummary(Extract("About 5,000 people protested in Lima on Sunday. About 48,000 "
                                 "protesters took part, police said."),
                         "Protest"),
            (V{"count=48000", "count=5000;date=2024-03-10;place=Lima"}));
  EXPECT_EQ(EventSummary(Extract("About 48,000 protesters took part, police said."), "Protest"),
            V{"count=48000"});
}

// A coarser date contains a finer one: "this year's drills" and "the
// drills began on Monday" are one exercise, dated to the day.
TEST(EventExtractorTest, ACoarserDateContainsAFinerOne) {
  const Document doc = Extract(
      "Kenya and Uganda began military drills in Nairobi on Monday. Forces from both joined this "
      "year's drills including Kenya and Uganda.");
  EXPECT_EQ(EventSummary(doc, "MilitaryExercise"),
            V{"date=2024-03-11;participant=Kenya,Uganda;place=Nairobi"});
}

// The article's lead tells the news itself: an election it names without a
// date is not the one of an earlier year that a later sentence recalls;
// that one is an election of its own, with the candidates of its result.
TEST(EventExtractorTest, TheLeadIsNotAnEarlierYearsEvent) {
  EXPECT_EQ(EventSummary(Extract("Supporters cheered as President Emmanuel Dupont won the runoff. "
                                 "In the 2019 election, Dupont beat Marie Leclerc."),
                         "Election"),
            (V{"candidate=Emmanuel Dupont", "candidate=Emmanuel Dupont,Marie Leclerc;date=2019"}));
  // A date of this year or the last still joins.
  EXPECT_EQ(EventSummary(Extract("Supporters cheered as President Emmanuel Dupont won the runoff. "
                                 "In the March 10 election, Dupont beat Marie Leclerc."),
                         "Election"),
            V{"candidate=Emmanuel Dupont,Marie Leclerc;date=2024-03-10"});
  EXPECT_EQ(EventSummary(Extract("Supporters cheered as President Emmanuel Dupont won the runoff. "
                                 "In the 2023 election, Dupont beat Marie Leclerc."),
                         "Election"),
            V{"candidate=Emmanuel Dupont,Marie Leclerc;date=2023"});
}

TEST(EventExtractorTest, ArrestsOfTheSameSizeMerge) {
  Document doc = Extract(
      "Police detain 412 in Dakar. Officials said 412 people had been taken into custody since "
      "Friday.");
  EXPECT_EQ(EventSummary(doc, "Arrest"), V{"count=412;place=Dakar"});
}

TEST(EventExtractorTest, AnElectionWithoutPlaceIsTheDatelinesCountrys) {
  Document doc =
      Extract("NAIROBI, March 10 \xE2\x80\x94 Final results of the March 9 election were close.");
  EXPECT_EQ(EventSummary(doc, "Election"), V{"date=2024-03-09;place=Kenya"});
}

TEST(EventExtractorTest, GappedLoansAndTheDatelinesBorrower) {
  Document doc = Extract(
      "COLOMBO, March 12 \xE2\x80\x94 Sri Lanka is short of dollars. Qatar lent $2 billion to the "
      "central "
      "bank, and Kuwait a further $1bn. Beijing refinanced a $500 million loan. Sri Lanka must "
      "repay it, and "
      "Sri Lanka will.");
  EXPECT_EQ(EventSummary(doc, "Loan"), (V{"amount=1000000000 USD;borrower=Sri Lanka;lender=Kuwait",
                                          "amount=2000000000 USD;borrower=Sri Lanka;lender=Qatar",
                                          "amount=500000000 USD;borrower=Sri Lanka;lender=China"}));
}

TEST(EventExtractorTest, NoDefaultBorrowerForALoanToldElsewhere) {
  // The dateline is the lender's city, and the loan's borrower is named once.
  Document doc = Extract(
      "WASHINGTON, Dec 16 \xE2\x80\x94 The World Bank lent $500 million to Kenya. The World Bank's "
      "loan of "
      "$500 million is its largest. The United States backed it; the United States said so; the "
      "United "
      "States agreed.");
  EXPECT_EQ(EventSummary(doc, "Loan"), V{"amount=500000000 USD;borrower=Kenya;lender=World Bank"});
}

TEST(EventExtractorTest, MeetingsImplyMeets) {
  Document doc = Extract("Olaf Scholz held talks with Emmanuel Macron in Berlin.");
  EXPECT_EQ(RelationSummary(doc), V{"meets(Olaf Scholz, Emmanuel Macron)"});
}

TEST(EventExtractorTest, LoansImplyGrantsLoanTo) {
  Document doc = Extract("The World Bank lent $500 million to Kenya.");
  EXPECT_EQ(RelationSummary(doc), V{"grantsLoanTo(World Bank, Kenya)"});
}

TEST(EventExtractorTest, MentionsOfOneLoanMerge) {
  Document doc = Extract(
      "Chinese President Xi Jinping promised a loan to Laos. Beijing will lend $1 billion to the "
      "neighbouring state.");
  EXPECT_EQ(EventSummary(doc, "Loan"), V{"amount=1000000000 USD;borrower=Laos;lender=China"});
}

TEST(EventExtractorTest, LeadersOfCountriesMeet) {
  Document doc = Extract(
      "Kenyan President William Ruto arrived in Kampala. Ugandan President Yoweri Museveni greeted "
      "him. The leaders of Kenya and Uganda met on Tuesday.");
  EXPECT_EQ(EventSummary(doc, "Meeting"),
            V{"date=2024-03-12;participant=William Ruto,Yoweri Museveni"});
}

// "X of Peru": the person is the subject, not what the person belongs to.
TEST(EventExtractorTest, APersonOfAStateIsTheSubject) {
  const std::pair<std::string, V> cases[] = {
      {"President Ana Ruiz of Peru met Chancellor Tomas Brandt in Berlin.",
       {"participant=Ana Ruiz,Tomas Brandt;place=Berlin"}},
      {"Daniel Okafor of the Vantor Group met Ana Ruiz in Lima.",
       {"participant=Ana Ruiz,Daniel Okafor;place=Lima"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Meeting"), expected) << text;
}

// Reported or asserted: an event told on someone's word names its source
// when the article does.
// "in the capital": the capital of the country named there or of the
// dateline's; the country itself when the article never names the capital.
TEST(EventExtractorTest, TheCapitalIsAPlace) {
  EXPECT_EQ(EventSummary(Extract("DHAKA, Jan 6 (Reuters) - Thousands of people marched through the "
                                 "capital on Saturday.",
                                 "2024-01-06"),
                         "Protest"),
            V{"date=2024-01-06;place=Dhaka"});
  EXPECT_EQ(EventSummary(Extract("Thousands of Kenyans marched through the Kenyan capital on "
                                 "Saturday.",
                                 "2024-01-06"),
                         "Protest"),
            V{"date=2024-01-06;place=Kenya"});
  // A capital named in apposition is that city.
  EXPECT_EQ(EventSummary(Extract("Thousands of people rallied in the capital, Ankara, on Sunday.",
                                 "2024-01-09"),
                         "Protest"),
            V{"date=2024-01-07;place=Ankara"});
}

// A count after a multi-word arrest trigger counts arrests, not a crowd.
TEST(EventExtractorTest, RoundedUpProtestersAreNoCrowdSize) {
  const Document doc = Extract("Police rounded up 60 protesters outside parliament in Yerevan.");
  EXPECT_EQ(EventSummary(doc, "Arrest"), V{"count=60;place=Yerevan"});
  for (const auto& p : EventSummary(doc, "Protest"))
    EXPECT_EQ(p.find("count=60"), std::string::npos) << p;
  // Nor protesters counted as detained.
  const Document detained =
      Extract("The ministry said 60 protesters had been detained in Yerevan for blocking roads.");
  EXPECT_EQ(EventSummary(detained, "Arrest"), V{"count=60;place=Yerevan"});
  for (const auto& p : EventSummary(detained, "Protest"))
    EXPECT_EQ(p.find("count=60"), std::string::npos) << p;
}

// Borrowing, sanctions in the passive, reactions and named exercises.
TEST(EventExtractorTest, MorePhrasings) {
  EXPECT_EQ(EventSummary(Extract("The Central Bank of Ghana borrowed $3.3 billion from "
                                 "Afreximbank."),
                         "Loan"),
            V{"amount=3300000000 USD;borrower=Central Bank of Ghana;lender=Afreximbank"});
  EXPECT_EQ(EventSummary(Extract("Several Russian oligarchs were sanctioned by the British "
                                 "government on Thursday."),
                         "Sanction"),
            V{"imposer=United Kingdom;target=Russia"});
  EXPECT_EQ(EventSummary(Extract("Pyongyang fired missiles in response to the drills."),
                         "MilitaryExercise"),
            V{});
  EXPECT_EQ(EventSummary(Extract("An estimated 10,000 people demonstrated in Berlin on Sunday."),
                         "Protest"),
            V{"count=10000;date=2024-03-10;place=Berlin"});
  EXPECT_EQ(EventSummary(Extract("Tractors blocked roads near Lyon on Monday as farmers stepped "
                                 "up their protest."),
                         "Protest"),
            V{"date=2024-03-11;place=Lyon"});
  // A named exercise before a two-word trigger names no participant.
  EXPECT_EQ(EventSummary(Extract("Seoul and Washington kicked off their annual Iron Lotus war "
                                 "games on Monday."),
                         "MilitaryExercise"),
            V{"date=2024-03-11;participant=South Korea,United States"});
}

// A party on both sides of a loan stays on the side it is alone on.
TEST(EventExtractorTest, NoPartyLendsToItself) {
  EXPECT_EQ(EventSummary(Extract("Moscow and Tehran signed an agreement on a $5 billion credit "
                                 "line for Iranian infrastructure."),
                         "Loan"),
            V{"amount=5000000000 USD;borrower=Iran;lender=Russia"});
}

// "X said it would ...": "it" is X.
TEST(EventExtractorTest, ItAfterSaidIsTheSpeaker) {
  EXPECT_EQ(EventSummary(Extract("The Asian Development Bank said it would provide a $200 million "
                                 "loan to the Philippines."),
                         "Loan"),
            V{"amount=200000000 USD;borrower=Philippines;lender=Asian Development Bank;"
              "reportedBy=Asian Development Bank"});
  // A person is "he" or "she", not "it".
  EXPECT_EQ(EventSummary(Extract("Ishaq Dar said it would bring a $200 million loan to Pakistan."),
                         "Loan"),
            V{"amount=200000000 USD;borrower=Pakistan;reportedBy=Ishaq Dar"});
  // The day of the saying between the verb and "it".
  EXPECT_EQ(EventSummary(Extract("The Asian Development Bank said on Tuesday it had approved a "
                                 "$200 million loan for the Philippines."),
                         "Loan"),
            V{"amount=200000000 USD;borrower=Philippines;lender=Asian Development Bank;"
              "reportedBy=Asian Development Bank"});
  EXPECT_EQ(EventSummary(Extract("The Asian Development Bank said Tuesday that it had approved a "
                                 "$200 million loan for the Philippines."),
                         "Loan"),
            V{"amount=200000000 USD;borrower=Philippines;lender=Asian Development Bank;"
              "reportedBy=Asian Development Bank"});
}

// The day of the saying and the day of the report date no event.
// One place per event: a country that holds the event's city goes.
TEST(EventExtractorTest, OnePlacePerEvent) {
  EXPECT_EQ(EventSummary(Extract("Thousands of protesters marched in Tbilisi, Georgia, on "
                                 "Saturday."),
                         "Protest"),
            V{"date=2024-03-09;place=Tbilisi"});
  EXPECT_EQ(EventSummary(Extract("Kenyan President William Ruto met Tanzanian President Samia "
                                 "Suluhu Hassan in Nairobi, Kenya on Monday."),
                         "Meeting"),
            V{"date=2024-03-11;participant=Samia Suluhu Hassan,William Ruto;place=Nairobi"});
}

TEST(EventExtractorTest, DatesOfSayingAndOfTheDatelineAreNoEventDates) {
  EXPECT_EQ(EventSummary(Extract("Police arrested 40 people in Minsk, officials said on Tuesday."),
                         "Arrest"),
            V{"count=40;place=Minsk"});
  EXPECT_EQ(EventSummary(Extract("MINSK, March 12 (Reuters) - Police arrested 40 people in Gomel."),
                         "Arrest"),
            V{"count=40;place=Homyel"});
  // An event in the present perfect is the news of the day of the saying.
  EXPECT_EQ(EventSummary(Extract("Police have arrested 40 people in Minsk, officials said on "
                                 "Tuesday."),
                         "Arrest"),
            V{"count=40;date=2024-03-12;place=Minsk"});
  EXPECT_EQ(EventSummary(Extract("Amina Diallo has been arrested in Dakar, Reuters reported on "
                                 "Tuesday."),
                         "Arrest"),
            V{"arrestee=Amina Diallo;date=2024-03-12;place=Dakar;reportedBy=Reuters"});
  // A date in the event's own clause stays.
  EXPECT_EQ(EventSummary(Extract("Police arrested 40 people in Minsk on Sunday, officials said."),
                         "Arrest"),
            V{"count=40;date=2024-03-10;place=Minsk"});
}

// A national election named with a city is the city's country's; a
// mayor's stays the city's.
TEST(EventExtractorTest, NationalElectionsAreTheCountrys) {
  EXPECT_EQ(EventSummary(Extract("Protesters took to the streets in Caracas after the electoral "
                                 "council declared Ana Ortiz the winner of Sunday's presidential "
                                 "vote.",
                                 "2024-07-30"),
                         "Election"),
            V{"candidate=Ana Ortiz;date=2024-07-28;place=Venezuela"});
  EXPECT_EQ(EventSummary(Extract("Voters in Istanbul chose a mayor in Sunday's municipal election.",
                                 "2024-04-02"),
                         "Election"),
            V{"date=2024-03-31;place=Istanbul"});
}

// "elected Mexico's first female president": the country of the office.
TEST(EventExtractorTest, ElectedToACountrysOffice) {
  EXPECT_EQ(
      EventSummary(Extract("Ana Ortiz was elected Peru's first female president."), "Election"),
      V{"candidate=Ana Ortiz;place=Peru"});
  // The country its leader was re-elected to lead.
  EXPECT_EQ(EventSummary(Extract("Peruvian President Ana Ortiz was re-elected in a runoff on "
                                 "March 3."),
                         "Election"),
            V{"candidate=Ana Ortiz;date=2024-03-03;place=Peru"});
  // A country's possession that is no office names no place.
  EXPECT_EQ(EventSummary(Extract("Ana Ortiz was elected after Peru's long crisis."), "Election"),
            V{"candidate=Ana Ortiz"});
  // A national election's place is the one country its sentence names.
  EXPECT_EQ(EventSummary(Extract("Chilean opposition leader Rosa Vidal claimed victory in the "
                                 "presidential election."),
                         "Election"),
            V{"candidate=Rosa Vidal;place=Chile"});
  EXPECT_EQ(EventSummary(Extract("Chilean opposition leader Rosa Vidal claimed victory in the "
                                 "presidential election, Peruvian media said."),
                         "Election"),
            V{"candidate=Rosa Vidal"});
}

// A demonym before a common noun stands for its country where the role
// takes a country: "sanctioned three Iranian officials".
TEST(EventExtractorTest, DemonymObjectsStandForTheirCountry) {
  EXPECT_EQ(
      EventSummary(Extract("Canada sanctioned three Iranian officials on Wednesday."), "Sanction"),
      V{"imposer=Canada;target=Iran"});
  EXPECT_EQ(
      EventSummary(Extract("Canada imposed sanctions on 15 Russian individuals."), "Sanction"),
      V{"imposer=Canada;target=Russia"});
  // An arrestee is a person: the demonym does not fit.
  EXPECT_EQ(EventSummary(Extract("Police arrested two French journalists in Minsk."), "Arrest"),
            V{"count=2;place=Minsk"});
}

TEST(EventExtractorTest, ReportedEventsAndTheirSource) {
  const struct {
    std::string text, cls;
    bool reported;
    std::string source;  // label of nkg:reportedBy, "" when none
  } cases[] = {
      {"Police arrested 40 protesters in Minsk on Sunday, Reuters reported.", "Arrest", true,
       "Reuters"},
      {"Police detained 25 people in Yerevan on Friday, said Tass.", "Arrest", true, "Tass"},
      {"According to the Interior Ministry, police detained 120 people in Tbilisi on Monday.",
       "Arrest", true, "Interior Ministry"},
      {"The Interior Ministry said police detained 25 people in Yerevan on Friday.", "Arrest", true,
       "Interior Ministry"},
      {"Officials said 300 people were arrested in Minsk.", "Arrest", true, ""},
      {"Police detained 25 people in Yerevan on Friday, local media reported.", "Arrest", true, ""},
      {"Police arrested 40 people in Minsk, officials said on Tuesday.", "Arrest", true, ""},
      {"A report said police detained 25 people in Yerevan.", "Arrest", true, ""},
      {"Putin met Lukashenko in Sochi on Monday.", "Meeting", false, ""},
      {"According to Dmitry Peskov, Vladimir Putin and Xi Jinping met in Moscow on Monday.",
       "Meeting", true, "Dmitry Peskov"},
      {"Putin met Lukashenko in Sochi and told reporters the talks went well.", "Meeting", false,
       ""},
      {"Police detained 25 people in Yerevan, which officials said was illegal.", "Arrest", false,
       ""},
  };
  for (const auto& c : cases) {
    const Document doc = Extract(c.text);
    const Event* ev = nullptr;
    for (const auto& e : doc.events) {
      if (e.cls == c.cls) ev = &e;
    }
    ASSERT_NE(ev, nullptr) << c.text;
    EXPECT_EQ(ev->reported, c.reported) << c.text;
    std::string source;
    if (auto it = ev->entity_roles.find("reportedBy"); it != ev->entity_roles.end())
      source = doc.entities[static_cast<size_t>(it->second.front())].label;
    EXPECT_EQ(source, c.source) << c.text;
  }
}

// The pattern words file: every list the stage reads has its row, a row
// naming no list and a list named twice are errors naming the file and the
// list; the shipped file loads.
TEST(EventWordsTest, LoadTable) {
  const std::string shipped =
      std::string(NEWSKG_SOURCE_DIR) + "/extract/data/events/pattern_words.tsv";
  std::ifstream in(shipped);
  const std::string all((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(all.empty());
  auto without = [&](const std::string& row) {
    std::string out = all;
    const size_t at = out.find(row);
    EXPECT_NE(at, std::string::npos) << row;
    if (at != std::string::npos) out.erase(at, row.size());
    return out;
  };
  struct Case {
    std::string name, text, error;  // error: empty when the file loads
  };
  const Case cases[] = {
      {"shipped", all, ""},
      {"missing list", without("articles\ta an the\n"), "missing list: articles"},
      {"missing list of lemmas", without("win_lemmas\twin\n"), "missing list: win_lemmas"},
      {"unknown list", all + "conjunctionz\tand\n", "no such list: conjunctionz"},
      {"twice", all + "articles\tthe\n", "list named twice: articles"},
      {"no words column", all + "articles\n", "pattern_words.tsv"},
  };
  const testing::TempFile file("pattern_words.tsv");
  const std::string& path = file.path();
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::ofstream(path, std::ios::trunc) << c.text;
    Vocabulary vocabulary;
    internal::EventWords words;
    const Status s = words.Load(path, &vocabulary);
    if (c.error.empty()) {
      ASSERT_TRUE(s.ok()) << s.message();
      EXPECT_EQ(words.articles.count("the"), 1u);
      EXPECT_EQ(words.win_lemmas.count("win"), 1u);
      EXPECT_EQ(words.noun_determiners.count("'s"), 1u);
    } else {
      ASSERT_FALSE(s.ok());
      EXPECT_NE(s.message().find(c.error), std::string::npos) << s.message();
    }
  }
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace newskg
