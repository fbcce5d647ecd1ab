// Namespaces and terms the graph writes.
#ifndef NEWSKG_GRAPH_VOCABULARY_H_
#define NEWSKG_GRAPH_VOCABULARY_H_

#include <string>

namespace newskg::vocab {

inline const std::string kNkg = "https://w3id.org/newskg/ontology#";
inline const std::string kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline const std::string kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline const std::string kXsd = "http://www.w3.org/2001/XMLSchema#";
inline const std::string kSkos = "http://www.w3.org/2004/02/skos/core#";
inline const std::string kSchema = "https://schema.org/";
inline const std::string kProv = "http://www.w3.org/ns/prov#";
inline const std::string kSem = "http://semanticweb.cs.vu.nl/2009/11/sem/";
inline const std::string kOwl = "http://www.w3.org/2002/07/owl#";
inline const std::string kSh = "http://www.w3.org/ns/shacl#";
inline const std::string kDefaultBase = "https://w3id.org/newskg/id/";

inline const std::string kType = kRdf + "type";

}  // namespace newskg::vocab

#endif  // NEWSKG_GRAPH_VOCABULARY_H_
