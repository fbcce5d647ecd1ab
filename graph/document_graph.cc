#include "graph/document_graph.h"

#include <algorithm>
#include <map>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/base.h"
#include "graph/vocabulary.h"
#include "schema/schema.h"

namespace newskg {
namespace {

using vocab::kNkg;

// The canonical form of an xsd:decimal (XSD 1.1): no '+', no leading zeros,
// at least one digit on each side of the '.', no trailing zeros after it
// ("1500000000" -> "1500000000.0", "2.50" -> "2.5"). Serd writes it as a
// bare Turtle decimal, which every tool reads back as the same decimal (a
// quoted "1500000000"^^xsd:decimal came back from rapper as an integer).
// A form that is not a decimal is returned as it is.
std::string CanonicalDecimal(const std::string& lex) {
  size_t i = 0;
  bool negative = false;
  if (i < lex.size() && (lex[i] == '+' || lex[i] == '-')) negative = lex[i++] == '-';
  const size_t dot = lex.find('.', i);
  std::string whole = lex.substr(i, dot == std::string::npos ? std::string::npos : dot - i);
  std::string fraction = dot == std::string::npos ? "" : lex.substr(dot + 1);
  if (whole.empty() && fraction.empty()) return lex;
  for (const std::string* part : {&whole, &fraction}) {
    for (char c : *part) {
      if (c < '0' || c > '9') return lex;
    }
  }
  whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size()));
  while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
  if (whole.empty()) whole = "0";
  if (fraction.empty()) fraction = "0";
  if (whole == "0" && fraction == "0") negative = false;
  return (negative ? "-" : "") + whole + "." + fraction;
}

std::string Lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

const std::string& XsdInteger() {
  static const std::string iri = vocab::kXsd + "integer";
  return iri;
}

// The IRI term of a name in the ontology's namespace (a class, a role, a
// property), made once per thread: every article names the same few dozen,
// and a term made anew for each statement costs a string and its copy.
const Term& NkgTerm(std::string_view local) {
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view v) const { return std::hash<std::string_view>()(v); }
  };
  thread_local std::unordered_map<std::string, Term, Hash, std::equal_to<>> made;
  if (auto it = made.find(local); it != made.end()) return it->second;
  return made.emplace(std::string(local), Term::Iri(kNkg + std::string(local))).first->second;
}

class Builder {
 public:
  Builder(const Document& doc, const std::string& base, TripleSink& g)
      : doc_(doc), base_(base), g_(g) {}

  Status Run() {
    article_ = Term::Iri(ArticleIri(doc_.id, base_));
    // The article's statements also in a graph named by its IRI, when the
    // sink keeps named graphs.
    named_ = g_.GraphFor(article_);
    Add(article_, Type(), Term::Iri(vocab::kSchema + "NewsArticle"));
    Add(article_, Term::Iri(vocab::kSchema + "identifier"), Term::Literal(doc_.id));
    if (!doc_.url.empty()) {
      Add(article_, Term::Iri(vocab::kSchema + "url"),
          Term::Literal(doc_.url, vocab::kXsd + "anyURI"));
    }
    if (!doc_.title.empty())
      Add(article_, Term::Iri(vocab::kSchema + "headline"), Term::Literal(doc_.title));
    if (!doc_.date.empty()) {
      Add(article_, Term::Iri(vocab::kSchema + "datePublished"),
          Term::Literal(doc_.date, vocab::kXsd + "date"));
    }
    for (size_t i = 0; i < doc_.entities.size(); ++i) AddEntity(i);
    for (const auto& r : doc_.relations) {
      Add(EntityIri(r.subject), NkgTerm(r.property), EntityIri(r.object));
    }
    std::map<std::string, int> ordinal;
    for (const auto& ev : doc_.events) AddEvent(ev, ++ordinal[ev.cls]);
    return status_;
  }

 private:
  static const Term& Type() {
    static const Term type = Term::Iri(vocab::kType);
    return type;
  }

