#include "extract/quote_extractor.h"

#include <algorithm>
#include <string>

#include "base/base.h"
#include "extract/internal/embedded_posts.h"
#include "extract/internal/quote_finder.h"
#include "extract/internal/stage_words.h"
#include "schema/schema.h"

namespace newskg::internal {
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

}  // namespace

void QuoteFinder::Run() {
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
  WrittenTitles();
  for (const Mention& m : doc_.mentions) {
    if (m.kind != MentionKind::kName || m.entity < 0 || in_quote_[m.first_token]) continue;
    const auto e = static_cast<size_t>(m.entity);
    if (doc_.entities[e].type == EntityType::kPerson && e < titles_.size() && !titles_[e].empty())
      titled_.emplace_back(m.first_token, m.entity);
  }
  int prev_speaker = -1;
  std::string prev_described;  // the previous quote's speaker told without a name
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
    if (ScareQuote(q) || NamedByOthers(q)) continue;
    int speaker = After(q);
    if (speaker < 0) speaker = Before(q);
    // "...," the statement read: the author of the statement told before;
    // no one, when that statement is someone else's object ("the ministry
    // criticised the statement").
    bool unauthored = false;
    if (speaker < 0 && DocumentSpeaks(q)) speaker = StatementAuthor(q, &unauthored);
    if (unauthored) continue;
    // "The prosecutor said the suspect had \"...\"": a speaker the article
    // describes and does not name.
    std::string described = speaker < 0 ? DescribedSpeaker(q) : std::string();
    // A quoted paragraph with no attribution of its own, after a
    // paragraph whose sentence reports someone's words ("Truss said in a
    // statement that ..."): the same speaker goes on.
    // Neither when the quote's own sentence gives the words to someone
    // new and unnamed ("A spokesman said the plan was \"...\"").
    const bool unnamed_speaker =
        speaker < 0 && described.empty() && NewUnnamedSpeaker(t_[q.open].sentence);
    // The same within a paragraph, for a quote that opens its sentence
    // ("Mazari said the arrest was illegal. \"...\"").
    if (speaker < 0 && described.empty() && !unnamed_speaker && q.open > 0) {
      const size_t prev = t_[q.open - 1].sentence;
      if (prev < t_[q.open].sentence) speaker = ReportedSpeaker(prev);
    }
    // An unattributed quote right after an attributed one: the same speaker
    // goes on ("...," she said. "...").
    if (speaker < 0 && described.empty() && (prev_speaker >= 0 || !prev_described.empty()) &&
        !LineBetween(prev_close, q.open) && q.open > prev_close &&
        t_[q.open].sentence <= t_[prev_close].sentence + 1 &&
        (!unnamed_speaker || t_[q.open].sentence == t_[prev_close].sentence)) {
      speaker = prev_speaker;
      described = prev_described;
    }
    // The next paragraph of a quotation that went on: the same speaker.
    if (speaker < 0 && described.empty() && (prev_speaker >= 0 || !prev_described.empty()) &&
        qi > 0 && quotes_[qi - 1].open_ended && quotes_[qi - 1].close == q.open) {
      speaker = prev_speaker;
      described = prev_described;
    }
    if (speaker < 0 && described.empty()) continue;
    if (speaker >= 0) {
      const EntityType ty = doc_.entities[static_cast<size_t>(speaker)].type;
      if (ty != EntityType::kPerson && ty != EntityType::kOrganization &&
          ty != EntityType::kCountry) {
        continue;
      }
    }
    Event ev;
    ev.cls = cls_;
    if (speaker >= 0) ev.entity_roles[speaker_role_] = {speaker};
    ev.speaker_description = described;
    ev.quote = QuoteText(q);
    ev.sentences.push_back(t_[q.open].sentence);
    // "...," said Peter Okello, "and ...": one utterance split by its
    // attribution, unless the part after it has a speaker of its own.
    size_t close = q.close;
    while (qi + 1 < quotes_.size() && SplitQuoteGoesOn(quotes_[qi], quotes_[qi + 1])) {
      const Quote& next = quotes_[qi + 1];
      if (const int own = After(next); own >= 0 && own != speaker) break;
      const std::string more = QuoteText(next);
      if (!more.empty()) ev.quote += (ev.quote.empty() ? "" : " ") + more;
      if (t_[next.open].sentence != ev.sentences.back())
        ev.sentences.push_back(t_[next.open].sentence);
      close = next.close;
      ++qi;
    }
    ev.reported = true;
    doc_.events.push_back(std::move(ev));
    prev_speaker = speaker;
    prev_described = described;
    prev_close = close;
  }
  internal::FindEmbeddedPosts(doc_, in_quote_, cls_, speaker_role_);
}

