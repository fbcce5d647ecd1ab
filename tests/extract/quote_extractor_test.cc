#include "extract/quote_extractor.h"

#include <gtest/gtest.h>

#include "tests/test_util.h"

namespace newskg {
namespace {

using testing::EventSummary;
using testing::Extract;
using V = std::vector<std::string>;

TEST(QuoteExtractorTest, Table) {
  const std::pair<std::string, V> cases[] = {
      {"\"We will rebuild,\" Gabriel Boric said.",
       {"quote=We will rebuild,;speaker=Gabriel Boric"}},
      {"\"We will rebuild,\" said Gabriel Boric.",
       {"quote=We will rebuild,;speaker=Gabriel Boric"}},
      // The person after an organization and a lower-case title speaks.
      {"\"Nobody can stop us,\" said Hamas official Osama Hamdan.",
       {"quote=Nobody can stop us,;speaker=Osama Hamdan"}},
      {"\"Nobody can stop us,\" said Hamas.", {"quote=Nobody can stop us,;speaker=Hamas"}},
      // ... and after a capitalized title ("Treasury Secretary", "Secretary of State").
      {"\"We will not bend,\" said Treasury Secretary Paul Dunn.",
       {"quote=We will not bend,;speaker=Paul Dunn"}},
      {"\"We will not bend,\" said State Department Secretary of State Paul Dunn.",
       {"quote=We will not bend,;speaker=Paul Dunn"}},
      // ... an institution's office title and the country it serves.
      {"\"The program will help,\" said World Bank Country Director for Kenya Tomas Brevik.",
       {"quote=The program will help,;speaker=Tomas Brevik"}},
      // A short quote inside a noun phrase is a name or the writer's
      // distance, no one's words; a quoted word that ends the phrase is.
      {"Ana Ruiz announced a separate \"support package\" of measures.", {}},
      {"Ana Ruiz complained that the \"fake news media\" had ignored her.", {}},
      {"Ana Ruiz called the vote a \"betrayal\".", {"quote=betrayal;speaker=Ana Ruiz"}},
      {"Ana Ruiz called the report a \"lie\" and left.", {"quote=lie;speaker=Ana Ruiz"}},
      // A verb of saying in the infinitive after its subject's verb.
      {"Ana Ruiz arrived. She went on to say that \"no one can stop us.\"",
       {"quote=no one can stop us.;speaker=Ana Ruiz"}},
      // A news report cited as the source names the medium, not the speaker.
      {"The drills will \"deepen ties,\" according to a report by Zentro News.", {}},
      // A dateline's credit before a dash is no speaker.
      {"(ZN) \u2013 Peru\u2019s foreign minister said that \"under no circumstances\" would "
       "Peru give in.",
       {}},
      // A country's spokesman named in apposition after his title.
      {"\"We will respond,\" said Kenya's foreign ministry spokesman, Amina Diallo, at a "
       "briefing.",
       {"quote=We will respond,;speaker=Amina Diallo"}},
      {"\"We will respond,\" said Kenya's foreign ministry spokeswoman Amina Diallo.",
       {"quote=We will respond,;speaker=Amina Diallo"}},
      // The verb of a relative clause speaks for the name it hangs from.
      {"Colombia held drills, a move condemned by Venezuela, which called the drills \"a "
       "rehearsal for war\".",
       {"quote=a rehearsal for war;speaker=Venezuela"}},
      {"Peter Obi drafted the plan with Amina Diallo, who described it as \"bold\".",
       {"quote=bold;speaker=Amina Diallo"}},
      // An aspect verb before a gerund is no verb of saying; "it" after a
      // verb is its object.
      {"Gabriel Boric told Lula that Chile would continue working toward \"a lasting peace\".",
       {"quote=a lasting peace;speaker=Gabriel Boric"}},
      {"The World Bank released figures. Making it clear that times are hard, the outgoing "
       "director told reporters the goal was \"stable prices\".",
       {}},
      // A country's unnamed body speaks for the country.
      {"\"We will respond firmly,\" China's foreign ministry said.",
       {"quote=We will respond firmly,;speaker=China"}},
      {"\"We will respond firmly,\" China's leaders believe.", {}},
      {"Gabriel Boric told reporters: \"We will rebuild.\"",
       {"quote=We will rebuild.;speaker=Gabriel Boric"}},
      {"Gabriel Boric described the plan as \"bold and fair.\"",
       {"quote=bold and fair.;speaker=Gabriel Boric"}},
      {"Gabriel Boric spoke. \"It is done,\" he said.",
       {"quote=It is done,;speaker=Gabriel Boric"}},
      {"\"Prices must fall,\" 54-year-old trader Maria Lopez told Reuters.",
       {"quote=Prices must fall,;speaker=Maria Lopez"}},
      {"\"We will rebuild,\" Gabriel Boric said. \"It will take years.\"",
       {"quote=It will take years.;speaker=Gabriel Boric",
        "quote=We will rebuild,;speaker=Gabriel Boric"}},
      {"The World Bank said the plan was \"a step forward\".",
       {"quote=a step forward;speaker=World Bank"}},
      // A sentence that gives the words to someone new and unnamed does not
      // go on with the speaker before it, in the next sentence or paragraph;
      // a definite description may be that speaker.
      {"\"It is historic,\" Gabriel Boric said. A senior minister told reporters that the plan "
       "was \"dead on arrival\".",
       {"quote=It is historic,;speaker=Gabriel Boric"}},
      {"\"It is historic,\" Gabriel Boric said. Officials said the plan was \"dead on "
       "arrival\".",
       {"described=Officials;quote=dead on arrival",
        "quote=It is historic,;speaker=Gabriel Boric"}},
      {"\"It is historic,\" Gabriel Boric said.\n\n\"It is a good day,\" the Chilean "
       "government spokesman said.",
       {"quote=It is a good day,;speaker=Gabriel Boric",
        "quote=It is historic,;speaker=Gabriel Boric"}},
      {"Gabriel Boric said on Monday that the talks had failed.\n\n\"It was rushed,\" a "
       "spokesman said.",
       {"described=a spokesman;quote=It was rushed,"}},
      {"Gabriel Boric said on Monday that the talks had failed.\n\n\"It was rushed.\"",
       {"quote=It was rushed.;speaker=Gabriel Boric"}},
      // A politician's party is the party the article has the politician
      // lead; none when it names none.
      {"Opposition leader Ousmane Diallo, who heads the Unity Party, was detained on Monday. "
       "Diallo's party said the charges were \"politically motivated\".",
       {"quote=politically motivated;speaker=Unity Party"}},
      {"Opposition leader Ousmane Diallo was detained on Monday. Diallo's party said the "
       "charges were \"politically motivated\".",
       {}},
      // A public body named again by its noun speaks for the country or
      // organization it was told of with; a state's mission is an
      // organization of its own.
      {"Kenya signed the deal, the Chinese embassy said on Monday. \"The loan will help,\" the "
       "embassy said.",
       {"quote=The loan will help,;speaker=Chinese embassy"}},
      {"Russia's foreign ministry criticised the plan. \"It is a provocation,\" the ministry "
       "added.",
       {"quote=It is a provocation,;speaker=Russia"}},
      // No earlier mention of the same body with its state or organization
      // (within five sentences): the body describes its speaker.
      {"Kenya signed the deal on Monday. \"The loan will help,\" the embassy said.",
       {"described=the embassy;quote=The loan will help,"}},
      // "the <demonym> <body noun>": the state's word.
      {"\"The border will stay open,\" the Bolivian government said in a statement.",
       {"quote=The border will stay open,;speaker=Bolivia"}},
      {"\"The border will stay open,\" said the Bolivian foreign ministry.",
       {"quote=The border will stay open,;speaker=Bolivia"}},
      {"The Bolivian presidency said in a statement: \"The border will stay open.\"",
       {"quote=The border will stay open.;speaker=Bolivia"}},
      {"\"The border will stay open,\" the government said.",
       {"described=the government;quote=The border will stay open,"}},
      // Verbs that tell someone something.
      {"Kenya has notified Uganda of \"a serious breach of the treaty\".",
       {"quote=a serious breach of the treaty;speaker=Kenya"}},
      {"Gabriel Boric reiterated that the reform was \"not negotiable\".",
       {"quote=not negotiable;speaker=Gabriel Boric"}},
      // A quote that opens its sentence, unattributed, after a sentence that
      // reports someone's words in the same paragraph: theirs.
      {"Gabriel Boric said the arrest was illegal. \"It is an abuse of power.\"",
       {"quote=It is an abuse of power.;speaker=Gabriel Boric"}},
      {"Gabriel Boric said the arrest was illegal. \"It is an abuse of power,\" a lawyer said.",
       {}},
      // A document's relative clause speaks for the body named before it.
      {"The move followed a United Nations resolution that described the vote as \"deeply "
       "flawed\".",
       {"quote=deeply flawed;speaker=United Nations"}},
      // "the outgoing governor": the holder of an office named before.
      {"Bank of Ghana Governor Kwame Mensah retired on Monday. The outgoing governor said at his "
       "farewell that rates had been \"set with care\".",
       {"quote=set with care;speaker=Kwame Mensah"}},
      {"Bank of Ghana Governor Kwame Mensah retired on Monday. At his farewell, the outgoing "
       "Governor said rates had been \"set with care\".",
       {"quote=set with care;speaker=Kwame Mensah"}},
      {"At his farewell, the outgoing governor said rates had been \"set with care\".", {}},
      // A speaker the article describes and does not name: the statement
      // describes it, before the quote or after it, and a quote that goes
      // on in the same sentence is the same speaker's.
      {"The prosecutor said the suspect had \"for some time\" hidden \"large sums\".",
       {"described=The prosecutor;quote=for some time",
        "described=The prosecutor;quote=large sums"}},
      {"\"The inquiry is closed,\" a police spokesman said on Monday.",
       {"described=a police spokesman;quote=The inquiry is closed,"}},
      {"\"The inquiry is closed,\" said the state prosecutor.",
       {"described=the state prosecutor;quote=The inquiry is closed,"}},
      {"A court official has said the ruling was \"final\".",
       {"described=A court official;quote=final"}},
      // Not when the noun is no speaker, the phrase goes on or a name is in it.
      {"The prosecutor's office said the suspect was \"dangerous\".", {}},
      {"A doctor said the wounds were \"severe\".", {}},
      {"The Chilean prosecutor said the suspect was \"dangerous\".", {}},
      // The comma after the closing mark.
      {"\"We must act with dignity\", Gabriel Boric said.",
       {"quote=We must act with dignity;speaker=Gabriel Boric"}},
      {"Gabriel Boric called the vote \"a farce\", and Amina Diallo said it was fair.",
       {"quote=a farce;speaker=Gabriel Boric"}},
      // Fragments of one reported clause: each is the speaker's.
      {"Amina Diallo said the firm had \"for years\" hidden \"serious losses\" from investors.",
       {"quote=for years;speaker=Amina Diallo", "quote=serious losses;speaker=Amina Diallo"}},
      // A person's entourage speaks for the person, an unnamed body for its
      // country, before the quote as after it; a spokesman for himself.
      {"Amina Diallo's campaign team said the count showed \"clear fraud\".",
       {"quote=clear fraud;speaker=Amina Diallo"}},
      {"China's foreign ministry said the talks were \"useful\".", {"quote=useful;speaker=China"}},
      {"\"The count shows clear fraud,\" Amina Diallo's campaign said.",
       {"quote=The count shows clear fraud,;speaker=Amina Diallo"}},
      {"Amina Diallo's spokesman said the plan was \"bold\".", {}},
      {"Amina Diallo's rival said the plan was \"bold\".", {}},
      // An embedded post signed "— Name (@handle) Date": its words, not its links.
      {"The minister posted a message.\n\nToday I signed the budget. It protects families. "
       "https://t.co/AbCd12 pic.twitter.com/XyZ12 \xE2\x80\x94 Amina Diallo (@adiallo) March 10, "
       "2022\n\nCritics disagreed.",
       {"quote=Today I signed the budget. It protects families.;speaker=Amina Diallo"}},
      // Not a signature: more text after the handle, or no dash before the name.
      {"Today I signed the budget. \xE2\x80\x94 Amina Diallo (@adiallo) said it on Monday.", {}},
      {"Today I signed the budget, Amina Diallo (@adiallo) March 10, 2022", {}},
      // Two apostrophes typed for each double mark.
      {"''The bank will lend more,'' Amina Diallo said.",
       {"quote=The bank will lend more,;speaker=Amina Diallo"}},
      {"Amina Diallo said the plan was ''bold'' and the workers' pay ''fair''.",
       {"quote=bold;speaker=Amina Diallo", "quote=fair;speaker=Amina Diallo"}},
      // Passing fragments finds no verb of saying where there is none.
      {"Amina Diallo left the \"old\" firm and its \"toxic\" culture.", {}},
      // "quoted X as saying": a participle after "as", not a noun.
      {"\"Talks will resume,\" Le Monde quoted Amina Diallo as saying.",
       {"quote=Talks will resume,;speaker=Amina Diallo"}},
      {"\"Talks will resume,\" Amina Diallo was quoted as saying.",
       {"quote=Talks will resume,;speaker=Amina Diallo"}},
      {"\"Talks will resume,\" Le Monde quoted Amina Diallo in a report.", {}},
      {"Crowds chanted \"Resign!\" outside.", {}},
      {"The United States launched an exercise, dubbed \"Freedom Edge\", on Monday.", {}},
      {"It was a step that Finance Minister Mohamed Maait called \"a vote of confidence\".",
       {"quote=a vote of confidence;speaker=Mohamed Maait"}},
      {"Spokesman Esmaeil Baghaei condemned the decision as \"illegal and unjustified\".",
       {"quote=illegal and unjustified;speaker=Esmaeil Baghaei"}},
      {"\"The economy is recovering,\" according to Finance Minister Nirmala Sitharaman.",
       {"quote=The economy is recovering,;speaker=Nirmala Sitharaman"}},
      {"\"The deal is done,\" World Bank President Ajay Banga said.",
       {"quote=The deal is done,;speaker=Ajay Banga"}},
      // A quotation split by its attribution is one utterance: its parts
      // joined, with the attribution after the name, a title, a pronoun or
      // a description, straight or curly marks.
      {"\"We will rebuild,\" Gabriel Boric said, \"and we will do it fast.\"",
       {"quote=We will rebuild, and we will do it fast.;speaker=Gabriel Boric"}},
      {"\"We are ready,\" said Peter Okello, \"and the talks will go on.\"",
       {"quote=We are ready, and the talks will go on.;speaker=Peter Okello"}},
      {"\u201CThe deal is close,\u201D Peter Okello said, \u201Cbut we need more time.\u201D",
       {"quote=The deal is close, but we need more time.;speaker=Peter Okello"}},
      {"\"We will not give up,\" says Mary Wanjiku, \"because the people are with us.\"",
       {"quote=We will not give up, because the people are with us.;speaker=Mary Wanjiku"}},
      {"\"We are tired,\" Foreign Minister John Kamau said, \"but the talks will go on.\"",
       {"quote=We are tired, but the talks will go on.;speaker=John Kamau"}},
      {"Peter Okello arrived late. \"It was a long night,\" he said, \"and nobody slept.\"",
       {"quote=It was a long night, and nobody slept.;speaker=Peter Okello"}},
      {"\"The inquiry is closed,\" a police spokesman said, \"and no one was charged.\"",
       {"described=a police spokesman;quote=The inquiry is closed, and no one was charged."}},
      {"\"We are ready,\" said Peter Okello, the head of the National Election Board, \"and "
       "the count will go on.\"",
       {"quote=We are ready, and the count will go on.;speaker=Peter Okello"}},
      {"\"We are ready\", said Peter Okello, \"and willing.\"",
       {"quote=We are ready and willing.;speaker=Peter Okello"}},
      // Not a quote that opens a new sentence, nor one after a new clause
      // with a speaker of its own, nor quotes in a list.
      {"\"We are tired,\" Peter Okello said. \"The talks will go on.\"",
       {"quote=The talks will go on.;speaker=Peter Okello",
        "quote=We are tired,;speaker=Peter Okello"}},
      {"\u201CWe are tired,\u201D Peter Okello said.\n\n\u201CThe talks will go on.\u201D",
       {"quote=The talks will go on.;speaker=Peter Okello",
        "quote=We are tired,;speaker=Peter Okello"}},
      {"\"We are tired,\" Peter Okello said, and Mary Wanjiku replied, \"So are we.\"",
       {"quote=So are we.;speaker=Mary Wanjiku", "quote=We are tired,;speaker=Peter Okello"}},
      {"Peter Okello said the plan was \"bold,\" \"fair,\" and \"overdue.\"",
       {"quote=bold,;speaker=Peter Okello", "quote=fair,;speaker=Peter Okello",
        "quote=overdue.;speaker=Peter Okello"}},
      {"\"We are tired,\" said Peter Okello, \"and so are we,\" said Mary Wanjiku.",
       {"quote=We are tired,;speaker=Peter Okello", "quote=and so are we,;speaker=Mary Wanjiku"}},
      {"Thousands joined the \"Walk for Peace\" in Lima.", {}},
      {"Gabriel Boric, who met Luiz Lula in Lima, called the deal \"historic\".",
       {"quote=historic;speaker=Gabriel Boric"}},
      // Single curly quotes quote too; apostrophes inside words do not.
      {"Governor Maria Lopez said ties were \u2018the best\u2019 in years.",
       {"quote=the best;speaker=Maria Lopez"}},
      {"Governor Maria Lopez said the \u201880s ended and she won\u2019t stay.", {}},
      {"Governor Maria Lopez said the town\u2019s \u2018old ways\u2019 were gone.",
       {"quote=old ways;speaker=Maria Lopez"}},
      // A relative clause and an apposition between the speaker and the verb.
      {"\"We will march again,\" Maria Lopez, who leads the union, Kenya's largest, said.",
       {"quote=We will march again,;speaker=Maria Lopez"}},
      // "it said": the organization named just before.
      {"The World Bank approved the plan for Kenya. \"It will help farmers,\" it said.",
       {"quote=It will help farmers,;speaker=World Bank"}},
      {"Kenya grew fast last year. \"It will help farmers,\" it said.", {}},
      // A title of an organization, then the person in apposition: the
      // person speaks, the organization only when it is the subject.
      {"The head of the National Election Board, Samuel Okoro, said, \"The count will be "
       "finished by Friday.\"",
       {"quote=The count will be finished by Friday.;speaker=Samuel Okoro"}},
      {"The spokesman for the Interior Ministry, Ana Ruiz, told reporters, \"The roads will stay "
       "open.\"",
       {"quote=The roads will stay open.;speaker=Ana Ruiz"}},
      {"The head of the National Election Board, Samuel Okoro, said the count would be "
       "\"finished by Friday\".",
       {"quote=finished by Friday;speaker=Samuel Okoro"}},
      {"Samuel Okoro, the head of the National Election Board, said, \"No ballots were lost.\"",
       {"quote=No ballots were lost.;speaker=Samuel Okoro"}},
      {"The National Election Board said, \"The count is fair.\"",
       {"quote=The count is fair.;speaker=National Election Board"}},
      {"The National Election Board, chaired by Samuel Okoro, said, \"The count is fair.\"",
       {"quote=The count is fair.;speaker=National Election Board"}},
      // The name before an apposition that ends at the verb speaks.
      {"In Nairobi, Maria Lopez, the minister for Trade, Industry and Energy Affairs, said the "
       "plan was "
       "\"sound\".",
       {"quote=sound;speaker=Maria Lopez"}},
      // After the quote, a title of an organization (named or not) and the
      // person in apposition: the person speaks; the organization when no
      // one is in apposition.
      {"\u201CThe old order is over,\u201D the leader of the Liberty Party, Tomas Halvorsen, "
       "told the rally.",
       {"quote=The old order is over,;speaker=Tomas Halvorsen"}},
      {"\"The count is fair,\" the chairman of the National Election Board, Samuel Okoro, said "
       "on Monday.",
       {"quote=The count is fair,;speaker=Samuel Okoro"}},
      {"\"The count is fair,\" the head of the electoral commission, Ana Ruiz, said.",
       {"quote=The count is fair,;speaker=Ana Ruiz"}},
      {"\"The count is fair,\" the party's leader, Ana Ruiz, told reporters.",
       {"quote=The count is fair,;speaker=Ana Ruiz"}},
      {"\"The count is fair,\" the head of the National Election Board said.",
       {"quote=The count is fair,;speaker=National Election Board"}},
      {"\"The count is fair,\" the leader of the Liberty Party, Tomas Halvorsen, and his allies "
       "disagreed.",
       {}},
      // "said of X": the quote is about X; the subject of the verb speaks.
      {"\"She has always kept her word,\" Tomas Halvorsen said of the former minister.",
       {"quote=She has always kept her word,;speaker=Tomas Halvorsen"}},
      {"Tomas Halvorsen spoke first. \"She has always kept her word,\" Halvorsen says of her "
       "rival.",
       {"quote=She has always kept her word,;speaker=Tomas Halvorsen"}},
      {"Ana Ruiz said of the plan that it was \"a gamble\".", {"quote=a gamble;speaker=Ana Ruiz"}},
      {"Ana Ruiz has warned of \"a long winter\" ahead.", {"quote=a long winter;speaker=Ana Ruiz"}},
      // Not a verb that is passive before "of", nor one the list does not hold.
      {"Ana Ruiz was told of \"a serious threat\" by police.", {}},
      {"Ana Ruiz was accused of \"serious misconduct\" by the board.", {}},
      // A pronoun that speaks stands for the subject of the sentence before,
      // not for the one who owns that subject ("X's daughter Y"); the owner
      // when no one is named in the subject.
      {"Tomas Halvorsen's daughter Ana Ruiz, who also works for his party, said on Monday that "
       "he had been detained.\n\n\"He is held at the station,\" she said.",
       {"quote=He is held at the station,;speaker=Ana Ruiz"}},
      {"Tomas Halvorsen's lawyer, Ana Ruiz, told reporters the charges were false. \"This case "
       "is political,\" she said.",
       {"quote=This case is political,;speaker=Ana Ruiz"}},
      {"Tomas Halvorsen's lawyer said the charges were false. \"This case is political,\" he "
       "said.",
       {"quote=This case is political,;speaker=Tomas Halvorsen"}},
      {"Tomas Halvorsen met Ana Ruiz on Monday. \"We agreed on much,\" he said.",
       {"quote=We agreed on much,;speaker=Tomas Halvorsen"}},
      // A quote that is someone's name for a thing, in the writer's own
      // clause: after "so-called", or the object of a verb of naming in a
      // free relative ("what X called ...").
      {"Police took Tomas Halvorsen to what the Unity Party called an \"unknown location\".", {}},
      {"Ana Ruiz said soldiers moved the families to what the army calls \"safe zones\" near "
       "the border.",
       {}},
      {"Ana Ruiz said the rebels had seized what officials described as a \"routine cache\".", {}},
      {"Ana Ruiz said soldiers had launched a so-called \"special operation\".", {}},
      // Still the speaker's words: what she calls the thing in her own
      // clause, a free relative with no naming verb, a short quote that ends
      // a reported clause.
      {"Ana Ruiz described the vote as a \"farce\".", {"quote=farce;speaker=Ana Ruiz"}},
      {"Ana Ruiz said what happened was a \"disgrace\".", {"quote=disgrace;speaker=Ana Ruiz"}},
      {"Ana Ruiz said the soldiers were taken to an \"unknown location\".",
       {"quote=unknown location;speaker=Ana Ruiz"}},
      {"Ana Ruiz arrived. The situation is \"very serious\", she said.",
       {"quote=very serious;speaker=Ana Ruiz"}},
      // A name, an apposition that describes the person by a title (and its
      // domain), then the verb with no comma between: the name speaks.
      {"\"The talks have failed,\" Lena Varga, a senior union official told reporters.",
       {"quote=The talks have failed,;speaker=Lena Varga"}},
      {"\"The talks have failed,\" Lena Varga, the union's deputy leader has said.",
       {"quote=The talks have failed,;speaker=Lena Varga"}},
      {"\"The talks have failed,\" Lena Varga, a spokeswoman for the Unity Party told AFP.",
       {"quote=The talks have failed,;speaker=Lena Varga"}},
      {"\"The talks have failed,\" Lena Varga, a spokeswoman for the Unity Party, told AFP.",
       {"quote=The talks have failed,;speaker=Lena Varga"}},
      // Not after a verb (the name is its object: the apposition is the
      // unnamed subject), nor without an article or a title.
      {"\"The talks have failed,\" police officers detaining Lena Varga, a union official "
       "said.",
       {}},
      {"Police detained Lena Varga, a union official told reporters that the arrest was \"a "
       "disgrace\".",
       {"described=a union official;quote=a disgrace"}},
      {"\"The talks have failed,\" Lena Varga, the man who leads the union said.", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

TEST(QuoteExtractorTest, OrganizationEpithetSpeaks) {
  Document doc = Extract(
      "The Inter-American Development Bank approved the credit. The bank said it would be \"a "
      "lifeline\".");
  EXPECT_EQ(EventSummary(doc, "Statement"),
            V{"quote=a lifeline;speaker=Inter-American Development Bank"});
}

// A quoted paragraph without attribution continues the speaker of the
// paragraph before, whose words were reported without quotes.
TEST(QuoteExtractorTest, QuotedParagraphAfterReportedSpeech) {
  const Document doc = Extract(
      "Foreign Minister Maria Lopez said in a statement that the measures take effect at once.\n\n"
      "\"They will not be able to travel here.\"\n\n"
      "Prices rose in March.\n\n"
      "\"Nobody saw it coming.\"");
  EXPECT_EQ(EventSummary(doc, "Statement"),
            V{"quote=They will not be able to travel here.;speaker=Maria Lopez"});
}

// A quotation over paragraphs opens each one and closes only the last.
TEST(QuoteExtractorTest, QuotationOverParagraphs) {
  const Document doc = Extract(
      "Spokesman Kofi Mensah said the talks would go on.\n\n"
      "\u201CWe are not afraid of sanctions because we do not know where they would come from.\n\n"
      "\u201COur stance has not changed.\u201D\n\n"
      "He left at noon.");
  EXPECT_EQ(EventSummary(doc, "Statement"),
            (V{"quote=Our stance has not changed.;speaker=Kofi Mensah",
               "quote=We are not afraid of sanctions because we do not know where they would come "
               "from.;speaker=Kofi Mensah"}));
  // A paragraph left open with no paragraph that goes on is no quote.
  EXPECT_EQ(
      EventSummary(Extract("Kofi Mensah said so.\n\n\u201CWe are ready.\n\nHe left."), "Statement"),
      V{});
}

// "the statement read": the author of the statement the article told of.
TEST(QuoteExtractorTest, TheStatementRead) {
  EXPECT_EQ(EventSummary(Extract("The World Health Organization said in a statement on Monday that "
                                 "it would act.\n\n\"Our support will not waver,\" the "
                                 "statement read."),
                         "Statement"),
            V{"quote=Our support will not waver,;speaker=World Health Organization"});
  // The author named with the statement: "released by", "from", "'s".
  EXPECT_EQ(EventSummary(Extract("Five ministers were barred from travel, according to a statement "
                                 "released by the Foreign Office.\n\n\"The list will grow,\" the "
                                 "statement said."),
                         "Statement"),
            V{"quote=The list will grow,;speaker=Foreign Office"});
  EXPECT_EQ(EventSummary(Extract("A statement from the World Health Organization came on Monday. "
                                 "\"Our support will not waver,\" the statement read."),
                         "Statement"),
            V{"quote=Our support will not waver,;speaker=World Health Organization"});
  // A statement whose author the article does not name gives no speaker.
  EXPECT_EQ(EventSummary(Extract("Maria Lopez spoke on Monday. A statement was issued later.\n\n"
                                 "\"Our support will not waver,\" the statement read."),
                         "Statement"),
            V{});
}

// An organization's statement and its quotes: "X said in a statement",
// "X issued a statement ... the statement read", "The statement said: ...".
TEST(QuoteExtractorTest, StatementsOfOrganizations) {
  const std::pair<std::string, V> cases[] = {
      {"The Ministry of Finance approved the plan. \"The money will help,\" the ministry said in a "
       "statement.",
       {"quote=The money will help,;speaker=Ministry of Finance"}},
      {"The Ministry of Finance approved the plan. The ministry said in a statement that \"the "
       "money will help\".",
       {"quote=the money will help;speaker=Ministry of Finance"}},
      {"\"The money will help,\" the European Commission said in a statement on Monday.",
       {"quote=The money will help,;speaker=European Commission"}},
      // The author of the statement is the subject of a verb that issues it
      // (issuing_verbs.txt).
      {"The Ministry of Finance issued a statement on Monday. \"The money will help,\" the "
       "statement read.",
       {"quote=The money will help,;speaker=Ministry of Finance"}},
      {"The European Commission released a joint statement on Monday. The statement said: \"The "
       "money will help.\"",
       {"quote=The money will help.;speaker=European Commission"}},
      // Who criticises a statement did not write it.
      {"The Ministry of Finance criticised the statement on Monday. \"The money will help,\" the "
       "statement read.",
       {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

// A role noun that speaks ("the minister said", "The official added")
// stands for the one person named before whose title, as coreference saw
// it or as the text wrote it before the name or in apposition after it,
// fits the role; no one when two fit or none does (an unnamed speaker noun
// then describes the speaker, as before).
TEST(QuoteExtractorTest, RoleNounSpeaks) {
  const std::pair<std::string, V> cases[] = {
      {"Trade Minister Lena Varga spoke on Monday. \"Exports will grow,\" the minister said.",
       {"quote=Exports will grow,;speaker=Lena Varga"}},
      {"Lena Varga, the trade minister, spoke on Monday. \"Exports will grow,\" the minister "
       "said.",
       {"quote=Exports will grow,;speaker=Lena Varga"}},
      {"Trade Minister Lena Varga spoke on Monday.\n\nThe minister added that the figures show "
       "that \"exports will grow.\"",
       {"quote=exports will grow.;speaker=Lena Varga"}},
      {"\"Ten people were held,\" Interior Minister Omar Haddad told reporters.\n\nThe official "
       "added that \"more arrests will follow.\"",
       {"quote=Ten people were held,;speaker=Omar Haddad",
        "quote=more arrests will follow.;speaker=Omar Haddad"}},
      {"Omar Haddad, a senior official with the ministry, spoke on Monday. \"More arrests will "
       "follow,\" the official said.",
       {"quote=More arrests will follow,;speaker=Omar Haddad"}},
      {"Ivo Tamm, the brigade commander, led the drill. \"The troops are ready,\" the commander "
       "said.",
       {"quote=The troops are ready,;speaker=Ivo Tamm"}},
      {"Senator Rosa Kell spoke on Monday. \"We will vote no,\" the senator said.",
       {"quote=We will vote no,;speaker=Rosa Kell"}},
      {"Rosa Kell, the board chairperson, spoke on Monday. \"The count was fair,\" the "
       "chairperson said.",
       {"quote=The count was fair,;speaker=Rosa Kell"}},
      {"Board chairperson Rosa Kell spoke on Monday. \"The count was fair,\" the chair said.",
       {"quote=The count was fair,;speaker=Rosa Kell"}},
      {"Trade Minister Lena Varga spoke on Monday. \"Exports will grow,\" the minister's "
       "statement said.",
       {"quote=Exports will grow,;speaker=Lena Varga"}},
      // The words of the role tell two holders apart.
      {"Trade Minister Lena Varga met Finance Minister Omar Haddad. \"Exports will grow,\" the "
       "trade minister said.",
       {"quote=Exports will grow,;speaker=Lena Varga"}},
      {"Trade Minister Lena Varga met Finance Minister Omar Haddad. \"Exports will grow,\" the "
       "finance minister said.",
       {"quote=Exports will grow,;speaker=Omar Haddad"}},
      // Two holders, none, a title of another kind, an indefinite phrase.
      {"Trade Minister Lena Varga met Finance Minister Omar Haddad. \"Exports will grow,\" the "
       "minister said.",
       {}},
      {"Trade Minister Lena Varga spoke on Monday. \"We will vote no,\" the senator said.", {}},
      {"President Lena Varga spoke on Monday. \"More arrests will follow,\" the official said.",
       {"described=the official;quote=More arrests will follow,"}},
      {"Omar Haddad, an official of the bank, met Lena Varga, a ministry official. \"More "
       "arrests will follow,\" the official said.",
       {"described=the official;quote=More arrests will follow,"}},
      {"Trade Minister Lena Varga spoke on Monday. \"Exports will grow,\" a minister said.", {}},
      // Not a role noun that modifies another noun or owns something.
      {"Trade Minister Lena Varga spoke on Monday. \"Exports will grow,\" the minister's aide "
       "said.",
       {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

// Verbs of saying beyond "said": "specified", "lamented", "pointed out"
// (a verb with its particle), and an adverb before the verb ("also said").
// The quote's own attribution wins over the sentence before it.
TEST(QuoteExtractorTest, MoreVerbsOfSaying) {
  const std::pair<std::string, V> cases[] = {
      {"\"The budget will pass,\" Tomas Brenn specified.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn clarified.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" affirmed Tomas Brenn.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn underlined.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn lamented.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn quipped.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn pointed out.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"Tomas Brenn pointed out that the plan was \"not negotiable\".",
       {"quote=not negotiable;speaker=Tomas Brenn"}},
      {"\"The budget will pass,\" Tomas Brenn also said.",
       {"quote=The budget will pass,;speaker=Tomas Brenn"}},
      {"Interior Minister Ana Ruiz said ten people were held. \"They demanded fees from "
       "drivers,\" prosecutor Tomas Brenn clarified.",
       {"quote=They demanded fees from drivers,;speaker=Tomas Brenn"}},
      // "point" without its particle says nothing.
      {"Tomas Brenn pointed at the sign reading \"No entry\".", {}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

// A statement that speaks: its owner ("the ministry's statement said"), the
// state of its people's word ("the Norwegian communique stated"), or the
// author of the statement told before ("the communique further stated").
TEST(QuoteExtractorTest, OwnedStatementSpeaks) {
  const std::pair<std::string, V> cases[] = {
      {"Norway imposed sanctions on Monday. \"These men fund armed gangs,\" the Norwegian "
       "Foreign Ministry's statement said.",
       {"quote=These men fund armed gangs,;speaker=Norwegian Foreign Ministry"}},
      {"Norway's foreign ministry imposed sanctions on Monday. \"These men fund armed gangs,\" "
       "the foreign ministry's statement said.",
       {"quote=These men fund armed gangs,;speaker=Norway"}},
      {"\"I am innocent,\" Tomas Brenn's statement read.",
       {"quote=I am innocent,;speaker=Tomas Brenn"}},
      {"\"These men fund armed gangs,\" the Norwegian communique further stated.",
       {"quote=These men fund armed gangs,;speaker=Norway"}},
      {"The Norwegian Foreign Ministry issued a communique on Monday. \"These men fund armed "
       "gangs,\" the communique further stated.",
       {"quote=These men fund armed gangs,;speaker=Norwegian Foreign Ministry"}},
      // A body with the same modifiers told before speaks for its owner; one
      // with others does not.
      {"Norway's foreign ministry imposed sanctions on Monday. \"These men fund armed gangs,\" "
       "the foreign ministry added.",
       {"quote=These men fund armed gangs,;speaker=Norway"}},
      {"Norway's defence ministry imposed sanctions on Monday. \"These men fund armed gangs,\" "
       "the foreign ministry added.",
       {"described=the foreign ministry;quote=These men fund armed gangs,"}},
      {"Norway imposed sanctions on Monday. \"These men fund armed gangs,\" the foreign "
       "ministry's statement said.",
       {"described=the foreign ministry;quote=These men fund armed gangs,"}},
      // Controls: the owner's statement before the quote; a statement that
      // is the object of another's verb.
      {"The Norwegian Foreign Ministry's statement said: \"These men fund armed gangs.\"",
       {"quote=These men fund armed gangs.;speaker=Norwegian Foreign Ministry"}},
      {"Ana Ruiz criticised the Norwegian statement, calling it \"a disgrace\".",
       {"quote=a disgrace;speaker=Ana Ruiz"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

// Titles abbreviated with a period before the speaker's name ("Maj. Gen.",
// "Lt. Col.", "Mr.") are no end of the attribution.
TEST(QuoteExtractorTest, AbbreviatedTitleBeforeSpeaker) {
  const std::pair<std::string, V> cases[] = {
      {"\"Our reserve force is strong,\" said Maj. Gen. Ivo Tamm.",
       {"quote=Our reserve force is strong,;speaker=Ivo Tamm"}},
      {"The Defence League said the drill had ended. \"Our reserve force is strong,\" said Lt. "
       "Col. Ivo Tamm, the brigade commander, on Friday.",
       {"quote=Our reserve force is strong,;speaker=Ivo Tamm"}},
      {"\"Our reserve force is strong,\" Brig. Gen. Ivo Tamm said.",
       {"quote=Our reserve force is strong,;speaker=Ivo Tamm"}},
      {"Kofi Mensah arrived. \"We are ready,\" said Mr. Mensah.",
       {"quote=We are ready,;speaker=Kofi Mensah"}},
      // Control: before the quote the name was already found.
      {"Capt. Ivo Tamm said the unit was \"ready to act\".",
       {"quote=ready to act;speaker=Ivo Tamm"}},
  };
  for (const auto& [text, expected] : cases)
    EXPECT_EQ(EventSummary(Extract(text), "Statement"), expected) << text;
}

// Two single curly marks for one double mark (‘‘...’’), as some papers print
// quotes: a quote, whose words are no narrative (no election of its speaker).
TEST(QuoteExtractorTest, DoubledCurlySingleMarks) {
  EXPECT_EQ(EventSummary(Extract("\u2018\u2018The bank will lend more,\u2019\u2019 said Amina "
                                 "Diallo."),
                         "Statement"),
            V{"quote=The bank will lend more,;speaker=Amina Diallo"});
  // A pronoun inside the quote is no one's mention in the narrative.
  const Document doc = Extract(
      "Crowds marched in the capital on Saturday. \u2018\u2018Leave now!\u2019\u2019 said Amina "
      "Diallo. \u2018\u2018We are staying until she resigns, until there are new "
      "elections.\u2019\u2019");
  EXPECT_EQ(
      EventSummary(doc, "Statement"),
      (V{"quote=Leave now!;speaker=Amina Diallo",
         "quote=We are staying until she resigns, until there are new elections.;speaker=Amina "
         "Diallo"}));
  EXPECT_EQ(EventSummary(doc, "Election"), V{});
  // Control: single marks around words quote as before.
  EXPECT_EQ(EventSummary(Extract("Amina Diallo said the plan was \u2018bold\u2019 in the end."),
                         "Statement"),
            V{"quote=bold;speaker=Amina Diallo"});
}

}  // namespace
}  // namespace newskg