  void Add(const Term& s, const Term& p, const Term& o) {
    if (!status_.ok()) return;
    status_ = g_.Add(s, p, o);
    if (status_.ok() && named_ != nullptr) status_ = named_->Add(s, p, o);
  }

  // The article's id as a path segment, made once.
  const std::string& IdSegment() {
    if (id_segment_.empty()) id_segment_ = PathSegment(doc_.id);
    return id_segment_;
  }

  // Made once per entity: events and relations name an entity again and again.
  const Term& EntityIri(int e) {
    if (entity_iris_.size() != doc_.entities.size()) entity_iris_.assign(doc_.entities.size(), {});
    Term& iri = entity_iris_[static_cast<size_t>(e)];
    if (iri.value.empty()) {
      iri = Term::Iri(base_ + "entity/" +
                      PercentEncode(NameSlug(doc_.entities[static_cast<size_t>(e)].key)));
    }
    return iri;
  }

  void AddEntity(size_t i) {
    const Entity& e = doc_.entities[i];
    const Term& iri = EntityIri(static_cast<int>(i));
    Add(iri, Type(), NkgTerm(EntityTypeName(e.type)));
    static const Term label = Term::Iri(vocab::kRdfs + "label");
    Add(iri, label, Term::Literal(e.label));
    for (const auto& alt : e.alt_labels) {
      static const Term alt_label = Term::Iri(vocab::kSkos + "altLabel");
      if (alt != e.label) Add(iri, alt_label, Term::Literal(alt));
    }
    Add(iri, NkgTerm("mentionedIn"), article_);
  }

  // Character offsets of every sentence's begin and end, in one pass over the text.
  void ComputeCharOffsets() {
    std::vector<std::pair<uint32_t, size_t*>> marks;
    char_begin_.assign(doc_.sentences.size(), 0);
    char_end_.assign(doc_.sentences.size(), 0);
    for (size_t i = 0; i < doc_.sentences.size(); ++i) {
      marks.emplace_back(doc_.sentences[i].span.begin, &char_begin_[i]);
      marks.emplace_back(doc_.sentences[i].span.end, &char_end_[i]);
    }
    std::sort(marks.begin(), marks.end());
    size_t chars = 0;
    uint32_t byte = 0;
    for (auto& [at, out] : marks) {
      for (; byte < at && byte < doc_.text.size(); ++byte) {
        if ((static_cast<unsigned char>(doc_.text[byte]) & 0xC0) != 0x80) ++chars;
      }
      *out = chars;
    }
  }

  // Made once per sentence: the events of a sentence name it again and again.
  const Term& SentenceIri(size_t si) {
    const Sentence& s = doc_.sentences[si];
    if (char_begin_.size() != doc_.sentences.size()) ComputeCharOffsets();
    if (sentence_iris_.size() != doc_.sentences.size())
      sentence_iris_.assign(doc_.sentences.size(), {});
    Term& iri = sentence_iris_[si];
    if (!iri.value.empty()) return iri;
    const size_t b = char_begin_[si], e = char_end_[si];
    iri = Term::Iri(base_ + "sentence/" + IdSegment() + "/" + std::to_string(b) + "-" +
                    std::to_string(e));
    Add(iri, Type(), NkgTerm("Sentence"));
    Add(iri, NkgTerm("text"), Term::Literal(std::string(doc_.SpanText(s.span))));
    Add(iri, NkgTerm("beginOffset"), Term::Literal(std::to_string(b), XsdInteger()));
    Add(iri, NkgTerm("endOffset"), Term::Literal(std::to_string(e), XsdInteger()));
    Add(iri, NkgTerm("inArticle"), article_);
    return iri;
  }

