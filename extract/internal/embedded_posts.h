// Statements of embedded social-media posts, as a news page's text gives
// them: a paragraph of the post's words (then its links) signed "— Name
// (@handle) Date". Part of the statement stage (extract/quote_extractor.h).
#ifndef NEWSKG_EXTRACT_INTERNAL_EMBEDDED_POSTS_H_
#define NEWSKG_EXTRACT_INTERNAL_EMBEDDED_POSTS_H_

#include <string>
#include <vector>

#include "extract/document.h"

namespace newskg::internal {

// Adds an event of class `cls` with the author in `speaker_role` and the
// post's words, up to the first link, as its quote, for each signed post
// whose signature is not inside a quotation (`in_quote`, by token).
void FindEmbeddedPosts(Document& doc, const std::vector<bool>& in_quote, const std::string& cls,
                       const std::string& speaker_role);

}  // namespace newskg::internal

#endif  // NEWSKG_EXTRACT_INTERNAL_EMBEDDED_POSTS_H_
