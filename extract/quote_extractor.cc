#include "extract/quote_extractor.h"

#include <algorithm>

#include "base/base.h"
#include "extract/internal/clauses.h"
#include "extract/internal/embedded_posts.h"
#include "extract/internal/stage_words.h"
#include "schema/schema.h"

namespace newskg {
namespace {

bool IsDoubleOpen(const Token& t) {
  return t.kind == TokenKind::kQuote && (t.text == "\"" || t.text == "\xE2\x80\x9C" ||
                                         t.text == "\xC2\xAB" || t.text == "\xE2\x80\x9E");
}
bool IsDoubleClose(const Token& t) {
  return t.kind == TokenKind::kQuote && (t.text == "\"" || t.text == "\xE2\x80\x9D" ||
                                         t.text == "\xC2\xBB" || t.text == "\xE2\x80\x9C");
}

constexpr std::string_view kSingleOpen = "\xE2\x80\x98";   // U+2018
constexpr std::string_view kSingleClose = "\xE2\x80\x99";  // U+2019

struct Quote {
  size_t open = 0;   // token index of the opening mark
  size_t close = 0;  // token index of the closing mark (open-ended: the next paragraph's first)
  bool open_ended = false;  // a paragraph of a quotation that goes on in the next
  bool doubled = false;     // closed by two apostrophes: close is the second
};

class QuoteFinder {
 public:
  QuoteFinder(Document& doc, const Lexicon& lex, const internal::StageWords& words)
      : doc_(doc), lex_(lex), w_(words), t_(doc.tokens) {}

  void Run() {
    // The class the quotes make and its speaker role (classes.tsv, "quotes").
    auto classes = EventClassTable::Default();
    if (!classes.ok()) return;
    for (const auto& c : classes.value()->classes()) {
      const auto* args = c.Step("quotes");
      if (args == nullptr || args->size() != 1) continue;
      cls_ = c.name;
      speaker_role_ = args->front();
    }
    if (cls_.empty()) return;
    FindQuotes();
    in_quote_.assign(t_.size(), false);
    for (const auto& q : quotes_) {
      for (size_t k = q.open; k < q.close + (q.open_ended ? 0 : 1); ++k) in_quote_[k] = true;
    }
    int prev_speaker = -1;
    size_t prev_close = 0;
    for (size_t qi = 0; qi < quotes_.size(); ++qi) {
      const Quote& q = quotes_[qi];
      // A name given to something ("an exercise, dubbed \"Freedom Edge\"") is
      // no statement; "Maait called \"a vote of confidence\"" is one.
      if (q.open > 1) {
        const std::string& w = t_[q.open - 1].lower;
        const auto needs = w_.naming_after.find(w);
        const bool naming =
            lex_.naming_words.count(w) > 0 &&
            (needs == w_.naming_after.end() || needs->second.count(t_[q.open - 2].lower) > 0);
        if (naming && doc_.mention_at[q.open - 2] < 0) continue;
      }
      int speaker = After(q);
      if (speaker < 0) speaker = Before(q);
      // "...," the statement read: the author of the statement told before.
      if (speaker < 0 && DocumentSpeaks(q)) speaker = StatementAuthor(q);
      // A quoted paragraph with no attribution of its own, after a
      // paragraph whose sentence reports someone's words ("Truss said in a
      // statement that ..."): the same speaker goes on.
      // Neither when the quote's own sentence gives the words to someone
      // new and unnamed ("A spokesman said the plan was \"...\"").
      const bool unnamed_speaker = speaker < 0 && NewUnnamedSpeaker(t_[q.open].sentence);
      if (speaker < 0 && !unnamed_speaker && q.open > 0 && LineBetween(q.open - 1, q.open)) {
        const size_t prev = t_[q.open - 1].sentence;
        if (prev < t_[q.open].sentence) speaker = ReportedSpeaker(prev);
      }
      // An unattributed quote right after an attributed one: the same speaker
      // goes on ("...," she said. "...").
      if (speaker < 0 && prev_speaker >= 0 && !LineBetween(prev_close, q.open) &&
          q.open > prev_close && t_[q.open].sentence <= t_[prev_close].sentence + 1 &&
          (!unnamed_speaker || t_[q.open].sentence == t_[prev_close].sentence)) {
        speaker = prev_speaker;
      }
      // The next paragraph of a quotation that went on: the same speaker.
      if (speaker < 0 && prev_speaker >= 0 && qi > 0 && quotes_[qi - 1].open_ended &&
          quotes_[qi - 1].close == q.open) {
        speaker = prev_speaker;
      }
      if (speaker < 0) continue;
      const EntityType ty = doc_.entities[static_cast<size_t>(speaker)].type;
      if (ty != EntityType::kPerson && ty != EntityType::kOrganization &&
          ty != EntityType::kCountry) {
        continue;
      }
      Event ev;
      ev.cls = cls_;
      ev.entity_roles[speaker_role_] = {speaker};
      const size_t end_mark = q.doubled ? q.close - 1 : q.close;
      ev.quote = std::string(doc_.SpanText({t_[q.open].span.end, t_[end_mark].span.begin}));
      while (!ev.quote.empty() && (ev.quote.back() == ' ' || ev.quote.back() == '\n'))
        ev.quote.pop_back();
      while (!ev.quote.empty() && (ev.quote.front() == ' ' || ev.quote.front() == '\n'))
        ev.quote.erase(0, 1);
      ev.sentences.push_back(t_[q.open].sentence);
      ev.reported = true;
      doc_.events.push_back(std::move(ev));
      prev_speaker = speaker;
      prev_close = q.close;
    }
    internal::FindEmbeddedPosts(doc_, in_quote_, cls_, speaker_role_);
  }

