// The Statement stage's quote finder (extract/quote_extractor.h): the
// quotes of a Document and their speakers, in three sources: finding quotes
// and the attributions before and after them (quote_extractor.cc), who a
// word or phrase that speaks stands for (internal/quote_speakers.cc), and the
// person a role noun that speaks stands for (internal/quote_roles.cc).
#ifndef NEWSKG_EXTRACT_INTERNAL_QUOTE_FINDER_H_
#define NEWSKG_EXTRACT_INTERNAL_QUOTE_FINDER_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "extract/document.h"
#include "extract/internal/stage_words.h"
#include "extract/lexicon.h"

namespace newskg::internal {

struct Quote {
  size_t open = 0;   // token index of the opening mark
  size_t close = 0;  // token index of the closing mark (open-ended: the next paragraph's first)
  bool open_ended = false;  // a paragraph of a quotation that goes on in the next
  bool doubled = false;     // closed by two apostrophes: close is the second
};

class QuoteFinder {
 public:
  // `titles`: entity -> the titles coreference saw with it (CorefLayer::titles).
  QuoteFinder(Document& doc, const std::vector<std::vector<std::string>>& titles,
              const Lexicon& lex, const internal::StageWords& words)
      : doc_(doc), titles_(titles), lex_(lex), w_(words), t_(doc.tokens) {
    titles_.resize(doc.entities.size());
  }

  void Run();

 private:
  bool LineBetween(size_t a, size_t b) const {
    for (uint32_t i = t_[a].span.end; i < t_[b].span.begin; ++i) {
      if (doc_.text[i] == '\n') return true;
    }
    return false;
  }

  void FindQuotes();

  bool IsSpeech(size_t k) const;
  // A verb of saying that needs its particle, with the particle after it
  // ("pointed out", speech_particles.tsv).
  bool PhrasalSpeech(size_t k) const;

  // Past the titles abbreviated with a period that open a name at token j
  // ("Maj. Gen. Ana Ruiz", "Mr. Berg": title_abbreviations.txt, titles.tsv's
  // "mr."): the token after the last period, or j when there is none.
  size_t PastAbbreviatedTitles(size_t j, size_t limit) const;

  // The verb of saying after a speaker whose phrase ends before token
  // `after`, or npos: right there ("Berg said"), after a perfect auxiliary
  // ("has said") or a lower-case adverb ("also said", "further stated"), and
  // after the speaker's own statement ("the ministry's statement said"), whose
  // verb may be a document's ("read"); the same for a statement noun that
  // ends the phrase ("the Canadian communique stated").
  size_t VerbAfterSpeaker(size_t after) const;

  // Entity of a speaker mention or pronoun at token k, or -1.
  int SpeakerAt(size_t k) const;

  // "the embassy" at k: the country or organization whose body of that
  // name the article told of before, in the five sentences before k ("the
  // Chinese embassy", "Russia's foreign ministry", "the US Embassy"), or -1.
  // With lower-case modifiers from `first` ("the foreign ministry"), the
  // body told before with the same modifiers ("Russia's foreign ministry",
  // "the Canadian Foreign Ministry").
  int BodyAntecedent(size_t k, size_t first) const;
  // "the minister", "the finance minister", "the official" with its head at
  // k, ending its noun phrase: the one person named before k (outside
  // quotes) whose titles fit it, else -1. A title fits its own words, a
  // longer title that ends in them ("finance minister" fits "minister"), the
  // titles epithet_titles.tsv gives it, and, for a role noun of
  // role_noun_kinds.tsv ("official"), any title of that kind.
  int RoleHolder(size_t k) const;
  // Adds to titles_ the titles of persons as the text writes them with their
  // name, outside quotes: the words of up to three before it that end in a
  // title ("Trade Minister Lena Varga": "trade minister"), and those of an
  // apposition after it ("Ken Osei, the finance minister,", "Ana Ruiz, a
  // senior ministry official,", "Ken Osei, Ghana's finance minister,"): the
  // words from after the determiner (or possessive) to a title or role noun
  // that ends the phrase ("finance minister", "senior ministry official").
  void WrittenTitles();
  // Whether title `title` fits the role phrase `role` (see RoleHolder).
  bool TitleFits(const std::string& title, const std::string& role) const;

