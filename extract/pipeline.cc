#include "extract/pipeline.h"

#include <future>

#include "base/base.h"
#include "extract/coreference.h"
#include "extract/count_normalizer.h"
#include "extract/date_normalizer.h"
#include "extract/entity_recognizer.h"
#include "extract/event_extractor.h"
#include "extract/internal/stage_words.h"
#include "extract/money_normalizer.h"
#include "extract/page_chrome.h"
#include "extract/quote_extractor.h"
#include "extract/reader.h"
#include "extract/sentence_splitter.h"
#include "extract/tokenizer.h"
#include "schema/schema.h"

namespace newskg {
namespace {

// Keeps entities that are named or that a relation or event uses; renumbers.
void PruneEntities(Document& doc) {
  std::vector<bool> keep(doc.entities.size(), false);
  for (size_t i = 0; i < doc.entities.size(); ++i) keep[i] = doc.entities[i].named;
  for (const auto& r : doc.relations) {
    keep[static_cast<size_t>(r.subject)] = true;
    keep[static_cast<size_t>(r.object)] = true;
  }
  for (const auto& ev : doc.events) {
    for (const auto& [role, v] : ev.entity_roles) {
      for (int e : v) keep[static_cast<size_t>(e)] = true;
    }
  }
  std::vector<int> remap(doc.entities.size(), -1);
  std::vector<Entity> kept;
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    if (!keep[i]) continue;
    remap[i] = static_cast<int>(kept.size());
    kept.push_back(std::move(doc.entities[i]));
  }
  doc.entities = std::move(kept);
  auto map = [&](int& e) { e = e >= 0 ? remap[static_cast<size_t>(e)] : -1; };
  for (auto& m : doc.mentions) map(m.entity);
  for (auto& r : doc.relations) {
    map(r.subject);
    map(r.object);
  }
  for (auto& ev : doc.events) {
    for (auto& [role, v] : ev.entity_roles) {
      for (int& e : v) map(e);
    }
  }
}

// A sentence that can hold an event: a word, as written or by its lemma,
// that triggers an event class (alone or as a phrase's first word).
bool HasTrigger(const Document& doc, const Sentence& s, const Lexicon& lex) {
  auto triggers = [&](const std::string& w) {
    for (const auto& cls : lex.event_classes) {
      if (cls.triggers.count(w) > 0 || cls.conditional_triggers.count(w) > 0) return true;
      for (const auto& phrase : cls.phrase_triggers) {
        if (!phrase.empty() && phrase[0] == w) return true;
      }
    }
    return false;
  };
  for (size_t k = s.first_token; k < s.end_token; ++k) {
    const Token& t = doc.tokens[k];
    if (t.kind != TokenKind::kWord) continue;
    if (triggers(t.lower) || triggers(AsciiLower(t.lemma))) return true;
    // "newly-sanctioned", "Russian-led drills": the word after a hyphen.
    const size_t dash = t.lower.rfind('-');
    if (dash != std::string::npos && dash + 1 < t.lower.size()) {
      for (const auto& l : lex.Lemmas(t.lower.substr(dash + 1))) {
        if (triggers(l)) return true;
      }
    }
  }
  return false;
}

}  // namespace

Result<Pipeline> Pipeline::Create(ParseScope scope, unsigned threads) {
  // The lexicons (WordNet, gazetteers, word lists) and the parse models
  // (tagger, lemmas, parser) do not depend on each other.
  auto load_lexicon = [] { return Lexicon::Load(LexiconPaths::Defaults()); };
  std::future<Result<std::shared_ptr<const Lexicon>>> lexicon_loading;
  if (threads > 1) lexicon_loading = std::async(std::launch::async, load_lexicon);
  auto load_models = [scope]() -> Result<ParseModels> {
    auto tagger = PosTagger::Load(PosTagger::DefaultDir());
    if (!tagger.ok()) return tagger.status();
    return ParseModels::Load(ParseModels::DefaultDir(),
                             std::make_shared<const PosTagger>(std::move(tagger).value()),
                             LexiconPaths::Defaults().wordnet_dir,
                             /*trained=*/scope != ParseScope::kNone);
  };
  auto parse = load_models();
  auto lex = lexicon_loading.valid() ? lexicon_loading.get() : load_lexicon();
  if (!lex.ok()) return lex.status();
  // The stages' own word lists (a missing or malformed one is an error here).
  if (auto words = internal::StageWords::Default(); !words.ok()) return words.status();
  auto identity = EventIdentity::Default();
  if (!identity.ok()) return identity.status();
  auto classes = EventClassTable::Default();
  if (!classes.ok()) return classes.status();
  // Every class with roles has its row in the class table and identity.tsv.
  for (const auto& cls : lex.value()->event_classes) {
    if (classes.value()->Find(cls.name) == nullptr)
      return ParseError(LexiconPaths::Defaults().data_dir + "/events/classes.tsv: no row for " +
                        cls.name + ", which roles.tsv names");
    if (identity.value()->Rule(cls.name) == nullptr)
      return ParseError(LexiconPaths::Defaults().data_dir + "/events/identity.tsv: no row for " +
                        cls.name + ", which roles.tsv names");
  }
  if (!parse.ok()) return parse.status();
  return Pipeline(std::move(lex).value(), std::move(parse).value(), scope);
}

Status Pipeline::Run(Document& doc) const {
  if (doc.text.size() > kMaxArticleBytes) {
    return InvalidArgument("article " + (doc.id.empty() ? std::string("(no id)") : doc.id) +
                           " is too large: the limit is " + std::to_string(kMaxArticleBytes) +
                           " bytes");
  }
  if (Status s = CheckText(doc.text, doc.id.empty() ? "article" : doc.id); !s.ok()) return s;
  const Lexicon& lex = *lex_;
  // "Chelsea FС" with a Cyrillic "С" is Chelsea FC to the lexicons too.
  if (std::string latin = FoldLookalikes(doc.text); latin != doc.text) doc.text = std::move(latin);
  FindPageChrome(doc);
  Tokenize(doc);
  lex.Intern(doc);
  SplitSentences(doc, lex.abbreviations);
  const ParseScope scope = scope_;
  parse_.AnnotateSelected(doc, [&lex, scope](const Document& d, const Sentence& s) {
    return scope == ParseScope::kAll ||
           (scope == ParseScope::kFactSentences && HasTrigger(d, s, lex));
  });
  if (!doc.date.empty() && !IsValidIsoDate(doc.date)) {
    auto resolved = ResolvePublicationDate(doc, lex, doc.date);
    if (!resolved.ok()) {
      return InvalidArgument((doc.id.empty() ? std::string("article") : doc.id) + ": " +
                             resolved.status().message());
    }
    doc.date = std::move(resolved).value();
  }
  NormalizeDates(doc, lex);
  NormalizeMoney(doc, lex);
  NormalizeCounts(doc, lex);
  const MentionLayer mentions = RecognizeEntities(doc, lex, parse_.names.get());
  const CorefLayer coref = ResolveCoreference(doc, mentions, lex);
  doc.events.clear();
  ExtractEvents(doc, coref, lex);
  ExtractQuotes(doc, coref, lex);
  PruneEntities(doc);
  AssignEntityKeys(doc, lex);
  return Status::Ok();
}

}  // namespace newskg