 private:
  bool LineBetween(size_t a, size_t b) const {
    for (uint32_t i = t_[a].span.end; i < t_[b].span.begin; ++i) {
      if (doc_.text[i] == '\n') return true;
    }
    return false;
  }

  void FindQuotes() {
    int open = -1;
    for (size_t i = 0; i < t_.size(); ++i) {
      if (open >= 0 && LineBetween(static_cast<size_t>(open), i)) {
        // A quotation over several paragraphs opens each and closes only
        // the last: a paragraph that opens with a mark, left open, followed
        // by a paragraph that opens with one, is a quote of its own.
        const auto o = static_cast<size_t>(open);
        if ((o == 0 || LineBetween(o - 1, o)) && IsDoubleOpen(t_[i]) && i > o + 1)
          quotes_.push_back({o, i, true});
        open = -1;
      }
      // Two apostrophes typed for a double mark: ''...''.
      const bool doubled = t_[i].text == "'" && i + 1 < t_.size() && t_[i + 1].text == "'" &&
                           !t_[i + 1].space_before;
      if (open < 0 && (IsDoubleOpen(t_[i]) || doubled)) {
        if (doubled) ++i;
        open = static_cast<int>(i);
      } else if (open >= 0 && (IsDoubleClose(t_[i]) || doubled)) {
        if (i > static_cast<size_t>(open) + 1) {
          if (doubled) ++i;
          quotes_.push_back({static_cast<size_t>(open), i, false, doubled});
        }
        open = -1;
      }
    }
    // Single curly quotes as quotation marks ("ties were ‘the best’"), where
    // no double quote encloses them: an opening mark before a word, closed by
    // a mark after a word in the same sentence and line.
    std::vector<bool> inside(t_.size(), false);
    for (const Quote& q : quotes_) {
      for (size_t k = q.open; k < q.close + (q.open_ended ? 0 : 1); ++k) inside[k] = true;
    }
    const size_t doubles = quotes_.size();
    for (size_t i = 0; i + 2 < t_.size(); ++i) {
      if (inside[i] || t_[i].text != kSingleOpen || t_[i + 1].space_before ||
          t_[i + 1].kind != TokenKind::kWord)
        continue;
      for (size_t j = i + 2; j < t_.size() && t_[j].sentence == t_[i].sentence; ++j) {
        if (inside[j] || LineBetween(j - 1, j) || t_[j].text == kSingleOpen) break;
        if (t_[j].text != kSingleClose || t_[j].space_before) continue;
        if (j + 1 < t_.size() && t_[j + 1].kind == TokenKind::kWord && !t_[j + 1].space_before)
          continue;  // an apostrophe inside a word
        quotes_.push_back({i, j});
        i = j;
        break;
      }
    }
    if (quotes_.size() > doubles) {
      std::sort(quotes_.begin(), quotes_.end(),
                [](const Quote& a, const Quote& b) { return a.open < b.open; });
    }
  }

