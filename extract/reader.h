// Reader stage: turns input bytes into Documents. Provides Document::text,
// id, url, title, date. Rejects invalid UTF-8, NUL bytes and malformed JSON
// with the input name and position.
#ifndef NEWSKG_EXTRACT_READER_H_
#define NEWSKG_EXTRACT_READER_H_

#include <functional>
#include <string>
#include <string_view>

#include "base/base.h"
#include "extract/document.h"

namespace newskg {

// Checks that `bytes` is text a reader accepts; `name` appears in the error.
Status CheckText(std::string_view bytes, std::string_view name);

// One plain-text article. `name` is used in errors.
Result<Document> ReadTextArticle(std::string text, std::string_view name);

// One JSONL line {"id","url","title","date","text"}; unknown keys are ignored.
Result<Document> ParseJsonArticle(std::string_view line, std::string_view name, size_t line_no);

// Calls `fn` for each article line of a JSONL stream, in order; stops at the
// first error (returned with the line number) or when `fn` returns non-ok.
Status ForEachJsonlArticle(std::istream& in, std::string_view name,
                           const std::function<Status(Document&&)>& fn);

// An id for an article that has none: "article-" and a stable hash of its text.
std::string DefaultArticleId(const std::string& text);

// A YYYY-MM-DD date that exists in the calendar.
bool IsValidIsoDate(std::string_view date);

// Whether `iri` is an absolute IRI: a scheme, ':', something after it, and
// no character an IRI cannot hold (space, <, >, ", {, }, |, \, ^, `, controls).
bool IsAbsoluteIri(std::string_view iri);

}  // namespace newskg

#endif  // NEWSKG_EXTRACT_READER_H_
