// NameRecognizer: splitting one run of name tokens (see name_recognizer.h):
// words that open no name, titles and the names after them, demonyms and
// organizations qualifying a title, two names joined by "of". EmitName
// (name_typing.cc) types each name left.
#include <algorithm>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {

void NameRecognizer::Run(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end) {
  // "US $79 million", "U.S. $406 million": a country's short name right
  // before an amount is the amount's currency, no mention of the country.
  if (e < sent_end && e - b == 1 && t_[b].all_caps &&
      std::any_of(doc_.money.begin(), doc_.money.end(),
                  [&](const MoneyValue& m) { return m.span.begin == t_[e].span.begin; })) {
    const GazetteerEntry* g = lex_.Lookup(t_[b].text);
    if (g != nullptr && g->type == EntityType::kCountry) return;
  }
  // "Thu, 09 Mar, 2023 - 10:20": an abbreviated weekday before a date or
  // a number names no one.
  if (e == b + 1 && w_.weekday_abbreviations.count(t_[b].lower) > 0) {
    size_t k = e;
    if (k < sent_end && (t_[k].text == "," || t_[k].text == ".")) ++k;
    if (k < sent_end && (t_[k].kind == TokenKind::kNumber || InDate(k))) return;
  }
  if (TitleOfTheBody(b, e, si, sent_first)) return;
  if (PartyAndState(b, e, sent_first)) return;
  // "Moldovans voted on Sunday": a plural demonym alone before a verb stands
  // for its country's people.
  if (e == b + 1 && e < sent_end && t_[b].text.size() > 4 &&
      (t_[e].tag.rfind("VB", 0) == 0 || t_[e].tag == "MD")) {
    if (const std::string* country = PluralDemonymCountry(t_[b].text); country != nullptr) {
      AddMention(b, e, EntityType::kCountry, MentionKind::kDemonym, si, *country);
      return;
    }
  }
  // "Pro-Russian separatists", "Anti-Putin protesters": a prefix and a name
  // in one word alone describe.
  if (const size_t dash = t_[b].lower.find('-');
      e - b == 1 && dash != std::string::npos &&
      w_.word_prefixes.count(t_[b].lower.substr(0, dash)) > 0 && lex_.Lookup(t_[b].text) == nullptr)
    return;
  // "chairman of Kessler LLC Jim Press": a company's legal form, then a
  // person's given name, ends the company's name.
  for (size_t k = b + 1; k + 2 < e + 1 && k + 1 < e; ++k) {
    if (lex_.legal_suffixes.count(t_[k].text) > 0 && lex_.IsGivenName(t_[k + 1].text) &&
        lex_.legal_suffixes.count(t_[k + 1].text) == 0) {
      Run(b, k + 1, si, sent_first, sent_end);
      Run(k + 1, e, si, sent_first, sent_end);
      return;
    }
  }
  if (SplitAtOf(b, e, si, sent_first, sent_end)) return;
  // Names of wars, treaties, games and the like are no entity of ours.
  size_t last = e - 1;
  while (last > b && IsRomanOrWar(t_[last].text)) --last;  // "World War II"
  size_t named_from = b;  // "The World Economic Forum": a name the gazetteer knows stays
  while (named_from + 1 < e && lex_.non_names.count(t_[named_from].text) > 0) ++named_from;
  if (lex_.non_entity_suffixes.count(t_[last].text) > 0 &&
      lex_.Lookup(JoinTokens(doc_, named_from, e)) == nullptr)
    return;
  // "Treaty of Versailles", "Day of Remembrance".
  if (e - b >= 3 && lex_.non_entity_suffixes.count(t_[b].text) > 0 &&
      w_.head_of_preps.count(t_[b + 1].lower) > 0)
    return;
  if (QuotedDesignation(b, sent_first)) return;
  // "Operation Desert Lion", "Joint Military Exercise Iron Condor": an
  // operation's or exercise's name, common words before its opener and all,
  // names an event; a name before them stands ("NATO Exercise Iron Condor").
  if (const size_t op = EventOpenerAt(b, e); op < e) {
    size_t first = op;
    while (first > b && IsCommon(t_[first - 1].lower) && lex_.Lookup(t_[first - 1].text) == nullptr)
      --first;
    if (first > b) Run(b, first, si, sent_first, sent_end);
    return;
  }
  if (NamesEvent(b, e, sent_first, sent_end) && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
      lex_.DemonymCountry(t_[b].text) == nullptr) {
    EntityType ty;
    std::string canon;
    if (!Classify(b, e, ty, canon)) return;
  }
  // Strip words that never begin a name ("The", "In", month names before names...).
  // An acronym joined to a connector ("AT&T") is part of the name.
  auto joined = [&](size_t k) {
    return k + 1 < e && !t_[k + 1].space_before && lex_.name_connectors.count(t_[k + 1].lower) > 0;
  };
  // "All Nippon Airways", "the All Progressives Congress": a word that
  // opens no name alone opens an organization's name ending in its suffix.
  const bool org_opener = e - b >= 3 && w_.org_name_openers.count(t_[b].lower) > 0 &&
                          lex_.org_suffixes.count(t_[e - 1].text) > 0;
  while (!org_opener && b < e &&
         (lex_.non_names.count(t_[b].text) > 0 ||
          (t_[b].all_caps && lex_.non_names.count(TitleCase(t_[b].text)) > 0 &&
           lex_.Lookup(t_[b].text) == nullptr && !joined(b)))) {
    // "May", "March" are kept when a title or name follows? They are dates here.
    ++b;
  }
  // "Upon release, he said", "Throughout Europe, prices rose": a word the
  // tagger reads as a function word, opening the sentence alone or before
  // a name the gazetteer knows, is no name (the gazetteer's own names
  // aside); "Than Shwe", "Per Olsen" stay whole.
  if ((b == sent_first || (b == sent_first + 1 && t_[sent_first].kind == TokenKind::kQuote)) &&
      b < e && !t_[b].all_caps && w_.function_word_tags.count(t_[b].tag) > 0 &&
      lex_.Lookup(t_[b].text) == nullptr && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
      (e == b + 1 || lex_.Lookup(JoinTokens(doc_, b + 1, e)) != nullptr))
    ++b;
  if (b >= e) return;
  // "the Board of Directors of Bank Veltrax": a body inside an organization
  // is no entity; the organization after "of" is.
  if (const size_t pl = PhraseLengthAt(w_.org_part_heads, t_, b, e); pl > 0) {
    if (b + pl + 1 < e && w_.head_of_preps.count(t_[b + pl].text) > 0) {
      // "... of the International Monetary Fund": the name, without its article.
      size_t n = b + pl + 1;
      if (n + 1 < e && w_.definite_articles.count(t_[n].text) > 0) ++n;
      Run(n, e, si, sent_first, sent_end);
    }
    return;
  }
  // "hosting Cobra Gold": a name the article gives an event elsewhere.
  if (event_names_.count(JoinTokens(doc_, b, e)) > 0 &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr) {
    EntityType ty;
    std::string canon;
    if (!Classify(b, e, ty, canon)) return;
  }
  // "Commander in Chief Kyaw Zin Oo": a title whose lower-case word
  // broke the run ends inside it; the rest of the run is the titled name.
  if (b >= sent_first + 2 && t_[b - 1].kind == TokenKind::kWord && !t_[b - 1].capitalized) {
    for (size_t j = b >= sent_first + lex_.MaxTitleWords() ? b + 1 - lex_.MaxTitleWords()
                                                           : sent_first;
         j + 1 < b; ++j) {
      std::string title;
      const size_t tl = TitleAt(j, e, &title);
      if (tl == 0 || j + tl <= b || j + tl >= e || !t_[j].capitalized) continue;
      int modifier = -1;
      if (!doc_.mentions.empty() && doc_.mentions.back().end_token == j &&
          (doc_.mentions.back().type == EntityType::kCountry ||
           doc_.mentions.back().type == EntityType::kOrganization))
        modifier = static_cast<int>(doc_.mentions.size() - 1);
      EmitTitled(j, j + tl, e, title, modifier, si, j);
      return;
    }
  }
  // A sentence-initial common word ("Huge protests", "Workers put down") is no name,
  // unless the run is a known name as a whole.
  bool known_prefix = false;  // "World Bank President ...": a known name starts the run
  for (size_t j = b + 2; j <= e && !known_prefix; ++j) {
    known_prefix = lex_.Lookup(JoinTokens(doc_, b, j)) != nullptr;
  }
  // "Shares of Zentrix Corp fell", "\"People of Hong Kong, ...\"": a word
  // opening the sentence (or a quotation) and "of" are no part of the name.
  const bool at_open = b == sent_first || (b > sent_first && t_[b - 1].kind == TokenKind::kQuote);
  if (at_open && e - b >= 3 && IsCommon(t_[b].lower) &&
      w_.head_of_preps.count(t_[b + 1].lower) > 0 &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr && lex_.org_heads.count(t_[b].text) == 0 &&
      lex_.org_suffixes.count(t_[b].text) == 0 && lex_.place_suffixes.count(t_[b].text) == 0) {
    b += 2;
  }
  // "Rivals Anies Baswedan and ...", "Protesters Maria Lopez ...": a plural
  // noun for people opening the sentence describes the name after it.
  if (b == sent_first && e - b >= 3 && t_[b].lower.back() == 's' &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr && !known_prefix) {
    const std::string one = t_[b].lower.substr(0, t_[b].lower.size() - 1);
    if (lex_.candidate_nouns.count(one) > 0 || lex_.person_nouns.count(one) > 0 ||
        lex_.people_nouns.count(t_[b].lower) > 0)
      ++b;
  }
  if (!known_prefix && OccupationOpens(b, e, sent_first)) ++b;
  // "Three Kenyan police officers", "Two Ugandan soldiers": a number word
  // opening the sentence before a demonym counts; it names nothing.
  if (b == sent_first && e - b >= 2 && !t_[b].all_caps &&
      lex_.number_words.count(t_[b].lower) > 0 &&
      (lex_.DemonymCountry(t_[b + 1].text) != nullptr ||
       (e - b >= 3 && lex_.DemonymCountry(JoinTokens(doc_, b + 1, b + 3)) != nullptr)))
    ++b;
  // "Visiting Sri Lankan President X", "Outgoing Prime Minister X",
  // "Incumbent Samoan Prime Minister X": a participle or a word that keeps
  // a title's holder in office, opening the sentence before a demonym or a
  // title, describes the person.
  if (b == sent_first && DescribesTitled(b, e)) ++b;
  // "Carmaker Stellantis said", "Lender Halvor Bank": a noun for an
  // organization opening the sentence describes the name after it (which
  // EmitName types an organization's); not "Union Bank", "Airline Pilots
  // Association", whose second word is a common one.
  if (b == sent_first && e - b >= 2 && !known_prefix && t_[b].capitalized && !t_[b].all_caps &&
      lex_.org_nouns.count(t_[b].lower) > 0 && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
      t_[b + 1].capitalized && lex_.name_connectors.count(t_[b + 1].lower) == 0 &&
      (lex_.Lookup(t_[b + 1].text) != nullptr || !IsCommon(t_[b + 1].lower)))
    ++b;
  b = PastTitleDomain(b, e);
  if (TitleDomainAt(b, e, sent_first)) {
    domain_end_ = e;
    return;
  }
  bool title_in_run = false;
  for (size_t j = b; j < e && !title_in_run; ++j)
    title_in_run = TitleAt(j, e, nullptr) > 0 && j + 1 < e;
  // The sentence opens at its first word, or after a quotation mark that
  // opens it ("\"Following Mexico's decision, ...").
  const bool opens =
      b == sent_first || (b == sent_first + 1 && t_[sent_first].kind == TokenKind::kQuote);
  // "Union leaders met": a common word that only WordNet knows as a place
  // opens the sentence as the word.
  const GazetteerEntry* first_known = lex_.Lookup(t_[b].text);
  if (opens && IsCommon(t_[b].lower) && (first_known == nullptr || first_known->from_wordnet) &&
      lex_.DemonymCountry(t_[b].text) == nullptr && !title_in_run && !known_prefix) {
    EntityType ty;
    std::string canon;
    // In an ordinary sentence, words capitalized after the first make the
    // whole run a name ("Apple Computer said"); alone, the first is a word.
    // A participle opening the sentence ("Following Mexico's decision",
    // "Leading Kenyan lawyers") is no part of the name after it.
    const bool participle = StageWords::EndsInAny(t_[b].lower, w_.gerund_endings, 5);
    // In a headline, a word and a surname before its verb: "Hope Mwale Wins Seat".
    const bool headline_name =
        title_case_ && e - b == 2 && !participle && !IsCommon(t_[b + 1].lower) &&
        lex_.Lookup(t_[b + 1].text) == nullptr && HeadlineBreakAt(e, b, sent_end);
    const bool named_run =
        (e - b >= 2 && !headline_ && IsNameAt(b + 1) && !t_[b + 1].all_caps && !participle) ||
        joined(b) || headline_name;
    if (e - b == 1 && !headline_ && lex_.non_names.count(t_[b].text) == 0) {
      // One common word opening a sentence ("Xi, who ...", "Police said"):
      // kept as a guess that coreference links to a name ("Xi Jinping") or drops.
      // One WordNet also knows as a name is a firm's where it speaks and
      // "it" then acts ("Amazon said it would open"), or before what a
      // firm has ("Tesla shares fell").
      const bool firm =
          first_known != nullptr &&
          ((FollowedBySpeech(e, sent_end) && ItActsAfterSpeech(e, sent_end)) ||
           (e < sent_end && !t_[e].capitalized && lex_.org_possessions.count(t_[e].lower) > 0));
      Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", !firm),
           firm ? WeakRule::kSpeakingNoun : WeakRule::kOpeningWord);
      return;
    }
    if ((!Classify(b, e, ty, canon) && !named_run) || e - b == 1) ++b;
    if (b >= e) return;
  }
  // "the Chinese embassy", "the US Embassy": a state's mission.
  if (const size_t mission_end = MissionAt(b, e, sent_end); mission_end > 0) {
    AddMention(b, mission_end, EntityType::kOrganization, MentionKind::kName, si, "", false);
    return;
  }
  // "Georgian Dream party", "Civic Platform movement": a name before a
  // lower-case organization noun is an organization, demonym and all.
  if (e < sent_end && t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
      lex_.org_suffixes.count(TitleCase(t_[e].lower)) > 0 &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
      !(e + 1 < sent_end && !t_[e + 1].capitalized &&  // "Bagram air base"
        lex_.place_suffixes.count(TitleCase(t_[e + 1].lower)) > 0)) {
    bool titled = false;
    for (size_t j = b; j < e && !titled; ++j) titled = TitleAt(j, e, nullptr) > 0;
    EntityType ty;
    std::string canon;
    const bool known_single = e - b == 1 && Classify(b, e, ty, canon);
    // "the Shehbaz Sharif government": a person's name before a body led by them.
    const bool leader =
        e - b >= 2 && lex_.IsGivenName(t_[b].text) && w_.led_body_nouns.count(t_[e].lower) > 0;
    // "the Sri Lankan government": a demonym alone is no name.
    const bool demonym_last =
        lex_.DemonymCountry(t_[e - 1].text) != nullptr ||
        (e - b >= 2 && lex_.DemonymCountry(t_[e - 2].text + " " + t_[e - 1].text) != nullptr);
    // "the French Interior ministry", "the Justice department": common
    // words naming a portfolio (after a demonym) before a lower-case head
    // of a body's name name the body, the head and all.
    size_t from = b;
    if (e - b >= 3 && lex_.DemonymCountry(t_[b].text + " " + t_[b + 1].text) != nullptr) {
      from = b + 2;
    } else if (e - b >= 2 && lex_.DemonymCountry(t_[b].text) != nullptr) {
      from = b + 1;
    }
    bool portfolio = !titled && !demonym_last && lex_.org_heads.count(TitleCase(t_[e].lower)) > 0;
    for (size_t k = from; k < e && portfolio; ++k)
      portfolio = IsCommon(t_[k].lower) && lex_.Lookup(t_[k].text) == nullptr &&
                  lex_.DemonymCountry(t_[k].text) == nullptr;
    if (portfolio) {
      AddMention(b, e + 1, EntityType::kOrganization, MentionKind::kName, si, "", false);
      return;
    }
    if (!titled && !known_single && !leader && !demonym_last) {
      AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", false);
      return;
    }
  }
  // "accused Georgian Dream of ...": a name of several words the article
  // has already named whole ("the Georgian Dream party") is that name again.
  if (e - b >= 2) {
    const std::string whole = JoinTokens(doc_, b, e);
    for (; names_indexed_ < doc_.mentions.size(); ++names_indexed_) {
      const Mention& m = doc_.mentions[names_indexed_];
      if (m.kind == MentionKind::kName) names_by_text_[m.text].push_back(names_indexed_);
    }
    const auto named = names_by_text_.find(whole);
    const size_t count = named == names_by_text_.end() ? 0 : named->second.size();
    for (size_t n = 0; n < count; ++n) {
      const size_t i = named->second[n];
      const Mention& m = doc_.mentions[i];
      // Only a name typed on firm evidence, no guess by its form.
      const bool firm =
          !m.tentative && !m.by_form && (i >= reasons_.size() || reasons_[i] == WeakRule::kNone);
      if (m.kind == MentionKind::kName && firm && m.text == whole) {
        AddMention(b, e, m.type, MentionKind::kName, si, m.canonical, false);
        return;
      }
    }
  }
  // Leading demonyms, countries or organizations qualifying a title:
  // "Russian President Vladimir Putin", "IMF Managing Director Kristalina Georgieva".
  int modifier = -1;
  size_t k = b;
  while (k < e) {
    std::string title;
    // A known name that starts with a demonym ("Saudi Arabia") is that name.
    bool known = false;
    if (lex_.DemonymCountry(t_[k].text) != nullptr) {
      for (size_t j = e; j >= k + 2 && !known; --j)
        known = lex_.Lookup(JoinTokens(doc_, k, j)) != nullptr;
    }
    if (known) break;
    // Demonyms of two words first: "South Korean", "Sri Lankan".
    const std::string* country =
        k + 1 < e ? lex_.DemonymCountry(t_[k].text + " " + t_[k + 1].text) : nullptr;
    const size_t dl = country != nullptr ? 2 : 1;
    if (country == nullptr) country = lex_.DemonymCountry(t_[k].text);
    // "flew to New Zealand": a demonym that is its country's own name, alone,
    // names the country; one that is only another name of it ("Kazakh")
    // qualifies the common noun after it ("Kazakh businessman X").
    if (country != nullptr && e == k + dl) {
      const std::string whole = JoinTokens(doc_, k, e);
      const GazetteerEntry* g = lex_.Lookup(whole);
      const bool qualifies = whole != *country && e < t_.size() && !t_[e].capitalized &&
                             (t_[e].tag.rfind("NN", 0) == 0 || t_[e].tag == "JJ");
      if (g != nullptr && g->type == EntityType::kCountry && !qualifies) break;
    }
    if (country != nullptr) {
      size_t title_j = k + dl;
      while (title_j < e && TitleAt(title_j, e, nullptr) == 0) ++title_j;
      // "Nigerian National Petroleum Company", "Sri Lankan Government": the
      // demonym begins an organization's name when no title follows it.
      EntityType whole;
      std::string whole_canon;
      if (title_j >= e && e - k > dl && Classify(k, e, whole, whole_canon) &&
          whole == EntityType::kOrganization)
        break;
      // "Thai Defense Forces Chief General X": common words ending in an
      // organization's word between the demonym and a title name the
      // organization, demonym and all (the title's code below finds it).
      if (title_j >= e || !CommonOrgWords(k + dl, title_j)) {
        modifier = AddMention(k, k + dl, EntityType::kCountry, MentionKind::kDemonym, si, *country);
        k += dl;
        continue;
      }
    }
    if (size_t tl = TitleAt(k, e, &title)) {
      // Title followed by a name.
      size_t name_b = k + tl;
      // "Her Majesty Queen ...": a form of address before a title.
      if (const TitleInfo* ti = lex_.Title(title); ti != nullptr && ti->kind == "honorific" &&
                                                   name_b < e && TitleAt(name_b, e, nullptr) > 0) {
        k = name_b;
        continue;
      }
      // "Supreme Leader Ayatollah Ali Rahimi", "Emir Sheikh Faisal": a title
      // of rank that leads nothing, after the title, is no part of the name.
      name_b = PastRanks(name_b, e);
      // "Chief Executive Officer of General Motors": the title of an organization.
      if (name_b < e && w_.head_of_preps.count(t_[name_b].lower) > 0 &&
          lex_.Lookup(JoinTokens(doc_, k, e)) == nullptr) {
        // "the Emir of Qatar Sheikh Hamid ...", "the Archbishop of Canterbury
        // Tom Ellery": the title's state, see or body, then the titled
        // person's name (after forms of address and titles of rank).
        if (TitleOfOwner(k, name_b, e, title, si, b)) return;
        EmitName(name_b + 1, e, si, sent_first, sent_end);
        return;
      }
      // "General Motors", "Prince Edward Island": a name that only looks titled.
      EntityType whole_type;
      std::string whole_canon;
      // A title alone ("Cabinet Secretary") is none.
      if (name_b < e && Classify(k, e, whole_type, whole_canon) &&
          whole_type != EntityType::kPerson)
        break;
      // A bare title ("President") is no name.
      if (name_b < e) EmitTitled(k, name_b, e, title, modifier, si, b);
      return;
    }
    // A title inside the run, after a known entity and/or common words
    // qualifying it: "IMF Managing Director ...", "U.S. Defense Secretary
    // Lloyd Austin", "Apple Computer CEO Steve Jobs".
    size_t tl2 = 0;
    for (size_t j = k + 1; j < e; ++j) {
      if ((tl2 = TitleAt(j, e, &title)) == 0) continue;
      // "Royal Halls of Justice", "Ministry of Justice": a title word after
      // "of" ending the run (or before "and") is the body's domain, no title.
      if ((j + tl2 >= e || w_.coordinators.count(t_[j + tl2].lower) > 0) &&
          w_.head_of_preps.count(t_[j - 1].lower) > 0)
        break;
      // "Martin Luther King", "Stephen King": one title word ending a name
      // that opens with a given name is the surname.
      if (j + tl2 >= e && tl2 == 1 && lex_.IsGivenName(t_[k].text)) break;
      if (j + tl2 >= e) {
        // "Vantor Computer CEO and co-founder ...", "White House Press
        // Secretary ...": no name after the title; the organization before it.
        EntityType whole;
        std::string whole_canon;
        const bool whole_known = Classify(k, e, whole, whole_canon) &&
                                 whole != EntityType::kPerson &&
                                 lex_.Lookup(JoinTokens(doc_, k, e)) != nullptr;
        const TitleInfo* ti = lex_.Title(title);
        if (!whole_known && ti != nullptr && ti->kind != "honorific" && j > k &&
            lex_.DemonymCountry(t_[j - 1].text) == nullptr) {
          EmitName(k, j, si, sent_first, sent_end);
          return;
        }
        break;
      }
      // The longest known-entity prefix [k, m), then qualifiers [m, j).
      size_t m = k;
      EntityType mod_type = EntityType::kOrganization;
      std::string mod_canon;
      for (size_t mm = j; mm > k; --mm) {
        EntityType ty;
        std::string canon;
        if (Classify(k, mm, ty, canon) && ty != EntityType::kPerson) {
          m = mm;
          mod_type = ty;
          mod_canon = canon;
          break;
        }
      }
      bool qualifiers = true;
      for (size_t q = m; q < j; ++q)
        qualifiers = qualifiers && IsCommon(t_[q].lower) && !lex_.Lookup(t_[q].text);
      // "Chrysler Chief Executive Robert Nardelli": an unknown name before a
      // title and a name is the organization the person serves.
      bool unknown_owner = !qualifiers && m == k;
      for (size_t q = k; q < j && unknown_owner; ++q) {
        unknown_owner = IsNameAt(q) && !IsCommon(t_[q].lower) && !lex_.Lookup(t_[q].text) &&
                        lex_.DemonymCountry(t_[q].text) == nullptr && !lex_.IsGivenName(t_[q].text);
      }
      if (unknown_owner) {
        modifier = AddMention(k, j, EntityType::kOrganization, MentionKind::kName, si, "", true);
        EmitTitled(j, PastRanks(j + tl2, e), e, title, modifier, si, b);
        return;
      }
      if (!qualifiers) break;
      const TitleInfo* ti = lex_.Title(title);
      if (m == k && ti != nullptr && ti->leader && !ti->state) {
        // Only common words before a leader title: they name the organization led.
        modifier = AddMention(k, j, EntityType::kOrganization, MentionKind::kName, si, "", true);
        EmitTitled(j, PastRanks(j + tl2, e), e, title, modifier, si, b);
        return;
      }
      if (m > k)
        modifier = AddMention(k, m, mod_type, MentionKind::kName, si, mod_canon, LoneOrgWord(k, m));
      std::string full;
      for (size_t q = m; q < j + tl2; ++q) full += (q > m ? " " : "") + t_[q].lower;
      EmitTitled(m, PastRanks(j + tl2, e), e, lex_.Title(full) ? full : title, modifier, si, b);
      return;
    }
    break;
  }
  if (k >= e) return;
  if (e - k == 1 && t_[k].text.size() == 1) return;  // a lone letter is no name
  if (k == b && LowercaseTitled(b, e, si, sent_first)) return;
  if (e - k == 1) {
    const std::string& w = t_[k].text;
    // "Belarusians", "WWII", "TV": no entity names.
    if (PluralDemonymCountry(w) != nullptr && lex_.Lookup(w) == nullptr) {
      return;
    }
    if (t_[k].all_caps &&
        (IsRomanOrWar(w) || lex_.iso_currencies.count(w) > 0 || lex_.Title(t_[k].lower) ||
         (lex_.IsCommonWord(t_[k].lower) && !lex_.Lookup(w)))) {
      return;
    }
    // "T-shirts", "a U-turn": one capital letter, a hyphen and a lower-case
    // word are a common noun's spelling.
    if (w.size() > 2 && w[1] == '-' &&
        std::all_of(w.begin() + 2, w.end(),
                    [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; }) &&
        !lex_.Lookup(w)) {
      return;
    }
  }
  EmitName(k, e, si, sent_first, sent_end);
}