  // The country of "the <demonym> <body noun>" with the body noun at k, else -1.
  int StateOfBody(size_t k) const;
  // The first of up to two lower-case words outside quotes that no mention
  // covers right before the noun at `noun` ("foreign ministry"), else noun.
  size_t ModifiersStart(size_t noun) const;

  // "...," it said: the organization last named before token k, outside
  // quotes, within the two sentences before.
  int OrganizationAntecedent(size_t k) const;

  // The person last named before token k, outside quotes.
  int Antecedent(size_t k) const;

  // "...," Putin said / "...," said the Belarusian leader / "...," X told Y.
  // A short quote inside a noun phrase ("a \"support package\" of"):
  // no statement.
  bool ScareQuote(const Quote& q) const;
  // A quote that is someone's name for a thing, told in the writer's own
  // clause: after "so-called" (scare_quote_markers.txt), or the object of a
  // verb of naming in a free relative ("took him to what the party called
  // an \"unknown location\"", naming_relatives.txt, naming_verbs.txt).
  bool NamedByOthers(const Quote& q) const;
  int After(const Quote& q) const;

  // "said Hamas official Osama Hamdan", "said Kenya's foreign ministry
  // spokesman, Amina Diallo": after an organization or country that ends at
  // token `end`, a possessive, lower-case words that end in a title, and the
  // person they introduce (in apposition or not). Returns -1 when no such
  // person follows.
  int TitledPersonAfter(size_t end, size_t limit) const;

  // "Reuters quoted Diallo as saying", "Diallo was quoted as saying": the
  // person quoted is the speaker, not the outlet. `subject` is the name before
  // token k; returns -1 unless k starts that construction.
  int QuotedAsSaying(size_t k, size_t limit, int subject) const;

  // "China's foreign ministry said", "Diallo's campaign team said": an
  // unnamed body of a country or organization, or a person's entourage
  // (entourage_nouns.txt), speaks for the possessor `entity`, whose name
  // ends at `possessive` ("'s"). Returns the verb of saying, else npos.
  size_t BodySpeaksFor(int entity, size_t possessive) const;

  // Who speaks for the body before the verb `said` that BodySpeaksFor
  // found: a politician's party ("Diallo's party said") is the organization
  // the article has the person lead, and no one when it names none; any
  // other body speaks for its possessor.
  int BodySpeaker(int entity, size_t said) const;

  // Dar told reporters: "..." / Putin described X as "..." / the fund said ... adding that "...".
  int Before(const Quote& q) const;

  // A quotation split by its attribution: "...," said Peter Okello, "and
  // ...". `next` opens right after the comma that ends the attribution of
  // `q`, in the same paragraph, with no sentence ending between: the two
  // are one utterance. Not a list of quotes ("...," "...," and "...") nor a
  // new clause ("...," and the minister said, "...").
  bool SplitQuoteGoesOn(const Quote& q, const Quote& next) const;
  // The words of a quote, without its marks and the spaces at its ends.
  std::string QuoteText(const Quote& q) const;

  // "the head of the Election Board", "the spokesman for the ministry": the
  // organization or country whose mention opens at `first` is the domain
  // of a title or person noun before it, joined by a preposition.
  bool DomainOfTitle(size_t first) const;
  // Whether tokens [first, end) are an apposition that describes a person
  // by a title, with no comma after it: an article, words of no clause
  // ("a senior party official", "the party's deputy leader") and a title
  // or person noun, maybe with a prepositional phrase after it ("the head
  // of the Unity Party", "a senior official with the party").
  bool TitleApposition(size_t first, size_t end) const;