void QuoteFinder::FindQuotes() {
  int open = -1;
  bool open_doubled = false;  // the quote open opened with two marks
  // Two single marks typed for one double mark, with no space between:
  // ''...'' (apostrophes) and ‘‘...’’ (curly marks).
  auto pair_at = [&](size_t i, std::string_view mark) {
    return t_[i].text == mark && i + 1 < t_.size() && t_[i + 1].text == mark &&
           !t_[i + 1].space_before;
  };
  for (size_t i = 0; i < t_.size(); ++i) {
    if (open >= 0 && LineBetween(static_cast<size_t>(open), i)) {
      // A quotation over several paragraphs opens each and closes only
      // the last: a paragraph that opens with a mark, left open, followed
      // by a paragraph that opens with one, is a quote of its own.
      const auto o = static_cast<size_t>(open);
      const size_t first_mark = open_doubled ? o - 1 : o;
      const bool opens_next = IsDoubleOpen(t_[i]) || pair_at(i, "'") || pair_at(i, kSingleOpen);
      if ((first_mark == 0 || LineBetween(first_mark - 1, first_mark)) && opens_next && i > o + 1)
        quotes_.push_back({o, i, true});
      open = -1;
    }
    const bool apostrophes = pair_at(i, "'");
    const bool doubled_open = apostrophes || pair_at(i, kSingleOpen);
    const bool doubled_close = apostrophes || pair_at(i, kSingleClose);
    if (open < 0 && (IsDoubleOpen(t_[i]) || doubled_open)) {
      if (doubled_open) ++i;
      open = static_cast<int>(i);
      open_doubled = doubled_open;
    } else if (open >= 0 && (IsDoubleClose(t_[i]) || doubled_close)) {
      if (i > static_cast<size_t>(open) + 1) {
        if (doubled_close) ++i;
        quotes_.push_back({static_cast<size_t>(open), i, false, doubled_close});
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

std::string QuoteFinder::QuoteText(const Quote& q) const {
  const size_t end_mark = q.doubled ? q.close - 1 : q.close;
  std::string text(doc_.SpanText({t_[q.open].span.end, t_[end_mark].span.begin}));
  while (!text.empty() && (text.back() == ' ' || text.back() == '\n')) text.pop_back();
  size_t b = 0;
  while (b < text.size() && (text[b] == ' ' || text[b] == '\n')) ++b;
  return text.substr(b);
}

bool QuoteFinder::SplitQuoteGoesOn(const Quote& q, const Quote& next) const {
  if (q.open_ended || next.open_ended || next.open <= q.close + 2 ||
      t_[next.open - 1].text != "," || LineBetween(q.close, next.open))
    return false;
  // The first part ends at a comma, inside its closing mark or after it.
  size_t k = q.close + 1;
  if (t_[k].text == ",") {
    ++k;
  } else if (t_[q.doubled ? q.close - 2 : q.close - 1].text != ",") {
    return false;
  }
  // Then the attribution alone: a few words with a verb of saying, no new
  // clause ("and the minister said") and no end of sentence.
  const size_t comma = next.open - 1;
  if (k >= comma || comma - k > 12) return false;
  bool speech = false;
  for (size_t j = k; j < comma; ++j) {
    if (in_quote_[j] || t_[j].kind == TokenKind::kQuote || w_.coordinators.count(t_[j].lower) > 0)
      return false;
    if (t_[j].kind == TokenKind::kPunct && t_[j].text != ",") return false;
    speech = speech || IsSpeech(j);
  }
  return speech;
}

bool QuoteFinder::ScareQuote(const Quote& q) const {
  // A short quote inside a noun phrase, after a determiner (and maybe an
  // adjective) and before the phrase goes on ("a separate \"support
  // package\" of measures", "the \"fake news media\" had"): a name or
  // the writer's distance, no one's words. Not "called it a \"betrayal\".".
  if (q.open_ended || q.doubled || q.open == 0 || q.close + 1 >= t_.size()) return false;
  size_t words = 0;
  for (size_t k = q.open + 1; k < q.close; ++k) words += t_[k].kind == TokenKind::kWord ? 1 : 0;
  if (words == 0 || words > 4 || q.close - q.open - 1 != words) return false;
  const Token& next = t_[q.close + 1];
  if (next.kind != TokenKind::kWord || next.sentence != t_[q.open].sentence) return false;
  // The phrase goes on: not after "and" or a preposition ("warned of a
  // \"catastrophe\" in the region"), but for "of".
  if (w_.coordinators.count(next.lower) > 0 ||
      (lex_.prepositions.count(next.lower) > 0 && w_.head_of_preps.count(next.lower) == 0))
    return false;
  auto determiner = [&](size_t k) {
    return w_.definite_articles.count(t_[k].lower) > 0 ||
           w_.indefinite_determiners.count(t_[k].lower) > 0 ||
           lex_.possessive_determiners.count(t_[k].lower) > 0;
  };
  size_t b = q.open - 1;
  if (t_[b].tag == "JJ" && b > 0 && !t_[b].capitalized) --b;
  return determiner(b);
}

bool QuoteFinder::NamedByOthers(const Quote& q) const {
  if (q.open_ended || q.doubled || q.open == 0) return false;
  // "a so-called \"special operation\"": a name the writer keeps at a distance.
  if (w_.scare_quote_markers.count(t_[q.open - 1].lower) > 0) return true;
  // "took him to what the party called an \"unknown location\"", "what
  // officials described as a \"routine check\"": the object of a verb of
  // naming in a free relative, which is a noun phrase of the writer's own
  // clause. Back from the quote over a determiner, a lower-case adjective
  // and "as" to the verb, then over its subject to the relative word.
  const size_t s0 = doc_.sentences[t_[q.open].sentence].first_token;
  size_t b = q.open;
  for (int n = 0; n < 3 && b > s0; ++n) {
    const Token& w = t_[b - 1];
    const bool det = w_.definite_articles.count(w.lower) > 0 ||
                     w_.indefinite_determiners.count(w.lower) > 0 ||
                     lex_.possessive_determiners.count(w.lower) > 0;
    const bool adjective = w.tag == "JJ" && !w.capitalized;
    const bool as = w_.quoted_as_preps.count(w.lower) > 0;
    if (!det && !adjective && !as) break;
    --b;
  }
  if (b <= s0 || t_[b - 1].tag.rfind("VB", 0) != 0) return false;
  const auto& lemmas = lex_.Lemmas(t_[b - 1].lower);
  if (std::none_of(lemmas.begin(), lemmas.end(),
                   [&](const std::string& l) { return w_.naming_verbs.count(l) > 0; }))
    return false;
  for (size_t j = b - 1; j-- > s0 && j + 8 > b;) {
    if (t_[j].kind != TokenKind::kWord || in_quote_[j]) return false;
    if (w_.naming_relatives.count(t_[j].lower) > 0) return j + 1 < b - 1;
  }
  return false;
}

int QuoteFinder::After(const Quote& q) const {
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
      // "according to a report by Reuters": the medium, not the speaker.
      if (w_.report_nouns.count(t_[j].lower) > 0) return -1;
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
  // "said Maj. Gen. Ana Ruiz": past the abbreviated titles before the name.
  if (k < limit && IsSpeech(k)) {
    const size_t first = PastAbbreviatedTitles(k + 1, limit);
    for (size_t j = first; j < limit && j < first + 4; ++j) {
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
    if (const size_t past = PastAbbreviatedTitles(j, limit); past > j) {
      j = past - 1;  // "Lt. Col. Ana Ruiz said"
      continue;
    }
    // "the head of the mission, Anna Berg, told reporters": a description
    // naming no one, then the speaker between commas.
    if (t_[j].text == "," && j > k + 1 && j + 1 < limit) {
      const int m = doc_.mention_at[j + 1];
      const Mention* mm = m >= 0 ? &doc_.mentions[static_cast<size_t>(m)] : nullptr;
      if (mm != nullptr && mm->first_token == j + 1 && mm->entity >= 0 &&
          doc_.entities[static_cast<size_t>(mm->entity)].type == EntityType::kPerson) {
        size_t v = mm->end_token;
        if (v + 1 < t_.size() && t_[v].text == ",") {
          ++v;
          if (w_.perfect_auxiliaries.count(t_[v].lower) > 0) ++v;
          if (v < t_.size() && IsSpeech(v)) return mm->entity;
        }
      }
    }
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
    // "Putin told", "he said", "Khan, 70, has said", "she has said", "Berg
    // also said", "the ministry's statement said".
    if (VerbAfterSpeaker(after) != std::string::npos) return s;
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
      // "Omar Haddad, a senior party official told AFP": the apposition
      // runs into the verb with no comma, after a name no verb comes before
      // ("police detaining Omar Haddad, a party official said").
      bool verb_before = false;
      for (size_t b = k; b < j; ++b) verb_before = verb_before || t_[b].tag.rfind("VB", 0) == 0;
      for (size_t v = after + 2; !verb_before && v < t_.size() && v < after + 14; ++v) {
        if (in_quote_[v] || t_[v].kind == TokenKind::kQuote ||
            (t_[v].kind == TokenKind::kPunct && w_.possessive_markers.count(t_[v].lower) == 0))
          break;
        if (!IsSpeech(v)) continue;
        const size_t e = w_.perfect_auxiliaries.count(t_[v - 1].lower) > 0 ? v - 1 : v;
        if (TitleApposition(after + 1, e)) return s;
        break;
      }
    }
    if (const int quoted = QuotedAsSaying(after, limit, s); quoted >= 0) return quoted;
    // "IMF Managing Director Kristalina Georgieva said": a title and the
    // person it introduces follow the organization.
    if (after < t_.size() && (t_[after].capitalized || lex_.Title(t_[after].lower) != nullptr)) {
      j = after - 1;
      continue;
    }
    // "the leader of the Unity party, Aram Vardanyan, told": an organization
    // or country that is the domain of a title describes the person named
    // in apposition after it; read on to that name.
    if (m >= 0 && doc_.entities[static_cast<size_t>(s)].type != EntityType::kPerson &&
        DomainOfTitle(doc_.mentions[static_cast<size_t>(m)].first_token)) {
      j = after - 1;
      continue;
    }
    // "the leader of the Liberty Party, X, told": a title's epithet with its
    // domain after it; read on to the domain.
    if (m >= 0 && doc_.mentions[static_cast<size_t>(m)].kind == MentionKind::kEpithet &&
        after < limit && w_.head_of_preps.count(t_[after].lower) > 0) {
      j = after - 1;
      continue;
    }
    return -1;
  }
  return -1;
}

int QuoteFinder::Before(const Quote& q) const {
  const auto& s = doc_.sentences[t_[q.open].sentence];
  PrepareSentence(s);
  for (size_t v = q.open; v-- > s.first_token;) {
    if (in_quote_[v]) break;
    if (!IsSpeech(v)) continue;
    return SubjectBefore(v, s);
  }
  return -1;
}

bool QuoteFinder::DocumentSpeaks(const Quote& q) const {
  auto statement_at = [&](size_t k) {
    if (k < t_.size() && w_.definite_articles.count(t_[k].lower) > 0) ++k;
    if (k + 1 >= t_.size() || lex_.statement_nouns.count(t_[k].lower) == 0) return false;
    size_t v = k + 1;
    if (v + 1 < t_.size() && t_[v].tag == "RB" && !t_[v].capitalized) ++v;  // "further stated"
    return lex_.document_verbs.count(t_[v].lower) > 0;
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

int QuoteFinder::StatementAuthor(const Quote& q, bool* unauthored) const {
  *unauthored = false;
  const size_t si = t_[q.open].sentence;
  for (size_t s = si + 1; s-- > 0 && s + 20 > si;) {
    const Sentence& sent = doc_.sentences[s];
    bool statement = false;
    bool others = false;  // the object of a verb that does not issue it
    int source = -1;
    // In the quote's own sentence, only before the quote: "the statement"
    // that speaks it is the anaphor, not the statement told of.
    const size_t end = s == si ? q.open : sent.end_token;
    for (size_t k = sent.first_token; k < end && !statement; ++k) {
      statement = !in_quote_[k] && lex_.statement_nouns.count(t_[k].lower) > 0;
      if (statement) source = StatementSource(k, sent, &others);
      // "The statement said: \"...\"": the anaphor that speaks the quote,
      // unless it names its author ("The ministry's statement said").
      if (statement && source < 0 && s == si && k + 1 < end &&
          lex_.document_verbs.count(t_[k + 1].lower) > 0)
        statement = false;
    }
    // The latest statement told decides, named or not: its author named
    // with it ("a statement released by the Foreign Office"), else the
    // one who said it ("the ministry said in a statement").
    if (!statement) continue;
    if (source >= 0) return source;
    *unauthored = others;
    return others ? -1 : ReportedSpeaker(s);
  }
  return -1;
}

int QuoteFinder::StatementSource(size_t k, const Sentence& s, bool* others) const {
  *others = false;
  if (k >= s.first_token + 2 && w_.possessive_markers.count(t_[k - 1].lower) > 0) {
    if (const int sp = SpeakerAt(k - 2); sp >= 0) return sp;
  }
  // "The ministry issued a (joint) statement": the subject of a verb that
  // issues it (issuing_verbs.txt), past a determiner and adjectives; the
  // subject of another verb ("criticised the statement") is not its author.
  for (size_t v = k; v-- > s.first_token && v + 4 > k;) {
    if (t_[v].tag.rfind("VB", 0) == 0) {
      const auto& lemmas = lex_.Lemmas(t_[v].lower);
      if (std::none_of(lemmas.begin(), lemmas.end(),
                       [&](const std::string& l) { return w_.issuing_verbs.count(l) > 0; })) {
        *others = true;
        break;
      }
      PrepareSentence(s);
      return SubjectBefore(v, s);
    }
    const std::string& tag = t_[v].tag;
    if (t_[v].capitalized || (tag != "DT" && tag != "JJ" && tag != "PRP$" && tag != "RP")) break;
  }
  size_t j = k + 1;
  if (j < s.end_token && t_[j].tag == "VBN") ++j;
  if (j + 1 >= s.end_token || lex_.statement_source_preps.count(t_[j].lower) == 0) return -1;
  ++j;
  if (j < s.end_token && w_.definite_articles.count(t_[j].lower) > 0) ++j;
  return j < s.end_token && !in_quote_[j] ? SpeakerAt(j) : -1;
}

}  // namespace newskg::internal

namespace newskg {

void ExtractQuotes(Document& doc, const CorefLayer& coref, const Lexicon& lex) {
  auto words = internal::StageWords::Default();
  if (!words.ok()) return;  // Pipeline::Create reports it
  internal::QuoteFinder(doc, coref.titles, lex, *words.value()).Run();
}

}  // namespace newskg
