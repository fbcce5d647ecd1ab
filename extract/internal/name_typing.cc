// NameRecognizer: typing one name that a run leaves (see name_recognizer.h):
// known names, an organization noun before the name, and the weak rules
// for unknown names of one word or several (connectors, common words,
// places at the end, person cues, speech and locatives).
#include "base/base.h"
#include "extract/internal/name_recognizer.h"

namespace newskg::internal {

bool NameRecognizer::LoneOrgWord(size_t b, size_t e) const {
  if (e - b != 1 || t_[b].all_caps || lex_.org_suffixes.count(t_[b].text) == 0 ||
      w_.state_bodies.count(t_[b].text) > 0 || !IsCommon(t_[b].lower))
    return false;
  // Known only as a WordNet person's one word ("Court"): no name for that.
  const GazetteerEntry* g = lex_.Lookup(t_[b].text);
  return g == nullptr || (g->from_wordnet && g->type == EntityType::kPerson);
}

void NameRecognizer::EmitName(size_t b, size_t e, size_t si, size_t sent_first, size_t sent_end) {
  // "Brazil's 26 states", split after "Brazil": the owner's possessive
  // and a number name nothing.
  if (b < e && w_.possessive_markers.count(t_[b].lower) > 0) {
    bool word = false;
    for (size_t k = b + 1; k < e; ++k) word = word || t_[k].kind == TokenKind::kWord;
    if (!word) return;
  }
  // Connectors at either end are not part of a name.
  while (e > b && lex_.name_connectors.count(t_[e - 1].lower) > 0) --e;
  // "Ms von der Leyen": a surname's particles after a title stay.
  size_t named = b;
  while (named < e && !t_[named].capitalized) ++named;
  const bool lead_particles =
      named > b && named < e && ParticlesBefore(named, sent_first) == named - b;
  // In a title-case headline, "Of" too: "China Of Water Cannon Attack".
  while (!lead_particles && b < e && lex_.name_connectors.count(t_[b].lower) > 0 &&
         (t_[b].text == t_[b].lower || (title_case_ && w_.head_of_preps.count(t_[b].lower) > 0)))
    ++b;
  if (b >= e) return;
  // "the British FTSE gained", "the Kospi fell": a stock index's name alone
  // names the index, no entity.
  if (w_.index_names.count(JoinTokens(doc_, b, e)) > 0) return;
  // "Dynamo Rovers FC", "AC Kamensk": a sports club's affix makes an
  // organization of a name the gazetteers do not know.
  if (e - b >= 2 &&
      (w_.club_suffixes.count(t_[e - 1].text) > 0 ||
       (w_.club_prefixes.count(t_[b].text) > 0 && !t_[b + 1].all_caps)) &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr) {
    AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si);
    return;
  }
  EntityType type;
  std::string canonical;
  WeakRule weak = WeakRule::kNone;
  // "his party Demosisto", "the party The Republicans": a lower-case noun
  // for an organization right before the name, maybe with "the" between.
  size_t cue = b > sent_first ? b - 1 : b;
  if (cue > sent_first && w_.definite_articles.count(t_[cue].lower) > 0) --cue;
  // "its luxury division, Lincoln": the noun in apposition before a comma.
  if (cue > sent_first && cue + 1 == b && t_[cue].text == "," && e - b == 1) --cue;
  // "Carmaker Stellantis": capitalized, opening the sentence.
  const bool org_noun_before = cue < b && (!t_[cue].capitalized || cue == sent_first) &&
                               t_[cue].kind == TokenKind::kWord &&
                               lex_.org_nouns.count(t_[cue].lower) > 0;
  // "the Big Five", "the Big Four": a name ending in a number word names a
  // group of firms or nations, never a person; after a known name (a
  // carmaker's "Kestrel Five Hundred") it names a product.
  if (e - b >= 2 && lex_.number_words.count(t_[e - 1].lower) > 0 &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr && lex_.Lookup(t_[b].text) == nullptr) {
    AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", false);
    return;
  }
  // "in The Hague", "the Hague": a place the gazetteer knows only with its
  // article is named with it.
  if (b > sent_first && w_.definite_articles.count(t_[b - 1].lower) > 0 &&
      lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr) {
    const std::string whole = TitleCase(t_[b - 1].lower) + " " + JoinTokens(doc_, b, e);
    if (const GazetteerEntry* g = lex_.Lookup(whole); g != nullptr && g->IsPlace()) {
      const int m = AddMention(b, e, g->type, MentionKind::kName, si, g->canonical);
      doc_.mentions[static_cast<size_t>(m)].text = whole;
      return;
    }
  }
  if (Classify(b, e, type, canonical, &weak)) {
    // "said Jim Press, the deputy chairman", "of Kessler LLC Jim Press": a
    // given name and an organization's word, where a person is spoken of.
    if (type == EntityType::kOrganization && e - b == 2 && lex_.IsGivenName(t_[b].text) &&
        lex_.org_suffixes.count(t_[b + 1].text) > 0 &&
        lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
        (PersonContext(b, e, sent_first, sent_end) ||
         (b > sent_first && lex_.legal_suffixes.count(t_[b - 1].text) > 0))) {
      type = EntityType::kPerson;
      canonical.clear();
    }
    // "magazine Der Spiegel", "the carmaker Ford Otosan": an organization
    // noun before a name that only its given name made a person's.
    // "its luxury division, Lincoln": in apposition to such a noun, a city's
    // or person's name is the organization's too.
    const bool apposition = org_noun_before && cue + 2 == b && t_[b - 1].text == ",";
    if ((weak == WeakRule::kGivenName && org_noun_before) ||
        (apposition && type != EntityType::kCountry)) {
      type = EntityType::kOrganization;
      weak = WeakRule::kNone;
      canonical.clear();
    }
    // "Ghana's Central Bank Holds Rates": in a title-case headline, common
    // words ending in an organization's word, not opening it ("General
    // Motors Cuts Jobs"), name what the article names so elsewhere, or nothing.
    if (type == EntityType::kOrganization && title_case_ && e - b >= 2 && b > sent_first &&
        CommonOrgWords(b, e) && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
        !NamedElsewhere(b, e, si))
      return;
    // "the Party's offices": an organization word alone names nothing sure.
    const bool lone_head = type == EntityType::kOrganization && LoneOrgWord(b, e);
    const int m = AddMention(b, e, type, MentionKind::kName, si, canonical, lone_head);
    if (weak != WeakRule::kNone) Weak(m, weak);
    // A person by a given name alone ("Northrop Grumman": Northrop Frye):
    // the context may still say it is an organization.
    if (type == EntityType::kPerson && lex_.Lookup(JoinTokens(doc_, b, e)) == nullptr &&
        (b == sent_first || (lex_.Title(t_[b - 1].lower) == nullptr &&
                             lex_.person_nouns.count(t_[b - 1].lower) == 0))) {
      doc_.mentions[static_cast<size_t>(m)].by_form = true;
    }
    // A dateline's "WARSAW" is labelled "Warsaw".
    // Not an acronym: "the GAO" is no "Gao".
    const std::string surface = JoinTokens(doc_, b, e);
    if (t_[b].all_caps && (e - b > 1 || surface.size() > 3) && lex_.Lookup(surface) == nullptr &&
        lex_.Lookup(TitleCase(surface)) != nullptr) {
      doc_.mentions[static_cast<size_t>(m)].text = TitleCase(surface);
    }
    return;
  }
  // "Dr. Amara Nwosu said", "Amara Nwosu, the minister,": a word only
  // WordNet knows as a place and a surname no one knows, where a person is
  // spoken of, are a person's name.
  const GazetteerEntry* first_word = lex_.Lookup(t_[b].text);
  const bool place_given_name = e - b == 2 && !headline_ && first_word != nullptr &&
                                (first_word->from_wordnet || lex_.IsGivenName(t_[b].text)) &&
                                first_word->IsPlace() && first_word->type != EntityType::kCountry &&
                                lex_.Lookup(t_[b + 1].text) == nullptr &&
                                !IsCommon(t_[b + 1].lower) &&
                                (PersonNounBefore(b, sent_first) || AgeAfter(e, sent_end) ||
                                 PersonContext(b, e, sent_first, sent_end));
  // Split a run that joins two known names ("Minsk Sochi"): try the longest
  // known prefix.
  if (e - b >= 2 && !place_given_name) {
    for (size_t j = e - 1; j > b; --j) {
      EntityType ty;
      std::string canon;
      if (lex_.Lookup(JoinTokens(doc_, b, j)) != nullptr && Classify(b, j, ty, canon)) {
        // The rest must stand as a name of its own ("Minsk Sochi"); otherwise
        // the known name begins a longer one ("Dow Jones Industrial Average").
        EntityType rest_ty;
        std::string rest_canon;
        const bool rest_known = lex_.Lookup(JoinTokens(doc_, j, e)) != nullptr ||
                                Classify(j, e, rest_ty, rest_canon) ||
                                lex_.DemonymCountry(t_[j].text) != nullptr ||
                                lex_.non_names.count(t_[j].text) > 0;  // "AP Photo"
        // "London Heathrow", "Paris Orly": a city's name before a place the
        // gazetteer knows (an airport) names that place.
        const GazetteerEntry* rest_place = lex_.Lookup(JoinTokens(doc_, j, e));
        if (ty == EntityType::kCity && rest_place != nullptr &&
            rest_place->type == EntityType::kPlace) {
          AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", false);
          return;
        }
        // "Okinawa Prefecture", "Moscow Region": a place's name and one
        // word of place_suffixes.txt name a place.
        if ((ty == EntityType::kCity || ty == EntityType::kPlace || ty == EntityType::kCountry) &&
            e - j == 1 && t_[j].capitalized && lex_.place_suffixes.count(t_[j].text) > 0) {
          AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", false);
          return;
        }
        // "Pakistan Zentro Party chief X" stays whole too: a country's name
        // and an unknown word before the lower-case title of its leader.
        const TitleInfo* after = nullptr;
        const bool leader_after = e < sent_end && !t_[e].capitalized &&
                                  lex_.TitleAt(t_, e, sent_end, &after, nullptr) > 0 &&
                                  after->leader && !after->state;
        if (!rest_known &&
            (ty == EntityType::kOrganization || (ty == EntityType::kCountry && leader_after))) {
          AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true);
          return;
        }
        AddMention(b, j, ty, MentionKind::kName, si, canon);
        EmitName(j, e, si, sent_first, sent_end);
        return;
      }
    }
  }
  // "FTSE 100", "CAC 40": a name with a number is no person's.
  if (t_[e - 1].kind == TokenKind::kNumber) {
    AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true);
    return;
  }
  // A lower-case title or person noun right before: "supporter Alla Georgievna".
  // "his Latvian counterpart Ivars Berzkalns": a name of two words or more
  // after a counterpart's noun is a person's.
  bool person_cue = PersonNounBefore(b, sent_first) || AgeAfter(e, sent_end) ||
                    (e - b >= 2 && PersonContext(b, e, sent_first, sent_end)) ||
                    TitledApposition(e, sent_end) ||
                    (e - b >= 2 && b > sent_first && !t_[b - 1].capitalized &&
                     lex_.counterpart_nouns.count(t_[b - 1].lower) > 0);
  // "his party Demosisto", "state broadcaster BT": an organization.
  if (org_noun_before) {
    EntityType ty;
    std::string canon;
    if (!Classify(b, e, ty, canon)) {
      AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", false);
      return;
    }
  }
  // "Imran Khan and Sadiq Khan": coordinated with a person, a person; only
  // by form when that person is one by form ("Northrop Grumman and Airbus").
  bool coordinated_by_form = false;
  if (!person_cue && b >= sent_first + 2 &&
      (w_.coordinators.count(t_[b - 1].lower) > 0 || t_[b - 1].text == ",") &&
      !doc_.mentions.empty() && doc_.mentions.back().end_token == b - 1 &&
      doc_.mentions.back().type == EntityType::kPerson && !doc_.mentions.back().tentative) {
    person_cue = true;
    coordinated_by_form = doc_.mentions.back().by_form;
  }
  // "Party Expels Three Members": in a title-case headline, common words
  // alone that nothing typed name nothing.
  bool all_common = title_case_ && e - b >= 2;
  for (size_t k = b; k < e && all_common; ++k)
    all_common = !t_[k].all_caps && IsCommon(t_[k].lower);
  if (all_common) return;
  if (e - b >= 2) {
    // Multi-word unknown names: connectors make an organization, plain
    // capitalized words a person.
    bool connector = false;
    // A capitalized particle inside ("Marine Le Pen") begins a surname: the
    // name is a person's, whatever common words it holds.
    bool particle = lead_particles;
    for (size_t k = b; k < e; ++k) {
      const bool p = t_[k].capitalized && !headline_ && k > b && k + 1 < e &&
                     w_.surname_particles.count(t_[k].lower) > 0;
      particle = particle || p;
      // "Doctors Without Borders": a capitalized preposition inside a name
      // of a sentence in ordinary case joins an organization's words.
      const bool preposition = t_[k].capitalized && !headline_ && k > b && k + 1 < e &&
                               !t_[k].all_caps && lex_.prepositions.count(t_[k].lower) > 0 &&
                               w_.surname_particles.count(t_[k].lower) == 0 &&
                               !lex_.IsGivenName(t_[k].text);
      // "Zel - Mart": a spaced hyphen joined the run like a connector.
      connector = connector ||
                  (lex_.name_connectors.count(t_[k].lower) > 0 && !p && !lead_particles) ||
                  t_[k].text == "-" || preposition;
    }
    // Common English words make a name of a thing ("Eastern Theater
    // Command", "Camp Aguinaldo"), not of a person.
    // Exact forms of words of four letters or more: "Gitanas", "Ken Lewis"
    // and "Lee Hsien Loong" stay names though "gitana", "ken", "lee" are words.
    const bool last_common = IsCommon(t_[e - 1].lower);
    bool any_common = false;
    for (size_t k = b; k < e; ++k)
      any_common = any_common || (t_[k].lower.size() >= 4 && lex_.IsCommonWord(t_[k].lower));
    // "Air India", "Ford Australia", "GM Europe": a name ending in a place
    // it does not name is an organization.
    bool ends_in_place = false;
    for (size_t j = b + 1; j < e && !ends_in_place; ++j) {
      const GazetteerEntry* tail = lex_.Lookup(JoinTokens(doc_, j, e));
      ends_in_place = tail != nullptr && tail->IsPlace();
    }
    // "Metro Manila", "Greater London", "Central Asia": common words before a
    // city, adjectives before a country or region, name a place; "Ford
    // Australia" and "GM Europe" are a company's branch.
    bool common_prefix = ends_in_place;
    for (size_t k = b; k < e && common_prefix; ++k) {
      const GazetteerEntry* tail = lex_.Lookup(JoinTokens(doc_, k, e));
      if (tail != nullptr && tail->IsPlace()) break;
      const GazetteerEntry* rest = nullptr;
      for (size_t j = k + 1; j < e && rest == nullptr; ++j) {
        rest = lex_.Lookup(JoinTokens(doc_, j, e));
        if (rest != nullptr && !rest->IsPlace()) rest = nullptr;
      }
      const bool city_tail = rest != nullptr && rest->type == EntityType::kCity;
      common_prefix =
          (city_tail ? lex_.IsCommonWord(t_[k].lower) : lex_.IsAdjective(t_[k].lower)) &&
          lex_.org_suffixes.count(t_[k].text) == 0;
    }
    if (ends_in_place && common_prefix && !person_cue) {
      Weak(AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", true),
           WeakRule::kPlaceByPrefix);
    } else if ((connector || ends_in_place) && !person_cue) {
      Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true),
           connector ? WeakRule::kConnector : WeakRule::kEndsInPlace);
    } else if (!person_cue && any_common && !particle && !lex_.IsGivenName(t_[b].text) &&
               t_[b].text.size() > 1) {
      Weak(AddMention(b, e, last_common ? EntityType::kOrganization : EntityType::kPlace,
                      MentionKind::kName, si, "", true),
           last_common ? WeakRule::kCommonLast : WeakRule::kCommonWords);
    } else {
      const int m = AddMention(b, e, EntityType::kPerson, MentionKind::kName, si, "",
                               !person_cue && e - b > 3);
      doc_.mentions[static_cast<size_t>(m)].by_form = !person_cue || coordinated_by_form;
      if (!person_cue && !particle) Weak(m, WeakRule::kPersonByForm);
    }
    return;
  }
  // One unknown word: a weak cue decides; coreference may retype it.
  const GazetteerEntry* g = lex_.Lookup(t_[b].text);
  // "Video: Zentro TV", "Country: Kenya": a common word before a colon is a
  // label.
  if (e < sent_end && t_[e].text == ":" && g == nullptr && !t_[b].all_caps && IsCommon(t_[b].lower))
    return;
  // "a Democrat from Ohio", "another Republican, Ana Ruiz,": one capitalized
  // word after an indefinite determiner, heading its phrase (no noun after
  // it), is a kind of person or thing, not a name.
  if ((g == nullptr || g->from_wordnet) && !title_case_ && b > sent_first && !t_[b].all_caps &&
      w_.indefinite_determiners.count(t_[b - 1].lower) > 0 && t_[b - 1].text == t_[b - 1].lower &&
      (e >= sent_end || t_[e].kind == TokenKind::kPunct ||
       (!t_[e].capitalized && t_[e].tag.rfind("NN", 0) != 0)))
    return;
  // A common noun capitalized inside a sentence of ordinary case is a name
  // ("shares of Apple", "Airbus said"); adjectives ("Western") and titles
  // ("the President") are not.
  const bool mid_sentence_noun = b > sent_first && !headline_ && !t_[b].quoted && !t_[b].all_caps &&
                                 lex_.IsCommonNoun(t_[b].lower) && !lex_.IsAdjective(t_[b].lower) &&
                                 !(e < sent_end && t_[e].kind == TokenKind::kNumber) &&
                                 lex_.Title(t_[b].lower) == nullptr && g == nullptr &&
                                 lex_.non_names.count(t_[b].text) == 0;
  // "Saraçhane district", "Silivri prison": a place noun after the name.
  // "Bagram air base", "Jabalia refugee camp": a singular noun between.
  auto place_word = [&](size_t k) {
    return k < sent_end && t_[k].kind == TokenKind::kWord && !t_[k].capitalized &&
           lex_.place_suffixes.count(TitleCase(t_[k].lower)) > 0;
  };
  const bool place_noun =
      place_word(e) || (e + 1 < sent_end && t_[e].kind == TokenKind::kWord && !t_[e].capitalized &&
                        t_[e].tag == "NN" && place_word(e + 1));
  if (place_noun && (g == nullptr || g->type == EntityType::kPlace)) {
    AddMention(b, e, EntityType::kPlace, MentionKind::kName, si, "", true);
  } else if (person_cue) {
    const int m = AddMention(b, e, EntityType::kPerson, MentionKind::kName, si, "", false);
    doc_.mentions[static_cast<size_t>(m)].by_form = coordinated_by_form;
  } else if (g == nullptr && !title_case_ && b >= sent_first + 2 &&
             w_.firm_staff_preps.count(t_[b - 1].lower) > 0 &&
             (w_.firm_staff_nouns.count(t_[b - 2].lower) > 0 ||
              w_.workplace_nouns.count(t_[b - 2].lower) > 0)) {
    // "Officials at Vantor said", "analysts at Brentwood expect": where a
    // firm's staff or people at their work work, an organization.
    Weak(AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", true),
         WeakRule::kSpeakingNoun);
  } else if (!title_case_ && FollowedBySpeech(e, sent_end) && !AfterPreposition(b, sent_first)) {
    // "Airbus said": a capitalized common noun speaking is an organization
    // (a surname is linked to its full name before this counts). Not in a
    // title-case headline, whose verbs are often no speech ("X Posts Profit").
    // "Veltrana said it would cut jobs": what "it" then does, a firm does.
    const bool org = mid_sentence_noun || ItActsAfterSpeech(e, sent_end);
    Weak(AddMention(b, e, org ? EntityType::kOrganization : EntityType::kPerson, MentionKind::kName,
                    si, "", !org),
         org ? WeakRule::kSpeakingNoun : WeakRule::kSpeaking);
  } else if (e + 1 < sent_end && t_[e].text == "," && lex_.Lookup(t_[e + 1].text) != nullptr &&
             (lex_.Lookup(t_[e + 1].text)->type == EntityType::kPlace ||
              lex_.Lookup(t_[e + 1].text)->type == EntityType::kCountry) &&
             (g == nullptr || g->type == EntityType::kCity) &&
             !(e + 2 < sent_end && w_.possessive_markers.count(t_[e + 2].lower) > 0)) {
    // "Cupertino, California", "Mobile, Alabama": a city and its state; not
    // "Zentro, Nigeria's largest lender", an apposition.
    AddMention(b, e, EntityType::kCity, MentionKind::kName, si, "", true);
  } else if (g == nullptr && b >= sent_first + 2 && !doc_.mentions.empty() &&
             doc_.mentions.back().end_token == b - 1 &&
             (doc_.mentions.back().type == EntityType::kCity ||
              doc_.mentions.back().type == EntityType::kPlace) &&
             (w_.coordinators.count(t_[b - 1].lower) > 0 ||
              (t_[b - 1].text == "," && (e >= sent_end || t_[e].kind == TokenKind::kPunct)))) {
    // "between Mumbai and Kolhapur": coordinated with a city, a city;
    // "Nashik Road, Maharashtra.": after a place and a comma, ending the
    // phrase, the region it lies in.
    AddMention(b, e, t_[b - 1].text == "," ? EntityType::kPlace : doc_.mentions.back().type,
               MentionKind::kName, si, "", true);
  } else if ((g == nullptr || !g->IsPlace()) && !title_case_ && b >= sent_first + 2 &&
             w_.head_of_preps.count(t_[b - 1].text) > 0 &&
             (w_.settlement_nouns.count(t_[b - 2].text) > 0 ||
              w_.region_nouns.count(t_[b - 2].text) > 0)) {
    // "the port city of Tartus", "the province of Idlib": the noun says
    // what kind of place the name is.
    AddMention(
        b, e,
        w_.settlement_nouns.count(t_[b - 2].text) > 0 ? EntityType::kCity : EntityType::kPlace,
        MentionKind::kName, si, "", false);
  } else if (PrecededByLocative(b, sent_first)) {
    // "in Darwin" is a place even though WordNet knows a Darwin.
    const bool place = g != nullptr && g->IsPlace();
    Weak(AddMention(b, e, place ? g->type : EntityType::kCity, MentionKind::kName, si,
                    place ? g->canonical : "", true),
         WeakRule::kLocative);
  } else if (g != nullptr) {
    Weak(AddMention(b, e, g->type, MentionKind::kName, si,
                    g->type == EntityType::kPerson ? "" : g->canonical, true),
         WeakRule::kWordNetWord);
  } else {
    Weak(
        AddMention(b, e, EntityType::kOrganization, MentionKind::kName, si, "", !mid_sentence_noun),
        WeakRule::kUnknownWord);
  }
}

}  // namespace newskg::internal