  bool IsSpeech(size_t k) const {
    if (t_[k].kind != TokenKind::kWord) return false;
    // "States" in "United States" is a name, not "state".
    if (doc_.mention_at[k] >= 0 ||
        (t_[k].capitalized && k > 0 && t_[k - 1].kind == TokenKind::kWord))
      return false;
    bool speech = false;
    for (const auto& l : lex_.Lemmas(t_[k].lower))
      speech = speech || lex_.speech_verbs.count(l) > 0;
    if (!speech) return false;
    // Used as a noun: "with shouts of", "a statement".
    if (k > 0 && w_.noun_openers.count(t_[k - 1].lower) > 0 &&
        w_.coordinators.count(t_[k - 1].lower) == 0)
      return false;
    if (k + 1 < t_.size() && w_.head_of_preps.count(t_[k + 1].lower) > 0) return false;
    // "would continue working", "kept insisting": an aspect verb before a gerund.
    if (k + 1 < t_.size() && t_[k + 1].tag == "VBG") return false;
    return true;
  }

  // Entity of a speaker mention or pronoun at token k, or -1.
  int SpeakerAt(size_t k) const {
    const int m = doc_.mention_at[k];
    if (m >= 0) {
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.kind == MentionKind::kDemonym) return -1;
      return mm.entity;
    }
    if (w_.personal_pronouns.count(t_[k].lower) > 0) return Antecedent(k);
    // "Making it clear that ...": "it" after a verb is its object, no speaker.
    if (w_.org_pronouns.count(t_[k].lower) > 0 && !(k > 0 && t_[k - 1].tag.rfind("VB", 0) == 0))
      return OrganizationAntecedent(k);
    if (k > 0 && w_.definite_articles.count(t_[k - 1].lower) > 0 &&
        w_.public_body_nouns.count(t_[k].lower) > 0)
      return BodyAntecedent(k);
    return -1;
  }

  // "the embassy" at k: the country or organization whose body of that
  // name the article told of before, in the five sentences before k ("the
  // Chinese embassy", "Russia's foreign ministry", "the US Embassy"), or -1.
  int BodyAntecedent(size_t k) const {
    const size_t sentence = t_[k].sentence;
    for (size_t j = k - 1; j-- > 0 && t_[j].sentence + 5 >= sentence;) {
      if (in_quote_[j] || t_[j].lower != t_[k].lower) continue;
      // Back over up to two lower-case modifiers ("foreign") and a possessive.
      size_t i = j;
      while (i > 0 && i + 3 > j && t_[i - 1].kind == TokenKind::kWord && !t_[i - 1].capitalized &&
             doc_.mention_at[i - 1] < 0)
        --i;
      if (i > 0 && w_.possessive_markers.count(t_[i - 1].text) > 0) --i;
      if (i == 0) continue;
      const int m = doc_.mention_at[i - 1];
      if (m < 0) continue;
      const int e = doc_.mentions[static_cast<size_t>(m)].entity;
      if (e < 0) continue;
      const EntityType ty = doc_.entities[static_cast<size_t>(e)].type;
      if (ty == EntityType::kCountry || ty == EntityType::kOrganization) return e;
    }
    return -1;
  }

