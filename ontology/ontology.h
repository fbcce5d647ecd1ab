// ontology: what a newskg graph must be. The OWL ontology (newskg.ttl) and
// its SHACL shapes (shapes.ttl) ship here, with a SHACL Core processor
// (shacl.h, W3C suite 98/98) and the Validator that checks graphs against the
// shipped shapes (validator.h). Depends on graph/ for terms and graphs.
// Other folders include this header only.
#ifndef NEWSKG_ONTOLOGY_ONTOLOGY_H_
#define NEWSKG_ONTOLOGY_ONTOLOGY_H_

#include "ontology/shacl.h"      // IWYU pragma: export
#include "ontology/validator.h"  // IWYU pragma: export

#endif  // NEWSKG_ONTOLOGY_ONTOLOGY_H_