size_t NameRecognizer::MissionAt(size_t b, size_t e, size_t end) const {
  auto state = [&](size_t from, size_t to) {
    if (to <= from) return false;
    if (lex_.DemonymCountry(JoinTokens(doc_, from, to)) != nullptr) return true;
    const GazetteerEntry* g = lex_.Lookup(JoinTokens(doc_, from, to));
    return g != nullptr && g->type == EntityType::kCountry;
  };
  // Written in lower case after the run, or capitalized ending it.
  if (e < end && !t_[e].capitalized) {
    const size_t len = PhraseLengthAt(w_.mission_nouns, t_, e, end);
    if (len > 0 && state(b, e)) return e + len;
  }
  for (size_t j = b + 1; j < e; ++j) {
    if (PhraseLengthAt(w_.mission_nouns, t_, j, e) == e - j && state(b, j)) return e;
  }
  return 0;
}

bool NameRecognizer::CommonOrgWords(size_t b, size_t e) const {
  if (b >= e || lex_.org_suffixes.count(t_[e - 1].text) == 0) return false;
  for (size_t k = b; k < e; ++k) {
    if (!IsCommon(t_[k].lower) || lex_.Lookup(t_[k].text) != nullptr) return false;
  }
  return true;
}

size_t NameRecognizer::PastRanks(size_t name_b, size_t e) const {
  for (std::string rank; name_b < e;) {
    const size_t rl = TitleAt(name_b, e, &rank);
    const TitleInfo* ri = rl > 0 ? lex_.Title(rank) : nullptr;
    if (ri == nullptr || ri->leader || name_b + rl >= e) break;
    name_b += rl;
  }
  return name_b;
}

bool NameRecognizer::DescribesTitled(size_t b, size_t e) const {
  return e - b >= 3 && !t_[b].all_caps &&
         ((IsCommon(t_[b].lower) && StageWords::EndsInAny(t_[b].lower, w_.gerund_endings, 5)) ||
          w_.office_modifiers.count(t_[b].lower) > 0) &&
         (lex_.DemonymCountry(t_[b + 1].text) != nullptr ||
          lex_.DemonymCountry(JoinTokens(doc_, b + 1, b + 3)) != nullptr ||
          TitleAt(b + 1, e, nullptr) > 0);
}

}  // namespace newskg::internal