  // "...," it said: the organization last named before token k, outside
  // quotes, within the two sentences before.
  int OrganizationAntecedent(size_t k) const {
    const size_t sentence = t_[k].sentence;
    for (size_t j = k; j-- > 0 && t_[j].sentence + 2 >= sentence;) {
      if (in_quote_[j]) continue;
      const int m = doc_.mention_at[j];
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity >= 0 &&
          doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kOrganization)
        return mm.entity;
    }
    return -1;
  }

  // The person last named before token k, outside quotes.
  int Antecedent(size_t k) const {
    for (size_t j = k; j-- > 0;) {
      if (in_quote_[j]) continue;
      const int m = doc_.mention_at[j];
      if (m < 0) continue;
      const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
      if (mm.entity >= 0 &&
          doc_.entities[static_cast<size_t>(mm.entity)].type == EntityType::kPerson) {
        return mm.entity;
      }
    }
    return -1;
  }

  // "...," Putin said / "...," said the Belarusian leader / "...," X told Y.
  int After(const Quote& q) const {
    // "...," Putin said / "...?" she asked: a quote that ends its sentence
    // with a period has no attribution after it, nor across a paragraph.
    if (q.open_ended) return -1;
    const std::string& last = t_[q.doubled ? q.close - 2 : q.close - 1].text;
    // The comma may also follow the closing mark ("...", Putin said), but
    // not before a new clause ("...", and the minister said).
    const bool comma_after = q.close + 2 < t_.size() && t_[q.close + 1].text == "," &&
                             w_.coordinators.count(t_[q.close + 2].lower) == 0;
    if (!comma_after && last != "," && last != "?" && last != "!" && last != "\xE2\x80\x94" &&
        last != "-")
      return -1;
    if (q.close + 1 < t_.size() && LineBetween(q.close, q.close + 1)) return -1;
    size_t k = q.close + 1;
    const size_t limit = std::min(t_.size(), q.close + 14);
    if (k < limit && t_[k].text == ",") ++k;
    // "...," according to Finance Minister Nirmala Sitharaman.
    if (const size_t n = internal::PhraseLengthAt(w_.attribution_phrases, t_, k, limit); n > 0) {
      for (size_t j = k + n; j < limit && j < k + n + 6; ++j) {
        if (t_[j].kind == TokenKind::kPunct) break;
        const int m = doc_.mention_at[j];
        if (m < 0) continue;
        const Mention& mm = doc_.mentions[static_cast<size_t>(m)];
        // Skip a country or organization before a titled person.
        if (mm.kind == MentionKind::kDemonym) continue;
        const EntityType ty = doc_.entities[static_cast<size_t>(mm.entity)].type;
        if (ty != EntityType::kPerson && mm.end_token < limit && t_[mm.end_token].capitalized) {
          j = mm.end_token - 1;
          continue;
        }
        return mm.entity;
      }
      return -1;
    }
    // Speech verb first: "said the Belarusian leader", "said Dar".
    if (k < limit && IsSpeech(k)) {
      for (size_t j = k + 1; j < limit && j < k + 5; ++j) {
        if (t_[j].kind == TokenKind::kPunct) break;
        const int s = SpeakerAt(j);
        if (s < 0) continue;
        // "said Hamas official Osama Hamdan": an organization or country,
        // a lower-case title, then the person who spoke.
        const int m = doc_.mention_at[j];
        const size_t end = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].end_token : j + 1;
        if (doc_.entities[static_cast<size_t>(s)].type != EntityType::kPerson) {
          if (const int person = TitledPersonAfter(end, limit); person >= 0) return person;
        }
        return s;
      }
      return -1;
    }
    // Speaker first: up to four words of description before the name.
    for (size_t j = k; j < limit && j < k + 10; ++j) {
      if (t_[j].kind == TokenKind::kPunct || t_[j].kind == TokenKind::kQuote) break;
      const int s = SpeakerAt(j);
      if (s < 0) continue;
      size_t after = j;
      const int m = doc_.mention_at[j];
      if (m >= 0)
        after = doc_.mentions[static_cast<size_t>(m)].end_token;
      else
        after = j + 1;
      if (const size_t said = BodySpeaksFor(s, after); said != std::string::npos)
        return BodySpeaker(s, said);
      // "Putin told", "he said", "Khan, 70, has said", "she has said".
      if (after < t_.size() && w_.perfect_auxiliaries.count(t_[after].lower) > 0) ++after;
      if (after < t_.size() && IsSpeech(after)) return s;
      // "Laurent Berger, who leads the union, France's largest, said": an
      // apposition or relative clause between the person and the verb.
      if (after < t_.size() && t_[after].text == "," &&
          doc_.entities[static_cast<size_t>(s)].type == EntityType::kPerson) {
        for (size_t c = after + 1; c + 1 < t_.size() && c < after + 20; ++c) {
          if (t_[c].kind == TokenKind::kQuote || t_[c].text == "." || t_[c].text == ";" ||
              LineBetween(c - 1, c))
            break;
          if (t_[c].text == "," && IsSpeech(c + 1)) return s;
        }
      }
      if (const int quoted = QuotedAsSaying(after, limit, s); quoted >= 0) return quoted;
      // "IMF Managing Director Kristalina Georgieva said": a title and the
      // person it introduces follow the organization.
      if (after < t_.size() && (t_[after].capitalized || lex_.Title(t_[after].lower) != nullptr)) {
        j = after - 1;
        continue;
      }
      return -1;
    }
    return -1;
  }

  // "said Hamas official Osama Hamdan", "said Kenya's foreign ministry
  // spokesman, Amina Diallo": after an organization or country that ends at
  // token `end`, a possessive, lower-case words that end in a title, and the
  // person they introduce (in apposition or not). Returns -1 when no such
  // person follows.
  int TitledPersonAfter(size_t end, size_t limit) const {
    size_t k = end;
    if (k < limit && w_.possessive_markers.count(t_[k].text) > 0) ++k;
    size_t title_end = 0;
    for (size_t w = k; w < limit && w < k + 4; ++w) {
      if (t_[w].capitalized || t_[w].kind != TokenKind::kWord) break;
      if (lex_.Title(t_[w].lower) != nullptr || lex_.person_nouns.count(t_[w].lower) > 0)
        title_end = w + 1;
    }
    if (title_end == 0) return -1;
    size_t p = title_end;
    if (p < limit && t_[p].text == ",") ++p;
    for (size_t q = p; q < limit && q < p + 2; ++q) {
      const int person = SpeakerAt(q);
      if (person >= 0 && doc_.entities[static_cast<size_t>(person)].type == EntityType::kPerson)
        return person;
    }
    return -1;
  }

  // "Reuters quoted Diallo as saying", "Diallo was quoted as saying": the
  // person quoted is the speaker, not the outlet. `subject` is the name before
  // token k; returns -1 unless k starts that construction.
  int QuotedAsSaying(size_t k, size_t limit, int subject) const {
    if (k + 1 < limit && lex_.passive_auxiliaries.count(t_[k].lower) > 0) ++k;  // "was quoted"
    if (k >= limit || t_[k].capitalized) return -1;
    const auto lemmas = lex_.Lemmas(t_[k].lower);
    if (std::none_of(lemmas.begin(), lemmas.end(),
                     [&](const std::string& l) { return w_.quoting_verbs.count(l) > 0; }))
      return -1;
    int speaker = subject;
    for (size_t j = k + 1; j + 1 < limit && j < k + 8; ++j) {
      if (t_[j].kind == TokenKind::kPunct) break;
      if (w_.quoted_as_preps.count(t_[j].lower) > 0) return IsSpeech(j + 1) ? speaker : -1;
      if (const int other = SpeakerAt(j); other >= 0) speaker = other;
    }
    return -1;
  }

  // "China's foreign ministry said", "Diallo's campaign team said": an
  // unnamed body of a country or organization, or a person's entourage
  // (entourage_nouns.txt), speaks for the possessor `entity`, whose name
  // ends at `possessive` ("'s"). Returns the verb of saying, else npos.
  size_t BodySpeaksFor(int entity, size_t possessive) const {
    if (possessive + 2 >= t_.size() || w_.possessive_markers.count(t_[possessive].text) == 0)
      return std::string::npos;
    size_t v = possessive + 1;
    while (v < t_.size() && v < possessive + 4 && t_[v].kind == TokenKind::kWord &&
           !t_[v].capitalized && !IsSpeech(v))
      ++v;
    if (v == possessive + 1 || v >= t_.size() || !IsSpeech(v)) return std::string::npos;
    const std::string& head = t_[v - 1].lower;
    const bool body =
        doc_.entities[static_cast<size_t>(entity)].type == EntityType::kPerson
            ? lex_.entourage_nouns.count(head) > 0 || w_.party_nouns.count(head) > 0
            : lex_.org_nouns.count(head) > 0 || lex_.org_suffixes.count(TitleCase(head)) > 0;
    return body ? v : std::string::npos;
  }

  // Who speaks for the body before the verb `said` that BodySpeaksFor
  // found: a politician's party ("Diallo's party said") is the organization
  // the article has the person lead, and no one when it names none; any
  // other body speaks for its possessor.
  int BodySpeaker(int entity, size_t said) const {
    if (w_.party_nouns.count(t_[said - 1].lower) == 0 ||
        doc_.entities[static_cast<size_t>(entity)].type != EntityType::kPerson)
      return entity;
    for (const Relation& r : doc_.relations) {
      if (r.subject == entity && r.property == "leaderOf" &&
          doc_.entities[static_cast<size_t>(r.object)].type == EntityType::kOrganization)
        return r.object;
    }
    return -1;
  }

  // Dar told reporters: "..." / Putin described X as "..." / the fund said ... adding that "...".
  int Before(const Quote& q) const {
    const auto& s = doc_.sentences[t_[q.open].sentence];
    PrepareSentence(s);
    for (size_t v = q.open; v-- > s.first_token;) {
      if (in_quote_[v]) break;
      if (!IsSpeech(v)) continue;
      return SubjectBefore(v, s);
    }
    return -1;
  }

  // Marks the relative clauses of sentence `s` in skip_. One array for the
  // document, cleared over this sentence only: the work stays linear in the
  // text however many quotes it has.
  void PrepareSentence(const Sentence& s) const {
    std::vector<bool>& skip = skip_;
    if (skip.size() < t_.size()) skip.assign(t_.size(), false);
    for (size_t k = s.first_token; k < s.end_token; ++k) skip[k] = false;
    internal::MarkRelativeClauses(doc_, s, skip);
  }

  // The speaker named before the verb of saying at `v` in its clause (needs
  // PrepareSentence), or -1.
  int SubjectBefore(size_t v, const Sentence& s) const {
    const std::vector<bool>& skip = skip_;
    // "North Korea, which called the drills \"...\"": the verb of a relative
    // clause with no subject of its own speaks for the name it hangs from.
    if (skip[v]) {
      size_t r = v;
      while (r > s.first_token && skip[r - 1]) --r;
      bool own_subject = false;
      for (size_t k = r; k < v; ++k) own_subject = own_subject || doc_.mention_at[k] >= 0;
      if (!own_subject && r > s.first_token + 1 && t_[r - 1].text == "," &&
          doc_.mention_at[r - 2] >= 0) {
        if (const int sp = SpeakerAt(r - 2); sp >= 0) return sp;
      }
    }
    // "Liz Truss, the secretary of state for ..., said": the name before
    // the apposition that ends at the verb.
    size_t verb = v;
    if (verb > s.first_token && t_[verb - 1].tag.rfind("VB", 0) == 0) --verb;  // "has said"
    if (verb > s.first_token + 1 && t_[verb - 1].text == ",") {
      int earliest = -1;  // the apposition's first comma: names inside it are no subject
      for (size_t c = verb - 1; c-- > s.first_token + 1 && c + 30 > verb;) {
        if (in_quote_[c] || IsClauseStop(c)) break;
        if (t_[c].text != ",") continue;
        const int sp = SpeakerAt(c - 1);
        if (sp < 0 || doc_.mention_at[c - 1] < 0) continue;
        const EntityType ty = doc_.entities[static_cast<size_t>(sp)].type;
        if (ty == EntityType::kPerson || ty == EntityType::kOrganization) earliest = sp;
      }
      if (earliest >= 0) return earliest;
    }
    for (size_t j = v; j-- > s.first_token;) {
      if (skip[j] || in_quote_[j]) continue;
      if (IsClauseStop(j)) break;
      const int sp = SpeakerAt(j);
      if (sp >= 0) {
        const int m = doc_.mention_at[j];
        const size_t begin = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].first_token : j;
        const size_t end = m >= 0 ? doc_.mentions[static_cast<size_t>(m)].end_token : j + 1;
        // Skip a possessor ("Lukashenko's initiative") and a prepositional
        // object ("took the oath before the National Assembly in Caracas").
        if (end < t_.size() && w_.possessive_markers.count(t_[end].text) > 0) {
          if (const size_t said = BodySpeaksFor(sp, end); said == v) return BodySpeaker(sp, said);
          continue;
        }
        size_t before = begin;
        if (before > s.first_token && w_.definite_articles.count(t_[before - 1].lower) > 0)
          --before;
        if (before > s.first_token && w_.noun_openers.count(t_[before - 1].lower) > 0 &&
            w_.coordinators.count(t_[before - 1].lower) == 0 &&
            w_.definite_articles.count(t_[before - 1].lower) == 0) {
          j = begin;
          continue;
        }
        return sp;
      }
    }
    return -1;
  }

  // A statement noun and a document verb right after the quote ("...,"
  // the statement read) or right before it (The release said: "...").
  bool DocumentSpeaks(const Quote& q) const {
    auto statement_at = [&](size_t k) {
      if (k < t_.size() && w_.definite_articles.count(t_[k].lower) > 0) ++k;
      return k + 1 < t_.size() && lex_.statement_nouns.count(t_[k].lower) > 0 &&
             lex_.document_verbs.count(t_[k + 1].lower) > 0;
    };
    size_t k = q.close + 1;
    if (k < t_.size() && t_[k].text == ",") ++k;
    if (!q.open_ended && statement_at(k)) return true;
    for (size_t b = q.open; b-- > 0 && b + 5 > q.open;) {
      if (t_[b].text == ":" || t_[b].text == ",") continue;
      if (lex_.document_verbs.count(t_[b].lower) > 0 && b > 0 &&
          lex_.statement_nouns.count(t_[b - 1].lower) > 0)
        return true;
      if (t_[b].kind != TokenKind::kWord) break;
    }
    return false;
  }

  // The speaker of the last sentence up to `si` that tells of a statement
  // ("the Foreign Office said in a statement"), or -1.
  int StatementAuthor(const Quote& q) const {
    const size_t si = t_[q.open].sentence;
    for (size_t s = si + 1; s-- > 0 && s + 20 > si;) {
      const Sentence& sent = doc_.sentences[s];
      bool statement = false;
      int source = -1;
      // In the quote's own sentence, only before the quote: "the statement"
      // that speaks it is the anaphor, not the statement told of.
      const size_t end = s == si ? q.open : sent.end_token;
      for (size_t k = sent.first_token; k < end && !statement; ++k) {
        statement = !in_quote_[k] && lex_.statement_nouns.count(t_[k].lower) > 0;
        if (statement) source = StatementSource(k, sent);
      }
      // The latest statement told decides, named or not: its author named
      // with it ("a statement released by the Foreign Office"), else the
      // one who said it ("the ministry said in a statement").
      if (statement) return source >= 0 ? source : ReportedSpeaker(s);
    }
    return -1;
  }

  // The author named with the statement noun at k: "the ministry's
  // statement", "a statement from the ministry", "a statement released by
  // the Foreign Office"; -1 when none is.
  int StatementSource(size_t k, const Sentence& s) const {
    if (k >= s.first_token + 2 && w_.possessive_markers.count(t_[k - 1].text) > 0) {
      if (const int sp = SpeakerAt(k - 2); sp >= 0) return sp;
    }
    size_t j = k + 1;
    if (j < s.end_token && t_[j].tag == "VBN") ++j;
    if (j + 1 >= s.end_token || lex_.statement_source_preps.count(t_[j].lower) == 0) return -1;
    ++j;
    if (j < s.end_token && w_.definite_articles.count(t_[j].lower) > 0) ++j;
    return j < s.end_token && !in_quote_[j] ? SpeakerAt(j) : -1;
  }

  // The subject of the first verb of saying in sentence `si`, outside quotes:
  // "Magwenya said the government ...", "..., the minister told reporters".
  // Whether the first verb of saying outside the quotes of sentence si has
  // a subject that brings in someone unnamed: one opened by an indefinite
  // determiner ("a spokesman", "another senior official") or a plural noun
  // ("officials said"). A definite description ("the minister said") may
  // be the speaker named before, and an entity is no unnamed speaker.
  bool NewUnnamedSpeaker(size_t si) const {
    const Sentence& s = doc_.sentences[si];
    for (size_t v = s.first_token; v < s.end_token; ++v) {
      if (in_quote_[v] || !IsSpeech(v)) continue;
      size_t h = v;
      if (h > s.first_token && w_.perfect_auxiliaries.count(t_[h - 1].lower) > 0) --h;
      if (h == s.first_token) return false;
      --h;  // the subject's last word
      if (doc_.mention_at[h] >= 0 || t_[h].kind != TokenKind::kWord) return false;
      if (t_[h].tag == "NNS") return true;
      for (size_t j = h + 1; j-- > s.first_token && j + 6 > h;) {
        if (t_[j].kind != TokenKind::kWord || doc_.mention_at[j] >= 0) return false;
        if (w_.indefinite_determiners.count(t_[j].lower) > 0) return true;
      }
      return false;
    }
    return false;
  }

  int ReportedSpeaker(size_t si) const {
    const Sentence& s = doc_.sentences[si];
    for (size_t v = s.first_token; v < s.end_token; ++v) {
      if (in_quote_[v] || !IsSpeech(v)) continue;
      PrepareSentence(s);
      if (const int sp = SubjectBefore(v, s); sp >= 0) return sp;
      // "..., said the Belarusian leader".
      for (size_t j = v + 1; j < s.end_token && j < v + 5; ++j) {
        if (t_[j].kind == TokenKind::kPunct || in_quote_[j]) break;
        if (const int sp = SpeakerAt(j); sp >= 0) return sp;
      }
      return -1;
    }
    return -1;
  }

  bool IsClauseStop(size_t j) const {
    return t_[j].text == ";" || t_[j].text == ":" || t_[j].kind == TokenKind::kQuote;
  }

  Document& doc_;
  const Lexicon& lex_;
  const internal::StageWords& w_;
  const std::vector<Token>& t_;
  std::vector<bool> in_quote_;
  mutable std::vector<bool> skip_;  // relative clauses of the sentence Before() reads
  std::vector<Quote> quotes_;
  std::string cls_;           // the class of a quote's event (Statement)
  std::string speaker_role_;  // its speaker role
};

}  // namespace

void ExtractQuotes(Document& doc, const Lexicon& lex) {
  auto words = internal::StageWords::Default();
  if (!words.ok()) return;  // Pipeline::Create reports it
  QuoteFinder(doc, lex, *words.value()).Run();
}

}  // namespace newskg