  // Marks the relative clauses of sentence `s` in skip_. One array for the
  // document, cleared over this sentence only: the work stays linear in the
  // text however many quotes it has.
  void PrepareSentence(const Sentence& s) const;

  // The speaker named before the verb of saying at `v` in its clause (needs
  // PrepareSentence), or -1.
  int SubjectBefore(size_t v, const Sentence& s) const;

  // A statement noun and a document verb right after the quote ("...,"
  // the statement read) or right before it (The release said: "...").
  bool DocumentSpeaks(const Quote& q) const;

  // The speaker of the last sentence up to `si` that tells of a statement
  // ("the Foreign Office said in a statement"), or -1; *unauthored when
  // that statement is the object of a verb that does not issue it.
  int StatementAuthor(const Quote& q, bool* unauthored) const;

  // The author named with the statement noun at k: "the ministry's
  // statement", "a statement from the ministry", "a statement released by
  // the Foreign Office", "the ministry issued a statement"; -1 when none
  // is. *others is set when the statement is the object of a verb that does
  // not issue it ("the ministry criticised the statement"): no one named
  // in its sentence is then its author.
  int StatementSource(size_t k, const Sentence& s, bool* others) const;

  // Whether the first verb of saying outside the quotes of sentence si has
  // a subject that brings in someone unnamed: one opened by an indefinite
  // determiner ("a spokesman", "another senior official") or a plural noun
  // ("officials said"). A definite description ("the minister said") may
  // be the speaker named before, and an entity is no unnamed speaker.
  bool NewUnnamedSpeaker(size_t si) const;

  // The subject of the first verb of saying in sentence `si`, outside quotes:
  // "Magwenya said the government ...", "..., the minister told reporters".
  int ReportedSpeaker(size_t si) const;
  // A speaker the article describes and does not name: the noun phrase of
  // an unnamed speaker noun (unnamed_speaker_nouns.txt) that says the
  // quote, before it ("The prosecutor said the suspect had \"...\"") or
  // after it ("\"...,\" a police spokesman said" / "said the prosecutor").
  // Returns the phrase as written, or empty when there is none.
  std::string DescribedSpeaker(const Quote& q) const;
  // The first token of the noun phrase that ends at token `last` when its
  // head is an unnamed speaker noun: a determiner (or `first_allowed`), up
  // to three lower-case words and the head, no name; npos when none.
  size_t DescriptionEndingAt(size_t last, size_t first_allowed) const;
  // The end of such a phrase that starts at token `first`; npos when none.
  size_t DescriptionStartingAt(size_t first, size_t limit) const;

  // A semicolon, colon or quotation mark; or the dash that ends a
  // dateline ("(CN) \u2013 North Korea's foreign minister said ...").
  bool IsClauseStop(size_t j) const {
    if (t_[j].text == ";" || t_[j].text == ":" || t_[j].kind == TokenKind::kQuote) return true;
    const bool dash = t_[j].text == "\xE2\x80\x93" || t_[j].text == "\xE2\x80\x94";
    return dash && j < doc_.sentences[t_[j].sentence].first_token + 8;
  }

  Document& doc_;
  // Entity -> its titles: coreference's, and those the text writes with the
  // name (WrittenTitles).
  std::vector<std::vector<std::string>> titles_;
  const Lexicon& lex_;
  const internal::StageWords& w_;
  const std::vector<Token>& t_;
  std::vector<bool> in_quote_;
  mutable std::vector<bool> skip_;  // relative clauses of the sentence Before() reads
  std::vector<Quote> quotes_;
  // The names of titled persons outside quotes, in text order: first token
  // and entity (RoleHolder's candidates).
  std::vector<std::pair<size_t, int>> titled_;
  std::string cls_;           // the class of a quote's event (Statement)
  std::string speaker_role_;  // its speaker role
};

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_QUOTE_FINDER_H_
