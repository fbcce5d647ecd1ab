// Coreference stage. Needs: mentions (and their titles). Provides: entities,
// Mention::entity, Document::mention_at, leaderOf relations. One entity per real thing in the
// article: surnames join full names, acronyms their expansions, demonyms
// their country, epithets ("the Belarusian leader", "the fund") the entity
// they describe.
#ifndef NEWSKG_EXTRACT_COREFERENCE_H_
#define NEWSKG_EXTRACT_COREFERENCE_H_

#include <vector>

#include "extract/document.h"
#include "extract/entity_recognizer.h"
#include "extract/lexicon.h"

namespace newskg {

struct CorefLayer {
  std::vector<int> leader_of;                    // entity -> entity it leads, or -1
  std::vector<std::vector<std::string>> titles;  // entity -> titles seen
  int main_country = -1;                         // the dateline's country, else a dominant one
};

CorefLayer ResolveCoreference(Document& doc, const MentionLayer& layer, const Lexicon& lex);

// The country of a city entity (its capital's state, or where WordNet puts
// it); may add the country entity. -1 when unknown.
int CountryOfCity(Document& doc, const Lexicon& lex, int entity);

// Entity a mention stands for in an event role: a national capital standing
// for its state ("Moscow will grant") is the state. May add the country entity.
int StateFor(Document& doc, const Lexicon& lex, int entity);

// The last step of an article: each entity's key and label from what it is,
// not from where the article first named it, so that every article that
// names one thing gives it the same IRI and the same rdfs:label. A country
// ISO 3166 knows: "Country/<alpha-2>" ("Country/ru") and the gazetteer's name;
// another entity the gazetteer knows (by its label or another name): its
// canonical name ("IMF" -> "International Monetary Fund"); any other: its
// fullest name in Latin letters (LatinName: "Ekrem Imamoglu" for "Ekrem
// İmamoğlu"), so that spellings that fold alike give one label. The names
// it had become skos:altLabels. Keys stay unique within the article.
void AssignEntityKeys(Document& doc, const Lexicon& lex);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_COREFERENCE_H_
