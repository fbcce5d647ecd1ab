#include "extract/entity_recognizer.h"

#include <algorithm>
#include <optional>

#include "base/base.h"
#include "extract/internal/name_recognizer.h"
#include "extract/internal/stage_words.h"

namespace newskg {
namespace {

// The entity type of a name the typer calls a place: the gazetteer's when it
// knows the name, else a city for one word and a place for more.
EntityType PlaceType(const Lexicon& lex, const Mention& m, std::string* canonical) {
  if (const GazetteerEntry* g = lex.Lookup(m.text); g != nullptr && g->IsPlace()) {
    *canonical = g->canonical;
    return g->type;
  }
  return m.end_token - m.first_token == 1 ? EntityType::kCity : EntityType::kPlace;
}

// What the typer may do to a name that a weak rule typed. Chosen rule by rule
// on real news (dev-real) and MEANTIME; see the README, "Names typed by a
// trained model". Where the rules knew better, the typer stays out: it takes
// companies for people ("Apple Computer said", "Boeing said"), as GUM has few.
enum class TyperAction { kNone, kRetype, kDropOther };

TyperAction ActionFor(WeakRule rule) {
  switch (rule) {
    case WeakRule::kCommonWords:   // "Roman Abramovich" was a place
    case WeakRule::kPersonByForm:  // "Ruth Bader", or "Key Resolve" as a person
      return TyperAction::kRetype;
    case WeakRule::kCommonLast:  // "Term Facility", "Joint Strike Fighter": no names of ours
      return TyperAction::kDropOther;
    default:
      return TyperAction::kNone;
  }
}

// How far the typer's score for "something else" must pass the next one for
// a name to be dropped. Dropping takes a name's facts with it: with no margin,
// "Pavel Orlov" in "a travel ban on Pavel Orlov" went. With 5, dev-real and
// MEANTIME lost nothing against no margin (0.713 against 0.714 fact F1 on
// dev-real, 0.810 entity F1 on MEANTIME either way).
constexpr float kDropMargin = 5.0f;

bool IsPlace(EntityType t) {
  return t == EntityType::kCountry || t == EntityType::kCity || t == EntityType::kPlace;
}

// Names that only a weak rule typed get the typer's type; names it calls
// something else (an event, a product, a work) are dropped.
void RetypeWeakNames(Document& doc, const Lexicon& lex, const internal::StageWords& words,
                     const NameTyper& typer, MentionLayer& layer) {
  std::optional<NameTyper::NameIndex> index;
  std::vector<bool> keep(doc.mentions.size(), true);
  bool dropped = false;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    const TyperAction action = ActionFor(layer.weak[i]);
    if (action == TyperAction::kNone) continue;
    Mention& m = doc.mentions[i];
    const Sentence& s = doc.sentences[m.sentence];
    if (!index) index = NameTyper::IndexNames(doc, lex);
    const NameTyper::RuleGuess guess{static_cast<int>(layer.weak[i]), static_cast<int>(m.type)};
    const NameTyper::Scores sc = typer.Score(doc, m.first_token, m.end_token, s.first_token,
                                             s.end_token, lex, &guess, &*index);
    if (sc.best == NameTyper::kOther) {
      // Only when it is sure: a name dropped takes its facts with it.
      if (sc.margin < kDropMargin) continue;
      keep[i] = false;
      dropped = true;
      continue;
    }
    if (action != TyperAction::kRetype) continue;
    // "at Camp Humphreys": a place after a locative preposition stays one.
    if (IsPlace(m.type) && internal::AfterLocative(doc, lex, words, m.first_token, s.first_token))
      continue;
    std::string canonical;
    const EntityType type = sc.best == NameTyper::kPerson         ? EntityType::kPerson
                            : sc.best == NameTyper::kOrganization ? EntityType::kOrganization
                                                                  : PlaceType(lex, m, &canonical);
    if (type == m.type) continue;
    m.type = type;
    m.canonical = canonical;
    m.by_form = type == EntityType::kPerson;
  }
  if (!dropped) return;
  std::vector<int> where(doc.mentions.size(), -1);
  std::vector<Mention> kept;
  std::vector<WeakRule> weak;
  for (size_t i = 0; i < doc.mentions.size(); ++i) {
    if (!keep[i]) continue;
    where[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(doc.mentions[i]));
    weak.push_back(layer.weak[i]);
  }
  doc.mentions = std::move(kept);
  layer.weak = std::move(weak);
  std::vector<TitledName> titles;
  for (TitledName& t : layer.titles) {
    if (where[t.person_mention] < 0) continue;
    t.person_mention = static_cast<size_t>(where[t.person_mention]);
    if (t.modifier_mention >= 0)
      t.modifier_mention = where[static_cast<size_t>(t.modifier_mention)];
    titles.push_back(t);
  }
  layer.titles = std::move(titles);
}

}  // namespace

MentionLayer RecognizeEntities(Document& doc, const Lexicon& lex, const NameTyper* typer) {
  doc.mentions.clear();
  auto words = internal::StageWords::Default();
  if (!words.ok()) return {};  // Pipeline::Create reports it
  internal::NameRecognizer r(doc, lex, *words.value());
  MentionLayer layer = r.Run();
  r.reasons_.resize(doc.mentions.size(), WeakRule::kNone);
  // Mentions in text order; the layer's indices follow the permutation.
  std::vector<size_t> order(doc.mentions.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return doc.mentions[a].span.begin < doc.mentions[b].span.begin;
  });
  std::vector<size_t> where(order.size());
  std::vector<Mention> sorted;
  sorted.reserve(order.size());
  layer.weak.reserve(order.size());
  for (size_t i = 0; i < order.size(); ++i) {
    where[order[i]] = i;
    sorted.push_back(std::move(doc.mentions[order[i]]));
    layer.weak.push_back(r.reasons_[order[i]]);
  }
  doc.mentions = std::move(sorted);
  for (auto& t : layer.titles) {
    t.person_mention = where[t.person_mention];
    if (t.modifier_mention >= 0) {
      t.modifier_mention = static_cast<int>(where[static_cast<size_t>(t.modifier_mention)]);
    }
  }
  if (typer != nullptr) RetypeWeakNames(doc, lex, *words.value(), *typer, layer);
  return layer;
}

}  // namespace newskg