  void AddEvent(const Event& ev, int n) {
    const Term iri =
        Term::Iri(base_ + "event/" + IdSegment() + "/" + Lower(ev.cls) + "-" + std::to_string(n));
    Add(iri, Type(), NkgTerm(ev.cls));
    // The class's row of extract/data/events/classes.tsv (loaded and checked
    // when the pipeline was made).
    auto classes = EventClassTable::Default();
    const EventClassSchema* cs = classes.ok() ? classes.value()->Find(ev.cls) : nullptr;
    for (const auto& [role, entities] : ev.entity_roles) {
      for (int e : entities) Add(iri, NkgTerm(role), EntityIri(e));
    }
    for (const auto& m : ev.amounts) {
      const Term amount = Term::Iri(iri.value + "/amount-" + PercentEncode(m.currency) + "-" +
                                    PercentEncode(m.value));
      Add(iri, NkgTerm("amount"), amount);
      Add(amount, Type(), Term::Iri(vocab::kSchema + "MonetaryAmount"));
      Add(amount, Term::Iri(vocab::kSchema + "value"),
          Term::Literal(CanonicalDecimal(m.value), vocab::kXsd + "decimal"));
      Add(amount, Term::Iri(vocab::kSchema + "currency"), Term::Literal(m.currency));
    }
    for (const auto& d : ev.dates) {
      const char* type = d.precision == DatePrecision::kDay     ? "date"
                         : d.precision == DatePrecision::kMonth ? "gYearMonth"
                                                                : "gYear";
      Add(iri, NkgTerm("date"), Term::Literal(d.lexical, vocab::kXsd + type));
    }
    if (ev.count) {
      // The class's count property (extract/data/events/classes.tsv).
      Add(iri,
          NkgTerm(cs == nullptr ? std::string_view("count") : std::string_view(cs->count_property)),
          Term::Literal(std::to_string(ev.count->value), XsdInteger()));
      if (!ev.count->qualifier.empty()) {
        Add(iri, NkgTerm("countQualifier"), Term::Literal(ev.count->qualifier));
      }
    }
    if (!ev.quote.empty()) Add(iri, NkgTerm("quote"), Term::Literal(ev.quote));
    if (!ev.speaker_description.empty()) {
      Add(iri, NkgTerm("speakerDescription"), Term::Literal(ev.speaker_description));
    }
    // A statement (the class of quotes) is a report by its nature; other
    // events are told as fact or on someone's word (nkg:reportedBy, when the
    // article names them).
    if (cs == nullptr || cs->Step("quotes") == nullptr) {
      Add(iri, NkgTerm("attribution"), Term::Literal(ev.reported ? "reported" : "asserted"));
    }
    static const Term derived_from = Term::Iri(vocab::kProv + "wasDerivedFrom");
    Add(iri, derived_from, article_);
    for (size_t si : ev.sentences) Add(iri, NkgTerm("evidence"), SentenceIri(si));
  }

  const Document& doc_;
  const std::string& base_;
  TripleSink& g_;
  std::unique_ptr<TripleSink> named_;
  Term article_;
  Status status_;
  std::string id_segment_;           // PathSegment(doc_.id) once made (never empty)
  std::vector<Term> sentence_iris_;  // by sentence, made when first named
  std::vector<size_t> char_begin_, char_end_;
  std::vector<Term> entity_iris_;  // by entity, made when first named
};

}  // namespace

std::string PercentEncode(const std::string& s) {
  static const char* kHex = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
        c == '.' || c == '_' || c == '~' || c == '/') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string PathSegment(const std::string& s) {
  std::string out;
  for (const char c : PercentEncode(s)) {
    if (c == '/') {
      out += "%2F";
    } else {
      out += c;
    }
  }
  if (out == "." || out == ".." || out.empty()) {
    std::string dots;
    for (size_t i = 0; i < out.size(); ++i) dots += "%2E";
    return dots.empty() ? "%20" : dots;
  }
  return out;
}

std::string ArticleIri(const std::string& id, const std::string& base) {
  return base + "article/" + PathSegment(id);
}

Status AddDocument(const Document& doc, const std::string& base, TripleSink& sink) {
  if (doc.id.empty()) return InvalidArgument("document has no id");
  return Builder(doc, base, sink).Run();
}

}  // namespace newskg
